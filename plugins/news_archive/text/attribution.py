"""Who published an article, whom it cites, who wrote it.

The publisher is the page's own brand, taken from the strongest evidence present:
header > dateline > byline > brand line > copyright owner > "Sumber:" line > title prefix.
Cited sources come from citation phrases in the kept text ("seperti dikutip Reuters"),
"Sumber:" lines naming other outlets, origin outlets in the dateline ("(Analisa/Antara)")
and credit tails ("(AFP/OL-2)"). Photo credits are captions and are never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from . import reasons
from .dateline import Dateline, part_kind
from .lines import BODY, CREDIT, META, Line
from .resources import attribution_words, date_words, name_key, outlets
from .thresholds import DEFAULT_THRESHOLDS, CleaningSettings
from .urls import publisher_of_url

_COPYRIGHT = re.compile(
    r"(?:copyright|hak cipta|©|\(c\))\s*(?:©\s*)?(?:(?:19|20)\d\d\s*(?:[-–]\s*(?:19|20)\d\d)?\s*)?"
    r"(?P<owner>[^|,©]+?)\s*(?:(?:19|20)\d\d)?\s*\.?\s*(?:all rights reserved.*)?$",
    re.IGNORECASE,
)
# "(jon/jpnn)", "- (Republika.co.id)", "hp/vlz (dpa, rtr, afp)": reporters' codes or outlets, with
# the dash or the editors' initials before them
_CREDIT_TAIL = re.compile(
    r"\s*(?:[-–—]\s*)?(?P<initials>(?<!\w)[a-z]{1,4}(?:/[a-z]{1,4}){1,3}\s*)?"
    r"[(\[]\s*(?P<codes>[\w.-]{1,24}(?:\s*[/,]\s*[\w.-]{1,24}){0,5})\s*[)\]]\s*$"
)
_CODES = re.compile(r"\s*[/,]\s*")
CODE_CHARS = 14  # a longer part of a credit tail is an outlet's name ("Republika.co.id") or no credit
_LABEL = re.compile(r"^\s*(?P<label>[A-Za-z ]{2,20}?)\s*:\s*(?P<value>.+)$")
_WORDS = re.compile(r"\w+")
_NAME = re.compile(r"^(?:The\s+)?[A-Z][\w.'’&+-]*(?:\s+(?:[A-Z][\w.'’&+-]*|al|el|de|of|and|&)){0,4}")


@dataclass
class Attribution:
    publisher: str | None = None
    publisher_evidence: str = ""
    sources: list[str] = field(default_factory=list)
    author: str | None = None
    editor: str | None = None
    place: str | None = None  # the dateline place


@lru_cache(maxsize=8192)
def known_outlet(name: str):
    """The listed outlet ``name`` stands for: as written ("REPUBLIKA.CO.ID"), without spaces
    ("DETIK NEWS"), a desk or edition of it ("detikFinance", "KompasTekno"), or one part of a
    section path ("Culture - science-tech - The Jakarta Post")."""
    table = outlets()
    key = name_key(name)
    for form in (key, key.replace(" ", "")):
        if form in table:
            return table[form]
    squeezed = key.replace(" ", "")
    for desk in _desks():
        if squeezed.endswith(desk) and len(squeezed) > len(desk) + 3 and squeezed[: -len(desk)] in table:
            return table[squeezed[: -len(desk)]]
    parts = [part for part in re.split(r"\s+[-–—|:/]\s+", name) if part.strip()]
    if len(parts) > 1:
        for part in reversed(parts):
            found = known_outlet(part)
            if found:
                return found
    return None


@lru_cache(maxsize=1)
def _desks() -> tuple[str, ...]:
    return tuple(sorted(attribution_words()["desk_words"], key=len, reverse=True))


def canonical(name: str) -> str:
    outlet = known_outlet(name)
    return outlet.name if outlet else name.strip(" .,-–—:;")


def is_same_outlet(a: str, b: str) -> bool:
    """Whether two names stand for one outlet ("Liputan6.com" and "liputan6")."""
    return name_key(canonical(a)) == name_key(canonical(b))


def is_known(name: str) -> bool:
    return known_outlet(name) is not None


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class _Phrases:
    firsts: frozenset[str]  # first words of every cue and media noun: scans start only there
    strong: frozenset[str]  # cues after which an unlisted capitalised name counts
    stop: frozenset[str]  # first words that make a name a person or an office
    verbs: re.Pattern  # "melaporkan", "reported"...
    name_before: re.Pattern  # a listed outlet name right before such a verb
    stamp_words: re.Pattern  # where a byline's time stamp starts ("diperbarui")
    official: re.Pattern  # media nouns of an official site or account ("laman resmi")
    web: re.Pattern  # media nouns of a website ("situs"): an unlisted acronym after them is no outlet
    self_mention: re.Pattern  # phrases before a text's own outlet ("Menurut catatan detikcom")


@lru_cache(maxsize=1)
def _phrases() -> _Phrases:
    words = attribution_words()
    cues = words["cues"]["strong"] + words["cues"]["weak"]
    # Outlet names as written; short lowercase aliases ("ant") are words in running text.
    names = {o.name for o in outlets().values()}
    return _Phrases(
        firsts=frozenset(p.split()[0].lower() for p in cues + words["media_nouns"]),
        strong=frozenset(name_key(c) for c in words["cues"]["strong"]),
        stop=frozenset(w.lower() for w in words["not_outlet_words"] + words.get("institution_words", [])),
        verbs=re.compile(rf"\b(?:{_alt(words['reporting_verbs'])})\b"),
        name_before=re.compile(rf"\b(?P<name>{_alt(n for n in names if len(n) > 3 or n.isupper())})\s+$"),
        stamp_words=re.compile(rf"\s+(?:{_alt(words['byline_stamp_words'])})\b", re.IGNORECASE),
        official=re.compile(rf"\b(?:{_alt(words['official_nouns'])})\b", re.IGNORECASE),
        web=re.compile(rf"(?:{_alt(words['web_nouns'])})", re.IGNORECASE),
        self_mention=re.compile(
            rf"\b(?:{_alt(words['self_mention_cues'])})\s+(?P<rest>\S+(?:\s+\S+){{0,2}})", re.IGNORECASE
        ),
    )


@lru_cache(maxsize=256)
def _phrase_res(first: str) -> tuple[re.Pattern, re.Pattern]:
    """The cue and media-noun regexes of the phrases that start with ``first``: tried only
    where that word occurs, so each try is one or two alternatives, not eighty."""
    words = attribution_words()
    cues = [c for c in words["cues"]["strong"] + words["cues"]["weak"] if c.split()[0].lower() == first]
    heads = [n for n in words["media_nouns"] if n.split()[0].lower() == first]
    nouns = rf"(?:(?:{_alt(words['media_nouns'])})\b[\s,]*)"
    never = r"(?!x)x"
    # "dikutip dariAnadolu Agency": link markup can glue the name to its cue
    cue = rf"\b(?P<cue>{_alt(cues) or never})(?:\b|(?-i:(?=[A-Z])))[\s,:]*(?P<nouns>{nouns}*)(?=(?P<rest>.{{0,80}}))"
    noun = rf"\b(?P<nouns>(?:(?:{_alt(heads) or never})\b[\s,]*){nouns}*)(?=(?P<rest>.{{0,60}}))"
    return re.compile(cue, re.IGNORECASE | re.DOTALL), re.compile(noun, re.IGNORECASE | re.DOTALL)


def _word_starts(lowered: str, words) -> list[tuple[int, str]]:
    """(offset, word) of every whole-word occurrence: str.find, no regex per word."""
    found = []
    for word in words:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not lowered[at - 1].isalnum()) and (end == len(lowered) or not lowered[end].isalnum()):
                found.append((at, word))
            at = lowered.find(word, end)
    return found


def _known_prefix(tokens: list[str]) -> tuple[str, int] | None:
    """The longest run of tokens at the start that names a known outlet, and its length."""
    for size in range(min(5, len(tokens)), 0, -1):
        candidate = " ".join(tokens[:size]).strip(' .,;:()"“”')
        if is_known(candidate):
            return canonical(candidate), size
    return None


_RELAYED_FROM = ("dari", "from")  # "dikutip detikTravel dari Lonely Planet": the outlet quoting, then its source


def _outlet_after(rest: str, *, scan: int, allow_unknown: bool) -> str | None:
    """An outlet named at the start of ``rest`` (or within ``scan`` words of it)."""
    return _known_after(rest, scan) or (_unknown_at(rest) if allow_unknown else None)


def _known_after(rest: str, scan: int) -> str | None:
    """A listed outlet named at the start of ``rest`` or within ``scan`` words of it."""
    tokens = re.split(r"\s+", re.split(r"[.;:!?\n\"“”]", rest, maxsplit=1)[0].strip())
    for start in range(min(scan, len(tokens))):
        if not _skippable(tokens[:start]):
            break  # "Tehran Times" is no "The Times": only a country or lowercase words stand before a name
        found = _known_prefix(tokens[start:])
        if found:
            after = start + found[1]
            if after < len(tokens) and tokens[after].lower() in _RELAYED_FROM:
                relayed = _outlet_after(" ".join(tokens[after + 1 :]), scan=1, allow_unknown=True)
                if relayed:
                    return relayed
            return found[0]
    return None


def _unknown_at(rest: str) -> str | None:
    """The capitalised name at the start of ``rest``, as an outlet not in outlets.yml, unless it
    names a country, a person's office, an institution or a place."""
    # the name ends with its sentence, also one glued to the next ("Radio Free Asia.Dia mengatakan")
    match = _NAME.match(re.split(r"[;:!?\n\"“”]|\.(?:\s|$)|(?<=[a-z])\.(?=[A-Z][a-z])", rest.strip(), maxsplit=1)[0])
    if not match:
        return None
    name = _trim_name(re.sub(r"\s+(?:al|el|de|of|and|&)$", "", match.group(0)).strip(" .,"))
    if not name or _institution_site().search(name):
        return None  # "COVID19.go.id": a government or university site, not a news outlet
    if name_key(name) in _countries():
        # "kantor berita Kazakhstan, Kazinform, melaporkan": the outlet stands beside its country
        beside = _BESIDE.match(rest.strip()[match.end() :])
        return _outlet_after(beside["name"], scan=1, allow_unknown=True) if beside else None
    first = re.sub(r"^The\s+", "", name).split()[0].lower()  # "The Verge", not "the president"
    if first in _phrases().stop or part_kind(name) == "place" or len(name) < 2:
        return None
    return name


