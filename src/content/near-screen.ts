// On a long page, highlights are wrapped as the reader comes near them, not all at once. Every wrap changes the page,
// and the browser lays the page out again before it next paints: on a table or a page of 200,000 elements one such
// rendering costs 150–300 ms, and wrapping ten thousand highlights in slices paid for dozens of them before "ready",
// for text nobody had scrolled to. Recognition still covers the whole page (the popup lists every entity, the count
// includes every highlight); only the DOM change waits until its text is within a screen or so of the viewport.
//
// Where the text is, is asked of the browser without forcing a layout: an IntersectionObserver watches the element
// holding each highlighted run, and answers after the layout the browser does anyway. One element can hold
// thousands of runs (text broken only by <br>): there, the runs near the screen are found by a binary search over
// their positions, read right after a rendering, when reading them costs nothing.
import { WRAP_SLICE_MS, inSlices } from './schedule.js';
import type { Highlight } from './wrap.js';

// How far beyond the viewport text counts as near: a screen above and below, so a reader scrolling at an ordinary
// pace finds it wrapped already.
const ROOT_MARGIN = '100% 50%';
// An element holding more highlighted runs than this is searched by position instead of wrapped whole when it
// comes near.
const TALL_ELEMENT_RUNS = 8;
// If the browser does not answer within this time (a background tab renders nothing), the first scan is ready
// anyway; the answer, when it comes, still wraps what is near.
const ANSWER_WITHIN_MS = 300;

type RunHighlights = readonly Highlight[];

interface Group {
  element: Element;
  runs: RunHighlights[]; // in document order
}

function elementOf(run: RunHighlights): Element | null {
  return (run[0] as Highlight).run.pieces[0]?.node.parentElement ?? null;
}

function isConnected(run: RunHighlights): boolean {
  return (run[0] as Highlight).run.pieces.every((piece) => piece.node.isConnected);
}

/** The run's vertical extent on screen now (the layout is assumed clean: called right after a rendering). */
function verticalExtent(run: RunHighlights): { top: number; bottom: number } | null {
  const { pieces } = (run[0] as Highlight).run;
  const first = pieces[0]?.node;
  const last = pieces[pieces.length - 1]?.node;
  if (!first?.isConnected || !last?.isConnected) return null;
  const range = document.createRange();
  range.setStart(first, 0);
  range.setEnd(last, last.data.length);
  const rect = range.getBoundingClientRect();
  return { top: rect.top, bottom: rect.bottom };
}

export class NearScreenWrapper {
  private readonly groups = new Map<Element, Group>();
  /** Elements of many runs that are near the screen now: searched again on every scroll. */
  private readonly tall = new Set<Group>();
  private readonly observer: IntersectionObserver;
  private due: RunHighlights[] = [];
  private flushing: Promise<void> = Promise.resolve();
  private answered: (() => void)[] = [];
  private scrollScheduled = false;
  private listening = false;

