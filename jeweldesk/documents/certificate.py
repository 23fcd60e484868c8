"""The certificate of authenticity and grading: the piece, each stone's grading and
laboratory report, provenance, photograph, signature and the verification QR code."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, TableStyle

from jeweldesk.documents.branding import Branding
from jeweldesk.documents.data import CertificateData, PieceData, StoneData
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
    verification_block,
)
from jeweldesk.documents.texts import carat, grade, grams, label, term


def build_certificate(
    data: CertificateData,
    *,
    paper: str = "a4",
    branding: Branding,
    signature: Signature | None = None,
    void: bool = False,
) -> bytes:
    """The certificate as PDF bytes, on one page where it can be: when the stones leave
    too little room (several of them on Letter paper), the photograph is drawn smaller
    and the piece's facts three to a row."""
    look = Look(data.issue.lang, branding)
    width = content_width(paper)
    story = _story(look, data, width, signature, compact=False)
    if story_height(story, width) > content_height(paper):
        story = _story(look, data, width, signature, compact=True)
    return render(
        data.issue,
        data,
        story,
        paper=paper,
        branding=branding,
        signature=signature,
        title=label("title.certificate", look.lang),
        border=True,
        void=void,
    )


def _story(
    look: Look, data: CertificateData, width: float, signature: Signature | None, *, compact: bool
) -> list:
    story = header_block(
        look, data.issue, "title.certificate", width, number_key="certificate_number"
    )
    if compact:
        story += piece_section(look, data.piece, width, side=30 * mm, facts_per_row=3)
    else:
        story += piece_section(look, data.piece, width)
    if data.piece.stones:
        story.append(heading(look, "section.stones"))
        story += stone_tables(look, data.piece.stones, width)
    provenance = provenance_rows(look, data.piece)
    if any(value for _, value in provenance):
        story += [
            heading(look, "section.provenance"),
            fields(look, provenance, width, columns=2, shares=(0.7, 0.3)),
        ]
    story += [Spacer(0, 6), look.para(label("certificate_statement", look.lang), 8, "muted")]
    story.append(
        KeepTogether(
            [
                Spacer(0, 6 if compact else 10),
                verification_block(look, data.issue, signature, width, data.issue.issued_by),
            ]
        )
    )
    return story


def piece_rows(look: Look, piece: PieceData) -> list[tuple[str, str]]:
    lang = look.lang
    metal = term(piece.metal, lang)
    if piece.fineness and piece.fineness not in piece.metal:
        metal = f"{metal} ({piece.fineness})" if metal else piece.fineness
    return [
        ("category", term(piece.category, lang)),
        ("sku", piece.sku),
        ("serial", piece.serial),
        ("metal", metal),
        ("hallmark", piece.hallmark),
        ("total_weight", grams(piece.total_weight_g, lang)),
    ]


def piece_section(
    look: Look,
    piece: PieceData,
    width: float,
    side: float = 42 * mm,
    space_before: float = 2,
    facts_per_row: int = 2,
) -> list:
    """Photograph at the left; the piece's name and facts at the right."""
    facts = [
        look.para(piece.title(look.lang), 13, leading=17, space_after=6),
        fields(look, piece_rows(look, piece), width - side - 8 * mm, columns=facts_per_row),
    ]
    table = Grid(
        [[photo(look, piece.photo, side, side), facts]],
        colWidths=[side + 8 * mm, width - side - 8 * mm],
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [heading(look, "section.piece", space_before=space_before), table]


def stone_rows(look: Look, stone: StoneData) -> list[tuple[str, str]]:
    lang = look.lang
    report = " ".join(x for x in (stone.lab, stone.report_number) if x)
    return [
        ("origin", label(f"origin.{stone.origin}", lang)),
        ("stone_type", term(stone.stone_type, lang)),
        ("shape", term(stone.shape, lang)),
        ("carat", carat(stone.carat, lang)),
        ("colour", term(stone.colour, lang)),
        ("clarity", stone.clarity),
        ("cut_grade", grade(stone.cut_grade, lang)),
        ("polish", grade(stone.polish, lang)),
        ("symmetry", grade(stone.symmetry, lang)),
        ("fluorescence", grade(stone.fluorescence, lang)),
        ("measurements", stone.measurements),
        ("treatments", term(stone.treatments, lang) or label("none_disclosed", lang)),
        ("lab_report", report),
        ("girdle_inscription", stone.girdle_inscription),
        ("origin_country", term(stone.origin_country, lang)),
    ]


@dataclass(frozen=True)
class FactType:
    """How the stones' side-by-side facts are set: type size, leading (Chinese
    characters stand the full height of the type: half a point more between rows) and
    the padding above and below each row."""

    size: float
    leading: float
    leading_cjk: float
    padding: float


GRADING = FactType(8.5, 10.5, 10.5, 1.5)  # the certificate
DENSE = FactType(8, 9, 9.5, 0.75)  # the appraisal, with its word-picture and limiting conditions
COMPACT = FactType(
    7.5, 8.5, 9, 0.75
)  # the appraisal that DENSE would run on to a second page: no smaller


def stone_tables(
    look: Look,
    stones: tuple[StoneData, ...],
    width: float,
    facts_per_row: int = 3,
    facts: FactType = GRADING,
) -> list:
    """A single stone's grading as a grid, `facts_per_row` to a row. Several stones stand
    side by side, a column each, so their grades compare along a row, no fact moves
    when another stone lacks it, and a page breaks between facts, not inside a stone;
    their facts are set in the `facts` type."""
    if len(stones) == 1:
        return [fields(look, stone_rows(look, stones[0]), width, columns=facts_per_row)]
    columns = min(len(stones), STONES_PER_TABLE)
    return [
        stone_matrix(look, stones[i : i + columns], width, columns, facts=facts)
        for i in range(0, len(stones), columns)
    ]


STONES_PER_TABLE = 4


def stone_matrix(
    look: Look,
    stones: tuple[StoneData, ...],
    width: float,
    columns: int,
    *,
    facts: FactType = GRADING,
) -> Grid:
    """Facts down the side, one column per stone; a fact no stone has is left out."""
    label_width = 32 * mm
    size, padding = facts.size, facts.padding
    leading = facts.leading_cjk if look.cjk else facts.leading
    values = [stone_rows(look, stone) for stone in stones]
    rows = [
        [Spacer(0, 0)]
        + [
            look.para(
                f"{label('stone', look.lang)} {stone.position}", size, "accent", leading=leading
            )
            for stone in stones
        ]
    ]
    for i, (key, _) in enumerate(values[0]):
        row = [stone[i][1] for stone in values]
        if any(row):
            rows.append(
                [look.para(look.label(key), 6.5 if not look.cjk else 7, "muted", leading=8.5)]
                + [look.para(fact, size, leading=leading) for fact in row]
            )
    for row in rows:
        row.extend([Spacer(0, 0)] * (columns + 1 - len(row)))
    table = Grid(
        rows, colWidths=[label_width] + [(width - label_width) / columns] * columns, repeatRows=1
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, look.branding.colour("accent")),
                ("LINEBELOW", (0, 1), (-1, -2), 0.2, look.branding.colour("accent")),
            ]
        )
    )
    return table


def provenance_rows(look: Look, piece: PieceData) -> list[tuple[str, str]]:
    recycled = f"{piece.recycled_metal_pct}%" if piece.recycled_metal_pct is not None else ""
    return [("provenance", piece.provenance), ("recycled_metal", recycled)]
