"""Building and checking the translation catalogues (run `python -m jeweldesk.catalogues`).

Building: the Chinese `.po` files are updated from the English one with Babel
(new keys arrive untranslated, entries whose English changed become fuzzy, existing
translations are never replaced), then every `.po` is compiled to its `.mo`.

Checking (`problems_*`, used by tests/unit/test_catalogues.py): every entry finished,
placeholders the same in source and translation, compiled files up to date, and the
glossary's words used (resources/locale/glossary.csv). The checks read the Qt `.ts`
files as XML too, so they need no Qt."""

from __future__ import annotations

import csv
import io
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from jeweldesk.catalogues import (
    DOMAINS,
    ENGLISH_COMMENT,
    SOURCE_LANGUAGE,
    TRANSLATED,
    locale_dir,
    mo_path,
    po_path,
)

# {name} (str.format), %1 (Qt's arg()), %n (Qt's count): the same in source and translation.
PLACEHOLDER = re.compile(r"\{\w*\}|%\d|%n")
PO_WIDTH = 100


# --- reading and writing ----------------------------------------------------------------


def load_po(path: Path) -> Catalog:
    with open(path, "rb") as source:
        return read_po(source, abort_invalid=True)


def save_po(catalog: Catalog, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=PO_WIDTH, omit_header=False, sort_output=False)
    if not path.exists() or path.read_bytes() != buffer.getvalue():
        path.write_bytes(buffer.getvalue())