def _skippable(words: list[str]) -> bool:
    """Words between a cue and the outlet's name: lowercase ones and a country ("media pemerintah Rusia, TASS")."""
    capitalised = " ".join(w for w in words if w[:1].isupper()).strip(" ,")
    return not capitalised or name_key(capitalised) in _countries()


_BESIDE = re.compile(r"\s*,\s*(?P<name>[A-Z][^,;:!?\n]{1,40}),")


@lru_cache(maxsize=1)
def _glued_word() -> re.Pattern:
    """A word glued to the end of a name where link markup lost the space ("dikutip dari CNNpada Senin")."""
    words = attribution_words().get("glued_after_name", [])
    return re.compile(rf"(?<=[A-Za-z]{{3}})(?:{_alt(words)})$") if words else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Weekday and month names written out ("Jumat", "Maret"): "Sun" and "Mar" may end an outlet's name."""
    table = date_words()
    names = (w.lower() for key in ("weekdays", "months") for names in table[key].values() for w in names)
    return frozenset(w for w in names if len(w) >= 4)


def _trim_name(name: str) -> str:
    """A captured name without the weekday or month that follows it ("Daily Mirror Jumat") and
    without a "pada" glued to its end ("Euronewspada Jumat")."""
    words = name.split()
    while len(words) > 1 and words[-1].lower() in _calendar_words() and words[-2].lower() != "the":
        words.pop()
    if words:
        words[-1] = _glued_word().sub("", words[-1])
    return " ".join(words)


