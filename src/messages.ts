// The one typed protocol between the content script, the extension pages and the background. Adding a message is
// one line in a map; the compiler checks both the caller and the handler.
import type { Candidate } from './core/recognize.js';
import type { EntityPage } from './core/entity-page.js';
import type { PageSettings } from './core/settings/settings.js';
import type { Card, CompiledAlias, EntityLabel, EntityType } from './core/types.js';
import type { CheckedClaim } from './core/claims/types.js';
import type { AnnotationChanges, AnnotationDraft } from './core/annotations/edit.js';
import type { Annotation, AnnotationSettings, ClaimRef, TextPositionSelector, TextQuoteSelector } from './core/annotations/model.js';
import type { ReadinessGap } from './core/annotations/claimreview.js';
import type { Problem } from './core/annotations/problem.js';

/** Messages the background answers. */
export interface BackgroundApi {
  /** Whether the content script should scan this site. */
  getPageSetup: { params: { host: string }; result: { enabled: boolean; settings: PageSettings } };
  /** For each text, false only when no alias can occur in it (the prefilter): most pages name nothing. */
  mayName: { params: { texts: string[] }; result: boolean[] };
  /** The alias occurrences in a batch of text runs, with what the page needs to resolve them. */
  findCandidates: { params: { texts: string[] }; result: FoundCandidates };
  /** The popover card for an entity, with roles judged as of the story's date when known. */
  getCard: { params: { id: string; storyDate?: string }; result: Card | null };
  /** Which dataset is loaded, when it was seeded and how long seeding took. */
  getDatasetInfo: { params: Record<string, never>; result: DatasetInfo | null };
  getSiteEnabled: { params: { host: string }; result: boolean };
  setSiteEnabled: { params: { host: string; enabled: boolean }; result: boolean };
  /** Everything the database holds on one entity, for its extension page (null: not in the database). */
  getEntityPage: { params: { id: string }; result: EntityPage | null };
  /** Opens the entity's page in a tab of its own (the card's "More"). */
  openEntityPage: { params: { id: string }; result: boolean };
  /** A shipped locale's messages, for the interface language chosen in the options. */
  getLocaleMessages: { params: { language: string }; result: Record<string, { message: string }> };
}

/** Sent by a tab's content script to the background, which answers for that tab (the sender): the toolbar badge. */
export interface TabReportApi {
  reportEntityCount: { params: { count: number }; result: boolean };
}

/**
 * Recognition is split: the background, which holds the alias index and keeps its automaton compiled and warm, finds
 * the occurrences; the page, which holds the page's context, resolves them.
 */
export interface FoundCandidates {
  /** The runs in which something was found: their position in the batch, and the occurrences in order. */
  runs: { run: number; candidates: Candidate[] }[];
  /** The aliases the candidates refer to, by their id in the alias index. */
  aliases: Record<number, CompiledAlias>;
  /** The label of every entity those aliases can mean. */
  entities: Record<string, EntityLabel>;
  /** The folded names of each country a distinctive surname among those aliases points at (`aloneIn`). */
  countryNames: Record<string, string[]>;
}

export interface DatasetInfo {
  version: string;
  seededAt: string;
  seedMs: number;
  entities: number;
  coverage: number;
}

/** One entity as found on a page, for the toolbar popup. */
export interface PageEntity {
  id: string;
  name: string;
  type: EntityType;
  count: number;
}

/** Messages a tab's content script answers (sent by the popup). */
export interface ContentApi {
  listPageEntities: { params: Record<string, never>; result: { host: string; enabled: boolean; entities: PageEntity[] } };
  scrollToEntity: { params: { id: string }; result: boolean };
  applySiteEnabled: { params: { enabled: boolean }; result: boolean };
}

export type Params<A, K extends keyof A> = A[K] extends { params: infer P } ? P : never;
export type Result<A, K extends keyof A> = A[K] extends { result: infer R } ? R : never;

export type Handlers<A> = { [K in keyof A]: (params: Params<A, K>) => Promise<Result<A, K>> | Result<A, K> };

/** The reply envelope: errors travel as data so the caller can tell "no answer" from "failed". */
export type Reply<R> = { ok: true; result: R } | { ok: false; error: string; problem?: Problem };

export function isRequest(message: unknown): message is { name: string; params: unknown } {
  return typeof message === 'object' && message !== null && typeof (message as { name?: unknown }).name === 'string';
}

/** Runs the handler a request names; unknown names and thrown errors become an error reply, never a crash. */
export async function dispatch<A>(handlers: Handlers<A>, message: unknown): Promise<Reply<unknown>> {
  if (!isRequest(message) || !Object.prototype.hasOwnProperty.call(handlers, message.name)) {
    return { ok: false, error: `unknown message ${isRequest(message) ? message.name : typeof message}` };
  }
  try {
    const handler = handlers[message.name as keyof A] as (params: unknown) => unknown;
    return { ok: true, result: await handler(message.params) };
  } catch (error) {
    // A problem with a file the user gave (issue 9) also travels as data, for a message in the reader's language.
    const problem = (error as { problem?: Problem } | null)?.problem;
    return { ok: false, error: error instanceof Error ? error.message : String(error), ...(problem ? { problem } : {}) };
  }
}

// --- Claims (issue 10): the background checks a page's claims; the "Check this page" panel lists them. ---

/** A block of the page's text (a paragraph) with the highlights in it, offsets into `text`. */
export interface ClaimBlock {
  text: string;
  mentions: { start: number; end: number; entity: string }[];
}

