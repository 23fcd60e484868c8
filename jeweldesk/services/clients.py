"""Clients: create, update and validate; contact points; search; the whole profile."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
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
from jeweldesk.domain.vocab import (
    ROLES_SEEING_SENSITIVE,
    Channel,
    ContactKind,
    DateKind,
    NameOrder,
    Role,
)
from jeweldesk.services import audit
from jeweldesk.services.base import Work, Written, freeze, now_utc, reading, unit_of_work
from jeweldesk.services.client_duplicates import LikelyDuplicate
from jeweldesk.services.client_duplicates import find as find_duplicates
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
# Besides the profile's own columns, `update` takes these: the client's own birthday
# (an important date) and the home store, which only a manager or head office moves.
IDENTITY = {"birthday", "home_store_id"}
ROLES_MOVING_CLIENTS = (Role.STORE_MANAGER, Role.HEAD_OFFICE)
EXTENSION_LIMIT = 8  # digits: contact_points.extension holds 12 characters
_EXTENSION_WORDS = ("extension", "ext.", "ext", "x", "#", "转", "轉", "分机", "分機")


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


def extension_of(value: str, region: str, typed: str = "") -> str:
    """A phone's extension, digits only: `typed` in its own field ('204', 'ext. 204',
    '转204'), else what follows the number ('021 6123 4567 ext. 204'). Anything else
    there is refused rather than dropped."""
    text = halfwidth(typed or "").strip().lower()
    if text:
        for word in _EXTENSION_WORDS:
            if text.startswith(word):
                text = text[len(word) :].strip()
                break
        if not text.isdigit() or len(text) > EXTENSION_LIMIT:
            raise ValidationError("contact.extension", field="extension", value=typed)
        return text
    import phonenumbers

    try:
        number = phonenumbers.parse(halfwidth(value or "").strip(), region.upper() or None)
    except phonenumbers.NumberParseException:
        return ""
    extension = number.extension or ""
    if len(extension) > EXTENSION_LIMIT:
        raise ValidationError("contact.extension", field="extension", value=extension)
    return extension


def shown_phone(e164: str, region: str) -> str:
    """How a stored number reads at this store: in the store's national format when it
    is a number of the store's country ('138 1234 5678' in Shanghai), international
    otherwise ('+852 9123 4567')."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    if region and phonenumbers.region_code_for_number(number) == region.upper():
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _birthday(value: object, region: str) -> tuple[int, int, int | None] | None:
    """(month, day, year or None) from a date or what an advisor types ('1988-02-29',
    '1990年5月1日', '05-01'); None or '' clears it. A birthday still to come, or a day
    that does not exist, is refused."""
    from jeweldesk.imports.values import day_of_year
    from jeweldesk.services.profile import _check_day

    if value in (None, ""):
        return None
    if isinstance(value, tuple):
        month, day, year = value
    else:
        if not isinstance(value, dt.date | str):
            raise ValidationError("import.date_invalid", field="birthday", value=str(value))
        try:
            found = day_of_year(value, region)
        except ValidationError:
            raise ValidationError(
                "import.date_invalid", field="birthday", value=str(value)
            ) from None
        month, day, year = found.month, found.day, found.year
    try:
        return _check_day(DateKind.BIRTHDAY, month, day, year)
    except ValidationError as refused:
        raise ValidationError(refused.key, field="birthday", **refused.params) from None


def _set_birthday(
    session: Session, client: m.Client, born: tuple[int, int, int | None] | None
) -> None:
    """The client's own birthday: one important date of kind birthday, changed in place
    (its lead time kept), added, or removed when `born` is None."""
    from jeweldesk.domain.vocab import DEFAULT_LEAD_DAYS

    rows = session.scalars(
        select(m.ImportantDate).where(
            m.ImportantDate.client_id == client.id,
            m.ImportantDate.relationship_id.is_(None),
            m.ImportantDate.kind == DateKind.BIRTHDAY,
            m.ImportantDate.deleted.is_(False),
        )
    ).all()
    if born is None:
        for row in rows:
            row.deleted = True
        return
    month, day, year = born
    if not rows:
        session.add(
            m.ImportantDate(
                client_id=client.id,
                kind=DateKind.BIRTHDAY,
                month=month,
                day=day,
                year=year,
                label="",
                lead_days=DEFAULT_LEAD_DAYS[DateKind.BIRTHDAY],
                recurring=True,
            )
        )
        return
    first, *extra = rows
    for key, wanted in (("month", month), ("day", day), ("year", year)):
        if getattr(first, key) != wanted:
            setattr(first, key, wanted)
    for row in extra:  # two birthdays (typed on two devices): the one kept is the edit
        row.deleted = True


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """A contact to add, as typed: `kind` (phone, email, wechat…), its value, a label
    ('office'), an extension for a phone, and whether it becomes the primary."""

    kind: ContactKind | str
    value: str
    label: str = ""
    extension: str = ""
    primary: bool = False


