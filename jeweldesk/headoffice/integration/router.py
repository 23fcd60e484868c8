"""`/integration/v1/…`: the routes, each calling system authenticated by its API key
(`Authorization: Bearer KEY` or `X-Api-Key: KEY`) and checked for the endpoint's scope.
Bodies are read by the route itself, so that one bad record is rejected with its
reason and the rest of the batch is still taken (FastAPI would refuse the whole body);
the schema shows the typed bodies all the same."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson
from fastapi import APIRouter, Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from jeweldesk.headoffice.integration import catalogue, changes, keys
from jeweldesk.headoffice.integration.appointments import record_requests
from jeweldesk.headoffice.integration.loyalty import record_members
from jeweldesk.headoffice.integration.models import (
    MAX_CHANGES,
    MAX_MEMBERS,
    MAX_ORDERS,
    MAX_PIECES,
    MAX_REQUESTS,
    ApiError,
    AppointmentRequestBatch,
    BatchResult,
    CatalogueBatch,
    ChangesPage,
    LoyaltyBatch,
    PurchaseBatch,
    StockBatch,
)
from jeweldesk.headoffice.integration.purchases import record_purchases
from jeweldesk.headoffice.store import HeadOfficeStore

PREFIX = "/integration/v1"
ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ApiError, "description": "the body is not a batch"},
    401: {"model": ApiError, "description": "no API key, or an unknown or revoked one"},
    403: {"model": ApiError, "description": "the key lacks the endpoint's scope"},
    422: {"model": BatchResult, "description": "some records were rejected (reason per record)"},
}


def _body_schema(model: type) -> dict[str, Any]:
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}
            },
        }
    }


def integration_router(ho: HeadOfficeStore) -> APIRouter:
    router = APIRouter(prefix=PREFIX, tags=["integration"])

    def caller(
        authorization: str | None = Header(default=None),
        x_api_key: str | None = Header(default=None),
    ) -> keys.Caller:
        key = x_api_key or ""
        if not key and authorization:
            scheme, _, token = authorization.partition(" ")
            key = token.strip() if scheme.lower() == "bearer" else ""
        found = keys.authenticate(ho, key.strip())
        if found is None:
            raise HTTPException(
                401,
                detail={
                    "error": "unauthorised",
                    "message": "an API key is needed (Authorization: Bearer KEY or X-Api-Key)"
                    if not key
                    else "unknown or revoked API key",
                },
                headers={"WWW-Authenticate": "Bearer"},
            )
        return found

    def scoped(scope: keys.Scope) -> Callable[..., keys.Caller]:
        def check(found: keys.Caller = Depends(caller)) -> keys.Caller:
            if scope.value not in found.scopes:
                raise HTTPException(
                    403,
                    detail={
                        "error": "scope",
                        "message": f"this key of {found.system} has no '{scope.value}' scope",
                    },
                )
            return found

        return check

    @router.post(
        "/purchases",
        response_model=BatchResult,
        responses=ERRORS,
        openapi_extra=_body_schema(PurchaseBatch),
        summary="Purchases from a POS or an e-commerce order feed",
    )
    async def purchases(
        request: Request, found: keys.Caller = Depends(scoped(keys.Scope.PURCHASES))
    ) -> Response:
        """Orders in batches of up to 10,000, each matched to its client (member id,
        phone, e-mail) or made a new prospect of the store. An order delivered again
        by the same system is a duplicate: nothing is written twice."""
        orders = _records(await request.body(), "orders", MAX_ORDERS)
        return _answer(
            await run_in_threadpool(record_purchases, ho, found.system, orders, found.stores)
        )

    @router.post(
        "/appointment-requests",
        response_model=BatchResult,
        responses=ERRORS,
        openapi_extra=_body_schema(AppointmentRequestBatch),
        summary="Appointment requests from the website or the mini-program",
    )
    async def appointment_requests(
        request: Request, found: keys.Caller = Depends(scoped(keys.Scope.APPOINTMENTS))
    ) -> Response:
        """Each request becomes a *requested* appointment on the store's devices for an
        advisor to confirm; a request delivered again is a duplicate."""
        items = _records(await request.body(), "requests", MAX_REQUESTS)
        return _answer(
            await run_in_threadpool(record_requests, ho, found.system, items, found.stores)
        )

    @router.post(
        "/catalogue",
        response_model=BatchResult,
        responses=ERRORS,
        openapi_extra=_body_schema(CatalogueBatch),
        summary="The house's catalogue: pieces added or updated by SKU",
    )
    async def catalogue_pieces(
        request: Request, found: keys.Caller = Depends(scoped(keys.Scope.CATALOGUE))
    ) -> Response:
        """Pieces in batches of up to 10,000, each added (a new SKU) or updated (a
        known one); a piece sent as it already is is a duplicate. Every device pulls
        the catalogue."""
        pieces = _records(await request.body(), "pieces", MAX_PIECES)
        return _answer(await run_in_threadpool(catalogue.record_pieces, ho, pieces))

    @router.post(
        "/stock",
        response_model=BatchResult,
        responses={**ERRORS, 404: {"model": ApiError, "description": "no such store"}},
        openapi_extra=_body_schema(StockBatch),
        summary="A store's stock levels, full or incremental",
    )
    async def stock(
        request: Request, found: keys.Caller = Depends(scoped(keys.Scope.CATALOGUE))
    ) -> Response:
        """`full`: the store's levels as they are (a SKU not named is counted 0).
        `incremental`: only the SKUs named change, to `on_hand` or by `delta`; a batch
        with deltas needs a `batch_id` and is applied once. The store's devices pull
        the levels."""
        try:
            header, levels = catalogue.read_stock_batch(_json(await request.body()))
            result = await run_in_threadpool(
                catalogue.record_stock, ho, found.system, header, levels, found.stores
            )
        except catalogue.BatchRefused as exc:
            raise HTTPException(
                exc.status, detail={"error": exc.error, "message": str(exc)}
            ) from None
        return _answer(result)

    @router.post(
        "/loyalty",
        response_model=BatchResult,
        responses=ERRORS,
        openapi_extra=_body_schema(LoyaltyBatch),
        summary="Loyalty members' tier and points balance",
    )
    async def loyalty(
        request: Request, found: keys.Caller = Depends(scoped(keys.Scope.LOYALTY))
    ) -> Response:
        """Each member's tier and points as the loyalty system holds them, shown on
        the client's profile (never computed by JewelDesk). A member number not known
        yet is matched by `customer` or made a new prospect of `store_code`; a
        standing older (`as_of`) than the one held, or the same, is a duplicate."""
        members = _records(await request.body(), "members", MAX_MEMBERS)
        return _answer(await run_in_threadpool(record_members, ho, members, found.stores))

    @router.get(
        "/changes",
        response_model=ChangesPage,
        responses={
            400: {"model": ApiError, "description": "not a cursor of this feed"},
            401: ERRORS[401],
            403: ERRORS[403],
        },
        summary="The changes feed, for a CRM or a data warehouse",
    )
    async def changes_feed(
        cursor: str | None = Query(
            default=None, max_length=20, description="`next_cursor` of the page before"
        ),
        limit: int = Query(default=changes.DEFAULT_LIMIT, ge=1, le=MAX_CHANGES),
        found: keys.Caller = Depends(scoped(keys.Scope.CHANGES)),
    ) -> Response:
        """Every change head office accepted after `cursor`, oldest first, each row in
        the sync protocol's wire form; a key limited to stores reads what their
        devices pull. Keep `next_cursor` and ask again while `more` is true."""
        try:
            after = changes.parse_cursor(cursor)
        except changes.CursorRefused as exc:
            raise HTTPException(400, detail={"error": "bad_cursor", "message": str(exc)}) from None
        body = await run_in_threadpool(changes.changes_page, ho, after, limit, found.stores)
        return Response(body, media_type="application/json")

    return router


def _json(body: bytes) -> Any:
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return None


def _records(body: bytes, key: str, most: int) -> list[Any]:
    data = _json(body)
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise HTTPException(
            400,
            detail={"error": "bad_body", "message": f'a JSON object {{"{key}": [...]}} is needed'},
        )
    extra = sorted(set(data) - {key})
    if extra:
        raise HTTPException(
            400, detail={"error": "bad_body", "message": f"unknown field {', '.join(extra)}"}
        )
    records: list[Any] = data[key]
    if not records or len(records) > most:
        raise HTTPException(
            400,
            detail={"error": "bad_body", "message": f"{key}: 1 to {most:,} records per batch"},
        )
    return records


def _answer(result: BatchResult) -> Response:
    return Response(
        result.model_dump_json(),
        status_code=422 if result.rejected else 200,
        media_type="application/json",
    )


def schemas() -> dict[str, Any]:
    """The bodies' schemas, for the app's OpenAPI document (the routes read their
    bodies themselves)."""
    out: dict[str, Any] = {}
    for model in (PurchaseBatch, AppointmentRequestBatch, CatalogueBatch, StockBatch, LoyaltyBatch):
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        out.update(schema.pop("$defs", {}))
        out[model.__name__] = schema
    return out


def mount_integration(app: FastAPI, ho: HeadOfficeStore) -> None:
    """The routes on the app, and their bodies in its OpenAPI schema."""
    app.include_router(integration_router(ho))
    base = app.openapi

    def openapi() -> dict[str, Any]:
        schema = base()
        schema.setdefault("components", {}).setdefault("schemas", {}).update(schemas())
        return schema

    app.openapi = openapi  # type: ignore[method-assign]  # FastAPI's way to extend the schema
