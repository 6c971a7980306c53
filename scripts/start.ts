// `npm start`: builds (done by the npm script), serves the bundled demo page on 127.0.0.1 and opens it in Chromium
// with the extension loaded. With --headless it hovers the first highlight and saves a screenshot to out/demo.png.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchWithExtension } from '../test/support/chromium.js';
import { PROJECT_ROOT, startServer } from '../test/support/server.js';

const headless = process.argv.includes('--headless');

async function main(): Promise<void> {
  if (!headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
    console.error('No display found. Run "npm start -- --headless" to load the demo, hover a highlight and save out/demo.png.');
    process.exitCode = 1;
    return;
  }
  const server = await startServer([path.join(PROJECT_ROOT, 'assets', 'demo')]);
  const { context } = await launchWithExtension({ headless });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${server.origin}/index.html`);
  await page.waitForSelector('html[data-policy-lens="ready"]', { timeout: 30_000 });
  const marks = await page.getAttribute('html', 'data-policy-lens-marks');
  console.log(`Demo page ${server.origin}/index.html: ${marks} highlights.`);

  if (!headless) {
    console.log('Chromium is open with Policy Lens loaded. Hover a highlight; close the browser to stop.');
    await new Promise<void>((resolve) => context.on('close', () => resolve()));
    await server.close();
    return;
  }
  await page.setViewportSize({ width: 1100, height: 800 });
  const first = page.locator('policy-lens-mark[data-entity-id]').first();
  await first.hover();
  // The card is an extension page in a frame (the README's page contract).
  await page.locator('policy-lens-popover').waitFor({ state: 'visible', timeout: 10_000 });
  const frame = page.frames().find((f) => /^chrome-extension:\/\/[^/]+\/card\.html/.test(f.url()));
  if (!frame) throw new Error('the card frame did not appear');
  const card = frame.locator('[role="dialog"]');
  await card.waitFor({ state: 'visible', timeout: 10_000 });
  const outDir = path.join(PROJECT_ROOT, 'out');
  await mkdir(outDir, { recursive: true });
  const file = path.join(outDir, 'demo.png');
  await page.screenshot({ path: file });
  console.log(`Hovered "${await first.textContent()}": popover "${await card.getAttribute('aria-label')}". Screenshot: ${path.relative(process.cwd(), file)}`);
  await context.close();
  await server.close();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
