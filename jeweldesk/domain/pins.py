"""Who can sign in and with what PIN: the rules the sign-in screen applies before the
desk is open (so it can paint first), and the record it lists people by."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.vocab import Role

PIN_LENGTHS = (4, 8)
DEMO_PIN = "2580"  # straight down the keypad: easy to show, and only ever in the demo
ROLES_MANAGING = (Role.STORE_MANAGER, Role.HEAD_OFFICE)


@dataclass(frozen=True)
class Person:
    """Someone who can sign in on this device, as the sign-in screen lists them."""

    id: uuid.UUID
    name: str
    name_local: str  # their name in their own script (王美玲), or ""
    email: str
    role: Role
    store_code: str
    has_pin: bool
    locked_until: dt.datetime | None

    @property
    def manages(self) -> bool:
        return self.role in ROLES_MANAGING


def pin_problem(pin: str) -> ValidationError | None:
    """Why `pin` cannot be chosen, or None. Refuses the PINs tried first by anyone
    guessing: one digit repeated (0000), a run up or down (1234, 9876), a repeated pair
    (1212)."""
    low, high = PIN_LENGTHS
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        return ValidationError("account.pin_format", field="pin", low=low, high=high)
    steps = {(int(b) - int(a)) % 10 for a, b in zip(pin, pin[1:], strict=False)}
    repeated_pair = len(set(pin[0::2])) == 1 and len(set(pin[1::2])) == 1
    if steps in ({0}, {1}, {9}) or repeated_pair:
        return ValidationError("account.pin_trivial", field="pin")
    return None
