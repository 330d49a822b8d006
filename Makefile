# bulletin: typeset Chinese government bulletins into PDF and XLSX.
#
#   make            install what is missing, build, run the main job on input/
#   make test       install what is missing, build, run every test
#
# Variables: WERROR=1 (warnings are errors, as in CI), SAN=1 (ASan+UBSan
# build under build/san), V=1 (show commands), PREFIX, DESTDIR.

PREFIX  ?= /usr/local
DESTDIR ?=
CC      ?= cc
PYTHON  ?= /usr/bin/python3
Q       := $(if $(V),,@)

# --- Dependencies (Debian packages) ---------------------------------------
# Build: compiler and the libraries we link.  Fonts: the free faces the
# templates name.  Tests: the tools that measure PDFs and workbooks.
DEB_BUILD := build-essential pkg-config libhpdf-dev libxlsxwriter-dev libminizip-dev \
             libfreetype-dev libharfbuzz-dev libinih-dev \
             libjansson-dev libssl-dev libdeflate-dev libicu-dev icc-profiles-free
DEB_FONTS := fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-arphic-uming fonts-dejavu-core \
             fonts-wqy-zenhei
DEB_TEST  := libcmocka-dev python3 python3-openpyxl python3-pandas python3-fonttools python3-icu poppler-utils qpdf mupdf-tools procps \
             valgrind libreoffice-calc-nogui cppcheck clang libclang-rt-14-dev nodejs
# pdf.js, the third PDF reader of the text checks (a11y-checks), from npm
# into build/npm: the version measured in issue 19.
PDFJS_VERSION := 4.10.38
NPM_PREFIX    := build/npm
PDFJS         := $(NPM_PREFIX)/node_modules/pdfjs-dist/package.json
DEB_RUN   := $(DEB_BUILD) $(DEB_FONTS)

# --- Build configuration ---------------------------------------------------
ifeq ($(SAN),1)
BUILD    := build/san
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
OPT      := -O1 -g
else
BUILD    := build
SANFLAGS :=
OPT      := -O2 -g
endif

WARN := -std=c11 -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
        -Wwrite-strings -Wformat=2 -Wmissing-prototypes -Wvla
ifeq ($(WERROR),1)
WARN += -Werror
endif

PKGS     := freetype2 harfbuzz-subset xlsxwriter minizip inih jansson libcrypto zlib libdeflate icu-uc
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
# ICU is not linked: src/pdf/words.c loads it when a display text wraps
# (its headers only are needed to build).
PKG_LIBS   = $(shell pkg-config --libs freetype2 harfbuzz-subset xlsxwriter minizip inih jansson libcrypto zlib libdeflate 2>/dev/null) -lhpdf -lm -pthread
# ld.so binds each symbol reference by searching the loaded objects in load
# order.  libcrypto (the sources' SHA-256, src/base/sha256.c; Debian's
# libxlsxwriter loads it too, for MD5) has 4,197 references, most to
# itself, that would walk 18 objects first; named first it is searched
# second.  Start-up falls from 8.1M to 5.8M instructions (callgrind,
# `bulletin --version`), about 0.7 ms an export.
CRYPTO_1ST = -Wl,--no-as-needed -lcrypto -Wl,--as-needed
# Likewise libc, which every object calls (with libstdc++, when ICU was
# linked: `bulletin --version` 8.70M -> 7.45M instructions).  ICU, and
# with it libstdc++, is loaded only when a display text wraps
# (src/pdf/words.c).
LIBC_1ST   = -Wl,--no-as-needed -lc -Wl,--as-needed
# Then the other libraries the program calls, in the order of how many
# start-up references bind to each (LD_DEBUG=bindings: libcrypto 3,240,
# libxlsxwriter 825, libc 654, libhpdf 326, HarfBuzz 201, FreeType 122;
# their own dependencies after them): libxlsxwriter's go to itself first,
# not after libc, FreeType and HarfBuzz.  `bulletin --version` 4.90M ->
# 4.73M instructions.
NEXT_LIBS  = -Wl,--no-as-needed -lhpdf -lharfbuzz -lfreetype -Wl,--as-needed
FIRST_LIBS = $(CRYPTO_1ST) -Wl,--no-as-needed -lxlsxwriter -Wl,--as-needed $(LIBC_1ST) $(NEXT_LIBS)

