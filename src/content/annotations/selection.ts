// Turns the reader's selection (or, for the card's "Annotate", a highlight's sentence) into a draft annotation: the
// quote with its surroundings, its position in the page's text, the page and its story date, and the entities
// highlighted inside it (read from our own marks).
import { describePassage } from '../../core/annotations/anchor.js';
import type { AnnotationDraft } from '../../core/annotations/edit.js';
import { passageContext } from '../../core/annotations/passage.js';
import { sentenceAround } from '../../core/annotations/sentence.js';
import { readStoryDate } from '../page-date.js';
import { type PageText, offsetOf, piecesOf, readPageText } from './page-text.js';

/** The page's address as annotations key it: without its fragment. */
export function pageUrl(): string {
  return location.href.replace(/#.*$/, '');
}

function entitiesIn(range: Range): string[] {
  const ids = new Set<string>();
  for (const mark of document.querySelectorAll<HTMLElement>('policy-lens-mark[data-entity-id]')) {
    const id = mark.dataset.entityId;
    if (id && range.intersectsNode(mark)) ids.add(id);
  }
  return [...ids];
}

/** A draft of text[start, end) of the page, white space at its edges left out; `range` covers it (for its entities). */
function draftOf(page: PageText, start: number, end: number, range: Range): AnnotationDraft | null {
  // A selection made by double- or triple-click often carries white space at its edges: the claim does not.
  while (start < end && /\s/.test(page.text[start]!)) start++;
  while (end > start && /\s/.test(page.text[end - 1]!)) end--;
  if (end <= start) return null;
  const { quote, position } = describePassage(page.text, start, end);
  const storyDate = readStoryDate(document);
  return {
    page: { url: pageUrl(), title: document.title.slice(0, 1_000), ...(storyDate ? { storyDate } : {}) },
    quote,
    position,
    context: passageContext(page.text, start, end),
    entities: entitiesIn(range),
  };
}

export function captureSelection(): AnnotationDraft | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return draftOfRange(selection.getRangeAt(0));
}

/** A passage of the page as a draft annotation: the selection's, or a checked claim's sentence (issue 10). */
export function draftOfRange(range: Range): AnnotationDraft | null {
  const page = readPageText(document.body ?? document.documentElement);
  const start = offsetOf(page, range.startContainer, range.startOffset);
  const end = offsetOf(page, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  return draftOf(page, start, end, range);
}

// The elements whose text is one block of prose: a sentence is looked for inside the nearest of them.
const BLOCKS = 'p, li, blockquote, dd, dt, td, th, figcaption, caption, h1, h2, h3, h4, h5, h6, pre, article, section, main, div, body';

/**
 * The passage the card's "Annotate" proposes for a highlight: the reader's selection if there is one, else the
 * highlight's sentence; either way with the card's entity linked, first.
 */
export function capturePassageFor(mark: Element, entityId: string): AnnotationDraft | null {
  const draft = captureSelection() ?? captureSentenceOf(mark);
  if (!draft) return null;
  return { ...draft, entities: [entityId, ...draft.entities.filter((id) => id !== entityId)] };
}

function captureSentenceOf(mark: Element): AnnotationDraft | null {
  const block = mark.parentElement?.closest(BLOCKS);
  if (!block || !mark.isConnected) return null;
  const page = readPageText(document.body ?? document.documentElement);
  const blockStart = offsetOf(page, block, 0);
  const blockEnd = offsetOf(page, block, block.childNodes.length);
  const markStart = offsetOf(page, mark, 0);
  const markEnd = offsetOf(page, mark, mark.childNodes.length);
  if (blockStart === null || blockEnd === null || markStart === null || markEnd === null || markEnd <= markStart) return null;
  const sentence = sentenceAround(page.text.slice(blockStart, blockEnd), markStart - blockStart, markEnd - blockStart);
  const pieces = piecesOf(page, blockStart + sentence.start, blockStart + sentence.end);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return null;
  const range = document.createRange();
  range.setStart(first.node, first.from);
  range.setEnd(last.node, last.to);
  return draftOf(page, blockStart + sentence.start, blockStart + sentence.end, range);
}
