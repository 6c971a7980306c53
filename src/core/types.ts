// The compiled shapes the extension ships and passes around. The source data shapes are in data/schema.ts.
import type { Coverage, Entity, EntityType, Property, Statement } from './data/schema.js';
import type { PrefilterData } from './prefilter.js';

export type { Coverage, Entity, EntityType, Property, Statement };

/** One meaning an alias can have on a page. */
export interface AliasSense {
  /** The entity this sense points at. */
  entity: string;
  /** When set, the page's text must equal this case-kept folded form ("SEC"), not merely fold to the key. */
  exact?: string;
  /** A proper noun: it matches in any case ("INTERPOL") except all lower case ("putin" in a file name). */
  properNoun?: boolean;
  /**
   * Its last word is a capitalised head noun ("Meksika Merkez Bankası"): written in lower case ("Meksika merkez
   * bankası") it is a description, not the name.
   */
  capitalHead?: boolean;
  /** A surname or short form: counts only after one of the entity's full names appeared earlier on the page. */
  needsFullName?: boolean;
  /**
   * Bodies of the official's roles (few officials each): a `needsFullName` surname counts also after one of them was
   * named on the page ("the ECB … Lagarde"), as a reader would take it. For a body's short name, the other way round:
   * the officials heading it ("Marouan Abassi … la Banque centrale").
   */
  licensedBy?: string[];
  /**
   * Title classes of the official's posts (indices into the table in titles.ts): a `needsFullName` surname counts
   * also under one of them ("SEC Chair Gensler", "植田総裁").
   */
  titles?: number[];
  /**
   * A Korean official's family name alone ("이" of 이창용): counts only under one of the official's titles, after a
   * space ("이 총재"), and only once the page has named the official in full.
   */
  koreanInitial?: true;
  /**
   * The entity is a union whose name also names its territory: written as the place ("in the EU", "dans la CEMAC",
   * "AB'de", "EU全体") or as the first part of a compound ("EU-Recht"), it is not a mention of the body.
   */
  territory?: true;
  /** The entity's names count inside «» too (a body stories quote, «Роскомнадзор»); laws always do. */
  inQuotes?: true;
  /** A phrase in which an alias names something else ("韓国国会"): it covers the alias and yields no highlight. */
  blocks?: true;
  /**
   * On a block from an alias's `notIn` list: only that entity's names inside the phrase yield nothing; another
   * entity's name inside it still counts ("大阪地検" inside "大阪地検特捜部", a phrase that keeps Tokyo's "地検特捜部" out).
   */
  ownNamesOnly?: true;
  /**
   * The language's everyday word for a kind of body every country has ("財務省", "Adalet Bakanlığı"): it does not
   * apply on a page about another country (a Russian story's "財務省" is Russia's), nor count toward its own country.
   */
  generic?: true;
  /** Folded words of which at least one must appear on the page for this sense to apply ("=US": case kept). */
  context?: string[];
  /**
   * A surname no other entity bears and no dictionary word spells ("Bukele"): it counts without the full name on a
   * page that writes it at least twice and names the bearer's country, whose code this is ("SV"; its names are in
   * `AliasIndex.countryNames`): a story whose first lines, with the full name, are cut off or never written.
   */
  aloneIn?: string;
  /**
   * The entity's jurisdiction (never an international body's), on senses that name it plainly or by context: a page
   * that names any entity of a jurisdiction plainly ("Госдума") is about it, as its country's name would say
   * ("Минфин и ЦБ" then mean Russia's).
   */
  country?: string;
}

/** An alias as the matcher sees it: a folded key and every sense it may have. */
export interface CompiledAlias {
  /** Folded text the matcher searches for. */
  key: string;
  /** False for scripts written without spaces (Japanese, Chinese), where word boundaries cannot be required. */
  bounded: boolean;
  senses: AliasSense[];
}

/** What the content script needs to label a highlight without asking the background. */
export interface EntityLabel {
  name: string;
  type: EntityType;
  wikidataId?: string;
}

