"""Exports: a client as a vCard 4.0 card and cards brought in (one or many), and an
advisor's book as CSV or XLSX, its headers in the reader's language.

What is exported is what an address book or a spreadsheet needs: names, contacts,
birthday, language, segment, and the marketing consent in force (a list made for
marketing holds only the clients, and the channels, that consent allows). Notes are never exported (sensitive or not), an erased
client is neither exported nor listed, and every export is in the audit log."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from jeweldesk.domain.contacts import normalise_email, normalise_phone
from jeweldesk.domain.errors import DomainError, ValidationError
from jeweldesk.domain.intelligence import consent as consent_rules
from jeweldesk.domain.intelligence.facts import Grant
from jeweldesk.domain.messages import render
from jeweldesk.domain.names import display_name, has_cjk
from jeweldesk.domain.timezones import in_store_time
from jeweldesk.domain.vocab import ContactKind, DateKind, NameOrder
from jeweldesk.exports import vcard
from jeweldesk.services import audit
from jeweldesk.services.base import reading
from jeweldesk.services.clients import CLIENT_LANGUAGES, client_row
from jeweldesk.services.directory import staff_row
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk
    from jeweldesk.services.views import Notice

BOOK_FORMATS = ("csv", "xlsx")
BOOK_COLUMNS = (
    "name",
    "name_local",
    "phone",
    "email",
    "segment",
    "store",
    "language",
    "birthday",
    "since",
    "last_contact",
    "next_appointment",
    "marketing",
)
_WIDTHS = {
    "name": 28,
    "name_local": 14,
    "phone": 18,
    "email": 30,
    "next_appointment": 18,
    "marketing": 24,
}
# The channels a phone number reaches: a list for marketing keeps the number only for
# a client who agreed to be contacted on one of them.
PHONE_CHANNELS = ("phone", "sms", "wechat", "whatsapp", "line")
MARKETING_CHANNELS = (*PHONE_CHANNELS, "email")

Cell = str | dt.date | dt.datetime | None


def bcp47(code: str) -> str:
    """A client's language code as a BCP 47 tag: 'zh_CN' → 'zh-CN'."""
    return code.replace("_", "-")


def _script_tag(language: str) -> str:
    """The LANGUAGE of a name written in Chinese characters."""
    return "zh-Hant" if language in ("zh_TW", "zh_HK", "zh_MO") else "zh-Hans"


@dataclass(frozen=True, slots=True)
class CardImported:
    """A card that became a client; `duplicates` are the clients the client service
    found with the same phone, e-mail or name (the advisor decides)."""

    card: int  # 1-based position in the file
    client_id: uuid.UUID
    name: str
    duplicates: tuple[uuid.UUID, ...]
    notices: tuple[str, ...]  # in the desk's language
    left_out: tuple[str, ...] = ()  # a field the card had wrong, and why, left out


@dataclass(frozen=True, slots=True)
class CardRefused:
    card: int
    name: str
    reason: str  # in the desk's language


@dataclass(frozen=True, slots=True)
class VCardImport:
    imported: tuple[CardImported, ...]
    refused: tuple[CardRefused, ...]

    @property
    def duplicates(self) -> tuple[CardImported, ...]:
        return tuple(c for c in self.imported if c.duplicates)


@dataclass(frozen=True, slots=True)
class BookExport:
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]


