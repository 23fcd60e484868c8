"""Head-office console: read-only pages for signed-in head-office staff.

Sessions live in a signed cookie (HMAC-SHA256 over the staff id and the expiry, keyed
by a secret kept in the database), so any worker can check any request and no worker
holds session state. Every page re-reads the staff row, so deactivating a person or
changing their role ends their session at once."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import time
import uuid
from collections import defaultdict
from urllib.parse import parse_qs, quote, urlsplit

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from jeweldesk.domain.contacts import format_phone, normalise_phone
from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.names import display_name
from jeweldesk.domain.vocab import Role
from jeweldesk.headoffice.console_texts import (
    Words,
    language_from_header,
    readable,
    templates_for,
)
from jeweldesk.storage.models import Base

log = logging.getLogger(__name__)

COOKIE = "jd_console"
SESSION_LIFETIME = dt.timedelta(hours=8)
PHONE_REGIONS = ("CN", "HK", "FR")
SEARCH_LIMIT = 50
MAX_FORM = 8 * 1024

T = Base.metadata.tables
Stores, Staff, Devices, Conflicts = T["stores"], T["staff"], T["devices"], T["sync_conflicts"]
Clients, Contacts, Notes = T["clients"], T["contact_points"], T["notes"]
Purchases, Lines = T["purchases"], T["purchase_lines"]
Owned, Stones, Appointments = T["owned_pieces"], T["stones"], T["appointments"]

_hasher = PasswordHasher()
# Verified when the e-mail is unknown, so a wrong e-mail takes as long as a wrong
# password and the form does not reveal who has an account.
_DUMMY_HASH = _hasher.hash("not a password anyone has")


# --- sessions ------------------------------------------------------------------------


class Sessions:
    """Signs and checks console session cookies with a secret every worker shares."""

    def __init__(self, ho) -> None:
        self.ho = ho
        self._key: bytes | None = None

    @property
    def key(self) -> bytes:
        if self._key is None:
            try:
                secret = self.ho.secret("console_secret")
            except IntegrityError:  # another worker created it at the same moment
                secret = self.ho.secret("console_secret")
            self._key = secret.encode()
        return self._key

    def _mac(self, payload: str) -> str:
        return hmac.new(self.key, payload.encode(), hashlib.sha256).hexdigest()

    def issue(self, staff_id: uuid.UUID, now: float | None = None) -> str:
        expires = int((now or time.time()) + SESSION_LIFETIME.total_seconds())
        payload = f"{staff_id.hex}.{expires}"
        return f"{payload}.{self._mac(payload)}"

    def check(self, cookie: str | None, now: float | None = None) -> uuid.UUID | None:
        """The staff id a valid, unexpired cookie names, or None."""
        if not cookie or len(cookie) > 200:
            return None
        staff_hex, _, rest = cookie.partition(".")
        expires, _, mac = rest.partition(".")
        if not hmac.compare_digest(mac, self._mac(f"{staff_hex}.{expires}")):
            return None
        try:
            if int(expires) < (now or time.time()):
                return None
            return uuid.UUID(hex=staff_hex)
        except ValueError:
            return None


# --- formatting ----------------------------------------------------------------------


def client_name(row) -> str:
    return (
        display_name(
            family=row["family_name"] or "",
            given=row["given_name"] or "",
            name_local=row["name_local"] or "",
            romanised=row["name_romanised"] or "",
            given_first=str(row["name_order"]) in ("given_first", "NameOrder.GIVEN_FIRST"),
        )
        or "(no name)"
    )


def _safe_next(target: str | None) -> str:
    """Only a path inside the console: never an open redirect."""
    if not target:
        return "/console"
    parts = urlsplit(target)
    if (
        parts.scheme
        or parts.netloc
        or not parts.path.startswith("/console")
        or target.startswith("//")
    ):
        return "/console"
    return target


# --- queries -------------------------------------------------------------------------


def _network(conn) -> list[dict]:
    stores = [
        dict(r)
        for r in conn.execute(
            select(Stores).where(Stores.c.deleted.is_(False)).order_by(Stores.c.code)
        ).mappings()
    ]
    clients = dict(
        conn.execute(
            select(Clients.c.home_store_id, func.count())
            .where(Clients.c.deleted.is_(False), Clients.c.erased_at.is_(None))
            .group_by(Clients.c.home_store_id)
        ).all()
    )
    # A conflict on a client's record carries the client, not always a store: it
    # counts for the client's home store.
    store_of = func.coalesce(Conflicts.c.store_id, Clients.c.home_store_id)
    conflicts = dict(
        conn.execute(
            select(store_of, func.count())
            .select_from(Conflicts.outerjoin(Clients, Clients.c.id == Conflicts.c.client_id))
            .where(Conflicts.c.resolved_at.is_(None), Conflicts.c.deleted.is_(False))
            .group_by(store_of)
        ).all()
    )
    devices = defaultdict(list)
    for d in conn.execute(select(Devices).order_by(Devices.c.enrolled_at)).mappings():
        devices[d["store_id"]].append(dict(d))
    for store in stores:
        store["devices"] = devices.get(store["id"], [])
        store["active_devices"] = sum(
            1 for d in store["devices"] if not d["revoked_at"] and not d["replaced_by"]
        )
        store["client_count"] = clients.get(store["id"], 0)
        store["open_conflicts"] = conflicts.get(store["id"], 0)
    return stores


def _open_conflicts(conn) -> list[dict]:
    rows = [
        dict(r)
        for r in conn.execute(
            select(Conflicts)
            .where(Conflicts.c.resolved_at.is_(None), Conflicts.c.deleted.is_(False))
            .order_by(Conflicts.c.detected_at.desc())
            .limit(500)
        ).mappings()
    ]
    stores = {
        r["id"]: r
        for r in conn.execute(select(Stores.c.id, Stores.c.code, Stores.c.timezone)).mappings()
    }
    device_ids = {r["theirs_device"] for r in rows} | {r["mine_device"] for r in rows}
    devices = (
        {
            r["id"]: r
            for r in conn.execute(
                select(Devices.c.id, Devices.c.name, Devices.c.store_id).where(
                    Devices.c.id.in_(device_ids)
                )
            ).mappings()
        }
        if device_ids
        else {}
    )
    client_ids = {r["client_id"] for r in rows if r["client_id"]}
    clients = (
        {
            r["id"]: r
            for r in conn.execute(select(Clients).where(Clients.c.id.in_(client_ids))).mappings()
        }
        if client_ids
        else {}
    )

    def who(device_id: str) -> dict:
        found = devices.get(device_id)
        if found is None:
            return {
                "id": device_id,
                "name": "head office" if device_id == "headoffice" else "",
                "store": "",
            }
        store = stores.get(found["store_id"])
        return {"id": device_id, "name": found["name"], "store": store["code"] if store else ""}

    for row in rows:
        client = clients.get(row["client_id"])
        store = stores.get(row["store_id"] or (client["home_store_id"] if client else None))
        row["store_code"] = store["code"] if store else ""
        row["zone"] = store["timezone"] if store else None
        row["theirs"] = who(row["theirs_device"])
        row["mine"] = who(row["mine_device"])
        row["client_name"] = client_name(client) if client else ""
    return rows


def _phone_candidates(query: str) -> list[str]:
    found = []
    for region in PHONE_REGIONS:
        try:
            found.append(normalise_phone(query, region))
        except ValidationError:
            continue
    return list(dict.fromkeys(found))


def search_clients(conn, query: str) -> list[dict]:
    """Clients whose name contains the query (any script, case-insensitive) or who
    have the phone number, in any of the network's usual formats."""
    query = " ".join(query.split())
    if not query:
        return []
    phones = _phone_candidates(query) if sum(ch.isdigit() for ch in query) >= 7 else []
    if phones:
        condition: ColumnElement[bool] = Clients.c.id.in_(
            select(Contacts.c.client_id).where(
                Contacts.c.normalised.in_(phones), Contacts.c.deleted.is_(False)
            )
        )
    else:
        folded = query.lower()
        columns = [
            Clients.c.name_local,
            Clients.c.name_romanised,
            Clients.c.family_name,
            Clients.c.given_name,
            Clients.c.family_name + " " + Clients.c.given_name,
            Clients.c.given_name + " " + Clients.c.family_name,
        ]
        condition = or_(*(func.lower(c).contains(folded, autoescape=True) for c in columns))
    rows = (
        conn.execute(
            select(Clients, Stores.c.code.label("store_code"))
            .join(Stores, Stores.c.id == Clients.c.home_store_id)
            .where(condition, Clients.c.deleted.is_(False), Clients.c.erased_at.is_(None))
            .order_by(Clients.c.name_romanised, Clients.c.name_local, Clients.c.family_name)
            .limit(SEARCH_LIMIT)
        )
        .mappings()
        .all()
    )
    ids = [r["id"] for r in rows]
    phones_of: dict = defaultdict(list)
    if ids:
        for c in conn.execute(
            select(Contacts.c.client_id, Contacts.c.normalised).where(
                Contacts.c.client_id.in_(ids),
                Contacts.c.kind == "phone",
                Contacts.c.deleted.is_(False),
            )
        ):
            phones_of[c.client_id].append(format_phone(c.normalised))
    return [
        {
            "id": r["id"],
            "name": client_name(r),
            "store": r["store_code"],
            "phones": phones_of.get(r["id"], []),
            "segment": r["segment"],
        }
        for r in rows
    ]


