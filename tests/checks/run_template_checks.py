#!/usr/bin/env python3
"""run_template_checks.py - the layout templates, measured on the PDFs the CLI writes.

usage: run_template_checks.py BIN [INPUT.txt]

BIN is build/bulletin; INPUT defaults to input/hubei-ip-top10-2023.txt.
Runs from the repository root.  Needs poppler-utils, mupdf-tools, qpdf and
tests/checks/check_pdf.py.

gongwen (GB/T 9704-2012, docs/TYPESETTING.md §2, §6):
  - every page A4;
  - every body line (glyphs of the body size, 15.80 pt) on one baseline
    grid of constant pitch; every page but the last has its last line on
    the 22nd row (21st or 20th when a widow or an orphan was avoided), and
    every page but the first (title) and the last holds 20 to 22 lines;
  - every full line of plain Han text (no punctuation, digits or Latin)
    holds 28 characters, 26 when it is a paragraph's indented first line,
    at a character pitch of 15.79 +- 0.05 pt;
  - "— N —" exactly once on every page, numbered 1..N in order, 14 pt, its
    middle 7 mm below the type area (762.5 +- 5.7 pt from the top), odd
    pages right (right edge one character in: 505.8 +- 2.8), even pages
    left (93.4..95.4 +- 2.8);
  - check_pdf.py: 0 line-start and 0 line-end violations, 0 split numbers
    and units.
brochure (the default):
  - page 1 is a cover: the title (and issuer, date) only, drawn over a
    filled band; its page label is 封面;
  - page 2 is the key-figures page: 关键数据, large numbers, the growth-rate
    chart (filled bars with 增长率 and their labels), label 关键数据; the
    text (the title again) starts on page 3, labelled 1;
  - the outline: one root entry (the title) with one child per level-1
    section (1 + 10 for the reference bulletin), opened with the panel;
  - pdfinfo shows the Chinese title, the issuer as author when the front
    matter has one, subject, keywords and creator;
  - a running header on the text pages, "— N —" centred at their foot.
Both: the same bytes twice (SOURCE_DATE_EPOCH); the front matter's
`template:` is used and the option wins over it.
Broken templates (tests/fixtures/template-*.ini): `FILE:LINE:` error, exit 2
(1 for a missing font file), no output file.
Prints "template-checks: N passed, M failed"; exits 1 when anything failed.
"""
import base64
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

MM = 72 / 25.4
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECK = os.path.join(ROOT, 'tests', 'checks', 'check_pdf.py')
if not os.path.isfile(CHECK):
    sys.exit(f'template-checks: {CHECK} is missing')

passed = failed = 0


def ok(cond, what):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print('FAIL ' + what, file=sys.stderr)
    return cond


def run(cmd, env=None):
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run(cmd, capture_output=True, env=e)


def export(bin_, txt, out, template=None, epoch='1700000000'):
    os.makedirs(out, exist_ok=True)
    cmd = [bin_, 'export', '-t', 'pdf', '-o', out]
    if template:
        cmd += ['--template', template]
    p = run(cmd + [txt], {'SOURCE_DATE_EPOCH': epoch})
    pdf = os.path.join(out, os.path.splitext(os.path.basename(txt))[0] + '.pdf')
    return p, pdf


def stext(pdf):
    """Pages of glyphs: (x, y baseline from the top, size, advance, char, font)."""
    p = run(['mutool', 'draw', '-q', '-F', 'stext', '-o', '-', pdf])
    root = ET.fromstring(p.stdout.decode('utf-8'))
    pages = []
    for pg in root.iter('page'):
        glyphs = []
        for font in pg.iter('font'):
            size = float(font.get('size'))
            for ch in font.iter('char'):
                q = [float(v) for v in ch.get('quad').split()]
                glyphs.append({'x': float(ch.get('x')), 'y': float(ch.get('y')), 'size': size,
                               'adv': q[2] - q[0], 'c': ch.get('c'), 'font': font.get('name')})
        pages.append({'w': float(pg.get('width')), 'h': float(pg.get('height')), 'glyphs': glyphs})
    return pages