/** A checked claim as the page and the panel know it: its place among the page's claims. */
export interface PageClaim extends CheckedClaim {
  index: number;
}

export interface BackgroundApi {
  /** The claims in a page's blocks, each with its verdict, judged as of the story's date when the page gives one. */
  checkClaims: { params: { blocks: ClaimBlock[]; storyDate?: string }; result: CheckedClaim[] };
}

export interface ContentApi {
  /** The claims checked on the tab, for the "Check this page" panel. */
  listClaims: { params: Record<string, never>; result: { url: string; title: string; checked: boolean; claims: PageClaim[]; revision?: number } };
  scrollToClaim: { params: { index: number }; result: boolean };
}

// ---- Fact-checkers' annotations (issue 9) ----

/** Messages about annotations and the user's annotation settings, answered by the background. */
export interface AnnotationApi {
  getAnnotationSettings: { params: Record<string, never>; result: AnnotationSettings };
  setAnnotationSettings: { params: { settings: AnnotationSettings }; result: AnnotationSettings };
  /** Saves a new annotation from a selection and the editor's first changes. */
  createAnnotation: { params: { draft: AnnotationDraft; changes: AnnotationChanges }; result: Annotation };
  updateAnnotation: { params: { id: string; changes: AnnotationChanges }; result: Annotation };
  /** Deletes and returns the annotation, so the caller can offer to undo. */
  deleteAnnotation: { params: { id: string }; result: Annotation | null };
  /** Puts a deleted annotation back exactly as it was (undo). */
  restoreAnnotation: { params: { annotation: Annotation }; result: Annotation };
  /** The annotations of one page (by URL without fragment), or all of them. */
  listAnnotations: { params: { url?: string }; result: Annotation[] };
  /** What a page needs to place its annotations, and nothing more: no note, verdict or evidence reaches the page's tab. */
  listPlacementTargets: { params: { url: string }; result: PlacementTarget[] };
  /** A file of the given annotations (all when `ids` is absent) in one of the export formats. */
  exportAnnotations: { params: { format: ExportFormat; ids?: string[] }; result: ExportedFile };
  /** What each annotation with a verdict still misses before it can be published as a ClaimReview. */
  checkClaimReviewReadiness: { params: { ids?: string[] }; result: { id: string; quote: string; gaps: ReadinessGap[] }[] };
  /** Imports a W3C annotation file: validated first, then written in one transaction, duplicates skipped. */
  importAnnotations: { params: { text: string }; result: { added: number; duplicates: number } };
  /** The selection the context menu or keyboard shortcut captured on a tab, once. */
  takeDraft: { params: { tabId: number }; result: AnnotationDraft | null };
  /** Entities whose name matches, for the editor's entity picker; with `ids`, those entities' labels. */
  findEntities: { params: { query?: string; ids?: string[] }; result: { id: string; name: string; type: EntityType }[] };
}

/** Backing up and restoring all user data as one file (dexie-export-import). */
export interface BackupApi {
  backupAll: { params: Record<string, never>; result: ExportedFile };
  restoreBackup: { params: { text: string }; result: { annotations: number; settings: number; siteSettings: number } };
}

/** Everything the background answers about the user's own data. */
export type UserDataApi = AnnotationApi & BackupApi;

export type ExportFormat = 'w3c' | 'claimreview' | 'csv' | 'markdown' | 'hypothesis';

export interface ExportedFile {
  filename: string;
  mimeType: string;
  text: string;
  /** How many annotations the file holds. */
  count: number;
}

/** Messages a tab's content script answers about annotations (sent by the side panel and the background). */
export interface AnnotationContentApi {
  /** The current selection as a draft annotation, or null when nothing is selected. */
  captureSelection: { params: Record<string, never>; result: AnnotationDraft | null };
  /** Places the page's saved annotations again (after a save, edit or delete). */
  refreshAnnotations: { params: Record<string, never>; result: AnnotationPlacement };
  /** Which annotations are placed, with the page's text around each today, and which are not found. */
  getAnnotationPlacement: { params: Record<string, never>; result: AnnotationPlacement };
  scrollToAnnotation: { params: { id: string }; result: boolean };
}

/** An annotation as the content script sees it: its id and selectors. */
export interface PlacementTarget {
  id: string;
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

export interface AnnotationPlacement {
  url: string;
  placed: { id: string; context: string; how: 'position' | 'quote' | 'fuzzy' }[];
  orphans: string[];
}

/** Messages the side panel answers (sent by the background). */
export interface PanelApi {
  /** A draft is waiting for this tab (see takeDraft). */
  draftReady: { params: { tabId: number }; result: boolean };
}

// ---- Claims turned into annotations, and claims rated before (issue 10) ----

/** An earlier annotation whose verdict rates the same (entity, property, value). */
export interface RatedClaim {
  claim: ClaimRef;
  annotationId: string;
  verdict: string;
  url: string;
  title: string;
  /** When the verdict was last set (ISO date and time). */
  date: string;
}

export interface AnnotationApi {
  /** The user's latest verdict on each of these claims, where there is one (looked up by the claim index). */
  findRatedClaims: { params: { claims: ClaimRef[] }; result: RatedClaim[] };
}

export interface ContentApi {
  /** A checked claim's sentence as a draft annotation (selectors from its place on the page), or null if it is gone. */
  claimDraft: { params: { index: number }; result: AnnotationDraft | null };
}

/** Sent by a tab's content script when the card's "Annotate" was clicked: the passage to annotate (background keeps it). */
export interface TabReportApi {
  offerDraft: { params: { draft: AnnotationDraft }; result: boolean };
}
