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
RULE_FIELDS = {"id", "class", "reason", "patterns", "opens", "max_words", "case"}


class DataError(ValueError):
    """A data file is malformed; the message names the file and the entry."""


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available: every build reads these files


def _read_yaml(path: Path):
    try:
        with open(path, encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_LOADER)
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
    max_words: int | None = None

    def match(self, text: str, words: int) -> bool:
        if self.max_words is not None and words > self.max_words:
            return False
        return any(p.search(text) for p in self.patterns)


# Lines on which a pattern with nested repetition ("(\\d+\\s*)+x") backtracks for ever.
PROBES = tuple(
    unit * 32 + end
    for unit in ("1", "a", " ", "1 ", "a ", "1,", "a-", ". ", "ab", "-")
    for end in ("!", "a", "1", "\u00bb")
)
PROBE_SECONDS = 0.5  # what all the probes of one pattern may take together


def check_pattern_time(pattern: re.Pattern, where: str) -> None:
    """Refuse a pattern that takes too long on the probe lines (a user's rule is checked when
    loaded; the built-in rules by the test suite)."""
    from .time_limit import TimeLimitError, time_limit

    try:
        with time_limit(PROBE_SECONDS):
            for probe in PROBES:
                pattern.search(probe)
    except TimeLimitError:
        raise DataError(
            f"{where}: pattern {pattern.pattern!r} backtracks without end on lines like {probe[:40]!r}"
            " (nested repetition such as (\\d+\\s*)+: give each repeated part one way to match)"
        ) from None


def _checked_entry(entry, path: Path, index: int, label: str, fields: set[str]) -> str:
    """Where the entry is, for messages, once its shape is known good."""
    where = f"{path}: {label} {index + 1} ({entry.get('id', '?') if isinstance(entry, dict) else '?'})"
    if not isinstance(entry, dict):
        raise DataError(f"{where}: a rule must be a mapping")
    unknown = set(entry) - fields
    if unknown:
        raise DataError(f"{where}: unknown field(s) {sorted(unknown)}")
    for key in ("id", "class", "reason", "patterns"):
        if key not in entry:
            raise DataError(f"{where}: missing '{key}'")
    return where


def _rule(entry: dict, path: Path, index: int, check_time: bool = False) -> Rule:
    where = _checked_entry(entry, path, index, "rule", RULE_FIELDS)
    if entry["class"] not in RULE_CLASSES:
        raise DataError(f"{where}: class must be one of {RULE_CLASSES}")
    flags = 0 if entry.get("case") == "sensitive" else re.IGNORECASE
    compiled = []
    for pattern in entry["patterns"]:
        try:
            compiled.append(re.compile(pattern, flags))
        except (re.error, TypeError) as err:
            raise DataError(f"{where}: bad pattern {pattern!r}: {err}") from err
        if check_time:
            check_pattern_time(compiled[-1], where)
    return Rule(
        id=entry["id"],
        kind=entry["class"],
        reason=entry["reason"],
        patterns=tuple(compiled),
        opens=entry.get("opens"),
        max_words=entry.get("max_words"),
    )


class RuleSet:
    """Rules in order, matched in one pass per line.

    The anchored patterns of the rules with the same max_words (or none) are joined in one
    alternation, each tagged with its rule: at the line start the alternation tries them in
    rule order, so one ``match`` names the earliest matching rule of that group. A line tries
    the groups whose max_words it fits (a paragraph: only the rules for any length) and keeps
    the earliest rule. Unanchored patterns (and any that cannot be joined) are searched one by
    one, only for rules earlier than that one. Most article lines match nothing and cost one or
    two ``match``. Each pattern is compiled into one alternation only, since every build
    process compiles the rules.
    """

    def __init__(self, rules: tuple[Rule, ...]):
        self.rules = rules
        groups: dict[int | None, list[tuple[int, re.Pattern]]] = {}
        for i, rule in enumerate(rules):
            groups.setdefault(rule.max_words, []).extend((i, p) for p in rule.patterns)
        # Any length first, then the longest limits: a line stops at the first limit below it.
        limits = [None, *sorted((k for k in groups if k is not None), reverse=True)]
        self._groups, singles = [], []
        for limit in limits:
            joined, owners, left = _alternation(groups.get(limit, []))
            self._groups.append((limit, joined, owners))
            singles += [(i, limit, p) for i, p in left]
        self._singles = sorted(singles, key=lambda s: s[0])

    def first_match(self, text: str, words: int) -> Rule | None:
        best = len(self.rules)
        for limit, joined, owners in self._groups:
            if limit is not None and words > limit:
                break
            match = joined.match(text) if joined else None
            if match:
                best = min(best, owners[int(match.lastgroup[5:])])
        for index, limit, pattern in self._singles:
            if index >= best:
                break
            if (limit is None or words <= limit) and pattern.search(text):
                best = index
                break
        return self.rules[best] if best < len(self.rules) else None

    def __iter__(self):
        return iter(self.rules)


def _alternation(patterns: list[tuple[int, re.Pattern]]):
    """The anchored patterns in one regex, each in a group naming its place; and the others."""
    joinable = [(i, p) for i, p in patterns if _is_anchored(p.pattern) and not _BACKREF.search(p.pattern)]
    try:
        joined = (
            re.compile(
                "|".join(
                    f"(?P<_rule{k}>(?{'i' if p.flags & re.IGNORECASE else '-i'}:{p.pattern}))"
                    for k, (_, p) in enumerate(joinable)
                )
            )
            if joinable
            else None
        )
    except re.error:  # e.g. a user pattern with inline global flags: search them one by one
        joined, joinable = None, []
    return joined, [i for i, _ in joinable], [ip for ip in patterns if ip not in joinable]


