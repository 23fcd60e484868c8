"""Ring sizes in the four systems advisors meet, and body lengths.

Sizes are stored as typed by the system's convention ("6.5", "M½", "52", "13") and
converted through inner circumference in millimetres so that a US 6½ and an EU 53
can be compared. Conversion tables follow the common jewellers' charts.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.messages import Ref
from jeweldesk.domain.names import halfwidth
from jeweldesk.domain.vocab import SizingSystem

_FRACTIONS = {"½": ".5", "¼": ".25", "¾": ".75", "⅛": ".125", "⅜": ".375", "⅝": ".625", "⅞": ".875"}
UK_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
# What advisors write around a size: 12号, 13码, #12, 港码 12, US 6½.
_MARKS = ("号", "號", "码", "碼", "#")
_LABELS = {
    "cn_hk": ("CN/HK", "CN", "HK", "国标", "國標", "港码", "港碼"),
    "us": ("US", "美码", "美碼"),
    "uk": ("UK", "英码", "英碼"),
    "eu": ("EU", "欧码", "歐碼"),
}
_NUMBER = re.compile(r"^[\d.,/ ½¼¾⅛⅜⅝⅞]+$")


def _decimal(text: str) -> Decimal:
    for symbol, dec in _FRACTIONS.items():
        text = text.replace(" " + symbol, dec).replace(symbol, dec)
    text = text.replace(",", ".").replace(" 1/2", ".5").replace("1/2", ".5")
    if text.startswith("."):
        text = "0" + text
    return Decimal(text)


def us_to_mm(size: Decimal) -> Decimal:
    # US size 0 is 11.63 mm diameter; each whole size adds 0.8128 mm (1/32 inch).
    diameter = Decimal("11.63") + size * Decimal("0.8128")
    return (diameter * Decimal("3.14159")).quantize(Decimal("0.1"))


def parse_ring_size(value: str, system: SizingSystem | str) -> tuple[str, Decimal]:
    """Returns (canonical size text, inner circumference in mm); raises a
    ValidationError naming the system for anything else."""
    try:
        system = SizingSystem(system)
    except ValueError:
        raise ValidationError("ring_size.system", field="ring_size") from None
    raw = halfwidth(value or "").strip().upper()
    for label in _LABELS[system.value]:
        raw = raw.removeprefix(label).strip()
    for mark in _MARKS:
        raw = raw.replace(mark, "").strip()
    raw = raw.replace("半", "½")  # 12号半
    bad = ValidationError(
        "ring_size.invalid", field="ring_size", value=value, system=Ref(f"sizing.{system.value}")
    )
    if not raw:
        raise bad
    if system is SizingSystem.UK:
        letter, rest = raw[0], raw[1:].strip()
        if letter not in UK_LETTERS[:26] or rest not in ("", "½", "1/2", ".5", "+"):
            raise bad
        half = rest in ("½", "1/2", ".5", "+")
        # UK A is 37.8 mm; each letter adds about 1.25 mm, each half 0.625.
        index = UK_LETTERS.index(letter) + (0.5 if half else 0)
        mm = Decimal("37.8") + Decimal(str(index)) * Decimal("1.25")
        return (letter + ("½" if half else "")), mm.quantize(Decimal("0.1"))
    if not _NUMBER.match(raw):
        raise bad  # digits and fractions only: not 'NaN', '1e1'
    try:
        number = _decimal(raw)
    except (InvalidOperation, ValueError):
        raise bad from None
    if system is SizingSystem.US:
        if not Decimal("0") <= number <= Decimal("16") or (number * 4) % 1:
            raise bad
        return _trim(number), us_to_mm(number)
    if system is SizingSystem.EU:
        # EU size is the inner circumference in millimetres.
        if not Decimal("38") <= number <= Decimal("76") or (number * 2) % 1:
            raise bad
        return _trim(number), number.quantize(Decimal("0.1"))
    # CN/HK: size 1 ≈ 40.5 mm circumference, about +1 mm per size.
    if not Decimal("1") <= number <= Decimal("35") or (number * 2) % 1:
        raise bad
    return _trim(number), (Decimal("39.5") + number).quantize(Decimal("0.1"))


def _trim(number: Decimal) -> str:
    text = format(number.normalize(), "f")
    return text


def parse_length_cm(value: str | Decimal) -> Decimal:
    """Wrist and neck lengths: '16.5', '16,5 cm', '165mm', '16.5厘米', '１６５毫米' →
    Decimal centimetres."""
    text = halfwidth(str(value)).strip().lower().replace(",", ".").replace(" ", "")
    factor = Decimal(1)
    for unit, scale in (("mm", "0.1"), ("毫米", "0.1"), ("cm", "1"), ("厘米", "1"), ("公分", "1")):
        if text.endswith(unit):
            text, factor = text.removesuffix(unit), Decimal(scale)
            break
    if not _NUMBER.match(text):
        raise ValidationError("measurement.invalid", field="length", value=value)
    try:
        number = _decimal(text) * factor
    except (InvalidOperation, ValueError):
        raise ValidationError("measurement.invalid", field="length", value=value) from None
    if not Decimal("5") <= number <= Decimal("120"):
        raise ValidationError("measurement.invalid", field="length", value=value)
    return number.quantize(Decimal("0.1"))
