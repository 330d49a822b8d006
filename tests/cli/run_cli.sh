#!/bin/sh
# run_cli.sh BIN: the command line a new user expects (issue 20): output
# folders and files, options checked once, getopt_long, names and order,
# data found from the program's place, terminal manners, shards.
# Prints "cli: N passed, M failed".
set -u
BIN=$(cd "$(dirname "${1:?usage: run_cli.sh BIN}")" && pwd)/$(basename "$1")
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
REF=$ROOT/input/hubei-ip-top10-2023.txt
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM
pass=0 fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "cli: FAIL: $1"; }
run() { "$@" >"$tmp/out" 2>"$tmp/err"; echo $?; }

# -o DIR creates the folder and its parents; the default output/ too
[ "$(run "$BIN" export -q -t json -o "$tmp/new/deep/dir" "$REF")" = 0 ] && [ -f "$tmp/new/deep/dir/hubei-ip-top10-2023.json" ] \
    && ok || no "-o newdir: $(cat "$tmp/err")"
mkdir "$tmp/cwd" && (cd "$tmp/cwd" && "$BIN" export -q -t json "$REF") && [ -f "$tmp/cwd/output/hubei-ip-top10-2023.json" ] \
    && ok || no "default output/ not created"

# -o NAME.ext with one input writes exactly that file, the format from the name
for ext in pdf xlsx json tsv; do
    [ "$(run "$BIN" export -q -o "$tmp/report.$ext" "$REF")" = 0 ] && [ -f "$tmp/report.$ext" ] \
        && [ "$(ls "$tmp" | grep -c '^report')" -ge 1 ] && ok || no "-o report.$ext: $(cat "$tmp/err")"
done
head -c 5 "$tmp/report.pdf" | grep -q '%PDF-' && ok || no "report.pdf is not a PDF"
head -c 2 "$tmp/report.xlsx" | grep -q 'PK' && ok || no "report.xlsx is not a zip"
head -1 "$tmp/report.tsv" | grep -q '^section	value' && ok || no "report.tsv is not the figures TSV"
[ "$(run "$BIN" export -o "$tmp/two.pdf" "$REF" "$ROOT/tests/fixtures/fig-city.txt")" = 2 ] && ok || no "-o FILE with two inputs is not a usage error"
[ "$(run "$BIN" export -t xlsx -o "$tmp/r.pdf" "$REF")" = 2 ] && grep -q 'is a pdf file' "$tmp/err" && ok || no "-o r.pdf -t xlsx: $(cat "$tmp/err")"

# A bad template name, with a folder of 6 inputs: one message, exit 2, no work
mkdir "$tmp/six" && for i in 1 2 3 4 5 6; do cp "$REF" "$tmp/six/b$i.txt"; done
for t in pdf xlsx; do
    [ "$(run "$BIN" export -t $t --template nosuch -o "$tmp/o6" "$tmp/six")" = 2 ] && ok || no "--template nosuch -t $t: not exit 2"
    [ "$(grep -c 'nosuch' "$tmp/err")" = 1 ] && ok || no "--template nosuch -t $t: $(grep -c nosuch "$tmp/err") messages"
    [ ! -e "$tmp/o6" ] || [ -z "$(ls -A "$tmp/o6")" ] && ok || no "--template nosuch -t $t wrote outputs"
done
[ "$(run "$BIN" export -t pdfx "$REF")" = 2 ] && [ "$(wc -l <"$tmp/err")" = 2 ] && ok || no "a bad format: $(cat "$tmp/err")"

# -t accumulates, any case; long options abbreviate (getopt_long)
[ "$(run "$BIN" export -q -t pdf -t JSON --temp gongwen -o "$tmp/acc" "$REF")" = 0 ] \
    && [ "$(ls "$tmp/acc" | tr '\n' ' ')" = "hubei-ip-top10-2023.json hubei-ip-top10-2023.pdf " ] \
    && ok || no "-t pdf -t JSON --temp gongwen: $(ls "$tmp/acc" 2>&1) $(cat "$tmp/err")"
