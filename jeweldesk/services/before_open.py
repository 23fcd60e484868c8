"""What the app learns of a store before opening the desk: enough to paint the first
window (or choose the first-run page) while SQLAlchemy and the services load.

Read with `storage/peek.py` (the standard library's sqlite3, read-only), so nothing
here loads SQLAlchemy either. A store that cannot be read that way is no answer: the
caller opens the desk and learns more."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from jeweldesk.domain.messages import normalise_language
from jeweldesk.storage import peek


def store_exists(folder: Path) -> bool:
    return peek.database_in(folder).exists()


@dataclass(frozen=True)
class StoreFacts:
    """What the first window needs to know of a store before it is opened."""

    has_store: bool  # False on a device not yet enrolled (the first-run choice)
    demo: bool
    auto_sign_in: bool
    language: str


def store_facts(folder: Path) -> StoreFacts | None:
    """None when there is no store file in `folder`, or it cannot be read."""
    database = peek.database_in(folder)
    if not database.exists():
        return None
    try:
        with peek.read_only(database) as con:
            settings = peek.settings(con)
            stores = peek.live_store_count(con)
        demo = bool(settings.get("demo"))
        return StoreFacts(
            has_store=stores > 0,
            demo=demo,
            auto_sign_in=demo and bool(settings.get("demo_auto_sign_in")),
            language=normalise_language(settings.get("language")),
        )
    except (peek.Error, ValueError):
        return None


def book_unchanged(folder: Path, staff_email: str, lang: str, listed: Mapping[str, str]) -> bool:
    """Whether the store in `folder` still shows what a kept book showed: `staff_email`
    signed in, in `lang`, with exactly the clients of `listed` (hex id → the
    `updated_hlc` each had) in their open book, each unchanged since.

    Raises ValueError when the store cannot be read."""
    try:
        with peek.read_only(peek.database_in(folder)) as con:
            settings = peek.settings(con, ("signed_in_email", "language"))
            if settings.get("signed_in_email") != staff_email or not staff_email:
                return False
            if normalise_language(settings.get("language")) != lang:
                return False
            if peek.open_book(con, staff_email) != set(listed):
                return False
            return peek.client_hlcs(con, list(listed)) == dict(listed)
    except peek.Error as exc:
        raise ValueError(f"the store cannot be read: {exc}") from exc


def demo_needs_seeding(folder: Path) -> bool:
    """True when the store in `folder` holds no clients (or does not exist yet)."""
    database = peek.database_in(folder)
    if not database.exists():
        return True
    try:
        with peek.read_only(database) as con:
            return not peek.has_clients(con)
    except peek.Error:  # no clients table yet: a store that was never filled
        return True
