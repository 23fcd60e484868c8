"""A client's rights over their data (PIPL, GDPR, CCPA): an export of everything held
about them, and erasure, anonymised everywhere through sync. Both are audited.

Erasure follows `domain/erasure.py`'s rules in one unit of work, so the change
capture queues it for head office like any other write; head office then applies
the same rules to every row it holds about the client, and refuses to let a later
edit from an offline device bring personal data back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import inspect, select, text

from jeweldesk.domain import erasure as rules
from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.plain import json_scalar
from jeweldesk.domain.vocab import Role
from jeweldesk.protocol import erasure as reach
from jeweldesk.services import audit
from jeweldesk.services.base import Written, now_utc, reading, unit_of_work
from jeweldesk.services.clients import client_row
from jeweldesk.services.files import write_atomically
from jeweldesk.storage import models as m
from jeweldesk.storage.models import Base, Synced
from jeweldesk.sync import erasure as on_device

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

# Export sections, in the order a person reads them: (section, table).
SECTIONS = (
    ("contact_points", "contact_points"),
    ("preferences", "preferences"),
    ("ring_sizes", "ring_sizes"),
    ("measurements", "measurements"),
    ("notes", "notes"),
    ("important_dates", "important_dates"),
    ("relationships", "relationships"),
    ("consents", "consents"),
    ("jewellery_box", "owned_pieces"),
    ("stones", "stones"),
    ("wishlist", "wishlist_items"),
    ("purchases", "purchases"),
    ("purchase_lines", "purchase_lines"),
    ("appointments", "appointments"),
    ("appointment_pieces", "pre_selections"),
    ("interactions", "interactions"),
    ("service_jobs", "service_jobs"),
    ("service_cases", "service_cases"),
    ("benefits", "benefits"),
    ("benefit_uses", "benefit_uses"),
    ("invitations", "invitations"),
    ("documents_issued", "issued_documents"),
    ("advisors", "book_entries"),
)
# Bookkeeping a person has no use for in their export.
_INTERNAL = {"updated_hlc", "updated_by_device", "server_version"}


@dataclasses.dataclass(frozen=True)
class ErasureResult:
    client_id: uuid.UUID
    erased_at: dt.datetime
    rows_changed: int


def _model(table: str) -> type[Synced]:
    """The synced model of `table`: every table an erasure reaches carries an `id`."""
    for mapper in Base.registry.mappers:
        if mapper.local_table is Base.metadata.tables.get(table) and issubclass(
            mapper.class_, Synced
        ):
            return mapper.class_
    raise KeyError(table)


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return json_scalar(value)


def _record(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _plain(v) for k, v in row.items() if k not in _INTERNAL}


class PrivacyService:
    """`desk.privacy`: export and erase one client."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def may_erase(self) -> bool:
        """Whether whoever is signed in may erase clients (store managers, head office)."""
        return self._role() in rules.ROLES_ERASING

    def _role(self) -> Role | None:
        if self.desk.acting_staff_id is None:
            return None
        with reading(self.desk) as s:
            role = s.scalar(select(m.Staff.role).where(m.Staff.id == self.desk.acting_staff_id))
        return Role(role) if role is not None else None

    # --- export ----------------------------------------------------------------------

    def export(self, client_id: uuid.UUID | str) -> dict[str, Any]:
        """Everything held about the client, sensitive notes included, as plain JSON
        values by section. Audited (who, when), as every export is."""
        with reading(self.desk) as s:
            client = client_row(s, client_id)
            rows = reach.related_rows(s.connection(), client.id)
            store = s.get(m.Store, client.home_store_id)
        rows.pop("next_best_actions", None)  # the house's own to-do list, not data about them
        rows.pop("sync_conflicts", None)
        # Relationship rows in *other* clients' records name this client: the person
        # may see that they are named (and what was recorded about them there).
        out: dict[str, Any] = {
            "format": "jeweldesk.client-export/1",
            "exported_at": now_utc().isoformat(),
            "home_store": store.code if store else "",
            "client": _record(next(iter(rows["clients"].values()))),
        }
        checklist = rows.pop("checklist_items", {})
        for section, table in SECTIONS:
            records = sorted(
                (_record(r) for r in rows.get(table, {}).values()), key=lambda r: r["id"]
            )
            out[section] = records
        out["appointment_checklists"] = sorted(
            (_record(r) for r in checklist.values()), key=lambda r: r["id"]
        )
        sensitive = sum(1 for r in rows.get("notes", {}).values() if r.get("sensitive"))
        audit.record(
            self.desk,
            "export",
            "clients",
            client.id,
            sections=len(SECTIONS),
            sensitive_notes=sensitive,
        )
        return out

    def export_to(self, client_id: uuid.UUID | str, path: str | Path) -> Path:
        """Write the export as UTF-8 JSON (readable, not ASCII-escaped) to `path`, whole
        or not at all: an earlier export there stays as it was if the write fails."""
        data = self.export(client_id)
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False)
        return write_atomically(target, text.encode("utf-8"))

    # --- erasure ---------------------------------------------------------------------

    def erase(self, client_id: uuid.UUID | str, reason: str) -> Written[ErasureResult]:
        """Anonymise the client everywhere: their record goes (tombstoned and blanked,
        so the tombstones sync without the data), purchases, documents and
        appointments stay for the house's accounts without personal free text. One
        transaction, captured for sync; the local history and conflicts holding old
        values are purged, and the file is rewritten so no deleted text lingers.

        Store managers and head office only; refused for a client already erased."""
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("privacy.reason_required", field="reason")
        if self._role() not in rules.ROLES_ERASING:
            raise ValidationError("privacy.erase_not_allowed")
        data_dir = self.desk.path.parent
        photos: list[str] = []
        files: set[str] = set()  # the photos' files, by SHA-256
        with unit_of_work(self.desk) as work:
            s = work.session
            client = client_row(s, client_id)
            if client.erased_at is not None:
                raise ValidationError("privacy.already_erased")
            conn = s.connection()
            first_new_seq = conn.execute(
                text("SELECT coalesce(max(device_seq), 0) + 1 FROM outbox")
            ).scalar_one()
            at = now_utc()
            photos.append(client.photo_path)
            # The client first: head office must meet the erasure before the ops that
            # follow it, so it applies its own rules to them.
            for key, value in rules.client_changes(_columns(client), at).items():
                setattr(client, key, value)
            s.flush()
            rows = reach.related_rows(conn, client.id)
            changed = 1
            for table, by_id in rows.items():
                if table == "clients":
                    continue
                model = _model(table)
                for obj in s.scalars(select(model).where(model.id.in_(list(by_id)))):
                    changes = rules.row_changes(table, _columns(obj), at)
                    if isinstance(obj, m.OwnedPiece) and "photo_path" in changes:
                        photos.append(obj.photo_path)
                    if isinstance(obj, m.Photo):
                        files |= {obj.sha256, obj.thumb_sha256}
                    for key, value in changes.items():
                        setattr(obj, key, value)
                    changed += bool(changes)
            s.flush()
            rows = reach.related_rows(conn, client.id)
            on_device.scrub_outbox(conn, rows, first_new_seq=first_new_seq)
            reach.purge_history(conn, reach.entity_ids(rows))
            on_device.forget_search(conn, {client.id})
            on_device.forget_imports(conn, {client.id})
            s.add(
                m.AuditEntry(
                    at=at,
                    staff_id=self.desk.acting_staff_id,
                    store_id=self.desk.home_store_id,
                    action="erase",
                    entity="clients",
                    entity_id=client.id,
                    detail={"reason": reason, "rows": str(changed)},
                )
            )
            result = ErasureResult(client.id, at, changed)
        for photo in photos:
            _remove_photo(data_dir, photo)
        self.desk.photos.forget_files(files)
        on_device.scrub_file(self.desk.store.engine)
        return Written(result, work.changes)


def _columns(obj: object) -> dict[str, Any]:
    return {attr.key: getattr(obj, attr.key) for attr in inspect(type(obj)).column_attrs}


def _remove_photo(data_dir: Path, photo: str) -> None:
    """Delete a photo kept in the store's folder (never a file elsewhere)."""
    if not photo:
        return
    path = Path(photo)
    if not path.is_absolute():
        path = data_dir / path
    try:
        path.resolve().relative_to(data_dir.resolve())
    except ValueError:
        return
    if path.is_file():
        path.unlink()
