// The in-browser part of the benchmark: the built extension in Debian's Chromium over generated pages served on
// 127.0.0.1, measured from inside the page (the content script's performance measures, long tasks, CDP metrics).
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from '@playwright/test';
import { launchWithExtension, stopServiceWorker } from '../test/support/chromium.js';
import { startServer } from '../test/support/server.js';
import type { AliasIndex, ReferenceData } from '../src/core/types.js';
import { infiniteScrollPage, longPage, mentionNames, noEntityPage, typicalArticle } from './pages.js';

export interface Samples {
  [metric: string]: number[];
}

export const READY = 'html[data-policy-lens="ready"]';

// Runs in the page before anything else: records when the first scan completes and every long task.
export const PAGE_PROBE = `
  let resolveReady;
  window.__pl = { readyAt: 0, longTasks: [], entries: [], whenReady: new Promise((resolve) => { resolveReady = resolve; }) };
  // The content script clears its own performance entries a few seconds after recording them (after the first scan);
  // an observer installed first receives every one of them all the same.
  window.__pl.entryObserver = new PerformanceObserver((list) => { window.__pl.entries.push(...list.getEntries().filter((e) => e.name.startsWith('policy-lens:'))); });
  window.__pl.entryObserver.observe({ entryTypes: ['mark', 'measure'] });
  window.__pl.read = (type, name) => {
    window.__pl.entries.push(...window.__pl.entryObserver.takeRecords().filter((e) => e.name.startsWith('policy-lens:')));
    return window.__pl.entries.filter((e) => e.entryType === type && (name === undefined || e.name === name));
  };
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__pl.longTasks.push([e.startTime, e.duration]); })
    .observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    if (!window.__pl.readyAt && document.documentElement?.getAttribute('data-policy-lens') === 'ready') {
      window.__pl.readyAt = performance.now();
      resolveReady(window.__pl.readyAt);
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-policy-lens'] });
`;

interface PageTimings {
  scanMs: number; // main-thread time of the scan slices
  wrapMs: number; // main-thread time of the wrap slices
  setupMs: number; // mounting the scanner and the listeners
  askMs: number; // waiting on the background's answers (wall time; the page's thread is free meanwhile)
  maxSliceMs: number; // the longest single slice of our work
  readyMs: number; // from navigation start to data-policy-lens="ready"
  startToReadyMs: number; // from the content script's start to data-policy-lens="ready"
  bootMs: number; // evaluating the bundle's modules before our entry point runs
  longTasksDuringScan: number; // long tasks (> 50 ms) between our first slice and ready
}

// A string, not a function: the TypeScript loader would wrap inner functions in a helper the page does not have.
/**
 * Waits for the first scan from inside the page, with no polling: Playwright's waitForSelector re-evaluates its
 * selector on every animation frame, which on a page of megabytes took seconds of the very main thread we measure.
 */
export const WHEN_READY = 'window.__pl.whenReady';

export const READ_TIMINGS = `(() => {
  const probe = window.__pl;
  const all = probe.read('measure');
  const measures = all.filter((e) => e.name.startsWith('policy-lens:') && e.name !== 'policy-lens:popover' && e.name !== 'policy-lens:ask');
  const sum = (name) => measures.filter((e) => e.name === 'policy-lens:' + name).reduce((t, e) => t + e.duration, 0);
  const first = Math.min(...measures.map((e) => e.startTime));
  return {
    scanMs: sum('scan'),
    wrapMs: sum('wrap'),
    setupMs: sum('setup'),
    askMs: all.filter((e) => e.name === 'policy-lens:ask').reduce((t, e) => t + e.duration, 0),
    maxSliceMs: Math.max(0, ...measures.map((e) => e.duration)),
    readyMs: probe.readyAt,
    startToReadyMs: probe.readyAt - (probe.read('mark', 'policy-lens:start')[0]?.startTime ?? 0),
    bootMs: (probe.read('mark', 'policy-lens:start')[0]?.startTime ?? 0) - (probe.read('mark', 'policy-lens:eval-start')[0]?.startTime ?? 0),
    longTasksDuringScan: probe.longTasks.filter(([start]) => start >= first - 1 && start <= probe.readyAt).length,
  };
})()`;

async function timingsOf(page: Page): Promise<PageTimings> {
  return (await page.evaluate(READ_TIMINGS)) as PageTimings;
}

/** Starts counting the page's script time (CDP ScriptDuration: every script in the renderer, ours included). */
async function countScriptTime(page: Page, context: BrowserContext): Promise<() => Promise<number>> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    await cdp.detach();
    return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  };
}

async function heapMb(page: Page): Promise<number> {
  return page.evaluate(() => {
    (globalThis as unknown as { gc?: () => void }).gc?.();
    return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize / 1048576;
  });
}

