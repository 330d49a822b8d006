#!/usr/bin/env python3
"""Figure gold tests.  For every tests/gold/NAME.figures.tsv, runs
`bulletin figures` on input/NAME.txt or tests/fixtures/NAME.txt and prints
precision and recall on (value, unit) and kind accuracy over the matched
figures.  Fails when precision or recall is below 0.99 or kind accuracy
below 0.97, and when the reference bulletin's seven columns differ from
its gold file in any row.
Usage: run_figures.py BULLETIN"""
import collections
import glob
import os
import subprocess
import sys

COLS = 7  # section value unit qualifier kind yoy_of context
EXACT = {"hubei-ip-top10-2023"}  # gold files that must match row for row


def rows(text):
    lines = [l for l in text.split("\n") if l.strip()]
    return [l.split("\t") for l in lines[1:]]


def source_of(name):
    for d in ("input", "tests/fixtures"):
        p = os.path.join(d, name + ".txt")
        if os.path.exists(p):
            return p
    return None


def main():
    binary = sys.argv[1]
    passed = failed = 0
    for gold in sorted(glob.glob("tests/gold/*.figures.tsv")):
        name = os.path.basename(gold)[: -len(".figures.tsv")]
        src = source_of(name)
        if not src:
            print(f"figures: {gold}: no input/{name}.txt or tests/fixtures/{name}.txt")
            failed += 1
            continue
        r = subprocess.run([binary, "figures", src], capture_output=True)
        if r.returncode != 0:
            print(f"figures: {src}: exit {r.returncode}: {r.stderr.decode()}")
            failed += 1
            continue
        got = [row[:COLS] for row in rows(r.stdout.decode())]
        want = [row[:COLS] for row in rows(open(gold, encoding="utf-8").read())]
        key = lambda row: (row[1], row[2])
        g = collections.Counter(map(key, got))
        w = collections.Counter(map(key, want))
        hit = sum((g & w).values())
        precision = hit / max(1, sum(g.values()))
        recall = hit / max(1, sum(w.values()))
        # kind accuracy: pair figures by (section, value, unit, occurrence)
        def keyed(rs):
            seen = collections.Counter()
            out = {}
            for row in rs:
                k = (row[0], row[1], row[2])
                seen[k] += 1
                out[k + (seen[k],)] = row[4]
            return out
        gk, wk = keyed(got), keyed(want)
        common = set(gk) & set(wk)
        kind_ok = sum(1 for k in common if gk[k] == wk[k])
        kind_acc = kind_ok / max(1, len(common))
        ok = precision >= 0.99 and recall >= 0.99 and kind_acc >= 0.97
        exact = ""
        if name in EXACT:
            same = got == want
            exact = ", seven columns identical" if same else ", seven columns DIFFER"
            ok = ok and same
            if not same:
                for a, b in zip(got, want):
                    if a != b:
                        print(f"figures: {name}: got  {a}\nfigures: {name}: want {b}")
                        break
        print(f"figures: {name}: {len(want)} gold, {len(got)} found: precision {precision:.3f}, "
              f"recall {recall:.3f}, kind accuracy {kind_acc:.3f}{exact}")
        if not ok:
            missing = list((w - g).elements())[:5]
            extra = list((g - w).elements())[:5]
            print(f"figures: {name}: missing {missing} extra {extra}")
        passed += ok
        failed += not ok
    print(f"figures: {passed} passed, {failed} failed")
    return 1 if failed or not passed else 0


if __name__ == "__main__":
    sys.exit(main())
