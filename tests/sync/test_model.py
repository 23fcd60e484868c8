"""SYNC.md, "What proves it" 1: a Hypothesis state machine of 2–6 store devices (each
its own SQLite file) against a real head office on loopback, on SQLite and on
PostgreSQL.

Steps: create clients (Chinese and Latin names, valid phones), edit profile fields,
add and pin notes, add and remove (tombstone) preferences and contact points, record
purchases, resolve conflicts, recognise another store's client, sync one device
through a transport that drops requests, drops responses after head office handled
them, or replays them, skew a device's clock by up to ±12 h, restart a device, restart
head office on the same database.

At the end, with the faults off and every device synced twice: every device equals
head office for its scope (row by row, in wire form, without `server_version`,
decimals compared as numbers); every committed local op's value is the current value,
a value kept in `sync_conflicts`, or one in head office's `field_history`; no duplicate
purchases; outboxes empty; row counts match.

The default run is short (a few examples per database); `pytest -m soak` runs the long
profile."""

from __future__ import annotations

import decimal
import functools
import shutil
import tempfile
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import select, text

from jeweldesk.domain.errors import DomainError
from jeweldesk.headoffice.push import HISTORY_TABLES
from jeweldesk.services.possessions import LineDraft
from jeweldesk.storage.models import Base
from jeweldesk.sync.client import SyncError
from tests.conftest import pg_unavailable
from tests.sync.model_support import (
    FAULTS,
    HeadOffice,
    device_rows,
    differences,
    headoffice_rows,
    new_device,
    new_ops,
    numeric_columns,
    restart_device,
    scope_of,
    seed_headoffice,
)
from tests.templates import headoffice_database

HOUR_MS = 3_600_000
PHASES = (
    Phase.explicit,
    Phase.reuse,
    Phase.generate,
    Phase.shrink,
)  # no "explain": slow and noisy here
SHORT = settings(
    max_examples=6,
    stateful_step_count=15,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
    phases=PHASES,
)
LONG = settings(
    max_examples=100,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    database=None,
    phases=PHASES,
)
# Tables whose every value must stay recoverable (SYNC.md: field history for client
# profiles; notes append-only). Other tables (stock levels…) keep only the last value.
CHECKED = HISTORY_TABLES | {"notes"}
# Immutable once recorded: the last value each device wrote must be the value kept.
FINAL = {"purchases", "purchase_lines"}

SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = "美玲伟芳娜秀英敏静丽强磊"
LATIN_FAMILY = ("Martin", "Dubois", "Chan", "Wong", "Smith", "Müller", "O'Neil")
LATIN_GIVEN = ("Camille", "Léa", "Wing", "Anna", "José", "Zoë", "Li")

chinese_names = st.builds(
    lambda f, g: {"name_local": f + "".join(g)},
    st.sampled_from(SURNAMES),
    st.lists(st.sampled_from(GIVEN), min_size=1, max_size=2),
)
latin_names = st.builds(
    lambda f, g: {"family_name": f, "given_name": g},
    st.sampled_from(LATIN_FAMILY),
    st.sampled_from(LATIN_GIVEN),
)
EDITS = {
    "greeting_name": st.sampled_from(["", "王女士", "Mrs Wang", "Madame", "Dear Li", "陈先生"]),
    "language": st.sampled_from(["zh_CN", "zh_TW", "en", "fr"]),
    "preferred_channel": st.sampled_from(
        [None, "phone", "wechat", "whatsapp", "email", "in_person"]
    ),
    "contact_hours": st.sampled_from([None, "10:00-18:00", "09:30-12:00", "14:00-20:00"]),
}
faults = st.lists(st.sampled_from(FAULTS), max_size=5)


def _pick(items: list, index: int):
    return items[index % len(items)] if items else None


def _ids(desk, query: str) -> list[uuid.UUID]:
    with desk.store.engine.connect() as conn:
        return [
            uuid.UUID(hex=r[0]) if isinstance(r[0], str) else r[0]
            for r in conn.execute(text(query))
        ]


