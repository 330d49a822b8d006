#!/usr/bin/env python3
"""check_text.py -- does the text that PDF readers extract equal the source?

usage: check_text.py PDF EXPECTED [--pdfjs JSON] [--front K] [--clients poppler,mupdf,pdfjs]
                     [--examples N]

EXPECTED is the text the PDF must carry (`pdf_driver --cells --text FILE`: one block a line,
a table row's cells parted by TAB).  Each client's text of the text pages (after the K front
pages, the cover and the key-figures page, whose text is not the source's) is compared with
it, character for character:
  poppler  `pdftotext -enc UTF-8` (its default reading order)
  mupdf    `mutool draw -F txt`, one page at a time
  pdfjs    getTextContent (tests/checks/pdfjs_text.mjs: one JSON line per file, given with
           --pdfjs), without what is marked /Artifact
The running header, footer and page number are taken out of the poppler and MuPDF text: the
lines pdf.js reads as /Artifact (the first lines of a page when they come before its content,
else the last), which must be there, in that order.
Allowed: a line break anywhere (a wrapped line); one in place of a source space (a space at a
line's end is not drawn); any white space where a block ends and between a row's cells.  All
else is a difference: an inserted character (a space that is not in the source) or a lost
one.  Prints one JSON object: per client `inserted`, `lost`, examples; `ok` when all are 0.
"""
import argparse
import difflib
import html
import json
import os
import re
import subprocess
import sys
import tempfile

FOLIO_RE = re.compile(r'^[-—–·\s]*\d{1,4}[-—–·\s]*$')


def squash(s):
    return re.sub(r'\s+', '', s)


def front_pages(pdf):
    j = json.loads(subprocess.run(['qpdf', '--json=2', '--json-key=pagelabels', pdf],
                                  capture_output=True).stdout)
    first = [e['index'] for e in j.get('pagelabels', []) if '/S' in e.get('label', {})]
    return first[0] if first else 0


def poppler_pages(pdf):
    out = subprocess.run(['pdftotext', '-enc', 'UTF-8', pdf, '-'], capture_output=True).stdout
    pages = out.decode('utf-8', 'replace').split('\f')
    return pages[:-1] if pages and not pages[-1].strip() else pages


def poppler_boxes(pdf):
    """Per page, the visible characters of `pdftotext -bbox-layout` in its order, each with
    where it is drawn: (character, x, y), the middle of its share of its word's box (points
    from the page's top left)."""
    out = subprocess.run(['pdftotext', '-bbox-layout', '-enc', 'UTF-8', pdf, '-'],
                         capture_output=True).stdout.decode('utf-8', 'replace')
    pages = []
    for pg in re.split(r'<page\b', out)[1:]:
        chars = []
        for m in re.finditer(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" '
                             r'yMax="([-\d.]+)">([^<]*)</word>', pg):
            x0, y0, x1, y1 = (float(m.group(k)) for k in range(1, 5))
            w = html.unescape(m.group(5))
            vis = [ch for ch in w if not ch.isspace()]
            for k, ch in enumerate(vis):
                chars.append((ch, x0 + (k + 0.5) * (x1 - x0) / len(vis), (y0 + y1) / 2))
        pages.append(chars)
    return pages


def mupdf_pages(pdf, n):
    """Per page, MuPDF's text (`-F txt`) and its visible characters with the middles of their
    boxes (`-F stext`: the same characters in the same order)."""
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(['mutool', 'draw', '-q', '-F', 'txt', '-o', os.path.join(d, 'p%d.txt'), pdf],
                       capture_output=True)
        subprocess.run(['mutool', 'draw', '-q', '-F', 'stext', '-o', os.path.join(d, 'p%d.xml'), pdf],
                       capture_output=True)
        texts, boxes = [], []
        for i in range(n):
            t = os.path.join(d, 'p%d.txt' % (i + 1))
            texts.append(open(t, encoding='utf-8', errors='replace').read() if os.path.exists(t) else '')
            x = os.path.join(d, 'p%d.xml' % (i + 1))
            chars = []
            if os.path.exists(x):
                for m in re.finditer(r'<char quad="([^"]*)"[^>]*? c="([^"]*)"',
                                     open(x, encoding='utf-8', errors='replace').read()):
                    q = [float(v) for v in m.group(1).split()]
                    ch = html.unescape(m.group(2))
                    if ch and not ch.isspace():
                        chars.append((ch, sum(q[0::2]) / 4, sum(q[1::2]) / 4))
            boxes.append(chars)
        return texts, boxes


