#!/usr/bin/env python3
"""test_check_text.py -- check_text.py fails on a PDF whose real text is missing or out of order.

usage: test_check_text.py DRIVER ROOT TMP NODE_PREFIX

A table set in parts of its columns (src/pdf/tables.c) draws its row labels again in each
part as artifacts; check_text.py takes those out of poppler's and MuPDF's text where they are
drawn (their boxes, from pdf.js).  The repeated labels must never stand in for the real ones.
The gongwen PDF of tests/corpus/finance-reuters-2017m10-money-table.txt (a table in two
parts) is checked as rendered (it must pass), then edited (qpdf --qdf, fix-qdf) on its first
page:
  missing  the text of the first row label of the table's first part (a TD, 基础货币（万亿）)
           taken out: every client must lose it (the label the second part repeats, an
           artifact, does not count for it);
  order    the figures of two cells of a row swapped: MuPDF and pdf.js must report it (poppler
           reads a table's characters by position: check_text.py counts them as moved).
Prints one line per failure and a summary; exits 1 when anything failed.
"""
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TEXT = 'tests/corpus/finance-reuters-2017m10-money-table.txt'
SEQ_RE = re.compile(rb'/(TD|TH) <</MCID \d+>> BDC\n(.*?)\nEMC\n', re.S)
TJ_RE = re.compile(rb'<[0-9a-fA-F]*> Tj')
TD_RE = re.compile(rb'([-\d.]+) ([-\d.]+) Td')


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, **kw)


def page1_stream(qdf):
    """The start and end of the first page's content stream in a qdf file."""
    i = qdf.index(b'%% Contents for page 1')
    s = qdf.index(b'stream\n', i) + len(b'stream\n')
    return s, qdf.index(b'endstream', s)


def cells(stream):
    """The table cells of the stream: (match, x, y of its first line, its Tj operators)."""
    out = []
    for m in SEQ_RE.finditer(stream):
        td = TD_RE.search(m.group(2))
        tjs = TJ_RE.findall(m.group(2))
        if td and tjs:
            out.append((m, float(td.group(1)), float(td.group(2)), tjs))
    return out


def edit(stream, how):
    cs = cells(stream)
    if how == 'missing':
        # the first part's first row label: the leftmost cell, first in the stream
        x0 = min(c[1] for c in cs)
        m = next(c for c in cs if c[1] == x0 and TD_RE.search(c[0].group(2)) and c[0].group(1) == b'TD')[0]
        body = TJ_RE.sub(b'<> Tj', m.group(2))
        return stream[:m.start(2)] + body + stream[m.end(2):]
    # order: two figure cells of one row with the same number of lines, their text swapped
    for a, b in zip(cs, cs[1:]):
        if (a[0].group(1) == b[0].group(1) == b'TD' and a[2] == b[2] and len(a[3]) == len(b[3])
                and a[3] != b[3] and a[1] > min(c[1] for c in cs)):
            ita, itb = iter(b[3]), iter(a[3])
            ba = TJ_RE.sub(lambda _: next(ita), a[0].group(2))
            bb = TJ_RE.sub(lambda _: next(itb), b[0].group(2))
            return (stream[:a[0].start(2)] + ba + stream[a[0].end(2):b[0].start(2)] + bb +
                    stream[b[0].end(2):])
    return None


def check(pdf, exp, tmp, prefix):
    js = os.path.join(tmp, os.path.basename(pdf) + '.jsonl')
    with open(js, 'wb') as f:
        subprocess.run(['node', os.path.join(HERE, 'pdfjs_text.mjs'), prefix, pdf], stdout=f, check=True)
    r = run([sys.executable, os.path.join(HERE, 'check_text.py'), pdf, exp, '--pdfjs', js])
    return json.loads(r.stdout)


def main():
    driver, root, tmp, prefix = sys.argv[1:5]
    pdf = os.path.join(tmp, 'tct.pdf')
    exp = os.path.join(tmp, 'tct.exp')
    fails = []
    run([driver, '--template', 'gongwen', TEXT, pdf], cwd=root, check=True)
    with open(exp, 'wb') as f:
        subprocess.run([driver, '--cells', '--template', 'gongwen', '--text', TEXT], stdout=f,
                       stderr=subprocess.DEVNULL, cwd=root, check=True)
    res = check(pdf, exp, tmp, prefix)
    arts = ''.join(a['text'] for a in json.load(open(os.path.join(tmp, 'tct.pdf.jsonl')))['pages'][0]['artifacts'])
    if '基础货币' not in re.sub(r'\s+', '', arts):
        fails.append('%s: its table is no longer set in parts (no repeated labels on page 1)' % TEXT)
    if not res['ok']:
        fails.append('as rendered: not ok: %s' % json.dumps(res, ensure_ascii=False)[:400])
    qdf = os.path.join(tmp, 'tct-qdf.pdf')
    run(['qpdf', '--qdf', '--object-streams=disable', pdf, qdf], check=True)
    raw = open(qdf, 'rb').read()
    s, e = page1_stream(raw)
    for how in ('missing', 'order'):
        new = edit(raw[s:e], how)
        if new is None:
            fails.append('%s: no cells to edit on page 1' % how)
            continue
        bad = os.path.join(tmp, 'tct-%s.pdf' % how)
        fixed = run(['fix-qdf'], input=raw[:s] + new + raw[e:]).stdout
        open(bad, 'wb').write(fixed)
        r = check(bad, exp, tmp, prefix)
        cl = r['clients']
        if r['ok']:
            fails.append('%s: check_text.py accepts it' % how)
        want = ('poppler', 'mupdf', 'pdfjs') if how == 'missing' else ('mupdf', 'pdfjs')
        for c in want:
            if not (cl[c]['lost'] and (how == 'missing' or cl[c]['inserted'])):
                fails.append('%s: %s does not report it: %s' % (how, c, cl[c]))
        if how == 'missing':
            for c in want:
                if cl[c]['lost'] < len('基础货币（万亿）'):
                    fails.append('missing: %s lost %d characters, not the label\'s 8' % (c, cl[c]['lost']))
    for f in fails:
        print('FAIL test_check_text: ' + f[:600], file=sys.stderr)
    print('test_check_text: %d failed' % len(fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
