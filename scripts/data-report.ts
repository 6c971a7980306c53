// `npm run data:report`: prints the data report (counts, sourcing, coverage) of assets/data as Markdown.
// `npm run data:report -- --write` also rewrites the report section of docs/data.md.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { compileDatabase, readChecklists } from '../build.mjs';
import { checklistRows, type ChecklistFile } from '../src/core/data/checklist.js';
import { dataReport } from '../src/core/data/report.js';
import { PROJECT_ROOT } from '../test/support/server.js';

export const REPORT_START = '<!-- data-report:start -->';
export const REPORT_END = '<!-- data-report:end -->';

const data = await compileDatabase();
const report = dataReport(data, checklistRows((await readChecklists()) as ChecklistFile[]));
console.log(report);
if (process.argv.includes('--write')) {
  const file = path.join(PROJECT_ROOT, 'docs', 'data.md');
  const doc = await readFile(file, 'utf8');
  const start = doc.indexOf(REPORT_START);
  const end = doc.indexOf(REPORT_END);
  if (start < 0 || end < start) throw new Error(`docs/data.md has no ${REPORT_START} … ${REPORT_END} section`);
  await writeFile(file, `${doc.slice(0, start + REPORT_START.length)}\n${report}\n${doc.slice(end)}`);
  console.error('docs/data.md updated');
}
