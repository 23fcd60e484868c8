"""The Import dialog: a store manager brings a house's client list (CSV, TSV or Excel)
into the store, step by step: the file and its encoding, the field each column fills,
the plan (what will be imported, merged, reported), the proposed merges side by side,
then the import with its progress and the result, which can be undone as one batch.

Every call goes through the window's runner (the database thread); the file dialog is
`ClientListPicker.ask`, a classmethod tests answer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.imports.plan import Action, Choice
from jeweldesk.services import import_review as review
from jeweldesk.ui.import_dialog.models import (
    CHOICE_COLUMN,
    ChoiceDelegate,
    MergeModel,
    ReportModel,
)
from jeweldesk.ui.widgets.dates import interface_lang

if TYPE_CHECKING:
    from jeweldesk.domain.errors import DomainError
    from jeweldesk.imports.plan import ImportPlan
    from jeweldesk.services import Desk
    from jeweldesk.services.import_review import FileColumns
    from jeweldesk.services.imports import ImportResult, UndoResult

TOUCH = 44  # px: the smallest control a finger hits
ROW = 52  # px: a mapping row, its combo box with room around it

# Encodings a house's exports come in; "" (first) means as detected.
ENCODINGS = (
    ("utf-8", QT_TRANSLATE_NOOP("ImportDialog", "UTF-8")),
    ("utf-8-sig", QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 with BOM")),
    ("gb18030", QT_TRANSLATE_NOOP("ImportDialog", "GBK / GB18030 (Simplified Chinese)")),
    ("big5", QT_TRANSLATE_NOOP("ImportDialog", "Big5 (Traditional Chinese)")),
    ("utf-16", QT_TRANSLATE_NOOP("ImportDialog", "UTF-16")),
)

FIELD_LABELS = {
    "": QT_TRANSLATE_NOOP("ImportDialog", "— not imported —"),
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Full name"),
    "family_name": QT_TRANSLATE_NOOP("ImportDialog", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("ImportDialog", "Given name"),
    "name_local": QT_TRANSLATE_NOOP("ImportDialog", "Name in Chinese"),
    "name_romanised": QT_TRANSLATE_NOOP("ImportDialog", "Name in Latin letters"),
    "title": QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    "email": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "gender": QT_TRANSLATE_NOOP("ImportDialog", "Gender"),
    "birthday": QT_TRANSLATE_NOOP("ImportDialog", "Birthday"),
    "language": QT_TRANSLATE_NOOP("ImportDialog", "Language"),
    "tier": QT_TRANSLATE_NOOP("ImportDialog", "Membership tier"),
    "tags": QT_TRANSLATE_NOOP("ImportDialog", "Tags"),
    "note": QT_TRANSLATE_NOOP("ImportDialog", "Note"),
    "address": QT_TRANSLATE_NOOP("ImportDialog", "Address"),
    "spend": QT_TRANSLATE_NOOP("ImportDialog", "Lifetime spend"),
    "currency": QT_TRANSLATE_NOOP("ImportDialog", "Currency"),
    "accepts_marketing": QT_TRANSLATE_NOOP("ImportDialog", "Accepts marketing"),
    "source": QT_TRANSLATE_NOOP("ImportDialog", "Source"),
}

STEP_FILE, STEP_COLUMNS, STEP_PLAN, STEP_MERGES, STEP_IMPORTING, STEP_DONE = range(6)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportDialog", text)


class ClientListPicker:
    """Asks for the client list to import; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ImportDialog", "Choose a client list"),
            "",
            QCoreApplication.translate("ImportDialog", "Client lists (*.csv *.tsv *.txt *.xlsx)"),
        )
        return Path(path) if path else None


class _Progress(QObject):
    """Carries the import's progress from the database thread to the UI thread (a
    queued signal: the receiver lives on the UI thread)."""

    sig_progress = Signal(int, int)


