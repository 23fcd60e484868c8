"""Finding the same person twice: by phone, by e-mail, or by name in any writing
(`likeness.name_keys`). One index holds the store's clients, another the rows of the
file read so far; both answer in a dictionary lookup per key, so 100,000 rows against
100,000 clients take seconds, not hours."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

Ref = TypeVar("Ref", bound=Hashable)

PHONE, EMAIL, NAME = "phone", "email", "name"
# A name shared by many clients (王芳, Wang Fang) says little: past this many holders a
# name key alone proposes nothing; a phone or an e-mail still does.
NAME_KEY_LIMIT = 12


@dataclass(frozen=True, slots=True)
class Match(Generic[Ref]):
    ref: Ref
    reasons: frozenset[str]


class PersonIndex(Generic[Ref]):
    """People by phone, e-mail and name key."""

    def __init__(self) -> None:
        self._by: dict[str, dict[str, list[Ref]]] = {
            PHONE: defaultdict(list),
            EMAIL: defaultdict(list),
            NAME: defaultdict(list),
        }
        self._phones: dict[Ref, set[str]] = defaultdict(set)

    def add(
        self,
        ref: Ref,
        *,
        phones: Iterable[str] = (),
        emails: Iterable[str] = (),
        keys: Iterable[str] = (),
    ) -> None:
        for kind, found in ((PHONE, phones), (EMAIL, emails), (NAME, keys)):
            for value in found:
                holders = self._by[kind][value]
                if ref not in holders:
                    holders.append(ref)
        self._phones[ref].update(phones)

    def find(
        self,
        *,
        phones: Iterable[str] = (),
        emails: Iterable[str] = (),
        keys: Iterable[str] = (),
    ) -> list[Match[Ref]]:
        """Everyone sharing a phone, an e-mail or a name key, strongest reasons first.
        Two people of the same name whose phones all differ are two people: a name
        match is dropped when both sides have phones and share none."""
        phones = set(phones)
        reasons: dict[Ref, set[str]] = defaultdict(set)
        for kind, found in ((PHONE, phones), (EMAIL, set(emails))):
            for value in found:
                for ref in self._by[kind].get(value, ()):
                    reasons[ref].add(kind)
        for key in set(keys):
            holders = self._by[NAME].get(key, ())
            if len(holders) > NAME_KEY_LIMIT:
                continue
            for ref in holders:
                theirs = self._phones.get(ref, set())
                if ref in reasons or not (phones and theirs) or phones & theirs:
                    reasons[ref].add(NAME)
        order = {PHONE: 0, EMAIL: 1, NAME: 2}
        return sorted(
            (Match(ref, frozenset(r)) for ref, r in reasons.items()),
            key=lambda m: (min(order[r] for r in m.reasons), -len(m.reasons)),
        )
