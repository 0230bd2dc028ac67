"""Scraper dumps to records, whatever the file: JSON Lines, a JSON array, an object holding its
records under a key, objects joined by commas without brackets, CSV or TSV with any of the
usual delimiters (with or without a header, with a pandas index column), a pandas Series written
one value per row, .xlsx, and plain text of fixed-size items (title / teaser / channel / date).

The format is found from the content, not the extension. Nothing here writes anything.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .dates import parse_dump_date
from .fields import record_list_keys

DELIMITERS = (",", ";", "|", "~", "\t")
SNIFF_RECORDS = 60  # records read to choose a delimiter
HEADER_CELL_MAX = 60  # a header names its columns: no cell of a header line is longer
DATE_LINE_MAX = 60  # a line that is a date, not a sentence mentioning one
csv.field_size_limit(sys.maxsize)  # one long article must not end the file (the default is 131,072)


@dataclass
class Record:
    where: str  # "FILE:LINE", for messages
    number: int  # 1-based, in the dump's order: with the file name, the record's identity
    fields: dict


@dataclass
class Dump:
    path: Path
    format: str
    encoding: str = "utf-8"
    delimiter: str | None = None
    columns: list[str] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "FILE:LINE: message": records that could not be read
    notes: list[str] = field(default_factory=list)  # how the file was read (encoding fallbacks...)


BAD_LINES_SHARE = 0.01  # a UTF-8 file may have this share of broken lines; more: it is Windows-1252


def decode_bytes(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 with or without BOM, UTF-16 with its BOM, else Windows-1252."""
    text, encoding, _ = decode_lines(data)
    return text, encoding


def decode_lines(data: bytes, json_text: bool = False) -> tuple[str, str, list[int]]:
    """(text, encoding, numbers of lines dropped as undecodable). A UTF-8 file with a few broken
    lines keeps its other lines as UTF-8 (decoding it all as Windows-1252 would garble them); so
    does JSON, which is UTF-8 by definition."""
    if data.startswith(b"\xef\xbb\xbf"):
        data, bom = data[3:], True
    else:
        bom = False
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", []
    try:
        return data.decode("utf-8"), "utf-8-sig" if bom else "utf-8", []
    except UnicodeDecodeError:
        pass
    lines, bad = data.split(b"\n"), []
    for number, line in enumerate(lines, 1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(number)
    # A few broken lines in a file whose other lines hold UTF-8 letters: UTF-8, those lines lost.
    # No UTF-8 letter anywhere else: the file is Windows-1252 (Latin-1) throughout.
    utf8_elsewhere = any(max(line, default=0) > 127 for n, line in enumerate(lines, 1) if n not in set(bad))
    if (utf8_elsewhere or json_text) and len(bad) <= max(1, len(lines) * BAD_LINES_SHARE):
        kept = [b"" if n in set(bad) else line for n, line in enumerate(lines, 1)]
        return b"\n".join(kept).decode("utf-8"), "utf-8", bad
    return data.decode("cp1252", errors="replace"), "cp1252", []


def read_dump(path: Path, delimiter: str | None = None) -> Dump:
    data = path.read_bytes()
    if data.startswith(b"PK\x03\x04"):
        return _xlsx(path)
    text, encoding, bad_lines = decode_lines(data, json_text=data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"[", b"{"))
    dump = Dump(path, "", encoding)
    dump.problems += [f"{path}:{n}: undecodable bytes (not UTF-8); this line is left out" for n in bad_lines]
    if encoding == "cp1252":
        dump.notes.append(f"{path}: not UTF-8: read as Windows-1252 (Latin-1)")
    head = text.lstrip()
    if delimiter is None and head[:1] in "[{" and _read_json(dump, text):
        return dump
    if delimiter is None and path.suffix.lower() in (".txt", ".text", ".md"):
        _read_line_groups(dump, text)
        return dump
    _read_table(dump, text, delimiter)
    return dump


# --- JSON --------------------------------------------------------------------------------------


