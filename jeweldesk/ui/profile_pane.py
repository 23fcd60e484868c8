"""The right pane: one client at a glance."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.services.views import ClientProfile
from jeweldesk.ui import labels
from jeweldesk.ui import profile_sections as sections


class ProfileCard(QFrame):
    """A titled card whose body is rich text."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 18)
        layout.setSpacing(8)
        heading = QLabel(title.upper())  # small capitals; a no-op for Chinese
        heading.setObjectName("cardTitle")
        self.body = QLabel()
        self.body.setObjectName("cardBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(heading)
        layout.addWidget(self.body)

    def set_html(self, html: str) -> None:
        self.body.setText(html)


class ClientProfilePane(QStackedWidget):
    """Shows a `ClientProfile`; an invitation to choose a client when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePane")
        self.profile: ClientProfile | None = None

        self.empty = QLabel(self.tr("Choose a client from your book, or search for anyone."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.addWidget(self.empty)

        scroll = QScrollArea()
        scroll.setObjectName("profileScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        content = QWidget()
        content.setObjectName("profileContent")
        scroll.setWidget(content)
        self.addWidget(scroll)

        outer = QVBoxLayout(content)
        outer.setContentsMargins(36, 28, 36, 36)
        outer.setSpacing(6)

        self.name = QLabel()
        self.name.setObjectName("clientName")
        self.name.setWordWrap(True)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_local = QLabel()
        self.name_local.setObjectName("clientNameLocal")
        self.greeting = QLabel()
        self.greeting.setObjectName("clientGreeting")
        self.greeting.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setObjectName("clientMeta")
        self.meta.setWordWrap(True)
        self.segment = QLabel()
        self.segment.setObjectName("segmentChip")
        name_row = QHBoxLayout()
        name_row.setSpacing(14)
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.segment, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(name_row)
        outer.addWidget(self.name_local)
        outer.addWidget(self.greeting)
        outer.addWidget(self.meta)

        self.allergy = QLabel()
        self.allergy.setObjectName("allergyAlert")
        self.allergy.setWordWrap(True)
        outer.addSpacing(10)
        outer.addWidget(self.allergy)
        outer.addSpacing(10)

        self.cards = {
            "contacts": ProfileCard(self.tr("Contact")),
            "dates": ProfileCard(self.tr("Key dates")),
            "preferences": ProfileCard(self.tr("Preferences")),
            "sizes": ProfileCard(self.tr("Sizes and family")),
            "notes": ProfileCard(self.tr("Notes")),
            "box": ProfileCard(self.tr("Jewellery box")),
            "purchases": ProfileCard(self.tr("Recent purchases")),
        }
        # Two independent columns: a short card never stretches to its neighbour's height.
        columns = QHBoxLayout()
        columns.setSpacing(18)
        for keys in (("contacts", "dates", "preferences", "sizes"), ("notes", "box", "purchases")):
            column = QVBoxLayout()
            column.setSpacing(18)
            for key in keys:
                column.addWidget(self.cards[key])
            column.addStretch(1)
            columns.addLayout(column, 1)
        outer.addLayout(columns)
        outer.addStretch(1)

    def clear(self) -> None:
        self.profile = None
        self.setCurrentWidget(self.empty)

    def show_profile(
        self, profile: ClientProfile, *, timezone: str, store_zones: Mapping[str, str]
    ) -> None:
        """`timezone` is this store's; `store_zones` maps store codes to their zones
        (a purchase is dated in the store where it was made)."""
        self.profile = profile
        client, summary = profile.client, profile.summary
        self.name.setText(summary.display_name)
        own_script = (
            client.name_local
            if client.name_local and client.name_local not in summary.display_name
            else ""
        )
        self.name_local.setText(own_script)
        self.name_local.setVisible(bool(own_script))
        greeting = client.greeting_name
        self.greeting.setText(self.tr("Greet as {name}").format(name=greeting) if greeting else "")
        self.greeting.setVisible(bool(greeting))
        meta = [
            labels.language_label(client.language),
            self.tr("home store {code}").format(code=summary.home_store_code),
        ]
        if profile.advisors:
            meta.append(
                self.tr("advisor {names}").format(names=", ".join(a.name for a in profile.advisors))
            )
        self.meta.setText("  ·  ".join(m for m in meta if m))
        self.segment.setText(labels.segment_label(summary.segment))
        self.segment.setVisible(bool(summary.segment))

        allergy = sections.allergies(profile)
        self.allergy.setText(allergy)
        self.allergy.setVisible(bool(allergy))

        self.cards["contacts"].set_html(sections.contacts(profile))
        self.cards["dates"].set_html(sections.key_dates(profile))
        self.cards["preferences"].set_html(sections.preferences(profile))
        self.cards["sizes"].set_html(sections.sizes_and_family(profile))
        self.cards["notes"].set_html(sections.notes(profile, timezone))
        self.cards["box"].set_html(sections.jewellery_box(profile))
        self.cards["purchases"].set_html(sections.recent_purchases(profile, store_zones))
        self.setCurrentIndex(1)
        scroll = self.widget(1)
        if isinstance(scroll, QScrollArea):
            scroll.verticalScrollBar().setValue(0)


__all__ = ["ClientProfilePane", "ProfileCard"]
