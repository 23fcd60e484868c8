"""A demo store (300 clients, seed 3) built once for the document tests: real pieces
with graded stones, service jobs and appointments with pre-selected pieces."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from jeweldesk.services import Desk
from jeweldesk.storage import models as m


@dataclass(frozen=True)
class Subjects:
    diamond: object  # owned piece with a GIA-graded diamond
    pearls: object  # pearl necklace
    emerald: object
    line: object  # a purchase line
    job: object
    appointment: object


@pytest.fixture(scope="session")
def demo_dir(tmp_path_factory) -> Path:
    from jeweldesk.demo import build

    folder = tmp_path_factory.mktemp("documents-demo")
    build(folder, clients=300, seed=3)
    return folder


@pytest.fixture
def desk(demo_dir, tmp_path) -> Desk:
    """A private copy of the demo store per test: issuing writes rows."""
    for item in demo_dir.iterdir():
        if item.is_file():
            shutil.copy2(item, tmp_path / item.name)
    desk = Desk.open(tmp_path)
    yield desk
    desk.close()


@pytest.fixture
def subjects(desk) -> Subjects:
    with desk.store.sessions() as s:

        def piece_with(*where):
            return s.scalar(
                select(m.OwnedPiece.id)
                .join(m.Stone, m.Stone.owned_piece_id == m.OwnedPiece.id)
                .where(*where)
                .order_by(m.OwnedPiece.id)
                .limit(1)
            )

        return Subjects(
            diamond=piece_with(
                m.Stone.stone_type == "diamond", m.Stone.lab == "GIA", m.Stone.measurements != ""
            ),
            pearls=piece_with(
                m.Stone.stone_type.like("%pearl%"), m.OwnedPiece.category == "necklace"
            ),
            emerald=piece_with(m.Stone.stone_type == "emerald"),
            line=s.scalar(select(m.PurchaseLine.id).order_by(m.PurchaseLine.id).limit(1)),
            job=s.scalar(select(m.ServiceJob.id).order_by(m.ServiceJob.id).limit(1)),
            appointment=s.scalar(
                select(m.Appointment.id)
                .join(m.PreSelection, m.PreSelection.appointment_id == m.Appointment.id)
                .where(m.Appointment.client_id.is_not(None))
                .order_by(m.Appointment.id)
                .limit(1)
            ),
        )


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def font_files(pdf: bytes) -> dict[str, bool]:
    """Each font's base name, and whether its program is embedded (FontFile2)."""
    found: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    return found


def render_png(pdf: bytes, folder: Path, dpi: int = 200) -> list[Path]:
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(source), str(folder / "page")], check=True
    )
    return sorted(folder.glob("page*.png"))
