"""vCard: a client as a vCard 4.0 (RFC 6350) card, and cards read back, whether 4.0
or the 3.0 (and 2.1) that phones' address books write.

Written here rather than with a library: the well-kept Python ones write 3.0, and
what a client card needs of 4.0 (ALTID alternatives, `--MMDD` birthdays, `tel:` URIs,
folding at 75 octets on a character boundary) is a small, exact codec."""

from __future__ import annotations

import datetime as dt
import quopri
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

FOLD_OCTETS = 75
CRLF = "\r\n"


@dataclass(frozen=True, slots=True)
class Birthday:
    """A birthday; `year` is None when the client gave only the day."""

    month: int
    day: int
    year: int | None = None


@dataclass(frozen=True, slots=True)
class Telephone:
    number: str  # as written: '+8613812345678'
    types: tuple[str, ...] = ()  # lower case: 'cell', 'work', 'voice'…


@dataclass(frozen=True, slots=True)
class Card:
    """One person's card, values unescaped."""

    formatted_name: str = ""
    family_name: str = ""
    given_name: str = ""
    prefix: str = ""
    local_name: str = ""  # the name in its own script (a second FN with a LANGUAGE)
    local_language: str = ""  # its BCP 47 tag: 'zh-Hans'
    name_language: str = ""  # the first FN's tag, when given
    phones: tuple[Telephone, ...] = ()
    emails: tuple[str, ...] = ()
    birthday: Birthday | None = None
    languages: tuple[str, ...] = ()  # BCP 47 tags, preferred first
    categories: tuple[str, ...] = ()
    revision: dt.datetime | None = None
    uid: str = ""
    version: str = "4.0"


@dataclass(frozen=True, slots=True)
class ContentLine:
    group: str
    name: str  # upper case
    params: dict[str, list[str]] = field(default_factory=dict)  # keys upper case
    value: str = ""  # still escaped

    def param(self, key: str) -> str:
        values = self.params.get(key, [])
        return values[0] if values else ""

    @property
    def types(self) -> tuple[str, ...]:
        return tuple(t.lower() for t in self.params.get("TYPE", []))


class VCardError(ValueError):
    """Text that is not a vCard (no BEGIN:VCARD … END:VCARD)."""


# --- writing -------------------------------------------------------------------------


