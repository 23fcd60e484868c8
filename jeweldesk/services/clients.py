"""Clients: create, update and validate; contact points; search; the whole profile."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, func, or_, select
from sqlalchemy.orm import Session

from jeweldesk.domain.contacts import (
    format_phone,
    normalise_email,
    normalise_handle,
    normalise_phone,
)
from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.ids import parse_id
from jeweldesk.domain.messages import LANGUAGES, Ref
from jeweldesk.domain.names import (
    clean,
    display_name,
    halfwidth,
    has_cjk,
    romanise_chinese,
    split_chinese_name,
)
from jeweldesk.domain.vocab import ROLES_SEEING_SENSITIVE, Channel, ContactKind, NameOrder
from jeweldesk.services import audit
from jeweldesk.services.base import Work, Written, freeze, now_utc, reading, unit_of_work
from jeweldesk.services.records import ClientRecord, ContactPointRecord
from jeweldesk.services.views import ClientProfile, ClientSummary, PieceInBox, PurchaseWithLines
from jeweldesk.storage import models as m
from jeweldesk.storage import search as search_index

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

NAME_LIMIT = 100
CLIENT_LANGUAGES = (*LANGUAGES, "fr", "de", "it", "es", "ja", "ko", "ar", "ru", "pt")
EDITABLE = {
    "title",
    "family_name",
    "given_name",
    "name_local",
    "name_romanised",
    "greeting_name",
    "gender",
    "language",
    "preferred_channel",
    "contact_hours",
    "photo_path",
    "source",
}


def client_row(session: Session, client_id: uuid.UUID | str, *, for_edit: bool = False) -> m.Client:
    try:
        key = parse_id(client_id)
    except ValueError:
        raise ValidationError("id.invalid", value=str(client_id)) from None
    row = session.get(m.Client, key)
    if row is None or row.deleted:
        raise NotFound("client.not_found")
    if for_edit and row.erased_at is not None:
        raise ValidationError("client.erased")
    return row


def _names(fields: Mapping[str, Any]) -> dict[str, str]:
    """Clean the name fields and fill what can be derived: a Chinese name typed whole
    is split into family and given names and romanised in pinyin."""
    # Full-width Latin (Ｃｌａｉｒｅ, from a Chinese input method) is the ordinary letters:
    # search and sorting would otherwise never find it.
    out = {
        k: clean(halfwidth(fields.get(k) or ""))
        for k in (
            "family_name",
            "given_name",
            "name_local",
            "name_romanised",
            "greeting_name",
            "title",
        )
    }
    for key in ("family_name", "given_name", "name_local", "name_romanised", "greeting_name"):
        if len(out[key]) > NAME_LIMIT:
            raise ValidationError("client.name_too_long", field=key, limit=NAME_LIMIT)
    if not (out["family_name"] or out["given_name"] or out["name_local"] or out["name_romanised"]):
        raise ValidationError("client.name_required", field="name")
    if (
        out["name_local"]
        and has_cjk(out["name_local"])
        and not (out["family_name"] or out["given_name"])
    ):
        out["family_name"], out["given_name"] = split_chinese_name(out["name_local"])
    if not out["name_local"] and has_cjk(out["family_name"] + out["given_name"]):
        out["name_local"] = out["family_name"] + out["given_name"]
    if not out["name_romanised"] and has_cjk(out["family_name"] + out["given_name"]):
        out["name_romanised"] = romanise_chinese(out["family_name"], out["given_name"])
    return out


def _clock(text: str) -> dt.time:
    """'10:00', '9:30', '10' (a whole hour) → time."""
    text = text.strip()
    return dt.time(int(text)) if text.isdigit() else dt.time.fromisoformat(text.zfill(5))


def _contact_hours(
    value: str | tuple[dt.time, dt.time] | None,
) -> tuple[dt.time | None, dt.time | None]:
    if value in (None, "", ()):
        return None, None
    try:
        if isinstance(value, str):
            # 10:00–19:00, 10：00～19：00 (a Chinese input method), 10点至19点, 10-19.
            text = halfwidth(value).replace("点", "").replace("點", "")
            for dash in ("–", "—", "~", "至", "到"):
                text = text.replace(dash, "-")
            start_text, end_text = text.split("-")
            start, end = _clock(start_text), _clock(end_text)
        else:
            start, end = value
    except (ValueError, TypeError):
        raise ValidationError("client.contact_hours", field="contact_hours") from None
    if not isinstance(start, dt.time) or not isinstance(end, dt.time) or start == end:
        raise ValidationError("client.contact_hours", field="contact_hours")
    return start, end


def _language(value: str | None, default: str) -> str:
    if not value:
        return default
    # 'zh-cn' and 'zh_CN' are the same language; a code is matched case-blind.
    known = {code.lower(): code for code in CLIENT_LANGUAGES}
    code = known.get(value.strip().replace("-", "_").lower())
    if code is None:
        raise ValidationError("client.language", field="language")
    return code


def _channel(value: object) -> Channel | None:
    if value in (None, ""):
        return None
    try:
        return Channel(str(value).strip().lower())
    except ValueError:
        raise ValidationError(
            "client.channel", field="preferred_channel", value=str(value)
        ) from None


def normalise_contact(kind: ContactKind | str, value: str, region: str) -> tuple[ContactKind, str]:
    try:
        kind = ContactKind(str(kind).strip().lower())
    except ValueError:
        raise ValidationError("contact.kind", field="kind", value=str(kind)) from None
    if (
        kind is ContactKind.PHONE
        or kind is ContactKind.WHATSAPP
        and value.strip()[:1] in "+0123456789"
    ):
        return kind, normalise_phone(value, region)
    if kind is ContactKind.EMAIL:
        return kind, normalise_email(value)
    if kind is ContactKind.ADDRESS:
        if not clean(value):
            raise ValidationError(
                "contact.empty", field="address", kind=Ref("contact_kind.address")
            )
        return kind, clean(value)
    return kind, normalise_handle(value).lower()


class ClientService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # --- writing -----------------------------------------------------------------

    def create(
        self,
        *,
        family_name: str = "",
        given_name: str = "",
        name_local: str = "",
        name_romanised: str = "",
        greeting_name: str = "",
        title: str = "",
        gender: str = "",
        language: str | None = None,
        preferred_channel: Channel | str | None = None,
        contact_hours: str | tuple[dt.time, dt.time] | None = None,
        phones: Sequence[str] = (),
        emails: Sequence[str] = (),
        handles: dict[str, str] | None = None,
        home_store_id: uuid.UUID | None = None,
        source: str = "",
    ) -> Written[ClientRecord]:
        """Create a client. Every field is validated before anything is written; a
        likely duplicate (same phone, e-mail or name) is reported as a notice, not
        refused: the advisor decides."""
        names = _names(locals())
        store_id = home_store_id or self.desk.home_store_id
        with unit_of_work(self.desk) as work:
            session = work.session
            store = session.get(m.Store, store_id)
            if store is None:
                raise NotFound("store.not_found", value=str(store_id))
            typed: list[tuple[ContactKind | str, str]] = [(ContactKind.PHONE, p) for p in phones]
            typed += [(ContactKind.EMAIL, e) for e in emails]
            typed += list((handles or {}).items())
            contacts = list(
                {
                    # The same number typed twice ('138…' and '+86 138…') is one contact.
                    (normal := normalise_contact(kind, value, store.country)): (
                        *normal,
                        clean(value),
                    )
                    for kind, value in typed
                    if value and value.strip()
                }.values()
            )
            start, end = _contact_hours(contact_hours)
            default_language = (
                "zh_CN"
                if store.country == "CN"
                else "zh_TW"
                if store.country in ("HK", "TW", "MO")
                else "en"
            )
            client = m.Client(
                home_store_id=store.id,
                name_order=NameOrder.FAMILY_FIRST
                if has_cjk(names["family_name"] + names["name_local"])
                else NameOrder.GIVEN_FIRST,
                gender=clean(gender),
                language=_language(language, default_language),
                preferred_channel=_channel(preferred_channel),
                contact_hours_start=start,
                contact_hours_end=end,
                source=clean(source),
                created_at=now_utc(),
                created_by_id=self.desk.acting_staff_id,
                **names,
            )
            session.add(client)
            session.flush()
            self._report_duplicates(work, client, [(k, n) for k, n, _ in contacts])
            kinds_seen: set[ContactKind] = set()
            for kind, normalised, original in contacts:
                session.add(
                    m.ContactPoint(
                        client_id=client.id,
                        kind=kind,
                        value=original,
                        normalised=normalised,
                        is_primary=kind not in kinds_seen,
                    )
                )
                kinds_seen.add(kind)
        return Written(freeze(client), work.changes)

    def _report_duplicates(
        self, work: Work, client: m.Client, contacts: list[tuple[ContactKind, str]]
    ) -> None:
        session = work.session
        found: dict[uuid.UUID, set[str]] = defaultdict(set)
        normals = [n for _, n in contacts]
        if normals:
            for cid, kind in session.execute(
                select(m.ContactPoint.client_id, m.ContactPoint.kind)
                .join(m.Client, m.Client.id == m.ContactPoint.client_id)
                .where(
                    m.ContactPoint.normalised.in_(normals),
                    m.ContactPoint.deleted.is_(False),
                    m.Client.deleted.is_(False),
                    m.Client.id != client.id,
                )
            ):
                found[cid].add("email" if kind == ContactKind.EMAIL else "phone")
        name_match = []
        if client.name_local and has_cjk(client.name_local):
            name_match.append(m.Client.name_local == client.name_local)
        if client.family_name and client.given_name:
            name_match.append(
                (func.lower(m.Client.family_name) == client.family_name.lower())
                & (func.lower(m.Client.given_name) == client.given_name.lower())
            )
        if name_match:
            for (cid,) in session.execute(
                select(m.Client.id)
                .where(or_(*name_match), m.Client.deleted.is_(False), m.Client.id != client.id)
                .limit(5)
            ):
                found[cid].add("name")
        if not found:
            return
        summaries = summarise(session, list(found)[:5])
        names = ", ".join(s.display_name for s in summaries)
        reason = tuple(
            Ref(f"duplicate.reason.{r}") for r in sorted({r for rs in found.values() for r in rs})
        )
        work.notice(
            "client.possible_duplicate",
            names=names,
            reason=reason,
            client_ids=[str(s.id) for s in summaries],
        )

    def update(self, client_id: uuid.UUID, **fields: Any) -> Written[ClientRecord]:
        """Change profile fields. Unknown fields are refused; names are validated
        together so a client is never left nameless."""
        unknown = set(fields) - EDITABLE
        if unknown:
            raise ValidationError("client.unknown_field", value=", ".join(sorted(unknown)))
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            name_keys = {
                "family_name",
                "given_name",
                "name_local",
                "name_romanised",
                "greeting_name",
                "title",
            }
            if name_keys & set(fields):
                current = {k: getattr(client, k) for k in name_keys}
                current.update({k: v for k, v in fields.items() if k in name_keys})
                if (
                    "name_local" in fields
                    and "name_romanised" not in fields
                    and has_cjk(fields["name_local"] or "")
                ):
                    current["name_romanised"] = ""
                    if not ({"family_name", "given_name"} & set(fields)):
                        current["family_name"] = current["given_name"] = ""
                for key, value in _names(current).items():
                    if getattr(client, key) != value:
                        setattr(client, key, value)
            if "language" in fields:
                client.language = _language(fields["language"], client.language)
            if "preferred_channel" in fields:
                client.preferred_channel = _channel(fields["preferred_channel"])
            if "contact_hours" in fields:
                client.contact_hours_start, client.contact_hours_end = _contact_hours(
                    fields["contact_hours"]
                )
            for key in ("gender", "photo_path", "source"):
                if key in fields:
                    setattr(client, key, clean(fields[key]))
        return Written(freeze(client), work.changes)

    def add_contact(
        self,
        client_id: uuid.UUID,
        kind: ContactKind | str,
        value: str,
        *,
        label: str = "",
        primary: bool = False,
    ) -> Written[ContactPointRecord]:
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            store = work.session.get(m.Store, client.home_store_id)
            kind, normal = normalise_contact(kind, value, store.country if store else "")
            others = work.session.scalars(
                select(m.ContactPoint).where(
                    m.ContactPoint.client_id == client.id,
                    m.ContactPoint.kind == kind,
                    m.ContactPoint.deleted.is_(False),
                )
            ).all()
            # Already on file (a second tap on Add, or the number typed another way): kept once.
            contact = next((o for o in others if o.normalised == normal), None)
            if primary:
                for other in others:
                    other.is_primary = other is contact
            if contact is None:
                contact = m.ContactPoint(
                    client_id=client.id,
                    kind=kind,
                    value=clean(value),
                    normalised=normal,
                    label=clean(label),
                    is_primary=primary or not others,
                )
                work.session.add(contact)
        return Written(freeze(contact), work.changes)

    def remove_contact(self, contact_id: uuid.UUID) -> Written[ContactPointRecord]:
        with unit_of_work(self.desk) as work:
            contact = work.session.get(m.ContactPoint, contact_id)
            if contact is None or contact.deleted:
                raise NotFound("client.not_found")
            contact.deleted = True
        return Written(freeze(contact), work.changes)

    # --- reading -----------------------------------------------------------------

    def get(self, client_id: uuid.UUID | str) -> ClientRecord:
        with reading(self.desk) as s:
            return freeze(client_row(s, client_id))

    def summaries(self, client_ids: Iterable[uuid.UUID]) -> list[ClientSummary]:
        with reading(self.desk) as s:
            return summarise(s, list(client_ids))

    def search(self, query: str, limit: int = 30) -> list[ClientSummary]:
        """The one search box: names in any script, pinyin and initials, phone (any
        format, or its last digits), e-mail, certificate or lab report number. Best
        match first."""
        with reading(self.desk) as s:
            region = (
                s.scalar(select(m.Store.country).where(m.Store.id == self.desk.home_store_id))
                or "CN"
            )
            hexes = search_index.search_client_ids(
                s.connection(), query, limit=limit, region=region
            )
            return summarise(s, [uuid.UUID(hex=h) for h in hexes])

    def profile(
        self, client_id: uuid.UUID | str, *, include_sensitive: bool | None = None
    ) -> ClientProfile:
        """The whole record. Sensitive notes are shown to their author, store managers
        and head office (or when `include_sensitive` is set by an audited caller)."""
        from jeweldesk.services.profile_loader import load_profile

        with reading(self.desk) as s:
            client = client_row(s, client_id)
            if include_sensitive is None:
                include_sensitive = self._sees_sensitive(s)
            profile = load_profile(s, client, include_sensitive, self.desk.acting_staff_id)
        shown = [
            n.id for n in profile.notes if n.sensitive and n.author_id != self.desk.acting_staff_id
        ]
        if shown:
            audit.record(
                self.desk, "read_sensitive_notes", "clients", profile.client.id, notes=len(shown)
            )
        return profile

    def _sees_sensitive(self, session: Session) -> bool:
        if self.desk.acting_staff_id is None:
            return False
        person = session.get(m.Staff, self.desk.acting_staff_id)
        return person is not None and person.role in ROLES_SEEING_SENSITIVE

    def count(self) -> int:
        with reading(self.desk) as s:
            return (
                s.scalar(
                    select(func.count()).select_from(m.Client).where(m.Client.deleted.is_(False))
                )
                or 0
            )


def summarise(session: Session, ids: list[uuid.UUID]) -> list[ClientSummary]:
    """Summaries in the order of `ids`, in two column-only queries whatever their number
    (search calls this on every keystroke: no ORM objects)."""
    if not ids:
        return []
    c, p = m.Client.__table__.c, m.ContactPoint.__table__.c
    rows: dict[uuid.UUID, Row[*tuple[Any, ...]]] = {}
    contacts: dict[uuid.UUID, dict[str, str]] = defaultdict(dict)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        for found in session.execute(
            select(
                c.id,
                c.family_name,
                c.given_name,
                c.name_local,
                c.name_romanised,
                c.name_order,
                c.segment,
                c.language,
                m.Store.__table__.c.code,
            )
            .join(m.Store.__table__, m.Store.__table__.c.id == c.home_store_id)
            .where(c.id.in_(chunk))
        ):
            rows[found.id] = found
        for client_id, kind, normalised in session.execute(
            select(p.client_id, p.kind, p.normalised)
            .where(p.client_id.in_(chunk), p.deleted.is_(False), p.kind.in_(("phone", "email")))
            .order_by(p.is_primary.desc())
        ):
            contacts[client_id].setdefault(
                str(kind.value if hasattr(kind, "value") else kind), normalised
            )
    out = []
    for cid in ids:
        row = rows.get(cid)
        if row is None:
            continue
        phone = contacts[cid].get("phone", "")
        out.append(
            ClientSummary(
                id=row.id,
                display_name=display_name(
                    family=row.family_name,
                    given=row.given_name,
                    name_local=row.name_local,
                    romanised=row.name_romanised,
                    given_first=row.name_order == NameOrder.GIVEN_FIRST,
                ),
                name_local=row.name_local,
                phone=format_phone(phone) if phone else "",
                email=contacts[cid].get("email", ""),
                segment=row.segment,
                home_store_code=row.code,
                language=row.language,
            )
        )
    return out


__all__ = ["ClientService", "PieceInBox", "PurchaseWithLines", "client_row", "summarise"]