@lru_cache(maxsize=1)
def _institution_site() -> re.Pattern:
    domains = attribution_words().get("institution_domains", [])
    return re.compile(rf"\.(?:{_alt(domains)})$", re.IGNORECASE) if domains else re.compile(r"(?!x)x")


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    return frozenset(name_key(c) for c in attribution_words().get("country_names", []))


def _named_with_noun(match: re.Match, *, allow_unknown: bool) -> str | None:
    """The outlet whose name starts with the one-word media noun written in capitals before it:
    "Radio Free Asia", "Channel News Asia", "Harian Jogja", "Media Indonesia" (not "radio" or
    "harian" + a name)."""
    nouns, rest = match["nouns"], match["rest"].strip()
    if len(nouns.split()) != 1 or re.search(r",\s*$", nouns) or not rest[:1].isupper():
        return None  # "Kantor Berita Kazinform", "Situs Web Axios": a phrase that describes the outlet
    last = nouns.split()[-1]
    if not last[:1].isupper():
        return None
    named = f"{last} {rest}"
    known = _known_after(named, 1)
    first = _NAME.match(rest)
    if known or not allow_unknown or not first or name_key(first.group(0)) in _countries():
        return known  # "Kantor Berita Prancis" names a country's agency, not an outlet called so
    return _unknown_at(named)


