// The open-data import the build runs: each pinned dataset through its importer, then joined to the hand-edited
// database (merge.ts). Pure: the build reads the files and checks them against the lock first (scripts/opendata.ts).
import type { Entity } from '../schema.js';
import { CONGRESS_FILES, importCongress } from './congress.js';
import { COUNCILLORS_FILE, importCouncillors } from './councillors.js';
import type { Candidate, PinnedDataset } from './dataset.js';
import { type MergeOptions, type MergeOutcome, mergeCandidates } from './merge.js';
import { HOLDERS, HOLDERS_FILE, importHolders } from './wikidata-holders.js';

export type { PinnedDataset } from './dataset.js';
export type { DatasetReport, MergeOptions, MergeOutcome } from './merge.js';

/** The files each importer reads, by repository: the lock pins these (the manifest's other files are not imported). */
export const IMPORTED_FILES: Readonly<Record<string, readonly string[]>> = {
  'unitedstates/congress-legislators': CONGRESS_FILES,
  'smartnews-smri/house-of-councillors': [COUNCILLORS_FILE],
  ...Object.fromEntries(Object.entries(HOLDERS).map(([repo, config]) => [repo, [HOLDERS_FILE, ...(config.nativeLabels ? [config.nativeLabels] : [])]])),
};

/** The hand-edited entity a House of Councillors committee seat belongs to, when the database has it. */
const DIET_BODY = 'jp-national-diet';

function candidatesOf(dataset: PinnedDataset, bodies: ReadonlySet<string>): Candidate[] {
  if (dataset.repo === 'unitedstates/congress-legislators') return importCongress(dataset);
  if (dataset.repo === 'smartnews-smri/house-of-councillors') return importCouncillors(dataset, bodies.has(DIET_BODY) ? DIET_BODY : undefined);
  if (HOLDERS[dataset.repo]) return importHolders(dataset, bodies);
  throw new Error(`${dataset.repo}: no importer for this dataset (see src/core/data/import/index.ts)`);
}

export function importOpenData(datasets: readonly PinnedDataset[], hand: readonly Entity[], options: MergeOptions = {}): MergeOutcome {
  const bodies = new Set(hand.map((e) => e.id));
  const candidates = datasets.flatMap((dataset) => candidatesOf(dataset, bodies).map((candidate) => ({ dataset: dataset.repo, candidate })));
  return mergeCandidates(hand, candidates, options);
}

export function formatImportReport(outcome: MergeOutcome): string {
  return [...outcome.report]
    .map(([dataset, r]) => `  ${dataset}: ${r.added} added, ${r.enriched.length} hand-edited enriched, ${r.skipped.length} left out, ${r.droppedAliases} aliases dropped`)
    .join('\n');
}
