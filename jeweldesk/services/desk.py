"""`Desk`: the one front door to a store. The UI, the command line and the tests
reach the data only through it and its services."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy import select, text

from jeweldesk import config
from jeweldesk.domain.hlc import HybridClock
from jeweldesk.domain.ids import new_id
from jeweldesk.domain.messages import normalise_language
from jeweldesk.paths import database_path
from jeweldesk.services import base
from jeweldesk.storage import search as search_index
from jeweldesk.storage.db import LocalStore
from jeweldesk.storage.models import Staff, Store

if TYPE_CHECKING:
    from jeweldesk.sync.device import DeviceSync


class Desk:
    """An open store with its services as attributes (`desk.clients`, `desk.notes`…).

    `acting_staff_id` is the signed-in person: services record them as author and
    apply their role (sensitive notes)."""

    def __init__(self, store: LocalStore) -> None:
        from jeweldesk.services.appointments import AppointmentService
        from jeweldesk.services.books import BookService
        from jeweldesk.services.clients import ClientService
        from jeweldesk.services.conflicts import ConflictService
        from jeweldesk.services.directory import DirectoryService
        from jeweldesk.services.documents import DocumentService
        from jeweldesk.services.possessions import (
            JewelleryBoxService,
            PurchaseService,
            WishlistService,
        )
        from jeweldesk.services.profile import (
            DateService,
            NoteService,
            PreferenceService,
            RelationshipService,
        )
        from jeweldesk.services.stock import StockService

        self.store = store
        # Change capture: every write to a synced table queues an outbox op, whatever
        # makes it. Re-installed at each open, so a migrated column is captured too.
        from jeweldesk.sync.capture import install_triggers

        with store.engine.begin() as conn:
            install_triggers(conn)
        base.install(store.sessions)
        search_index.install(store.sessions)
        from jeweldesk.services import segments

        segments.install(store.sessions)
        with store.sessions.begin() as session:
            device_id = config.get(session, "device_id")
            if not device_id:
                device_id = new_id().hex[-12:]
                config.put(session, "device_id", device_id)
            self.lang = normalise_language(config.get(session, "language"))
            if config.get(session, "search_dirty"):
                # A pull was interrupted before the index caught up: rebuild it now.
                search_index.rebuild(session.connection())
                config.put(session, "search_dirty", False)
            store_code = config.get(session, "device_store_code")
            signed_in = config.get(session, "signed_in_email")
            self.home_store_id: uuid.UUID | None = None
            if store_code:
                self.home_store_id = session.scalar(
                    select(Store.id).where(Store.code == store_code)
                )
            if self.home_store_id is None:
                self.home_store_id = session.scalar(select(Store.id).order_by(Store.code).limit(1))
            self.acting_staff_id: uuid.UUID | None = None
            if signed_in:
                self.acting_staff_id = session.scalar(
                    select(Staff.id).where(Staff.email == signed_in)
                )
        self.device_id: str = device_id
        self.clock = HybridClock(device_id)
        self._sync: DeviceSync | None = None

        self.directory = DirectoryService(self)
        self.clients = ClientService(self)
        self.preferences = PreferenceService(self)
        self.notes = NoteService(self)
        self.dates = DateService(self)
        self.relationships = RelationshipService(self)
        self.jewellery_box = JewelleryBoxService(self)
        self.wishlist = WishlistService(self)
        self.purchases = PurchaseService(self)
        self.books = BookService(self)
        self.appointments = AppointmentService(self)
        self.stock = StockService(self)
        self.conflicts = ConflictService(self)
        self.documents = DocumentService(self)
        from jeweldesk.services.actions import ActionService
        from jeweldesk.services.handover import HandoverService
        from jeweldesk.services.kpis import KpiService

        self.segments = segments.SegmentService(self)
        self.actions = ActionService(self)
        self.handover = HandoverService(self)
        self.kpis = KpiService(self)
        from jeweldesk.services.accounts import AccountService
        from jeweldesk.services.device_settings import DeviceSettingsService

        self.accounts = AccountService(self)
        self.settings = DeviceSettingsService(self)
        from jeweldesk.services.imports import ImportService
        from jeweldesk.services.privacy import PrivacyService
        from jeweldesk.services.refused import RefusedChangeService

        self.privacy = PrivacyService(self)
        self.refused = RefusedChangeService(self)
        self.imports = ImportService(self)
        from jeweldesk.services.merging import MergeService

        self.merging = MergeService(self)
        from jeweldesk.services.exports import ExportService

        self.exports = ExportService(self)
        from jeweldesk.services.consent import ConsentService
        from jeweldesk.services.interactions import InteractionService

        self.interactions = InteractionService(self)
        self.consent = ConsentService(self)
        from jeweldesk.services.photos import PhotoService

        self.photos = PhotoService(self)
        from jeweldesk.services.benefits import BenefitService

        self.benefits = BenefitService(self)
        from jeweldesk.services.events import EventService

        self.events = EventService(self)
        from jeweldesk.services.cases import CaseService

        self.cases = CaseService(self)
        from jeweldesk.services.service_jobs import ServiceJobService

        self.service = ServiceJobService(self)

    def reload_identity(self) -> None:
        """Re-read the device's store and id (after enrolment or a pull brought them)."""
        with self.store.sessions() as session:
            self.device_id = config.get(session, "device_id") or self.device_id
            code = config.get(session, "device_store_code")
            if code:
                self.home_store_id = (
                    session.scalar(select(Store.id).where(Store.code == code)) or self.home_store_id
                )
            signed_in = config.get(session, "signed_in_email")
            if signed_in and self.acting_staff_id is None:
                self.acting_staff_id = session.scalar(
                    select(Staff.id).where(Staff.email == signed_in)
                )
        self.clock.device = self.device_id
        self._sync = None

    @property
    def sync(self) -> DeviceSync:
        """The device's sync with head office (`DeviceSync`)."""
        if self._sync is None:
            from jeweldesk.sync.device import DeviceSync

            self._sync = DeviceSync(self)
        return self._sync

    @classmethod
    def open(cls, data_dir: str | os.PathLike[str] | None = None) -> Desk:
        """Open (creating and migrating if needed) the store in `data_dir`."""
        return cls(LocalStore(database_path(data_dir)))

    @property
    def path(self) -> Path:
        return self.store.path

    def act_as(self, staff_id: uuid.UUID | None) -> None:
        """Make `staff_id` the person working on this device (None: nobody). Every
        change captured from now on carries them, for head office's role checks."""
        self.acting_staff_id = staff_id
        with self.store.engine.begin() as conn:
            conn.execute(
                text("UPDATE sync_flags SET actor = :actor WHERE id = 1"),
                {"actor": staff_id.hex if staff_id else ""},
            )

    def set_language(self, lang: str) -> None:
        self.lang = normalise_language(lang)
        with base.unit_of_work(self) as work:
            config.put(work.session, "language", self.lang)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Desk:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
