#!/usr/bin/env python3
"""Hostile inputs (issue 8), generated at test time.  Each case is exported
to every format given (default: every backend)
into an empty folder and checked for: the expected exit status, a
file:line:column message where it applies, a time bound, a peak-memory
bound, and no partial output (on failure the folder stays empty, and no
temporary file is ever left).

Bounds: each case must finish within its own time limit (about ten times
what it takes, so a 50x slowdown of a small case fails) and use at most
RSS_LIMIT_MB of memory (measured as the child's peak RSS).  The slow cases
(10 MB) run only with --slow (make test-slow).
Usage: run.py BULLETIN [--slow] [FORMATS [CASE...]]"""
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

# Time limits are per case (CASES), for an optimised build;
# BULLETIN_TIME_FACTOR scales them for sanitizer builds.
TIME_FACTOR = float(os.environ.get("BULLETIN_TIME_FACTOR", "1"))
# Peak RSS of one export: at most 80 bytes per input byte for figure-dense
# text (10 MB: the PDF holds ~6,000 laid-out pages, about 630 MB; a figure
# record is ~300 bytes); AddressSanitizer roughly triples it
# (BULLETIN_MEM_FACTOR).
RSS_LIMIT_MB = 800 * float(os.environ.get("BULLETIN_MEM_FACTOR", "1"))


def gb18030():
    return "湖北省知识产权局\n全省专利授权量增长。\n".encode("gb18030")


def many(unit, n):
    return (unit * n).encode()


CASES = [
    # name, bytes, expected exit, expected message (substring) or None,
    # time limit in seconds for an optimised build (a few times what it takes on a loaded
    # machine, well under 50x for the small ones), slow (only in make test-slow)
    ("empty", b"", 1, "t.txt:1:1: error: empty bulletin", 0.8, False),
    ("bom-only", b"\xef\xbb\xbf", 1, "t.txt:1:1: error: empty bulletin", 0.8, False),
    ("front-matter-only", b"---\ntitle: \xe5\x85\xac\xe6\x8a\xa5\n---\n", 0, None, 2.0, False),
    ("unterminated-front-matter", b"---\ntitle: x\nbody\n", 1, "t.txt:1:1: error: unterminated", 0.8, False),
    ("invalid-utf8-start", b"\xff\xfebody\n", 1, "t.txt:1:1: error:", 0.8, False),
    ("invalid-utf8-middle", "标题\n正文".encode() + b"\xc3\x28" + "内容\n".encode(), 1,
     "t.txt:2:3: error: invalid UTF-8", 0.8, False),
    ("invalid-utf8-end", "标题\n正文".encode() + b"\xe6\xb9", 1, "t.txt:2:3: error: invalid UTF-8", 0.8, False),
    ("overlong", "标题\n".encode() + b"a\xc0\xafb\n", 1, "t.txt:2:2: error: invalid UTF-8", 0.8, False),
    ("overlong-3byte", "标题\n".encode() + b"\xe0\x80\xaf\n", 1, "t.txt:2:1: error: invalid UTF-8", 0.8, False),
    ("surrogate", "标题\n".encode() + b"x\xed\xa0\x80\n", 1, "t.txt:2:2: error: invalid UTF-8", 0.8, False),
    ("nul", "标题\n正".encode() + b"\x00" + "文\n".encode(), 1, "t.txt:2:2: error: NUL byte", 0.8, False),
    ("gb18030", gb18030(), 1, "iconv -f GB18030 -t UTF-8", 0.8, False),
    ("ten-megabytes", ("十兆公报\n" + "全省专利授权量12,345件，同比增长5.6%，融资金额127.16亿元。\n"
                       * 140000).encode(), 0, None, 60, True),
    # 500,000 short paragraphs and no heading (7 MB): the JSON is streamed
    # node by node (it peaked at 975 MB when a lead was one JSON value)
    ("half-a-million-paragraphs", ("标题\n" + "短段落。\n" * 500000).encode(), 0, None, 60, True),
    ("one-megabyte-line", ("长行\n" + "全省1070个市场监管所建立工作站，" * 21000 + "。\n").encode(), 0, None, 15, False),
    ("hundred-thousand-headings", ("标题\n" + "一、小节\n" * 100000).encode(), 0, None, 20, False),
    ("four-hundred-digit-number", ("标题\n共" + "9" * 400 + "件。\n").encode(), 0, None, 2.0, False),
    ("ten-thousand-figures", ("标题\n" + "5个、" * 10000 + "。\n").encode(), 0, None, 12, False),
    ("outside-bmp", "𠮷野家\n𠮷野家在𡈽地开设3家门店😀，增长𠀋5%。\n".encode(), 0, None, 2.0, False),
    ("five-thousand-char-title", ("题" * 5000 + "\n正文。\n").encode(), 0, None, 2.0, False),
    # a 60,000-character title: in the front matter an error at its place
    # (it once failed in libharu with no line); as a first line, a paragraph
    ("sixty-thousand-char-front-matter-title", ("---\ntitle: " + "题" * 60000 + "\n---\n正文。\n").encode(),
     1, "t.txt:2:8: error: the title is 60000 characters long", 2.0, False),
    ("sixty-thousand-char-first-line", ("题" * 60000 + "\n正文。\n").encode(), 0, None, 5, False),
    ("nested-brackets", ("标题\n" + "（“《【" * 2500 + "内容" + "】》”）" * 2500 + "。\n").encode(), 0, None, 2, False),
    ("only-punctuation", "，。、；：\n，，，\n".encode(), 0, None, 2.0, False),
    ("deep-levels", ("标题\n" + "一、甲\n（一）乙\n1.丙\n（1）丁\n正文5个。\n" * 5000).encode(), 0, None, 12, False),
]


