"""Score the text pipeline against a labelled folder (NNN.txt + NNN.json gold files).

Gold format: {"title", "publisher", "date", "cited_sources", "boilerplate": [lines],
"body": [lines], "meta_lines": [lines], "fragments": [texts], ...}. Body lines are written as the
reader should see them: a sentence split over lines by markup is one line, and a leftover glued
inside a line ("fragments") is left out of it. Lines are compared with their spacing ignored.
Scores:

- cleaning: precision/recall/F1 of removal over lines and glued fragments (a removed line is a
  gold boilerplate line; a gold fragment is removed when it is no longer in the body, and a
  fragment we cut is right when it overlaps a gold fragment);
- body kept: share of the gold body's characters found in our body, in order (spacing ignored),
  so a leftover left inside a paragraph is a leak, not a loss; leaked: gold boilerplate lines and
  fragments left in the body, and their share of all gold leftovers; unlabelled lines: lines we
  produced that match no gold line (a body line cut short or joined wrongly, or a leftover left in);
- title: exact match (case and spacing ignored) over articles whose gold title is not null;
- publisher: same outlet (name_key) or both unknown;
- date: accuracy over stated gold dates; invented: a date given where the gold has none;
- cited sources: micro precision/recall/F1 over outlet names;
- actors: micro precision/recall over the core actor ids (data/core_actors.txt) and over all ids, and
  actors tagged although named only in removed lines;
- near-duplicates: gold pairs (duplicate_of) found, and pairs of distinct articles joined.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from difflib import SequenceMatcher
from itertools import combinations
from pathlib import Path

from ..actors.matcher import ActorMatcher
from ..actors.tagging import tag
from ..article.record import actor_matcher, analyse_file
from ..near_duplicates import copy_groups, signature
from ..settings import ArticleConfig
from ..text.attribution import canonical
from ..text.boilerplate import loose_key
from ..text.decode import decode
from ..text.lines import BLANK, BODY, TITLE
from ..text.pipeline import Analysis, analyse
from ..text.resources import core_actors, name_key
from .common import UsageError, add_config_arguments, folder_argument, load_config


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", decode(text.encode()).text).strip()


def _key(text: str) -> str:
    return re.sub(r"\s+", "", _norm(text))


@dataclass
class Counts:
    removed_tp: int = 0
    removed_fp: int = 0
    removed_fn: int = 0
    body_total: int = 0
    body_kept: int = 0
    leftovers: int = 0
    leaked: int = 0
    unlabelled: int = 0
    titles: int = 0
    titles_ok: int = 0
    publishers: int = 0
    publishers_ok: int = 0
    dates_stated: int = 0
    dates_ok: int = 0
    dates_invented: int = 0
    sources_tp: int = 0
    sources_fp: int = 0
    sources_fn: int = 0
    core_tp: int = 0
    core_fp: int = 0
    core_fn: int = 0
    actors_tp: int = 0
    actors_fp: int = 0
    actors_fn: int = 0
    actors_from_removed: int = 0

    def add(self, other: Counts) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)


def _f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class ArticleScore:
    name: str
    counts: Counts
    problems: list[str] = field(default_factory=list)


def _score_actors(c: Counts, analysis: Analysis, gold: dict, matcher: ActorMatcher, problems: list[str]) -> None:
    ours = {actor for actor, _ in tag(analysis, matcher)[0]}
    theirs = set(gold["actors"])
    c.actors_tp, c.actors_fp, c.actors_fn = len(ours & theirs), len(ours - theirs), len(theirs - ours)
    core = core_actors()
    ours_core, theirs_core = ours & core, theirs & core
    c.core_tp, c.core_fp, c.core_fn = (
        len(ours_core & theirs_core),
        len(ours_core - theirs_core),
        len(theirs_core - ours_core),
    )
    in_removed = matcher.count(line.text for line in analysis.removed)
    c.actors_from_removed = len({a for a in ours - theirs if in_removed[a]})
    if ours_core != theirs_core:
        problems.append(
            f"core actors: extra {sorted(ours_core - theirs_core)}, missing {sorted(theirs_core - ours_core)}"
        )


def _score_fragments(c: Counts, body: str, cuts: list, gold: dict, problems: list[str]) -> None:
    """Glued leftovers: each gold fragment must be gone from the body (``body``, compared as
    _key), and each of our ``cuts`` (removed fragments, not whole lines) must be one."""
    golden = [_key(text) for text in gold.get("fragments", [])]
    for key, wanted in Counter(golden).items():
        left = min(body.count(key), wanted)
        c.removed_tp += wanted - left
        c.removed_fn += left
        c.leaked += left
        if left:
            problems.append(f"fragment kept in the body: {key[:60]}")
    for cut in cuts:
        if not any(char.isalnum() for char in cut.text):
            continue  # a bare separator ("-") removes no text
        key = _key(cut.text)
        if not any(key in g or g in key for g in golden):
            c.removed_fp += 1
            problems.append(f"line {cut.number}: fragment cut ({cut.reason}) is not a leftover: {cut.text[:60]}")


def score_article(analysis: Analysis, gold: dict, matcher: ActorMatcher | None = None) -> ArticleScore:
    c = Counts()
    problems: list[str] = []
    body, boiler = Counter(map(_key, gold.get("body", []))), Counter(map(_key, gold.get("boilerplate", [])))
    labelled_title = _key(gold.get("title") or "")
    labelled = {_key(text) for text in gold.get("meta_lines", [])} | {labelled_title}
    c.leftovers = sum(boiler.values()) + len(gold.get("fragments", []))
    wanted, ours = "".join(map(_key, gold.get("body", []))), _key(analysis.body_text)
    found = SequenceMatcher(None, wanted, ours, autojunk=False).get_matching_blocks()
    c.body_total, c.body_kept = len(wanted), sum(block.size for block in found)
    whole_lines = {id(line) for line in analysis.lines}
    cuts = [cut for cut in analysis.removed if id(cut) not in whole_lines]  # fragments, not lines
    tails: dict[int, list[str]] = {}  # credit tails are cut from the paragraph, not from the line
    for cut in cuts:
        tails.setdefault(cut.number, []).append(_key(cut.text))
    for line in analysis.lines:
        if line.kind == BLANK:
            continue
        text = _key(line.text)
        if line.kind == BODY:
            for tail in tails.get(line.number, ()):
                if text.endswith(tail):
                    text = text[: -len(tail)]
        if body[text] > 0:
            body[text] -= 1
            if line.kind != BODY:
                problems.append(f"line {line.number}: body removed ({line.reason}): {line.text[:60]}")
            if line.removed:
                c.removed_fp += 1
        elif boiler[text] > 0:
            boiler[text] -= 1
            if line.removed:
                c.removed_tp += 1
            else:
                c.removed_fn += 1
                if line.kind == BODY:
                    c.leaked += 1
                problems.append(f"line {line.number}: boilerplate kept as {line.kind}: {line.text[:60]}")
        elif line.removed:  # a gold title or meta line that we removed
            c.removed_fp += 1
            problems.append(f"line {line.number}: meta/title removed ({line.reason}): {line.text[:60]}")
        elif text not in labelled and not (line.kind == TITLE and labelled_title and labelled_title in text):
            c.unlabelled += 1
            problems.append(f"line {line.number}: kept as {line.kind}, matches no gold line: {line.text[:60]}")
    for text, missing in body.items():
        if missing:
            problems.append(f"gold body line not found whole: {text[:60]}")
    _score_fragments(c, ours, cuts, gold, problems)
    if gold.get("title"):
        c.titles = 1
        c.titles_ok = int(loose_key(analysis.title or "") == loose_key(gold["title"]))
        if not c.titles_ok:
            problems.append(f"title {analysis.title!r} != {gold['title']!r}")
    c.publishers = 1
    ours, theirs = analysis.attribution.publisher, gold.get("publisher")
    c.publishers_ok = int(name_key(canonical(ours or "")) == name_key(canonical(theirs or "")))
    if not c.publishers_ok:
        problems.append(f"publisher {ours!r} != {theirs!r}")
    date = analysis.date.date.isoformat() if analysis.date.date else None
    if gold.get("date"):
        c.dates_stated = 1
        c.dates_ok = int(date == gold["date"])
    elif date:
        c.dates_invented = 1
    if date != gold.get("date"):
        problems.append(f"date {date} != {gold.get('date')} ({analysis.date.evidence})")
    ours_src = {name_key(canonical(s)) for s in analysis.attribution.sources}
    gold_src = {name_key(canonical(s)) for s in gold.get("cited_sources", [])}  # an alias is its outlet
    c.sources_tp, c.sources_fp, c.sources_fn = (
        len(ours_src & gold_src),
        len(ours_src - gold_src),
        len(gold_src - ours_src),
    )
    if ours_src != gold_src:
        problems.append(f"sources {sorted(ours_src)} != {sorted(gold_src)}")
    if matcher is not None and "actors" in gold:
        _score_actors(c, analysis, gold, matcher, problems)
    return ArticleScore(gold.get("_name", analysis.source), c, problems)


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    return [(p, p.with_suffix(".json")) for p in sorted(folder.rglob("*.txt")) if p.with_suffix(".json").exists()]


def summary(total: Counts, articles: int) -> dict:
    cp, cr, cf = _f1(total.removed_tp, total.removed_fp, total.removed_fn)
    sp, sr, sf = _f1(total.sources_tp, total.sources_fp, total.sources_fn)
    kp, kr, _ = _f1(total.core_tp, total.core_fp, total.core_fn)
    ap, ar, _ = _f1(total.actors_tp, total.actors_fp, total.actors_fn)
    ratio = lambda a, b: a / b if b else 1.0
    return {
        "articles": articles,
        "cleaning_precision": cp,
        "cleaning_recall": cr,
        "cleaning_f1": cf,
        "body_kept": ratio(total.body_kept, total.body_total),
        "boilerplate_leaked": total.leaked,
        "leaked_share": ratio(total.leaked, total.leftovers) if total.leftovers else 0.0,
        "unlabelled_lines": total.unlabelled,
        "title_accuracy": ratio(total.titles_ok, total.titles),
        "publisher_accuracy": ratio(total.publishers_ok, total.publishers),
        "date_accuracy": ratio(total.dates_ok, total.dates_stated),
        "dates_invented": total.dates_invented,
        "sources_precision": sp,
        "sources_recall": sr,
        "sources_f1": sf,
        "core_actors_precision": kp,
        "core_actors_recall": kr,
        "all_actors_precision": ap,
        "all_actors_recall": ar,
        "actors_from_removed_lines": total.actors_from_removed,
    }


def _duplicate_scores(bodies: dict[str, str], golds: dict[str, dict], threshold: float) -> dict:
    groups = copy_groups([(key, signature(text), text) for key, text in bodies.items()], threshold)
    found = {frozenset(pair) for group in groups for pair in combinations(group, 2)}
    by_stem = {Path(key).with_suffix("").as_posix(): key for key in bodies}
    gold = set()
    for key, data in golds.items():
        other = data.get("duplicate_of")
        if other:
            twin = by_stem.get((Path(key).parent / other).as_posix())
            if twin:
                gold.add(frozenset((key, twin)))
    return {
        "duplicate_pairs": len(gold),
        "duplicate_pairs_found": len(gold & found),
        "false_duplicate_pairs": len(found - gold),
    }


def evaluate(folder: Path, config: ArticleConfig, near_duplicate: float) -> tuple[dict, list[ArticleScore]]:
    """Scores of the build's per-file path (``config``) against the gold files in ``folder``."""
    matcher = actor_matcher(config)
    total, scores = Counts(), []
    bodies: dict[str, str] = {}
    golds: dict[str, dict] = {}
    for text_path, gold_path in gold_pairs(folder):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        gold["_name"] = str(text_path.relative_to(folder))
        analysis = analyse_file(text_path.read_bytes(), gold["_name"], config).analysis
        if analysis is None:  # empty or binary: nothing kept, nothing found
            analysis = analyse(b"", source=gold["_name"])
        score = score_article(analysis, gold, matcher)
        total.add(score.counts)
        scores.append(score)
        bodies[gold["_name"]], golds[gold["_name"]] = analysis.body_text, gold
    return {**summary(total, len(scores)), **_duplicate_scores(bodies, golds, near_duplicate)}, scores


NAME = "evaluate"
HELP = "score the text pipeline against a labelled folder"


def arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold_dir", help="folder of NNN.txt files with NNN.json gold labels")
    add_config_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print machine-readable scores")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every disagreement")


def command(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table

    folder = folder_argument(args.gold_dir)
    config = load_config(args)
    scores, articles = evaluate(folder, config.article, config.near_duplicate)
    if not articles:
        raise UsageError(f"no NNN.txt with NNN.json in {folder}")
    if args.json:
        print(
            json.dumps(
                {"summary": scores, "articles": [{"name": a.name, "problems": a.problems} for a in articles]}, indent=1
            )
        )
        return 0
    console = Console()
    if args.verbose:
        for article in articles:
            for problem in article.problems:
                console.print(f"{article.name}: {problem}", markup=False, highlight=False)
    table = Table(title=f"{scores['articles']} labelled articles in {folder}")
    table.add_column("measure")
    table.add_column("score", justify="right")
    for key, value in scores.items():
        if key != "articles":
            table.add_row(key.replace("_", " "), f"{value:.3f}" if isinstance(value, float) else str(value))
    console.print(table)
    return 0
