// A body's name can stand inside a longer name that is not the body: the name of a law the database does not hold
// ("1211 sayılı TCMB Kanunu", "MASAK Genel Tebliği", "the Federal Reserve Act", 日本銀行法, "Recomendación 15 del GAFI",
// "Постановление Пленума Верховного Суда РФ от 26.02.2019 N 1") or a role noun built on a chamber (国会議員, 국회의원).
// There the reader meets a law or a person, and a highlight of the body would name the wrong thing. A law the database
// holds is matched whole first (leftmost-longest) and never comes here. The words are few and sit right next to the
// body's name, so the rule reads the characters around it, as the territory rule does.
import { lazyPattern } from './lazy-pattern.js';

/** How many characters on each side the rule needs: "Постановление Президиума ", " (MASAK) Genel Tebliği". */
export const NAME_REACH = 32;

// After the name, past a bracketed acronym (or the bracket that closes the acronym itself): a law's type word as Turkish and English put it after the body
// ("Kanunu", "Genel Tebliği", "Yönetmeliği", "Act", "Law", a numbered "Senate Bill 401"), capitalised as a name's part is; "Law Enforcement", "Law
// Commission" and the like are bodies and units, not laws.
const LAW_AFTER = lazyPattern(
  '^\\)?(?:\\s*\\([^()\\n]{1,12}\\))?\\s+(?:(?:Genel\\s+)?(?:Tebliğ|Kanun|Yönetmeli|Kararname)\\p{L}*|(?:Bill|Resolution)\\s+(?:No\\.?\\s*)?\\d|(?:Act|Law|Ordinance|Decree)(?!\\p{L}|\\s+(?:Enforcement|Commission|School|Society|Firm|Review|Division|Department)))',
  'u',
);
// Straight after the name, with no space as Japanese and Korean write it: a law (日本銀行法, 金融庁設置法, 한국은행법),
// a member of the chamber (国会議員, 국회의원), a numbered act of the body (Bappebti規則第8/2021号, 金融庁告示第3号) or
// its gazette (欧州連合官報). Not 法人/법인 (a corporation), 法務/법무 (justice) or 법원 (a court).
const JOINED_AFTER = lazyPattern('^(?:(?:設置)?法(?![令人務廷的])|법(?![인원무])|議員|의원|(?:規則|告示|省令|規程|通達)第|官報)', 'u');
// A chamber's name before a candidate's title is the race, not the chamber: "ABD Senato adayı John Deaton", "Senate
// candidate". Japanese 今国会 is "this session of the Diet", a time, not the body.
const CANDIDATE_AFTER = lazyPattern('^\\s+(?:adayı|adaylığı|candidate|candidates|candidacy)(?![\\p{L}])', 'u');
const SESSION_BEFORE = /今$/u;
// Before the name: a law's type word as Spanish, French, Portuguese and English put it before the body ("Ley
// Orgánica del", "Recomendación 15 del", "Recommendation 15 of the").
const LAW_BEFORE = lazyPattern(
  "(?:^|[^\\p{L}])(?:Ley|Loi|Lei|Decreto|Décret|Reglamento|Règlement|Recomendación|Recommandation|Recommendation)(?:\\s+Orgánica|\\s+n?[°º.]?\\s*\\d[\\d./-]*)?\\s+(?:del|de la|de l['’]|du|da|do|of the|of)\\s+$",
  'u',
);
// A Russian act cited by its type, its issuer and its date or number: "Постановление Пленума Верховного Суда РФ от …",
// "Приказ Минфина России от … №", "Указание Банка России от …". A lower-case type word is a description, not a name.
const RUSSIAN_ACT_BEFORE = lazyPattern(
  '(?:^|[^\\p{L}])(?:Постановлени|Определени|Указани|Положени|Приказ|Решени|Распоряжени)\\p{L}*\\s+(?:(?:Пленума|Президиума|Коллегии|Совета директоров)\\s+)?$',
  'u',
);
const RUSSIAN_ACT_AFTER = lazyPattern('^\\s+(?:от\\s+\\d|№|N\\s?\\d)', 'u');
// An act cited by its type, its issuer and its number, as French and Spanish write them for a regional body's acts:
// "Directive UEMOA n° 05/2019", "Instruction BCEAO 001-01-2024", "Circular BCRA A 7506". The type word must be a
// name's (capitalised) and the number follow straight after the issuer.
const ACT_TYPE_BEFORE = lazyPattern('(?:^|[^\\p{L}])(?:Directive|Instruction|Circulaire|Décision|Avis|Circular|Instrucción|Comunicación)\\s+$', 'u');
const ACT_NUMBER_AFTER = lazyPattern('^\\s+(?:(?:n|N|nº|Nº|No\\.?|N\\.)\\s?[°º]?\\s*)?(?:[A-Z]\\s+)?\\d', 'u');