CPPFLAGS += -Isrc -D_POSIX_C_SOURCE=200809L -DBULLETIN_DEBUG_CHECKS \
            -DBULLETIN_DATADIR='"$(PREFIX)/share/bulletin"'
CFLAGS   += $(WARN) $(OPT) $(SANFLAGS) $(PKG_CFLAGS) -fPIC
LDFLAGS  += $(SANFLAGS) -Wl,-O1 -Wl,--as-needed

SRC_DIRS := base doc figures pdf xlsx text export
LIB_SRC  := $(foreach d,$(SRC_DIRS),$(wildcard src/$(d)/*.c))
HEADERS  := $(wildcard src/*.h src/*/*.h)
LIB_OBJ  := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
LIB      := $(BUILD)/libbulletin.a
SO_NAME  := libbulletin.so.0
SO_FILE  := libbulletin.so.0.1.0
SHLIB    := $(BUILD)/$(SO_FILE)
PC_REQ   := freetype2 harfbuzz-subset xlsxwriter minizip inih jansson libcrypto zlib libdeflate
BIN      := $(BUILD)/bulletin
UNIT_SRC := $(wildcard tests/unit/test_*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
INPUTS   := $(wildcard input/*.txt)

PHONY_EXTRA := example install-check test-slow test-deps cli corpus fuzz-paths
.PHONY: $(PHONY_EXTRA) labels bench template-checks faults pdf-checks a11y-checks pathological fuzz fuzz-replay all deps build run test unit golden regress figures xlsx e2e batch asan valgrind \
        golden-update install uninstall clean format format-check lint

all: deps build run

# Checks each package with dpkg-query (fast when nothing is missing), then
# installs what is missing: directly as root, else through sudo.  `make`
# installs what building and running need (deps); `make test` adds the
# test tools (test-deps).
define install_debs
	$(Q)missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}\n' "$$p" 2>/dev/null | grep -q '^install ok installed' \
	    || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "deps: installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; \
	  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo"; \
	  else echo "deps: missing Debian packages:$$missing" >&2; \
	       echo "deps: run as root: apt-get update && apt-get install -y$$missing" >&2; \
	       exit 1; fi; \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing \
	    >/dev/null || { echo "deps: apt-get install failed for:$$missing" >&2; exit 1; }; \
	fi
endef

deps:
	$(call install_debs,$(DEB_RUN))

test-deps: deps
	$(call install_debs,$(DEB_TEST))
	$(Q)$(MAKE) --no-print-directory $(PDFJS)

# npm comes with Debian's npm package, or with a nodejs that provides it.
$(PDFJS):
	$(Q)command -v npm >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    --no-install-recommends npm >/dev/null; }
	$(Q)mkdir -p $(NPM_PREFIX)
	$(Q)npm install --prefix $(NPM_PREFIX) --no-audit --no-fund --no-save --loglevel=error \
	  pdfjs-dist@$(PDFJS_VERSION) >/dev/null

build: $(BIN) $(SHLIB)

# The data folder is compiled in: a change of PREFIX rebuilds (the stamp
# is rewritten only when it differs).
PREFIX_STAMP := $(BUILD)/prefix.stamp
$(shell mkdir -p $(BUILD) && { [ "$$(cat $(PREFIX_STAMP) 2>/dev/null)" = "$(PREFIX)" ] || echo "$(PREFIX)" > $(PREFIX_STAMP); })

$(BUILD)/obj/%.o: src/%.c $(HEADERS) $(PREFIX_STAMP)
	@echo "  CC      $<"
	$(Q)mkdir -p $(@D)
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@ && ar rcs $@ $^

# The shared library exports bulletin_* only (src/libbulletin.map).
$(SHLIB): $(LIB_OBJ) src/libbulletin.map
	@echo "  LD      $@"
	$(Q)$(CC) -shared $(LDFLAGS) -Wl,-soname,$(SO_NAME) -Wl,--version-script=src/libbulletin.map \
	  -o $@ $(LIB_OBJ) $(PKG_LIBS)
	$(Q)ln -sf $(SO_FILE) $(BUILD)/$(SO_NAME) && ln -sf $(SO_NAME) $(BUILD)/libbulletin.so

$(BUILD)/bulletin.pc: src/bulletin.pc.in $(PREFIX_STAMP)
	$(Q)sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@VERSION@|0.1.0|' \
	  -e 's|@REQUIRES_PRIVATE@|$(PC_REQ)|' -e 's|@LIBS_PRIVATE@|-lhpdf -lm -pthread|' $< > $@

# The program's lxw_tmpfile and zipOpen (src/xlsx/xlsx.c: the workbook's
# parts and zip in memory) are exported, so that libxlsxwriter's own calls
# reach them.
# Likewise libxlsxwriter's XML writer, attributes, cell names, cells,
# rows, links and shared strings
# (src/xlsx/xmlw.c: the same bytes for less work), and its makers and
# freers of cells and rows (src/xlsx/cellmem.c: from blocks), taken from the archive
# by name (-u: nothing in the program calls them).
XMLW_SYMS   = lxw_xml_start_tag lxw_xml_empty_tag lxw_xml_end_tag lxw_xml_data_element \
              lxw_new_attribute_str lxw_new_attribute_int lxw_new_attribute_dbl lxw_rowcol_to_cell \
              lxw_add_worksheet_relationship lxw_utf8_strlen _write_number_cell _write_string_cell \
              _write_cell _write_row _write_relationship _worksheet_write_hyperlink_external \
              lxw_get_sst_index lxw_sst_free \
              _new_number_cell _new_string_cell _new_blank_cell _new_row _free_cell _free_row
EXPORT_SYMS = $(foreach s,lxw_tmpfile zipOpen zipOpenNewFileInZip4_64 zipWriteInFileInZip zipCloseFileInZip zipClose $(XMLW_SYMS),-Wl,--export-dynamic-symbol=$(s)) \
              $(foreach s,$(XMLW_SYMS),-Wl,-u,$(s))
# The program links the small MIT/BSD libraries that nothing else in the
# process uses (libdeflate, inih, jansson) from their static archives when
# Debian has them: each shared object costs an export its mapping, its
# relocations and their page faults (22 -> 19 objects; on this machine's
# VM, where a page fault is dear, about 3% of a one-bulletin export's CPU).
# The shared library and the tests link them as before.
STATIC_OR_SHARED = $(if $(filter /%,$(shell $(CC) -print-file-name=lib$(1).a)),-l:lib$(1).a,-l$(1))
BIN_LIBS = $(shell pkg-config --libs freetype2 harfbuzz-subset xlsxwriter minizip libcrypto zlib 2>/dev/null) \
           $(foreach l,deflate inih jansson,$(call STATIC_OR_SHARED,$(l))) -lhpdf -lm -pthread

# The program's own relative relocations (3,400 of them, 80 KB of
# .rela.dyn read at each start) packed as DT_RELR (~0.6 KB) where the
# linker and the C library know it (binutils 2.38, glibc 2.36).
PACK_RELOCS := $(shell echo 'int main(void) { return 0; }' | $(CC) -x c - -Wl,--fatal-warnings \
                 -Wl,-z,pack-relative-relocs -o $(BUILD)/.relr-check 2>/dev/null \
                 && echo -Wl,-z,pack-relative-relocs; rm -f $(BUILD)/.relr-check)
$(BIN): $(BUILD)/obj/cli/main.o $(LIB)
	@echo "  LD      $@"
	$(Q)$(CC) $(LDFLAGS) $(PACK_RELOCS) $(EXPORT_SYMS) -o $@ $^ $(FIRST_LIBS) $(BIN_LIBS)

$(BUILD)/tests/%: tests/unit/%.c tests/unit/test_util.h $(LIB) | $(BUILD)/tests
	@echo "  CC      $<"
	$(Q)$(CC) $(CPPFLAGS) -DTESTING -Isrc $(CFLAGS) -o $@ $< $(LIB) $(PKG_LIBS) -lcmocka

$(BUILD)/obj $(BUILD)/tests:
	$(Q)mkdir -p $@

-include $(LIB_OBJ:.o=.d) $(BUILD)/obj/cli/main.d

# The main job: every input/*.txt into output/.
run: $(BIN)
	$(Q)mkdir -p output
	$(Q)$(BIN) export -o output input/
	$(Q)ls output | sed 's/^/  OUT     output\//'

# --- Tests -----------------------------------------------------------------
# Unit tests run last so that the run ends with cmocka's summary.
test: test-deps build example cli golden corpus regress figures labels pdf-checks a11y-checks template-checks xlsx e2e \
      batch faults pathological fuzz-replay unit

golden: $(BIN)
	$(Q)sh tests/tools/run_golden.sh $(BIN)

# Real public texts (tests/corpus): outlines read by hand, dumps as goldens.
corpus: $(BIN)
	$(Q)PYTHON=$(PYTHON) sh tests/tools/run_corpus.sh $(BIN)

regress: $(BIN)
	$(Q)$(PYTHON) tests/tools/run_regress.py $(BIN) tests/regress/regressions.txt

# The command line a user meets: folders, files, options, names, order,
# data from the program's place, terminal manners, shards, installs.
cli: $(BIN)
	$(Q)sh tests/cli/run_cli.sh $(BIN)

e2e: $(BIN)
	$(Q)sh tests/cli/run_e2e.sh $(BIN)

figures: $(BIN)
	$(Q)$(PYTHON) tests/tools/check_gold.py --all | tail -1
	$(Q)$(PYTHON) tests/tools/run_figures.py $(BIN)

# Labels against gold read by hand (tests/golden/labels): fails when a text
# has fewer right labels than tests/golden/labels/expected.tsv.
labels: $(BIN)
	$(Q)$(PYTHON) tests/tools/run_labels.py -q --check $(BIN)

xlsx: $(BIN)
	$(Q)$(PYTHON) tests/checks/run_xlsx_checks.py $(BIN)

# The PDFs of every input measured (tests/checks/check_pdf.py, poppler, qpdf,
# mupdf, fontTools); pdf_driver --text gives the text each must carry.
$(BUILD)/pdf_driver: tests/checks/pdf_driver.c $(LIB) | $(BUILD)/tests
	@echo "  CC      $<"
	$(Q)$(CC) $(CPPFLAGS) -Isrc $(CFLAGS) -o $@ $< $(LIB) $(PKG_LIBS)

# Both templates measured: GB/T 9704 grid and page numbers, the brochure's
# cover, key figures, outline and labels, broken templates.
template-checks: $(BIN)
	$(Q)$(PYTHON) tests/checks/run_template_checks.py $(BIN)

faults: $(BIN)
	$(Q)sh tests/cli/run_faults.sh $(BIN)

pdf-checks: $(BIN) $(BUILD)/pdf_driver
	$(Q)PDF_TEXT_BIN=$(BUILD)/pdf_driver sh tests/checks/run_pdf_checks.sh $(BIN)

# Accessibility (issue 19): the text of poppler, MuPDF and pdf.js equals
# the source on every corpus text; tags, structure, metadata, PDF/A.
a11y-checks: $(BUILD)/pdf_driver $(PDFJS)
	$(Q)PYTHON=$(PYTHON) sh tests/checks/run_a11y_checks.sh $(BUILD)/pdf_driver $(NPM_PREFIX)

batch: $(BIN)
	$(Q)sh tests/cli/run_batch.sh $(BIN)

# Bounds are for an optimised build; sanitizers run about 4x slower and use
# about 3x the memory.
pathological: $(BIN)
	$(Q)BULLETIN_TIME_FACTOR=$(if $(filter 1,$(SAN)),6,1) BULLETIN_MEM_FACTOR=$(if $(filter 1,$(SAN)),4,1) \
	  $(PYTHON) tests/pathological/run.py $(BIN)

# `make install PREFIX=...` compiles the library again (the data folder is
# compiled in): too slow for make test, which checks a staged install of
# the build at hand (example).
install-check:
	$(Q)sh tests/cli/run_install.sh

# The cases too slow for make test (the 10 MB bulletin, a PREFIX install);
# .ci/run runs them.
test-slow: $(BIN) install-check
	$(Q)BULLETIN_TIME_FACTOR=$(if $(filter 1,$(SAN)),6,1) BULLETIN_MEM_FACTOR=$(if $(filter 1,$(SAN)),4,1) \
	  $(PYTHON) tests/pathological/run.py $(BIN) --slow

unit: $(UNIT_BIN)
	$(Q)total=0; failed=0; for t in $(UNIT_BIN); do \
	  $$t || failed=$$((failed + 1)); total=$$((total + 1)); \
	done; \
	if [ $$failed -ne 0 ]; then echo "unit: $$failed of $$total test programs failed" >&2; exit 1; fi

asan:
	$(Q)$(MAKE) --no-print-directory test SAN=1

valgrind: $(BIN)
	$(Q)d=$$(mktemp -d); for f in $(INPUTS) tests/fixtures/*.txt; do \
	  valgrind -q --error-exitcode=1 --leak-check=full $(BIN) dump "$$f" >/dev/null || exit 1; \
	  valgrind -q --error-exitcode=1 --leak-check=full $(BIN) export -q -t pdf,xlsx,json,tsv -o $$d "$$f" || exit 1; \
	done; rm -rf "$$d"; echo "valgrind: clean"

# Rewrites tests/golden/ from the current build; review the diff.
golden-update: $(BIN)
	$(Q)sh tests/tools/run_golden.sh $(BIN) --update

# --- Benchmarks ------------------------------------------------------------
# make bench: an optimised build (no sanitizers) and the floor program (the
# unavoidable work of an export: tests/tools/floor.c), then paired,
# alternating runs of the export against the floor (and XeLaTeX when
# installed); the table goes to stdout and output/bench.txt.  BENCH_RUNS=N
# sets the number of pairs.  Not part of make test: no test asserts a time.
# The floor links libdeflate as the program does (statically when it can).
FLOOR_PKGS := harfbuzz-subset libdeflate
$(BUILD)/floor: tests/tools/floor.c | $(BUILD)/tests
	@echo "  CC      $<"
	$(Q)$(CC) -D_POSIX_C_SOURCE=200809L $(WARN) $(OPT) $(SANFLAGS) \
	  $(shell pkg-config --cflags $(FLOOR_PKGS) 2>/dev/null) -o $@ $< \
	  $(LDFLAGS) $(shell pkg-config --libs harfbuzz-subset 2>/dev/null) $(call STATIC_OR_SHARED,deflate) -pthread

bench: test-deps
	$(Q)$(MAKE) --no-print-directory build build/floor SAN=
	$(Q)$(PYTHON) tests/tools/bench.py build/bulletin build/floor $(BENCH_RUNS)

# --- Fuzzing ---------------------------------------------------------------
# make fuzz FUZZ_SECONDS=N: libFuzzer (clang) over the parser and every
# backend, seeded from input/ and tests/fixtures; new crashes land in
# build/fuzz/ and belong in tests/fuzz/regress/ once fixed.
# make fuzz-replay FILES="...": replays files with gcc + ASan.
FUZZ_SECONDS ?= 60
FUZZ_CFLAGS  := -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
                -D_POSIX_C_SOURCE=200809L -DFUZZ_DATA_DIR='"$(CURDIR)"' -Isrc \
                $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
FUZZ_REGRESS := $(wildcard tests/fuzz/regress/*)

build/fuzz/fuzz_parse: tests/fuzz/fuzz_parse.c $(LIB_SRC) $(HEADERS) | deps
	$(Q)mkdir -p build/fuzz
	@echo "  CLANG   $@"
	$(Q)clang $(FUZZ_CFLAGS) -o $@ tests/fuzz/fuzz_parse.c $(LIB_SRC) $(PKG_LIBS)

build/fuzz/fuzz_paths: tests/fuzz/fuzz_paths.c $(LIB_SRC) $(HEADERS) | deps
	$(Q)mkdir -p build/fuzz
	@echo "  CLANG   $@"
	$(Q)clang $(FUZZ_CFLAGS) -o $@ tests/fuzz/fuzz_paths.c $(LIB_SRC) $(PKG_LIBS)

# make fuzz-paths FUZZ_SECONDS=N: hostile file names through the export
# path (outputs only where they belong, inputs untouched, names escaped).
fuzz-paths: build/fuzz/fuzz_paths
	$(Q)mkdir -p build/fuzz/paths-corpus build/fuzz/paths-seeds
	$(Q)printf 'a.txt' >build/fuzz/paths-seeds/plain; printf '..\000t\n' >build/fuzz/paths-seeds/dotdot; \
	printf '\377\376.txt' >build/fuzz/paths-seeds/bytes; printf 'x\ny.md\000\346\240\207\351\242\230\n' >build/fuzz/paths-seeds/newline; \
	printf '.a.pdf.bulletin-abcdef' >build/fuzz/paths-seeds/tempname; printf 'b10.x.y.txt' >build/fuzz/paths-seeds/dots
	$(Q)cd build/fuzz && ./fuzz_paths -max_total_time=$(FUZZ_SECONDS) -max_len=512 \
	  -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 paths-corpus paths-seeds

fuzz: build/fuzz/fuzz_parse
	$(Q)mkdir -p build/fuzz/corpus build/fuzz/seeds
	$(Q)cp input/*.txt tests/fixtures/*.txt tests/fixtures/bad/*.txt build/fuzz/seeds/ 2>/dev/null; \
	for f in build/fuzz/seeds/*; do { printf '\000'; cat "$$f"; } > "$$f.seed" && rm "$$f"; done
	$(Q)cd build/fuzz && ./fuzz_parse -max_total_time=$(FUZZ_SECONDS) -max_len=16384 \
	  -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 corpus seeds ../../tests/fuzz/regress

$(BUILD)/fuzz-replay: tests/fuzz/fuzz_parse.c tests/fuzz/replay_main.c $(LIB) | $(BUILD)/tests
	@echo "  CC      $@"
	$(Q)$(CC) $(CPPFLAGS) -DFUZZ_DATA_DIR='"$(CURDIR)"' -Isrc $(CFLAGS) -o $@ tests/fuzz/fuzz_parse.c tests/fuzz/replay_main.c \
	  $(LIB) $(PKG_LIBS)

fuzz-replay: $(BUILD)/fuzz-replay
	$(Q)$(BUILD)/fuzz-replay $(or $(FILES),$(FUZZ_REGRESS) $(INPUTS) $(wildcard tests/fixtures/*.txt))

# --- Install ---------------------------------------------------------------
# The program, the library (static, shared, header, pkg-config), the man
# page, the data and the documents.  uninstall removes exactly these.
DOCS := README.md CHANGELOG.md LICENSE docs/TYPESETTING.md docs/LIBS.md
D    := $(DESTDIR)$(PREFIX)
install: $(BIN) $(SHLIB) $(BUILD)/bulletin.pc
	install -d $(D)/bin $(D)/include $(D)/lib/pkgconfig $(D)/share/man/man1 \
	  $(D)/share/bulletin/fonts $(D)/share/bulletin/templates $(D)/share/doc/bulletin
	install -m 755 $(BIN) $(D)/bin/bulletin
	install -m 644 src/bulletin.h $(D)/include/bulletin.h
	install -m 644 $(LIB) $(D)/lib/libbulletin.a
	install -m 755 $(SHLIB) $(D)/lib/$(SO_FILE)
	ln -sf $(SO_FILE) $(D)/lib/$(SO_NAME)
	ln -sf $(SO_NAME) $(D)/lib/libbulletin.so
	install -m 644 $(BUILD)/bulletin.pc $(D)/lib/pkgconfig/bulletin.pc
	install -m 644 src/cli/bulletin.1 $(D)/share/man/man1/bulletin.1
	install -m 644 fonts/fonts.ini fonts/README.md $(D)/share/bulletin/fonts/
	install -m 644 templates/*.ini $(D)/share/bulletin/templates/
	install -m 644 $(DOCS) $(D)/share/doc/bulletin/

uninstall:
	rm -f $(D)/bin/bulletin $(D)/include/bulletin.h $(D)/lib/libbulletin.a \
	  $(D)/lib/$(SO_FILE) $(D)/lib/$(SO_NAME) $(D)/lib/libbulletin.so \
	  $(D)/lib/pkgconfig/bulletin.pc $(D)/share/man/man1/bulletin.1
	rm -f $(addprefix $(D)/share/bulletin/fonts/,fonts.ini README.md) \
	  $(addprefix $(D)/share/bulletin/templates/,$(notdir $(wildcard templates/*.ini))) \
	  $(addprefix $(D)/share/doc/bulletin/,$(notdir $(DOCS)))
	-rmdir $(D)/share/bulletin/fonts $(D)/share/bulletin/templates $(D)/share/bulletin \
	  $(D)/share/doc/bulletin 2>/dev/null

# A staged install (DESTDIR), then the example built the way a user
# builds against it (pkg-config) and run: a bulletin to PDF and XLSX
# through the library alone; nm shows only bulletin_* exported.
example: $(BIN) $(SHLIB) $(BUILD)/bulletin.pc
	$(Q)sh tests/cli/run_example.sh "$(CURDIR)/$(BUILD)/stage" "$(PREFIX)" "$(CC) $(SANFLAGS)"

clean:
	rm -rf build
	find output -mindepth 1 ! -name .gitkeep -delete 2>/dev/null || true

format:
	clang-format -i src/*.h src/*/*.c src/*/*.h tests/unit/*.c tests/unit/*.h

format-check:
	clang-format --dry-run --Werror src/*.h src/*/*.c src/*/*.h tests/unit/*.c tests/unit/*.h

lint: test-deps
	cppcheck --error-exitcode=1 --enable=warning,portability --inline-suppr -q src
