#!/bin/sh
# run_install.sh: `make install PREFIX=...` right after `make`, as a user
# installs into a prefix of their own: the data folder compiled in changes,
# so the whole library is compiled again (into a scratch build folder, the
# checkout's build/ untouched).  The installed program runs from /.  Too
# slow for make test (a full compile); make test-slow and .ci/run run it.
# Prints "install: N passed, M failed".
set -u
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REF=$ROOT/input/hubei-ip-top10-2023.txt
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "install: FAIL: $1"; }

make -s -j2 -C "$ROOT" install PREFIX="$tmp/x" BUILD="$tmp/b" >"$tmp/mk" 2>&1 || no "make install PREFIX: $(tail -3 "$tmp/mk")"
grep -q "^$tmp/x\$" "$tmp/b/prefix.stamp" && ok || no "the scratch build does not carry PREFIX"
(cd / && "$tmp/x/bin/bulletin" export -q -t pdf,xlsx -o "$tmp/inst" "$REF") && [ -f "$tmp/inst/hubei-ip-top10-2023.xlsx" ] \
    && ok || no "the installed program run from /"
"$tmp/x/bin/bulletin" templates | grep -q '^gongwen ' && ok || no "the installed program lists no templates"
# the folder compiled in is the fallback: a copy of the program alone
# (no share/ beside it, outside any checkout) finds the data there
mkdir "$tmp/alone" && cp "$tmp/x/bin/bulletin" "$tmp/alone/" \
    && (cd / && "$tmp/alone/bulletin" export -q -t pdf -o "$tmp/inst3" "$REF") && [ -f "$tmp/inst3/hubei-ip-top10-2023.pdf" ] \
    && ok || no "a copy of the program alone does not find the PREFIX data"
make -s -C "$ROOT" uninstall PREFIX="$tmp/x" BUILD="$tmp/b" >"$tmp/mk" 2>&1 || no "make uninstall PREFIX: $(tail -3 "$tmp/mk")"
[ ! -e "$tmp/x/bin/bulletin" ] && [ ! -e "$tmp/x/share/bulletin" ] && ok || no "uninstall left the program or its data"
echo "install: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