  constructor(
    private readonly wrapRun: (run: RunHighlights) => void,
    /** Runs a slice of wraps (the scanner stops observing the page around it). */
    private readonly around: (work: () => void) => void,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onEntries(entries), { rootMargin: ROOT_MARGIN });
  }

  /**
   * Takes the highlights of a scan, run by run in document order. Resolves once those near the screen are wrapped
   * (or the browser has not answered in time); the others are wrapped as the reader nears them.
   */
  add(runs: readonly RunHighlights[]): Promise<void> {
    let observed = false;
    for (const run of runs) {
      const element = elementOf(run);
      if (!element) continue;
      let group = this.groups.get(element);
      if (!group) {
        group = { element, runs: [] };
        this.groups.set(element, group);
        this.observer.observe(element);
        observed = true;
      }
      group.runs.push(run);
    }
    return withinTime(new Promise<void>((resolve) => {
      // The observer's next callback reports every element it has started to watch; runs added only to elements
      // already watched have nothing new to report, and are looked for after the next rendering.
      if (observed) this.answered.push(resolve);
      else void this.afterRendering().then(resolve);
    }));
  }

  /** The highlights not wrapped yet whose text is still on the page. */
  *pending(): Generator<Highlight> {
    for (const run of this.waitingRuns()) yield* run;
  }

  private *waitingRuns(): Generator<RunHighlights> {
    for (const group of this.groups.values()) for (const run of group.runs) if (isConnected(run)) yield run;
    for (const run of this.due) if (isConnected(run)) yield run;
  }

  pendingCount(): number {
    let count = 0;
    for (const run of this.waitingRuns()) count += run.length;
    return count;
  }

  /** Wraps now the first waiting run that names `entity` (the reader asked to be shown it), if one waits. */
  wrapFirstOf(entity: string): void {
    for (const group of this.groups.values()) {
      const index = group.runs.findIndex((run) => run.some((h) => h.entity === entity) && isConnected(run));
      if (index < 0) continue;
      const [run] = group.runs.splice(index, 1);
      this.around(() => this.wrapRun(run as RunHighlights));
      this.forgetIfEmpty(group);
      return;
    }
  }

  /** Forgets every waiting highlight and stops watching (the scan stopped). */
  clear(): void {
    this.observer.disconnect();
    this.groups.clear();
    this.tall.clear();
    this.due = [];
    this.stopListening();
    for (const done of this.answered.splice(0)) done();
  }

  private onEntries(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const group = this.groups.get(entry.target);
      if (!group) continue;
      if (!entry.isIntersecting) {
        this.tall.delete(group);
      } else if (group.runs.length > TALL_ELEMENT_RUNS) {
        this.tall.add(group);
      } else {
        this.due.push(...group.runs);
        group.runs = [];
        this.forgetIfEmpty(group);
      }
    }
    // The callback comes after a rendering: positions can be read now without forcing a layout.
    this.takeNearRunsOfTallElements();
    if (this.tall.size > 0) this.listen();
    else this.stopListening();
    const answered = this.answered.splice(0);
    void this.flush().then(() => {
      for (const done of answered) done();
    });
  }

  /** In each tall element near the screen, the runs within a screen of the viewport, by binary search. */
  private takeNearRunsOfTallElements(): void {
    const margin = window.innerHeight;
    for (const group of [...this.tall]) {
      const { runs } = group;
      // The first run that ends below the top margin, and the first that starts below the bottom one.
      const from = firstIndex(runs, (run) => (verticalExtent(run)?.bottom ?? Infinity) >= -margin);
      const to = firstIndex(runs, (run) => (verticalExtent(run)?.top ?? Infinity) > window.innerHeight + margin);
      if (to > from) this.due.push(...runs.splice(from, to - from));
      this.forgetIfEmpty(group);
    }
  }

  private forgetIfEmpty(group: Group): void {
    if (group.runs.length > 0) return;
    this.observer.unobserve(group.element);
    this.groups.delete(group.element);
    this.tall.delete(group);
  }

  private flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const due = this.due.splice(0);
      if (due.length > 0) await inSlices('wrap', due, (run) => this.wrapRun(run), WRAP_SLICE_MS, this.around);
    });
    return this.flushing;
  }

  /** After the next rendering, when reading positions forces no layout: wraps what has come near a tall element. */
  private afterRendering(): Promise<void> {
    return new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => {
      this.scrollScheduled = false;
      this.takeNearRunsOfTallElements();
      if (this.tall.size === 0) this.stopListening();
      void this.flush().then(resolve);
    }, 0)));
  }

  // While a tall element is near the screen, scrolling brings other runs of it near.
  private readonly onScroll = (): void => {
    if (this.scrollScheduled) return;
    this.scrollScheduled = true;
    void this.afterRendering();
  };

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    addEventListener('scroll', this.onScroll, { capture: true, passive: true });
  }

  private stopListening(): void {
    if (!this.listening) return;
    this.listening = false;
    removeEventListener('scroll', this.onScroll, { capture: true });
  }
}

/** Resolves when `answer` does, or after ANSWER_WITHIN_MS: a background tab renders nothing, and answers nothing. */
function withinTime(answer: Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ANSWER_WITHIN_MS);
    void answer.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The first index whose run satisfies `isAtOrPast` (monotonic over the runs: their text flows down the element). */
function firstIndex(runs: readonly RunHighlights[], isAtOrPast: (run: RunHighlights) => boolean): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (isAtOrPast(runs[mid] as RunHighlights)) high = mid;
    else low = mid + 1;
  }
  return low;
}
