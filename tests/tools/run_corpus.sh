#!/bin/sh
# Corpus tests: every tests/corpus/NAME.txt (real public texts, kept as
# found) must pass `bulletin check`; the outline of its dump (structural
# parts in order, see tests/tools/corpus_outline.py) must equal
# tests/golden/corpus/NAME.expect, written by reading the text; and the
# full dump must equal tests/golden/corpus/NAME.dump (a regression
# golden).  A missing .expect fails.  NAME.xfail (one line: why) marks
# a text whose outline the parser does not reach yet: a mismatch is then
# counted as a known failure, and a match fails until the .xfail goes.
# Usage: run_corpus.sh BULLETIN [--update-dumps]
bin=$1
update=$2
python=${PYTHON:-python3}
dir=$(dirname "$0")
pass=0
fail=0
xfail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "$dir"/../corpus/*.txt; do
    [ -e "$f" ] || continue
    n=$(basename "$f" .txt)
    bad=0
    if ! "$bin" check "$f" >/dev/null 2>"$tmp/check"; then
        echo "corpus: $n: check failed:"; cat "$tmp/check"; bad=1
    fi
    "$bin" dump "$f" >"$tmp/dump" 2>/dev/null || { echo "corpus: $n: dump failed"; bad=1; }
    "$python" "$dir/corpus_outline.py" <"$tmp/dump" >"$tmp/outline"
    exp="$dir/../golden/corpus/$n.expect"
    xf="$dir/../golden/corpus/$n.xfail"
    if [ ! -e "$exp" ]; then
        echo "corpus: $n: no $exp"; bad=1
    elif ! diff -u "$exp" "$tmp/outline" >"$tmp/diff"; then
        if [ -e "$xf" ]; then
            xfail=$((xfail + 1))
        else
            echo "corpus: $n: outline differs from $exp:"; head -30 "$tmp/diff"; bad=1
        fi
    elif [ -e "$xf" ]; then
        echo "corpus: $n: outline matches now: remove $xf"; bad=1
    fi
    gold="$dir/../golden/corpus/$n.dump"
    if [ "$update" = "--update-dumps" ]; then
        cp "$tmp/dump" "$gold"
    elif [ ! -e "$gold" ]; then
        echo "corpus: $n: no $gold"; bad=1
    elif ! cmp -s "$gold" "$tmp/dump"; then
        echo "corpus: $n: dump differs from $gold:"; diff -u "$gold" "$tmp/dump" | head -20; bad=1
    fi
    if [ $bad -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "corpus: $pass passed ($xfail with a known outline failure, see tests/golden/corpus/*.xfail), $fail failed"
[ $fail -eq 0 ]
