#!/usr/bin/env python3
"""End-to-end workbook checks (issue 5).  Exports every input/*.txt and
every fixture with a gold file to XLSX and checks, as an analyst's tools
would read it:
  - openpyxl: the 数据 table of the reference bulletin has one row per gold
    figure, and its 数值 equal the gold values (numbers as numbers, dates
    as dates where the year is known, else as text);
  - tests/checks/check_xlsx.py: recall 1.0 and precision >= 0.99 on
    every gold file;
  - LibreOffice headless converts every sheet to CSV and the 数据 CSV shows
    the same values;
  - two exports with the same SOURCE_DATE_EPOCH are byte-identical.
Usage: run_xlsx_checks.py BULLETIN"""
import csv
import datetime
import filecmp
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

# The project's own workbook checker (tests/checks/check_xlsx.py).
CHECK_XLSX = os.path.join(os.path.dirname(os.path.abspath(__file__)), "checks", "check_xlsx.py")
if not os.path.isfile(CHECK_XLSX):
    sys.exit(f"xlsx-checks: {CHECK_XLSX} is missing")
passed = failed = 0


def result(ok, what):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print(f"xlsx-checks: FAIL: {what}")


def gold_rows(path):
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    return lines[1:]


def export(binary, src, out, epoch="1700000000"):
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch)
    r = subprocess.run([binary, "export", "-t", "xlsx", "-o", out, src], env=env,
                       capture_output=True)
    result(r.returncode == 0, f"export {src}: {r.stderr.decode()}")
    return os.path.join(out, os.path.basename(src)[:-4] + ".xlsx")


def same_value(cell, want):
    if isinstance(cell, (int, float)) and not isinstance(cell, bool):
        try:
            w = float(want)
        except ValueError:
            return False
        return abs(cell - w) <= 1e-9 * max(1.0, abs(w))
    if isinstance(cell, datetime.datetime):
        return want in (f"{cell.month}月{cell.day}日", f"{cell.year}年{cell.month}月{cell.day}日")
    return str(cell) == want


def check_reference(path, gold):
    wb = openpyxl.load_workbook(path)
    result(wb.sheetnames == ["数据", "章节", "原文", "图表", "说明"], f"sheets {wb.sheetnames}")
    ws = wb["数据"]
    header = [c.value for c in ws[1]]
    vi, ui = header.index("数值"), header.index("单位")
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True)]
    result(len(rows) == len(gold), f"数据 has {len(rows)} rows, gold {len(gold)}")
    bad = [(i + 2, r[vi], g[1]) for i, (r, g) in enumerate(zip(rows, gold))
           if not same_value(r[vi], g[1]) or (r[ui] or "") != g[2]]
    result(not bad, f"数值/单位 differ from the gold values: {bad[:5]}")
    texts = [r[vi] for r in rows if isinstance(r[vi], str)]
    result(all(t.endswith("日") for t in texts), f"only yearless dates are text: {texts}")
    result(ws.freeze_panes == "B2", f"freeze panes {ws.freeze_panes}")
    result(list(ws.tables.keys()) == ["数据表"], f"tables {list(ws.tables.keys())}")
    result(len(wb["图表"]._charts) == 2, "two charts on 图表")
    result(wb.properties.title == "湖北：发布2023年湖北知识产权十件大事", "title property")
    return rows, header


def check_gold(path, gold_path):
    if not os.path.exists(CHECK_XLSX):
        result(False, f"{CHECK_XLSX} not found")
        return
    r = subprocess.run(["/usr/bin/python3", CHECK_XLSX, path, "--gold", gold_path],
                       capture_output=True)
    g = json.loads(r.stdout.decode())["gold"]
    print(f"xlsx-checks: {os.path.basename(path)}: recall {g['recall']}, "
          f"precision {g['precision']}")
    result(g["recall"] == 1.0 and g["precision"] >= 0.99,
           f"{path}: recall {g['recall']} precision {g['precision']} "
           f"unmatched {g.get('unmatched_gold', [])[:5]}")


