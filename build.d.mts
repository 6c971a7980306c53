// Types for what build.mjs exports to TypeScript callers (the data report, the tests).
import type { ReferenceData } from './src/core/types.js';
/** Validates and compiles the database sources of `dataDir` (default: assets/data, or POLICY_LENS_DATA). */
export function compileDatabase(dataDir?: string): Promise<ReferenceData>;
