"""Seeding the demo store on first use, off the UI thread, behind a progress dialog.

Building 2,000 clients takes several seconds; the advisor sees it happening instead of
a window that does not answer."""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

log = logging.getLogger(__name__)

DEMO_CLIENTS = 2000
DEMO_SEED = 7


class DemoBuild(QObject):
    """Runs `jeweldesk.demo.build` in a worker thread and reports by signals."""

    sig_progress = Signal(str)  # what the build is doing ("clients: 400 of 2000")
    sig_finished = Signal(str)  # empty on success, else the error

    def __init__(
        self,
        folder: Path,
        clients: int = DEMO_CLIENTS,
        seed: int = DEMO_SEED,
        lang: str | None = None,
    ) -> None:
        super().__init__()
        self.folder, self.clients, self.seed, self.lang = folder, clients, seed, lang

    def run(self) -> None:
        try:
            from jeweldesk.demo import build

            build(
                self.folder,
                clients=self.clients,
                seed=self.seed,
                progress=self._progress,
                lang=self.lang,
            )
        except Exception as exc:  # reported to the user; the traceback goes to the log
            log.error("demo build failed:\n%s", traceback.format_exc())
            self.sig_finished.emit(f"{type(exc).__name__}: {exc}")
            return
        self.sig_finished.emit("")

    def _progress(self, step: str) -> None:
        self.sig_progress.emit(str(step))


def seed_demo(
    folder: Path,
    parent=None,
    *,
    clients: int = DEMO_CLIENTS,
    seed: int = DEMO_SEED,
    lang: str | None = None,
) -> bool:
    """Build the demo network in `folder`, showing progress, for a desk in `lang` (its
    agenda is prepared in that language). False if it failed (the user has been told
    why)."""
    try:
        import jeweldesk.demo as demo
    except ImportError as exc:
        _fail(
            parent,
            QApplication.translate(
                "DemoSeeding",
                "The demo store cannot be built: the demo "
                "module is missing from this installation ({error}).",
            ).format(error=exc),
        )
        return False
    if not hasattr(demo, "build"):
        _fail(
            parent,
            QApplication.translate(
                "DemoSeeding", "The demo store cannot be built: jeweldesk.demo has no build()."
            ),
        )
        return False

    dialog = DemoSeedingDialog(parent)
    thread = QThread()
    job = DemoBuild(folder, clients, seed, lang)
    job.moveToThread(thread)
    thread.started.connect(job.run)
    # Slots of the dialog, which lives on the UI thread: Qt queues the calls there.
    job.sig_progress.connect(dialog.on_progress)
    job.sig_finished.connect(dialog.on_finished)
    thread.start()
    dialog.exec()
    thread.quit()
    thread.wait()
    if dialog.error is None or dialog.error:
        reason = dialog.error or "interrupted"
        _fail(
            parent,
            QApplication.translate(
                "DemoSeeding", "The demo store could not be built: {error}"
            ).format(error=reason),
        )
        return False
    return True


class DemoSeedingDialog(QProgressDialog):
    """Progress while the demo builds; closes itself when the build finishes."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.error: str | None = None  # None while running; "" on success
        self.setWindowTitle(QApplication.translate("DemoSeeding", "JewelDesk demo"))
        self.setLabelText(
            QApplication.translate("DemoSeeding", "Preparing the demo store (first use only)…")
        )
        self.setCancelButton(None)  # a half-built store is worse than waiting
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setMinimumWidth(420)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

    @Slot(str)
    def on_progress(self, step: str) -> None:
        self.setLabelText(
            QApplication.translate("DemoSeeding", "Preparing the demo store: {step}…").format(
                step=step
            )
        )

    @Slot(str)
    def on_finished(self, error: str) -> None:
        self.error = error
        self.accept()


def _fail(parent, message: str) -> None:
    log.error("%s", message)
    QMessageBox.critical(parent, QApplication.translate("DemoSeeding", "JewelDesk demo"), message)