def check_libreoffice(path, rows, header, tmp):
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        result(False, "LibreOffice (libreoffice-calc-nogui) is not installed")
        return
    out = os.path.join(tmp, "csv")
    os.makedirs(out, exist_ok=True)
    r = subprocess.run([soffice, "--headless", "--norestore",
                        f"-env:UserInstallation=file://{tmp}/lo-profile", "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1",
                        "--outdir", out, path], capture_output=True, timeout=300)
    stem = os.path.basename(path)[:-5]
    csvs = sorted(glob.glob(os.path.join(out, stem + "-*.csv")))
    result(r.returncode == 0 and len(csvs) == 5,
           f"LibreOffice converted {len(csvs)} sheets: {r.stderr.decode()[-300:]}")
    data = os.path.join(out, stem + "-数据.csv")
    if not os.path.exists(data):
        result(False, "no 数据 CSV")
        return
    with open(data, encoding="utf-8") as f:
        table = list(csv.reader(f))
    vi = header.index("数值")
    shown = [row[vi] for row in table[1:]]
    want = []
    for r in rows:
        v = r[vi]
        want.append(v if isinstance(v, str) else None)
    bad = []
    for i, (s, r) in enumerate(zip(shown, rows)):
        v = r[vi]
        if isinstance(v, str):
            ok = s == v
        else:
            try:
                ok = abs(float(s.replace(",", "").rstrip("%")) - float(v)) < 1e-6 * max(1, abs(v))
            except ValueError:
                ok = False
        if not ok:
            bad.append((i + 2, s, v))
    result(len(shown) == len(rows) and not bad, f"LibreOffice 数据 CSV differs: {bad[:5]}")


def main():
    binary = sys.argv[1]
    tmp = tempfile.mkdtemp()
    try:
        a, b = os.path.join(tmp, "a"), os.path.join(tmp, "b")
        os.makedirs(a)
        os.makedirs(b)
        for gold_path in sorted(glob.glob("tests/golden/figures/*.figures.tsv")):
            name = os.path.basename(gold_path)[: -len(".figures.tsv")]
            src = next((p for p in (f"input/{name}.txt", f"tests/fixtures/{name}.txt")
                        if os.path.exists(p)), None)
            if not src:
                continue
            x = export(binary, src, a)
            check_gold(x, gold_path)
            y = export(binary, src, b)
            result(filecmp.cmp(x, y, shallow=False), f"{name}: two exports differ")
            if name == "hubei-ip-top10-2023":
                rows, header = check_reference(x, gold_rows(gold_path))
                check_libreoffice(x, rows, header, tmp)
        # A paragraph longer than Excel's cell limit is cut to exactly 32,767
        # characters at a character boundary, the last one "…".
        longsrc = os.path.join(tmp, "long.txt")
        body = "".join(chr(0x4E00 + i % 500) for i in range(40000))
        with open(longsrc, "w", encoding="utf-8") as f:
            f.write("标题\n" + body + "\n")
        lx = export(binary, longsrc, tmp)
        wb = openpyxl.load_workbook(lx, read_only=True)
        texts = [v for row in wb["原文"].iter_rows(values_only=True) for v in row
                 if isinstance(v, str) and len(v) > 1000]
        result(len(texts) == 1 and len(texts[0]) == 32767 and texts[0].endswith("…")
               and texts[0][:-1] == body[:32766],
               f"long paragraph: cut to {[len(t) for t in texts]} characters, not 32,767 ending in …")
        wb.close()
        # SOURCE_DATE_EPOCH changes exactly the timestamps: dcterms:created
        # and modified in docProps/core.xml and the 导出时间 cell of 说明 (a
        # shared string); every other part is byte for byte the same.
        c = export(binary, "input/hubei-ip-top10-2023.txt", tmp, epoch="1600000000")
        za = zipfile.ZipFile(os.path.join(a, "hubei-ip-top10-2023.xlsx"))
        zc = zipfile.ZipFile(c)
        result(za.namelist() == zc.namelist(), "epoch: the parts differ in name or order")
        differ = sorted(n for n in za.namelist() if za.read(n) != zc.read(n))
        result(differ == ["docProps/core.xml", "xl/sharedStrings.xml"],
               f"epoch: the parts that differ are {differ}")
        swaps = [(b"2023-11-14T22:13:20Z", b"2020-09-13T12:26:40Z"),
                 (b"2023-11-14 22:13:20 UTC", b"2020-09-13 12:26:40 UTC")]
        for n in differ:
            x = za.read(n)
            for old_ts, new_ts in swaps:
                x = x.replace(old_ts, new_ts)
            result(x == zc.read(n), f"epoch: {n} differs beyond its timestamps")
        core = za.read("docProps/core.xml")
        result(core.count(b"2023-11-14T22:13:20Z") == 2, "epoch: core.xml lacks the created and modified time")
    finally:
        shutil.rmtree(tmp)
    print(f"xlsx-checks: {passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
