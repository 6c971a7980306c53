// A union's name is also the name of the area it covers. "The EU adopted MiCA" names the body a reader may want to
// look up; "firms in the EU", "dans la CEMAC", "AB'de", "EU全体" and the compound "EU-Recht" name the place, which the
// extension never highlights (places are not officials, agencies or laws). The words that make it a place are few and
// sit right next to the name, so they are matched on the characters around it.
import { lazyPattern } from './lazy-pattern.js';

/** How many characters on each side the rule needs: "au sein de la ", "dans l'espace de l'", "за пределами ". */
export const PLACE_REACH = 24;

// A preposition of place, with the article a language puts before a union's name, right before it: "in the",
// "across the", "within", "dans la", "dans l'", "au sein de la", "in der", "innerhalb der", "en la", "в", "на территории",
// and a French word for the area between them ("dans l'espace de l'", "dans la région de l'", "en zone").
const PLACE_BEFORE = lazyPattern(
  "(?:^|[^\\p{L}])(?:in|within|across|throughout|outside|inside|dans|en|hors de|au sein de|innerhalb|außerhalb|dentro de|fuera de|в|во|внутри|в пределах|за пределами|на территории)\\s+(?:(?:l['’]espace|la région|la zone|zone|l['’]ensemble|the area)\\s+(?:de\\s+la\\s+|de\\s+l['’]|du\\s+|des\\s+|de\\s+|of\\s+the\\s+)?)?(?:(?:the|la|le|der|die|dem|des|el)\\s+|l['’])?$",
  'iu',
);
// The members or the scale of a union are the area too: "member states of the EU", "Estados miembros de la UE", "pays
// de l'Union européenne", "la zone UEMOA", "à l'échelle de l'Union européenne", "en toda la Unión Europea"; so are its people: "citizens of
// the EU", "citoyens de l'UE", "ciudadanos de la UE", "residentes de la Unión Europea". The nominative "страны
// Евросоюза" and "государства-члены ЕС" are the members acting ("страны Евросоюза ввели санкции"), the union as an actor
// (the blind set's rules, round 9): not a place.
const MEMBERS_BEFORE = lazyPattern(
  "(?:^|[^\\p{L}])(?:(?:member states|member countries|countries|nations|citizens|residents|États membres|Etats membres|pays|zone|citoyens|citoyennes|résidents|habitants|Estados miembros|países|ciudadanos|residentes|Estados-Membros|cidadãos|Mitgliedstaaten|Mitgliedsstaaten|Mitgliedsländer|Ländern|Bürger|государств-членов|государствах-членах|стран|странах|граждан|граждане|рынка|рынке|рынок)(?:\\s+(?:of\\s+the|de\\s+l['’]|de\\s+la|des|der|de|do|da))?|(?:à\\s+l['’]échelle|à\\s+l['’]échelon)\\s+de\\s+l['’]|(?:en\\s+)?toda\\s+la|partout\\s+dans\\s+l['’])\\s*$",
  'iu',
);
// After the name: a compound's hyphen ("EU-Recht", "EU-wide"), a Turkish locative ending ("AB'de", "Avrupa
// Birliği'nde" with the buffer n after a vowel) or word of place
// ("Avrupa Birliği içerisinde", "sınırları"), its people ("EU citizens"), a Japanese word for the area ("EU全体", "EU域内",
// "EU圏").
const PLACE_AFTER = lazyPattern("^(?:-\\p{L}|['’]n?(?:de|da|te|ta)(?![\\p{L}])|\\s+(?:genelinde|içerisinde|içinde|sınırları|citizens|residents|nationals)(?![\\p{L}])|全体|域内|全域|圏)", 'u');
// A Turkish noun compound puts the union's acronym before a noun as its attribute, with no hyphen where German writes
// one ("AB bankaları", "AB ülkeleri", "mevcut AB finansal hizmetler düzenlemesi" as "EU-Banken"): the area, not the
// body. A postposition or conjunction after it leaves it the body ("AB tarafından kabul edilmiştir", "AB ve ABD"). The
// full name before a noun is the body still, as the blind set reads it ("Avrupa Birliği politikaları").
const TURKISH_UNION = /^AB$/u;
const TURKISH_ATTRIBUTE_AFTER = lazyPattern(
  '^\\s+(?!(?:tarafından|ile|ve|veya|ya|için|gibi|kadar|de|da|ise|bile|hem|olarak|adına|nezdinde)(?![\\p{L}]))\\p{Ll}',
  'u',
);
// "in the EU's rules" is the body's own rules: a possessive after the name keeps it a body.
const POSSESSIVE_AFTER = lazyPattern("^['’]s(?![\\p{L}])", 'u');

// Russian "в" takes the locative for a place ("в Евросоюзе") and the accusative for a goal ("вступить в Евросоюз",
// "стремящейся в Евросоюз Украины": joining the union, the body). A masculine name that ends in a consonant after "в"
// is that accusative; an abbreviation ("в ЕС") does not decline and stays a place.
const RUSSIAN_INTO_BEFORE = /(?:^|[^\p{L}])во?\s+$/iu;
const RUSSIAN_ACCUSATIVE_NAME = /^[А-ЯЁ][а-яё]+(?:\s+\p{L}+)*[бвгджзклмнпрстфхцчшщ]$/u;

/** Whether a union's name, written as `written` with these characters before and after it, is the place it covers. */
export function writtenAsPlace(before: string, after: string, written = ''): boolean {
  if (PLACE_AFTER().test(after)) return true;
  if (TURKISH_UNION.test(written) && TURKISH_ATTRIBUTE_AFTER().test(after)) return true;
  if (RUSSIAN_INTO_BEFORE.test(before) && RUSSIAN_ACCUSATIVE_NAME.test(written)) return false;
  return (PLACE_BEFORE().test(before) || MEMBERS_BEFORE().test(before)) && !POSSESSIVE_AFTER().test(after);
}
