"""What the Import dialog shows before and after an import: a file's columns as read
(its encoding, the field each header would fill, the first rows), the column mapping a
store manager chose for a file with these headers (kept on this device for next time),
and each row of a plan in words, in the reader's language.

The import itself is `desk.imports` (services/imports.py): this module only reads a
file's head, keeps mappings, and says what a plan means."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.messages import Ref, render
from jeweldesk.imports.headers import KNOWN_HEADERS, REPEATABLE, Field, header_key
from jeweldesk.imports.plan import Action, ImportPlan, RowPlan
from jeweldesk.imports.reading import read_table
from jeweldesk.services.base import Changes, Written, reading, unit_of_work
from jeweldesk.services.imports import ROLES_IMPORTING, draft_name
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

PREVIEW_ROWS = 5
# The settings row of a mapping: one per set of headers (their order aside).
MAPPING_KEY = "import_mapping:"
FIELDS = tuple(f for f in Field if f is not Field.IGNORE)

_KNOWN: dict[str, Field] = {
    header_key(h): field for field, headers in KNOWN_HEADERS.items() for h in headers
}


@dataclass(frozen=True, slots=True)
class FileColumns:
    """A client list's head: what the dialog shows before planning."""

    file_name: str
    format: str  # csv, tsv, xlsx
    encoding: str  # as read (detected or asked); "" for a workbook
    headers: tuple[str, ...]
    fields: tuple[str, ...]  # each header's field ("" when not imported)
    detected: tuple[str, ...]  # each header's field as the common exports name it
    saved: bool  # `fields` come from a mapping kept for these headers
    rows: int
    preview: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class RowReport:
    """One row of a plan as the dialog lists it."""

    line: int
    action: str  # Action's value
    name: str
    messages: tuple[str, ...]


def headers_digest(headers: Sequence[str]) -> str:
    """The key of a mapping: the same headers in any order and case read the same."""
    keys = sorted({header_key(h) for h in headers if h.strip()})
    return hashlib.sha256("\x1f".join(keys).encode()).hexdigest()[:32]


def detected_fields(headers: Sequence[str]) -> tuple[str, ...]:
    """The field each header fills as the common exports name them ("" for none); a
    second column for a field that takes one value is left out, as the import does."""
    out: list[str] = []
    for header in headers:
        field = _KNOWN.get(header_key(header))
        if field is not None and field not in REPEATABLE and field.value in out:
            field = None
        out.append(field.value if field is not None else "")
    return tuple(out)


def _may_import(desk: Desk) -> None:
    with reading(desk) as session:
        person = session.get(m.Staff, desk.acting_staff_id) if desk.acting_staff_id else None
        if person is None or not person.active or person.role not in ROLES_IMPORTING:
            raise ValidationError("import.not_allowed")


def read_columns(desk: Desk, path: str | Path, encoding: str | None = None) -> FileColumns:
    """`path`'s encoding, headers, the field each would fill (the mapping kept for these
    headers, else the common exports' names) and its first rows."""
    _may_import(desk)
    path = Path(path)
    table = read_table(path, encoding or None)
    detected = detected_fields(table.headers)
    kept = saved_mapping(desk, table.headers)
    fields = detected
    if kept is not None:
        by_key = {header_key(h): f for h, f in kept.items()}
        fields = tuple(
            by_key.get(header_key(h), d) for h, d in zip(table.headers, detected, strict=True)
        )
    width = len(table.headers)
    preview = tuple(
        tuple(_cell_text(c) for c in (*row.cells, *([""] * width))[:width])
        for row in table.rows[:PREVIEW_ROWS]
    )
    return FileColumns(
        file_name=path.name,
        format=table.format,
        encoding=table.encoding,
        headers=table.headers,
        fields=fields,
        detected=detected,
        saved=kept is not None,
        rows=len(table.rows),
        preview=preview,
    )


def _cell_text(cell: object) -> str:
    return cell.isoformat() if hasattr(cell, "isoformat") else str(cell)


def saved_mapping(desk: Desk, headers: Sequence[str]) -> dict[str, str] | None:
    """The mapping kept on this device for a file with these headers, if any."""
    with reading(desk) as session:
        row = session.get(m.Setting, MAPPING_KEY + headers_digest(headers))
        if row is None or not isinstance(row.value, dict):
            return None
        return {str(k): str(v) for k, v in row.value.items()}


