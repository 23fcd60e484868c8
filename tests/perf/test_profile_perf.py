"""Opening a client profile with 200 notes and 50 purchases: ≤ 50 ms in the service
layer, in the 100,000-client store."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select

from jeweldesk.services import Desk
from jeweldesk.services.possessions import LineDraft, StoneDraft
from jeweldesk.storage import models as m
from tests.perf.conftest import describe, p95, timings

BUDGET_MS = 50.0


def _heavy_client(desk: Desk, folder) -> uuid.UUID:
    marker = folder / "heavy-client.id"
    if marker.exists():
        return uuid.UUID(marker.read_text().strip())
    client = desk.clients.create(
        name_local="顾清扬", phones=["139 1111 2222"], emails=["gu@example.com"]
    ).value
    with desk.store.sessions() as s:
        pieces = s.scalars(select(m.CataloguePiece.id).limit(50)).all()
    start = dt.datetime.now(dt.UTC) - dt.timedelta(days=3 * 365)
    for n in range(50):
        desk.purchases.record(
            client.id,
            [
                LineDraft(
                    "12800",
                    piece_id=pieces[n % len(pieces)],
                    serial=f"HV{n:04d}",
                    stones=[
                        StoneDraft(
                            "diamond",
                            carat="0.52",
                            colour="F",
                            clarity="VS2",
                            lab="GIA",
                            report_number=f"77{n:08d}",
                        )
                    ],
                )
            ],
            purchased_at=start + dt.timedelta(days=20 * n),
        )
    for n in range(200):
        desk.notes.add(
            client.id,
            f"Visit {n}: tried the Étoile pieces; 喜欢铂金和简约款式。",
            pinned=n % 40 == 0,
        )
    for kind, value in (
        ("metal", "platinum"),
        ("style", "minimal"),
        ("refreshment", "jasmine tea"),
        ("allergy", "nickel"),
    ):
        desk.preferences.add(client.id, kind, value)
    marker.write_text(str(client.id))
    return client.id


def test_profile_with_200_notes_and_50_purchases(demo_100k):
    desk = Desk.open(demo_100k)
    try:
        client_id = _heavy_client(desk, demo_100k)
        profile = desk.clients.profile(client_id)
        assert (
            len(profile.notes) >= 200
            and len(profile.purchases) >= 50
            and len(profile.jewellery_box) >= 50
        )
        ms = timings(lambda cid: desk.clients.profile(cid), [client_id] * 40)
        print("\n" + describe("profile (200 notes, 50 purchases)", ms))
        assert p95(ms) <= BUDGET_MS
    finally:
        desk.close()
