"""`jeweldesk headoffice …`, `jeweldesk enrol`, `sync`, `conflicts list`, run as a
person or a script runs them: subprocesses against a real head office."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from jeweldesk import config
from jeweldesk.headoffice import admin
from jeweldesk.headoffice.enrolment import issue_code
from jeweldesk.services import Desk
from jeweldesk.sync.enrol import enrol_device
from tests.headoffice_server import free_port, start_headoffice

ROOT = Path(__file__).resolve().parents[2]


def jd(
    *args: str, stdin: str | None = None, cwd: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("JEWELDESK_HO_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "jeweldesk", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=cwd or ROOT,
        env=env,
    )


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def one_clear_line(result: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in result.stderr, result.stderr
    message = result.stderr.strip()
    assert message and len(message.splitlines()) == 1, result.stderr
    return message


@pytest.mark.slow
def test_stores_staff_and_rooms_are_managed_from_the_command_line(tmp_path):
    db = f"sqlite:///{tmp_path / 'ho.sqlite3'}"
    added = jd(
        "headoffice",
        "stores",
        "add",
        "--database-url",
        db,
        "--code",
        "sh01",
        "--name",
        "Shanghai Flagship",
        "--timezone",
        "Asia/Shanghai",
        "--currency",
        "cny",
        "--country",
        "cn",
        "--name-local",
        "上海旗舰店",
    )
    assert added.returncode == 0, added.stderr
    again = jd(
        "headoffice",
        "stores",
        "add",
        "--database-url",
        db,
        "--code",
        "SH01",
        "--name",
        "Again",
        "--timezone",
        "Asia/Shanghai",
        "--currency",
        "CNY",
        "--country",
        "CN",
    )
    assert again.returncode == 2 and "already exists" in one_clear_line(again)

    stores = jd("headoffice", "stores", "list", "--database-url", db, "--json")
    assert [(s["code"], s["name_local"], s["currency"]) for s in lines(stores.stdout)] == [
        ("SH01", "上海旗舰店", "CNY")
    ]

    pin = "8642"
    advisor = jd(
        "headoffice",
        "staff",
        "add",
        "--database-url",
        db,
        "--email",
        "Li@SH01.example",
        "--name",
        "Li Na",
        "--role",
        "advisor",
        "--store",
        "SH01",
        "--pin",
        pin,
    )
    assert advisor.returncode == 0, advisor.stderr
    password = "Correct-Horse-77"
    boss = jd(
        "headoffice",
        "staff",
        "add",
        "--database-url",
        db,
        "--email",
        "helene@ho.example",
        "--name",
        "Hélène",
        "--role",
        "head_office",
        "--password-stdin",
        stdin=password + "\n",
    )
    assert boss.returncode == 0, boss.stderr
    for result in (advisor, boss):
        assert (
            pin not in result.stdout + result.stderr
            and password not in result.stdout + result.stderr
        )
    storeless = jd(
        "headoffice",
        "staff",
        "add",
        "--database-url",
        db,
        "--email",
        "x@sh01.example",
        "--name",
        "X",
        "--role",
        "advisor",
        "--pin",
        "1234",
    )
    assert storeless.returncode == 2 and "--store" in one_clear_line(storeless)

    staff = jd("headoffice", "staff", "list", "--database-url", db, "--json")
    listed = {s["email"]: s for s in lines(staff.stdout)}
    assert (
        listed["li@sh01.example"]["role"] == "advisor"
        and listed["li@sh01.example"]["store"] == "SH01"
    )
    assert (
        listed["helene@ho.example"]["role"] == "head_office"
        and listed["helene@ho.example"]["can_sign_in"]
    )
    assert "pin_hash" not in staff.stdout and "argon2" not in staff.stdout

    room = jd(
        "headoffice",
        "rooms",
        "add",
        "--database-url",
        db,
        "--store",
        "SH01",
        "--name",
        "Jade Salon",
    )
    assert room.returncode == 0, room.stderr
    unknown = jd(
        "headoffice", "rooms", "add", "--database-url", db, "--store", "ZZ99", "--name", "Nowhere"
    )
    assert unknown.returncode == 2 and "ZZ99" in one_clear_line(unknown)

    # The password was hashed, and signs in to the console.
    from jeweldesk.headoffice.console import _check_password
    from jeweldesk.headoffice.store import HeadOfficeStore

    ho = HeadOfficeStore(db)
    try:
        assert _check_password(ho, "helene@ho.example", password)["name"] == "Hélène"
        assert _check_password(ho, "li@sh01.example", pin) is None  # an advisor is not head office
        old = ho.epoch
    finally:
        ho.dispose()
    epoch = jd("headoffice", "new-epoch", "--database-url", db)
    assert epoch.returncode == 0 and epoch.stdout.strip() not in ("", old)


def test_database_url_errors_are_one_clear_line(tmp_path):
    wrong = jd("headoffice", "stores", "list", "--database-url", "nosuchdb://nowhere")
    assert wrong.returncode == 2 and "database URL" in one_clear_line(wrong)
    refused = jd(
        "headoffice",
        "stores",
        "list",
        "--database-url",
        f"postgresql+psycopg://someone:hunter2@127.0.0.1:{free_port()}/none",
    )
    assert refused.returncode == 2
    assert "hunter2" not in one_clear_line(refused)


@pytest.fixture
def running(tmp_path):
    url = f"sqlite:///{tmp_path / 'ho.sqlite3'}"
    server = start_headoffice(url)
    admin.add_store(
        server.store,
        code="SH01",
        name="Shanghai Flagship",
        timezone="Asia/Shanghai",
        currency="CNY",
        country="CN",
    )
    admin.add_staff(
        server.store,
        email="li@sh01.example",
        name="Li Na",
        role="advisor",
        store_code="SH01",
        pin="2468",
    )
    server.database_url = url
    yield server
    server.stop()


@pytest.mark.slow
def test_enrol_sync_and_conflicts_from_the_command_line(running, tmp_path):
    code = jd("headoffice", "enrol-code", "--database-url", running.database_url, "--store", "SH01")
    assert code.returncode == 0, code.stderr
    one_time = code.stdout.strip()
    assert len(one_time) == 14 and one_time.count("-") == 2

    device = tmp_path / "device"
    enrolled = jd(
        "enrol",
        "--data-dir",
        str(device),
        "--server",
        running.url,
        "--code",
        one_time,
        "--name",
        "SH01 front desk",
        "--json",
    )
    assert enrolled.returncode == 0, enrolled.stderr
    summary = json.loads(enrolled.stdout)
    assert summary["store"] == "SH01" and summary["pulled"] >= 2 and summary["staff"] == 1
    with Desk.open(device) as desk, desk.store.sessions() as s:
        token = config.get(s, "device_token")
    assert token and token not in enrolled.stdout + enrolled.stderr
    reused = jd(
        "enrol", "--data-dir", str(tmp_path / "other"), "--server", running.url, "--code", one_time
    )
    assert reused.returncode == 2 and "unknown, used or expired" in one_clear_line(reused)

    # A client made on this device, and a second device of the same store.
    with Desk.open(device) as desk:
        desk.act_as(next(p for p, _ in desk.directory.staff("SH01")).id)
        client = desk.clients.create(
            family_name="Dubois", given_name="Claire", phones=["139 0000 1111"]
        ).value
    synced = jd("sync", "--data-dir", str(device), "--json")
    assert synced.returncode == 0, synced.stderr
    report = json.loads(synced.stdout)
    assert (
        report["pushed"] >= 2
        and report["rejected"] == 0
        and report["pending"] == 0
        and report["error"] == ""
    )
    assert token not in synced.stdout + synced.stderr

    other = Desk.open(tmp_path / "device-2")
    try:
        enrol_device(
            other, running.url, issue_code(running.store, "SH01"), device_name="SH01 salon"
        )
        other.act_as(next(p for p, _ in other.directory.staff("SH01")).id)
        other.clients.update(client.id, greeting_name="Madame Dubois")
        other.sync.sync()
    finally:
        other.close()
    with Desk.open(device) as desk:
        desk.act_as(next(p for p, _ in desk.directory.staff("SH01")).id)
        desk.clients.update(client.id, greeting_name="Claire")
    synced = jd("sync", "--data-dir", str(device))
    assert synced.returncode == 0, synced.stderr
    assert "1 conflicts" in synced.stdout and "Pushed 1" in synced.stdout

    conflicts = jd("conflicts", "list", "--data-dir", str(device), "--json")
    assert conflicts.returncode == 0, conflicts.stderr
    rows = lines(conflicts.stdout)
    assert len(rows) == 1
    row = rows[0]
    assert set(row) == {
        "id",
        "entity",
        "entity_id",
        "field",
        "base_value",
        "theirs_value",
        "mine_value",
        "theirs_device",
        "mine_device",
        "kind",
        "detected_at",
    }
    assert (row["entity"], row["field"], row["theirs_value"], row["mine_value"]) == (
        "clients",
        "greeting_name",
        "Madame Dubois",
        "Claire",
    )
    assert row["entity_id"].replace("-", "") == client.id.hex


@pytest.mark.slow
def test_sync_to_a_dead_server_exits_3_and_keeps_the_outbox(running, tmp_path):
    device = tmp_path / "device"
    with Desk.open(device) as desk:
        enrol_device(
            desk, running.url, issue_code(running.store, "SH01"), device_name="SH01 front desk"
        )
        desk.act_as(next(p for p, _ in desk.directory.staff("SH01")).id)
        desk.clients.create(
            family_name="Martin", given_name="Camille", phones=["+33 6 12 34 56 78"]
        )
        waiting = desk.sync.pending()
        with desk.store.sessions.begin() as s:
            config.put(s, "headoffice_url", f"http://127.0.0.1:{free_port()}")
    assert waiting >= 2
    failed = jd("sync", "--data-dir", str(device))
    assert failed.returncode == 3
    message = one_clear_line(failed)
    assert "unreachable" in message and f"{waiting} local changes kept" in message
    with Desk.open(device) as desk:
        assert desk.sync.pending() == waiting


@pytest.mark.slow
def test_enrol_with_a_wrong_code_or_url_is_one_clear_line(running, tmp_path):
    fresh = tmp_path / "fresh-device"  # one folder: a refused enrolment leaves it unenrolled
    wrong = jd(
        "enrol", "--data-dir", str(fresh), "--server", running.url, "--code", "AAAA-BBBB-CCCC"
    )
    assert wrong.returncode == 2
    assert "unknown, used or expired" in one_clear_line(wrong)
    no_scheme = jd(
        "enrol", "--data-dir", str(fresh), "--server", "ho.example.com", "--code", "AAAA-BBBB-CCCC"
    )
    assert no_scheme.returncode == 2 and "http://" in one_clear_line(no_scheme)
    dead = jd(
        "enrol",
        "--data-dir",
        str(fresh),
        "--server",
        f"http://127.0.0.1:{free_port()}",
        "--code",
        "AAAA-BBBB-CCCC",
    )
    assert dead.returncode == 2 and "unreachable" in one_clear_line(dead)
    not_enrolled = jd("sync", "--data-dir", str(fresh))
    assert not_enrolled.returncode == 2 and "not enrolled" in one_clear_line(not_enrolled)


@pytest.mark.slow
def test_serve_runs_several_workers_over_one_database(tmp_path):
    db = f"sqlite:///{tmp_path / 'ho.sqlite3'}"
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jeweldesk",
            "headoffice",
            "serve",
            "--database-url",
            db,
            "--port",
            str(port),
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 30
        health = None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                health = requests.get(f"http://127.0.0.1:{port}/health", timeout=1)
                break
            except requests.RequestException:
                try:  # not listening yet: wait a moment, or until it exits
                    server.wait(timeout=0.1)
                except subprocess.TimeoutExpired:
                    pass
        assert health is not None and health.status_code == 200, (
            server.stderr.read1().decode() if server.poll() else ""
        )
        assert health.json()["database"] == "sqlite"
        epochs = {
            requests.get(f"http://127.0.0.1:{port}/health", timeout=2).json()["epoch"]
            for _ in range(6)
        }
        assert len(epochs) == 1  # every worker serves the same epoch
        login = requests.get(f"http://127.0.0.1:{port}/console", allow_redirects=False, timeout=2)
        assert login.status_code == 303
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


@pytest.mark.slow
def test_import_a_demo_folder_into_an_empty_head_office_once(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'ho.sqlite3'}"

    def run(*a):
        return subprocess.run(
            [sys.executable, "-m", "jeweldesk", *a], capture_output=True, text=True, timeout=300
        )  # noqa: E731

    assert run("demo", "--data-dir", str(tmp_path / "seed"), "--clients", "60").returncode == 0
    first = run("headoffice", "import", "--database-url", url, "--from", str(tmp_path / "seed"))
    assert first.returncode == 0 and first.stdout.startswith("imported ")
    again = run("headoffice", "import", "--database-url", url, "--from", str(tmp_path / "seed"))
    assert again.returncode == 2 and "already holds 60 clients" in again.stderr
    missing = run(
        "headoffice", "import", "--database-url", url, "--from", str(tmp_path / "nowhere")
    )
    assert missing.returncode == 2 and "no store in" in missing.stderr


@pytest.mark.slow
def test_a_revoked_device_is_refused_from_its_next_sync_and_keeps_its_changes(running, tmp_path):
    device = tmp_path / "device"
    with Desk.open(device) as desk:
        enrol_device(
            desk, running.url, issue_code(running.store, "SH01"), device_name="SH01 lost iPad"
        )
        device_id = desk.device_id
    listed = jd("headoffice", "devices", "list", "--database-url", running.database_url, "--json")
    assert listed.returncode == 0, listed.stderr
    [row] = lines(listed.stdout)
    assert (row["id"], row["store"], row["name"], row["state"]) == (
        device_id,
        "SH01",
        "SH01 lost iPad",
        "active",
    )
    assert row["last_pull"].endswith("UTC") and "credential" not in listed.stdout

    revoked = jd(
        "headoffice", "devices", "revoke", "--database-url", running.database_url, device_id
    )
    assert revoked.returncode == 0, revoked.stderr
    assert f"revoked {device_id}" in revoked.stdout
    again = jd("headoffice", "devices", "revoke", "--database-url", running.database_url, device_id)
    assert again.returncode == 0 and "already revoked" in again.stdout
    unknown = jd(
        "headoffice", "devices", "revoke", "--database-url", running.database_url, "no-such-device"
    )
    assert unknown.returncode == 2 and "no device no-such-device" in one_clear_line(unknown)

    with Desk.open(device) as desk:
        desk.act_as(next(p for p, _ in desk.directory.staff("SH01")).id)
        desk.clients.create(family_name="Chan", given_name="Wing", phones=["+852 9123 4567"])
        waiting = desk.sync.pending()
    failed = jd("sync", "--data-dir", str(device))
    assert failed.returncode == 3
    assert "revoked" in one_clear_line(failed) and f"{waiting} local changes kept" in failed.stderr
    with Desk.open(device) as desk:
        assert desk.sync.pending() == waiting  # nothing the advisor typed is thrown away
    state = lines(
        jd(
            "headoffice",
            "devices",
            "list",
            "--database-url",
            running.database_url,
            "--json",
            "--store",
            "sh01",
        ).stdout
    )
    assert [(d["id"], d["state"]) for d in state] == [(device_id, "revoked")] and state[0][
        "revoked"
    ]


def test_revoking_covers_every_id_a_restored_device_took(running):
    from jeweldesk.headoffice import enrolment

    ho = running.store
    device_id, token, _, _ = enrolment.enrol(
        ho, issue_code(ho, "SH01"), "127.0.0.1", "SH01 counter", ""
    )
    first = enrolment.authenticate(ho, f"Bearer {device_id}:{token}")
    reborn = enrolment.rebirth(
        ho, first, token
    )  # restored from a backup: a new id, the same credential
    assert enrolment.authenticate(ho, f"Bearer {reborn}:{token}") is not None
    assert sorted(admin.revoke_device(ho, device_id)) == sorted([device_id, reborn])
    assert enrolment.authenticate(ho, f"Bearer {reborn}:{token}") is None
    other_id, other_token, _, _ = enrolment.enrol(
        ho, issue_code(ho, "SH01"), "127.0.0.1", "SH01 salon", ""
    )
    assert (
        enrolment.authenticate(ho, f"Bearer {other_id}:{other_token}") is not None
    )  # other devices carry on


@pytest.mark.slow
def test_a_deactivated_person_cannot_sign_in_on_a_device_after_its_next_sync(running, tmp_path):
    from jeweldesk.services.accounts import SignInRefused

    with Desk.open(tmp_path / "device") as desk:
        enrol_device(
            desk, running.url, issue_code(running.store, "SH01"), device_name="SH01 counter"
        )
        li = next(p for p, _ in desk.directory.staff("SH01"))
        desk.accounts.sign_in(li.id, "2468")

        gone = jd(
            "headoffice",
            "staff",
            "deactivate",
            "--database-url",
            running.database_url,
            "LI@sh01.example ",
        )
        assert gone.returncode == 0, gone.stderr
        assert "can no longer sign in" in gone.stdout
        staff = {
            s["email"]: s
            for s in lines(
                jd(
                    "headoffice", "staff", "list", "--database-url", running.database_url, "--json"
                ).stdout
            )
        }
        assert staff["li@sh01.example"]["active"] is False
        desk.sync.sync()
        with pytest.raises(SignInRefused) as refused:
            desk.accounts.sign_in(li.id, "2468")
        assert refused.value.key == "account.inactive"
        assert li.id not in [p.id for p in desk.accounts.people()]

        back = jd(
            "headoffice",
            "staff",
            "reactivate",
            "--database-url",
            running.database_url,
            "li@sh01.example",
        )
        assert back.returncode == 0 and "may sign in again" in back.stdout
        desk.sync.sync()
        assert desk.accounts.sign_in(li.id, "2468").id == li.id
    missing = jd(
        "headoffice",
        "staff",
        "deactivate",
        "--database-url",
        running.database_url,
        "nobody@sh01.example",
    )
    assert missing.returncode == 2 and "nobody@sh01.example" in one_clear_line(missing)
