#!/usr/bin/env python3
"""make bench: speed, memory and size of exports (issue 9), side by side
with a floor program and XeLaTeX (the speed issue's measurement part).

Main table, each case against the floor program (tests/tools/floor.c: the
unavoidable work only) and, when installed, XeLaTeX (ctex) on the same text:
  1x      the reference bulletin (input/hubei-ip-top10-2023.txt), PDF + XLSX
  10x     its ten sections repeated 10 times (100 sections)
  100x    ... 100 times (1,000 sections).  Copy 1 is the reference as
          written; copy k >= 2 ends each heading in "（k）", so that every
          heading is distinct (the numbering restarts at 一 in each copy: a
          warning a copy, not printed with -q).  The text is made at run time.
  batch   1,000 files, -j 2: the corpus (tests/corpus/*.txt) cycled, copied
          under distinct names into a temporary folder, each run into a
          fresh output folder (all removed after the last run); bulletins a second,
          and 20 sampled outputs compared byte for byte with one-at-a-time
          exports of the same files.
For each run: user+sys CPU and peak RSS from wait4's rusage (for a batch,
CPU of every process, RSS of the largest), wall time, output bytes; the
CPU's split into user and system time is printed below the table.  The
export and the others run in pairs, alternating (A B, B A, A B, ...), each
output folder emptied before a run; the table gives the medians, and each
ratio (the export's figure over the other's) is the median of the pairs'
ratios, which is what to compare on a shared machine whose speed swings.
For 1x and 100x also the instructions of one run of the export and of the
floor under callgrind (repeatable where times are not; BENCH_CALLGRIND=0
leaves them out).  The floor gets the export's output sizes and its PDF's
streams other than the fonts, before compression (from a warm-up export of
the same text).  For each PDF also its size against
`qpdf --object-streams=generate` of it.

Then the old table (median, min and max wall, CPU, peak RSS, bytes):
export, export-gw, pdf, pdf-gw, xlsx, parse (check), x10-para (every paragraph
written ten times), batch-same (200 copies of the reference, -j 2).

The issue's targets are printed as met or not: a measurement, never a test.
Writes everything to stdout and to output/bench.txt.
Usage: bench.py BULLETIN FLOOR [RUNS]   (RUNS: pairs per case, default 21;
the batch runs max(3, RUNS / 5) times, XeLaTeX max(3, RUNS / 3) times)"""
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zlib

REF = "input/hubei-ip-top10-2023.txt"
CORPUS = "tests/corpus"
BATCH_FILES = 1000
BATCH_SAMPLES = 20
MiB = 1024 * 1024


# --- running ------------------------------------------------------------------

class Run:
    __slots__ = ("cpu", "wall", "rss", "bytes", "user", "sys")

    def __init__(self, cpu, wall, rss, nbytes, user=0.0, sys_=0.0):
        self.cpu, self.wall, self.rss, self.bytes = cpu, wall, rss, nbytes
        self.user, self.sys = user, sys_


def dir_bytes(d):
    total = 0
    for root, _, files in os.walk(d):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total


def empty_dir(d):
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)


def run_once(argv, env, out=None, cwd=None, count=None):
    """Runs argv (stdout and stderr to /dev/null) after emptying `out`;
    returns a Run.  `count` is the folder whose bytes are counted (out)."""
    if out:
        empty_dir(out)
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        try:
            fd = os.open(os.devnull, os.O_RDWR)
            os.dup2(fd, 0)
            os.dup2(fd, 1)
            os.dup2(fd, 2)
            if cwd:
                os.chdir(cwd)
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    dt = time.monotonic() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"bench: {' '.join(argv)} failed ({os.waitstatus_to_exitcode(status)})")
    d = count or out
    return Run(ru.ru_utime + ru.ru_stime, dt, ru.ru_maxrss * 1024, dir_bytes(d) if d else 0,
               ru.ru_utime, ru.ru_stime)


def med(xs):
    return statistics.median(xs) if xs else float("nan")


# --- texts --------------------------------------------------------------------

HEADING = re.compile(r"\s*[一二三四五六七八九十]{1,3}、")