class ExportService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # --- vCard ---------------------------------------------------------------------

    def client_card(self, client_id: uuid.UUID | str) -> vcard.Card:
        """The client as a card: an erased client is refused (`client.erased`)."""
        with reading(self.desk) as s:
            client = client_row(s, client_id, for_edit=True)
            contacts = s.scalars(
                select(m.ContactPoint)
                .where(m.ContactPoint.client_id == client.id, m.ContactPoint.deleted.is_(False))
                .order_by(m.ContactPoint.is_primary.desc(), m.ContactPoint.value)
            ).all()
            birthday = s.scalars(
                select(m.ImportantDate).where(
                    m.ImportantDate.client_id == client.id,
                    m.ImportantDate.kind == DateKind.BIRTHDAY,
                    m.ImportantDate.relationship_id.is_(None),
                    m.ImportantDate.deleted.is_(False),
                )
            ).first()
            local = client.name_local if has_cjk(client.name_local) else ""
            latin = client.name_romanised or " ".join(
                p
                for p in (
                    (client.given_name, client.family_name)
                    if client.name_order == NameOrder.GIVEN_FIRST
                    else (client.family_name, client.given_name)
                )
                if p
            )
            formatted = (
                latin
                if local and latin
                else display_name(
                    family=client.family_name,
                    given=client.given_name,
                    name_local=client.name_local,
                    romanised=client.name_romanised,
                    given_first=client.name_order == NameOrder.GIVEN_FIRST,
                )
            )
            phones = tuple(
                vcard.Telephone(c.normalised, ("cell",))
                for c in contacts
                if c.kind == ContactKind.PHONE and c.normalised.startswith("+")
            )
            return vcard.Card(
                formatted_name=formatted,
                family_name=client.family_name,
                given_name=client.given_name,
                prefix=client.title,
                local_name=local if local and local != formatted else "",
                local_language=_script_tag(client.language) if local else "",
                name_language="en" if local else "",
                phones=phones,
                emails=tuple(c.value for c in contacts if c.kind == ContactKind.EMAIL),
                birthday=vcard.Birthday(birthday.month, birthday.day, birthday.year)
                if birthday
                else None,
                languages=(bcp47(client.language),) if client.language else (),
                categories=(render(f"segment.{client.segment}", self.desk.lang),)
                if client.segment
                else (),
                revision=dt.datetime.now(dt.UTC).replace(microsecond=0),
                uid=str(client.id),
            )

    def client_vcard(self, client_id: uuid.UUID | str) -> str:
        """The client as vCard 4.0 text; the export is audited."""
        card = self.client_card(client_id)
        audit.record(self.desk, "export_vcard", "clients", uuid.UUID(card.uid))
        return vcard.write(card)

    def import_vcards(self, text: str, *, lang: str | None = None) -> VCardImport:
        """Each card in `text` created as a client through `desk.clients.create` (with
        its birthday); a card the client service refuses is reported with its reason,
        never dropped. Raises `export.vcard_empty` when the text holds no card."""
        lang = lang or self.desk.lang
        try:
            cards = vcard.read(text)
        except vcard.VCardError:
            raise ValidationError("export.vcard_empty") from None
        imported: list[CardImported] = []
        refused: list[CardRefused] = []
        for number, card in enumerate(cards, start=1):
            label = (
                card.formatted_name or card.local_name or f"{card.family_name} {card.given_name}"
            )
            try:
                written = self._create(card)
            except DomainError as exc:
                refused.append(CardRefused(number, label.strip(), exc.message(lang)))
                continue
            client_id, notices, left_out = written
            duplicates = tuple(
                uuid.UUID(i)
                for n in notices
                if n.key == "client.possible_duplicate"
                for i in n.params.get("client_ids", [])
            )
            imported.append(
                CardImported(
                    number,
                    client_id,
                    label.strip(),
                    duplicates,
                    tuple(n.message(lang) for n in notices),
                    tuple(e.message(lang) for e in left_out),
                )
            )
        return VCardImport(tuple(imported), tuple(refused))

    def _create(self, card: vcard.Card) -> tuple[uuid.UUID, Sequence[Notice], list[DomainError]]:
        """The card's client; a bad phone, e-mail, language or birthday is left out
        (and said why), the rest of the card kept."""
        names = [card.formatted_name, card.local_name]
        local = next((n for n in names if n and has_cjk(n)), "")
        latin = next((n for n in names if n and not has_cjk(n)), "")
        family, given = card.family_name, card.given_name
        if not (family or given or local or latin):
            raise ValidationError("client.name_required", field="name")
        left_out: list[DomainError] = []
        with reading(self.desk) as s:
            region = s.scalar(select(m.Store.country).where(m.Store.id == self.desk.home_store_id))
        emails, phones = [], []
        for email in card.emails:
            try:
                normalise_email(email)
            except DomainError as exc:
                left_out.append(exc)
            else:
                emails.append(email)
        for phone in card.phones:
            try:
                normalise_phone(phone.number, region or "")
            except DomainError as exc:
                left_out.append(exc)
            else:
                phones.append(phone.number)
        language = None
        for tag in card.languages:
            code = tag.replace("-", "_").lower()
            if code.startswith("zh_hant") or code in ("zh_tw", "zh_hk", "zh_mo"):
                language = "zh_TW"
            elif code.startswith("zh"):
                language = "zh_CN"
            else:
                known = {c.lower(): c for c in CLIENT_LANGUAGES}
                language = known.get(code) or known.get(code.split("_")[0])
            if language:
                break
        written = self.desk.clients.create(
            family_name=family,
            given_name=given,
            name_local=local,
            name_romanised=latin,
            title=card.prefix,
            language=language,
            phones=phones,
            emails=emails,
            source="vcard",
        )
        client = written.value
        if card.birthday is not None:
            try:
                self.desk.dates.add(
                    client.id,
                    DateKind.BIRTHDAY,
                    month=card.birthday.month,
                    day=card.birthday.day,
                    year=card.birthday.year,
                )
            except DomainError as exc:  # a birthday in the future, say
                left_out.append(exc)
        return client.id, written.changes.notices, left_out

    # --- the book ------------------------------------------------------------------

    def book_rows(
        self,
        advisor: uuid.UUID | str | None = None,
        *,
        lang: str | None = None,
        segment: str | None = None,
        query: str | None = None,
        for_marketing: bool = False,
    ) -> BookExport:
        """The advisor's book (default: the person signed in) as a header row in `lang`
        and one row per client: dates as dates, times in the store's time zone, and the
        client's marketing consent in force. `segment` and `query` (a search, as typed
        in the search box) narrow it to a filtered list. `for_marketing` is a list to
        contact for marketing: only clients who agreed to it, and of their phone and
        e-mail only those on a channel they agreed to."""
        lang = lang or self.desk.lang
        if advisor is None:
            advisor = self.desk.acting_staff_id
        if advisor is None:
            raise ValidationError("export.no_advisor", field="advisor")
        rows = self.desk.books.book(advisor)
        if segment:
            wanted = segment.strip().lower()
            rows = [r for r in rows if (r.summary.segment or "").lower() == wanted]
        if query and query.strip():
            found = {c.id for c in self.desk.clients.search(query, limit=10_000)}
            rows = [r for r in rows if r.summary.id in found]
        ids = [r.summary.id for r in rows]
        with reading(self.desk) as s:
            person = staff_row(s, advisor)
            zone = s.scalar(
                select(m.Store.timezone).where(
                    m.Store.id == (person.store_id or self.desk.home_store_id)
                )
            )
            erased = set(
                s.scalars(
                    select(m.Client.id).where(m.Client.id.in_(ids), m.Client.erased_at.is_not(None))
                )
            )
            birthdays: dict[uuid.UUID, str] = {}
            for client_id, month, day, year in s.execute(
                select(
                    m.ImportantDate.client_id,
                    m.ImportantDate.month,
                    m.ImportantDate.day,
                    m.ImportantDate.year,
                ).where(
                    m.ImportantDate.client_id.in_(ids),
                    m.ImportantDate.kind == DateKind.BIRTHDAY,
                    m.ImportantDate.relationship_id.is_(None),
                    m.ImportantDate.deleted.is_(False),
                )
            ):
                birthdays.setdefault(
                    client_id,
                    f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}",
                )
            grants: dict[uuid.UUID, list[Grant]] = {}
            for c in s.scalars(
                select(m.Consent).where(m.Consent.client_id.in_(ids), m.Consent.deleted.is_(False))
            ):
                grants.setdefault(c.client_id, []).append(
                    Grant(
                        str(c.purpose),
                        str(c.channel) if c.channel else None,
                        c.granted,
                        c.recorded_at,
                    )
                )

        def local(value: dt.datetime | None) -> dt.datetime | None:
            if value is None:
                return None
            shown = in_store_time(value, zone) if zone else value.astimezone(dt.UTC)
            return shown.replace(tzinfo=None, microsecond=0)

        out: list[tuple[Cell, ...]] = []
        for row in rows:
            summary = row.summary
            if summary.id in erased:
                continue
            held = grants.get(summary.id, [])
            agreed = [c for c in MARKETING_CHANNELS if consent_rules.allowed(held, "marketing", c)]
            phone, email = summary.phone, summary.email
            if for_marketing:
                if not agreed:
                    continue
                phone = phone if any(c in agreed for c in PHONE_CHANNELS) else ""
                email = email if "email" in agreed else ""
            out.append(
                (
                    summary.display_name,
                    summary.name_local,
                    phone,
                    email,
                    render(f"segment.{summary.segment}", lang) if summary.segment else "",
                    summary.home_store_code,
                    summary.language,
                    birthdays.get(summary.id, ""),
                    row.since,
                    local(row.last_contact),
                    local(row.next_appointment),
                    _marketing_words(held, agreed, lang),
                )
            )
        headers = tuple(render(f"export.column.{c}", lang) for c in BOOK_COLUMNS)
        audit.record(
            self.desk,
            "export_book",
            "staff",
            person.id,
            rows=len(out),
            segment=segment or "",
            query=query or "",
            for_marketing=for_marketing,
        )
        return BookExport(headers, tuple(out))

    def write_book(
        self,
        path: str | Path,
        fmt: str,
        advisor: uuid.UUID | str | None = None,
        *,
        lang: str | None = None,
        segment: str | None = None,
        query: str | None = None,
        for_marketing: bool = False,
    ) -> Path:
        """The book (or the list `segment`, `query` and `for_marketing` make of it, as
        `book_rows` says) written to `path` as CSV (UTF-8 with a BOM, so Excel reads
        Chinese) or XLSX (frozen header row, set column widths)."""
        fmt = _format(fmt)
        book = self.book_rows(
            advisor, lang=lang, segment=segment, query=query, for_marketing=for_marketing
        )
        return save_book(book, path, fmt)


