#!/bin/sh
# Faults (issue 8): unwritable or wrong output paths, a full disk, broken
# font files, a broken template.  Each must give a clean error (exit 1),
# write nothing, leave earlier outputs as they were, and (under SAN=1,
# where LeakSanitizer runs) leak nothing.
# Usage: run_faults.sh BULLETIN
bin=$1
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "faults: FAIL: $*"; }
ref=input/hubei-ip-top10-2023.txt

# expect_fail NAME PATTERN CMD...: exit 1 and PATTERN on stderr
expect_fail() {
    want=1
    [ "$1" = "--usage" ] && { want=2; shift; }
    name=$1 pat=$2; shift 2
    "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    [ $rc -eq $want ] && ok || { no "$name: exit $rc, expected $want"; cat "$tmp/err"; }
    grep -q -- "$pat" "$tmp/err" && ok || { no "$name: stderr lacks '$pat'"; cat "$tmp/err"; }
    grep -q -i 'sanitizer\|leak' "$tmp/err" && no "$name: sanitizer report" || ok
}

# Output paths
expect_fail "unwritable output directory" "cannot create" "$bin" export -o /proc "$ref"
echo x >"$tmp/afile"
expect_fail "output path is a file" "not a directory" "$bin" export -o "$tmp/afile" "$ref"
mkdir -p "$tmp/adir/x.dump"
expect_fail "dump onto a directory" "cannot create: Is a directory" "$bin" dump -o "$tmp/adir/x.dump" "$ref"
[ -d "$tmp/adir/x.dump" ] && [ "$(ls -A "$tmp/adir")" = "x.dump" ] && ok || no "dump onto a directory left files: $(ls -A "$tmp/adir")"
expect_fail "full disk" "write failed" sh -c "'$bin' figures '$ref' >/dev/full"
expect_fail "full disk (json to stdout)" "write failed" sh -c "'$bin' export -t json -o - '$ref' >/dev/full"

# Earlier outputs untouched by a failed run
mkdir -p "$tmp/keep"
"$bin" export -q -o "$tmp/keep" "$ref" || no "first export"
cp -r "$tmp/keep" "$tmp/keep.orig"
printf '标题\n正文\000\n' >"$tmp/hubei-ip-top10-2023.txt"
expect_fail "bad input over good outputs" "NUL byte" "$bin" export -o "$tmp/keep" "$tmp/hubei-ip-top10-2023.txt"
diff -r "$tmp/keep" "$tmp/keep.orig" >/dev/null && ok || no "a failed export changed earlier outputs"

