"""`jeweldesk headoffice import clients FILE --store CODE`: a house's client list loaded
at head office, for a store whose devices have not been set up yet or that has many.

The file is read, mapped and checked by the same code as a device's import
(`jeweldesk.imports`): CSV, TSV or XLSX in any encoding, the common exports' headers,
every bad value reported with its line. What head office adds is who the rows are: a
row whose phone or e-mail is already a client's at head office is that client (known,
nothing written), a line loaded before is a duplicate (nothing written twice when the
same file is run again), and every other row with a name becomes a client of the store,
with their contacts, birthday, marketing answer and import note, written as head office
writes: logged for the store's devices, which pull them at their next sync."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.ids import new_id
from jeweldesk.domain.messages import render
from jeweldesk.domain.names import clean, halfwidth, has_cjk, romanise_chinese, split_chinese_name
from jeweldesk.domain.vocab import (
    DEFAULT_LEAD_DAYS,
    ConsentPurpose,
    ContactKind,
    DateKind,
    NameOrder,
)
from jeweldesk.headoffice.integration import intake
from jeweldesk.headoffice.integration.customers import Identifiers, Matcher, StoreRef
from jeweldesk.headoffice.integration.writes import Writes
from jeweldesk.headoffice.store import HeadOfficeStore, utcnow
from jeweldesk.imports import drafts as drafting
from jeweldesk.imports.drafts import ClientDraft
from jeweldesk.imports.headers import load_mapping, map_headers
from jeweldesk.imports.notes import import_note
from jeweldesk.imports.reading import read_table

SYSTEM = "import"
KIND = "client_row"
NAME_LIMIT = 100


@dataclass(frozen=True)
class LineResult:
    line: int
    outcome: str  # created, known, duplicate, refused
    client_id: uuid.UUID | None = None
    reason: str = ""
    # What was left out of a written line, and why ("not a valid e-mail").
    problems: tuple[str, ...] = ()


@dataclass
class HeadOfficeImport:
    file_name: str
    store_code: str
    dry_run: bool
    lines: list[LineResult] = field(default_factory=list)

    def count(self, outcome: str) -> int:
        return sum(r.outcome == outcome for r in self.lines)

    def summary(self) -> dict[str, Any]:
        return {
            "file": self.file_name,
            "store": self.store_code,
            "dry_run": self.dry_run,
            **{k: self.count(k) for k in ("created", "known", "duplicate", "refused")},
        }


class ImportRefused(ValueError):
    """The whole file cannot be imported (no such store, an unreadable file): why."""


def import_clients(
    ho: HeadOfficeStore,
    path: str | Path,
    store_code: str,
    *,
    encoding: str | None = None,
    mapping: Mapping[str, str] | str | Path | None = None,
    dry_run: bool = False,
    lang: str = "en",
) -> HeadOfficeImport:
    """Import `path` into the store `store_code`; with `dry_run`, say what it would do
    and write nothing. Refusals are worded in `lang`."""
    path = Path(path)
    try:
        given = load_mapping(mapping) if isinstance(mapping, str | Path) else mapping
        table = read_table(path, encoding)
    except ValidationError as error:
        raise ImportRefused(error.message(lang)) from None
    columns = map_headers(table.headers, given)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    result = HeadOfficeImport(path.name, store_code.upper(), dry_run)

    def work(conn: Connection) -> None:
        stores = intake.stores_by_code(conn, {store_code})
        store = stores.get(store_code.upper())
        if store is None:
            raise ImportRefused(f"no store with the code {store_code.upper()} at head office")
        drafts = [drafting.draft(row, columns, store.country) for row in table.rows]
        _write(conn, store, drafts, path.name, digest, lang, result)

    if dry_run:
        with ho.engine.connect() as conn:
            transaction = conn.begin()
            try:
                work(conn)
            finally:
                transaction.rollback()
    else:
        with ho.writing() as conn:
            work(conn)
    return result


def _line_key(digest: str, d: ClientDraft) -> str:
    """A line's receipt: the file it came from and what it said, so the same file run
    again is recognised line by line, and an edited line is a new one."""
    return f"{digest}:{d.fingerprint()[:40]}"


def _refusal(d: ClientDraft, lang: str) -> str | None:
    if not d.has_name:
        return render("client.name_required", lang)
    for key in ("family_name", "given_name", "name_local", "name_romanised"):
        if len(getattr(d, key)) > NAME_LIMIT:
            return render("client.name_too_long", lang, limit=NAME_LIMIT)
    return None


def _write(
    conn: Connection,
    store: StoreRef,
    drafts: list[ClientDraft],
    file_name: str,
    digest: str,
    lang: str,
    result: HeadOfficeImport,
) -> None:
    now = utcnow()
    keys = {d.line: _line_key(digest, d) for d in drafts}
    before = intake.delivered(conn, SYSTEM, KIND, set(keys.values()))
    wanted = [Identifiers(None, phone, None) for d in drafts for _, phone in d.phones] + [
        Identifiers(None, None, email) for d in drafts for _, email in d.emails
    ]
    matcher = Matcher.load(conn, wanted)
    writes = Writes(now)
    seen: dict[str, uuid.UUID] = {}
    for d in drafts:
        key = keys[d.line]
        if key in before or key in seen:
            client = before[key][1] if key in before else seen[key]
            result.lines.append(LineResult(d.line, "duplicate", client))
            continue
        reason = _refusal(d, lang)
        if reason is not None:
            result.lines.append(LineResult(d.line, "refused", reason=reason))
            continue
        found = _known(matcher, d, store)
        if found is not None:
            result.lines.append(LineResult(d.line, "known", found))
            seen[key] = found
            _receipt(writes, key, found, store, now)
            continue
        client_id = _client(writes, d, store, now, file_name, lang)
        problems = [render(p.key, lang, **dict(p.params)) for p in d.problems]
        if d.birthday is not None and not _real_day(d.birthday.month, d.birthday.day, None):
            problems.append(
                render("date.invalid", lang, month=d.birthday.month, day=d.birthday.day)
            )
        for _, phone in d.phones:
            matcher.by_contact[phone] = [(client_id, store.id)]
        for _, email in d.emails:
            matcher.by_contact[email] = [(client_id, store.id)]
        seen[key] = client_id
        _receipt(writes, key, client_id, store, now)
        result.lines.append(LineResult(d.line, "created", client_id, problems=tuple(problems)))
    writes.write(conn)


def _known(matcher: Matcher, d: ClientDraft, store: StoreRef) -> uuid.UUID | None:
    for _, phone in d.phones:
        if found := matcher.find(Identifiers(None, phone, None), store):
            return found
    for _, email in d.emails:
        if found := matcher.find(Identifiers(None, None, email), store):
            return found
    return None


def _receipt(
    writes: Writes, key: str, client_id: uuid.UUID, store: StoreRef, now: dt.datetime
) -> None:
    writes.plain(
        "integration_receipts",
        {
            "system": SYSTEM,
            "kind": KIND,
            "source_id": key,
            "entity_id": client_id,
            "store_id": store.id,
            "client_id": client_id,
            "channel": "",
            "received_at": now,
        },
    )


def _names(d: ClientDraft) -> dict[str, str]:
    family = clean(halfwidth(d.family_name))
    given = clean(halfwidth(d.given_name))
    local = clean(d.name_local)
    romanised = clean(halfwidth(d.name_romanised))
    if local and has_cjk(local):
        if not (family or given):
            family, given = split_chinese_name(local)
        romanised = romanised or romanise_chinese(*split_chinese_name(local))
    return {
        "family_name": family,
        "given_name": given,
        "name_local": local,
        "name_romanised": romanised,
    }


def _language(d: ClientDraft, store: StoreRef) -> str:
    if d.language in ("en", "zh_CN", "zh_TW"):
        return d.language
    if store.country == "CN":
        return "zh_CN"
    return "zh_TW" if store.country in ("HK", "TW", "MO") else "en"


def _client(
    writes: Writes,
    d: ClientDraft,
    store: StoreRef,
    now: dt.datetime,
    file_name: str,
    lang: str,
) -> uuid.UUID:
    client_id = new_id()
    names = _names(d)
    writes.synced(
        "clients",
        {
            "id": client_id,
            "home_store_id": store.id,
            "title": d.title if len(d.title) <= 20 else "",
            **names,
            "name_order": (
                NameOrder.FAMILY_FIRST
                if has_cjk(names["family_name"] + names["name_local"])
                else NameOrder.GIVEN_FIRST
            ),
            "greeting_name": "",
            "gender": clean(d.gender)[:16],
            "language": _language(d, store),
            "preferred_channel": None,
            "contact_hours_start": None,
            "contact_hours_end": None,
            "photo_path": "",
            "source": (clean(d.source) or "import")[:40],
            "created_at": now,
            "created_by_id": None,
            "segment": "",
            "erased_at": None,
        },
    )
    contacts = [(ContactKind.PHONE, w, n) for w, n in d.phones]
    contacts += [(ContactKind.EMAIL, w, n) for w, n in d.emails]
    if d.address:
        contacts.append((ContactKind.ADDRESS, d.address, clean(d.address)))
    primary: set[ContactKind] = set()
    for kind, written, normal in contacts:
        writes.synced(
            "contact_points",
            {
                "id": new_id(),
                "client_id": client_id,
                "kind": kind,
                "value": clean(written)[:300],
                "normalised": normal[:300],
                "label": "",
                "is_primary": kind not in primary,
                "extension": "",
            },
        )
        primary.add(kind)
    if d.birthday is not None and _real_day(d.birthday.month, d.birthday.day, d.birthday.year):
        writes.synced(
            "important_dates",
            {
                "id": new_id(),
                "client_id": client_id,
                "relationship_id": None,
                "kind": DateKind.BIRTHDAY,
                "milestone": None,
                "label": "",
                "month": d.birthday.month,
                "day": d.birthday.day,
                "year": d.birthday.year,
                "lead_days": DEFAULT_LEAD_DAYS[DateKind.BIRTHDAY],
                "recurring": True,
            },
        )
    if d.accepts_marketing is not None:
        writes.synced(
            "consents",
            {
                "id": new_id(),
                "client_id": client_id,
                "purpose": ConsentPurpose.MARKETING,
                "channel": None,
                "granted": d.accepts_marketing,
                "recorded_at": now,
                "recorded_by_id": None,
                "proof": f"{file_name}:{d.line}"[:400],
                "method": "import",
                "signature_svg": "",
            },
        )
    body = import_note(d, file_name, lang)
    if body:
        writes.synced(
            "notes",
            {
                "id": new_id(),
                "client_id": client_id,
                "author_id": None,
                "store_id": store.id,
                "body": body,
                "pinned": False,
                "sensitive": False,
                "created_at": now,
                "supersedes_id": None,
            },
        )
    return client_id


def _real_day(month: int, day: int, year: int | None) -> bool:
    try:
        dt.date(year or 2000, month, day)  # 2000: a leap year, so 29 February is a day
    except ValueError:
        return False
    return True
