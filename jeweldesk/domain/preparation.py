"""An appointment's preparation checklist: the room, what the client likes served and
must avoid, their ring sizes, the language to greet them in, and the pieces to pull.

Written once, in the language of the desk that books the appointment, and kept as
text: the advisor ticks what was done. Booking (services/appointments.py) and the demo
store's agenda (demo/agenda.py) both prepare it here, so a demo reads as a real
booking made on that desk would."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from jeweldesk.domain.messages import CATALOGUE, render
from jeweldesk.domain.vocab import Finger, Hand, PreferenceCategory, SizingSystem


@dataclass(frozen=True)
class SizeOnFile:
    """One of the client's own ring sizes, as recorded."""

    hand: Hand
    finger: Finger
    system: SizingSystem
    size: str


def checklist(
    lang: str,
    *,
    room: str | None = None,
    client_language: str | None = None,
    preferences: Iterable[tuple[PreferenceCategory, str]] = (),
    sizes: Iterable[SizeOnFile] = (),
) -> list[tuple[str, str]]:
    """The checklist as (kind, text). `client_language` is None for an appointment with
    no client (then only the room and the pieces apply). What the client asked to be
    served is kept in their words; the rest is written in `lang`."""
    items: list[tuple[str, str]] = []
    if room is not None:
        items.append(("room", render("checklist.room", lang, room=room)))
    if client_language is not None:
        for category, value in preferences:
            if category == PreferenceCategory.REFRESHMENT:
                items.append(("refreshment", value))
            elif category == PreferenceCategory.ALLERGY:
                items.append(("allergy", render("checklist.allergy", lang, value=value)))
        for size in sizes:
            items.append(("sizes", _ring_size(size, lang)))
        language = f"language.{client_language}"
        spoken = render(language, lang) if language in CATALOGUE else client_language
        items.append(("language", render("checklist.language", lang, language=spoken)))
    items.append(("pieces", render("checklist.pieces", lang)))
    return items


def room_name(name: str, name_local: str, lang: str) -> str:
    """The room as the desk calls it: its local name (莲花沙龙) on a Chinese desk when it
    has one, else its name."""
    return name_local if lang != "en" and name_local else name


def _ring_size(size: SizeOnFile, lang: str) -> str:
    """A ring size in the desk's language ("Ring size, left ring finger: 12 CN/HK")."""
    hand = render(f"hand.{Hand(size.hand).value}", lang)
    finger = render(f"finger.{Finger(size.finger).value}", lang)
    system = SizingSystem(size.system).value.upper().replace("_", "/")
    return render(
        "checklist.ring_size", lang, hand=hand, finger=finger, size=size.size, system=system
    )
