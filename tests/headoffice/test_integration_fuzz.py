"""Property-based fuzzing of the integration API (Schemathesis over head office's
OpenAPI schema), on a real head office on loopback, SQLite and PostgreSQL: with a
valid key holding every scope, no generated request, valid or malformed, gets a 5xx,
and every refusal is a 4xx with a JSON body naming the error; without a key nothing
is written."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import given
from hypothesis import strategies as st
from schemathesis import GenerationMode

from jeweldesk.headoffice.integration import keys
from tests.conftest import pg_schema_url, pg_unavailable
from tests.headoffice.test_api_fuzz import FUZZ, MODES, Client, check_answer, counts
from tests.headoffice_server import start_headoffice
from tests.sync.model_support import seed_headoffice

OPERATIONS = [
    "POST /integration/v1/purchases",
    "POST /integration/v1/appointment-requests",
    "POST /integration/v1/catalogue",
    "POST /integration/v1/stock",
    "POST /integration/v1/loyalty",
    "GET /integration/v1/changes",
]


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def integration(request, tmp_path_factory):
    cleanup = None
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('ifuzz') / 'headoffice.sqlite3'}"
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
    _record, key = keys.add_key(ho, "fuzz", tuple(s.value for s in keys.Scope))
    _record, limited = keys.add_key(ho, "fuzz-hk", tuple(s.value for s in keys.Scope), ("HK01",))
    yield ho, schema, client, key, limited
    client.close()
    running.stop()
    if cleanup:
        cleanup()


def check_integration_answer(case, response) -> None:
    """As for every endpoint, except that a batch with records rejected is the
    documented 422 naming each one's reason."""
    if response.status_code == 422:
        body = response.json()
        if isinstance(body, dict) and "results" in body:
            rejected = [r for r in body["results"] if r["status"] == "rejected"]
            assert rejected and body["rejected"] == len(rejected), body
            assert all(r["reason"] for r in rejected), body
            return
    check_answer(case, response)


@pytest.mark.parametrize("mode", MODES, ids=lambda m: m.value)
@pytest.mark.parametrize("label", OPERATIONS)
def test_integration_endpoints_never_fail(integration, label, mode):
    _ho, schema, client, key, limited = integration
    operation = schema.find_operation_by_label(label)

    @FUZZ
    @given(case=operation.as_strategy(generation_mode=mode), store_limited=st.booleans())
    def fuzz(case, store_limited):
        headers = {
            k: v for k, v in (case.headers or {}).items() if k.lower() not in ("authorization",)
        }
        headers["X-Api-Key"] = limited if store_limited else key
        case.headers = headers
        response = case.call(base_url=client.base, session=client)
        check_integration_answer(case, response)

    fuzz()


@pytest.mark.parametrize("label", OPERATIONS)
def test_integration_endpoints_without_a_key_write_nothing(integration, label):
    ho, schema, client, _key, _limited = integration
    operation = schema.find_operation_by_label(label)
    before = counts(ho)

    @FUZZ
    @given(case=operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
    def fuzz(case):
        case.headers = {
            k: v
            for k, v in (case.headers or {}).items()
            if k.lower() not in ("authorization", "x-api-key")
        }
        response = case.call(base_url=client.base, session=client)
        check_answer(case, response)
        assert response.status_code == 401, response.text[:300]

    fuzz()
    assert counts(ho) == before, "a request without a key wrote something"
