"""`desk.benefits`: benefits and vouchers a client holds, issued from a purchase
(lifetime cleaning, resizing within six months, anniversary engraving) or from a
campaign (a voucher with a code, a value, a validity window and conditions), used at
the counter, and withdrawn by a store manager.

Validity is counted in the store's time zone: a voucher valid until 31 May can be used
in Shanghai until midnight there. A single-use benefit used on two offline devices is
found at head office when the second use arrives (`headoffice/benefits.py`) and comes
back to the store as a conflict for the manager, never as a silent double use."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from jeweldesk.domain import benefits as rules
from jeweldesk.domain.errors import NotFound, ValidationError
from jeweldesk.domain.ids import new_id, parse_id
from jeweldesk.domain.messages import Named, render
from jeweldesk.domain.money import normalise_currency, parse_amount
from jeweldesk.domain.names import clean, clean_text, halfwidth
from jeweldesk.domain.pins import ROLES_MANAGING
from jeweldesk.domain.timezones import in_store_time, store_today
from jeweldesk.domain.vocab import BenefitSource, Role
from jeweldesk.services import audit
from jeweldesk.services.base import Written, freeze, now_utc, one_of, reading, unit_of_work
from jeweldesk.services.clients import client_row
from jeweldesk.services.records import BenefitRecord, BenefitUseRecord
from jeweldesk.storage import models as m

if TYPE_CHECKING:
    from jeweldesk.services.desk import Desk

# The longest a campaign voucher may run, and how many uses it may allow.
MAX_USES = 100
CODE_LIMIT = 40


@dataclass(frozen=True)
class BenefitView:
    """A benefit with its uses and where it stands today in its store."""

    benefit: BenefitRecord
    uses: tuple[BenefitUseRecord, ...]
    standing: rules.Standing
    remaining: int | None  # None: unlimited
    store_code: str
    timezone: str

    @property
    def id(self) -> uuid.UUID:
        return self.benefit.id

    @property
    def usable(self) -> bool:
        return self.standing is rules.Standing.USABLE

    def refusal(self, lang: str = "en") -> str | None:
        """Why it cannot be used today, in `lang`, as a use would be refused; None
        when it can be used."""
        if self.usable:
            return None
        b = self.benefit
        return render(
            rules.REFUSALS[self.standing],
            lang,
            title=Named(b.title, b.title_zh),
            start=str(b.valid_from or ""),
            end=str(b.valid_until or ""),
        )


def _benefit_row(session: Session, benefit: uuid.UUID | str) -> m.Benefit:
    """A benefit by id, or by its voucher code (as printed, any case)."""
    row: m.Benefit | None = None
    try:
        row = session.get(m.Benefit, parse_id(benefit))
    except ValueError:
        code = halfwidth(str(benefit)).strip().upper()
        if code:
            row = session.scalars(
                select(m.Benefit)
                .where(m.Benefit.code == code, m.Benefit.deleted.is_(False))
                .order_by(m.Benefit.issued_at.desc())
            ).first()
    if row is None or row.deleted:
        raise NotFound("benefit.not_found", value=str(benefit))
    return row


def _live_uses(session: Session, benefit_id: uuid.UUID) -> list[m.BenefitUse]:
    return list(
        session.scalars(
            select(m.BenefitUse)
            .where(m.BenefitUse.benefit_id == benefit_id, m.BenefitUse.deleted.is_(False))
            .order_by(m.BenefitUse.used_at)
        )
    )


class BenefitService:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk

    # --- reading ---------------------------------------------------------------------

    def for_client(self, client_id: uuid.UUID | str) -> list[BenefitView]:
        """The client's benefits, usable ones first, each with its uses."""
        with reading(self.desk) as s:
            client = client_row(s, client_id)
            rows = s.scalars(
                select(m.Benefit).where(
                    m.Benefit.client_id == client.id, m.Benefit.deleted.is_(False)
                )
            ).all()
            uses: dict[uuid.UUID, list[m.BenefitUse]] = {}
            if rows:
                for use in s.scalars(
                    select(m.BenefitUse)
                    .where(
                        m.BenefitUse.benefit_id.in_([b.id for b in rows]),
                        m.BenefitUse.deleted.is_(False),
                    )
                    .order_by(m.BenefitUse.used_at)
                ):
                    uses.setdefault(use.benefit_id, []).append(use)
            views = [self._view(s, b, uses.get(b.id, []), client.home_store_id) for b in rows]
        order = list(rules.Standing)
        return sorted(
            views,
            key=lambda v: (
                order.index(v.standing),
                v.benefit.valid_until or dt.date.max,
                v.benefit.issued_at or dt.datetime.min.replace(tzinfo=dt.UTC),
            ),
        )

    def get(self, benefit: uuid.UUID | str) -> BenefitView:
        """One benefit, by id or voucher code."""
        with reading(self.desk) as s:
            row = _benefit_row(s, benefit)
            client = client_row(s, row.client_id)
            return self._view(s, row, _live_uses(s, row.id), client.home_store_id)

    def _store(self, s: Session, *candidates: uuid.UUID | None) -> m.Store | None:
        for store_id in (*candidates, self.desk.home_store_id):
            if store_id is not None and (store := s.get(m.Store, store_id)) is not None:
                return store
        return None

    def _view(
        self, s: Session, row: m.Benefit, uses: list[m.BenefitUse], home: uuid.UUID | None
    ) -> BenefitView:
        store = self._store(s, row.store_id, home)
        zone = store.timezone if store is not None else "UTC"
        return BenefitView(
            benefit=freeze(row),
            uses=tuple(freeze(u) for u in uses),
            standing=self._standing(row, len(uses), zone),
            remaining=rules.remaining(row.max_uses, len(uses)),
            store_code=store.code if store is not None else "",
            timezone=zone,
        )

    @staticmethod
    def _standing(
        row: m.Benefit, uses: int, zone: str, now: dt.datetime | None = None
    ) -> rules.Standing:
        return rules.standing(
            today=store_today(zone, now or now_utc()),
            valid_from=row.valid_from,
            valid_until=row.valid_until,
            max_uses=row.max_uses,
            uses=uses,
            withdrawn=row.expired_at is not None,
        )

    def double_use(self, conflict_id: uuid.UUID) -> DoubleUse:
        """The uses a `double_use` conflict is about (see `double_use`)."""
        return double_use(self.desk, conflict_id)

    def may_withdraw(self) -> bool:
        """Whether whoever is signed in may withdraw a benefit (store managers, head office)."""
        with reading(self.desk) as s:
            return self._role(s) in ROLES_MANAGING

    def _role(self, s: Session) -> Role | None:
        if self.desk.acting_staff_id is None:
            return None
        role = s.scalar(select(m.Staff.role).where(m.Staff.id == self.desk.acting_staff_id))
        return Role(role) if role is not None else None

    # --- issuing ---------------------------------------------------------------------

    def issue_from_purchase(
        self, purchase_id: uuid.UUID | str, kind: rules.PurchaseBenefit | str
    ) -> Written[BenefitRecord]:
        """A benefit that comes with a purchase: lifetime cleaning (unlimited uses),
        free resizing within six months of the purchase (once), anniversary
        engraving. The six months run from the purchase's date in its store. One of
        each kind per purchase."""
        kind = one_of(rules.PurchaseBenefit, kind, "kind")
        grant = rules.GRANTS[kind]
        with unit_of_work(self.desk) as work:
            s = work.session
            try:
                purchase = s.get(m.Purchase, parse_id(purchase_id))
            except ValueError:
                raise ValidationError("id.invalid", value=str(purchase_id)) from None
            if purchase is None or purchase.deleted:
                raise NotFound("benefit.purchase_not_found", value=str(purchase_id))
            client = client_row(s, purchase.client_id, for_edit=True)
            already = s.scalar(
                select(func.count())
                .select_from(m.Benefit)
                .where(
                    m.Benefit.purchase_id == purchase.id,
                    m.Benefit.code == grant.code,
                    m.Benefit.deleted.is_(False),
                    m.Benefit.expired_at.is_(None),
                )
            )
            if already:
                raise ValidationError("benefit.already_issued", field="kind", title=_named(grant))
            store = self._store(s, purchase.store_id)
            zone = store.timezone if store is not None else "UTC"
            bought_on = in_store_time(_aware(purchase.purchased_at), zone).date()
            until = rules.add_months(bought_on, grant.months) if grant.months is not None else None
            if until is not None and until < store_today(zone, now_utc()):
                raise ValidationError(
                    "benefit.window_passed",
                    field="purchase_id",
                    title=_named(grant),
                    end=str(until),
                )
            row = m.Benefit(
                client_id=client.id,
                source=BenefitSource.PURCHASE,
                purchase_id=purchase.id,
                code=grant.code,
                title=grant.title,
                title_zh=grant.title_zh,
                conditions=grant.conditions,
                value=None,
                currency="",
                valid_from=bought_on,
                valid_until=until,
                max_uses=grant.max_uses,
                store_id=store.id if store is not None else None,
                issued_at=now_utc(),
                issued_by_id=self.desk.acting_staff_id,
            )
            s.add(row)
        return Written(freeze(row), work.changes)

    def issue_voucher(
        self,
        client_id: uuid.UUID | str,
        *,
        title: str,
        valid_until: dt.date | str | None,
        valid_from: dt.date | str | None = None,
        value: str | Decimal | None = None,
        currency: str = "",
        conditions: str = "",
        code: str = "",
        max_uses: int | str | None = 1,
        title_zh: str = "",
    ) -> Written[BenefitRecord]:
        """A campaign voucher: a title, a value (in the store's currency unless
        another is given), valid from `valid_from` (today when not given) to
        `valid_until` inclusive in the store's time zone, for `max_uses` uses
        (None: unlimited). A code is made when none is typed; a typed one must not be
        another live voucher's."""
        title = clean(title)
        if not title:
            raise ValidationError("benefit.title_required", field="title")
        uses = _max_uses(max_uses)
        typed_code = clean(halfwidth(code)).upper().replace(" ", "")
        if len(typed_code) > CODE_LIMIT:
            raise ValidationError("text.too_long", field="code", start=typed_code[:20], limit=40)
        with unit_of_work(self.desk) as work:
            s = work.session
            client = client_row(s, client_id, for_edit=True)
            store = self._store(s, self.desk.home_store_id, client.home_store_id)
            zone = store.timezone if store is not None else "UTC"
            today = store_today(zone, now_utc())
            start = _date(valid_from, "valid_from") or today
            until = _date(valid_until, "valid_until")
            if until is None:
                raise ValidationError("benefit.until_required", field="valid_until")
            if until < today:
                raise ValidationError("benefit.until_past", field="valid_until", date=str(until))
            if until < start:
                raise ValidationError(
                    "benefit.window", field="valid_until", start=str(start), end=str(until)
                )
            amount: Decimal | None = None
            cur = ""
            if value is not None and str(value).strip():
                cur = (
                    normalise_currency(currency)
                    if (currency or "").strip()
                    else (store.currency if store is not None else "")
                )
                try:
                    amount = parse_amount(value, cur or "USD")
                except ValidationError as exc:
                    raise ValidationError(exc.key, field="value", **exc.params) from None
                if amount <= 0:
                    raise ValidationError("benefit.value", field="value", value=str(value))
            if typed_code:
                taken = s.scalar(
                    select(func.count())
                    .select_from(m.Benefit)
                    .where(m.Benefit.code == typed_code, m.Benefit.deleted.is_(False))
                )
                if taken:
                    raise ValidationError("benefit.code_taken", field="code", code=typed_code)
            row = m.Benefit(
                client_id=client.id,
                source=BenefitSource.CAMPAIGN,
                purchase_id=None,
                # Unique across devices offline: the store's code and a UUIDv7's tail.
                code=typed_code or f"V-{store.code if store else 'X'}-{new_id().hex[-8:].upper()}",
                title=title,
                title_zh=clean(title_zh),
                conditions=clean_text(conditions),
                value=amount,
                currency=cur if amount is not None else "",
                valid_from=start,
                valid_until=until,
                max_uses=uses,
                store_id=store.id if store is not None else None,
                issued_at=now_utc(),
                issued_by_id=self.desk.acting_staff_id,
            )
            s.add(row)
        return Written(freeze(row), work.changes)

    # --- using and withdrawing -------------------------------------------------------

    def redeem(self, benefit: uuid.UUID | str, note: str = "") -> Written[BenefitUseRecord]:
        """Record a use at the counter. Refused when the benefit is withdrawn, expired
        or not yet valid (in its store's time zone), or has no use left."""
        note = clean(note)
        with unit_of_work(self.desk) as work:
            s = work.session
            row = _benefit_row(s, benefit)
            client = client_row(s, row.client_id, for_edit=True)
            store = self._store(s, row.store_id, client.home_store_id)
            zone = store.timezone if store is not None else "UTC"
            used = len(_live_uses(s, row.id))
            standing = self._standing(row, used, zone)
            if standing is not rules.Standing.USABLE:
                raise ValidationError(
                    rules.REFUSALS[standing],
                    title=_title(row),
                    start=str(row.valid_from or ""),
                    end=str(row.valid_until or ""),
                )
            use = m.BenefitUse(
                benefit_id=row.id,
                store_id=self.desk.home_store_id,
                staff_id=self.desk.acting_staff_id,
                used_at=now_utc(),
                note=note,
            )
            s.add(use)
        return Written(freeze(use), work.changes)

    def withdraw(self, benefit: uuid.UUID | str, reason: str = "") -> Written[BenefitRecord]:
        """End a benefit before its time, by hand (a voucher issued in error, a
        cancelled purchase): store managers and head office. Its uses are kept."""
        reason = clean(reason)
        with unit_of_work(self.desk) as work:
            s = work.session
            if self._role(s) not in ROLES_MANAGING:
                raise ValidationError("benefit.withdraw_not_allowed")
            row = _benefit_row(s, benefit)
            client_row(s, row.client_id, for_edit=True)
            if row.expired_at is not None:
                raise ValidationError("benefit.already_withdrawn", title=_title(row))
            row.expired_at = now_utc()
        audit.record(self.desk, "benefit_withdrawn", "benefits", row.id, reason=reason)
        return Written(freeze(row), work.changes)


