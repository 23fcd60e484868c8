"""The interface in Simplified and Traditional Chinese (and English's plural forms):
Qt `.ts` sources and compiled `.qm` files in `resources/translations/`, and installing
the right one at start-up.

Build them with ONE command (after adding or changing any `self.tr(...)` string):

    python -m jeweldesk.ui.translations

It runs `pyside6-lupdate` over `jeweldesk/ui/**/*.py` (updating the .ts files, dropping
strings no longer in the code), fills every message from the phrasebook
(`jeweldesk/ui/phrasebook.py`), and runs `pyside6-lrelease` to build the .qm files.
It exits 1 and lists the strings the phrasebook lacks: add them there and run again.
`--check` only reports, changing nothing."""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jeweldesk.paths import resource_dir

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

log = logging.getLogger(__name__)

TRANSLATED = ("zh_CN", "zh_TW")  # English is the source language
# English keeps its source strings but needs its plural forms: "%n change(s)" reads
# "1 change" and "3 changes" from a plurals-only jeweldesk_en file.
PLURALS_ONLY = "en"
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
TS_LANGUAGE = {"zh_CN": "zh_CN", "zh_TW": "zh_TW"}
PACKAGE_DIR = Path(__file__).resolve().parent  # jeweldesk/ui
# A screen registered as ScreenSpec("key", "Title", …) without QT_TRANSLATE_NOOP: its
# title is translated in the "Screens" context all the same (see screens/__init__.py).
SCREEN_TITLE = re.compile(r'ScreenSpec\(\s*"[^"]+",\s*"([^"]+)"')

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_dir() / "translations"


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"jeweldesk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return translations_dir() / f"jeweldesk_{lang}.qm"


# --- at run time (the tools below import what they need themselves: start-up is timed)


def install_translator(app: QCoreApplication, lang: str) -> bool:
    """Make `lang` the interface language from now on: JewelDesk's own strings and Qt's
    (standard buttons, context menus). Widgets built afterwards are in `lang`; English
    removes the translators. False if the .qm file is missing (logged)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(lang if lang in TRANSLATED else "en_GB"))
    if lang not in TRANSLATED:
        plurals = QTranslator(app)
        if plurals.load(str(qm_path(PLURALS_ONLY))):
            app.installTranslator(plurals)
            _installed.append(plurals)
        return True
    ours = QTranslator(app)
    if not ours.load(str(qm_path(lang))):
        log.error("no interface translation at %s: showing English", qm_path(lang))
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return True


# --- building ----------------------------------------------------------------------------


def _tool(name: str) -> str:
    import shutil

    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(files: list[Path], folder: Path | None = None) -> None:
    import subprocess

    (folder or translations_dir()).mkdir(parents=True, exist_ok=True)
    command = [
        _tool("pyside6-lupdate"),
        "-no-obsolete",
        "-locations",
        "none",
        *map(str, files),
        "-ts",
        *(str(ts_path(lang, folder)) for lang in TRANSLATED),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)
    command = [
        _tool("pyside6-lupdate"),
        "-no-obsolete",
        "-locations",
        "none",
        "-pluralonly",
        *map(str, files),
        "-ts",
        str(ts_path(PLURALS_ONLY, folder)),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)


def run_lrelease() -> None:
    import subprocess

    for lang in (*TRANSLATED, PLURALS_ONLY):
        subprocess.run(
            [_tool("pyside6-lrelease"), str(ts_path(lang)), "-qm", str(qm_path(lang))],
            check=True,
            capture_output=True,
            text=True,
        )


def english_forms(source: str) -> list[str]:
    """English's two plural forms of a "%n change(s)" source: one, then other."""
    return [
        source.replace("(es)", "").replace("(s)", ""),
        source.replace("(es)", "es").replace("(s)", "s"),
    ]


def fill_english_plurals(folder: Path | None = None) -> None:
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts_path(PLURALS_ONLY, folder))
    root = tree.getroot()
    root.set("language", "en_GB")
    root.set("sourcelanguage", "en")
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in english_forms(message.findtext("source") or ""):
            ET.SubElement(translation, "numerusform").text = form
    _write_ts(tree, ts_path(PLURALS_ONLY, folder))


def _write_ts(tree, path: Path) -> None:
    import xml.etree.ElementTree as ET

    ET.indent(tree, space="    ")
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")


def screen_titles(files: list[Path]) -> set[str]:
    titles: set[str] = set()
    for path in files:
        titles.update(SCREEN_TITLE.findall(path.read_text(encoding="utf-8")))
    return titles


def _ensure_screen_titles(root: ET.Element, titles: set[str]) -> None:
    import xml.etree.ElementTree as ET

    context = next((c for c in root.iter("context") if c.findtext("name") == "Screens"), None)
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = "Screens"
    present = {m.findtext("source") for m in context.iter("message")}
    for title in sorted(titles - present):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = title
        ET.SubElement(message, "translation", type="unfinished")


def fill(lang: str, titles: set[str], folder: Path | None = None) -> list[tuple[str, str]]:
    """Fill `lang`'s .ts file from the phrasebook; returns the (context, source) pairs
    it has no translation for (left "unfinished")."""
    import xml.etree.ElementTree as ET

    from jeweldesk.ui.phrasebook import translate

    index = TRANSLATED.index(lang)
    tree = ET.parse(ts_path(lang, folder))
    root = tree.getroot()
    root.set("language", TS_LANGUAGE[lang])
    root.set("sourcelanguage", "en")
    _ensure_screen_titles(root, titles)
    missing: list[tuple[str, str]] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            found = translate(name, source)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if found is None:
                missing.append((name, source))
                translation.set("type", "unfinished")
                continue
            text = found[index]
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                ET.SubElement(translation, "numerusform").text = text  # Chinese: one form
            else:
                translation.text = text
    _write_ts(tree, ts_path(lang, folder))
    return missing


def main(argv: list[str] | None = None) -> int:
    import argparse
    import shutil
    import tempfile
    import xml.etree.ElementTree as ET

    parser = argparse.ArgumentParser(
        prog="python -m jeweldesk.ui.translations",
        description="Update the .ts files and build the .qm files.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="only list strings of the code without a translation; change nothing",
    )
    args = parser.parse_args(argv)
    files = sources()
    titles = screen_titles(files)
    with tempfile.TemporaryDirectory() as scratch:
        # --check works on copies: the real files are left as they are.
        folder = Path(scratch) if args.check else None
        if folder is not None:
            for lang in (*TRANSLATED, PLURALS_ONLY):
                if ts_path(lang).exists():
                    shutil.copy(ts_path(lang), ts_path(lang, folder))
        run_lupdate(files, folder)
        missing: dict[tuple[str, str], None] = {}
        for lang in TRANSLATED:
            for pair in fill(lang, titles, folder):
                missing[pair] = None
        fill_english_plurals(folder)
        total = sum(1 for _ in ET.parse(ts_path(TRANSLATED[0], folder)).getroot().iter("message"))
    if not args.check:
        run_lrelease()
    for context, source in missing:
        print(f"no translation: [{context}] {source!r}", file=sys.stderr)
    done = (
        "checked"
        if args.check
        else "built " + ", ".join(qm_path(x).name for x in (*TRANSLATED, PLURALS_ONLY))
    )
    print(f"{total} strings; {len(missing)} without a translation; {done}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
