// A synthetic database ten times the size of the real one: nine renamed copies of every entity next to the
// originals, so the alias index (and the automaton) has ten times the aliases. The copies' names carry a suffix
// word that never occurs in the benchmark's filler text, so they grow the matcher without changing the matches.
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

// Made-up words: a real one ("India", "Golf") can complete a real alias ("FIU" + "India") and collide with it.
const SUFFIXES = ['Zqalpha', 'Zqbravo', 'Zqcharlie', 'Zqdelta', 'Zqecho', 'Zqfoxtrot', 'Zqgolf', 'Zqhotel', 'Zqindia'];

interface RawEntity {
  id: string;
  name: string;
  nativeName?: string;
  aliases?: { text: string; notIn?: string[] }[];
  roles?: { body?: string }[];
  relations?: { target: string }[];
}

export async function writeTenfoldData(sourceDir: string, outDir: string): Promise<void> {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  for (const name of await readdir(sourceDir)) {
    if (!name.endsWith('.json')) continue;
    const file = JSON.parse(await readFile(path.join(sourceDir, name), 'utf8')) as { entities?: RawEntity[] };
    await writeFile(path.join(outDir, name), JSON.stringify(file));
    const originals = file.entities ?? [];
    if (originals.length === 0) continue;
    for (const suffix of SUFFIXES) {
      const tag = suffix.toLowerCase();
      const copy = structuredClone(originals).map((entity) => ({
        ...entity,
        id: `${entity.id}-${tag}`,
        name: `${entity.name} ${suffix}`,
        ...(entity.nativeName ? { nativeName: `${entity.nativeName} ${suffix}` } : {}),
        aliases: (entity.aliases ?? []).map((alias) => ({
          ...alias,
          text: `${alias.text} ${suffix}`,
          ...(alias.notIn ? { notIn: suffixedPhrases(alias.notIn, alias.text, suffix) } : {}),
        })),
        roles: (entity.roles ?? []).map(({ body, ...role }) => ({ ...role, ...(body ? { body: `${body}-${tag}` } : {}) })),
        relations: (entity.relations ?? []).map((relation) => ({ ...relation, target: `${relation.target}-${tag}` })),
      }));
      await writeFile(path.join(outDir, `${path.basename(name, '.json')}-${tag}.json`), JSON.stringify({ file: `${path.basename(name, '.json')}-${tag}`, entities: copy }));
    }
  }
}

// A notIn phrase must still contain its (renamed) alias, and phrases differ from their alias in case
// ("Police nationale du Sénégal" for "police nationale"): rename the alias inside it whatever its case.
function suffixedPhrases(phrases: string[], aliasText: string, suffix: string): string[] {
  const alias = new RegExp(aliasText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu');
  return phrases.filter((phrase) => alias.test(phrase)).map((phrase) => phrase.replace(alias, (found) => `${found} ${suffix}`));
}