def strip_by_boxes(text, chars, artifacts, problems, client, page):
    """The page's text without its artifacts, placed by where they are drawn: a character of
    the text whose box (chars: the client's visible characters in its order, with their
    middles) lies in a box of an artifact (pdf.js) is the artifact's, wherever the client's
    reading order puts it (a running header, a page number, the row labels a table set in
    parts repeats between its content).  The characters so taken must be the artifacts' own,
    no more and no fewer: a content character drawn over an artifact, or an artifact that is
    not in the text, is a problem."""
    boxes = [b for a in artifacts for b in a['boxes']]
    pos = [i for i, ch in enumerate(text) if not ch.isspace()]
    vis = ''.join(text[i] for i in pos)
    sm = difflib.SequenceMatcher(None, vis, ''.join(c[0] for c in chars), autojunk=False)
    out = list(text)
    taken = {}
    for blk in sm.get_matching_blocks():
        for k in range(blk.size):
            ch, x, y = chars[blk.b + k]
            if any(b[0] - 0.5 <= x <= b[2] + 0.5 and b[1] - 0.5 <= y <= b[3] + 0.5 for b in boxes):
                out[pos[blk.a + k]] = ''
                taken[ch] = taken.get(ch, 0) + 1
    want = {}
    for a in artifacts:
        for ch in squash(a['text']):
            want[ch] = want.get(ch, 0) + 1
    if taken != want:
        missing = ''.join(ch * (n - taken.get(ch, 0)) for ch, n in want.items() if n > taken.get(ch, 0))
        extra = ''.join(ch * (n - want.get(ch, 0)) for ch, n in taken.items() if n > want.get(ch, 0))
        problems.append('%s page %d: the artifacts where they are drawn are not theirs (missing %r, '
                        'content over them %r)' % (client, page, missing[:40], extra[:40]))
    return ''.join(out)


def strip_furniture(text, artifacts, problems, client, page):
    """The page's text without its artifacts, when where they are drawn is not known (an
    untagged PDF: the lines guess_furniture takes for its running header and page number):
    the characters of those that come before the page's content taken from its top, of the
    others from its foot.  An extractor that orders by position may interleave an artifact
    with the first content lines: its characters are taken as they come, content left;
    poppler's and MuPDF's from anywhere on the page."""
    chars = list(text)
    def take(arts, from_top):
        want = {}
        for a in arts:
            for ch in squash(a['text']):
                want[ch] = want.get(ch, 0) + 1
        need = sum(want.values())
        if not need:
            return
        idx = list(range(len(chars)) if from_top else range(len(chars) - 1, -1, -1))
        window = 4 * need + 40
        seen = 0
        for i in idx:  # near its end of the page first, then anywhere on it
            ch = chars[i]
            if ch.isspace() or not ch:
                continue
            seen += 1
            if seen > window and client not in ('poppler', 'mupdf'):
                break
            if want.get(ch, 0) > 0:
                want[ch] -= 1
                need -= 1
                chars[i] = '\n' if from_top else ''
                if need == 0:
                    return
        problems.append('%s page %d: artifacts %r not found at the %s' % (
            client, page, ''.join(squash(a['text']) for a in arts)[:40], 'top' if from_top else 'foot'))
    take([a for a in artifacts if a['at'] == 'head'], True)
    take([a for a in artifacts if a['at'] != 'head'], False)
    return ''.join(chars)


def guess_furniture(pages):
    """Untagged PDFs (pdf.js reads no artifacts): a first line repeated on most pages is the
    running header, a last line that is only a number (and dashes) the page number."""
    firsts = {}
    for p in pages:
        ls = [ln for ln in p.split('\n') if ln.strip()]
        if ls:
            firsts[squash(ls[0])] = firsts.get(squash(ls[0]), 0) + 1
    head = max(firsts, key=firsts.get) if firsts and max(firsts.values()) > 1 else None
    out = []
    for p in pages:
        arts = []
        ls = [ln for ln in p.split('\n') if ln.strip()]
        if ls and head and squash(ls[0]) == head:
            arts.append({'text': ls[0], 'at': 'head'})
        if ls and FOLIO_RE.match(ls[-1]):
            arts.append({'text': ls[-1], 'at': 'tail'})
        out.append(arts)
    return out


NONE, SPACE, BREAK = 0, 1, 2
WS = ' \t\u3000\xa0'


