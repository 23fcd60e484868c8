"""A piece's care, assembled from the care content in `resources/care/` (data, not
code) by its metal, its stones and its kind: the guide's advice and the service
schedule, which also feeds the advisor's care reminders (`care_schedule`)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from jeweldesk.documents.data import CareSection, CareStep
from jeweldesk.documents.texts import lang_of
from jeweldesk.paths import resource_dir


@dataclass(frozen=True)
class CareContent:
    everyday: tuple[str, ...]
    cleaning: tuple[str, ...]
    storage: tuple[str, ...]
    materials: tuple[CareSection, ...]
    schedule: tuple[CareStep, ...]


@cache
def _content(name: str) -> Any:
    return json.loads((resource_dir() / "care" / f"{name}.json").read_text(encoding="utf-8"))


def _matches(entries: list[dict], value: str) -> list[dict]:
    value = value.lower()
    for entry in entries:  # first match wins: "white gold" before "gold"
        if any(word in value for word in entry["match"]):
            return [entry]
    return []


def _stone_types(piece: Any) -> list[str]:
    return [
        s.stone_type for s in getattr(piece, "stones", ()) or () if getattr(s, "stone_type", "")
    ]


def assemble(metal: str, stone_types: Iterable[str], category: str, lang: str) -> CareContent:
    """The care guide's content for a piece of this metal, these stones and this kind."""
    lang = lang_of(lang)
    general = _content("general")
    metals = _matches(_content("metals"), metal) if metal else []
    stones: list[dict] = []
    for stone_type in stone_types:
        for entry in _matches(_content("stones"), stone_type):
            if entry not in stones:
                stones.append(entry)
    no_ultrasonic = any(entry.get("ultrasonic") is False for entry in stones)
    cleaning = [
        p[lang]
        for p in general["cleaning"]
        if p.get("key") not in ("ultrasonic_ok", "ultrasonic_never")
        or p["key"] == ("ultrasonic_never" if no_ultrasonic else "ultrasonic_ok")
    ]
    materials = tuple(
        CareSection(entry["name"][lang], tuple(p[lang] for p in entry["points"]))
        for entry in metals + stones
    )
    return CareContent(
        everyday=tuple(p[lang] for p in general["everyday"]),
        cleaning=tuple(cleaning),
        storage=tuple(p[lang] for p in general["storage"]),
        materials=materials,
        schedule=tuple(_schedule(general, metals + stones, category, lang)),
    )


def _schedule(general: dict, entries: list[dict], category: str, lang: str) -> list[CareStep]:
    daily = category.lower() in general["worn_daily"]
    steps = []
    for task in general["schedule"]:
        months = task.get("months_worn_daily", task["months"]) if daily else task["months"]
        steps.append(CareStep(months, task[lang]))
    for entry in entries:
        for task in entry["schedule"]:
            wanted = task.get("categories")
            if wanted and category.lower() not in wanted:
                continue
            steps.append(CareStep(task["months"], task[lang]))
    return sorted(steps, key=lambda s: s.interval_months)


def care_content(piece: Any, lang: str = "en") -> CareContent:
    """The care content for a piece: anything with `metal`, `category` and `stones`
    (a `PieceData`, or an owned piece with its stones)."""
    return assemble(piece.metal or "", _stone_types(piece), piece.category or "", lang)


def care_schedule(piece: Any, lang: str = "en") -> list[tuple[int, str]]:
    """The piece's service schedule as (interval in months, task), shortest first: what
    the care reminders are made from."""
    return [(step.interval_months, step.task) for step in care_content(piece, lang).schedule]
