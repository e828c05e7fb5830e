"""Stress probes of issue #14 at full size: time, peak RSS and rows in/out per probe.

    python benchmarks/stress.py [--out reports/stress.json] [--before SRC] [--only NAME,...]
                                [--timeout 300] [--max-rss-gb 4]

Each probe writes its input under a scratch folder, then runs ``newsevents ingest`` (or ``code``)
in a fresh subprocess whose peak RSS (``ru_maxrss``) and wall time are measured; a watchdog stops a
run past ``--timeout`` seconds or ``--max-rss-gb`` of resident memory (reported as such, not as a
result); CPU seconds are reported beside the wall time (on a shared machine they vary less).
``--before SRC`` also runs every probe with another source tree first on ``PYTHONPATH`` (e.g. a
``git archive`` of an older commit's ``src``) and prints a before/after table. Output: a
JSON file with sorted keys and a table on stdout. Not a test (``make stress``; small versions of
the same probes are unit tests in tests/test_inputs.py).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EN = ("Russian President Vladimir Putin held a telephone conversation with Azerbaijani President Ilham "
      "Aliyev on Thursday. The leaders discussed the situation around Nagorno-Karabakh and agreed to "
      "continue their contacts in various formats.")


def _csv_stray_quote(d: Path) -> tuple[Path, list[str], int]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "text", "published"])
    for i in range(200):
        w.writerow([f"r{i}", f"{EN} Report number {i}.", "2024-01-02"])
    lines = buf.getvalue().split("\n")
    lines[10] = f'r9,"{EN} Report number 9 with a stray quote.,2024-01-02'
    p = d / "stray.csv"
    p.write_text("\n".join(lines), encoding="utf-8")
    return p, ["ingest"], 200


def _csv_big_rows(d: Path) -> tuple[Path, list[str], int]:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["id", "text"])
    for i in range(200):
        w.writerow([f"r{i}", f"{EN} Report number {i}."])
        if i == 100:
            w.writerow(["big200k", (EN + " ") * (200_000 // len(EN))])
            w.writerow(["huge3m", "word " * 600_000])
    p = d / "big.csv"
    p.write_text(buf.getvalue(), encoding="utf-8")
    return p, ["ingest"], 202


def _html_deep(d: Path) -> tuple[Path, list[str], int]:
    c = d / "html"
    c.mkdir()
    (c / "deep.html").write_text("<html><body>" + "<div>" * 100_000 + EN + "</div>" * 100_000 + "</body></html>")
    (c / "ok.txt").write_text(EN, encoding="utf-8")
    return c, ["ingest"], 2


def _html_wide(d: Path) -> tuple[Path, list[str], int]:
    c = d / "wide"
    c.mkdir()
    (c / "wide.html").write_text("<html><body>" + "<span><b>" * 450 + "x" + "</b></span>" * 450
                                 + "".join(f"<p>{EN} Paragraph {i}.</p>" for i in range(5000)) + "</body></html>")
    (c / "ok.txt").write_text(EN, encoding="utf-8")
    return c, ["ingest"], 2


def _near_identical(d: Path, n: int = 100_000) -> tuple[Path, list[str], int]:
    p = d / "near.jsonl"
    names = ["Putin", "Aliyev", "Pashinyan", "Erdogan", "Zelensky", "Macron", "Scholz", "Biden"]
    with open(p, "w", encoding="utf-8") as f:
        for i in range(n):
            a, b = names[i % 8], names[(i // 8) % 8]
            text = (f"{a} met {b} in the capital on day {i % 365}. The two leaders discussed trade, "
                    f"security and the regional situation and agreed to meet again soon. Item {i}.")
            f.write(json.dumps({"id": f"n{i:06d}", "text": text, "lang": "en"}) + "\n")
    return p, ["ingest"], n


def _trailing_number(d: Path, n: int = 25_000) -> tuple[Path, list[str], int]:
    p = d / "trail.jsonl"
    with open(p, "w", encoding="utf-8") as f:
        for i in range(n):
            text = ("The government announced new measures on the economy and security of the country "
                    f"today, officials said in a statement {i}")
            f.write(json.dumps({"id": f"t{i:06d}", "text": text, "lang": "en"}) + "\n")
    return p, ["ingest"], n


def _tiny_files(d: Path, n: int = 50_000) -> tuple[Path, list[str], int]:
    c = d / "tiny"
    c.mkdir()
    for i in range(n):
        (c / f"f{i:06d}.txt").write_text(f"Officials of the government said on day {i} that the talks "
                                          f"with the delegation would go on next week. Number {i}.\n",
                                          encoding="utf-8")
    return c, ["code", "--quiet"], n


PROBES = {
    "csv_stray_quote_200": _csv_stray_quote,
    "csv_200k_and_3m_rows": _csv_big_rows,
    "html_100k_nested_div": _html_deep,
    "html_5k_paragraphs_900_deep": _html_wide,
    "near_identical_100k": _near_identical,
    "trailing_number_25k": _trailing_number,
    "tiny_files_50k": _tiny_files,
}

CHILD = """
import json, resource, sys, time
from newsevents.cli import main
t0 = time.perf_counter()
try:
    rc = main(sys.argv[1:])
