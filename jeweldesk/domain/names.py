"""Names in any script: display forms, romanisation and the pinyin keys of Chinese
names that search matches ("wang", "meiling", "wml" all find 王美玲)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# Two-character family names that would otherwise split wrongly (欧阳娜娜 → 欧阳 + 娜娜).
COMPOUND_SURNAMES = {
    "欧阳",
    "歐陽",
    "司马",
    "司馬",
    "诸葛",
    "諸葛",
    "上官",
    "东方",
    "東方",
    "慕容",
    "司徒",
    "皇甫",
    "尉迟",
    "尉遲",
    "公孙",
    "公孫",
    "令狐",
    "长孙",
    "長孫",
    "夏侯",
    "轩辕",
    "軒轅",
}


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2EBEF
        or 0xF900 <= code <= 0xFAFF
    )


def has_cjk(text: str) -> bool:
    return not text.isascii() and any(is_cjk(ch) for ch in text)


# Chinese input methods type full-width forms: １３８, ＋, ￥, ：, ～, Ｋ, the ideographic space.
_HALFWIDTH: dict[int, str | int] = {
    0x3000: " ",
    0xFFE5: "¥",
    0xFFE0: "¢",
    0xFFE1: "£",
    **{c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)},
}


def halfwidth(text: str) -> str:
    """Full-width digits, letters and signs as their ordinary forms ('１３８' → '138').
    Unlike NFKC, leaves '½' alone (NFKC would make '6½' read '61⁄2')."""
    return text.translate(_HALFWIDTH)


# Invisible characters a paste brings along: zero-width space, word joiner, byte-order mark.
_INVISIBLE = dict.fromkeys((0x200B, 0x2060, 0xFEFF))


def clean(text: str | None) -> str:
    """Trim, collapse inner whitespace and normalise to NFC (so é typed two ways is one é);
    control characters and invisible ones go (a NUL cannot even be stored at head office)."""
    if not text:
        return ""
    return " ".join(_printable(text).split())


def clean_text(text: str | None) -> str:
    """Free text (a note): as `clean`, but its lines and tabs are kept."""
    if not text:
        return ""
    lines = _printable(text.replace("\r\n", "\n").replace("\r", "\n"), keep="\n\t").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip()


def _printable(text: str, keep: str = "") -> str:
    """NFC, without invisible or control characters; a control that spaces (a tab, a line
    break, unless kept) becomes a space."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return "".join(
        ch if ch in keep or unicodedata.category(ch) != "Cc" else " " if ch.isspace() else ""
        for ch in text
    )


def split_chinese_name(full: str) -> tuple[str, str]:
    full = "".join(full.split())
    if len(full) >= 3 and full[:2] in COMPOUND_SURNAMES:
        return full[:2], full[2:]
    return full[:1], full[1:]


def pinyin_syllables(text: str) -> list[str]:
    return list(_syllables(text))


@lru_cache(maxsize=20_000)
def _syllables(text: str) -> tuple[str, ...]:
    # Names repeat (a few hundred surnames cover most people): indexing a store of
    # 100,000 clients converts each distinct name once.
    # pypinyin loads its phrase dictionary on import (a quarter of a second): only
    # when a Chinese name is first converted, not at every start of the app.
    from pypinyin import Style, lazy_pinyin

    return tuple(s for s in lazy_pinyin(text, style=Style.NORMAL, errors="ignore") if s.isalpha())


def warm_up() -> None:
    """Load pypinyin's dictionaries (about half a second): a first sync calls this on a
    thread while its pages download, so indexing thousands of Chinese names doesn't."""
    pinyin_syllables("王美玲")
    surname_readings("王")


@lru_cache(maxsize=5_000)
def surname_readings(char: str) -> tuple[str, ...]:
    """Every reading of a family name's character: 曾 is Zeng as a surname, not Ceng."""
    from pypinyin import Style, pinyin

    readings = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
    return tuple(readings[0]) if readings else ()


def romanise_chinese(family: str, given: str) -> str:
    """王, 美玲 → 'Wang Meiling' (Hanyu Pinyin, as on a mainland passport)."""
    fam = "".join(pinyin_syllables(family)).capitalize()
    giv = "".join(pinyin_syllables(given)).capitalize()
    return " ".join(p for p in (fam, giv) if p)


def phonetic_keys(family: str, given: str) -> list[str]:
    """The pinyin tokens a Chinese name answers to: syllables, joined forms, initials."""
    family_syl = pinyin_syllables(family)
    given_syl = pinyin_syllables(given)
    if not family_syl and not given_syl:
        return []
    keys: list[str] = []
    keys += family_syl + given_syl
    keys.append("".join(family_syl + given_syl))
    if given_syl:
        keys.append("".join(given_syl))
        keys.append("".join(s[0] for s in given_syl))
    keys.append("".join(s[0] for s in family_syl + given_syl))
    for reading in surname_readings(family[:1]) if family else []:
        keys.append(reading)
        keys.append(reading + "".join(given_syl))
        keys.append(reading[0] + "".join(s[0] for s in given_syl))
    seen: dict[str, None] = {}
    for key in keys:
        if key:
            seen.setdefault(key.lower(), None)
    return list(seen)


def display_name(
    *, family: str, given: str, name_local: str, romanised: str, given_first: bool
) -> str:
    """The name an advisor reads in a list: 'Wang Meiling 王美玲', 'Claire Dubois'."""
    if name_local and has_cjk(name_local):
        latin = romanised or ""
        return f"{latin} {name_local}".strip()
    if romanised:
        return romanised
    parts = (given, family) if given_first else (family, given)
    return " ".join(p for p in parts if p) or name_local
