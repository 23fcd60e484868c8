"""The service job dialog: a piece taken in at the counter (from the jewellery box or
described now), with the work, its condition at intake and photos, the estimate, the
ready date and the client's signature on the pad; then the job as it moves on (to
the workshop, ready, collected or handed back unrepaired), each step a button.

The service receipt is issued as the piece is taken in and the collection slip as it
is collected; both open in the document preview, to print or save. Every write goes
through `desk.service` on the runner; a refusal is shown next to its field and what
was typed stays."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.vocab import ServiceKind, ServiceStatus
from jeweldesk.ui import labels
from jeweldesk.ui.appointment.common import Card, fitted
from jeweldesk.ui.editors.base import set_invalid
from jeweldesk.ui.profile.common import money_text, when_text
from jeweldesk.ui.service_job import data
from jeweldesk.ui.widgets.signature_pad import SignaturePad

DIALOG_SIZE = (1080, 760)
TWO_COLUMNS_FROM = 980  # px: narrower (a 1024×768 tablet less its frame), cards stack
NEW_PIECE = "new"  # the piece combo's item for a piece not yet in the box
THUMB = 72


@dataclass(frozen=True)
class Refused:
    message: str
    field: str | None


def _guarded(op: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """`op` whose refusal comes back as a value with its field, on whichever thread."""
    from jeweldesk.domain.errors import DomainError

    def run(desk: Any) -> Any:
        try:
            return op(desk)
        except DomainError as exc:
            return Refused(exc.message(desk.lang), getattr(exc, "field", None))

    return run


class ReasonDialog:
    """Asks why a job is handed back unrepaired or cancelled; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(parent, title, prompt)
        return text if ok else None


class PhotoFiles:
    """Which pictures to attach; tests replace `ask`."""

    @classmethod
    def ask(cls, parent: QWidget) -> list[Path]:
        files, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("ServiceJobDialog", "Photos of the piece at intake"),
            str(Path.home()),
            QCoreApplication.translate(
                "ServiceJobDialog", "Pictures (*.jpg *.jpeg *.png *.heic *.webp)"
            ),
        )
        return [Path(f) for f in files]


