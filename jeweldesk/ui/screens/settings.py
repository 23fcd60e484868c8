"""Settings: the interface language, when the app locks itself, how this device reaches
head office (a manager's decision), who the device is, and "Sync now".

Changing the language installs the Qt translator and builds the main window again in
the new language (every screen's strings are made anew; nothing is half-translated)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jeweldesk.domain.errors import DomainError
from jeweldesk.ui.translations import LANGUAGE_NAMES

LOCK_CHOICES = (1, 2, 5, 10, 15, 30)


class SettingsScreen(QWidget):
    """`sig_saved(str)` after a setting was saved (its key)."""

    sig_saved = Signal(str)
    sig_language_changed = Signal(str)

    def __init__(self, window) -> None:
        super().__init__()
        self.setObjectName("settingsScreen")
        self.window_ = window
        self.runner = window.runner
        self.about = None

        title = QLabel(self.tr("Settings"))
        title.setObjectName("screenTitle")

        # --- language: each named in its own script, whatever the interface language
        self.language_group = QButtonGroup(self)
        self.language_group.setExclusive(True)
        self.language_buttons: dict[str, QPushButton] = {}
        languages = QHBoxLayout()
        languages.setSpacing(8)
        for code, name in LANGUAGE_NAMES.items():
            button = QPushButton(name)
            button.setObjectName(f"lang_{code}")
            button.setCheckable(True)
            button.setMinimumHeight(48)
            button.clicked.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_group.addButton(button)
            self.language_buttons[code] = button
            languages.addWidget(button)
        languages.addStretch(1)

        # --- the lock
        self.lock_group = QButtonGroup(self)
        self.lock_buttons: dict[int, QPushButton] = {}
        locks = QHBoxLayout()
        locks.setSpacing(8)
        for minutes in LOCK_CHOICES:
            button = QPushButton(self.tr("%n min", "", minutes))
            button.setObjectName(f"lock_{minutes}")
            button.setCheckable(True)
            button.setMinimumSize(64, 48)
            button.clicked.connect(lambda _=False, m=minutes: self.choose_lock(m))
            self.lock_group.addButton(button)
            self.lock_buttons[minutes] = button
            locks.addWidget(button)
        locks.addStretch(1)

        # --- head office
        self.url = QLineEdit()
        self.url.setObjectName("headofficeUrl")
        self.url.setPlaceholderText("https://hq.example.com")
        self.url.setAccessibleName(self.tr("Head-office address"))
        self.url.returnPressed.connect(self.save_url)
        self.url_button = QPushButton(self.tr("Save address"))
        self.url_button.setObjectName("saveUrl")
        self.url_button.setMinimumHeight(48)
        self.url_button.clicked.connect(self.save_url)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url, 1)
        url_row.addWidget(self.url_button)
        self.url_note = QLabel()
        self.url_note.setObjectName("fieldNote")
        self.url_note.setWordWrap(True)

        # --- this device
        self.device_id = QLabel()
        self.device_id.setObjectName("readOnlyValue")
        self.store = QLabel()
        self.store.setObjectName("readOnlyValue")
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("settingsSyncNow")
        self.sync_button.setMinimumHeight(48)
        self.sync_button.clicked.connect(self.sync_now)
        self.sync_note = QLabel()
        self.sync_note.setObjectName("fieldNote")
        self.sync_note.setWordWrap(True)
        sync_row = QHBoxLayout()
        sync_row.setSpacing(16)
        sync_row.addWidget(self.sync_button)
        sync_row.addWidget(self.sync_note, 1)

        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(24)

        form = QFormLayout()
        form.setSpacing(18)
        form.setHorizontalSpacing(28)
        form.addRow(self._caption(self.tr("Language")), languages)
        form.addRow(self._caption(self.tr("Lock after")), locks)
        form.addRow(self._caption(self.tr("Head office")), url_row)
        form.addRow("", self.url_note)
        form.addRow(self._caption(self.tr("This device")), self.device_id)
        form.addRow(self._caption(self.tr("Store")), self.store)
        form.addRow(self._caption(self.tr("Sync")), sync_row)

        body = QFrame()
        body.setObjectName("settingsCard")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(28, 24, 28, 24)
        body_layout.addLayout(form)
        body_layout.addWidget(self.message)
        column = QWidget()
        column.setObjectName("settingsColumn")
        column_layout = QVBoxLayout(column)
        column_layout.setContentsMargins(40, 32, 40, 32)
        column_layout.setSpacing(20)
        column_layout.addWidget(title)
        column_layout.addWidget(body)
        column_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("settingsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("fieldCaption")
        label.setMinimumHeight(48)
        return label

    # --- reading -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.runner.read(
            lambda desk: (desk.settings.about(), desk.accounts.can(None, "manage_device")),
            self._show,
        )

    def _show(self, found: tuple) -> None:
        about, manages = found
        self.about = about
        button = self.language_buttons.get(about.language)
        if button is not None:
            button.setChecked(True)
        lock = self.lock_buttons.get(about.lock_minutes)
        if lock is not None:
            lock.setChecked(True)
        self.url.setText(about.headoffice_url)
        self.url.setReadOnly(not manages)
        self.url_button.setVisible(manages)
        if about.demo:
            self.url_note.setText(self.tr("The demo's head office runs on this computer."))
        elif not manages:
            self.url_note.setText(
                self.tr("Only a store manager can change the head-office address.")
            )
        else:
            self.url_note.setText("")
        self.device_id.setText(about.device_id)
        self.store.setText(f"{about.store_name} ({about.store_code})" if about.store_code else "—")
        controller = getattr(self.window_, "sync_controller", None)
        self.sync_button.setEnabled(controller is not None)
        self.sync_note.setText(
            ""
            if controller is not None
            else self.tr("This device is not connected to head office.")
        )

    # --- writing -----------------------------------------------------------------------

    def choose_language(self, lang: str) -> None:
        if self.about is not None and lang == self.about.language:
            return
        self.runner.write(
            lambda desk: desk.settings.set_language(lang),
            self._language_saved,
            on_failed=self._refused,
            initiator=self,
        )

    def _language_saved(self, written) -> None:
        from PySide6.QtWidgets import QApplication

        from jeweldesk.ui.translations import install_translator

        lang = written.value
        install_translator(QApplication.instance(), lang)
        self.sig_saved.emit("language")
        self.sig_language_changed.emit(lang)
        # After this slot returns: the window that holds this screen is replaced.
        QTimer.singleShot(0, self, self._rebuild)

    def _rebuild(self) -> None:
        from jeweldesk.ui.app import rebuild_main_window

        rebuild_main_window(self.window_)

    def choose_lock(self, minutes: int) -> None:
        self.runner.write(
            lambda desk: desk.settings.set_lock_minutes(minutes),
            self._lock_saved,
            on_failed=self._refused,
            initiator=self,
        )

    def _lock_saved(self, written) -> None:
        guard = getattr(self.window_, "session_guard", None)
        if guard is not None:
            guard.set_minutes(written.value)
        self.message.setText(
            self.tr("JewelDesk now locks after %n minute(s) without use.", "", written.value)
        )
        self.sig_saved.emit("lock_minutes")

    def save_url(self) -> None:
        url = self.url.text()
        self.runner.write(
            lambda desk: desk.settings.set_headoffice_url(url),
            self._url_saved,
            on_failed=self._refused,
            initiator=self,
        )

    def _url_saved(self, written) -> None:
        self.url.setText(written.value)
        self.message.setText(self.tr("Head-office address saved."))
        self.sig_saved.emit("headoffice_url")

    def _refused(self, error: DomainError) -> None:
        self.message.setText(error.message(self.runner.desk.lang))
        self.refresh()

    def sync_now(self) -> None:
        controller = getattr(self.window_, "sync_controller", None)
        if controller is not None and controller.sync_now():
            self.sync_note.setText(self.tr("Syncing…"))
