#!/bin/sh
# run_a11y_checks.sh - the PDFs as readers and screen readers get them.
#
#   tests/checks/run_a11y_checks.sh DRIVER NODE_PREFIX
#
# DRIVER is tests/checks/pdf_driver.c built against the library; NODE_PREFIX the
# folder whose node_modules holds pdfjs-dist (make test-deps installs it
# under build/npm).  tests/checks/a11y_corpus.py renders every text of
# tests/corpus, tests/fixtures and input/ with every template and checks
# each PDF: the text of poppler, MuPDF and pdf.js equals the source's
# (check_text.py; test_check_text.py: it fails on a PDF whose real text is
# missing or out of order, a table's repeated labels not standing in for
# them), Tagged: yes with /Lang, /MarkInfo and DisplayDocTitle,
# the structure tree's text in reading order (pdfinfo -struct-text), a
# tree from pdf.js's getStructTree on every page, the XMP metadata.  Then
# PDF/A-2u (--pdfa) of the reference and a table text in every template
# (pdfa_check.py: the clauses it lists) and qpdf --check, and the same
# bytes from two renders.
# Prints "a11y-checks: N passed, M failed"; exits 1 when anything failed.
# Needs poppler-utils, qpdf, mupdf-tools, node and pdfjs-dist.
set -u
DRIVER=${1:?usage: run_a11y_checks.sh DRIVER NODE_PREFIX}
PREFIX=${2:?usage: run_a11y_checks.sh DRIVER NODE_PREFIX}
PY=${PYTHON:-/usr/bin/python3}
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
case $DRIVER in /*) ;; *) DRIVER=$(pwd)/$DRIVER ;; esac
case $PREFIX in /*) ;; *) PREFIX=$(pwd)/$PREFIX ;; esac
TMP=$(mktemp -d "${TMPDIR:-/tmp}/a11y-checks.XXXXXX") || exit 1
trap 'rm -rf "$TMP"' EXIT INT TERM
TEMPLATES=${PDF_TEMPLATES:-$(for f in "$ROOT"/templates/*.ini; do basename "$f" .ini; done)}

passed=0
failed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL a11y: $*" >&2; }

[ -f "$PREFIX/node_modules/pdfjs-dist/package.json" ] || { bad "no pdfjs-dist under $PREFIX (make test-deps)"; }

# shellcheck disable=SC2086
if $PY "$HERE/a11y_corpus.py" "$DRIVER" "$ROOT" "$TMP" "$PREFIX" $TEMPLATES; then ok; else bad "corpus: see above"; fi

# the text check itself: it rejects a table in parts with a label missing or figures swapped
mkdir -p "$TMP/tct"
if $PY "$HERE/test_check_text.py" "$DRIVER" "$ROOT" "$TMP/tct" "$PREFIX"; then ok; else bad "test_check_text.py: see above"; fi

# PDF/A-2u (--pdfa): the reference and a table text in both templates
for TPL in $TEMPLATES; do
    for txt in "$ROOT/input/hubei-ip-top10-2023.txt" "$ROOT/tests/corpus/stats-yuhuan-2019.txt"; do
        pdf=$TMP/pdfa-$TPL-$(basename "$txt" .txt).pdf
        if ! (cd "$ROOT" && "$DRIVER" --pdfa --template "$TPL" "$txt" "$pdf" 2>/dev/null); then
            bad "--pdfa render failed: $TPL $(basename "$txt")"
        elif out=$($PY "$HERE/pdfa_check.py" "$pdf"); then ok; else
            bad "PDF/A $TPL $(basename "$txt"): $out"
        fi
        if qpdf --check "$pdf" >/dev/null 2>&1; then ok; else bad "qpdf --check $pdf"; fi
    done
done

# the same bytes from two renders
ref=$ROOT/input/hubei-ip-top10-2023.txt
(cd "$ROOT" && "$DRIVER" "$ref" "$TMP/a.pdf" 2>/dev/null && "$DRIVER" "$ref" "$TMP/b.pdf" 2>/dev/null)
if cmp -s "$TMP/a.pdf" "$TMP/b.pdf"; then ok; else bad "two renders differ"; fi

echo "a11y-checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