def _marketing_words(held: list[Grant], agreed: list[str], lang: str) -> str:
    """The marketing consent in force, in words: the channels agreed to, "withdrawn",
    or "not asked" when the client never decided."""
    if agreed:
        if len(agreed) == len(MARKETING_CHANNELS):
            return render("export.consent.every_channel", lang)
        names = ", ".join(render(f"channel.{c}", lang) for c in agreed)
        return render("export.consent.channels", lang, channels=names)
    if any(g.purpose == "marketing" for g in held):
        return render("export.consent.withdrawn", lang)
    return render("export.consent.not_asked", lang)


def _format(fmt: str) -> str:
    fmt = fmt.strip().lower()
    if fmt not in BOOK_FORMATS:
        raise ValidationError("export.format_unknown", value=fmt, formats=", ".join(BOOK_FORMATS))
    return fmt


def save_book(book: BookExport, path: str | Path, fmt: str) -> Path:
    """`book` written to `path` as `fmt` (csv or xlsx), whole or not at all: written
    beside it first and moved into place, so a full disk or a pulled USB stick leaves
    no half file and an earlier export of the same name as it was."""
    import os
    import tempfile

    fmt = _format(fmt)
    target = Path(path)
    scratch: str | None = None
    try:
        handle, scratch = tempfile.mkstemp(
            prefix=".export-", suffix="." + fmt, dir=target.parent or None
        )
        os.close(handle)
        if fmt == "csv":
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\r\n")
            writer.writerow(book.headers)
            writer.writerows([_text(c) for c in row] for row in book.rows)
            Path(scratch).write_text(buffer.getvalue(), encoding="utf-8-sig", newline="")
        else:
            _write_xlsx(Path(scratch), book)
        os.replace(scratch, target)
        scratch = None
    except OSError as exc:
        raise ValidationError(
            "export.unwritable", field="path", path=str(target), reason=exc.strerror or str(exc)
        ) from None
    finally:
        if scratch is not None:
            Path(scratch).unlink(missing_ok=True)
    return target


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return cell.strftime("%Y-%m-%d %H:%M")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return cell


def _write_xlsx(target: Path, book: BookExport) -> None:
    # Loaded when a workbook is written; openpyxl ships no type hints.
    from openpyxl import Workbook  # type: ignore[import-untyped]
    from openpyxl.styles import Font  # type: ignore[import-untyped]
    from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(book.headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in book.rows:
        sheet.append(list(row))
    sheet.freeze_panes = "A2"
    for index, column in enumerate(BOOK_COLUMNS, start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = _WIDTHS.get(column, 14)
        for cell in sheet[letter][1:]:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    workbook.save(target)


__all__ = [
    "BOOK_COLUMNS",
    "BookExport",
    "CardImported",
    "CardRefused",
    "ExportService",
    "VCardImport",
    "save_book",
]
