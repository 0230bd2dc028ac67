"""Loads the editable data files (boilerplate rules, outlets, date words, places).

Each loader validates what it reads and raises :class:`DataError` naming the file and
the entry, so a typo in a user's rule file fails loudly instead of silently matching nothing.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
RULE_CLASSES = ("boilerplate", "caption", "related", "credit", "meta", "source")
RULE_FIELDS = {"id", "class", "reason", "patterns", "opens", "where", "max_words", "case"}


class DataError(ValueError):
    """A data file is malformed; the message names the file and the entry."""


def _read_yaml(path: Path):
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.safe_load(handle)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise DataError(f"{where}: invalid YAML: {err}") from err


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    reason: str
    patterns: tuple[re.Pattern, ...]
    opens: str | None = None
    where: str | None = None
    max_words: int | None = None

    def match(self, text: str, words: int) -> bool:
        if self.max_words is not None and words > self.max_words:
            return False
        return any(p.search(text) for p in self.patterns)


def _rule(entry: dict, path: Path, index: int) -> Rule:
    where = f"{path}: rule {index + 1} ({entry.get('id', '?') if isinstance(entry, dict) else '?'})"
    if not isinstance(entry, dict):
        raise DataError(f"{where}: a rule must be a mapping")
    unknown = set(entry) - RULE_FIELDS
    if unknown:
        raise DataError(f"{where}: unknown field(s) {sorted(unknown)}")
    for key in ("id", "class", "reason", "patterns"):
        if key not in entry:
            raise DataError(f"{where}: missing '{key}'")
    if entry["class"] not in RULE_CLASSES:
        raise DataError(f"{where}: class must be one of {RULE_CLASSES}")
    flags = 0 if entry.get("case") == "sensitive" else re.IGNORECASE
    compiled = []
    for pattern in entry["patterns"]:
        try:
            compiled.append(re.compile(pattern, flags))
        except re.error as err:
            raise DataError(f"{where}: bad pattern {pattern!r}: {err}") from err
    return Rule(
        id=entry["id"],
        kind=entry["class"],
        reason=entry["reason"],
        patterns=tuple(compiled),
        opens=entry.get("opens"),
        where=entry.get("where"),
        max_words=entry.get("max_words"),
    )


@lru_cache(maxsize=8)
def load_rules(extra_files: tuple[str, ...] = ()) -> tuple[Rule, ...]:
    """The built-in rules followed by the rules of each extra file, in order."""
    rules: list[Rule] = []
    for path in (DATA_DIR / "boilerplate.yml", *map(Path, extra_files)):
        data = _read_yaml(path) or {}
        if not isinstance(data, dict) or not isinstance(data.get("rules", []), list):
            raise DataError(f"{path}: expected a mapping with a 'rules' list")
        rules.extend(_rule(entry, path, i) for i, entry in enumerate(data.get("rules", [])))
    return tuple(rules)


def name_key(name: str) -> str:
    """Comparable form of an outlet name: 'REPUBLIKA.CO.ID' and 'Republika' give 'republika'."""
    key = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().strip()
    key = re.sub(r"^(https?://)?(www\.)?", "", key)
    key = re.sub(r"\.(co\.id|com|id|net|org|co|tv|news|info)(/.*)?$", "", key)
    key = re.sub(r"[^a-z0-9]+", " ", key).strip()
    return re.sub(r"^the ", "", key)


@dataclass(frozen=True)
class Outlet:
    name: str
    kind: str


@lru_cache(maxsize=1)
def outlets() -> dict[str, Outlet]:
    """Every alias key of every known outlet, mapped to the outlet."""
    path = DATA_DIR / "outlets.yml"
    table: dict[str, Outlet] = {}
    for i, entry in enumerate(_read_yaml(path) or []):
        if not isinstance(entry, dict) or "name" not in entry:
            raise DataError(f"{path}: entry {i + 1}: needs a 'name'")
        outlet = Outlet(entry["name"], entry.get("kind", "outlet"))
        for alias in [entry["name"], *entry.get("aliases", [])]:
            table.setdefault(name_key(str(alias)), outlet)
    return table


@lru_cache(maxsize=1)
def date_words() -> dict:
    return _read_yaml(DATA_DIR / "dates.yml")


@lru_cache(maxsize=1)
def attribution_words() -> dict:
    return _read_yaml(DATA_DIR / "attribution.yml")


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    text = (DATA_DIR / "places.txt").read_text(encoding="utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )
