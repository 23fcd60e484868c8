"""The signature pad: strokes drawn with real mouse events become one SVG path."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from jeweldesk.ui.widgets.signature_pad import SignaturePad, path_of, strokes_of, svg_document


def draw(canvas, points: list[tuple[int, int]]) -> None:
    first, *rest = points
    QTest.mousePress(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*first)
    )
    for point in rest:
        QTest.mouseMove(canvas, QPoint(*point))
    QTest.mouseRelease(
        canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*rest[-1])
    )


def test_strokes_drawn_with_the_mouse_become_an_svg_path_and_clear_empties_it(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 220)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.is_empty() and pad.svg_path() == ""
    assert not pad.clear_button.isEnabled()

    with qtbot.waitSignal(pad.sig_changed):
        draw(pad.canvas, [(20, 40), (60, 80), (120, 60)])
    draw(pad.canvas, [(200, 50), (240, 90)])

    assert not pad.is_empty()
    path = pad.svg_path()
    assert path.startswith("M20.0 40.0 L")
    assert path.count("M") == 2  # one move per stroke
    assert pad.clear_button.isEnabled()
    assert path in svg_document(path)

    QTest.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.is_empty() and pad.svg_path() == ""


def test_a_saved_path_reads_back_as_the_same_strokes(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.set_svg_path("M1.0 2.0 L3.0 4.0 L5.5 6.5 M10.0 10.0 L10.5 10.0")
    assert len(pad.canvas.strokes) == 2
    assert path_of(strokes_of(pad.svg_path())) == pad.svg_path()
