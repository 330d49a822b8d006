#!/usr/bin/env python3
"""make bench: speed, memory and size of exports (issue 9).

Each case runs a warm-up, then RUNS timed runs; the table gives the median,
min and max wall time, the peak RSS of the slowest-memory run (from
wait4's rusage of each child) and the bytes written.  Cases:
  export       the reference bulletin, PDF + XLSX, default template
  export-gw    the same with the gongwen template
  pdf, xlsx    one backend each (where the time goes)
  x10          a bulletin 10x as long (ratio to `export` is printed)
  batch        200 copies, -j 2 (bulletins per second is printed)
Writes the table to stdout and to output/bench.txt.  No test asserts a
time: this is a measurement.
Usage: bench.py BULLETIN [RUNS]"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REF = "input/hubei-ip-top10-2023.txt"


def run_once(argv, env):
    t0 = time.monotonic()
    pid = os.fork()
    if pid == 0:
        fd = os.open(os.devnull, os.O_WRONLY)
        os.dup2(fd, 1)
        os.dup2(fd, 2)
        try:
            os.execve(argv[0], argv, env)
        finally:
            os._exit(127)
    _, status, ru = os.wait4(pid, 0)
    dt = time.monotonic() - t0
    if os.waitstatus_to_exitcode(status) not in (0,):
        raise SystemExit(f"bench: {' '.join(argv)} failed ({status})")
    return dt, ru.ru_maxrss


def dir_bytes(d):
    return sum(os.path.getsize(os.path.join(d, f)) for f in os.listdir(d))


def case(name, argv, out, runs, env, rows, note=""):
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(out)
    run_once(argv, env)  # warm-up: page cache, fonts
    times, rss = [], 0
    for _ in range(runs):
        dt, m = run_once(argv, env)
        times.append(dt)
        rss = max(rss, m)
    med = statistics.median(times)
    rows.append((name, med * 1e3, min(times) * 1e3, max(times) * 1e3, rss / 1024, dir_bytes(out),
                 note))
    return med


def main():
    binary = os.path.abspath(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 11
    env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
    tmp = tempfile.mkdtemp()
    rows = []
    try:
        o = os.path.join(tmp, "o")
        base = case("export", [binary, "export", "-q", "-j", "1", "-o", o, REF], o, runs, env, rows,
                    "pdf+xlsx, brochure")
        case("export-gw", [binary, "export", "-q", "-j", "1", "--template", "gongwen", "-o", o, REF],
             o, runs, env, rows, "pdf+xlsx, gongwen")
        case("pdf", [binary, "export", "-q", "-t", "pdf", "-o", o, REF], o, runs, env, rows,
             "brochure")
        case("pdf-gw", [binary, "export", "-q", "-t", "pdf", "--template", "gongwen", "-o", o, REF],
             o, runs, env, rows, "gongwen")
        case("xlsx", [binary, "export", "-q", "-t", "xlsx", "-o", o, REF], o, runs, env, rows, "")
        case("parse", [binary, "check", REF], o, runs, env, rows, "parse + figures only")
        # 10x: every paragraph of every section written ten times.
        lines = [l for l in open(REF, encoding="utf-8").read().split("\n") if l.strip()]
        big = [lines[0]]
        for ln in lines[1:]:
            is_heading = "、" in ln[:4]
            big.extend([ln] if is_heading else [ln] * 10)
        x10 = os.path.join(tmp, "x10.txt")
        open(x10, "w", encoding="utf-8").write("\n".join(big) + "\n")
        t10 = case("x10", [binary, "export", "-q", "-j", "1", "-o", o, x10], o, max(3, runs // 2),
                   env, rows, "")
        rows[-1] = rows[-1][:6] + (f"{t10 / base:.1f}x the time of export",)
        src = os.path.join(tmp, "batch")
        os.makedirs(src)
        for i in range(200):
            shutil.copy(REF, os.path.join(src, f"b{i:03}.txt"))
        tb = case("batch", [binary, "export", "-q", "-j", "2", "-o", o, src], o, 3, env, rows, "")
        rows[-1] = rows[-1][:6] + (f"200 bulletins, -j 2: {200 / tb:.0f}/s",)
    finally:
        shutil.rmtree(tmp)
    head = f"{'case':<10} {'median ms':>10} {'min ms':>8} {'max ms':>8} {'RSS MB':>7} {'bytes':>10}  note"
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(f"{r[0]:<10} {r[1]:>10.1f} {r[2]:>8.1f} {r[3]:>8.1f} {r[4]:>7.1f} {r[5]:>10}  {r[6]}")
    text = "\n".join(lines) + "\n"
    sys.stdout.write(text)
    os.makedirs("output", exist_ok=True)
    with open("output/bench.txt", "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