[ "$(run "$BIN" export --to=json --outp="$tmp/abbr" "$REF")" = 0 ] && [ -f "$tmp/abbr/hubei-ip-top10-2023.json" ] \
    && ok || no "--outp= abbreviation: $(cat "$tmp/err")"
[ "$(run "$BIN" export --t json "$REF")" = 2 ] && grep -q "ambiguous" "$tmp/err" && ok || no "--t is ambiguous (--to, --template): $(cat "$tmp/err")"
[ "$(run "$BIN" -q export -t json -o "$tmp/before" "$REF")" = 0 ] && ok || no "an option before the command"
[ "$(run "$BIN" check -t pdf "$REF")" = 2 ] && grep -q "does not apply to 'check'" "$tmp/err" && ok || no "-t with check"

# Output names drop any extension; a folder's inputs in natural order
mkdir "$tmp/nat" && for n in b10 b2 b1 a; do cp "$REF" "$tmp/nat/$n.txt"; done
cp "$REF" "$tmp/nat/in.md"
[ "$(run "$BIN" export -q -t json -o "$tmp/md" "$tmp/nat/in.md")" = 0 ] && [ -f "$tmp/md/in.json" ] && ok || no "in.md -> in.json: $(ls "$tmp/md")"
"$BIN" export -v -j 1 -t json -o "$tmp/nato" "$tmp/nat" 2>"$tmp/err" >/dev/null
order=$(grep -o '/[ab][0-9]*\.txt:' "$tmp/err" | tr -d '/:' | tr '\n' ' ')
[ "$order" = "a.txt b1.txt b2.txt b10.txt " ] && ok || no "natural order: $order"

# Data from the program's place, never from the current folder by accident
mkdir -p "$tmp/trap/fonts" "$tmp/trap/templates" && echo 'garbage' >"$tmp/trap/fonts/fonts.ini"
(cd "$tmp/trap" && "$BIN" export -q -t pdf -o "$tmp/trapo" "$REF" 2>"$tmp/err") && [ -f "$tmp/trapo/hubei-ip-top10-2023.pdf" ] \
    && ok || no "fonts/ and templates/ in the current folder replaced the data: $(cat "$tmp/err")"

# Terminal manners (script gives the program a terminal)
if command -v script >/dev/null 2>&1; then
    TERM=dumb script -qec "'$BIN' export -t json -o '$tmp/tty1' '$tmp/six'" /dev/null >"$tmp/tty" 2>&1
    grep -q "$(printf '\033')" "$tmp/tty" && no "TERM=dumb: escape codes" || ok
    TERM=xterm script -qec "'$BIN' export -t json -o '$tmp/tty2' '$tmp/six'" /dev/null >"$tmp/tty" 2>&1
    grep -q "$(printf '\033')" "$tmp/tty" && ok || no "TERM=xterm: no progress line"
    TERM=xterm script -qec "'$BIN' export -t pdf -o - '$REF'" /dev/null >"$tmp/tty" 2>&1
    grep -q "refusing to write a pdf file to a terminal" "$tmp/tty" && ok || no "-o - writes a PDF to a terminal: $(head -c 200 "$tmp/tty")"
fi
[ "$(run "$BIN" export -q -t json -o "$tmp/quiet" "$tmp/six")" = 0 ] && [ ! -s "$tmp/err" ] && ok || no "-q printed: $(cat "$tmp/err")"
[ "$(run "$BIN" export -t pdf -o - "$REF")" = 0 ] && head -c 5 "$tmp/out" | grep -q '%PDF-' && ok || no "-o - into a pipe"

# --help names every option; --shard K/N
"$BIN" --help >"$tmp/help"
for o in -r --recursive --combined --shard --template -o -t -j -q; do
    grep -q -- " $o" "$tmp/help" && ok || no "--help lacks $o"