def client_record(conn, client_id: uuid.UUID) -> dict | None:
    """One client across every store: identity, contacts, purchases per store, notes
    (sensitive ones withheld), owned pieces with their stones, appointments."""
    client = (
        conn.execute(select(Clients).where(Clients.c.id == client_id, Clients.c.deleted.is_(False)))
        .mappings()
        .first()
    )
    if client is None:
        return None
    stores = {r["id"]: dict(r) for r in conn.execute(select(Stores)).mappings()}
    staff = dict(conn.execute(select(Staff.c.id, Staff.c.name)).all())
    home = stores.get(client["home_store_id"], {})
    zone = home.get("timezone")

    contacts = (
        conn.execute(
            select(Contacts)
            .where(Contacts.c.client_id == client_id, Contacts.c.deleted.is_(False))
            .order_by(Contacts.c.kind, Contacts.c.is_primary.desc())
        )
        .mappings()
        .all()
    )

    purchases = [
        dict(r)
        for r in conn.execute(
            select(Purchases)
            .where(Purchases.c.client_id == client_id, Purchases.c.deleted.is_(False))
            .order_by(Purchases.c.purchased_at.desc())
        ).mappings()
    ]
    lines = defaultdict(list)
    if purchases:
        for line in conn.execute(
            select(Lines).where(
                Lines.c.purchase_id.in_([p["id"] for p in purchases]), Lines.c.deleted.is_(False)
            )
        ).mappings():
            lines[line["purchase_id"]].append(dict(line))
    by_store: dict = defaultdict(list)
    for p in purchases:
        store = stores.get(p["store_id"], {})
        p["lines"] = lines.get(p["id"], [])
        p["store_code"] = store.get("code", "")
        p["zone"] = store.get("timezone")
        p["advisor"] = staff.get(p["advisor_id"], "")
        by_store[p["store_code"]].append(p)

    notes = (
        conn.execute(
            select(Notes)
            .where(Notes.c.client_id == client_id, Notes.c.deleted.is_(False))
            .order_by(Notes.c.pinned.desc(), Notes.c.created_at.desc())
        )
        .mappings()
        .all()
    )
    superseded = {n["supersedes_id"] for n in notes if n["supersedes_id"]}
    shown, withheld = [], 0
    for n in notes:
        if n["id"] in superseded:
            continue
        if n["sensitive"]:
            withheld += 1
            continue
        store = stores.get(n["store_id"], {})
        shown.append(
            {
                **n,
                "store_code": store.get("code", ""),
                "author": staff.get(n["author_id"], ""),
                "zone": store.get("timezone", zone),
            }
        )

    pieces = [
        dict(r)
        for r in conn.execute(
            select(Owned)
            .where(Owned.c.client_id == client_id, Owned.c.deleted.is_(False))
            .order_by(Owned.c.acquired_on)
        ).mappings()
    ]
    stones = defaultdict(list)
    if pieces:
        for s in conn.execute(
            select(Stones)
            .where(
                Stones.c.owned_piece_id.in_([p["id"] for p in pieces]), Stones.c.deleted.is_(False)
            )
            .order_by(Stones.c.position)
        ).mappings():
            stones[s["owned_piece_id"]].append(dict(s))
    for p in pieces:
        p["stones"] = stones.get(p["id"], [])
        p["store_code"] = stores.get(p["store_id"], {}).get("code", "")

    appointments = []
    for a in conn.execute(
        select(Appointments)
        .where(Appointments.c.client_id == client_id, Appointments.c.deleted.is_(False))
        .order_by(Appointments.c.starts_at.desc())
    ).mappings():
        store = stores.get(a["store_id"], {})
        appointments.append(
            {
                **a,
                "store_code": store.get("code", ""),
                "zone": store.get("timezone"),
                "advisor": staff.get(a["advisor_id"], ""),
            }
        )

    open_conflicts = conn.execute(
        select(func.count())
        .select_from(Conflicts)
        .where(
            Conflicts.c.client_id == client_id,
            Conflicts.c.resolved_at.is_(None),
            Conflicts.c.deleted.is_(False),
        )
    ).scalar_one()
    return {
        "client": dict(client),
        "name": client_name(client),
        "home": home,
        "zone": zone,
        "created_by": staff.get(client["created_by_id"], ""),
        "contacts": [
            {
                **c,
                "shown": format_phone(c["normalised"])
                if readable(c["kind"]) == "phone"
                else c["value"],
            }
            for c in contacts
        ],
        "purchases_by_store": dict(sorted(by_store.items())),
        "purchase_count": len(purchases),
        "notes": shown,
        "withheld": withheld,
        "pieces": pieces,
        "appointments": appointments,
        "open_conflicts": open_conflicts,
    }