def lines_of(glyphs):
    """Physical lines: glyphs grouped by baseline (|dy| < 1), sorted by x."""
    out = []
    for g in sorted(glyphs, key=lambda g: (round(g['y'], 0), g['x'])):
        if out and abs(out[-1][0]['y'] - g['y']) < 1:
            out[-1].append(g)
        else:
            out.append([g])
    return [sorted(ln, key=lambda g: g['x']) for ln in out]


def text_of(ln):
    return ''.join(g['c'] for g in ln).strip()


def qpdf_json(pdf):
    p = run(['qpdf', '--json=2', '--json-stream-data=inline', '--decode-level=generalized', pdf])
    return json.loads(p.stdout)


def page_streams(j, n):
    """The decoded content of page n (1-based)."""
    objs = j['qpdf'][1]
    page = j['pages'][n - 1]
    o = objs['obj:' + page['object']]['value']
    cont = o.get('/Contents')
    refs = cont if isinstance(cont, list) else [cont]
    data = b''
    for r in refs:
        s = objs.get('obj:' + r, {}).get('stream', {})
        if s.get('data'):
            data += base64.b64decode(s['data'])
    return data.decode('latin-1')


def labels(j):
    out = {}
    for e in j.get('pagelabels', []):
        lab = e.get('label', {})
        out[e['index']] = (lab.get('/P', ''), lab.get('/S'))
    return out


def decode_pdf_string(s):
    if s.startswith('u:'):
        return s[2:]
    if s.startswith('b:'):
        b = bytes.fromhex(s[2:])
        return b[2:].decode('utf-16-be') if b[:2] == b'\xfe\xff' else b.decode('latin-1')
    return s


