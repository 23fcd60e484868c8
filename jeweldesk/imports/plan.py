"""What an import will do, row by row, before anything is written: each row is new, a
proposed merge (with the record it matches, for a side-by-side look), already imported
by an earlier run of the same file, or refused with its reason."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from jeweldesk.imports.drafts import ClientDraft, Problem
from jeweldesk.imports.duplicates import PersonIndex


class Action(StrEnum):
    NEW = "new"  # a client to create
    MERGE = "merge"  # the same person as a client or an earlier row: the person decides
    KNOWN = "known"  # written by an earlier run of this file: nothing to do
    REFUSED = "refused"  # cannot be imported (no name): the reason says why


class Choice(StrEnum):
    """What the person chose for one proposed merge."""

    MERGE = "merge"  # the same person: add what the row has that the client lacks
    NEW = "new"  # a different person after all: a client of their own
    SKIP = "skip"  # leave the row out of this import


@dataclass(frozen=True, slots=True)
class Candidate:
    """The record a row may be the same person as: a client of the store, or an
    earlier row of the file (`line`)."""

    reasons: frozenset[str]
    client_id: uuid.UUID | None = None
    line: int | None = None
    name: str = ""
    phone: str = ""
    email: str = ""


@dataclass(frozen=True, slots=True)
class RowPlan:
    line: int
    action: Action
    draft: ClientDraft
    problems: tuple[Problem, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    known_batch: uuid.UUID | None = None
    known_line: int | None = None
    fingerprint: str = ""  # the draft's, worked out once

    @property
    def target(self) -> Candidate | None:
        """The one record a merge would go into; None when the row matches several."""
        return self.candidates[0] if len(self.candidates) == 1 else None


@dataclass(frozen=True, slots=True)
class ImportPlan:
    file_name: str
    file_digest: str
    format: str
    encoding: str
    headers: tuple[str, ...]
    unmapped: tuple[str, ...]
    blank_rows: int
    store_id: uuid.UUID
    rows: tuple[RowPlan, ...] = field(default=())

    def count(self, action: Action) -> int:
        return sum(1 for r in self.rows if r.action is action)

    @property
    def problems(self) -> int:
        return sum(len(r.problems) for r in self.rows)


@dataclass(frozen=True, slots=True)
class Known:
    batch_id: uuid.UUID
    line: int
    client_id: uuid.UUID


def plan_rows(
    drafts: Sequence[ClientDraft],
    refused: Mapping[int, Problem],
    store: PersonIndex[uuid.UUID],
    known: Mapping[str, Known],
) -> list[RowPlan]:
    """Each draft's action, in file order. `refused` holds the rows a rule refused
    (line → why); `store` indexes the store's clients; `known` the fingerprints an
    earlier batch imported. A row is matched against the store and against the rows
    before it (the first of two alike is the one imported)."""
    earlier: PersonIndex[int] = PersonIndex()
    # Who each row turned out to be: a client (it matched one, or was imported before)
    # or the first row of the file naming that person. A row matching both a client
    # and an earlier row that matched the same client has one candidate, not two.
    identity: dict[int, tuple[str, object]] = {}
    out: list[RowPlan] = []
    for d in drafts:
        if d.line in refused:
            problems = (refused[d.line], *d.problems)
            out.append(RowPlan(d.line, Action.REFUSED, d, problems, fingerprint=d.fingerprint()))
            continue
        lookup = {"phones": d.phone_numbers, "emails": d.email_addresses, "keys": d.keys}
        fingerprint = d.fingerprint()
        seen = known.get(fingerprint)
        if seen is not None:
            identity[d.line] = ("client", seen.client_id)
            earlier.add(d.line, **lookup)
            out.append(
                RowPlan(
                    d.line,
                    Action.KNOWN,
                    d,
                    d.problems,
                    (Candidate(frozenset(), client_id=seen.client_id),),
                    seen.batch_id,
                    seen.line,
                    fingerprint,
                )
            )
            continue
        found: dict[tuple[str, object], set[str]] = {}
        for in_store in store.find(**lookup):
            found.setdefault(("client", in_store.ref), set()).update(in_store.reasons)
        for in_file in earlier.find(**lookup):
            who = identity.get(in_file.ref, ("line", in_file.ref))
            found.setdefault(who, set()).update(in_file.reasons)
        earlier.add(d.line, **lookup)
        candidates = tuple(_candidate(who, reasons) for who, reasons in found.items())
        identity[d.line] = next(iter(found)) if len(found) == 1 else ("line", d.line)
        action = Action.MERGE if candidates else Action.NEW
        out.append(RowPlan(d.line, action, d, d.problems, candidates, fingerprint=fingerprint))
    return out


def _candidate(who: tuple[str, object], reasons: set[str]) -> Candidate:
    kind, ref = who
    if kind == "client" and isinstance(ref, uuid.UUID):
        return Candidate(frozenset(reasons), client_id=ref)
    assert isinstance(ref, int)
    return Candidate(frozenset(reasons), line=ref)
