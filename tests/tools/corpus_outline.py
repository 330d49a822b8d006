#!/usr/bin/env python3
"""The outline of a `bulletin dump`: one line per structural part, in
order (title, docnumber, salutation, headings, run-in leads, tables,
captions, notes, attachments, signature, date, ...); body paragraphs are
left out.  Read from standard input, written to standard output."""
import re
import sys

CN = "零一二三四五六七八九"


def cn(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def numbering(level, number):
    if number == 0:  # a heading or run-in lead without a number
        return ""
    return {1: cn(number) + "、", 2: "（" + cn(number) + "）", 3: f"{number}.",
            4: f"（{number}）"}[level]


def unquote(s):
    return s.encode("latin-1", "backslashreplace").decode("unicode_escape").encode(
        "latin-1").decode("utf-8") if "\\" in s else s


LINE = re.compile(r'^( *)([A-Z]+)(.*)$')
TEXT = re.compile(r'"((?:[^"\\]|\\.)*)"')
out = []
table = None
for raw in sys.stdin.read().split("\n"):
    m = LINE.match(raw)
    if not m:
        continue
    kind, rest = m.group(2), m.group(3)
    t = TEXT.search(rest)
    text = t.group(1).replace('\\"', '"').replace("\\\\", "\\") if t else ""
    if kind != "ROW" and kind != "CELL" and table is not None:
        out.append(f"table: {table[0]} rows x {max(table[1]) if table[1] else 0} cols")
        table = None
    if kind in ("SECTION", "RUNIN"):
        num = int(rest.split()[0])
        lv = re.search(r"level=(\d)", rest)
        level = int(lv.group(1)) if lv else 1
        label = "runin" if kind == "RUNIN" else f"heading {level}"
        out.append(f"{label}: {numbering(level, num)}{text}")
    elif kind == "TABLE":
        table = [0, []]
    elif kind == "ROW":
        table[0] += 1
        table[1].append(0)
    elif kind == "CELL":
        table[1][-1] += 1
    elif kind == "DATE":
        iso = re.search(r"iso=(\S+)", rest)
        out.append(f"date: {iso.group(1) if iso else text}")
    elif kind in ("TITLE", "SUBTITLE", "SPEAKER", "DOCNUMBER", "SALUTATION", "SIGNATURE",
                  "ATTACHMENT", "CAPTION", "NOTE", "DOCTITLE"):
        out.append(f"{kind.lower()}: {text}")
if table is not None:
    out.append(f"table: {table[0]} rows x {max(table[1]) if table[1] else 0} cols")
print("\n".join(out))
