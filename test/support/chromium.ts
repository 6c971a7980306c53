// Launches Debian's Chromium (never a downloaded one) with the built extension loaded, for the tests, the demo
// and the benchmark.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, type Page, type Worker, chromium } from '@playwright/test';
import { PROJECT_ROOT } from './server.js';

export const EXTENSION_DIR = path.join(PROJECT_ROOT, 'dist', 'chrome');

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      'No Chromium found. Install Debian\'s: "sudo apt-get install chromium", or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary.',
    );
  }
  return found;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
}

export interface LaunchOptions {
  headless?: boolean;
  /** The unpacked extension to load (default: dist/chrome). */
  extensionDir?: string;
  /** More Chromium switches (the benchmark adds memory and GC ones). */
  args?: string[];
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} has no manifest.json: run "node build.mjs" first`);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'policy-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: options.headless ?? true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      // Chromium 137+ ignores --load-extension unless this feature is disabled.
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...(options.args ?? []),
    ],
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, extensionId, serviceWorker };
}

/**
 * Stops the extension's service worker, as the browser does when it has been idle: the next message must wake it.
 * Returns how many workers were stopped.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const { targetInfos } = await cdp.send('Target.getTargets');
  let stopped = 0;
  for (const target of targetInfos) {
    if (target.type !== 'service_worker' || !target.url.startsWith('chrome-extension://')) continue;
    if ((await cdp.send('Target.closeTarget', { targetId: target.targetId })).success) stopped++;
  }
  await cdp.detach();
  return stopped;
}
