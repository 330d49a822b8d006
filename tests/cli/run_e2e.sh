#!/bin/sh
# End-to-end tests of the command line: exit statuses, messages, atomic
# outputs, and the main job over every input/*.txt.
# Usage: run_e2e.sh BULLETIN
bin=$1
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "e2e: FAIL: $*"; }
# expect NAME STATUS CMD...: runs CMD, checks its exit status
expect() {
    name=$1 want=$2; shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    got=$?
    if [ "$got" -eq "$want" ]; then ok; else no "$name: exit $got, expected $want"; cat "$tmp/err"; fi
}
grep_err() { # NAME PATTERN
    if grep -q -- "$2" "$tmp/err"; then ok; else no "$1: stderr lacks '$2'"; cat "$tmp/err"; fi
}

# Usage and information
expect "--help" 0 "$bin" --help
grep -q "bulletin export" "$tmp/out" && ok || no "--help lists export"
expect "--version" 0 "$bin" --version
grep -q "^bulletin [0-9]" "$tmp/out" && ok || no "--version prints the version"
expect "--bogus" 2 "$bin" --bogus
grep_err "--bogus" "Try 'bulletin --help'"
expect "no command" 2 "$bin"
expect "unknown command" 2 "$bin" frobnicate x.txt
expect "option for another command" 2 "$bin" check -t pdf input/hubei-ip-top10-2023.txt
expect "-j out of range" 2 "$bin" export -j 0 input/
expect "dump needs one file" 2 "$bin" dump

# --help, the man page and the README name the same options
"$bin" --help >"$tmp/help"
for opt in $(grep -o -- '--[a-z][a-z-]*' "$tmp/help" | sort -u); do
    grep -qF -- "$(echo "$opt" | sed 's/-/\\-/g')" src/cli/bulletin.1 && ok || no "man page lacks $opt"
    grep -q -- "$opt" README.md && ok || no "README lacks $opt"
done
man -l src/cli/bulletin.1 >/dev/null 2>"$tmp/manerr" || true
[ ! -s "$tmp/manerr" ] && ok || no "man page warnings: $(head -3 "$tmp/manerr")"

# Templates
"$bin" templates >"$tmp/tpl" 2>&1 && ok || no "bulletin templates"
grep -q '^brochure ' "$tmp/tpl" && grep -q '^gongwen ' "$tmp/tpl" && ok || no "templates listed: $(cat "$tmp/tpl")"

# Bad input: file:line:column, exit 1
printf '\377\376\000' >"$tmp/utf16.txt"
printf '\377\376\000' | "$bin" check - >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] && ok || no "check - on UTF-16 bytes exits 1"
grep_err "stdin error" "^bulletin: -:1:1: error:"
expect "missing file" 1 "$bin" check "$tmp/none.txt"
grep_err "missing file" "none.txt: error: cannot open"
expect "check good and bad" 1 "$bin" check input/hubei-ip-top10-2023.txt tests/fixtures/bad/nul.txt
grep_err "check names the bad file" "tests/fixtures/bad/nul.txt:2:3: error: NUL byte"

# The reference bulletin: title, lead, ten sections, no ASCII comma by Han
"$bin" dump input/hubei-ip-top10-2023.txt >"$tmp/ref.dump" 2>"$tmp/err"
[ $? -eq 0 ] && ok || no "dump of the reference"
[ "$(grep -c '^  SECTION ' "$tmp/ref.dump")" -eq 10 ] && ok || no "ten sections"
[ "$(grep -c '^    PARAGRAPH' "$tmp/ref.dump")" -eq 11 ] && ok || no "eleven paragraphs"
grep -q '^  TITLE "湖北：发布2023年湖北知识产权十件大事" @1:1$' "$tmp/ref.dump" && ok || no "title"
grep -q '^  SECTION 6 "知识产权金融工作取得新突破，服务实体经济彰显新作为" @13:1$' "$tmp/ref.dump" \
    && ok || no "section 6 heading"
