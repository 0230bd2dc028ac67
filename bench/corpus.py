"""Deterministic synthetic archives of N raw articles in the style of the real ones, and the
same articles as plain Pelican Markdown (title, date, tags) for the baseline.

Sentences are recombined from the labelled corpora; every article also brings novel names and
numbers, from a pool that grows like real vocabularies (Heaps' law), so index sizes grow as
they would. Page layouts follow REAL_PATTERNS.md: headline, date stamp, byline, caption,
dateline, "Baca juga" and related headlines, credits, comment widgets; a share of articles has
no date and some have no headline.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = [
    "ka",
    "ri",
    "mo",
    "ta",
    "ne",
    "su",
    "lo",
    "vi",
    "da",
    "ze",
    "pu",
    "ha",
    "gi",
    "be",
    "no",
    "ya",
    "ra",
    "si",
    "ku",
    "te",
    "ma",
    "di",
    "ba",
    "lu",
]
OUTLETS = [
    ("REPUBLIKA.CO.ID", "Republika"),
    ("KOMPAS.com", "Kompas.com"),
    ("Liputan6.com", "Liputan6.com"),
    ("TEMPO.CO", "Tempo"),
    ("VIVA.co.id", "VIVA.co.id"),
    ("wartaperang", "wartaperang"),
    ("Suara.com", "Suara.com"),
    ("CNN Indonesia", "CNN Indonesia"),
]
CITIES = ["MOSKOW", "ANKARA", "DAMASKUS", "JAKARTA", "BEIRUT", "TEHERAN", "ALEPPO", "WASHINGTON"]
ACTOR_WORDS = [
    "Rusia",
    "Turki",
    "Amerika Serikat",
    "ISIS",
    "Suriah",
    "Iran",
    "NATO",
    "PBB",
    "Vladimir Putin",
    "Recep Tayyip Erdogan",
    "Bashar al-Assad",
    "Barack Obama",
    "Donald Trump",
    "Hizbullah",
    "Kurdi",
    "Sergei Lavrov",
    "John Kerry",
    "Irak",
    "Yordania",
    "Uni Eropa",
    "Prancis",
    "Inggris",
]
WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
MONTHS = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


@dataclass
class Article:
    name: str
    raw: str
    title: str
    date: dt.date | None
    paragraphs: list[str]
    actors: list[str]


def _sentences() -> list[str]:
    found = []
    for path in sorted((ROOT / "tests" / "fixtures" / "corpus").rglob("*.json")):
        for paragraph in json.loads(path.read_text(encoding="utf-8"))["body"]:
            found += [s.strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", paragraph) if len(s.split()) >= 6]
    return found


def _titles() -> list[str]:
    return [
        json.loads(p.read_text())["title"]
        for p in sorted((ROOT / "tests" / "fixtures" / "corpus").rglob("*.json"))
        if json.loads(p.read_text())["title"]
    ]


class Generator:
    def __init__(self, seed: int = 7):
        self.rng = random.Random(seed)
        self.sentences = _sentences()
        self.titles = _titles()
        self.pool: list[str] = []  # novel names seen so far

    def _novel(self, articles_so_far: int) -> str:
        """A name: new with a probability that falls as the pool grows (vocabulary ~ N^0.6)."""
        target = int(40 * (articles_so_far + 1) ** 0.6)
        if len(self.pool) < target or not self.pool:
            word = "".join(self.rng.choice(SYLLABLES) for _ in range(self.rng.randint(2, 4))).capitalize()
            self.pool.append(word)
            return word
        return self.rng.choice(self.pool)

    def _paragraph(self, n: int) -> str:
        parts = [self.rng.choice(self.sentences) for _ in range(self.rng.randint(1, 3))]
        names = f"{self._novel(n)} {self._novel(n)}"
        parts.insert(
            self.rng.randrange(len(parts) + 1),
            f"{names} dari kelompok {self._novel(n)} mengatakan {self.rng.randint(2, 9999)} orang terdampak di "
            f"{self._novel(n)}" + (f" menurut {self.rng.choice(ACTOR_WORDS)}." if self.rng.random() < 0.3 else "."),
        )
        return " ".join(parts)

    def article(self, n: int) -> Article:
        rng = self.rng
        dated = rng.random() < 0.8
        day = dt.date(2014, 1, 1) + dt.timedelta(days=rng.randrange(5 * 365))
        title = f"{rng.choice(self.titles)} {self._novel(n)}"
        if rng.random() < 0.5:
            title = f"{rng.choice(ACTOR_WORDS)} dan {self._novel(n)}: " + title
        brand, _publisher = rng.choice(OUTLETS)
        paragraphs = [self._paragraph(n) for _ in range(rng.randint(3, 6))]
        first = f"{brand}, {rng.choice(CITIES)} -- {paragraphs[0]}"
        if dated and rng.random() < 0.5:
            first = first.rstrip(".") + f", {WEEKDAYS[day.weekday()]} ({day.day}/{day.month}/{day.year})."
        paragraphs[0] = first
        actors = sorted({w for p in paragraphs for w in ACTOR_WORDS if w in p})
        lines = []
        if rng.random() < 0.9:
            lines += [title]
        if dated and len(lines) and "(" not in first[-20:]:
            lines += [
                f"{WEEKDAYS[day.weekday()]}, {day.day} {MONTHS[day.month - 1]} {day.year} | {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} WIB"
            ]
        elif not dated and "(" in first[-20:]:
            paragraphs[0] = first = first[: first.rfind(",")] + "."
        lines += [
            "",
            f"Foto: {self._novel(n)} {self._novel(n)} di lokasi kejadian. (REUTERS/{self._novel(n)})",
            "",
            first,
            "",
        ]
        for i, paragraph in enumerate(paragraphs[1:], 1):
            lines += [paragraph, ""]
            if i == 2:
                lines += [f"Baca juga: {rng.choice(self.titles)}", ""]
            if i == 4 and rng.random() < 0.4:
                lines += [rng.choice(self.titles)]  # an injected related headline
        lines += [f"Editor: {self._novel(n)} {self._novel(n)}", "", "0 komentar:", "", "Posting Komentar", ""]
        return Article(f"{n:06d}.txt", "\n".join(lines), title, day if dated else None, paragraphs, actors)


def generate(n: int, raw_dir: Path, markdown_dir: Path, seed: int = 7) -> int:
    """Write ``n`` raw articles and their Markdown twins; returns the raw bytes written."""
    generator = Generator(seed)
    raw_dir.mkdir(parents=True, exist_ok=True)
    markdown_dir.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        a = generator.article(i)
        sub = f"{i // 1000:03d}"
        (raw_dir / sub).mkdir(exist_ok=True)
        (markdown_dir / sub).mkdir(exist_ok=True)
        data = a.raw.encode("utf-8")
        (raw_dir / sub / a.name).write_bytes(data)
        total += len(data)
        date = (a.date or dt.date(2000, 1, 1)).isoformat()
        body = "\n\n".join(a.paragraphs)
        header = f"Title: {a.title}\nDate: {date}\nTags: {', '.join(a.actors)}\nSlug: a{i:06d}\n\n"
        (markdown_dir / sub / a.name.replace(".txt", ".md")).write_text(header + body + "\n", encoding="utf-8")
    return total


if __name__ == "__main__":
    import sys

    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "bench/work/sample")
    print(generate(count, out / "raw", out / "md"), "bytes")
