#!/usr/bin/env python3
"""Builds the evaluation corpus from the annotated page specs in this folder.

Markers inside a spec's article (h1 and body) only:
  [[entity-id|trap|inner html]]        a gold highlight; trap may be empty, or "trap~note"
  {{trap|note|inner html}}             a negative (must not be highlighted)
Writes ../<id>.html and ../<id>.gold.json, then prints a QA report from a naive matcher
built on /work/research/entities.tsv (advisory only; skipped when that file is absent).
"""
import importlib, json, os, re, sys, unicodedata
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from textutil import raw_article_text, article_text, page_text, normalize

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TSV = '/work/research/entities.tsv'

MARK = re.compile(
    r'\[\[(?P<gid>[a-z0-9-]+)\|(?P<gtrap>[^|\]]*)\|(?P<gin>.*?)\]\]'
    r'|\{\{(?P<ntrap>[a-z-]+)\|(?P<nnote>[^|}]*)\|(?P<nin>.*?)\}\}', re.S)

MONTHS = {
    'en': ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    'ru': ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
    'tr': ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
    'es': ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
}
BY = {'en': 'By', 'ru': 'Автор:', 'tr': 'Yazan:', 'ja': '文・', 'es': 'Por'}
RELATED = {'en': 'Related stories', 'ru': 'Читайте также', 'tr': 'İlgili haberler', 'ja': '関連記事', 'es': 'Noticias relacionadas'}
COMMENTS = {'en': 'Reader comments', 'ru': 'Комментарии читателей', 'tr': 'Okur yorumları', 'ja': '読者コメント', 'es': 'Comentarios'}


def human_date(lang, d):
    y, m, dd = d.split('-')
    m, dd = int(m), int(dd)
    if lang == 'ja':
        return f'{y}年{m}月{dd}日'
    if lang == 'es':
        return f'{dd} de {MONTHS["es"][m-1]} de {y}'
    return f'{dd} {MONTHS[lang][m-1]} {y}'


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def render(spec, article_html):
    lang, d = spec['lang'], spec.get('date')
    iso = f"{d}T{spec.get('time', '08:00')}:00Z" if d else None
    style = spec.get('datestyle', 'meta') if d else 'none'
    head = [f'<meta charset="utf-8">', f'<title>{spec["title"]}</title>',
            '<meta name="viewport" content="width=device-width, initial-scale=1">']
    if style == 'meta':
        head.append(f'<meta property="article:published_time" content="{iso}">')
    elif style == 'jsonld':
        ld = {'@context': 'https://schema.org', '@type': 'NewsArticle',
              'headline': re.sub(r'<[^>]+>', '', spec['title']), 'datePublished': iso,
              'author': {'@type': 'Person', 'name': spec['author']},
              'publisher': {'@type': 'Organization', 'name': spec['site']}}
        head.append('<script type="application/ld+json">\n' + json.dumps(ld, ensure_ascii=False, indent=2) + '\n</script>')
    nav = '\n'.join(f'      <li><a href="/{i}">{t}</a></li>' for i, t in enumerate(spec['nav']))
    related = '\n'.join(f'      <li><a href="/story/{i+101}">{t}</a></li>' for i, t in enumerate(spec['related']))
    comments = '\n'.join(
        f'    <div class="comment">\n      <p class="comment-author">{a}</p>\n      <p>{t}</p>\n    </div>'
        for a, t in spec['comments'])
    return f'''<!DOCTYPE html>
<html lang="{lang}">
<head>
  {chr(10).join('  ' + h if i else h for i, h in enumerate(head))}
</head>
<body>
  <header class="masthead"><a class="logo" href="/">{spec["site"]}</a></header>
  <nav>
    <ul>
{nav}
    </ul>
  </nav>
  <main>
{article_html}
  <aside class="related">
    <h2>{RELATED[lang]}</h2>
    <ul>
{related}
    </ul>
  </aside>
  <section class="comments">
    <h2>{COMMENTS[lang]}</h2>
{comments}
  </section>
  </main>
  <footer>
    {spec["footer"]}
  </footer>
</body>
</html>
'''


def article_source(spec):
    lang, d = spec['lang'], spec.get('date')
    style = spec.get('datestyle', 'meta') if d else 'none'
    byline = f'{BY[lang]} <span class="author">{spec["author"]}</span>'
    if style == 'time':
        byline += f' · <time datetime="{d}T{spec.get("time", "08:00")}:00Z">{human_date(lang, d)}</time>'
    elif style in ('meta', 'jsonld') and spec.get('show_date', True):
        byline += f' · <span class="dateline">{human_date(lang, d)}</span>'
    body = spec['body'].strip('\n')
    return (f'  <article>\n    <h1>{spec["h1"]}</h1>\n    <p class="byline">{byline}</p>\n'
            f'{body}\n  </article>')


