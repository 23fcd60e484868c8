"""Head office's reason for refusing an op, as a message key and its parameters, so
the device words it in the language of the person reading it.

Head office answers `detail: {"reason": english, "key": ..., "params": {...}}`. The
English `reason` is what devices from before keys read (and what `jeweldesk sync`
prints); a device that knows the key renders it from the catalogue (`refusal.*` and
the `book.*` rules in `domain/messages.py`). Parameters travel as plain JSON values:
a `Named` (a person with their Chinese name) as its two parts, rebuilt here.

Parameters naming the refused record's columns (`field`, `fields`) or kinds of record
(`entity`, `target`) come as head office's column and table names: those are what the
English reason has always said. A device words them with its own labels ("Form of
address", "称谓"), passed in by the caller: the labels are the interface's, translated
by Qt, and the core does not reach into the interface.
"""

from __future__ import annotations

import string
from collections.abc import Callable, Mapping
from typing import Any

from jeweldesk.domain.messages import CATALOGUE, Named, normalise_language, render

FIELD_PARAMS = frozenset({"field", "fields"})  # a column, or a list of columns
RECORD_PARAMS = frozenset({"entity", "target"})  # a table

Namer = Callable[[str], str]


def params_to_wire(params: Mapping[str, Any]) -> dict[str, Any]:
    """Parameters as plain JSON values: a `Named` as `{"name", "chinese"}`, a tuple as
    a list, anything else that is not a plain value as its text."""
    return {key: _plain(value) for key, value in params.items()}


def _plain(value: Any) -> Any:
    if isinstance(value, Named):
        return {"name": str(value), "chinese": value.chinese}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, (bool, int, float)):
        return value
    return str(value)  # str subclasses (a `Ref`) as plain text, a Decimal as written


def params_from_wire(params: Mapping[str, Any]) -> dict[str, Any]:
    """The wire's parameters with each `Named` rebuilt."""
    return {key: _rebuilt(value) for key, value in params.items()}


def _rebuilt(value: Any) -> Any:
    if isinstance(value, dict) and set(value) == {"name", "chinese"}:
        return Named(str(value["name"]), str(value["chinese"] or ""))
    if isinstance(value, list):
        return [_rebuilt(v) for v in value]
    return value


def wording(
    key: str,
    params: Mapping[str, Any],
    lang: str = "en",
    field_name: Namer | None = None,
    record_name: Namer | None = None,
) -> str:
    """The refusal in `lang`, its columns and records named by `field_name` and
    `record_name` where given (head office's own names otherwise)."""
    lang = normalise_language(lang)
    joiner = "、" if lang.startswith("zh") else ", "
    named: dict[str, Any] = {}
    for param, value in params.items():
        if param in FIELD_PARAMS:
            value = _names(value, field_name or str, joiner)
        elif param in RECORD_PARAMS:
            value = _names(value, record_name or str, joiner)
        elif isinstance(value, list):
            value = joiner.join(str(v) for v in value)
        named[param] = value
    return render(key, lang, **named)


def _names(value: Any, namer: Namer, joiner: str) -> str:
    if isinstance(value, list):
        return joiner.join(namer(str(v)) for v in value)
    return namer(str(value))


def reason(
    detail: Mapping[str, Any] | None,
    english: str,
    lang: str,
    field_name: Namer | None = None,
    record_name: Namer | None = None,
) -> str:
    """A refused op's reason in `lang`: its key's text where the device knows the key
    and has every parameter the text needs, else head office's English as given (an
    older head office sends no key, a newer one may send a key this app predates).

    English keeps the table's name for a kind of record, spaced: its reasons say
    "purchases cannot be changed after they are recorded", in the plural the table's
    name has and a label ("Purchase") has not. Chinese has no plural to agree with:
    it takes the label (购买记录)."""
    if not detail or not isinstance(detail.get("key"), str):
        return english
    key, params = detail["key"], detail.get("params")
    if key not in CATALOGUE or not isinstance(params, dict):
        return english
    wanted = {f for _, f, _, _ in string.Formatter().parse(CATALOGUE[key]["en"]) if f}
    if not wanted <= params.keys():
        return english
    if record_name is None or not normalise_language(lang).startswith("zh"):
        record_name = _spaced
    return wording(key, params_from_wire(params), lang, field_name, record_name)


def _spaced(table: str) -> str:
    return table.replace("_", " ")
