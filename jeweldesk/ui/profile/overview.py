"""The client at a glance: the header (photo or monogram, names, how to greet them,
segment with its reason, advisors, allergies) and the overview cards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from jeweldesk.domain.names import has_cjk
from jeweldesk.ui import appearance, labels
from jeweldesk.ui import profile_sections as sections
from jeweldesk.ui.profile.common import ProfileTab, Section, Shown

PHOTO_SIZE = 76


def initials(profile) -> str:
    """王 for 王美玲 (the family name, as a seal carries it), "CD" for Claire Dubois."""
    client = profile.client
    local = client.name_local or ""
    if has_cjk(local):
        return (client.family_name if has_cjk(client.family_name or "") else local)[
            : 2 if len(local) > 3 else 1
        ]
    words = [
        w for w in (client.given_name, client.family_name) if w
    ] or profile.summary.display_name.split()
    return "".join(w[0].upper() for w in words[:2]) or "?"


class Portrait(QWidget):
    """The client's photo in a circle, or their monogram in gold on linen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPortrait")
        self.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo = QPixmap()
        self.monogram = ""

    def sizeHint(self) -> QSize:
        return QSize(PHOTO_SIZE, PHOTO_SIZE)

    def show_client(self, profile, data_dir: Path | None) -> None:
        self.monogram = initials(profile)
        self.photo = QPixmap()
        path = profile.client.photo_path
        if path:
            candidate = Path(path)
            if not candidate.is_absolute() and data_dir is not None:
                candidate = data_dir / candidate
            if candidate.is_file():
                self.photo = QPixmap(str(candidate))
        self.setAccessibleName(profile.summary.display_name)
        self.update()

    def show_photo(self, path: Path | None) -> None:
        """The client's current portrait (`desk.photos`), once read; None keeps what
        is shown (the monogram, while the file has not arrived)."""
        if path is None:
            return
        from jeweldesk.ui.photos.pixmaps import thumbnail

        photo = thumbnail(path)
        if not photo.isNull():
            self.photo = photo
            self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = QRectF(1, 1, self.width() - 2, self.height() - 2)
        circle = QPainterPath()
        circle.addEllipse(rect)
        if not self.photo.isNull():
            painter.setClipPath(circle)
            scaled = self.photo.scaled(
                self.size(),
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawPixmap(
                (self.width() - scaled.width()) // 2, (self.height() - scaled.height()) // 2, scaled
            )
            return
        painter.fillPath(circle, QColor("#f3eee3"))
        painter.setPen(appearance.GOLD)
        painter.drawEllipse(rect)
        font = QFont(self.font())
        font.setPixelSize(int(PHOTO_SIZE * (0.42 if len(self.monogram) < 2 else 0.34)))
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.monogram)


class ProfileHeader(QWidget):
    """Names, greeting, segment with its reason, advisors; the allergy alert below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileHeader")
        self.portrait = Portrait()
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
        self.segment_why = QLabel()
        self.segment_why.setObjectName("segmentWhy")
        self.segment_why.setWordWrap(True)
        self.segment_why.hide()
        self.allergy = QLabel()
        self.allergy.setObjectName("allergyAlert")
        self.allergy.setWordWrap(True)
        self.allergy.setAccessibleName(self.tr("Allergies"))
        self.allergy.hide()

        names = QVBoxLayout()
        names.setSpacing(2)
        name_row = QHBoxLayout()
        name_row.setSpacing(12)
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.segment, 0, Qt.AlignmentFlag.AlignTop)
        names.addLayout(name_row)
        names.addWidget(self.name_local)
        names.addWidget(self.greeting)
        names.addWidget(self.meta)
        names.addWidget(self.segment_why)
        top = QHBoxLayout()
        top.setSpacing(18)
        top.addWidget(self.portrait, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(names, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.allergy)

    def show_client(self, shown: Shown, data_dir: Path | None) -> None:
        profile = shown.profile
        client, summary = profile.client, profile.summary
        self.portrait.show_client(profile, data_dir)
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
            names = ", ".join(
                a.name + (f" {a.name_local}" if a.name_local else "") for a in profile.advisors
            )
            meta.append(
                self.tr("advisor {names}").format(names=names)
                if len(profile.advisors) == 1
                else self.tr("advisors {names}").format(names=names)
            )
        else:
            meta.append(self.tr("in no advisor's book"))
        if profile.loyalty is not None and profile.loyalty.tier:  # shown, never computed
            points = profile.loyalty.points
            meta.append(
                self.tr("loyalty {tier}").format(tier=profile.loyalty.tier)
                if points is None
                else self.tr("loyalty {tier}, {points} points").format(
                    tier=profile.loyalty.tier, points=f"{points:,}"
                )
            )
        self.meta.setText("  ·  ".join(m for m in meta if m))
        self.segment.setText(labels.segment_label(summary.segment))
        self.segment.setVisible(bool(summary.segment))
        allergy = sections.allergies(profile)
        self.allergy.setText(allergy)
        self.allergy.setVisible(bool(allergy))

    def show_segment_reason(self, text: str) -> None:
        self.segment_why.setText(text)
        self.segment_why.setVisible(bool(text))
        self.segment.setToolTip(text)


class HtmlCard(Section):
    """A titled card whose body is rich text."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.body = QLabel()
        self.body.setObjectName("cardBody")
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setWordWrap(True)
        self.body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add(self.body)

    def set_html(self, html: str) -> None:
        self.body.setText(html)


