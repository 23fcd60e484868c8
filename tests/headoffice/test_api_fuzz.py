"""Property-based fuzzing of head office's OpenAPI schema (Schemathesis), in process
over ASGI, on SQLite and PostgreSQL.

- Without a valid credential, no generated request (valid or malformed) gets a 5xx,
  every refusal is a 4xx with a JSON body naming the error, and nothing is written
  (change log, applied ops, clients, devices, grants, history: counts unchanged).
- With a device's valid credential, no request gets a 5xx; pushes are also fuzzed
  with ops that name real tables and columns and carry the right device id and
  sequence numbers, so the merge code itself sees the garbage."""

from __future__ import annotations

import os
import uuid

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from sqlalchemy import select, text

from jeweldesk.headoffice.enrolment import issue_code
from jeweldesk.protocol.models import PROTOCOL_VERSION
from jeweldesk.storage.models import Base, synced_tables
from tests.conftest import pg_schema_url, pg_unavailable
from tests.headoffice_server import start_headoffice
from tests.sync.model_support import seed_headoffice

EXAMPLES = int(os.environ.get("JEWELDESK_FUZZ_EXAMPLES", "6"))  # per operation and mode
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
    phases=(Phase.explicit, Phase.generate),
)
COUNTED = (
    "change_log",
    "applied_ops",
    "clients",
    "devices",
    "client_grants",
    "field_history",
    "sync_conflicts",
    "contact_points",
    "enrolment_codes",
)
OPERATIONS = [
    "POST /enrol",
    "POST /sync/push",
    "GET /sync/pull",
    "POST /sync/fetch-client",
    "POST /sync/rebirth",
]
MODES = [GenerationMode.POSITIVE, GenerationMode.NEGATIVE]
NO_INPUT = {
    "GET /health",
    "POST /sync/rebirth",
}  # nothing in the schema to get wrong but the credential


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def headoffice(request, tmp_path_factory):
    cleanup = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'headoffice.sqlite3'}"
    else:
        reason = pg_unavailable()
        if reason:
            pytest.skip(reason)
        url, cleanup = pg_schema_url()
    running = start_headoffice(url)
    ho = running.store
    seed_headoffice(ho)
    schema = schemathesis.openapi.from_url(running.url + "/openapi.json")
    client = Client(running.url)
    answer = client.post(
        "/enrol",
        json={"code": issue_code(ho, "SH01"), "device_name": "fuzz", "protocol": PROTOCOL_VERSION},
    )
    assert answer.status_code == 200, answer.text
    enrolled = answer.json()
    yield running, ho, schema, client, enrolled
    client.close()
    running.stop()
    if cleanup:
        cleanup()


class Client(requests.Session):
    """A session on head office's loopback address: `client.post("/enrol", ...)`."""

    def __init__(self, base: str) -> None:
        super().__init__()
        self.base = base

    def request(self, method, url, *args, **kwargs):
        kwargs.setdefault("timeout", 30)
        return super().request(
            method, url if url.startswith("http") else self.base + url, *args, **kwargs
        )


def counts(ho) -> dict[str, int]:
    with ho.engine.connect() as conn:
        return {
            name: conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar_one()
            for name in COUNTED
        }


def check_answer(case, response) -> None:
    assert response.status_code < 500, (
        f"{case.method} {case.path} answered {response.status_code}: {response.text[:500]}\n{case.as_curl_command()}"
    )
    if 400 <= response.status_code < 500:
        try:
            body = response.json()
        except ValueError:
            raise AssertionError(
                f"{case.method} {case.path} refused without a JSON body: {response.text[:200]}"
            ) from None
        assert isinstance(body, dict) and (
            ("error" in body and "message" in body) or "detail" in body
        ), body


