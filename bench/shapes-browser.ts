// The page shapes of bench/shapes.ts, loaded with the built extension in Debian's Chromium (every measure) and in
// Firefox ESR (time to ready only: it has no long-task API and no CDP), so the two browsers can be compared.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension } from '../test/support/chromium.js';
import { FIREFOX, launchFirefoxWithExtension } from '../test/support/firefox.js';
import { startServer } from '../test/support/server.js';
import { PAGE_PROBE, READY, READ_TIMINGS, type Samples, WHEN_READY, sendToBackground } from './browser.js';
import { PAGE_SHAPES, type PageShape } from './shapes.js';

// Long tasks of any origin while our scan ran: rendering our marks is paid for in tasks that are not ours.
const LONGEST_TASK_DURING_SCAN = `(() => {
  const measures = window.__pl.read('measure').filter((e) => e.name.startsWith('policy-lens:') && e.name !== 'policy-lens:ask' && e.name !== 'policy-lens:popover');
  const first = Math.min(...measures.map((e) => e.startTime));
  const last = Math.max(window.__pl.readyAt, ...measures.map((e) => e.startTime + e.duration));
  return Math.max(0, ...window.__pl.longTasks.filter(([start]) => start >= first - 1 && start <= last).map(([, d]) => d));
})()`;

// The page's own cost, which no extension can remove: navigation start to the end of its load event, measured
// with the extension switched off for the page's host.
const PAGE_LOAD_END = `(performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? NaN)`;

const ALL_STORIES_HIGHLIGHTED = `[...document.querySelectorAll('section.story')].every((s) => s.querySelector('policy-lens-mark'))`;

const WARM_UP = '<!doctype html><html><body><p>Interpol and the Financial Action Task Force.</p></body></html>';

function routes(names: readonly string[]): Record<string, () => string> {
  return {
    '/warm-up.html': () => WARM_UP,
    ...Object.fromEntries(PAGE_SHAPES.map((shape) => {
      let html: string | undefined;
      return [shape.route, () => (html ??= shape.html(names))];
    })),
  };
}

/** A first small page, so no shape pays for installing the extension, seeding its database or waking its worker. */
async function warmUp(page: { goto: (url: string) => Promise<unknown>; waitForSelector: (selector: string, options?: { timeout?: number }) => Promise<unknown>; close: () => Promise<void> }, origin: string): Promise<void> {
  await page.goto(`${origin}/warm-up.html`);
  await page.waitForSelector(READY, { timeout: 60_000 });
  await page.close();
}

