"""The head-office console's words in English, Simplified and Traditional Chinese.

A signed-in person reads the console in the language of their staff record; the
sign-in page follows the browser's `Accept-Language`. Times stay in each store's own
zone, written the same way in every language (2026-11-30 14:05 CST).

The words are the gettext catalogue `resources/locale/<lang>/LC_MESSAGES/console.po`
(see `jeweldesk/catalogues.py`), keyed as before ("nav.clients"; stored codes under
the context "code"). The templates read it through Jinja's i18n extension, one
environment per language (`templates_for`): `{{ _("nav.clients") }}`, and for a count
`{{ ngettext("count.clients", "count.clients", n).format(n=n) }}`."""

from __future__ import annotations

import datetime as dt
import functools
import json
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime
from babel.numbers import format_currency

from jeweldesk import catalogues

LANGUAGES = catalogues.LANGUAGES
HTML_LANG = {"en": "en", "zh_CN": "zh-CN", "zh_TW": "zh-TW"}
# Money in English keeps the console's long-standing form (CN¥98,000.00).
MONEY_LOCALE = {"en": "en", "zh_CN": "zh_CN", "zh_TW": "zh_TW"}

DOMAIN = "console"
CODE = "code"  # the catalogue's context for stored codes
# A conflicting field under the label the client page gives it; others read as code.
_FIELD_TEXTS = {
    "name_local": "client.local_name",
    "name_romanised": "client.romanised",
    "title": "client.title",
    "greeting_name": "client.greeting",
    "gender": "client.gender",
    "language": "client.language",
    "preferred_channel": "client.preferred_channel",
    "source": "client.source",
    "segment": "col.segment",
    "family_name": "field.family_name",
    "given_name": "field.given_name",
    "body": "client.notes",
    "value": "field.value",
    "starts_at": "col.when",
    "status": "col.status",
    "kind": "col.kind",
}


def language_of(value: str | None) -> str:
    """One of LANGUAGES for a staff record's language (en, zh_CN, zh_TW)."""
    return value if value in LANGUAGES else "en"


def language_from_header(header: str | None) -> str:
    """The browser's first language the console speaks: zh-Hans/zh-CN/zh-SG are
    Simplified, zh-Hant/zh-TW/zh-HK/zh-MO Traditional; anything else English."""
    weighted = []
    for n, part in enumerate((header or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        weighted.append((-quality, n, tag.strip().lower().replace("_", "-")))
    for _, _, tag in sorted(weighted):
        if tag == "en" or tag.startswith("en-"):
            return "en"
        if tag == "zh" or tag.startswith("zh-"):
            if any(mark in tag for mark in ("hant", "-tw", "-hk", "-mo")):
                return "zh_TW"
            return "zh_CN"
    return "en"


def readable(value) -> str:
    """A stored code as English reads it ("edit_after_delete" → "edit after delete")."""
    if value is None:
        return ""
    return str(getattr(value, "value", value)).replace("_", " ")


class Words:
    """The console's words, formats and codes in one language; templates get one."""

    def __init__(self, language: str | None) -> None:
        self.language = language_of(language)
        self.html_lang = HTML_LANG[self.language]
        self._words = catalogues.translations(DOMAIN, self.language)

    def __call__(self, key: str, **params) -> str:
        if key not in catalogues.keys(DOMAIN):
            raise KeyError(key)
        text = self._words.gettext(key)
        return text.format(**params) if params else text

    def count(self, key: str, n: int, **params) -> str:
        """A counted phrase (ngettext): English chooses one or other by `n`, Chinese
        has one form."""
        if key not in catalogues.plural_keys(DOMAIN):
            raise KeyError(key)
        return self._words.ngettext(key, key, n).format(n=n, **params)

    def code(self, value) -> str:
        """A stored code (a record kind, a channel, a state…) in this language."""
        if value is None:
            return ""
        raw = str(getattr(value, "value", value))
        if f"{CODE}\x04{raw}" not in catalogues.keys(DOMAIN):
            return readable(raw)
        return self._words.pgettext(CODE, raw)

    def field(self, column: str) -> str:
        """A record's field as the console labels it ("greeting_name" → "Greeting")."""
        key = _FIELD_TEXTS.get(column)
        return self(key) if key else readable(column).capitalize()

    def language_name(self, code: str | None) -> str:
        """A client's language by name, in this language ("zh_CN" → "中文 (简体, 中国)")."""
        if not code:
            return ""
        try:
            return Locale.parse(code).get_display_name(self.language) or code
        except (ValueError, TypeError, UnknownLocaleError):
            return code

    def when(self, value: dt.datetime | None, zone: str | None = None) -> str:
        """An instant in a store's zone (UTC when the store is unknown)."""
        if value is None:
            return self("time.never")
        local = value.astimezone(_zone(zone))
        written = format_datetime(local, "yyyy-MM-dd HH:mm", tzinfo=local.tzinfo, locale="en")
        return f"{written} {local.tzname() or 'UTC'}"

    def ago(self, value: dt.datetime | None, now: dt.datetime | None = None) -> str:
        if value is None:
            return ""
        seconds = int(((now or dt.datetime.now(dt.UTC)) - value).total_seconds())
        if seconds < 60:
            return self("time.just_now")
        for size, unit in ((86400, "days"), (3600, "hours"), (60, "minutes")):
            if seconds >= size:
                return self.count(f"time.{unit}", seconds // size)
        return ""

    def money(self, amount: Decimal | None, currency: str) -> str:
        if amount is None:
            return ""
        try:
            return format_currency(amount, currency, locale=MONEY_LOCALE[self.language])
        except (ValueError, KeyError):
            return f"{amount} {currency}"

    def value(self, value) -> str:
        """A conflict's value (JSON) as a person reads it."""
        if value is None or value == "":
            return self("value.empty")
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False)


def _zone(name: str | None) -> dt.tzinfo:
    try:
        return ZoneInfo(name) if name else dt.UTC
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def texts() -> dict[str, tuple[str, ...]]:
    """Every console text as (English, Simplified, Traditional), a count's forms as
    "key.one" and "key.other": for checks and tests."""
    found: dict[str, tuple[str, ...]] = {}
    words = [Words(lang) for lang in LANGUAGES]
    for key in sorted(catalogues.keys(DOMAIN)):
        if "\x04" in key:
            continue
        if key in catalogues.plural_keys(DOMAIN):
            for form, n in (("one", 1), ("other", 2)):
                found[f"{key}.{form}"] = tuple(w._words.ngettext(key, key, n) for w in words)
        else:
            found[key] = tuple(w._words.gettext(key) for w in words)
    return found


@functools.cache
def templates_for(language: str):
    """The console's Jinja templates reading `language`'s catalogue (jinja2.ext.i18n)."""
    import jinja2
    from fastapi.templating import Jinja2Templates

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_translations(  # type: ignore[attr-defined]
        catalogues.translations(DOMAIN, language_of(language)), newstyle=False
    )
    return Jinja2Templates(env=env)
