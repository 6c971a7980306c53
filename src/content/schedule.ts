// Cooperative scheduling: long work is cut into slices that give the page its main thread back between them. Each
// slice is recorded as a performance measure ("policy-lens:<phase>"), which the benchmark reads.

const SLICE_MS = 8;
/** Wrapping takes longer slices than the walk: the browser renders our changes between slices, and fewer, fuller
 * slices pay for fewer renderings. */
export const WRAP_SLICE_MS = 20;

type SchedulerWithYield = { yield: () => Promise<void> };

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// Our entries sit in the page's performance timeline, which the page can read and which grows without bound on a
// page that keeps re-rendering. They are kept only long enough to be read: not at all cleared before the first scan
// is ready (the benchmark reads the first scan's measures right when data-policy-lens="ready" is set), then cleared
// a few seconds after they are recorded. A PerformanceObserver installed before the content script (the benchmark's
// probe) still receives every entry; see docs/performance.md.
const RETENTION_MS = 5000;
const names = new Set<string>(['policy-lens:start', 'policy-lens:eval-start']);
let sweepsAllowed = false;
let sweepTimer: ReturnType<typeof setTimeout> | undefined;

function sweep(): void {
  sweepTimer = undefined;
  for (const name of names) {
    performance.clearMeasures(name);
    performance.clearMarks(name);
  }
}

function scheduleSweep(): void {
  if (sweepsAllowed && sweepTimer === undefined) sweepTimer = setTimeout(sweep, RETENTION_MS);
}

/** Called once the first scan is ready and its measures have been recorded: from now on our entries are cleared. */
export function allowPerformanceSweeps(): void {
  sweepsAllowed = true;
  scheduleSweep();
}

/** Clears our entries now and stops the timer (the content script is shutting down). */
export function stopPerformanceSweeps(): void {
  clearTimeout(sweepTimer);
  sweep();
  sweepsAllowed = false;
}

export function measure(phase: string, start: number, end = performance.now()): void {
  const name = `policy-lens:${phase}`;
  performance.measure(name, { start, end });
  names.add(name);
  scheduleSweep();
}

/**
 * Runs `step` over `items` in order, yielding to the page whenever a slice has used its time. `around` runs each
 * slice's steps together (the scanner stops observing the page once per slice while it wraps, not once per step).
 */
export async function inSlices<T>(
  phase: string,
  items: Iterable<T>,
  step: (item: T) => void,
  sliceMs = SLICE_MS,
  around: (work: () => void) => void = (work) => work(),
): Promise<void> {
  const iterator = items[Symbol.iterator]();
  // The clock is read every `stride` items: a table's hundred thousand cells each take microseconds, and reading
  // the clock after each cost as much as the step. The stride doubles while steps are quick and drops back to one
  // as soon as a check finds the steps slow, so a slice overruns its time by at most a few quick steps.
  let stride = 1;
  for (;;) {
    const sliceStart = performance.now();
    let lastCheck = sliceStart;
    let done = false;
    let stepped = false;
    around(() => {
      let sinceCheck = 0;
      for (;;) {
        const next = iterator.next();
        if (next.done) {
          done = true;
          return;
        }
        step(next.value);
        stepped = true;
        if (++sinceCheck < stride) continue;
        sinceCheck = 0;
        const now = performance.now();
        stride = now - lastCheck < QUICK_STEPS_MS ? Math.min(stride * 2, MAX_STRIDE) : 1;
        lastCheck = now;
        if (now - sliceStart > sliceMs) return;
      }
    });
    if (stepped) measure(phase, sliceStart);
    if (done) return;
    await yieldToPage();
  }
}

const QUICK_STEPS_MS = 0.25;
const MAX_STRIDE = 64;