# --- the pages -----------------------------------------------------------------------


def mount_console(app: FastAPI, ho) -> None:
    """Add the console's pages under /console."""
    sessions = Sessions(ho)

    def signed_in(request: Request) -> dict | None:
        staff_id = sessions.check(request.cookies.get(COOKIE))
        if staff_id is None:
            return None
        with ho.reading() as conn:
            person = conn.execute(select(Staff).where(Staff.c.id == staff_id)).mappings().first()
        if (
            person is None
            or not person["active"]
            or person["deleted"]
            or person["role"] != Role.HEAD_OFFICE
        ):
            return None
        return dict(person)

    def to_login(request: Request) -> RedirectResponse:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        response = RedirectResponse(
            f"/console/login?next={quote(target, safe='')}", status_code=303
        )
        response.delete_cookie(COOKIE, path="/console")
        return response

    def page(request: Request, name: str, context: dict, status: int = 200) -> HTMLResponse:
        """A page in the signed-in person's language, or the browser's before signing in."""
        me = context.get("me")
        words = Words(
            me["language"] if me else language_from_header(request.headers.get("accept-language"))
        )
        response = templates_for(words.language).TemplateResponse(
            request, name, {**context, "t": words}, status_code=status
        )
        response.headers["Content-Language"] = words.html_lang
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"
        )
        response.headers["Referrer-Policy"] = "same-origin"
        return response

    def same_origin(request: Request) -> bool:
        """Refuse cross-site form posts (a browser always sends Origin on a POST)."""
        origin = request.headers.get("origin")
        if not origin or origin == "null":
            return origin is None
        host = request.headers.get("host", "")
        return urlsplit(origin).netloc == host

    @app.get("/console/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(request: Request, next: str = "/console"):
        return page(request, "login.html", {"next": _safe_next(next), "email": "", "error": ""})

    @app.post("/console/login", response_class=HTMLResponse, include_in_schema=False)
    async def login(request: Request):
        if not same_origin(request):
            return Response("cross-site form refused", status_code=403)
        body = await request.body()
        form = {k: v[0] for k, v in parse_qs(body[:MAX_FORM].decode("utf-8", "replace")).items()}
        email = form.get("email", "").strip().lower()
        password = form.get("password", "")
        target = _safe_next(form.get("next"))
        person = await run_in_threadpool(_check_password, ho, email, password)
        if person is None:
            log.info("console sign-in refused")
            return page(
                request,
                "login.html",
                {"next": target, "email": email, "error": "login.refused"},
                status=401,
            )
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(
            COOKIE,
            sessions.issue(person["id"]),
            max_age=int(SESSION_LIFETIME.total_seconds()),
            path="/console",
            httponly=True,
            samesite="lax",
            secure=request.url.scheme == "https",
        )
        log.info("console sign-in by staff %s", person["id"])
        return response

    @app.post("/console/logout", include_in_schema=False)
    def logout(request: Request):
        if not same_origin(request):
            return Response("cross-site form refused", status_code=403)
        response = RedirectResponse("/console/login", status_code=303)
        response.delete_cookie(COOKIE, path="/console")
        return response

    @app.get("/console", response_class=HTMLResponse, include_in_schema=False)
    def stores_page(request: Request):
        person = signed_in(request)
        if person is None:
            return to_login(request)
        with ho.reading() as conn:
            stores = _network(conn)
        return page(
            request,
            "stores.html",
            {"me": person, "stores": stores, "nav": "stores", "epoch": ho.epoch},
        )

    @app.get("/console/conflicts", response_class=HTMLResponse, include_in_schema=False)
    def conflicts_page(request: Request):
        person = signed_in(request)
        if person is None:
            return to_login(request)
        with ho.reading() as conn:
            rows = _open_conflicts(conn)
        return page(
            request, "conflicts.html", {"me": person, "conflicts": rows, "nav": "conflicts"}
        )

    @app.get("/console/clients", response_class=HTMLResponse, include_in_schema=False)
    def clients_page(request: Request, q: str = ""):
        person = signed_in(request)
        if person is None:
            return to_login(request)
        q = q[:200]
        with ho.reading() as conn:
            results = search_clients(conn, q)
        return page(
            request,
            "clients.html",
            {"me": person, "q": q, "results": results, "nav": "clients", "limit": SEARCH_LIMIT},
        )

    @app.get("/console/clients/{client_id}", response_class=HTMLResponse, include_in_schema=False)
    def client_page(request: Request, client_id: str):
        person = signed_in(request)
        if person is None:
            return to_login(request)
        record = None
        try:
            wanted = uuid.UUID(client_id)
        except ValueError:
            wanted = None
        if wanted is not None:
            with ho.reading() as conn:
                record = client_record(conn, wanted)
        if record is None:
            return page(request, "not_found.html", {"me": person, "nav": "clients"}, status=404)
        return page(request, "client.html", {"me": person, "nav": "clients", **record})


def _check_password(ho, email: str, password: str) -> dict | None:
    """The head-office staff member these credentials belong to, or None."""
    with ho.reading() as conn:
        person = (
            conn.execute(select(Staff).where(Staff.c.email == email)).mappings().first()
            if email
            else None
        )
    digest = person["pin_hash"] if person is not None and person["pin_hash"] else _DUMMY_HASH
    try:
        ok = _hasher.verify(digest, password) and digest is not _DUMMY_HASH
    except (VerificationError, InvalidHashError):
        ok = False
    if not ok or person is None:
        return None
    if person["role"] != Role.HEAD_OFFICE or not person["active"] or person["deleted"]:
        return None
    return dict(person)