def check_gongwen(bin_, txt, tmp):
    name = 'gongwen'
    p, pdf = export(bin_, txt, os.path.join(tmp, 'gw'), 'gongwen')
    if not ok(p.returncode == 0 and os.path.isfile(pdf), '%s: export failed: %s' % (name, p.stderr.decode())):
        return
    warns = [ln for ln in p.stderr.decode().splitlines() if 'warning' in ln]
    ok(len([w for w in warns if 'licensed fonts' in w]) <= 1 and
       all('licensed fonts' in w or 'no font has' in w for w in warns),
       '%s: warnings: %s' % (name, warns))
    pages = stext(pdf)
    ok(all(abs(pg['w'] - 595.28) < 0.5 and abs(pg['h'] - 841.89) < 0.5 for pg in pages),
       '%s: page sizes %s' % (name, sorted(set((pg['w'], pg['h']) for pg in pages))))
    L, R, T, B = 28 * MM, 28 * MM + 156 * MM, 37 * MM, 37 * MM + 225 * MM
    body = 156 * MM / 28
    pitch = (225 * MM - body) / 21
    per_page, rows_used, folios, heads = [], [], [], []
    # plain text: Han and full-width marks at their full width (no Latin,
    # no digits, no compressed punctuation)
    han = re.compile(r'^[\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e“”‘’—…·]+$')
    plain_full = plain_bad = 0
    for pi, pg in enumerate(pages, 1):
        lns = lines_of(pg['glyphs'])
        bl = [ln for ln in lns if abs(ln[0]['size'] - body) < 0.05]
        fo = [ln for ln in lns if re.fullmatch(r'—\s?\d+\s?—', text_of(ln))]
        folios.append(fo)
        per_page.append(len(bl))
        heads.append(bool(bl) and re.match(r'[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）', text_of(bl[0])) is not None)
        if bl:
            # row 0: one body size below the top of the type area
            rows = [(ln[0]['y'] - (T + body)) / pitch for ln in bl]
            ok(all(abs(r - round(r)) < 0.01 for r in rows),
               '%s: page %d: lines off the grid: %s' % (name, pi, [round(r, 3) for r in rows]))
            rows_used.append(int(round(rows[-1])) + 1)
            ok(bl[0][0]['y'] - body >= T - 2.8 and bl[-1][0]['y'] <= B + 2.8,
               '%s: page %d: lines outside the type area' % (name, pi))
        else:
            rows_used.append(0)
        for ln in bl:
            t = text_of(ln)
            right = ln[-1]['x'] + ln[-1]['adv']
            steps = [b['x'] - a['x'] for a, b in zip(ln, ln[1:])]
            only_han = re.fullmatch(r'[\u4e00-\u9fff]+', t) is not None
            if not han.match(t) or abs(right - R) > 0.5 or \
                    (not only_han and any(abs(x - 15.79) > 0.05 for x in steps)):
                continue  # not full, or not plain (Latin, digits, compressed marks)
            plain_full += 1
            x0 = ln[0]['x']
            want = 28 if abs(x0 - L) < 0.5 else 26 if abs(x0 - L - 2 * body) < 0.5 else None
            if want is None or len(t) != want or any(abs(s - 15.79) > 0.05 for s in steps):
                plain_bad += 1
                print('  %s: page %d: plain Han line of %d at x=%.2f: %s' % (name, pi, len(t), x0, t),
                      file=sys.stderr)
    n = len(pages)
    ok(n >= 2, '%s: %d pages' % (name, n))
    # a page is full unless it is the last, or a heading had to go over
    # to the next page to stay with its text
    full = [pi < n and not heads[pi] for pi in range(1, n + 1)]
    short = sum(1 for pi in range(1, n) if not full[pi - 1])
    # widow and orphan control: a page may end a line short (two where a
    # three-line paragraph leaves nothing else), never more
    ok(all(r >= 20 for r, f in zip(rows_used, full) if f),
       '%s: the last line of every full page on row 22 (21, 20 for widows and orphans): %s' % (name, rows_used))
    ok(all(c >= 20 for c, f in list(zip(per_page, full))[1:] if f),
       '%s: 20 to 22 lines on every full page: %s (full %s)' % (name, per_page, full))
    ok(plain_full > 0 and plain_bad == 0,
       '%s: full plain-Han lines: %d, wrong: %d' % (name, plain_full, plain_bad))
    nums = []
    for pi, fo in enumerate(folios, 1):
        if not ok(len(fo) == 1, '%s: page %d: %d page numbers' % (name, pi, len(fo))):
            continue
        ln = fo[0]
        nums.append(int(re.sub(r'\D', '', text_of(ln))))
        size = ln[0]['size']
        left, right = ln[0]['x'], ln[-1]['x'] + ln[-1]['adv']
        mid = ln[0]['y'] - 0.38 * size  # the dashes' height: the middle of the em box
        ok(abs(size - 14) < 0.05, '%s: page %d: page number size %.2f' % (name, pi, size))
        ok(abs(mid - (B + 7 * MM)) <= 5.7, '%s: page %d: page number at %.1f' % (name, pi, mid))
        if pi % 2:
            ok(abs(right - (R - body)) <= 2.8, '%s: page %d: odd page number right edge %.2f' % (name, pi, right))
        else:
            ok(abs(left - (L + body)) <= 2.8, '%s: page %d: even page number left edge %.2f' % (name, pi, left))
    ok(nums == list(range(1, n + 1)), '%s: page numbers %s' % (name, nums))
    r = json.loads(run([sys.executable, CHECK, pdf]).stdout)
    k = r.get('kinsoku', {})
    ok(k.get('line_start_closing') == 0 and k.get('line_end_opening') == 0 and
       k.get('numbers_split_across_lines') == 0 and k.get('multichar_unit_split') == 0,
       '%s: kinsoku %s' % (name, {x: k.get(x) for x in ('line_start_closing', 'line_end_opening',
                                                          'numbers_split_across_lines', 'multichar_unit_split',
                                                          'examples_start', 'examples_end')}))
    print('  gongwen: %d pages, body lines per page %s, last row %s (%d page(s) end early to keep a heading '
          'with its text), %d full plain-Han lines (28/26), page numbers %s, kinsoku start %s end %s' % (
              n, per_page, rows_used, short, plain_full, nums,
                                                      k.get('line_start_closing'), k.get('line_end_opening')))


