// `npm run eval` (claims part): the claim checker over the project's labelled sentences (eval/claims/labelled.json,
// dev and held-out splits reported apart) and the seed articles (../shared/seeds, gold by position in
// eval/claims/seeds.gold.json). Reports detection precision and recall, and per verdict class how many were
// predicted, how many of those were right (precision) and how many gold claims of the class got it (recall).
// Writes the table into docs/cross-check.md between markers. Options: --no-write; --show-dev prints the dev split's
// errors (the held-out split's are never printed, so tuning cannot look at them).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileDatabase } from '../build.mjs';
import { checkClaims } from '../src/core/claims/check.js';
import type { CheckedClaim, VerdictKind } from '../src/core/claims/types.js';
import { Recognizer } from '../src/core/finder.js';
import { PROJECT_ROOT, SEEDS_DIR, seedNames } from '../test/support/server.js';
import { blocksWithMentions, seedParagraphs } from './claim-blocks.js';

const args = process.argv.slice(2);
const CLASSES: VerdictKind[] = ['supported', 'contradicted', 'outdated', 'unknown', 'unjudged'];

interface GoldClaim {
  entity: string;
  property: string;
  verdict: VerdictKind;
  paragraph?: number;
}
interface Item {
  id: string;
  lang: string;
  text: string;
  storyDate?: string;
  claims: GoldClaim[];
  split: 'dev' | 'heldout';
}

interface Tally {
  gold: number;
  predicted: number;
  detected: number; // predicted claims that match a gold claim
  byClass: Record<VerdictKind, { gold: number; predicted: number; correct: number }>;
  errors: string[];
}

function emptyTally(): Tally {
  return { gold: 0, predicted: 0, detected: 0, byClass: Object.fromEntries(CLASSES.map((c) => [c, { gold: 0, predicted: 0, correct: 0 }])) as Tally['byClass'], errors: [] };
}

/** Scores one unit (a sentence, or a seed article) into the tally. */
function scoreUnit(tally: Tally, label: string, gold: readonly GoldClaim[], predicted: readonly CheckedClaim[], key: (c: { entity: string; property: string; paragraph?: number; block?: number }) => string): void {
  tally.gold += gold.length;
  tally.predicted += predicted.length;
  for (const g of gold) tally.byClass[g.verdict].gold += 1;
  const goldByKey = new Map(gold.map((g) => [key(g), g]));
  const matched = new Set<string>();
  for (const p of predicted) {
    tally.byClass[p.verdict].predicted += 1;
    const g = goldByKey.get(key(p));
    if (!g || matched.has(key(p))) {
      tally.errors.push(`${label}: not a gold claim: ${p.entity} ${p.property} → ${p.verdict}`);
      continue;
    }
    matched.add(key(p));
    tally.detected += 1;
    if (g.verdict === p.verdict) tally.byClass[p.verdict].correct += 1;
    else tally.errors.push(`${label}: ${p.entity} ${p.property}: ${p.verdict}, gold ${g.verdict} — ${p.reasoning.slice(2).join(' ')}`);
  }
  for (const g of gold) if (!matched.has(key(g))) tally.errors.push(`${label}: missed ${g.entity} ${g.property} (${g.verdict})`);
}

const ratio = (a: number, b: number): string => (b === 0 ? '–' : (a / b).toFixed(2));

