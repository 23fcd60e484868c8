"""What the appointment editor reads, on the database thread: an open appointment
with its client and pieces, the title a booking is given, the stock's collections."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jeweldesk.domain.messages import render
from jeweldesk.domain.vocab import OPEN_APPOINTMENT

if TYPE_CHECKING:
    from jeweldesk.services import Desk


@dataclass(frozen=True)
class Loaded:
    """An open appointment with what the editor shows of it."""

    appointment: Any
    selections: tuple[Any, ...]
    checklist: tuple[Any, ...]
    client: Any | None  # ClientSummary
    pieces: dict[uuid.UUID, Any]  # catalogue pieces pre-selected, by id
    tickable: bool


def load(desk: Desk, appointment_id: uuid.UUID) -> Loaded:
    appointment, selections, checklist = desk.appointments.get(appointment_id)
    client = None
    if appointment.client_id is not None:
        found = desk.clients.summaries([appointment.client_id])
        client = found[0] if found else None
    wanted = {s.piece_id for s in selections}
    pieces = {}
    if wanted:
        for stocked in desk.stock.find(in_stock_only=False, limit=100000):
            if stocked.piece.id in wanted:
                pieces[stocked.piece.id] = stocked.piece
    # A closed appointment keeps its checklist as it was: shown, no longer ticked.
    tickable = appointment.status in OPEN_APPOINTMENT
    return Loaded(appointment, tuple(selections), tuple(checklist), client, pieces, tickable)


def title_for(desk: Desk, kind: str, client_id: uuid.UUID | None) -> str:
    """ "Bridal consultation: Ms Lin": the title a booking is given, in the desk's language."""
    word = render(f"word.appointment.{kind}", desk.lang)
    title = word[:1].upper() + word[1:]
    if client_id is not None:
        client = desk.clients.get(client_id)
        greeting = getattr(client, "greeting_name", "") or getattr(client, "name_local", "")
        title = f"{title}: {greeting}" if greeting else title
    return title


def collections(desk: Desk) -> list[str]:
    return sorted({s.piece.collection for s in desk.stock.find(limit=100000) if s.piece.collection})
