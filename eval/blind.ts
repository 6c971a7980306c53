// The blind set in `npm run eval`: real crypto-policy articles annotated from eval/blind/RULES.md alone, without the
// database (issue 14). Their texts are third-party and never committed: they are read from the gitignored
// eval/blind/.cache/, and only articles whose cached text matches the sha256 in articles.json are scored (fetch.md
// says how to recreate the cache). The real Node recogniser runs on each text; the report gives recall by language
// and entity type (distinct entities per article, and mentions), precision, and every miss and false highlight.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Recognizer } from '../src/core/finder.js';
import { PageContext } from '../src/core/recognize.js';
import type { EntityLabel } from '../src/core/types.js';
import { PROJECT_ROOT } from '../test/support/server.js';
import { type BlindPage, type BlindScore, type Highlight, type Tally, blindPrecision, entityRecall, mentionRecall, pagesOfRound, scoreBlind } from './blind-score.js';
import { wrongCountryHits } from './wrong-country.js';

const BLIND = path.join(PROJECT_ROOT, 'eval', 'blind');

interface ArticleRecord {
  id: string;
  lang: string;
  sha256: string;
  round?: number;
}

interface LoadedSet {
  pages: { page: BlindPage; text: string }[];
  missing: string[];
  changed: string[];
  total: number;
}

async function loadBlindSet(): Promise<LoadedSet> {
  const { articles } = JSON.parse(await readFile(path.join(BLIND, 'articles.json'), 'utf8')) as { articles: ArticleRecord[] };
  const loaded: LoadedSet = { pages: [], missing: [], changed: [], total: articles.length };
  for (const article of articles) {
    const bytes = await readFile(path.join(BLIND, '.cache', `${article.id}.txt`)).catch(() => undefined);
    if (!bytes) {
      loaded.missing.push(article.id);
      continue;
    }
    if (createHash('sha256').update(bytes).digest('hex') !== article.sha256) {
      loaded.changed.push(article.id);
      continue;
    }
    const gold = JSON.parse(await readFile(path.join(BLIND, `${article.id}.gold.json`), 'utf8')) as BlindPage;
    loaded.pages.push({ page: { id: article.id, lang: article.lang, ...(article.round ? { round: article.round } : {}), mentions: gold.mentions }, text: bytes.toString('utf8') });
  }
  return loaded;
}

const pct = (value: number) => value.toFixed(2);
const LANGUAGE_ORDER = ['en', 'ru', 'tr', 'ja', 'es', 'de', 'fr', 'ko'];
const TYPE_ORDER = ['official', 'agency', 'regulation'];
const ordered = (keys: Iterable<string>, order: string[]) =>
  [...keys].sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || a.localeCompare(b));

function table(title: string, rows: [string, Tally][]): string {
  return [
    `| ${title} | articles | entities | found | entity recall | mentions | found | mention recall | highlights | correct | precision |`,
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      ([key, t]) =>
        `| ${key} | ${t.articles} | ${t.entities} | ${t.entitiesFound} | **${pct(entityRecall(t))}** | ${t.mentions} | ${t.mentionsFound} | ${pct(mentionRecall(t))} | ${t.highlights} | ${t.correct} | ${pct(blindPrecision(t))} |`,
    ),
  ].join('\n');
}

