"""The audit log: reads of sensitive notes, exports, erasures. Synced to head office."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from jeweldesk.services.base import now_utc, unit_of_work
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk


def record(
    desk: Desk, action: str, entity: str, entity_id: uuid.UUID | None, **detail: object
) -> None:
    with unit_of_work(desk) as work:
        work.session.add(
            m.AuditEntry(
                at=now_utc(),
                staff_id=desk.acting_staff_id,
                store_id=desk.home_store_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                detail={k: str(v) for k, v in detail.items()},
            )
        )
