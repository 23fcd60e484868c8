"""`desk.consent`: what a client agreed to, per purpose (service messages, marketing,
profiling, cross-border transfer) and channel (or every channel), with when, who
recorded it and how: a paper form's number, spoken in store, the client's signature
drawn on the tablet, online, or an import. One row per decision, never changed: the
latest per purpose and channel is in force, and the history is kept. Every decision
is audited, and the advisor's actions follow it at once (a marketing action appears
on a grant and goes on a withdrawal)."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlalchemy import select

from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.intelligence import consent as rules
from jeweldesk.domain.intelligence.facts import Grant
from jeweldesk.domain.names import clean
from jeweldesk.domain.timezones import localise
from jeweldesk.domain.vocab import ROLES_SEEING_SENSITIVE, Channel, ConsentPurpose
from jeweldesk.services.base import (
    Written,
    freeze,
    known_row,
    now_utc,
    one_of,
    reading,
    unit_of_work,
)
from jeweldesk.services.clients import client_row
from jeweldesk.services.records import ConsentRecord
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk


class ConsentMethod(StrEnum):
    """How the client gave (or withdrew) the decision."""

    PAPER_FORM = "paper_form"  # the signed form's number in `proof`
    SPOKEN = "spoken"  # said in store, recorded by the person acting
    SIGNATURE = "signature"  # drawn on the tablet: `signature_svg`
    ONLINE = "online"  # a web form or message: its reference in `proof`
    IMPORT = "import"  # carried over from another system (store managers)


# An SVG path of straight strokes, as the signature pad writes it: "M12.0 30.5 L…".
_NUMBER = r"-?\d+(?:\.\d+)?"
SIGNATURE_PATH = re.compile(rf"(?:[ML]\s*{_NUMBER}[\s,]+{_NUMBER}\s*)+")
SIGNATURE_LIMIT = 200_000  # a long signature is ~10 kB; this is far beyond any
CLOCK_SLACK = dt.timedelta(minutes=2)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _channel(value: object) -> Channel | None:
    """A channel, or None for every channel ('all', '' or None)."""
    if value is None or str(value).strip().lower() in ("", "all", "any", "none"):
        return None
    return one_of(Channel, value, "channel")


class ConsentService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    def set(
        self,
        client_id: uuid.UUID | str,
        purpose: str | ConsentPurpose,
        granted: bool,
        *,
        method: str | ConsentMethod,
        channel: str | Channel | None = None,
        proof: str = "",
        signature_svg: str = "",
        recorded_at: dt.datetime | None = None,
    ) -> Written[ConsentRecord]:
        """Record one decision by the signed-in person. A paper form needs its number
        (`proof`); a signature needs the drawn signature; a time in the future is
        refused. The advisors holding the client see their actions follow."""
        purpose_ = one_of(ConsentPurpose, purpose, "purpose", key="consent.purpose")
        channel_ = _channel(channel)
        method_ = one_of(ConsentMethod, method, "method", key="consent.method")
        proof = clean(proof)
        signature = (signature_svg or "").strip()
        if method_ is ConsentMethod.PAPER_FORM and not proof:
            raise ValidationError("consent.form_number_required", field="proof")
        if method_ is ConsentMethod.SIGNATURE:
            if not signature:
                raise ValidationError("consent.signature_required", field="signature_svg")
            if len(signature) > SIGNATURE_LIMIT or not SIGNATURE_PATH.fullmatch(signature):
                raise ValidationError("consent.signature_invalid", field="signature_svg")
        elif signature:
            signature = ""  # kept only as the proof of a signed decision
        if len(proof) > 400:
            raise ValidationError("text.too_long", field="proof", start=proof[:20], limit=400)
        if self.desk.acting_staff_id is None:
            raise ValidationError("consent.who_required", field="recorded_by")
        with unit_of_work(self.desk) as work:
            s = work.session
            person = known_row(s, m.Staff, self.desk.acting_staff_id)
            if method_ is ConsentMethod.IMPORT and person.role not in ROLES_SEEING_SENSITIVE:
                raise ValidationError("account.not_allowed", field="method")
            client = client_row(s, client_id, for_edit=True)
            zone = (
                known_row(s, m.Store, self.desk.home_store_id).timezone
                if self.desk.home_store_id
                else "UTC"
            )
            now = now_utc()
            when = now if recorded_at is None else localise(recorded_at, zone).astimezone(dt.UTC)
            if when > now + CLOCK_SLACK:
                raise ValidationError("consent.future", field="recorded_at")
            row = m.Consent(
                client_id=client.id,
                purpose=purpose_,
                channel=channel_,
                granted=bool(granted),
                recorded_at=when,
                recorded_by_id=person.id,
                proof=proof,
                method=str(method_),
                signature_svg=signature,
            )
            s.add(row)
            s.flush()
            s.add(
                m.AuditEntry(
                    at=now,
                    staff_id=person.id,
                    store_id=self.desk.home_store_id,
                    action="consent_granted" if granted else "consent_withdrawn",
                    entity="consents",
                    entity_id=row.id,
                    detail={
                        "client_id": str(client.id),
                        "purpose": str(purpose_),
                        "channel": str(channel_) if channel_ else "all",
                        "method": str(method_),
                    },
                )
            )
            advisors = list(
                s.scalars(
                    select(m.BookEntry.advisor_id).where(
                        m.BookEntry.client_id == client.id,
                        m.BookEntry.ended_at.is_(None),
                        m.BookEntry.deleted.is_(False),
                    )
                )
            )
        record = freeze(row)
        changes = work.changes
        # Derived rows, in their own transaction: the decision stands even if this fails.
        for advisor in advisors:
            changes = changes | self.desk.actions.generate(advisor).changes
        return Written(record, changes)

    def grant(
        self, client_id: uuid.UUID | str, purpose: str, **how: object
    ) -> Written[ConsentRecord]:
        """`set(..., granted=True)`."""
        return self.set(client_id, purpose, True, **how)  # type: ignore[arg-type]

    def withdraw(
        self, client_id: uuid.UUID | str, purpose: str, **how: object
    ) -> Written[ConsentRecord]:
        """`set(..., granted=False)`."""
        return self.set(client_id, purpose, False, **how)  # type: ignore[arg-type]

    def history(self, client_id: uuid.UUID | str) -> list[ConsentRecord]:
        """Every decision recorded for the client, newest first."""
        with reading(self.desk) as s:
            client = client_row(s, client_id)
            rows = s.scalars(
                select(m.Consent).where(
                    m.Consent.client_id == client.id, m.Consent.deleted.is_(False)
                )
            ).all()
            return sorted(
                (freeze(r) for r in rows),
                key=lambda c: (_aware(c.recorded_at), c.updated_hlc),
                reverse=True,
            )

    def in_force(self, client_id: uuid.UUID | str) -> list[ConsentRecord]:
        """The decision in force per purpose and channel (the latest of each)."""
        latest: dict[tuple[str, str | None], ConsentRecord] = {}
        for c in reversed(self.history(client_id)):
            latest[(str(c.purpose), str(c.channel) if c.channel else None)] = c
        return sorted(latest.values(), key=lambda c: (str(c.purpose), str(c.channel or "")))

    def allowed(self, client_id: uuid.UUID | str, purpose: str, channel: str) -> bool:
        """Whether the client may be contacted for `purpose` on `channel` now:
        marketing needs a grant; service messages are allowed unless withdrawn."""
        grants = [
            Grant(str(c.purpose), str(c.channel) if c.channel else None, c.granted, c.recorded_at)
            for c in self.history(client_id)
        ]
        return rules.allowed(grants, purpose, channel)