def compiled(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    return buffer.getvalue()


def texts(message: Message) -> list[str]:
    """A message's translations (one per plural form)."""
    if isinstance(message.string, (list, tuple)):
        return list(message.string)
    return [message.string or ""]


def sources(message: Message) -> list[str]:
    return list(message.id) if isinstance(message.id, (list, tuple)) else [message.id]


# --- building -----------------------------------------------------------------------------


def template_from(english: Catalog) -> Catalog:
    """The English catalogue as a template: each key with its English as a comment."""
    # The English file's date, not today's: an unchanged build rewrites nothing.
    template = Catalog(
        locale=None, domain=english.domain, fuzzy=False, creation_date=english.creation_date
    )
    for message in english:
        if not message.id:
            continue
        forms = [t for t in texts(message) if t]
        comment = ENGLISH_COMMENT + " | ".join(forms)
        extra = [c for c in message.auto_comments if not c.startswith(ENGLISH_COMMENT)]
        template.add(
            message.id,
            context=message.context,
            auto_comments=[comment, *extra],
            flags=message.flags - {"fuzzy"},
        )
    return template


def update(domain: str, lang: str, root: Path | None = None) -> Catalog:
    """`lang`'s catalogue with every key of the English one: new keys untranslated,
    keys whose English changed marked fuzzy, existing translations kept."""
    english = load_po(po_path(domain, SOURCE_LANGUAGE, root))
    template = template_from(english)
    path = po_path(domain, lang, root)
    catalog = (
        load_po(path)
        if path.exists()
        else Catalog(locale=lang, domain=domain, project="JewelDesk", fuzzy=False)
    )
    before = {(m.id if isinstance(m.id, str) else m.id[0], m.context): m for m in catalog}
    said = {key: _english_comment(m) for key, m in before.items()}
    catalog.update(template, no_fuzzy_matching=True, update_header_comment=False)
    for message in catalog:
        key = (message.id if isinstance(message.id, str) else message.id[0], message.context)
        old = said.get(key)
        if old is not None and old != _english_comment(message) and any(texts(message)):
            message.flags.add("fuzzy")  # the English changed: the translation needs a look
    catalog.obsolete.clear()
    return catalog


def _english_comment(message: Message) -> str | None:
    """The English a translation was made from, as its comments say (written wrapped:
    read back as several comments, so joined and compared word by word)."""
    said = " ".join(message.auto_comments)
    return " ".join(said.split()) if ENGLISH_COMMENT in said else None


def build(root: Path | None = None) -> list[Path]:
    """Update the Chinese catalogues and compile every `.mo`; the files written."""
    written = []
    for domain in DOMAINS:
        for lang in TRANSLATED:
            save_po(update(domain, lang, root), po_path(domain, lang, root))
        for lang in (SOURCE_LANGUAGE, *TRANSLATED):
            data = compiled(load_po(po_path(domain, lang, root)))
            target = mo_path(domain, lang, root)
            if not target.exists() or target.read_bytes() != data:
                target.write_bytes(data)
                written.append(target)
    return written


# --- checking -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    """One message of any catalogue, as the checks see it."""

    where: str  # file and key, for the report
    source: str  # the English (for .po: the English catalogue's text)
    translations: tuple[str, ...]
    finished: bool
    lang: str


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def po_entries(domain: str, lang: str, root: Path | None = None) -> Iterator[Entry]:
    english = {(m.id, m.context): m for m in load_po(po_path(domain, SOURCE_LANGUAGE, root))}
    path = po_path(domain, lang, root)
    for message in load_po(path):
        if not message.id:
            continue
        source = english.get((message.id, message.context))
        source_texts = texts(source) if source is not None else sources(message)
        yield Entry(
            where=f"{path.relative_to(path.parents[2])}: {_key(message)}",
            source=" | ".join(source_texts),
            translations=tuple(texts(message)),
            finished=all(t.strip() for t in texts(message)) and "fuzzy" not in message.flags,
            lang=lang,
        )


def _key(message: Message) -> str:
    key = message.id if isinstance(message.id, str) else message.id[0]
    return f"{message.context}|{key}" if message.context else key


def ts_entries(path: Path) -> Iterator[Entry]:
    root = ET.parse(path).getroot()
    lang = root.get("language") or ""
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            forms: list[str] = []
            state = None
            if translation is not None:
                state = translation.get("type")
                numerus = [f.text or "" for f in translation.iter("numerusform")]
                forms = numerus if message.get("numerus") == "yes" else [translation.text or ""]
            yield Entry(
                where=f"{path.name}: [{name}] {source!r}",
                source=source,
                translations=tuple(forms),
                finished=bool(forms)
                and state not in ("unfinished", "vanished", "obsolete")
                and all(f.strip() for f in forms),
                lang=lang,
            )


def problems_unfinished(entries: Iterable[Entry]) -> list[str]:
    return [f"not translated: {e.where}" for e in entries if not e.finished]


def problems_placeholders(entries: Iterable[Entry]) -> list[str]:
    """A translation whose {fields}, %1 or %n differ from its source's (for a plural
    .po entry, from one of the English forms')."""
    found = []
    for e in entries:
        if not e.finished:
            continue
        wanted = {tuple(placeholders(s)) for s in e.source.split(" | ")}
        for text in e.translations:
            if tuple(placeholders(text)) not in wanted:
                found.append(f"placeholders differ: {e.where}: {text!r}")
    return found


def problems_stale_mo(
    root: Path | None = None,
    domains: Iterable[str] = DOMAINS,
    languages: Iterable[str] = (SOURCE_LANGUAGE, *TRANSLATED),
) -> list[str]:
    """A `.mo` missing, or different from what its `.po` compiles to."""
    found = []
    for domain in domains:
        for lang in languages:
            target = mo_path(domain, lang, root)
            expected = compiled(load_po(po_path(domain, lang, root)))
            if not target.exists() or target.read_bytes() != expected:
                found.append(
                    f"out of date: {target.name} ({lang}): run python -m jeweldesk.catalogues"
                )
    return found


def problems_untemplated(
    domain: str, root: Path | None = None, languages: Iterable[str] = TRANSLATED
) -> list[str]:
    """Keys of the English catalogue a Chinese one lacks, or the other way round."""
    english = {(_key(m)) for m in load_po(po_path(domain, SOURCE_LANGUAGE, root)) if m.id}
    found = []
    for lang in languages:
        theirs = {_key(m) for m in load_po(po_path(domain, lang, root)) if m.id}
        found += [f"{lang} {domain}.po lacks {k}" for k in sorted(english - theirs)]
        found += [f"{lang} {domain}.po has {k}, English has not" for k in sorted(theirs - english)]
    return found


# --- the glossary -------------------------------------------------------------------------


@dataclass(frozen=True)
class Term:
    """A glossary row. `match` "word": the term anywhere in a source, as whole words, in
    any case, plural "s" or "es" allowed; "exact": only a source that is the term
    itself, as written (a segment's name "Potential" beside the lifecycle's "potential")."""

    english: str
    zh_CN: str
    zh_TW: str
    match: str = "word"
    note: str = ""

    def rendering(self, lang: str) -> str | None:
        return {"zh_CN": self.zh_CN, "zh_TW": self.zh_TW}.get(lang)

    def pattern(self) -> re.Pattern[str]:
        if self.match == "exact":
            return re.compile(rf"^{re.escape(self.english)}$")
        return re.compile(rf"(?<![\w-]){re.escape(self.english)}(?:s|es)?(?![\w-])", re.I)


def glossary_path(root: Path | None = None) -> Path:
    return (root or locale_dir()) / "glossary.csv"


def load_glossary(path: Path | None = None) -> list[Term]:
    with open(path or glossary_path(), encoding="utf-8", newline="") as source:
        rows = csv.DictReader(source)
        return [
            Term(
                r["en"].strip(),
                r["zh_CN"].strip(),
                r["zh_TW"].strip(),
                (r.get("match") or "word").strip(),
                r.get("note") or "",
            )
            for r in rows
            if r["en"].strip() and not r["en"].startswith("#")
        ]


def problems_glossary(entries: Iterable[Entry], glossary: list[Term]) -> list[str]:
    """Where a glossary term appears in a source, its translation holds the glossary's
    rendering in that language. Longer terms win: "client book" before "client"."""
    ordered = sorted(glossary, key=lambda t: -len(t.english))
    found = []
    for e in entries:
        if not e.finished or e.lang not in TRANSLATED:
            continue
        source = PLACEHOLDER.sub(" ", e.source).strip()  # "{advisor}" names no advisor
        for term in ordered:
            rendering = term.rendering(e.lang)
            if not rendering or not term.pattern().search(source):
                continue
            source = term.pattern().sub(" ", source)  # "client book" hides its "client"
            for text in e.translations:
                if rendering not in text:
                    found.append(f"glossary: {e.where}: “{term.english}” is {rendering}: {text!r}")
    return found


def po_entries_all(root: Path | None = None, languages: Iterable[str] = TRANSLATED) -> list[Entry]:
    return [e for domain in DOMAINS for lang in languages for e in po_entries(domain, lang, root)]


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(
        prog="python -m jeweldesk.catalogues",
        description="Update the Chinese .po catalogues from the English ones; compile every .mo.",
    )
    parser.add_argument("--check", action="store_true", help="only report; change nothing")
    args = parser.parse_args(argv)
    if not args.check:
        for path in build():
            print(f"compiled {path.relative_to(locale_dir())}")
    entries = po_entries_all()
    problems = [
        *(p for d in DOMAINS for p in problems_untemplated(d)),
        *problems_unfinished(po_entries_all(languages=(SOURCE_LANGUAGE,))),
        *problems_unfinished(entries),
        *problems_placeholders(entries),
        *problems_glossary(entries, load_glossary()),
        *problems_stale_mo(),
    ]
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(entries)} translated entries checked; {len(problems)} problems")
    return 1 if problems else 0