def named_as_own(text: str) -> str | None:
    """The listed outlet (not an agency) a text names as its own: "Menurut catatan detikcom",
    "saat berbincang dengan detikcom", "kata dia kepada Republika"."""
    for match in _phrases().self_mention.finditer(text):
        found = _known_prefix(match["rest"].split())
        if found and known_outlet(found[0]).kind == "outlet":
            return found[0]
    return None


def cited_in_text(text: str) -> list[str]:
    """Outlets that citation phrases in ``text`` name, each once, in order of first mention.

    Cues overlap ("Dilansir kantor berita TASS" is one cue, one media noun and one name).
    """
    phrases = _phrases()
    found: list[tuple[int, str]] = []
    lowered = text.lower()
    present = phrases.firsts.intersection(_WORDS.findall(lowered))  # most cue words are absent
    starts = (
        sorted(_word_starts(lowered, present))
        if len(lowered) == len(text)
        else sorted((m.start(), w) for w in present for m in re.finditer(rf"\b{re.escape(w)}\b", text, re.IGNORECASE))
    )
    for match in filter(None, (_phrase_res(w)[0].match(text, start) for start, w in starts)):
        official = bool(phrases.official.search(match["nouns"]))
        is_strong = not official and (name_key(match["cue"]) in phrases.strong or bool(match["nouns"].strip()))
        scan = 4 if is_strong else 1
        name = (
            _known_after(match["rest"], scan)
            or _named_with_noun(match, allow_unknown=is_strong)
            or (_unknown_at(match["rest"]) if is_strong else None)
        )
        if name:
            found.append((match.start(), name))
    for match in filter(None, (_phrase_res(w)[1].match(text, start) for start, w in starts)):
        rest = match["rest"].strip()
        name = _known_after(rest, 1) or _named_with_noun(match, allow_unknown=False)
        acronym = r"|[A-Z]{2,}\b" if not phrases.web.fullmatch(match["nouns"].strip(" ,")) else ""
        if (
            not name
            and not phrases.official.search(match["nouns"])
            and re.match(rf"^(?:The\s+[A-Z]|\S+\.(?:com|co\.id|id)\b{acronym})", rest)
        ):
            name = _outlet_after(rest, scan=1, allow_unknown=True)
        if name:
            found.append((match.start(), name))
    for verb in phrases.verbs.finditer(text):  # "Reuters melaporkan": the outlet right before it
        match = phrases.name_before.search(text, max(0, verb.start() - 40), verb.start())
        if match:
            found.append((match.start(), canonical(match["name"])))
    return list(dict.fromkeys(name for _, name in sorted(found)))


