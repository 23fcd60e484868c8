"""What every document shares: paper sizes, the house's frame (logo, name, footer),
type styles, the small flowables documents are made of, and the signed metadata and
file seal written into the finished PDF."""

from __future__ import annotations

import base64
import hashlib
import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, white
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from jeweldesk.documents import fonts
from jeweldesk.documents.branding import Branding, draw_monogram
from jeweldesk.documents.data import Issue, canonical
from jeweldesk.documents.qr import QrCode
from jeweldesk.documents.qr import payload as qr_payload
from jeweldesk.documents.texts import date, label

PAPERS = {"a4": A4, "letter": LETTER}
SEAL_KEY = b"/JDSeal ("
SEAL_LENGTH = 86  # an Ed25519 signature in unpadded base64url
SEAL_PLACEHOLDER = b"0" * SEAL_LENGTH
SEAL_CONTEXT = b"jeweldesk-document-seal-v1:"


@dataclass(frozen=True)
class Signature:
    """How a document is signed: `value` is the issuing device's Ed25519 signature over
    the canonical JSON of the document's data (printed in the QR code); `seal` signs
    the digest of the finished file, so any change to its bytes is detected."""

    key_id: str
    value: str
    seal_key_id: str
    seal: Callable[[bytes], str]


def seal_digest(pdf_with_placeholder: bytes) -> bytes:
    return SEAL_CONTEXT + hashlib.sha256(pdf_with_placeholder).digest()


class _SignedInfo(PDFInfo):
    """The document information dictionary with JewelDesk's entries added."""

    def __init__(self, extra: dict[str, str]) -> None:
        super().__init__()
        self.extra = extra

    def format(self, document):
        entries = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "Subject": PDFString(self.subject),
            "Creator": PDFString(self.creator),
            "Producer": PDFString(self.producer),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        entries["CreationDate"] = entries["ModDate"] = PDFDate(
            ts=document._timeStamp, dateFormatter=self._dateFormatter
        )
        for key, value in self.extra.items():
            entries[key] = PDFString(value)
        return PDFDictionary(entries).format(document)


@dataclass(frozen=True)
class Look:
    """Type and colour for one document in one language."""

    lang: str
    branding: Branding

    @property
    def cjk(self) -> bool:
        return self.lang != "en"

    def style(
        self,
        size: float = 9.5,
        colour: str = "ink",
        *,
        leading: float | None = None,
        align: int = TA_LEFT,
        space_after: float = 0,
        cjk_wrap: bool | None = None,
    ) -> ParagraphStyle:
        """`cjk_wrap`: lines may break between any two characters (Chinese text); by
        default in a Chinese document. Otherwise only at spaces and after hyphens."""
        wrap = self.cjk if cjk_wrap is None else cjk_wrap
        return ParagraphStyle(
            f"s{size}{colour}{align}{'c' if wrap else ''}",
            fontName=fonts.LATIN,
            fontSize=size,
            leading=leading or size * (1.55 if self.cjk else 1.4),
            textColor=self.branding.colour(colour),
            alignment=align,
            wordWrap="CJK" if wrap else None,
            spaceAfter=space_after,
            # A name too long for its cell breaks after a hyphen (Rochefoucauld-|Montmorency),
            # not wherever the width runs out.
            embeddedHyphenation=2,
        )

    def para(self, text: str, size: float = 9.5, colour: str = "ink", **kw) -> Paragraph:
        # CJK wrapping breaks Latin words anywhere (Rochefoucauld-Mont|morency): a
        # Chinese document wraps so only the paragraphs that hold Chinese text.
        kw.setdefault("cjk_wrap", self.cjk and fonts.has_cjk(text))
        return Paragraph(fonts.rich(text), self.style(size, colour, **kw))

    def label(self, key: str, **params) -> str:
        text = label(key, self.lang, **params)
        return text.upper() if self.lang == "en" else text


class Grid(Table):
    """A table whose cells name our font (a plain table's cell style names Helvetica,
    which would be referenced, unembedded, even when every cell holds flowables)."""

    def __init__(self, data, **kw) -> None:
        super().__init__(data, **kw)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.LATIN)]))


