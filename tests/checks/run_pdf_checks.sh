#!/bin/sh
# run_pdf_checks.sh - renders every input/*.txt and tests/fixtures/torture.txt
# to PDF with every layout template and measures the result with the tools a
# reader's machine has.
#
#   [PDF_TEMPLATES="brochure gongwen"] tests/checks/run_pdf_checks.sh BIN [FILE.txt...]
#
# PDF_TEMPLATES: the templates to render with (default: every
# templates/*.ini).  The text checks (check_pdf.py) measure the text pages:
# the cover and the key-figures page (the pages labelled without a number)
# are left out; tests/checks/run_template_checks.py checks those.
# BIN is tests/checks/pdf_driver.c built against the library ("pdf_driver FILE OUT"),
# or the CLI once it has `export -t pdf` (any BIN not named *pdf_driver*).
# For each input:
#   - the render succeeds; the characters no font has and the one warning
#     about licensed fonts that fell back to free faces are the only warnings
#   - pdffonts: every font embedded, subset, with a ToUnicode map
#   - pdftotext prints nothing on stderr; qpdf --check is clean
#   - tests/checks/check_pdf.py: body text missing/extra 0 (NFKC, apart from
#     the characters drawn as boxes), line-start/line-end violations 0,
#     numbers and units split 0, 孤字 0, no heading stranded at a page foot,
#     right edges of justified lines (not ending in punctuation) within 0.5 pt
#   - mutool draw -F txt returns the same text
#   - every drawn character has outline data in the embedded font program
#     (ToUnicode -> CIDToGIDMap -> glyf, with fontTools)
# Then (with pdf_driver: BIN or PDF_TEXT_BIN; PDF_TYPESET=0 skips it) every
# text of tests/corpus, tests/fixtures and input/ with every template:
# check_pdf.py --blocks figures all 0 (kinsoku, figure splits across lines
# and pages, widows, orphans, headings at a page foot, display lines broken
# inside a word by ICU's word boundaries, body leading within 5 % of the
# template's, a table's caption or header at a page foot without a body
# row, a note apart from its table, a first or last body row alone), and
# check_rules.py: no glyph across a table's rule or out of its table.
# First check_pdf.py --self-test and check_rules.py --self-test: their figures on
# made-up lines.
# Prints "pdf-checks: N passed, M failed"; exits 1 when anything failed.
# Needs poppler-utils, qpdf, mupdf-tools, python3-fonttools, python3-icu.

set -u
BIN=${1:?usage: run_pdf_checks.sh BIN [FILE.txt...]}
shift
PY=${PYTHON:-/usr/bin/python3}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CHECK=$HERE/check_pdf.py
[ -f "$CHECK" ] || { echo "pdf-checks: $CHECK is missing"; exit 1; }

