// Which part of a long page is on screen, asked without forcing a layout: an IntersectionObserver over a few evenly
// spaced samples answers after the browser's next layout, which it does anyway. Reading positions directly
// (getBoundingClientRect) would make the browser lay out a page of megabytes in one of our tasks.

const SAMPLES = 64;
// If the browser does not answer within this time (a background tab renders nothing), document order it is.
const ANSWER_WITHIN_MS = 150;

/**
 * The items reordered so that those from the first on-screen sample onwards come first, then the ones above the
 * screen. Items are in document order, which on a page of text is also top-to-bottom order, near enough.
 */
export async function onScreenFirst<T>(items: readonly T[], elementOf: (item: T) => Element | null): Promise<readonly T[]> {
  const step = Math.max(1, Math.floor(items.length / SAMPLES));
  const samples: { index: number; element: Element }[] = [];
  for (let index = 0; index < items.length; index += step) {
    const element = elementOf(items[index] as T);
    if (element?.isConnected) samples.push({ index, element });
  }
  if (samples.length === 0) return items;
  const visible = await new Promise<Set<Element>>((resolve) => {
    const seen = new Set<Element>();
    const timer = setTimeout(() => finish(), ANSWER_WITHIN_MS);
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) seen.add(entry.target);
      finish();
    });
    function finish(): void {
      clearTimeout(timer);
      observer.disconnect();
      resolve(seen);
    }
    for (const { element } of samples) observer.observe(element);
  });
  const firstVisible = samples.findIndex(({ element }) => visible.has(element));
  if (firstVisible <= 0) return items;
  // Start one sample early: the screen's top may lie between two samples.
  const start = (samples[firstVisible - 1] as { index: number }).index;
  return [...items.slice(start), ...items.slice(0, start)];
}
