"""The core's translation catalogues: gettext `.po` files under `resources/locale/`,
compiled to `.mo` and read with the standard library's `gettext` when first asked for.

Three domains, one per audience outside the Qt interface:

- `messages`: what the core tells an advisor (`domain/messages.py`, `render`);
- `documents`: the printed documents' labels and jeweller's terms (`documents/texts.py`);
- `console`: head office's web console (`headoffice/console_texts.py` and its Jinja
  templates, through `jinja2.ext.i18n`).

Message ids are the stable keys the code has always used ("client.name_required"), so
no caller changes when a wording does; `en/LC_MESSAGES/<domain>.po` holds the English
and is the template the Chinese catalogues are updated from. Each Chinese entry shows
the English it translates as an extracted comment (`#. English: …`), which Poedit and
Weblate display beside the key.

After adding or changing an English entry:

    python -m jeweldesk.catalogues          # update zh_CN/zh_TW from en, compile every .mo

(the .mo files are byte for byte what `pybabel compile -d resources/locale -D <domain>`
writes, so Babel's own command line works on them too).

New entries arrive empty and changed ones fuzzy in the Chinese `.po` files; translate
them (any PO editor), run the command again. `tests/unit/test_catalogues.py` fails on
anything left untranslated or out of date. Importing this module loads neither Babel
nor gettext.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from jeweldesk.paths import resource_dir

if TYPE_CHECKING:
    import gettext

LANGUAGES = ("en", "zh_CN", "zh_TW")
TRANSLATED = ("zh_CN", "zh_TW")
DOMAINS = ("messages", "documents", "console")
SOURCE_LANGUAGE = "en"
ENGLISH_COMMENT = "English: "


def locale_dir() -> Path:
    return resource_dir() / "locale"


def po_path(domain: str, lang: str, root: Path | None = None) -> Path:
    return (root or locale_dir()) / lang / "LC_MESSAGES" / f"{domain}.po"


def mo_path(domain: str, lang: str, root: Path | None = None) -> Path:
    return po_path(domain, lang, root).with_suffix(".mo")


def language_of(lang: str | None) -> str:
    return lang if lang in LANGUAGES else SOURCE_LANGUAGE


@functools.cache
def translations(domain: str, lang: str) -> gettext.NullTranslations:
    """`domain`'s catalogue in `lang`, falling back to English for an entry the
    language lacks, and to the key itself when English lacks it too."""
    import gettext  # here, not at import: the app's first paint needs no catalogue

    lang = language_of(lang)
    english = gettext.translation(
        domain, str(locale_dir()), languages=[SOURCE_LANGUAGE], fallback=True
    )
    if lang == SOURCE_LANGUAGE:
        return english
    found = gettext.translation(domain, str(locale_dir()), languages=[lang], fallback=True)
    found.add_fallback(english)
    return found


@functools.cache
def keys(domain: str) -> frozenset[str]:
    """Every message id of `domain` (its English catalogue), plural ones included."""
    english = translations(domain, SOURCE_LANGUAGE)
    # GNUTranslations keeps its entries in `_catalog`: plural ones under (id, index).
    catalog = getattr(english, "_catalog", {})
    return frozenset(k[0] if isinstance(k, tuple) else k for k in catalog if k)


@functools.cache
def plural_keys(domain: str) -> frozenset[str]:
    english = translations(domain, SOURCE_LANGUAGE)
    return frozenset(k[0] for k in getattr(english, "_catalog", {}) if isinstance(k, tuple))


def main(argv: list[str] | None = None) -> int:
    from jeweldesk.catalogue_tools import main as run

    return run(argv)


if __name__ == "__main__":
    import sys

    sys.exit(main())
