"""What every profile tab shares: the client on screen with where and for whom it is
shown, a scrolling page of titled sections, and money and times as the advisor reads
them."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from babel.numbers import format_currency
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.intelligence.rules import BABEL_LOCALES
from jeweldesk.domain.intelligence.rules import money_text as whole_money_text
from jeweldesk.domain.timezones import in_store_time
from jeweldesk.services.views import ClientProfile
from jeweldesk.ui.widgets.dates import interface_lang, record_date

if TYPE_CHECKING:
    from jeweldesk.ui.profile.saving import ProfileWrites


def tr(text: str) -> str:
    # pyside6-lupdate files a module-level `tr("…")` under the empty context.
    return QCoreApplication.translate("", text)


@dataclass(frozen=True)
class Shown:
    """A client as shown: `timezone` is this store's, `store_zones` every store's by
    code (a purchase is dated where it was made), `lang` the advisor's."""

    profile: ClientProfile
    timezone: str = "UTC"
    store_zones: Mapping[str, str] = field(default_factory=dict)
    lang: str = "en"
    staff_id: uuid.UUID | None = None

    @property
    def client_id(self) -> uuid.UUID:
        return self.profile.summary.id


def money_text(amount: Decimal | None, currency: str, lang: str) -> str:
    """ "CN¥52,200" in English, "¥52,200" in Chinese: the locale's own pattern, and
    no minor units for a whole amount (jewellery is priced in whole units)."""
    if amount is None:
        return ""
    if not currency:
        return f"{amount:,}"
    if amount == amount.to_integral_value():
        return whole_money_text(amount, currency, lang)
    return format_currency(amount, currency, locale=BABEL_LOCALES.get(lang, "en"))


def when_text(
    value: dt.datetime | dt.date | None, zone: str | None = None, *, time: bool = False
) -> str:
    """ "24 Jan 2026" or "2026年1月24日" (with "16:16" when asked), in the interface's
    language, and in `zone` for a moment in time."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:  # stored in UTC
            value = value.replace(tzinfo=dt.UTC)
        if zone:
            value = in_store_time(value, zone)
        text = record_date(value.date())
        if not time:
            return text
        comma = "" if interface_lang().startswith("zh") else ","  # 2026年1月24日 16:16
        return f"{text}{comma} {value:%H:%M}"
    return record_date(value)


class Section(QFrame):
    """A titled card inside a tab."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 18)
        self.layout_.setSpacing(10)
        heading = QLabel(title.upper())  # small capitals; a no-op for Chinese
        heading.setObjectName("cardTitle")
        heading.setWordWrap(True)  # "PREFERENCES AT A GLANCE" must not set a card's width
        self.layout_.addWidget(heading)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.layout_.addWidget(widget, stretch)
        return widget

    def add_buttons(self, *buttons: QPushButton) -> None:
        row = QHBoxLayout()
        row.setSpacing(10)
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)


def action_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAutoDefault(True)  # Enter presses it when it has focus
    return button


class ProfileTab(QScrollArea):
    """One tab of the profile: sections stacked in a scrolling page. `show_client`
    refreshes it from a fresh `Shown`; `writes` saves edits with their undo."""

    def __init__(self, writes: ProfileWrites, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.writes = writes
        self.shown: Shown | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        page = QWidget()
        page.setObjectName("profileContent")
        self.setWidget(page)
        self.page = QVBoxLayout(page)
        self.page.setContentsMargins(4, 16, 16, 24)
        self.page.setSpacing(18)

    def section(self, title: str) -> Section:
        section = Section(title)
        self.page.addWidget(section)
        return section

    def end(self) -> None:
        self.page.addStretch(1)

    def show_client(self, shown: Shown, *, same_client: bool) -> None:
        self.shown = shown

    @property
    def client_id(self) -> uuid.UUID | None:
        return self.shown.client_id if self.shown else None
