"""Cell values as the exports write them, read into JewelDesk's forms: amounts in the
separators of any locale, dates in the orders of five countries and in Chinese, a
birthday without its year, membership tiers, genders and yes/no answers. Phones and
e-mails go through the domain's own normalisers (`domain/contacts.py`)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from jeweldesk.domain.contacts import normalise_email, normalise_phone
from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.names import clean, halfwidth

# --- phones and e-mails ------------------------------------------------------------------


def phones_in(text: str) -> list[str]:
    """The numbers in one cell: '138 1234 5678 / 021-6288 0000' holds two."""
    parts = re.split(r"[;,/|、，；]+", halfwidth(text))
    return [p.strip() for p in parts if p.strip()]


def phone(text: str, region: str) -> str:
    """E.164 ('+8613812345678') from any national or international form, full-width
    digits included; refused with the domain's own message (`phone.invalid`)."""
    return normalise_phone(text, region)


def email(text: str) -> str:
    """Trimmed and case-folded for matching; refused as `email.invalid`."""
    return normalise_email(text)


# --- money --------------------------------------------------------------------------------

_CURRENCY_SIGNS = {
    "€": "EUR",
    "£": "GBP",
    "$": "USD",
    "¥": "CNY",
    "￥": "CNY",
    "元": "CNY",
    "HK$": "HKD",
    "NT$": "TWD",
    "S$": "SGD",
    "US$": "USD",
    "RMB": "CNY",
}
_CODE = re.compile(r"\b([A-Z]{3})\b")


@dataclass(frozen=True, slots=True)
class Amount:
    value: Decimal
    currency: str  # ISO 4217, "" when the cell does not say


def money(text: str) -> Amount:
    """'128,400.00', '9 800,00', '€3.450,50', 'HK$12,000', '￥5,800元', 'EUR 1.234' →
    an exact `Decimal`. The separator that comes last with one or two digits after it
    is the decimal one; the others group thousands."""
    raw = halfwidth(str(text)).strip()
    currency = ""
    for sign in sorted(_CURRENCY_SIGNS, key=len, reverse=True):
        if sign in raw.upper():
            currency = currency or _CURRENCY_SIGNS[sign]
            raw = re.sub(re.escape(sign), " ", raw, flags=re.IGNORECASE)
    code = _CODE.search(raw.upper())
    if code:
        currency = currency or code.group(1)
        raw = _CODE.sub(" ", raw.upper())
    negative = raw.strip().startswith("-") or (raw.strip().startswith("(") and ")" in raw)
    digits = re.sub(r"[\s\u00a0\u202f'’()+-]", "", raw)
    if not digits or not re.fullmatch(r"[\d.,]+", digits) or not any(c.isdigit() for c in digits):
        raise ValidationError("import.money_invalid", field="spend", value=str(text))
    last = max(digits.rfind("."), digits.rfind(","))
    if last >= 0 and len(digits) - last - 1 in (1, 2):
        whole, fraction = digits[:last], digits[last + 1 :]
    elif last >= 0 and digits.count(digits[last]) == 1 and len(digits) - last - 1 != 3:
        whole, fraction = digits[:last], digits[last + 1 :]
    else:
        whole, fraction = digits, ""
    whole = whole.replace(".", "").replace(",", "")
    try:
        value = Decimal(f"{whole or '0'}.{fraction or '0'}")
    except InvalidOperation:
        raise ValidationError("import.money_invalid", field="spend", value=str(text)) from None
    return Amount(-value if negative else value, currency)


# --- dates --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DayOfYear:
    """A date that may lack its year: a birthday written '05-01' or '5月1日'."""

    month: int
    day: int
    year: int | None = None


_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_DMY = re.compile(r"^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})$")
_MD_CHINESE = re.compile(r"^(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?$")
_MD = re.compile(r"^-{0,2}(\d{1,2})\s*[-/]\s*(\d{1,2})$")
_DM_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
MONTH_FIRST_REGIONS = {"US"}


