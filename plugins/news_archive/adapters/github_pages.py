"""What GitHub Pages needs beside the pages (finalized)."""

from __future__ import annotations

from pathlib import Path

from .build_state import state_of


def write_nojekyll(pelican) -> None:
    """GitHub Pages must serve the output as is (no Jekyll processing)."""
    (Path(state_of(pelican.settings).config.output_path) / ".nojekyll").touch()
