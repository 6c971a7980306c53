// The shapes of claim checking: what a sentence claims, and the verdict the database gives it. Read these first.

/** How a number in a sentence is qualified: "more than 30" is a lower bound, "about 30" a round figure. */
export type Approximation = 'exact' | 'about' | 'moreThan' | 'atLeast' | 'nearly' | 'lessThan' | 'upTo';

/** A value read from a sentence, with the characters it was read from (offsets into the sentence). */
export type ClaimValue =
  | { kind: 'quantity'; amount: number; unit?: string; approximation: Approximation; text: string }
  | { kind: 'date'; date: string; text: string } // ISO at the precision written: "2024", "2024-06", "2024-06-30"
  | { kind: 'place'; name: string; known: boolean; text: string } // known: one of the database's names for a place
  | { kind: 'post'; post: string; former: boolean; then: boolean; text: string }; // "then-", "former", or as of the story

/** Why the claim may not be taken at face value: a forecast, a negation. */
export type Hedge = 'forecast' | 'negated';

/** One claim: a sentence that states a checkable value of a property of an entity named on the page. */
export interface FoundClaim {
  /** Which block of text (paragraph) it is in, and the sentence's offsets inside it. */
  block: number;
  start: number;
  end: number;
  sentence: string;
  entity: string;
  property: string;
  value: ClaimValue;
  hedge?: Hedge;
  /** A date the sentence itself gives ("On 17 October 2022, …"), which dates a role claim better than the story. */
  sentenceDate?: string;
  /** The other entities the sentence names: a fine beside another agency may be that agency's share. */
  alsoNamed: string[];
}

export type VerdictKind = 'supported' | 'contradicted' | 'outdated' | 'unknown' | 'unjudged';

/** Where the date the claim was judged against came from. */
export type ReferenceDateSource = 'page' | 'dateline' | 'sentence' | 'today';

/** A source as the panel shows and cites it. */
export interface ClaimSource {
  title: string;
  publisher: string;
  url?: string;
  date?: string; // when it was published
  seen?: string; // when we read it
  tier?: string;
}

/** A value the database holds, with its date and sources, as the panel shows it. */
export interface RecordedValue {
  statement?: string; // the statement's id, or the role's post for role claims
  value: string; // as the panel writes it ("196 members", "2024-12-30", "Ankara")
  date?: string; // "as of 2024-06-26", "from 2024-10-21", or a role's term
  part?: string;
  rank?: 'preferred' | 'normal' | 'deprecated';
  note?: string;
  sources: ClaimSource[];
}

export interface Verdict {
  verdict: VerdictKind;
  /** Outdated: "was-true-earlier" (true before the story's date, not on it) or "changed-since" (true then, not now). */
  direction?: 'was-true-earlier' | 'changed-since';
  /** The worked reasoning, step by step, in plain words. */
  reasoning: string[];
  /** The tolerance rule that applied, in words. */
  rule?: string;
  /** The database's value that settled it. */
  recorded?: RecordedValue;
  /** Where the database's own sources give different values for the same statement: each side. */
  disagreement?: RecordedValue[];
  referenceDate: string;
  referenceDateSource: ReferenceDateSource;
}

export interface CheckedClaim extends FoundClaim, Verdict {
  /** The property's label, for the panel. */
  propertyLabel: string;
  /** The entity's name, for the panel. */
  entityName: string;
}