def split_credit_tail(text: str) -> tuple[str, str | None]:
    """'...kata dia. (jon/jpnn)' -> ('...kata dia.', '(jon/jpnn)')."""
    if not text.endswith((")", "]")):
        return text, None
    match = _CREDIT_TAIL.search(text)
    if not match or match.start() == 0 or not re.search(r"[^\W\d_]", match["codes"]):
        return text, None  # "(2024-2025)": no one's code
    parts = _CODES.split(match["codes"].strip())
    if any(len(part) > CODE_CHARS and not is_known(part) for part in parts):
        return text, None
    if "," in match["codes"] and not match["initials"] and not all(map(is_known, parts)):
        return text, None  # "(Indonesia, Malaysia, Singapura)": a list, no credit
    return text[: match.start()].rstrip(), match.group(0).strip()


def credit_outlets(credit: str) -> list[str]:
    bracket = re.search(r"[(\[]([^()\[\]]*)[)\]]\s*$", credit)
    codes = bracket.group(1) if bracket else credit.strip(" ()[]-–—")
    return [canonical(code) for code in _CODES.split(codes.strip()) if is_known(code)]


def _names(value: str) -> list[str]:
    value = re.sub(
        r"^(?:sumber|source|credit|kredit|disadur dari|dikutip dari|sumber berita)\s*:?\s*", "", value, flags=re.I
    )
    return [n.strip(" .") for n in re.split(r"\s*(?:[,/&;]|\bdan\b|\band\b)\s*", value) if n.strip(" .")]


def _person(value: str, s: CleaningSettings) -> str | None:
    value = re.split(r"\s+[-–—|]\s+|\s*[|(]", value)[0].strip(" .,")
    return value if value and len(value.split()) <= s.person_max_words else None


def _credits(line: Line, s: CleaningSettings) -> tuple[str | None, str | None]:
    """(author, editor) from a labelled credit line ("Rep: X / Red: Y", "Editor : Z")."""
    words = attribution_words()
    authors, editors = set(words["author_labels"]), set(words["editor_labels"])
    author = editor = None
    # "Rep: X / Red: Y", "Penulis : X| Editor : Y| Kompas TV", "SUMBER: KOMPAS.com (Penulis: X | Editor: Y)"
    for segment in re.split(r"\s+/\s+(?=\w+\s*:)|\s*\|\s*(?=\w+\s*:)|\s*\(\s*(?=\w+\s*:)", line.text):
        segment = segment.strip(" ()")
        match = _LABEL.match(segment)
        if match:
            label, value = match["label"].strip().lower(), match["value"]
        else:
            parts = segment.split(None, 1)
            if len(parts) < 2:
                continue
            label, value = parts[0].lower().rstrip(":"), parts[1]
        if label in authors:
            author = author or _person(value, s)
        elif label in editors:
            editor = editor or _person(value, s)
    return author, editor


EVIDENCE = reasons.PUBLISHER_EVIDENCE


def _choose_publisher(candidates: list[tuple[str, str]], owner: str | None) -> tuple[str | None, str]:
    if not candidates:
        return None, ""
    name, evidence = min(candidates, key=lambda c: EVIDENCE.index(c[1]))
    # "(Analisa/Antara)" + "Copyright © Harian Analisa": the fuller name of the same brand
    if owner and evidence != reasons.HEADER_PUBLISHER and f" {name_key(name)} " in f" {name_key(owner)} ":
        name = owner
    return canonical(name), evidence


