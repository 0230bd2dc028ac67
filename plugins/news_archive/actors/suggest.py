"""Suggest dictionary entries: frequent proper names in cleaned bodies that no actor covers.

Names are runs of two to four capitalised words ("Sergei Rudskoi", "Elizabeth Trudeau"),
with titles in front removed ("Letnan Jenderal", "juru bicara"). A name that contains any
alias of the dictionary is covered and not suggested.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..text.resources import DATA_DIR, _read_yaml, attribution_words
from .dictionary import alias_key
from .matcher import ActorMatcher

_NAME = re.compile(
    r"[A-Z][^\W\d_'’-]*(?:['’-][^\W\d_]+)*(?:\s+(?:(?:al|bin|binti|de|van|von|el|ibn)\s+)?[A-Z][^\W\d_'’-]*(?:['’-][^\W\d_]+)*){1,4}(?![\w-])"
)
_PAIR = re.compile(r"(?<=[a-z])-(?=[A-Z])")  # "Anies Baswedan-Sandiaga Uno": two names
_SENTENCE = re.compile(r"[^.!?]*[.!?]?")


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    data = _read_yaml(DATA_DIR / "names.yml")
    return {key: frozenset(w.lower() for w in values) for key, values in data.items()}


@dataclass
class Suggestion:
    name: str
    count: int = 0
    articles: set[str] = field(default_factory=set)
    example: str = ""
    places: int = 0  # mentions right after a locative ("di Hong Kong")

    @property
    def id(self) -> str:
        return "-".join(alias_key(self.name).split())

    @property
    def type(self) -> str:
        words = self.name.lower().split()
        if words[0] in _words()["armed_words"]:
            return "armed-group"
        organisation = words[0] in _words()["organisation_words"] or words[-1] in _words()["organisation_suffixes"]
        return "organisation" if organisation else "person"

    @property
    def is_place(self) -> bool:
        """People are never "di X"; organisations often are ("di KPK"), so only a name with no
        organisation word counts, and only from two such mentions on."""
        return self.type == "person" and self.places >= 2 and self.places * 3 >= self.count


def split_names(run: str) -> list[str]:
    """Proper names in a run of capitalised words.

    'Letnan Jenderal Sergei Rudskoi' -> ['Sergei Rudskoi'];
    'Departemen Luar Negeri Elizabeth Trudeau' -> ['Departemen Luar Negeri', 'Elizabeth Trudeau'];
    'Provinsi Aleppo' -> [] (a place); 'Hak Asasi Manusia' -> [] (common nouns).
    """
    words = _words()
    lead = words["titles"] | words["institution_nouns"] | {w.lower() for w in attribution_words()["not_outlet_words"]}
    tokens = run.split()
    while tokens and tokens[0].lower().strip(".") in lead:
        tokens.pop(0)
    if not tokens or tokens[0].lower() in words["place_words"]:
        return []
    if len(tokens) >= 2 and tokens[-1].lower().strip(".()") in words["organisation_suffixes"]:
        return [" ".join(tokens)]
    if tokens[0].lower() in words["organisation_words"] | words["armed_words"]:
        end = 1
        while end < len(tokens) and tokens[end].lower() in words["institution_nouns"]:
            end += 1
        head, rest = tokens[:end], " ".join(tokens[end:])
        return [" ".join(head)] * (len(head) > 1) + (split_names(rest) if rest else [])
    return [" ".join(tokens)] if len(tokens) >= 2 else []


def _trim_common(name: str, lowercase: set[str]) -> str:
    """Drop edge words the corpus also writes in lowercase: a capital there only starts a
    sentence ("Menurut Suhariyanto" -> "Suhariyanto")."""
    words = name.split()
    while words and words[0].lower() in lowercase:
        words.pop(0)
    while words and words[-1].lower() in lowercase:
        words.pop()
    return " ".join(words)


def suggest(articles: list[tuple[str, list[str]]], matcher: ActorMatcher) -> list[Suggestion]:
    """``articles``: (source, cleaned paragraphs). Names in most articles first; names written
    mostly as places ("di Hong Kong") are left out."""
    lowercase = {w for _, paragraphs in articles for p in paragraphs for w in re.findall(r"\b[a-z][a-z'-]+\b", p)}
    locatives = _words()["locatives"]
    found: dict[str, Suggestion] = {}
    for source, paragraphs in articles:
        for paragraph in paragraphs:
            for match in _NAME.finditer(paragraph):
                before = paragraph[max(0, match.start() - 12) : match.start()].split()
                after_locative = bool(before) and before[-1].lower() in locatives
                runs = (part for part in _PAIR.split(match.group(0)) if not matcher.mentions(part))
                for name in (_trim_common(n, lowercase) for run in runs for n in split_names(run)):
                    if len(name.split()) < 2 or matcher.mentions(name):
                        continue
                    entry = found.setdefault(alias_key(name), Suggestion(name))
                    entry.count += 1
                    entry.places += after_locative and match.group(0).startswith(name)
                    entry.articles.add(source)
                    if not entry.example:
                        sentences = [s for s in _SENTENCE.findall(paragraph) if name in s]
                        entry.example = (sentences[0] if sentences else paragraph).strip()[:200]
    kept = (s for s in found.values() if not s.is_place)
    return sorted(kept, key=lambda s: (-len(s.articles), -s.count, s.name))


# Every character YAML or a terminal may take for a line break or a control: a scraped sentence
# must stay inside its comment line (a U+2028 would start a new line of YAML).
_BREAKS = re.compile("[\\s\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]+")


def _one_comment_line(text: str) -> str:
    return _BREAKS.sub(" ", text).strip()


def as_yaml(suggestions: list[Suggestion]) -> str:
    """YAML stubs ready to paste under `actors:` in actors.yml (review type and names first)."""
    import yaml

    blocks = []
    for s in suggestions:
        entry = yaml.safe_dump(
            [{"id": s.id, "names": {"id": s.name, "en": s.name}, "type": s.type, "aliases": [s.name]}],
            allow_unicode=True,
            sort_keys=False,
            default_flow_style=None,
            width=1000,
        )
        example = _one_comment_line(s.example)
        blocks.append(
            f'  # {s.count} mentions in {len(s.articles)} article(s), e.g. "{example}"\n'
            + "".join(f"  {line}\n" for line in entry.splitlines())
        )
    return "".join(blocks)
