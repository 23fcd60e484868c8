"""Merge two records of one person, from the profile (store managers): find the other
record, see both side by side with what would move, choose field by field where both
have a value, then merge. The merge syncs: every device converges on the kept client."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.ui import labels
from jeweldesk.ui.widgets.dates import interface_lang

if TYPE_CHECKING:
    from jeweldesk.domain.errors import DomainError
    from jeweldesk.services.merging import FieldChoice, MergePreview

TOUCH = 44


def _field_word(name: str) -> str:
    words = {
        "title": QCoreApplication.translate("MergeDialog", "Title"),
        "family_name": QCoreApplication.translate("MergeDialog", "Family name"),
        "given_name": QCoreApplication.translate("MergeDialog", "Given name"),
        "name_order": QCoreApplication.translate("MergeDialog", "Name order"),
        "name_local": QCoreApplication.translate("MergeDialog", "Name in Chinese"),
        "name_romanised": QCoreApplication.translate("MergeDialog", "Romanised name"),
        "greeting_name": QCoreApplication.translate("MergeDialog", "Greeting"),
        "gender": QCoreApplication.translate("MergeDialog", "Gender"),
        "language": QCoreApplication.translate("MergeDialog", "Language"),
        "preferred_channel": QCoreApplication.translate("MergeDialog", "Preferred channel"),
        "contact_hours": QCoreApplication.translate("MergeDialog", "Contact hours"),
        "photo_path": QCoreApplication.translate("MergeDialog", "Photo"),
        "source": QCoreApplication.translate("MergeDialog", "Source"),
    }
    return words.get(name, name.replace("_", " ").capitalize())


def _table_word(name: str) -> str:
    words = {
        "contact_points": QCoreApplication.translate("MergeDialog", "contacts"),
        "notes": QCoreApplication.translate("MergeDialog", "notes"),
        "purchases": QCoreApplication.translate("MergeDialog", "purchases"),
        "owned_pieces": QCoreApplication.translate("MergeDialog", "pieces in the jewellery box"),
        "wishlist_items": QCoreApplication.translate("MergeDialog", "wishlist items"),
        "important_dates": QCoreApplication.translate("MergeDialog", "dates"),
        "appointments": QCoreApplication.translate("MergeDialog", "appointments"),
        "issued_documents": QCoreApplication.translate("MergeDialog", "documents"),
        "consents": QCoreApplication.translate("MergeDialog", "consent decisions"),
        "benefits": QCoreApplication.translate("MergeDialog", "benefits"),
        "interactions": QCoreApplication.translate("MergeDialog", "contacts logged"),
        "service_jobs": QCoreApplication.translate("MergeDialog", "service jobs"),
        "service_cases": QCoreApplication.translate("MergeDialog", "service cases"),
        "preferences": QCoreApplication.translate("MergeDialog", "preferences"),
        "ring_sizes": QCoreApplication.translate("MergeDialog", "ring sizes"),
        "relationships": QCoreApplication.translate("MergeDialog", "people"),
        "book_entries": QCoreApplication.translate("MergeDialog", "book entries"),
        "next_best_actions": QCoreApplication.translate("MergeDialog", "actions"),
        "photos": QCoreApplication.translate("MergeDialog", "photos"),
        "invitations": QCoreApplication.translate("MergeDialog", "invitations"),
    }
    return words.get(name, name.replace("_", " "))


def _value_text(name: str, value: Any) -> str:
    if value is None or value == "" or value == (None, None):
        return "—"
    if name == "contact_hours":
        start, end = value
        return f"{start:%H:%M}–{end:%H:%M}" if start and end else "—"
    if name == "preferred_channel":
        return labels.channel_label(value)
    if name == "language":
        return labels.language_label(value)
    if name == "name_order":
        given_first = str(getattr(value, "value", value)) == "given_first"
        return (
            QCoreApplication.translate("MergeDialog", "Given name first")
            if given_first
            else QCoreApplication.translate("MergeDialog", "Family name first")
        )
    return str(getattr(value, "value", value))


class MergeDialog(QDialog):
    """Find the other record, review the pair, merge."""

    sig_merged = Signal(object)  # the MergeResult
    sig_previewed = Signal()

    def __init__(
        self, runner: Any, kept_id: uuid.UUID, kept_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge two clients"))
        self.runner = runner
        self.kept_id = kept_id
        self.kept_name = kept_name
        self.other_id: uuid.UUID | None = None
        self.preview: MergePreview | None = None
        self.sides: dict[str, QButtonGroup] = {}

        title = QLabel(self.tr("Merge another record into {name}").format(name=kept_name))
        title.setObjectName("dialogTitle")
        title.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._find_page())
        self.pages.addWidget(self._review_page())

        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(lambda: self._go(0))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.merge_button.setObjectName("primary")
        self.merge_button.clicked.connect(self.merge)
        for button in (self.back_button, self.cancel_button, self.merge_button):
            button.setMinimumHeight(TOUCH)
            button.setAutoDefault(False)  # Return in the search box does not merge
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.merge_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumSize(640, 520)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._search)
        self._go(0)

    # --- finding the other record -----------------------------------------------------

    def _find_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr(
                "Find the other record of the same person by name, phone or e-mail. "
                "Nothing changes until you have reviewed both and chosen Merge."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("quietNote")
        self.search_box = QLineEdit()
        self.search_box.setObjectName("mergeSearch")
        self.search_box.setMinimumHeight(TOUCH)
        self.search_box.setPlaceholderText(self.tr("Name, phone or e-mail"))
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.results = QListWidget()
        self.results.setObjectName("mergeResults")
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.search_box)
        layout.addWidget(self.results, 1)
        return page

    def _search(self) -> None:
        query, kept = self.search_box.text(), self.kept_id
        if not query.strip():
            self.results.clear()
            return
        self.runner.read(
            lambda desk: [c for c in desk.clients.search(query, limit=20) if c.id != kept],
            self._show_results,
        )

    def _show_results(self, found: list[Any]) -> None:
        self.results.clear()
        for summary in found:
            line = " · ".join(x for x in (summary.display_name, summary.phone, summary.email) if x)
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.results.addItem(item)
        if not found:
            self.results.addItem(QListWidgetItem(self.tr("No other client matches")))

    def _chosen(self, item: QListWidgetItem) -> None:
        other = item.data(Qt.ItemDataRole.UserRole)
        if other is not None:
            self.choose(other)

    def choose(self, other_id: uuid.UUID) -> None:
        """Review merging `other_id` into the kept client."""
        self.other_id = other_id
        kept = self.kept_id
        self.message.hide()
        self.runner.read(
            lambda desk: desk.merging.preview(kept, other_id), self._show_preview, self._refused
        )

    # --- reviewing the pair ---------------------------------------------------------

    def _review_page(self) -> QWidget:
        page = QWidget()
        self.pair = QGridLayout()
        self.pair.setHorizontalSpacing(16)
        self.pair.setVerticalSpacing(6)
        holder = QWidget()
        holder.setLayout(self.pair)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setObjectName("mergePair")
        self.moving = QLabel()
        self.moving.setObjectName("quietNote")
        self.moving.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.moving)
        return page

    def _show_preview(self, preview: MergePreview) -> None:
        self.preview = preview
        while self.pair.count():
            taken = self.pair.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.sides = {}
        heads = (
            "",
            self.tr("Keep: {name}").format(name=preview.kept_name),
            self.tr("Merge in: {name}").format(name=preview.other_name),
        )
        for column, text in enumerate(heads):
            head = QLabel(text)
            head.setObjectName("cardTitle")
            head.setWordWrap(True)
            self.pair.addWidget(head, 0, column)
        row = 1
        contacts = QLabel(self.tr("Contacts"))
        contacts.setObjectName("fieldLabel")
        self.pair.addWidget(contacts, row, 0)
        self.pair.addWidget(QLabel("\n".join(preview.kept_contacts) or "—"), row, 1)
        both = QLabel(
            "\n".join(preview.other_contacts) or "—"
        )  # every contact of the other record is kept: no choice to make
        self.pair.addWidget(both, row, 2)
        for choice in preview.fields:
            row += 1
            self._field_row(row, choice)
        self.pair.setRowStretch(row + 1, 1)
        moving = [f"{count} {_table_word(table)}" for table, count in preview.moving if count]
        self.moving.setText(
            self.tr("Moves to {name}: {what}. The other record is then removed.").format(
                name=preview.kept_name, what=", ".join(moving) or self.tr("nothing else")
            )
        )
        self._go(1)
        self.sig_previewed.emit()

    def _field_row(self, row: int, choice: FieldChoice) -> None:
        name = QLabel(_field_word(choice.field))
        name.setObjectName("fieldLabel")
        self.pair.addWidget(name, row, 0)
        kept_text = _value_text(choice.field, choice.kept)
        other_text = _value_text(choice.field, choice.other)
        if not choice.differs or other_text == "—":
            self.pair.addWidget(QLabel(kept_text), row, 1)
            self.pair.addWidget(QLabel(other_text), row, 2)
            return
        group = QButtonGroup(self)
        for column, (side, text) in enumerate((("kept", kept_text), ("other", other_text)), 1):
            button = QRadioButton(text)
            button.setObjectName(f"merge-{choice.field}-{side}")
            button.setMinimumHeight(TOUCH)
            button.setProperty("side", side)
            group.addButton(button)
            button.setChecked(side == choice.default)
            self.pair.addWidget(button, row, column)
        self.sides[choice.field] = group

    def choices(self) -> dict[str, str]:
        """The side chosen for each field where both records have a value."""
        out: dict[str, str] = {}
        for name, group in self.sides.items():
            checked = group.checkedButton()
            if checked is not None:
                out[name] = str(checked.property("side"))
        return out

    def choose_side(self, field: str, side: str) -> None:
        for button in self.sides[field].buttons():
            if button.property("side") == side:
                button.setChecked(True)

    # --- merging ------------------------------------------------------------------------

    def merge(self) -> None:
        if self.other_id is None:
            return
        kept, other, choices = self.kept_id, self.other_id, self.choices()
        self.merge_button.setEnabled(False)
        self.runner.write(
            lambda desk: desk.merging.merge(kept, other, choices),
            self._merged,
            self._refused,
            initiator=self,
        )

    def _merged(self, written: Any) -> None:
        self.merge_button.setEnabled(True)
        self.sig_merged.emit(written.value)
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self.merge_button.setEnabled(self.pages.currentIndex() == 1)
        self.message.setText(error.message(interface_lang()))
        self.message.show()

    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == 1)
        self.merge_button.setVisible(page == 1)
        self.merge_button.setEnabled(page == 1)