def repeated(ref_text, copies):
    """The reference's sections repeated `copies` times, headings distinct."""
    lines = [ln for ln in ref_text.split("\n") if ln.strip()]
    first = next(i for i, ln in enumerate(lines) if HEADING.match(ln))
    head, body = lines[:first], lines[first:]
    out = list(head)
    for k in range(1, copies + 1):
        for ln in body:
            out.append(ln + f"（{k}）" if k > 1 and HEADING.match(ln) else ln)
    return "\n".join(out) + "\n"


def paragraphs_x10(ref_text):
    """The old x10: every paragraph written ten times, headings once."""
    lines = [ln for ln in ref_text.split("\n") if ln.strip()]
    big = [lines[0]]
    for ln in lines[1:]:
        big.extend([ln] if HEADING.match(ln) else [ln] * 10)
    return "\n".join(big) + "\n"


TEX_SPECIAL = {c: "\\" + c for c in "%$&#_{}"}
TEX_SPECIAL.update({"~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
                    "\\": r"\textbackslash{}"})


def to_tex(text):
    """The same text for XeLaTeX (ctexart): the first line as a centred
    title, level-1 headings as \\section*, the rest as paragraphs."""
    esc = lambda s: "".join(TEX_SPECIAL.get(c, c) for c in s)
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    out = [r"\documentclass[UTF8,a4paper,zihao=5]{ctexart}",
           r"\usepackage[margin=25mm]{geometry}",
           r"\begin{document}",
           r"\begin{center}\heiti\zihao{2} " + esc(lines[0]) + r"\end{center}", ""]
    for ln in lines[1:]:
        if HEADING.match(ln):
            out.append(r"\section*{" + esc(ln) + "}")
        else:
            out.append(esc(ln))
        out.append("")
    out.append(r"\end{document}")
    return "\n".join(out) + "\n"


# --- the PDF's streams ------------------------------------------------------------

def pdf_streams(path):
    """The PDF's streams other than the font programs (page contents,
    ToUnicode, CIDToGIDMap) before compression: what the export deflates
    besides the fonts."""
    d = open(path, "rb").read()
    ints = {int(m.group(1)): int(m.group(2))
            for m in re.finditer(rb"(\d+) 0 obj\s*(\d+)\s*endobj", d)}
    found = list(re.finditer(rb"(\d+) 0 obj\s*<<((?:(?!endobj).)*?)>>\s*stream\r?\n", d, re.S))
    # the integers (indirect /Length values) inside object streams
    for m in found:
        hdr = m.group(2)
        if b"/ObjStm" not in hdr:
            continue
        length = int(re.search(rb"/Length (\d+)", hdr).group(1))
        first = int(re.search(rb"/First (\d+)", hdr).group(1))
        body = zlib.decompress(d[m.end():m.end() + length])
        nums = [int(x) for x in body[:first].split()]
        offs = list(zip(nums[0::2], nums[1::2]))
        for i, (num, off) in enumerate(offs):
            end = offs[i + 1][1] if i + 1 < len(offs) else len(body) - first
            val = body[first + off:first + end].strip()
            if val.isdigit():
                ints[num] = int(val)
    out = []
    for m in found:
        hdr = m.group(2)
        if b"/Length1" in hdr:
            continue
        lm = re.search(rb"/Length (\d+)( 0 R)?", hdr)
        length = ints[int(lm.group(1))] if lm.group(2) else int(lm.group(1))
        raw = d[m.end():m.end() + length]
        out.append(zlib.decompress(raw) if b"FlateDecode" in hdr else raw)
    return out


def instructions(argv, env, out, tmp):
    """Instructions of one run under callgrind: repeatable, unlike times."""
    empty_dir(out)
    f = os.path.join(tmp, "callgrind.out")
    subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={f}"] + argv, env=env,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    total = next(int(ln.split()[1]) for ln in open(f) if ln.startswith(("summary:", "totals:")))
    os.remove(f)
    return total


