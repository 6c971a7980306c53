// One automaton for every alias: the folded page text is scanned once, whatever the number of aliases
// (Aho-Corasick). The cost of handing mark.js thousands of keywords grows with keywords × text nodes; this does not.
import type { CompiledAlias } from './types.js';

/** An occurrence of an alias key in folded text, before any page rule is applied. */
export interface KeyMatch {
  start: number;
  end: number;
  alias: number; // index into the aliases the matcher was built from
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Scripts written without spaces between words, where a key cannot demand word boundaries.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** Whether a folded key must stand between word boundaries to match (false for Japanese, Chinese, Thai). */
export function needsWordBoundaries(key: string): boolean {
  return !UNSPACED_SCRIPT.test(key);
}

function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  const code = char.charCodeAt(0);
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return WORD_CHAR.test(char);
}

export class AliasMatcher {
  // Trie in flat arrays: node n's children live in `next[n]`, keyed by UTF-16 code unit.
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  /** Alias indexes that end at a node, including (through `outputLink`) those ending at its suffixes. */
  private readonly terminal: number[][] = [[]];
  private readonly outputLink: number[] = [-1];
  private readonly depth: number[] = [0];

  constructor(private readonly aliases: readonly CompiledAlias[]) {
    aliases.forEach((alias, index) => this.insert(alias.key, index));
    this.linkFailures();
  }

  private insert(key: string, index: number): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      const children = this.next[node] as Map<number, number>;
      let child = children.get(code);
      if (child === undefined) {
        child = this.next.length;
        children.set(code, child);
        this.next.push(new Map());
        this.fail.push(0);
        this.terminal.push([]);
        this.outputLink.push(-1);
        this.depth.push((this.depth[node] ?? 0) + 1);
      }
      node = child;
    }
    (this.terminal[node] as number[]).push(index);
  }

  private linkFailures(): void {
    const queue: number[] = [];
    for (const child of (this.next[0] as Map<number, number>).values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head] as number;
      for (const [code, child] of this.next[node] as Map<number, number>) {
        let f = this.fail[node] as number;
        while (f !== 0 && !(this.next[f] as Map<number, number>).has(code)) f = this.fail[f] as number;
        const target = (this.next[f] as Map<number, number>).get(code);
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.outputLink[child] = (this.terminal[failTo] as number[]).length > 0 ? failTo : (this.outputLink[failTo] as number);
        queue.push(child);
      }
    }
  }

  /** Every occurrence of every alias key in `text` that respects word boundaries where the alias needs them. */
  findAll(text: string): KeyMatch[] {
    const found: KeyMatch[] = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let child = (this.next[node] as Map<number, number>).get(code);
      while (child === undefined && node !== 0) {
        node = this.fail[node] as number;
        child = (this.next[node] as Map<number, number>).get(code);
      }
      node = child ?? 0;
      for (let out = (this.terminal[node] as number[]).length > 0 ? node : (this.outputLink[node] as number); out > 0; out = this.outputLink[out] as number) {
        const length = this.depth[out] as number;
        const start = i + 1 - length;
        for (const alias of this.terminal[out] as number[]) {
          if (this.respectsBoundaries(text, start, i + 1, alias)) found.push({ start, end: i + 1, alias });
        }
      }
    }
    return found;
  }

  private respectsBoundaries(text: string, start: number, end: number, alias: number): boolean {
    if (!(this.aliases[alias] as CompiledAlias).bounded) return true;
    return !isWordChar(text[start - 1]) && !isWordChar(text[end]);
  }
}
