"""The calendar grid: columns of business hours (09:00–21:00, the store's time) with
the appointments as blocks.

A column is a day for a person or a room. Pressing on an empty slot and dragging
chooses a new appointment's time (`sig_slot_chosen`); dragging a block and letting go
asks to move it (`sig_move_requested`): the screen tries the move and either reloads
or calls `snap_back`. Blocks are moved by plain mouse events rather than QDrag, so the
same code serves a finger on a tablet, a mouse, and a test."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QMenu, QSizePolicy, QWidget

from jeweldesk.domain.timezones import in_store_time
from jeweldesk.ui.appearance import GOLD, INK, MUTED, SELECTED
from jeweldesk.ui.calendar.data import DAY_END, DAY_START, CalendarEntry
from jeweldesk.ui.calendar.words import DOUBLE_BOOKED, kind_label, status_colour, status_label

HOUR_PX = 92  # a 30-minute appointment is a 44 px touch target
GUTTER = 64  # the hour labels
HEADER_H = 56
MIN_COLUMN = 128
SNAP_MINUTES = 15
DEFAULT_MINUTES = 60

LINE = QColor("#ebe4d6")
HALF_LINE = QColor("#f3eee3")
CARD = QColor("#fffdf8")
NOW = QColor("#b3261e")


@dataclass(frozen=True)
class Column:
    """A day for one advisor (`by` "advisor") or one room (`by` "room"; no room is
    `room_id` None: virtual consultations and counter visits)."""

    key: str
    title: str
    subtitle: str
    day: dt.date
    by: str
    advisor_id: uuid.UUID | None = None
    room_id: uuid.UUID | None = None

    def holds(self, entry: CalendarEntry, zone: str) -> bool:
        a = entry.appointment
        if in_store_time(a.starts_at, zone).date() != self.day:
            return False
        if self.by == "advisor":
            return self.advisor_id is not None and self.advisor_id in (
                a.advisor_id,
                a.second_advisor_id,
            )
        return a.room_id == self.room_id


class _Geometry:
    """Where times and columns fall, shared by the grid and its header."""

    def __init__(self) -> None:
        self.columns: list[Column] = []
        self.width = 0

    def column_width(self) -> float:
        n = max(1, len(self.columns))
        return max(MIN_COLUMN, (self.width - GUTTER) / n)

    def column_x(self, index: int) -> float:
        return GUTTER + index * self.column_width()

    def column_at(self, x: float) -> int:
        if x < GUTTER or not self.columns:
            return -1
        index = int((x - GUTTER) // self.column_width())
        return index if 0 <= index < len(self.columns) else -1


def _minutes(t: dt.time) -> int:
    return t.hour * 60 + t.minute


def y_of_minutes(minutes: float) -> float:
    return (minutes - _minutes(DAY_START)) * HOUR_PX / 60


def minutes_at(y: float) -> int:
    """Minutes since midnight at `y`, snapped to the quarter hour, kept in the day."""
    raw = _minutes(DAY_START) + y * 60 / HOUR_PX
    snapped = int(round(raw / SNAP_MINUTES) * SNAP_MINUTES)
    return max(_minutes(DAY_START), min(_minutes(DAY_END) - SNAP_MINUTES, snapped))


class CalendarHeader(QWidget):
    """The columns' titles, above the scrolling grid."""

    def __init__(self, geometry: _Geometry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarHeader")
        self._geometry = geometry
        self.offset = 0
        self.today: dt.date | None = None
        self.setFixedHeight(HEADER_H)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), CARD)
        painter.setPen(QPen(LINE, 1))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        g = self._geometry
        width = g.column_width()
        title_font = QFont(self.font())
        title_font.setPixelSize(15)
        title_font.setWeight(QFont.Weight.DemiBold)
        sub_font = QFont(self.font())
        sub_font.setPixelSize(12)
        for i, column in enumerate(g.columns):
            x = g.column_x(i) - self.offset
            rect = QRectF(x + 10, 6, width - 20, HEADER_H - 12)
            today = (
                self.today is not None
                and column.day == self.today
                and column.key.startswith("week:")
            )
            painter.setFont(title_font)
            painter.setPen(GOLD if today else INK)
            elided = painter.fontMetrics().elidedText(
                column.title, Qt.TextElideMode.ElideRight, int(rect.width())
            )
            painter.drawText(
                rect.adjusted(0, 0, 0, -20),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                elided,
            )
            painter.setFont(sub_font)
            painter.setPen(MUTED)
            elided = painter.fontMetrics().elidedText(
                column.subtitle, Qt.TextElideMode.ElideRight, int(rect.width())
            )
            painter.drawText(
                rect.adjusted(0, 24, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                elided,
            )
            if i:
                painter.setPen(QPen(LINE, 1))
                painter.drawLine(int(x), 10, int(x), HEADER_H - 10)
        painter.end()


class AppointmentBlock(QWidget):
    """One appointment in one column: client, kind, time; the status as a coloured
    edge; a red frame and a flag when sync found it double-booked."""

    def __init__(self, grid: CalendarGrid, entry: CalendarEntry, column: int) -> None:
        super().__init__(grid)
        self.grid = grid
        self.entry = entry
        self.column = column
        self.home = QRect()
        self._press: QPoint | None = None
        self._dragging = False
        self.setObjectName("appointmentBlock")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(
            Qt.CursorShape.OpenHandCursor if entry.movable else Qt.CursorShape.PointingHandCursor
        )
        self.setAccessibleName(self._accessible_text())
        self.setToolTip(self._accessible_text())

    @property
    def appointment_id(self) -> uuid.UUID:
        return self.entry.id

    def _who(self) -> str:
        e = self.entry
        if e.client_name and e.client_local and e.client_local not in e.client_name:
            return f"{e.client_name}  {e.client_local}"
        return e.client_local or e.client_name or e.appointment.title or self.tr("No client")

    def _times(self) -> str:
        zone = self.grid.zone
        a = self.entry.appointment
        return f"{in_store_time(a.starts_at, zone):%H:%M}–{in_store_time(a.ends_at, zone):%H:%M}"

    def _accessible_text(self) -> str:
        a = self.entry.appointment
        parts = [self._times(), self._who(), kind_label(a.kind), status_label(a.status)]
        if a.double_booked:
            parts.append(self.tr("Double-booked"))
        return " · ".join(parts)

    def paintEvent(self, _event: QPaintEvent) -> None:
        a = self.entry.appointment
        colour = status_colour(a.status)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        path = QPainterPath()
        path.addRoundedRect(rect, 8, 8)
        fill = QColor(colour)
        fill.setAlpha(34 if self.entry.movable else 18)
        painter.fillPath(path, CARD)
        painter.fillPath(path, fill)
        edge = QPainterPath()
        edge.addRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), 2.5, 2.5)
        painter.fillPath(edge, colour)
        if a.double_booked:
            painter.setPen(QPen(DOUBLE_BOOKED, 2))
        elif self.hasFocus() or self._dragging:
            painter.setPen(QPen(GOLD, 2))
        else:
            painter.setPen(QPen(QColor(colour.red(), colour.green(), colour.blue(), 90), 1))
        painter.drawPath(path)

        text = rect.adjusted(12, 5, -8, -4)
        small = QFont(self.font())
        small.setPixelSize(12)
        bold = QFont(self.font())
        bold.setPixelSize(14)
        bold.setWeight(QFont.Weight.DemiBold)
        line_h = 18
        lines: list[tuple[QFont, QColor, str]] = []
        if a.double_booked:
            lines.append((small, DOUBLE_BOOKED, "⚠ " + self.tr("Double-booked")))
        lines.append((bold, INK, self._who()))
        lines.append((small, MUTED, f"{self._times()} · {kind_label(a.kind)}"))
        lines.append((small, colour, status_label(a.status)))
        y = text.top()
        for font, pen, line in lines:
            if y + line_h > text.bottom() + 3 and y > text.top():
                break
            painter.setFont(font)
            painter.setPen(pen)
            elided = painter.fontMetrics().elidedText(
                line, Qt.TextElideMode.ElideRight, int(text.width())
            )
            painter.drawText(
                QRectF(text.left(), y, text.width(), line_h), Qt.AlignmentFlag.AlignVCenter, elided
            )
            y += line_h
        painter.end()

    # --- moving by hand ---------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._dragging = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not self.entry.movable:
            return
        here = event.position().toPoint()
        if (
            not self._dragging
            and (here - self._press).manhattanLength() < QApplication.startDragDistance()
        ):
            return
        if not self._dragging:
            self._dragging = True
            self.raise_()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.grid.drag_preview(self, self.mapToParent(here), self._press.y())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return super().mouseReleaseEvent(event)
        grabbed_at, dragging = self._press, self._dragging
        self._press, self._dragging = None, False
        self.setCursor(
            Qt.CursorShape.OpenHandCursor
            if self.entry.movable
            else Qt.CursorShape.PointingHandCursor
        )
        if dragging:
            self.grid.drop_block(
                self.appointment_id, self.mapToParent(event.position().toPoint()), grabbed_at.y()
            )
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.grid.sig_open.emit(self.appointment_id)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.grid.sig_open.emit(self.appointment_id)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.entry.movable:
            self.grid.sig_cancel_requested.emit(self.appointment_id)
        else:
            super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.grid.block_menu(self)
        menu.exec(event.globalPos())

    def focusInEvent(self, event) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)


