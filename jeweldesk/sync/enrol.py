"""Enrolling this device with head office, then its first sync."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

import requests

from jeweldesk import config
from jeweldesk.sync.client import HeadOfficeClient
from jeweldesk.sync.device import DeviceSync, SyncReport

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk


def enrol_device(
    desk: Desk,
    url: str,
    code: str,
    *,
    device_name: str = "",
    public_key: str | None = None,
    session: requests.Session | None = None,
) -> SyncReport:
    """Exchange a one-time code for this device's credential, remember head office,
    and pull the store's records. Local changes made before enrolment are kept and
    pushed like any other. The device's document-signing public key goes with the
    request (head office publishes it to verifiers) unless `public_key` is given."""
    if public_key is None:
        from jeweldesk.documents.signing import device_key

        public_key = device_key(desk.path.parent).public_key
    client = HeadOfficeClient(url, session=session)
    answer = client.enrol(code, device_name or platform.node()[:120], public_key)
    with desk.store.sessions.begin() as s:
        config.put(s, "headoffice_url", url.rstrip("/"))
        config.put(s, "device_id", answer["device_id"])
        config.put(s, "device_token", answer["token"])
        config.put(s, "device_store_code", answer["store_code"])
        config.put(s, "server_epoch", answer["epoch"])
        config.put(s, "pull_cursor", "")
    desk.device_id = answer["device_id"]
    desk.clock.device = answer["device_id"]
    sync = DeviceSync(
        desk, HeadOfficeClient(url, answer["device_id"], answer["token"], session=session)
    )
    report = sync.sync()
    desk.reload_identity()
    return report