def _read_json(dump: Dump, text: str) -> bool:
    """Fill ``dump`` from JSON text; False when the text is not JSON of any kind."""
    try:
        whole = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        whole = None
    else:
        records = _records_in(whole)
        if records is not None:
            dump.format = "json-array" if isinstance(whole, list) else _object_format(whole)
            _add(dump, records)
            return True
    lines = [(n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    parsed = []
    for number, line in lines:
        try:
            parsed.append((number, json.loads(line), None))
        except (json.JSONDecodeError, RecursionError) as err:
            parsed.append((number, None, err))
    good = sum(1 for _, value, _ in parsed if isinstance(value, dict))
    if good and good >= len(parsed) / 2:
        dump.format = "json-lines"
        for number, value, err in parsed:
            where = f"{dump.path}:{number}"
            if err is not None:
                dump.problems.append(f"{where}: broken JSON ({getattr(err, 'msg', 'nested too deep')})")
            elif not isinstance(value, dict):
                dump.problems.append(f"{where}: not a JSON object")
            else:
                dump.records.append(Record(where, len(dump.records) + 1, value))
        dump.columns = _columns(r.fields for r in dump.records)
        return True
    objects, broken_at = _object_stream(text)
    if objects or (broken_at and text.lstrip()[:1] == "["):
        # Objects one after the other without brackets, or an array cut short (an interrupted
        # scraper): every complete record is kept, and where the text breaks is said.
        dump.format = "json-array" if text.lstrip()[:1] == "[" else "json-objects"
        _add(dump, objects)
        if broken_at:
            line = text.count("\n", 0, broken_at) + 1
            dump.problems.append(f"{dump.path}:{line}: broken JSON after record {len(objects)}; the rest is left out")
        return True
    return False


def _records_in(value) -> list | None:
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in record_list_keys():
            for name, inner in value.items():
                if name.lower() == key and isinstance(inner, list):
                    return inner
        lists = [inner for inner in value.values() if isinstance(inner, list) and inner and isinstance(inner[0], dict)]
        if lists:
            return max(lists, key=len)
        return [value]
    return None


def _object_format(value: dict) -> str:
    for name, inner in value.items():
        if isinstance(inner, list) and inner and isinstance(inner[0], dict):
            return f"json-object[{name}]"
    return "json-object"


def _object_stream(text: str) -> tuple[list, int | None]:
    """(objects, where the text breaks or None): objects one after the other, apart by commas or
    nothing, inside "[ ]" or not."""
    decoder, found = json.JSONDecoder(), []
    at = re.compile(r"\s*\[?").match(text).end()
    gap = re.compile(r"[\s,]*")
    while True:
        at = gap.match(text, at).end()
        if at >= len(text) or text[at] == "]":
            return found, None
        try:
            value, end = decoder.raw_decode(text, at)
        except (json.JSONDecodeError, RecursionError):
            return found, at
        if not isinstance(value, dict):
            return found, at
        found.append(value)
        at = end


def _add(dump: Dump, records: list) -> None:
    for number, value in enumerate(records, 1):
        where = f"{dump.path}:record {number}"
        if isinstance(value, dict):
            dump.records.append(Record(where, number, value))
        else:
            dump.problems.append(f"{where}: not a JSON object")
    dump.columns = _columns(r.fields for r in dump.records)


def _columns(records) -> list[str]:
    seen: dict[str, None] = {}
    for fields in records:
        for name in fields:
            seen.setdefault(str(name), None)
    return list(seen)


# --- tables ------------------------------------------------------------------------------------


def _rows(text: str, delimiter: str, limit: int | None = None) -> list[tuple[int, list[str]]]:
    """(line number, cells) of each record; a blank line between records is no record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    line = 1
    try:
        for cells in reader:
            if cells and any(cell.strip() for cell in cells):
                rows.append((line, cells))
            line = reader.line_num + 1
            if limit and len(rows) >= limit:
                break
    except csv.Error:
        pass
    return rows


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the same number of columns, most
    often and into the most columns."""
    best, best_score = ",", -1.0
    for delimiter in DELIMITERS:
        rows = _rows(text, delimiter, SNIFF_RECORDS)
        if not rows:
            continue
        widths = Counter(len(cells) for _, cells in rows)
        width, count = widths.most_common(1)[0]
        if width < 2:
            continue
        score = count / len(rows) + min(width, 20) / 100
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _looks_like_header(cells: list[str]) -> bool:
    values = [cell.strip() for cell in cells]
    if not any(values):
        return False
    for value in values:
        if len(value) > HEADER_CELL_MAX or value.startswith(("http://", "https://", "/")):
            return False
        if re.fullmatch(r"-?\d+(\.\d+)?", value) and value not in ("0",):
            return False
        if value and parse_dump_date(value).date is not None:
            return False
    return True


def _read_table(dump: Dump, text: str, delimiter: str | None) -> None:
    dump.delimiter = delimiter or sniff_delimiter(text)
    dump.format = "tsv" if dump.delimiter == "\t" else "csv"
    rows = _rows(text, dump.delimiter)
    if not rows:
        return
    header = rows[0][1] if _looks_like_header(rows[0][1]) else None
    width = max(len(cells) for _, cells in rows)
    names = [name.strip() for name in header] if header else []
    names += [f"column {i + 1}" for i in range(len(names), width)]
    names = [name or f"column {i + 1}" for i, name in enumerate(names)]
    body = rows[1:] if header else rows
    index = _index_column(names, body)
    if index is not None and len(names) - (1 + _empty_columns(names, body)) == 1:
        series = _series(dump, names, body, index)
        if series:
            return
    for line, cells in body:
        fields = {name: cell for name, cell in zip(names, cells, strict=False) if name != index}
        dump.records.append(Record(f"{dump.path}:{line}", len(dump.records) + 1, fields))
    dump.columns = [name for name in names if name != index]


def _index_column(names: list[str], body: list) -> str | None:
    """pandas' index column: unnamed (or "Unnamed: 0") and counting 0, 1, 2..."""
    first = names[0]
    if not (first.startswith("column ") or first.lower().startswith("unnamed")):
        return None
    values = [cells[0].strip() for _, cells in body[:50] if cells]
    return first if values and all(v.isdigit() for v in values) else None


def _empty_columns(names: list[str], body: list) -> int:
    return sum(1 for i in range(len(names)) if all(len(cells) <= i or not cells[i].strip() for _, cells in body))


def _series(dump: Dump, names: list[str], body: list, index: str) -> bool:
    """A pandas Series written one value per row: each record is a run of k rows (title, text,
    date, URL...). Found when, for one k, one position holds a URL in every run."""
    column = next(i for i, name in enumerate(names) if name != index and any(len(c) > i and c[i] for _, c in body))
    values = [(line, cells[column] if len(cells) > column else "") for line, cells in body]
    for size in range(2, 9):
        if len(values) < 2 * size or len(values) % size:
            continue
        runs = [values[i : i + size] for i in range(0, len(values), size)]
        for offset in range(size):
            if all(run[offset][1].strip().startswith(("http://", "https://")) for run in runs):
                dump.format = f"pandas-series (records of {size} rows)"
                for run in runs:
                    fields = {f"row {i + 1}": value for i, (_, value) in enumerate(run)}
                    dump.records.append(Record(f"{dump.path}:{run[0][0]}", len(dump.records) + 1, fields))
                dump.columns = [f"row {i + 1}" for i in range(size)]
                return True
    return False


ITEM_MAX_LINES = 8  # an item of a text listing: a title, a teaser, a channel... and its date


def _read_line_groups(dump: Dump, text: str) -> None:
    """Plain text of listing items, each a few lines ending with its date line (title / teaser
    / channel / date). Otherwise the file is one article."""
    lines = [(n, line.strip()) for n, line in enumerate(text.split("\n"), 1) if line.strip()]
    items, current = [], []
    for number, line in lines:
        current.append((number, line))
        if len(line) <= DATE_LINE_MAX and parse_dump_date(line).found:
            items.append(current)
            current = []
    regular = all(2 <= len(item) <= ITEM_MAX_LINES for item in items) and len(current) < ITEM_MAX_LINES
    if regular and len(items) >= 3:
        dump.format = "text items ending with a date line"
        for item in items:
            fields = {f"line {i + 1}": value for i, (_, value) in enumerate(item[:-1])}
            fields["date"] = item[-1][1]
            dump.records.append(Record(f"{dump.path}:{item[0][0]}", len(dump.records) + 1, fields))
        if current:  # a last item cut short (no date line): kept, without a date
            fields = {f"line {i + 1}": value for i, (_, value) in enumerate(current)}
            dump.records.append(Record(f"{dump.path}:{current[0][0]}", len(dump.records) + 1, fields))
        dump.columns = _columns(r.fields for r in dump.records)
        return
    dump.format = "text"
    dump.records.append(Record(f"{dump.path}:1", 1, {"text": text}))
    dump.columns = ["text"]


def _xlsx(path: Path) -> Dump:
    from openpyxl import load_workbook

    dump = Dump(path, "xlsx")
    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows = [
            (number, ["" if cell is None else str(cell) for cell in row])
            for number, row in enumerate(sheet.iter_rows(values_only=True), 1)
            if any(cell not in (None, "") for cell in row)
        ]
    finally:
        workbook.close()
    if not rows:
        return dump
    header = rows[0][1] if _looks_like_header(rows[0][1]) else None
    width = max(len(cells) for _, cells in rows)
    names = [name.strip() for name in header] if header else []
    names += [f"column {i + 1}" for i in range(len(names), width)]
    for line, cells in rows[1:] if header else rows:
        dump.records.append(Record(f"{path}:{line}", len(dump.records) + 1, dict(zip(names, cells, strict=False))))
    dump.columns = names
    return dump