FIRST_COLUMN = ("dates", "preferences", "sizes", "contacts")
SECOND_COLUMN = ("notes", "box", "purchases")
ONE_COLUMN = ("dates", "notes", "preferences", "box", "sizes", "purchases", "contacts")
TWO_COLUMNS_FROM = 540  # px of the tab's width: narrower, the cards stack in one


class OverviewTab(ProfileTab):
    """Two independent columns of cards: a short card never stretches to its
    neighbour's height."""

    def __init__(self, writes, parent: QWidget | None = None) -> None:
        super().__init__(writes, "overviewTab", parent)
        self.cards = {
            "dates": HtmlCard(self.tr("Key dates")),
            "preferences": HtmlCard(self.tr("Preferences at a glance")),
            "sizes": HtmlCard(self.tr("Sizes and family")),
            "contacts": HtmlCard(self.tr("Contact")),
            "notes": HtmlCard(self.tr("Notes")),
            "box": HtmlCard(self.tr("Jewellery box")),
            "purchases": HtmlCard(self.tr("Recent purchases")),
        }
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.stacks: list[QVBoxLayout] = []
        for column, keys in enumerate((FIRST_COLUMN, SECOND_COLUMN)):
            stack = QVBoxLayout()
            stack.setSpacing(18)
            for key in keys:
                stack.addWidget(self.cards[key])
            stack.addStretch(1)
            self.grid.addLayout(stack, 0, column)
            self.grid.setColumnStretch(column, 1)
            self.stacks.append(stack)
        self.columns = 2
        self.page.addLayout(self.grid)
        self.end()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.arrange(1 if self.width() < TWO_COLUMNS_FROM else 2)

    def arrange(self, columns: int) -> None:
        """Two columns of cards, or one on a narrow pane (a tablet's): side by side
        there, each card had less room than its title and was cut off at the right."""
        if columns == self.columns:
            return
        self.columns = columns
        first, second = self.stacks
        for card in self.cards.values():
            first.removeWidget(card)
            second.removeWidget(card)
        placed = (
            [(first, ONE_COLUMN)]
            if columns == 1
            else [(first, FIRST_COLUMN), (second, SECOND_COLUMN)]
        )
        for stack, keys in placed:
            for key in keys:
                stack.insertWidget(stack.count() - 1, self.cards[key])  # above the stretch
        self.grid.setColumnStretch(1, 1 if columns == 2 else 0)

    def show_client(self, shown: Shown, *, same_client: bool) -> None:
        super().show_client(shown, same_client=same_client)
        profile = shown.profile
        self.cards["contacts"].set_html(sections.contacts(profile))
        self.cards["dates"].set_html(sections.key_dates(profile))
        self.cards["preferences"].set_html(sections.preferences(profile))
        self.cards["sizes"].set_html(sections.sizes_and_family(profile))
        self.cards["notes"].set_html(sections.notes(profile, shown.timezone))
        self.cards["box"].set_html(sections.jewellery_box(profile))
        self.cards["purchases"].set_html(
            sections.recent_purchases(profile, shown.store_zones, shown.lang)
        )
