"""The appraisal for insurance: the client, a word-picture of the piece, its stones,
the replacement value, the appraiser and the limiting conditions."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, TableStyle

from jeweldesk.documents.branding import Branding
from jeweldesk.documents.certificate import COMPACT, DENSE, stone_tables
from jeweldesk.documents.data import AppraisalData, PieceData
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
from jeweldesk.documents.texts import carat, client, date, grams, label, money, term


def word_picture(piece: PieceData, lang: str) -> str:
    """The description an insurer reads: the piece, its metal and weight, each stone."""
    metal = term(piece.metal, lang) if lang != "en" else piece.metal  # English runs it mid-sentence
    stones = []
    for s in piece.stones:
        grades = (", " if lang == "en" else "，").join(
            x for x in (s.colour if lang == "en" else term(s.colour, lang), s.clarity) if x
        )
        report = " ".join(x for x in (s.lab, s.report_number) if x)
        origin = label(f"origin.{s.origin}", lang)
        # A shape with a size ("round, 7.5 mm", a pearl's) follows the stone's name.
        shape, sized = (s.shape, "") if "," not in s.shape else ("", s.shape)
        if lang == "en":
            text = " ".join(x for x in ("one", origin.lower(), shape, s.stone_type) if x)
            text += f", {sized}" if sized else ""
            text += f" of {carat(s.carat, lang)}" if s.carat else ""
            text += f" ({grades})" if grades else ""
            text += f", {report}" if report else ""
        else:
            text = f"{origin}{term(shape, lang)}{term(s.stone_type, lang)}" + (
                "一颗" if lang == "zh_CN" else "一顆"
            )
            text += f"，{term(sized, lang)}" if sized else ""
            text += f"，{carat(s.carat, lang)}" if s.carat else ""
            text += f"（{grades}）" if grades else ""
            text += f"，{report}" if report else ""
        stones.append(text)
    weight = grams(piece.total_weight_g, lang)
    if lang == "en":
        out = f"{piece.description}, {metal}" + (
            f" {piece.fineness}" if piece.fineness and piece.fineness not in metal else ""
        )
        out += f", total weight {weight}" if weight else ""
        out += (", set with " + "; ".join(stones)) if stones else ""
        out += f". Serial {piece.serial}." if piece.serial else "."
    else:
        out = f"{piece.title(lang)}，{metal}"
        out += (
            f"，总重 {weight}"
            if weight and lang == "zh_CN"
            else (f"，總重 {weight}" if weight else "")
        )
        out += ("，镶嵌" if lang == "zh_CN" else "，鑲嵌") + "；".join(stones) if stones else ""
        out += (
            (f"。序列号 {piece.serial}。" if lang == "zh_CN" else f"。序號 {piece.serial}。")
            if piece.serial
            else "。"
        )
    return out


def build_appraisal(
    data: AppraisalData,
    *,
    paper: str = "a4",
    branding: Branding,
    signature: Signature | None = None,
    void: bool = False,
) -> bytes:
    """The appraisal as PDF bytes: one page, A4 or Letter, for a piece of up to four
    stones. Where the regular layout would run over (four stones on Letter paper), the
    stones' facts are set closer and the gaps between sections narrowed, no type under
    7.5 pt and nothing left out; more stones run on to a second page in the regular
    layout, the stones named again above their facts and the limiting conditions kept
    with the signature."""
    look = Look(data.issue.lang, branding)
    width = content_width(paper)
    story = _story(look, data, width, signature, compact=False)
    if story_height(story, width) > content_height(paper):
        compact = _story(look, data, width, signature, compact=True)
        # Closer type only when it saves the page break: a piece that runs on anyway
        # keeps the regular layout on both pages.
        if story_height(compact, width) <= content_height(paper):
            story = compact
    return render(
        data.issue,
        data,
        story,
        paper=paper,
        branding=branding,
        signature=signature,
        title=label("title.appraisal", look.lang),
        void=void,
    )


def _story(
    look: Look, data: AppraisalData, width: float, signature: Signature | None, *, compact: bool
) -> list:
    lang = look.lang
    gap = COMPACT_GAP if compact else SECTION_GAP
    story = header_block(look, data.issue, "title.appraisal", width, tight=compact)
    # The client's name is the long one ("Marie-Amélie … de La Rochefoucauld-Montmorency"):
    # a wider column keeps it to two lines, the dates ("30 September 2026") to one.
    story += [
        fields(
            look,
            [
                ("client", client(data.client_name, data.client_name_local, lang)),
                ("appraised_on", date(data.appraised_on, lang)),
                ("valid_until", date(data.review_by, lang)),
                ("value_type", label(f"value_type.{data.value_type}", lang)),
            ],
            width,
            columns=4,
            shares=(0.325, 0.225, 0.225, 0.225),
        )
    ]
    story += [
        look.para(look.label("appraised_value"), 7, "muted", leading=9, align=TA_CENTER),
        look.para(money(data.value, data.currency, lang), 17, leading=21, align=TA_CENTER),
    ]
    story += piece_section(look, data.piece, width, compact=compact)
    if data.piece.stones:
        story += [heading(look, "section.stones", space_before=gap)]
        story += stone_tables(
            look, data.piece.stones, width, facts_per_row=4, facts=COMPACT if compact else DENSE
        )
    signer = f"{data.appraiser} · {label('appraiser', lang)}"
    limiting = [look.para(label("limiting", lang), 6.5, "muted", leading=8.5, space_after=4)]
    story.append(
        KeepTogether(
            [
                heading(look, "section.limiting", space_before=gap),
                verification_block(look, data.issue, signature, width, signer, note=limiting),
            ]
        )
    )
    return story


SECTION_GAP = 5  # points above each section's heading: closer than the certificate's
COMPACT_GAP = 2


def piece_section(look: Look, piece: PieceData, width: float, *, compact: bool = False) -> list:
    """The photograph at the left; at the right the piece's name, the word-picture an
    insurer reads, and one row of references: category, SKU, serial and hallmark (the
    word-picture says the metal and the weight, so they take no row of their own).
    `compact`: a smaller photograph leaves the word-picture a wider column, on closer lines."""
    side, gutter = (22 * mm, 5 * mm) if compact else (26 * mm, 8 * mm)
    shares = {"category": 0.2, "sku": 0.2, "serial": 0.34, "hallmark": 0.26}  # serials run long
    rows = [
        (key, value)
        for key, value in (
            ("category", term(piece.category, look.lang)),
            ("sku", piece.sku),
            ("serial", piece.serial),
            ("hallmark", piece.hallmark),
        )
        if value
    ]
    given = sum(shares[key] for key, _ in rows)
    text = width - side - gutter
    leading = (12.5 if look.cjk else 11.5) if compact else None
    described = [
        look.para(piece.title(look.lang), 12, leading=15, space_after=4),
        look.para(look.label("word_picture"), 6.5 if not look.cjk else 7, "muted", leading=9),
        look.para(word_picture(piece, look.lang), 9, leading=leading, space_after=5),
        fields(
            look,
            rows,
            text,
            columns=max(len(rows), 1),
            shares=[shares[key] / given for key, _ in rows],
        ),
    ]
    table = Grid(
        [[photo(look, piece.photo, side, side), described]], colWidths=[side + gutter, text]
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
    return [
        heading(look, "section.piece", space_before=(COMPACT_GAP if compact else SECTION_GAP) + 1),
        table,
    ]
