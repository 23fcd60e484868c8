"""Reading a client list as a house has it: a CSV or TSV file in whatever encoding the
spreadsheet or POS wrote it in, or an Excel workbook. Out comes a `SourceTable`: the
header row and every non-blank row with the line number a person sees in the file."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jeweldesk.domain.errors import ValidationError

CSV_SUFFIXES = (".csv", ".txt")
TSV_SUFFIXES = (".tsv", ".tab")
XLSX_SUFFIXES = (".xlsx", ".xlsm")
DELIMITERS = (",", ";", "\t")
# Enough of the file for charset-normalizer to tell GBK from Big5 without reading a
# 100,000-row export twice over.
DETECTION_SAMPLE = 256 * 1024

Cell = str | dt.date


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One row of the file: `line` as a person finds it (the first physical line of the
    record in a text file, the row number in a workbook) and its cells by column."""

    line: int
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class SourceTable:
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    format: str  # csv, tsv, xlsx
    encoding: str  # the text encoding read, "" for a workbook
    blank_rows: int  # rows with no value at all, not counted as clients


def read_table(path: str | Path, encoding: str | None = None) -> SourceTable:
    """The header row and the rows of `path` (.csv, .tsv or .xlsx). A text file's
    encoding is `encoding` when given, else detected (UTF-8 with or without its byte
    order mark, UTF-16, GBK/GB18030, Big5…); its delimiter is read from the header."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        return _read_workbook(path)
    if suffix not in CSV_SUFFIXES + TSV_SUFFIXES:
        raise ValidationError("import.unknown_format", field="file", name=path.name)
    try:
        data = path.read_bytes()
    except OSError:
        raise ValidationError("import.unreadable", field="file", path=str(path)) from None
    text, used = decode(data, encoding)
    delimiter = "\t" if suffix in TSV_SUFFIXES else sniff_delimiter(text)
    table = parse_text(text, delimiter)
    return SourceTable(
        headers=table.headers,
        rows=table.rows,
        format="tsv" if delimiter == "\t" else "csv",
        encoding=used,
        blank_rows=table.blank_rows,
    )


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """`data` as text, and the name of the encoding it was read in."""
    if encoding:
        try:
            name = codecs.lookup(encoding).name
        except LookupError:
            raise ValidationError(
                "import.encoding_unknown", field="encoding", value=encoding
            ) from None
        if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
            name = "utf-8-sig"
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            raise ValidationError(
                "import.encoding_wrong", field="encoding", encoding=encoding
            ) from None
    # A byte order mark says what the file is; UTF-8 that decodes cleanly is UTF-8
    # (a GBK or Big5 file of any length practically never does).
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(name), name
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only for a file that is not UTF-8

    best = from_bytes(data[:DETECTION_SAMPLE]).best()
    if best is None:
        raise ValidationError("import.encoding_undetected", field="encoding")
    name = codecs.lookup(best.encoding).name
    if name in ("gbk", "gb2312"):
        name = "gb18030"  # the superset: a rare character GBK lacks still reads
    try:
        return data.decode(name), name
    except UnicodeDecodeError:
        raise ValidationError("import.encoding_undetected", field="encoding") from None


def sniff_delimiter(text: str) -> str:
    """Comma, semicolon (a French or German Excel's CSV) or tab: whichever the header
    line holds most of, outside quotes."""
    header = _first_record_text(text)
    counts = {d: 0 for d in DELIMITERS}
    quoted = False
    for ch in header:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _first_record_text(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line
    return ""


@dataclass(frozen=True, slots=True)
class _Parsed:
    headers: tuple[str, ...]
    rows: tuple[SourceRow, ...]
    blank_rows: int


def parse_text(text: str, delimiter: str) -> _Parsed:
    """Rows of a delimited text: quoted fields may hold the delimiter, quotes and line
    breaks (CRLF, LF or CR); each row keeps the line it starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)

    def numbered() -> Iterator[tuple[int, tuple[Cell, ...]]]:
        last = 0
        for record in reader:
            start, last = last + 1, reader.line_num
            yield start, tuple(record)

    return _collect(numbered())


def _collect(records: Iterable[tuple[int, tuple[Cell, ...]]]) -> _Parsed:
    headers: tuple[str, ...] | None = None
    rows: list[SourceRow] = []
    blank = 0
    for line, cells in records:
        if all(_blank(c) for c in cells):
            if headers is not None:
                blank += 1
            continue
        if headers is None:
            headers = tuple(_header(c) for c in cells)
            continue
        rows.append(SourceRow(line, cells))
    if headers is None:
        raise ValidationError("import.no_header", field="file")
    return _Parsed(headers, tuple(rows), blank)


def _header(cell: Cell) -> str:
    return " ".join(str(cell).replace("\ufeff", "").split())


def _blank(cell: Cell) -> bool:
    return isinstance(cell, str) and not cell.strip()


def _read_workbook(path: Path) -> SourceTable:
    from openpyxl import load_workbook  # type: ignore[import-untyped]  # only for a workbook
    from openpyxl.utils.exceptions import InvalidFileException  # type: ignore[import-untyped]

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, KeyError, ValueError, zipfile.BadZipFile):
        raise ValidationError("import.unreadable", field="file", path=str(path)) from None
    try:
        sheet = book.worksheets[0]
        records = (
            (number, tuple(_cell(v) for v in values))
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        )
        parsed = _collect(records)
    finally:
        book.close()
    return SourceTable(parsed.headers, parsed.rows, "xlsx", "", parsed.blank_rows)


def _cell(value: object) -> Cell:
    """A workbook cell as text, or as a date when the cell holds one. A phone number
    typed into a number cell (13812345678.0) reads as its digits."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, float):
        return str(Decimal(repr(value)))
    return str(value)