class CalendarGrid(QWidget):
    """Columns by business hours with the appointment blocks; see the module's doc."""

    sig_slot_chosen = Signal(object, object, object)  # Column, start, end (aware, store time)
    sig_move_requested = Signal(object, object, object)  # CalendarEntry, Column, new start
    sig_open = Signal(object)  # appointment id
    sig_cancel_requested = Signal(object)  # appointment id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.geometry_ = _Geometry()
        self.zone = "UTC"
        self.today: dt.date | None = None
        self.now: dt.datetime | None = None
        self.blocks: dict[tuple[uuid.UUID, int], AppointmentBlock] = {}
        self._selection: tuple[int, int, int] | None = None  # column, from, to (minutes)
        self.setMinimumHeight(int(y_of_minutes(_minutes(DAY_END))) + 1)
        self.setMouseTracking(False)
        self.setAccessibleName(self.tr("Calendar"))

    @property
    def columns(self) -> list[Column]:
        return self.geometry_.columns

    def sizeHint(self) -> QSize:
        return QSize(
            GUTTER + MIN_COLUMN * max(1, len(self.columns)),
            int(y_of_minutes(_minutes(DAY_END))) + 1,
        )

    def set_columns(self, columns: list[Column], zone: str) -> None:
        self.geometry_.columns = list(columns)
        self.zone = zone
        self.setMinimumWidth(GUTTER + MIN_COLUMN * max(1, len(columns)))
        self.update()

    def set_entries(self, entries: list[CalendarEntry]) -> None:
        """One block per appointment per column that holds it; overlapping blocks in a
        column share its width."""
        for block in self.blocks.values():
            block.hide()
            block.deleteLater()
        self.blocks = {}
        for index, column in enumerate(self.columns):
            held = [e for e in entries if column.holds(e, self.zone)]
            for entry, lane, lanes in _lanes(held):
                block = AppointmentBlock(self, entry, index)
                block.lane, block.lanes = lane, lanes
                self.blocks[(entry.id, index)] = block
                block.show()
        self._place_blocks()

    def block(self, appointment_id: uuid.UUID) -> AppointmentBlock | None:
        """The appointment's (first) block on screen."""
        found = [b for (aid, _c), b in self.blocks.items() if aid == appointment_id]
        return min(found, key=lambda b: b.column) if found else None

    # --- geometry -----------------------------------------------------------------------

    def block_rect(self, entry: CalendarEntry, column: int, lane: int = 0, lanes: int = 1) -> QRect:
        a = entry.appointment
        start = in_store_time(a.starts_at, self.zone)
        end = in_store_time(a.ends_at, self.zone)
        top = y_of_minutes(_minutes(start.time()))
        # An appointment running past midnight ends, for this column, at the day's end.
        end_minutes = _minutes(end.time()) if end.date() == start.date() else 24 * 60
        bottom = y_of_minutes(end_minutes)
        top = max(0.0, top)
        bottom = min(float(self.height() or self.minimumHeight()), bottom)
        width = self.geometry_.column_width()
        lane_w = (width - 8) / max(1, lanes)
        x = self.geometry_.column_x(column) + 4 + lane * lane_w
        height = max(44.0, bottom - top - 2)
        return QRect(int(x), int(top + 1), int(lane_w - 2), int(height))

    def point_for(self, column: int, local: dt.datetime | dt.time) -> QPoint:
        """Where a time falls in a column (the column's left edge + 12 px): for
        keyboard moves and tests."""
        t = local.time() if isinstance(local, dt.datetime) else local
        return QPoint(int(self.geometry_.column_x(column) + 12), int(y_of_minutes(_minutes(t))))

    def time_at(self, column: int, y: float) -> dt.datetime:
        minutes = minutes_at(y)
        day = self.columns[column].day
        return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), ZoneInfo(self.zone))

    def resizeEvent(self, event) -> None:
        self.geometry_.width = self.width()
        self._place_blocks()
        super().resizeEvent(event)

    def _place_blocks(self) -> None:
        self.geometry_.width = self.width()
        for block in self.blocks.values():
            block.home = self.block_rect(block.entry, block.column, block.lane, block.lanes)
            block.setGeometry(block.home)

    # --- moving a block -----------------------------------------------------------------

    def drag_preview(self, block: AppointmentBlock, pointer: QPoint, grab_dy: int) -> None:
        """Show the block where it would land: snapped to the quarter hour, in the
        column under the pointer."""
        column = self.geometry_.column_at(pointer.x())
        if column < 0:
            column = block.column
        top = y_of_minutes(minutes_at(pointer.y() - grab_dy))
        width = self.geometry_.column_width()
        block.setGeometry(
            QRect(
                int(self.geometry_.column_x(column) + 4),
                int(top + 1),
                int(width - 10),
                block.home.height(),
            )
        )

    def drop_block(self, appointment_id: uuid.UUID, pointer: QPoint, grab_dy: int = 0) -> bool:
        """Let go of a block with the pointer at `pointer` (grid coordinates), having
        grabbed it `grab_dy` px below its top. Asks to move it there; returns False
        (and puts it back) when it would not move or cannot."""
        block = self.block(appointment_id)
        entry = block.entry if block else None
        column = self.geometry_.column_at(pointer.x())
        if entry is None or not entry.movable or column < 0:
            self.snap_back(appointment_id)
            return False
        start = self.time_at(column, pointer.y() - grab_dy)
        old_start = in_store_time(entry.appointment.starts_at, self.zone)
        target = self.columns[column]
        source = self.columns[block.column]
        same_resource = (target.advisor_id, target.room_id) == (source.advisor_id, source.room_id)
        if start == old_start and same_resource:
            self.snap_back(appointment_id)
            return False
        block.setGeometry(self.drop_rect(block, column, start))
        self.sig_move_requested.emit(entry, target, start)
        return True

    def drop_rect(self, block: AppointmentBlock, column: int, start: dt.datetime) -> QRect:
        top = y_of_minutes(_minutes(start.time()))
        width = self.geometry_.column_width()
        return QRect(
            int(self.geometry_.column_x(column) + 4),
            int(top + 1),
            int(width - 10),
            block.home.height(),
        )

    def snap_back(self, appointment_id: uuid.UUID) -> None:
        """Return the appointment's blocks to where they were."""
        for (aid, _c), block in self.blocks.items():
            if aid == appointment_id:
                block.setGeometry(block.home)
                block.update()

    def block_menu(self, block: AppointmentBlock) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("blockMenu")
        menu.addAction(self.tr("Open…"), lambda: self.sig_open.emit(block.appointment_id))
        cancel = menu.addAction(
            self.tr("Cancel appointment…"),
            lambda: self.sig_cancel_requested.emit(block.appointment_id),
        )
        cancel.setEnabled(block.entry.movable)
        return menu

    # --- choosing an empty slot ---------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        column = self.geometry_.column_at(pos.x())
        if column < 0:
            return
        m = minutes_at(pos.y() - HOUR_PX / 8)  # the quarter the finger is in
        self._selection = (column, m, m + SNAP_MINUTES)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._selection is None:
            return
        column, anchor, _to = self._selection
        m = minutes_at(event.position().y())
        self._selection = (column, anchor, max(anchor + SNAP_MINUTES, m))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._selection is None:
            return super().mouseReleaseEvent(event)
        column, start_m, end_m = self._selection
        self._selection = None
        self.update()
        if end_m - start_m <= SNAP_MINUTES:  # a tap: the default length
            end_m = min(start_m + DEFAULT_MINUTES, _minutes(DAY_END))
        self.choose_slot(column, start_m, end_m)

    def choose_slot(self, column: int, start_minutes: int, end_minutes: int) -> None:
        day = self.columns[column].day
        tz = ZoneInfo(self.zone)
        start = dt.datetime.combine(day, dt.time(start_minutes // 60, start_minutes % 60), tz)
        end = dt.datetime.combine(day, dt.time(0), tz) + dt.timedelta(minutes=end_minutes)
        self.sig_slot_chosen.emit(self.columns[column], start, end)

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), CARD)
        g = self.geometry_
        label_font = QFont(self.font())
        label_font.setPixelSize(12)
        painter.setFont(label_font)
        first, last = DAY_START.hour, DAY_END.hour
        for hour in range(first, last + 1):
            y = int(y_of_minutes(hour * 60))
            painter.setPen(QPen(LINE, 1))
            painter.drawLine(GUTTER - 6, y, self.width(), y)
            if hour < last:
                half = int(y_of_minutes(hour * 60 + 30))
                painter.setPen(QPen(HALF_LINE, 1, Qt.PenStyle.DashLine))
                painter.drawLine(GUTTER, half, self.width(), half)
                painter.setPen(MUTED)
                painter.drawText(
                    QRect(0, y + 2, GUTTER - 12, 18),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{hour:02d}:00",
                )
        for i, column in enumerate(g.columns):
            x = int(g.column_x(i))
            painter.setPen(QPen(LINE, 1))
            painter.drawLine(x, 0, x, self.height())
            if self.today is not None and column.day == self.today and self.now is not None:
                local = in_store_time(self.now, self.zone)
                y = int(y_of_minutes(_minutes(local.time())))
                if 0 <= y <= self.height():
                    painter.setPen(QPen(NOW, 2))
                    painter.drawLine(x, y, int(x + g.column_width()), y)
        if self._selection is not None:
            column, start_m, end_m = self._selection
            rect = QRectF(
                g.column_x(column) + 4,
                y_of_minutes(start_m),
                g.column_width() - 8,
                y_of_minutes(end_m) - y_of_minutes(start_m),
            )
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(GOLD, 1.5))
            painter.setBrush(SELECTED)
            painter.drawRoundedRect(rect, 8, 8)
        painter.end()


def _lanes(entries: list[CalendarEntry]) -> list[tuple[CalendarEntry, int, int]]:
    """Side-by-side lanes for overlapping appointments of one column: each cluster of
    overlaps shares the column equally."""
    ordered = sorted(entries, key=lambda e: (e.appointment.starts_at, e.appointment.ends_at))
    out: list[tuple[CalendarEntry, int, int]] = []
    cluster: list[tuple[CalendarEntry, int]] = []
    lane_ends: list[dt.datetime] = []
    cluster_end: dt.datetime | None = None

    def flush() -> None:
        lanes = max(1, len(lane_ends))
        out.extend((e, lane, lanes) for e, lane in cluster)

    for entry in ordered:
        a = entry.appointment
        if cluster_end is not None and a.starts_at >= cluster_end:
            flush()
            cluster, lane_ends, cluster_end = [], [], None
        lane = next((i for i, end in enumerate(lane_ends) if end <= a.starts_at), None)
        if lane is None:
            lane = len(lane_ends)
            lane_ends.append(a.ends_at)
        else:
            lane_ends[lane] = a.ends_at
        cluster.append((entry, lane))
        cluster_end = a.ends_at if cluster_end is None else max(cluster_end, a.ends_at)
    if cluster:
        flush()
    return out
