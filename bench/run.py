"""`make bench`: measure side by side in one run and write BENCHMARKS.md.

N = 1,000 and 10,000 synthetic articles by default; `make bench N=100000` (or N="1000 100000")
chooses others. For each N: our full build (cold caches) against plain Pelican with its simple
theme on the same articles as Markdown, peak memory, the rebuild after adding one article
(caches warm), bytes per article, and the search figures against a monolithic lunr index and
Pagefind. Text throughput is measured once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "plugins"))

from bench import corpus, search_bench, throughput  # noqa: E402
from news_archive.cli.size_report import size_report  # noqa: E402

WORK = ROOT / "bench" / "work"
SITEURL = "https://example.github.io/news-archive"  # a project site's address: its length counts
# Raw originals linked where the repository serves them, at a commit (pages.yml, "Large archives").
RAW_URL = f"https://raw.githubusercontent.com/example/news-archive/{'0' * 40}/content"
PELICAN = [sys.executable, "-m", "pelican"]
TIMER = (
    "import json, resource, subprocess, sys, time; t = time.perf_counter(); "
    "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
    "print(json.dumps([time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
    "r.returncode, r.stdout[-20000:] + r.stderr[-20000:]]))"
)


def timed(command: list[str]) -> tuple[float, float, str]:
    """(seconds, peak MB of the largest process, log) of a command run in a fresh process."""
    env = {**os.environ, "COLUMNS": "400"}  # unwrapped log lines (the search build time is read from them)
    out = subprocess.run(
        [sys.executable, "-c", TIMER, *command], cwd=ROOT, capture_output=True, text=True, check=True, env=env
    )
    seconds, peak_kb, code, log = json.loads(out.stdout)
    if code != 0:
        raise RuntimeError(f"{command}: exit {code}\n{log[-3000:]}")
    return seconds, peak_kb / 1024, log


def machine() -> str:
    cpu = "unknown CPU"
    with contextlib.suppress(OSError, StopIteration):
        cpu = next(
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        )
    memory = ""
    try:
        kb = int(
            next(ln.split()[1] for ln in Path("/proc/meminfo").read_text().splitlines() if ln.startswith("MemTotal"))
        )
        memory = f", {kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{memory}, Python {platform.python_version()}"


def archive(n: int) -> Path:
    folder = WORK / f"n{n}"
    stamp = folder / "generated"
    # A content hash: str hashes are salted per process, so hash() would regenerate every run.
    version = hashlib.sha1(Path(corpus.__file__).read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != version:
        shutil.rmtree(folder, ignore_errors=True)
        corpus.generate(n, folder / "raw", folder / "md")
        stamp.write_text(version)
    return folder


def bench_size(n: int, search: bool) -> dict:
    folder = archive(n)
    conf = folder / "conf.py"
    # As published (publishconf.py): an absolute SITEURL where one is needed, relative links elsewhere.
    # Plugin and theme named absolutely: relative ones would resolve from this file's folder and
    # fall back to the installed checkout's plugin, so a bench in a git worktree measured main's code.
    conf.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\nfrom pelicanconf import *\nCACHE_PATH = {str(folder / 'cache')!r}\n"
        f"SITEURL = FEED_DOMAIN = {SITEURL!r}\nPLUGIN_PATHS = [{str(ROOT / 'plugins')!r}]\nTHEME = {str(ROOT / 'theme')!r}\n"
    )
    for sub in ("out", "plain", "cache", "linked"):
        shutil.rmtree(folder / sub, ignore_errors=True)
    extra = folder / "raw" / "zz-added.txt"  # the article a rebuild adds; an interrupted run leaves it
    extra.unlink(missing_ok=True)
    # Both builds quiet: at -v Pelican logs every file it writes, which costs a third of the time.
    ours = [*PELICAN, str(folder / "raw"), "-s", str(conf), "-o", str(folder / "out")]
    ours_s, ours_mb, _ = timed([*ours, "-q"])
    plain_s, plain_mb, _ = timed(
        [*PELICAN, str(folder / "md"), "-s", str(ROOT / "bench" / "plainconf.py"), "-o", str(folder / "plain"), "-q"]
    )
    shutil.copy(next((folder / "raw").rglob("*.txt")), extra)
    extra.write_text(
        extra.read_text() + "\nSatu paragraf tambahan untuk artikel baru ini, agar isinya berbeda dari yang lain.\n"
    )
    rebuild_s, _, _ = timed([*ours, "-q"])
    _, _, log = timed([*ours, "-v"])  # not timed: its log tells how long the search index took
    # Not timed either: the same site with the raw originals linked, for its size.
    timed(
        [
            *PELICAN,
            str(folder / "raw"),
            "-s",
            str(conf),
            "-o",
            str(folder / "linked"),
            "-q",
            "-e",
            f'NEWS_ARCHIVE_RAW_URL="{RAW_URL}"',
        ]
    )
    extra.unlink()
    ours, plain, linked = size_report(folder / "out"), size_report(folder / "plain"), size_report(folder / "linked")
    match = re.search(r"search index of .*? in ([\d.]+)s", re.sub(r"\s+", " ", log))
    result = {
        "n": n,
        "ours_s": ours_s,
        "ours_mb": ours_mb,
        "plain_s": plain_s,
        "plain_mb": plain_mb,
        "rebuild_s": rebuild_s,
        "ours_bytes": ours.total / (n + 1),
        "plain_bytes": plain.total / n,
        "linked_bytes": linked.total / (n + 1),
        "largest": ours.largest[0],
        "sections": {name: size / (n + 1) for name, size in ours.sections},
        "search_build_s": float(match.group(1)) if match else None,
    }
    if search:
        result["search"] = search_bench.run(folder / "out", result["search_build_s"])
    return result


def table(rows: list[tuple]) -> list[str]:
    return ["| " + " | ".join(map(str, row)) + " |" for row in rows]


def where_the_bytes_go(runs: list[dict], columns: int = 8) -> list[str]:
    """Our site's bytes per article, by top-level folder (sitemap-N.xml files counted as one)."""

    def grouped(sections: dict) -> dict:
        out: dict[str, float] = {}
        for name, size in sections.items():
            key = "sitemap" if name.startswith("sitemap") else name
            out[key] = out.get(key, 0) + size
        return out

    per_run = [grouped(r["sections"]) for r in runs]
    names = sorted(per_run[-1], key=lambda name: -per_run[-1][name])[:columns]
    rows = [
        (
            f"{r['n']:,}",
            *(f"{sections.get(name, 0) / 1000:.2f}" for name in names),
            f"{sum(v for k, v in sections.items() if k not in names) / 1000:.2f}",
        )
        for r, sections in zip(runs, per_run)
    ]
    return [
        "Where our bytes go, KB per article:",
        "",
        "| N | "
        + " | ".join(f"{name}/" if "." not in name and name != "sitemap" else name for name in names)
        + " | the rest |",
        "|---|" + "---|" * (len(names) + 1),
        *table(rows),
    ]


