"""Measure every labelled folder of tests/fixtures and pin its scores as the floors of
tests/fixtures/evaluation_floors.json (run it when the pipeline improves or a folder is relabelled;
it prints what moved, so a lowered floor is seen in review).
Usage: .venv/bin/python bench/pin_floors.py"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "plugins"))

from tests.test_evaluate import FLOORS, LABELLED, folder_hash, run  # noqa: E402

if __name__ == "__main__":
    pinned = json.loads(FLOORS.read_text())
    for name, (folder, _) in sorted(LABELLED.items()):
        summary = {k: v for k, v in run(folder)[0].items() if k != "articles"}
        old = pinned["folders"].get(name, {}).get("floors", {})
        for measure, value in summary.items():
            if old.get(measure) != value:
                print(f"{name}: {measure}: {old.get(measure)} -> {value}")
        pinned["folders"][name] = {"sha1": folder_hash(folder), "floors": summary}
    FLOORS.write_text(json.dumps(pinned, indent=1) + "\n")
