// Scans a page: collects its text, has the background find alias occurrences in it, resolves them against the page,
// wraps them, and keeps doing so for content added later. The page's side is only walking, resolving and wrapping:
// the automaton over every alias lives in the background, compiled once and kept warm, instead of being rebuilt
// cold in every tab. Work is sliced so no task blocks the page for long; the page's own mutations are scanned, ours
// never are.
import { type Candidate, MentionResolver, PageContext, contextListsToLookUp } from '../core/recognize.js';
import type { CompiledAlias, EntityLabel } from '../core/types.js';
import type { FoundCandidates, PageEntity } from '../messages.js';
import { type TextRun, collectRuns, isExcluded, isExcludedElement, iterateRuns } from './collect.js';
import { NearScreenWrapper } from './near-screen.js';
import { WRAP_SLICE_MS, inSlices, measure } from './schedule.js';
import { onScreenFirst } from './viewport.js';
import { type Highlight, unwrapAll, wrapHighlights } from './wrap.js';

const MUTATION_SETTLE_MS = 60;
// A page that never stops changing (a ticker, a clock) would reset the settle timer forever: added content is
// scanned at the latest this long after the first change that is waiting.
const MUTATION_MAX_WAIT_MS = 400;
// Below this many runs to wrap, the order does not matter to a reader; above it, what is on screen goes first.
const VISIBLE_FIRST_RUNS = 200;
// A page with more text than this is long: its highlights are wrapped as the reader nears them (near-screen.ts).
export const LONG_PAGE_CHARS = 400_000;
// The largest root whose whole text is sent for the prefilter's look in one message; longer text is walked in slices.
const WHOLE_TEXT_LIMIT = 64 * 1024;
// Runs travel to the background in batches of about this many characters, sent while the walk goes on.
const BATCH_CHARS = 128 * 1024;
// No paragraph of prose is this long: a longer run (a data dump, a hostile page) is left out, neither searched nor
// read for context, so a batch stays well under the background's limit and a context lookup stays short.
const MAX_RUN_CHARS = 1024 * 1024;

/** The background's half of recognition (see `FoundCandidates`). */
export interface CandidateSource {
  mayName(texts: string[]): Promise<boolean[]>;
  findCandidates(texts: string[]): Promise<FoundCandidates>;
}

function* runsOf(roots: readonly Node[]): Generator<TextRun> {
  for (const root of roots) if (root.isConnected) yield* iterateRuns(root);
}

interface ScannedRun {
  run: TextRun;
  candidates: Candidate[];
}

export class PageScanner {
  /** The aliases and entity labels the background has sent so far: all the page needs to resolve and label. */
  private readonly aliases = new Map<number, CompiledAlias>();
  private readonly labels = new Map<string, EntityLabel>();
  private readonly countryNames = new Map<string, string[]>();
  private readonly resolver = new MentionResolver(
    (id) => this.aliases.get(id),
    (entity) => this.labels.get(entity)?.type,
    (country) => this.countryNames.get(country),
  );
  private readonly context = new PageContext();
  private readonly observer: MutationObserver;
  private readonly pendingRoots: Node[] = [];
  /** The first mark of every highlight made, in the order made; the page may remove some (see `liveMarks`). */
  private marks: Element[] = [];
  /** Roots whose text already counts as context: a ticker's text node changes every second, and counts once. */
  private readonly contextRoots = new WeakSet<Node>();
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private maxWaitTimer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;
  /** Characters of text walked so far: past LONG_PAGE_CHARS, wrapping waits for the reader to come near. */
  private textChars = 0;
  private readonly nearScreen = new NearScreenWrapper((run) => this.wrapRun(run), (work) => this.withoutObserving(work));

  constructor(
    private readonly source: CandidateSource,
    private readonly root: Element,
    private readonly onScanned: () => void,
    /** Told of every change the page makes, before it is scanned (the content script checks for a new story). */
    private readonly onPageChange: () => void = () => {},
  ) {
    this.observer = new MutationObserver((records) => this.notePageMutations(records));
  }

  /** Scans the whole root, then watches it for added content. Resolves when the first scan is complete. */
  start(): Promise<void> {
    this.observe();
    return this.enqueue([this.root]);
  }

  /** Stops watching and removes every highlight. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.settleTimer);
    clearTimeout(this.maxWaitTimer);
    this.observer.disconnect();
    this.nearScreen.clear();
    if (this.root.isConnected) unwrapAll(this.root);
    this.marks = [];
  }

  /** Our highlights still in the page: counted from what we made, not by querying a page of any size. */
  private liveMarks(): Element[] {
    if (this.marks.some((mark) => !mark.isConnected)) this.marks = this.marks.filter((mark) => mark.isConnected);
    return this.marks;
  }

