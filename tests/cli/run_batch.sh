#!/bin/sh
# Batch export (issue 7): 200 copies of the reference bulletin and 3 broken
# files in one folder, exported with -j 1 and -j 2.
# Usage: run_batch.sh BULLETIN [FORMATS]
bin=$1
formats=${2:-pdf,xlsx,json}
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "batch: FAIL: $*"; }

mkdir -p "$tmp/in" "$tmp/o1" "$tmp/o2"
i=1
while [ $i -le 200 ]; do
    cp input/hubei-ip-top10-2023.txt "$tmp/in/copy$(printf %03d $i).txt"
    i=$((i + 1))
done
cp tests/fixtures/bad/nul.txt "$tmp/in/broken1.txt"
cp tests/fixtures/bad/invalid-utf8.txt "$tmp/in/broken2.txt"
cp tests/fixtures/bad/unterminated-front-matter.txt "$tmp/in/broken3.txt"
export SOURCE_DATE_EPOCH=1700000000

"$bin" export -t "$formats" -j 2 -o "$tmp/o2" --combined "$tmp/all.xlsx" "$tmp/in" 2>"$tmp/err2"
[ $? -eq 1 ] && ok || no "-j 2 with broken inputs must exit 1"
"$bin" export -t "$formats" -j 1 -o "$tmp/o1" "$tmp/in" 2>"$tmp/err1"
[ $? -eq 1 ] && ok || no "-j 1 with broken inputs must exit 1"
for f in $(echo "$formats" | tr , ' '); do
    n=$(ls "$tmp/o2" | grep -c "\.$f\$")
    [ "$n" -eq 200 ] && ok || no "$n .$f files, expected 200"