def run_case(binary, formats, name, data, want_rc, want_msg, limit, tmp):
    TIME_LIMIT = limit * TIME_FACTOR
    src = os.path.join(tmp, "t.txt")
    out = os.path.join(tmp, "out")
    os.makedirs(out)
    with open(src, "wb") as f:
        f.write(data)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.monotonic()
    try:
        r = subprocess.run([binary, "export", "-q", "-j", "1", "-t", formats, "-o", out, "t.txt"],
                           cwd=tmp, capture_output=True, timeout=TIME_LIMIT * 2)
    except subprocess.TimeoutExpired:
        return [f"{name}: no answer within {TIME_LIMIT * 2:.0f} s"]
    dt = time.monotonic() - t0
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    err = r.stderr.decode(errors="replace")
    problems = []
    if r.returncode != want_rc:
        problems.append(f"{name}: exit {r.returncode}, expected {want_rc}: {err[:300]}")
    if want_msg and want_msg not in err:
        problems.append(f"{name}: stderr lacks {want_msg!r}: {err[:300]}")
    if dt > TIME_LIMIT:
        problems.append(f"{name}: took {dt:.1f} s (limit {TIME_LIMIT:.0f} s)")
    if rss > RSS_LIMIT_MB and rss > before / 1024:
        problems.append(f"{name}: peak RSS {rss:.0f} MB (limit {RSS_LIMIT_MB} MB)")
    left = os.listdir(out)
    if r.returncode != 0 and left:
        problems.append(f"{name}: failed but left {left}")
    if any(x.startswith(".") for x in left):
        problems.append(f"{name}: temporary files left: {left}")
    if r.returncode == 0 and len(left) != len(formats.split(",")):
        problems.append(f"{name}: outputs {left}")
    print(f"pathological: {name}: exit {r.returncode}, {dt * 1000:.0f} ms, {len(data)} bytes")
    return problems


def main():
    binary = os.path.abspath(sys.argv[1])
    args = sys.argv[2:]
    slow = "--slow" in args
    args = [a for a in args if a != "--slow"]
    formats = args[0] if args else "pdf,xlsx,json,tsv,dump"
    only = set(args[1:])
    passed = failed = 0
    for name, data, rc, msg, limit, is_slow in CASES:
        if only and name not in only:
            continue
        if is_slow != slow and not only:
            continue
        tmp = tempfile.mkdtemp()
        try:
            problems = run_case(binary, formats, name, data, rc, msg, limit, tmp)
        finally:
            shutil.rmtree(tmp)
        for p in problems:
            print("pathological: FAIL: " + p)
        passed += not problems
        failed += bool(problems)
    print(f"pathological: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
