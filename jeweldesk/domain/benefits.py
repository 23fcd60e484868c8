"""Benefits (权益) and vouchers: what a purchase gives, and whether one can be used
today. Pure rules, shared by the device (which refuses a use) and head office (which
counts the uses two offline devices recorded)."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from enum import StrEnum


class PurchaseBenefit(StrEnum):
    """What a purchase may come with."""

    CLEANING = "cleaning"  # lifetime complimentary cleaning and inspection
    RESIZING = "resizing"  # free resizing within six months, once
    ENGRAVING = "engraving"  # engraving on each wedding anniversary


@dataclass(frozen=True)
class Grant:
    """The terms a purchase benefit is issued on."""

    code: str
    title: str
    title_zh: str
    conditions: str
    months: int | None  # valid for this many months from the purchase; None: for life
    max_uses: int | None  # None: unlimited


GRANTS: dict[PurchaseBenefit, Grant] = {
    PurchaseBenefit.CLEANING: Grant(
        "CARE-LIFE",
        "Lifetime complimentary cleaning and inspection",
        "终身免费清洗与检查",
        "Pieces bought from the house.",
        None,
        None,
    ),
    PurchaseBenefit.RESIZING: Grant(
        "RESIZE-6M",
        "Free resizing within six months",
        "六个月内免费改圈",
        "One resizing of the piece bought.",
        6,
        1,
    ),
    PurchaseBenefit.ENGRAVING: Grant(
        "ENGRAVE-ANNIV",
        "Anniversary engraving",
        "周年纪念免费刻字",
        "Engraving of the piece bought, on each wedding anniversary.",
        None,
        None,
    ),
}


class Standing(StrEnum):
    """Where a benefit stands on a given day in its store."""

    USABLE = "usable"
    NOT_YET_VALID = "not_yet_valid"
    EXPIRED = "expired"
    USED_UP = "used_up"
    WITHDRAWN = "withdrawn"


# The message key that refuses a use, by standing.
REFUSALS = {
    Standing.NOT_YET_VALID: "benefit.not_yet_valid",
    Standing.EXPIRED: "benefit.expired",
    Standing.USED_UP: "benefit.used_up",
    Standing.WITHDRAWN: "benefit.withdrawn",
}


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later; the month's last day where it is shorter
    (31 August + 6 months is 28 or 29 February)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def standing(
    *,
    today: dt.date,
    valid_from: dt.date | None,
    valid_until: dt.date | None,
    max_uses: int | None,
    uses: int,
    withdrawn: bool,
) -> Standing:
    """`today` is the store's date (validity is counted in the store's time zone);
    `uses` the live uses recorded. Withdrawn first: a withdrawn voucher says so, not
    that it expired."""
    if withdrawn:
        return Standing.WITHDRAWN
    if valid_until is not None and today > valid_until:
        return Standing.EXPIRED
    if max_uses is not None and uses >= max_uses:
        return Standing.USED_UP
    if valid_from is not None and today < valid_from:
        return Standing.NOT_YET_VALID
    return Standing.USABLE


def remaining(max_uses: int | None, uses: int) -> int | None:
    """Uses left (never below none, even after two offline devices both used the
    last one); None for an unlimited benefit."""
    return None if max_uses is None else max(0, max_uses - uses)
