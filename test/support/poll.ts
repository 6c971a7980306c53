// One way to wait in the end-to-end tests where a driver's own waits cannot be used (Firefox ESR 140's extension
// pages and frames, and the driver-neutral hostile-page attacks): ask again every 100 ms until the answer is truthy.

/** The first truthy answer of `ask`, asked every 100 ms; an answer that throws counts as not yet. */
export async function pollFor<T>(ask: () => Promise<T>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const answer = await ask().catch(() => undefined);
    if (answer) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}
