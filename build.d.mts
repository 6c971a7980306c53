// Types for what build.mjs exports to TypeScript callers (the data report, the tests).
import type { ReferenceData } from './src/core/types.js';
/** Validates and compiles the database sources of `dataDir` (default: assets/data, or POLICY_LENS_DATA). */
export function compileDatabase(dataDir?: string, openDataDir?: string): Promise<ReferenceData>;
/** The pinned open datasets of `dir` (default ../shared/opendata), checked against `lockPath`; [] when absent. */
export function loadOpenData(dir?: string, lockPath?: string): Promise<import('./src/core/data/import/dataset.js').PinnedDataset[]>;