export async function sendToBackground(context: BrowserContext, extensionId: string, message: unknown): Promise<unknown> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?tab=1`);
  const reply = await page.evaluate((m) => (globalThis as unknown as { chrome: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }).chrome.runtime.sendMessage(m), message);
  await page.close();
  return reply;
}

// Read through the probe's observer: the content script clears its entries from the timeline (see PAGE_PROBE).
const POPOVER_COUNT = `window.__pl.read('measure', 'policy-lens:popover').length`;
const LAST_POPOVER = `window.__pl.read('measure', 'policy-lens:popover').at(-1)?.duration ?? NaN`;

async function popoverLatencies(page: Page, count: number, beforeEach: () => Promise<void>): Promise<number[]> {
  // First mentions only: by default a later mention of the same entity is not a control and opens no card.
  const marks = page.locator('policy-lens-mark[data-entity-id]:not([data-continued]):not([data-policy-lens-repeat])');
  const total = await marks.count();
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
    await beforeEach();
    const before = await page.evaluate(POPOVER_COUNT);
    const mark = marks.nth((i * 7) % total);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await page.waitForFunction(`(${POPOVER_COUNT}) > ${before}`, null, { timeout: 10_000 });
    latencies.push((await page.evaluate(LAST_POPOVER)) as number);
  }
  return latencies;
}

/** Every alias as written, the keywords a naive mark.js setup would be given. */
function allAliasTexts(data: ReferenceData): string[] {
  return [...new Set(data.entities.flatMap((e) => [e.name, ...(e.nativeName ? [e.nativeName] : []), ...e.aliases.map((a) => a.text)]))];
}

export interface BrowserBenchOptions {
  extensionDir: string;
  data: ReferenceData;
  runs: number;
  hovers: number;
  baseline: boolean;
  /** mark.js is given at most this many alias texts, spread over the list (its time only grows with more). */
  baselineKeywords: number;
  log: (line: string) => void;
}

export async function benchBrowser(options: BrowserBenchOptions): Promise<Samples> {
  const { data, runs, log } = options;
  const index: AliasIndex = data.aliasIndex;
  const names = mentionNames(index);
  const pages: Record<string, string> = {
    '/typical.html': typicalArticle(names),
    '/long.html': longPage(names),
    '/empty.html': noEntityPage(),
    '/feed.html': infiniteScrollPage(names),
  };
  const server = await startServer([], Object.fromEntries(Object.entries(pages).map(([route, html]) => [route, () => html])));
  const localhostOrigin = server.origin.replace('127.0.0.1', 'localhost');
  const samples: Samples = {};
  const add = (metric: string, value: number) => (samples[metric] ??= []).push(value);
  const launch = () => launchWithExtension({ extensionDir: options.extensionDir, args: ['--enable-precise-memory-info', '--js-flags=--expose-gc'] });

  try {
    // Seeding: a fresh profile per run, so every run installs and seeds.
    for (let i = 0; i < Math.min(runs, 3); i++) {
      const { context, extensionId } = await launch();
      let info: { seedMs?: number } | null = null;
      for (let tries = 0; tries < 50 && !info; tries++) {
        const reply = (await sendToBackground(context, extensionId, { name: 'getDatasetInfo', params: {} })) as { ok: boolean; result: { seedMs: number } | null };
        info = reply.ok ? reply.result : null;
      }
      if (info?.seedMs !== undefined) add('seedMs', info.seedMs);
      await context.close();
    }
    log(`  seeding: ${samples.seedMs?.map((v) => v.toFixed(0)).join(', ')} ms`);

    const { context, extensionId } = await launch();
    await context.addInitScript({ content: PAGE_PROBE });
    // The baseline and the heap reference run on "localhost", where the extension is switched off.
    await sendToBackground(context, extensionId, { name: 'setSiteEnabled', params: { host: 'localhost', enabled: false } });

    for (const [route, name, count] of [['/typical.html', 'typical', runs], ['/empty.html', 'empty', runs], ['/long.html', 'long', Math.max(3, Math.ceil(runs / 2))]] as const) {
      for (let i = 0; i < count; i++) {
        const page = await context.newPage();
        const scriptTime = await countScriptTime(page, context);
        await page.goto(`${server.origin}${route}`);
        await page.evaluate(WHEN_READY);
        const t = await timingsOf(page);
        add(`${name}.scanMs`, t.scanMs);
        add(`${name}.wrapMs`, t.wrapMs);
        add(`${name}.setupMs`, t.setupMs);
        add(`${name}.askMs`, t.askMs);
        add(`${name}.mainMs`, t.setupMs + t.scanMs + t.wrapMs);
        add(`${name}.bootMs`, t.bootMs);
        add(`${name}.totalMs`, t.bootMs + t.setupMs + t.scanMs + t.wrapMs);
        add(`${name}.maxSliceMs`, t.maxSliceMs);
        add(`${name}.readyMs`, t.readyMs);
        add(`${name}.startToReadyMs`, t.startToReadyMs);
        add(`${name}.longTasks`, t.longTasksDuringScan);
        add(`${name}.marks`, Number(await page.getAttribute('html', 'data-policy-lens-marks')));
        const scriptMs = await scriptTime();
        if (name === 'empty') add('empty.pageScriptMs', scriptMs);
        if (name === 'long') {
          const withExtension = await heapMb(page);
          const reference = await context.newPage();
          await reference.goto(`${localhostOrigin}${route}`);
          await reference.waitForSelector('html[data-policy-lens="off"]', { state: 'attached' });
          add('long.extraHeapMb', withExtension - (await heapMb(reference)));
          await reference.close();
        }
        await page.close();
      }
      const list = (metric: string) => samples[`${name}.${metric}`]?.map((v) => v.toFixed(1)).join(', ');
      log(`  ${name}: setup+scan+wrap ${list('mainMs')} ms (setup ${list('setupMs')}; scan ${list('scanMs')}; wrap ${list('wrapMs')}; evaluating the bundle ${list('bootMs')})`);
    }

    // The typical article again, loaded over and over in one tab: its renderer has run our code before, so V8 has
    // compiled our functions and regular expressions already. Against the first load in a fresh tab above, this
    // tells the code's own cost from the first-run compiling every new tab pays (docs/performance.md).
    {
      const page = await context.newPage();
      for (let i = 0; i <= runs; i++) {
        await page.goto(`${server.origin}/typical.html?again=${i}`);
        await page.evaluate(WHEN_READY);
        const t = await timingsOf(page);
        if (i > 0) add('typicalWarm.mainMs', t.setupMs + t.scanMs + t.wrapMs);
      }
      await page.close();
    }

    // The typical article again, with the background stopped before each load: it must wake, read the alias index
    // and compile its automaton before the page hears back. That is latency, not the page's main-thread time.
    for (let i = 0; i < runs; i++) {
      const blank = await context.newPage();
      await stopServiceWorker(context, blank);
      await blank.close();
      const page = await context.newPage();
      await page.goto(`${server.origin}/typical.html`);
      await page.evaluate(WHEN_READY);
      const t = await timingsOf(page);
      add('typicalAsleep.startToReadyMs', t.startToReadyMs);
      add('typicalAsleep.mainMs', t.setupMs + t.scanMs + t.wrapMs);
      await page.close();
    }

    // The feed appends 200 articles after load; every one must be highlighted, in short slices.
    {
      const page = await context.newPage();
      await page.goto(`${server.origin}/feed.html`);
      await page.waitForSelector('html[data-feed-done]', { state: 'attached', timeout: 60_000 });
      await page.waitForFunction(() => [...document.querySelectorAll('section.story')].every((s) => s.querySelector('policy-lens-mark')), null, { timeout: 60_000 });
      const t = await timingsOf(page);
      add('feed.maxSliceMs', t.maxSliceMs);
      add('feed.storiesHighlighted', await page.evaluate(() => [...document.querySelectorAll('section.story')].filter((s) => s.querySelector('policy-lens-mark')).length));
      await page.close();
    }

    // Hover to popover: the worker awake, then stopped before every hover.
    {
      const page = await context.newPage();
      await page.goto(`${server.origin}/typical.html`);
      await page.waitForSelector(READY, { state: 'attached' });
      samples['hover.awakeMs'] = await popoverLatencies(page, options.hovers, async () => {});
      samples['hover.asleepMs'] = await popoverLatencies(page, Math.max(10, Math.floor(options.hovers / 2)), async () => void (await stopServiceWorker(context, page)));
      await page.close();
    }
    log(`  hover: awake and asleep measured`);

    if (options.baseline) {
      const require = createRequire(import.meta.url);
      const markJs = require.resolve('mark.js/dist/mark.min.js');
      // Every alias took mark.js many minutes on the long page (its cost grows with keywords × text nodes): an
      // even sample of them gives a lower bound of its time, which is all the speed-up budget needs.
      const all = allAliasTexts(data);
      const step = Math.max(1, all.length / options.baselineKeywords);
      const keywords = Array.from({ length: Math.min(all.length, options.baselineKeywords) }, (_, i) => all[Math.floor(i * step)] as string);
      const page = await context.newPage();
      await page.goto(`${localhostOrigin}/long.html`);
      await page.waitForSelector('html[data-policy-lens="off"]', { state: 'attached' });
      await page.addScriptTag({ path: markJs });
      log(`  baseline: mark.js with ${keywords.length} keywords on the long page…`);
      // A string, not a function: the TypeScript loader would name the callbacks with a helper the page lacks.
      // mark.js chains its keywords through nested callbacks, and a thousand of them in one call overflowed the
      // stack (V8 then reports "Invalid regular expression: Stack overflow"): the keywords go in calls of 100, the
      // stack unwound between them, and only the calls are timed.
      const ms = (await page.evaluate(`(async () => {
        const keywords = ${JSON.stringify(keywords)};
        let total = 0;
        for (let i = 0; i < keywords.length; i += 100) {
          const start = performance.now();
          await new Promise((resolve) => new Mark(document.body).mark(keywords.slice(i, i + 100), {
            separateWordSearch: false,
            accuracy: 'exactly',
            diacritics: false,
            exclude: ['script', 'style', 'textarea', 'input', 'code', 'pre'],
            done: resolve,
          }));
          total += performance.now() - start;
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
        return total;
      })()`)) as number;
      add('baseline.markJsMs', ms);
      add('baseline.keywords', keywords.length);
      add('baseline.aliasTexts', all.length);
      await page.close();
    }
    await context.close();
  } finally {
    await server.close();
  }
  return samples;
}