def compare(expected, got, nexamples, tables_by_position=False):
    """Inserted and lost characters of `got` against `expected` (see the module doc): the
    visible characters in order (difflib), then the white space between two of them that are
    neighbours on both sides: none in the source and a space in the text is an inserted space,
    a space in the source and none in the text (and no line break) a lost one.  With
    tables_by_position (poppler), the characters of a table row that appear elsewhere count as
    moved, not as lost and inserted, and white space among a table's is not judged."""
    # the source: visible characters, what follows each (NONE, SPACE, or BREAK: a block's
    # end, a cell's), and whether it is a table's
    ev, ea, et = [], [], []
    for block in expected.split('\n'):
        row = block.startswith('\t')
        for k, cell in enumerate(block.split('\t')):
            if ea:
                ea[-1] = BREAK
            for ch in cell:
                if ch in WS:
                    if ea and ea[-1] == NONE:
                        ea[-1] = SPACE
                    continue
                ev.append(ch)
                ea.append(NONE)
                et.append(row)
    gv, ga = [], []
    for ch in got:
        if ch in WS or ch == '\n' or ch == '\r' or ch == '\f':
            if ga:
                ga[-1] = BREAK if ch in '\n\r\f' else max(ga[-1], SPACE)
            continue
        gv.append(ch)
        ga.append(NONE)
    es, gs = ''.join(ev), ''.join(gv)
    sm = difflib.SequenceMatcher(None, es, gs, autojunk=False)
    ins, lost, table_lost = {}, {}, {}
    spaces_in = spaces_lost = 0
    examples = []
    def example(what, i1, i2, j1, j2):
        if len(examples) < nexamples:
            examples.append('%s (source ...%s..., text ...%s...)' % (
                what, es[max(0, i1 - 10):i2 + 10], gs[max(0, j1 - 10):j2 + 10]))
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == 'equal':
            for k in range(i2 - i1 - 1):
                a, b = ea[i1 + k], ga[j1 + k]
                if a == BREAK or b == BREAK or (tables_by_position and et[i1 + k]):
                    continue
                if a == NONE and b == SPACE:
                    spaces_in += 1
                    example('space inserted', i1 + k, i1 + k + 1, j1 + k, j1 + k + 1)
                elif a == SPACE and b == NONE:
                    spaces_lost += 1
                    example('space lost', i1 + k, i1 + k + 1, j1 + k, j1 + k + 1)
            continue
        if (tables_by_position and op == 'delete' and es[i1:i2] == '-' and 0 < i1 < len(es) - 1
                and es[i1 - 1].isascii() and es[i1 - 1].isalnum() and es[i2].isascii()
                and es[i2].isalnum()):
            continue  # pdftotext joins a Latin word hyphenated at a line's end, dropping '-'
        for ch in gs[j1:j2]:
            ins[ch] = ins.get(ch, 0) + 1
        for k in range(i1, i2):
            lost[es[k]] = lost.get(es[k], 0) + 1
            if et[k]:
                table_lost[es[k]] = table_lost.get(es[k], 0) + 1
        example('%s %r -> %r' % (op, es[i1:i2], gs[j1:j2]), i1, i2, j1, j2)
    moved = 0
    if tables_by_position:
        for ch, n in table_lost.items():
            m = min(n, ins.get(ch, 0))
            moved += m
            ins[ch] = ins.get(ch, 0) - m
            lost[ch] -= m
    return sum(ins.values()) + spaces_in, sum(lost.values()) + spaces_lost, moved, examples


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('pdf')
    ap.add_argument('expected')
    ap.add_argument('--pdfjs')
    ap.add_argument('--front', type=int)
    ap.add_argument('--clients', default='poppler,mupdf,pdfjs')
    ap.add_argument('--examples', type=int, default=5)
    a = ap.parse_args()
    expected = open(a.expected, encoding='utf-8').read().rstrip('\n')
    front = a.front if a.front is not None else front_pages(a.pdf)
    js = None
    if a.pdfjs:
        for ln in open(a.pdfjs, encoding='utf-8'):
            j = json.loads(ln)
            if os.path.abspath(j['file']) == os.path.abspath(a.pdf):
                js = j
    clients = [c for c in a.clients.split(',') if c]
    problems = []
    texts, boxes = {}, {}
    npages = len(js['pages']) if js else None
    if 'poppler' in clients:
        texts['poppler'] = poppler_pages(a.pdf)
        boxes['poppler'] = poppler_boxes(a.pdf)
        npages = npages or len(texts['poppler'])
    if 'mupdf' in clients:
        texts['mupdf'], boxes['mupdf'] = mupdf_pages(a.pdf, npages or len(poppler_pages(a.pdf)))
    if 'pdfjs' in clients:
        if not js:
            problems.append('pdfjs: no output for this file')
        else:
            texts['pdfjs'] = [p['text'] for p in js['pages']]
    tagged = bool(js) and any(p['artifacts'] for p in js['pages'])
    res = {'file': a.pdf, 'front': front, 'artifacts_from': 'pdfjs' if tagged else 'guessed', 'clients': {}}
    for cl, pages in texts.items():
        if tagged:
            arts = [p['artifacts'] for p in js['pages']]
        else:
            arts = guess_furniture(pages)
        body = []
        for i in range(front, len(pages)):
            t = pages[i]
            pa = arts[i] if i < len(arts) else []
            if tagged and cl != 'pdfjs' and all('boxes' in x for x in pa):
                t = strip_by_boxes(t, boxes[cl][i] if i < len(boxes[cl]) else [], pa, problems, cl, i + 1)
            elif cl != 'pdfjs' or not tagged:
                t = strip_furniture(t, pa, problems, cl, i + 1)
            body.append(t)
        ins, lost, moved, ex = compare(expected, '\n'.join(body), a.examples, cl == 'poppler')
        res['clients'][cl] = {'inserted': ins, 'lost': lost, 'moved_in_tables': moved,
                              'examples': ex if ins or lost else []}
    res['problems'] = problems
    res['ok'] = not problems and all(v['inserted'] == 0 and v['lost'] == 0 for v in res['clients'].values())
    print(json.dumps(res, ensure_ascii=False))


if __name__ == '__main__':
    main()
