"""The interface in Simplified and Traditional Chinese (and English's plural forms):
Qt `.ts` sources and compiled `.qm` files in `resources/translations/`, and installing
the right one at start-up.

The `.ts` files are the translations' source of truth: translators edit them in Qt
Linguist (or any .ts editor). After adding or changing any `self.tr(...)` string:

    python -m jeweldesk.ui.translations

runs `pyside6-lupdate` over `jeweldesk/ui/**/*.py`, which merges the code's strings
into the .ts files (new ones arrive unfinished, existing translations are kept, strings
gone from the code are dropped), then `pyside6-lrelease` to build the .qm files. It
never writes a translation itself: it lists the unfinished strings and exits 1 until
they are translated. `--check` only reports, changing nothing.

A count is one string with `%n` and its forms in the .ts: `self.tr("%n piece(s)", "", n)`;
Chinese has one form, English's two live in the plurals-only `jeweldesk_en.ts`. Where a
word's translation depends on what it means there, say so with the disambiguation,
`self.tr("Book", "noun: an advisor's client book")`, or a `#:` comment on the line
above (lupdate shows it to the translator)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jeweldesk.paths import resource_dir

log = logging.getLogger(__name__)

TRANSLATED = ("zh_CN", "zh_TW")  # English is the source language
# English keeps its source strings but needs its plural forms: "%n change(s)" reads
# "1 change" and "3 changes" from a plurals-only jeweldesk_en file.
PLURALS_ONLY = "en"
LANGUAGE_NAMES = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
TS_LANGUAGE = {"zh_CN": "zh_CN", "zh_TW": "zh_TW"}
PACKAGE_DIR = Path(__file__).resolve().parent  # jeweldesk/ui

_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resource_dir() / "translations"


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"jeweldesk_{lang}.ts"


def qm_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or translations_dir()) / f"jeweldesk_{lang}.qm"


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


def run_lrelease(folder: Path | None = None) -> None:
    import subprocess

    for lang in (*TRANSLATED, PLURALS_ONLY):
        subprocess.run(
            [
                _tool("pyside6-lrelease"),
                str(ts_path(lang, folder)),
                "-qm",
                str(qm_path(lang, folder)),
            ],
            check=True,
            capture_output=True,
            text=True,
        )


def unfinished(folder: Path | None = None) -> list[str]:
    """The messages of the .ts files with no finished translation."""
    from jeweldesk.catalogue_tools import problems_unfinished, ts_entries

    return [
        problem
        for lang in (*TRANSLATED, PLURALS_ONLY)
        for problem in problems_unfinished(ts_entries(ts_path(lang, folder)))
    ]


def main(argv: list[str] | None = None) -> int:
    import argparse
    import shutil
    import tempfile

    parser = argparse.ArgumentParser(
        prog="python -m jeweldesk.ui.translations",
        description="Merge the code's strings into the .ts files and build the .qm files.",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="only list strings of the code without a translation; change nothing",
    )
    args = parser.parse_args(argv)
    files = sources()
    with tempfile.TemporaryDirectory() as scratch:
        # --check works on copies: the real files are left as they are.
        folder = Path(scratch) if args.check else None
        if folder is not None:
            for lang in (*TRANSLATED, PLURALS_ONLY):
                if ts_path(lang).exists():
                    shutil.copy(ts_path(lang), ts_path(lang, folder))
        run_lupdate(files, folder)
        missing = unfinished(folder)
        total = sum(1 for _ in ts_entries_of(TRANSLATED[0], folder))
    if not args.check:
        run_lrelease()
    for problem in missing:
        print(problem, file=sys.stderr)
    done = (
        "checked"
        if args.check
        else "built " + ", ".join(qm_path(x).name for x in (*TRANSLATED, PLURALS_ONLY))
    )
    print(f"{total} strings; {len(missing)} without a translation; {done}")
    return 1 if missing else 0


def ts_entries_of(lang: str, folder: Path | None = None):
    from jeweldesk.catalogue_tools import ts_entries

    return ts_entries(ts_path(lang, folder))


if __name__ == "__main__":
    sys.exit(main())