_BACKREF = re.compile(r"\\\d|\(\?P=")


def _is_anchored(pattern: str) -> bool:
    """True when every match must start at the line start (a top-level leading ^)."""
    try:
        from re import _parser  # the stdlib parser: exact, unlike a look at the first character

        parsed = _parser.parse(pattern)
    except Exception:
        return False
    return bool(parsed.data) and parsed.data[0][0] is _parser.AT and parsed.data[0][1] is _parser.AT_BEGINNING


@dataclass(frozen=True)
class FragmentRule:
    id: str
    kind: str
    reason: str
    pattern: re.Pattern  # the rule's patterns as one alternation
    # "headline": the related headline after the match goes too; "headlines": every one glued there
    extends: str | None = None
    hints: tuple[str, ...] = ()  # lower-case words one of which every match holds: other lines are skipped
    # the line rule whose lines the cut counts as for attribution ("source-line", "byline-label"):
    # a source or a credit glued to the text names a source or a byline as on a line of its own
    reads_as: str = ""


FRAGMENT_FIELDS = {"id", "class", "reason", "patterns", "extends", "case", "hints", "reads_as"}


def _fragment_rule(entry, path: Path, index: int, check_time: bool) -> FragmentRule:
    where = _checked_entry(entry, path, index, "fragment rule", FRAGMENT_FIELDS)
    if entry["class"] not in RULE_CLASSES or entry.get("extends") not in (None, "headline", "headlines"):
        raise DataError(f"{where}: class must be one of {RULE_CLASSES}; extends, if given, 'headline' or 'headlines'")
    flags = 0 if entry.get("case") == "sensitive" else re.IGNORECASE
    try:
        pattern = re.compile("|".join(f"(?:{p})" for p in entry["patterns"]), flags | re.MULTILINE)
    except (re.error, TypeError) as err:
        raise DataError(f"{where}: bad pattern: {err}") from err
    if check_time:
        check_pattern_time(pattern, where)
    hints = tuple(str(hint).lower() for hint in entry.get("hints") or ())
    reads_as = entry.get("reads_as") or ""
    if not isinstance(reads_as, str):
        raise DataError(f"{where}: reads_as, if given, is the id of a line rule")
    return FragmentRule(entry["id"], entry["class"], entry["reason"], pattern, entry.get("extends"), hints, reads_as)


@lru_cache(maxsize=8)
def load_fragment_rules(extra_files: tuple[str, ...] = ()) -> tuple[FragmentRule, ...]:
    """The built-in fragment rules followed by those of each extra file, in order."""
    rules: list[FragmentRule] = []
    for path in (DATA_DIR / "boilerplate.yml", *map(Path, extra_files)):
        data = _read_yaml(path) or {}
        entries = data.get("fragments", []) if isinstance(data, dict) else []
        if not isinstance(entries, list):
            raise DataError(f"{path}: 'fragments' must be a list")
        user_file = path != DATA_DIR / "boilerplate.yml"
        rules.extend(_fragment_rule(entry, path, i, user_file) for i, entry in enumerate(entries))
    return tuple(rules)


@lru_cache(maxsize=8)
def load_rules(extra_files: tuple[str, ...] = ()) -> RuleSet:
    """The built-in rules followed by the rules of each extra file, in order."""
    rules: list[Rule] = []
    for path in (DATA_DIR / "boilerplate.yml", *map(Path, extra_files)):
        data = _read_yaml(path) or {}
        if not isinstance(data, dict) or not isinstance(data.get("rules", []), list):
            raise DataError(f"{path}: expected a mapping with a 'rules' list")
        user_file = path != DATA_DIR / "boilerplate.yml"
        rules.extend(_rule(entry, path, i, user_file) for i, entry in enumerate(data.get("rules", [])))
    return RuleSet(tuple(rules))


@lru_cache(maxsize=65536)
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
def _boilerplate_data() -> dict:
    return _read_yaml(DATA_DIR / "boilerplate.yml") or {}


@lru_cache(maxsize=16)
def boilerplate_words(key: str) -> tuple[str, ...]:
    """A word list of data/boilerplate.yml ("headline_small_words", "sentence_openers"...), as written;
    the file is read once for all of them."""
    return tuple(str(word) for word in _boilerplate_data().get(key) or ())


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Words written with a full stop that does not end a sentence ("Jl.", "dr.", "Prof.")."""
    return frozenset(w.lower() for w in boilerplate_words("abbreviations"))


@lru_cache(maxsize=1)
def core_actors() -> frozenset[str]:
    """Ids of the actors whose tagging is guaranteed (scored apart by `news-archive evaluate`)."""
    return _word_list(DATA_DIR / "core_actors.txt")


def _word_list(path: Path) -> frozenset[str]:
    text = path.read_text(encoding="utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def open_line_endings() -> frozenset[str]:
    return frozenset(w.lower() for w in boilerplate_words("open_line_endings"))


@lru_cache(maxsize=1)
def places() -> frozenset[str]:
    return _word_list(DATA_DIR / "places.txt")
