"""The house look: the bundled CJK font as a fallback behind the platform's sans
family, and the one stylesheet. Applied once per QApplication."""

from __future__ import annotations

import logging

from PySide6.QtGui import QColor, QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from jeweldesk.paths import resource_dir

log = logging.getLogger(__name__)

CJK_FONT_FILE = "fonts/DroidSansFallbackFull.ttf"
CJK_FAMILY = "Droid Sans Fallback"
STYLESHEET_FILE = "styles/jeweldesk.qss"
BASE_POINT_SIZE_PX = 15

# The few colours painted in code (item delegates); the stylesheet repeats them.
INK = QColor("#2b2825")
MUTED = QColor("#7a7269")
GOLD = QColor("#a8894f")
IVORY = QColor("#faf7f0")
SELECTED = QColor("#efe6d2")

_installed_families: list[str] | None = None


def install_cjk_font() -> list[str]:
    """Register the bundled CJK font once; returns its family names (empty if the file
    is missing, which is logged: Chinese names would then show as boxes)."""
    global _installed_families
    if _installed_families is None:
        path = resource_dir() / CJK_FONT_FILE
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.error("could not load the CJK font %s: Chinese text may not render", path)
            _installed_families = []
        else:
            _installed_families = list(QFontDatabase.applicationFontFamilies(font_id))
    return _installed_families


def apply_house_style(app: QApplication) -> None:
    """Font with CJK fallback, base size, and the stylesheet."""
    families = install_cjk_font()
    font = QFont(app.font())
    base = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()
    # The platform's sans family first (its Latin glyphs look native), then the CJK
    # font for everything it lacks: Qt walks the list per character.
    font.setFamilies([base, *[f for f in families if f != base]])
    font.setPixelSize(BASE_POINT_SIZE_PX)
    app.setFont(font)
    path = resource_dir() / STYLESHEET_FILE
    try:
        app.setStyleSheet(path.read_text(encoding="utf-8"))
    except OSError:
        log.warning("stylesheet %s not found; using the platform style", path)