/usr/bin/python3 - "$tmp/ref.dump" <<'PY' && ok || no "an ASCII comma touches a Han character"
import re, sys
t = open(sys.argv[1], encoding="utf-8").read()
sys.exit(1 if re.search(r"[\u4e00-\u9fff],|,[\u4e00-\u9fff]", t) else 0)
PY
[ ! -s "$tmp/err" ] && ok || no "the reference parses without warnings"

# Atomic output: a failed run leaves an earlier output untouched, no temp files
mkdir -p "$tmp/o"
"$bin" dump -o "$tmp/o/x.dump" input/hubei-ip-top10-2023.txt && ok || no "dump -o"
cmp -s "$tmp/o/x.dump" "$tmp/ref.dump" && ok || no "dump -o equals stdout dump"
expect "dump -o on bad input" 1 "$bin" dump -o "$tmp/o/x.dump" tests/fixtures/bad/nul.txt
cmp -s "$tmp/o/x.dump" "$tmp/ref.dump" && ok || no "failed run replaced a good output"
[ "$(ls -A "$tmp/o" | wc -l)" -eq 1 ] && ok || no "temporary files left: $(ls -A "$tmp/o")"
expect "dump -o into missing dir" 1 "$bin" dump -o "$tmp/missing/x.dump" input/hubei-ip-top10-2023.txt
grep_err "cannot create" "cannot create"
if [ -w /dev/full ]; then
    expect "dump to a full disk" 1 sh -c "'$bin' dump input/hubei-ip-top10-2023.txt >/dev/full"
fi

# export -t dump over a folder, with one broken file among good ones
mkdir -p "$tmp/in" "$tmp/out2"
cp input/hubei-ip-top10-2023.txt "$tmp/in/a.txt"
cp tests/fixtures/work-report.txt "$tmp/in/b.txt"
cp tests/fixtures/bad/nul.txt "$tmp/in/c.txt"
echo ignored >"$tmp/in/notes.md"
expect "export with a broken file" 1 "$bin" export -t dump -o "$tmp/out2" "$tmp/in"
grep_err "export summary" "2 exported, 1 failed"
grep_err "export names the failure" "c.txt:2:3: error"
[ -f "$tmp/out2/a.dump.txt" ] && [ -f "$tmp/out2/b.dump.txt" ] && [ ! -e "$tmp/out2/c.dump.txt" ] \
    && ok || no "export outputs: $(ls -A "$tmp/out2")"
[ "$(ls -A "$tmp/out2" | wc -l)" -eq 2 ] && ok || no "export left extra files"
cp "$tmp/in/a.txt" "$tmp/a.txt"
expect "two inputs, one output name" 2 "$bin" export -t dump -o "$tmp/out2" "$tmp/in/a.txt" "$tmp/a.txt"
mkdir -p "$tmp/def"
expect "export writes PDF and XLSX by default" 0 "$bin" export -o "$tmp/def" input/hubei-ip-top10-2023.txt
[ "$(ls "$tmp/def")" = "$(printf 'hubei-ip-top10-2023.pdf\nhubei-ip-top10-2023.xlsx')" ] \
    && ok || no "default outputs: $(ls "$tmp/def")"
/usr/bin/python3 - "$tmp/def/hubei-ip-top10-2023.xlsx" <<'PY' && ok || no "PDF页码 filled from the PDF of the same run"
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["数据"]
col = [c.value for c in ws[1]].index("PDF页码") + 1
pages = [ws.cell(r, col).value for r in range(2, ws.max_row + 1)]
assert all(isinstance(p, int) and p >= 1 for p in pages), pages
assert pages == sorted(pages), pages
PY
expect "export into a file" 1 "$bin" export -t dump -o "$tmp/a.txt" input/

# The main job: every input/*.txt
mkdir -p "$tmp/main"
expect "main job" 0 "$bin" export -t dump -o "$tmp/main" input/
for f in input/*.txt; do
    n=$(basename "$f" .txt)
    cmp -s "$tmp/main/$n.dump.txt" "tests/golden/dump/$n.dump" && ok || no "main job output for $f"
done

echo "e2e: $pass passed, $fail failed"
[ $fail -eq 0 ]
