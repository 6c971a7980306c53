// The card frame's last line of defence for links: https only, opened apart, without a referrer.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { JSDOM } from 'jsdom';
import { isHttpsUrl, secureLinks } from '../../src/ui/card/links.js';

test('an http:, javascript: or relative source stays as text; an https: one opens apart with no referrer', () => {
  const { document } = new JSDOM('<div><a href="http://example.org/a">A</a><a href="javascript:alert(1)">B</a><a href="/c">C</a><a href="https://example.org/d">D</a></div>').window;
  secureLinks(document.body);
  const links = [...document.querySelectorAll('a')];
  assert.deepEqual(links.map((a) => a.getAttribute('href')), [null, null, null, 'https://example.org/d']);
  assert.equal(links[3]?.getAttribute('rel'), 'noopener noreferrer');
  assert.equal(links[3]?.getAttribute('target'), '_blank');
  assert.equal(links[3]?.getAttribute('referrerpolicy'), 'no-referrer');
  assert.equal(isHttpsUrl('not a url'), false);
});
