"""The core's messages in English, Simplified and Traditional Chinese: every error an
advisor can act on and every sentence the core writes for them.

The words live in the gettext catalogue `resources/locale/<lang>/LC_MESSAGES/messages.po`
(compiled to `.mo`; see `jeweldesk/catalogues.py`); a message is asked for by its stable
key, `render("client.name_required", lang)`, with its parameters filled by str.format.
A message with a count is a plural entry (ngettext): its count is the `count` parameter,
else the first whole-number field of its English. The UI's own strings go through Qt's translation.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterator, Mapping

from jeweldesk import catalogues

LANGUAGES = catalogues.LANGUAGES
DOMAIN = "messages"


class _Catalogue(Mapping[str, Mapping[str, str]]):
    """The catalogue as key -> {language: text}, read from the compiled `.mo` files
    (a plural entry gives its "many" form). For code that asks whether a key exists."""

    def __getitem__(self, key: str) -> Mapping[str, str]:
        if key not in catalogues.keys(DOMAIN):
            raise KeyError(key)
        return {lang: _template(key, lang, 2) for lang in LANGUAGES}

    def __contains__(self, key: object) -> bool:
        return key in catalogues.keys(DOMAIN)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(catalogues.keys(DOMAIN)))

    def __len__(self) -> int:
        return len(catalogues.keys(DOMAIN))


CATALOGUE = _Catalogue()


def _template(key: str, lang: str, count: int | None) -> str:
    found = catalogues.translations(DOMAIN, lang)
    if key in catalogues.plural_keys(DOMAIN):
        return found.ngettext(key, key, 2 if count is None else count)
    return found.gettext(key)


def normalise_language(lang: str | None) -> str:
    if not lang:
        return "en"
    lang = lang.replace("-", "_")
    if lang in LANGUAGES:
        return lang
    if lang.lower() in ("zh_hk", "zh_mo", "zh_hant", "zh_tw"):
        return "zh_TW"
    if lang.lower().startswith("zh"):
        return "zh_CN"
    return "en"


class Ref(str):
    """A parameter that is itself a catalogue key, rendered in the same language."""


class Named(str):
    """A name with its Chinese form (a salon, a person, a piece): a message in Chinese
    says 翡翠厅 where the English one says Jade Salon."""

    chinese: str

    def __new__(cls, name: str, chinese: str = "") -> Named:
        named = super().__new__(cls, name)
        named.chinese = chinese
        return named


# A store-local time in a message: 'Mon 30 Nov 14:00', '11月30日 周一 14:00'. CLDR's
# names through Babel, never strftime's (they follow the process's locale).
_WHEN = {"en": ("EEE dd MMM HH:mm", "en"), "zh": ("M月d日 EEE HH:mm", None)}


def _when(value: dt.datetime, lang: str) -> str:
    from babel.dates import format_datetime  # only when a message holds a time

    pattern, locale = _WHEN["zh" if lang.startswith("zh") else "en"]
    return format_datetime(value, pattern, tzinfo=value.tzinfo, locale=locale or lang)


def day_month(day: dt.date, lang: str) -> str:
    """A day of the year in a message: '2 December', '12月2日'."""
    from babel.dates import format_date

    lang = normalise_language(lang)
    chinese = lang.startswith("zh")
    return format_date(day, "M月d日" if chinese else "d MMMM", locale=lang if chinese else "en")


def _param(value: object, lang: str) -> object:
    if isinstance(value, dt.datetime):
        return _when(value, lang)
    if isinstance(value, Ref):
        return render(value, lang)
    if isinstance(value, Named):
        return value.chinese if lang.startswith("zh") and value.chinese else str(value)
    if isinstance(value, tuple) and value and all(isinstance(v, Ref) for v in value):
        return ("、" if lang.startswith("zh") else ", ").join(render(v, lang) for v in value)
    return value


def _count(key: str, params: dict[str, object]) -> int | None:
    """The number a plural message agrees with: its `count`, else the first of its
    English fields holding a whole number ("{left} tries left … {minutes} minutes")."""
    if key not in catalogues.plural_keys(DOMAIN):
        return None
    if isinstance(params.get("count"), int):
        return params["count"]  # type: ignore[return-value]
    english = _template(key, "en", 2)
    for _, field, _, _ in string.Formatter().parse(english):
        value = params.get(field or "")
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def render(key: str, lang: str = "en", **params: object) -> str:
    """The message `key` in `lang` (en, zh_CN, zh_TW; zh-HK and the like are mapped),
    its {fields} filled from `params`: a datetime as the language writes a time, a
    `Ref` as the message it names, a `Named` in the language's own form."""
    lang = normalise_language(lang)
    count = _count(key, params)
    params = {k: _param(v, lang) for k, v in params.items()}
    if key not in catalogues.keys(DOMAIN):
        return key if not params else f"{key} {params}"
    template = _template(key, lang, count)
    if lang.startswith("zh"):
        template = _close_up(template, params)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


# Chinese templates set a name off with spaces, which suit a Latin name ("只有 Claire
# Martin 本人") but not a Chinese one: "只有周杰本人", not "只有 周杰 本人".
_CHINESE = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60"
_IS_CHINESE = re.compile(f"[{_CHINESE}]")


def _close_up(template: str, params: dict[str, object]) -> str:
    """The template without the spaces between Chinese text and a parameter whose
    value begins or ends in Chinese on that side."""
    for key, value in params.items():
        if not isinstance(value, str) or not value:
            continue
        slot = "{" + key + "}"  # a field name: no backslash or group reference to escape
        if _IS_CHINESE.match(value[0]):
            template = re.sub(f"(?<=[{_CHINESE}]) {re.escape(slot)}", slot, template)
        if _IS_CHINESE.match(value[-1]):
            template = re.sub(f"{re.escape(slot)} (?=[{_CHINESE}])", slot, template)
    return template
