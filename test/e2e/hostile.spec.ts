// The attacks of a hostile page (test/support/hostile.ts), each in Chromium; firefox.test.ts runs the same list.
import { type DriverPage, attacks } from '../support/hostile.js';
import { test } from './fixtures.js';

for (const attack of attacks) {
  test(`hostile page: ${attack.name}`, async ({ page, server }) => {
    await attack.run(page as unknown as DriverPage, server.origin);
  });
}