def save_mapping(desk: Desk, mapping: Mapping[str, str]) -> Written[dict[str, str]]:
    """Keep `mapping` ({header: field, "" to leave a column out}) for the next file with
    the same headers. Every field must be one an import fills."""
    known = {f.value for f in FIELDS}
    kept = {str(h): str(f or "") for h, f in mapping.items()}
    for header, field in kept.items():
        if field and field not in known:
            raise ValidationError(
                "import.mapping_field",
                field="mapping",
                header=header,
                value=field,
                fields=", ".join(sorted(known)),
            )
    key = MAPPING_KEY + headers_digest(list(kept))
    with unit_of_work(desk) as work:
        row = work.session.get(m.Setting, key)
        if row is None:
            work.session.add(m.Setting(key=key, value=kept))
        else:
            row.value = kept
    return Written(kept, Changes(frozenset({"settings"})))


def mapping_for_plan(headers: Sequence[str], fields: Sequence[str]) -> dict[str, str]:
    """The mapping `desk.imports.plan` takes: every header named, "ignore" for a column
    left out (so a common export's name does not bring it back)."""
    return {h: (f or Field.IGNORE.value) for h, f in zip(headers, fields, strict=True) if h}


# --- a plan in words ------------------------------------------------------------------


def _problem(key: str, params: Sequence[tuple[str, object]], lang: str) -> str:
    return render(key, lang, **dict(params))


def row_report(row: RowPlan, lang: str, merge: bool | None = None) -> RowReport:
    """What a person reads about one row of a plan, in `lang`; with `merge` (whether
    proposed merges are written), what becomes of a proposed merge."""
    messages: list[str] = []
    problems = row.problems
    if row.action is Action.REFUSED and problems:
        first, problems = problems[0], problems[1:]
        messages.append(
            render("import.row.refused", lang, message=_problem(first.key, first.params, lang))
        )
    if row.action is Action.KNOWN:
        messages.append(
            render("import.row.known", lang, line=row.known_line, batch=str(row.known_batch))
        )
    if row.action is Action.MERGE:
        for cand in row.candidates:
            reason = tuple(Ref(f"duplicate.reason.{r}") for r in sorted(cand.reasons))
            if cand.client_id is not None:
                messages.append(
                    render("import.row.same_client", lang, name=cand.name, reason=reason)
                )
            else:
                messages.append(
                    render(
                        "import.row.same_line", lang, line=cand.line, name=cand.name, reason=reason
                    )
                )
        if row.target is None:
            messages.append(render("import.row.several", lang))
        elif merge is True:
            messages.append(render("import.row.merged", lang, name=row.target.name))
        elif merge is False:
            messages.append(render("import.row.merge_skipped", lang))
    messages += [
        render("import.left_out", lang, message=_problem(p.key, p.params, lang)) for p in problems
    ]
    return RowReport(row.line, row.action.value, draft_name(row.draft), tuple(messages))


def reported_rows(plan: ImportPlan, lang: str) -> list[RowReport]:
    """The rows a person must read about: refused ones, and any with a value left out."""
    return [row_report(r, lang) for r in plan.rows if r.action is Action.REFUSED or r.problems]


def reason_words(reasons: frozenset[str], lang: str) -> str:
    """Why two records look like one person ("same phone, same name"), in `lang`."""
    return ", ".join(render(f"duplicate.reason.{r}", lang) for r in sorted(reasons))


@dataclass(frozen=True, slots=True)
class Side:
    """One record of a proposed merge as shown side by side."""

    name: str
    phone: str
    email: str
    birthday: str = ""


@dataclass(frozen=True, slots=True)
class MergeProposal:
    line: int
    row: Side  # the file's row
    existing: tuple[Side, ...]  # the client (or earlier row) it may be; several: not merged
    reasons: str  # in the reader's language
    mergeable: bool  # one record matched: the merge can be written


def proposed_merges(plan: ImportPlan, lang: str) -> list[MergeProposal]:
    """Each proposed merge of `plan`: the file's row beside the record it matches."""
    out: list[MergeProposal] = []
    for r in plan.rows:
        if r.action is not Action.MERGE:
            continue
        d = r.draft
        b = d.birthday
        birthday = ""
        if b is not None:
            birthday = (
                f"{b.year:04d}-{b.month:02d}-{b.day:02d}"
                if b.year
                else f"{b.month:02d}-{b.day:02d}"
            )
        reasons = frozenset(x for c in r.candidates for x in c.reasons)
        out.append(
            MergeProposal(
                line=r.line,
                row=Side(
                    draft_name(d),
                    ", ".join(sorted(d.phone_numbers)),
                    ", ".join(sorted(d.email_addresses)),
                    birthday,
                ),
                existing=tuple(Side(c.name, c.phone, c.email) for c in r.candidates),
                reasons=reason_words(reasons, lang),
                mergeable=r.target is not None,
            )
        )
    return out