class ImportDialog(QDialog):
    """`sig_columns_read` once the file's columns are shown, `sig_planned` once the plan
    is, `sig_imported(result)` after the import, `sig_undone(result)` after an undo,
    `sig_refused(message)` when the desk refused a step."""

    sig_columns_read = Signal()
    sig_planned = Signal()
    sig_imported = Signal(object)
    sig_undone = Signal(object)
    sig_refused = Signal(str)

    def __init__(self, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import clients"))
        self.runner = window.runner
        self.path: Path | None = None
        self.columns: FileColumns | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.undone: UndoResult | None = None
        self._progress = _Progress(self)
        self._progress.sig_progress.connect(self._show_progress)

        self.heading = QLabel(self.tr("Import clients"))
        self.heading.setObjectName("editorHeading")
        self.steps_label = QLabel()
        self.steps_label.setObjectName("fieldHint")
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()

        self.pages = QStackedWidget()
        self.pages.addWidget(self._file_page())
        self.pages.addWidget(self._columns_page())
        self.pages.addWidget(self._plan_page())
        self.pages.addWidget(self._merges_page())
        self.pages.addWidget(self._importing_page())
        self.pages.addWidget(self._done_page())

        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("importBack")
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setObjectName("primary")
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("importClose")
        for button in (self.back_button, self.next_button, self.close_button):
            button.setMinimumHeight(TOUCH)
            button.setAutoDefault(False)
        self.back_button.clicked.connect(self._back)
        self.next_button.clicked.connect(self._next)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.steps_label)
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.setMinimumSize(760, 560)
        self.resize(960, 680)
        self._go(STEP_FILE)

    # --- the pages ------------------------------------------------------------------------

    def _file_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr(
                "A client list from a spreadsheet, a till or an online shop: a CSV, TSV "
                "or Excel file with one client a row and the column names on the first row."
            )
        )
        hint.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a file…"))
        self.choose_button.setObjectName("importChoose")
        self.choose_button.setMinimumHeight(TOUCH)
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setObjectName("clientChosen")
        self.file_label.setWordWrap(True)
        self.encoding_box = QComboBox()
        self.encoding_box.setObjectName("importEncoding")
        self.encoding_box.setMinimumHeight(TOUCH)
        self.encoding_box.setAccessibleName(self.tr("Text encoding"))
        self.encoding_box.activated.connect(self._encoding_chosen)
        self.encoding_hint = QLabel()
        self.encoding_hint.setObjectName("fieldHint")
        self.encoding_hint.setWordWrap(True)
        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.preview.verticalHeader().setDefaultSectionSize(36)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.preview.setAccessibleName(self.tr("The first rows as read"))
        preview_title = QLabel(self.tr("The first rows as read"))
        preview_title.setObjectName("fieldHint")

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.addWidget(self.choose_button, 0, 0)
        grid.addWidget(self.file_label, 0, 1)
        grid.addWidget(QLabel(self.tr("Encoding")), 1, 0)
        grid.addWidget(self.encoding_box, 1, 1)
        grid.addWidget(self.encoding_hint, 2, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(preview_title)
        layout.addWidget(self.preview, 1)
        self._fill_encodings("")
        return page

    def _columns_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr(
                "Each column of the file and the JewelDesk field it fills. Columns named as "
                "in the common exports are chosen for you; change any of them here. Your "
                "choice is kept for the next file with the same columns."
            )
        )
        hint.setWordWrap(True)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("fieldHint")
        self.saved_label.setWordWrap(True)
        self.mapping = QTableWidget(0, 3)
        self.mapping.setObjectName("importMapping")
        self.mapping.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("JewelDesk field")]
        )
        self.mapping.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mapping.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mapping.verticalHeader().hide()
        self.mapping.verticalHeader().setDefaultSectionSize(ROW)
        header = self.mapping.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(2, 300)
        self.mapping.setAccessibleName(self.tr("Columns and the fields they fill"))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(hint)
        layout.addWidget(self.saved_label)
        layout.addWidget(self.mapping, 1)
        self.field_boxes: list[QComboBox] = []
        return page

    def _plan_page(self) -> QWidget:
        page = QWidget()
        self.plan_summary = QLabel()
        self.plan_summary.setWordWrap(True)
        self.tiles: dict[str, QLabel] = {}
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for key, label in (
            ("new", self.tr("To import")),
            ("merge", self.tr("Proposed merges")),
            ("known", self.tr("Already imported")),
            ("refused", self.tr("Not imported")),
            ("problems", self.tr("Values left out")),
        ):
            tile = QFrame()
            tile.setObjectName("importTile")
            box = QVBoxLayout(tile)
            box.setContentsMargins(14, 10, 14, 10)
            number = QLabel("0")
            number.setObjectName("importTileNumber")
            caption = QLabel(label)
            caption.setObjectName("fieldHint")
            caption.setWordWrap(True)
            box.addWidget(number)
            box.addWidget(caption)
            self.tiles[key] = number
            tiles.addWidget(tile, 1)
        self.report_title = QLabel(self.tr("Rows to read about"))
        self.report_title.setObjectName("fieldHint")
        self.report_model = ReportModel(self)
        self.report = QTableView()
        self.report.setObjectName("importReport")
        self.report.setModel(self.report_model)
        self.report.setWordWrap(True)
        self.report.verticalHeader().hide()
        self.report.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.report.verticalHeader().setMinimumSectionSize(TOUCH)
        header = self.report.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 200)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.report.setAccessibleName(self.tr("Rows to read about"))
        self.nothing_to_report = QLabel(self.tr("Every row can be imported as it is."))
        self.nothing_to_report.setObjectName("fieldHint")
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.plan_summary)
        layout.addLayout(tiles)
        layout.addWidget(self.report_title)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.nothing_to_report)
        layout.addStretch(0)
        return page

    def _merges_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr(
                "These rows look like clients JewelDesk already has. Check each pair: a "
                "merge adds the file's new phone numbers, e-mails and birthday to the "
                "client already on file, and changes nothing else."
            )
        )
        hint.setWordWrap(True)
        self.merge_model = MergeModel(self)
        self.merges = QTableView()
        self.merges.setObjectName("importMerges")
        self.merges.setModel(self.merge_model)
        self.merges.setWordWrap(True)
        self.merges.verticalHeader().hide()
        self.merges.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.merges.verticalHeader().setMinimumSectionSize(TOUCH)
        header = self.merges.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHOICE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.merges.setItemDelegateForColumn(CHOICE_COLUMN, ChoiceDelegate(self.merges))
        self.merges.setAccessibleName(self.tr("Proposed merges"))
        # Shortcuts deciding every row at once; each row's own decision is in its list.
        self.merge_choice = QButtonGroup(self)
        self.merge_yes = QRadioButton(self.tr("Merge them into the clients already on file"))
        self.merge_no = QRadioButton(self.tr("Leave these rows out of this import"))
        for button in (self.merge_yes, self.merge_no):
            button.setMinimumHeight(TOUCH)
            self.merge_choice.addButton(button)
        self.merge_yes.setChecked(True)
        self.merge_yes.clicked.connect(lambda: self._decide_all(Choice.MERGE))
        self.merge_no.clicked.connect(lambda: self._decide_all(Choice.SKIP))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(hint)
        layout.addWidget(self.merges, 1)
        layout.addWidget(self.merge_yes)
        layout.addWidget(self.merge_no)
        return page

    def _importing_page(self) -> QWidget:
        page = QWidget()
        self.progress_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("importProgress")
        self.progress_bar.setMinimumHeight(28)
        self.progress_bar.setRange(0, 0)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 40, 0, 0)
        layout.setSpacing(16)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress_bar)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_label = QLabel()
        self.done_label.setObjectName("clientChosen")
        self.done_label.setWordWrap(True)
        self.done_detail = QLabel()
        self.done_detail.setWordWrap(True)
        self.undo_hint = QLabel(
            self.tr(
                "Changed your mind? Undo removes every client and detail this import "
                "added, as long as nobody has changed them since."
            )
        )
        self.undo_hint.setObjectName("fieldHint")
        self.undo_hint.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo this import"))
        self.undo_button.setObjectName("importUndo")
        self.undo_button.setMinimumHeight(TOUCH)
        self.undo_button.clicked.connect(self.undo)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 24, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.done_label)
        layout.addWidget(self.done_detail)
        layout.addSpacing(12)
        layout.addWidget(self.undo_hint)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    # --- moving between steps ------------------------------------------------------------

    def step(self) -> int:
        return self.pages.currentIndex()

    def _go(self, step: int) -> None:
        self.pages.setCurrentIndex(step)
        self.error.hide()
        names = [self.tr("File"), self.tr("Columns"), self.tr("Check")]
        if self.plan is not None and self.plan.count(Action.MERGE):
            names.append(self.tr("Duplicates"))
        names.append(self.tr("Import"))
        current = {
            STEP_FILE: 0,
            STEP_COLUMNS: 1,
            STEP_PLAN: 2,
            STEP_MERGES: 3,
        }.get(step, len(names) - 1)
        self.steps_label.setText(
            "  ›  ".join(f"<b>{n}</b>" if i == current else n for i, n in enumerate(names))
        )
        self.back_button.setVisible(step in (STEP_COLUMNS, STEP_PLAN, STEP_MERGES))
        self.next_button.setVisible(step not in (STEP_IMPORTING, STEP_DONE))
        self.close_button.setEnabled(step != STEP_IMPORTING)
        self.close_button.setText(self.tr("Close") if step == STEP_DONE else self.tr("Cancel"))
        importing_next = step == STEP_MERGES or (
            step == STEP_PLAN and self.plan is not None and not self.plan.count(Action.MERGE)
        )
        self.next_button.setText(self.tr("Import") if importing_next else self.tr("Next"))
        self._update_next()

    def _update_next(self) -> None:
        step = self.step()
        if step == STEP_FILE:
            ready = self.columns is not None
        elif step == STEP_COLUMNS:
            ready = bool(self.field_boxes)
        elif step == STEP_PLAN:
            ready = self.plan is not None and bool(
                self.plan.count(Action.NEW) or self.plan.count(Action.MERGE)
            )
        else:
            ready = True
        self.next_button.setEnabled(ready)

    def _back(self) -> None:
        step = self.step()
        if step == STEP_MERGES:
            self._go(STEP_PLAN)
        elif step in (STEP_COLUMNS, STEP_PLAN):
            self._go(step - 1)

    def _next(self) -> None:
        step = self.step()
        if step == STEP_FILE:
            self._go(STEP_COLUMNS)
        elif step == STEP_COLUMNS:
            self.make_plan()
        elif step == STEP_PLAN and self.plan is not None and self.plan.count(Action.MERGE):
            self._go(STEP_MERGES)
        elif step in (STEP_PLAN, STEP_MERGES):
            self.start_import()

    def _refused(self, error: DomainError) -> None:
        message = error.message(interface_lang())
        self.error.setText(message)
        self.error.show()
        self.next_button.setEnabled(self.step() not in (STEP_PLAN, STEP_MERGES))
        if self.step() == STEP_IMPORTING:
            self._go(STEP_PLAN)
            self.error.setText(message)
            self.error.show()
        self.sig_refused.emit(message)

    # --- the file --------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = ClientListPicker.ask(self)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path, encoding: str = "") -> None:
        """Read `path`'s columns (detecting its encoding unless `encoding` is given)."""
        self.path = path
        self.plan = None
        self.file_label.setText(path.name)
        self.runner.read(
            lambda desk: review.read_columns(desk, path, encoding or None),
            lambda columns: self._show_columns(columns, encoding),
            self._refused,
        )

    def _encoding_chosen(self, index: int) -> None:
        if self.path is not None:
            self.open_file(self.path, str(self.encoding_box.itemData(index) or ""))

    def _fill_encodings(self, detected: str, chosen: str = "") -> None:
        self.encoding_box.clear()
        self.encoding_box.addItem(
            self.tr("As detected: {encoding}").format(encoding=detected)
            if detected
            else self.tr("Detected from the file"),
            "",
        )
        for code, label in ENCODINGS:
            self.encoding_box.addItem(_tr(label), code)
        self.encoding_box.setCurrentIndex(max(0, self.encoding_box.findData(chosen)))

    def _show_columns(self, columns: FileColumns, chosen: str) -> None:
        self.columns = columns
        self.error.hide()
        text_file = columns.format != "xlsx"
        self._fill_encodings(columns.encoding if not chosen else "", chosen)
        if not chosen and text_file:
            self.encoding_box.setItemText(
                0, self.tr("As detected: {encoding}").format(encoding=_encoding_name(columns))
            )
        self.encoding_box.setEnabled(text_file)
        self.encoding_hint.setText(
            self.tr("%n client row(s) in the file.", "", columns.rows)
            + " "
            + (
                self.tr("If the names below look garbled, choose the encoding by hand.")
                if text_file
                else self.tr("An Excel workbook carries its own encoding.")
            )
        )
        self.preview.clear()
        self.preview.setColumnCount(len(columns.headers))
        self.preview.setRowCount(len(columns.preview))
        self.preview.setHorizontalHeaderLabels(list(columns.headers))
        for r, cells in enumerate(columns.preview):
            for c, value in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        self._fill_mapping(columns)
        self._update_next()
        self.sig_columns_read.emit()

    def _fill_mapping(self, columns: FileColumns) -> None:
        self.mapping.setRowCount(len(columns.headers))
        self.field_boxes = []
        first = columns.preview[0] if columns.preview else ()
        for r, header in enumerate(columns.headers):
            self.mapping.setItem(r, 0, QTableWidgetItem(header))
            sample = first[r] if r < len(first) else ""
            self.mapping.setItem(r, 1, QTableWidgetItem(sample))
            box = QComboBox()
            box.setObjectName("importField")
            box.setMinimumHeight(TOUCH)
            box.setAccessibleName(self.tr("Field for the column “{header}”").format(header=header))
            for value, label in FIELD_LABELS.items():
                box.addItem(_tr(label), value)
            box.setCurrentIndex(max(0, box.findData(columns.fields[r])))
            holder = QWidget()
            cell = QHBoxLayout(holder)
            cell.setContentsMargins(4, 3, 8, 3)
            cell.addWidget(box)
            self.mapping.setCellWidget(r, 2, holder)
            self.field_boxes.append(box)
        if columns.saved:
            self.saved_label.setText(self.tr("Columns as you chose them last time for this file."))
        else:
            found = sum(1 for f in columns.detected if f)
            self.saved_label.setText(
                self.tr("%n of the columns recognised.", "", found)
                if found
                else self.tr("No column was recognised: choose each field by hand.")
            )

    def chosen_fields(self) -> list[str]:
        return [str(box.currentData() or "") for box in self.field_boxes]

    def set_field(self, header: str, field: str) -> None:
        """Choose `field` for the column `header` (as a person would in its box)."""
        assert self.columns is not None
        box = self.field_boxes[self.columns.headers.index(header)]
        box.setCurrentIndex(box.findData(field))

    # --- the plan -------------------------------------------------------------------------

    def make_plan(self) -> None:
        """Keep the mapping for next time and plan the import (nothing is written)."""
        assert self.columns is not None and self.path is not None
        headers, fields = self.columns.headers, self.chosen_fields()
        mapping = dict(zip(headers, fields, strict=True))
        path, lang = self.path, interface_lang()
        encoding = str(self.encoding_box.currentData() or "") or self.columns.encoding or None
        self.next_button.setEnabled(False)

        def plan(desk: Desk) -> tuple[ImportPlan, list[Any], list[Any]]:
            made = desk.imports.plan(
                path, encoding=encoding, mapping=review.mapping_for_plan(headers, fields)
            )
            return made, review.reported_rows(made, lang), review.proposed_merges(made, lang)

        self.runner.write(lambda desk: review.save_mapping(desk, mapping), initiator=self)
        self.runner.read(plan, self._show_plan, self._refused)

    def _show_plan(self, planned: tuple[ImportPlan, list[Any], list[Any]]) -> None:
        plan, reported, merges = planned
        self.plan = plan
        counts = {
            "new": plan.count(Action.NEW),
            "merge": plan.count(Action.MERGE),
            "known": plan.count(Action.KNOWN),
            "refused": plan.count(Action.REFUSED),
            "problems": plan.problems,
        }
        for key, number in counts.items():
            self.tiles[key].setText(f"{number:,}")
        summary = self.tr("{file}: %n row(s) read.", "", len(plan.rows)).format(file=plan.file_name)
        if plan.unmapped:
            summary += " " + self.tr("Columns not imported: {columns}.").format(
                columns=", ".join(plan.unmapped)
            )
        if plan.blank_rows:
            summary += " " + self.tr("%n blank row(s) skipped.", "", plan.blank_rows)
        self.plan_summary.setText(summary)
        self.report_model.set_rows(reported)
        self.report.setVisible(bool(reported))
        self.report_title.setVisible(bool(reported))
        self.nothing_to_report.setVisible(not reported)
        self.merge_model.set_merges(
            merges, Choice.MERGE if self.merge_yes.isChecked() else Choice.SKIP
        )
        self._open_choices()
        self._go(STEP_PLAN)
        self.sig_planned.emit()

    def _open_choices(self) -> None:
        """Every row's decision shown as its drop-down, not only the one being edited."""
        for row in range(self.merge_model.rowCount()):
            self.merges.openPersistentEditor(self.merge_model.index(row, CHOICE_COLUMN))

    def _decide_all(self, choice: Choice) -> None:
        self.merge_model.choose_all(choice)
        for row in range(self.merge_model.rowCount()):
            cell = self.merge_model.index(row, CHOICE_COLUMN)
            editor = self.merges.indexWidget(cell)
            delegate = self.merges.itemDelegateForColumn(CHOICE_COLUMN)
            if editor is not None and delegate is not None:
                delegate.setEditorData(editor, cell)

    # --- importing and undoing ------------------------------------------------------------

    def start_import(self) -> None:
        """Write the plan as one batch, the progress bar following each chunk."""
        assert self.plan is not None
        plan, merge = self.plan, self.merge_yes.isChecked()
        choices = self.merge_model.choices()
        progress = self._progress.sig_progress
        self.progress_label.setText(self.tr("Importing {file}…").format(file=plan.file_name))
        self.progress_bar.setRange(0, max(1, len(plan.rows)))
        self.progress_bar.setValue(0)
        self._go(STEP_IMPORTING)
        self.runner.write(
            lambda desk: desk.imports.apply(
                plan,
                merge_into_existing=merge,
                choices=choices,
                progress=lambda done, total: progress.emit(done, total),
            ),
            self._imported,
            self._refused,
            initiator=self,
        )

    def _show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        self.progress_label.setText(
            self.tr("Importing row {done} of {total}…").format(done=f"{done:,}", total=f"{total:,}")
        )

    def _imported(self, written: Any) -> None:
        result: ImportResult = written.value
        self.result = result
        self.done_label.setText(self.tr("%n client(s) added.", "", result.created))
        parts = []
        if result.merged:
            parts.append(self.tr("%n merged into clients already on file.", "", result.merged))
        if result.skipped:
            parts.append(self.tr("%n proposed merge(s) left out.", "", result.skipped))
        if result.known:
            parts.append(self.tr("%n row(s) were already imported.", "", result.known))
        if result.refused:
            parts.append(self.tr("%n row(s) not imported.", "", result.refused))
        if result.problems:
            parts.append(self.tr("%n value(s) left out.", "", result.problems))
        self.done_detail.setText(" ".join(parts))
        self.undo_button.setEnabled(bool(result.created or result.merged))
        self.undo_button.setVisible(True)
        self.undo_hint.setVisible(True)
        self._go(STEP_DONE)
        self.sig_imported.emit(result)

    def undo(self) -> None:
        """Remove everything this import wrote."""
        assert self.result is not None
        batch = self.result.batch_id
        self.undo_button.setEnabled(False)
        self.runner.write(
            lambda desk: desk.imports.undo(batch), self._undone, self._undo_refused, initiator=self
        )

    def _undo_refused(self, error: DomainError) -> None:
        self.error.setText(error.message(interface_lang()))
        self.error.show()
        self.undo_button.setEnabled(True)
        self.sig_refused.emit(self.error.text())

    def _undone(self, written: Any) -> None:
        done: UndoResult = written.value
        self.undone = done
        self.done_label.setText(self.tr("The import was undone."))
        self.done_detail.setText(
            self.tr("%n client(s) removed, with everything the import added.", "", done.clients)
        )
        self.undo_button.setVisible(False)
        self.undo_hint.setVisible(False)
        self.sig_undone.emit(done)


def _encoding_name(columns: FileColumns) -> str:
    names = {"gb18030": "GB18030 (GBK)", "utf_8": "UTF-8", "utf-8": "UTF-8", "big5": "Big5"}
    return names.get(columns.encoding.lower(), columns.encoding.upper())
