"""Care content: the published rules, assembled per piece, in three languages."""

from __future__ import annotations

import json

import pytest

from jeweldesk.documents.care import assemble, care_schedule
from jeweldesk.documents.data import PieceData, StoneData
from jeweldesk.paths import resource_dir


def piece(metal: str, *stones: str, category: str = "ring") -> PieceData:
    return PieceData(
        "piece",
        category=category,
        metal=metal,
        stones=tuple(StoneData(i + 1, "natural", s) for i, s in enumerate(stones)),
    )


@pytest.mark.parametrize("stone", ["akoya pearl", "opal", "emerald", "tanzanite"])
def test_no_ultrasonic_for_fragile_stones(stone):
    content = assemble("18k yellow gold", [stone], "ring", "en")
    assert any("Never use an ultrasonic" in p for p in content.cleaning)
    assert not any("Ultrasonic and steam cleaning are best left" in p for p in content.cleaning)


def test_diamond_in_platinum_ring():
    content = assemble("platinum", ["diamond"], "ring", "en")
    assert any("ultrasonic" in p.lower() for p in content.cleaning)
    assert (6, "Prong and setting check") in care_schedule(piece("platinum", "diamond"))
    assert any("chlorine" in p.lower() for p in content.everyday)
    assert any("pouch" in p for p in content.storage)


def test_pearl_strand_restringing_and_white_gold_rhodium():
    schedule = dict(
        (task, months)
        for months, task in care_schedule(
            piece("18k white gold", "south sea pearl", category="necklace")
        )
    )
    assert schedule["Restringing (silk, knotted)"] == 12
    assert schedule["Rhodium re-plating"] == 18
    assert schedule["Prong and setting check"] == 12  # a necklace is not worn on the hand
    assert "Restringing (silk, knotted)" not in dict(
        (t, m)
        for m, t in care_schedule(piece("18k white gold", "akoya pearl", category="earrings"))
    )


def test_schedule_in_chinese():
    assert (18, "重新镀铑") in care_schedule(piece("18k white gold", "diamond"), "zh_CN")
    assert (18, "重新鍍銠") in care_schedule(piece("18k white gold", "diamond"), "zh_TW")


def test_every_entry_in_three_languages():
    def walk(node):
        if isinstance(node, dict):
            if "en" in node:
                assert node.get("zh_CN") and node.get("zh_TW"), node
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for name in ("general", "metals", "stones"):
        walk(json.loads((resource_dir() / "care" / f"{name}.json").read_text(encoding="utf-8")))