done
[ -z "$(ls -A "$tmp/o2" | grep -v '^copy[0-9]*\.')" ] && ok || no "unexpected files: $(ls -A "$tmp/o2" | grep -v '^copy' | head -3)"
[ -z "$(ls -A "$tmp" | grep '^\.')" ] && ok || no "temporary files left beside the combined workbook"
grep -q "broken1.txt:2:3: error: NUL byte" "$tmp/err2" && ok || no "broken1 not named"
grep -q "broken2.txt:2:3: error: invalid UTF-8" "$tmp/err2" && ok || no "broken2 not named"
grep -q "broken3.txt:1:1: error: unterminated front matter" "$tmp/err2" && ok || no "broken3 not named"
grep -q "^bulletin: 200 exported, 3 failed$" "$tmp/err2" && ok || no "summary line"
cmp -s "$tmp/err1" "$tmp/err2" && ok || no "messages differ between -j 1 and -j 2"
diff -r "$tmp/o1" "$tmp/o2" >/dev/null && ok || no "-j 1 and -j 2 outputs differ"
/usr/bin/python3 - "$tmp/all.xlsx" <<'PY' && ok || no "combined workbook"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
data, src = wb["数据"], wb["来源"]
rows = data.max_row - 1
assert rows == 200 * 41, rows
assert src.max_row - 1 == 200, src.max_row
assert [c.value for c in data[1]][:2] == ["来源文件", "来源标题"]
PY
# Different bulletins in one worker: a batch's workbooks copy the parts
# that did not change from the one before (the zip memo), which must give
# the bytes of each workbook exported alone.  Eight corpus texts, twice.
mkdir -p "$tmp/mix" "$tmp/mix-j" "$tmp/mix-1"
k=0
for f in $(ls tests/corpus/*.txt | head -8) $(ls tests/corpus/*.txt | head -8); do
    k=$((k + 1))
    cp "$f" "$tmp/mix/m$(printf %02d $k)-$(basename "$f")"
done
"$bin" export -q -t pdf,xlsx -j 2 -o "$tmp/mix-j" "$tmp/mix" 2>/dev/null && ok || no "mixed batch failed"
for f in "$tmp"/mix/*.txt; do
    "$bin" export -q -t pdf,xlsx -o "$tmp/mix-1" "$f" 2>/dev/null || no "export of $f alone failed"
done
[ "$(ls "$tmp/mix-1" | wc -l)" -eq 32 ] && diff -r "$tmp/mix-j" "$tmp/mix-1" >/dev/null \
    && ok || no "a mixed batch's outputs differ from one-at-a-time exports"
"$bin" export -t json -o - input/hubei-ip-top10-2023.txt | /usr/bin/python3 -m json.tool >/dev/null \
    && ok || no "export -t json -o - | json.tool"
"$bin" export -t json,xlsx -o - input/hubei-ip-top10-2023.txt 2>/dev/null
[ $? -eq 2 ] && ok || no "-o - with two formats is a usage error"
mkdir -p "$tmp/r/a/b"
cp input/hubei-ip-top10-2023.txt "$tmp/r/a/x.txt"
cp input/hubei-ip-top10-2023.txt "$tmp/r/a/b/y.txt"
"$bin" export -q -t tsv -o "$tmp/r" "$tmp/r" 2>/dev/null
[ $? -eq 1 ] && [ ! -e "$tmp/r/x.figures.tsv" ] && ok || no "no subfolders without -r (no input: exit 1)"
"$bin" export -q -t tsv -r -o "$tmp/r" "$tmp/r" 2>/dev/null && [ -e "$tmp/r/x.figures.tsv" ] && [ -e "$tmp/r/y.figures.tsv" ] \
    && ok || no "--recursive"
cp input/hubei-ip-top10-2023.txt "$tmp/r/a/b/x.txt"
"$bin" export -q -t tsv -r -o "$tmp/r" "$tmp/r" 2>/dev/null
[ $? -eq 2 ] && ok || no "two x.txt in subfolders must be refused"
# A commit that fails in the middle of a batch (the PDF's name is taken
# by a folder): that input fails with the reason, its other outputs are
# not kept, the rest are exported, and -j 1 and -j 2 agree.
mkdir -p "$tmp/c" "$tmp/c1/copy003.pdf" "$tmp/c2/copy003.pdf"
for i in 1 2 3 4 5 6; do cp input/hubei-ip-top10-2023.txt "$tmp/c/copy00$i.txt"; done
"$bin" export -j 1 -o "$tmp/c1" "$tmp/c" 2>"$tmp/cerr1"
[ $? -eq 1 ] && ok || no "-j 1: a failed commit must exit 1"
"$bin" export -j 2 -o "$tmp/c2" "$tmp/c" 2>"$tmp/cerr2"
[ $? -eq 1 ] && ok || no "-j 2: a failed commit must exit 1"
grep -q "copy003.pdf: cannot create: Is a directory" "$tmp/cerr2" && ok || no "failed commit not named: $(cat "$tmp/cerr2")"
grep -q "^bulletin: 5 exported, 1 failed$" "$tmp/cerr2" && ok || no "summary after a failed commit"
sed 's|/c1/|/c2/|' "$tmp/cerr1" | cmp -s - "$tmp/cerr2" && ok || no "messages differ between -j 1 and -j 2 after a failed commit"
[ "$(ls -A "$tmp/c2" | tr '\n' ' ')" = "copy001.pdf copy001.xlsx copy002.pdf copy002.xlsx copy003.pdf copy004.pdf copy004.xlsx copy005.pdf copy005.xlsx copy006.pdf copy006.xlsx " ] \
    && ok || no "outputs after a failed commit: $(ls -A "$tmp/c2")"
diff -r "$tmp/c1" "$tmp/c2" >/dev/null && ok || no "-j 1 and -j 2 outputs differ after a failed commit"
# Every job of a batch failing at once (no output folder can be written)
"$bin" export -j 2 -o /proc "$tmp/c" 2>"$tmp/perr"
[ $? -eq 1 ] && ok || no "-j 2 into /proc must exit 1"
[ "$(grep -c 'cannot create' "$tmp/perr")" -eq 6 ] && grep -q "^bulletin: 0 exported, 6 failed$" "$tmp/perr" \
    && ok || no "-j 2 into /proc: $(cat "$tmp/perr")"
# An output that is an input (a hard link) is refused before any work,
# naming the input, among many inputs (each input's identity is looked up,
# not compared with every output).
mkdir -p "$tmp/ov/in" "$tmp/ov/o"
for i in 1 2 3 4 5; do cp input/hubei-ip-top10-2023.txt "$tmp/ov/in/b$i.txt"; done
ln "$tmp/ov/in/b2.txt" "$tmp/ov/o/b4.json"
cp "$tmp/ov/in/b2.txt" "$tmp/ov/b2.orig"
"$bin" export -t json -j 2 -o "$tmp/ov/o" "$tmp/ov/in" 2>"$tmp/ov/err"
[ $? -eq 2 ] && ok || no "an output that is an input must exit 2"
[ "$(cat "$tmp/ov/err")" = "bulletin: $tmp/ov/o/b4.json would overwrite the input $tmp/ov/in/b2.txt" ] \
    && ok || no "overwrite message: $(cat "$tmp/ov/err")"
cmp -s "$tmp/ov/in/b2.txt" "$tmp/ov/b2.orig" && [ "$(ls "$tmp/ov/o")" = "b4.json" ] \
    && ok || no "the refused export changed files: $(ls "$tmp/ov/o")"
# A batch killed midway: SIGTERM to its whole process group (Ctrl-C in a
# terminal, a CI runner's timeout), then to the parent alone.  It dies of
# the signal, its workers too, and leaves no temporary file, neither beside
# the outputs nor in /dev/shm; what it wrote is complete.
shm_before=$(ls /dev/shm 2>/dev/null | grep -c '^bulletin-xlsx-')
for how in group parent; do
    rm -rf "$tmp/k"
    mkdir -p "$tmp/k"
    setsid "$bin" export -q -j 2 -o "$tmp/k" "$tmp/in" 2>/dev/null &
    kpid=$!
    sleep 0.4
    if [ $how = group ]; then /bin/kill -TERM -- -$kpid; else kill -TERM $kpid; fi
    wait $kpid 2>/dev/null
    krc=$?
    sleep 0.2
    [ $krc -eq 143 ] && ok || no "$how kill: exit $krc, expected 143 (SIGTERM)"
    nk=$(ls "$tmp/k" | wc -l)
    [ "$nk" -lt 400 ] && ok || no "$how kill: the batch was not interrupted ($nk outputs)"
    [ -z "$(ls -A "$tmp/k" | grep '^\.')" ] && ok || no "$how kill: temporary files left: $(ls -A "$tmp/k" | grep '^\.' | head -3)"
    [ "$(ls /dev/shm 2>/dev/null | grep -c '^bulletin-xlsx-')" -eq "$shm_before" ] && ok || no "$how kill: workbook temporary files left in /dev/shm"
    pgrep -f "export -q -j 2 -o $tmp/k" >/dev/null && no "$how kill: workers still running" || ok
    bad_pdf=0
    for f in "$tmp/k"/*.pdf; do
        [ -e "$f" ] || continue
        [ "$(tail -c 6 "$f" | tr -d '\r\n')" = "%%EOF" ] || bad_pdf=$((bad_pdf + 1))
    done
    [ $bad_pdf -eq 0 ] && ok || no "$how kill: $bad_pdf PDFs cut short"
done
echo "batch: $pass passed, $fail failed"
[ $fail -eq 0 ]
