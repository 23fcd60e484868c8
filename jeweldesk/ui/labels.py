"""Words for the core's closed vocabularies (`domain/vocab.py`), through Qt
translation. Values the app does not know yet are shown as stored, made readable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Vocabulary", text)


def _readable(value: object) -> str:
    return str(value or "").replace("_", " ").capitalize()


def segment_label(value: object) -> str:
    labels = {
        "vic": _tr("VIC"),
        "core": _tr("Core"),
        "potential": _tr("Potential"),
        "prospect": _tr("Prospect"),
    }
    return labels.get(str(value or "").lower(), _readable(value))


def contact_kind_label(value: object) -> str:
    labels = {
        "phone": _tr("Phone"),
        "email": _tr("E-mail"),
        "wechat": _tr("WeChat"),
        "whatsapp": _tr("WhatsApp"),
        "line": _tr("LINE"),
        "address": _tr("Address"),
    }
    return labels.get(str(value), _readable(value))


def channel_label(value: object) -> str:
    labels = {
        "phone": _tr("phone call"),
        "sms": _tr("SMS"),
        "email": _tr("e-mail"),
        "wechat": _tr("WeChat"),
        "whatsapp": _tr("WhatsApp"),
        "line": _tr("LINE"),
        "in_person": _tr("in person"),
    }
    return labels.get(str(value), _readable(value))


def date_kind_label(value: object) -> str:
    labels = {
        "birthday": _tr("Birthday"),
        "wedding_anniversary": _tr("Wedding anniversary"),
        "anniversary": _tr("Anniversary"),
        "milestone": _tr("Milestone"),
        "custom": _tr("Date"),
    }
    return labels.get(str(value), _readable(value))


def relationship_label(value: object) -> str:
    labels = {
        "partner": _tr("Partner"),
        "spouse": _tr("Spouse"),
        "child": _tr("Child"),
        "parent": _tr("Parent"),
        "sibling": _tr("Sibling"),
        "friend": _tr("Friend"),
        "colleague": _tr("Colleague"),
        "gift_recipient": _tr("Gift recipient"),
    }
    return labels.get(str(value), _readable(value))


def preference_category_label(value: object) -> str:
    labels = {
        "metal": _tr("Metal"),
        "colour": _tr("Colour"),
        "allergy": _tr("Allergy"),
        "stone": _tr("Stone"),
        "cut": _tr("Cut"),
        "stone_colour": _tr("Stone colour"),
        "carat_budget": _tr("Carat budget"),
        "style": _tr("Style"),
        "collection": _tr("Collection"),
        "brand": _tr("Brand"),
        "budget_band": _tr("Budget"),
        "refreshment": _tr("Refreshment"),
        "interest": _tr("Interest"),
        "profession": _tr("Profession"),
        "family": _tr("Family"),
        "other": _tr("Other"),
    }
    return labels.get(str(value), _readable(value))


def sentiment_label(value: object) -> str:
    labels = {
        "loves": _tr("Loves"),
        "likes": _tr("Likes"),
        "dislikes": _tr("Dislikes"),
        "avoid": _tr("Avoid"),
    }
    return labels.get(str(value), _readable(value))


def hand_finger_label(hand: object, finger: object) -> str:
    hands = {"left": _tr("left"), "right": _tr("right")}
    fingers = {
        "thumb": _tr("thumb"),
        "index": _tr("index"),
        "middle": _tr("middle"),
        "ring": _tr("ring"),
        "little": _tr("little"),
    }
    return f"{hands.get(str(hand), str(hand))} {fingers.get(str(finger), str(finger))}".capitalize()


def sizing_system_label(value: object) -> str:
    labels = {"cn_hk": _tr("CN/HK"), "us": _tr("US"), "uk": _tr("UK"), "eu": _tr("EU")}
    return labels.get(str(value), str(value).upper())


def language_label(value: object) -> str:
    labels = {
        "en": _tr("English"),
        "zh_CN": _tr("Simplified Chinese"),
        "zh_TW": _tr("Traditional Chinese"),
        "fr": _tr("French"),
    }
    return labels.get(str(value), str(value))