/** What each later round was annotated after: why its own numbers are worth reading apart from the whole set's. */
const ROUND_NOTES: Record<number, string> = {
  2: "annotated after data work had read the first set's gold files",
  3: 'annotated after the recognition and data work that had read rounds 1 and 2; first scored before anyone read its gold files (entity recall 0.69, precision 0.95), then its misses were read to find classes of rules and data',
  4: 'annotated while the work of stop 7 went on and first scored after it, before anyone read its gold files (entity recall 0.67, precision 0.94)',
  6: 'annotated while the work of stop 9 went on and first scored after it, before anyone read its gold files (entity recall 0.78, precision 0.93); scored again after the work of stop 10, still unread (0.80, 0.96), then its misses were read to find classes of rules and data',
  7: 'annotated while the work of stop 10 went on and first scored after it, before anyone read its gold files (entity recall 0.68, precision 0.97); scored again after the work of stop 11, still unread (0.71, 0.97); its misses were then read in stop 12 to find classes of rules and data',
  8: 'annotated while the work of stop 12 went on and first scored after it, before anyone read its gold files (entity recall 0.70, precision 0.98); its misses were then read in stop 13 to find classes of rules and data',
  11: 'annotated at the end of stop 13 (24 articles) after data round 23, and first scored then, before anyone read its gold files (entity recall 0.71, precision 0.97); its misses were then read in stop 14 to find classes of rules and data',
  12: 'annotated by two annotators at the start of stop 14 while round 11 was read, and first scored after that stop\'s first recogniser changes, before anyone read its gold files (entity recall 0.66, precision 0.98); its misses were then read in stop 14 to find classes of rules and data',
  13: 'annotated by two annotators in stop 14 while data rounds 24 and 25 and that stop\'s recogniser changes went on, and first scored after them, before anyone read its gold files (entity recall 0.65, precision 0.96); its misses were then read in stop 14 to find classes of rules and data',
  14: 'annotated by two annotators in stop 14 while data round 26 went on, and first scored after it, before anyone read its gold files (entity recall 0.66, precision 0.98); its misses were then read in stop 14 to find classes of rules and data',
  15: 'annotated by two annotators in stop 14 while data round 27 went on, and first scored after it and that stop\'s last recogniser changes, before anyone read its gold files (entity recall 0.59, precision 0.99; 39 articles of the 44 asked)',
  16: 'annotated by two annotators at the start of stop 15 and first scored right after, before anyone read its gold files (entity recall 0.72, mention recall 0.77, precision 0.98; 44 articles)',
  17: 'annotated by two annotators in stop 15 while data round 29 went on, and first scored after it and that stop\'s recogniser changes, before anyone read its gold files (entity recall 0.72, mention recall 0.77, precision 0.97; 44 articles)',
  18: 'annotated by two annotators in stop 15 while data round 30 went on, and first scored after it, before anyone read its gold files (entity recall 0.74, mention recall 0.76, precision 0.97; 43 articles of the 44 asked)',
  19: 'annotated by two annotators at the end of stop 15 while data round 31 went on, and first scored after it, before anyone read its gold files (entity recall 0.71, mention recall 0.75, precision 0.97; 43 articles of the 44 asked); read in stop 16',
  20: 'annotated by two annotators at the start of stop 16 while data round 32 went on, and first scored after it and that stop\'s recogniser changes, before anyone read its gold files (entity recall 0.57, mention recall 0.59, precision 0.98; 39 articles of the 44 asked)',
  21: 'annotated by two annotators in stop 16 while data round 33 went on, and first scored after it, before anyone read its gold files (entity recall 0.65, mention recall 0.68, precision 0.99; 42 articles of the 43 asked)',
  22: 'annotated by two annotators in stop 16 while data round 34 went on, and first scored after it, before anyone read its gold files (entity recall 0.71, mention recall 0.72, precision 0.96; 42 articles of the 43 asked)',
  23: 'annotated by two annotators at the end of stop 16 while data round 35 went on, and first scored after it, before anyone read its gold files (entity recall 0.74, mention recall 0.78, precision 0.97; 42 articles of the 43 asked); read in stop 17',
  24: 'annotated by four annotators in stop 17, the first two (23 articles) at its start and first scored right after, before anyone read their gold files (entity recall 0.49, mention recall 0.56, precision 0.92); the other two (18 articles) while data round 36 went on, first scored after it and the stop\'s rules, before anyone read their gold files (entity recall 0.51, mention recall 0.55, precision 0.99)',
  10: 'annotated in stop 13 while data round 20 went on and first scored after data round 19 and the English part of round 20, before anyone read its gold files (entity recall 0.85, precision 0.99); 0.86 after data round 22, still unread; its misses were then read at the end of stop 13',
  9: 'annotated in stop 13 and first scored before that stop\'s data work (entity recall 0.76, precision 0.97), again after data round 19 with the same result, still unread; its misses were then read in stop 13 to find classes of rules and data',
  5: 'annotated while the data work of stop 8 went on and first scored in stop 9 after it was merged, before anyone read its gold files (entity recall 0.78, precision 0.94); its misses were then read to find classes of rules and data',
};

/** A later round on its own: the earlier rounds' gold files have since been read by data work, this one not. */
function renderRound(round: number, fresh: BlindScore): string[] {
  const f = fresh.overall;
  return [
    `Round ${round} (\`"round": ${round}\` in articles.json, ${ROUND_NOTES[round] ?? 'a later round'}; see RULES.md): ${f.articles} articles, ${f.entities} entities, ${f.mentions} gold mentions. Distinct-entity recall **${pct(entityRecall(f))}**, mention recall **${pct(mentionRecall(f))}**, precision **${pct(blindPrecision(f))}** (${f.highlights} highlights, ${f.highlights - f.correct} not on a gold mention of their type).`,
    '',
    table(`language (round ${round})`, ordered(fresh.byLanguage.keys(), LANGUAGE_ORDER).map((k) => [k, fresh.byLanguage.get(k) as Tally])),
    '',
    table(`entity type (round ${round})`, ordered(fresh.byType.keys(), TYPE_ORDER).map((k) => [k, fresh.byType.get(k) as Tally])),
    '',
  ];
}

