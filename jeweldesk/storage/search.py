"""The full-text index of clients (SQLite FTS5) and the queries over it.

One row per client in `client_search`, columns:
- names: every written form of the name; Chinese characters one token each, so
  "美玲" finds 王美玲;
- phonetic: pinyin syllables, joined forms and initials of Chinese names;
- contacts: phone digits (E.164 and national) and the same reversed behind an "r",
  so a phone's last digits are a prefix query; e-mail addresses and handles;
- certificates: lab report numbers, girdle inscriptions and serials of owned pieces.

Kept in step with every ORM write by `install(session_factory)`: the flush that
changes a client, a contact point, an owned piece or a stone re-indexes that client
in the same transaction.
"""

from __future__ import annotations

import json
import re
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers
from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session

from jeweldesk.domain.names import has_cjk, is_cjk, phonetic_keys, split_chinese_name
from jeweldesk.storage.models import Client, ContactPoint, OwnedPiece, Stone

WEIGHTS = (10.0, 6.0, 8.0, 8.0)  # names, phonetic, contacts, certificates
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)


@dataclass(frozen=True)
class ClientDocument:
    names: str
    phonetic: str
    contacts: str
    certificates: str


def _spaced_cjk(value: str) -> str:
    """Put spaces around each CJK character so FTS5 makes each one a token."""
    if value.isascii():
        return value
    return "".join([f" {ch} " if is_cjk(ch) else ch for ch in value])


