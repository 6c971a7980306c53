// Long pages of the shapes real sites have, each ~2 MB of text, for the benchmark's "every shape" rows. The budgets
// of shared/design.md (ready within 1.5 s, no task of ours over 50 ms) are promises about every page, and the cost
// of wrapping and walking depends on a page's shape as much as on its size: one element holding ten thousand
// paragraphs, rows of cells, deep nesting, names split by inline tags, hundreds of thousands of elements, text
// broken by <br> only, and a feed that grows while a ticker keeps changing the page.
import { escapeHtml, random, words } from './pages.js';

const TARGET_CHARS = 2_000_000;

function page(title: string, body: string, script = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${body}${script}</body></html>`;
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

/** Filler words with, at `rate`, a name at the end. */
function sentence(rand: () => number, names: readonly string[], count: number, rate: number): string {
  let text = words(rand, count);
  if (names.length > 0 && rand() < rate) text += ` ${pick(rand, names)}`;
  return text;
}

/** Adds pieces until the page holds ~2 MB of text. */
function fill(make: (i: number) => [html: string, textLength: number]): string {
  const parts: string[] = [];
  for (let total = 0, i = 0; total < TARGET_CHARS; i++) {
    const [html, length] = make(i);
    parts.push(html);
    total += length;
  }
  return parts.join('');
}

/** One <article> whose children are ~12,000 plain paragraphs: every mention's paragraph is a sibling of all others. */
export function flatArticle(names: readonly string[]): string {
  const rand = random(11);
  const body = fill(() => {
    const text = `${sentence(rand, names, 14, 0.4)} ${sentence(rand, names, 14, 0.4)}.`;
    return [`<p>${escapeHtml(text)}</p>`, text.length];
  });
  return page('One article, ten thousand paragraphs', `<article>${body}</article>`);
}

/** A long table: rows of five cells, a name in some cells. */
export function longTable(names: readonly string[]): string {
  const rand = random(12);
  const body = fill(() => {
    const cells = Array.from({ length: 5 }, () => sentence(rand, names, 3, 0.06));
    return [`<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`, cells.join('').length];
  });
  return page('A long table', `<table><tbody>${body}</tbody></table>`);
}

/** Paragraphs at the bottom of 40 levels of nested divs and spans, as component frameworks render them. */
export function deepNesting(names: readonly string[]): string {
  const rand = random(13);
  const open = Array.from({ length: 20 }, (_, i) => `<div class="l${i}"><span class="w${i}">`).join('');
  const close = Array.from({ length: 20 }, () => '</span></div>').join('');
  const body = fill(() => {
    const paragraphs = Array.from({ length: 4 }, () => sentence(rand, names, 30, 0.4));
    return [`${open}${paragraphs.map((p) => `<p>${escapeHtml(p)}.</p>`).join('')}${close}`, paragraphs.join('').length];
  });
  return page('Deeply nested markup', `<main>${body}</main>`);
}

/** A discussion: posts with replies nested inside them, names split across inline tags ("<b>Igor</b> <i>Krasnov</i>"). */
export function discussionThread(names: readonly string[]): string {
  const rand = random(14);
  const split = (name: string) => {
    const space = name.indexOf(' ');
    if (space < 0) return `<b>${escapeHtml(name)}</b>`;
    return `<b>${escapeHtml(name.slice(0, space))}</b> <a href="#">${escapeHtml(name.slice(space + 1))}</a>`;
  };
  const post = (depth: number): [string, number] => {
    const text = words(rand, 25);
    const name = rand() < 0.5 && names.length > 0 ? pick(rand, names) : '';
    const html = `<div class="post"><div class="meta"><span class="user">user${Math.floor(rand() * 1000)}</span> wrote:</div><div class="text"><p>${escapeHtml(text)} ${name ? split(name) : ''} ${escapeHtml(words(rand, 10))}.</p></div>`;
    let length = text.length + name.length + 70;
    let replies = '';
    if (depth < 3) {
      for (let i = 0; i < 2; i++) {
        const [reply, replyLength] = post(depth + 1);
        replies += reply;
        length += replyLength;
      }
    }
    return [`${html}<div class="replies">${replies}</div></div>`, length];
  };
  return page('A discussion thread', `<div class="thread">${fill(() => post(0))}</div>`);
}

/** 200,000 elements: short paragraphs of several inline elements each. */
export function manyElements(names: readonly string[]): string {
  const rand = random(15);
  let elements = 0;
  const parts: string[] = [];
  while (elements < 200_000) {
    const a = escapeHtml(sentence(rand, names, 2, 0.15));
    parts.push(`<p><span>${escapeHtml(words(rand, 2))}</span> <a href="#">${a}</a> <b>${escapeHtml(words(rand, 2))}</b> <i>${escapeHtml(words(rand, 2))}</i> <em>${escapeHtml(words(rand, 2))}</em></p>`);
    elements += 6;
  }
  return page('Two hundred thousand elements', `<div id="list">${parts.join('')}</div>`);
}

/** Text in one element broken by <br> only, as older publishing systems write it. */
export function brokenByLineBreaks(names: readonly string[]): string {
  const rand = random(16);
  const body = fill(() => {
    const text = sentence(rand, names, 30, 0.4);
    return [`${escapeHtml(text)}.<br><br>`, text.length];
  });
  return page('Lines broken by <br>', `<div class="story">${body}</div>`);
}

/**
 * A live page: a ticker rewrites its text every 50 ms for as long as the page is open, while a feed appends a story
 * every 100 ms (200 in all), each naming two entities. Every story must still be highlighted.
 */
export function feedUnderTicker(names: readonly string[]): string {
  const rand = random(17);
  const stories = Array.from({ length: 200 }, (_, i) => {
    const text = `${words(rand, 30)} ${pick(rand, names)} ${words(rand, 30)} ${pick(rand, names)} ${words(rand, 20)}.`;
    return `<h2>Story ${i + 1}</h2><p>${escapeHtml(text)}</p>`;
  });
  const intro = escapeHtml(`${words(rand, 40)} ${pick(rand, names)} ${words(rand, 40)}.`);
  const script = `<script>
    const stories = ${JSON.stringify(stories).replace(/</g, '\\u003c')};
    const ticker = document.getElementById('ticker');
    let tick = 0;
    setInterval(() => { ticker.textContent = 'BTC ' + (60000 + (tick++ % 997)) + ' ETH ' + (3000 + (tick % 89)); }, 50);
    let next = 0;
    const feed = document.getElementById('feed');
    const timer = setInterval(() => {
      const doc = new DOMParser().parseFromString('<section class="story">' + stories[next++] + '</section>', 'text/html');
      feed.append(doc.body.firstElementChild);
      if (next >= stories.length) { clearInterval(timer); document.documentElement.dataset.feedDone = String(performance.now()); }
    }, 100);
  </script>`;
  return page('A feed under a ticker', `<div id="ticker">BTC 60000</div><article><p>${intro}</p><div id="feed"></div></article>`, script);
}

export interface PageShape {
  name: string;
  route: string;
  html: (names: readonly string[]) => string;
  /** For a live page: the story count that must end up highlighted. */
  stories?: number;
}

export const PAGE_SHAPES: readonly PageShape[] = [
  { name: 'one article, >10,000 paragraphs', route: '/shape-article.html', html: flatArticle },
  { name: 'a long table', route: '/shape-table.html', html: longTable },
  { name: 'deeply nested markup', route: '/shape-nested.html', html: deepNesting },
  { name: 'a discussion, names split by tags', route: '/shape-thread.html', html: discussionThread },
  { name: '200,000 elements', route: '/shape-elements.html', html: manyElements },
  { name: 'text broken by <br> only', route: '/shape-br.html', html: brokenByLineBreaks },
  { name: 'a feed appending under a ticker', route: '/shape-feed.html', html: feedUnderTicker, stories: 200 },
];