# Fonts: a data folder whose font map names missing, truncated and
# not-a-font files.  BULLETIN_DATA points the CLI at it.
mkfonts() { # NAME MAP-BODY
    d="$tmp/data-$1"
    mkdir -p "$d/fonts"
    ln -s "$(pwd)/templates" "$d/templates"
    printf '%s\n' "$2" >"$d/fonts/fonts.ini"
    echo "$d"
}
song=/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf
hei=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc:0
kai=/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf
d=$(mkfonts missing "[song]
file = nosuch.ttf
[hei]
file = nosuch-hei.ttf")
mkdir -p "$tmp/o1"
expect_fail "font files missing" "font" env BULLETIN_DATA="$d" "$bin" export -t pdf -o "$tmp/o1" "$ref"
[ -z "$(ls -A "$tmp/o1")" ] && ok || no "missing fonts left output: $(ls -A "$tmp/o1")"
d=$(mkfonts truncated "[song]
file = cut.ttf
[hei]
file = cut.ttf")
head -c 5000 "$song" >"$d/fonts/cut.ttf"
expect_fail "truncated font file" "font" env BULLETIN_DATA="$d" "$bin" export -t pdf -o "$tmp/o1" "$ref"
d=$(mkfonts notafont "[song]
file = text.ttf
[hei]
file = text.ttf")
echo "not a font" >"$d/fonts/text.ttf"
expect_fail "not a font" "font" env BULLETIN_DATA="$d" "$bin" export -t pdf -o "$tmp/o1" "$ref"
d=$(mkfonts badmap "[song]
file $song")
expect_fail "broken font map" "fonts.ini:2" env BULLETIN_DATA="$d" "$bin" export -t pdf -o "$tmp/o1" "$ref"
[ -z "$(ls -A "$tmp/o1")" ] && ok || no "font faults left output: $(ls -A "$tmp/o1")"
# A map whose song role tries FILE first, then the free Song face.
map_first() { # FILE
    printf '[song]\nfile = %s\nfile = %s\n[hei]\nfile = %s\n[kai]\nfile = %s\n' "$1" "$song" "$hei" "$kai"
    printf '[fangsong]\nfallback = kai\n[xiaobiaosong]\nfallback = song\n[latin]\nfallback = song'
}
# A truncated first choice falls back to the next file, with a warning.
d=$(mkfonts fallback "$(map_first cut.ttf)")
head -c 5000 "$song" >"$d/fonts/cut.ttf"
env BULLETIN_DATA="$d" "$bin" export -t pdf -o "$tmp/o1" "$ref" 2>"$tmp/err" && ok || { no "fallback past a truncated font"; cat "$tmp/err"; }
[ -s "$tmp/o1/hubei-ip-top10-2023.pdf" ] && ok || no "fallback produced no PDF"
rm -f "$tmp/o1"/*

# A face with CFF outlines: FreeType reads it, the PDF cannot embed it;
# the font set skips it with a warning and the next file serves.
d=$(mkfonts cff "$(map_first cff.otf)")
/usr/bin/python3 - "$d/fonts/cff.otf" <<'PY'
import sys
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.t2CharStringPen import T2CharStringPen
fb = FontBuilder(1000, isTTF=False)
names = ['.notdef', 'uni6E56']
fb.setupGlyphOrder(names)
fb.setupCharacterMap({0x6E56: 'uni6E56'})
strings = {}
for n in names:
    pen = T2CharStringPen(1000, None)
    pen.moveTo((100, -50)); pen.lineTo((900, -50)); pen.lineTo((900, 800)); pen.lineTo((100, 800))
    pen.closePath()
    strings[n] = pen.getCharString()
fb.setupCFF('TestCFF', {'FullName': 'TestCFF'}, strings, {})
fb.setupHorizontalMetrics({n: (1000, 100) for n in names})
fb.setupHorizontalHeader(ascent=880, descent=-120)
fb.setupNameTable({'familyName': 'TestCFF', 'styleName': 'Regular'})
fb.setupOS2(sTypoAscender=880, usWinAscent=880, usWinDescent=120)
fb.setupPost()
fb.save(sys.argv[1])
PY
mkdir -p "$tmp/o2"
env BULLETIN_DATA="$d" "$bin" export -t pdf -o "$tmp/o2" "$ref" 2>"$tmp/err" && ok || { no "CFF face in the map"; cat "$tmp/err"; }
grep -q "cff.otf:0 has no TrueType outlines" "$tmp/err" && ok || { no "CFF face: no warning"; cat "$tmp/err"; }
rm -f "$tmp/o2"/*

# The PDF fails while the workbook, rendered beside it once the pages are
# known, succeeds (a file-size limit between the two sizes): neither may
# be committed, as when they run one after the other.
expect_fail "PDF too large for the file-size limit" "write failed" \
    sh -c "trap '' XFSZ; ulimit -f 200; exec '$bin' export -o '$tmp/o2' '$ref'"
[ -z "$(ls -A "$tmp/o2")" ] && ok || no "a failed PDF left outputs: $(ls -A "$tmp/o2")"

# Templates: a bad --template is a usage error, found before any input is read
printf '[page]\nsize = A4\nbogus = 1\n' >"$tmp/bad.ini"
expect_fail --usage "template with an unknown key" "bad.ini:3: error: unknown key 'bogus'" \
    "$bin" export -t pdf --template "$tmp/bad.ini" -o "$tmp/o1" "$ref"
printf '[grid]\nbody_size = 10.5ptx\n' >"$tmp/num.ini"
expect_fail --usage "template with a bad number" "num.ini:2: error: bad body_size" \
    "$bin" export -t pdf --template "$tmp/num.ini" -o "$tmp/o1" "$ref"
expect_fail --usage "missing template" "cannot open template" \
    "$bin" export -t pdf --template nosuch -o "$tmp/o1" "$ref"
[ "$(grep -c 'cannot open template' "$tmp/err")" -eq 1 ] && ok || no "a bad template reported more than once"
expect_fail --usage "missing template, workbook only" "cannot open template" \
    "$bin" export -t xlsx --template nosuch -o "$tmp/o1" "$ref" "$ref"
[ -z "$(ls -A "$tmp/o1")" ] && ok || no "template faults left output: $(ls -A "$tmp/o1")"

# A template's [fonts] file must be a regular font file; its faults are
# the template's, at its line, never the font map's
printf '[template]\nname = t\n[fonts]\nsong = /dev/null\n' >"$tmp/fdev.ini"
expect_fail "a device as a template font" "fdev.ini:4: error: font file '/dev/null' for role song is not a regular file" \
    "$bin" export -t pdf --template "$tmp/fdev.ini" -o "$tmp/o1" "$ref"
printf '[template]\nname = t\n[fonts]\nsong = %s\n' "$tmp" >"$tmp/fdir.ini"
expect_fail "a folder as a template font" "fdir.ini:4: error: font file .* is not a regular file" \
    "$bin" export -t pdf --template "$tmp/fdir.ini" -o "$tmp/o1" "$ref"
echo 'not a font' >"$tmp/broken.ttf"
printf '[template]\nname = t\n\n[fonts]\nsong = %s/broken.ttf\n' "$tmp" >"$tmp/fbad.ini"
expect_fail "a broken template font" "fbad.ini:5: error: font file .* is not a TrueType or OpenType font" \
    "$bin" export -t pdf --template "$tmp/fbad.ini" -o "$tmp/o1" "$ref"
grep -q 'fonts.ini' "$tmp/err" && no "a broken template font blamed on fonts.ini" || ok

echo "faults: $pass passed, $fail failed"
[ $fail -eq 0 ]
