"""`make bench`: measure, print and write BENCHMARKS.md (figures of one run, side by side)."""

from __future__ import annotations

import datetime as dt
import os
import platform
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench import throughput  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def main() -> int:
    text = throughput.text_pipeline()
    actors = throughput.actor_matcher()
    combined = throughput.text_pipeline(with_actors=True)
    rows = [
        ("Text pipeline (cleaning, attribution, dates), one core", f"{text['mb_per_s']:.2f} MB/s", "≥ 2 MB/s",
         f"{text['articles_per_s']:.0f} articles/s over {text['articles']} analyses of the 21 labelled fixtures"),
        ("Text processing incl. actor tagging (the reader's work), one core", f"{combined['mb_per_s']:.2f} MB/s", "≥ 2 MB/s",
         f"{combined['articles_per_s']:.0f} articles/s, default dictionary"),
        ("Actor matcher, one core, cleaned text", f"{actors['mb_per_s']:.2f} MB/s", "≥ 5 MB/s",
         f"{actors['aliases']} aliases (default dictionary + synthetic people), {actors['mentions']} mentions per pass"),
    ]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    lines = [
        "# Benchmarks",
        "",
        f"Measured {dt.date.today().isoformat()} at commit {commit or '?'} on {machine()}.",
        "Command: `make bench`. Figures are from one run; compare ratios within a run, not across machines.",
        "",
        "| measure | result | target | notes |",
        "|---|---|---|---|",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows],
        "",
    ]
    (ROOT / "BENCHMARKS.md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
