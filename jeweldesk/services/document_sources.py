"""What each document prints, read from the records: owned pieces with their stones,
purchase lines, service jobs and appointments turned into `jeweldesk.documents.data`
values (in the store's time zone, in the document's language)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, overload
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from jeweldesk.documents import data as d
from jeweldesk.documents.texts import date as print_date
from jeweldesk.documents.texts import label, month_day, word
from jeweldesk.documents.texts import money as print_money
from jeweldesk.domain.errors import NotFound
from jeweldesk.domain.names import display_name, has_cjk
from jeweldesk.domain.vocab import NameOrder, PreferenceCategory
from jeweldesk.services.base import known_row
from jeweldesk.services.photos import subject_thumbnail
from jeweldesk.storage import models as m


def zone(store: m.Store) -> ZoneInfo:
    return ZoneInfo(store.timezone or "UTC")


@overload
def local(value: dt.datetime, store: m.Store) -> dt.datetime: ...
@overload
def local(value: dt.datetime | None, store: m.Store) -> dt.datetime | None: ...
def local(value: dt.datetime | None, store: m.Store) -> dt.datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone(zone(store))


def store_data(store: m.Store) -> d.StoreData:
    return d.StoreData(
        store.code, store.name, store.name_local, store.address, store.phone, store.timezone
    )


def staff_name(session: Session, staff_id: uuid.UUID | None, lang: str) -> str:
    person = session.get(m.Staff, staff_id) if staff_id else None
    if person is None:
        return ""
    if person.name_local and person.name_local != person.name:
        return (
            f"{person.name} {person.name_local}"
            if lang == "en"
            else f"{person.name_local} {person.name}"
        )
    return person.name


def client_name(client: m.Client) -> str:
    return display_name(
        family=client.family_name,
        given=client.given_name,
        name_local=client.name_local,
        romanised=client.name_romanised,
        given_first=client.name_order is NameOrder.GIVEN_FIRST,
    )


def client_names(client: m.Client) -> tuple[str, str]:
    """(the name in Latin letters, the name in its own script) for a document that orders
    them by its language: ("Wang Meiling", "王美玲"); ("Claire Dubois", "") when there is
    no second name to print. Read from the record's fields as `display_name` reads them,
    which prints the two together only when the local name is Chinese and romanised."""
    local = client.name_local or ""
    if has_cjk(local) and client.name_romanised and client.name_romanised.strip():
        return client.name_romanised.strip(), local
    return client_name(client), ""


def _photo(path: str, data_dir: Path) -> str:
    if not path:
        return ""
    p = Path(path)
    return str(p if p.is_absolute() else data_dir / p)


def _stone(s: m.Stone) -> d.StoneData:
    return d.StoneData(
        position=s.position,
        origin=s.origin.value,
        stone_type=s.stone_type,
        shape=s.shape,
        carat=s.carat,
        colour=s.colour,
        clarity=s.clarity,
        cut_grade=s.cut_grade,
        polish=s.polish,
        symmetry=s.symmetry,
        fluorescence=s.fluorescence,
        measurements=s.measurements,
        treatments=s.treatments,
        lab=s.lab,
        report_number=s.report_number,
        girdle_inscription=s.girdle_inscription,
        origin_country=s.origin_country,
    )


def owned_piece_data(session: Session, piece: m.OwnedPiece, data_dir: Path) -> d.PieceData:
    catalogue = session.get(m.CataloguePiece, piece.piece_id) if piece.piece_id else None
    stones = session.scalars(
        select(m.Stone)
        .where(m.Stone.owned_piece_id == piece.id, m.Stone.deleted.is_(False))
        .order_by(m.Stone.position)
    ).all()
    return d.PieceData(
        description=piece.description,
        description_local=catalogue.name_zh if catalogue else "",
        category=piece.category,
        sku=catalogue.sku if catalogue else "",
        serial=piece.serial,
        metal=piece.metal,
        fineness=piece.fineness,
        hallmark=piece.hallmark,
        total_weight_g=piece.total_weight_g,
        acquired_on=piece.acquired_on,
        value=piece.value,
        currency=piece.currency,
        provenance=piece.provenance,
        recycled_metal_pct=piece.recycled_metal_pct,
        photo=subject_thumbnail(session, data_dir, piece.id)
        or _photo(piece.photo_path or (catalogue.photo_path if catalogue else ""), data_dir)
        or subject_thumbnail(session, data_dir, catalogue.id if catalogue else None),
        stones=tuple(_stone(s) for s in stones),
    )


def line_piece_data(
    session: Session, line: m.PurchaseLine, purchase: m.Purchase, data_dir: Path
) -> d.PieceData:
    """A purchase line with no jewellery-box entry: what the catalogue knows."""
    catalogue = session.get(m.CataloguePiece, line.piece_id) if line.piece_id else None
    stones: tuple[d.StoneData, ...] = ()
    if catalogue and catalogue.main_stone:
        stones = (
            d.StoneData(
                position=1,
                origin=(catalogue.stone_origin.value if catalogue.stone_origin else "natural"),
                stone_type=catalogue.main_stone,
                shape=catalogue.cut,
                carat=catalogue.carat,
                colour=catalogue.colour,
                clarity=catalogue.clarity,
            ),
        )
    return d.PieceData(
        description=line.description,
        description_local=catalogue.name_zh if catalogue else "",
        category=catalogue.category if catalogue else "",
        sku=catalogue.sku if catalogue else "",
        serial=line.serial,
        metal=catalogue.metal if catalogue else "",
        fineness=catalogue.fineness if catalogue else "",
        acquired_on=purchase.purchased_at.date(),
        value=line.unit_price,
        currency=purchase.currency,
        photo=_photo(catalogue.photo_path if catalogue else "", data_dir)
        or subject_thumbnail(session, data_dir, catalogue.id if catalogue else None),
        stones=stones,
    )


def piece_subject(
    session: Session, subject_id: uuid.UUID, data_dir: Path
) -> tuple[str, m.Client, d.PieceData, dt.date | None]:
    """(subject table, client, piece, purchase date) for an owned piece or a purchase line."""
    owned = session.get(m.OwnedPiece, subject_id)
    if owned is not None and not owned.deleted:
        client = known_row(session, m.Client, owned.client_id)
        bought = owned.acquired_on
        if owned.purchase_line_id:
            line = session.get(m.PurchaseLine, owned.purchase_line_id)
            purchase = session.get(m.Purchase, line.purchase_id) if line else None
            bought = purchase.purchased_at.date() if purchase else bought
        return "owned_pieces", client, owned_piece_data(session, owned, data_dir), bought
    line = session.get(m.PurchaseLine, subject_id)
    if line is None or line.deleted:
        raise NotFound("document.subject_not_found")
    purchase = known_row(session, m.Purchase, line.purchase_id)
    client = known_row(session, m.Client, purchase.client_id)
    boxed = session.scalar(
        select(m.OwnedPiece).where(
            m.OwnedPiece.purchase_line_id == line.id, m.OwnedPiece.deleted.is_(False)
        )
    )
    piece = (
        owned_piece_data(session, boxed, data_dir)
        if boxed
        else line_piece_data(session, line, purchase, data_dir)
    )
    return "purchase_lines", client, piece, purchase.purchased_at.date()


def service_job_data(
    session: Session, job: m.ServiceJob, issue: d.Issue, store: m.Store, data_dir: Path
) -> d.ServiceJobData:
    client = known_row(session, m.Client, job.client_id)
    owned = session.get(m.OwnedPiece, job.owned_piece_id) if job.owned_piece_id else None
    piece = (
        owned_piece_data(session, owned, data_dir)
        if owned
        else d.PieceData(description=job.description)
    )
    name, name_local = client_names(client)
    return d.ServiceJobData(
        issue=issue,
        job_number=job.number,
        service_kind=job.kind.value,
        work=job.description,
        client_name=name,
        client_name_local=name_local,
        piece=piece,
        intake_condition=job.intake_condition,
        received_at=local(job.received_at, store),
        received_by=staff_name(session, job.received_by_id, issue.lang),
        estimate=job.estimate,
        currency=job.currency,
        ready_by=job.ready_by,
        ready_at=local(job.ready_at, store),
        collected_at=local(job.collected_at, store),
        signature_svg=job.signature_svg or None,
    )


def _joined(name: str, value: str, lang: str) -> str:
    """ "Wrist: 16.5 cm" / "手腕：16.5 cm"."""
    return f"{name}: {value}" if lang == "en" else f"{name}：{value}"


def _size_line(r: m.RingSize, lang: str) -> str:
    """ "Left ring finger: 13 (CN/HK)" / "左手无名指：13（港码）"."""
    system = word("system", r.system, lang)
    if lang == "en":
        return f"{word('hand', r.hand, lang)} {word('finger', r.finger, lang)}: {r.size} ({system})"
    return f"{word('hand', r.hand, lang)}{word('finger', r.finger, lang)}：{r.size}（{system}）"


def brief_data(
    session: Session,
    appt: m.Appointment,
    issue: d.Issue,
    store: m.Store,
    data_dir: Path,
    today: dt.date,
) -> d.BriefData:
    """The one-page brief: the client's record gathered for this appointment."""
    lang = issue.lang
    client = session.get(m.Client, appt.client_id) if appt.client_id else None
    cid = client.id if client else None
    live: Callable[[Any], tuple[ColumnElement[bool], ColumnElement[bool]]] = lambda model: (  # noqa: E731
        model.client_id == cid,
        model.deleted.is_(False),
    )

    prefs = (
        session.scalars(
            select(m.Preference)
            .where(*live(m.Preference), m.Preference.relationship_id.is_(None))
            .order_by(m.Preference.recorded_at.desc())
        ).all()
        if cid
        else []
    )
    preferences = tuple(
        d.BriefLine(
            p.value, f"{word('pref', p.category, lang)} · {word('sentiment', p.sentiment, lang)}"
        )
        for p in prefs
        if p.category is not PreferenceCategory.REFRESHMENT
    )
    refreshments = tuple(
        d.BriefLine(p.value, p.detail)
        for p in prefs
        if p.category is PreferenceCategory.REFRESHMENT
    )

    sizes = []
    if cid:
        for r in session.scalars(
            select(m.RingSize).where(*live(m.RingSize), m.RingSize.relationship_id.is_(None))
        ).all():
            sizes.append(d.BriefLine(_size_line(r, lang)))
        for x in session.scalars(
            select(m.Measurement).where(
                *live(m.Measurement), m.Measurement.relationship_id.is_(None)
            )
        ).all():
            sizes.append(
                d.BriefLine(_joined(word("measure", x.kind, lang), f"{x.length_cm} cm", lang))
            )

    purchases = []
    if cid:
        rows = session.execute(
            select(m.Purchase, m.PurchaseLine)
            .join(m.PurchaseLine, m.PurchaseLine.purchase_id == m.Purchase.id)
            .where(m.Purchase.client_id == cid, m.Purchase.deleted.is_(False))
            .order_by(m.Purchase.purchased_at.desc())
            .limit(8)
        ).all()
        for purchase, line in rows:
            cat = session.get(m.CataloguePiece, line.piece_id) if line.piece_id else None
            name = cat.name_zh if (cat and lang != "en" and cat.name_zh) else line.description
            purchases.append(
                d.BriefLine(
                    name,
                    print_date(purchase.purchased_at.date(), lang),
                    _photo(cat.photo_path if cat else "", data_dir)
                    or subject_thumbnail(session, data_dir, cat.id if cat else None),
                )
            )

    wishlist = []
    if cid:
        for w in session.scalars(
            select(m.WishlistItem).where(
                *live(m.WishlistItem),
                m.WishlistItem.fulfilled_at.is_(None),
                m.WishlistItem.removed_at.is_(None),
            )
        ).all():
            wishlist.append(d.BriefLine(w.description, w.note))

    dates, talking = [], []
    if cid:
        for when in session.scalars(select(m.ImportantDate).where(*live(m.ImportantDate))).all():
            text = _joined(
                when.label or word("date", when.kind, lang),
                month_day(when.month, when.day, lang),
                lang,
            )
            dates.append(d.BriefLine(text))
            try:
                upcoming = dt.date(today.year, when.month, when.day)
            except ValueError:
                continue
            if upcoming < today:
                upcoming = (
                    upcoming.replace(year=today.year + 1)
                    if not (when.month == 2 and when.day == 29)
                    else upcoming
                )
            if 0 <= (upcoming - today).days <= 45:
                talking.append(d.BriefLine(text))

    conversations = []
    if cid:
        for i in session.scalars(
            select(m.Interaction)
            .where(*live(m.Interaction))
            .order_by(m.Interaction.occurred_at.desc())
            .limit(4)
        ).all():
            # A contact logged without a note still says how it went: its outcome.
            said = i.summary or i.outcome
            conversations.append(
                d.BriefLine(
                    said,
                    print_date(local(i.occurred_at, store).date(), lang)
                    + (f" · {i.outcome}" if i.outcome and i.outcome != said else ""),
                )
            )
        for n in session.scalars(
            select(m.Note).where(
                *live(m.Note), m.Note.pinned.is_(True), m.Note.sensitive.is_(False)
            )
        ).all():
            talking.append(d.BriefLine(n.body))
        for job in session.scalars(
            select(m.ServiceJob).where(
                *live(m.ServiceJob),
                m.ServiceJob.ready_at.is_not(None),
                m.ServiceJob.collected_at.is_(None),
            )
        ).all():
            talking.append(
                d.BriefLine(f"{job.number}: {job.description}", label("ready_to_collect", lang))
            )

    pulled = []
    wished = (
        {w.piece_id for w in session.scalars(select(m.WishlistItem).where(*live(m.WishlistItem)))}
        if cid
        else set()
    )
    for sel in session.scalars(
        select(m.PreSelection).where(
            m.PreSelection.appointment_id == appt.id, m.PreSelection.deleted.is_(False)
        )
    ).all():
        cat = known_row(session, m.CataloguePiece, sel.piece_id)
        name = cat.name_zh if (lang != "en" and cat.name_zh) else cat.name
        pulled.append(
            d.BriefLine(
                name,
                f"{cat.sku} · {print_money(cat.price, cat.currency, lang)}",
                _photo(cat.photo_path, data_dir) or subject_thumbnail(session, data_dir, cat.id),
            )
        )
        if sel.piece_id in wished:
            talking.insert(0, d.BriefLine(name, label("section.wishlist", lang)))

    checklist = tuple(
        d.BriefLine(c.text, label("done" if c.done else "open", lang))
        for c in session.scalars(
            select(m.ChecklistItem)
            .where(m.ChecklistItem.appointment_id == appt.id, m.ChecklistItem.deleted.is_(False))
            .order_by(m.ChecklistItem.position)
        ).all()
    )
    room = session.get(m.Room, appt.room_id) if appt.room_id else None
    room_name = (
        (room.name_local if lang != "en" and room and room.name_local else room.name)
        if room
        else ""
    )
    name, name_local = client_names(client) if client else (appt.request_contact, "")
    return d.BriefData(
        issue=issue,
        client_name=name,
        client_name_local=name_local,
        greeting=client.greeting_name if client else "",
        client_language=client.language if client else "",
        segment=client.segment if client else "",
        appointment_kind=appt.kind.value,
        starts_at=local(appt.starts_at, store),
        ends_at=local(appt.ends_at, store),
        room=room_name,
        advisor=staff_name(session, appt.advisor_id, lang),
        second_advisor=staff_name(session, appt.second_advisor_id, lang),
        notes=appt.notes,
        preferences=preferences,
        sizes=tuple(sizes),
        purchases=tuple(purchases),
        wishlist=tuple(wishlist),
        dates=tuple(dates),
        conversations=tuple(conversations),
        pulled=tuple(pulled),
        checklist=checklist,
        talking_points=tuple(talking),
        refreshments=refreshments,
    )
