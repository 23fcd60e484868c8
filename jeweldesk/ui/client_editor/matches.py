"""The clients already on file who may be the person being typed in: one card each,
with why (same phone, same e-mail, same name) and one tap to open them instead."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from jeweldesk.domain.messages import render

if TYPE_CHECKING:
    from jeweldesk.services.client_duplicates import LikelyDuplicate

TOUCH = 44  # px: the smallest control a finger hits


class MatchCard(QFrame):
    """One likely match: the name, what matched and their phone and store."""

    sig_open = Signal(object)  # client id

    def __init__(
        self, match: LikelyDuplicate, lang: str, region: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("matchCard")
        self.client_id: uuid.UUID = match.client.id
        summary = match.client
        phone = summary.phone
        if phone.startswith("+") and region:
            from jeweldesk.services.clients import shown_phone

            phone = shown_phone(phone, region)  # as the store dials it: 152 7434 4371
        name = QLabel(summary.display_name)
        name.setObjectName("matchName")
        why = " · ".join(render(f"duplicate.reason.{r}", lang) for r in match.reasons)
        details = " · ".join(x for x in (why, phone, summary.email, summary.home_store_code) if x)
        detail = QLabel(details)
        detail.setObjectName("fieldHint")
        detail.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open existing client"))
        self.open_button.setObjectName("openExisting")
        self.open_button.setMinimumHeight(TOUCH)
        self.open_button.setAutoDefault(False)
        self.open_button.setAccessibleName(
            self.tr("Open existing client {name}").format(name=summary.display_name)
        )
        self.open_button.clicked.connect(lambda: self.sig_open.emit(self.client_id))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(name)
        text.addWidget(detail)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(12)
        layout.addLayout(text, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setStyleSheet(
            "QFrame#matchCard { background: #fff8e8; border: 1px solid #dcc08a;"
            " border-radius: 10px; } QLabel#matchName { font-weight: 600; }"
        )


class MatchList(QWidget):
    """The cards, under a line saying they may already be on file; hidden when there
    is nobody to offer. `sig_open(client_id)` when one is chosen."""

    sig_open = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matchList")
        self.heading = QLabel(self.tr("Already on file? This may be the same person:"))
        self.heading.setObjectName("matchHeading")
        self.heading.setWordWrap(True)
        self.cards: list[MatchCard] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self._layout.addWidget(self.heading)
        self._layout.addStretch(1)  # the cards stay together under the heading
        self.hide()

    def show_matches(self, matches: list[LikelyDuplicate], lang: str, region: str = "") -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for match in matches:
            card = MatchCard(match, lang, region, self)
            card.sig_open.connect(self.sig_open)
            self._layout.insertWidget(self._layout.count() - 1, card)
            card.show()  # a child added to a widget already shown stays hidden until told
            self.cards.append(card)
        self.setVisible(bool(matches))

    def client_ids(self) -> list[uuid.UUID]:
        return [card.client_id for card in self.cards]