@dataclass(frozen=True)
class UseSeen:
    """A use as the manager reads it: when, in which store, by whom."""

    use: BenefitUseRecord
    store_code: str
    staff_name: str


@dataclass(frozen=True)
class DoubleUse:
    """A limited benefit used past its limit on devices that were offline: the uses
    head office counted first, and the one past the limit the conflict names."""

    conflict_id: uuid.UUID
    benefit: BenefitRecord
    kept: tuple[UseSeen, ...]
    extra: UseSeen | None  # None: the use is no longer on this device


def double_use(desk: Desk, conflict_id: uuid.UUID) -> DoubleUse:
    """What a `double_use` conflict is about, for the review card."""
    with reading(desk) as s:
        conflict = s.get(m.SyncConflict, conflict_id)
        if conflict is None or conflict.kind != "double_use":
            raise NotFound("conflict.not_found")
        extra = s.get(m.BenefitUse, conflict.entity_id)
        kept_ids = []
        theirs = conflict.theirs_value
        for value in theirs if isinstance(theirs, list) else []:
            try:
                kept_ids.append(parse_id(str(value)))
            except ValueError:
                continue
        kept = [u for u in (s.get(m.BenefitUse, i) for i in kept_ids) if u is not None]
        benefit_id = (
            extra.benefit_id if extra is not None else (kept[0].benefit_id if kept else None)
        )
        benefit = s.get(m.Benefit, benefit_id) if benefit_id is not None else None
        if benefit is None:
            raise NotFound("conflict.not_found")
        codes: dict[uuid.UUID | None, str] = {
            i: c for i, c in s.execute(select(m.Store.id, m.Store.code))
        }
        names: dict[uuid.UUID | None, str] = {
            i: n for i, n in s.execute(select(m.Staff.id, m.Staff.name))
        }

        def seen(use: m.BenefitUse) -> UseSeen:
            return UseSeen(freeze(use), codes.get(use.store_id, ""), names.get(use.staff_id, ""))

        return DoubleUse(
            conflict.id,
            freeze(benefit),
            tuple(seen(u) for u in kept),
            seen(extra) if extra is not None else None,
        )


