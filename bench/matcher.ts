// The Node micro-benchmark of the matcher alone: alias count × text size, so that a regression in the core shows
// without a browser. Text is the benchmark's filler with entity names inserted.
import { Recognizer } from '../src/core/finder.js';
import type { AliasIndex } from '../src/core/types.js';
import { mentionNames, random } from './pages.js';

export interface MatcherRow {
  aliases: number;
  textKb: number;
  buildMs: number;
  scanMs: number;
  mbPerSecond: number;
  mentions: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function fillerText(names: readonly string[], bytes: number): string {
  const rand = random(7);
  const filler = 'the market was quiet as officials met to discuss new rules for digital assets and payments in the region';
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const part = rand() < 0.15 ? `${filler} ${names[Math.floor(rand() * names.length)]}.` : `${filler}.`;
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join(' ');
}

export function benchMatcher(index: AliasIndex, sizesKb: readonly number[], runs = 5): MatcherRow[] {
  const names = mentionNames(index);
  const rows: MatcherRow[] = [];
  const builds: number[] = [];
  let recognizer: Recognizer | undefined;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    recognizer = new Recognizer(index);
    builds.push(performance.now() - start);
  }
  for (const kb of sizesKb) {
    const text = fillerText(names, kb * 1024);
    const times: number[] = [];
    let mentions = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      mentions = (recognizer as Recognizer).recognize(text).length;
      times.push(performance.now() - start);
    }
    const scanMs = median(times);
    rows.push({ aliases: index.aliases.length, textKb: kb, buildMs: median(builds), scanMs, mbPerSecond: text.length / 1e6 / (scanMs / 1000), mentions });
  }
  return rows;
}
