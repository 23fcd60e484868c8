"""The appraisal for insurance: the client, a word-picture of the piece, its stones,
the replacement value, the appraiser and the limiting conditions."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, TableStyle

from jeweldesk.documents.branding import Branding
from jeweldesk.documents.certificate import stone_tables
from jeweldesk.documents.data import AppraisalData, PieceData
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
    verification_block,
)
from jeweldesk.documents.texts import carat, client, date, grams, label, money, term


def word_picture(piece: PieceData, lang: str) -> str:
    """The description an insurer reads: the piece, its metal and weight, each stone."""
    metal = term(piece.metal, lang) if lang != "en" else piece.metal  # English runs it mid-sentence
    stones = []
    for s in piece.stones:
        grades = (", " if lang == "en" else "，").join(
            x for x in (s.colour if lang == "en" else term(s.colour, lang), s.clarity) if x)
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
            text = f"{origin}{term(shape, lang)}{term(s.stone_type, lang)}" + ("一颗" if lang == "zh_CN" else "一顆")
            text += f"，{term(sized, lang)}" if sized else ""
            text += f"，{carat(s.carat, lang)}" if s.carat else ""
            text += f"（{grades}）" if grades else ""
            text += f"，{report}" if report else ""
        stones.append(text)
    weight = grams(piece.total_weight_g, lang)
    if lang == "en":
        out = f"{piece.description}, {metal}" + (f" {piece.fineness}" if piece.fineness and piece.fineness not in metal else "")
        out += f", total weight {weight}" if weight else ""
        out += (", set with " + "; ".join(stones)) if stones else ""
        out += f". Serial {piece.serial}." if piece.serial else "."
    else:
        out = f"{piece.title(lang)}，{metal}"
        out += f"，总重 {weight}" if weight and lang == "zh_CN" else (f"，總重 {weight}" if weight else "")
        out += ("，镶嵌" if lang == "zh_CN" else "，鑲嵌") + "；".join(stones) if stones else ""
        out += (f"。序列号 {piece.serial}。" if lang == "zh_CN" else f"。序號 {piece.serial}。") if piece.serial else "。"
    return out


def build_appraisal(data: AppraisalData, *, paper: str = "a4", branding: Branding,
                    signature: Signature | None = None, void: bool = False) -> bytes:
    """The appraisal as PDF bytes: one page, A4 or Letter, for a piece of one or two
    stones (up to four on A4); more run on to a second page, the stones named again
    above their facts and the limiting conditions kept with the signature."""
    look = Look(data.issue.lang, branding)
    lang, width = look.lang, content_width(paper)
    story = header_block(look, data.issue, "title.appraisal", width)
    # The client's name is the long one ("Marie-Amélie … de La Rochefoucauld-Montmorency"):
    # a wider column keeps it to two lines, the dates ("30 September 2026") to one.
    story += [fields(look, [
        ("client", client(data.client_name, lang)), ("appraised_on", date(data.appraised_on, lang)),
        ("valid_until", date(data.review_by, lang)),
        ("value_type", label(f"value_type.{data.value_type}", lang)),
    ], width, columns=4, shares=(0.325, 0.225, 0.225, 0.225))]
    story += [look.para(look.label("appraised_value"), 7, "muted", leading=9, align=TA_CENTER),
              look.para(money(data.value, data.currency, lang), 17, leading=21, align=TA_CENTER)]
    story += piece_section(look, data.piece, width)
    if data.piece.stones:
        story += [heading(look, "section.stones", space_before=SECTION_GAP)]
        story += stone_tables(look, data.piece.stones, width, facts_per_row=4, dense=True)
    signer = f"{data.appraiser} · {label('appraiser', lang)}"
    limiting = [look.para(label("limiting", lang), 6.5, "muted", leading=8.5, space_after=4)]
    story.append(KeepTogether([heading(look, "section.limiting", space_before=SECTION_GAP),
                               verification_block(look, data.issue, signature, width, signer, note=limiting)]))
    return render(data.issue, data, story, paper=paper, branding=branding, signature=signature,
                  title=label("title.appraisal", lang), void=void)


SECTION_GAP = 5  # points above each section's heading: closer than the certificate's


def piece_section(look: Look, piece: PieceData, width: float, side: float = 26 * mm) -> list:
    """The photograph at the left; at the right the piece's name, the word-picture an
    insurer reads, and one row of references: category, SKU, serial and hallmark (the
    word-picture says the metal and the weight, so they take no row of their own)."""
    shares = {"category": 0.2, "sku": 0.2, "serial": 0.34, "hallmark": 0.26}  # serials run long
    rows = [(key, value) for key, value in (("category", term(piece.category, look.lang)), ("sku", piece.sku),
                                            ("serial", piece.serial), ("hallmark", piece.hallmark)) if value]
    given = sum(shares[key] for key, _ in rows)
    text = width - side - 8 * mm
    described = [look.para(piece.title(look.lang), 12, leading=15, space_after=4),
                 look.para(look.label("word_picture"), 6.5 if not look.cjk else 7, "muted", leading=9),
                 look.para(word_picture(piece, look.lang), 9, space_after=5),
                 fields(look, rows, text, columns=max(len(rows), 1), shares=[shares[key] / given for key, _ in rows])]
    table = Grid([[photo(look, piece.photo, side, side), described]], colWidths=[side + 8 * mm, text])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [heading(look, "section.piece", space_before=SECTION_GAP + 1), table]