export async function benchShapesChromium(extensionDir: string, names: readonly string[], runs: number, log: (line: string) => void, shapes: readonly PageShape[] = PAGE_SHAPES): Promise<Samples> {
  const samples: Samples = {};
  const add = (metric: string, value: number) => (samples[metric] ??= []).push(value);
  const server = await startServer([], routes(names));
  // The page alone, for comparison: the same shape on "localhost", where the extension is switched off.
  const aloneOrigin = server.origin.replace('127.0.0.1', 'localhost');
  const open = async () => {
    const launched = await launchWithExtension({ extensionDir });
    await launched.context.addInitScript({ content: PAGE_PROBE });
    await warmUp(await launched.context.newPage(), server.origin);
    await sendToBackground(launched.context, launched.extensionId, { name: 'setSiteEnabled', params: { host: 'localhost', enabled: false } });
    return launched.context;
  };
  let context = await open();
  try {
    for (const shape of shapes) {
      // A browser that dies on one shape (Chromium once closed on a 10x page of this loaded machine) costs that
      // shape's rows, said in the log, not the whole run and its table.
      try {
        await measureShape(shape);
      } catch (error) {
        log(`  ${shape.name}: not measured (${String(error).split('\n')[0]})`);
        await context.close().catch(() => {});
        context = await open();
      }
    }
  } finally {
    await context.close();
    await server.close();
  }
  return samples;

  async function measureShape(shape: PageShape): Promise<void> {
    for (let i = 0; i < runs; i++) {
      const page = await context.newPage();
      await page.goto(`${server.origin}${shape.route}`, { timeout: 120_000 });
      await page.evaluate(WHEN_READY);
      if (shape.stories) {
        await page.waitForSelector('html[data-feed-done]', { state: 'attached', timeout: 60_000 });
        const highlightedBy = await page.waitForFunction(`${ALL_STORIES_HIGHLIGHTED} && performance.now()`, null, { timeout: 30_000, polling: 50 }).then((h) => h.jsonValue() as Promise<number>, () => NaN);
        const doneAt = Number(await page.getAttribute('html', 'data-feed-done'));
        add(`${shape.route}.lastStoryLagMs`, highlightedBy - doneAt);
        add(`${shape.route}.storiesHighlighted`, (await page.evaluate(`[...document.querySelectorAll('section.story')].filter((s) => s.querySelector('policy-lens-mark')).length`)) as number);
      }
      const t = (await page.evaluate(READ_TIMINGS)) as { scanMs: number; wrapMs: number; setupMs: number; maxSliceMs: number; readyMs: number };
      add(`${shape.route}.readyMs`, t.readyMs);
      add(`${shape.route}.mainMs`, t.setupMs + t.scanMs + t.wrapMs);
      add(`${shape.route}.maxSliceMs`, t.maxSliceMs);
      add(`${shape.route}.longestTaskMs`, (await page.evaluate(LONGEST_TASK_DURING_SCAN)) as number);
      add(`${shape.route}.marks`, Number(await page.getAttribute('html', 'data-policy-lens-marks')));
      await page.close();
      const alone = await context.newPage();
      await alone.goto(`${aloneOrigin}${shape.route}`, { timeout: 120_000, waitUntil: 'load' });
      await alone.waitForSelector('html[data-policy-lens="off"]', { state: 'attached' });
      const aloneLoadMs = (await alone.evaluate(PAGE_LOAD_END)) as number;
      add(`${shape.route}.pageLoadMs`, aloneLoadMs);
      add(`${shape.route}.addedMs`, t.readyMs - aloneLoadMs);
      await alone.close();
    }
    log(`  ${shape.name}: ready ${samples[`${shape.route}.readyMs`]?.map((v) => v.toFixed(0)).join(', ')} ms`);
  }
}

/** Time from navigation to ready in Firefox ESR, per shape; empty when Firefox is not installed. */
export async function benchShapesFirefox(extensionDir: string, names: readonly string[], runs: number, log: (line: string) => void, shapes: readonly PageShape[] = PAGE_SHAPES): Promise<Samples> {
  const samples: Samples = {};
  const add = (metric: string, value: number) => (samples[metric] ??= []).push(value);
  if (!FIREFOX || !existsSync(path.join(extensionDir, 'manifest.json'))) {
    log('  Firefox ESR or dist/firefox not found: no Firefox rows');
    return samples;
  }
  const server = await startServer([], routes(names));
  // A Firefox that does not start (it once timed out after the Chromium runs) costs the Firefox rows, not the run.
  const launched = await launchFirefoxWithExtension({ extensionDir }).catch(() => launchFirefoxWithExtension({ extensionDir })).catch((error: unknown) => {
    log(`  Firefox ESR did not start twice (${String(error).split('\n')[0]}): no Firefox rows`);
    return undefined;
  });
  if (!launched) {
    await server.close();
    return samples;
  }
  const { browser } = launched;
  try {
    await warmUp(await browser.newPage(), server.origin);
    for (const shape of shapes) {
      for (let i = 0; i < runs; i++) {
        const page = await browser.newPage();
        await page.evaluateOnNewDocument(PAGE_PROBE.replace(/new PerformanceObserver[\s\S]*?\.observe\(\{ type: 'longtask', buffered: true \}\);/, ''));
        await page.goto(`${server.origin}${shape.route}`, { timeout: 120_000 });
        await page.waitForSelector(READY, { timeout: 120_000 });
        add(`${shape.route}.firefoxReadyMs`, (await page.evaluate('window.__pl.readyAt')) as number);
        await page.close();
      }
      log(`  Firefox, ${shape.name}: ready ${samples[`${shape.route}.firefoxReadyMs`]?.map((v) => v.toFixed(0)).join(', ')} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return samples;
}
