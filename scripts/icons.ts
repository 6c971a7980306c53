// Renders assets/icons/icon.svg to the PNG sizes the stores and browsers ask for, with Debian's Chromium (no image
// tool needed): 16, 32, 48 (toolbar, extensions page), 64, 96 (Firefox's add-ons manager and AMO), 128 (Chrome
// Web Store, install dialog) and 256 (store listings on high-density screens). Run: node --import tsx scripts/icons.ts
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { findChromium } from '../test/support/chromium.js';
import { PROJECT_ROOT } from '../test/support/server.js';

export const ICON_SIZES = [16, 32, 48, 64, 96, 128, 256] as const;

const dir = path.join(PROJECT_ROOT, 'assets', 'icons');
const svg = await readFile(path.join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await writeFile(path.join(dir, `icon-${size}.png`), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`wrote ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
