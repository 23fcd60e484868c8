"""Every printed label in English, Simplified and Traditional Chinese, and the
jeweller's terms a document prints (metals, stones, cuts, grades) in each language.

The words are the gettext catalogue `resources/locale/<lang>/LC_MESSAGES/documents.po`
(see `jeweldesk/catalogues.py`): labels under their keys ("title.certificate"), terms
under the context "term" by the records' English ("platinum 950"). Dates, money and
weights are written by Babel in the document's language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal

from jeweldesk import catalogues
from jeweldesk.domain.contacts import format_phone
from jeweldesk.domain.names import is_cjk

LANGUAGES = catalogues.LANGUAGES
DOMAIN = "documents"
TERM = "term"  # the catalogue's context for the jeweller's terms, keyed by their English


def lang_of(lang: str | None) -> str:
    return lang if lang in LANGUAGES else "en"


def has_label(key: str) -> bool:
    return key in catalogues.keys(DOMAIN)


def label(key: str, lang: str, **params) -> str:
    """A printed label in the document's language; a label with a count (a plural
    entry: "{n} years") takes its form from the parameter `n`."""
    if key not in catalogues.keys(DOMAIN):
        raise KeyError(key)
    words = catalogues.translations(DOMAIN, lang_of(lang))
    if key in catalogues.plural_keys(DOMAIN):
        text = words.ngettext(key, key, int(params.get("n", 2)))  # type: ignore[call-overload]
    else:
        text = words.gettext(key)
    return text.format(**params) if params else text


def _term(value: str, lang: str) -> str | None:
    key = f"{TERM}\x04{value}"
    if key not in catalogues.keys(DOMAIN):
        return None
    return catalogues.translations(DOMAIN, lang).pgettext(TERM, value)


def term(value: str, lang: str) -> str:
    """A jeweller's term (metal, stone, cut, grade…) in the document's language; a
    value the vocabulary does not hold is printed as entered. English prints the
    records' lower-case vocabulary with a capital, as the grades are printed."""
    if not value:
        return value
    lang = lang_of(lang)
    if lang == "en":
        found = _term(value, lang)
        if found is not None:
            return found
        return value[0].upper() + value[1:] if value.islower() else value
    found = _term(value.strip().lower(), lang)
    if found is None:
        # "round, 7.5 mm": translate the part before the comma.
        head, sep, tail = value.partition(",")
        found = _term(head.strip().lower(), lang)
        if found is None:
            return value
        return found + ("，" + tail.strip() if sep else "")
    return found


def grade(value: str, lang: str) -> str:
    """Grades keep the laboratory's English word beside the translation (as Chinese
    grading reports print them): "Excellent 极好"."""
    translated = term(value, lang)
    return value if translated == value else f"{value} {translated}"


def word(group: str, code, lang: str) -> str:
    """A stored code of `group` ("pref", "hand", "system"…) as the document prints it;
    a code without a label reads as itself."""
    raw = str(getattr(code, "value", code) or "")
    key = f"{group}.{raw}"
    return label(key, lang) if has_label(key) else raw.replace("_", " ")


# CLDR's month names through Babel (strftime's follow the process's locale, and its
# "%-d" fails on Windows); Chinese spells the day out as documents print it.
_DAY_MONTH = {"en": "d MMMM", "zh_CN": "M月d日", "zh_TW": "M月d日"}
_DATE = {"en": "d MMMM y", "zh_CN": "y年M月d日", "zh_TW": "y年M月d日"}
_NUMBER_LOCALE = {"en": "en_GB", "zh_CN": "zh_CN", "zh_TW": "zh_TW"}


def month_day(month: int, day: int, lang: str) -> str:
    """A yearly date: "12 June" / "6月12日"."""
    lang = lang_of(lang)
    return format_date(dt.date(2000, month, day), _DAY_MONTH[lang], locale=_NUMBER_LOCALE[lang])


def date(value: dt.date | None, lang: str) -> str:
    if value is None:
        return ""
    lang = lang_of(lang)
    return format_date(value, _DATE[lang], locale=_NUMBER_LOCALE[lang])


def date_time(value: dt.datetime | None, lang: str) -> str:
    if value is None:
        return ""
    lang = lang_of(lang)
    pattern = _DATE[lang] + " HH:mm"
    return format_datetime(value, pattern, tzinfo=value.tzinfo, locale=_NUMBER_LOCALE[lang])


def money(amount: Decimal | None, currency: str, lang: str) -> str:
    if amount is None:
        return ""
    locale = _NUMBER_LOCALE[lang_of(lang)]
    if not currency:
        return format_decimal(amount, "#,##0.00", locale=locale)
    return format_currency(amount, currency, locale=locale)


def phone(value: str) -> str:
    """A telephone number as people dial it (records hold E.164: "+8615278220482")."""
    return format_phone(value) if value else ""


def carat(value: Decimal | None, lang: str) -> str:
    if value is None:
        return ""
    return _two_places(value, lang) + (" ct" if lang_of(lang) == "en" else " 克拉")


def grams(value: Decimal | None, lang: str) -> str:
    if value is None:
        return ""
    return _two_places(value, lang) + (" g" if lang_of(lang) == "en" else " 克")


def _two_places(value: Decimal, lang: str) -> str:
    return format_decimal(value, "0.00", locale=_NUMBER_LOCALE[lang_of(lang)])


def interval(months: int, lang: str) -> str:
    if months == 12:
        return label("every_year", lang)
    if months % 12 == 0:
        return label("every_years", lang, n=months // 12)
    return label("every_months", lang, n=months)


# --- people's names ---------------------------------------------------------------------


def names_apart(full: str, local: str = "") -> tuple[str, str]:
    """(the name in Latin letters, the name in its own script) from the form
    `display_name` prints, 'Wang Meiling 王美玲'; (full, "") when there is one name.
    `local` is the record's own-script name when at hand; without it (data issued before
    documents held the two names apart) it runs from the first Chinese character, after
    a space."""
    if not local:
        first = next((i for i, ch in enumerate(full) if is_cjk(ch)), -1)
        local = full[first:] if first > 0 and full[first - 1] == " " else ""
    latin = full.removesuffix(local).strip() if local and local != full else ""
    return (latin, local) if latin and latin != full else (full, "")


def person(name: str, local: str, lang: str) -> str:
    """A name as the document's reader says it: 'Wang Meiling 王美玲' in English,
    '王美玲 (Wang Meiling)' in Chinese; one name when there is one."""
    if not local or local == name:
        return name
    return f"{name} {local}" if lang_of(lang) == "en" else f"{local} ({name})"


def client(name: str, local: str | None, lang: str) -> str:
    """The client's name in the order of the document's language, from the two names
    a document's data holds: '余鹏 (Yu Peng)' in Chinese, 'Yu Peng 余鹏' in English.
    Data issued before the two were held apart (`local` None) holds the name as a list
    prints it, 'Yu Peng 余鹏': only then is it split, at its first Chinese character."""
    if local is None:
        name, local = names_apart(name)
    return person(name, local, lang)
