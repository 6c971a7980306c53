// The rendered text of a corpus page's <article>, exactly as the gold files define it (test/corpus/README.md): text
// nodes inside <article>, entities decoded, a space at block boundaries, soft hyphens removed, white space runs
// collapsed to one space, trimmed. Also which stretches of it lie in regions recognition never looks at (code, form
// fields, editable regions), so the text-only evaluation can leave them out as the extension does.
import { Parser } from 'htmlparser2';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'td',
  'th', 'tr', 'ul', 'textarea', 'input', 'label', 'caption', 'tbody', 'thead',
]);
const UNREAD = new Set(['textarea', 'code', 'pre', 'kbd', 'samp', 'select', 'option', 'button']);

export interface ArticleText {
  /** The normalised article text the gold offsets point into. */
  text: string;
  /** [start, end) stretches of `text` inside code, form fields or editable regions. */
  unread: [number, number][];
  /** The whole page's text (for context words), script and style left out. */
  pageText: string;
}

export function articleText(html: string): ArticleText {
  let raw = '';
  let page = '';
  let depth = 0;
  let done = false;
  let skip = 0;
  const unreadStack: boolean[] = [];
  let unreadDepth = 0;
  const rawUnread: [number, number][] = [];
  let unreadStart = -1;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        page += ' ';
        if (name === 'script' || name === 'style') skip++;
        if (done) return;
        if (name === 'article') depth++;
        if (!depth) return;
        if (BLOCK.has(name)) raw += ' ';
        const unread = UNREAD.has(name) || ('contenteditable' in attrs && attrs.contenteditable !== 'false');
        unreadStack.push(unread);
        if (unread && unreadDepth++ === 0) unreadStart = raw.length;
      },
      onclosetag(name) {
        page += ' ';
        if ((name === 'script' || name === 'style') && skip) skip--;
        if (done || !depth) return;
        if (unreadStack.pop() && --unreadDepth === 0) rawUnread.push([unreadStart, raw.length]);
        if (BLOCK.has(name)) raw += ' ';
        if (name === 'article' && --depth === 0) done = true;
      },
      ontext(data) {
        if (skip) return;
        page += data;
        if (depth && !done) raw += data;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();

  // Normalise while keeping a map from raw offsets to normalised ones.
  const map = new Int32Array(raw.length + 1);
  let text = '';
  let pendingSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const char = raw[i] as string;
    map[i] = text.length + (pendingSpace && text.length > 0 ? 1 : 0);
    if (char === '\u00ad') continue;
    if (/\s/.test(char)) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && text.length > 0) text += ' ';
    pendingSpace = false;
    text += char;
  }
  map[raw.length] = text.length;
  const unread = rawUnread.map(([s, e]) => [map[s] as number, map[e] as number] as [number, number]);
  return { text, unread, pageText: page.replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim() };
}