class Tracked(Flowable):
    """One line of letter-spaced text (titles, headings), shrunk to fit if needed."""

    def __init__(
        self,
        text: str,
        size: float,
        colour: Color,
        *,
        char_space: float = 1.5,
        align: str = "centre",
        rule: Color | None = None,
        space_before: float = 0,
        space_after: float = 4,
    ) -> None:
        super().__init__()
        self.text, self.size, self.colour = text, size, colour
        self.char_space, self.align, self.rule = char_space, align, rule
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        while (
            self.size > 6
            and fonts.width(self.text, self.size, char_space=self.char_space) > avail_width
        ):
            self.size -= 0.5
        self.height = self.size * 1.5 + (4 if self.rule else 0)
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.setFillColor(self.colour)
        x = {"centre": self.width / 2, "right": self.width}.get(self.align, 0)
        y = (4 if self.rule else 0) + self.size * 0.35
        w = fonts.draw(c, x, y, self.text, self.size, align=self.align, char_space=self.char_space)
        if self.rule is not None:
            c.setStrokeColor(self.rule)
            c.setLineWidth(0.5)
            start = w + 8 if self.align == "left" else 0
            c.line(start, y + self.size * 0.3, self.width, y + self.size * 0.3)


def heading(look: Look, key: str, *, space_before: float = 10) -> Tracked:
    b = look.branding
    return Tracked(
        look.label(key),
        8 if look.cjk else 7.5,
        b.colour("accent"),
        char_space=1.2 if not look.cjk else 2,
        align="left",
        rule=b.colour("accent"),
        space_before=space_before,
        space_after=4,
    )


def fields(
    look: Look,
    rows: Sequence[tuple[str, str]],
    width: float,
    columns: int = 2,
    shares: Sequence[float] | None = None,
) -> Grid:
    """Label-over-value cells, `columns` to a row (equal, or in these `shares` of the
    width); empty values are left out."""
    cells = []
    for key, value in rows:
        if not value:
            continue
        cells.append(
            [
                look.para(look.label(key), 6.5 if not look.cjk else 7, "muted", leading=9),
                look.para(value, 9.5, leading=12.5),
            ]
        )
    grid = [cells[i : i + columns] for i in range(0, len(cells), columns)]
    if not grid:
        return Spacer(0, 0)
    for row in grid:
        row.extend([Spacer(0, 0)] * (columns - len(row)))
    table = Grid(
        grid,
        colWidths=[width * share for share in shares] if shares else [width / columns] * columns,
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def photo(look: Look, path: str, width: float, height: float) -> Flowable:
    """The piece's photograph scaled into the box, or a quiet placeholder."""
    if path and os.path.isfile(path):
        try:
            image = Image(path)
            scale = min(width / image.imageWidth, height / image.imageHeight)
            image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
            image.hAlign = "CENTER"
            return image
        except OSError:
            pass
    return _Placeholder(look, width, height)


class _Placeholder(Flowable):
    def __init__(self, look: Look, width: float, height: float) -> None:
        super().__init__()
        self.look, self.width, self.height = look, width, height

    def wrap(self, *_):
        return self.width, self.height

    def draw(self):
        c, b = self.canv, self.look.branding
        c.setFillColor(b.colour("paper_tint"))
        c.setStrokeColor(b.colour("accent"))
        c.setLineWidth(0.4)
        c.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        size = min(self.width, self.height) * 0.45
        captioned = self.width >= 30 * mm
        draw_monogram(
            c, (self.width - size) / 2, (self.height - size) / 2 + (6 if captioned else 0), size, b
        )
        if captioned:
            c.setFillColor(b.colour("muted"))
            fonts.draw(
                c, self.width / 2, 8, label("photo_missing", self.look.lang), 6.5, align="centre"
            )


def verification_block(
    look: Look,
    issue: Issue,
    signature: Signature | None,
    width: float,
    signer: str = "",
    note: Sequence[Flowable] = (),
) -> Grid:
    """QR code with its caption at the left; signature line and signer at the right. A
    `note` (the appraisal's limiting conditions) stands above caption and signature,
    beside the code, where the code's height leaves room."""
    b = look.branding
    link = b.verification_link(issue.number)
    left: list = []
    if signature is not None:
        left = [
            QrCode(qr_payload(link, signature.key_id, signature.value), 28 * mm, b.colour("ink"))
        ]
        caption = [
            look.para(label("verify", look.lang), 7, "muted", leading=9),
            look.para(issue.number, 7.5, leading=10),
            look.para(
                f"{label('signed_by_device', look.lang)} {signature.key_id}", 6, "muted", leading=8
            ),
        ]
    else:
        caption = [look.para(issue.number, 7.5, leading=10)]
    sign = [
        Spacer(0, 26),
        Rule(b.colour("muted"), width * 0.38),
        look.para(label("authorised_signature", look.lang), 7, "muted", leading=10),
        look.para(signer, 8.5, leading=11),
    ]
    code = 30 * mm if left else 0.1
    right = Grid([[caption, sign]], colWidths=[width * 0.55 - code, width * 0.45])
    right.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    table = Grid([[left, [*note, right]]], colWidths=[code, width - code])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


class Rule(Flowable):
    def __init__(self, colour: Color, width: float) -> None:
        super().__init__()
        self.colour, self.width, self.height = colour, width, 4

    def wrap(self, *_):
        return self.width, self.height

    def draw(self):
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 2, self.width, 2)


