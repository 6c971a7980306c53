// Generated pages for the benchmark, written by the project: filler prose from a fixed vocabulary (no alias of the
// database can appear in it) with entity names inserted at known rates. Deterministic: the same seed, the same page.
import type { AliasIndex } from '../src/core/types.js';

const VOCABULARY = (
  'the a of and to in that it was for on are with as his they be at one have this from or had by hot word but what ' +
  'some we can out other were all there when up use your how said an each she which do their time if will way about ' +
  'many then them write would like so these her long make thing see him two has look more day could go come did ' +
  'number sound no most people my over know water than call first who may down side been now find any new work part ' +
  'take get place made live where after back little only round man year came show every good me give our under name ' +
  'very through just form sentence great think say help low line differ turn cause much mean before move right boy ' +
  'old too same tell does set three want air well also play small end put home read hand port large spell add even ' +
  'land here must big high such follow act why ask men change went light kind off need house picture try us again ' +
  'animal point mother world near build self earth father head stand own page should country found answer school grow'
).split(' ');

/** A small deterministic random generator (mulberry32), so pages are the same from run to run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function words(rand: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(VOCABULARY[Math.floor(rand() * VOCABULARY.length)] as string);
  return out.join(' ');
}

/** Names to insert: each entity's English name (always a strong alias, so every insertion is a mention). */
export function mentionNames(index: AliasIndex): string[] {
  return Object.values(index.entities).map((label) => label.name);
}

function paragraph(rand: () => number, names: readonly string[], mentionRate: number): string {
  // Five text nodes: text, a link, text, bold, text (~250 characters).
  const part = (n: number) => {
    let text = words(rand, n);
    if (names.length > 0 && rand() < mentionRate) text += ` ${names[Math.floor(rand() * names.length)]}`;
    return escapeHtml(text);
  };
  return `<p>${part(12)} <a href="#">${part(4)}</a> ${part(10)} <b>${part(3)}</b> ${part(10)}.</p>`;
}

function page(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article><h1>${escapeHtml(title)}</h1>${body}</article>${script}</body></html>`;
}

/** A typical article: ~15 KB of text, a mention every few paragraphs. */
export function typicalArticle(names: readonly string[]): string {
  const rand = random(1);
  return page('A typical article', Array.from({ length: 60 }, () => paragraph(rand, names, 0.12)).join(''));
}

/** A very long page: ~2 MB of text in ~40,000 text nodes. */
export function longPage(names: readonly string[]): string {
  const rand = random(2);
  return page('A very long page', Array.from({ length: 8000 }, () => paragraph(rand, names, 0.12)).join(''));
}

/** A page that names nothing in the database: ~15 KB of text. */
export function noEntityPage(): string {
  const rand = random(3);
  return page('Nothing to see', Array.from({ length: 60 }, () => paragraph(rand, [], 0)).join(''));
}

/** An infinite-scroll page: appends 200 articles, 10 every 50 ms, each naming two entities. */
export function infiniteScrollPage(names: readonly string[]): string {
  const rand = random(4);
  const articles = Array.from({ length: 200 }, (_, i) => {
    const a = names[Math.floor(rand() * names.length)] ?? '';
    const b = names[Math.floor(rand() * names.length)] ?? '';
    return `<h2>Story ${i + 1}</h2><p>${escapeHtml(`${words(rand, 30)} ${a} ${words(rand, 30)} ${b} ${words(rand, 20)}.`)}</p>`;
  });
  // The articles travel as JSON text and are parsed with DOMParser, as a feed's template would be.
  const script = `<script>
    const stories = ${JSON.stringify(articles).replace(/</g, '\\u003c')};
    let next = 0;
    const feed = document.querySelector('article');
    const timer = setInterval(() => {
      for (let i = 0; i < 10 && next < stories.length; i++, next++) {
        const doc = new DOMParser().parseFromString('<section class="story">' + stories[next] + '</section>', 'text/html');
        feed.append(doc.body.firstElementChild);
      }
      if (next >= stories.length) { clearInterval(timer); document.documentElement.dataset.feedDone = String(performance.now()); }
    }, 50);
  </script>`;
  return page('An endless feed', paragraph(rand, names, 0.5), script);
}
