#!/bin/sh
# run_example.sh STAGE PREFIX CC: installs the project into STAGE (DESTDIR)
# under PREFIX, builds examples/export.c the way a user would, with
# pkg-config, against the staged headers and libraries, and runs it on the
# reference bulletin.  Checks that the shared library exports bulletin_*
# only, that the outputs are a PDF and a workbook, and that uninstall
# removes every file install wrote.
set -u
STAGE=${1:?usage: run_example.sh STAGE PREFIX CC}
PREFIX=${2:?}
CC=${3:-cc}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
pass=0 fail=0
ok() { pass=$((pass + 1)); }
no() { fail=$((fail + 1)); echo "example: FAIL: $1"; }

rm -rf "$STAGE" && mkdir -p "$STAGE"
make -s -C "$ROOT" install DESTDIR="$STAGE" PREFIX="$PREFIX" >/dev/null || { echo "example: FAIL: install"; exit 1; }
P=$STAGE$PREFIX
for f in bin/bulletin include/bulletin.h lib/libbulletin.a lib/libbulletin.so lib/libbulletin.so.0 \
         lib/pkgconfig/bulletin.pc share/man/man1/bulletin.1 share/bulletin/fonts/fonts.ini \
         share/bulletin/templates/gongwen.ini share/doc/bulletin/README.md share/doc/bulletin/LICENSE; do
    [ -e "$P/$f" ] && ok || no "install lacks $f"
done
# only the public API is exported
syms=$(nm -D --defined-only "$P/lib/libbulletin.so" | awk '{print $3}' | sed 's/@.*//')
bad=$(echo "$syms" | grep -v '^bulletin_' | grep -v '^BULLETIN_0$')
[ -z "$bad" ] && ok || no "libbulletin.so exports more than bulletin_*: $(echo $bad | head -c 200)"
echo "$syms" | grep -qx 'bulletin_export' && ok || no "bulletin_export not exported"

export PKG_CONFIG_PATH="$P/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$STAGE"
OUT=$STAGE/out
mkdir -p "$OUT"
# shellcheck disable=SC2046
if $CC -std=c11 -Wall -Wextra -Werror -o "$STAGE/export" "$ROOT/examples/export.c" \
       $(pkg-config --cflags --libs bulletin); then ok; else no "the example does not build with pkg-config"; fi
if LD_LIBRARY_PATH="$P/lib" "$STAGE/export" "$ROOT/input/hubei-ip-top10-2023.txt" "$OUT" \
       "$P/share/bulletin" > "$STAGE/log" 2>&1; then ok; else no "the example failed: $(cat "$STAGE/log")"; fi
# it ran against the staged shared library, not a static copy
LD_LIBRARY_PATH="$P/lib" ldd "$STAGE/export" | grep -q "$P/lib/libbulletin.so.0" && ok || no "the example is not linked to the staged libbulletin.so"
head -c 5 "$OUT/example.pdf" 2>/dev/null | grep -q '%PDF-' && ok || no "example.pdf is not a PDF"
/usr/bin/python3 -c "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); assert '数据' in wb.sheetnames and wb['数据'].max_row == 42" "$OUT/example.xlsx" \
    && ok || no "example.xlsx: not the reference's 41 figures in 数据"
# 3 text pages: the template's leading kept (no longer squeezed to save a short last page)
grep -q ', 3 pages$' "$STAGE/log" && ok || no "the example did not report the PDF's 3 pages: $(cat "$STAGE/log")"

# the staged tree run from / (its data from bin/../share), then moved
# elsewhere: it still finds its data, fonts and templates
REF=$ROOT/input/hubei-ip-top10-2023.txt
(cd / && "$P/bin/bulletin" export -q -t pdf,xlsx -o "$STAGE/inst" "$REF") && [ -f "$STAGE/inst/hubei-ip-top10-2023.xlsx" ] \
    && ok || no "the staged program run from /"
"$P/bin/bulletin" templates | grep -q '^gongwen ' && ok || no "the staged program lists no templates"
mv "$P" "$STAGE/moved" && (cd / && "$STAGE/moved/bin/bulletin" export -q -t pdf -o "$STAGE/inst2" "$REF") \
    && [ -f "$STAGE/inst2/hubei-ip-top10-2023.pdf" ] && ok || no "a staged install moved into place"
mkdir -p "$(dirname "$P")" && mv "$STAGE/moved" "$P"

# uninstall removes exactly what install wrote
make -s -C "$ROOT" uninstall DESTDIR="$STAGE" PREFIX="$PREFIX" >/dev/null
left=$(cd "$STAGE" && find ".$PREFIX" -type f -o -type l | head -5)
[ -z "$left" ] && ok || no "uninstall left: $left"
echo "example: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
