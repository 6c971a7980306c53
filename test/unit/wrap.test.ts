// Wrapping in a real DOM implementation (jsdom): each highlight's cost is that of its own text, whatever the page's
// shape, and the marks land exactly on the names.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { JSDOM } from 'jsdom';
import type { EntityLabel } from '../../src/core/types.js';

type Collect = typeof import('../../src/content/collect.js');
type Wrap = typeof import('../../src/content/wrap.js');
let collect: Collect;
let wrap: Wrap;
let dom: JSDOM;

before(async () => {
  dom = new JSDOM('<!doctype html><html><body></body></html>');
  // The content script's modules read these globals, as they do in a browser.
  Object.assign(globalThis, { window: dom.window, document: dom.window.document, Node: dom.window.Node, NodeFilter: dom.window.NodeFilter });
  collect = await import('../../src/content/collect.js');
  wrap = await import('../../src/content/wrap.js');
});

const LABEL: EntityLabel = { name: 'Interpol', type: 'agency' } as EntityLabel;

function highlightsOf(root: Element, name: string, entity = 'int-interpol') {
  return collect.collectRuns(root).flatMap((run) => {
    const found = [];
    for (let at = run.text.indexOf(name); at >= 0; at = run.text.indexOf(name, at + 1)) {
      found.push({ run, start: at, end: at + name.length, entity, label: { ...LABEL, name } });
    }
    return found;
  });
}

/** Counts the nodes every NodeIterator and TreeWalker of the document visits while `work` runs, and the iterators made. */
function walkDuring(work: () => void): { visited: number; iterators: number } {
  const doc = dom.window.document;
  const createIterator = doc.createNodeIterator.bind(doc);
  const createWalker = doc.createTreeWalker.bind(doc);
  const seen = { visited: 0, iterators: 0 };
  const counting = <T extends { nextNode: () => Node | null }>(walk: T): T => {
    const next = walk.nextNode.bind(walk);
    walk.nextNode = () => {
      seen.visited++;
      return next();
    };
    return walk;
  };
  doc.createNodeIterator = ((root: Node, show?: number, filter?: NodeFilter | null) => {
    seen.iterators++;
    return counting(createIterator(root, show, filter));
  }) as typeof doc.createNodeIterator;
  doc.createTreeWalker = ((root: Node, show?: number, filter?: NodeFilter | null) => counting(createWalker(root, show, filter))) as typeof doc.createTreeWalker;
  try {
    work();
  } finally {
    doc.createNodeIterator = createIterator;
    doc.createTreeWalker = createWalker;
  }
  return seen;
}

test('wrapping a name walks only the text nodes it spans, not the rest of a huge block', () => {
  const doc = dom.window.document;
  const story = doc.createElement('div');
  // Text broken by <br> only, as older publishing systems write it: the smallest element holding any name is the
  // whole story, 4,000 lines long.
  for (let i = 0; i < 4000; i++) story.append(doc.createTextNode(`Line ${i} of filler.`), doc.createElement('br'));
  story.append(doc.createTextNode('Officers from Interpol joined.'), doc.createElement('br'));
  story.append(doc.createTextNode('Later, Interpol said so.'));
  doc.body.replaceChildren(story);
  const highlights = highlightsOf(story, 'Interpol');
  assert.equal(highlights.length, 2);
  const { visited, iterators } = walkDuring(() => wrap.wrapHighlights(highlights));
  assert.ok(visited <= 2 * 3, `visited ${visited} nodes to wrap 2 names`);
  // A NodeIterator stays registered with the document until collected, and every later removal visits it.
  assert.equal(iterators, 0, 'wrapping left NodeIterators registered with the document');
  assert.deepEqual([...story.querySelectorAll('policy-lens-mark')].map((m) => m.textContent), ['Interpol', 'Interpol']);
});

test('several names in one text node are all wrapped where they stand', () => {
  const doc = dom.window.document;
  const p = doc.createElement('p');
  p.textContent = 'Interpol, then Interpol again, and Interpol at the end: Interpol';
  doc.body.replaceChildren(p);
  const placed = wrap.wrapHighlights(highlightsOf(p, 'Interpol'));
  assert.equal(placed.length, 4);
  assert.equal(p.textContent, 'Interpol, then Interpol again, and Interpol at the end: Interpol');
  assert.deepEqual([...p.querySelectorAll('policy-lens-mark')].map((m) => m.textContent), ['Interpol', 'Interpol', 'Interpol', 'Interpol']);
  assert.equal(p.firstChild?.nodeName.toLowerCase(), 'policy-lens-mark');
});