// Cheap first looks, so that the patterns above (slow to build: they use Unicode property classes) are built and run
// only for the few names that stand where one of them could match.
const SPACE_OR_BRACKET_FIRST = /^[\s)]/;
const JOINED_FIRST = /^[法設법議의規告省通官]/;
const LINKING_WORD_LAST = /(?:\bde|\bdel|\bdu|\bda|\bdo|\bof|\bthe|\bla|['’])\s+$|l['’]$/;
const CYRILLIC_CAPITAL = /[А-ЯЁ]/;

// Swiss German calls a member of a council by the council's name: "Bundesrat Guy Parmelin", "Ständerat Matthias
// Michel", "Nationalrat Benjamin Fischer". Followed by a first name and a surname, the word is the person's title.
const COUNCIL_AS_TITLE = /^(?:Bundesrat|Ständerat|Nationalrat|Regierungsrat|Staatsrat)$/;
const PERSONAL_NAME_AFTER = lazyPattern('^ \\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)? \\p{Lu}\\p{Ll}', 'u');

// A body's name inside the name of its gazette is the publication, not the body: "the Official Journal of the European
// Union", "Journal officiel de l'Union européenne", "Amtsblatt der Europäischen Union", "Diario Oficial de la Unión
// Europea", "Официальный журнал Европейского союза", "Avrupa Birliği Resmî Gazetesi". And "pan-EU" is an adjective of
// scope ("a pan-EU framework"), not the union acting.
const GAZETTE_BEFORE = lazyPattern(
  "(?:^|[^\\p{L}])(?:Official\\s+Journal\\s+of(?:\\s+the)?|Journal\\s+officiel\\s+(?:de\\s+l['’]|de\\s+la|du|des)|Amtsblatt\\s+(?:der|des)|(?:Diario|Boletín)\\s+Oficial\\s+(?:de\\s+la|del)|Jornal\\s+Oficial\\s+(?:da|do)|Официальн\\p{L}+\\s+(?:журнал|вестник)\\p{L}*|Gazzetta\\s+ufficiale\\s+(?:dell['’]|della))\\s*$",
  'iu',
);
const GAZETTE_AFTER = lazyPattern('^\\s+Resm[îi]\\s+Gazete', 'u');
// The cheap first look tests the gazette's own word, not the linking word before the body ("the", "of" stand before most).
const GAZETTE_FIRST = /journal|amtsblatt|oficial|ufficiale|журнал|вестник/iu;
const ADJECTIVE_PREFIX = /(?:^|[^\p{L}])[Pp]an-$/u;

// A case caption is the case's name: "SEC v. Jarkesy", "Kentucky v. SEC", "R v Smith". The party inside it is not what
// the reader meets there (the blind set's rules, round 11); an attributive party ("an SEC civil case") still is. Only
// the lawyers' "v." or a lone "v" between capitalised parties, and the French "c." ("AMF c. Gagnon"): "Trump vs.
// Harris" is a contest, not a caption.
const CASE_AFTER = lazyPattern('^\\s+(?:v\\.?|c\\.)\\s+[\\p{Lu}\\p{N}]', 'u');
const CASE_BEFORE = lazyPattern('[\\p{Lu}\\p{N}][\\p{L}\\p{N}.,&\'’-]*\\s+(?:v\\.?|c\\.)\\s+$', 'u');
const CASE_FIRST = /^\s+(?:v\b|c\.)/;
const CASE_LAST = /(?:\bv\.?|\bc\.)\s+$/;

/** Whether a name, with these characters before and after it, is a party in a case caption. */
export function inCaseCaption(before: string, after: string): boolean {
  return (CASE_FIRST.test(after) && CASE_AFTER().test(after)) || (CASE_LAST.test(before) && CASE_BEFORE().test(before));
}

// A one-word body name ("Congreso", "Congress") opening the name of an event or of another organisation: "Congreso
// Internacional de Tecnologías…", "Parliament International Forum".
const ONE_WORD_NAME = /^[^\s]+$/u;
const EVENT_AFTER = lazyPattern('^\\s+(?:Internacional|International|Internationale?|Mundial|World|Iberoamericano|Latinoamericano|Europeo|Européen|Global)(?![\\p{L}\\p{N}])', 'u');

/**
 * Whether a body's name, written as `written` with these characters before and after it, is part of a law's name, a
 * role noun, a member's title or a gazette's name, or the stem of an adjective ("pan-EU").
 */
export function insideLongerName(before: string, after: string, written = ''): boolean {
  if (ADJECTIVE_PREFIX.test(before)) return true;
  if (GAZETTE_FIRST.test(before) && GAZETTE_BEFORE().test(before)) return true;
  if (SPACE_OR_BRACKET_FIRST.test(after) && GAZETTE_AFTER().test(after)) return true;
  if (COUNCIL_AS_TITLE.test(written) && PERSONAL_NAME_AFTER().test(after)) return true;
  if (ONE_WORD_NAME.test(written) && SPACE_OR_BRACKET_FIRST.test(after) && EVENT_AFTER().test(after)) return true;
  if (SPACE_OR_BRACKET_FIRST.test(after) && LAW_AFTER().test(after)) return true;
  if (JOINED_FIRST.test(after) && JOINED_AFTER().test(after)) return true;
  if (SPACE_OR_BRACKET_FIRST.test(after) && CANDIDATE_AFTER().test(after)) return true;
  if (written === '国会' && SESSION_BEFORE.test(before)) return true;
  if (LINKING_WORD_LAST.test(before) && LAW_BEFORE().test(before)) return true;
  if (SPACE_OR_BRACKET_FIRST.test(after) && ACT_NUMBER_AFTER().test(after) && ACT_TYPE_BEFORE().test(before)) return true;
  return CYRILLIC_CAPITAL.test(before) && RUSSIAN_ACT_AFTER().test(after) && RUSSIAN_ACT_BEFORE().test(before);
}
