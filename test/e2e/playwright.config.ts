import { defineConfig } from '@playwright/test';

// The built extension in Debian's Chromium, one worker (the machine has two cores and each test drives a browser).
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One retry: opening the card by keyboard in a freshly created card frame fails now and then on a loaded machine
  // (about 1 run in 4 on a clean clone; never when repeated alone). The issue 11 note tracks the race; a retry
  // that passes is reported by Playwright as "flaky", so it stays visible.
  retries: 1,
  reporter: [['list']],
  outputDir: '../../test-results',
});
