#!/usr/bin/env python3
"""a11y_corpus.py -- the accessibility of the PDFs of every text, in every template.

usage: a11y_corpus.py DRIVER ROOT TMP NODE_PREFIX TEMPLATE...

DRIVER is build/pdf_driver (tests/checks/pdf_driver.c: render, --cells --text); ROOT the checkout; NODE_PREFIX the folder
whose node_modules has pdfjs-dist.  Every text of tests/corpus, tests/fixtures and input/ is
rendered with every template, in parallel, and for each PDF:
  text       check_text.py: the text of poppler, MuPDF and pdf.js equals the source's (no
             character inserted or lost; see check_text.py for what is allowed)
  tagged     pdfinfo says Tagged: yes; the catalog has /Lang (zh-CN), /MarkInfo /Marked true
             (pdf.js getMarkInfo) and /ViewerPreferences /DisplayDocTitle true
  struct     pdfinfo -struct-text: the text of the structure tree ends with the whole source
             text in reading order (headings, paragraphs, table cells, the parts); a heading
             element for every heading, a TD or TH for every table
  pdfjs      getStructTree gives a tree on every page that has text
  metadata   an XMP stream (Metadata Stream: yes) with dc:title, xmp:CreateDate equal to the
             information dictionary's, pdfuaid:part 1
Prints one line per failure and a summary; exits 1 when anything failed.
"""
import concurrent.futures as cf
import glob
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PY = sys.executable


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, **kw)


def squash(s):
    return re.sub(r'[\s\u3000]+', '', s)


def catalog(pdf):
    """The catalog and the trailer as qpdf prints them (text)."""
    tr = run(['qpdf', '--show-object=trailer', pdf]).stdout.decode('utf-8', 'replace')
    m = re.search(r'/Root (\d+) 0 R', tr)
    cat = run(['qpdf', '--show-object=%s' % m.group(1), pdf]).stdout.decode('utf-8', 'replace') if m else ''
    return cat, tr


def xmp(pdf):
    """The document's XMP packet, decoded."""
    cat, _ = catalog(pdf)
    m = re.search(r'/Metadata (\d+) 0 R', cat)
    if not m:
        return ''
    return run(['qpdf', '--show-object=%s' % m.group(1), '--filtered-stream-data', pdf]).stdout.decode(
        'utf-8', 'replace')


def struct_leaves(pdf):
    out = run(['pdfinfo', '-struct-text', pdf]).stdout.decode('utf-8', 'replace')
    # a role alone on its line too (a TD without attributes: the cells of
    # a table with no header row, an infobox)
    roles = re.findall(r'^\s*([A-Za-z0-9]+)(?:[ :]|$)', out, re.M)
    texts = re.findall(r'^\s*"(.*)"\s*$', out, re.M)
    return roles, ''.join(texts)


def info_date(pdf):
    out = run(['pdfinfo', '-isodates', pdf]).stdout.decode('utf-8', 'replace')
    m = re.search(r'^CreationDate:\s*(\S+)', out, re.M)
    return m.group(1) if m else None


def check_one(job, pdfjs):
    tpl, txt, pdf, exp, blocks = job
    name = os.path.basename(pdf)[:-4]
    fails = []
    r = run([PY, os.path.join(HERE, 'check_text.py'), pdf, exp, '--pdfjs', pdfjs, '--examples', '3'])
    try:
        res = json.loads(r.stdout)
    except ValueError:
        return name, ['check_text.py failed: ' + r.stderr.decode()[-300:]], None
    for cl, v in res['clients'].items():
        if v['inserted'] or v['lost']:
            fails.append('text %s: %d inserted, %d lost: %s' % (cl, v['inserted'], v['lost'], v['examples'][:2]))
    fails += ['text: ' + p for p in res['problems']]
    info = run(['pdfinfo', pdf]).stdout.decode('utf-8', 'replace')
    if not re.search(r'^Tagged:\s+yes', info, re.M):
        fails.append('pdfinfo: not tagged')
    cat, _ = catalog(pdf)
    if '/Lang (zh-CN)' not in cat:
        fails.append('catalog: no /Lang (zh-CN)')
    if not re.search(r'/MarkInfo << /Marked true >>', cat):
        fails.append('catalog: no /MarkInfo << /Marked true >>')
    if not re.search(r'/DisplayDocTitle true', cat):
        fails.append('catalog: no /DisplayDocTitle true')
    roles, leaves = struct_leaves(pdf)
    want = squash(open(exp, encoding='utf-8').read())
    if not squash(leaves).endswith(want):
        got = squash(leaves)
        i = 0
        tail = got[-len(want):] if len(got) >= len(want) else got
        while i < min(len(tail), len(want)) and tail[i] == want[i]:
            i += 1
        fails.append('struct-text: the tree\'s text does not end with the source\'s (at %d: %r / %r)' % (
            i, want[i:i + 15], tail[i:i + 15]))
    kinds = [json.loads(ln) for ln in open(blocks, encoding='utf-8')]
    if any(k['kind'] == 'heading' for k in kinds) and not any(re.fullmatch(r'H[1-6]', x) for x in roles):
        fails.append('struct-text: headings without H1-H6')
    if any(k['kind'] in ('row', 'thead') for k in kinds) and not ('Table' in roles and ('TD' in roles or 'TH' in roles)):
        fails.append('struct-text: a table without Table/TD')
    x = xmp(pdf)
    if 'Metadata Stream: yes' not in info or not x:
        fails.append('no XMP metadata stream')
    else:
        for key in ('dc:title', 'xmp:CreateDate', 'pdf:Producer', 'pdfuaid:part'):
            if key not in x:
                fails.append('XMP without %s' % key)
        m = re.search(r'<xmp:CreateDate>([^<]+)<', x)
        d = info_date(pdf)
        if m and d and m.group(1)[:19] != d[:19]:
            fails.append('XMP CreateDate %s is not the Info CreationDate %s' % (m.group(1), d))
    return name, fails, res


