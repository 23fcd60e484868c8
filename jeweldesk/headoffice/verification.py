"""Head office's public verification page: anyone holding a certificate scans its QR
code (or types its number) and learns whether it is genuine, void or unknown, with
the piece's description. No client data is shown. `GET /verify/keys.json` publishes
the devices' public keys so store devices can verify each other's documents offline."""

from __future__ import annotations

import html
import threading

from fastapi import FastAPI, Query
from fastapi.responses import HTMLResponse, JSONResponse
from sqlalchemy import select

from jeweldesk.documents.signing import key_id
from jeweldesk.documents.verify import (
    ERASED,
    GENUINE,
    VOID,
    KeyRing,
    Record,
    Verdict,
    verify_record,
)
from jeweldesk.storage.models import Base

Devices, Documents = Base.metadata.tables["devices"], Base.metadata.tables["issued_documents"]

_WORDS = {
    GENUINE: (
        "Genuine",
        "This document was issued by the house and has not been altered.",
        "#2E6B4F",
    ),
    VOID: (
        "Void",
        "This document was issued by the house and later voided; it is no longer valid.",
        "#9A3B2E",
    ),
    ERASED: (
        "Issued by the house",
        "This document was issued by the house. Its holder's personal details have since "
        "been erased at their request, so the record keeps only the piece and the issue; the printed document "
        "carries its own signature.",
        "#2E6B4F",
    ),
}
_UNKNOWN = ("Unknown", "The house holds no valid document with this number.", "#6E7781")

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title} · Verification</title>
<style>body{{font-family:Georgia,serif;background:#FBF8F2;color:#1F2A36;margin:0;padding:48px 20px}}
main{{max-width:560px;margin:auto;background:#fff;border:1px solid #A8874B;padding:40px}}
h1{{letter-spacing:.2em;font-weight:normal;font-size:14px;color:#A8874B;text-transform:uppercase}}
.verdict{{font-size:30px;color:{colour};margin:8px 0}} dt{{font-size:11px;color:#6E7781;text-transform:uppercase;letter-spacing:.1em;margin-top:14px}}
dd{{margin:2px 0 0;font-size:16px}}</style></head><body><main>
<h1>Document verification</h1><p class="verdict">{title}</p><p>{explanation}</p><dl>{details}</dl></main></body></html>"""


class PublishedKeys:
    """Devices' public keys by key id, re-read when a key is not yet known."""

    def __init__(self, ho) -> None:
        self.ho = ho
        self._ring = KeyRing()
        self._lock = threading.Lock()

    def refresh(self) -> None:
        with self.ho.reading() as conn:
            keys = (
                conn.execute(select(Devices.c.public_key).where(Devices.c.public_key != ""))
                .scalars()
                .all()
            )
        ring = KeyRing()
        for public_key in keys:
            try:
                ring.add(public_key)
            except ValueError:
                continue
        with self._lock:
            self._ring = ring

    def ring_for(self, kid: str) -> KeyRing:
        if self._ring.get(kid) is None:
            self.refresh()
        return self._ring


def lookup(ho, number: str) -> Record | None:
    with ho.reading() as conn:
        row = (
            conn.execute(
                select(Documents).where(
                    Documents.c.number == number.strip().upper(), Documents.c.deleted.is_(False)
                )
            )
            .mappings()
            .first()
        )
    if row is None:
        return None
    status = getattr(row["status"], "value", row["status"])
    return Record(
        row["number"],
        str(status),
        row["payload"] or {},
        row["signature"],
        row["signing_key_id"],
        row["void_reason"],
    )


def verdict_for(ho, keys: PublishedKeys, number: str, signature: str = "") -> Verdict:
    record = lookup(ho, number)
    verdict = verify_record(number, record, keys.ring_for(record.signing_key_id if record else ""))
    if (
        signature
        and record is not None
        and signature != record.signature
        and verdict.status in (GENUINE, VOID, ERASED)
    ):
        # The QR code's signature is not this record's: the printed document is not the one issued.
        return Verdict(
            "forged", verdict.number, reason="the scanned code does not match the issued document"
        )
    return verdict


def mount_verification(app: FastAPI, ho) -> None:
    """Add `GET /verify/{number}` (public HTML page) and `GET /verify/keys.json`."""
    keys = PublishedKeys(ho)

    @app.get("/verify/keys.json", include_in_schema=False)
    def published_keys() -> JSONResponse:
        keys.refresh()
        with ho.reading() as conn:
            found = (
                conn.execute(select(Devices.c.public_key).where(Devices.c.public_key != ""))
                .scalars()
                .all()
            )
        body = {"keys": {key_id(k): k for k in found}}
        return JSONResponse(body, headers={"Cache-Control": "public, max-age=300"})

    @app.get("/verify/{number}", response_class=HTMLResponse, include_in_schema=False)
    def verify_page(
        number: str,
        s: str = Query(default="", max_length=200),
        k: str = Query(default="", max_length=64),
    ):
        verdict = verdict_for(ho, keys, number[:60], s)
        title, explanation, colour = _WORDS.get(verdict.status, _UNKNOWN)
        details = [("Number", verdict.number or number[:60])]
        if verdict.status in _WORDS:
            details += [
                ("Document", verdict.kind.replace("_", " ")),
                ("Piece", verdict.description),
                ("Issued", verdict.issued_at[:10]),
            ]
        body = PAGE.format(
            title=title,
            explanation=explanation,
            colour=colour,
            details="".join(
                f"<dt>{html.escape(a)}</dt><dd>{html.escape(b)}</dd>" for a, b in details if b
            ),
        )
        response = HTMLResponse(body, status_code=200 if verdict.status in _WORDS else 404)
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'"
        )
        return response