/** The compact index the background finds aliases with: everything recognition needs and nothing else. */
export interface AliasIndex {
  /** Dataset version: changes whenever the reference data changes. */
  version: string;
  aliases: CompiledAlias[];
  /** What a run of text must contain for the precise scan to be worth running. */
  prefilter: PrefilterData;
  entities: Record<string, EntityLabel>;
  /**
   * Folded names of each country a distinctive surname's `aloneIn` gives, in English and the set's languages: kept
   * once here, not on each of some 3,500 senses.
   */
  countryNames?: Record<string, string[]>;
}

/** The whole compiled reference dataset, as bundled in the extension and seeded into the database. */
export interface ReferenceData {
  version: string;
  entities: Entity[];
  coverage: Coverage[];
  /** The statement vocabulary and the machine-checkable statements (issue 10). */
  properties: Property[];
  statements: Statement[];
  aliasIndex: AliasIndex;
}

/**
 * What the background seeds into the database (`data/reference.json`): the dataset without its alias index and
 * statements. The index ships as its own packaged file, read when the background first has text to search, so
 * neither seeding nor waking for a card pays for copying the largest structure into and out of IndexedDB; the
 * statements ship in `data/claims.json`.
 */
export type SeededReferenceData = Omit<ReferenceData, 'aliasIndex' | 'properties' | 'statements'>;

/** A recognised mention: offsets into the original (unfolded) text that was scanned. */
export interface Mention {
  start: number;
  end: number;
  entity: string;
}

/** A source as the card shows it. */
export interface CardSource {
  title: string;
  publisher: string;
  url?: string;
  date?: string;
  /** How much weight the source carries, when the data says (official, major-news, reference, secondary). */
  tier?: 'official' | 'major-news' | 'reference' | 'secondary';
}

export interface CardFact {
  statement: string;
  date: string;
  /** "date": it happened then; "asOf": it was true then. */
  dateKind: 'date' | 'asOf';
  /** The one source the card shows: the strongest the fact has. */
  source: CardSource;
  /** How many sources the fact has in all (the entity page lists every one). */
  sourceCount: number;
}

export interface CardRole {
  post: string;
  start?: string;
  end?: string;
  /** The role had ended by the reference date. */
  former: boolean;
  /** An open role known only as of this date (a dataset snapshot, or no source from the last 12 months): shown "as of". */
  asOf?: string;
  /** An open role whose sources are all undated news: nothing says when it held, so it is not shown as current. */
  undated?: true;
}

export interface CardCoverage {
  id: string;
  title: string;
  outlet: string;
  date?: string;
  url?: string;
}

/** Everything the card shows for one entity, as of the story's date, computed by the background from the database. */
export interface Card {
  id: string;
  type: EntityType;
  name: string;
  nativeName?: string;
  /** The language of the native name (BCP 47), when its script and jurisdiction settle it. */
  nativeLang?: string;
  jurisdiction: { code: string; name: string };
  /** Our summary; the card clamps it to two lines. */
  summary: string;
  /** The role that answers "who is this, on the story's date": held then, else the last one ended before it. */
  role?: CardRole;
  /** Up to three facts from on or before the reference date that matter most: newest first, official sources first. */
  facts: CardFact[];
  /** What happened after the story, set apart ("Since this story: …"), newest first. */
  since: CardFact[];
  /** How many facts the entity has in all (the entity page shows every one). */
  factCount: number;
  /** Coverage that mentions the entity, newest first. */
  coverage: CardCoverage[];
  wikidataUrl?: string;
  /** The date the card is as of: the story's date when the page tells it, else today. */
  referenceDate: string;
  /** Whether `referenceDate` is the story's date (false: the page gave none, and today was used). */
  storyDated: boolean;
  /** Where the database's sources give different values for the same statement (issue 10): each side. */
  disagreements?: CardDisagreement[];
}

/** One statement on which sources disagree, with each side and who says it. */
export interface CardDisagreement {
  property: string; // the property's label, e.g. "place of signing"
  part?: string;
  sides: { value: string; rank: 'preferred' | 'normal' | 'deprecated'; note?: string; sources: CardSource[] }[];
}
