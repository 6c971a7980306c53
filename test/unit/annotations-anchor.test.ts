import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorPassage, comparePassage, describePassage, passageContext, passageHash, textFragmentUrl } from '../../src/core/annotations/index.js';
import { ARTICLE } from './annotation-fixtures.js';

const EXACT = 'The Bank of Russia has 12 licensed operators';
const START = ARTICLE.indexOf(EXACT);
const saved = describePassage(ARTICLE, START, START + EXACT.length);

test('a passage is described by its quote with 32 characters either side and its position', () => {
  assert.equal(saved.quote.exact, EXACT);
  assert.equal(saved.quote.prefix, ARTICLE.slice(START - 32, START));
  assert.equal(saved.quote.suffix, ARTICLE.slice(START + EXACT.length, START + EXACT.length + 32));
  assert.deepEqual(saved.position, { type: 'TextPositionSelector', start: START, end: START + EXACT.length });
  assert.throws(() => describePassage(ARTICLE, 5, 5), /no passage/);
});

test('on an unchanged page the position places the passage', () => {
  assert.deepEqual(anchorPassage(ARTICLE, saved.quote, saved.position), { start: START, end: START + EXACT.length, how: 'position' });
});

test('an edit before the passage moves it; the quote still finds it', () => {
  const edited = `Updated: ${ARTICLE}`;
  const found = anchorPassage(edited, saved.quote, saved.position);
  assert.equal(found?.how, 'quote');
  assert.equal(edited.slice(found!.start, found!.end), EXACT);
});

test('an edit after the passage changes nothing', () => {
  const edited = `${ARTICLE}\nThis story has been updated.`;
  assert.equal(anchorPassage(edited, saved.quote, saved.position)?.how, 'position');
});

test('an edit inside the passage is found by the fuzzy match', () => {
  const edited = ARTICLE.replace('has 12 licensed', 'has 14 licensed');
  const found = anchorPassage(edited, saved.quote, saved.position);
  assert.equal(found?.how, 'fuzzy');
  assert.equal(edited.slice(found!.start, found!.end), 'The Bank of Russia has 14 licensed operators');
});

test('of two identical passages, the one whose surroundings match is chosen', () => {
  const quote = describePassage(ARTICLE, ARTICLE.lastIndexOf('The Bank of Russia'), ARTICLE.lastIndexOf('The Bank of Russia') + 18).quote;
  const edited = `Intro.\n${ARTICLE}`;
  const found = anchorPassage(edited, quote);
  assert.equal(found?.start, edited.lastIndexOf('The Bank of Russia'));
});

test('a passage that was removed is not found rather than placed on something else', () => {
  const edited = ARTICLE.replace(/The Bank of Russia has[^.]*\./, 'Officials gave no figures.');
  assert.equal(anchorPassage(edited, saved.quote, saved.position), null);
});

test('a 10,000-character quote is found after a small edit', () => {
  const long = Array.from({ length: 1000 }, (_, i) => `word${i} `).join('').slice(0, 10_000);
  const text = `Before. ${long} After.`;
  const passage = describePassage(text, 8, 8 + long.length);
  const edited = text.replace('word500 ', 'word50O ');
  const found = anchorPassage(edited, passage.quote, passage.position);
  assert.equal(found?.how, 'fuzzy');
  assert.ok(Math.abs(found!.start - 8) <= 1);
});

test('the passage hash ignores layout white space and changes with the words', async () => {
  const context = passageContext(ARTICLE, START, START + EXACT.length);
  assert.equal(await passageHash(context), await passageHash(context.replace(/ /g, '  \n')));
  assert.notEqual(await passageHash(context), await passageHash(context.replace('12', '14')));
  assert.match(await passageHash(context), /^[0-9a-f]{64}$/);
});

test('a changed story is reported with a word diff of the passage', async () => {
  const context = passageContext(ARTICLE, START, START + EXACT.length);
  const stored = { context, contextHash: await passageHash(context) };
  assert.deepEqual(await comparePassage(stored, context), { changed: false, parts: [] });
  const change = await comparePassage(stored, context.replace('12 licensed', '14 licensed'));
  assert.equal(change.changed, true);
  assert.deepEqual(
    change.parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text]),
    [
      ['removed', '12'],
      ['added', '14'],
    ],
  );
});

test('the text-fragment link names the passage with its neighbouring words, encoded', () => {
  const url = textFragmentUrl('https://news.example/a#top', { type: 'TextQuoteSelector', exact: 'rates, up 2-3%', prefix: 'The central bank kept ', suffix: ' this year & next' });
  assert.equal(url, 'https://news.example/a#:~:text=central%20bank%20kept-,rates%2C%20up%202%2D3%25,-this%20year%20%26');
  const long = textFragmentUrl('https://news.example/a', { type: 'TextQuoteSelector', exact: 'one two three four five six seven eight nine ten eleven twelve', prefix: '', suffix: '' });
  assert.equal(long, 'https://news.example/a#:~:text=one%20two%20three%20four,nine%20ten%20eleven%20twelve');
});

test('an emoji at the edge of the 32 characters is kept whole or left out, and links never break on half of one', () => {
  const text = `😀${'a'.repeat(31)}quote${'b'.repeat(31)}😀`;
  const start = text.indexOf('quote');
  const { quote } = describePassage(text, start, start + 5);
  assert.equal(quote.prefix, 'a'.repeat(31));
  assert.equal(quote.suffix, 'b'.repeat(31));
  const link = textFragmentUrl('https://x.example/', { type: 'TextQuoteSelector', exact: 'quote', prefix: '\ud83d', suffix: '' });
  assert.match(link, /%EF%BF%BD-,quote$/);
});

test('a fuzzy match keeps to the words the passage began and ended on', () => {
  const before = 'The agency said that twelve exchanges had applied for a licence by the end of October.';
  const exact = 'twelve exchanges had applied for a licence';
  const start = before.indexOf(exact);
  const saved = describePassage(before, start, start + exact.length);
  const after = before.replace('twelve', 'eleven');
  const found = anchorPassage(after, saved.quote, saved.position);
  assert.equal(found?.how, 'fuzzy');
  assert.equal(after.slice(found!.start, found!.end), 'eleven exchanges had applied for a licence');
});
