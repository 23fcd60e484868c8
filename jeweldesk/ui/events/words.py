"""Events' words on screen, translated in the "EventWords" context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("EventWords", text)


def kind_label(kind: object) -> str:
    words = {
        "launch": tr("Launch"),
        "workshop": tr("Workshop"),
        "private_viewing": tr("Private viewing"),
        "in_store_event": tr("In-store event"),
        "masterclass": tr("Masterclass"),
        "private_dinner": tr("Private dinner"),
    }
    return words.get(str(kind), str(kind).replace("_", " ").capitalize())


def rsvp_label(answer: object) -> str:
    words = {"accepted": tr("Accepted"), "declined": tr("Declined"), "pending": tr("No answer yet")}
    return words.get(str(answer), str(answer))


def bilingual(english: str, chinese: str, lang: str) -> str:
    """A title or a name in the reader's script where it has one."""
    return chinese if lang.startswith("zh") and chinese else english
