// One automaton for every alias: the folded page text is scanned once, whatever the number of aliases
// (Aho-Corasick). The cost of handing mark.js thousands of keywords grows with keywords × text nodes; this does not.
// The trie lives in flat typed arrays (first child / next sibling, a direct table for the root's children) because
// it is built on every page load: a Map per node cost ~25 ms to build at 1,200 aliases, this costs a few.
import { endsInHangul, particleAt } from './inflect-korean.js';
import { UNSPACED_CLASS, hasUnspacedChar, isHangulUnit } from './scripts.js';
import type { CompiledAlias } from './types.js';

/** An occurrence of an alias key in folded text, before any page rule is applied. */
export interface KeyMatch {
  start: number;
  end: number;
  alias: number; // index into the aliases the matcher was built from
  /** The match runs on over a Korean particle glued onto the key ("금융위원회" in "금융위원회는"). */
  particle?: true;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Scripts written without spaces between words, where a key cannot demand word boundaries (Thai too).
const UNSPACED_SCRIPT = new RegExp(`[${UNSPACED_CLASS}\\p{Script=Thai}]`, 'u');

/** Whether a folded key must stand between word boundaries to match (false for Japanese, Chinese, Thai). */
export function needsWordBoundaries(key: string): boolean {
  return !UNSPACED_SCRIPT.test(key);
}

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return WORD_CHAR.test(String.fromCharCode(code));
}

/** A katakana letter or the long-vowel mark ー, not the middle dot ・ that separates the parts of a foreign name. */
function isKatakana(code: number): boolean {
  return (code >= 0x30a1 && code <= 0x30fa) || code === 0x30fc;
}

/** The kana voicing marks, which folding (NFKD) splits off a voiced kana ("ド" is "ト" and U+3099). */
function isVoicingMark(code: number): boolean {
  return code === 0x3099 || code === 0x309a;
}

