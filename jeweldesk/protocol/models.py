"""The sync protocol: request and response bodies shared by devices and head office.

Every request carries the protocol version and the device's schema revision; head
office supports the current and the previous protocol version."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

PROTOCOL_VERSION = 2
SUPPORTED_PROTOCOLS = (PROTOCOL_VERSION - 1, PROTOCOL_VERSION)
# Ops per push. Head office's cost per push is mostly fixed (a dozen statements, the
# HTTP request, the commit: about 18 ms of CPU on a 2-core test machine), so four times
# the ops per push takes about a quarter off the cost per op.
MAX_OPS_PER_PUSH = 1000
# What head office took before: a device meeting an older head office falls back to it.
OLDER_MAX_OPS_PER_PUSH = 250
MAX_PULL_LIMIT = 5000

HexId = Field(pattern=r"^[0-9a-f]{32}$")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Op(Strict):
    """One captured change: `fields` maps each changed column to [old, new] in wire form."""

    device_seq: int = Field(ge=1)
    op_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    entity: str = Field(min_length=1, max_length=40)
    entity_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    kind: Literal["insert", "update", "delete"]
    fields: dict[str, list[Any]]
    hlc: str = Field(default="", max_length=64)
    schema_version: str = Field(default="", max_length=32)
    # The person signed in on the device (staff id, hex); "" from older clients.
    actor: str = Field(default="", pattern=r"^([0-9a-f]{32})?$")


class PushRequest(Strict):
    device_id: str = Field(min_length=1, max_length=40)
    protocol: int
    schema_version: str = Field(max_length=32)
    ops: list[Op] = Field(max_length=MAX_OPS_PER_PUSH)
    pending: int = Field(default=0, ge=0)


class OpResult(Strict):
    device_seq: int
    op_id: str
    result: Literal["applied", "merged", "conflict", "rejected"]
    detail: dict[str, Any] = Field(default_factory=dict)


class PushResponse(Strict):
    last_seq: int
    results: list[OpResult]


class Change(Strict):
    entity: str
    row: dict[str, Any]  # the whole row in wire form, including `deleted`
    version: int | None = None  # head office's change-log version: the row's server_version


class PullResponse(Strict):
    cursor: str
    changes: list[Change]
    more: bool
    last_seq: int
    epoch: str
    full_reload: bool = False


class EnrolRequest(Strict):
    code: str = Field(min_length=4, max_length=40)
    device_name: str = Field(default="", max_length=120)
    public_key: str = Field(default="", max_length=200)
    protocol: int


class EnrolResponse(Strict):
    device_id: str
    token: str
    store_id: str
    store_code: str
    epoch: str


class FetchClientRequest(Strict):
    query: str = Field(min_length=3, max_length=200)
    protocol: int


class FetchClientResponse(Strict):
    clients: list[dict[str, Any]]  # id, display name, home store code
    changes: list[Change]  # the fetched clients' whole history, now in this store's scope


class ErrorBody(Strict):
    error: str
    message: str
    last_seq: int | None = None