# --- the page and the finished file -----------------------------------------------------


@dataclass(frozen=True)
class Margins:
    left: float
    right: float
    top: float
    bottom: float


MARGINS = Margins(left=24 * mm, right=24 * mm, top=41 * mm, bottom=22 * mm)


def content_width(paper: str) -> float:
    return PAPERS[paper][0] - MARGINS.left - MARGINS.right


def content_height(paper: str) -> float:
    return PAPERS[paper][1] - MARGINS.top - MARGINS.bottom


def story_height(story: Sequence[Flowable], width: float) -> float:
    """How tall the story stands laid out in one column of this width."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(io.BytesIO(), initialFontName=fonts.LATIN)
    total = 0.0
    for flowable in story:
        if isinstance(
            flowable, KeepTogether
        ):  # it asks for more than any page to make the frame split it
            total += story_height(flowable._content, width)
            continue
        _, height = flowable.wrapOn(canvas, width, 1e6)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def render(
    issue: Issue,
    data,
    story: list,
    *,
    paper: str,
    branding: Branding,
    title: str,
    signature: Signature | None = None,
    border: bool = False,
    banner: str = "",
    void: bool = False,
) -> bytes:
    """Lay the story out in the house's frame and return the finished, sealed PDF."""
    fonts.register()
    look = Look(issue.lang, branding)
    size = PAPERS[paper]
    out = io.BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=size,
        leftMargin=MARGINS.left,
        rightMargin=MARGINS.right,
        topMargin=MARGINS.top,
        bottomMargin=MARGINS.bottom,
        title=title,
        author=branding.name(issue.lang),
        subject=f"{title} {issue.number}",
        creator="JewelDesk",
        invariant=1,
        pageCompression=1,
        lang={"en": "en", "zh_CN": "zh-CN", "zh_TW": "zh-TW"}[issue.lang],
    )

    def decorate(canvas, document):
        _decorate(canvas, document, look, issue, size, border=border, banner=banner, void=void)

    frame = Frame(
        MARGINS.left,
        MARGINS.bottom,
        size[0] - MARGINS.left - MARGINS.right,
        size[1] - MARGINS.top - MARGINS.bottom,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=decorate)])

    extra = {"JDNumber": issue.number, "JDKind": issue.kind, "JDLanguage": issue.lang}
    if signature is not None:
        extra.update(
            {
                "JDPayload": base64.b64encode(canonical(data)).decode(),
                "JDKeyId": signature.key_id,
                "JDSignature": signature.value,
                "JDSealKeyId": signature.seal_key_id,
                "JDSeal": SEAL_PLACEHOLDER.decode(),
            }
        )

    def with_info(canvas):
        info = _SignedInfo(extra)
        for key, value in vars(canvas._doc.info).items():
            setattr(info, key, value)
        canvas._doc.info = info

    doc.build(story, canvasmaker=_canvas_maker(with_info))
    pdf = out.getvalue()
    if signature is None:
        return pdf
    return seal(pdf, signature.seal)


def _canvas_maker(hook):
    from reportlab.pdfgen.canvas import Canvas

    class _Canvas(Canvas):
        def __init__(self, *args, **kwargs):
            # The canvas's preamble names its initial font: ours, so no unembedded
            # base-14 font (Helvetica) is referenced anywhere in the file.
            kwargs["initialFontName"] = fonts.LATIN
            super().__init__(*args, **kwargs)
            hook(self)

    return _Canvas


def seal(pdf: bytes, sign: Callable[[bytes], str]) -> bytes:
    at = pdf.find(SEAL_KEY)
    start = at + len(SEAL_KEY)
    if at < 0 or pdf[start : start + SEAL_LENGTH] != SEAL_PLACEHOLDER:
        raise RuntimeError("the document has no seal placeholder")
    value = sign(seal_digest(pdf)).encode()
    if len(value) != SEAL_LENGTH:
        raise RuntimeError("unexpected seal length")
    return pdf[:start] + value + pdf[start + SEAL_LENGTH :]


def unseal(pdf: bytes) -> tuple[bytes, str] | None:
    """(the digest the seal signed, the seal) or None when the file carries no seal."""
    at = pdf.find(SEAL_KEY)
    if at < 0 or pdf.find(SEAL_KEY, at + 1) >= 0:
        return None
    start = at + len(SEAL_KEY)
    value = pdf[start : start + SEAL_LENGTH]
    restored = pdf[:start] + SEAL_PLACEHOLDER + pdf[start + SEAL_LENGTH :]
    return seal_digest(restored), value.decode("ascii", "replace")


