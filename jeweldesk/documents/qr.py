"""The verification QR code: a link to head office's public page for the number, with
the key id and signature, so a phone checks it online and JewelDesk checks it offline.

    https://verify.house.example/verify/SH01-…-X?k=<key id>&s=<signature>

Encoded once with reportlab's QR encoder and drawn as one filled path (reportlab's
widget encodes twice and draws a shape per module: most of a certificate's time)."""

from __future__ import annotations

import itertools
from urllib.parse import parse_qs, urlsplit

from reportlab.graphics.barcode import qrencoder
from reportlab.lib.colors import Color, black
from reportlab.platypus import Flowable

QUIET_ZONE = 4  # modules of white around the code, as the standard asks


def payload(link: str, key_id: str, signature: str) -> str:
    return f"{link}?k={key_id}&s={signature}"


def parse(text: str) -> tuple[str, str, str]:
    """(number, key id, signature) from a scanned code."""
    parts = urlsplit(text.strip())
    query = parse_qs(parts.query)
    number = parts.path.rstrip("/").rpartition("/")[2]
    return number, query.get("k", [""])[0], query.get("s", [""])[0]


def modules(text: str) -> list[list[bool]]:
    """The code's dark modules, row by row from the top (error correction M)."""
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(text)
    code.make()
    return [[bool(m) for m in row] for row in code.modules]


class QrCode(Flowable):
    """A QR code `size` points square, quiet zone included."""

    def __init__(self, text: str, size: float, colour: Color = black) -> None:
        super().__init__()
        self.text, self.size, self.colour = text, size, colour
        self.width = self.height = size

    def wrap(self, *_):
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, modules(self.text), 0, 0, self.size, self.colour)


def draw_qr(
    canvas, rows: list[list[bool]], x: float, y: float, size: float, colour: Color = black
) -> None:
    box = size / (len(rows) + 2 * QUIET_ZONE)
    path = canvas.beginPath()
    for r, row in enumerate(rows):
        top = y + size - (r + QUIET_ZONE + 1) * box
        c = 0
        for dark, run in itertools.groupby(row):
            count = len(list(run))
            if dark:
                path.rect(x + (c + QUIET_ZONE) * box, top, count * box, box)
            c += count
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.restoreState()
