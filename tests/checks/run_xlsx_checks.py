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
  - two exports with the same SOURCE_DATE_EPOCH are byte-identical;
  - issue 17, for analysts: pandas.read_excel of 数据 gives numbers for 数值
    and 增速(%) on every text of the corpus and the fixtures; 行 and 列 are
    integers; 期间, 日期, 增量 and 增量单位 are there; exported with the PDF,
    PDF页码 links to NAME.pdf#page=N and 说明 names the template; exported
    alone, the workbook has no PDF页码 column; every sheet prints on A4,
    fitted to the page width, with its header row repeated; the rows of
    原文 are as tall as their wrapped text.
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
CHECK_XLSX = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check_xlsx.py")
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


def export(binary, src, out, epoch="1700000000", to="xlsx"):
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch)
    r = subprocess.run([binary, "export", "-t", to, "-o", out, src], env=env,
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
    vi, ui, di = header.index("数值"), header.index("单位"), header.index("日期")
    rows = [r for r in ws.iter_rows(min_row=2, values_only=True)]
    result(len(rows) == len(gold), f"数据 has {len(rows)} rows, gold {len(gold)}")
    # a date's and a year's 数值 is blank: they are in 日期 (a date as a date,
    # text when its year is unknown; a year as the number)
    bad = [(i + 2, r[vi], r[di], g[1]) for i, (r, g) in enumerate(zip(rows, gold))
           if (not same_value(r[vi], g[1]) if g[4] not in ("date", "year")
               else r[vi] is not None or not same_value(r[di], g[1]))
           or (r[ui] or "") != g[2]]
    result(not bad, f"数值/日期/单位 differ from the gold values: {bad[:5]}")
    texts = [r[vi] for r in rows if isinstance(r[vi], str)]
    result(not texts, f"数值 holds text: {texts}")
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
    bad = []
    for i, (s, r) in enumerate(zip(shown, rows)):
        v = r[vi]
        if v is None:
            ok = s == ""
        elif isinstance(v, str):
            ok = s == v
        else:
            try:
                ok = abs(float(s.replace(",", "").rstrip("%")) - float(v)) < 1e-6 * max(1, abs(v))
            except ValueError:
                ok = False
        if not ok:
            bad.append((i + 2, s, v))
    result(len(shown) == len(rows) and not bad, f"LibreOffice 数据 CSV differs: {bad[:5]}")


def check_analyst(paths):
    """pandas reads 数值 and 增速(%) as numbers (float64, or int64 when every
    value of the workbook is a whole number), 行 and 列 as integers."""
    script = (
        "import sys, json, pandas as pd\n"
        "bad = []\n"
        "for p in sys.argv[1:]:\n"
        "    df = pd.read_excel(p, sheet_name='数据')\n"
        "    for c in ('数值', '增速(%)'):\n"
        "        if str(df[c].dtype) not in ('float64', 'int64'): bad.append((p, c, str(df[c].dtype)))\n"
        "    for c in ('行', '列'):\n"
        "        if df['序号'].notna().any() and not str(df[c].dtype).startswith('int'): bad.append((p, c, str(df[c].dtype)))\n"
        "    for c in ('期间', '日期', '增量', '增量单位'):\n"
        "        if c not in df.columns: bad.append((p, c, 'missing'))\n"
        "print(json.dumps(bad, ensure_ascii=False))\n")
    r = subprocess.run(["/usr/bin/python3", "-c", script] + paths, capture_output=True)
    if r.returncode != 0:
        result(False, f"pandas: {r.stderr.decode()[-400:]}")
        return
    bad = json.loads(r.stdout.decode())
    result(not bad, f"pandas dtypes of 数据: {bad[:5]}")


def check_pages(binary, tmp):
    """With the PDF: PDF页码 links to NAME.pdf#page=N and 说明 names the
    template; alone: no PDF页码 column.  Every sheet prints on A4, fitted
    to the width, header row repeated; 原文 rows as tall as their text."""
    src = "input/hubei-ip-top10-2023.txt"
    both, alone = os.path.join(tmp, "both"), os.path.join(tmp, "alone")
    os.makedirs(both)
    os.makedirs(alone)
    export(binary, src, both, to="pdf,xlsx")
    export(binary, src, alone, to="xlsx")
    wb = openpyxl.load_workbook(os.path.join(both, "hubei-ip-top10-2023.xlsx"))
    ws = wb["数据"]
    header = [c.value for c in ws[1]]
    result("PDF页码" in header, f"with the PDF: no PDF页码 column in {header}")
    if "PDF页码" in header:
        pc = header.index("PDF页码") + 1
        cells = [ws.cell(row=r, column=pc) for r in range(2, ws.max_row + 1)]
        bad = [(c.row, c.value, c.hyperlink and c.hyperlink.target, c.hyperlink and c.hyperlink.location)
               for c in cells
               if not isinstance(c.value, int) or not c.hyperlink
               or c.hyperlink.target != "hubei-ip-top10-2023.pdf"
               or c.hyperlink.location != f"page={c.value}"]
        result(not bad, f"PDF页码 is not a link to NAME.pdf#page=N: {bad[:3]}")
    about = {r[0]: r[1] for r in wb["说明"].iter_rows(min_row=2, values_only=True)}
    result("brochure" in (about.get("PDF页码") or ""), f"说明 does not name the template: {about.get('PDF页码')}")
    for name in wb.sheetnames:
        s = wb[name]
        ok = (s.page_setup.paperSize in (9, "9") and s.sheet_properties.pageSetUpPr is not None
              and s.sheet_properties.pageSetUpPr.fitToPage and str(s.page_setup.fitToWidth or 1) == "1"
              and str(s.page_setup.fitToHeight) == "0"
              and (s.print_title_rows or "").replace("$", "") == "1:1")
        result(ok, f"{name}: print set-up (A4, fit to width, header row repeated) missing")
    text = wb["原文"]
    width = text.column_dimensions["C"].width
    bad = []
    for r in range(2, text.max_row + 1):
        v = text.cell(row=r, column=3).value or ""
        need = sum(2.0 if ord(ch) > 0x2E80 else 1.1 for ch in v) / max(1.0, width - 1.5)
        h = text.row_dimensions[r].height
        if need > 1.05 and (h is None or h < 15 * int(need)):
            bad.append((r, h, round(need, 1)))
    result(not bad, f"原文 rows shorter than their wrapped text: {bad[:3]}")
    wb2 = openpyxl.load_workbook(os.path.join(alone, "hubei-ip-top10-2023.xlsx"))
    h2 = [c.value for c in wb2["数据"][1]]
    result("PDF页码" not in h2, f"xlsx alone: an empty PDF页码 column in {h2}")


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
        # every text of the corpus, as an analyst's pandas reads it
        corpus = os.path.join(tmp, "corpus")
        os.makedirs(corpus)
        texts = sorted(glob.glob("tests/corpus/*.txt")) + sorted(glob.glob("tests/fixtures/*.txt"))
        env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
        r = subprocess.run([binary, "export", "-q", "-t", "xlsx", "-o", corpus] + texts, env=env,
                           capture_output=True)
        result(r.returncode in (0, 1), f"export of the corpus: {r.stderr.decode()[-300:]}")
        made = sorted(glob.glob(os.path.join(corpus, "*.xlsx")))
        result(len(made) >= len(glob.glob("tests/corpus/*.txt")), f"{len(made)} corpus workbooks")
        check_analyst(made)
        check_pages(binary, tmp)
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