def _decorate(
    canvas, document, look: Look, issue: Issue, size, *, border: bool, banner: str, void: bool
) -> None:
    b = look.branding
    w, h = size
    canvas.saveState()
    if border:
        canvas.setStrokeColor(b.colour("accent"))
        canvas.setLineWidth(0.9)
        canvas.rect(10 * mm, 10 * mm, w - 20 * mm, h - 20 * mm)
        canvas.setLineWidth(0.3)
        canvas.rect(12 * mm, 12 * mm, w - 24 * mm, h - 24 * mm)
    logo_size = 11 * mm
    top = h - 16 * mm
    if b.logo and os.path.isfile(b.logo):
        canvas.drawImage(
            b.logo,
            (w - logo_size) / 2,
            top - logo_size,
            logo_size,
            logo_size,
            preserveAspectRatio=True,
            mask="auto",
        )
    else:
        draw_monogram(canvas, (w - logo_size) / 2, top - logo_size, logo_size, b)
    canvas.setFillColor(b.colour("ink"))
    fonts.draw(
        canvas,
        w / 2,
        top - logo_size - 6 * mm,
        b.name(look.lang),
        13,
        align="centre",
        char_space=3.2,
    )
    if b.tagline_in(look.lang):
        canvas.setFillColor(b.colour("muted"))
        fonts.draw(
            canvas,
            w / 2,
            top - logo_size - 10.5 * mm,
            b.tagline_in(look.lang),
            6.5,
            align="centre",
            char_space=1.2,
        )
    if banner:
        canvas.setFillColor(b.colour("ink"))
        canvas.rect(
            MARGINS.left, h - 12 * mm, w - MARGINS.left - MARGINS.right, 5.5 * mm, fill=1, stroke=0
        )
        canvas.setFillColor(white)
        fonts.draw(canvas, w / 2, h - 10.4 * mm, banner, 7.5, align="centre", char_space=1.5)
    # Footer: number and page at the right, the boutique at the left.
    canvas.setFillColor(b.colour("muted"))
    y = 15.5 * mm if border else 13 * mm
    store = issue.store.display(look.lang)
    fonts.draw(canvas, MARGINS.left, y, " · ".join(x for x in (store, issue.store.phone) if x), 6.5)
    fonts.draw(
        canvas,
        w - MARGINS.right,
        y,
        f"{issue.number}  ·  {label('page', look.lang, n=document.page if document else 1)}",
        6.5,
        align="right",
    )
    canvas.setStrokeColor(b.colour("accent"))
    canvas.setLineWidth(0.3)
    canvas.line(MARGINS.left, y + 9, w - MARGINS.right, y + 9)
    if void:
        canvas.setFillColor(Color(0.7, 0.1, 0.1, alpha=0.18))
        canvas.translate(w / 2, h / 2)
        canvas.rotate(35)
        fonts.draw(canvas, 0, 0, label("void", look.lang), 110, align="centre", char_space=8)
    canvas.restoreState()


def header_block(
    look: Look,
    issue: Issue,
    title_key: str,
    width: float,
    number_key: str = "number",
    tight: bool = False,
) -> list:
    """Title, then number, date and boutique in three centred columns; `tight`: closer
    below each (a page that has more to hold)."""
    b = look.branding
    cells = [
        (look.label(number_key), issue.number),
        (look.label("issued_on"), date(issue.issued_at.date(), look.lang)),
        (look.label("store"), issue.store.display(look.lang)),
    ]
    centred = {"align": TA_CENTER}
    row = [
        [
            look.para(k, 6.5 if not look.cjk else 7, "muted", leading=9, **centred),
            look.para(v, 9.5, leading=12, **centred),
        ]
        for k, v in cells
    ]
    # Number and boutique are the long ones: "Shanghai Plaza 66 Flagship" on one line.
    table = Grid([row], colWidths=[width * 0.38, width * 0.24, width * 0.38])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.3, b.colour("accent")),
                ("LINEBELOW", (0, 0), (-1, 0), 0.3, b.colour("accent")),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    title = label(title_key, look.lang)
    return [
        Tracked(
            title.upper() if look.lang == "en" else title,
            15 if not look.cjk else 17,
            b.colour("ink"),
            char_space=2.2 if not look.cjk else 5,
            space_after=6 if tight else 10,
        ),
        table,
        Spacer(0, 4 if tight else 8),
    ]
