"""The store manager's open cases: every case of the store still being worked, the one
whose SLA runs out first (or ran out longest ago) on top, its clock coloured. A case
opens in the Case dialog; the list follows every change to a case."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.ui import labels
from jeweldesk.ui.case_dialog.clock import sla_state, sla_text
from jeweldesk.ui.case_dialog.dialog import CaseDialog, severity_label
from jeweldesk.ui.profile.common import when_text
from jeweldesk.ui.widgets.dates import interface_lang

if TYPE_CHECKING:
    from jeweldesk.domain.errors import DomainError
    from jeweldesk.services.cases import CaseView

INK = {"overdue": "#b3261e", "soon": "#9a5b13", "ok": "#2f6b3a", "done": "#7a7269"}
Index = QModelIndex | QPersistentModelIndex


class OpenCasesModel(QAbstractTableModel):
    """The cases, as given (sorted by the service)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views: list[CaseView] = []
        self.zone = "UTC"
        self.headers = [
            self.tr("SLA"),
            self.tr("Client"),
            self.tr("Complaint"),
            self.tr("Severity"),
            self.tr("Status"),
            self.tr("Opened"),
        ]

    def tick(self, sla_of: Any) -> None:
        """Recompute each case's clock with `sla_of(record)` (the time has moved on)."""
        from dataclasses import replace

        if not self.views:
            return
        self.views = [replace(v, sla=sla_of(v.case)) for v in self.views]
        last = len(self.views) - 1
        self.dataChanged.emit(self.index(0, 0), self.index(last, 0))

    def set_views(self, views: list[CaseView], zone: str) -> None:
        self.beginResetModel()
        self.views, self.zone = list(views), zone
        self.endResetModel()

    def view(self, row: int) -> CaseView | None:
        return self.views[row] if 0 <= row < len(self.views) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.views)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self.view(index.row()) if index.isValid() else None
        if view is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            case = view.case
            return [
                sla_text(view.sla),
                view.client_name,
                case.complaint.splitlines()[0] if case.complaint else "",
                severity_label(case.severity),
                labels.case_status_label(case.status),
                when_text(case.opened_at, self.zone, time=True),
            ][column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return QColor(INK[sla_state(view.sla)])
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return view.case.complaint
        return None


class OpenCasesDialog(QDialog):
    """`sig_shown` each time the list is on screen; `sig_refused(message)` when the
    desk refused it (someone who is not a manager)."""

    sig_shown = Signal()
    sig_refused = Signal(str)

    def __init__(self, runner: Any, *, zone: str = "UTC", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openCasesDialog")
        self.setWindowTitle(self.tr("Open service-recovery cases"))
        self.runner = runner
        self.zone = zone
        self.case_dialog: CaseDialog | None = None
        heading = QLabel(self.tr("Open service-recovery cases"))
        heading.setObjectName("editorHeading")
        self.summary = QLabel()
        self.summary.setObjectName("fieldHint")
        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.model = OpenCasesModel(self)
        self.table = QTableView()
        self.table.setObjectName("openCasesTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(44)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.open_case(index.row()))
        self.empty = QLabel(self.tr("No open case: every complaint has been resolved."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        self.open_button = QPushButton(self.tr("Open the case"))
        self.open_button.setObjectName("primary")
        self.open_button.setMinimumHeight(44)
        self.open_button.clicked.connect(lambda: self.open_case(self.table.currentIndex().row()))
        close = QPushButton(self.tr("Close"))
        close.setMinimumHeight(44)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self.setMinimumSize(720, 420)
        self.resize(900, 560)
        self._tick = QTimer(self)
        self._tick.setInterval(30_000)  # the clocks run on between reads
        self._tick.timeout.connect(self._redraw)
        self._tick.start()
        signal = getattr(self.runner, "sig_changes", None)
        if signal is not None:  # a bound slot: disconnected when the dialog goes
            signal.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        self.runner.read(lambda desk: desk.cases.open_cases(), self._show, self._refused)

    def _redraw(self) -> None:
        if self.runner.desk is not None:
            self.model.tick(self.runner.desk.cases.sla)

    def _on_changes(self, changes, _initiator) -> None:
        if "service_cases" in changes.tables:
            self.refresh()

    def _show(self, views: list[CaseView]) -> None:
        self.error.hide()
        self.model.set_views(views, self.zone)
        overdue = sum(1 for v in views if v.sla.overdue)
        self.summary.setText(
            self.tr("%n open case(s)", "", len(views))
            + (" · " + self.tr("%n overdue", "", overdue) if overdue else "")
        )
        self.table.setVisible(bool(views))
        self.empty.setVisible(not views)
        self.open_button.setEnabled(bool(views))
        if views and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.sig_shown.emit()

    def _refused(self, error: DomainError) -> None:
        message = error.message(interface_lang())
        self.error.setText(message)
        self.error.show()
        self.table.hide()
        self.open_button.setEnabled(False)
        self.sig_refused.emit(message)

    def open_case(self, row: int) -> CaseDialog | None:
        view = self.model.view(row)
        if view is None:
            return None
        self.case_dialog = CaseDialog(
            self.runner,
            view.case.client_id,
            view.id,
            client_name=view.client_name,
            zone=self.zone,
            parent=self,
        )
        self.case_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.case_dialog.show()
        return self.case_dialog
