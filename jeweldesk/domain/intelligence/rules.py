"""The numbers the intelligence rules run on: segment floors, exchange rates, lead
times, cadences. Defaults come from DOMAIN.md; head office may override any of them
(`intelligence_settings`), so every rule reads them from a `Rules` value."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from jeweldesk.domain.messages import normalise_language
from jeweldesk.domain.vocab import DEFAULT_LEAD_DAYS, DateKind

SEGMENTS = ("vic", "core", "potential", "prospect")


@dataclass(frozen=True)
class Rules:
    reporting_currency: str = "USD"
    # Floors on rolling 12-month spend in the reporting currency, highest first.
    floors: tuple[tuple[str, Decimal], ...] = (
        ("vic", Decimal(50_000)),
        ("core", Decimal(5_000)),
        ("potential", Decimal(1_000)),
    )
    # Units of the reporting currency per unit of each currency.
    rates: dict[str, Decimal] = field(
        default_factory=lambda: {
            "USD": Decimal(1),
            "CNY": Decimal("0.138"),
            "HKD": Decimal("0.128"),
            "EUR": Decimal("1.08"),
            "GBP": Decimal("1.27"),
            "JPY": Decimal("0.0067"),
            "TWD": Decimal("0.031"),
            "SGD": Decimal("0.74"),
        }
    )
    lead_days: dict[str, int] = field(
        default_factory=lambda: {str(k): v for k, v in DEFAULT_LEAD_DAYS.items()}
    )
    tier_labels: tuple[str, str, str, str] = ("black_diamond", "platinum", "gold", "silver")
    dormant_days: int = 365
    no_contact_days: int = 60
    new_client_days: int = 90
    trade_in_years: int = 3
    fatigue_invitations: int = 3
    fatigue_window_days: int = 90
    benefit_warning_days: int = 30
    launch_horizon_days: int = 45
    conversion_days: int = 14

    def lead_for(self, kind: DateKind | str, stored: int | None = None) -> int:
        """The date's own lead time if the advisor set one, else the house's per type."""
        if stored is not None and stored > 0:
            return stored
        return self.lead_days.get(str(kind), 7)

    def to_reporting(self, amount: Decimal, currency: str) -> Decimal:
        rate = self.rates.get(currency.upper())
        if rate is None:
            raise KeyError(f"no exchange rate for {currency} to {self.reporting_currency}")
        return (amount * rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    def from_reporting(self, amount: Decimal, currency: str) -> Decimal:
        rate = self.rates.get(currency.upper()) or Decimal(1)
        return (amount / rate).quantize(Decimal("1"), rounding=ROUND_HALF_UP)

    def with_settings(self, settings: dict[str, Any]) -> Rules:
        """These rules with head office's overrides (JSON values) applied."""
        changes: dict[str, Any] = {}
        if "floors" in settings:
            floors = {k: Decimal(str(v)) for k, v in settings["floors"].items()}
            changes["floors"] = tuple(sorted(floors.items(), key=lambda kv: kv[1], reverse=True))
        if "rates" in settings:
            changes["rates"] = {
                **self.rates,
                **{k.upper(): Decimal(str(v)) for k, v in settings["rates"].items()},
            }
        if "lead_days" in settings:
            changes["lead_days"] = {
                **self.lead_days,
                **{k: int(v) for k, v in settings["lead_days"].items()},
            }
        if "tier_labels" in settings:
            changes["tier_labels"] = tuple(settings["tier_labels"])
        for name in ("reporting_currency",):
            if name in settings:
                changes[name] = str(settings[name])
        for name in (
            "dormant_days",
            "no_contact_days",
            "new_client_days",
            "trade_in_years",
            "fatigue_invitations",
            "fatigue_window_days",
            "benefit_warning_days",
            "launch_horizon_days",
            "conversion_days",
        ):
            if name in settings:
                changes[name] = int(settings[name])
        return replace(self, **changes)


DEFAULT_RULES = Rules()

# The interface languages' locales for money: each writes a currency its own way.
BABEL_LOCALES = {"en": "en", "zh_CN": "zh_Hans_CN", "zh_TW": "zh_Hant_TW"}


@cache
def _whole_pattern(locale: str) -> str:
    """The locale's currency pattern without minor units: "¤#,##0"."""
    from babel import Locale

    pattern: str = Locale.parse(locale).currency_formats["standard"].pattern
    return pattern.split(";")[0].replace(".00", "")


def money_text(amount: Decimal, currency: str, lang: str = "en") -> str:
    """Whole units, as an advisor says it, in the interface language's own writing:
    "CN¥86,400" in English, "¥86,400" in Chinese, as every screen writes money."""
    from babel.numbers import format_currency

    whole = amount.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    locale = BABEL_LOCALES[normalise_language(lang)]
    return format_currency(
        whole, currency.upper(), format=_whole_pattern(locale), locale=locale, currency_digits=False
    )