def _check_fields(fields: Mapping[str, Any]) -> None:
    unknown = set(fields) - EDITABLE - IDENTITY
    if unknown:
        raise ValidationError("client.unknown_field", value=", ".join(sorted(unknown)))


def _is_phone(kind: ContactKind, normalised: str) -> bool:
    return kind is ContactKind.PHONE or (kind is ContactKind.WHATSAPP and normalised[:1] == "+")


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
        birthday: dt.date | str | None = None,
    ) -> Written[ClientRecord]:
        """Create a client. Every field is validated before anything is written; a
        likely duplicate (same phone, e-mail or name) is reported as a notice, not
        refused: the advisor decides. A phone may carry its extension ('021 6123 4567
        ext. 204'); `birthday` is a date, '1988-02-29' or '05-01' (no year)."""
        names = _names(locals())
        store_id = home_store_id or self.desk.home_store_id
        with unit_of_work(self.desk) as work:
            session = work.session
            store = session.get(m.Store, store_id)
            if store is None:
                raise NotFound("store.not_found", value=str(store_id))
            if store_id != self.desk.home_store_id:
                self._may_move_clients(session)
            born = _birthday(birthday, store.country)
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
                        extension=extension_of(original, store.country)
                        if _is_phone(kind, normalised)
                        else "",
                        is_primary=kind not in kinds_seen,
                    )
                )
                kinds_seen.add(kind)
            if born is not None:
                _set_birthday(session, client, born)
        return Written(freeze(client), work.changes)

    def likely_duplicates(
        self,
        *,
        name: str = "",
        phone: str = "",
        email: str = "",
        exclude: uuid.UUID | None = None,
    ) -> list[LikelyDuplicate]:
        """Clients already on file who may be the person being typed in: the same phone
        (in any format), e-mail, or name in any script (陳嘉欣 is 陈嘉欣 is Chen Jiaxin).
        Reads only; the New-client dialog asks it as the advisor types."""
        with reading(self.desk) as s:
            found = find_duplicates(
                s,
                region=self._region(s),
                name=name,
                phone=phone,
                email=email,
                exclude=(exclude,) if exclude else (),
            )
            summaries = {x.id: x for x in summarise(s, [cid for cid, _ in found])}
        return [
            LikelyDuplicate(summaries[cid], reasons) for cid, reasons in found if cid in summaries
        ]

    def region(self) -> str:
        """This store's country ('CN'): how a phone typed without a country code is read
        and how a stored one is shown."""
        with reading(self.desk) as s:
            return self._region(s)

    def _region(self, session: Session) -> str:
        return (
            session.scalar(select(m.Store.country).where(m.Store.id == self.desk.home_store_id))
            or ""
        )

    def _may_move_clients(self, session: Session) -> None:
        person = (
            session.get(m.Staff, self.desk.acting_staff_id)
            if self.desk.acting_staff_id is not None
            else None
        )
        if person is None or person.role not in ROLES_MOVING_CLIENTS:
            raise ValidationError("client.home_store_not_allowed", field="home_store_id")

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
        _check_fields(fields)
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            self._apply(work, client, fields)
        return Written(freeze(client), work.changes)

    def edit(
        self,
        client_id: uuid.UUID | str,
        fields: Mapping[str, Any] | None = None,
        *,
        add_contacts: Sequence[ContactDraft] = (),
        remove_contacts: Sequence[uuid.UUID | str] = (),
        primary: uuid.UUID | str | None = None,
    ) -> Written[ClientRecord]:
        """Identity fields (as `update`) and contacts (added, removed, made primary)
        changed in one transaction: everything is written, or, on any refusal, nothing.
        The command line's `clients edit`."""
        fields = dict(fields or {})
        _check_fields(fields)
        if not (fields or add_contacts or remove_contacts or primary):
            raise ValidationError("client.nothing_to_change")
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            self._apply(work, client, fields)
            for contact_id in remove_contacts:
                self._remove(work, self._contact_of(work.session, client, contact_id))
            for draft in add_contacts:
                self._add(work, client, draft)
            if primary is not None:
                self._make_primary(work, self._contact_of(work.session, client, primary))
        return Written(freeze(client), work.changes)

    def _contact_of(
        self, session: Session, client: m.Client, contact_id: uuid.UUID | str
    ) -> m.ContactPoint:
        contact = self._contact_row(session, contact_id)
        if contact.client_id != client.id:
            raise NotFound("contact.not_found")
        return contact

    def _apply(self, work: Work, client: m.Client, fields: Mapping[str, Any]) -> None:
        if "birthday" in fields:
            store = work.session.get(m.Store, client.home_store_id)
            born = _birthday(fields["birthday"], store.country if store else "")
            _set_birthday(work.session, client, born)
        if "home_store_id" in fields:
            self._move_home_store(work, client, fields["home_store_id"])
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
            if (
                "name_local" in fields
                and not ({"family_name", "given_name"} & set(fields))
                and has_cjk(fields["name_local"] or "")
                and client.family_name + client.given_name == client.name_local
            ):
                # The family and given names were split from the old Chinese name:
                # split them from the corrected one (黃美玲 is 黃, 美玲).
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

    def _move_home_store(self, work: Work, client: m.Client, store_id: object) -> None:
        try:
            key = store_id if isinstance(store_id, uuid.UUID) else parse_id(str(store_id))
        except ValueError:
            raise ValidationError(
                "store.not_found", field="home_store_id", value=str(store_id)
            ) from None
        if key == client.home_store_id:
            return
        self._may_move_clients(work.session)
        store = work.session.get(m.Store, key)
        if store is None:
            raise ValidationError("store.not_found", field="home_store_id", value=str(store_id))
        before = client.home_store_id
        client.home_store_id = store.id
        work.session.add(
            m.AuditEntry(
                at=now_utc(),
                staff_id=self.desk.acting_staff_id,
                store_id=self.desk.home_store_id,
                action="move_home_store",
                entity="clients",
                entity_id=client.id,
                detail={"from": str(before), "to": str(store.id)},
            )
        )

    def add_contact(
        self,
        client_id: uuid.UUID,
        kind: ContactKind | str,
        value: str,
        *,
        label: str = "",
        primary: bool = False,
        extension: str = "",
    ) -> Written[ContactPointRecord]:
        """Add a phone, e-mail, address or handle. A contact already on this client (the
        number typed another way) is kept once, and the write says so
        (`contact.already_on_client`); one on another client is added, with a notice
        naming them (`contact.belongs_to_other`): a couple may share a home number."""
        draft = ContactDraft(kind, value, label=label, extension=extension, primary=primary)
        with unit_of_work(self.desk) as work:
            client = client_row(work.session, client_id, for_edit=True)
            contact = self._add(work, client, draft)
        return Written(freeze(contact), work.changes)

    def _add(self, work: Work, client: m.Client, draft: ContactDraft) -> m.ContactPoint:
        store = work.session.get(m.Store, client.home_store_id)
        region = store.country if store else ""
        kind, normal = normalise_contact(draft.kind, draft.value, region)
        value = draft.value
        ext = extension_of(value, region, draft.extension) if _is_phone(kind, normal) else ""
        others = self._contacts_of(work.session, client.id, kind)
        # Already on file (a second tap on Add, or the number typed another way): kept once.
        contact = next((o for o in others if o.normalised == normal), None)
        if draft.primary:
            for other in others:
                if other.is_primary != (other is contact):
                    other.is_primary = other is contact
        if contact is not None:
            work.notice("contact.already_on_client", value=contact.value)
            if ext and not contact.extension:
                contact.extension = ext
            return contact
        self._tell_if_elsewhere(work, client.id, kind, normal, value)
        contact = m.ContactPoint(
            client_id=client.id,
            kind=kind,
            value=clean(value),
            normalised=normal,
            label=clean(draft.label),
            extension=ext,
            is_primary=draft.primary or not others,
        )
        work.session.add(contact)
        work.session.flush()
        return contact

    def edit_contact(
        self,
        contact_id: uuid.UUID,
        *,
        value: str | None = None,
        label: str | None = None,
        extension: str | None = None,
    ) -> Written[ContactPointRecord]:
        """Correct a contact: its value (validated and normalised as when added), its
        label or its extension. A value that another of this client's contacts already
        holds is refused (`contact.duplicate_on_client`): remove one of them instead."""
        with unit_of_work(self.desk) as work:
            contact = self._contact_row(work.session, contact_id)
            client = client_row(work.session, contact.client_id, for_edit=True)
            store = work.session.get(m.Store, client.home_store_id)
            region = store.country if store else ""
            kind = ContactKind(contact.kind)
            if value is not None:
                kind, normal = normalise_contact(kind, value, region)
                if normal != contact.normalised:
                    if any(
                        o.normalised == normal and o.id != contact.id
                        for o in self._contacts_of(work.session, client.id, kind)
                    ):
                        raise ValidationError(
                            "contact.duplicate_on_client", field="value", value=clean(value)
                        )
                    self._tell_if_elsewhere(work, client.id, kind, normal, value)
                    contact.normalised = normal
                if clean(value) != contact.value:
                    contact.value = clean(value)
                if extension is None and _is_phone(kind, normal):
                    typed_ext = extension_of(value, region)
                    if typed_ext and typed_ext != contact.extension:
                        contact.extension = typed_ext
            if label is not None and clean(label) != contact.label:
                contact.label = clean(label)
            if extension is not None:
                ext = extension_of(contact.value, region, extension) if extension.strip() else ""
                if ext and not _is_phone(kind, contact.normalised):
                    raise ValidationError("contact.extension_not_phone", field="extension")
                if ext != contact.extension:
                    contact.extension = ext
        return Written(freeze(contact), work.changes)

    def make_primary(self, contact_id: uuid.UUID) -> Written[ContactPointRecord]:
        """Make this the client's first contact of its kind (the number dialled, the
        address written to); the one that was primary before stays, second."""
        with unit_of_work(self.desk) as work:
            contact = self._contact_row(work.session, contact_id)
            client_row(work.session, contact.client_id, for_edit=True)
            self._make_primary(work, contact)
        return Written(freeze(contact), work.changes)

    def _make_primary(self, work: Work, contact: m.ContactPoint) -> None:
        for other in self._contacts_of(work.session, contact.client_id, contact.kind):
            wanted = other.id == contact.id
            if other.is_primary != wanted:
                other.is_primary = wanted

    def remove_contact(self, contact_id: uuid.UUID) -> Written[ContactPointRecord]:
        """Remove a contact; when it was the primary of its kind, the next one becomes
        primary, so a client with a phone always has a number to dial."""
        with unit_of_work(self.desk) as work:
            contact = self._contact_row(work.session, contact_id)
            self._remove(work, contact)
        return Written(freeze(contact), work.changes)

    def _remove(self, work: Work, contact: m.ContactPoint) -> None:
        contact.deleted = True
        work.session.flush()
        if contact.is_primary:
            rest = self._contacts_of(work.session, contact.client_id, contact.kind)
            if rest and not any(o.is_primary for o in rest):
                rest[0].is_primary = True

    @staticmethod
    def _contact_row(session: Session, contact_id: uuid.UUID | str) -> m.ContactPoint:
        try:
            key = parse_id(contact_id)
        except ValueError:
            raise ValidationError("id.invalid", value=str(contact_id)) from None
        contact = session.get(m.ContactPoint, key)
        if contact is None or contact.deleted:
            raise NotFound("contact.not_found")
        return contact

    @staticmethod
    def _contacts_of(
        session: Session, client_id: uuid.UUID, kind: ContactKind | str
    ) -> list[m.ContactPoint]:
        return list(
            session.scalars(
                select(m.ContactPoint)
                .where(
                    m.ContactPoint.client_id == client_id,
                    m.ContactPoint.kind == kind,
                    m.ContactPoint.deleted.is_(False),
                )
                .order_by(m.ContactPoint.is_primary.desc(), m.ContactPoint.id)
            ).all()
        )

    @staticmethod
    def _tell_if_elsewhere(
        work: Work, client_id: uuid.UUID, kind: ContactKind, normal: str, value: str
    ) -> None:
        """A notice when another client already has this phone or e-mail."""
        if kind not in (ContactKind.PHONE, ContactKind.EMAIL, ContactKind.WHATSAPP):
            return
        other = work.session.scalar(
            select(m.ContactPoint.client_id)
            .join(m.Client, m.Client.id == m.ContactPoint.client_id)
            .where(
                m.ContactPoint.normalised == normal,
                m.ContactPoint.deleted.is_(False),
                m.ContactPoint.client_id != client_id,
                m.Client.deleted.is_(False),
                m.Client.erased_at.is_(None),
            )
            .limit(1)
        )
        if other is None:
            return
        name = next((x.display_name for x in summarise(work.session, [other])), "")
        work.notice("contact.belongs_to_other", value=clean(value), name=name, client_id=str(other))

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


__all__ = [
    "ClientService",
    "ContactDraft",
    "LikelyDuplicate",
    "PieceInBox",
    "PurchaseWithLines",
    "client_row",
    "summarise",
]