def build(spec):
    src = article_source(spec)
    marks, sent_parts, final_parts, pos = [], [], [], 0
    for k, m in enumerate(MARK.finditer(src)):
        sent_parts.append(src[pos:m.start()]); final_parts.append(src[pos:m.start()])
        inner = m.group('gin') if m.group('gid') else m.group('nin')
        if m.group('gid'):
            trap, _, note = m.group('gtrap').partition('~')
            marks.append({'kind': 'gold', 'entity': m.group('gid'), 'trap': trap, 'note': note})
        else:
            marks.append({'kind': 'neg', 'trap': m.group('ntrap'), 'note': m.group('nnote')})
        sent_parts.append(chr(0xF0000 + k) + inner + chr(0xF1000 + k))
        final_parts.append(inner)
        pos = m.end()
    sent_parts.append(src[pos:]); final_parts.append(src[pos:])
    art_sent, art_final = ''.join(sent_parts), ''.join(final_parts)
    assert '[[' not in art_final and '{{' not in art_final and ']]' not in art_final, spec['id']
    page_sent, page_final = render(spec, art_sent), render(spec, art_final)

    raw, attrs = raw_article_text(page_sent)
    raw = raw.replace('\u00ad', '')
    out, starts, ends = [], {}, {}
    for ch in raw:
        o = ord(ch)
        if 0xF0000 <= o < 0xF1000:
            starts[o - 0xF0000] = len(out)
        elif 0xF1000 <= o < 0xF2000:
            ends[o - 0xF1000] = len(out)
        elif ch.isspace():
            if out and out[-1] != ' ':
                out.append(' ')
        else:
            out.append(ch)
    text = ''.join(out)
    clean = text.rstrip(' ')
    ref, _ = article_text(page_final)
    assert clean == ref, (spec['id'], 'text mismatch')

    gold, negs = [], []
    for k, mk in enumerate(marks):
        if k in starts:
            s, e = starts[k], ends[k]
            while s < e and text[s] == ' ':
                s += 1
            while e > s and text[e - 1] == ' ':
                e -= 1
            item_text, where = text[s:e], None
        else:
            hit = [a for a in attrs if chr(0xF0000 + k) in a]
            assert hit and mk['kind'] == 'neg', (spec['id'], 'marker lost', mk)
            a = hit[0]
            item_text = normalize(a[a.index(chr(0xF0000 + k)) + 1:a.index(chr(0xF1000 + k))])
            item_text = re.sub('[\U000F0000-\U000F1FFF]', '', item_text)
            s, where = None, 'attribute'
        assert item_text, (spec['id'], mk)
        if mk['kind'] == 'gold':
            g = {'entity': mk['entity'], 'text': item_text}
            if mk['trap']:
                g['trap'] = mk['trap']
            if mk['note']:
                g['note'] = mk['note']
            g['offset'] = s
            gold.append(g)
        else:
            n = {'text': item_text, 'trap': mk['trap']}
            if mk['note']:
                n['note'] = mk['note']
            if where:
                n['where'] = where
            else:
                n['offset'] = s
            negs.append(n)
    traps = []
    dated = ['dated-role'] if any('dated-role' in (g.get('trap', '') + g.get('note', '')) for g in gold) else []
    for t in spec.get('traps', []) + [g.get('trap') for g in gold] + dated + [n['trap'] for n in negs]:
        if t and t not in traps:
            traps.append(t)
    doc = {'lang': spec['lang'], 'traps': traps}
    if spec.get('date'):
        doc['date'] = spec['date']
    doc['gold'] = gold
    doc['negatives'] = negs
    with open(os.path.join(OUT, spec['id'] + '.html'), 'w', encoding='utf-8') as f:
        f.write(page_final)
    with open(os.path.join(OUT, spec['id'] + '.gold.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(doc, ensure_ascii=False, indent=2) + '\n')
    return page_final, clean, doc


# ---------------------------------------------------------------- naive QA matcher
def load_aliases():
    ents = {}
    with open(TSV, encoding='utf-8') as f:
        next(f)
        for line in f:
            cols = line.rstrip('\n').split('\t')
            eid, name, native, al = cols[0], cols[3], cols[4], cols[5] if len(cols) > 5 else ''
            lst = [{'text': name, 'case': False, 'full': False, 'ctx': None, 'primary': True}]
            if native:
                lst.append({'text': native, 'case': False, 'full': False, 'ctx': None, 'primary': True})
            for a in [x.strip() for x in al.split(' ; ') if x.strip()]:
                m = re.match(r'^(.*?)\s*((?:\[[^\]]*\]\s*)*)$', a)
                t, flags = m.group(1).strip(), m.group(2)
                ctx = re.search(r'\[context:\s*([^\]]*)\]', flags)
                lst.append({'text': t, 'case': '[case]' in flags, 'full': '[after full name]' in flags,
                            'ctx': [c.strip() for c in ctx.group(1).split(',')] if ctx else None,
                            'primary': False})
            ents[eid] = lst
    return ents


def fold_map(s, case):
    out, idx = [], []
    for i, ch in enumerate(s):
        if ch in '’‘':
            ch = "'"
        if ch == 'ı':
            ch = 'i'
        for c in unicodedata.normalize('NFKD', ch):
            if unicodedata.category(c) == 'Mn':
                continue
            out.append(c if case else c.lower())
            idx.append(i)
    return ''.join(out), idx


def fold(s, case=False):
    return fold_map(s, case)[0]


CJK = re.compile(r'[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]')
CYR = re.compile(r'[\u0400-\u04ff]')


def ctx_ok(words, page):
    for w in words:
        if CJK.search(w):
            if w in page:
                return True
            continue
        case = w.isupper() and len(w) >= 2
        hay = fold(page, True) if case else fold(page)
        needle = fold(w, True) if case else fold(w)
        if re.search(r'(?<!\w)' + re.escape(needle) + r'(?!\w)', hay):
            return True
    return False


def qa(spec, page, text, doc, ents):
    ptext = page_text(page)
    low, lidx = fold_map(text, False)
    cas, cidx = fold_map(text, True)
    cands = []
    for eid, aliases in ents.items():
        for a in aliases:
            if not a['text']:
                continue
            if a['ctx'] and not ctx_ok(a['ctx'], ptext):
                continue
            hay, idx = (cas, cidx) if a['case'] else (low, lidx)
            needle = fold(a['text'], a['case'])
            cjk, cyr = bool(CJK.search(needle)), bool(CYR.search(needle))
            if cjk:
                pat = re.escape(needle)
            elif cyr:
                stem = needle[:-1] if len(needle) > 4 and needle[-1] in 'аяоеийьыу' else needle
                pat = r'(?<!\w)' + re.escape(stem) + r'\w{0,3}(?!\w)'
            else:
                pat = r'(?<!\w)' + re.escape(needle) + r'(?!\w)'
            for m in re.finditer(pat, hay):
                s, e = idx[m.start()], idx[m.end() - 1] + 1
                orig = text[s:e]
                if any(c.isupper() for c in a['text']) and orig == orig.lower() and not cjk and not cyr:
                    continue
                cands.append((s, e, eid, a))
    # after-full-name
    first_full = {}
    for s, e, eid, a in cands:
        if not a['full']:
            first_full[eid] = min(first_full.get(eid, 10**9), s)
    cands = [c for c in cands if not c[3]['full'] or (c[2] in first_full and first_full[c[2]] < c[0])]
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    chosen = []
    for s, e, eid, a in cands:
        same = [c for c in chosen if c[0] == s and c[1] == e]
        if same:
            if any(c[2] != eid for c in same):
                for c in same:
                    c[3] = 'AMBIG'
            continue
        if any(not (e <= c[0] or s >= c[1]) for c in chosen):
            continue
        chosen.append([s, e, eid, a])
    chosen = [c for c in chosen if c[3] != 'AMBIG']
    spans_g = [(g['offset'], g['offset'] + len(g['text']), g) for g in doc['gold']]
    spans_n = [(n['offset'], n['offset'] + len(n['text']), n) for n in doc['negatives'] if 'offset' in n]
    report = []
    for s, e, eid, a in sorted(chosen):
        ov_g = [g for gs, ge, g in spans_g if not (e <= gs or s >= ge)]
        ov_n = [n for ns, ne, n in spans_n if not (e <= ns or s >= ne)]
        ctx = text[max(0, s - 25):e + 25]
        if not ov_g and not ov_n:
            report.append(f'  UNMARKED  {eid:28} {text[s:e]!r}  …{ctx}…')
        elif ov_n and not ov_g:
            report.append(f'  NEGHIT    {eid:28} {text[s:e]!r} (negative: {ov_n[0]["trap"]})')
        elif ov_g and all(g['entity'] != eid for g in ov_g):
            report.append(f'  WRONGENT  {eid:28} {text[s:e]!r} (gold {ov_g[0]["entity"]})')
    for gs, ge, g in spans_g:
        if not any(c[2] == g['entity'] and c[0] >= gs and c[1] <= ge for c in chosen):
            report.append(f'  NOALIAS   {g["entity"]:28} {g["text"]!r}')
    return report


def project_entity_ids():
    """Every entity id the project's data files define: each gold id must be one of them."""
    data = os.path.join(OUT, '..', '..', 'assets', 'data')
    ids = set()
    for name in os.listdir(data):
        if name.endswith('.json'):
            with open(os.path.join(data, name), encoding='utf-8') as f:
                ids.update(e['id'] for e in json.load(f).get('entities', []))
    return ids


def main(mods):
    # The naive QA matcher reads a research table kept outside the project; without it the pages still build, checked
    # against the project's own entity ids.
    ents = load_aliases() if os.path.exists(TSV) else {}
    ids = set(ents) | project_entity_ids()
    for mod in mods:
        m = importlib.import_module(mod)
        for spec in m.PAGES:
            page, text, doc = build(spec)
            for g in doc['gold']:
                assert g['entity'] in ids, (spec['id'], g['entity'])
            rep = qa(spec, page, text, doc, ents) if ents else []
            print(f"{spec['id']}: {len(doc['gold'])} gold, {len(doc['negatives'])} neg")
            for r in rep:
                print(r)


if __name__ == '__main__':
    main(sys.argv[1:] or ['pages_en_a', 'pages_en_b', 'pages_ru', 'pages_tr', 'pages_ja', 'pages_es'])
