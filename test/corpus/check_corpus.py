#!/usr/bin/env python3
"""Sanity check for the Policy Lens evaluation corpus (run: python3 test/corpus/check_corpus.py).

Checks every <id>.gold.json parses, names only entities from /work/research/entities.tsv (or
$ENTITIES_TSV), that each gold/negative text occurs in the page's <article> text (at its offset,
in document order), that dates match the page metadata, and that the HTML is balanced and shaped
like a news page. Prints pages per language and gold mentions per trap.
"""
import collections, glob, json, os, re, sys
from html.parser import HTMLParser

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '_src'))
from textutil import article_text  # noqa: E402

TSV = os.environ.get('ENTITIES_TSV', '/work/research/entities.tsv')
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
EXPECTED = {'en': 22, 'ru': 7, 'tr': 7, 'ja': 6, 'es': 2}
TRAPS = {'common-word', 'surname-before-full-name', 'ambiguous-acronym', 'diacritics', 'turkish-i', 'typography',
         'line-break', 'possessive', 'hyphen-slash', 'footnote-digit', 'split-tags', 'cyrillic-inflection',
         'japanese-nospace', 'spanish', 'dated-role', 'scope', 'form-code'}


class Shape(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.seen, self.scripts = [], [], collections.Counter(), []
        self.lang = None
        self.dates = set()
        self._in_ld = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'html':
            self.lang = a.get('lang')
        if tag == 'meta' and a.get('property') == 'article:published_time':
            self.dates.add(a.get('content', '')[:10])
        if tag == 'time' and a.get('datetime'):
            self.dates.add(a['datetime'][:10])
        if tag == 'script':
            self.scripts.append(a.get('type'))
            self._in_ld = a.get('type') == 'application/ld+json'
        key = tag + ('.' + a['class'] if a.get('class') in ('related', 'comments') else '')
        self.seen[key] += 1
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f'unbalanced </{tag}> (open: {self.stack[-3:]})')
            if tag in self.stack:
                while self.stack and self.stack.pop() != tag:
                    pass
        else:
            self.stack.pop()
        if tag == 'script':
            self._in_ld = False

    def handle_data(self, data):
        if self._in_ld:
            d = json.loads(data)
            if d.get('datePublished'):
                self.dates.add(d['datePublished'][:10])


def main():
    ids = set()
    with open(TSV, encoding='utf-8') as f:
        next(f)
        for line in f:
            if line.strip():
                ids.add(line.split('\t', 1)[0])
    problems, per_lang, per_trap, page_traps = [], collections.Counter(), collections.Counter(), collections.Counter()
    neg_trap = collections.Counter()
    total = 0
    pages = sorted(glob.glob(os.path.join(HERE, '*.html')))
    for html_path in pages:
        pid = os.path.basename(html_path)[:-5]
        gold_path = os.path.join(HERE, pid + '.gold.json')
        err = lambda m: problems.append(f'{pid}: {m}')  # noqa: E731
        if not os.path.exists(gold_path):
            err('missing .gold.json'); continue
        src = open(html_path, encoding='utf-8').read()
        try:
            doc = json.load(open(gold_path, encoding='utf-8'))
        except ValueError as e:
            err(f'gold does not parse: {e}'); continue
        sh = Shape(); sh.feed(src); sh.close()
        for e in sh.errors:
            err(e)
        if sh.stack:
            err(f'unclosed tags {sh.stack}')
        for need in ('head', 'title', 'nav', 'article', 'h1', 'aside.related', 'section.comments', 'footer'):
            if not sh.seen[need]:
                err(f'no <{need}>')
        if '<meta charset="utf-8">' not in src:
            err('no <meta charset="utf-8">')
        if any(t != 'application/ld+json' for t in sh.scripts):
            err('script other than JSON-LD')
        if sh.lang != doc.get('lang') or not pid.startswith(doc.get('lang', '?') + '-'):
            err(f'lang mismatch: html {sh.lang}, gold {doc.get("lang")}')
        per_lang[doc.get('lang')] += 1
        for t in doc.get('traps', []):
            if t not in TRAPS:
                err(f'unknown trap {t}')
            page_traps[t] += 1
        if 'date' in doc and doc['date'] not in sh.dates:
            err(f'date {doc["date"]} not in page metadata {sorted(sh.dates)}')
        if sh.dates and 'date' not in doc:
            err('page has a date but gold has none')
        if 'dated-role' in doc.get('traps', []) and 'date' not in doc:
            err('dated-role page without date')
        text, attrs = article_text(src)
        last = -1
        for g in doc.get('gold', []):
            total += 1
            per_trap[g.get('trap') or '(none)'] += 1
            if g.get('entity') not in ids:
                err(f'unknown entity {g.get("entity")}')
            if g.get('trap') and g['trap'] not in TRAPS:
                err(f'unknown trap {g["trap"]}')
            t = g.get('text', '')
            if not t or t not in text:
                err(f'gold text not in article: {t!r}'); continue
            off = g.get('offset')
            if off is not None:
                if text[off:off + len(t)] != t:
                    err(f'gold offset {off} does not hold {t!r}')
                if off <= last:
                    err(f'gold not in document order at {t!r}')
                last = off + len(t) - 1
        gspans = [(g['offset'], g['offset'] + len(g['text'])) for g in doc.get('gold', []) if 'offset' in g]
        for n in doc.get('negatives', []):
            neg_trap[n.get('trap')] += 1
            t = n.get('text', '')
            if n.get('where') == 'attribute':
                if not any(t in a for a in attrs):
                    err(f'negative not in any article attribute: {t!r}')
                continue
            if not t or t not in text:
                err(f'negative text not in article: {t!r}'); continue
            off = n.get('offset')
            if off is not None:
                if text[off:off + len(t)] != t:
                    err(f'negative offset {off} does not hold {t!r}')
                if any(not (off + len(t) <= s or off >= e) for s, e in gspans):
                    err(f'negative overlaps a gold span: {t!r}')
    for lang, n in EXPECTED.items():
        if per_lang[lang] < n:
            problems.append(f'only {per_lang[lang]} {lang} pages, expected {n}')
    print(f'{len(pages)} pages, {total} gold mentions')
    print('pages per language:', dict(sorted(per_lang.items())))
    print('gold mentions per trap:')
    for t, n in sorted(per_trap.items(), key=lambda x: (-x[1], x[0])):
        print(f'  {t:26} {n}')
    print(f'negatives per trap ({sum(neg_trap.values())}):')
    for t, n in sorted(neg_trap.items(), key=lambda x: (-x[1], x[0])):
        print(f'  {t:26} {n}')
    print('pages tagged per trap:')
    for t, n in sorted(page_traps.items(), key=lambda x: (-x[1], x[0])):
        print(f'  {t:26} {n}')
    missing = TRAPS - set(page_traps)
    if missing:
        problems.append(f'traps never exercised: {sorted(missing)}')
    if problems:
        print('\nPROBLEMS:')
        for p in problems:
            print('  ' + p)
        sys.exit(1)
    print('\nOK')


if __name__ == '__main__':
    main()
