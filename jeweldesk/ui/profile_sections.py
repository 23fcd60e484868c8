"""The profile pane's cards as rich text: one function per card, from a
`ClientProfile` to escaped HTML. Kept apart from the widgets so each card reads on
its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from html import escape

from PySide6.QtCore import QCoreApplication

from jeweldesk.domain.timezones import in_store_time
from jeweldesk.services.views import ClientProfile
from jeweldesk.ui import appearance, labels
from jeweldesk.ui.widgets.dates import record_date, yearly_date

NOTES_SHOWN = 4
PINNED_SHOWN = 3
PIECES_SHOWN = 5
PURCHASES_SHOWN = 5
NOTE_CHARS = 220


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # pyside6-lupdate files a module-level `tr("…")` under the empty context: look
    # it up there, or the Chinese .qm file never answers.
    return QCoreApplication.translate("", text, disambiguation, n)


def muted(text: str) -> str:
    return f'<span style="color:{appearance.MUTED.name()}">{escape(text)}</span>'


def gold(text: str) -> str:
    return f'<span style="color:{appearance.GOLD.name()}">{escape(text)}</span>'


def nothing_yet() -> str:
    return muted(tr("Nothing recorded yet"))


def lines(rows: Iterable[str]) -> str:
    rows = [r for r in rows if r]
    return "<br>".join(rows) if rows else nothing_yet()


def day(value: dt.date | dt.datetime | None, zone: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:  # stored in UTC
            value = value.replace(tzinfo=dt.UTC)
        if zone:
            value = in_store_time(value, zone)
        value = value.date()
    return record_date(value)


# --- cards ---------------------------------------------------------------------------


def contacts(profile: ClientProfile) -> str:
    rows = []
    for c in profile.contacts:
        label = labels.contact_kind_label(c.kind)
        extra = " · ".join(x for x in (c.label, tr("primary") if c.is_primary else "") if x)
        rows.append(
            f"{muted(label)}&nbsp;&nbsp;{escape(c.value)}"
            + (f"&nbsp;&nbsp;{muted(extra)}" if extra else "")
        )
    client = profile.client
    if client.preferred_channel:
        hours = ""
        if client.contact_hours_start and client.contact_hours_end:
            hours = f", {client.contact_hours_start:%H:%M}–{client.contact_hours_end:%H:%M}"
        rows.append(
            muted(
                tr("Prefers {channel}{hours}").format(
                    channel=labels.channel_label(client.preferred_channel), hours=hours
                )
            )
        )
    return lines(rows)


def key_dates(profile: ClientProfile) -> str:
    people = {r.id: r for r in profile.relationships}
    rows = []
    for d in profile.dates:
        text = yearly_date(d.month, d.day, d.year)
        what = d.label or labels.date_kind_label(d.kind)
        whose = people.get(d.relationship_id) if d.relationship_id else None
        if whose is not None:
            what = f"{what} ({whose.name_local or whose.name})"
        rows.append(f"<b>{escape(text)}</b>&nbsp;&nbsp;{escape(what)}")
    return lines(rows)


def preferences(profile: ClientProfile) -> str:
    by_sentiment: dict[str, list[str]] = {}
    for p in profile.preferences:
        if p.category == "allergy":
            continue  # shown in the alert above the cards
        item = f"{escape(p.value)} {muted(labels.preference_category_label(p.category).lower())}"
        by_sentiment.setdefault(str(p.sentiment), []).append(item)
    rows = [
        f"<b>{escape(labels.sentiment_label(s))}</b>&nbsp;&nbsp;" + ", ".join(by_sentiment[s])
        for s in ("loves", "likes", "dislikes", "avoid")
        if s in by_sentiment
    ]
    return lines(rows)


def sizes_and_family(profile: ClientProfile) -> str:
    rows = [
        f"{muted(labels.hand_finger_label(r.hand, r.finger))}&nbsp;&nbsp;"
        f"{escape(labels.ring_size_text(r.size))} {muted(labels.sizing_system_label(r.system))}"
        for r in profile.ring_sizes
        if r.relationship_id is None
    ]
    for m in profile.measurements:
        if m.relationship_id is None:
            rows.append(
                f"{muted(labels.measurement_label(m.kind))}&nbsp;&nbsp;{escape(str(m.length_cm))} cm"
            )
    for r in profile.relationships:
        name = " ".join(x for x in (r.name, r.name_local if r.name_local != r.name else "") if x)
        rows.append(f"{muted(labels.relationship_label(r.kind))}&nbsp;&nbsp;{escape(name)}")
    return lines(rows)


def notes(profile: ClientProfile, zone: str) -> str:
    pinned = [n for n in profile.notes if n.pinned][:PINNED_SHOWN]
    latest = [n for n in profile.notes if not n.pinned][:NOTES_SHOWN]
    rows = []
    for n in [*pinned, *latest]:
        body = n.body if len(n.body) <= NOTE_CHARS else n.body[: NOTE_CHARS - 1].rstrip() + "…"
        marks = " · ".join(
            x
            for x in (tr("Pinned") if n.pinned else "", tr("Sensitive") if n.sensitive else "")
            if x
        )
        head = muted(day(n.created_at, zone)) + (f"&nbsp;&nbsp;{gold(marks)}" if marks else "")
        rows.append(f"{head}<br>{escape(body)}")
    if profile.withheld_notes:
        withheld = profile.withheld_notes
        rows.append(muted(tr("%n sensitive note(s) not shown", "", withheld)))
    return "<br><br>".join(rows) if rows else nothing_yet()


def stone_text(stone) -> str:
    parts = []
    if stone.carat is not None:
        parts.append(f"{stone.carat:.2f} ct")
    parts.append(str(stone.stone_type))
    grades = " ".join(x for x in (stone.colour, stone.clarity) if x)
    text = " ".join(parts) + (f", {grades}" if grades else "")
    if stone.lab or stone.report_number:
        text += f" · {' '.join(x for x in (stone.lab, stone.report_number) if x)}"
    return text


def jewellery_box(profile: ClientProfile) -> str:
    box = profile.jewellery_box
    if not box:
        return nothing_yet()
    blocks = [muted(tr("%n piece(s)", "", len(box)))]
    for item in box[:PIECES_SHOWN]:
        piece = item.piece
        meta = " · ".join(x for x in (piece.metal, day(piece.acquired_on)) if x)
        block = f"<b>{escape(piece.description)}</b>" + (f"<br>{muted(meta)}" if meta else "")
        if item.stones:
            main = stone_text(item.stones[0])
            more = len(item.stones) - 1
            if more:
                main += tr(" + %n more stone(s)", "", more)
            block += f"<br>{muted(main)}"
        blocks.append(block)
    if len(box) > PIECES_SHOWN:
        blocks.append(muted(tr("and {count} more").format(count=len(box) - PIECES_SHOWN)))
    return "<br><br>".join(blocks)


def recent_purchases(profile: ClientProfile, zones: Mapping[str, str], lang: str = "en") -> str:
    """Each purchase dated in the zone of the store where it was made, its total in
    its own currency as the advisor's language writes money."""
    from jeweldesk.ui.profile.common import money_text

    blocks = []
    for p in profile.purchases[:PURCHASES_SHOWN]:
        purchase = p.purchase
        when = day(purchase.purchased_at, zones.get(p.store_code))
        total = money_text(purchase.total, purchase.currency, lang)
        block = f"<b>{escape(when)}</b>&nbsp;&nbsp;{escape(total)}&nbsp;&nbsp;{muted(p.store_code)}"
        items = ", ".join(line.description for line in p.lines)
        if items:
            block += f"<br>{muted(items)}"
        blocks.append(block)
    if len(profile.purchases) > PURCHASES_SHOWN:
        blocks.append(
            muted(tr("and {count} earlier").format(count=len(profile.purchases) - PURCHASES_SHOWN))
        )
    return "<br><br>".join(blocks) if blocks else nothing_yet()


def allergies(profile: ClientProfile) -> str:
    """Plain text for the alert: every allergy, with its detail."""
    items = [
        p.value + (f" ({p.detail})" if getattr(p, "detail", "") else "") for p in profile.allergies
    ]
    return tr("Allergy: {items}").format(items=", ".join(items)) if items else ""