def escape(text: str) -> str:
    """A text value escaped (RFC 6350 §3.4): backslash, comma, semicolon, newline."""
    return (
        text.replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def _param_value(value: str) -> str:
    value = value.replace('"', "'").replace("\r", " ").replace("\n", " ")
    return f'"{value}"' if any(c in value for c in ":;,") else value


def fold(line: str) -> str:
    """One content line folded: no physical line over 75 octets of UTF-8, a
    continuation starting with one space, and never a character split across lines."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    limit = FOLD_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, FOLD_OCTETS
        current.append(ch)
        size += width
    out.append("".join(current))
    return CRLF.join(out)


def _line(name: str, text: str, **params: str) -> str:
    head = name + "".join(f";{k.upper()}={_param_value(v)}" for k, v in params.items() if v)
    return fold(f"{head}:{text}")


def _bday(birthday: Birthday) -> str:
    if birthday.year is None:
        return f"--{birthday.month:02d}{birthday.day:02d}"
    return f"{birthday.year:04d}{birthday.month:02d}{birthday.day:02d}"


def write(card: Card) -> str:
    """The card as vCard 4.0 text, CRLF line ends, folded."""
    lines = ["BEGIN:VCARD", "VERSION:4.0"]
    altid = "1" if card.local_name else ""
    lines.append(_line("FN", escape(card.formatted_name), altid=altid, language=card.name_language))
    if card.local_name:
        lines.append(
            _line("FN", escape(card.local_name), altid=altid, language=card.local_language)
        )
    lines.append(
        _line(
            "N",
            ";".join(escape(p) for p in (card.family_name, card.given_name, "", card.prefix, "")),
        )
    )
    for phone in card.phones:
        number = phone.number if phone.number.startswith("tel:") else f"tel:{phone.number}"
        lines.append(_line("TEL", number, value="uri", type=",".join(phone.types)))
    for email in card.emails:
        lines.append(_line("EMAIL", escape(email)))
    if card.birthday is not None:
        lines.append(_line("BDAY", _bday(card.birthday)))
    for rank, lang in enumerate(card.languages, start=1):
        lines.append(_line("LANG", lang, pref=str(rank) if len(card.languages) > 1 else ""))
    if card.categories:
        lines.append(_line("CATEGORIES", ",".join(escape(c) for c in card.categories)))
    if card.revision is not None:
        rev = card.revision.astimezone(dt.UTC) if card.revision.tzinfo else card.revision
        lines.append(_line("REV", rev.strftime("%Y%m%dT%H%M%SZ")))
    if card.uid:
        uid = card.uid if ":" in card.uid else f"urn:uuid:{card.uid}"
        lines.append(_line("UID", uid))
    lines.append("END:VCARD")
    return CRLF.join(lines) + CRLF


def write_many(cards: Sequence[Card]) -> str:
    return "".join(write(c) for c in cards)


# --- reading -------------------------------------------------------------------------


def unfold(text: str) -> list[str]:
    """The logical lines of `text`: CRLF, LF or CR ends; a line starting with a space or
    a tab continues the one before; a 2.1 quoted-printable value's soft break (`=` at
    the end) joins the next line."""
    physical = re.split(r"\r\n|\r|\n", text.lstrip("\ufeff"))
    logical: list[str] = []
    for raw in physical:
        if raw[:1] in (" ", "\t") and logical:
            logical[-1] += raw[1:]
        elif logical and logical[-1].endswith("=") and _quoted_printable(logical[-1]):
            logical[-1] = logical[-1][:-1] + raw
        elif raw.strip():
            logical.append(raw)
    return logical


def _quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _split_unquoted(text: str, sep: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
            continue
        if ch == sep and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def parse_line(line: str) -> ContentLine:
    """'item1.TEL;type=CELL;type=pref:+86 138…' → its group, name, params and value."""
    quoted = False
    colon = -1
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            colon = i
            break
    if colon < 0:
        raise VCardError(f"not a content line: {line[:40]!r}")
    head, value = line[:colon], line[colon + 1 :]
    name_part, *param_parts = _split_unquoted(head, ";")
    group, _, name = name_part.rpartition(".")
    params: dict[str, list[str]] = {}
    for part in param_parts:
        key, eq, raw = part.partition("=")
        if not eq:  # 2.1: TEL;CELL;VOICE:…
            key, raw = ("ENCODING", key) if key.upper() == "QUOTED-PRINTABLE" else ("TYPE", key)
        values = [v for v in _split_unquoted(raw, ",") if v]
        params.setdefault(key.strip().upper(), []).extend(values)
    content = ContentLine(group, name.strip().upper(), params, value)
    if content.param("ENCODING").upper() == "QUOTED-PRINTABLE":
        charset = content.param("CHARSET") or "utf-8"
        decoded = quopri.decodestring(value.encode("ascii", "replace")).decode(charset, "replace")
        content = ContentLine(group, content.name, params, decoded)
    return content


def unescape(text: str) -> str:
    out: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            following = next(chars, "")
            out.append("\n" if following in ("n", "N") else following)
        else:
            out.append(ch)
    return "".join(out)


def split_value(text: str, sep: str) -> list[str]:
    """A structured or list value split on `sep` where it is not escaped, unescaped."""
    parts: list[str] = []
    current: list[str] = []
    chars = iter(text)
    for ch in chars:
        if ch == "\\":
            current.append(ch + next(chars, ""))
        elif ch == sep:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
    parts.append(unescape("".join(current)))
    return parts


_BDAY_FORMS = (
    (re.compile(r"^--(\d{2})-?(\d{2})$"), False),  # --0501, --05-01
    (re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?:T.*)?$"), True),  # 19880229, 1988-02-29
)


def parse_birthday(value: str, omit_year: str = "") -> Birthday | None:
    """BDAY's value: `19880229`, `1988-02-29`, `--0501`, `--05-01` (also with a time);
    None when it is not a day of the calendar. `omit_year` is Apple's
    X-APPLE-OMIT-YEAR: the placeholder year of a birthday given without one."""
    text = value.strip()
    for pattern, has_year in _BDAY_FORMS:
        found = pattern.match(text)
        if not found:
            continue
        numbers = [int(g) for g in found.groups()]
        year = numbers.pop(0) if has_year else None
        month, day = numbers
        if year is not None and omit_year and str(year) == omit_year.strip():
            year = None
        try:
            dt.date(year if year is not None else 2000, month, day)  # 2000: a leap year
        except ValueError:
            return None
        return Birthday(month, day, year)
    return None


def _revision(value: str) -> dt.datetime | None:
    text = value.strip().replace("-", "").replace(":", "")
    for form in ("%Y%m%dT%H%M%SZ", "%Y%m%dT%H%M%S", "%Y%m%d"):
        try:
            parsed = dt.datetime.strptime(text, form)
        except ValueError:
            continue
        return parsed.replace(tzinfo=dt.UTC)
    return None


def _card_blocks(lines: list[str]) -> Iterator[list[ContentLine]]:
    block: list[ContentLine] | None = None
    for line in lines:
        try:
            content = parse_line(line)
        except VCardError:
            continue  # a stray line (no colon) is not worth refusing the file for
        if content.name == "BEGIN" and content.value.strip().upper() == "VCARD":
            block = []
        elif content.name == "END" and content.value.strip().upper() == "VCARD":
            if block is not None:
                yield block
            block = None
        elif block is not None:
            block.append(content)


def _card(lines: list[ContentLine]) -> Card:
    version = next((c.value.strip() for c in lines if c.name == "VERSION"), "")
    names = [c for c in lines if c.name == "FN"]
    first = names[0] if names else None
    local = next((c for c in names[1:] if c.param("ALTID") or c.param("LANGUAGE")), None)
    n = next((c for c in lines if c.name == "N"), None)
    parts = [*split_value(n.value, ";"), "", "", "", ""] if n else ["", "", "", "", ""]
    phones: list[Telephone] = []
    for c in lines:
        if c.name != "TEL":
            continue
        number = c.value.strip()
        if number.lower().startswith("tel:"):
            number = number[4:].split(";", 1)[0]
        types = tuple(t for t in c.types if t != "pref")
        if number:
            phones.append(Telephone(unescape(number), types))
    emails = tuple(
        unescape(c.value).strip() for c in lines if c.name == "EMAIL" and c.value.strip()
    )
    bday_line = next((c for c in lines if c.name == "BDAY"), None)
    birthday = (
        parse_birthday(bday_line.value, bday_line.param("X-APPLE-OMIT-YEAR")) if bday_line else None
    )
    languages = sorted(
        (c for c in lines if c.name == "LANG"),
        key=lambda c: int(c.param("PREF")) if c.param("PREF").isdigit() else 100,
    )
    categories = tuple(
        v.strip()
        for c in lines
        if c.name == "CATEGORIES"
        for v in split_value(c.value, ",")
        if v.strip()
    )
    rev = next((_revision(c.value) for c in lines if c.name == "REV"), None)
    uid = next((c.value.strip() for c in lines if c.name == "UID"), "")
    return Card(
        formatted_name=unescape(first.value).strip() if first else "",
        family_name=parts[0].strip(),
        given_name=parts[1].strip(),
        prefix=parts[3].strip(),
        local_name=unescape(local.value).strip() if local else "",
        local_language=local.param("LANGUAGE") if local else "",
        name_language=first.param("LANGUAGE") if first else "",
        phones=tuple(phones),
        emails=emails,
        birthday=birthday,
        languages=tuple(c.value.strip() for c in languages if c.value.strip()),
        categories=categories,
        revision=rev,
        uid=uid.removeprefix("urn:uuid:"),
        version=version,
    )


def read(text: str) -> list[Card]:
    """Every card in `text` (a .vcf holds one or many), in order."""
    cards = [_card(block) for block in _card_blocks(unfold(text))]
    if not cards:
        raise VCardError("no BEGIN:VCARD … END:VCARD in the text")
    return cards


__all__ = [
    "Birthday",
    "Card",
    "ContentLine",
    "Telephone",
    "VCardError",
    "escape",
    "fold",
    "parse_birthday",
    "parse_line",
    "read",
    "split_value",
    "unescape",
    "unfold",
    "write",
    "write_many",
]
