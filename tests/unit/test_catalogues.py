"""Every catalogue finished, consistent and compiled: the interface's Qt .ts files and
the core's gettext .po files (messages, documents, console), and the glossary's words
used the same way in all of them. Each check is shown failing on a broken catalogue."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from jeweldesk.catalogue_tools import (
    Term,
    compiled,
    load_glossary,
    po_entries,
    po_entries_all,
    problems_glossary,
    problems_placeholders,
    problems_stale_mo,
    problems_unfinished,
    problems_untemplated,
    save_po,
    ts_entries,
    update,
)
from jeweldesk.catalogues import DOMAINS, SOURCE_LANGUAGE, TRANSLATED, mo_path, po_path
from jeweldesk.paths import resource_dir

TS_DIR = resource_dir() / "translations"
TS_LANGUAGES = ("zh_CN", "zh_TW", "en")  # en: the plural forms only


def ts_file(lang: str) -> Path:
    return TS_DIR / f"jeweldesk_{lang}.ts"


def all_ts_entries():
    return [e for lang in TS_LANGUAGES for e in ts_entries(ts_file(lang))]


# --- the real catalogues ------------------------------------------------------------------


def test_every_interface_message_is_finished():
    entries = all_ts_entries()
    assert len(entries) > 1500
    assert problems_unfinished(entries) == []


def test_every_catalogue_entry_is_translated():
    entries = po_entries_all(languages=(SOURCE_LANGUAGE, *TRANSLATED))
    assert len(entries) > 1500
    assert problems_unfinished(entries) == []
    for domain in DOMAINS:
        assert problems_untemplated(domain) == [], domain


def test_placeholders_are_the_same_in_source_and_translation():
    assert problems_placeholders(all_ts_entries()) == []
    assert problems_placeholders(po_entries_all()) == []


def test_the_compiled_catalogues_are_up_to_date():
    assert problems_stale_mo() == []


def test_the_compiled_interface_translations_are_up_to_date(tmp_path):
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    tool = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    assert tool, "pyside6-lrelease comes with PySide6"
    for lang in TS_LANGUAGES:
        fresh = tmp_path / f"{lang}.qm"
        subprocess.run(
            [tool, str(ts_file(lang)), "-qm", str(fresh)], check=True, capture_output=True
        )
        qm = ts_file(lang).with_suffix(".qm")
        assert qm.read_bytes() == fresh.read_bytes(), (
            f"{qm.name} is older than its .ts: run python -m jeweldesk.ui.translations"
        )


def test_the_glossary_reads_the_same_in_every_catalogue():
    glossary = load_glossary()
    assert {"VIC", "Core", "advisor", "client book", "certificate", "service job"} <= {
        t.english for t in glossary
    }
    assert all(t.zh_CN and t.zh_TW for t in glossary)
    entries = po_entries_all() + all_ts_entries()
    assert problems_glossary(entries, glossary) == []


def test_a_segment_reads_the_same_in_the_app_the_messages_and_the_console():
    from jeweldesk.domain.messages import render
    from jeweldesk.headoffice.console_texts import Words

    assert render("segment.core", "zh_CN") == Words("zh_CN").code("core") == "核心客户"
    assert render("segment.potential", "zh_TW") == Words("zh_TW").code("potential") == "潛力客戶"


def test_counts_follow_their_number_in_english_and_have_one_form_in_chinese():
    from jeweldesk.domain.messages import render

    assert render("standing.last_purchase", "en", days=1) == "last purchase 1 day ago"
    assert render("standing.last_purchase", "en", days=12) == "last purchase 12 days ago"
    assert render("standing.last_purchase", "zh_CN", days=1) == "上次购买于 1 天前"


# --- each check fails on a broken catalogue ------------------------------------------------

BROKEN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Screen</name>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {name}</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}</source>
        <translation>无法保存 {path}</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to review</source>
        <translation>
            <numerusform>项更改待审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo store: every PIN is %1</source>
        <translation>演示门店：所有 PIN 码均为 %2</translation>
    </message>
    <message>
        <source>Every advisor's book</source>
        <translation>所有导购的客户簿</translation>
    </message>
</context>
</TS>
"""


def test_the_checks_find_an_unfinished_or_inconsistent_interface_file(tmp_path):
    path = tmp_path / "jeweldesk_zh_CN.ts"
    path.write_text(BROKEN_TS, encoding="utf-8")
    entries = list(ts_entries(path))
    unfinished = problems_unfinished(entries)
    assert len(unfinished) == 2 and "'Sync now'" in unfinished[0] and "{name}" in unfinished[1]
    fields = problems_placeholders(entries)
    assert len(fields) == 3
    assert any("{reason}" in p for p in fields) and any("%n" in p for p in fields)
    assert any("%1" in p for p in fields)
    glossary = [Term("advisor", "顾问", "顧問"), Term("client book", "客户簿", "客戶簿")]
    (found,) = problems_glossary(entries, glossary)
    assert "“advisor” is 顾问" in found and "导购" in found