def attribute(
    lines: list[Line],
    dateline: Dateline | None,
    title_brand: str | None,
    header_publisher: str | None,
    credit_tails: list[str] = (),
    s: CleaningSettings = DEFAULT_THRESHOLDS,
    source_url: str | None = None,
) -> Attribution:
    """``credit_tails``: codes cut from the ends of paragraphs ("(AFP/OL-2)")."""
    result = Attribution(place=dateline.place if dateline else None)
    candidates: list[tuple[str, str]] = []  # (name, evidence)
    cited: list[str] = []
    if header_publisher:
        candidates.append((header_publisher, reasons.HEADER_PUBLISHER))
    site = publisher_of_url(source_url) if source_url else None
    if site:  # the site that served the page: its publisher, whoever the dateline credits
        candidates.append((site, reasons.URL_HOST))
    if dateline and dateline.outlets:
        candidates.append((dateline.outlets[0], reasons.DATELINE))
        cited.extend(dateline.outlets[1:])
    if title_brand:
        candidates.append((title_brand, reasons.TITLE_PREFIX))
    owner = None
    source_lines: list[list[str]] = []
    for line in lines:
        if line.kind == CREDIT and line.reason == reasons.BYLINE and not line.rule:  # "Rita Sari - detikNews"
            name, outlet = re.split(r"\s*[-–—|,]\s*", line.text)[:2]
            result.author = result.author or name
            candidates.append((outlet, reasons.BYLINE_OUTLET))
        elif line.rule == "byline-label":  # "Rep: X / Red: Y", "Editor : Z"
            author, editor = _credits(line, s)
            result.author, result.editor = result.author or author, result.editor or editor
        elif line.rule in ("byline-name", "credit-name") or line.reason == reasons.BYLINE_NAME_ONLY:
            name = line.text.strip("() ")  # "Oleh X", "(Jihad Dwidyasa )", "Jihad Dwidyasa"
            if line.rule == "byline-name":
                name = name.split(None, 1)[-1]
            result.author = result.author or _person(name, s)
        elif line.rule == "byline-stamp":  # "oleh Rizki Akbar Hasan diperbarui 29 Des 2017"
            name = _phrases().stamp_words.split(line.text)[0]
            result.author = result.author or _person(name.split(None, 1)[-1], s)
        elif line.rule == "byline-caps":  # "NATALIA SANTI | REUTERS"
            for part in re.split(r"\s*\|\s*", line.text):
                if is_known(part):
                    cited.append(part)
                else:
                    result.author = result.author or part.title()
        elif line.kind == META and line.reason == reasons.SITE_BRAND:
            candidates.append((line.text, reasons.BRAND_LINE))
        elif line.rule == "copyright":
            match = _COPYRIGHT.search(line.text)
            if match and 1 <= len(match["owner"].split()) <= s.copyright_owner_max_words:
                owner = owner or match["owner"].strip(" .")
        elif line.rule == "source-line":
            source_lines.append(_names(line.text))
        elif line.rule == "credit-code":
            cited.extend(credit_outlets(line.text))
    if owner:
        candidates.append((owner, reasons.COPYRIGHT_LINE))
    strong = any(evidence != reasons.TITLE_PREFIX for _, evidence in candidates)
    for names in source_lines:
        # "Sumber: sindonews.com" names the host when nothing stronger does; otherwise an origin
        first = names[0] if names else ""
        known = outlets().get(name_key(first))
        if not strong and part_kind(first) == "outlet" and (known is None or known.kind == "outlet"):
            candidates.append((first, reasons.SOURCE_LINE))
            names, strong = names[1:], True
        cited.extend(names)
    body = "\n".join(line.text for line in lines if line.kind == BODY)
    own = None if candidates else named_as_own(body)
    if own:
        candidates.append((own, reasons.SELF_MENTION))
    result.publisher, result.publisher_evidence = _choose_publisher(candidates, owner)
    cited.extend(cited_in_text(body))
    for tail in credit_tails:
        cited.extend(credit_outlets(tail))
    publisher_key = name_key(result.publisher or "")
    seen: set[str] = set()
    for name in map(canonical, cited):
        key = name_key(name)
        if key and key != publisher_key and key not in seen:
            seen.add(key)
            result.sources.append(name)
    return result