def qpdf_size(pdf, tmp):
    q = shutil.which("qpdf")
    if not q:
        return None
    out = os.path.join(tmp, "qpdf-out.pdf")
    subprocess.run([q, "--object-streams=generate", pdf, out], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    size = os.path.getsize(out)
    os.remove(out)
    return size


# --- XeLaTeX -----------------------------------------------------------------------

def xelatex_status():
    """(argv0, None) when usable, else (None, why)."""
    x = shutil.which("xelatex")
    if not x:
        return None, "not installed (texlive-xetex, texlive-lang-chinese: not in the default set)"
    k = shutil.which("kpsewhich")
    if k:
        r = subprocess.run([k, "ctexart.cls"], capture_output=True, text=True)
        if not r.stdout.strip():
            return None, "installed without ctex (texlive-lang-chinese)"
    return x, None


# --- the cases -----------------------------------------------------------------------

def paired_case(name, text, tmp, binary, floor, xelatex, runs, xruns, env, callgrind):
    """The export against the floor (and XeLaTeX) on `text`: alternating
    pairs.  Returns a dict of results."""
    d = os.path.join(tmp, name)
    os.makedirs(d)
    stem = os.path.basename(REF)[:-4] + ("" if name == "1x" else "-" + name)
    src = os.path.join(d, f"{stem}.txt")
    open(src, "w", encoding="utf-8").write(text)
    o_b, o_f, o_x = (os.path.join(d, s) for s in ("out-bulletin", "out-floor", "out-xelatex"))
    b_argv = [binary, "export", "-q", "-j", "1", "-o", o_b, src]

    # warm-up, and the sizes the floor needs
    run_once(b_argv, env, o_b)
    pdf = os.path.join(o_b, f"{stem}.pdf")
    xlsx = os.path.join(o_b, f"{stem}.xlsx")
    pdf_bytes, xlsx_bytes = os.path.getsize(pdf), os.path.getsize(xlsx)
    raw = pdf_streams(pdf)
    streams = sum(len(r) for r in raw)
    sfile = os.path.join(d, "streams.bin")  # the floor's input: "LENGTH\n" then the bytes
    with open(sfile, "wb") as f:
        for r in raw:
            f.write(b"%d\n" % len(r) + r)
    qsize = qpdf_size(pdf, d)
    f_argv = [floor, "-f", os.path.abspath("fonts/fonts.ini"), "-o", o_f, src, str(pdf_bytes),
              str(xlsx_bytes), sfile]
    run_once(f_argv, env, o_f)
    progs = {"bulletin": b_argv, "floor": f_argv}
    outs = {"bulletin": o_b, "floor": o_f}
    x_argv = None
    if xelatex:
        tex = os.path.join(d, f"{stem}.tex")
        open(tex, "w", encoding="utf-8").write(to_tex(text))
        x_argv = [xelatex, "-interaction=batchmode", "-halt-on-error", "-no-shell-escape",
                  f"-output-directory={o_x}", tex]
        progs["xelatex"] = x_argv
        outs["xelatex"] = o_x
        try:
            run_once(x_argv, env, o_x, cwd=d, count=None)
        except SystemExit as e:
            print(f"bench: {name}: XeLaTeX failed, left out ({e})", file=sys.stderr)
            del progs["xelatex"]
            x_argv = None

    instr = {}
    if callgrind and name in ("1x", "100x"):
        for p in ("bulletin", "floor"):
            instr[p] = instructions(progs[p], env, outs[p], d)
    res = {p: [] for p in progs}
    ratios = {p: {"cpu": [], "wall": [], "rss": []} for p in progs if p != "bulletin"}
    for i in range(runs):
        order = [p for p in progs if p != "xelatex" or i < xruns]
        if i % 2:
            order.reverse()
        got = {}
        for p in order:
            cwd = d if p == "xelatex" else None
            r = run_once(progs[p], env, outs[p], cwd=cwd)
            if p == "xelatex":  # the PDF only (no .aux, .log)
                r.bytes = os.path.getsize(os.path.join(o_x, f"{stem}.pdf"))
            got[p] = r
            res[p].append(r)
        for p in got:
            if p == "bulletin":
                continue
            for k in ("cpu", "wall", "rss"):
                other = getattr(got[p], k)
                if other > 0:
                    ratios[p][k].append(getattr(got["bulletin"], k) / other)
    return {"name": name, "res": res, "ratios": ratios, "pdf": pdf_bytes, "xlsx": xlsx_bytes,
            "streams": streams, "qpdf": qsize, "text_bytes": len(text.encode()), "instr": instr}


def batch_case(tmp, binary, runs, env):
    corpus = sorted(f for f in os.listdir(CORPUS) if f.endswith(".txt"))
    src = os.path.join(tmp, "batch")
    os.makedirs(src)
    names = []
    for i in range(BATCH_FILES):
        f = corpus[i % len(corpus)]
        n = f"b{i:04}-{f}"
        shutil.copy(os.path.join(CORPUS, f), os.path.join(src, n))
        names.append(n[:-4])
    # Each run writes into a folder of its own, all removed after the last
    # run: emptying one folder between runs deleted 2,000 files just before
    # the next run created 2,000, and on ext4 without a journal each new
    # inode is then looked for past every inode deleted in the last minute
    # (recently_deleted, a buffer look-up each): about a fifth of the
    # batch's CPU went to the kernel's search, a cost of the benchmark's
    # own clean-up that no export into a folder pays.
    outs = []

    def one_run():
        out = os.path.join(tmp, f"batch-out-{len(outs)}")
        outs.append(out)
        return run_once([binary, "export", "-q", "-j", "2", "-o", out, src], env, out)

    one_run()  # warm-up
    rs = [one_run() for _ in range(runs)]
    out = outs[-1]
    # byte-for-byte: sampled outputs of the last batch against one-at-a-time exports
    one = os.path.join(tmp, "batch-one")
    sample = sorted(random.Random(9).sample(names, BATCH_SAMPLES))
    same, differ = 0, []
    for n in sample:
        run_once([binary, "export", "-q", "-j", "1", "-o", one, os.path.join(src, n + ".txt")], env, one)
        ok = True
        for ext in (".pdf", ".xlsx"):
            a, b = os.path.join(out, n + ext), os.path.join(one, n + ext)
            if not (os.path.exists(a) and open(a, "rb").read() == open(b, "rb").read()):
                ok = False
        if ok:
            same += 1
        else:
            differ.append(n)
    for d in outs:
        shutil.rmtree(d, ignore_errors=True)
    return {"res": rs, "same": same, "differ": differ, "files": BATCH_FILES,
            "corpus": len(corpus)}


def plain_case(name, argv, out, runs, env, rows, note=""):
    run_once(argv, env, out)  # warm-up
    rs = [run_once(argv, env, out) for _ in range(runs)]
    walls = [r.wall for r in rs]
    rows.append((name, med([r.cpu for r in rs]) * 1e3, med(walls) * 1e3, min(walls) * 1e3,
                 max(walls) * 1e3, max(r.rss for r in rs) / MiB, rs[-1].bytes, note))
    return med(walls)


# --- the report --------------------------------------------------------------------------

def fmt_ratio(xs):
    return f"{med(xs):.2f}" if xs else "-"


def main():
    if len(sys.argv) < 3:
        raise SystemExit("usage: bench.py BULLETIN FLOOR [RUNS]")
    binary = os.path.abspath(sys.argv[1])
    floor = os.path.abspath(sys.argv[2])
    runs = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] else 21
    runs = max(runs, 1)
    xruns = max(3, runs // 3)
    bruns = max(3, runs // 5)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    xelatex, xwhy = xelatex_status()
    callgrind = shutil.which("valgrind") is not None and os.environ.get("BENCH_CALLGRIND", "1") != "0"
    load0 = os.getloadavg()
    t_start = time.monotonic()
    ref_text = open(REF, encoding="utf-8").read()
    tmp = tempfile.mkdtemp(prefix="bench-")
    cases, rows = [], []
    try:
        for name, copies in (("1x", 1), ("10x", 10), ("100x", 100)):
            text = ref_text if copies == 1 else repeated(ref_text, copies)
            cases.append(paired_case(name, text, tmp, binary, floor, xelatex, runs, xruns, env,
                                     callgrind))
        batch = batch_case(tmp, binary, bruns, env)

        o = os.path.join(tmp, "o")
        plain_case("export", [binary, "export", "-q", "-j", "1", "-o", o, REF], o, runs, env, rows,
                   "pdf+xlsx, brochure")
        plain_case("export-gw", [binary, "export", "-q", "-j", "1", "--template", "gongwen", "-o", o,
                                 REF], o, runs, env, rows, "pdf+xlsx, gongwen")
        plain_case("pdf", [binary, "export", "-q", "-t", "pdf", "-o", o, REF], o, runs, env, rows,
                   "brochure")
        plain_case("pdf-gw", [binary, "export", "-q", "-t", "pdf", "--template", "gongwen", "-o", o,
                              REF], o, runs, env, rows, "gongwen")
        plain_case("xlsx", [binary, "export", "-q", "-t", "xlsx", "-o", o, REF], o, runs, env, rows,
                   "")
        plain_case("parse", [binary, "check", REF], None, runs, env, rows, "parse + figures only")
        x10p = os.path.join(tmp, "x10-para.txt")
        open(x10p, "w", encoding="utf-8").write(paragraphs_x10(ref_text))
        plain_case("x10-para", [binary, "export", "-q", "-j", "1", "-o", o, x10p], o,
                   max(3, runs // 2), env, rows, "every paragraph 10 times")
        same = os.path.join(tmp, "same")
        os.makedirs(same)
        for i in range(200):
            shutil.copy(REF, os.path.join(same, f"b{i:03}.txt"))
        tb = plain_case("batch-same", [binary, "export", "-q", "-j", "2", "-o", o, same], o, bruns,
                        env, rows, "")
        rows[-1] = rows[-1][:7] + (f"200 copies, -j 2: {200 / tb:.0f}/s",)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    load1 = os.getloadavg()
    took = time.monotonic() - t_start

    L = []
    L.append(f"make bench: {os.cpu_count()} cores, load average {load0[0]:.1f} at the start and "
             f"{load1[0]:.1f} at the end, {took:.0f} s")
    L.append(f"medians of {runs} alternating pairs (XeLaTeX: {xruns}); x = the export's figure over "
             "the other's, median of the pairs")
    L.append("")
    head = (f"{'case':<6} {'program':<9} {'CPU ms':>8} {'wall ms':>8} {'RSS MiB':>8} {'bytes':>9}"
            f"  {'CPU x':>6} {'wall x':>6} {'RSS x':>6}")
    L.append(head)
    L.append("-" * len(head))
    for c in cases:
        first = True
        for p in ("bulletin", "floor", "xelatex"):
            label = c["name"] if first else ""
            first = False
            if p not in c["res"]:
                if p == "xelatex":
                    L.append(f"{label:<6} {p:<9} {xwhy if xwhy else 'failed (see stderr)'}")
                continue
            rs = c["res"][p]
            line = (f"{label:<6} {p:<9} {med([r.cpu for r in rs]) * 1e3:>8.1f} "
                    f"{med([r.wall for r in rs]) * 1e3:>8.1f} {med([r.rss for r in rs]) / MiB:>8.1f} "
                    f"{rs[-1].bytes:>9}")
            if p != "bulletin":
                rt = c["ratios"][p]
                line += f"  {fmt_ratio(rt['cpu']):>6} {fmt_ratio(rt['wall']):>6} {fmt_ratio(rt['rss']):>6}"
            L.append(line)
    br = batch["res"]
    bcpu, bwall = med([r.cpu for r in br]), med([r.wall for r in br])
    rate = batch["files"] / bwall
    L.append(f"{'batch':<6} {'bulletin':<9} {bcpu * 1e3:>8.0f} {bwall * 1e3:>8.0f} "
             f"{max(r.rss for r in br) / MiB:>8.1f} {br[-1].bytes:>9}  "
             f"{batch['files']} files -j 2 ({batch['corpus']} corpus texts cycled): {rate:.0f}/s, "
             f"{bcpu / batch['files'] * 1e3:.1f} ms CPU each")
    L.append("")
    for c in cases:
        if c["qpdf"]:
            L.append(f"{c['name']:<5} PDF {c['pdf']} bytes, qpdf --object-streams=generate {c['qpdf']}: "
                     f"{(c['pdf'] / c['qpdf'] - 1) * 100:+.1f}%; text {c['text_bytes']} bytes, "
                     f"streams before deflate {c['streams']}")
    # the CPU's split: on a virtual machine the kernel's part (page faults,
    # system calls) can be a third of an export's CPU.  Linux apportions a
    # process's exact total by tick samples, so the split of one short run
    # is rough; the medians of many runs are not.
    for c in cases:
        parts = []
        for p in ("bulletin", "floor"):
            rs = c["res"].get(p)
            if rs:
                parts.append(f"{p} {med([r.user for r in rs]) * 1e3:.1f} + "
                             f"{med([r.sys for r in rs]) * 1e3:.1f}")
        L.append(f"{c['name']:<5} CPU user + sys ms (medians): " + ", ".join(parts))
    L.append(f"batch CPU user + sys ms (medians): {med([r.user for r in br]) * 1e3:.0f} + "
             f"{med([r.sys for r in br]) * 1e3:.0f}")
    for c in cases:
        if c["instr"]:
            b, f = c["instr"]["bulletin"], c["instr"]["floor"]
            L.append(f"{c['name']:<5} instructions (callgrind, one run each): bulletin {b / 1e6:.1f}M, "
                     f"floor {f / 1e6:.1f}M: {b / f:.2f}x")
    L.append(f"batch: {batch['same']} of {BATCH_SAMPLES} sampled bulletins byte-identical (PDF and XLSX) "
             "to one-at-a-time exports"
             + (f"; differ: {', '.join(batch['differ'])}" if batch["differ"] else ""))
    if len(cases) >= 3:
        c1, c10, c100 = cases[0], cases[1], cases[2]
        per_copy = (med([r.cpu for r in c100["res"]["bulletin"]])
                    - med([r.cpu for r in c1["res"]["bulletin"]])) / 99
        fper = (med([r.cpu for r in c100["res"]["floor"]])
                - med([r.cpu for r in c1["res"]["floor"]])) / 99
        L.append(f"each extra copy of the sections: {per_copy * 1e3:.2f} ms CPU (floor {fper * 1e3:.2f} ms)")

    # the issue's targets: printed, never asserted
    c1, c100 = cases[0], cases[2]
    r1 = c1["ratios"]["floor"]["cpu"]
    rss1 = med([r.rss for r in c1["res"]["bulletin"]]) / MiB
    cpu100 = med([r.cpu for r in c100["res"]["bulletin"]]) * 1e3
    rss100 = med([r.rss for r in c100["res"]["bulletin"]]) / MiB
    q100 = (c100["pdf"] / c100["qpdf"] - 1) * 100 if c100["qpdf"] else float("nan")
    targets = [
        ("1x CPU <= 1.3x the floor", f"{med(r1):.2f}x", med(r1) <= 1.3),
        ("1x peak RSS <= 15 MiB", f"{rss1:.1f} MiB", rss1 <= 15),
        ("100x CPU <= 100 ms", f"{cpu100:.0f} ms", cpu100 <= 100),
        ("100x peak RSS <= 30 MiB", f"{rss100:.1f} MiB", rss100 <= 30),
        ("100x PDF within 3% of qpdf --object-streams=generate", f"{q100:+.1f}%", q100 <= 3),
        ("batch -j 2 >= 200 bulletins/s", f"{rate:.0f}/s", rate >= 200),
        ("batch outputs byte-identical to one-at-a-time", f"{batch['same']}/{BATCH_SAMPLES}",
         batch["same"] == BATCH_SAMPLES),
    ]
    L.append("")
    L.append("targets (measured here, asserted nowhere):")
    for what, got, ok in targets:
        L.append(f"  {what:<54} {got:>10}  {'met' if ok else 'NOT MET'}")
    L.append("")

    head = (f"{'case':<10} {'CPU ms':>7} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'RSS MiB':>8} "
            f"{'bytes':>10}  note")
    L.append(head)
    L.append("-" * len(head))
    for r in rows:
        L.append(f"{r[0]:<10} {r[1]:>7.1f} {r[2]:>10.1f} {r[3]:>8.1f} {r[4]:>8.1f} {r[5]:>8.1f} "
                 f"{r[6]:>10}  {r[7]}")
    text = "\n".join(ln.rstrip() for ln in L) + "\n"
    sys.stdout.write(text)
    os.makedirs("output", exist_ok=True)
    with open("output/bench.txt", "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