def check_brochure(bin_, txt, tmp):
    name = 'brochure'
    p, pdf = export(bin_, txt, os.path.join(tmp, 'br'))
    if not ok(p.returncode == 0 and os.path.isfile(pdf), '%s: export failed: %s' % (name, p.stderr.decode())):
        return
    ok(not [ln for ln in p.stderr.decode().splitlines() if 'no font has' not in ln],
       '%s: messages: %s' % (name, p.stderr.decode()))
    title = run([bin_, 'dump', txt]).stdout.decode().splitlines()[1]
    title = re.search(r'TITLE "(.*)"', title).group(1)
    pages = stext(pdf)
    j = qpdf_json(pdf)
    lab = labels(j)
    # the cover
    t1 = ''.join(g['c'] for g in pages[0]['glyphs'] if not g['c'].isspace())
    ok(t1.startswith(re.sub(r'\s', '', title)), '%s: cover text %r' % (name, t1[:60]))
    ok(len(t1) <= len(re.sub(r'\s', '', title)) + 40, '%s: cover carries more than title, issuer, date: %r' % (name, t1))
    c1 = page_streams(j, 1)
    ok(re.search(r're\s+f', c1) is not None, '%s: the cover has no filled band' % name)
    ok('/XObject' not in json.dumps(j['qpdf'][1]), '%s: images in the PDF' % name)
    ok(lab.get(0, ('', None))[0].endswith('封面') and lab[0][1] is None, '%s: cover label %s' % (name, lab.get(0)))
    # the key figures
    t2 = ''.join(g['c'] for g in pages[1]['glyphs'] if not g['c'].isspace())
    ok(t2.startswith('关键数据'), '%s: page 2 starts %r' % (name, t2[:20]))
    big = []  # runs of large glyphs (two cards share a baseline)
    for ln in lines_of(pages[1]['glyphs']):
        run_ = []
        for g in ln + [None]:
            if g is not None and g['size'] >= 20 and (not run_ or g['x'] - run_[-1]['x'] - run_[-1]['adv'] < 20):
                run_.append(g)
                continue
            if run_ and re.match(r'[\d约超]', text_of(run_)):
                big.append(text_of(run_))
            run_ = [g] if g is not None and g['size'] >= 20 else []
    ok(6 <= len(big) <= 8, '%s: %d large numbers on the key-figures page: %s' % (name, len(big), big))
    ok('增长率' in t2, '%s: no chart title on page 2' % name)
    bars = len(re.findall(r're\s+f', page_streams(j, 2)))
    ok(bars >= 3 + len(big), '%s: %d filled shapes on page 2 (cards + bars)' % (name, bars))
    ok(lab.get(1, ('', None))[0].endswith('关键数据'), '%s: key page label %s' % (name, lab.get(1)))
    ok(lab.get(2, ('', None)) == ('', '/D'), '%s: text label %s' % (name, lab.get(2)))
    t3 = ''.join(g['c'] for g in pages[2]['glyphs'] if not g['c'].isspace())
    ok(re.sub(r'\s', '', title) in t3, '%s: the text does not start on page 3' % name)
    # the running header and the page numbers of the text pages
    for pi in range(3, len(pages) + 1):
        lns = lines_of(pages[pi - 1]['glyphs'])
        fo = [text_of(ln) for ln in lns if re.fullmatch(r'—\s?\d+\s?—', text_of(ln))]
        ok(fo == ['— %d —' % (pi - 2)], '%s: page %d numbers %s' % (name, pi, fo))
        ok(lns and lns[0][0]['y'] < 25 * MM and lns[0][0]['size'] < 10,
           '%s: page %d: no running header on top' % (name, pi))
    # the outline
    outl = j.get('outlines', [])
    kids = outl[0].get('kids', []) if outl else []
    secs = [ln for ln in run([bin_, 'dump', txt]).stdout.decode().splitlines() if re.match(r'  SECTION \d', ln)]
    ok(len(outl) == 1 and decode_pdf_string(outl[0]['title']) == title and len(kids) == len(secs),
       '%s: outline %d root(s), %d children, %d sections' % (name, len(outl), len(kids), len(secs)))
    ok(outl and outl[0].get('open'), '%s: outline closed' % name)
    cat = j['qpdf'][1]['obj:' + j['qpdf'][1]['trailer']['value']['/Root']]['value']
    ok(cat.get('/PageMode') == '/UseOutlines', '%s: page mode %s' % (name, cat.get('/PageMode')))
    info = run(['pdfinfo', pdf]).stdout.decode()
    ok(re.search(r'^Title:\s+' + re.escape(title) + '$', info, re.M) is not None, '%s: pdfinfo title' % name)
    ok(re.search(r'^Creator:\s+bulletin .*模板', info, re.M) is not None and
       re.search(r'^Subject:\s+\S', info, re.M) and re.search(r'^Keywords:\s+\S', info, re.M),
       '%s: pdfinfo: %s' % (name, info))
    print('  brochure: %d pages, cover, key figures %d large numbers and %d shapes, outline 1 + %d, labels %s' % (
        len(pages), len(big), bars, len(kids), [lab.get(i) for i in sorted(lab)]))


