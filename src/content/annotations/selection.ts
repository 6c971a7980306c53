// Turns the reader's selection into a draft annotation: the quote with its surroundings, its position in the page's
// text, the page and its story date, and the entities highlighted inside it (read from our own marks).
import { describePassage } from '../../core/annotations/anchor.js';
import type { AnnotationDraft } from '../../core/annotations/edit.js';
import { passageContext } from '../../core/annotations/passage.js';
import { readStoryDate } from '../page-date.js';
import { offsetOf, readPageText } from './page-text.js';

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

export function captureSelection(): AnnotationDraft | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  return draftOfRange(selection.getRangeAt(0));
}

/** A passage of the page as a draft annotation: the selection's, or a checked claim's sentence (issue 10). */
export function draftOfRange(range: Range): AnnotationDraft | null {
  const page = readPageText(document.body ?? document.documentElement);
  let start = offsetOf(page, range.startContainer, range.startOffset);
  let end = offsetOf(page, range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
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
