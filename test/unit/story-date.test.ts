import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonLdPublishedDates, storyDateFrom } from '../../src/core/story-date.js';

test('the first valid ISO date wins', () => {
  assert.equal(storyDateFrom([null, 'yesterday', '2022-11-11T09:30:00+03:00', '2023-01-01']), '2022-11-11');
});

test('impossible dates are ignored', () => {
  assert.equal(storyDateFrom(['2022-02-30']), undefined);
});

test('datePublished is read from JSON-LD objects, arrays and graphs; broken JSON is skipped', () => {
  assert.deepEqual(
    jsonLdPublishedDates(['{"@graph":[{"@type":"NewsArticle","datePublished":"2023-08-18"}]}', '[{"datePublished":"2021-01-02"}]', '{broken']),
    ['2023-08-18', '2021-01-02'],
  );
});
