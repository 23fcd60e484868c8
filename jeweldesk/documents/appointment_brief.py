"""The appointment brief (internal, marked confidential): the client on one page for
the VIC consultant: preferences, sizes, recent purchases with pictures, wishlist, dates,
last conversations, pieces pulled, talking points, refreshments."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer, TableStyle

from jeweldesk.documents.branding import Branding
from jeweldesk.documents.data import BriefData, BriefLine
from jeweldesk.documents.page import (
    Grid,
    Look,
    Signature,
    content_width,
    fields,
    header_block,
    heading,
    photo,
    render,
)
from jeweldesk.documents.texts import date_time, label, term

THUMB = 17 * mm
LIST_LIMIT = 6  # lines per list: the brief stays one page


def _list(look: Look, key: str, lines: tuple[BriefLine, ...]) -> list:
    out: list = [heading(look, key, space_before=6)]
    if not lines:
        return out + [look.para(label("nothing", look.lang), 8.5, "muted")]
    for line in lines[:LIST_LIMIT]:
        text = line.text + (f"  —  {line.detail}" if line.detail else "")
        out.append(look.para(text, 8.5, leading=11.5 if not look.cjk else 12.5, space_after=1.5))
    return out


def _gallery(look: Look, key: str, lines: tuple[BriefLine, ...], width: float) -> list:
    """Pieces with their pictures: one row of four, so the brief stays one page."""
    out: list = [heading(look, key, space_before=6)]
    if not lines:
        return out + [look.para(label("nothing", look.lang), 8.5, "muted")]
    per_row = 4
    cells = []
    for line in lines[:per_row]:
        cells.append([photo(look, line.photo, THUMB, THUMB), Spacer(0, 2),
                      look.para(line.text, 7.5, leading=9.5), look.para(line.detail, 6.5, "muted", leading=8.5)])
    rows = [cells[i:i + per_row] for i in range(0, len(cells), per_row)]
    for row in rows:
        row.extend([Spacer(0, 0)] * (per_row - len(row)))
    table = Grid(rows, colWidths=[width / per_row] * per_row)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    return out + [table]


def build_appointment_brief(data: BriefData, *, paper: str = "a4", branding: Branding,
                            signature: Signature | None = None, void: bool = False) -> bytes:
    """The brief as PDF bytes."""
    look = Look(data.issue.lang, branding)
    lang, width = look.lang, content_width(paper)
    story = header_block(look, data.issue, "title.appointment_brief", width)
    name = data.client_name + (f"  {data.client_name_local}" if data.client_name_local and data.client_name_local != data.client_name else "")
    story += [look.para(name, 14, leading=18), look.para(data.greeting, 8.5, "muted"), Spacer(0, 4)]
    story.append(fields(look, [
        ("appointment", term(data.appointment_kind, lang)),
        ("when", f"{date_time(data.starts_at, lang)}–{data.ends_at:%H:%M}"),
        ("room", data.room), ("advisor", data.advisor), ("second_advisor", data.second_advisor),
        ("language", data.client_language), ("segment", data.segment),
    ], width, columns=4))
    if data.notes:
        story.append(look.para(data.notes, 8.5))
    half = width / 2 - 5 * mm
    left = (_list(look, "section.talking_points", data.talking_points)
            + _list(look, "section.preferences", data.preferences)
            + _list(look, "section.sizes", data.sizes)
            + _list(look, "section.refreshments", data.refreshments))
    right = (_list(look, "section.dates", data.dates)
             + _list(look, "section.wishlist", data.wishlist)
             + _list(look, "section.conversations", data.conversations)
             + _list(look, "section.checklist", data.checklist))
    columns = Grid([[left, right]], colWidths=[half + 10 * mm, half])
    columns.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (0, -1), 10 * mm), ("RIGHTPADDING", (1, 0), (1, -1), 0)]))
    story.append(columns)
    story += _gallery(look, "section.pulled", data.pulled, width)
    story += _gallery(look, "section.purchases", data.purchases, width)
    return render(data.issue, data, story, paper=paper, branding=branding, signature=signature,
                  title=label("title.appointment_brief", lang), banner=label("confidential", lang), void=void)