done
mkdir "$tmp/many" && i=0 && while [ $i -lt 40 ]; do cp "$ROOT/tests/fixtures/fig-city.txt" "$tmp/many/c$i.txt"; i=$((i + 1)); done
for k in 1 2 3 4; do "$BIN" export -q -t tsv --shard $k/4 -o "$tmp/sh$k" "$tmp/many" || no "--shard $k/4 failed"; done
all=$(ls "$tmp"/sh1 "$tmp"/sh2 "$tmp"/sh3 "$tmp"/sh4 2>/dev/null | grep -c 'figures.tsv$')
uniq=$(ls "$tmp"/sh1 "$tmp"/sh2 "$tmp"/sh3 "$tmp"/sh4 2>/dev/null | grep 'figures.tsv$' | sort -u | wc -l)
[ "$all" = 40 ] && [ "$uniq" = 40 ] && ok || no "4 shards over 40 inputs: $all outputs, $uniq distinct"
# a file added elsewhere moves no other file to another shard
cp "$REF" "$tmp/many/zz-new.txt"
"$BIN" export -q -t tsv --shard 2/4 -o "$tmp/sh2b" "$tmp/many"
extra=$(ls "$tmp/sh2b" | grep -v zz-new | sort | tr '\n' ' ')
[ "$extra" = "$(ls "$tmp/sh2" | sort | tr '\n' ' ')" ] && ok || no "adding a file moved others between shards"
for bad in 0/4 5/4 1/0 x 2; do
    [ "$(run "$BIN" export --shard $bad "$tmp/many")" = 2 ] && ok || no "--shard $bad accepted"
done

