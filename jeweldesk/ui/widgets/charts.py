"""QtCharts in the house colours: a grouped bar chart of rates and the events funnel."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen

from jeweldesk.ui import appearance

SERIES_COLOURS = (QColor("#a8894f"), QColor("#2b2825"), QColor("#d8c39a"))
GRID = QColor("#ece4d3")


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    font = QFont()
    font.setPixelSize(13)
    font.setWeight(QFont.Weight.DemiBold)
    chart.setTitleFont(font)
    chart.setTitleBrush(QBrush(appearance.GOLD))
    chart.setBackgroundBrush(QBrush(QColor("#fffdf8")))
    chart.setBackgroundRoundness(14)
    chart.setBackgroundPen(QPen(QColor("#e8e0cf")))
    chart.setMargins(QMargins(8, 8, 8, 8))
    chart.layout().setContentsMargins(
        0, 0, 0, 0
    )  # the card fills the view: edges line up with the tiles
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setLabelColor(appearance.INK)
    return chart


def _axis_style(axis) -> None:
    axis.setLabelsColor(appearance.MUTED)
    axis.setGridLineColor(GRID)
    axis.setLinePenColor(GRID)
    font = QFont()
    font.setPixelSize(12)
    axis.setLabelsFont(font)


class ChartView(QChartView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setContentsMargins(0, 0, 0, 0)

    def show_rates(
        self, title: str, categories: list[str], series: list[tuple[str, list[float]]]
    ) -> None:
        """Percentages (0–100) per category, one bar set per scope."""
        chart = _chart(title)
        bars = QBarSeries()
        for n, (name, values) in enumerate(series):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
            bar_set.setBorderColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
            bars.append(bar_set)
        bars.setBarWidth(0.7)
        chart.addSeries(bars)
        x = QBarCategoryAxis()
        x.append(categories)
        y = QValueAxis()
        y.setRange(0, 100)
        y.setTickCount(5)
        y.setLabelFormat("%d%%")
        for axis, side in ((x, Qt.AlignmentFlag.AlignBottom), (y, Qt.AlignmentFlag.AlignLeft)):
            _axis_style(axis)
            chart.addAxis(axis, side)
            bars.attachAxis(axis)
        chart.legend().setVisible(len(series) > 1)
        self._replace(chart)

    def show_funnel(self, title: str, steps: list[tuple[str, int]], empty_note: str = "") -> None:
        """Counts from the widest step to the narrowest, top to bottom; `empty_note`
        joins the title when every step is zero."""
        chart = _chart(
            f"{title} · {empty_note}" if empty_note and not any(v for _, v in steps) else title
        )
        bars = QHorizontalBarSeries()
        bar_set = QBarSet(title)
        ordered = list(reversed(steps))  # the category axis draws its first entry at the bottom
        bar_set.append([float(v) for _, v in ordered])
        bar_set.setColor(SERIES_COLOURS[0])
        bar_set.setBorderColor(SERIES_COLOURS[0])
        bar_set.setLabelColor(appearance.INK)
        bars.append(bar_set)
        bars.setLabelsVisible(True)
        bars.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        bars.setBarWidth(0.6)
        chart.addSeries(bars)
        y = QBarCategoryAxis()
        y.append([label for label, _ in ordered])
        x = QValueAxis()
        x.setRange(0, max([v for _, v in steps] + [4]) * 1.15)
        x.setLabelFormat("%d")
        x.setTickCount(5)
        for axis, side in ((y, Qt.AlignmentFlag.AlignLeft), (x, Qt.AlignmentFlag.AlignBottom)):
            _axis_style(axis)
            chart.addAxis(axis, side)
            bars.attachAxis(axis)
        chart.legend().setVisible(False)
        self._replace(chart)

    def _replace(self, chart: QChart) -> None:
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
