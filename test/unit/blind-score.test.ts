import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type BlindPage, type Highlight, blindPrecision, entityRecall, mentionRecall, pagesOfRound, scoreBlind } from '../../eval/blind-score.js';

// "SEC Chair Gary Gensler said. Gensler and the SEC." — offsets as in that text.
const page: BlindPage = {
  id: 'en-x',
  lang: 'en',
  mentions: [
    { text: 'SEC', offset: 0, type: 'agency', canonical: 'SEC', description: 'US securities regulator' },
    { text: 'Gary Gensler', offset: 10, type: 'official', canonical: 'Gary Gensler', description: 'SEC chair' },
    { text: 'Gensler', offset: 29, type: 'official', canonical: 'Gary Gensler', description: 'SEC chair' },
    { text: 'SEC', offset: 45, type: 'agency', canonical: 'SEC', description: 'US securities regulator' },
  ],
};

const highlight = (offset: number, text: string, type: string): Highlight => ({ offset, end: offset + text.length, type, entity: text.toLowerCase(), name: text, text });

test('a gold mention is found by an overlapping highlight of its type, not of another type', () => {
  const score = scoreBlind([page], new Map([['en-x', [highlight(0, 'SEC', 'agency'), highlight(15, 'Gensler', 'agency')]]]));
  assert.equal(score.overall.mentionsFound, 1);
  assert.equal(score.overall.mentions, 4);
  assert.equal(score.misses.length, 3);
  assert.deepEqual(score.falsePositives.map((f) => f.text), ['Gensler']);
});

test('distinct-entity recall counts an entity once per article when any of its mentions is found', () => {
  const score = scoreBlind([page], new Map([['en-x', [highlight(29, 'Gensler', 'official')]]]));
  assert.equal(score.overall.entities, 2);
  assert.equal(score.overall.entitiesFound, 1);
  assert.equal(entityRecall(score.overall), 0.5);
  assert.equal(mentionRecall(score.overall), 0.25);
  assert.equal(score.byType.get('official')?.entitiesFound, 1);
  assert.equal(score.byType.get('agency')?.entitiesFound, 0);
});

test('precision is the share of highlights that overlap a gold mention of their type, by language and type', () => {
  const score = scoreBlind([page], new Map([['en-x', [highlight(10, 'Gary Gensler', 'official'), highlight(22, 'said', 'regulation')]]]));
  assert.equal(blindPrecision(score.overall), 0.5);
  assert.equal(blindPrecision(score.byLanguage.get('en') ?? assert.fail()), 0.5);
  assert.equal(blindPrecision(score.byType.get('regulation') ?? assert.fail()), 0);
  assert.equal(score.hits[0]?.canonical, 'Gary Gensler');
});

test('a page with no highlights scores zero recall and perfect precision', () => {
  const score = scoreBlind([page], new Map());
  assert.equal(mentionRecall(score.overall), 0);
  assert.equal(blindPrecision(score.overall), 1);
  assert.equal(score.overall.articles, 1);
});

test('a round is scored on its own: pages without a round are round 1, and the fresh set counts only its pages', () => {
  const fresh: BlindPage = { ...page, id: 'en-y', round: 2 };
  const hits = new Map([['en-x', [highlight(0, 'SEC', 'agency')]], ['en-y', [highlight(45, 'SEC', 'agency'), highlight(22, 'said', 'official')]]]);
  assert.deepEqual(pagesOfRound([page, fresh], 1).map((p) => p.id), ['en-x']);
  const score = scoreBlind(pagesOfRound([page, fresh], 2), hits);
  assert.equal(score.overall.articles, 1);
  assert.equal(score.overall.mentionsFound, 1);
  assert.equal(score.overall.highlights, 2);
  assert.deepEqual(score.falsePositives.map((f) => f.page), ['en-y']);
  assert.equal(scoreBlind([page, fresh], hits).overall.mentionsFound, 2);
});
