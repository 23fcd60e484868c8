"""KPIs: the advisor's book and, for managers, the store's, over a chosen period, from
the same service as `jeweldesk kpis` so every screen and report shows one number."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.timezones import store_today
from jeweldesk.domain.vocab import Role
from jeweldesk.services.kpis import Kpis
from jeweldesk.ui.models.kpis import PER_CLIENT, KpiTableModel
from jeweldesk.ui.widgets.charts import ChartView
from jeweldesk.ui.widgets.dates import short_date
from jeweldesk.ui.widgets.runner_bridge import on_changes
from jeweldesk.ui.widgets.tiles import HealthTile, percent

if TYPE_CHECKING:
    from jeweldesk.services import Desk

MANAGERS = (Role.STORE_MANAGER, Role.HEAD_OFFICE)
PERIODS = ("month", "30days", "quarter")


def period_bounds(period: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day of a period ending today (store time)."""
    if period == "month":
        return today.replace(day=1), today
    if period == "quarter":
        return dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    return today - dt.timedelta(days=29), today  # the service's and the CLI's default


@dataclass(frozen=True)
class Figures:
    person_name: str
    manager: bool
    store_code: str
    start: dt.date
    end: dt.date
    mine: Kpis | None  # None for head office with no book of their own
    store: Kpis | None  # managers only