def step(method):
    """Mark the machine broken while a step runs, so teardown skips the final check
    (and reports the step's own failure) when a step raised."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        self.broken = True
        method(self, *args, **kwargs)
        self.broken = False

    return wrapper


class SyncModel(RuleBasedStateMachine):
    DATABASE = "sqlite"

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="jeweldesk-model-"))
        self.devices = []
        self.ops: list[dict] = []  # every committed local op: device, entity, id, kind, fields
        self.purchases: set[str] = set()
        self.headoffice = None
        self.cleanup = None
        self.broken = True

    # --- set-up ----------------------------------------------------------------------

    @initialize(
        n_sh=st.integers(1, 5),
        with_hk=st.booleans(),
        names=st.lists(st.one_of(chinese_names, latin_names), min_size=1, max_size=3),
        phone=st.integers(0, 10**8 - 1),
    )
    @step
    def start(self, n_sh: int, with_hk: bool, names: list[dict], phone: int) -> None:
        url, self.cleanup = headoffice_database(self.DATABASE, self.root, seed_headoffice)
        self.headoffice = HeadOffice(url)
        stores = ["SH01"] * max(n_sh, 1 if with_hk else 2) + (["HK01"] if with_hk else [])
        for code in stores[:6]:
            self.devices.append(new_device(self.headoffice, code, self.root))
        # A few clients every Shanghai device holds, so edits can meet.
        first = self.devices[0]
        for n, name in enumerate(names):
            number = (phone + n) % 10**8
            phones = [f"139 {number // 10**4:04d} {number % 10**4:04d}"]
            self._write(first, functools.partial(first.desk.clients.create, **name, phones=phones))
        for device in self.devices:
            device.desk.sync.sync()

    def _device(self, index: int):
        return self.devices[index % len(self.devices)]

    def _record(self, device) -> list[dict]:
        ops = new_ops(device)
        self.ops.extend(ops)
        for op in ops:
            if op["entity"] == "purchases" and op["kind"] == "insert":
                self.purchases.add(op["entity_id"])
        return ops

    def _write(self, device, call) -> None:
        """A local write: what it committed is what its outbox gained; a refused write
        (validation, a record deleted meanwhile) commits nothing."""
        try:
            call()
        except DomainError:
            assert self._record(device) == [], "a refused write left ops in the outbox"
            return
        assert self._record(device), "a committed write queued no op"

    # --- local writes ----------------------------------------------------------------

    @rule(
        d=st.integers(0, 5),
        name=st.one_of(chinese_names, latin_names),
        phone=st.one_of(st.none(), st.integers(0, 10**8 - 1)),
    )
    @step
    def create_client(self, d: int, name: dict, phone: int | None) -> None:
        device = self._device(d)
        if phone is None:
            phones = []
        elif device.store_code == "HK01":
            phones = [f"9{phone % 10**7:07d}"]
        else:
            phones = [f"139 {phone // 10**4:04d} {phone % 10**4:04d}"]
        self._write(device, lambda: device.desk.clients.create(**name, phones=phones))

    @rule(d=st.integers(0, 5), i=st.integers(0, 50), data=st.data())
    @step
    def edit_client(self, d: int, i: int, data) -> None:
        device = self._device(d)
        client = _pick(
            _ids(
                device.desk,
                "SELECT id FROM clients WHERE deleted = 0 AND erased_at IS NULL ORDER BY id",
            ),
            i,
        )
        if client is None:
            return
        field = data.draw(st.sampled_from(sorted(EDITS)), label="field")
        value = data.draw(EDITS[field], label="value")
        self._write_maybe_unchanged(
            device, lambda: device.desk.clients.update(client, **{field: value})
        )

    def _write_maybe_unchanged(self, device, call) -> None:
        try:
            call()
        except DomainError:
            assert self._record(device) == []
            return
        self._record(device)  # setting a field to the value it has writes nothing

    @rule(
        d=st.integers(0, 5),
        i=st.integers(0, 50),
        body=st.sampled_from(["Loves pearls", "喜欢珍珠", "Anniversary in May", "婚礼 2026"]),
    )
    @step
    def add_note(self, d: int, i: int, body: str) -> None:
        device = self._device(d)
        client = _pick(
            _ids(
                device.desk,
                "SELECT id FROM clients WHERE deleted = 0 AND erased_at IS NULL ORDER BY id",
            ),
            i,
        )
        if client is not None:
            self._write(device, lambda: device.desk.notes.add(client, body))

    @rule(d=st.integers(0, 5), i=st.integers(0, 50), pinned=st.booleans())
    @step
    def pin_note(self, d: int, i: int, pinned: bool) -> None:
        device = self._device(d)
        note = _pick(_ids(device.desk, "SELECT id FROM notes WHERE deleted = 0 ORDER BY id"), i)
        if note is not None:
            self._write_maybe_unchanged(device, lambda: device.desk.notes.pin(note, pinned))

    @rule(
        d=st.integers(0, 5),
        i=st.integers(0, 50),
        category=st.sampled_from(["metal", "stone", "colour", "allergy"]),
        value=st.sampled_from(["platinum", "rose gold", "pearl", "nickel", "emerald"]),
        sentiment=st.sampled_from(["loves", "likes", "dislikes"]),
    )
    @step
    def add_preference(self, d: int, i: int, category: str, value: str, sentiment: str) -> None:
        device = self._device(d)
        client = _pick(
            _ids(
                device.desk,
                "SELECT id FROM clients WHERE deleted = 0 AND erased_at IS NULL ORDER BY id",
            ),
            i,
        )
        if client is not None:
            self._write_maybe_unchanged(
                device,
                lambda: device.desk.preferences.add(client, category, value, sentiment=sentiment),
            )

    @rule(d=st.integers(0, 5), i=st.integers(0, 50))
    @step
    def remove_preference(self, d: int, i: int) -> None:
        device = self._device(d)
        pref = _pick(
            _ids(device.desk, "SELECT id FROM preferences WHERE deleted = 0 ORDER BY id"), i
        )
        if pref is not None:
            self._write(device, lambda: device.desk.preferences.remove(pref))

    @rule(d=st.integers(0, 5), i=st.integers(0, 50))
    @step
    def remove_contact(self, d: int, i: int) -> None:
        device = self._device(d)
        contact = _pick(
            _ids(device.desk, "SELECT id FROM contact_points WHERE deleted = 0 ORDER BY id"), i
        )
        if contact is not None:
            self._write(device, lambda: device.desk.clients.remove_contact(contact))

    @rule(
        d=st.integers(0, 5),
        i=st.integers(0, 50),
        price=st.integers(1, 500_000),
        cents=st.sampled_from(["", ".50", ".05"]),
        quantity=st.integers(1, 2),
        lines=st.integers(1, 2),
        catalogue=st.booleans(),
    )
    @step
    def record_purchase(
        self, d: int, i: int, price: int, cents: str, quantity: int, lines: int, catalogue: bool
    ) -> None:
        device = self._device(d)
        client = _pick(
            _ids(
                device.desk,
                "SELECT id FROM clients WHERE deleted = 0 AND erased_at IS NULL ORDER BY id",
            ),
            i,
        )
        if client is None:
            return
        piece = (
            _pick(_ids(device.desk, "SELECT id FROM catalogue_pieces ORDER BY id"), 0)
            if catalogue
            else None
        )
        drafts = [
            LineDraft(
                description="" if piece else f"Ring {n}",
                piece_id=piece,
                quantity=quantity,
                unit_price=f"{price}{cents}",
            )
            for n in range(lines)
        ]
        self._write(device, lambda: device.desk.purchases.record(client, drafts))

    @rule(d=st.integers(0, 5), i=st.integers(0, 20), choice=st.sampled_from(["theirs", "mine"]))
    @step
    def resolve_conflict(self, d: int, i: int, choice: str) -> None:
        device = self._device(d)
        service = getattr(device.desk, "conflicts", None)
        if service is None:
            return
        conflict = _pick([c.id for c in service.open()], i)
        if conflict is not None:
            self._write(device, lambda: service.resolve(conflict, choice))

    # --- sync, faults, restarts ------------------------------------------------------

    @rule(d=st.integers(0, 5), script=faults)
    @step
    def sync(self, d: int, script: list[str]) -> None:
        device = self._device(d)
        device.session.script = list(script)
        try:
            device.desk.sync.sync()
        except SyncError as exc:
            assert any(f != "ok" for f in script), (
                f"sync failed without a fault: {exc} ({device.session.log[-3:]})"
            )
        finally:
            device.session.script = []

    @precondition(lambda self: any(d.store_code == "HK01" for d in self.devices))
    @rule(i=st.integers(0, 50), script=faults)
    @step
    def recognise_client(self, i: int, script: list[str]) -> None:
        """The Hong Kong device recognises a Shanghai client by phone while online."""
        hk = next(d for d in self.devices if d.store_code == "HK01")
        with self.headoffice.store.engine.connect() as conn:
            phones = (
                conn.execute(
                    text(
                        "SELECT cp.normalised FROM contact_points cp JOIN clients c ON c.id = cp.client_id "
                        "JOIN stores s ON s.id = c.home_store_id WHERE s.code = 'SH01' AND cp.kind = 'phone' "
                        "AND cp.deleted = :f AND c.deleted = :f ORDER BY cp.id"
                    ),
                    {"f": False},
                )
                .scalars()
                .all()
            )
        phone = _pick(phones, i)
        if phone is None:
            return
        hk.session.script = list(script)
        try:
            found = hk.desk.sync.fetch_client(phone)
            assert found, f"head office did not recognise {phone}"
        except SyncError as exc:
            assert any(f != "ok" for f in script), f"fetch failed without a fault: {exc}"
        finally:
            hk.session.script = []
        assert self._record(hk) == [], "applying fetched rows queued ops"

    @rule(d=st.integers(0, 5), hours=st.sampled_from([-12, -6, -1, 0, 1, 6, 12]))
    @step
    def skew_clock(self, d: int, hours: int) -> None:
        device = self._device(d)
        device.skew_ms = hours * HOUR_MS
        device.wire(self.headoffice.url)

    @rule(d=st.integers(0, 5))
    @step
    def restart_device(self, d: int) -> None:
        device = self._device(d)
        restart_device(device, self.headoffice.url)
        assert self._record(device) == [], "reopening the store queued ops"

    @rule()
    @step
    def restart_headoffice(self) -> None:
        self.headoffice.restart()
        for device in self.devices:
            device.wire(self.headoffice.url)

    # --- the end ---------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if not self.broken:
                self.final_check()
        finally:
            for device in self.devices:
                device.desk.close()
            if self.headoffice is not None:
                self.headoffice.stop()
            if self.cleanup:
                self.cleanup()
            shutil.rmtree(self.root, ignore_errors=True)

    def final_check(self) -> None:
        for device in self.devices:
            device.session.enabled = False
        for _ in range(2):
            for device in self.devices:
                report = device.desk.sync.sync()
                assert not report.error, report.error
        ho = self.headoffice.store
        everything = headoffice_rows(ho)

        # Outboxes empty; a rejected op would have to be explained (none is expected).
        for device in self.devices:
            with device.desk.store.engine.connect() as conn:
                left = conn.execute(
                    text("SELECT entity, entity_id, kind, fields, rejected_reason FROM outbox")
                ).all()
            assert left == [], f"{device.name}: outbox not empty after the final syncs: {left}"
            assert self._record(device) == []

        # Every device equals head office for its scope; row counts match.
        for device in self.devices:
            expected = scope_of(ho, everything, device.store_code)
            actual = device_rows(device.desk)
            diffs = differences(expected, actual)
            assert not diffs, (
                f"{device.name} ({device.store_code}) differs from head office:\n"
                + "\n".join(diffs)
            )
            counts = (
                {n: len(r) for n, r in expected.items()},
                {n: len(r) for n, r in actual.items()},
            )
            assert counts[0] == counts[1]

        # No duplicate purchases: each recorded purchase once, everywhere in scope.
        at_ho = everything["purchases"]
        assert set(at_ho) == self.purchases, "purchases lost or invented"
        with ho.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM purchases")).scalar_one() == len(
                self.purchases
            )
        for device in self.devices:
            expected = {p for p in scope_of(ho, everything, device.store_code)["purchases"]}
            with device.desk.store.engine.connect() as conn:
                local = conn.execute(text("SELECT id FROM purchases")).scalars().all()
            assert len(local) == len(set(local)) == len(expected)

        # Every committed local op's value is recoverable: current, a conflict, or history.
        recoverable = self._recoverable(ho)
        lost = []
        last: dict[tuple, object] = {}
        for op in self.ops:
            if op["entity"] in FINAL:
                for column, (_old, value) in op["fields"].items():
                    last[(op["entity"], op["entity_id"], column)] = value
        for (entity, entity_id, column), value in last.items():
            row = everything[entity].get(entity_id)
            if row is None or not _same(entity, column, row.get(column), value):
                lost.append((entity, entity_id, column, value, row and row.get(column)))
        for op in self.ops:
            if op["entity"] not in CHECKED:
                assert op["entity_id"] in everything[op["entity"]], (
                    f"{op['entity']} {op['entity_id']} never reached head office"
                )
                continue
            row = everything[op["entity"]].get(op["entity_id"])
            if row is None:
                lost.append(("row missing at head office", op))
                continue
            for column, (_old, new) in op["fields"].items():
                if _same(op["entity"], column, row.get(column), new):
                    continue
                if any(
                    _same(op["entity"], column, v, new)
                    for v in recoverable.get((op["entity"], op["entity_id"], column), ())
                ):
                    continue
                lost.append((column, new, row.get(column), op))
        assert not lost, (
            "committed local values neither current, nor in sync_conflicts, nor in field_history:\n"
            + "\n".join(map(str, lost[:10]))
        )

    def _recoverable(self, ho) -> dict[tuple, list]:
        out: dict[tuple, list] = {}
        conflicts = Base.metadata.tables["sync_conflicts"]
        history = Base.metadata.tables["field_history"]
        with ho.engine.connect() as conn:
            for r in conn.execute(
                select(
                    conflicts.c.entity,
                    conflicts.c.entity_id,
                    conflicts.c.field,
                    conflicts.c.mine_value,
                    conflicts.c.theirs_value,
                )
            ):
                out.setdefault((r.entity, r.entity_id.hex, r.field), []).extend(
                    [r.mine_value, r.theirs_value]
                )
            for r in conn.execute(
                select(
                    history.c.entity,
                    history.c.entity_id,
                    history.c.field,
                    history.c.old_value,
                    history.c.new_value,
                )
            ):
                out.setdefault((r.entity, r.entity_id.hex, r.field), []).extend(
                    [r.old_value, r.new_value]
                )
        return out


def _same(entity: str, column: str, a, b) -> bool:
    if a is None or b is None:
        return a is None and b is None
    if column in numeric_columns(entity):
        try:
            return decimal.Decimal(str(a)) == decimal.Decimal(str(b))
        except decimal.InvalidOperation:
            return False
    if isinstance(a, bool) or isinstance(b, bool):
        return int(a) == int(b)
    return a == b


def _run(database: str, profile: settings) -> None:
    if database == "postgresql":
        reason = pg_unavailable()
        if reason:
            pytest.skip(reason)
    machine = type(f"SyncModel_{database}", (SyncModel,), {"DATABASE": database})
    run_state_machine_as_test(machine, settings=profile)


DATABASES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.mark.slow
@pytest.mark.parametrize("database", DATABASES)
def test_devices_converge_and_lose_nothing(database):
    _run(database, SHORT)


@pytest.mark.soak
@pytest.mark.parametrize("database", DATABASES)
def test_devices_converge_and_lose_nothing_soak(database):
    _run(database, LONG)
