"""An important date: day and month (29 February is a real birthday), an optional
year, what it is, and how many days ahead to be reminded."""

from __future__ import annotations

import calendar
import datetime as dt

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from jeweldesk.domain.vocab import DEFAULT_LEAD_DAYS, DateKind
from jeweldesk.ui import labels
from jeweldesk.ui.editors.base import Editor, choices


def month_names() -> list[str]:
    locale = QLocale()
    return [
        locale.standaloneMonthName(m, QLocale.FormatType.LongFormat) or calendar.month_name[m]
        for m in range(1, 13)
    ]


class DateEditor(Editor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add an important date"), self.tr("Add date"), "dateEditor", parent
        )
        self.kind = choices(QComboBox(), ((labels.date_kind_label(k), k.value) for k in DateKind))
        self.day = QSpinBox()
        self.day.setRange(1, 31)
        self.day.setObjectName("dateDay")
        self.month = choices(QComboBox(), zip(month_names(), range(1, 13), strict=True))
        self.month.setObjectName("dateMonth")
        self.year = QLineEdit()
        self.year.setObjectName("dateYear")
        self.year.setPlaceholderText(self.tr("yyyy"))
        self.year.setMinimumWidth(96)
        self.year.setMaximumWidth(120)
        self.label = QLineEdit()
        self.label.setObjectName("dateLabel")
        self.label.setPlaceholderText(self.tr("e.g. first visit to Paris"))
        self.lead = QSpinBox()
        self.lead.setObjectName("dateLead")
        self.lead.setRange(0, 365)
        self.lead.setSuffix(self.tr(" days ahead"))
        self.add(self.tr("What"), self.kind, "kind")
        self.add(self.tr("Day"), self.day, "date")
        self.add(self.tr("Month"), self.month, "month")
        self.add(self.tr("Year"), self.year, "year")
        self.new_row()
        self.add(self.tr("Label"), self.label, "label", stretch=1)
        self.add(self.tr("Remind"), self.lead, "lead_days")
        self.finish()
        self.kind.currentIndexChanged.connect(self._default_lead)
        self._default_lead()
        today = dt.date.today()
        self.day.setValue(today.day)
        self.month.setCurrentIndex(today.month - 1)

    def _default_lead(self) -> None:
        self.lead.setValue(DEFAULT_LEAD_DAYS[DateKind(self.kind.currentData())])

    def values(self) -> dict:
        year_text = self.year.text().strip()
        return {
            "kind": self.kind.currentData(),
            "day": self.day.value(),
            "month": self.month.currentData(),
            "year": int(year_text) if year_text.isdigit() else (year_text or None),
            "label": self.label.text(),
            "lead_days": self.lead.value(),
        }
