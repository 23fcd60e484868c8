"""Verifying a document offline: a PDF by its seal and signature, a number by the
issued-document record, both against the public keys this device knows (its own and
those head office publishes).

A PDF carries, in its information dictionary, the document's data (canonical JSON),
the issuing device's Ed25519 signature over it and a seal: a signature over the
SHA-256 of the whole file. Changing one byte of the file breaks the seal; a made-up
number fails its check character or is unknown; a record whose signature does not
verify is forged; a voided document verifies as void. A record whose holder was erased
(anonymised at their request) keeps the piece and the issue but not the data its
signature covered: it verifies as "erased", while the printed PDF, which still carries
its signed data, verifies as genuine."""

from __future__ import annotations

import base64
import binascii
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jeweldesk.documents.data import canonical
from jeweldesk.documents.numbers import well_formed
from jeweldesk.documents.page import unseal
from jeweldesk.documents.signing import device_key, key_id, verify_signature
from jeweldesk.domain.erasure import ERASED_MARK

TRUSTED_KEYS_FILENAME = "trusted_keys.json"

GENUINE, VOID, UNKNOWN, FORGED, TAMPERED, UNVERIFIABLE = (
    "genuine",
    "void",
    "unknown",
    "forged",
    "tampered",
    "unverifiable",
)
ERASED = "erased"  # issued by the house; the holder's details since erased at their request


@dataclass(frozen=True)
class Verdict:
    status: str  # genuine, void, unknown, forged, tampered, unverifiable, erased
    number: str = ""
    kind: str = ""
    description: str = ""
    issued_at: str = ""
    key_id: str = ""
    reason: str = ""

    @property
    def genuine(self) -> bool:
        return self.status == GENUINE


@dataclass(frozen=True)
class Record:
    """What verification needs of an issued-document row."""

    number: str
    status: str
    payload: dict
    signature: str
    signing_key_id: str
    void_reason: str = ""


@dataclass
class KeyRing:
    """Public keys by key id."""

    keys: dict[str, str] = field(default_factory=dict)

    def add(self, public_key: str) -> str:
        kid = key_id(public_key)
        self.keys[kid] = public_key
        return kid

    def get(self, kid: str) -> str | None:
        return self.keys.get(kid)

    @classmethod
    def for_device(cls, data_dir: str | os.PathLike[str]) -> KeyRing:
        """This device's own key and the keys head office published to it."""
        ring = cls()
        path = Path(data_dir) / TRUSTED_KEYS_FILENAME
        if path.is_file():
            for public_key in json.loads(path.read_text(encoding="utf-8")).get("keys", {}).values():
                ring.add(public_key)
        ring.add(device_key(data_dir).public_key)
        return ring


def trust_keys(data_dir: str | os.PathLike[str], public_keys: list[str]) -> int:
    """Remember published public keys (head office's `/verify/keys.json`)."""
    path = Path(data_dir) / TRUSTED_KEYS_FILENAME
    known = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {"keys": {}}
    for public_key in public_keys:
        known["keys"][key_id(public_key)] = public_key
    path.write_text(json.dumps(known, indent=1, sort_keys=True), encoding="utf-8")
    return len(known["keys"])


def describe(payload: dict) -> tuple[str, str, str]:
    """(kind, description, issued at) printed by a verdict, from a document's data."""
    issue = payload.get("issue", {})
    piece = payload.get("piece") or {}
    description = piece.get("description", "")
    stones = piece.get("stones") or []
    if stones:
        s = stones[0]
        extra = " ".join(
            x
            for x in (
                f"{s.get('carat')} ct" if s.get("carat") else "",
                s.get("colour", ""),
                s.get("clarity", ""),
                s.get("stone_type", ""),
            )
            if x
        )
        description = f"{description} ({extra})" if extra else description
    return issue.get("kind", ""), description, issue.get("issued_at", "")


