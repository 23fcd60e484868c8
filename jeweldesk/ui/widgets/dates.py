"""Days and times in the advisor's language: "Today", "Tomorrow", "Thu 26 Nov",
"11月26日 周四". The store's zone is applied by the caller."""

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
