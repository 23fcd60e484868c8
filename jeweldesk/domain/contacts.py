"""Phone numbers and e-mail addresses as advisors type them."""

from __future__ import annotations

import re

import phonenumbers

from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.messages import Ref
from jeweldesk.domain.names import halfwidth

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalise_phone(value: str, region: str) -> str:
    """'138 1234 5678' in a Shanghai store → '+8613812345678'. Spaces, dashes, dots,
    brackets and full-width digits are fine; the country code is needed only for a
    number from another country."""
    # Full-width digits and the ＋ sign arrive from Chinese input methods.
    raw = halfwidth(value or "").strip()
    if not raw:
        raise ValidationError("contact.empty", field="phone", kind=Ref("contact_kind.phone"))
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    try:
        number = phonenumbers.parse(raw, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        raise ValidationError("phone.invalid", field="phone", value=value) from None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise ValidationError("phone.invalid", field="phone", value=value)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def format_phone(e164: str) -> str:
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def normalise_email(value: str) -> str:
    text = halfwidth(value or "").strip()  # li＠163.com, typed with a Chinese input method
    if not text:
        raise ValidationError("contact.empty", field="email", kind=Ref("contact_kind.email"))
    if not _EMAIL.match(text) or ".." in text or ".@" in text or "@." in text:
        raise ValidationError("email.invalid", field="email", value=value)
    # Matched case-blind: nobody's mailbox differs from another's by case alone.
    return text.lower()


def normalise_handle(value: str) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("contact.empty", field="handle", kind=Ref("contact_kind.handle"))
    return text
