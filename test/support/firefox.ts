// Launches Debian's Firefox ESR (never a downloaded one) over WebDriver BiDi with a built extension installed as a
// temporary add-on, for the Firefox tests and the benchmark's Firefox rows.
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Frame, type Page } from 'puppeteer-core';
import { pollFor } from './poll.js';
import { PROJECT_ROOT } from './server.js';

export const FIREFOX_EXTENSION_DIR = path.join(PROJECT_ROOT, 'dist', 'firefox');

/** Firefox ESR's path, or undefined when it is not installed (FIREFOX_PATH wins). */
export const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p): p is string => !!p && existsSync(p));

export interface FirefoxOptions {
  extensionDir?: string;
  args?: string[];
  /** Preferences besides those that keep the browser off the network. */
  prefs?: Record<string, string | number | boolean>;
}

/** Starts Firefox with the extension installed; says plainly what is missing when it cannot. */
export async function launchFirefoxWithExtension(options: FirefoxOptions = {}): Promise<{ browser: Browser; extensionId: string }> {
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!FIREFOX) throw new Error('No Firefox found: install Debian\'s "firefox-esr" (apt-get install firefox-esr) or set FIREFOX_PATH.');
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`${extensionDir} is missing: run "node build.mjs" first`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: options.args ?? [],
    extraPrefsFirefox: {
      // No network of its own in tests: no telemetry, updates or add-on metadata.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      ...options.prefs,
    },
  });
  try {
    return { browser, extensionId: await browser.installExtension(extensionDir) };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Sets a page's viewport. puppeteer follows the viewport with a screen-orientation override that Firefox ESR 140
 * does not know ("unknown command emulation.setScreenOrientationOverride"), after the viewport itself is set: that
 * one error is harmless and ignored.
 */
export async function setViewportSize(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
  }
}

/**
 * Waits until an expression is truthy in a frame and returns its value, by asking the frame: puppeteer's own
 * waitForFunction stalls in an extension frame under Firefox ESR 140.
 */
export async function waitInFrame<T>(frame: Frame, expression: string, timeout = 10_000): Promise<T> {
  return (await pollFor(() => frame.evaluate(expression), `${expression} in the frame`, timeout)) as T;
}
