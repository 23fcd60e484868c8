"""`KpiTableModel`: the KPIs of one or more scopes (my book, the store) side by side,
one figure a row, each shown as its percentage with what it is out of."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)

from jeweldesk.services.kpis import Kpis

RAW_ROLE = (
    Qt.ItemDataRole.UserRole + 1
)  # the figure as the CLI prints it (`Ratio.as_dict()` or an int)
ROW_HEIGHT = 44

# (attribute of `Kpis`, or "funnel.<step>"; label in the "Kpis" context)
FIGURES: tuple[tuple[str, str], ...] = (
    ("clients", QT_TRANSLATE_NOOP("Kpis", "Clients")),
    ("coverage", QT_TRANSLATE_NOOP("Kpis", "Coverage (contacted in 30 days)")),
    ("execution", QT_TRANSLATE_NOOP("Kpis", "Follow-ups done on time")),
    ("completeness", QT_TRANSLATE_NOOP("Kpis", "Complete records")),
    ("appointment_conversion", QT_TRANSLATE_NOOP("Kpis", "Appointments that led to a purchase")),
    ("repurchase", QT_TRANSLATE_NOOP("Kpis", "Buyers who came back")),
    ("first_response_sla", QT_TRANSLATE_NOOP("Kpis", "Service cases answered within 2 h")),
    ("resolution_sla", QT_TRANSLATE_NOOP("Kpis", "Service cases resolved within 24 h")),
    ("benefit_redemption", QT_TRANSLATE_NOOP("Kpis", "Benefits used")),
    ("voucher_redemption", QT_TRANSLATE_NOOP("Kpis", "Vouchers used")),
    ("funnel.invited", QT_TRANSLATE_NOOP("Kpis", "Event: invited")),
    ("funnel.accepted", QT_TRANSLATE_NOOP("Kpis", "Event: accepted")),
    ("funnel.attended", QT_TRANSLATE_NOOP("Kpis", "Event: attended")),
    ("funnel.purchased", QT_TRANSLATE_NOOP("Kpis", "Event: purchased after")),
)


def figure_label(key: str) -> str:
    return QCoreApplication.translate("Kpis", dict(FIGURES)[key])


PER_CLIENT = ("coverage", "completeness")  # shares of the clients, not of what fell due


def raw_figure(kpis: Kpis, key: str):
    """The figure as `jeweldesk kpis --json` prints it."""
    if key.startswith("funnel."):
        return kpis.funnel.get(key.split(".", 1)[1], 0)
    value = getattr(kpis, key)
    return value if isinstance(value, int) else value.as_dict()


class KpiTableModel(QAbstractTableModel):
    """Rows: the figures; columns: the figure's name, then one per scope."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._scopes: list[tuple[str, Kpis]] = []

    def show_scopes(self, scopes: list[tuple[str, Kpis]]) -> None:
        """`scopes`: (column title, figures), e.g. ("My book", …), ("Store SH01", …)."""
        self.beginResetModel()
        self._scopes = list(scopes)
        self.endResetModel()

    def figure_key(self, row: int) -> str:
        return FIGURES[row][0]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._scopes else len(FIGURES)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 1 + len(self._scopes)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignLeft if section == 0 else Qt.AlignmentFlag.AlignRight
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Figure")
        if 0 < section <= len(self._scopes):
            return self._scopes[section - 1][0]
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if (
            not index.isValid()
            or not 0 <= index.row() < self.rowCount()
            or not 0 <= index.column() < self.columnCount()
        ):
            return None
        key = FIGURES[index.row()][0]
        if role == Qt.ItemDataRole.SizeHintRole:
            return QSize(0, ROW_HEIGHT)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == 0:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if index.column() == 0:
            return (
                figure_label(key)
                if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
                else None
            )
        raw = raw_figure(self._scopes[index.column() - 1][1], key)
        if role == RAW_ROLE:
            return raw
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if isinstance(raw, int):
                return str(raw)
            if raw["percent"] is None:  # nothing to count: say why
                return self.tr("– (no clients)") if key in PER_CLIENT else self.tr("– (none due)")
            return self.tr("{percent}%  ·  {n} of {total}").format(
                percent=raw["percent"], n=raw["numerator"], total=raw["denominator"]
            )
        return None
