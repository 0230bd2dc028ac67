"""The opener of the first paragraph: "REPUBLIKA.CO.ID, MOSKOW --", "ANKARA, (Antara) -",
"Jakarta, CNN Indonesia --", "MOSKOW - ", "wartaperang - ", "Jakarta. " (REAL_PATTERNS.md a).

It tells the publisher (the page's own brand), the dateline place, and sometimes an origin
outlet ("(Analisa/Antara)": published by Analisa, taken from Antara).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .resources import name_key, outlets, places

# A single hyphen separates only with a space beside it: "SM-CBT" and "S-Presso" are words.
_SEP = r"\s*(?:--|—|–|(?<=\s)-|-(?=\s)|:|\|)(?=\s|[A-Z“\"'])\s*"
_WORD = r"[\w.'’&]+"
_PART = rf"{_WORD}(?:\s+{_WORD}){{0,3}}"
_SHAPES = [
    # CITY (OUTLET) -, CITY, (OUTLET/AGENCY) -, CITY, 12 Safar 1437/24 November 2015 (MINA) -
    re.compile(rf"^(?P<a>{_PART}),?\s*(?:[^()]{{0,50}}?\s)?\((?P<b>[^()]{{2,40}})\){_SEP}"),
    # OUTLET, CITY - / CITY, OUTLET -
    re.compile(rf"^(?P<a>{_PART})\s*,\s*(?P<b>{_PART}){_SEP}"),
    # (OUTLET) -
    re.compile(rf"^\((?P<b>[^()]{{2,40}})\){_SEP}"),
    # OUTLET - / CITY - / CITY:
    re.compile(rf"^(?P<a>{_WORD}(?:\s+{_WORD}){{0,2}}){_SEP}"),
    # Jakarta. (a known place followed by a full stop)
    re.compile(r"^(?P<a>[A-Z][\w]+(?:\s[A-Z][\w]+)?)\.\s+(?=[A-Z])"),
]
# "Liputan6.com, Jakarta Kelompok ...": an outlet and a listed place with no separator at all
_NO_SEPARATOR = re.compile(
    r"^(?P<a>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,2}),\s*(?P<b>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)\s+(?=[A-Z])"
)
_DOMAIN = re.compile(r"\w\.(?:com|co\.id|co|id|net|org|tv|news|info)\b", re.IGNORECASE)


@dataclass
class Dateline:
    text: str  # the opener as written, separator included
    place: str | None = None
    outlets: list[str] = field(default_factory=list)  # first = the page's own brand


def part_kind(part: str) -> str:
    """'outlet', 'place' or 'unknown' for one side of a dateline."""
    key = name_key(part)
    if part.lower() in places() or key in places():
        return "place"
    if key in outlets() or _DOMAIN.search(part):
        return "outlet"
    letters = re.sub(r"[^A-Za-z]", "", part)
    if letters.isupper() and len(letters) > 4:
        return "place"  # MOSKOW, SAINTPETERBURG: datelines put cities in capitals
    if letters.isupper() or (letters.islower() and " " not in part):
        return "outlet"  # KBR, RMOL, wartaperang
    return "unknown"


def recognised(part: str) -> bool:
    """A listed place, a listed outlet or a domain: not merely shaped like one."""
    key = name_key(part)
    return part.lower() in places() or key in places() or key in outlets() or bool(_DOMAIN.search(part))


@lru_cache(maxsize=4096)
def parse_dateline(text: str) -> Dateline | None:
    """The opener at the start of ``text``, or None when the paragraph has none (cached:
    classification asks this of the same lines more than once; do not mutate the result)."""
    head = text[:100]
    for index, shape in enumerate(_SHAPES):
        if (index in (0, 2) and "(" not in head) or (index == 1 and "," not in head):
            continue  # cheap guards: the shape needs a "(" or a "," near the start
        match = shape.match(text)
        if not match:
            continue
        a, b = match.groupdict().get("a"), match.groupdict().get("b")
        if b and "(" in match.group(0):  # the outlet(s) in parentheses, place before
            names = [n.strip() for n in re.split(r"/", b) if n.strip()]
            if not names or len(names) > 3 or any(len(n.split()) > 4 for n in names):
                continue
            return Dateline(match.group(0), place=a.strip() if a else None, outlets=names)
        if b:
            kinds = (part_kind(a), part_kind(b))
            if kinds == ("place", "place") or ("outlet" not in kinds and "place" not in kinds):
                continue
            if kinds[1] == "outlet" and kinds[0] != "outlet":
                return Dateline(match.group(0), place=a.strip(), outlets=[b.strip()])
            return Dateline(match.group(0), place=b.strip(), outlets=[a.strip()])
        kind = part_kind(a)
        if index == 4 and kind != "place":
            continue
        if match.group(0).rstrip().endswith(":") and not recognised(a):
            continue  # "BPS: Ekonomi ..." is a headline form, "Damaskus:" a dateline
        if kind == "place":
            return Dateline(match.group(0), place=a.strip())
        if kind == "outlet":
            return Dateline(match.group(0), outlets=[a.strip()])
    match = _NO_SEPARATOR.match(text)
    if match and recognised(match["a"]) and part_kind(match["a"]) == "outlet" and match["b"].lower() in places():
        return Dateline(match.group(0), place=match["b"], outlets=[match["a"]])
    return None


# Where a dateline in capitals is glued to the words before it: "Warga AcehTim RedaksiACEH UTARA,
# KOMPAS.com -", "Rizki Sandi SaputraTRIBUNNEWS.COM, JAKARTA -".
_GLUED_CAPITALS = re.compile(r"(?<=[a-z0-9)])(?=[A-Z]{2,}[\w.]*[ ,])")
GLUED_HEAD_MAX_CHARS = 250  # a scraper glues a headline and a credit line, not a paragraph
DATELINE_MAX_CHARS = 300  # longer than any dateline shape can match


def glued_head(text: str) -> int:
    """Where the article's dateline starts when a headline or a reporter credit is glued before it
    (0 when the text opens with its dateline or has none): the dateline must name a listed outlet
    or a domain, or a listed place ("...Kerbau WargaTim RedaksiBANDA ACEH – Kepala ..."), so the
    capitals of an ordinary sentence are not taken for one."""
    opens = None  # whether the text opens with a dateline of its own, asked only when needed
    for match in _GLUED_CAPITALS.finditer(text, 1, GLUED_HEAD_MAX_CHARS):
        # a dateline is short: the cache of parse_dateline keeps this slice, never the whole paragraph
        found = parse_dateline(text[match.start() : match.start() + DATELINE_MAX_CHARS])
        if found is None:
            continue
        if any(map(recognised, found.outlets)):
            return match.start()
        if not found.outlets and found.place is not None and recognised(found.place):
            opens = parse_dateline(text[:DATELINE_MAX_CHARS]) is not None if opens is None else opens
            if not opens:
                return match.start()
    return 0
