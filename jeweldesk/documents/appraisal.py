"""The appraisal for insurance: the client, a word-picture of the piece, its stones,
the replacement value, the appraiser and the limiting conditions."""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from jeweldesk.documents.branding import Branding
from jeweldesk.documents.certificate import piece_section, stone_tables
from jeweldesk.documents.data import AppraisalData, PieceData
from jeweldesk.documents.page import (
    Look,
    Signature,
    content_width,
    fields,
    header_block,
    heading,
    render,
    verification_block,
)
from jeweldesk.documents.texts import carat, date, grams, label, money, term


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
    """The appraisal as PDF bytes."""
    look = Look(data.issue.lang, branding)
    lang, width = look.lang, content_width(paper)
    story = header_block(look, data.issue, "title.appraisal", width)
    story += [fields(look, [
        ("client", data.client_name), ("appraised_on", date(data.appraised_on, lang)),
        ("valid_until", date(data.review_by, lang)),
        ("value_type", label(f"value_type.{data.value_type}", lang)),
    ], width, columns=4)]
    story += [look.para(look.label("appraised_value"), 7, "muted", align=TA_CENTER),
              look.para(money(data.value, data.currency, lang), 18, leading=23, align=TA_CENTER)]
    story += piece_section(look, data.piece, width, side=30 * mm, space_before=8)
    story += [heading(look, "word_picture"), look.para(word_picture(data.piece, lang), 9.5)]
    if data.piece.stones:
        # Four facts to a row: with the word-picture above, one stone's appraisal then fits one page.
        story += [heading(look, "section.stones")] + stone_tables(look, data.piece.stones, width, facts_per_row=4)
    signer = f"{data.appraiser} · {label('appraiser', lang)}"
    story.append(KeepTogether([heading(look, "section.limiting"), look.para(label("limiting", lang), 7, "muted"),
                               Spacer(0, 4), verification_block(look, data.issue, signature, width, signer)]))
    return render(data.issue, data, story, paper=paper, branding=branding, signature=signature,
                  title=label("title.appraisal", lang), void=void)