def small_catalogues(root: Path, chinese: dict[str, str], fuzzy: tuple[str, ...] = ()) -> None:
    english = Catalog(locale="en", domain="messages")
    english.add("client.name_required", "Enter the client's name.")
    english.add("note.too_long", "A note can be at most {limit} characters.")
    english.add("book.not_yours", "Only {advisor}'s store manager can change this client book.")
    save_po(english, po_path("messages", "en", root))
    zh = Catalog(locale="zh_CN", domain="messages")
    for key, text in chinese.items():
        zh.add(key, text, flags=("fuzzy",) if key in fuzzy else ())
    save_po(zh, po_path("messages", "zh_CN", root))


def test_the_checks_find_an_untranslated_or_inconsistent_catalogue(tmp_path):
    small_catalogues(
        tmp_path,
        {
            "client.name_required": "",
            "note.too_long": "备注最多 {max} 个字符。",
            "book.not_yours": "只有{advisor}的店长可以更改此客户簿。",
        },
    )
    entries = list(po_entries("messages", "zh_CN", tmp_path))
    (unfinished,) = problems_unfinished(entries)
    assert unfinished.endswith("client.name_required")
    (fields,) = problems_placeholders(entries)
    assert "note.too_long" in fields and "{max}" in fields
    glossary = [
        Term("store manager", "门店经理", "門店經理"),
        Term("client book", "客户簿", "客戶簿"),
    ]
    (found,) = problems_glossary(entries, glossary)
    assert "book.not_yours" in found and "门店经理" in found


def test_a_fuzzy_entry_counts_as_unfinished(tmp_path):
    small_catalogues(
        tmp_path,
        {
            "client.name_required": "请输入客户姓名。",
            "note.too_long": "备注最多 {limit} 个字符。",
            "book.not_yours": "只有{advisor}的门店经理可以更改此客户簿。",
        },
        fuzzy=("note.too_long",),
    )
    entries = list(po_entries("messages", "zh_CN", tmp_path))
    assert [p.rsplit(" ", 1)[-1] for p in problems_unfinished(entries)] == ["note.too_long"]


def test_updating_keeps_translations_adds_new_keys_and_flags_changed_english(tmp_path):
    small_catalogues(
        tmp_path,
        {
            "client.name_required": "请输入客户姓名。",
            "note.too_long": "备注最多 {limit} 个字符。",
        },
    )
    save_po(update("messages", "zh_CN", tmp_path), po_path("messages", "zh_CN", tmp_path))
    # The English of one key changes: its translation stays, marked for review.
    english = Catalog(locale="en", domain="messages")
    english.add("client.name_required", "Enter the client's name (in any script).")
    english.add("note.too_long", "A note can be at most {limit} characters.")
    english.add("book.not_yours", "Only {advisor}'s store manager can change this client book.")
    save_po(english, po_path("messages", "en", tmp_path))
    catalog = update("messages", "zh_CN", tmp_path)
    assert catalog.get("client.name_required").string == "请输入客户姓名。"
    assert "fuzzy" in catalog.get("client.name_required").flags
    assert "fuzzy" not in catalog.get("note.too_long").flags
    assert catalog.get("book.not_yours").string == ""  # new: left for the translator
    assert any("store manager" in c for c in catalog.get("book.not_yours").auto_comments)
    save_po(catalog, po_path("messages", "zh_CN", tmp_path))
    assert problems_untemplated("messages", tmp_path, ["zh_CN"]) == []


def test_a_key_missing_from_a_translation_is_found(tmp_path):
    small_catalogues(tmp_path, {"client.name_required": "请输入客户姓名。", "extra.key": "多余"})
    assert problems_untemplated("messages", tmp_path, ["zh_CN"]) == [
        "zh_CN messages.po lacks book.not_yours",
        "zh_CN messages.po lacks note.too_long",
        "zh_CN messages.po has extra.key, English has not",
    ]


def test_a_stale_compiled_catalogue_is_found(tmp_path):
    small_catalogues(
        tmp_path,
        {
            "client.name_required": "请输入客户姓名。",
            "note.too_long": "备注最多 {limit} 个字符。",
            "book.not_yours": "只有{advisor}的门店经理可以更改此客户簿。",
        },
    )
    from jeweldesk.catalogue_tools import load_po

    for lang in ("en", "zh_CN"):
        mo_path("messages", lang, tmp_path).write_bytes(
            compiled(load_po(po_path("messages", lang, tmp_path)))
        )
    assert problems_stale_mo(tmp_path, ["messages"], ["en", "zh_CN"]) == []
    # A translation edited after compiling: the .mo no longer matches.
    path = po_path("messages", "zh_CN", tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("客户姓名", "姓名"), encoding="utf-8")
    (stale,) = problems_stale_mo(tmp_path, ["messages"], ["en", "zh_CN"])
    assert "messages.mo (zh_CN)" in stale


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_english_key_has_its_translation_at_run_time(lang):
    from jeweldesk import catalogues

    for domain in DOMAINS:
        found = catalogues.translations(domain, lang)
        for key in catalogues.keys(domain) - catalogues.plural_keys(domain):
            if "\x04" in key:
                context, _, msgid = key.partition("\x04")
                assert found.pgettext(context, msgid) != msgid, (domain, key)
            else:
                assert found.gettext(key) != key, (domain, key)
