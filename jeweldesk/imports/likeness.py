"""When two records name the same person in different writing: 王美玲, Wang Meiling and
Meiling Wang; 陳嘉欣 and 陈嘉欣; 陳嘉欣 and Chan Ka Yan (Hong Kong's Cantonese
romanisation). Each name gives a set of keys; two names sharing a key are the same
name. Keys:

- `h:` the Chinese name in simplified characters (OpenCC's traditional→simplified);
- `l:` family|given in Latin letters: Hanyu Pinyin of a Chinese name (every reading of a
  family name's character), or a Latin name's words, family first either way round;
- `y:` the same in a loose Cantonese form: the Hong Kong spelling made from the
  characters' Jyutping, and a Latin name's words, both through `loose` (Tsang and
  Chang, Poon and Pun, Chow and Chau read alike).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from jeweldesk.domain.names import (
    has_cjk,
    is_cjk,
    pinyin_syllables,
    split_chinese_name,
    surname_readings,
)


@cache
def _to_simplified() -> object:
    import opencc  # the phrase tables load once, on the first Chinese name

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """陳嘉欣 → 陈嘉欣 (simplified text is left as it is), character by character: a
    name is not a phrase, and each of a store's few thousand characters converts once."""
    if not has_cjk(text):
        return text
    return "".join(_simplified_char(ch) if is_cjk(ch) else ch for ch in text)


@lru_cache(maxsize=20_000)
def _pinyin_char(char: str) -> str:
    """A character's pinyin as search reads it (`domain/names.py`), one at a time."""
    return "".join(pinyin_syllables(char))


@lru_cache(maxsize=20_000)
def _simplified_char(char: str) -> str:
    converter = _to_simplified()
    return str(converter.convert(char))  # type: ignore[attr-defined]


# --- Cantonese: Jyutping to the Hong Kong government's spelling ---------------------------

_INITIALS = {
    "b": "p",
    "p": "p",
    "m": "m",
    "f": "f",
    "d": "t",
    "t": "t",
    "n": "n",
    "l": "l",
    "g": "k",
    "k": "k",
    "ng": "ng",
    "h": "h",
    "gw": "kw",
    "kw": "kw",
    "w": "w",
    "z": "ch",
    "c": "ch",
    "s": "s",
    "j": "y",
}
_FINALS = {
    "aa": "a",
    "aai": "ai",
    "aau": "au",
    "aam": "am",
    "aan": "an",
    "aang": "ang",
    "aap": "ap",
    "aat": "at",
    "aak": "ak",
    "ou": "o",
    "oe": "oe",
    "oeng": "eung",
    "oek": "euk",
    "eoi": "ui",
    "eon": "un",
    "eot": "ut",
    "yu": "u",
    "yun": "uen",
    "yut": "uet",
}
_JYUTPING = re.compile(r"^(gw|kw|ng|[bpmfdtnlgkhwzcsj])?([a-z]+?)?([1-6])?$")


def hong_kong_spelling(jyutping: str) -> str:
    """'can4' → 'chan', 'gaa1' → 'ka', 'jan1' → 'yan', 'zoeng1' → 'cheung'."""
    match = _JYUTPING.match(jyutping.lower())
    if not match:
        return jyutping
    initial, final, _tone = match.groups()
    if final is None:
        return initial or ""  # 吳 ng, 唔 m: a syllable that is all consonant
    if initial == "j" and final.startswith("yu"):
        return "y" + _FINALS[final]
    return _INITIALS.get(initial or "", "") + _FINALS.get(final, final)


def cantonese_syllables(text: str) -> tuple[str, ...]:
    """陳嘉欣 → ('chan', 'ka', 'yan'): the Hong Kong spelling of each character, read
    one character at a time (names are not phrases, and a store holds a few thousand
    distinct characters, each converted once)."""
    return tuple(s for s in (_cantonese_char(ch) for ch in text) if s)


@lru_cache(maxsize=20_000)
def _cantonese_char(char: str) -> str:
    import ToJyutping  # type: ignore[import-untyped]  # loads once, on the first Chinese name

    for _char, reading in ToJyutping.get_jyutping_list(char):
        if reading:
            return hong_kong_spelling(str(reading).split()[0])
    return ""


