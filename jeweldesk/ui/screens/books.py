"""Books: the store manager's view of every advisor's book, with reassignment of one
client or a whole book (with a handover note), and suggestions of clients to add.
Advisors do not see it: their own book is the Clients screen."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelection, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.books import ROLES_CHANGING_ANY_BOOK
from jeweldesk.domain.names import is_cjk
from jeweldesk.services.handover import AdvisorBook, Suggestion
from jeweldesk.services.views import BookRow
from jeweldesk.ui.client_list import ClientListView
from jeweldesk.ui.models.books import (
    ROW_HEIGHT,
    AdvisorBooksModel,
    SuggestionModel,
    SuggestionRoles,
)
from jeweldesk.ui.models.client_list import ClientListModel
from jeweldesk.ui.widgets.dates import interface_lang
from jeweldesk.ui.widgets.runner_bridge import notices_of, on_changes, write
from jeweldesk.ui.widgets.two_lines import TwoLineDelegate

if TYPE_CHECKING:
    from jeweldesk.services import Desk

# A boutique's advisors (up to eight) fit without scrolling when the window allows;
# on a short window the table keeps at least three and scrolls to the rest.
ROWS_WANTED = 8
ROWS_AT_LEAST = 3


class HandoverConfirm:
    """Asks before a whole book moves; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("Dialogs", "Hand over the whole book"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes


@dataclass(frozen=True)
class StoreBooks:
    store_name: str
    books: list[AdvisorBook]


@dataclass(frozen=True)
class AdvisorDetail:
    advisor_id: uuid.UUID
    clients: list[BookRow]
    suggestions: list[Suggestion]


class BooksScreen(QWidget):
    """`sig_shown` after the advisors' books are listed; `sig_detail_shown` after the
    chosen advisor's clients and suggestions; `sig_moved` after a handover."""

    sig_shown = Signal()
    sig_detail_shown = Signal()
    sig_moved = Signal(object)  # the write's result

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.setObjectName("booksScreen")
        self.window_ = window
        self.runner = window.runner
        self.manager: bool | None = None  # unknown until the person is read
        self._generation = 0
        self._requested = False
        self.books_model = AdvisorBooksModel(self)
        self.clients_model = ClientListModel(parent=self)
        self.suggestions_model = SuggestionModel(self)

        title = QLabel(self.tr("Books"))
        title.setObjectName("screenTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("screenSubtitle")
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(title)
        head.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)

        self.table = AdvisorTable()
        self.table.setObjectName("advisorBooks")
        self.table.setModel(self.books_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Every advisor's book"))

        # The chosen advisor's clients.
        self.clients_title = QLabel()
        self.clients_title.setObjectName("cardTitle")
        self.client_list = ClientListView()
        self.client_list.setObjectName("bookClients")
        self.client_list.setModel(self.clients_model)
        self.export_button = QPushButton(self.tr("Export this book…"))
        self.export_button.setObjectName("exportBook")
        self.export_button.clicked.connect(self.export_book)
        clients_card = _card(
            self.clients_title, self.client_list, self.export_button, grow=self.client_list
        )

        # Moving clients.
        move_title = QLabel(self.tr("Hand over").upper())
        move_title.setObjectName("cardTitle")
        self.target = QComboBox()
        self.target.setObjectName("handoverTarget")
        self.target.setMinimumHeight(44)
        self.target.setAccessibleName(self.tr("Advisor to receive the clients"))
        self.note = QPlainTextEdit()
        self.note.setObjectName("handoverNote")
        self.note.setPlaceholderText(self.tr("Handover note: what the new advisor should know"))
        self.note.setMinimumHeight(88)
        self.note.setMaximumHeight(132)
        self.reassign_button = QPushButton(self.tr("Move the chosen client"))
        self.reassign_button.setObjectName("primary")
        self.reassign_button.clicked.connect(self.reassign_chosen)
        self.whole_book_button = QPushButton(self.tr("Hand over the whole book"))
        self.whole_book_button.setObjectName("wholeBook")
        self.whole_book_button.clicked.connect(self.hand_over_book)
        self.message = QLabel()
        self.message.setObjectName("handoverMessage")
        self.message.setWordWrap(True)
        self.message.hide()  # until there is something to say: its empty line goes to the table
        to_label = QLabel(self.tr("To"))
        to_label.setObjectName("fieldLabel")
        move_card = _card(
            move_title,
            to_label,
            self.target,
            self.note,
            self.reassign_button,
            self.whole_book_button,
            self.message,
        )

        # Suggestions.
        self.suggestions_title = QLabel(self.tr("Suggested to add").upper())
        self.suggestions_title.setObjectName("cardTitle")
        self.suggestion_list = QListView()
        self.suggestion_list.setObjectName("suggestionList")
        self.suggestion_list.setModel(self.suggestions_model)
        self.suggestion_list.setItemDelegate(
            TwoLineDelegate(
                SuggestionRoles.REASON, SuggestionRoles.SEGMENT, 64, self.suggestion_list
            )
        )
        self.suggestion_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.no_suggestions = QLabel(
            self.tr("No one to suggest: every client worth a book has an advisor.")
        )
        self.no_suggestions.setObjectName("quietNote")
        self.no_suggestions.setWordWrap(True)
        self.no_suggestions.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.add_button = QPushButton(self.tr("Add to this book"))
        self.add_button.setObjectName("addSuggestion")
        self.add_button.clicked.connect(self.add_suggested)
        suggestions_card = _card(
            self.suggestions_title,
            self.suggestion_list,
            self.no_suggestions,
            self.add_button,
            grow=self.suggestion_list,
        )

        lower = QHBoxLayout()
        lower.setSpacing(16)
        lower.addWidget(clients_card, 4)
        lower.addWidget(move_card, 3)
        lower.addWidget(suggestions_card, 4)

        content = QWidget()
        layout = TableThenCards(self.table, content)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addWidget(self.table)  # as tall as its rows, or shorter and scrolling
        layout.addLayout(lower, 1)  # the cards take what the table leaves

        self.not_for_you = QLabel(
            self.tr(
                "The books of every advisor are kept by store managers.\nYour own book is on the Clients screen."
            )
        )
        self.not_for_you.setObjectName("emptyState")
        self.not_for_you.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.not_for_you.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.not_for_you)
        self.pages.setCurrentWidget(self.not_for_you)  # until the role says otherwise
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)

        self.table.selectionModel().selectionChanged.connect(self._on_advisor_chosen)
        self.client_list.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.suggestion_list.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons()
        )
        self.client_list.doubleClicked.connect(self._open_client)
        on_changes(self.runner, self._on_changes)
        self._update_buttons()
        # The nav button exists once every screen is built: hide it until the role is known.
        QTimer.singleShot(0, self, self.check_role)

    # --- who may see it -------------------------------------------------------------------

    def check_role(self) -> None:
        """Show the nav button to managers only (and this screen's content)."""
        self._set_nav_visible(self.manager is True)
        self.runner.read(_is_manager, self._apply_role)

    def _apply_role(self, manager: bool) -> None:
        self.manager = manager
        self._set_nav_visible(manager)
        self.pages.setCurrentIndex(0 if manager else 1)

    def _set_nav_visible(self, visible: bool) -> None:
        button = getattr(self.window_, "nav_buttons", {}).get("books")
        if button is not None:
            button.setVisible(visible)

    # --- loading -----------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: None if self._requested else self.refresh())

    def refresh(self) -> None:
        self._requested = True
        self._generation += 1
        generation = self._generation
        self.runner.read(_is_manager, self._apply_role)
        self.runner.read(_load_books, lambda books: self._show_books(generation, books))

    def _on_changes(self, _changes, initiator) -> None:
        if initiator is self:
            return  # our own handover: `_moved` refreshes
        if self.isVisible():
            self.refresh()
        else:
            self._requested = False

    def _show_books(self, generation: int, books: StoreBooks | None) -> None:
        if generation != self._generation or books is None:
            return
        chosen = self.chosen_advisor()
        self.books_model.show_books(books.books)
        self.table.fit_rows()
        self.subtitle.setText(
            self.tr("{store}  ·  %n book(s)", "", len(books.books)).format(store=books.store_name)
        )
        row = self.books_model.row_of(chosen.advisor_id) if chosen else -1
        if row < 0:  # first time: the first advisor with a book to look after
            row = next((i for i, b in enumerate(books.books) if b.status.count), 0)
        if books.books:
            self.table.selectRow(row)
        self.sig_shown.emit()

    def chosen_advisor(self) -> AdvisorBook | None:
        rows = self.table.selectionModel().selectedRows()
        return self.books_model.book(rows[0].row()) if rows else None

    def _on_advisor_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        advisor = self.chosen_advisor()
        if advisor is None:
            return
        lang = interface_lang()
        self.clients_title.setText(
            spaced(self.tr("{name}'s clients").format(name=advisor.shown_name(lang))).upper()
        )
        self.target.clear()
        for other in self.books_model.books():
            if other.advisor_id != advisor.advisor_id:
                self.target.addItem(
                    f"{other.shown_name(lang)}  ·  {other.status.count}", other.advisor_id
                )
        advisor_id = advisor.advisor_id
        generation = self._generation
        self.runner.read(
            lambda desk: _load_detail(desk, advisor_id),
            lambda detail: self._show_detail(generation, detail),
        )

    def _show_detail(self, generation: int, detail: AdvisorDetail) -> None:
        chosen = self.chosen_advisor()
        if chosen is None or chosen.advisor_id != detail.advisor_id:
            return  # the manager has moved on to another advisor
        self.clients_model.show_book(detail.clients)
        self.suggestions_model.show_suggestions(detail.suggestions)
        self.no_suggestions.setVisible(not detail.suggestions)
        self.suggestion_list.setVisible(bool(detail.suggestions))
        self._update_buttons()
        self.sig_detail_shown.emit()

    def export_book(self) -> None:
        """The chosen advisor's book as a spreadsheet (or a list made from it)."""
        from jeweldesk.ui.export_dialog import ExportBookDialog

        advisor = self.chosen_advisor()
        if advisor is None:
            return
        self.export_dialog = ExportBookDialog(self.runner, advisor.advisor_id, advisor.name, self)
        self.export_dialog.open()

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.chosen_advisor() is not None)
        self.reassign_button.setEnabled(
            self._chosen_client() is not None and self.target.count() > 0
        )
        self.whole_book_button.setEnabled(
            self.clients_model.rowCount() > 0 and self.target.count() > 0
        )
        self.add_button.setEnabled(bool(self.suggestion_list.selectionModel().selectedIndexes()))
        self.add_button.setVisible(self.suggestions_model.rowCount() > 0)

    def _chosen_client(self) -> uuid.UUID | None:
        indexes = self.client_list.selectionModel().selectedIndexes()
        return self.clients_model.client_id(indexes[0].row()) if indexes else None

    # --- moving clients ------------------------------------------------------------------

    def reassign_chosen(self) -> None:
        """Move the chosen client to the advisor picked under "To", with the note."""
        advisor, client_id, target = (
            self.chosen_advisor(),
            self._chosen_client(),
            self.target.currentData(),
        )
        if advisor is None or client_id is None or target is None:
            return
        source, note = advisor.advisor_id, self.note.toPlainText()
        write(
            self.runner,
            lambda desk: desk.handover.reassign(client_id, source, target, note=note),
            self._moved,
            initiator=self,
        )

    def hand_over_book(self) -> None:
        advisor, target = self.chosen_advisor(), self.target.currentData()
        if advisor is None or target is None:
            return
        text = spaced(
            self.tr(
                "Move all %n client(s) of {name} to {target}, with their plans and open tasks?",
                "",
                self.clients_model.rowCount(),
            ).format(
                name=advisor.shown_name(interface_lang()),
                target=self.target.currentText().split("  ·  ")[0],
            )
        )
        if not HandoverConfirm.ask(self, text):
            return
        source, note = advisor.advisor_id, self.note.toPlainText()
        write(
            self.runner,
            lambda desk: desk.handover.hand_over_book(source, target, note=note),
            self._moved,
            initiator=self,
        )

    def add_suggested(self) -> None:
        advisor = self.chosen_advisor()
        indexes = self.suggestion_list.selectionModel().selectedIndexes()
        if advisor is None or not indexes:
            return
        client_id, advisor_id = (
            self.suggestions_model.suggestion(indexes[0].row()).client_id,
            advisor.advisor_id,
        )
        write(
            self.runner,
            lambda desk: desk.books.add(advisor_id, client_id),
            self._moved,
            initiator=self,
        )

    def _moved(self, result) -> None:
        notices = notices_of(result, self.runner.desk.lang)
        self.message.setText("\n".join([self.tr("Done."), *notices]))
        self.message.show()
        self.note.clear()
        self.refresh()
        # The book screen shows the signed-in advisor's own book: keep it current too.
        reload_book = getattr(self.window_, "reload_book", None)
        if callable(reload_book):
            reload_book()
        self.sig_moved.emit(result)

    def _open_client(self, index) -> None:
        client_id = self.clients_model.client_id(index.row())
        self.window_.show_screen("book")
        self.window_.select_client(client_id)


