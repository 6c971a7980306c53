"""Shared helpers: rendered text of the <article> element, as the gold files define it.

Rendered text = the text nodes inside <article>, entities decoded, a space at block-element
boundaries, soft hyphens (U+00AD) removed, every run of whitespace (including U+00A0 and
newlines) collapsed to one space, trimmed. Attribute values are not text.
"""
import re
from html.parser import HTMLParser

BLOCK = {
    'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption',
    'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main',
    'nav', 'ol', 'p', 'pre', 'section', 'table', 'td', 'th', 'tr', 'ul', 'textarea', 'input',
    'label', 'caption', 'tbody', 'thead',
}
VOID = {'br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'source'}


class _ArticleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0          # >0 while inside <article>
        self.done = False
        self.skip = 0           # inside script/style
        self.parts = []
        self.attr_values = []   # attribute values inside <article>

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        if tag == 'article':
            self.depth += 1
        if self.depth:
            for _, v in attrs:
                if v:
                    self.attr_values.append(v)
            if tag in ('script', 'style'):
                self.skip += 1
            if tag in BLOCK:
                self.parts.append(' ')
            if tag in VOID and tag == 'article':
                pass

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if self.done or not self.depth:
            return
        if tag in ('script', 'style') and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self.parts.append(' ')
        if tag == 'article':
            self.depth -= 1
            if self.depth == 0:
                self.done = True

    def handle_data(self, data):
        if self.depth and not self.skip and not self.done:
            self.parts.append(data)


def raw_article_text(html_src):
    p = _ArticleText()
    p.feed(html_src)
    p.close()
    return ''.join(p.parts), p.attr_values


def normalize(s):
    s = s.replace('\u00ad', '')
    s = re.sub(r'\s+', ' ', s)
    return s.strip()


def article_text(html_src):
    raw, attrs = raw_article_text(html_src)
    return normalize(raw), [normalize(a) for a in attrs]


class _PageText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        self.parts.append(' ')

    def handle_endtag(self, tag):
        if tag in ('script', 'style') and self.skip:
            self.skip -= 1
        self.parts.append(' ')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def page_text(html_src):
    """Whole-page visible text (head title included), used for context words."""
    p = _PageText()
    p.feed(html_src)
    p.close()
    return normalize(''.join(p.parts))