function render(score: BlindScore, loaded: LoadedSet, entityCount: number, rounds: ReadonlyMap<number, BlindScore>, countryOf: (entity: string) => string | undefined): string {
  const skipped = [...loaded.missing, ...loaded.changed];
  const o = score.overall;
  const countries = wrongCountryHits(score.hits, countryOf);
  const misses = score.misses.map((m) => `- ${m.page} · ${m.type} · "${m.text}" at ${m.offset} — ${m.canonical} (${m.description})`);
  const falsePositives = score.falsePositives.map((f) => `- ${f.page} · ${f.type} · "${f.text}" at ${f.offset} → \`${f.entity}\` (${f.name})`);
  return [
    `Run on ${new Date().toISOString().slice(0, 10)} with \`npm run eval\` (the Node recogniser on each cached text, the text as its own page context; a database of ${entityCount} entities): ${o.articles} of ${loaded.total} articles${skipped.length ? ` (not scored, text missing or changed: ${skipped.join(', ')})` : ''}, ${o.entities} entities named (each distinct entity counted once per article), ${o.mentions} gold mentions.`,
    '',
    `Overall: distinct-entity recall **${pct(entityRecall(o))}**, mention recall **${pct(mentionRecall(o))}**, precision **${pct(blindPrecision(o))}** (${o.highlights} highlights, ${o.highlights - o.correct} not on a gold mention of their type).`,
    '',
    `Wrong country: precision above counts a highlight on a gold mention of its type as right, whatever entity it gives. Where the gold's canonical name ends with a country in brackets (${countries.checked} of the ${score.hits.length} mentions found), **${countries.wrong.length}** highlights give another country's entity${countries.wrong.length ? ':' : '.'}`,
    ...(countries.wrong.length ? ['', ...countries.wrong.map((h) => `- ${h.page} · "${h.highlighted}" → \`${h.entity}\` (${h.name}); the gold: ${h.canonical}`)] : []),
    '',
    table('language', ordered(score.byLanguage.keys(), LANGUAGE_ORDER).map((k) => [k, score.byLanguage.get(k) as Tally])),
    '',
    table('entity type', ordered(score.byType.keys(), TYPE_ORDER).map((k) => [k, score.byType.get(k) as Tally])),
    '',
    ...[...rounds].flatMap(([round, fresh]) => renderRound(round, fresh)),
    `<details><summary>${score.falsePositives.length} highlights not on a gold mention of their type</summary>`,
    '',
    ...falsePositives,
    '',
    '</details>',
    '',
    `<details><summary>${score.misses.length} gold mentions without a highlight</summary>`,
    '',
    ...misses,
    '',
    '</details>',
    '',
  ].join('\n');
}

/** Every gold mention found, with the entity the recogniser chose: the overlap rule cannot tell a wrong entity of the right type. */
function renderHits(score: BlindScore): string {
  const hits = score.hits.map((h) => `- ${h.page} · "${h.goldText}" (${h.canonical}) ← "${h.highlighted}" \`${h.entity}\` (${h.name})`);
  return [`${score.hits.length} gold mentions found, with the entity the recogniser chose (for review by hand):`, '', ...hits].join('\n');
}

/** The blind-set section of the report, or a plain statement that it was skipped and why. */
export async function blindSection(
  recognizer: Recognizer,
  labels: Readonly<Record<string, EntityLabel>>,
  countryOf: (entity: string) => string | undefined,
): Promise<{ markdown: string; review: string; scored: boolean }> {
  const loaded = await loadBlindSet();
  if (loaded.pages.length === 0) {
    const why = loaded.changed.length
      ? `${loaded.missing.length} texts are missing and ${loaded.changed.length} differ from the recorded sha256`
      : `none of its ${loaded.total} texts is in eval/blind/.cache`;
    return { markdown: `The blind set was not scored: ${why}. eval/blind/fetch.md says how to recreate the cache with the search tool.`, review: '', scored: false };
  }
  const highlights = new Map<string, Highlight[]>();
  for (const { page, text } of loaded.pages) {
    highlights.set(
      page.id,
      recognizer.recognize(text, new PageContext()).map((m) => ({
        offset: m.start,
        end: m.end,
        type: labels[m.entity]?.type ?? 'unknown',
        entity: m.entity,
        name: labels[m.entity]?.name ?? m.entity,
        text: text.slice(m.start, m.end),
      })),
    );
  }
  const all = loaded.pages.map((p) => p.page);
  const score = scoreBlind(all, highlights);
  const rounds = new Map<number, BlindScore>();
  for (const round of [...new Set(all.map((page) => page.round ?? 1))].filter((r) => r > 1).sort((a, b) => a - b)) {
    rounds.set(round, scoreBlind(pagesOfRound(all, round), highlights));
  }
  return { markdown: render(score, loaded, Object.keys(labels).length, rounds, countryOf), review: renderHits(score), scored: true };
}