class AdvisorTable(QTableView):
    """The advisors' books, one a row. It asks for the height of every row up to
    `ROWS_WANTED`, is never taller than its rows (the cards below take the spare
    height), and gives way down to `ROWS_AT_LEAST` rows on a short window, scrolling
    to the rest: the cards are laid out below it, never over its last row."""

    def height_for(self, rows: int) -> int:
        """The height that shows `rows` rows under the header, with no scroll bar."""
        return self._chrome() + ROW_HEIGHT * max(rows, 1)

    def whole_rows(self, height: int) -> int:
        """`height`, trimmed to end on a row boundary when the rows do not all fit:
        the last row in view is never cut through its text."""
        fit = (height - self._chrome()) // ROW_HEIGHT
        if fit >= self.model().rowCount() or fit < 1:
            return height
        return self._chrome() + ROW_HEIGHT * fit

    def _chrome(self) -> int:
        return self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth()

    def fit_rows(self) -> None:
        """Re-measure after the rows change."""
        rows = self.model().rowCount() if self.model() is not None else 0
        self.setMaximumHeight(self.height_for(rows))
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        rows = self.model().rowCount() if self.model() is not None else 0
        return QSize(super().sizeHint().width(), self.height_for(min(rows, ROWS_WANTED)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        rows = self.model().rowCount() if self.model() is not None else 0
        return QSize(super().minimumSizeHint().width(), self.height_for(min(rows, ROWS_AT_LEAST)))


class TableThenCards(QVBoxLayout):
    """A column laid out as any other, except that a table given less than its rows
    ends on a whole row, and the pixels it gives up go to what is laid out below it."""

    def __init__(self, table: AdvisorTable, parent: QWidget) -> None:
        super().__init__(parent)
        self.table = table

    def setGeometry(self, rect) -> None:  # noqa: N802 (Qt's name)
        super().setGeometry(rect)
        index = self.indexOf(self.table)
        below = self.itemAt(index + 1) if index >= 0 else None
        spare = self.table.height() - self.table.whole_rows(self.table.height())
        if below is None or spare <= 0:
            return
        self.table.resize(self.table.width(), self.table.height() - spare)
        below.setGeometry(below.geometry().adjusted(0, -spare, 0, 0))


def spaced(text: str) -> str:
    """A space wherever a Latin word meets a Chinese character, as Chinese typesetting
    sets a Latin name apart: "Claire Martin 的客户", while "陈雨的客户" stays as it is.
    The Chinese phrases hold no spaces around a name; English text has nothing to add."""
    out: list[str] = []
    for ch in text:
        if out and ((_latin(out[-1]) and is_cjk(ch)) or (is_cjk(out[-1]) and _latin(ch))):
            out.append(" ")
        out.append(ch)
    return "".join(out)


def _latin(ch: str) -> bool:
    return ch.isalpha() and not is_cjk(ch)


def _card(*widgets: QWidget, grow: QWidget | None = None) -> QFrame:
    """A card holding `widgets` top to bottom; `grow` takes the spare height."""
    card = QFrame()
    card.setObjectName("card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(10)
    for widget in widgets:
        layout.addWidget(widget, 1 if widget is grow else 0)
    layout.addStretch(0)  # takes the height only when `grow` is hidden (or None)
    return card


# --- reads, run on the runner -------------------------------------------------------------


def _is_manager(desk: Desk) -> bool:
    if desk.acting_staff_id is None:
        return False
    # Whoever may change any advisor's book sees them all (domain/books.py).
    return desk.directory.person(desk.acting_staff_id).role in ROLES_CHANGING_ANY_BOOK


def _load_books(desk: Desk) -> StoreBooks | None:
    if not _is_manager(desk):
        return None
    person = desk.directory.person(desk.acting_staff_id)
    store = desk.directory.store(person.store_id or desk.home_store_id)
    local = desk.lang.startswith("zh") and getattr(store, "name_local", "")
    return StoreBooks(
        f"{local or store.name} ({store.code})", desk.handover.store_books(store.code)
    )


def _load_detail(desk: Desk, advisor_id: uuid.UUID) -> AdvisorDetail:
    return AdvisorDetail(
        advisor_id, desk.books.book(advisor_id), desk.handover.suggestions(advisor_id, limit=10)
    )
