// Prints what the extension would highlight in a text, one line per mention: where it is, its type, the entity it
// resolves to and the words matched. Data work uses it to see which names a real article has that the database
// lacks (`npm run recognise -- article.txt`, or text on standard input); it runs the same Node recogniser as
// `npm run eval`, over the data as it stands in assets/data.
import { readFile } from 'node:fs/promises';
import { compileDatabase } from '../build.mjs';
import { Recognizer } from '../src/core/finder.js';
import { PageContext } from '../src/core/recognize.js';

async function readInput(files: string[]): Promise<Array<{ name: string; text: string }>> {
  if (files.length) return Promise.all(files.map(async (name) => ({ name, text: await readFile(name, 'utf8') })));
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return [{ name: '(stdin)', text: Buffer.concat(chunks).toString('utf8') }];
}

async function main(): Promise<void> {
  // Piped into head or grep that stop reading early: stop quietly rather than throw EPIPE.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const inputs = await readInput(process.argv.slice(2));
  const data = await compileDatabase();
  const labels = data.aliasIndex.entities;
  const recognizer = new Recognizer(data.aliasIndex);
  for (const { name, text } of inputs) {
    if (inputs.length > 1) console.log(`# ${name}`);
    for (const m of recognizer.recognize(text, new PageContext())) {
      const label = labels[m.entity];
      console.log(`${String(m.start).padStart(6)}  ${(label?.type ?? '?').padEnd(10)}  ${m.entity.padEnd(36)}  ${text.slice(m.start, m.end)}  (${label?.name ?? ''})`);
    }
  }
}

await main();