function table(title: string, t: Tally): string {
  const rows = CLASSES.map((c) => {
    const k = t.byClass[c];
    return `| ${c} | ${k.gold} | ${k.predicted} | ${k.correct} | ${ratio(k.correct, k.predicted)} | ${ratio(k.correct, k.gold)} |`;
  });
  const correct = CLASSES.reduce((n, c) => n + t.byClass[c].correct, 0);
  return [
    `### ${title}`,
    '',
    `Detection: ${t.predicted} claims found, ${t.detected} of them gold; ${t.gold} gold claims. Precision **${ratio(t.detected, t.predicted)}**, recall **${ratio(t.detected, t.gold)}**. Verdict accuracy on detected gold claims: **${ratio(correct, t.detected)}**.`,
    '',
    '| verdict | gold | predicted | correct | precision | recall |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

async function main(): Promise<void> {
  const data = await compileDatabase();
  const recognizer = new Recognizer(data.aliasIndex);
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  const coverage = new Map(data.coverage.map((c) => [c.id, c]));
  const db = { properties: data.properties, statements: data.statements, entity: (id: string) => entities.get(id), coverage: (id: string) => coverage.get(id) };
  const set = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'eval', 'claims', 'labelled.json'), 'utf8')) as { today: string; items: Item[] };

  const tallies = { dev: emptyTally(), heldout: emptyTally() };
  for (const item of set.items) {
    const predicted = checkClaims(blocksWithMentions(recognizer, [item.text]), db, { ...(item.storyDate ? { page: item.storyDate } : {}), today: set.today });
    scoreUnit(tallies[item.split], `${item.id} "${item.text}"`, item.claims, predicted, (c) => `${c.entity}|${c.property}`);
  }
  const all = emptyTally();
  for (const t of [tallies.dev, tallies.heldout]) {
    all.gold += t.gold;
    all.predicted += t.predicted;
    all.detected += t.detected;
    for (const c of CLASSES) for (const k of ['gold', 'predicted', 'correct'] as const) all.byClass[c][k] += t.byClass[c][k];
  }

  const sections = [
    `Labelled set: ${set.items.length} sentences written by the project (${set.items.filter((i) => i.split === 'dev').length} dev, ${set.items.filter((i) => i.split === 'heldout').length} held out), ${set.items.reduce((n, i) => n + i.claims.length, 0)} gold claims, ${set.items.filter((i) => i.claims.length === 0).length} sentences that only look like claims; judged as of each sentence's story date, or of ${set.today} where it has none.`,
    '',
    table('Held-out third (not looked at while tuning)', tallies.heldout),
    '',
    table('Dev two thirds', tallies.dev),
    '',
    table('Whole labelled set', all),
  ];

  const names = await seedNames();
  if (names.length > 0) {
    const gold = JSON.parse(await readFile(path.join(PROJECT_ROOT, 'eval', 'claims', 'seeds.gold.json'), 'utf8')) as { seeds: Record<string, GoldClaim[]> };
    const seeds = emptyTally();
    for (const name of names) {
      const paragraphs = seedParagraphs(await readFile(path.join(SEEDS_DIR, name), 'utf8'));
      const predicted = checkClaims(blocksWithMentions(recognizer, paragraphs), db, { today: set.today });
      scoreUnit(seeds, name, gold.seeds[name] ?? [], predicted, (c) => `${c.paragraph ?? c.block}|${c.entity}|${c.property}`);
    }
    sections.push('', table(`Seed articles (../shared/seeds, ${names.length} articles)`, seeds), '', 'Seed errors and misses:', '', ...seeds.errors.map((e) => `- ${e}`));
  } else sections.push('', '../shared/seeds is absent here: the seed articles were not scored.');

  const output = sections.join('\n');
  console.log(output);
  if (args.includes('--show-dev')) console.log(`\nDev errors:\n${tallies.dev.errors.map((e) => `- ${e}`).join('\n')}`);
  if (!args.includes('--no-write')) {
    const doc = path.join(PROJECT_ROOT, 'docs', 'cross-check.md');
    const current = await readFile(doc, 'utf8').catch(() => '');
    const start = current.indexOf('<!-- claims-eval:start -->');
    const end = current.indexOf('<!-- claims-eval:end -->');
    if (start >= 0 && end > start) {
      await writeFile(doc, `${current.slice(0, start + '<!-- claims-eval:start -->'.length)}\n${output}\n${current.slice(end)}`);
      console.error('docs/cross-check.md updated');
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
