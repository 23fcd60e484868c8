"""Days and times in the advisor's language: "Today", "Tomorrow", "Thu 26 Nov",
"11月26日 周四", "2 Oct 2026", "2026年10月2日". The store's zone is applied by the
caller."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def locale_for(lang: str) -> QLocale:
    if lang == "zh_CN":
        return QLocale(
            QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript, QLocale.Country.China
        )
    if lang == "zh_TW":
        return QLocale(
            QLocale.Language.Chinese, QLocale.Script.TraditionalHanScript, QLocale.Country.Taiwan
        )
    if lang == "fr":
        return QLocale(QLocale.Language.French, QLocale.Country.France)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def interface_lang() -> str:
    """The language the interface is shown in: `install_translator` makes it the
    default locale, so record cards built without a language at hand agree with it."""
    locale = QLocale()
    if locale.language() == QLocale.Language.Chinese:
        return "zh_TW" if locale.script() == QLocale.Script.TraditionalHanScript else "zh_CN"
    return "en"


def record_date(day: dt.date, lang: str | None = None) -> str:
    """A day on a record (a purchase, a note, a piece acquired): "2 Oct 2026",
    "2026年10月2日"."""
    lang = lang or interface_lang()
    pattern = "yyyy年M月d日" if lang.startswith("zh") else "d MMM yyyy"
    return locale_for(lang).toString(QDate(day.year, day.month, day.day), pattern)


def yearly_date(month: int, day: int, year: int | None = None, lang: str | None = None) -> str:
    """A date that comes back every year, with the year it started when known:
    "21 Feb 1987", "29 Feb", "1987年2月21日", "2月29日"."""
    lang = lang or interface_lang()
    if lang.startswith("zh"):
        return (f"{year}年" if year else "") + f"{month}月{day}日"
    # Month names from the locale; 2000 is a leap year, so 29 February formats.
    text = locale_for(lang).toString(QDate(2000, month, day), "d MMM")
    return f"{text} {year}" if year else text


def short_date(day: dt.date, lang: str) -> str:
    pattern = "M月d日 ddd" if lang.startswith("zh") else "ddd d MMM"
    return locale_for(lang).toString(QDate(day.year, day.month, day.day), pattern)


def long_date(day: dt.date, lang: str) -> str:
    pattern = "M月d日 dddd" if lang.startswith("zh") else "dddd d MMMM"
    return locale_for(lang).toString(QDate(day.year, day.month, day.day), pattern)


def day_text(day: dt.date, today: dt.date, lang: str) -> str:
    """A due day as the advisor says it."""
    if day == today:
        return QCoreApplication.translate("Dates", "Today")
    if day == today + dt.timedelta(days=1):
        return QCoreApplication.translate("Dates", "Tomorrow")
    if day < today:
        return QCoreApplication.translate("Dates", "Overdue · {date}").format(
            date=short_date(day, lang)
        )
    return short_date(day, lang)


def time_text(when: dt.datetime, lang: str) -> str:
    return locale_for(lang).toString(QTime(when.hour, when.minute), "HH:mm")