def main() -> int:
    sizes = [int(x) for x in os.environ.get("N", "1000 10000").split()]
    text = throughput.text_pipeline()
    combined = throughput.text_pipeline(with_actors=True)
    actors = throughput.actor_matcher()
    runs: list[dict] = []
    lines: list[str] = []
    for n in sizes:  # the report is written after each size: a long run that fails keeps the others
        runs.append(bench_size(n, search=True))
        lines = report(sizes, runs, text, combined, actors)
    print("\n".join(lines))
    return 0


def report(sizes: list[int], runs: list[dict], text: dict, combined: dict, actors: dict) -> list[str]:
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    lines = [
        "# Benchmarks",
        "",
        f"Measured {dt.date.today().isoformat()} at commit {commit or '?'} on {machine()}.",
        f"Command: `make bench` (N = {', '.join(map(str, sizes))}{'' if len(runs) == len(sizes) else f'; done: {len(runs)}'}). One run, side by side: compare the ratios within",
        "a run, not figures across machines. Synthetic archives come from `bench/corpus.py` (deterministic).",
        "",
        "## Text processing (one core)",
        "",
        "| measure | result | target |",
        "|---|---|---|",
        *table(
            [
                ("cleaning, attribution, dates", f"{text['mb_per_s']:.2f} MB/s", "≥ 2 MB/s"),
                ("the reader's whole work (with actor tagging)", f"{combined['mb_per_s']:.2f} MB/s", "≥ 2 MB/s"),
                (f"actor matcher, {actors['aliases']} aliases", f"{actors['mb_per_s']:.2f} MB/s", "≥ 5 MB/s"),
            ]
        ),
        "",
        "## Build and size",
        "",
        "| N | ours: full build | plain Pelican | ratio (≤ 1.2) | ours: peak memory | plain: peak memory | rebuild +1 article | rebuild / full (≤ 30%) | ours: bytes/article (≤ 10 KB) | ours, raw originals linked | plain: bytes/article |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *table(
            [
                (
                    f"{r['n']:,}",
                    f"{r['ours_s']:.1f} s",
                    f"{r['plain_s']:.1f} s",
                    f"{r['ours_s'] / r['plain_s']:.2f}",
                    f"{r['ours_mb']:.0f} MB",
                    f"{r['plain_mb']:.0f} MB",
                    f"{r['rebuild_s']:.1f} s",
                    f"{r['rebuild_s'] / r['ours_s']:.0%}",
                    f"{r['ours_bytes'] / 1000:.1f} KB",
                    f"{r['linked_bytes'] / 1000:.1f} KB",
                    f"{r['plain_bytes'] / 1000:.1f} KB",
                )
                for r in runs
            ]
        ),
        "",
        *where_the_bytes_go(runs),
        "",
        'Peak memory is that of the largest process (the build, or one of its analysis workers). "Raw originals',
        'linked": the same site with NEWS_ARCHIVE_RAW_URL set (README, "Large archives"): the originals are linked',
        "where the repository serves them instead of copied into the site.",
        "",
        '## Search (headless Chromium, first query "serangan rusia", then 20 warm queries)',
        "",
        "| N | engine | bytes to first results (gzip) | time to first results | query latency after warm-up (median) | index build |",
        "|---|---|---|---|---|---|",
    ]
    for r in runs:
        for name, label in (
            ("split", "ours (split lunr)"),
            ("monolithic", "monolithic lunr (lunr.py)"),
            ("pagefind", "Pagefind 1.5.2"),
        ):
            s = r["search"][name]
            if "error" in s:
                why = s["error"] if s["error"].startswith("not run") else f"failed: {s['error']}"
                lines += table([(f"{r['n']:,}", label, why, "", "", "")])
                continue
            lines += table(
                [
                    (
                        f"{r['n']:,}",
                        label,
                        f"{s['first_bytes'] / 1000:,.0f} KB",
                        f"{s['first_ms']:.0f} ms",
                        f"{s['latency_ms']:.1f} ms",
                        f"{s['build_s']:.1f} s" if s["build_s"] else "?",
                    )
                ]
            )
    lines += [
        "",
        "Bytes count every file fetched by the page (scripts, index parts, result data); text files as gzip",
        "would serve them, Pagefind's files as stored (already compressed).",
        "",
        "Our real search page (`search/?q=serangan+rusia` from a cold load, everything it fetches: the page,",
        "CSS, scripts, index parts, result cards; then the filter data, which loads after the results; then, a",
        "second later, the passages of the cards in sight) beside Pagefind's own default UI on the same site",
        "(`pagefind-ui.js` and its CSS, default options: its first five results with their data). Target:",
        "ours at most half of Pagefind's bytes to first results.",
        "",
        "| N | ours: bytes to first results | ours: time to first results | ours: bytes until the filters show | ours: a second later | Pagefind UI: bytes to first results | Pagefind UI: time to first results | ours / Pagefind (≤ 0.5) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in runs:
        page, ui = r["search"].get("page", {}), r["search"].get("pagefind_ui", {})
        if "first_bytes" not in page:
            lines += table([(f"{r['n']:,}", f"failed: {page.get('error', 'not measured')}", "", "", "", "", "", "")])
            continue
        measured = "first_bytes" in ui
        lines += table(
            [
                (
                    f"{r['n']:,}",
                    f"{page['first_bytes'] / 1000:,.0f} KB",
                    f"{page['first_ms']:.0f} ms",
                    f"{page['filters_bytes'] / 1000:,.0f} KB",
                    f"{page['settled_bytes'] / 1000:,.0f} KB",
                    f"{ui['first_bytes'] / 1000:,.0f} KB" if measured else f"failed: {ui.get('error', 'not run')}",
                    f"{ui['first_ms']:.0f} ms" if measured else "",
                    f"{page['first_bytes'] / ui['first_bytes']:.2f}" if measured else "",
                )
            ]
        )
    lines += [""]
    (ROOT / "BENCHMARKS.md").write_text("\n".join(lines), encoding="utf-8")
    (WORK / "last.json").write_text(
        json.dumps({"runs": runs, "text": text, "combined": combined, "actors": actors}, default=str, indent=1)
    )
    return lines


if __name__ == "__main__":
    sys.exit(main())
