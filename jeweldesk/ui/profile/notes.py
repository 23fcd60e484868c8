"""Notes: the capture box always at hand above the tabs (type while talking, Enter
saves), and the timeline with pinning, marking sensitive and editing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QInputDialog,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from jeweldesk.ui.profile.common import ProfileTab, Shown, action_button, tr, when_text
from jeweldesk.ui.profile.rows import Column, RecordTable, RecordView
from jeweldesk.ui.profile.saving import Refusal

CAPTURE_HEIGHT = 52


class CaptureBox(QPlainTextEdit):
    """Enter or Ctrl+Enter sends `sig_submit`; Shift+Enter starts a new line."""

    sig_submit = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.sig_submit.emit()
            return
        super().keyPressEvent(event)


ONE_LINE_FROM = 560  # px: narrower, the note box takes a line of its own


class QuickCapture(QFrame):
    """The note box. `sig_capture(text, pinned, sensitive)`; the pane saves it and calls
    `saved()` (box emptied) or `refused(message)` (text kept)."""

    sig_capture = Signal(str, bool, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickCapture")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(10)
        layout.setVerticalSpacing(4)
        self.box = CaptureBox()
        self.box.setObjectName("noteCapture")
        self.box.setTabChangesFocus(True)
        self.box.setPlaceholderText(self.tr("Note while you talk… Enter saves (Ctrl+N)"))
        self.box.setAccessibleName(self.tr("New note"))
        self.box.setToolTip(self.tr("Enter or Ctrl+Enter saves; Shift+Enter starts a new line"))
        self.box.setFixedHeight(CAPTURE_HEIGHT)
        self.pinned = QCheckBox(self.tr("Pin"))
        self.pinned.setObjectName("capturePinned")
        self.sensitive = QCheckBox(self.tr("Sensitive"))
        self.sensitive.setObjectName("captureSensitive")
        self.sensitive.setToolTip(self.tr("Only you, store managers and head office will see it"))
        self.save = action_button(self.tr("Save note"), "captureSave")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.grid = layout
        self.one_line: bool | None = None
        self.arrange(one_line=True)
        layout.setColumnStretch(0, 1)
        self.box.sig_submit.connect(self._submit)
        self.save.clicked.connect(self._submit)
        self.box.textChanged.connect(self._clear_error)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.arrange(one_line=self.width() >= ONE_LINE_FROM)

    def arrange(self, *, one_line: bool) -> None:
        """The box with its options and button on one line, or, on a narrow pane (a
        tablet's), the box on a line of its own: beside them it was left too narrow
        to show even its prompt."""
        if one_line == self.one_line:
            return
        self.one_line = one_line
        for widget in (self.box, self.pinned, self.sensitive, self.save, self.error):
            self.grid.removeWidget(widget)
        row = 0 if one_line else 1
        self.grid.addWidget(self.box, 0, 0, 1, 1 if one_line else 4)
        self.grid.addWidget(self.pinned, row, 1)
        self.grid.addWidget(self.sensitive, row, 2)
        self.grid.addWidget(self.save, row, 3)
        self.grid.addWidget(self.error, row + 1, 0, 1, 4)

    def focus(self) -> None:
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _submit(self) -> None:
        self.sig_capture.emit(
            self.box.toPlainText(), self.pinned.isChecked(), self.sensitive.isChecked()
        )

    def saved(self) -> None:
        self.box.clear()
        self.pinned.setChecked(False)
        self.sensitive.setChecked(False)
        self._clear_error()

    def refused(self, refusal: Refusal) -> None:
        self.error.setText(refusal.message)
        self.error.show()
        self.box.setProperty("invalid", True)
        self.box.style().polish(self.box)
        self.focus()

    def reset(self) -> None:
        """Another client: start with an empty box."""
        self.saved()

    def _clear_error(self) -> None:
        if self.error.isVisible():
            self.error.hide()
            self.box.setProperty("invalid", False)
            self.box.style().polish(self.box)


class NoteEditDialog:
    """Asks for a note's new text (a classmethod, so tests can stand in for it)."""

    @classmethod
    def ask(cls, parent: QWidget, text: str) -> str | None:
        value, ok = QInputDialog.getMultiLineText(parent, tr("Edit note"), tr("Note"), text)
        return value if ok else None


def note_marks(note) -> str:
    return " · ".join(
        x
        for x in (tr("Pinned") if note.pinned else "", tr("Sensitive") if note.sensitive else "")
        if x
    )


class NotesTab(ProfileTab):
    def __init__(self, writes, parent: QWidget | None = None) -> None:
        super().__init__(writes, "notesTab", parent)
        timeline = self.section(self.tr("Notes, newest first, pinned on top"))
        self.model = RecordTable(
            [
                Column(self.tr("When"), self._when),
                Column(self.tr("Marks"), note_marks),
                Column(self.tr("Note"), lambda n: n.body),
            ],
            self,
            emphasis=lambda n: n.pinned,
        )
        self.view = RecordView(self.model, "notesTimeline")
        self.view.setAccessibleName(self.tr("Notes"))
        timeline.add(self.view, 1)
        self.withheld = QLabel()
        self.withheld.setObjectName("mutedLine")
        timeline.add(self.withheld)
        self.pin = action_button(self.tr("Pin"), "notePin")
        self.sensitive = action_button(self.tr("Mark sensitive"), "noteSensitive")
        self.edit = action_button(self.tr("Edit…"), "noteEdit")
        timeline.add_buttons(self.pin, self.sensitive, self.edit)
        self.end()
        self.pin.clicked.connect(self.toggle_pin)
        self.sensitive.clicked.connect(self.toggle_sensitive)
        self.edit.clicked.connect(self.edit_note)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._actions())
        self.view.doubleClicked.connect(lambda _i: self.edit_note())

    def _when(self, note) -> str:
        zone = self.shown.timezone if self.shown else None
        return when_text(note.created_at, zone, time=True)

    def show_client(self, shown: Shown, *, same_client: bool) -> None:
        chosen = self.view.current_record()
        super().show_client(shown, same_client=same_client)
        self.model.set_rows(shown.profile.notes)
        withheld = shown.profile.withheld_notes
        self.withheld.setText(self.tr("%n sensitive note(s) not shown", "", withheld))
        self.withheld.setVisible(bool(withheld))
        if same_client and chosen is not None:
            self.select(lambda n: n.id == chosen.id or n.supersedes_id == chosen.id)
        self._actions()

    def select(self, wanted) -> None:
        for row, note in enumerate(self.model.rows):
            if wanted(note):
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def _actions(self) -> None:
        note = self.view.current_record()
        for button in (self.pin, self.sensitive, self.edit):
            button.setEnabled(note is not None)
        self.pin.setText(self.tr("Unpin") if note is not None and note.pinned else self.tr("Pin"))
        self.sensitive.setText(
            self.tr("Not sensitive")
            if note is not None and note.sensitive
            else self.tr("Mark sensitive")
        )

    def toggle_pin(self) -> None:
        note = self.view.current_record()
        if note is None:
            return
        pinned = not note.pinned
        self.writes.save(
            lambda desk: desk.notes.pin(note.id, pinned),
            done=self.tr("Note pinned") if pinned else self.tr("Note unpinned"),
            reverse=lambda _v: lambda desk: desk.notes.pin(note.id, not pinned),
        )

    def toggle_sensitive(self) -> None:
        note = self.view.current_record()
        if note is None:
            return
        sensitive = not note.sensitive
        self.writes.save(
            lambda desk: desk.notes.mark_sensitive(note.id, sensitive),
            done=self.tr("Note marked sensitive")
            if sensitive
            else self.tr("Note no longer sensitive"),
            reverse=lambda _v: lambda desk: desk.notes.mark_sensitive(note.id, not sensitive),
        )

    def edit_note(self) -> None:
        note = self.view.current_record()
        if note is None:
            return
        text = NoteEditDialog.ask(self, note.body)
        if text is None or text.strip() == note.body:
            return
        # Notes are append-only: the edit is a new note superseding this one, and its
        # undo one more superseding it with the old text.
        self.writes.save(
            lambda desk: desk.notes.edit(note.id, text),
            done=self.tr("Note edited"),
            reverse=lambda new: lambda desk: desk.notes.edit(new.id, note.body),
        )
