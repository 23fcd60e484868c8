"""The book as the main window last showed it, to paint the first window before the
database layer has loaded.

Opening a store costs about a second: SQLAlchemy and the services are imported, the
schema is checked against the migrations and every service is built. The advisor
should not watch an empty window meanwhile. So each time the main window shows the
live book it also writes what it showed to `book-snapshot.json` beside the store, and
the next start paints that at once, then swaps in the live book when the desk is open.

A snapshot is only painted when the store, read with the standard library's sqlite3
(`services/before_open.py`), still agrees with it: the same person signed in, the same language, the same clients
in the book, and every one of them unchanged since (same `updated_hlc`, so a client
edited, synced or anonymised in between is never shown as they were). Anything else,
including a snapshot from another version of the app, and it is deleted and the
window waits for the live book."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import threading
import uuid
from dataclasses import dataclass
from pathlib import Path

from jeweldesk import __version__
from jeweldesk.paths import BOOK_SNAPSHOT_FILENAME
from jeweldesk.services import before_open
from jeweldesk.services.book_rows import BookRow, ClientSummary

log = logging.getLogger(__name__)

SNAPSHOT_FILENAME = BOOK_SNAPSHOT_FILENAME
FORMAT = 1


@dataclass(frozen=True)
class BookSnapshot:
    """What the first window shows: who is signed in, where, and their book."""

    staff_email: str
    lang: str
    person_name: str
    store_label: str  # "Shanghai Plaza 66 (SH01)"
    timezone: str
    store_zones: dict[str, str]
    rows: tuple[BookRow, ...]


def snapshot_path(folder: Path) -> Path:
    return Path(folder) / SNAPSHOT_FILENAME


def write_snapshot(folder: Path, snapshot: BookSnapshot, hlcs: dict[uuid.UUID, str]) -> None:
    """Keep `snapshot` for the next start; `hlcs` is each listed client's `updated_hlc`
    as read with the rows. Written to a temporary file and renamed: a start never
    reads half a snapshot."""
    body = {
        "format": FORMAT,
        "app": __version__,
        "staff_email": snapshot.staff_email,
        "lang": snapshot.lang,
        "person_name": snapshot.person_name,
        "store_label": snapshot.store_label,
        "timezone": snapshot.timezone,
        "store_zones": snapshot.store_zones,
        "rows": [_row_out(r, hlcs.get(r.summary.id, "")) for r in snapshot.rows],
    }
    target = snapshot_path(folder)
    part = target.with_suffix(".part")
    try:
        part.write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")
        os.replace(part, target)
    except (
        OSError
    ) as exc:  # a full disk or a read-only folder: the next start is slower, nothing more
        log.warning("could not keep the book for the next start: %s", exc)


def forget_snapshot(folder: Path) -> None:
    try:
        snapshot_path(folder).unlink(missing_ok=True)
    except OSError:
        pass


def read_snapshot(folder: Path, lang: str | None = None) -> BookSnapshot | None:
    """The snapshot beside the store in `folder` if the store still agrees with it
    (and, given `lang`, it was shown in that language); else None, and it is deleted."""
    return SnapshotCheck(folder, lang, in_background=False).result()


class SnapshotCheck:
    """The snapshot read at once, its agreement with the store checked on a thread.

    Reading the store (SQLite parses the whole schema, triggers included,
    on the first statement) costs about as much as building the window, and releases
    the interpreter lock while it works: the window is built meanwhile, and `result()`
    says whether the kept book may be painted. `snapshot` is the kept book unchecked,
    for what must be known before building (the language)."""

    def __init__(
        self, folder: Path, lang: str | None = None, *, in_background: bool = True
    ) -> None:
        self.folder = Path(folder)
        self.snapshot: BookSnapshot | None = None
        self._agrees: bool | None = None
        self._thread: threading.Thread | None = None
        body = self._load(lang)
        if body is None:
            return
        if in_background:
            self._thread = threading.Thread(
                target=self._check, args=(body,), name="book-snapshot-check", daemon=True
            )
            self._thread.start()
        else:
            self._check(body)

    def result(self) -> BookSnapshot | None:
        """The snapshot if the store agrees with it (waiting for the check), else None."""
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        return self.snapshot if self._agrees else None

    def _load(self, lang: str | None) -> dict | None:
        path = snapshot_path(self.folder)
        if not path.exists() or not before_open.store_exists(self.folder):
            return None
        try:
            body = json.loads(path.read_text(encoding="utf-8"))
            if body.get("format") != FORMAT or body.get("app") != __version__:
                raise ValueError("written by another version")
            if lang is not None and body["lang"] != lang:
                return None  # asked for another language: kept for a start in its own
            self.snapshot = BookSnapshot(
                staff_email=body["staff_email"],
                lang=body["lang"],
                person_name=body["person_name"],
                store_label=body["store_label"],
                timezone=body["timezone"],
                store_zones=dict(body["store_zones"]),
                rows=tuple(_row_in(r) for r in body["rows"]),
            )
            return body
        except (OSError, ValueError, KeyError, TypeError) as exc:
            self._refuse(exc)
            return None

    def _check(self, body: dict) -> None:
        try:
            listed = {r["id"]: r["hlc"] for r in body["rows"]}
            if not before_open.book_unchanged(
                self.folder, body["staff_email"], body["lang"], listed
            ):
                raise ValueError("the store has changed since")
            self._agrees = True
        except (OSError, ValueError, KeyError, TypeError) as exc:
            self._refuse(exc)

    def _refuse(self, exc: Exception) -> None:
        log.info("book snapshot not used: %s", exc)
        self._agrees = False
        forget_snapshot(self.folder)


# --- rows in and out -------------------------------------------------------------------


def _row_out(row: BookRow, hlc: str) -> dict:
    summary = dataclasses.asdict(row.summary)
    summary["id"] = row.summary.id.hex
    return {
        "id": row.summary.id.hex,
        "hlc": hlc,
        "summary": summary,
        "since": row.since.isoformat(),
        "development_plan": row.development_plan,
        "last_contact": _when_out(row.last_contact),
        "next_appointment": _when_out(row.next_appointment),
    }


def _row_in(raw: dict) -> BookRow:
    summary = dict(raw["summary"])
    summary["id"] = uuid.UUID(hex=summary["id"])
    return BookRow(
        summary=ClientSummary(**summary),
        since=dt.date.fromisoformat(raw["since"]),
        development_plan=raw["development_plan"],
        last_contact=_when_in(raw["last_contact"]),
        next_appointment=_when_in(raw["next_appointment"]),
    )


def _when_out(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _when_in(value: str | None) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromisoformat(value)