test('a name split across tags is wrapped in pieces, and only the first piece counts', () => {
  const doc = dom.window.document;
  const p = doc.createElement('p');
  p.append(doc.createTextNode('Prosecutor General '), doc.createElement('b'), doc.createTextNode(' said so, as did '), doc.createElement('i'));
  (p.childNodes[1] as Element).textContent = 'Igor';
  p.insertBefore(doc.createTextNode(' Krasnov'), p.childNodes[2] as Node);
  (p.childNodes[4] as Element).textContent = 'Igor Krasnov';
  doc.body.replaceChildren(p);
  const highlights = highlightsOf(p, 'Igor Krasnov', 'igor-krasnov');
  assert.equal(highlights.length, 2);
  const placed = wrap.wrapHighlights(highlights);
  assert.equal(placed.length, 2);
  const marks = [...p.querySelectorAll('policy-lens-mark')];
  assert.deepEqual(marks.map((m) => [m.textContent, m.hasAttribute('data-continued')]), [['Igor', false], [' Krasnov', true], ['Igor Krasnov', false]]);
  assert.equal(p.textContent, 'Prosecutor General Igor Krasnov said so, as did Igor Krasnov');
});

test('a name whose text the page removed meanwhile is skipped, and the others are wrapped', () => {
  const doc = dom.window.document;
  const a = doc.createElement('p');
  a.textContent = 'Interpol first.';
  const b = doc.createElement('p');
  b.textContent = 'Interpol second.';
  doc.body.replaceChildren(a, b);
  const highlights = highlightsOf(doc.body, 'Interpol');
  a.remove();
  assert.equal(wrap.wrapHighlights(highlights).length, 1);
  assert.equal(b.querySelector('policy-lens-mark')?.textContent, 'Interpol');
});

test('a line break ends a run, and a very long block is cut into runs of bounded length', () => {
  const doc = dom.window.document;
  const div = doc.createElement('div');
  div.append(doc.createTextNode('Igor'), doc.createElement('br'), doc.createTextNode('Krasnov'));
  doc.body.replaceChildren(div);
  assert.deepEqual(collect.collectRuns(div).map((run) => run.text), ['Igor', 'Krasnov']);
  const long = doc.createElement('p');
  for (let i = 0; i < 2000; i++) long.append(doc.createTextNode(`${'word '.repeat(10)}`), doc.createElement('b'));
  doc.body.replaceChildren(long);
  const runs = collect.collectRuns(long);
  assert.ok(runs.length > 1, 'one block of 100,000 characters is more than one run');
  assert.ok(runs.every((run) => run.text.length <= 17 * 1024));
  assert.equal(runs.map((run) => run.text).join(''), long.textContent);
});

test("a paragraph's names are wrapped together, and one by one where the page changed a node among them", () => {
  const doc = dom.window.document;
  const p = doc.createElement('p');
  p.append('Interpol met ', doc.createElement('a'), ' and ', doc.createElement('em'), ', then Interpol left.');
  (p.childNodes[1] as Element).textContent = 'Interpol officers';
  (p.childNodes[3] as Element).textContent = 'the press';
  doc.body.replaceChildren(p);
  const text = 'Interpol met Interpol officers and the press, then Interpol left.';
  assert.equal(wrap.wrapHighlights(highlightsOf(p, 'Interpol')).length, 3);
  assert.equal(p.textContent, text);
  assert.deepEqual([...p.querySelectorAll('policy-lens-mark')].map((m) => m.textContent), ['Interpol', 'Interpol', 'Interpol']);

  const q = doc.createElement('p');
  q.append('Interpol met ', doc.createElement('em'), ', then Interpol left.');
  (q.childNodes[1] as Element).textContent = 'the press';
  doc.body.replaceChildren(q);
  const highlights = highlightsOf(q, 'Interpol');
  ((q.childNodes[1] as Element).firstChild as Text).data = 'the whole press corps';
  assert.equal(wrap.wrapHighlights(highlights).length, 2, 'the names in unchanged nodes are still wrapped');
  assert.deepEqual([...q.querySelectorAll('policy-lens-mark')].map((m) => m.textContent), ['Interpol', 'Interpol']);
});