# 4 shards over 200 inputs: each input exactly once; combine over their
# JSON is byte for byte the --combined workbook of one run over all 200
mkdir "$tmp/b200"
i=0
while [ $i -lt 200 ]; do
    for f in "$ROOT"/tests/corpus/*.txt; do
        [ $i -lt 200 ] || break
        cp "$f" "$tmp/b200/$(basename "$f" .txt)-$i.txt"
        i=$((i + 1))
    done
done
export SOURCE_DATE_EPOCH=1700000000
"$BIN" export -q -t json --combined "$tmp/all200.xlsx" -o "$tmp/one200" "$tmp/b200" || no "one run over 200 failed"
for k in 1 2 3 4; do "$BIN" export -q -t json --shard $k/4 -o "$tmp/s200/$k" "$tmp/b200" || no "shard $k/4 failed"; done
n=$(ls "$tmp"/s200/*/ | grep -c '\.json$'); u=$(ls "$tmp"/s200/*/ | grep '\.json$' | sort -u | wc -l)
[ "$n" = 200 ] && [ "$u" = 200 ] && ok || no "4 shards over 200: $n outputs, $u distinct"
"$BIN" combine -q -o "$tmp/comb200.xlsx" "$tmp/s200/1" "$tmp/s200/2" "$tmp/s200/3" "$tmp/s200/4" || no "combine failed"
cmp -s "$tmp/all200.xlsx" "$tmp/comb200.xlsx" && ok || no "combine differs from --combined over the same 200"
"$BIN" combine -q -o "$tmp/comb3.xlsx" "$tmp/s200/1" "$tmp/s200/2" "$tmp/s200/3" && ok || no "combine over 3 shards"
cp "$tmp"/s200/1/*.json "$tmp/dup.json" 2>/dev/null; f1=$(ls "$tmp"/s200/1/*.json | head -1)
[ "$(run "$BIN" combine -o "$tmp/x.xlsx" "$tmp/s200/1" "$f1")" = 2 ] && ok || no "combine: a shard given twice is not refused"
sed 's/"sha256":"\(.\)/"sha256":"0\1/' "$f1" >"$tmp/bad.json"
[ "$(run "$BIN" combine -o "$tmp/x.xlsx" "$tmp/bad.json")" = 1 ] && grep -q 'does not match its SHA-256' "$tmp/err" && [ ! -e "$tmp/x.xlsx" ] \
    && ok || no "combine: an edited export: $(cat "$tmp/err")"
unset SOURCE_DATE_EPOCH

# Nothing lost (issue 21): no command overwrites an input; devices are
# written in place; a SIGKILL leaves no temporary file
cp "$REF" "$tmp/keep.txt"
[ "$(run "$BIN" dump -o "$tmp/keep.txt" "$tmp/keep.txt")" = 2 ] && cmp -s "$REF" "$tmp/keep.txt" && ok || no "dump -o INPUT replaced the input"
ln -s "$tmp/keep.txt" "$tmp/link.tsv"
[ "$(run "$BIN" figures -o "$tmp/link.tsv" "$tmp/keep.txt")" = 2 ] && cmp -s "$REF" "$tmp/keep.txt" && ok || no "figures -o LINK-TO-INPUT replaced the input"
[ "$(run "$BIN" export -t json -o "$tmp/cb" --combined "$tmp/keep.txt" "$tmp/keep.txt")" = 2 ] && cmp -s "$REF" "$tmp/keep.txt" \
    && ok || no "--combined INPUT replaced the input"
[ "$(run "$BIN" export -t xlsx -o "$tmp/cb" --combined "$tmp/cb/keep.xlsx" "$tmp/keep.txt")" = 2 ] && grep -q 'xlsx output of' "$tmp/err" \
    && ok || no "--combined naming a per-input workbook: $(cat "$tmp/err")"
if [ "$(id -u)" = 0 ]; then
    "$BIN" dump -o /dev/null "$REF" && "$BIN" export -q -t pdf -o /dev/null "$REF" && [ -c /dev/null ] && ok || no "/dev/null is no longer a device"
fi
"$BIN" export -t json -o /dev/stdout "$REF" >"$tmp/viastdout" && grep -q '"generator"' "$tmp/viastdout" && [ -L /dev/stdout ] \
    && ok || no "-o /dev/stdout"
mkdir "$tmp/kill" && i=0 && while [ $i -lt 60 ]; do cp "$REF" "$tmp/kill/k$i.txt"; i=$((i + 1)); done
setsid "$BIN" export -q -j 2 -o "$tmp/killo" "$tmp/kill" & kpid=$!
sleep 0.4; kill -9 -- "-$kpid" 2>/dev/null; wait $kpid 2>/dev/null
left=$(ls -A "$tmp/killo" 2>/dev/null | grep '^\.' | head -3)
[ -z "$left" ] && ok || no "SIGKILL left temporary files: $left"
for f in "$tmp"/killo/*.pdf; do [ -e "$f" ] || continue; tail -c 6 "$f" | grep -q '%%EOF' || { no "a cut PDF after SIGKILL: $f"; break; }; done

# A full disk (/dev/full) names the output that failed, not an input
[ "$(run "$BIN" export -t tsv -o "$tmp/full" --combined /dev/full "$REF")" = 1 ] \
    && grep -q '^bulletin: /dev/full: write failed: No space left on device$' "$tmp/err" \
    && grep -q 'the combined workbook was not written' "$tmp/err" && ok || no "--combined on a full disk: $(cat "$tmp/err")"
[ "$(run "$BIN" figures -o /dev/full "$REF")" = 1 ] && grep -q 'No space left' "$tmp/err" && ok || no "figures -o /dev/full"
# --keep-lines keeps a hard-wrapped text's lines
printf '标题\n现在，我代表市人民政府向大会报\n告工作，请予审议。\n' >"$tmp/wrap.txt"
[ "$("$BIN" dump "$tmp/wrap.txt" 2>/dev/null | grep -c PARAGRAPH)" = 1 ] && [ "$("$BIN" dump --keep-lines "$tmp/wrap.txt" 2>/dev/null | grep -c PARAGRAPH)" = 2 ] \
    && ok || no "--keep-lines"

# A file name that is not UTF-8: carried as bytes, shown escaped, valid outputs
mkdir "$tmp/bytes" && cp "$REF" "$tmp/bytes/$(printf '\377\376').txt"
[ "$(run "$BIN" export -t pdf,xlsx,json -o "$tmp/byteso" "$tmp/bytes")" = 0 ] && ok || no "a non-UTF-8 file name failed: $(cat "$tmp/err")"
/usr/bin/python3 - "$tmp/byteso" <<'PY' && ok || no "a non-UTF-8 file name: the workbook or JSON is not valid"
import glob, json, sys, openpyxl
d = sys.argv[1]
wb = openpyxl.load_workbook(glob.glob(d + "/*.xlsx")[0])
rows = [r for r in wb["说明"].iter_rows(values_only=True) if r[0] == "源文件"]
assert rows and rows[0][1] == "\\xFF\\xFE.txt", rows
j = json.load(open(glob.glob(d + "/*.json")[0], encoding="utf-8"))
assert j["source"]["path"].endswith("\\xFF\\xFE.txt"), j["source"]["path"]
PY

# --strict with a warning of the parser and of the figures, under such a name: the
# error names the escaped file (the document's copy of the name is freed by then)
printf '一句话不是标题。\n\n正文。\n' >"$tmp/bytes/$(printf '\377\375').txt"
[ "$(run "$BIN" check --strict "$tmp/bytes/$(printf '\377\375').txt")" = 1 ] \
    && grep -q '\\xFF\\xFD\.txt:1:1: error: no title line' "$tmp/err" && ok || no "--strict, a non-UTF-8 name: $(cat "$tmp/err")"
printf '标题\n\n2023年2月30日召开。\n' >"$tmp/bytes/$(printf '\377\374').txt"
[ "$(run "$BIN" check --strict "$tmp/bytes/$(printf '\377\374').txt")" = 1 ] \
    && grep -q '\\xFF\\xFC\.txt:3:1: error: no such date' "$tmp/err" && ok || no "--strict date, a non-UTF-8 name: $(cat "$tmp/err")"

# SOURCE_DATE_EPOCH: validated, and applied to every format, 0 included
for v in abc -5 1e20 99999999999999 ' 7'; do
    [ "$(SOURCE_DATE_EPOCH="$v" run "$BIN" export -t json -o "$tmp/ep" "$REF")" = 2 ] && ok || no "SOURCE_DATE_EPOCH='$v' accepted"
done
SOURCE_DATE_EPOCH=0 "$BIN" export -q -t pdf,xlsx -o "$tmp/ep0" "$REF" || no "SOURCE_DATE_EPOCH=0 failed"
unzip -p "$tmp/ep0/hubei-ip-top10-2023.xlsx" docProps/core.xml | grep -q '1970-01-01T00:00:01Z' && ok || no "SOURCE_DATE_EPOCH=0: the workbook's core time"
unzip -p "$tmp/ep0/hubei-ip-top10-2023.xlsx" xl/sharedStrings.xml | grep -q '1970-01-01 00:00:00 UTC' && ok || no "SOURCE_DATE_EPOCH=0: the 导出时间"
pdfinfo "$tmp/ep0/hubei-ip-top10-2023.pdf" 2>/dev/null | grep -q 'CreationDate:.*1970' && ok || no "SOURCE_DATE_EPOCH=0: the PDF's date"

# --pdfa reaches the renderer: the PDF/A identification in the XMP, absent without it
[ "$(run "$BIN" export -q -t pdf --pdfa -o "$tmp/pa" "$REF")" = 0 ] && grep -aq 'pdfaid:part' "$tmp/pa/hubei-ip-top10-2023.pdf" \
    && ok || no "--pdfa: no pdfaid in the PDF: $(cat "$tmp/err")"
[ "$(run "$BIN" export -q -t pdf -o "$tmp/npa" "$REF")" = 0 ] && ! grep -aq 'pdfaid:part' "$tmp/npa/hubei-ip-top10-2023.pdf" \
    && ok || no "without --pdfa the PDF claims PDF/A"
echo "cli: $pass passed, $fail failed"
[ $fail -eq 0 ]
