"""The appointment brief (internal, marked confidential): the client on one page for
the VIC consultant: preferences, sizes, recent purchases with pictures, wishlist, dates,
last conversations, pieces pulled, talking points, refreshments."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from jeweldesk.documents.branding import Branding
from jeweldesk.documents.data import BriefData, BriefLine
from jeweldesk.documents.page import (
    Grid,
    Look,
    Signature,
    content_height,
    content_width,
    fields,
    header_block,
    heading,
    photo,
    render,
    story_height,
)
from jeweldesk.documents.texts import date_time, has_label, label, person, term

THUMB = 17 * mm
LIST_LIMIT = 6  # lines per list at most; fewer when the brief would not fit one page


def _list(look: Look, key: str, lines: tuple[BriefLine, ...], limit: int) -> list:
    out: list = [heading(look, key, space_before=6)]
    if not lines:
        return out + [look.para(label("nothing", look.lang), 8.5, "muted")]
    for line in lines[:limit]:
        text = line.text + (f"  —  {line.detail}" if line.detail else "")
        out.append(look.para(text, 8.5, leading=11.5 if not look.cjk else 12.5, space_after=1.5))
    if len(lines) > limit:
        out.append(
            look.para(label("more", look.lang, n=len(lines) - limit), 7.5, "muted", leading=10)
        )
    return out


def _gallery(look: Look, key: str, lines: tuple[BriefLine, ...], width: float) -> list:
    """Pieces with their pictures: one row of four, so the brief stays one page."""
    if not lines:
        return [
            heading(look, key, space_before=6),
            look.para(label("nothing", look.lang), 8.5, "muted"),
        ]
    per_row = 4
    cells = []
    for line in lines[:per_row]:
        cells.append(
            [
                photo(look, line.photo, THUMB, THUMB),
                Spacer(0, 2),
                look.para(line.text, 7.5, leading=9.5),
                look.para(line.detail, 6.5, "muted", leading=8.5),
            ]
        )
    rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
    for row in rows:
        row.extend([Spacer(0, 0)] * (per_row - len(row)))
    table = Grid(rows, colWidths=[width / per_row] * per_row)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    more = len(lines) - per_row
    tail = (
        [look.para(label("more", look.lang, n=more), 7.5, "muted", leading=10)] if more > 0 else []
    )
    return [KeepTogether([heading(look, key, space_before=6), table] + tail)]


def build_appointment_brief(
    data: BriefData,
    *,
    paper: str = "a4",
    branding: Branding,
    signature: Signature | None = None,
    void: bool = False,
) -> bytes:
    """The brief as PDF bytes, on one page: when the client's record is too long for
    it, each list is cut shorter (saying how many lines are left out) until it fits.
    A record that fits no page even so runs on to a second with its lists whole."""
    look = Look(data.issue.lang, branding)
    width = content_width(paper)
    for limit in range(LIST_LIMIT, 0, -1):
        story = _story(look, data, width, limit)
        if story_height(story, width) <= content_height(paper):
            break
    else:
        story = _story(look, data, width, LIST_LIMIT)
    return render(
        data.issue,
        data,
        story,
        paper=paper,
        branding=branding,
        signature=signature,
        title=label("title.appointment_brief", look.lang),
        banner=label("confidential", look.lang),
        void=void,
    )


def _story(look: Look, data: BriefData, width: float, limit: int) -> list:
    lang = look.lang
    story = header_block(look, data.issue, "title.appointment_brief", width)
    story += [
        look.para(person(data.client_name, data.client_name_local, lang), 14, leading=18),
        look.para(data.greeting, 8.5, "muted"),
        Spacer(0, 4),
    ]
    story.append(
        fields(
            look,
            [
                ("appointment", term(data.appointment_kind, lang)),
                ("when", f"{date_time(data.starts_at, lang)}–{data.ends_at:%H:%M}"),
                ("room", data.room),
                ("advisor", data.advisor),
                ("second_advisor", data.second_advisor),
                (
                    "language",
                    _known(f"language.{data.client_language}", data.client_language, lang),
                ),
                ("segment", _known(f"segment.{data.segment}", data.segment, lang)),
            ],
            width,
            columns=4,
        )
    )
    if data.notes:
        story.append(look.para(data.notes, 8.5))
    half = width / 2 - 5 * mm
    left = (
        _list(look, "section.talking_points", data.talking_points, limit)
        + _list(look, "section.preferences", data.preferences, limit)
        + _list(look, "section.sizes", data.sizes, limit)
        + _list(look, "section.refreshments", data.refreshments, limit)
    )
    right = (
        _list(look, "section.dates", data.dates, limit)
        + _list(look, "section.wishlist", data.wishlist, limit)
        + _list(look, "section.conversations", data.conversations, limit)
        + _list(look, "section.checklist", data.checklist, limit)
    )
    # A record too long even at one line a list runs on: the columns may break across pages.
    columns = Grid([[left, right]], colWidths=[half + 10 * mm, half], splitInRow=1)
    columns.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 10 * mm),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ]
        )
    )
    story.append(columns)
    story += _gallery(look, "section.pulled", data.pulled, width)
    story += _gallery(look, "section.purchases", data.purchases, width)
    return story


def _known(key: str, value: str, lang: str) -> str:
    """A code the record holds (a language, a segment) in words, or as held."""
    return label(key, lang) if has_label(key) else value
