"""Document numbers unique across every device, even offline.

    SH01-3F9A1C2B7D40-C000123-X
    store  device      kind+sequence  check

The device part is the device's id (unique at head office, random before enrolment);
the sequence is the device's own, kept in its `settings` table and advanced in the
same transaction that writes the document (`services/document_numbers.py`), so no two documents share a number without
anyone having to ask head office. The check character (Luhn mod 36) catches a
mistyped or made-up number before any look-up."""

from __future__ import annotations

import re

ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
KIND_CODES = {
    "certificate": "C",
    "appraisal": "A",
    "care_guide": "G",
    "warranty": "W",
    "service_receipt": "S",
    "collection_slip": "K",
    "appointment_brief": "B",
    "service_job": "J",  # a job's number, from the same sequence (services/service_jobs.py)
}
PATTERN = re.compile(r"^([A-Z0-9]{1,12})-([A-Z0-9]{4,16})-([A-Z])(\d{6,})-([A-Z0-9])$")


def clean_code(text: str) -> str:
    """A store code or device id as a number carries it: capitals and digits only."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def check_character(body: str) -> str:
    total, factor = 0, 2
    for ch in reversed(clean_code(body)):
        addend = factor * ALPHABET.index(ch)
        total += addend // 36 + addend % 36
        factor = 1 if factor == 2 else 2
    return ALPHABET[(36 - total % 36) % 36]


def format_number(store_code: str, device_prefix: str, kind: str, sequence: int) -> str:
    body = f"{clean_code(store_code)}-{clean_code(device_prefix)}-{KIND_CODES[kind]}{sequence:06d}"
    return f"{body}-{check_character(body)}"


def well_formed(number: str) -> bool:
    """Shape and check character: a typo or an invented number fails here."""
    number = number.strip().upper()
    if not PATTERN.match(number):
        return False
    body, _, check = number.rpartition("-")
    return check == check_character(body)


def kind_of(number: str) -> str | None:
    match = PATTERN.match(number.strip().upper())
    if not match:
        return None
    return next((k for k, c in KIND_CODES.items() if c == match.group(3)), None)