def phone_tokens(e164: str) -> list[str]:
    digits = re.sub(r"\D", "", e164)
    if not digits:
        return []
    tokens = [digits, "r" + digits[::-1]]
    # Country calling codes are prefix-free: the first 1–3 digits that name one are it.
    # (Cheaper than parsing the number again, which indexing thousands of clients notices.)
    for size in (1, 2, 3):
        if int(digits[:size]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[size:]
            if national:
                tokens += [national, "r" + national[::-1]]
            break
    return tokens


def build_document(
    client: dict, contacts: Iterable[dict], certificates: Iterable[str]
) -> ClientDocument:
    name_fields = [
        client.get("family_name") or "",
        client.get("given_name") or "",
        client.get("name_local") or "",
        client.get("name_romanised") or "",
        client.get("greeting_name") or "",
    ]
    names = " ".join(_spaced_cjk(v) for v in name_fields if v)
    phonetic: list[str] = []
    family, given = client.get("family_name") or "", client.get("given_name") or ""
    local = client.get("name_local") or ""
    if has_cjk(family + given):
        phonetic = phonetic_keys(family, given)
    elif has_cjk(local):
        phonetic = phonetic_keys(*split_chinese_name(local))
    contact_tokens: list[str] = []
    for contact in contacts:
        if contact["kind"] == "phone":
            contact_tokens += phone_tokens(contact["normalised"])
        elif contact["kind"] != "address":
            contact_tokens.append(contact["normalised"] or contact["value"])
    return ClientDocument(
        names=names,
        phonetic=" ".join(phonetic),
        contacts=" ".join(contact_tokens),
        certificates=" ".join(c for c in certificates if c),
    )


# --- writing the index ---------------------------------------------------------------


def _hex(value: uuid.UUID) -> str:
    return value.hex


# Clients indexed per statement group. The ids travel as one JSON array parameter
# (`json_each`), not one bind parameter each: SQLAlchemy's `text()` parsing 500
# placeholders cost more than the lookups themselves.
REINDEX_BATCH = 2_000


def reindex_clients(conn: Connection, client_ids: Iterable[uuid.UUID]) -> None:
    ids = list({i for i in client_ids if i is not None})
    for start in range(0, len(ids), REINDEX_BATCH):
        _reindex_batch(conn, ids[start : start + REINDEX_BATCH])


def _rows(conn: Connection, sql: str, keys: list[str]) -> list:
    """`sql` run with `:keys` standing for the set of ids in `keys`."""
    return conn.exec_driver_sql(
        sql.replace(":keys", "(SELECT value FROM json_each(?))"), (json.dumps(keys),)
    ).all()


def _reindex_batch(conn: Connection, ids: list[uuid.UUID]) -> None:
    keys = [_hex(i) for i in ids]
    clients = {
        row.id: row
        for row in _rows(
            conn,
            "SELECT id, family_name, given_name, name_local, name_romanised, greeting_name, "
            "deleted, erased_at FROM clients WHERE id IN :keys",
            keys,
        )
    }
    contacts: dict[str, list] = defaultdict(list)
    for row in _rows(
        conn,
        "SELECT client_id, kind, value, normalised FROM contact_points WHERE deleted = 0 AND client_id IN :keys",
        keys,
    ):
        contacts[row.client_id].append(row._mapping)
    certificates: dict[str, list[str]] = defaultdict(list)
    for row in _rows(
        conn,
        "SELECT o.client_id, o.serial, s.report_number, s.girdle_inscription "
        "FROM owned_pieces o LEFT JOIN stones s ON s.owned_piece_id = o.id AND s.deleted = 0 "
        "WHERE o.deleted = 0 AND o.client_id IN :keys",
        keys,
    ):
        certificates[row.client_id] += [
            row.serial or "",
            row.report_number or "",
            row.girdle_inscription or "",
        ]
    rowids = dict(
        _rows(conn, "SELECT client_id, rowid FROM search_keys WHERE client_id IN :keys", keys)
    )
    # Batched: one executemany per statement kind, whatever the number of clients.
    stale = [(rowids[k],) for k in keys if k in rowids]
    if stale:
        conn.exec_driver_sql("DELETE FROM client_search WHERE rowid = ?", stale)
    gone = [
        (rowids[k],)
        for k in keys
        if k in rowids and (clients.get(k) is None or clients[k].deleted or clients[k].erased_at)
    ]
    if gone:
        conn.exec_driver_sql("DELETE FROM search_keys WHERE rowid = ?", gone)
    live = [
        k
        for k in keys
        if clients.get(k) is not None and not clients[k].deleted and not clients[k].erased_at
    ]
    fresh = [k for k in live if k not in rowids]
    if fresh:
        conn.exec_driver_sql(
            "INSERT INTO search_keys (client_id, digest) VALUES (?, '')", [(k,) for k in fresh]
        )
        rowids.update(
            _rows(conn, "SELECT client_id, rowid FROM search_keys WHERE client_id IN :keys", fresh)
        )
    documents = []
    for key in live:
        doc = build_document(
            clients[key]._mapping, contacts.get(key, ()), dict.fromkeys(certificates.get(key, ()))
        )
        documents.append((rowids[key], doc.names, doc.phonetic, doc.contacts, doc.certificates))
    if documents:
        conn.exec_driver_sql(
            "INSERT INTO client_search (rowid, names, phonetic, contacts, certificates) VALUES (?, ?, ?, ?, ?)",
            documents,
        )


def rebuild(conn: Connection) -> int:
    """Drop and rebuild the whole index (after a bulk load or a restore)."""
    conn.execute(text("DELETE FROM client_search"))
    conn.execute(text("DELETE FROM search_keys"))
    ids = [
        uuid.UUID(hex=r[0]) for r in conn.execute(text("SELECT id FROM clients WHERE deleted = 0"))
    ]
    reindex_clients(conn, ids)
    return len(ids)


# --- keeping it in step with ORM writes ----------------------------------------------

_PENDING = "jeweldesk_search_pending"


def _touched_clients(session: Session) -> set[uuid.UUID]:
    touched: set[uuid.UUID] = set()
    stones_pieces: set[uuid.UUID] = set()
    for obj in list(session.new) + list(session.dirty) + list(session.deleted):
        if isinstance(obj, Client):
            touched.add(obj.id)
        elif isinstance(obj, ContactPoint | OwnedPiece):
            touched.add(obj.client_id)
        elif isinstance(obj, Stone):
            if obj.owned_piece is not None and obj.owned_piece.client_id is not None:
                touched.add(obj.owned_piece.client_id)
            else:
                stones_pieces.add(obj.owned_piece_id)
    if stones_pieces:
        for piece in stones_pieces:
            owner = session.get(OwnedPiece, piece)
            if owner is not None:
                touched.add(owner.client_id)
    return touched


def _before_flush(session: Session, _ctx, _instances) -> None:
    session.info.setdefault(_PENDING, set()).update(_touched_clients(session))


def _after_flush(session: Session, _ctx) -> None:
    pending = session.info.pop(_PENDING, set())
    if pending:
        reindex_clients(session.connection(), pending)


def install(session_factory) -> None:
    event.listen(session_factory, "before_flush", _before_flush)
    event.listen(session_factory, "after_flush", _after_flush)


# --- querying ------------------------------------------------------------------------

_PHONEISH = re.compile(r"^[\d\s+\-().]+$")


def _quote(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def match_expression(query: str, default_region: str = "CN") -> str | None:
    """Turn what the advisor typed into an FTS5 MATCH expression, or None for nothing."""
    query = query.strip()
    if not query:
        return None
    if _PHONEISH.match(query):
        digits = re.sub(r"\D", "", query)
        if len(digits) < 3:
            return None
        alternatives = [f"{_quote(digits)}*", f"{_quote('r' + digits[::-1])}*"]
        if digits.startswith("0") and len(digits.lstrip("0")) >= 3:
            # A national trunk prefix (06 12… in France): the rest is the national number.
            alternatives.append(f"{_quote(digits.lstrip('0'))}*")
        try:
            parsed = phonenumbers.parse(query, default_region)
            e164 = f"{parsed.country_code}{parsed.national_number}"
            alternatives.append(f"{_quote(e164)}*")
        except phonenumbers.NumberParseException:
            pass
        return " OR ".join(dict.fromkeys(alternatives))
    terms: list[str] = []
    for word in query.split():
        cjk_run: list[str] = []
        for part in re.split(r"(\s+)", _spaced_cjk(word)):
            for token in _TOKEN.findall(part):
                if has_cjk(token):
                    cjk_run.append(token)
                else:
                    if cjk_run:
                        terms.append(_quote(" ".join(cjk_run)))
                        cjk_run = []
                    terms.append(f"{_quote(token.lower())}*")
        if cjk_run:
            terms.append(_quote(" ".join(cjk_run)))
    if not terms:
        return None
    return " AND ".join(terms)


SHORT_QUERY = 2
RANK_CEILING = 2500


def _unranked(conn: Connection, expression: str, limit: int) -> list[str]:
    """First matches, names before pinyin keys before the rest: for queries that match
    so many clients that ranking them all would cost more than the keystroke is worth
    (the next letter narrows the list anyway)."""
    found: list[str] = []
    for columns in ("{names}", "{phonetic}", "{names phonetic contacts certificates}"):
        rows = conn.execute(
            text(
                "SELECT k.client_id FROM client_search "
                "JOIN search_keys k ON k.rowid = client_search.rowid "
                "WHERE client_search MATCH :q LIMIT :limit"
            ),
            {"q": f"{columns} : ({expression})", "limit": limit},
        )
        for (client_id,) in rows:
            if client_id not in found:
                found.append(client_id)
        if len(found) >= limit:
            break
    return found[:limit]


def search_client_ids(
    conn: Connection, query: str, limit: int = 50, region: str = "CN"
) -> list[str]:
    """Client ids (hex) best first."""
    expression = match_expression(query, region)
    if expression is None:
        return []
    typed = query.strip()
    if len(typed) <= SHORT_QUERY and not has_cjk(typed):
        return _unranked(conn, expression, limit)
    matches = conn.execute(
        text("SELECT count(*) FROM client_search WHERE client_search MATCH :q"), {"q": expression}
    ).scalar_one()
    if matches > RANK_CEILING:
        return _unranked(conn, expression, limit)
    rows = conn.execute(
        text(
            "SELECT k.client_id FROM client_search "
            "JOIN search_keys k ON k.rowid = client_search.rowid "
            "WHERE client_search MATCH :q "
            f"ORDER BY bm25(client_search, {', '.join(map(str, WEIGHTS))}) LIMIT :limit"
        ),
        {"q": expression, "limit": limit},
    )
    return [r[0] for r in rows]