def check_front_matter(bin_, tmp):
    src = os.path.join(tmp, 'fm.txt')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('---\ntitle: 某市2024年政府工作报告\nissuer: 某市人民政府\ndate: 2024-01-18\n'
                'template: gongwen\n---\n某市2024年政府工作报告\n一、回顾\n全市地区生产总值完成3,215.6亿元，同比增长6.2%。\n')
    p, pdf = export(bin_, src, os.path.join(tmp, 'fm'))
    ok(p.returncode == 0 and len(stext(pdf)) == 1, 'front matter template: gongwen (1 page)')
    info = run(['pdfinfo', pdf]).stdout.decode()
    ok('公文' in info and re.search(r'^Author:\s+某市人民政府$', info, re.M), 'front matter template: info %s' % info)
    p, pdf = export(bin_, src, os.path.join(tmp, 'fm2'), 'brochure')
    ok(p.returncode == 0 and len(stext(pdf)) >= 3, 'the option wins over the front matter')
    with open(src, 'w', encoding='utf-8') as f:
        f.write('---\ntitle: 标题\ntemplate: ../etc/x.ini\n---\n正文。\n')
    p, pdf = export(bin_, src, os.path.join(tmp, 'fm3'))
    ok(p.returncode == 1 and not os.path.exists(pdf), 'a template path in the front matter is refused')


def check_broken(bin_, txt, tmp):
    fixtures = sorted(glob.glob(os.path.join(ROOT, 'tests', 'fixtures', 'template-*.ini')))
    ok(len(fixtures) >= 3, 'broken-template fixtures: %d' % len(fixtures))
    for fx in fixtures:
        # the expected place: the line marked "; ERROR HERE"
        with open(fx, encoding='utf-8') as f:
            want = next(i for i, ln in enumerate(f, 1) if ln.rstrip().endswith('; <- error'))
        out = os.path.join(tmp, 'broken-' + os.path.basename(fx))
        p, pdf = export(bin_, txt, out, os.path.relpath(fx, ROOT))
        err = p.stderr.decode()
        rel = os.path.relpath(fx, ROOT)
        # a template that does not load is a usage error, found before any
        # input is read (exit 2); a named font file that is missing is
        # found by the render (exit 1)
        want_rc = 1 if 'missing-font' in fx else 2
        ok(p.returncode == want_rc, '%s: exit %d, expected %d' % (rel, p.returncode, want_rc))
        ok(re.search(re.escape(rel) + r':%d:(\d+:)? error: ' % want, err) is not None,
           '%s: message %r (want %s:%d:)' % (rel, err, rel, want))
        ok(not os.listdir(out), '%s: output left: %s' % (rel, os.listdir(out)))
        print('  %s' % err.strip().splitlines()[0] if err.strip() else '  (no message)')


def check_deterministic(bin_, txt, tmp):
    for tpl in ('brochure', 'gongwen'):
        _, a = export(bin_, txt, os.path.join(tmp, 'd1-' + tpl), tpl)
        _, b = export(bin_, txt, os.path.join(tmp, 'd2-' + tpl), tpl)
        ok(open(a, 'rb').read() == open(b, 'rb').read(), '%s: two runs differ' % tpl)


def main():
    if len(sys.argv) < 2:
        print(__doc__.split('\n')[2], file=sys.stderr)
        return 2
    bin_ = os.path.abspath(sys.argv[1])
    txt = sys.argv[2] if len(sys.argv) > 2 else os.path.join('input', 'hubei-ip-top10-2023.txt')
    os.chdir(ROOT)
    tmp = tempfile.mkdtemp(prefix='template-checks.')
    try:
        check_gongwen(bin_, txt, tmp)
        check_brochure(bin_, txt, tmp)
        check_front_matter(bin_, tmp)
        check_broken(bin_, txt, tmp)
        check_deterministic(bin_, txt, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print('template-checks: %d passed, %d failed' % (passed, failed))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
