"""`desk.settings`: this device's own settings as the Settings screen shows them: who it
is (device id, store), how it reaches head office, when it locks itself."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from jeweldesk import config
from jeweldesk.domain.errors import ValidationError
from jeweldesk.services.base import Changes, Written, reading, unit_of_work
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

LOCK_MINUTES = (1, 120)


@dataclass(frozen=True)
class DeviceAbout:
    device_id: str
    store_code: str
    store_name: str  # in the device's language where the store has a local name
    headoffice_url: str
    enrolled: bool  # holds a head-office credential
    language: str
    lock_minutes: int
    demo: bool


def check_headoffice_url(url: str) -> str:
    """`url` tidied (spaces and a trailing slash gone), or a `ValidationError`. Empty
    means "no head office" (a device used on its own)."""
    url = url.strip().rstrip("/")
    if not url:
        return ""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in url:
        raise ValidationError("settings.headoffice_url", field="headoffice_url", value=url)
    try:
        parts.port  # noqa: B018 (raises on a port that is not a number)
    except ValueError:
        raise ValidationError(
            "settings.headoffice_url", field="headoffice_url", value=url
        ) from None
    return url


class DeviceSettingsService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def about(self) -> DeviceAbout:
        """Everything the Settings screen shows, in one read."""
        with reading(self.desk) as s:
            store = s.get(m.Store, self.desk.home_store_id) if self.desk.home_store_id else None
            return DeviceAbout(
                device_id=self.desk.device_id,
                store_code=store.code if store else "",
                store_name=(
                    store.name_local
                    if store and store.name_local and self.desk.lang.startswith("zh")
                    else store.name
                    if store
                    else ""
                ),
                headoffice_url=config.get(s, "headoffice_url"),
                enrolled=bool(config.get(s, "device_token")),
                language=self.desk.lang,
                lock_minutes=config.get(s, "lock_minutes"),
                demo=bool(config.get(s, "demo")),
            )

    def lock_minutes(self) -> int:
        with reading(self.desk) as s:
            return int(config.get(s, "lock_minutes"))

    def set_lock_minutes(self, minutes: int) -> Written[int]:
        """Lock the app after `minutes` without a touch or a key (1–120)."""
        low, high = LOCK_MINUTES
        try:
            minutes = int(str(minutes).strip())  # '15' from a text field; not '15 min'
        except ValueError:
            minutes = -1
        if not low <= minutes <= high:
            raise ValidationError("settings.lock_minutes", field="lock_minutes", low=low, high=high)
        with unit_of_work(self.desk) as work:
            config.put(work.session, "lock_minutes", int(minutes))
        return Written(int(minutes), Changes(frozenset({"settings"})))

    def set_headoffice_url(self, url: str) -> Written[str]:
        """Point this device at head office (validated; a store manager's decision:
        the UI asks `desk.accounts.can(None, "manage_device")` first)."""
        url = check_headoffice_url(url)
        with unit_of_work(self.desk) as work:
            config.put(work.session, "headoffice_url", url)
        self.desk.reload_identity()  # the sync client is rebuilt with the new address
        return Written(url, Changes(frozenset({"settings"})))

    def set_language(self, lang: str) -> Written[str]:
        """The interface and message language of this device."""
        self.desk.set_language(lang)
        return Written(self.desk.lang, Changes(frozenset({"settings"})))

    def enrolment(self) -> Enrolment:
        """Whether, and as what, this device is enrolled with head office."""
        with reading(self.desk) as s:
            return Enrolment(
                device_id=config.get(s, "device_id") or "",
                store_code=config.get(s, "device_store_code") or "",
                headoffice_url=config.get(s, "headoffice_url") or "",
                enrolled=bool(config.get(s, "device_token")),
            )

    def link_head_office(
        self,
        url: str,
        *,
        device_id: str | None = None,
        token: str | None = None,
        epoch: str | None = None,
        pull_cursor: str | None = None,
    ) -> None:
        """Remember head office's address and, given them, the credential it issued
        this device (its id, token, the epoch of head office's database and where the
        next pull starts), in one transaction; the sync client is rebuilt after."""
        values = {
            "device_id": device_id,
            "device_token": token,
            "server_epoch": epoch,
            "pull_cursor": pull_cursor,
        }
        with unit_of_work(self.desk) as work:
            for key, value in values.items():
                if value is not None:
                    config.put(work.session, key, value)
            config.put(work.session, "headoffice_url", url)
        self.desk.reload_identity()


@dataclass(frozen=True)
class Enrolment:
    device_id: str
    store_code: str  # the store head office enrolled this device to
    headoffice_url: str
    enrolled: bool  # holds a head-office credential
