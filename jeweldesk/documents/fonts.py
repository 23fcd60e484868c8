"""The fonts every document uses, registered once per process and embedded as subsets.

The bundled CJK font (Droid Sans Fallback) has no Latin glyphs at all, so text is cut
into runs: Latin script in Bitstream Vera (shipped with reportlab, freely licensed),
everything else in the CJK font. Both are TrueType, so reportlab embeds a subset of
each in every PDF (FontFile2) and the document reads the same on any computer."""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jeweldesk.paths import resource_dir

LATIN = "JDLatin"
LATIN_BOLD = "JDLatinBold"
CJK = "JDCJK"

_lock = threading.Lock()
_registered = False


def cjk_font_path() -> Path:
    return resource_dir() / "fonts" / "DroidSansFallbackFull.ttf"


def register() -> None:
    """Register the document fonts (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        vera = Path(reportlab.__file__).parent / "fonts"
        pdfmetrics.registerFont(TTFont(LATIN, str(vera / "Vera.ttf")))
        pdfmetrics.registerFont(TTFont(LATIN_BOLD, str(vera / "VeraBd.ttf")))
        pdfmetrics.registerFont(TTFont(CJK, str(cjk_font_path())))
        # <b> in a paragraph picks the bold Latin face; CJK has one weight.
        for bold, italic, face in (
            (0, 0, LATIN),
            (1, 0, LATIN_BOLD),
            (0, 1, LATIN),
            (1, 1, LATIN_BOLD),
        ):
            addMapping(LATIN, bold, italic, face)
            addMapping(CJK, bold, italic, CJK)
        _registered = True


@cache
def _latin_chars() -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(LATIN).face.charToGlyph)


@cache
def _cjk_chars() -> frozenset[int]:
    register()
    return frozenset(pdfmetrics.getFont(CJK).face.charToGlyph)


def _drawable(ch: str) -> str:
    """The character, or, when neither font has it (ř, ș, ő: Vera stops at Latin-1 and a
    little more), its letter without the accent rather than an empty box."""
    if ord(ch) in _latin_chars() or ord(ch) in _cjk_chars() or ch.isspace():
        return ch
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if ord(c) in _latin_chars())
    return base or ch


def runs(text: str) -> list[tuple[str, bool]]:
    """Split text into (run, is_cjk) pieces by which font holds each character."""
    latin = _latin_chars()
    out: list[tuple[str, bool]] = []
    for ch in "".join(_drawable(c) for c in text):
        cjk = ord(ch) not in latin and not ch.isspace()
        if out and out[-1][1] == cjk:
            out[-1] = (out[-1][0] + ch, cjk)
        else:
            out.append((ch, cjk))
    return out


def has_cjk(text: str) -> bool:
    """Whether any of the text prints in the CJK font (Chinese, full-width signs)."""
    return any(cjk for _, cjk in runs(text))


def rich(text: str) -> str:
    """Paragraph markup for plain text: escaped, with CJK runs in the CJK font."""
    return "".join(
        f'<font name="{CJK}">{escape(run)}</font>' if cjk else escape(run)
        for run, cjk in runs(text)
    ).replace("\n", "<br/>")


def width(text: str, size: float, bold: bool = False, char_space: float = 0) -> float:
    latin = LATIN_BOLD if bold else LATIN
    return sum(
        pdfmetrics.stringWidth(run, CJK if cjk else latin, size) for run, cjk in runs(text)
    ) + char_space * len(text)


def draw(
    canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    *,
    bold: bool = False,
    align: str = "left",
    char_space: float = 0,
) -> float:
    """Draw one line of mixed-script text on a canvas; returns its width."""
    total = width(text, size, bold, char_space)
    if align == "centre":
        x -= total / 2
    elif align == "right":
        x -= total
    latin = LATIN_BOLD if bold else LATIN
    for run, cjk in runs(text):
        font = CJK if cjk else latin
        canvas.setFont(font, size)
        canvas.drawString(x, y, run, charSpace=char_space)
        x += pdfmetrics.stringWidth(run, font, size) + char_space * len(run)
    return total