bad_credentials = st.one_of(
    st.none(),
    st.just("Bearer "),
    st.builds(
        lambda d, t: f"Bearer {d}:{t}",
        st.text("0123456789abcdef", min_size=1, max_size=40),
        st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=60),
    ),
    st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=80),
)


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
@pytest.mark.parametrize("label", OPERATIONS)
def test_without_a_credential_nothing_fails_and_nothing_is_written(headoffice, label, mode):
    _app, ho, schema, client, enrolled = headoffice
    if label in NO_INPUT and mode is GenerationMode.NEGATIVE:
        pytest.skip(f"{label} takes no input to get wrong")
    operation = schema.find_operation_by_label(label)
    before = counts(ho)

    @FUZZ
    @given(case=operation.as_strategy(generation_mode=mode), authorization=bad_credentials)
    def fuzz(case, authorization):
        headers = dict(case.headers or {})
        headers.pop("authorization", None)
        headers.pop("Authorization", None)
        if authorization is not None:
            headers["Authorization"] = authorization
        case.headers = headers
        response = case.call(base_url=client.base, session=client)
        check_answer(case, response)
        if label == "POST /enrol" and response.status_code == 200:
            raise AssertionError(f"a generated enrolment code was accepted: {case.body}")
        if label not in ("GET /health", "POST /enrol"):
            assert response.status_code >= 400, (
                f"{label} answered {response.status_code} without a credential"
            )

    fuzz()
    assert counts(ho) == before, "a refused request wrote something"


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
@pytest.mark.parametrize(
    "label", ["GET /health", *(op for op in OPERATIONS if op != "POST /enrol")]
)
def test_with_a_credential_nothing_fails(headoffice, label, mode):
    _app, ho, schema, client, enrolled = headoffice
    if label in NO_INPUT and mode is GenerationMode.NEGATIVE:
        pytest.skip(f"{label} takes no input to get wrong")
    operation = schema.find_operation_by_label(label)
    authorization = f"Bearer {enrolled['device_id']}:{enrolled['token']}"

    @FUZZ
    @given(case=operation.as_strategy(generation_mode=mode), aim=st.booleans())
    def fuzz(case, aim):
        case.headers = {**(case.headers or {}), "Authorization": authorization}
        if aim and isinstance(case.body, dict):
            # Get past the first checks now and then, so the code behind them runs.
            case.body = {
                **case.body,
                "device_id": enrolled["device_id"],
                "protocol": PROTOCOL_VERSION,
            }
        response = case.call(base_url=client.base, session=client)
        check_answer(case, response)

    if label == "POST /sync/rebirth":
        # A successful rebirth retires the credential's device id: fuzz a device of its own.
        code = issue_code(ho, "SH01")
        other = client.post(
            "/enrol", json={"code": code, "device_name": "rebirth", "protocol": PROTOCOL_VERSION}
        ).json()
        authorization = f"Bearer {other['device_id']}:{other['token']}"
    fuzz()


# --- pushes made of real tables and columns with garbage values -------------------------

TABLES = [t for t in synced_tables() if t in Base.metadata.tables]
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=40)
    | st.sampled_from(
        [
            "01a2097dac4b742ab6c16c52a69faa97",
            "2026-01-01 10:00:00.000000",
            "10:00:00",
            "1e400",
            "NaN",
            "-0",
            "99999999999999999999.99",
            "",
            "\x00",
        ]
    ),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=5,
)
hex_ids = st.sampled_from(
    ["01a2097dac4b742ab6c16c52a69faa97", "0" * 32, "f" * 32]
) | st.uuids().map(lambda u: u.hex)


@st.composite
def ops(draw, targets=()):
    """An op on a real table (and, now and then, a real row this device may write)."""
    target = draw(st.sampled_from(targets)) if targets and draw(st.booleans()) else None
    table = target[0] if target else draw(st.sampled_from(TABLES))
    columns = [c.name for c in Base.metadata.tables[table].c] + ["nope"]
    fields = draw(
        st.dictionaries(
            st.sampled_from(columns), st.lists(json_values, min_size=1, max_size=3), max_size=6
        )
    )
    return {
        "op_id": draw(hex_ids),
        "entity": table,
        "entity_id": target[1] if target else draw(hex_ids),
        "kind": draw(st.sampled_from(["insert", "update", "delete"])),
        "fields": fields,
        "hlc": draw(st.text(max_size=20)),
        "schema_version": draw(st.text(max_size=10)),
    }


def test_pushes_of_garbage_values_are_refused_per_op(headoffice):
    _app, ho, _schema, client, enrolled = headoffice
    code = issue_code(ho, "SH01")
    device = client.post(
        "/enrol", json={"code": code, "device_name": "garbage", "protocol": PROTOCOL_VERSION}
    ).json()
    headers = {"Authorization": f"Bearer {device['device_id']}:{device['token']}"}
    with ho.engine.connect() as conn:
        targets = [
            (name, row_id.hex)
            for name in ("staff", "rooms", "stores", "catalogue_pieces")
            for row_id in conn.execute(select(Base.metadata.tables[name].c.id)).scalars()
        ]

    @FUZZ
    @given(batch=st.lists(ops(targets), min_size=1, max_size=4))
    def fuzz(batch):
        with ho.engine.connect() as conn:
            last = conn.execute(
                text("SELECT last_seq FROM devices WHERE id = :d"), {"d": device["device_id"]}
            ).scalar_one()
        numbered = [
            {**op, "device_seq": last + n, "op_id": uuid.uuid4().hex}
            for n, op in enumerate(batch, start=1)
        ]
        body = {
            "device_id": device["device_id"],
            "protocol": PROTOCOL_VERSION,
            "schema_version": "",
            "ops": numbered,
        }
        response = client.post("/sync/push", json=body, headers=headers)
        assert response.status_code < 500, f"{response.status_code}: {response.text[:500]}\n{body}"
        if response.status_code == 200:
            assert [r["device_seq"] for r in response.json()["results"]] == [
                op["device_seq"] for op in numbered
            ]
        else:
            assert response.status_code == 422, response.text  # a body the protocol does not allow
            with ho.engine.connect() as conn:
                after = conn.execute(
                    text("SELECT last_seq FROM devices WHERE id = :d"), {"d": device["device_id"]}
                ).scalar_one()
            assert after == last, "a refused push took sequence numbers"

    fuzz()
