"""Client imports: a house's client list (CSV, TSV or Excel) planned row by row, then
written as one batch that a second run of the same file does not double and that can
be undone as a whole while nobody has changed its records.

`plan` reads the file and says what would happen to every row (new, proposed merge,
already imported, refused), validating with the client service's own rules and
messages; `apply` writes a plan. The rows are written in bulk (executemany, a
transaction per chunk): the client service's ORM path costs milliseconds a client,
and a 100,000-row export must import in under a minute. Every value is the one
`ClientService.create` would store (tests/services/test_imports.py holds the two
side by side), the capture triggers queue each row for head office as they do any
write, and the search index and the clients' standings are brought up to date in
the same transaction."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, Uuid, bindparam, select, update
from sqlalchemy.orm import Session

from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.ids import new_id
from jeweldesk.domain.names import clean, has_cjk
from jeweldesk.domain.vocab import (
    DEFAULT_LEAD_DAYS,
    ConsentPurpose,
    ContactKind,
    DateKind,
    NameOrder,
    Role,
)
from jeweldesk.imports import drafts as drafting
from jeweldesk.imports.drafts import ClientDraft, Problem
from jeweldesk.imports.duplicates import PersonIndex
from jeweldesk.imports.headers import load_mapping, map_headers
from jeweldesk.imports.likeness import name_keys
from jeweldesk.imports.notes import import_note as import_note  # where callers find it
from jeweldesk.imports.plan import Action, Choice, ImportPlan, Known, RowPlan, plan_rows
from jeweldesk.imports.reading import read_table
from jeweldesk.services.base import Written, now_utc, one_of, reading, unit_of_work
from jeweldesk.services.clients import _language, _names, summarise
from jeweldesk.services.profile import _check_day
from jeweldesk.services.views import Changes
from jeweldesk.storage import models as m
from jeweldesk.storage import search as search_index
from jeweldesk.storage.types import UTCDateTime

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

ROLES_IMPORTING = (Role.STORE_MANAGER, Role.HEAD_OFFICE)
CHUNK = 5_000  # rows written per transaction
# Column limits the client service would refuse past (`text.too_long`).
LIMITS = {"title": 20, "gender": 16, "source": 40, "address": 300}
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ImportResult:
    batch_id: uuid.UUID
    created: int
    merged: int
    skipped: int
    known: int
    refused: int
    problems: int
    client_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True, slots=True)
class UndoResult:
    batch_id: uuid.UUID
    clients: int
    records: int


@dataclass(frozen=True, slots=True)
class BatchSummary:
    id: uuid.UUID
    file_name: str
    created_at: dt.datetime
    status: str
    summary: dict[str, int]


def _default_language(country: str) -> str:
    # As ClientService.create: a Chinese store's client reads Chinese unless told.
    if country == "CN":
        return "zh_CN"
    return "zh_TW" if country in ("HK", "TW", "MO") else "en"


class ImportService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # --- who may ---------------------------------------------------------------------

    def _check_allowed(self, session: Session) -> m.Staff:
        person = (
            session.get(m.Staff, self.desk.acting_staff_id)
            if self.desk.acting_staff_id is not None
            else None
        )
        if person is None or not person.active or person.role not in ROLES_IMPORTING:
            raise ValidationError("import.not_allowed")
        return person

    # --- planning --------------------------------------------------------------------

    def plan(
        self,
        path: str | Path,
        *,
        encoding: str | None = None,
        mapping: Mapping[str, str] | str | Path | None = None,
    ) -> ImportPlan:
        """What importing `path` would do, row by row; nothing is written. `mapping` is
        {source header: field} or the path of a JSON file holding it; headers it does
        not name are mapped from the common exports' names."""
        path = Path(path)
        given = load_mapping(mapping) if isinstance(mapping, str | Path) else mapping
        with reading(self.desk) as session:
            self._check_allowed(session)
            store = session.get(m.Store, self.desk.home_store_id)
            if store is None:
                raise NotFound("store.not_found", value=str(self.desk.home_store_id))
            table = read_table(path, encoding)
            columns = map_headers(table.headers, given)
            drafts, refused = self._validated(
                [drafting.draft(row, columns, store.country) for row in table.rows],
                store.country,
            )
            index = _store_index(session)
            known = _known_rows(session)
            rows = plan_rows(drafts, refused, index, known)
            rows = _with_names(session, rows)
        return ImportPlan(
            file_name=path.name,
            file_digest=hashlib.sha256(path.read_bytes()).hexdigest(),
            format=table.format,
            encoding=table.encoding,
            headers=table.headers,
            unmapped=columns.unmapped,
            blank_rows=table.blank_rows,
            store_id=store.id,
            rows=tuple(rows),
        )

    def _validated(
        self, drafts: Sequence[ClientDraft], country: str
    ) -> tuple[list[ClientDraft], dict[int, Problem]]:
        """The client service's rules on each draft: a row without a usable name is
        refused with its message; any other bad value is left out and reported."""
        out: list[ClientDraft] = []
        refused: dict[int, Problem] = {}
        for d in drafts:
            problems = list(d.problems)
            changes: dict[str, Any] = {}
            try:
                # The client service's names, derived once: split, romanised, cleaned.
                named = _names(_name_fields(d))
                changes.update({k: v for k, v in named.items() if k != "greeting_name"})
            except ValidationError as error:
                refused[d.line] = Problem.of(error, "name")
            if d.birthday is not None:
                try:
                    _check_day(DateKind.BIRTHDAY, d.birthday.month, d.birthday.day, d.birthday.year)
                except ValidationError as error:
                    problems.append(Problem.of(error, "birthday"))
                    changes["birthday"] = None
            if d.language:
                try:
                    changes["language"] = _language(d.language, _default_language(country))
                except ValidationError as error:
                    problems.append(Problem.of(error, "language"))
                    changes["language"] = ""
            for key, limit in LIMITS.items():
                value = str(getattr(d, key))
                if len(value) > limit:
                    problems.append(
                        Problem("key", "text.too_long", (("start", value[:20]), ("limit", limit)))
                    )
                    changes[key] = ""
            if problems != list(d.problems) or changes:
                d = dataclasses.replace(d, problems=tuple(problems), **changes)
            out.append(d)
        return out, refused

    # --- applying --------------------------------------------------------------------

    def apply(
        self,
        plan: ImportPlan,
        *,
        merge_into_existing: bool = False,
        choices: Mapping[int, Choice | str] | None = None,
        progress: Progress | None = None,
    ) -> Written[ImportResult]:
        """Write `plan` as one batch. New rows become clients (with their contacts,
        birthday and an import note); a proposed merge is skipped unless
        `merge_into_existing`, when the row's new contacts, its birthday (if the client
        has none) and its note go to the one client it matched. `choices` decides
        proposed merges one by one, by line: merge, new (a client of their own after
        all) or skip; a line it does not name follows `merge_into_existing`. Rows
        already imported and refused rows write nothing."""
        decided = _choices(plan, choices or {})
        batch_id = new_id()
        with unit_of_work(self.desk) as work:
            person = self._check_allowed(work.session)
            if plan.store_id != self.desk.home_store_id:
                raise ValidationError("import.other_store")
            work.session.add(
                m.ImportBatch(
                    id=batch_id,
                    store_id=plan.store_id,
                    file_name=plan.file_name[:260],
                    file_digest=plan.file_digest,
                    created_at=now_utc(),
                    created_by_id=person.id,
                    status="applying",
                    summary={},
                )
            )
        writer = _BatchWriter(self.desk, plan, batch_id, merge_into_existing, decided)
        writer.lang = person.language or self.desk.lang  # the import note's language
        changes = Changes()
        done = 0
        for start in range(0, len(plan.rows), CHUNK):
            chunk = plan.rows[start : start + CHUNK]
            with unit_of_work(self.desk) as work:
                changes |= writer.write(work.session, chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, len(plan.rows))
        summary = dict(writer.counts)
        summary["problems"] = plan.problems
        with unit_of_work(self.desk) as work:
            batch = work.session.get(m.ImportBatch, batch_id)
            assert batch is not None
            batch.status, batch.summary = "applied", summary
        result = ImportResult(
            batch_id=batch_id,
            created=writer.counts["created"],
            merged=writer.counts["merged"],
            skipped=writer.counts["skipped"],
            known=writer.counts["known"],
            refused=writer.counts["refused"],
            problems=plan.problems,
            client_ids=tuple(writer.clients),
        )
        return Written(result, changes)

    # --- undoing ---------------------------------------------------------------------

    def undo(self, batch: str | uuid.UUID) -> Written[UndoResult]:
        """Remove everything the batch wrote (as tombstones, synced like any deletion),
        refused when one of its records has been changed since or a client it created
        has records of its own now (a note, a purchase, a place in a book)."""
        with unit_of_work(self.desk) as work:
            session = work.session
            self._check_allowed(session)
            row = _batch(session, batch)
            if row.status == "undone":
                raise ValidationError("import.already_undone", batch=_short(row.id))
            writes = session.execute(
                select(m.ImportBatchWrite.entity, m.ImportBatchWrite.row_id, m.ImportBatchWrite.hlc)
                .where(m.ImportBatchWrite.batch_id == row.id)
                .order_by(m.ImportBatchWrite.id)
            ).all()
            by_table: dict[str, dict[uuid.UUID, str]] = defaultdict(dict)
            for entity, row_id, hlc in writes:
                by_table[entity][row_id] = hlc
            conn = session.connection()
            changed = _changed_since(conn, by_table)
            added = _added_since(conn, by_table)
            if changed or added:
                raise ValidationError(
                    "import.undo_blocked", batch=_short(row.id), changed=changed, added=added
                )
            touched: set[uuid.UUID] = set()
            for entity in sorted(by_table, key=lambda t: t == "clients"):  # clients last
                table = m.Base.metadata.tables[entity]
                ids = list(by_table[entity])
                conn.execute(
                    update(table)
                    .where(table.c.id == bindparam("row_id"))
                    .values(
                        deleted=True,
                        updated_hlc=bindparam("hlc"),
                        updated_by_device=bindparam("device"),
                    ),
                    [
                        {
                            "row_id": i,
                            "hlc": self.desk.clock.now().encode(),
                            "device": self.desk.device_id,
                        }
                        for i in ids
                    ],
                )
                if "client_id" in table.c:
                    touched |= _client_ids(conn, table, ids)
                elif entity == "clients":
                    touched |= set(ids)
            search_index.reindex_clients(conn, touched)
            row.status, row.undone_at = "undone", now_utc()
            clients = len(by_table.get("clients", {}))
            records = sum(len(v) for v in by_table.values())
        result = UndoResult(row.id, clients, records)
        changes = Changes(frozenset(by_table) | {"import_batches"}, frozenset(touched))
        return Written(result, changes)

    def batches(self) -> list[BatchSummary]:
        """This device's imports, newest first."""
        with reading(self.desk) as session:
            rows = session.scalars(
                select(m.ImportBatch).order_by(m.ImportBatch.created_at.desc())
            ).all()
            return [
                BatchSummary(r.id, r.file_name, r.created_at, r.status, dict(r.summary))
                for r in rows
            ]


