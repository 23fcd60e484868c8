"""Money: a Decimal amount with its ISO 4217 currency. Never a float."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.names import halfwidth

CURRENCY_DIGITS = {"JPY": 0, "KRW": 0}
# What advisors type for a currency besides its code.
CURRENCY_ALIASES = {
    "RMB": "CNY",
    "CN": "CNY",
    "元": "CNY",
    "人民币": "CNY",
    "HK": "HKD",
    "港币": "HKD",
    "港幣": "HKD",
    "US": "USD",
    "NT": "TWD",
    "S": "SGD",
    "円": "JPY",
}
# Signs that name one currency only ($ and ¥ name several).
_SIGNS = {"€": "EUR", "£": "GBP", "₩": "KRW", "₹": "INR"}
# Amounts head office can hold: NUMERIC(14, 2).
LIMIT = Decimal(10) ** 12
_GROUPED = re.compile(r"^[1-9]\d{0,2}(?:[.,]\d{3})+$")
_MARKERS = re.compile(r"^([^\d.,]*)([\d.,]+)([^\d.,]*)$")


@dataclass(frozen=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if len(self.currency) != 3 or not self.currency.isalpha():
            raise ValidationError("money.currency", currency=self.currency)

    @classmethod
    def of(cls, amount: str | int | Decimal, currency: str) -> Money:
        return cls(parse_amount(amount, currency), currency.upper())

    def __add__(self, other: Money) -> Money:
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.amount + other.amount, self.currency)

    def __str__(self) -> str:
        return f"{self.currency} {self.amount:,}"


def normalise_currency(value: str) -> str:
    """'cny', ' RMB ' → 'CNY'; anything that is not an ISO 4217 code is refused."""
    from babel.numbers import list_currencies

    text = halfwidth(value or "").strip().upper()
    code = CURRENCY_ALIASES.get(text, text)
    if code not in list_currencies():
        raise ValidationError("money.currency", field="currency", currency=value)
    return code


def parse_amount(value: str | int | Decimal, currency: str = "USD") -> Decimal:
    """'¥86,400', '￥86,400', 'HK$12,000', '1 250,50 €', '€1.250,50', '8.6万', 1250 →
    Decimal quantised to the currency's minor unit. Refusals name no field: the form
    knows which of its fields holds the amount.

    A separator followed by exactly three digits groups thousands, whichever it is
    ('86,400', '1.250'); otherwise the last separator marks the decimals ('1,5'). An
    amount in another currency than `currency` is refused, never converted."""
    if isinstance(value, float):
        raise TypeError("money is never a float")
    if value is None or str(value).strip() == "":
        raise ValidationError("money.required")
    if isinstance(value, int | Decimal):
        amount = Decimal(value)
    else:
        amount = _read(str(value), currency.upper())
    if not amount.is_finite() or amount < 0:
        raise ValidationError("money.invalid", value=str(value))
    exponent = Decimal(1).scaleb(-CURRENCY_DIGITS.get(currency.upper(), 2))
    amount = amount.quantize(exponent, rounding=ROUND_HALF_UP)
    if amount >= LIMIT:
        raise ValidationError("money.too_large", value=str(value))
    return amount


def _read(typed: str, currency: str) -> Decimal:
    bad = ValidationError("money.invalid", value=typed)
    text = halfwidth(typed)
    text = "".join(ch for ch in text if not ch.isspace() and ch not in "'’")
    scale = Decimal(1)
    if text[-1:] in ("万", "萬"):  # 8.6万 is 86,000
        text, scale = text[:-1], Decimal(10_000)
    found = _MARKERS.match(text)
    if not found:
        raise bad
    for marker in (found.group(1), found.group(3)):
        # Currency signs ($, ¥, €) and codes or words for this currency only.
        words = "".join(ch for ch in marker if unicodedata.category(ch) != "Sc").upper()
        if words and CURRENCY_ALIASES.get(words, words) != currency:
            raise bad
        if any(_SIGNS.get(ch, currency) != currency for ch in marker):
            raise bad  # '€100' is not a price in yuan
    number = found.group(2)
    if _GROUPED.match(number) and len(set(number) - set("0123456789")) == 1:
        number = number.replace(",", "").replace(".", "")
    else:
        last = max(number.rfind(","), number.rfind("."))
        whole, decimals = number[:last], number[last + 1 :] if last >= 0 else ""
        whole = number if last < 0 else whole
        groups = re.split(r"[.,]", whole)
        if len(groups) > 1 and not _GROUPED.match(whole):
            raise bad
        if last >= 0 and whole and number[last] in whole:
            raise bad  # the same mark for groups and decimals: '1.250.50'
        number = "".join(groups) + ("." + decimals if last >= 0 else "")
    try:
        return Decimal(number) * scale
    except InvalidOperation:
        raise bad from None