def _caption(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldCaption")
    label.setBuddy(buddy)
    buddy.setAccessibleName(text.replace("&", ""))
    return label


def _value(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ServiceJobDialog(QDialog):
    """`ServiceJobDialog(runner, client_id=…)` takes a piece in (`piece_id` chooses it
    from the box); `job_id=…` shows a job and its next steps. `sig_loaded` when shown,
    `sig_saved(text)` after each write, `sig_document(dialog)` with each preview."""

    sig_loaded = Signal()
    sig_saved = Signal(str)
    sig_refused = Signal(str)
    sig_document = Signal(object)

    def __init__(
        self,
        runner: Any,
        *,
        client_id: uuid.UUID | None = None,
        job_id: uuid.UUID | None = None,
        piece_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if client_id is None and job_id is None:
            raise ValueError("a service job dialog needs a client or a job")
        self.setObjectName("serviceJobDialog")
        self.runner = runner
        self.client_id = client_id
        self.job_id = job_id
        self.wanted_piece = piece_id
        self.loaded: data.JobLoaded | None = None
        self.photo_files: list[Path] = []
        self.preview: QDialog | None = None
        self.setWindowTitle(
            self.tr("Take in for service") if job_id is None else self.tr("Service job")
        )
        self.resize(fitted(self, QSize(*DIALOG_SIZE)))
        self._build()
        self.reload()

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel(self.windowTitle())
        self.heading.setObjectName("editorHeading")
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        self.status_chip.hide()
        self.client_label = QLabel()
        self.client_label.setObjectName("fieldHint")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.status_chip)
        top.addStretch(1)
        top.addWidget(self.client_label)

        self.piece_card = self._piece_card()
        self.work_card = self._work_card()
        self.condition_card = self._condition_card()
        self.signature_card = Card(self.tr("Client's signature"), "signature")
        self.signature = SignaturePad(
            caption=self.tr("The client signs to leave the piece in the house's care")
        )
        self.signature_card.body.addWidget(self.signature)
        self.progress_card = self._progress_card()

        left = QVBoxLayout()
        left.setSpacing(16)
        left.addWidget(self.progress_card)
        left.addWidget(self.piece_card)
        left.addWidget(self.work_card)
        left.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(16)
        right.addWidget(self.condition_card)
        right.addWidget(self.signature_card)
        right.addStretch(1)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(16)
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)

        content = QWidget()
        content.setObjectName("editorContent")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(24, 20, 24, 12)
        inner.setSpacing(14)
        inner.addLayout(top)
        inner.addLayout(self.columns, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)

        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()
        error_row = QHBoxLayout()
        error_row.setContentsMargins(24, 0, 24, 0)
        error_row.addWidget(self.error)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(scroll, 1)
        layout.addLayout(error_row)
        layout.addLayout(self._buttons())

    def _piece_card(self) -> Card:
        card = Card(self.tr("The piece"), "piece")
        self.piece_box = QComboBox()
        self.piece_box.setObjectName("servicePiece")
        self.new_piece = QLineEdit()
        self.new_piece.setObjectName("serviceNewPiece")
        self.new_piece.setPlaceholderText(self.tr("For example “Gold bangle, engraved inside”"))
        self.new_metal = QLineEdit()
        self.new_metal.setObjectName("serviceNewMetal")
        self.new_metal.setPlaceholderText(self.tr("18k yellow gold"))
        self.piece_text = _value("", "servicePieceText")
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.piece_caption = _caption(self.tr("From the jewellery box"), self.piece_box)
        grid.addWidget(self.piece_caption, 0, 0, 1, 2)
        grid.addWidget(self.piece_box, 1, 0, 1, 2)
        self.new_caption = _caption(self.tr("A piece not in the box"), self.new_piece)
        self.metal_caption = _caption(self.tr("Metal"), self.new_metal)
        grid.addWidget(self.new_caption, 2, 0)
        grid.addWidget(self.metal_caption, 2, 1)
        grid.addWidget(self.new_piece, 3, 0)
        grid.addWidget(self.new_metal, 3, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        card.body.addLayout(grid)
        card.body.addWidget(self.piece_text)
        self.piece_box.currentIndexChanged.connect(self._piece_chosen)
        return card

    def _work_card(self) -> Card:
        card = Card(self.tr("The work"), "work")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("serviceKind")
        for kind in ServiceKind:
            self.kind_box.addItem(labels.service_kind_label(kind), kind.value)
        self.work_edit = QLineEdit()
        self.work_edit.setObjectName("serviceWork")
        self.work_edit.setPlaceholderText(self.tr("For example “resize from 52 to 54”"))
        self.estimate_edit = QLineEdit()
        self.estimate_edit.setObjectName("serviceEstimate")
        self.estimate_edit.setPlaceholderText(self.tr("Empty: to follow"))
        self.ready_edit = QDateEdit()
        self.ready_edit.setObjectName("serviceReadyBy")
        self.ready_edit.setCalendarPopup(True)
        self.ready_edit.setDisplayFormat("yyyy-MM-dd")
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(_caption(self.tr("Service"), self.kind_box), 0, 0)
        grid.addWidget(_caption(self.tr("Work asked for"), self.work_edit), 0, 1)
        grid.addWidget(self.kind_box, 1, 0)
        grid.addWidget(self.work_edit, 1, 1)
        self.estimate_caption = _caption(self.tr("Estimate"), self.estimate_edit)
        grid.addWidget(self.estimate_caption, 2, 0)
        grid.addWidget(_caption(self.tr("Ready by"), self.ready_edit), 2, 1)
        grid.addWidget(self.estimate_edit, 3, 0)
        grid.addWidget(self.ready_edit, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        card.body.addLayout(grid)
        self.work_text = _value("", "serviceWorkText")
        card.body.addWidget(self.work_text)
        self.fields: dict[str, QWidget] = {
            "kind": self.kind_box,
            "description": self.work_edit,
            "estimate": self.estimate_edit,
            "ready_by": self.ready_edit,
            "piece": self.new_piece,
        }
        return card

    def _condition_card(self) -> Card:
        card = Card(self.tr("Condition at intake"), "condition")
        self.condition_edit = QPlainTextEdit()
        self.condition_edit.setObjectName("serviceCondition")
        self.condition_edit.setAccessibleName(self.tr("Condition at intake"))
        self.condition_edit.setPlaceholderText(
            self.tr("Scratches, loose or missing stones, wear, marks: what the client sees too")
        )
        self.condition_edit.setFixedHeight(96)
        self.condition_text = _value("", "serviceConditionText")
        card.body.addWidget(self.condition_edit)
        card.body.addWidget(self.condition_text)
        self.photo_row = QHBoxLayout()
        self.photo_row.setSpacing(8)
        self.photo_button = QPushButton(self.tr("Add photos…"))
        self.photo_button.setObjectName("servicePhotos")
        self.photo_button.clicked.connect(self.add_photos)
        self.photo_hint = QLabel()
        self.photo_hint.setObjectName("fieldHint")
        self.photo_row.addWidget(self.photo_button)
        self.photo_row.addWidget(self.photo_hint)
        self.thumbs = QHBoxLayout()
        self.thumbs.setSpacing(6)
        self.photo_row.addLayout(self.thumbs)
        self.photo_row.addStretch(1)
        card.body.addLayout(self.photo_row)
        self.fields_extra = {"intake_condition": self.condition_edit}
        return card

    def _progress_card(self) -> Card:
        card = Card(self.tr("Progress"), "progress")
        self.timeline = QGridLayout()
        self.timeline.setHorizontalSpacing(14)
        self.timeline.setVerticalSpacing(6)
        card.body.addLayout(self.timeline)
        steps = QHBoxLayout()
        steps.setSpacing(10)
        self.step_buttons: dict[str, QPushButton] = {}
        for status, text in (
            ("in_workshop", self.tr("Sent to the workshop")),
            ("ready", self.tr("Back from the workshop: ready")),
            ("collected", self.tr("Client collects…")),
            ("returned", self.tr("Return unrepaired…")),
            ("cancelled", self.tr("Cancel the job…")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"serviceStep_{status}")
            button.clicked.connect(lambda _c=False, s=status: self.step(s))
            self.step_buttons[status] = button
        for status in ("in_workshop", "ready", "collected"):
            steps.addWidget(self.step_buttons[status])
        steps.addStretch(1)
        card.body.addLayout(steps)
        more = QHBoxLayout()
        more.setSpacing(10)
        more.addWidget(self.step_buttons["returned"])
        more.addWidget(self.step_buttons["cancelled"])
        more.addStretch(1)
        card.body.addLayout(more)
        self.step_buttons["collected"].setObjectName("primary")
        return card

    def _buttons(self) -> QHBoxLayout:
        self.receipt_button = QPushButton(self.tr("Service receipt"))
        self.receipt_button.setObjectName("serviceReceipt")
        self.receipt_button.clicked.connect(lambda: self.open_document("receipt"))
        self.slip_button = QPushButton(self.tr("Collection slip"))
        self.slip_button.setObjectName("serviceSlip")
        self.slip_button.clicked.connect(lambda: self.open_document("slip"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.save_button = QPushButton(self.tr("Take in and issue the receipt"))
        self.save_button.setObjectName("primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.take_in)
        row = QHBoxLayout()
        row.setContentsMargins(24, 8, 24, 16)
        row.setSpacing(10)
        row.addWidget(self.receipt_button)
        row.addWidget(self.slip_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        row.addWidget(self.save_button)
        return row

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        direction = (
            QBoxLayout.Direction.LeftToRight
            if self.width() >= TWO_COLUMNS_FROM
            else QBoxLayout.Direction.TopToBottom
        )
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    # --- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        client_id, job_id = self.client_id, self.job_id
        self.runner.read(
            lambda desk: data.load(desk, client_id, job_id),  # type: ignore[arg-type]
            self._show,
        )

    def _show(self, loaded: data.JobLoaded) -> None:
        self.loaded = loaded
        self.client_id = loaded.client_id
        self.client_label.setText(loaded.client_name)
        if loaded.job is None:
            self._show_intake(loaded)
        else:
            self._show_job(loaded)
        self.sig_loaded.emit()

    def _show_intake(self, loaded: data.JobLoaded) -> None:
        self.status_chip.hide()
        self.progress_card.hide()
        self.piece_text.hide()
        self.work_text.hide()
        self.condition_text.hide()
        self.receipt_button.hide()
        self.slip_button.hide()
        self.piece_box.blockSignals(True)
        self.piece_box.clear()
        for piece in loaded.pieces:
            text = piece.description if not piece.metal else f"{piece.description} · {piece.metal}"
            if piece.busy:
                text = self.tr("{piece} (in for service: {number})").format(
                    piece=text, number=piece.busy
                )
            self.piece_box.addItem(text, str(piece.id))
        self.piece_box.addItem(self.tr("A piece not in the box…"), NEW_PIECE)
        self.piece_box.blockSignals(False)
        index = self.piece_box.findData(str(self.wanted_piece)) if self.wanted_piece else 0
        self.piece_box.setCurrentIndex(max(0, index))
        self._piece_chosen()
        self.estimate_caption.setText(
            self.tr("Estimate ({currency})").format(currency=loaded.currency)
            if loaded.currency
            else self.tr("Estimate")
        )
        today = QDate(loaded.today.year, loaded.today.month, loaded.today.day)
        self.ready_edit.setMinimumDate(today)
        self.ready_edit.setDate(today.addDays(14))
        self.photo_button.setVisible(loaded.photos_supported)
        self.photo_hint.setText("" if loaded.photos_supported else "")
        self.save_button.setEnabled(loaded.may_take_in)
        if not loaded.may_take_in:
            self.show_error(
                self.tr("Pieces are taken in by advisors, VIC consultants and store managers.")
            )

    def _show_job(self, loaded: data.JobLoaded) -> None:
        job = loaded.job
        self.heading.setText(self.tr("Service job {number}").format(number=job.number))
        self.setWindowTitle(self.heading.text())
        self.status_chip.setText(_status_label(job.status))
        self.status_chip.setProperty("status", str(job.status))
        self.status_chip.style().unpolish(self.status_chip)
        self.status_chip.style().polish(self.status_chip)
        self.status_chip.show()
        self.progress_card.show()
        for widget in (
            self.piece_box,
            self.piece_caption,
            self.new_piece,
            self.new_metal,
            self.new_caption,
            self.metal_caption,
            self.condition_edit,
            self.save_button,
            self.photo_button,
        ):
            widget.hide()
        for widget in (self.kind_box, self.work_edit, self.estimate_edit, self.ready_edit):
            widget.setEnabled(False)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(str(job.kind))))
        self.work_edit.setText(job.description)
        self.work_edit.setCursorPosition(0)  # read from its start, not its end
        self.work_edit.setToolTip(job.description)
        self.estimate_caption.setText(self.tr("Estimate"))
        self.estimate_edit.setText(
            money_text(job.estimate, job.currency, loaded.lang)
            if job.estimate is not None
            else self.tr("to follow")
        )
        if job.ready_by:
            self.ready_edit.setMinimumDate(QDate(2000, 1, 1))
            self.ready_edit.setDate(QDate(job.ready_by.year, job.ready_by.month, job.ready_by.day))
        piece = loaded.piece
        self.piece_text.setText(
            " · ".join(x for x in (piece.description, piece.metal) if x) if piece else ""
        )
        self.piece_text.show()
        self.work_text.hide()
        self.condition_text.setText(job.intake_condition)
        self.condition_text.show()
        self.signature.set_svg_path(job.signature_svg)
        self.signature.canvas.setEnabled(False)
        self.signature.clear_button.hide()
        self.signature.caption.setText(
            self.tr("Signed at intake, {when}").format(
                when=when_text(job.received_at, loaded.zone, time=True)
            )
            if job.signature_svg
            else self.tr("No signature on record: taken in before signatures were drawn here")
        )
        self._show_thumbs(loaded.photos)
        self._show_timeline(loaded)
        status = ServiceStatus(job.status)
        allowed = {
            ServiceStatus.RECEIVED: ("in_workshop", "returned", "cancelled"),
            ServiceStatus.IN_WORKSHOP: ("ready", "returned"),
            ServiceStatus.READY: ("collected",),
        }.get(status, ())
        for name, button in self.step_buttons.items():
            button.setVisible(name in allowed)
        self.receipt_button.setVisible(True)
        self.slip_button.setVisible(status is ServiceStatus.COLLECTED)

    def _show_timeline(self, loaded: data.JobLoaded) -> None:
        job, names, zone = loaded.job, loaded.staff or {}, loaded.zone
        while self.timeline.count():
            item = self.timeline.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        rows = [
            (self.tr("Received"), job.received_at, names.get(job.received_by_id, "")),
            (self.tr("At the workshop"), job.sent_to_workshop_at, ""),
            (self.tr("Ready"), job.ready_at, ""),
        ]
        if job.collected_at:
            rows.append(
                (self.tr("Collected"), job.collected_at, names.get(job.collected_by_id, ""))
            )
        elif job.returned_at:
            word = (
                self.tr("Cancelled")
                if str(job.status) == "cancelled"
                else self.tr("Returned unrepaired")
            )
            rows.append((word, job.returned_at, names.get(job.collected_by_id, "")))
        else:
            rows.append((self.tr("Collected"), None, ""))
        for n, (title, when, who) in enumerate(rows):
            mark = QLabel("●" if when else "○")
            mark.setObjectName("timelineMark")
            self.timeline.addWidget(mark, n, 0)
            self.timeline.addWidget(QLabel(title), n, 1)
            shown = when_text(when, zone, time=True) if when else "—"
            moment = _value(shown, "timelineWhen")
            moment.setWordWrap(False)  # a date and its time read as one
            self.timeline.addWidget(moment, n, 2)
            self.timeline.addWidget(_value(who, "timelineWho"), n, 3)
        if job.ready_by and not job.ready_at:
            promised = QLabel(self.tr("Promised for {day}").format(day=when_text(job.ready_by)))
            promised.setObjectName("fieldHint")
            self.timeline.addWidget(promised, len(rows), 1, 1, 3)
        if job.closing_note:
            note = _value(job.closing_note, "serviceClosingNote")
            self.timeline.addWidget(note, len(rows) + 1, 1, 1, 3)
        self.timeline.setColumnStretch(3, 1)

    def _show_thumbs(self, paths: tuple[Path, ...] | list[Path]) -> None:
        while self.thumbs.count():
            item = self.thumbs.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for path in paths:
            picture = QPixmap(str(path))
            if picture.isNull():
                continue
            label = QLabel()
            label.setObjectName("intakePhoto")
            label.setPixmap(
                picture.scaled(
                    THUMB,
                    THUMB,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            label.setAccessibleName(self.tr("Photo at intake"))
            self.thumbs.addWidget(label)

    def _piece_chosen(self) -> None:
        new = self.piece_box.currentData() == NEW_PIECE
        for widget in (self.new_piece, self.new_metal, self.new_caption, self.metal_caption):
            widget.setVisible(new)

    # --- intake ------------------------------------------------------------------------

    def add_photos(self) -> None:
        chosen = PhotoFiles.ask(self)
        if not chosen:
            return
        self.photo_files.extend(chosen)
        self.photo_hint.setText(self.tr("%n photo(s) to attach", "", len(self.photo_files)))
        self._show_thumbs(self.photo_files)

    def intake_fields(self) -> dict[str, Any]:
        chosen = self.piece_box.currentData()
        day = self.ready_edit.date()
        fields: dict[str, Any] = {
            "client_id": self.client_id,
            "kind": self.kind_box.currentData(),
            "description": self.work_edit.text(),
            "intake_condition": self.condition_edit.toPlainText(),
            "estimate": self.estimate_edit.text(),
            "currency": self.loaded.currency if self.loaded else "",
            "ready_by": dt.date(day.year(), day.month(), day.day()),
            "signature": self.signature.svg_path(),
        }
        if chosen == NEW_PIECE or chosen is None:
            fields |= {"new_piece": self.new_piece.text(), "new_piece_metal": self.new_metal.text()}
        else:
            fields["owned_piece_id"] = uuid.UUID(chosen)
        return fields

    def take_in(self) -> None:
        self.clear_error()
        fields, photos = self.intake_fields(), list(self.photo_files)
        self.save_button.setEnabled(False)

        def done(result: Any) -> None:
            self.save_button.setEnabled(True)
            if isinstance(result, Refused):
                self.show_error(result.message, result.field)
                return
            self.job_id = result.job.id
            text = self.tr("Job {number} taken in").format(number=result.job.number)
            if result.photo_refusals:
                self.show_error("\n".join(result.photo_refusals))
            self.sig_saved.emit(text)
            if result.receipt is not None:
                self._preview(result.receipt)
            self.reload()

        self.runner.write(
            _guarded(lambda desk: data.take_in(desk, fields, photos)), done, initiator=self
        )

    # --- steps -------------------------------------------------------------------------

    def step(self, status: str) -> None:
        if self.loaded is None or self.loaded.job is None:
            return
        job_id = self.loaded.job.id
        note = ""
        if status in ("returned", "cancelled"):
            title = (
                self.tr("Return unrepaired") if status == "returned" else self.tr("Cancel the job")
            )
            prompt = (
                self.tr("Why does the piece go back without the work?")
                if status == "returned"
                else self.tr("Why is the job cancelled?")
            )
            answer = ReasonDialog.ask(self, title, prompt)
            if answer is None:
                return
            note = answer
        self.clear_error()

        def done(result: Any) -> None:
            if isinstance(result, Refused):
                self.show_error(result.message, result.field)
                return
            job = result.job if isinstance(result, data.Collected) else result.value
            self.sig_saved.emit(
                self.tr("Job {number}: {status}").format(
                    number=job.number, status=_status_label(job.status).lower()
                )
            )
            if isinstance(result, data.Collected):
                if result.slip is not None:
                    self._preview(result.slip)
                else:
                    self.show_error(result.problem)
            self.reload()

        if status == "collected":
            op = _guarded(lambda desk: data.collect(desk, job_id, ""))
        else:
            op = _guarded(lambda desk: desk.service.advance(job_id, status, note))
        self.runner.write(op, done, initiator=self)

    # --- documents ---------------------------------------------------------------------

    def open_document(self, which: str) -> None:
        """The receipt or the slip already issued, re-drawn from its record (a copy);
        a job without one yet issues it now."""
        loaded = self.loaded
        if loaded is None or loaded.job is None:
            return
        record = loaded.receipt if which == "receipt" else loaded.slip
        job_id = loaded.job.id
        if record is None:
            issue = (
                (lambda desk: desk.documents.service_receipt(job_id))
                if which == "receipt"
                else (lambda desk: desk.documents.collection_slip(job_id))
            )

            def issued(result: Any) -> None:
                if isinstance(result, Refused):
                    self.show_error(result.message)
                    return
                self._preview(result.value)
                self.reload()

            self.runner.write(_guarded(issue), issued, initiator=self)
            return

        def drawn(result: Any) -> None:
            if isinstance(result, Refused):
                self.show_error(result.message)
                return
            self._open_preview(result, record.kind, record.number)

        self.runner.read(_guarded(lambda desk: desk.documents.render(record.id)), drawn)

    def _preview(self, issued: Any) -> None:
        self._open_preview(issued.pdf, issued.document.kind, issued.document.number)

    def _open_preview(self, pdf: bytes, kind: Any, number: str) -> None:
        title = f"{labels.document_kind_label(kind)} {number}"
        name = f"{str(kind).replace('_', '-')}-{number}.pdf"
        try:
            from jeweldesk.ui.document_preview import preview_pdf
        except ImportError:  # pragma: no cover - a build without the preview
            self._save_instead(pdf, name)
            return
        self.preview = preview_pdf(self, pdf, title, name)
        self.sig_document.emit(self.preview)

    def _save_instead(self, pdf: bytes, name: str) -> None:
        from jeweldesk.services.files import write_atomically

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the document"), name)
        if path:
            write_atomically(Path(path), pdf)

    # --- refusals ----------------------------------------------------------------------

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        widget = self.fields.get(field or "") or self.fields_extra.get(field or "")
        if field == "signature":
            widget = self.signature.canvas
        if widget is not None:
            set_invalid(widget, True)
            widget.setFocus()
        self.sig_refused.emit(message)

    def clear_error(self) -> None:
        self.error.hide()
        for widget in (*self.fields.values(), *self.fields_extra.values(), self.signature.canvas):
            set_invalid(widget, False)


def _status_label(status: Any) -> str:
    return labels.service_status_label(status)


__all__ = ["PhotoFiles", "ReasonDialog", "ServiceJobDialog"]