# --- reading the store ---------------------------------------------------------------------


def _name_fields(d: ClientDraft) -> dict[str, str]:
    return {
        "family_name": d.family_name,
        "given_name": d.given_name,
        "name_local": d.name_local,
        "name_romanised": d.name_romanised,
        "greeting_name": "",
        "title": d.title if len(d.title) <= LIMITS["title"] else "",
    }


def _store_index(session: Session) -> PersonIndex[uuid.UUID]:
    """Every live client by phone, e-mail and name key, in two column-only queries."""
    index: PersonIndex[uuid.UUID] = PersonIndex()
    c, p = m.Client.__table__.c, m.ContactPoint.__table__.c
    contacts: dict[uuid.UUID, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for client_id, kind, normalised in session.execute(
        select(p.client_id, p.kind, p.normalised).where(
            p.deleted.is_(False), p.kind.in_((ContactKind.PHONE, ContactKind.EMAIL))
        )
    ):
        contacts[client_id][0 if kind == ContactKind.PHONE else 1].append(normalised)
    for row in session.execute(
        select(c.id, c.family_name, c.given_name, c.name_local, c.name_romanised).where(
            c.deleted.is_(False), c.erased_at.is_(None)
        )
    ):
        phones, emails = contacts.get(row.id, ([], []))
        keys = name_keys(
            family=row.family_name if not has_cjk(row.family_name) else "",
            given=row.given_name if not has_cjk(row.given_name) else "",
            name_local=row.name_local or row.family_name + row.given_name,
            name_romanised=row.name_romanised,
        )
        index.add(row.id, phones=phones, emails=emails, keys=keys)
    return index


def _known_rows(session: Session) -> dict[str, Known]:
    """Fingerprints of rows earlier batches wrote, whose client is still on file."""
    r, b, c = m.ImportBatchRow, m.ImportBatch, m.Client
    rows = session.execute(
        select(r.fingerprint, r.batch_id, r.line, r.client_id)
        .join(b, b.id == r.batch_id)
        .join(c, c.id == r.client_id)
        .where(
            b.status != "undone",
            r.outcome.in_(("created", "merged")),
            c.deleted.is_(False),
            c.erased_at.is_(None),
        )
    )
    return {f: Known(batch, line, client) for f, batch, line, client in rows if client is not None}


def _with_names(session: Session, rows: list[RowPlan]) -> list[RowPlan]:
    """The candidates of each proposed merge with their name, phone and e-mail, for the
    side-by-side look."""
    ids = list(
        dict.fromkeys(c.client_id for r in rows for c in r.candidates if c.client_id is not None)
    )
    found = {s.id: s for s in summarise(session, ids)} if ids else {}
    by_line = {r.line: r.draft for r in rows}
    out = []
    for r in rows:
        if not r.candidates:
            out.append(r)
            continue
        named = []
        for cand in r.candidates:
            if cand.client_id is not None and cand.client_id in found:
                s = found[cand.client_id]
                named.append(
                    dataclasses.replace(cand, name=s.display_name, phone=s.phone, email=s.email)
                )
            elif cand.line is not None and cand.line in by_line:
                d = by_line[cand.line]
                named.append(
                    dataclasses.replace(
                        cand,
                        name=draft_name(d),
                        phone=next(iter(sorted(d.phone_numbers)), ""),
                        email=next(iter(sorted(d.email_addresses)), ""),
                    )
                )
            else:
                named.append(cand)
        out.append(dataclasses.replace(r, candidates=tuple(named)))
    return out


def draft_name(d: ClientDraft) -> str:
    """A row's name as a list shows it: 'Wang Meiling 王美玲', 'Claire Dubois'."""
    latin = d.name_romanised or " ".join(p for p in (d.given_name, d.family_name) if p)
    return " ".join(p for p in (latin, d.name_local) if p)


def _batch(session: Session, batch: str | uuid.UUID) -> m.ImportBatch:
    text = str(batch).strip().lower().replace("-", "")
    rows = [
        r
        for r in session.scalars(select(m.ImportBatch))
        if len(text) >= 6 and r.id.hex.startswith(text)
    ]
    if len(rows) != 1:
        raise NotFound("import.batch_not_found", batch=str(batch))
    return rows[0]


def _short(batch_id: uuid.UUID) -> str:
    return str(batch_id)


def _json_ids(ids: Iterable[uuid.UUID]) -> str:
    return json.dumps([i.hex for i in ids])


def _changed_since(conn: Connection, by_table: Mapping[str, Mapping[uuid.UUID, str]]) -> int:
    """How many of the batch's records carry another clock stamp now, or are gone."""
    changed = 0
    for entity, stamps in by_table.items():
        current: dict[str, str] = {
            str(row_id): str(hlc)
            for row_id, hlc in conn.exec_driver_sql(
                f'SELECT id, updated_hlc FROM "{entity}" WHERE deleted = 0 AND id IN '
                "(SELECT value FROM json_each(?))",
                (_json_ids(stamps),),
            )
        }
        changed += len([i for i, hlc in stamps.items() if current.get(i.hex) != hlc])
    return changed


def _added_since(conn: Connection, by_table: Mapping[str, Mapping[uuid.UUID, str]]) -> int:
    """How many records other than the batch's belong to the clients it created."""
    created = list(by_table.get("clients", {}))
    if not created:
        return 0
    added = 0
    synced = set(m.synced_tables())
    for table in m.Base.metadata.sorted_tables:
        if table.name not in synced:
            continue
        for column in table.c:
            if not any(fk.column.table.name == "clients" for fk in column.foreign_keys):
                continue
            ours = by_table.get(table.name, {})
            rows = conn.exec_driver_sql(
                f'SELECT id FROM "{table.name}" WHERE deleted = 0 AND "{column.name}" IN '
                "(SELECT value FROM json_each(?))",
                (_json_ids(created),),
            ).all()
            added += sum(1 for (row_id,) in rows if uuid.UUID(hex=row_id) not in ours)
    return added


def _client_ids(conn: Connection, table: Any, ids: list[uuid.UUID]) -> set[uuid.UUID]:
    out: set[uuid.UUID] = set()
    for start in range(0, len(ids), 500):
        out |= set(
            conn.execute(select(table.c.client_id).where(table.c.id.in_(ids[start : start + 500])))
            .scalars()
            .all()
        )
    return out


# --- writing ------------------------------------------------------------------------------


class _BatchWriter:
    """Writes a plan's rows chunk by chunk, remembering which client each line became
    (a later row of the file may merge into it)."""

    def __init__(
        self,
        desk: Desk,
        plan: ImportPlan,
        batch_id: uuid.UUID,
        merge: bool,
        choices: Mapping[int, Choice] | None = None,
    ) -> None:
        self.desk = desk
        self.plan = plan
        self.batch_id = batch_id
        self.merge = merge
        self.choices = dict(choices or {})
        self.line_clients: dict[int, uuid.UUID] = {}
        self.clients: list[uuid.UUID] = []
        self.counts: dict[str, int] = dict.fromkeys(
            ("created", "merged", "skipped", "known", "refused"), 0
        )
        self.now = now_utc()
        self.lang = desk.lang
        self.decided: set[uuid.UUID] = set()

    def _stamp(self, values: dict[str, Any]) -> dict[str, Any]:
        values.setdefault("id", new_id())
        values.update(
            updated_hlc=self.desk.clock.now().encode(),
            updated_by_device=self.desk.device_id,
            server_version=None,
            deleted=False,
        )
        return values

    def write(self, session: Session, rows: Sequence[RowPlan]) -> Changes:
        conn = session.connection()
        store = session.get(m.Store, self.plan.store_id)
        assert store is not None
        pending: dict[str, list[dict[str, Any]]] = defaultdict(list)
        outcomes: list[dict[str, Any]] = []
        merged_into: dict[int, uuid.UUID] = {}
        for r in rows:
            if r.action is Action.MERGE and self._choice(r) is Choice.MERGE:
                target = self._target(r)
                if target is not None:
                    merged_into[r.line] = target
        have = _contacts_of(conn, set(merged_into.values()))
        dated = _birthdays_of(conn, set(merged_into.values()))
        self.decided = _marketing_decided(conn, set(merged_into.values()))
        birthdays: set[uuid.UUID] = set()
        for r in rows:
            client_id: uuid.UUID | None = None
            if r.action is Action.NEW or (
                r.action is Action.MERGE and self._choice(r) is Choice.NEW
            ):
                client_id = self._client(pending, r.draft, store)
                outcome = "created"
            elif r.line in merged_into:
                client_id = merged_into[r.line]
                outcome = "merged"
            elif r.action is Action.MERGE:
                outcome = "skipped"
            elif r.action is Action.KNOWN:
                outcome = "known"
                client_id = r.candidates[0].client_id if r.candidates else None
            else:
                outcome = "refused"
            if outcome in ("created", "merged") and client_id is not None:
                self.line_clients[r.line] = client_id
                self._details(pending, r.draft, client_id, have, dated, store, birthdays)
                self.clients.append(client_id)
            self.counts[outcome] += 1
            outcomes.append(
                {
                    "batch_id": self.batch_id,
                    "line": r.line,
                    "fingerprint": r.fingerprint or r.draft.fingerprint(),
                    "outcome": outcome,
                    "client_id": client_id if outcome != "known" else None,
                }
            )
        written: dict[str, dict[uuid.UUID, str]] = {}
        for table in m.Base.metadata.sorted_tables:
            found = pending.pop(table.name, None)
            if found:
                _insert(conn, table, found)
                written[table.name] = {v["id"]: v["updated_hlc"] for v in found}
        touched = {o["client_id"] for o in outcomes if o["outcome"] in ("created", "merged")}
        search_index.reindex_clients(conn, touched)
        writes = [
            {"batch_id": self.batch_id, "entity": entity, "row_id": row_id, "hlc": hlc}
            for entity, stamps in written.items()
            for row_id, hlc in stamps.items()
        ]
        _insert(conn, m.Base.metadata.tables["import_batch_writes"], writes)
        _insert(conn, m.Base.metadata.tables["import_batch_rows"], outcomes)
        return Changes(
            frozenset(set(written) | {"import_batches"}),
            frozenset(touched),
        )

    def _choice(self, r: RowPlan) -> Choice:
        return self.choices.get(r.line, Choice.MERGE if self.merge else Choice.SKIP)

    def _target(self, r: RowPlan) -> uuid.UUID | None:
        target = r.target
        if target is None:
            return None
        if target.client_id is not None:
            return target.client_id
        return self.line_clients.get(target.line) if target.line is not None else None

    def _client(
        self, pending: dict[str, list[dict[str, Any]]], d: ClientDraft, store: m.Store
    ) -> uuid.UUID:
        names = _name_fields(d)  # as the client service derived them in the plan
        values = self._stamp(
            {
                "home_store_id": store.id,
                "name_order": (
                    NameOrder.FAMILY_FIRST
                    if has_cjk(names["family_name"] + names["name_local"])
                    else NameOrder.GIVEN_FIRST
                ).value,
                "gender": clean(d.gender),
                "language": d.language or _default_language(store.country),
                "preferred_channel": None,
                "contact_hours_start": None,
                "contact_hours_end": None,
                "photo_path": "",
                "source": clean(d.source) or "import",
                "created_at": self.now,
                "created_by_id": self.desk.acting_staff_id,
                "segment": "",
                "erased_at": None,
                **names,
            }
        )
        pending["clients"].append(values)
        client_id: uuid.UUID = values["id"]
        return client_id

    def _details(
        self,
        pending: dict[str, list[dict[str, Any]]],
        d: ClientDraft,
        client_id: uuid.UUID,
        have: dict[uuid.UUID, set[tuple[str, str]]],
        dated: set[uuid.UUID],
        store: m.Store,
        birthdays: set[uuid.UUID],
    ) -> None:
        """Contact points, birthday and import note for a new or merged client."""
        known = have.setdefault(client_id, set())
        kinds = {k for k, _ in known}
        contacts = [(ContactKind.PHONE, w, n) for w, n in d.phones]
        contacts += [(ContactKind.EMAIL, w, n) for w, n in d.emails]
        if d.address:
            contacts.append((ContactKind.ADDRESS, d.address, clean(d.address)))
        for kind, written, normal in contacts:
            if (kind.value, normal) in known:
                continue
            known.add((kind.value, normal))
            pending["contact_points"].append(
                self._stamp(
                    {
                        "client_id": client_id,
                        "kind": kind.value,
                        "value": clean(written),
                        "normalised": normal,
                        "label": "",
                        "is_primary": kind.value not in kinds,
                    }
                )
            )
            kinds.add(kind.value)
        if d.birthday is not None and client_id not in dated:
            dated.add(client_id)
            birthdays.add(client_id)
            pending["important_dates"].append(
                self._stamp(
                    {
                        "client_id": client_id,
                        "relationship_id": None,
                        "kind": DateKind.BIRTHDAY.value,
                        "milestone": None,
                        "label": "",
                        "month": d.birthday.month,
                        "day": d.birthday.day,
                        "year": d.birthday.year,
                        "lead_days": DEFAULT_LEAD_DAYS[DateKind.BIRTHDAY],
                        "recurring": True,
                    }
                )
            )
        if d.accepts_marketing is not None and client_id not in self.decided:
            # The other system's opt-in is a consent decision in its own right (with the
            # file and line as proof), never one that overrides a client's later choice
            # recorded here: a client who already decided keeps that decision.
            self.decided.add(client_id)
            pending["consents"].append(
                self._stamp(
                    {
                        "client_id": client_id,
                        "purpose": ConsentPurpose.MARKETING.value,
                        "channel": None,
                        "granted": d.accepts_marketing,
                        "recorded_at": self.now,
                        "recorded_by_id": self.desk.acting_staff_id,
                        "proof": f"{self.plan.file_name}:{d.line}"[:400],
                        "method": "import",
                        "signature_svg": "",
                    }
                )
            )
        body = import_note(d, self.plan.file_name, self.lang)
        if body:
            pending["notes"].append(
                self._stamp(
                    {
                        "client_id": client_id,
                        "author_id": self.desk.acting_staff_id,
                        "store_id": store.id,
                        "body": body,
                        "pinned": False,
                        "sensitive": False,
                        "created_at": self.now,
                        "supersedes_id": None,
                    }
                )
            )


def _insert(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """executemany straight to the driver: SQLAlchemy's per-row bookkeeping is a third of
    the write time of a 100,000-row import. Values go in as SQLAlchemy would store them
    on SQLite: a UUID as its hex, a time through its column type's own processor; text,
    numbers, booleans and None as they are. The capture triggers fire as for any insert."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[tuple(row)].append(row)
    for keys, group in groups.items():
        convert: list[tuple[int, Callable[[Any], Any]]] = []
        for i, key in enumerate(keys):
            kind = table.c[key].type
            if isinstance(kind, Uuid):
                convert.append((i, _hex))
            elif isinstance(kind, UTCDateTime):
                processor = kind.bind_processor(conn.dialect)
                assert processor is not None
                convert.append((i, processor))
        getter = itemgetter(*keys)
        params = []
        for row in group:
            values = list(getter(row)) if len(keys) > 1 else [row[keys[0]]]
            for i, fn in convert:
                if values[i] is not None:
                    values[i] = fn(values[i])
            params.append(tuple(values))
        columns = ", ".join(f'"{k}"' for k in keys)
        marks = ", ".join("?" for _ in keys)
        conn.exec_driver_sql(f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})', params)


def _hex(value: uuid.UUID) -> str:
    return value.hex


def _contacts_of(
    conn: Connection, clients: set[uuid.UUID]
) -> dict[uuid.UUID, set[tuple[str, str]]]:
    out: dict[uuid.UUID, set[tuple[str, str]]] = defaultdict(set)
    if clients:
        for client_id, kind, normalised in conn.exec_driver_sql(
            "SELECT client_id, kind, normalised FROM contact_points WHERE deleted = 0 AND "
            "client_id IN (SELECT value FROM json_each(?))",
            (_json_ids(clients),),
        ):
            out[uuid.UUID(hex=client_id)].add((kind, normalised))
    return out


def _stamps(conn: Connection, entity: str, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    ids = list(ids)
    if not ids:
        return {}
    rows = conn.exec_driver_sql(
        f'SELECT id, updated_hlc FROM "{entity}" WHERE id IN (SELECT value FROM json_each(?))',
        (_json_ids(ids),),
    ).all()
    return {uuid.UUID(hex=row_id): hlc for row_id, hlc in rows}


def _birthdays_of(conn: Connection, clients: set[uuid.UUID]) -> set[uuid.UUID]:
    if not clients:
        return set()
    return {
        uuid.UUID(hex=client_id)
        for (client_id,) in conn.exec_driver_sql(
            "SELECT client_id FROM important_dates WHERE deleted = 0 AND kind = 'birthday' "
            "AND client_id IN (SELECT value FROM json_each(?))",
            (_json_ids(clients),),
        )
    }


def _choices(plan: ImportPlan, given: Mapping[int, Choice | str]) -> dict[int, Choice]:
    """The person's choice for each proposed merge they decided, checked: a line that
    is no proposed merge of the plan, or a word that is no choice, is refused."""
    proposed = {r.line for r in plan.rows if r.action is Action.MERGE}
    out: dict[int, Choice] = {}
    for line, choice in given.items():
        if line not in proposed:
            raise ValidationError("import.choice_line", field="choices", line=line)
        out[line] = one_of(Choice, choice, "choices", "import.choice", line=line)
    return out


def _marketing_decided(conn: Connection, clients: set[uuid.UUID]) -> set[uuid.UUID]:
    """Which of `clients` already have a marketing consent decision on this device."""
    if not clients:
        return set()
    return {
        uuid.UUID(hex=client_id)
        for (client_id,) in conn.exec_driver_sql(
            "SELECT DISTINCT client_id FROM consents WHERE deleted = 0 AND purpose = 'marketing' "
            "AND client_id IN (SELECT value FROM json_each(?))",
            (_json_ids(clients),),
        )
    }
