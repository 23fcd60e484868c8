"""Document figures: certificate and care guide ≤ 150 ms each; appointment brief with
photos ≤ 300 ms; 100 certificates in a batch (reported)."""

from __future__ import annotations

import shutil
import statistics
import time

import pytest
from PIL import Image
from sqlalchemy import select, update

from jeweldesk.services import Desk
from jeweldesk.storage import models as m


@pytest.fixture(scope="module")
def desk(tmp_path_factory):
    from jeweldesk.demo import build

    folder = tmp_path_factory.mktemp("documents-perf")
    build(folder, clients=300, seed=3)
    photos = folder / "photos"
    photos.mkdir()
    with Desk.open(folder) as d, d.store.sessions.begin() as s:
        # Every catalogue piece gets a photograph (800×800 JPEG, as a product shot).
        for i, sku in enumerate(s.scalars(select(m.CataloguePiece.sku)).all()):
            path = photos / f"{sku}.jpg"
            Image.new("RGB", (800, 800), (200 + i % 50, 190, 170)).save(path, quality=85)
            s.execute(
                update(m.CataloguePiece)
                .where(m.CataloguePiece.sku == sku)
                .values(photo_path=f"photos/{sku}.jpg")
            )
    desk = Desk.open(folder)
    yield desk
    desk.close()
    shutil.rmtree(folder, ignore_errors=True)


def _subjects(desk):
    with desk.store.sessions() as s:
        diamond = s.scalar(select(m.Stone.owned_piece_id).where(m.Stone.lab == "GIA").limit(1))
        appt = s.scalar(
            select(m.Appointment.id)
            .join(m.PreSelection, m.PreSelection.appointment_id == m.Appointment.id)
            .where(m.Appointment.client_id.is_not(None))
            .limit(1)
        )
        pieces = s.scalars(select(m.Stone.owned_piece_id).distinct().limit(100)).all()
    return diamond, appt, pieces


def _time(fn, runs: int = 15) -> tuple[float, float]:
    fn()  # fonts registered, caches warm
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times)


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_certificate_and_care_guide_within_150ms(desk, lang):
    diamond, _, _ = _subjects(desk)
    for kind in ("certificate", "care_guide"):
        median, worst = _time(lambda kind=kind: desk.documents.issue(kind, diamond, lang=lang))
        print(f"\n{kind} {lang}: median {median:.0f} ms, worst {worst:.0f} ms")
        assert median <= 150


def test_brief_with_photos_within_300ms(desk):
    _, appt, _ = _subjects(desk)
    median, worst = _time(lambda: desk.documents.appointment_brief(appt, lang="zh_CN"))
    print(f"\nappointment brief with photos: median {median:.0f} ms, worst {worst:.0f} ms")
    assert median <= 300


def test_hundred_certificates_in_a_batch(desk):
    _, _, pieces = _subjects(desk)
    assert len(pieces) == 100
    started = time.perf_counter()
    numbers = [desk.documents.certificate(p, lang="en").value.document.number for p in pieces]
    seconds = time.perf_counter() - started
    print(f"\n100 certificates: {seconds:.1f} s ({seconds * 10:.0f} ms each)")
    assert len(set(numbers)) == 100