def settle_double_use(desk: Desk, s: Session, conflict: m.SyncConflict, choice: str) -> None:
    """Settle a benefit used twice, inside the conflict's unit of work: "theirs" voids
    the use past the limit (the uses head office counted first stand), "mine" lets
    both stand. A store manager's or head office's decision."""
    if choice not in ("theirs", "mine"):
        raise ValidationError("conflict.choice", value=choice)
    role = (
        s.scalar(select(m.Staff.role).where(m.Staff.id == desk.acting_staff_id))
        if desk.acting_staff_id is not None
        else None
    )
    if role is None or Role(role) not in ROLES_MANAGING:
        raise ValidationError("benefit.settle_not_allowed")
    if conflict.resolved_at is not None or choice == "mine":
        return
    use = s.get(m.BenefitUse, conflict.entity_id)
    if use is not None and not use.deleted:
        use.deleted = True


def _named(grant: rules.Grant) -> Named:
    return Named(grant.title, grant.title_zh)


def _title(row: m.Benefit) -> Named:
    return Named(row.title, row.title_zh)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _date(value: dt.date | str | None, field: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = halfwidth(value).strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.replace("/", "-"))
    except ValueError:
        raise ValidationError("benefit.date", field=field, value=value) from None


def _max_uses(value: int | str | None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        uses = int(halfwidth(str(value)).strip())
    except ValueError:
        raise ValidationError("benefit.max_uses", field="max_uses", value=str(value)) from None
    if not 1 <= uses <= MAX_USES:
        raise ValidationError("benefit.max_uses", field="max_uses", value=str(value))
    return uses


__all__ = [
    "BenefitService",
    "BenefitView",
    "DoubleUse",
    "UseSeen",
    "double_use",
    "settle_double_use",
]
