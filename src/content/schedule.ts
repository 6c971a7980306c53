// Cooperative scheduling: long work is cut into slices that give the page its main thread back between them.

const SLICE_MS = 8;

type SchedulerWithYield = { yield: () => Promise<void> };

export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `step` over `items` in order, yielding to the page whenever a slice has used its time. */
export async function inSlices<T>(items: readonly T[], step: (item: T, index: number) => void, sliceMs = SLICE_MS): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    step(items[i] as T, i);
    if (performance.now() - sliceStart > sliceMs && i + 1 < items.length) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
