// Types for what build.mjs exports to TypeScript callers (the data report, the tests).
import type { ReferenceData } from './src/core/types.js';
/** Validates and compiles the database sources of `dataDir` (default: assets/data, or POLICY_LENS_DATA). */
export function compileDatabase(dataDir?: string, openDataDir?: string): Promise<ReferenceData>;
/** The checklist files of `dataDir`/checklist as parsed JSON (validated by compileDatabase). */
export function readChecklists(dataDir?: string): Promise<unknown[]>;
/** The day the build judges sources against: POLICY_LENS_REFERENCE_DATE, else today (UTC). */
export function buildReferenceDate(): string;
/** The pinned open datasets of `dir` (default ../shared/opendata), checked against `lockPath`; [] when absent. */
export function loadOpenData(dir?: string, lockPath?: string): Promise<import('./src/core/data/import/dataset.js').PinnedDataset[]>;