/** Whether folded text ends in katakana before `index`: a voiced kana's mark is read with its letter. */
function katakanaBefore(text: string, index: number): boolean {
  const last = index - 1;
  return last >= 0 && (isVoicingMark(text.charCodeAt(last)) ? last > 0 && isKatakana(text.charCodeAt(last - 1)) : isKatakana(text.charCodeAt(last)));
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isUnspaced(code: number): boolean {
  return code >= 0x2e80 && hasUnspacedChar(String.fromCharCode(code));
}

/**
 * Whether `outside` and `inside` (the key's character at that edge) are in different words. Besides the usual
 * rule, Japanese and Chinese text abuts Latin acronyms with no space ("米SEC", "FATFと"): a change between such a
 * script and another is a boundary too. So is a change between Hangul and another script, where Korean particles
 * abut a Latin acronym ("SEC는", "FIU가").
 */
function separates(outside: number, inside: number): boolean {
  return !isWordChar(outside) || isUnspaced(outside) !== isUnspaced(inside) || isHangulUnit(outside) !== isHangulUnit(inside);
}

const NONE = -1;

export class AliasMatcher {
  private readonly code: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly fail: Int32Array;
  private readonly outputLink: Int32Array;
  private readonly depth: Int32Array;
  /** The first alias ending at a node; the rest follow through `terminalNext`, indexed by alias. */
  private readonly terminalHead: Int32Array;
  private readonly terminalNext: Int32Array;
  /** The root's child for each UTF-16 code unit: the root has the most children and is visited the most. */
  private readonly rootChild = new Int32Array(0x10000).fill(NONE);
  private readonly bounded: Uint8Array;
  /** Unbounded keys that start (1), end (2) or both (3) in katakana: they must not run into more katakana. */
  private readonly katakanaEdges: Uint8Array;
  /** Bounded keys ending in Hangul, which may end a word with a Korean particle glued on (inflect-korean.ts). */
  private readonly takesParticles: Uint8Array;
  private nodeCount = 1;

  constructor(aliases: readonly CompiledAlias[]) {
    const capacity = 1 + aliases.reduce((total, alias) => total + alias.key.length, 0);
    this.code = new Uint16Array(capacity);
    this.firstChild = new Int32Array(capacity).fill(NONE);
    this.nextSibling = new Int32Array(capacity).fill(NONE);
    this.fail = new Int32Array(capacity);
    this.outputLink = new Int32Array(capacity).fill(NONE);
    this.depth = new Int32Array(capacity);
    this.terminalHead = new Int32Array(capacity).fill(NONE);
    this.terminalNext = new Int32Array(aliases.length).fill(NONE);
    this.bounded = new Uint8Array(aliases.map((alias) => (alias.bounded ? 1 : 0)));
    this.katakanaEdges = new Uint8Array(
      aliases.map((alias) => (alias.bounded ? 0 : (isKatakana(alias.key.charCodeAt(0)) ? 1 : 0) | (katakanaBefore(alias.key, alias.key.length) ? 2 : 0))),
    );
    this.takesParticles = new Uint8Array(aliases.map((alias) => (alias.bounded && endsInHangul(alias.key) ? 1 : 0)));
    aliases.forEach((alias, index) => this.insert(alias.key, index));
    this.linkFailures();
  }

  private child(node: number, code: number): number {
    if (node === 0) return this.rootChild[code] as number;
    for (let c = this.firstChild[node] as number; c !== NONE; c = this.nextSibling[c] as number) if (this.code[c] === code) return c;
    return NONE;
  }

  private insert(key: string, alias: number): void {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let next = this.child(node, code);
      if (next === NONE) {
        next = this.nodeCount++;
        this.code[next] = code;
        this.depth[next] = (this.depth[node] as number) + 1;
        this.nextSibling[next] = this.firstChild[node] as number;
        this.firstChild[node] = next;
        if (node === 0) this.rootChild[code] = next;
      }
      node = next;
    }
    this.terminalNext[alias] = this.terminalHead[node] as number;
    this.terminalHead[node] = alias;
  }

  private linkFailures(): void {
    const queue = new Int32Array(this.nodeCount);
    let tail = 0;
    for (let c = this.firstChild[0] as number; c !== NONE; c = this.nextSibling[c] as number) queue[tail++] = c;
    for (let head = 0; head < tail; head++) {
      const node = queue[head] as number;
      for (let c = this.firstChild[node] as number; c !== NONE; c = this.nextSibling[c] as number) {
        const code = this.code[c] as number;
        let f = this.fail[node] as number;
        let target = this.child(f, code);
        while (target === NONE && f !== 0) {
          f = this.fail[f] as number;
          target = this.child(f, code);
        }
        const failTo = target !== NONE && target !== c ? target : 0;
        this.fail[c] = failTo;
        this.outputLink[c] = this.terminalHead[failTo] !== NONE ? failTo : (this.outputLink[failTo] as number);
        queue[tail++] = c;
      }
    }
  }

  /** Every occurrence of every alias key in `text` that respects word boundaries where the alias needs them. */
  findAll(text: string): KeyMatch[] {
    const found: KeyMatch[] = [];
    let particles = false;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let next = this.child(node, code);
      while (next === NONE && node !== 0) {
        node = this.fail[node] as number;
        next = this.child(node, code);
      }
      node = next === NONE ? 0 : next;
      for (let out = this.terminalHead[node] !== NONE ? node : (this.outputLink[node] as number); out > 0; out = this.outputLink[out] as number) {
        const start = i + 1 - (this.depth[out] as number);
        for (let alias = this.terminalHead[out] as number; alias !== NONE; alias = this.terminalNext[alias] as number) {
          if (this.bounded[alias] === 0 ? this.clearOfKatakana(text, start, i + 1, this.katakanaEdges[alias] as number) : this.atBoundaries(text, start, i + 1)) found.push({ start, end: i + 1, alias });
          else if (this.takesParticles[alias] === 1 && isHangulUnit(text.charCodeAt(i + 1)) && this.startsWord(text, start)) {
            const particle = particleAt(text, i + 1, (end) => this.endsWord(text, end));
            if (particle > 0) {
              found.push({ start, end: i + 1 + particle, alias, particle: true });
              particles = true;
            }
          }
        }
      }
    }
    // A name written with its particle in the index as well ("특금법상") is that alias's match, not the rule's.
    if (!particles) return found;
    const spans = new Set(found.filter((match) => !match.particle).map((match) => `${match.start}:${match.end}`));
    return found.filter((match) => !match.particle || !spans.has(`${match.start}:${match.end}`));
  }

  private startsWord(text: string, start: number): boolean {
    return start === 0 || separates(text.charCodeAt(start - 1), text.charCodeAt(start));
  }

  private endsWord(text: string, end: number): boolean {
    return end >= text.length || separates(text.charCodeAt(end), text.charCodeAt(end - 1));
  }

  /**
   * A name in katakana is one word of katakana: "モディ" inside "コモディティ" (commodity) or "ブロック" inside
   * "ブロックチェーン" is no name. Kanji, kana of other kinds, Latin letters and ・ around it are boundaries.
   */
  private clearOfKatakana(text: string, start: number, end: number, edges: number): boolean {
    if ((edges & 1) !== 0 && katakanaBefore(text, start)) return false;
    if ((edges & 2) === 0 || end >= text.length) return true;
    // A voicing mark right after the key voices its last kana: "…ト" is not "…ド".
    const next = text.charCodeAt(end);
    return !isKatakana(next) && !isVoicingMark(next);
  }

  private atBoundaries(text: string, start: number, end: number): boolean {
    if (!this.startsWord(text, start)) return false;
    if (this.endsWord(text, end)) return true;
    return this.footnoteFollows(text, start, end);
  }

  /**
   * A footnote number glued to a name ("Payment Services Act1", "<sup>2</sup>" after it) still ends the name: one or
   * two digits, then no word character, after a name of several letters that ends in a letter ("G2" stays "G2").
   */
  private footnoteFollows(text: string, start: number, end: number): boolean {
    if (end - start < 4 || isDigit(text.charCodeAt(end - 1)) || !isWordChar(text.charCodeAt(end - 1))) return false;
    let digits = 0;
    while (digits < 3 && isDigit(text.charCodeAt(end + digits))) digits++;
    if (digits === 0 || digits > 2) return false;
    const after = end + digits;
    return after >= text.length || !isWordChar(text.charCodeAt(after));
  }
}