class KpiScreen(QWidget):
    sig_shown = Signal()  # the figures of the chosen period are on screen

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.setObjectName("kpiScreen")
        self.runner = window.runner
        self.period = "30days"
        self.figures: Figures | None = None
        self._generation = 0
        self._requested = False
        self.model = KpiTableModel(self)

        title = QLabel(self.tr("KPIs"))
        title.setObjectName("screenTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("screenSubtitle")
        self.period_group = QButtonGroup(self)
        self.period_buttons: dict[str, QPushButton] = {}
        head = QHBoxLayout()
        head.setSpacing(16)
        head.addWidget(title)
        head.addWidget(self.subtitle, 1, Qt.AlignmentFlag.AlignBottom)
        labels = {
            "month": self.tr("This month"),
            "30days": self.tr("Last 30 days"),
            "quarter": self.tr("This quarter"),
        }
        segmented = QHBoxLayout()
        segmented.setSpacing(0)
        for key in PERIODS:
            button = QPushButton(labels[key])
            button.setObjectName("periodButton")
            button.setCheckable(True)
            button.setProperty("position", {"month": "first", "quarter": "last"}.get(key, "middle"))
            button.clicked.connect(lambda _=False, k=key: self.set_period(k))
            self.period_group.addButton(button)
            self.period_buttons[key] = button
            segmented.addWidget(button)
        self.period_buttons[self.period].setChecked(True)
        head.addLayout(segmented)

        self.tiles = [
            HealthTile(t)
            for t in (
                self.tr("Coverage"),
                self.tr("Follow-ups on time"),
                self.tr("Complete records"),
                self.tr("Appointment conversion"),
            )
        ]
        self.scope_caption = QLabel()
        self.scope_caption.setObjectName("listCaption")
        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        for tile in self.tiles:
            tiles.addWidget(tile, 1)

        self.rates_chart = ChartView()
        self.rates_chart.setObjectName("ratesChart")
        self.funnel_chart = ChartView()
        self.funnel_chart.setObjectName("funnelChart")
        charts = QHBoxLayout()
        charts.setSpacing(16)
        charts.addWidget(self.rates_chart, 3)
        charts.addWidget(self.funnel_chart, 2)

        self.table = QTableView()
        self.table.setObjectName("kpiTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(40)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.setAccessibleName(self.tr("Every figure with what it is out of"))

        lower = QHBoxLayout()
        lower.setSpacing(16)
        lower.addWidget(self.table, 1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(14)
        layout.addLayout(head)
        layout.addWidget(self.scope_caption)
        layout.addLayout(tiles)
        layout.addLayout(charts, 3)
        layout.addLayout(lower, 2)

        self.signed_out = QLabel(self.tr("Sign in to see your figures."))
        self.signed_out.setObjectName("emptyState")
        self.signed_out.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(content)
        self.pages.addWidget(self.signed_out)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        on_changes(self.runner, lambda _c, _i: self._on_changes())

    # --- loading ---------------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, lambda: None if self._requested else self.refresh())

    def set_period(self, period: str) -> None:
        self.period = period
        self.period_buttons[period].setChecked(True)
        self.refresh()

    def refresh(self) -> None:
        self._requested = True
        self._generation += 1
        generation, period = self._generation, self.period
        if self.runner.desk.acting_staff_id is None:
            self.pages.setCurrentWidget(self.signed_out)
            return
        self.pages.setCurrentIndex(0)
        self.runner.read(lambda desk: _load(desk, period), lambda f: self._show(generation, f))

    def _on_changes(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._requested = False

    def _show(self, generation: int, figures: Figures | None) -> None:
        if generation != self._generation or figures is None:
            return
        self.figures = figures
        lang = self.runner.desk.lang
        self.subtitle.setText(
            self.tr("{name}  ·  {start} – {end}").format(
                name=figures.person_name,
                start=short_date(figures.start, lang),
                end=short_date(figures.end, lang),
            )
        )
        scopes: list[tuple[str, Kpis]] = []
        if figures.mine is not None:
            scopes.append((self.tr("My book"), figures.mine))
        if figures.store is not None:
            scopes.append((self.tr("Store {code}").format(code=figures.store_code), figures.store))
        self.model.show_scopes(scopes)

        # The tiles show the widest scope the person may see: the store for a manager.
        lead_name, lead = scopes[-1]
        self.scope_caption.setText(
            self.tr("{scope} · %n client(s)", "", lead.clients).format(scope=lead_name)
        )
        for tile, key in zip(
            self.tiles,
            ("coverage", "execution", "completeness", "appointment_conversion"),
            strict=True,
        ):
            ratio = getattr(lead, key)
            if ratio.denominator:
                caption = self.tr("{n} of {total}").format(
                    n=ratio.numerator, total=ratio.denominator
                )
            elif key in PER_CLIENT:
                caption = self.tr("no clients in the book")
            else:
                caption = self.tr("nothing due in the period")
            tile.set_figure(percent(ratio), caption)

        rates = [
            ("coverage", self.tr("Coverage")),
            ("execution", self.tr("On time")),
            ("completeness", self.tr("Complete")),
            ("appointment_conversion", self.tr("Conversion")),
            ("repurchase", self.tr("Repurchase")),
        ]
        self.rates_chart.show_rates(
            self.tr("RATES, %"),
            [label for _, label in rates],
            [(name, [float(getattr(k, key).value or 0) for key, _ in rates]) for name, k in scopes],
        )
        steps = [
            ("invited", self.tr("Invited")),
            ("accepted", self.tr("Accepted")),
            ("attended", self.tr("Attended")),
            ("purchased", self.tr("Purchased")),
        ]
        self.funnel_chart.show_funnel(
            self.tr("EVENTS · {scope}").format(scope=lead_name).upper(),
            [(label, lead.funnel.get(key, 0)) for key, label in steps],
            self.tr("NONE IN THE PERIOD"),
        )
        self.sig_shown.emit()


def _load(desk: Desk, period: str) -> Figures | None:
    me = desk.acting_staff_id
    if me is None:
        return None
    person = desk.directory.person(me)
    store = desk.directory.store(person.store_id or desk.home_store_id)
    start, end = period_bounds(period, store_today(store.timezone))
    manager = person.role in MANAGERS
    mine = desk.kpis.for_advisor(me, start, end) if person.role != Role.HEAD_OFFICE else None
    shop = desk.kpis.for_store(store.code, start, end) if manager else None
    local = desk.lang.startswith("zh")
    name = person.name_local if local and person.name_local else person.name
    return Figures(name, manager, store.code, start, end, mine, shop)
