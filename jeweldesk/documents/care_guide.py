"""The care guide: how to wear, clean and store this piece, its materials' own
needs, its service schedule, and the advisor to call."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer, TableStyle

from jeweldesk.documents.branding import Branding
from jeweldesk.documents.data import CareGuideData
from jeweldesk.documents.page import (
    Grid,
    Look,
    Signature,
    content_width,
    fields,
    header_block,
    heading,
    render,
)
from jeweldesk.documents.texts import interval, label, phone, term


def _bullets(look: Look, points: tuple[str, ...]) -> list:
    return [
        look.para(f"·  {p}", 9, leading=13.5 if look.cjk else 12.5, space_after=3) for p in points
    ]


def build_care_guide(
    data: CareGuideData,
    *,
    paper: str = "a4",
    branding: Branding,
    signature: Signature | None = None,
    void: bool = False,
) -> bytes:
    """The care guide as PDF bytes."""
    look = Look(data.issue.lang, branding)
    lang, width = look.lang, content_width(paper)
    story = header_block(look, data.issue, "title.care_guide", width)
    piece = data.piece
    materials = " · ".join(
        x for x in [term(piece.metal, lang)] + [term(s.stone_type, lang) for s in piece.stones] if x
    )
    story += [
        look.para(piece.title(lang), 13, leading=17),
        look.para(materials, 8.5, "muted"),
        Spacer(0, 2),
    ]
    story += [heading(look, "section.everyday")] + _bullets(look, data.everyday)
    story += [heading(look, "section.cleaning")] + _bullets(look, data.cleaning)
    story += [heading(look, "section.storage")] + _bullets(look, data.storage)
    if data.materials:
        story.append(heading(look, "section.materials"))
        for section in data.materials:
            story.append(
                KeepTogether(
                    [look.para(section.heading, 9.5, "accent", leading=13, space_after=2)]
                    + _bullets(look, section.points)
                )
            )
    rows = [
        [
            look.para(look.label("interval"), 6.5, "muted"),
            look.para(look.label("task"), 6.5, "muted"),
        ]
    ]
    rows += [
        [look.para(interval(step.interval_months, lang), 9), look.para(step.task, 9)]
        for step in data.schedule
    ]
    table = Grid(rows, colWidths=[width * 0.3, width * 0.7])
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, branding.colour("accent")),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    advisor = data.advisor
    contact = [
        ("your_advisor", advisor.name),
        ("phone", phone(advisor.phone or data.issue.store.phone)),
        ("address", data.issue.store.address),
    ]
    # The schedule and whom to call go over together: never the contact alone on a last page.
    story.append(
        KeepTogether(
            [
                heading(look, "section.schedule"),
                table,
                Spacer(0, 8),
                fields(look, contact, width, columns=3),
                look.para(label("care_closing", lang), 8.5, "muted"),
            ]
        )
    )
    return render(
        data.issue,
        data,
        story,
        paper=paper,
        branding=branding,
        signature=signature,
        title=label("title.care_guide", lang),
        void=void,
    )
