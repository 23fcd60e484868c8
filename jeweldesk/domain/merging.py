"""Two records of one person made one: who may merge, which profile fields a merge
chooses between, and the default choice (the kept client's value, the other's where
the kept one has none)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.vocab import Role

ROLES_MERGING = (Role.STORE_MANAGER, Role.HEAD_OFFICE)
Side = Literal["kept", "other"]
SIDES: tuple[Side, ...] = ("kept", "other")

# Choice → the client columns it sets together (the contact hours are one window).
FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "family_name": ("family_name",),
    "given_name": ("given_name",),
    "name_order": ("name_order",),
    "name_local": ("name_local",),
    "name_romanised": ("name_romanised",),
    "greeting_name": ("greeting_name",),
    "gender": ("gender",),
    "language": ("language",),
    "preferred_channel": ("preferred_channel",),
    "contact_hours": ("contact_hours_start", "contact_hours_end"),
    "photo_path": ("photo_path",),
    "source": ("source",),
}


def empty(value: Any) -> bool:
    return value is None or value == "" or value == (None, None)


def default_side(kept: Any, other: Any) -> Side:
    """The kept client's value, unless it has none and the other has one."""
    return "other" if empty(kept) and not empty(other) else "kept"


def resolve(
    kept: Mapping[str, Any], other: Mapping[str, Any], choices: Mapping[str, str] | None
) -> dict[str, Side]:
    """The side each field takes its value from: the choices given, the default for
    the rest. `kept` and `other` hold each field's value (a tuple for contact hours);
    an unknown field or side is refused."""
    given = dict(choices or {})
    unknown = sorted(set(given) - set(FIELDS))
    if unknown:
        raise ValidationError("merge.unknown_field", value=", ".join(unknown))
    out: dict[str, Side] = {}
    for name in FIELDS:
        side = given.get(name)
        if side is None:
            out[name] = default_side(kept.get(name), other.get(name))
        elif side in SIDES:
            out[name] = "kept" if side == "kept" else "other"
        else:
            raise ValidationError("merge.bad_choice", field=name, name=name, value=str(side))
    return out