if [ $# -eq 0 ]; then
    set -- "$ROOT"/input/*.txt
    [ -f "$ROOT/tests/fixtures/torture.txt" ] && set -- "$@" "$ROOT/tests/fixtures/torture.txt"
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/pdf-checks.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM

TEMPLATES=${PDF_TEMPLATES:-$(for f in "$ROOT"/templates/*.ini; do basename "$f" .ini; done)}

TEXT_BIN=${PDF_TEXT_BIN:-}
case $(basename "$BIN") in *pdf_driver*) TEXT_BIN=${TEXT_BIN:-$BIN} ;; esac

passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL $name: $*" >&2; }

# check_pdf.py's own cases first (made-up lines: a table's group rows read
# out of order, a group row at a page foot)
name=check_pdf.py
if out=$($PY "$CHECK" --self-test); then ok; else bad "self-test: $out"; fi
name=check_rules.py
if out=$($PY "$HERE/check_rules.py" --self-test); then ok; else bad "self-test: $out"; fi

render() { # txt pdf errfile
    case $(basename "$BIN") in
    *pdf_driver*) "$BIN" --template "$TPL" "$1" "$2" 2>"$3" ;;
    *)
        mkdir -p "$TMP/cli" &&
            "$BIN" export -t pdf --template "$TPL" -o "$TMP/cli" "$1" 2>"$3" &&
            mv "$TMP/cli/$(basename "$1" .txt).pdf" "$2"
        ;;
    esac
}

# The number of front pages: page labels without a number style (封面,
# 关键数据) before the first numbered one.
cat >"$TMP/front.py" <<'EOF'
import json, subprocess, sys
j = json.loads(subprocess.run(['qpdf', '--json=2', '--json-key=pagelabels', sys.argv[1]],
                              capture_output=True).stdout)
first = [e['index'] for e in j.get('pagelabels', []) if '/S' in e.get('label', {})]
print(first[0] if first else 0)
EOF

# The text the PDF should carry.  Best from the model itself (pdf_driver
# --text: set PDF_TEXT_BIN when BIN is the CLI); else approximated from the
# source: front matter dropped (its title and subtitle printed), table rules
# dropped and cells joined.
cat >"$TMP/clean.py" <<'EOF'
import re, sys
src = open(sys.argv[1], encoding='utf-8-sig').read().splitlines()
meta, body = {}, src
if src and src[0].strip() == '---':
    end = next((i for i in range(1, len(src)) if src[i].strip() == '---'), None)
    if end is not None:
        for ln in src[1:end]:
            m = re.match(r'\s*([A-Za-z]+)\s*[:：]\s*(.*)$', ln)
            if m and not ln.lstrip().startswith('#'):
                meta[m.group(1).lower()] = m.group(2).strip()
        body = src[end + 1:]
out = []
lines = [ln.strip() for ln in body if ln.strip(' \t\u3000')]
if 'title' in meta:
    out.append(meta['title'])
    if lines and re.sub(r'\s', '', lines[0]) == re.sub(r'\s', '', meta['title']):
        lines = lines[1:]
else:
    out.append(lines.pop(0) if lines else '')
if meta.get('subtitle'):
    out.append(meta['subtitle'])
for ln in lines:
    if ln.startswith('|'):
        cells = [c.strip() for c in ln.strip().strip('|').split('|')]
        if all(re.fullmatch(r':?-{1,}:?', c) for c in cells if c):
            continue
        ln = ''.join(cells)
    out.append(ln)
print('\n'.join(out))
EOF

# Every character in a ToUnicode map has a glyph with outline data.
cat >"$TMP/glyphs.py" <<'EOF'
import base64, io, json, re, sys
from fontTools.ttLib import TTFont
objs = json.load(open(sys.argv[1]))['qpdf'][1]
def get(ref):
    return objs.get('obj:' + ref) if isinstance(ref, str) else None
def val(o):
    return o.get('value', o.get('stream', {}).get('dict')) if o else None
def data(ref):
    return base64.b64decode(get(ref)['stream']['data'])
bad, total = [], 0
for key, o in objs.items():
    d = val(o)
    if not isinstance(d, dict) or d.get('/Subtype') != '/Type0':
        continue
    cmap = data(d['/ToUnicode']).decode('latin-1')
    pairs = []
    for blk in re.findall(r'beginbfchar(.*?)endbfchar', cmap, re.S):
        for cid, uni in re.findall(r'<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>', blk):
            u = bytes.fromhex(uni).decode('utf-16-be')
            pairs.append((int(cid, 16), u))
    desc = val(get(d['/DescendantFonts'][0]))
    c2g = desc.get('/CIDToGIDMap')
    c2g = None if c2g == '/Identity' else data(c2g)
    fd = val(get(desc['/FontDescriptor']))
    font = TTFont(io.BytesIO(data(fd['/FontFile2'])))
    glyf, order = font['glyf'], font.getGlyphOrder()
    def inked(gid, depth=0):
        if gid <= 0 or gid >= len(order) or depth > 8:
            return False
        g = glyf[order[gid]]
        if g.isComposite():
            return all(inked(font.getGlyphID(c.glyphName), depth + 1) for c in g.components)
        return g.numberOfContours > 0
    for cid, u in pairs:
        if u.isspace():
            continue
        total += 1
        gid = cid if c2g is None else (int.from_bytes(c2g[2 * cid:2 * cid + 2], 'big') if 2 * cid + 1 < len(c2g) else 0)
        if not inked(gid):
            bad.append('%s U+%04X cid %d gid %d' % (d['/BaseFont'], ord(u[0]), cid, gid))
print(json.dumps({'characters': total, 'without_outline': len(bad), 'examples': bad[:10]}))
sys.exit(1 if bad or total == 0 else 0)
EOF

# The figures of check_pdf.py that must hold.
cat >"$TMP/judge.py" <<'EOF'
import json, re, sys
r = json.load(open(sys.argv[1]))
boxes = int(sys.argv[2])
f = r.get('fidelity', {})
k = r.get('kinsoku', {})
j = r.get('justification', {})
lay = r.get('layout', {})
fonts = r.get('fonts') or {}
problems = []
def need(cond, what):
    if not cond:
        problems.append(what)
need(fonts.get('all_embedded') and fonts.get('all_subset') and fonts.get('all_tounicode'),
     'fonts embedded/subset/tounicode: %s' % {x: fonts.get(x) for x in ('all_embedded', 'all_subset', 'all_tounicode')})
need(r.get('page_size_is_a4'), 'page size %s' % r.get('page_size_pt'))
need(f.get('missing_body_nfkc') == boxes and f.get('extra_body_nfkc') == 0,
     'text missing %s extra %s (boxes %d): %s' % (f.get('missing_body_nfkc'), f.get('extra_body_nfkc'), boxes,
                                                 f.get('examples_body', [])[:3]))
need(r.get('poppler_stderr', {}).get('count') == 0, 'poppler stderr %s' % r.get('poppler_stderr'))
# a paragraph may itself begin with a mark (a —— bullet, an ellipsis): only
# lines that do not start a paragraph count
starts = [re.sub(r'\s+', '', ln) for ln in open(sys.argv[3], encoding='utf-8')]
def para_start(ex):
    t = ex.split(': ', 1)[1] if ': ' in ex else ex
    return any(p.startswith(t) for p in starts if p)
ks = [e for e in k.get('examples_start', []) if e and not para_start(e)
      and e.split(': ', 1)[-1][:1] in '，。、；：？！）》」』”’…—,.;:?!)']
need(not ks, 'line starts %s' % ks[:5])
need(k.get('line_end_opening') == 0, 'line ends %s' % k.get('examples_end'))
need(k.get('numbers_split_across_lines') == 0, 'numbers split %s' % k.get('examples_split_numbers'))
need(k.get('multichar_unit_split') == 0, 'units split %s' % k.get('examples_unit_split'))
need(lay.get('single_char_last_lines') == 0, '孤字 %s' % lay.get('examples_single'))
need(not lay.get('headings_stranded_at_page_foot'), 'stranded %s' % lay.get('headings_stranded_at_page_foot'))
if j.get('lines_not_ending_in_punct'):
    need(j.get('spread_pt_not_ending_in_punct', 99) <= 0.5,
         'right edges spread %s pt' % j.get('spread_pt_not_ending_in_punct'))
need(r.get('ok'), 'check_pdf errors %s' % r.get('errors'))
print('pages %s, %s bytes, text %s/%s, justified lines %s (spread %s pt, %s pt with line-end marks), leading %s pt' % (
    r.get('pages'), r.get('file_bytes'), f.get('pdf_chars_body'), f.get('source_chars'),
    j.get('lines_measured'), j.get('spread_pt_not_ending_in_punct'), j.get('spread_pt'),
    lay.get('leading_pt_median')))
for p in problems:
    print('  problem: ' + p[:600])
sys.exit(1 if problems else 0)
EOF

# Every text of the corpus, the fixtures and input/ with every template,
# rendered in parallel: check_pdf.py's typesetting figures (--blocks from
# pdf_driver) must all be 0: kinsoku, figure splits, widows, orphans,
# headings at a page foot, display lines broken inside a word, leading
# more than 5 % off the template's, a 落款 and date split, left of the
# middle or alone on a page, a table's caption or header rows at a page
# foot without a row of the table, a note below a table apart from its
# last row, a table's first or last body row alone on a page, a table's
# text below the type area's foot, a caption less than 0.7 of its line's
# height above its table's first row; and (check_rules.py, on mutool's trace) a
# glyph across a table's rule or out of its table, a rule out of the type area.
cat >"$TMP/typeset.py" <<'EOF'
# typeset.py DRIVER CHECK ROOT TMP TEMPLATE...
import concurrent.futures as cf, glob, json, os, re, subprocess, sys
binp, check, root, tmp = sys.argv[1:5]
textbin = binp
templates = sys.argv[5:]
py = os.environ.get('PYTHON', '/usr/bin/python3')
files = sorted(glob.glob(os.path.join(root, 'tests/corpus/*.txt'))) + \
    sorted(glob.glob(os.path.join(root, 'tests/fixtures/*.txt'))) + sorted(glob.glob(os.path.join(root, 'input/*.txt')))
MUST = ('line_start', 'line_end', 'figure_splits', 'widows', 'orphans', 'headings_at_foot',
        'display_word_breaks', 'leading_off', 'signoff_split', 'signoff_left', 'signoff_alone',
        'table_heads_at_foot', 'table_notes_apart', 'table_rows_alone', 'table_below_foot',
        'table_caption_tight', 'rules_outside', 'cells_over')
RULES = os.path.join(os.path.dirname(check), 'check_rules.py')


def length(v, em):
    m = re.fullmatch(r'\s*([\d.]+)\s*(mm|cm|pt|in|em)?\s*', v)
    x, u = float(m.group(1)), m.group(2) or 'pt'
    return x * {'mm': 72 / 25.4, 'cm': 72 / 2.54, 'pt': 1, 'in': 72, 'em': em}[u]


def ini(tpl):
    """A template's keys as section.key -> value (comments after ';' dropped)."""
    kv, sec = {}, ''
    for ln in open(os.path.join(root, 'templates', tpl + '.ini'), encoding='utf-8'):
        ln = ln.split(';')[0].strip()
        if ln.startswith('['):
            sec = ln.strip('[]')
        elif '=' in ln:
            k, v = (x.strip() for x in ln.split('=', 1))
            kv[sec + '.' + k] = v
    return kv


def foot(tpl):
    """The type area's foot, pt from the top of an A4 page: margin_top + type_height, or the
    page less margin_bottom (25 mm when not set)."""
    kv = ini(tpl)
    if 'page.type_height' in kv:
        return length(kv.get('page.margin_top', '25mm'), 0) + length(kv['page.type_height'], 0)
    return 841.89 - length(kv.get('page.margin_bottom', '25mm'), 0)


def sides(tpl):
    """The type area's left and right edges, pt from the page's left (A4): margin_left, and
    margin_left + type_width or the page less margin_right (25 mm when not set)."""
    kv = ini(tpl)
    left = length(kv.get('page.margin_left', '25mm'), 0)
    if 'page.type_width' in kv:
        return left, left + length(kv['page.type_width'], 0)
    return left, 595.28 - length(kv.get('page.margin_right', '25mm'), 0)


def leading(tpl):
    """The template's body leading: line_pitch, or the type height over lines_per_page - 1
    rows after the first body line (GB/T 9704)."""
    kv = ini(tpl)
    if 'grid.chars_per_line' in kv:
        body = length(kv['page.type_width'], 0) / int(kv['grid.chars_per_line'])
    else:
        body = length(kv.get('grid.body_size', '10.5pt'), 0)
    if 'grid.lines_per_page' in kv:
        n = int(kv['grid.lines_per_page'])
        return (length(kv['page.type_height'], body) - body) / (n - 1)
    return length(kv.get('grid.line_pitch', '1.75em'), body)


def one(tpl, txt):
    name = '%s-%s' % (tpl, os.path.basename(txt)[:-4])
    pdf, blk = os.path.join(tmp, name + '.ts.pdf'), os.path.join(tmp, name + '.blocks')
    r = subprocess.run([binp, '--template', tpl, txt, pdf], capture_output=True)
    if r.returncode != 0:
        return name, None, 'render failed: ' + r.stderr.decode()[:300]
    with open(blk, 'wb') as f:
        subprocess.run([textbin, '--template', tpl, '--blocks', txt], stdout=f)
    labels = subprocess.run(['qpdf', '--json=2', '--json-key=pagelabels', pdf], capture_output=True).stdout
    first = [e['index'] for e in json.loads(labels).get('pagelabels', []) if '/S' in e.get('label', {})]
    front = first[0] if first else 0
    r = subprocess.run([py, check, pdf, '--blocks', blk, '--front', str(front), '--leading',
                        '%.3f' % LEAD[tpl], '--foot', '%.3f' % FOOT[tpl], '--examples', '3'],
                       capture_output=True)
    try:
        j = json.loads(r.stdout)
    except ValueError:
        return name, None, 'check_pdf failed: ' + r.stderr.decode()[-300:]
    if not j.get('ok'):
        return name, None, 'check_pdf errors: %s' % j.get('errors')
    # no cell over a rule or out of the type area (check_rules.py, mutool's trace)
    r = subprocess.run([py, RULES, pdf, '--left', '%.3f' % SIDES[tpl][0], '--right', '%.3f' % SIDES[tpl][1],
                        '--examples', '3'], capture_output=True)
    try:
        rules = json.loads(r.stdout)
    except ValueError:
        return name, None, 'check_rules failed: ' + r.stderr.decode()[-300:]
    ts = dict(j['typeset'])
    ts['examples'] = dict(ts.get('examples', {}))
    for k in ('rules_outside', 'cells_over'):
        ts[k] = rules[k]
        ts['examples'][k] = rules['examples']
    return name, ts, None


LEAD = {t: leading(t) for t in templates}
FOOT = {t: foot(t) for t in templates}
SIDES = {t: sides(t) for t in templates}
jobs = [(t, f) for t in templates for f in files]
total = {k: 0 for k in MUST}
bad = []
with cf.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as ex:
    for name, ts, err in ex.map(lambda a: one(*a), jobs):
        if err:
            bad.append(name + ': ' + err)
            continue
        for k in MUST:
            total[k] += ts[k]
        if any(ts[k] for k in MUST):
            bad.append('%s: %s' % (name, ', '.join('%s %d %s' % (k, ts[k], ts['examples'][k])
                                                     for k in MUST if ts[k])))
print('typeset: %d PDFs (%s); %s' % (len(jobs), ' '.join(templates),
                                     ', '.join('%s %d' % kv for kv in total.items())))
for b in bad:
    print('FAIL typeset ' + b[:700], file=sys.stderr)
sys.exit(1 if bad else 0)
EOF

cat >"$TMP/same.py" <<'EOF'
import re, sys, unicodedata
def norm(path, folio):
    t = open(path, encoding='utf-8', errors='replace').read()
    if folio:
        t = '\n'.join(ln for ln in t.splitlines() if not re.fullmatch(r'[\s—-]*\d+[\s—-]*', ln))
    return unicodedata.normalize('NFKC', re.sub(r'\s+', '', t))
args = [a for a in sys.argv[1:] if a != '--sorted']
a, b = norm(args[0], True), norm(args[1], True)
if '--sorted' in sys.argv:
    a, b = ''.join(sorted(a)), ''.join(sorted(b))
if a != b:
    i = next((i for i in range(min(len(a), len(b))) if a[i] != b[i]), min(len(a), len(b)))
    print('mutool and pdftotext differ at %d: %r / %r' % (i, a[i:i + 20], b[i:i + 20]))
    sys.exit(1)
EOF

for TPL in $TEMPLATES; do
for txt in "$@"; do
    name=$TPL-$(basename "$txt" .txt)
    pdf="$TMP/$name.pdf"
    if ! render "$txt" "$pdf" "$TMP/$name.err" || [ ! -s "$pdf" ]; then
        bad "render failed: $(cat "$TMP/$name.err")"
        continue
    fi
    ok
    boxes=$(grep -c "no font has" "$TMP/$name.err")
    if [ "$(grep -c "licensed fonts not found" "$TMP/$name.err")" -gt 1 ]; then
        bad "more than one warning about licensed fonts"
    elif grep -v -e "no font has" -e "licensed fonts not found" "$TMP/$name.err" | grep -q .; then
        bad "unexpected messages: $(grep -v -e "no font has" -e "licensed fonts not found" "$TMP/$name.err")"
    else ok; fi

    # fonts
    fonts=$(pdffonts "$pdf" 2>&1 | tail -n +3)
    if [ -z "$fonts" ] || echo "$fonts" | awk '{ n = NF; if ($(n-4) != "yes" || $(n-3) != "yes" || $(n-2) != "yes") exit 1 }'; then
        [ -n "$fonts" ] && ok || bad "no fonts"
    else bad "pdffonts: $fonts"; fi

    # extraction and structure
    pdftotext -enc UTF-8 "$pdf" "$TMP/$name.poppler.txt" 2>"$TMP/$name.poppler.err"
    if [ -s "$TMP/$name.poppler.err" ]; then bad "pdftotext stderr: $(head -3 "$TMP/$name.poppler.err")"; else ok; fi
    if qpdf --check "$pdf" >"$TMP/$name.qpdf" 2>&1; then ok; else bad "qpdf --check: $(tail -3 "$TMP/$name.qpdf")"; fi
    front=$($PY "$TMP/front.py" "$pdf")
    textpdf=$pdf
    if [ "${front:-0}" -gt 0 ]; then
        textpdf="$TMP/$name.text.pdf"
        qpdf "$pdf" --pages "$pdf" "$((front + 1))-z" -- "$textpdf" || bad "qpdf --pages"
    fi
    # the same text from both extractors: in the same order on the text
    # pages; the same characters on the whole file (the key-figures page
    # has two columns, which extractors read in different orders)
    pdftotext -enc UTF-8 "$textpdf" "$TMP/$name.poppler.text.txt" 2>/dev/null
    if mutool draw -q -F txt -o "$TMP/$name.mutool.txt" "$pdf" 2>"$TMP/$name.mutool.err" &&
        mutool draw -q -F txt -o "$TMP/$name.mutool.text.txt" "$textpdf" 2>>"$TMP/$name.mutool.err" &&
        $PY "$TMP/same.py" "$TMP/$name.mutool.text.txt" "$TMP/$name.poppler.text.txt" &&
        $PY "$TMP/same.py" --sorted "$TMP/$name.mutool.txt" "$TMP/$name.poppler.txt"; then ok; else bad "mutool text"; fi

    # typesetting figures
    if [ -n "$TEXT_BIN" ]; then
        "$TEXT_BIN" --template "$TPL" --text "$txt" >"$TMP/$name.src.txt"
    else
        $PY "$TMP/clean.py" "$txt" >"$TMP/$name.src.txt"
    fi
    $PY "$CHECK" "$textpdf" --source "$TMP/$name.src.txt" --examples 100000 >"$TMP/$name.json"
    if out=$($PY "$TMP/judge.py" "$TMP/$name.json" "$boxes" "$TMP/$name.src.txt"); then
        ok
        echo "  $name: $out"
    else
        bad "check_pdf.py: $out"
    fi

    # outlines of every drawn character
    qpdf --json=2 --json-key=qpdf --json-stream-data=inline --decode-level=generalized "$pdf" "$TMP/$name.qjson" 2>/dev/null
    if out=$($PY "$TMP/glyphs.py" "$TMP/$name.qjson"); then ok; else bad "glyph outlines: $out"; fi
done
done

if [ -n "$TEXT_BIN" ] && [ "${PDF_TYPESET:-1}" != 0 ]; then
    # shellcheck disable=SC2086
    if $PY "$TMP/typeset.py" "$TEXT_BIN" "$CHECK" "$ROOT" "$TMP" $TEMPLATES; then ok; else
        failed=$((failed + 1)); echo "FAIL typeset: see above" >&2; fi
fi

echo "pdf-checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
