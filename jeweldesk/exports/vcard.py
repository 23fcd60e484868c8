"""vCard 4.0 (RFC 6350) written, and vCard 2.1/3.0/4.0 read, by hand.

No maintained Python library writes 4.0 properly (vobject speaks 3.0, with no ALTID,
no VALUE=uri telephone numbers, no `--MMDD` birthdays), so this module does the small
part of the RFC the store needs: escaping (RFC 6350 §3.4), folding at 75 octets without
splitting a UTF-8 character (§3.2), and unfolding, parameters and quoted-printable
(vCard 2.1, still written by old phones) when reading."""

from __future__ import annotations

import datetime as dt
import quopri
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

LINE_OCTETS = 75


@dataclass(frozen=True)
class Card:
    """One person as a vCard holds them, in plain values."""

    family_name: str = ""
    given_name: str = ""
    formatted_name: str = ""
    name_local: str = ""  # the name in its own script (王美玲), when the card has two
    language: str = ""  # a BCP 47 tag: zh-CN, en
    phones: tuple[str, ...] = ()
    emails: tuple[str, ...] = ()
    birthday: tuple[int | None, int, int] | None = None  # (year or None, month, day)
    anniversary: tuple[int | None, int, int] | None = None
    note: str = ""
    categories: tuple[str, ...] = ()
    uid: str = ""
    revision: dt.datetime | None = None
    name_local_language: str = ""


