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


def mupdf_pages(pdf, n):
    with tempfile.TemporaryDirectory() as d:
        subprocess.run(['mutool', 'draw', '-q', '-F', 'txt', '-o', os.path.join(d, 'p%d.txt'), pdf],
                       capture_output=True)
        return [open(os.path.join(d, 'p%d.txt' % (i + 1)), encoding='utf-8', errors='replace').read()
                if os.path.exists(os.path.join(d, 'p%d.txt' % (i + 1))) else '' for i in range(n)]


def strip_furniture(text, artifacts, problems, client, page):
    """The page's text without its artifacts: the characters of those that come before the
    page's content taken from its top, of the others from its foot.  An extractor that orders
    by position may interleave an artifact (a table's header row drawn again after a page break)
    with the first content lines: its characters are taken as they come, content left; poppler,
    whose reading order may move a part of it further down (a narrow column of its own), and
    MuPDF (a table set in parts of its columns repeats its row labels, artifacts, between its
    content: src/pdf/tables.c), from anywhere on the page."""
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
    texts = {}
    npages = len(js['pages']) if js else None
    if 'poppler' in clients:
        texts['poppler'] = poppler_pages(a.pdf)
        npages = npages or len(texts['poppler'])
    if 'mupdf' in clients:
        texts['mupdf'] = mupdf_pages(a.pdf, npages or len(poppler_pages(a.pdf)))
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
            if cl != 'pdfjs' or not tagged:
                t = strip_furniture(t, arts[i] if i < len(arts) else [], problems, cl, i + 1)
            body.append(t)
        ins, lost, moved, ex = compare(expected, '\n'.join(body), a.examples, cl == 'poppler')
        res['clients'][cl] = {'inserted': ins, 'lost': lost, 'moved_in_tables': moved,
                              'examples': ex if ins or lost else []}
    res['problems'] = problems
    res['ok'] = not problems and all(v['inserted'] == 0 and v['lost'] == 0 for v in res['clients'].values())
    print(json.dumps(res, ensure_ascii=False))


if __name__ == '__main__':
    main()
