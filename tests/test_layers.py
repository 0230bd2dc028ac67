"""The import rules of ARCHITECTURE.md's layout, read from every module's imports (ast):

- the pure core (text/, actors/, search/, near_duplicates.py, settings.py, ui.py) and the
  one-file and whole-archive layers (article/, archive/) import no Pelican and no adapter, and
  nothing of the command line;
- cli/ imports no adapter (it reads a settings file through ``pelican.settings`` only);
- only adapters/ and the package's __init__.py import Pelican's objects.
"""

from __future__ import annotations

import ast
from pathlib import Path

from .conftest import ROOT

PACKAGE = ROOT / "plugins" / "news_archive"
PURE = ("text", "actors", "search", "dumps", "near_duplicates.py", "settings.py", "ui.py", "files.py")
ONE_FILE_AND_ARCHIVE = ("article", "archive")


def imported(path: Path, source: str | None = None) -> set[str]:
    """Absolute names of the modules ``path`` imports (relative imports resolved)."""
    package = path.relative_to(ROOT / "plugins").parts[:-1]  # a module's package, or __init__'s own
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text() if source is None else source, str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = list(package[: len(package) - node.level + 1]) if node.level else []
            module = ".".join([*base, *(node.module.split(".") if node.module else [])])
            names.add(module)
            names.update(f"{module}.{alias.name}" for alias in node.names)
    return names


def layer(path: Path) -> str:
    top = path.relative_to(PACKAGE).parts[0]
    return "root" if top == "__init__.py" else top


def modules(*tops: str) -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py") if layer(p) in tops]


def offenders(paths: list[Path], forbidden) -> list[str]:
    return sorted(f"{p.relative_to(PACKAGE)} imports {name}" for p in paths for name in imported(p) if forbidden(name))


def is_pelican(name: str) -> bool:
    return name == "pelican" or name.startswith("pelican.")


def is_adapter(name: str) -> bool:
    return (
        name.startswith("news_archive.adapters") or name == "news_archive" or name.startswith("news_archive.__init__")
    )


def is_cli(name: str) -> bool:
    return name.startswith("news_archive.cli")


def test_every_module_belongs_to_a_layer():
    known = {*PURE, *ONE_FILE_AND_ARCHIVE, "adapters", "cli", "data", "root"}
    assert sorted({layer(p) for p in PACKAGE.rglob("*.py")} - known) == []


def test_the_pure_core_and_the_article_and_archive_layers_import_no_pelican_no_adapter_no_cli():
    paths = modules(*PURE, *ONE_FILE_AND_ARCHIVE)
    assert len(paths) > 20
    assert offenders(paths, lambda n: is_pelican(n) or is_adapter(n) or is_cli(n)) == []


def test_the_pure_core_imports_nothing_of_the_article_and_archive_layers():
    assert offenders(modules(*PURE), lambda n: n.startswith(("news_archive.article", "news_archive.archive"))) == []


def test_the_command_line_imports_no_adapter_and_only_pelicans_settings_reader():
    paths = modules("cli")
    assert offenders(paths, is_adapter) == []
    assert (
        offenders(paths, lambda n: is_pelican(n) and n not in ("pelican.settings", "pelican.settings.read_settings"))
        == []
    )


def test_the_checker_sees_a_forbidden_import():
    # The rules above are only as good as `imported`: it must resolve relative imports.
    probe = "from ..adapters import reader\nfrom . import slug\nimport pelican.utils\n"
    found = imported(PACKAGE / "article" / "probe.py", probe)
    assert {"news_archive.adapters.reader", "news_archive.article.slug", "pelican.utils"} <= found
    assert offenders([PACKAGE / "article" / "record.py"], lambda n: n == "news_archive.article.body_html") != []
