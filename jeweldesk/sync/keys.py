"""The store devices' public keys, learnt from head office at each sync: a document
issued on another device (a certificate from the tablet at the counter, read again on
the back-office PC) then verifies here offline by its signature."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from jeweldesk.documents.verify import KeyRing, trust_keys
from jeweldesk.sync.client import HeadOfficeClient, SyncError

if TYPE_CHECKING:
    from jeweldesk.services import Desk

log = logging.getLogger(__name__)

KEYS_PATH = "/verify/keys.json"


def learn_published_keys(desk: Desk, client: HeadOfficeClient) -> int:
    """Remember every key head office publishes; returns how many this device knows
    (0 when head office did not answer: the sync itself is not failed for it)."""
    try:
        answer = client.get(KEYS_PATH, {})
    except SyncError as exc:
        log.warning("head office's device keys not read: %s", exc)
        return 0
    published = answer.get("keys") if isinstance(answer, dict) else None
    if not isinstance(published, dict):
        return 0
    try:
        known = KeyRing.for_device(desk.path.parent)
        new = [
            k
            for k in published.values()
            if isinstance(k, str) and k and k not in known.keys.values()
        ]
        if not new:  # the usual case: the file is written only when a device was enrolled
            return len(known.keys)
        return trust_keys(desk.path.parent, new)
    except (OSError, ValueError) as exc:  # a full disk, a damaged file: again next sync
        log.warning("device keys not remembered: %s", exc)
        return 0


__all__ = ["learn_published_keys"]