def day_of_year(value: str | dt.date, region: str = "") -> DayOfYear:
    """A date as the exports write it: 1988-02-29, 1988/2/29, 1990年5月1日, 19880229,
    29.02.1988, 29/02/1988 (day first, as in China's neighbours and Europe; month first
    for a US store, or when the first number cannot be a month), and without a year:
    05-01 (month, day), 5月1日, 01.05. Whether the day exists is the caller's check
    (29 February of a common year)."""
    if isinstance(value, dt.date):
        return DayOfYear(value.month, value.day, value.year)
    text = halfwidth(clean(value))
    text = text.split("T")[0].split(" ")[0] if _YMD.match(text.split(" ")[0]) else text
    if match := _YMD.match(text) or _COMPACT.match(text):
        year, month, day = (int(g) for g in match.groups())
        return DayOfYear(month, day, year)
    if match := _DMY.match(text):
        first, second, year = (int(g) for g in match.groups())
        month_first = first <= 12 and (second > 12 or region.upper() in MONTH_FIRST_REGIONS)
        if "." in text:
            month_first = False  # 29.02.1988 is always day first
        month, day = (first, second) if month_first else (second, first)
        return DayOfYear(month, day, year)
    if match := _MD_CHINESE.match(text):
        return DayOfYear(int(match.group(1)), int(match.group(2)))
    if match := _MD.match(text):
        return DayOfYear(int(match.group(1)), int(match.group(2)))
    if match := _DM_DOTTED.match(text):
        return DayOfYear(int(match.group(2)), int(match.group(1)))
    raise ValidationError("import.date_invalid", field="birthday", value=str(value))


# --- tiers, genders, yes and no -----------------------------------------------------------

# A loyalty programme's tier names in JewelDesk's vocabulary (the value-tier labels of
# `domain/intelligence/rules.py`). A tier not listed here is kept as a tag.
TIERS = {
    "black diamond": "black_diamond",
    "黑钻": "black_diamond",
    "黑鑽": "black_diamond",
    "黑钻卡": "black_diamond",
    "黑鑽卡": "black_diamond",
    "黑钻会员": "black_diamond",
    "黑鑽會員": "black_diamond",
    "diamond": "black_diamond",
    "钻石": "black_diamond",
    "鑽石": "black_diamond",
    "钻石卡": "black_diamond",
    "鑽石卡": "black_diamond",
    "platinum": "platinum",
    "白金": "platinum",
    "白金卡": "platinum",
    "铂金": "platinum",
    "鉑金": "platinum",
    "白金会员": "platinum",
    "白金會員": "platinum",
    "gold": "gold",
    "金卡": "gold",
    "黄金": "gold",
    "黃金": "gold",
    "金卡会员": "gold",
    "金卡會員": "gold",
    "silver": "silver",
    "银卡": "silver",
    "銀卡": "silver",
    "银卡会员": "silver",
    "銀卡會員": "silver",
}


def tier(text: str) -> str | None:
    """'Gold', '金卡', 'GOLD member' → 'gold'; None when the house's word is not one of
    JewelDesk's (VIP, 普通会员): then it is kept as a tag."""
    key = clean(halfwidth(text)).casefold()
    key = re.sub(r"\s*(member|membership|tier|level|card|会员|會員)$", "", key).strip()
    return TIERS.get(key) or TIERS.get(key.replace(" ", ""))


_GENDERS = {
    "f": "F",
    "female": "F",
    "woman": "F",
    "w": "F",
    "女": "F",
    "女士": "F",
    "女性": "F",
    "ms": "F",
    "mrs": "F",
    "mme": "F",
    "femme": "F",
    "m": "M",
    "male": "M",
    "man": "M",
    "男": "M",
    "男士": "M",
    "男性": "M",
    "mr": "M",
    "homme": "M",
}


def gender(text: str) -> str:
    """'女', 'Female', 'f' → 'F'; 'Male', '男' → 'M' (as the client record keeps it);
    anything else as written."""
    value = clean(halfwidth(text))
    return _GENDERS.get(value.casefold().rstrip("."), value)


_YES = {"yes", "y", "true", "1", "x", "是", "yes (subscribed)", "subscribed", "opted in", "oui"}
_NO = {"no", "n", "false", "0", "否", "not subscribed", "unsubscribed", "opted out", "non"}


def yes_no(text: str) -> bool | None:
    value = clean(halfwidth(text)).casefold()
    if value in _YES:
        return True
    if value in _NO:
        return False
    return None


def tags_in(text: str) -> list[str]:
    """'VIP, Wedding; 婚戒' → ['VIP', 'Wedding', '婚戒']."""
    return [t for t in (clean(p) for p in re.split(r"[,;|、，；]+", halfwidth(text))) if t]