def verify_record(number: str, record: Record | None, keys: KeyRing) -> Verdict:
    """A number against the issued-document record this device (or head office) holds."""
    number = number.strip().upper()
    if not well_formed(number):
        return Verdict(FORGED, number, reason="not a number this house issues (check character)")
    if record is None:
        return Verdict(UNKNOWN, number, reason="no document with this number")
    kind, description, issued_at = describe(record.payload)
    common = dict(
        number=number,
        kind=kind,
        description=description,
        issued_at=issued_at,
        key_id=record.signing_key_id,
    )
    public = keys.get(record.signing_key_id)
    if public is None:
        return Verdict(
            UNVERIFIABLE, reason="signed by a device whose key this one does not know", **common
        )
    if record.payload.get("issue", {}).get("number") != record.number:
        return Verdict(FORGED, reason="the record's signature does not verify", **common)
    if record.status == VOID:
        return Verdict(VOID, reason=record.void_reason, **common)
    if record.payload.get(ERASED_MARK) is True:
        return Verdict(
            ERASED,
            reason="the holder's personal details were erased at their request: the record no"
            " longer carries the signed data; the printed document's own signature still verifies",
            **common,
        )
    if not verify_signature(public, canonical(record.payload), record.signature):
        return Verdict(FORGED, reason="the record's signature does not verify", **common)
    return Verdict(GENUINE, **common)


def pdf_claims(pdf: bytes) -> dict[str, str]:
    """JewelDesk's entries in a PDF's information dictionary."""
    from pypdf import PdfReader

    try:
        info = PdfReader(io.BytesIO(pdf)).metadata or {}
    except Exception:  # any unreadable file is simply not a document
        return {}
    return {k[1:]: str(v) for k, v in info.items() if k.startswith("/JD")}


def verify_pdf(
    pdf: bytes, keys: KeyRing, lookup: Callable[[str], Record | None] | None = None
) -> Verdict:
    """A PDF: its seal over the file, its signature over its data, and, where the
    device holds the record, the record's status (void)."""
    claims = pdf_claims(pdf)
    number = claims.get("JDNumber", "")
    if not number:
        return Verdict(UNKNOWN, reason="not a document issued by JewelDesk")
    if "JDSignature" not in claims:
        return Verdict(UNVERIFIABLE, number, reason="the document is not signed")
    try:
        payload_bytes = base64.b64decode(claims.get("JDPayload", ""), validate=True)
        payload: dict[str, Any] = json.loads(payload_bytes)
    except (binascii.Error, ValueError):
        return Verdict(TAMPERED, number, reason="the signed data cannot be read")
    kind, description, issued_at = describe(payload)
    common = dict(
        number=number,
        kind=kind,
        description=description,
        issued_at=issued_at,
        key_id=claims.get("JDKeyId", ""),
    )
    sealed = unseal(pdf)
    seal_key = keys.get(claims.get("JDSealKeyId", ""))
    signing_key = keys.get(claims.get("JDKeyId", ""))
    if seal_key is None or signing_key is None:
        return Verdict(
            UNVERIFIABLE, reason="signed by a device whose key this one does not know", **common
        )
    if sealed is None or not verify_signature(seal_key, sealed[0], sealed[1]):
        return Verdict(TAMPERED, reason="the file was changed after it was issued", **common)
    record = lookup(number) if lookup else None
    if payload.get("issue", {}).get("number") != number or not verify_signature(
        signing_key, payload_bytes, claims["JDSignature"]
    ):
        if (
            record is not None
            and record.payload.get(ERASED_MARK) is True
            and record.signature == claims["JDSignature"]
        ):
            # A copy drawn after the holder was erased: the house's document, sealed
            # whole, whose data no longer matches the signature by design.
            return Verdict(
                ERASED,
                reason="a copy made after the holder's personal details were erased at their"
                " request; the document was issued by the house",
                **common,
            )
        return Verdict(TAMPERED, reason="the document's signature does not verify", **common)
    if record is not None:
        if record.signature != claims["JDSignature"]:
            return Verdict(FORGED, reason="another document holds this number", **common)
        if record.status == VOID:
            return Verdict(VOID, reason=record.void_reason, **common)
    return Verdict(GENUINE, **common)
