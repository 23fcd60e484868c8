"""Money: a Decimal amount with its ISO 4217 currency. Never a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from jeweldesk.domain.errors import ValidationError

CURRENCY_DIGITS = {"JPY": 0, "KRW": 0}


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


def parse_amount(value: str | int | Decimal, currency: str = "USD") -> Decimal:
    """'¥86,400', '1 250.5', 1250 → Decimal quantised to the currency's minor unit."""
    if isinstance(value, float):
        raise TypeError("money is never a float")
    text = str(value).strip()
    for ch in "¥$€£ ,\u00a0\u202f":
        text = text.replace(ch, "")
    text = text.removeprefix(currency.upper())
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise ValidationError("money.invalid", value=str(value)) from None
    if not amount.is_finite() or amount < 0:
        raise ValidationError("money.invalid", value=str(value))
    exponent = Decimal(1).scaleb(-CURRENCY_DIGITS.get(currency.upper(), 2))
    return amount.quantize(exponent, rounding=ROUND_HALF_UP)
