// Scans a page: collects its text, recognises mentions, wraps them, and keeps doing so for content added later.
// Work is sliced so that no task blocks the page for long; the page's own mutations are scanned, ours never are.
import { type PrefilterData, Prefilter } from '../core/prefilter.js';
import { type Candidate, PageContext, Recognizer } from '../core/recognize.js';
import type { AliasIndex, EntityLabel } from '../core/types.js';
import type { PageEntity } from '../messages.js';
import { EXCLUDED_SELECTOR, type TextRun, collectRuns, isExcluded, iterateRuns } from './collect.js';
import { inSlices, measure } from './schedule.js';
import { type Highlight, MARK_TAG, unwrapAll, wrapHighlights } from './wrap.js';

const MUTATION_SETTLE_MS = 60;
// The largest text tested in one native pass (~1 ms); longer text is walked in slices.
const WHOLE_TEXT_LIMIT = 64 * 1024;

function* runsOf(roots: readonly Node[]): Generator<TextRun> {
  for (const root of roots) if (root.isConnected) yield* iterateRuns(root);
}

interface ScannedRun {
  run: TextRun;
  candidates: Candidate[];
}

export class PageScanner {
  private readonly prefilter: Prefilter;
  /** The prefilter signals seen on the page, and how many the current recognizer was built for. */
  private readonly signals = new Set<number>();
  private recognizer: Recognizer | undefined;
  private recognizerSignals = 0;
  private index: AliasIndex | undefined;
  private readonly context = new PageContext();
  private readonly observer: MutationObserver;
  private readonly pendingRoots: Node[] = [];
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private queue: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    prefilter: PrefilterData,
    private readonly loadIndex: () => Promise<AliasIndex>,
    private readonly root: Element,
    private readonly onScanned: () => void,
  ) {
    this.prefilter = new Prefilter(prefilter);
    this.observer = new MutationObserver((records) => this.notePageMutations(records));
  }

  /** Scans the whole root, then watches it for added content. Resolves when the first scan is complete. */
  start(): Promise<void> {
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
    return this.enqueue([this.root]);
  }

  /** Stops watching and removes every highlight. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.settleTimer);
    this.observer.disconnect();
    unwrapAll(this.root);
  }

  /** The entities highlighted on the page now, with their number of highlights. */
  entities(): PageEntity[] {
    const counts = new Map<string, number>();
    for (const mark of this.root.querySelectorAll(`${MARK_TAG}[data-entity-id]:not([data-continued])`)) {
      const id = mark.getAttribute('data-entity-id') ?? '';
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts].flatMap(([id, count]) => {
      const label: EntityLabel | undefined = this.index?.entities[id];
      return label ? [{ id, name: label.name, type: label.type, count }] : [];
    });
  }

  highlightCount(): number {
    return this.root.querySelectorAll(`${MARK_TAG}[data-entity-id]:not([data-continued])`).length;
  }

  private enqueue(roots: Node[]): Promise<void> {
    this.queue = this.queue.then(() => this.scan(roots)).catch((error: unknown) => console.error('Policy Lens: scan failed', error));
    return this.queue;
  }

  private async scan(roots: Node[]): Promise<void> {
    if (this.stopped) return;
    // First the whole page's text goes to the context (so a word anywhere can settle an ambiguous name), and the
    // prefilter keeps the few runs that may name something.
    const promising: TextRun[] = [];
    // Most pages, and most added content, name nothing: one native pass over a root's whole text says so, and
    // spares the walk. Its text still counts as context, read only if an ambiguous name ever needs it.
    const started = performance.now();
    const hopeful = roots.filter((root) => {
      if (!root.isConnected) return false;
      const text = root.textContent ?? '';
      // Past a size, one pass would be one long task: long pages take the sliced walk.
      if (text.length > WHOLE_TEXT_LIMIT || this.prefilter.signalsIn(text).size > 0) return true;
      this.context.addText(() => (root.isConnected ? collectRuns(root).map((run) => run.text).join('\n') : ''));
      return false;
    });
    measure('scan', started);
    await inSlices('scan', runsOf(hopeful), (run) => {
      this.context.addText(run.text);
      const found = this.prefilter.signalsIn(run.text);
      if (found.size === 0) return;
      promising.push(run);
      for (const signal of found) this.signals.add(signal);
    });
    if (promising.length > 0 && !this.stopped) {
      const recognizer = await this.ensureRecognizer();
      const scanned: ScannedRun[] = [];
      await inSlices('scan', promising, (run) => {
        const candidates = recognizer.scan(run.text);
        recognizer.notePresence(candidates, this.context);
        if (candidates.length > 0) scanned.push({ run, candidates });
      });
      await this.resolveAndWrap(recognizer, scanned);
    }
    this.onScanned();
  }

  /** Rebuilt when new signals appear (content added later may name new entities); a small automaton is cheap. */
  private async ensureRecognizer(): Promise<Recognizer> {
    this.index ??= await this.loadIndex();
    if (!this.recognizer || this.recognizerSignals !== this.signals.size) {
      const started = performance.now();
      this.recognizer = new Recognizer(this.index, this.signals);
      this.recognizerSignals = this.signals.size;
      measure('setup', started);
    }
    return this.recognizer;
  }

  private async resolveAndWrap(recognizer: Recognizer, scanned: readonly ScannedRun[]): Promise<void> {
    const labels = (this.index as AliasIndex).entities;
    let batch: Highlight[] = [];
    let resolved = 0;
    await inSlices('wrap', scanned, ({ run, candidates }) => {
      resolved++;
      for (const mention of recognizer.resolve(candidates, this.context)) {
        const label = labels[mention.entity];
        if (label) batch.push({ run, start: mention.start, end: mention.end, entity: mention.entity, label });
      }
      // Wrap once per few runs: wrapping is the costly part, and it must happen in this slice, not later.
      if (batch.length >= 16 || resolved === scanned.length) {
        this.wrapWithoutObserving(batch);
        batch = [];
      }
    });
  }

  private wrapWithoutObserving(highlights: Highlight[]): void {
    if (this.stopped || highlights.length === 0) return;
    this.notePageMutations(this.observer.takeRecords());
    wrapHighlights(highlights);
    this.observer.takeRecords(); // our own wrapping: never re-scanned
  }

  private notePageMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        if (!isExcluded(record.target)) this.pendingRoots.push(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(EXCLUDED_SELECTOR)) continue;
        if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) this.pendingRoots.push(node);
      }
    }
    if (this.pendingRoots.length === 0 || this.stopped) return;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.scanPending(), MUTATION_SETTLE_MS);
  }

  private scanPending(): void {
    const roots = this.pendingRoots.splice(0).filter((node) => node.isConnected && !isExcluded(node));
    // A node inside another added node is scanned with it.
    const outermost = roots.filter((node) => !roots.some((other) => other !== node && other.contains(node)));
    if (outermost.length > 0) void this.enqueue([...new Set(outermost)]);
  }
}
