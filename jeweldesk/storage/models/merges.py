"""Two records of one person made one: which client was merged into which, by whom
and when. Synced, so every device converges on the same client: a device that pulls
a merge moves its own rows of the merged-away client onto the kept one, and head
office redirects ops that still name the merged-away client (an offline device's
edits) onto the kept one."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import JSON, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from jeweldesk.storage.models.base import Base, Synced


class ClientMerge(Synced, Base):
    __tablename__ = "client_merges"

    merged_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    kept_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("clients.id"), index=True)
    store_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("stores.id"))
    merged_by_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"))
    merged_at: Mapped[dt.datetime]
    # The profile fields the kept client took from the merged-away one, with the values
    # the kept client had before: {field: [kept's old value, the value taken]}.
    taken: Mapped[dict[str, list[object]]] = mapped_column(JSON, default=dict)
