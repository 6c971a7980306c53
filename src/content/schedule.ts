// Cooperative scheduling: long work is cut into slices that give the page its main thread back between them. Each
// slice is recorded as a performance measure ("policy-lens:<phase>"), which the benchmark reads.

const SLICE_MS = 8;

type SchedulerWithYield = { yield: () => Promise<void> };

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function measure(phase: string, start: number, end = performance.now()): void {
  performance.measure(`policy-lens:${phase}`, { start, end });
}

/** Runs `step` over `items` in order, yielding to the page whenever a slice has used its time. */
export async function inSlices<T>(phase: string, items: Iterable<T>, step: (item: T) => void, sliceMs = SLICE_MS): Promise<void> {
  let sliceStart = performance.now();
  let pending = false;
  for (const item of items) {
    step(item);
    pending = true;
    const now = performance.now();
    if (now - sliceStart > sliceMs) {
      measure(phase, sliceStart, now);
      pending = false;
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  if (pending) measure(phase, sliceStart);
}