@lru_cache(maxsize=5_000)
def cantonese_surname_readings(char: str) -> tuple[str, ...]:
    """Every Hong Kong spelling of a family name's character: 區 is Au as a surname."""
    import ToJyutping

    found = ToJyutping.get_jyutping_candidates(char)
    readings = found[0][1] if found else []
    return tuple(dict.fromkeys(hong_kong_spelling(r) for r in readings))


# Spellings of one Cantonese sound: Tsang/Chang, Sze/Si, Poon/Pun, Lee/Lei, Chow/Chau…
_LOOSE = (
    ("tsz", "chi"),
    ("ts", "ch"),
    ("sze", "si"),
    ("sh", "s"),
    ("oo", "u"),
    ("ee", "i"),
    ("ei", "i"),
    ("ow", "au"),
    ("aw", "o"),
    ("oh", "o"),
    ("eu", "eu"),
)


@lru_cache(maxsize=50_000)
def loose(word: str) -> str:
    for old, new in _LOOSE:
        word = word.replace(old, new)
    return word[:-1] if word.endswith("ah") else word  # 華 Wah, 家 Ka


# --- Latin names -------------------------------------------------------------------------

_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=50_000)
def latin_words(text: str) -> tuple[str, ...]:
    """'Chan Ka-Yan' → ('chan', 'ka', 'yan'); accents go (Hélène → helene)."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).casefold()
    return tuple(_WORD.findall(plain))


def _latin_keys(family: tuple[str, ...], given: tuple[str, ...]) -> list[str]:
    if not family or not given:
        return []
    return [
        "l:" + "".join(family) + "|" + "".join(given),
        "y:" + "".join(loose(w) for w in family) + "|" + "".join(loose(w) for w in given),
    ]


@lru_cache(maxsize=100_000)
def _chinese_keys(local: str) -> tuple[str, ...]:
    local = "".join(ch for ch in local if is_cjk(ch))
    if len(local) < 2:
        return ()
    family, given = split_chinese_name(simplified(local))
    keys = ["h:" + family + given]
    given_pinyin = "".join(_pinyin_char(ch) for ch in given)
    readings = {"".join(_pinyin_char(ch) for ch in family)} | (
        set(surname_readings(family)) if len(family) == 1 else set()
    )
    keys += ["l:" + r + "|" + given_pinyin for r in readings if r and given_pinyin]
    spoken = cantonese_syllables(local)
    if len(spoken) == len(local):
        cut = len(family)
        given_spoken = "".join(loose(s) for s in spoken[cut:])
        surnames = {"".join(loose(s) for s in spoken[:cut])}
        if cut == 1:
            surnames |= {loose(r) for r in cantonese_surname_readings(local[0])}
        keys += ["y:" + s + "|" + given_spoken for s in surnames if s]
    return tuple(keys)


def name_keys(
    *,
    family: str = "",
    given: str = "",
    name_local: str = "",
    name_romanised: str = "",
    whole: str = "",
) -> frozenset[str]:
    """Every key the name answers to. `whole` is a name in one piece whose order is not
    known ('Meiling Wang' or 'Chan Ka Yan'): either end may be the family name."""
    keys: list[str] = []
    chinese = [t for t in (name_local, family + given, whole) if has_cjk(t)]
    for text in dict.fromkeys(chinese):
        keys += _chinese_keys(text)
    if family and given and not has_cjk(family + given):
        fam, giv = latin_words(family), latin_words(given)
        # First and last name columns are swapped often enough to try both ways.
        keys += _latin_keys(fam, giv) + _latin_keys(giv, fam)
    for text in (name_romanised, whole):
        if text and not has_cjk(text):
            keys += _whole_keys(latin_words(text))
    return frozenset(keys)


def _whole_keys(words: tuple[str, ...]) -> list[str]:
    if len(words) < 2:
        return []
    return _latin_keys(words[:1], words[1:]) + _latin_keys(words[-1:], words[:-1])


def shared(a: Iterable[str], b: Iterable[str]) -> bool:
    return not set(a).isdisjoint(b)
