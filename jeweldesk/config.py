"""Device settings: typed, with defaults, stored in the local database's `settings`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jeweldesk.storage.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    kind: type


SPECS = {
    spec.key: spec
    for spec in (
        SettingSpec("device_id", "", str),
        SettingSpec("device_store_code", "", str),
        SettingSpec("language", "en", str),
        SettingSpec("lock_minutes", 5, int),
        SettingSpec("headoffice_url", "", str),
        SettingSpec("signed_in_email", "", str),
        SettingSpec("demo", False, bool),
        SettingSpec("reporting_currency", "USD", str),
        SettingSpec("device_token", "", str),
        SettingSpec("pull_cursor", "", str),
        SettingSpec("server_epoch", "", str),
        SettingSpec("last_sync_at", "", str),
        SettingSpec("last_sync_error", "", str),
        SettingSpec("search_dirty", False, bool),
        # Sign-in and safety (services/accounts.py): wrong-PIN counts and locks per
        # person ({staff id hex: {"count": n, "until": iso time}}), kept on this device.
        SettingSpec("pin_failures", {}, dict),
        # Tests and kiosks of the demo: open signed in as `signed_in_email`, no PIN.
        SettingSpec("demo_auto_sign_in", False, bool),
    )
}


def get(session: Session, key: str) -> Any:
    spec = SPECS[key]
    value = session.scalar(select(Setting.value).where(Setting.key == key))
    if value is None:
        return spec.default
    return spec.kind(value)


def put(session: Session, key: str, value: Any) -> None:
    spec = SPECS[key]
    if not isinstance(value, spec.kind):
        raise TypeError(f"setting {key} takes {spec.kind.__name__}, not {type(value).__name__}")
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