except SystemExit as exc:
    rc = exc.code
u = resource.getrusage(resource.RUSAGE_SELF)
print("STRESS " + json.dumps({"rc": rc, "seconds": time.perf_counter() - t0, "cpu_seconds": u.ru_utime + u.ru_stime,
                              "peak_rss_mb": u.ru_maxrss / 1024}))
"""


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _run(src: Path | None, args: list[str], timeout: float, max_rss_mb: float) -> dict:
    env = dict(os.environ, PYTHONHASHSEED="0", NEWSEVENTS_NO_CACHE=os.environ.get("NEWSEVENTS_NO_CACHE", ""))
    if src is not None:
        env["PYTHONPATH"] = str(src) + os.pathsep + env.get("PYTHONPATH", "")
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", CHILD, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    peak, stopped = 0.0, None
    while proc.poll() is None:
        peak = max(peak, _rss_mb(proc.pid))
        if peak > max_rss_mb:
            stopped = f"stopped above {max_rss_mb / 1024:.1f} GB"
        elif time.perf_counter() - t0 > timeout:
            stopped = f"stopped after {timeout:.0f} s"
        if stopped:
            proc.kill()
            break
        time.sleep(0.05)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    if stopped:
        return {"stopped": stopped, "seconds": round(wall, 1), "peak_rss_mb": round(peak)}
    line = next((x for x in out.splitlines() if x.startswith("STRESS ")), None)
    res = json.loads(line[7:]) if line else {"rc": proc.returncode, "seconds": wall, "peak_rss_mb": peak}
    summary = next((x for x in out.splitlines() if " read; " in x), "")
    res.update(seconds=round(res["seconds"], 2), cpu_seconds=round(res.get("cpu_seconds", 0), 2), peak_rss_mb=round(res["peak_rss_mb"]), summary=summary,
               stderr_tail=err.strip().splitlines()[-1:] if err.strip() else [])
    return res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=str(ROOT / "reports" / "stress.json"))
    ap.add_argument("--before", default=None, help="source tree (a src/ folder) measured first, for comparison")
    ap.add_argument("--only", default=None, help="comma-separated probe names")
    ap.add_argument("--timeout", type=float, default=300)
    ap.add_argument("--max-rss-gb", type=float, default=4)
    args = ap.parse_args()
    names = args.only.split(",") if args.only else list(PROBES)
    results: dict = {}
    scratch = Path(tempfile.mkdtemp(prefix="newsevents-stress-"))
    try:
        for name in names:
            d = scratch / name
            d.mkdir()
            corpus, cmd, rows_in = PROBES[name](d)
            results[name] = {"rows_in": rows_in, "command": cmd[0]}
            for label, src in (("before", args.before), ("after", None)):
                if label == "before" and not src:
                    continue
                out = d / f"out-{label}"
                results[name][label] = _run(Path(src) if src else None, [cmd[0], str(corpus), "--out", str(out),
                                                                         *cmd[1:]],
                                            args.timeout, args.max_rss_gb * 1024)
                print(name, label, json.dumps(results[name][label], ensure_ascii=False), flush=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(results, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    print()
    print(f"{'probe':24} {'rows in':>8}  {'before':42}  after")
    for name, r in results.items():
        def cell(x):
            if not x:
                return "-"
            if "stopped" in x:
                return f"{x['stopped']} ({x['peak_rss_mb']} MB)"
            return (f"{x['seconds']} s ({x.get('cpu_seconds', '?')} s CPU), {x['peak_rss_mb']} MB, rc {x['rc']}: "
                    f"{x.get('summary', '')[:40]}")
        print(f"{name:24} {r['rows_in']:>8}  {cell(r.get('before')):42}  {cell(r.get('after'))}")
    print(f"\n-> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