  /** The entities highlighted on the page now, with their number of highlights (wrapped, or waiting to be). */
  entities(): PageEntity[] {
    const counts = new Map<string, number>();
    for (const mark of this.liveMarks()) {
      const id = mark.getAttribute('data-entity-id') ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    for (const { entity } of this.nearScreen.pending()) counts.set(entity, (counts.get(entity) ?? 0) + 1);
    return [...counts].flatMap(([id, count]) => {
      const label = this.labels.get(id);
      return label ? [{ id, name: label.name, type: label.type, count }] : [];
    });
  }

  /** Every highlight of the page: those wrapped, and on a long page those waiting for the reader to come near. */
  highlightCount(): number {
    return this.liveMarks().length + this.nearScreen.pendingCount();
  }

  /** Whether the page has more text than LONG_PAGE_CHARS: its highlights wait for the reader, its claims are not read. */
  isLongPage(): boolean {
    return this.textChars > LONG_PAGE_CHARS;
  }

  /** Wraps now a highlight of `entity` still waiting on a long page, so the reader can be shown one. */
  wrapFirstOf(entity: string): void {
    this.nearScreen.wrapFirstOf(entity);
  }

  /** Removes our highlights inside a region, at once: it has become editable, and typing must not land in them. */
  unwrapWithin(region: Element): void {
    this.withoutObserving(() => unwrapAll(region));
  }

  /**
   * Resolves once every change the page has made so far is scanned and wrapped: a card whose highlight was re-rendered
   * waits on this rather than on a clock, since the rescan's round trip to the background can take seconds (a
   * background woken from suspension, a loaded machine).
   */
  caughtUp(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.notePageMutations(this.observer.takeRecords());
    if (this.pendingRoots.length > 0) this.scanPending();
    return this.queue;
  }

  private enqueue(roots: Node[]): Promise<void> {
    this.queue = this.queue.then(() => this.scan(roots)).catch((error: unknown) => console.error('Policy Lens: scan failed', error));
    return this.queue;
  }

  private async scan(roots: Node[]): Promise<void> {
    // A document in design mode is editable everywhere: nothing in it is highlighted.
    if (this.stopped || document.designMode === 'on') return;
    // Most pages, and most added content, name nothing: the prefilter's look at a root's whole text says so, and
    // spares the walk. Its text still counts as context, read only if an ambiguous name ever needs it.
    const started = performance.now();
    const connected = roots.filter((root) => root.isConnected);
    const small = connected.flatMap((root) => {
      const text = textUpTo(root, WHOLE_TEXT_LIMIT);
      return text === null ? [] : [{ root, text }];
    });
    measure('scan', started);
    const mayName = small.length > 0 ? await this.source.mayName(small.map(({ text }) => text)) : [];
    const ruledOut = new Set(small.filter((_, i) => !mayName[i]).map(({ root }) => root));
    for (const root of ruledOut) {
      if (this.contextRoots.has(root)) continue;
      this.contextRoots.add(root);
      this.context.addText(() => (root.isConnected ? collectRuns(root).map((run) => run.text).join('\n') : ''));
    }
    const hopeful = connected.filter((root) => !ruledOut.has(root));
    // The walk: every run goes to the page's context, and to the background in batches sent as they fill. Each
    // batch keeps only its runs that name something once its answer comes, usually while the walk goes on: a table's
    // hundred thousand cells, all kept until the last answer, made every young-generation collection copy them.
    const answers: Promise<ScannedRun[]>[] = [];
    let batch: TextRun[] = [];
    let batchChars = 0;
    const send = () => {
      if (batch.length === 0) return;
      const runs = batch;
      answers.push(this.source.findCandidates(runs.map((run) => run.text)).then((reply) => this.keepFound(runs, reply)));
      batch = [];
      batchChars = 0;
    };
    await inSlices('scan', runsOf(hopeful), (run) => {
      if (run.text.length > MAX_RUN_CHARS) return;
      this.textChars += run.text.length;
      this.context.addText(run.text);
      batch.push(run);
      batchChars += run.text.length;
      if (batchChars >= BATCH_CHARS) send();
    });
    send();
    const scanned = (await Promise.all(answers)).flat();
    if (scanned.length > 0 && !this.stopped) {
      await inSlices('scan', scanned, ({ candidates }) => this.resolver.notePresence(candidates, this.context));
      // An ambiguous name reads the page's words: fold them now, and look each context word up, in slices, rather
      // than all at once mid-resolve (a word absent from a page of megabytes is searched for in all of it).
      const contextLists = this.contextListsOf(scanned);
      if (contextLists.length > 0) {
        await inSlices('scan', this.context.foldSteps(), () => {});
        await inSlices('scan', this.context.lookupSteps(contextLists), () => {});
      }
      await this.resolveAndWrap(scanned);
    }
    this.onScanned();
  }

  /** The context-word lists resolving the candidates found may read (see contextListsToLookUp). */
  private contextListsOf(scanned: readonly ScannedRun[]): (readonly string[])[] {
    return contextListsToLookUp(
      scanned.map(({ candidates }) => candidates),
      (alias) => this.aliases.get(alias),
      (country) => this.countryNames.get(country),
    );
  }

  /** Records what the background sent for a batch, and returns the batch's runs that name something. */
  private keepFound(runs: readonly TextRun[], { runs: hits, aliases, entities, countryNames }: FoundCandidates): ScannedRun[] {
    for (const [id, alias] of Object.entries(aliases)) this.aliases.set(Number(id), alias);
    for (const [id, label] of Object.entries(entities)) this.labels.set(id, label);
    for (const [country, names] of Object.entries(countryNames ?? {})) this.countryNames.set(country, names);
    return hits.flatMap(({ run, candidates }) => {
      const textRun = runs[run];
      return textRun ? [{ run: textRun, candidates }] : [];
    });
  }

  /**
   * Resolves every run in document order (the rules read what came before: a surname counts only after the full
   * name), then wraps them run by run in short slices: on a page of many runs what is on screen first, and on a long
   * page only what is near the screen, the rest as the reader nears it.
   */
  private async resolveAndWrap(scanned: readonly ScannedRun[]): Promise<void> {
    const perRun: Highlight[][] = [];
    await inSlices('scan', scanned, ({ run, candidates }) => {
      const highlights: Highlight[] = [];
      for (const mention of this.resolver.resolve(candidates, this.context)) {
        const label = this.labels.get(mention.entity);
        if (label) highlights.push({ run, start: mention.start, end: mention.end, entity: mention.entity, label });
      }
      if (highlights.length > 0) perRun.push(highlights);
    });
    if (this.isLongPage()) {
      await this.nearScreen.add(perRun);
      return;
    }
    const order = perRun.length >= VISIBLE_FIRST_RUNS ? await onScreenFirst(perRun, (highlights) => (highlights[0] as Highlight).run.pieces[0]?.node.parentElement ?? null) : perRun;
    await inSlices('wrap', order, (highlights) => this.wrapRun(highlights), WRAP_SLICE_MS, (work) => this.withoutObserving(work));
  }

  /** Wraps one run's highlights; called with the page observer off (`withoutObserving`). */
  private wrapRun(highlights: readonly Highlight[]): void {
    if (this.stopped) return;
    this.marks.push(...wrapHighlights(highlights));
  }

  /** Runs our own DOM changes with the observer off: they are never re-scanned. */
  private withoutObserving(change: () => void): void {
    this.notePageMutations(this.observer.takeRecords());
    // Not observed at all rather than observed and dropped: each wrap makes several records, and taking them
    // builds an object for each.
    this.observer.disconnect();
    try {
      change();
    } finally {
      if (!this.stopped) this.observe();
    }
  }

  private observe(): void {
    // `contenteditable` too: a region that becomes editable must lose its highlights before anyone types in it.
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['contenteditable'] });
  }

  private notePageMutations(records: MutationRecord[]): void {
    if (records.length > 0) this.onPageChange();
    for (const record of records) {
      if (record.type === 'attributes') {
        const element = record.target as HTMLElement;
        if (element.isContentEditable) this.unwrapWithin(element);
        else if (!isExcluded(element)) this.pendingRoots.push(element); // editable no more: its text counts again
        continue;
      }
      if (record.type === 'characterData') {
        if (!isExcluded(record.target)) this.pendingRoots.push(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && isExcludedElement(node as Element)) continue;
        if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) this.pendingRoots.push(node);
      }
    }
    if (this.pendingRoots.length === 0 || this.stopped) return;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.scanPending(), MUTATION_SETTLE_MS);
    this.maxWaitTimer ??= setTimeout(() => this.scanPending(), MUTATION_MAX_WAIT_MS);
  }

  private scanPending(): void {
    clearTimeout(this.settleTimer);
    clearTimeout(this.maxWaitTimer);
    this.maxWaitTimer = undefined;
    const started = performance.now();
    const roots = outermost(this.pendingRoots.splice(0).filter((node) => node.isConnected && !isExcluded(node)));
    measure('observe', started);
    if (roots.length > 0) void this.enqueue(roots);
  }
}

/**
 * A root's text (as `textContent` reads it) when it is no longer than `limit`, else null, found without building
 * the text of a page of megabytes only to learn that it is long.
 */
function textUpTo(root: Node, limit: number): string | null {
  if (root.nodeType === Node.TEXT_NODE) {
    const data = (root as Text).data;
    return data.length <= limit ? data : null;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    length += data.length;
    if (length > limit) return null;
    parts.push(data);
  }
  return parts.join('');
}

/** The nodes not inside another of them, once each, in their order: a node inside an added node is scanned with it. */
function outermost(nodes: readonly Node[]): Node[] {
  const pending = new Set(nodes);
  return [...pending].filter((node) => {
    for (let parent = node.parentNode; parent; parent = parent.parentNode) if (pending.has(parent)) return false;
    return true;
  });
}
