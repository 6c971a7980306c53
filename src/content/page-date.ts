// Reads the story's publication date from the page's metadata, where news pages put it.
import { jsonLdPublishedDates, storyDateFrom } from '../core/story-date.js';

export function readStoryDate(doc: Document): string | undefined {
  const meta = (selector: string): string | null => doc.querySelector(selector)?.getAttribute('content') ?? null;
  return storyDateFrom([
    meta('meta[property="article:published_time"]'),
    meta('meta[name="article:published_time"]'),
    meta('meta[itemprop="datePublished"]'),
    meta('meta[name="date"]'),
    meta('meta[name="dc.date"]'),
    ...jsonLdPublishedDates([...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '')),
    (doc.querySelector('article time[datetime]') ?? doc.querySelector('time[datetime]'))?.getAttribute('datetime'),
  ]);
}
