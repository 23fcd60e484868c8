"""Export a book as a spreadsheet: CSV or Excel, the whole book or one segment, and a
list made for a campaign that holds only the clients (and the channels) who agreed to
marketing. Headers are in the reader's language; notes are never exported."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.intelligence.rules import SEGMENTS
from jeweldesk.ui import labels
from jeweldesk.ui.widgets.dates import interface_lang

if TYPE_CHECKING:
    from jeweldesk.domain.errors import DomainError
    from jeweldesk.services import Desk

TOUCH = 44


class ExportBookDialog(QDialog):
    """Choose what to export; Export asks where, writes it, and says what it wrote."""

    sig_exported = Signal(str, int)  # the file written, the clients in it

    def __init__(
        self, runner: Any, advisor_id: uuid.UUID, advisor_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportBookDialog")
        self.setWindowTitle(self.tr("Export a book"))
        self.runner = runner
        self.advisor_id = advisor_id
        self.advisor_name = advisor_name
        title = QLabel(self.tr("Export {name}'s book").format(name=advisor_name))
        title.setObjectName("dialogTitle")
        hint = QLabel(
            self.tr(
                "Names, contacts, segment, birthday, last contact and marketing consent. "
                "Notes are never exported; the export is kept in the audit log."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("quietNote")

        format_label = QLabel(self.tr("Format"))
        format_label.setObjectName("fieldLabel")
        self.as_xlsx = QRadioButton(self.tr("Excel workbook (.xlsx)"))
        self.as_csv = QRadioButton(self.tr("CSV file (.csv)"))
        self.formats = QButtonGroup(self)
        for button in (self.as_xlsx, self.as_csv):
            button.setMinimumHeight(TOUCH)
            self.formats.addButton(button)
        self.as_xlsx.setChecked(True)

        segment_label = QLabel(self.tr("Clients"))
        segment_label.setObjectName("fieldLabel")
        self.segment = QComboBox()
        self.segment.setObjectName("exportSegment")
        self.segment.setMinimumHeight(TOUCH)
        self.segment.addItem(self.tr("The whole book"), "")
        for value in SEGMENTS:
            self.segment.addItem(labels.segment_label(value), value)
        self.for_marketing = QCheckBox(self.tr("For a campaign"))
        self.for_marketing.setObjectName("exportForMarketing")
        self.for_marketing.setMinimumHeight(TOUCH)
        marketing_hint = QLabel(
            self.tr(
                "Only the clients who agreed to marketing, and of their phone and e-mail "
                "only those they agreed to be contacted on."
            )
        )
        marketing_hint.setObjectName("quietNote")
        marketing_hint.setWordWrap(True)

        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("primary")
        self.export_button.setMinimumHeight(TOUCH)
        self.export_button.clicked.connect(self.choose_file)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setMinimumHeight(TOUCH)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addSpacing(6)
        layout.addWidget(format_label)
        layout.addWidget(self.as_xlsx)
        layout.addWidget(self.as_csv)
        layout.addSpacing(6)
        layout.addWidget(segment_label)
        layout.addWidget(self.segment)
        layout.addWidget(self.for_marketing)
        layout.addWidget(marketing_hint)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)

    def fmt(self) -> str:
        return "xlsx" if self.as_xlsx.isChecked() else "csv"

    def suggested_name(self) -> str:
        base = "".join(ch for ch in self.advisor_name if ch.isalnum() or ch in " -_").strip()
        segment = self.segment.currentData() or ""
        parts = [base or "book", segment, "marketing" if self.for_marketing.isChecked() else ""]
        return "-".join(p.replace(" ", "-") for p in parts if p) + "." + self.fmt()

    def choose_file(self) -> None:
        fmt = self.fmt()
        pattern = (
            self.tr("Excel workbooks (*.xlsx)") if fmt == "xlsx" else self.tr("CSV files (*.csv)")
        )
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the book"), str(Path.home() / self.suggested_name()), pattern
        )
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write the chosen list to `path` on the database thread."""
        fmt, segment = self.fmt(), self.segment.currentData() or None
        for_marketing, advisor, lang = (
            self.for_marketing.isChecked(),
            self.advisor_id,
            interface_lang(),
        )
        if not path.lower().endswith("." + fmt):
            path += "." + fmt

        def export(desk: Desk) -> tuple[str, int]:
            from jeweldesk.services.exports import save_book

            book = desk.exports.book_rows(
                advisor, lang=lang, segment=segment, for_marketing=for_marketing
            )
            return str(save_book(book, path, fmt)), len(book.rows)

        self.export_button.setEnabled(False)
        self.message.hide()
        self.runner.read(export, self._exported, self._refused)

    def _exported(self, done: tuple[str, int]) -> None:
        path, rows = done
        self.export_button.setEnabled(True)
        self.message.setObjectName("formInfo")
        self.message.setText(self.tr("%n client(s) written to {path}", "", rows).format(path=path))
        self.message.show()
        self.sig_exported.emit(path, rows)

    def _refused(self, error: DomainError) -> None:
        self.export_button.setEnabled(True)
        self.message.setObjectName("formError")
        self.message.setText(error.message(interface_lang()))
        self.message.show()
