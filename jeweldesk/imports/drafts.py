"""One row of a client list read into a `ClientDraft`: the values a new client would be
created with, each normalised, and the problems met on the way. A bad value (an
e-mail with no domain, a date nobody can read) leaves that field out and is reported;
the row itself is refused only when it holds no name."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from jeweldesk.domain.errors import ValidationError
from jeweldesk.domain.names import clean, clean_text, halfwidth, has_cjk
from jeweldesk.imports import values
from jeweldesk.imports.headers import ColumnMap, Field
from jeweldesk.imports.likeness import name_keys
from jeweldesk.imports.reading import Cell, SourceRow


@dataclass(frozen=True, slots=True)
class Problem:
    """What was wrong with one field of a row: the message key and its parameters (from
    the catalogue of `domain/messages.py`), rendered in the reader's language."""

    field: str
    key: str
    params: tuple[tuple[str, object], ...] = ()

    @classmethod
    def of(cls, error: ValidationError, field: str) -> Problem:
        return cls(error.field or field, error.key, tuple(error.params.items()))


@dataclass(frozen=True, slots=True)
class ClientDraft:
    line: int
    family_name: str = ""
    given_name: str = ""
    name_local: str = ""
    name_romanised: str = ""
    title: str = ""
    gender: str = ""
    language: str = ""
    source: str = ""
    phones: tuple[tuple[str, str], ...] = ()  # (as written, E.164)
    emails: tuple[tuple[str, str], ...] = ()  # (as written, for matching)
    address: str = ""
    birthday: values.DayOfYear | None = None
    tier: str = ""  # JewelDesk's word (gold), or "" when kept as a tag
    tier_as_written: str = ""
    tags: tuple[str, ...] = ()
    spend: values.Amount | None = None
    accepts_marketing: bool | None = None
    note: str = ""
    problems: tuple[Problem, ...] = ()
    keys: frozenset[str] = field(default_factory=frozenset)

    @property
    def has_name(self) -> bool:
        return bool(self.family_name or self.given_name or self.name_local or self.name_romanised)

    @property
    def phone_numbers(self) -> frozenset[str]:
        return frozenset(n for _, n in self.phones)

    @property
    def email_addresses(self) -> frozenset[str]:
        return frozenset(e for _, e in self.emails)

    def fingerprint(self) -> str:
        """The row's identity across runs: the same person with the same details, in
        whatever column order or encoding the file came."""
        parts = [
            self.family_name,
            self.given_name,
            self.name_local,
            self.name_romanised,
            ",".join(sorted(self.phone_numbers)),
            ",".join(sorted(self.email_addresses)),
            self.address,
            "" if self.birthday is None else repr(self.birthday),
            self.tier or self.tier_as_written,
            ",".join(self.tags),
            "" if self.spend is None else f"{self.spend.value} {self.spend.currency}",
            self.note,
        ]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def draft(row: SourceRow, columns: ColumnMap, region: str) -> ClientDraft:
    """`row` read through `columns`, phones parsed for a store in `region` (its country:
    a number without a country code is a local one)."""
    problems: list[Problem] = []

    width = len(row.cells)

    def cells(f: Field) -> list[Cell]:
        return [row.cells[i] for i in columns.columns(f) if i < width and _filled(row.cells[i])]

    def text(f: Field) -> str:
        for i in columns.columns(f):
            if i < width and _filled(row.cells[i]):
                return clean(halfwidth(str(row.cells[i])))
        return ""

    whole = text(Field.NAME)
    family, given = text(Field.FAMILY_NAME), text(Field.GIVEN_NAME)
    local, romanised = text(Field.NAME_LOCAL), text(Field.NAME_ROMANISED)
    if whole and has_cjk(whole):
        local = local or whole
    elif whole and not (family or given or romanised):
        romanised = whole  # 'Chan Ka Yan' or 'Meiling Wang': its order is not known
    elif whole and has_cjk(family + given) and not romanised:
        romanised = whole
    if has_cjk(family + given) and not local:
        local, family, given = family + given, "", ""

    phones: dict[str, str] = {}
    for cell in cells(Field.PHONE):
        for number in values.phones_in(str(cell)):
            try:
                phones.setdefault(values.phone(number, region), number)
            except ValidationError as error:
                problems.append(Problem.of(error, "phone"))
    emails: dict[str, str] = {}
    for cell in cells(Field.EMAIL):
        for address in values.phones_in(str(cell)):  # the same separators as phones
            try:
                emails.setdefault(values.email(address), address.strip())
            except ValidationError as error:
                problems.append(Problem.of(error, "email"))

    birthday = None
    if found := cells(Field.BIRTHDAY):
        try:
            birthday = values.day_of_year(_date_or_text(found[0]), region)
        except ValidationError as error:
            problems.append(Problem.of(error, "birthday"))

    spend = None
    if found := cells(Field.SPEND):
        try:
            spend = values.money(str(found[0]))
        except ValidationError as error:
            problems.append(Problem.of(error, "spend"))
    if spend is not None and not spend.currency and (currency := text(Field.CURRENCY)):
        spend = values.Amount(spend.value, currency.upper()[:3])

    tags = [t for cell in cells(Field.TAGS) for t in values.tags_in(str(cell))]
    tier_written = text(Field.TIER)
    tier = values.tier(tier_written) if tier_written else None
    if tier_written and tier is None:
        tags.append(tier_written)  # VIP, 普通会员: not one of JewelDesk's tiers

    marketing = None
    if answer := text(Field.ACCEPTS_MARKETING):
        marketing = values.yes_no(answer)

    address = ", ".join(clean(halfwidth(str(c))) for c in cells(Field.ADDRESS))
    notes = "\n".join(clean_text(str(c)) for c in cells(Field.NOTE))
    keys = name_keys(
        family=family, given=given, name_local=local, name_romanised=romanised, whole=whole
    )
    return ClientDraft(
        line=row.line,
        family_name=family,
        given_name=given,
        name_local=local,
        name_romanised=romanised,
        title=text(Field.TITLE),
        gender=values.gender(gender) if (gender := text(Field.GENDER)) else "",
        language=text(Field.LANGUAGE),
        source=text(Field.SOURCE),
        phones=tuple((written, e164) for e164, written in phones.items()),
        emails=tuple((written, normal) for normal, written in emails.items()),
        address=address,
        birthday=birthday,
        tier=tier or "",
        tier_as_written=tier_written,
        tags=tuple(dict.fromkeys(tags)),
        spend=spend,
        accepts_marketing=marketing,
        note=notes,
        problems=tuple(problems),
        keys=keys,
    )


def _filled(cell: Cell) -> bool:
    return isinstance(cell, dt.date) or bool(str(cell).strip())


def _date_or_text(cell: Cell) -> str | dt.date:
    return cell if isinstance(cell, dt.date) else str(cell)


def spend_text(amount: values.Amount) -> str:
    value = amount.value.quantize(Decimal("0.01"))
    return f"{value:,} {amount.currency}".strip()