KNOWN = os.path.join(HERE, 'a11y_known.tsv')


def main():
    driver, root, tmp, prefix = sys.argv[1:5]
    templates = sys.argv[5:]
    files = sorted(glob.glob(os.path.join(root, 'tests/corpus/*.txt'))) + \
        sorted(glob.glob(os.path.join(root, 'tests/fixtures/*.txt'))) + \
        sorted(glob.glob(os.path.join(root, 'input/*.txt')))
    jobs = []
    for tpl in templates:
        for txt in files:
            base = os.path.join(tmp, '%s-%s' % (tpl, os.path.basename(txt)[:-4]))
            jobs.append((tpl, txt, base + '.pdf', base + '.exp', base + '.blocks'))

    def render(job):
        tpl, txt, pdf, exp, blocks = job
        r = run([driver, '--template', tpl, txt, pdf], cwd=root)
        with open(exp, 'wb') as f:
            subprocess.run([driver, '--cells', '--template', tpl, '--text', txt], stdout=f, cwd=root)
        with open(blocks, 'wb') as f:
            subprocess.run([driver, '--template', tpl, '--blocks', txt], stdout=f, cwd=root)
        return job, r.returncode == 0 and os.path.exists(pdf), r.stderr.decode()[-300:]

    ncpu = os.cpu_count() or 2
    failed, done = [], []
    with cf.ThreadPoolExecutor(max_workers=ncpu) as ex:
        for job, ok, err in ex.map(render, jobs):
            if ok:
                done.append(job)
            else:
                failed.append('%s: render failed: %s' % (os.path.basename(job[2]), err))
    # pdf.js: one node process per core over its share of the files
    pdfs = [j[2] for j in done]
    parts = [pdfs[k::ncpu] for k in range(ncpu)]
    outs = [os.path.join(tmp, 'pdfjs%d.jsonl' % k) for k in range(ncpu)]
    procs = []
    for part, out in zip(parts, outs):
        if part:
            procs.append(subprocess.Popen(['node', os.path.join(HERE, 'pdfjs_text.mjs'), prefix] + part,
                                          stdout=open(out, 'wb'), stderr=subprocess.PIPE))
    for p in procs:
        _, err = p.communicate()
        if p.returncode != 0:
            failed.append('pdf.js failed: ' + err.decode()[-300:])
    pdfjs = os.path.join(tmp, 'pdfjs.jsonl')
    with open(pdfjs, 'w', encoding='utf-8') as f:
        for out in outs:
            if os.path.exists(out):
                f.write(open(out, encoding='utf-8').read())
    js = {}
    for ln in open(pdfjs, encoding='utf-8'):
        j = json.loads(ln)
        js[os.path.abspath(j['file'])] = j
    totals = {}
    # known losses of poppler's text, each with its reason (KNOWN): such a
    # PDF passes only while poppler's text is its only failure, and fails
    # once it passes, so that its line is removed
    known = {}
    if os.path.exists(KNOWN):
        for ln in open(KNOWN, encoding='utf-8'):
            if ln.strip() and not ln.startswith('#'):
                n, why = ln.rstrip('\n').split('\t', 1)
                if any(n == '%s-%s' % (t, os.path.basename(f)[:-4]) for t in templates for f in files):
                    known[n] = why
    with cf.ThreadPoolExecutor(max_workers=ncpu) as ex:
        for name, fails, res in ex.map(lambda j: check_one(j, pdfjs), done):
            j = js.get(os.path.abspath(os.path.join(tmp, name + '.pdf')))
            if j is not None:
                if not (j.get('markInfo') or {}).get('Marked'):
                    fails.append('pdf.js: MarkInfo not Marked')
                for k, pg in enumerate(j['pages']):
                    if pg['text'].strip() and not (pg['struct'] and pg['struct'].get('children')):
                        fails.append('pdf.js: no structure tree on page %d' % (k + 1))
                        break
            if res:
                for cl, v in res['clients'].items():
                    t = totals.setdefault(cl, [0, 0])
                    t[0] += v['inserted']
                    t[1] += v['lost']
            why = known.pop(name, None)
            if why is not None and fails and all(f.startswith('text poppler: ') for f in fails):
                print('a11y: %s: known (%s): %s' % (name, why, fails[0][:200]))
                continue
            if why is not None and not fails:
                fails = ['passes now: remove it from %s' % KNOWN]
            failed += ['%s: %s' % (name, f) for f in fails]
    failed += ['%s: listed in %s but not rendered' % (n, KNOWN) for n in sorted(known)]
    print('a11y: %d PDFs (%s); text inserted/lost: %s' % (
        len(done), ' '.join(templates), ', '.join('%s %d/%d' % (k, v[0], v[1]) for k, v in totals.items())))
    for f in failed:
        print('FAIL ' + f[:600], file=sys.stderr)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