def escape(value: str) -> str:
    """A text value with \\ , ; and newlines escaped (RFC 6350 §3.4)."""
    return (
        value.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """One content line folded into lines of at most 75 octets (the CRLF aside); a
    continuation starts with a space, which counts toward its 75. A UTF-8 character is
    never cut in two."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    limit = LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, LINE_OCTETS
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n".join(out) + "\r\n"


def _date(value: tuple[int | None, int, int]) -> str:
    year, month, day = value
    return f"{year:04d}{month:02d}{day:02d}" if year else f"--{month:02d}{day:02d}"


def write(card: Card) -> str:
    """The card as vCard 4.0 text (CRLF line ends, folded)."""
    lines = ["BEGIN:VCARD", "VERSION:4.0"]
    n_value = ";".join([escape(card.family_name), escape(card.given_name), "", "", ""])
    if card.name_local and card.name_local != card.formatted_name:
        # Two renderings of one name: the same ALTID, each with its language.
        lang = card.name_local_language or "zh"
        lines.append(f"FN;ALTID=1;LANGUAGE=en:{escape(card.formatted_name)}")
        lines.append(f"FN;ALTID=1;LANGUAGE={lang}:{escape(card.name_local)}")
        lines.append(f"N;ALTID=1;LANGUAGE=en:{n_value}")
    else:
        lines.append(f"FN:{escape(card.formatted_name or card.name_local)}")
        lines.append(f"N:{n_value}")
    if card.language:
        lines.append(f"LANG;PREF=1:{card.language}")
    for index, phone in enumerate(card.phones):
        pref = ";PREF=1" if index == 0 else ""
        lines.append(f'TEL;VALUE=uri;TYPE="voice,cell"{pref}:tel:{phone}')
    for index, email in enumerate(card.emails):
        pref = ";PREF=1" if index == 0 else ""
        lines.append(f"EMAIL;TYPE=home{pref}:{escape(email)}")
    if card.birthday:
        lines.append(f"BDAY:{_date(card.birthday)}")
    if card.anniversary:
        lines.append(f"ANNIVERSARY:{_date(card.anniversary)}")
    if card.note:
        lines.append(f"NOTE:{escape(card.note)}")
    if card.categories:
        lines.append("CATEGORIES:" + ",".join(escape(c) for c in card.categories))
    if card.revision:
        lines.append(f"REV:{card.revision.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}")
    if card.uid:
        lines.append(f"UID:{card.uid}")
    lines.append("END:VCARD")
    return "".join(fold(line) for line in lines)


def write_many(cards: Sequence[Card]) -> str:
    return "".join(write(c) for c in cards)


# --- reading -------------------------------------------------------------------------


@dataclass
class _Line:
    name: str
    params: dict[str, list[str]] = field(default_factory=dict)
    value: str = ""


def _unfold(text: str) -> Iterator[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[str] = []
    for raw in text.split("\n"):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] += raw[1:]
        elif lines and lines[-1].endswith("=") and "QUOTED-PRINTABLE" in lines[-1].upper():
            lines[-1] = lines[-1][:-1] + raw  # a quoted-printable soft line break
        else:
            lines.append(raw)
    yield from (line for line in lines if line.strip())


def _split(text: str, sep: str) -> list[str]:
    """Split on `sep` outside backslash escapes and double quotes."""
    parts, current, quoted, escaped = [], [], False, False
    for char in text:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
            current.append(char)
        elif char == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _parse_line(line: str) -> _Line:
    head, _, value = line.partition(":")
    # A ':' inside a quoted parameter value belongs to the parameter.
    while head.count('"') % 2:
        more, _, value = value.partition(":")
        head += ":" + more
    pieces = _split(head, ";")
    name = pieces[0].split(".")[-1].upper()  # item1.TEL → TEL
    params: dict[str, list[str]] = {}
    for piece in pieces[1:]:
        key, eq, val = piece.partition("=")
        if not eq:  # vCard 2.1: TEL;CELL;VOICE
            key, val = (
                ("ENCODING", key)
                if key.upper() in ("QUOTED-PRINTABLE", "BASE64")
                else (
                    "TYPE",
                    key,
                )
            )
        params.setdefault(key.upper(), []).extend(
            v.strip('"') for v in val.split(",") if v.strip('"')
        )
    encoding = [v.upper() for v in params.get("ENCODING", [])]
    if "QUOTED-PRINTABLE" in encoding:
        charset = (params.get("CHARSET") or ["utf-8"])[0]
        value = quopri.decodestring(value.encode("ascii", "replace")).decode(charset, "replace")
    return _Line(name, params, value)


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _read_date(value: str) -> tuple[int | None, int, int] | None:
    text = value.strip().split("T")[0].replace("-", "") if not value.startswith("--") else ""
    if value.startswith("--"):
        digits = value[2:].replace("-", "")[:4]
        if len(digits) == 4 and digits.isdigit():
            return None, int(digits[:2]), int(digits[2:])
        return None
    if len(text) >= 8 and text[:8].isdigit():
        year = int(text[:4])
        return (None if year in (1604, 0) else year), int(text[4:6]), int(text[6:8])
    return None


def read(text: str) -> list[Card]:
    """Every card in `text` (2.1, 3.0 or 4.0), in order."""
    cards: list[Card] = []
    current: list[_Line] | None = None
    for raw in _unfold(text):
        line = _parse_line(raw)
        if line.name == "BEGIN" and line.value.strip().upper() == "VCARD":
            current = []
        elif line.name == "END" and line.value.strip().upper() == "VCARD":
            if current is not None:
                cards.append(_card(current))
            current = None
        elif current is not None:
            current.append(line)
    return cards


def _card(lines: list[_Line]) -> Card:
    fields: dict[str, object] = {}
    phones: list[str] = []
    emails: list[str] = []
    categories: list[str] = []
    names: list[_Line] = [line for line in lines if line.name == "FN"]
    for line in lines:
        if line.name == "N" and "family_name" not in fields:
            parts = [unescape(p) for p in _split(line.value, ";")] + ["", ""]
            fields["family_name"], fields["given_name"] = parts[0].strip(), parts[1].strip()
        elif line.name == "TEL":
            phones.append(re.sub(r"^tel:", "", unescape(line.value).strip(), flags=re.I))
        elif line.name == "EMAIL":
            emails.append(unescape(line.value).strip())
        elif line.name in ("BDAY", "ANNIVERSARY"):
            key = "birthday" if line.name == "BDAY" else "anniversary"
            fields[key] = _read_date(line.value)
        elif line.name == "NOTE":
            fields["note"] = unescape(line.value)
        elif line.name == "CATEGORIES":
            categories += [unescape(c).strip() for c in _split(line.value, ",") if c.strip()]
        elif line.name == "LANG" and "language" not in fields:
            fields["language"] = line.value.strip()
        elif line.name == "UID":
            fields["uid"] = line.value.strip()
    latin = [n for n in names if not _is_cjk(unescape(n.value))]
    local = [n for n in names if _is_cjk(unescape(n.value))]
    formatted = unescape((latin or local or [_Line("FN")])[0].value)
    name_local = unescape(local[0].value) if local else ""
    return Card(
        family_name=str(fields.get("family_name", "")),
        given_name=str(fields.get("given_name", "")),
        formatted_name=formatted,
        name_local=name_local,
        language=str(fields.get("language", "")),
        phones=tuple(p for p in phones if p),
        emails=tuple(e for e in emails if e),
        birthday=fields.get("birthday"),  # type: ignore[arg-type]
        anniversary=fields.get("anniversary"),  # type: ignore[arg-type]
        note=str(fields.get("note", "")),
        categories=tuple(categories),
        uid=str(fields.get("uid", "")),
    )


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)
