#!/usr/bin/env python3
"""Regression tests: each example in tests/regress/regressions.txt gives an
input and the exact dump expected (cmark's spec format):

    ## Issue #N: what went wrong
    ```````````````````````````````` example [CLI FLAGS]
    input lines
    .
    expected dump lines
    ````````````````````````````````

A '→' in an example stands for a tab, '␍' for a carriage return.
Usage: run_regress.py BULLETIN FILE"""
import subprocess
import sys

FENCE = "`" * 32


def examples(path):
    title = ""
    lines = open(path, encoding="utf-8").read().split("\n")
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("#"):
            title = line.lstrip("# ").strip()
        if line.startswith(FENCE + " example"):
            flags = line[len(FENCE + " example"):].split()
            start = i + 1
            i += 1
            while lines[i] != ".":
                i += 1
            dot = i
            while lines[i] != FENCE:
                i += 1
            src = "\n".join(lines[start:dot]) + "\n"
            want = "\n".join(lines[dot + 1:i]) + "\n"
            yield title, start, flags, src.replace("→", "\t").replace("␍", "\r"), want
        i += 1


def main():
    binary, path = sys.argv[1], sys.argv[2]
    passed = failed = 0
    for title, line, flags, src, want in examples(path):
        r = subprocess.run([binary, "dump", *flags, "-"], input=src.encode(),
                           capture_output=True)
        got = r.stdout.decode() if r.returncode == 0 else r.stderr.decode()
        if got == want:
            passed += 1
        else:
            failed += 1
            print(f"regress: {path}:{line}: {title}\n--- expected\n{want}--- got\n{got}")
    print(f"regress: {passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
