#!/bin/sh
# Golden tests: the dump of every input/*.txt and tests/fixtures/*.txt
# must equal tests/golden/dump/NAME.dump (and its warnings NAME.stderr); every
# tests/fixtures/bad/*.txt must fail with exit 1, print exactly
# tests/golden/bad/NAME.err and nothing on stdout.
# Usage: run_golden.sh BULLETIN [--update]
bin=$1
update=$2
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

check() { # name expected actual
    if [ "$update" = "--update" ]; then
        if [ -s "$3" ]; then cp "$3" "$2"; else rm -f "$2"; fi
        return
    fi
    if [ ! -e "$2" ] && [ ! -s "$3" ]; then return; fi
    if [ -e "$2" ] && cmp -s "$2" "$3"; then return; fi
    echo "golden: $1: output differs from $2:"
    if [ -e "$2" ]; then diff -u "$2" "$3" | head -20; else head -5 "$3"; fi
    bad=1
}

for f in input/*.txt tests/fixtures/*.txt; do
    [ -e "$f" ] || continue
    n=$(basename "$f" .txt)
    bad=0
    "$bin" dump "$f" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "golden: $f: exit $rc"; cat "$tmp/err"; bad=1
    fi
    check "$f" "tests/golden/dump/$n.dump" "$tmp/out"
    check "$f (stderr)" "tests/golden/dump/$n.stderr" "$tmp/err"
    if [ $bad -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done

for f in tests/fixtures/bad/*.txt; do
    [ -e "$f" ] || continue
    n=$(basename "$f" .txt)
    bad=0
    "$bin" dump "$f" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ $rc -ne 1 ]; then echo "golden: $f: exit $rc, expected 1"; bad=1; fi
    if [ -s "$tmp/out" ]; then echo "golden: $f: wrote to stdout on failure"; bad=1; fi
    check "$f (error)" "tests/golden/bad/$n.err" "$tmp/err"
    if [ $bad -eq 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done

[ "$update" = "--update" ] && { echo "golden: updated tests/golden/"; exit 0; }
echo "golden: $pass passed, $fail failed"
[ $fail -eq 0 ]
