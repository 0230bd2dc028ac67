"""Load and validate the actor dictionary (actors.yml, path in ACTORS_FILE).

The dictionary is configuration: any error (bad YAML, a duplicate id, an alias claimed by two
actors, an unknown field, a bad date range, an affiliation to an unknown actor) raises
:class:`DictionaryError` naming the file and the line, and the build stops.

Entry format (PETRARCH-style actors with synonyms and dated roles)::

    - id: vladimir-putin              # slug of the English name
      names: {id: Vladimir Putin, en: Vladimir Putin}
      type: person                    # see TYPES
      aliases: [Vladimir Putin, Putin, {text: VVP, case: exact}]
      affiliations:
        - {actor: russia, role: Presiden, from: 2012-05-07}
      notes: free text

Aliases match whole words, ignoring case, except where ``case: exact`` is given; an alias
written in capitals of up to four letters ("AS", "IS", "UN") is exact unless ``case: any``.
``blockers`` (top level) are phrases that contain an alias but name no actor ("dolar AS").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

TYPES = ("country", "organisation", "armed-group", "person", "state-body")
ACTOR_FIELDS = {"id", "names", "type", "aliases", "affiliations", "notes"}
ALIAS_FIELDS = {"text", "case"}
AFFILIATION_FIELDS = {"actor", "role", "from", "to"}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_LINE = "__line__"


class DictionaryError(ValueError):
    """The actor dictionary is invalid; the message starts with FILE:LINE."""


@dataclass(frozen=True)
class Alias:
    text: str
    exact: bool  # case must match ("AS" is not "as")


@dataclass(frozen=True)
class Affiliation:
    actor: str
    role: str = ""
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Actor:
    id: str
    names: dict[str, str]
    type: str
    aliases: tuple[Alias, ...]
    affiliations: tuple[Affiliation, ...] = ()
    notes: str = ""

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("en") or next(iter(self.names.values()))


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one object per file version
class Dictionary:
    path: str
    actors: dict[str, Actor]
    blockers: tuple[str, ...] = ()
    aliases: dict[str, str] = field(default_factory=dict)  # normalised alias -> actor id


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml when available: 10x faster
    """SafeLoader that records the line of every mapping, for error messages."""


def _mapping_with_line(loader, node):
    mapping = loader.construct_mapping(node, deep=True)
    mapping[_LINE] = node.start_mark.line + 1
    return mapping


def _timestamp_as_text(loader, node):
    """Dates stay text until _date reads them, so a bad one is reported with its line."""
    return loader.construct_scalar(node)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)

# Characters an alias may hold besides letters, digits and spaces: the matcher compares words, so
# any other one ("C++") would be dropped without a word.
_ALIAS_PUNCTUATION = re.compile(r"[^\w\s.'’\-–&/,()]")


def alias_key(text: str) -> str:
    """Aliases compare on words only: 'al-Assad', 'Al – Assad' and 'al assad' are one alias."""
    return " ".join(re.findall(r"\w+", text.lower()))


def _date(value, where: str, name: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise DictionaryError(f"{where}: {name} {value!r} is not a date (YYYY-MM-DD)") from None


def _check_fields(entry: dict, allowed: set[str], where: str, what: str) -> None:
    unknown = sorted(set(entry) - allowed - {_LINE})
    if unknown:
        raise DictionaryError(f"{where}: unknown field(s) {unknown} in {what} (allowed: {sorted(allowed)})")


def _alias(item, where: str) -> Alias:
    if isinstance(item, dict):
        _check_fields(item, ALIAS_FIELDS, where, "alias")
        text, case = str(item.get("text", "")), item.get("case", "default")
        if case not in ("exact", "any", "default"):
            raise DictionaryError(f"{where}: alias case must be 'exact' or 'any', not {case!r}")
    elif isinstance(item, str | int | float):
        text, case = str(item), "default"
    else:
        raise DictionaryError(f"{where}: alias {item!r} must be a text or a mapping with 'text'")
    if not alias_key(text):
        raise DictionaryError(f"{where}: empty alias")
    unseen = sorted(set(_ALIAS_PUNCTUATION.findall(text)))
    if unseen:
        raise DictionaryError(
            f"{where}: alias {text!r} holds {''.join(unseen)!r}, which matching cannot see (it compares words): "
            f"write the alias without it"
        )
    short_caps = text.isupper() and len(text.replace(".", "")) <= 4
    return Alias(text, case == "exact" or (case == "default" and short_caps))


def _actor(entry, path: str) -> Actor:
    if not isinstance(entry, dict):
        raise DictionaryError(f"{path}: every actor must be a mapping, found {entry!r}")
    where = f"{path}:{entry.get(_LINE, '?')}"
    _check_fields(entry, ACTOR_FIELDS, where, f"actor {entry.get('id', '?')!r}")
    actor_id = entry.get("id")
    if not isinstance(actor_id, str) or not _ID.match(actor_id):
        raise DictionaryError(f"{where}: id {actor_id!r} must be a slug (lowercase words joined by '-')")
    names = entry.get("names")
    if not isinstance(names, dict) or not {k: v for k, v in names.items() if k != _LINE}:
        raise DictionaryError(f"{where}: actor {actor_id!r} needs names, e.g. {{id: Rusia, en: Russia}}")
    names = {k: v for k, v in names.items() if k != _LINE}
    for lang, name in names.items():
        if not isinstance(name, str) or not name.strip():
            # e.g. {en: Meteorology, Climatology, and ...}: YAML reads the words after a comma as keys
            raise DictionaryError(
                f"{where}: actor {actor_id!r}: name {lang!r} must be text, found {name!r}"
                " (quote a name that holds a comma)"
            )
    if entry.get("type") not in TYPES:
        raise DictionaryError(f"{where}: actor {actor_id!r}: type must be one of {TYPES}, not {entry.get('type')!r}")
    listed = entry.get("aliases") or []
    if not isinstance(listed, list):
        raise DictionaryError(f"{where}: actor {actor_id!r}: aliases must be a list, e.g. [{listed!r}]")
    aliases = [_alias(a, where) for a in listed]
    for name in names.values():  # the display names always match too
        if alias_key(name) not in {alias_key(a.text) for a in aliases}:
            aliases.append(_alias(name, where))
    affiliations = []
    for item in entry.get("affiliations") or []:
        if not isinstance(item, dict) or "actor" not in item:
            raise DictionaryError(f"{where}: affiliation {item!r} needs an 'actor'")
        line = f"{path}:{item.get(_LINE, entry.get(_LINE, '?'))}"
        _check_fields(item, AFFILIATION_FIELDS, line, "affiliation")
        start, end = _date(item.get("from"), line, "from"), _date(item.get("to"), line, "to")
        if start and end and end < start:
            raise DictionaryError(
                f"{line}: affiliation of {actor_id!r} to {item['actor']!r} ends ({end}) before it starts ({start})"
            )
        affiliations.append(Affiliation(str(item["actor"]), str(item.get("role", "")), start, end))
    return Actor(actor_id, names, entry["type"], tuple(aliases), tuple(affiliations), str(entry.get("notes", "")))


def load_dictionary(path: str | Path) -> Dictionary:
    path = str(path)
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=_LineLoader)
    except OSError as err:
        raise DictionaryError(f"{path}: cannot read the actor dictionary: {err}") from err
    except UnicodeDecodeError as err:
        with open(path, "rb") as handle:
            line = handle.read()[: err.start].count(b"\n") + 1
        raise DictionaryError(f"{path}:{line}: not UTF-8 (save the dictionary as UTF-8)") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else path
        raise DictionaryError(f"{where}: invalid YAML: {getattr(err, 'problem', err)}") from err
    if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
        raise DictionaryError(f"{path}: expected a mapping with an 'actors' list")
    _check_fields(data, {"actors", "blockers"}, path, "the dictionary")
    actors: dict[str, Actor] = {}
    owners: dict[str, str] = {}
    lines: dict[str, int] = {}
    for entry in data["actors"]:
        actor = _actor(entry, path)
        where = f"{path}:{entry.get(_LINE, '?')}"
        if actor.id in actors:
            raise DictionaryError(f"{where}: duplicate id {actor.id!r} (first at line {lines[actor.id]})")
        for alias in actor.aliases:
            key = alias_key(alias.text)
            if owners.get(key, actor.id) != actor.id:
                raise DictionaryError(
                    f"{where}: alias {alias.text!r} of {actor.id!r} is already an alias of {owners[key]!r}"
                )
            owners[key] = actor.id
        actors[actor.id] = actor
        lines[actor.id] = entry.get(_LINE, 0)
    for actor in actors.values():
        for affiliation in actor.affiliations:
            if affiliation.actor not in actors:
                raise DictionaryError(
                    f"{path}:{lines[actor.id]}: {actor.id!r} is affiliated to unknown actor {affiliation.actor!r}"
                )
    blockers = tuple(str(b) for b in data.get("blockers") or [])
    return Dictionary(path, actors, blockers, owners)


@lru_cache(maxsize=4)
def _cached(path: str, mtime: float) -> Dictionary:
    return load_dictionary(path)


def dictionary_for(path: str | Path) -> Dictionary:
    """The dictionary at ``path``, loaded once per build (reloaded if the file changes)."""
    path = str(path)
    try:
        mtime = Path(path).stat().st_mtime
    except OSError as err:
        raise DictionaryError(f"{path}: cannot read the actor dictionary: {err}") from err
    return _cached(path, mtime)
