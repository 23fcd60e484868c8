"""The import note: what a row of a client list said that has no field of its own (the
loyalty tier, tags, lifetime spend, the marketing answer, the file's own note), with
the file and line it came from. Written by a device's import and head office's alike."""

from __future__ import annotations

from functools import lru_cache

from jeweldesk.domain.messages import Ref, render
from jeweldesk.domain.names import clean_text
from jeweldesk.imports import drafts as drafting
from jeweldesk.imports.drafts import ClientDraft

LINE = "\ue000"  # stands for a value that differs per row: each line is rendered once


@lru_cache(maxsize=1_024)
def _words(key: str, lang: str, params: tuple[tuple[str, object], ...] = ()) -> str:
    return render(key, lang, **dict(params))


def import_note(d: ClientDraft, file_name: str, lang: str) -> str:
    """What the file said that has no field of its own: the loyalty tier, tags, lifetime
    spend, the marketing answer and the file's own note, with where it came from."""
    lines = []
    if d.tier:
        lines.append(_words("import.note.tier", lang, (("tier", Ref(f"tier.{d.tier}")),)))
    if d.tags:
        lines.append(_words("import.note.tags", lang, (("tags", ", ".join(d.tags)),)))
    if d.spend is not None:
        spend = _words("import.note.spend", lang, (("amount", LINE),))
        lines.append(spend.replace(LINE, drafting.spend_text(d.spend)))
    if d.accepts_marketing is not None:
        key = "import.note.marketing_yes" if d.accepts_marketing else "import.note.marketing_no"
        lines.append(_words(key, lang))
    if d.note:
        lines.append(clean_text(d.note))
    if not lines:
        return ""
    source = _words("import.note.source", lang, (("file", file_name), ("line", LINE)))
    return "\n".join([source.replace(LINE, str(d.line)), *lines])
