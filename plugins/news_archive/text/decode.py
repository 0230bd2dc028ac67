"""Bytes to clean text: encoding fallback, line ends, invisible characters."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .problems import Problem

# Characters that scrapers leave in text and that only get in the way of matching.
_SPACES = re.compile("[\u00a0\u2007\u202f\u2000-\u200a\u3000\t]")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])  # what text files do not hold
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass
class Decoded:
    text: str
    encoding: str
    problems: list[Problem] = field(default_factory=list)


_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def looks_binary(data: bytes) -> bool:
    """True for data that is not text at all (images, archives, executables).

    A few stray NUL bytes in a text scrape are repairable; a high share of control
    bytes in the first 8 KB is not text.
    """
    head = data[:8192]
    if not head or head.startswith(_UTF16_BOMS):  # UTF-16 text is half NUL bytes
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls / len(head) > 0.10


def encoding_of(data: bytes) -> str:
    return "UTF-16" if data.startswith(_UTF16_BOMS) else "UTF-8"


def decode(data: bytes) -> Decoded:
    """Decode scraped bytes: UTF-8 (with or without BOM), UTF-16 with its BOM, else cp1252 with
    a problem noted. The text is NFC-normalised: "Erdoğan" typed as g + U+0306 is one letter."""
    problems: list[Problem] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        if data.startswith(_UTF16_BOMS):
            text, encoding = data.decode("utf-16"), "utf-16"
        else:
            text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        problems.append(Problem(line, f"invalid {encoding_of(data)}; decoded as cp1252", error=True))
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        problems.append(Problem(line, "NUL bytes removed"))
    text = _CONTROL.sub("", text)
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    return Decoded(text=text, encoding=encoding, problems=problems)
