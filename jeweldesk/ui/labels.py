"""Words for the core's closed vocabularies (`domain/vocab.py`), through Qt
translation. Values the app does not know yet are shown as stored, made readable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    # Named `tr` so pyside6-lupdate extracts every label; it files a module-level
    # `tr("…")` under the empty context, where this looks it up.
    return QCoreApplication.translate("", text)


def _readable(value: object) -> str:
    return str(value or "").replace("_", " ").capitalize()


def segment_label(value: object) -> str:
    labels = {
        "vic": tr("VIC"),
        "core": tr("Core"),
        "potential": tr("Potential"),
        "prospect": tr("Prospect"),
    }
    return labels.get(str(value or "").lower(), _readable(value))


def contact_kind_label(value: object) -> str:
    labels = {
        "phone": tr("Phone"),
        "email": tr("E-mail"),
        "wechat": tr("WeChat"),
        "whatsapp": tr("WhatsApp"),
        "line": tr("LINE"),
        "address": tr("Address"),
    }
    return labels.get(str(value), _readable(value))


def channel_label(value: object) -> str:
    labels = {
        "phone": tr("phone call"),
        "sms": tr("SMS"),
        "email": tr("e-mail"),
        "wechat": tr("WeChat"),
        "whatsapp": tr("WhatsApp"),
        "line": tr("LINE"),
        "in_person": tr("in person"),
    }
    return labels.get(str(value), _readable(value))


def date_kind_label(value: object) -> str:
    labels = {
        "birthday": tr("Birthday"),
        "wedding_anniversary": tr("Wedding anniversary"),
        "anniversary": tr("Anniversary"),
        "milestone": tr("Milestone"),
        "custom": tr("Date"),
    }
    return labels.get(str(value), _readable(value))


def relationship_label(value: object) -> str:
    labels = {
        "partner": tr("Partner"),
        "spouse": tr("Spouse"),
        "child": tr("Child"),
        "parent": tr("Parent"),
        "sibling": tr("Sibling"),
        "friend": tr("Friend"),
        "colleague": tr("Colleague"),
        "gift_recipient": tr("Gift recipient"),
    }
    return labels.get(str(value), _readable(value))


def preference_category_label(value: object) -> str:
    labels = {
        "metal": tr("Metal"),
        "colour": tr("Colour"),
        "allergy": tr("Allergy"),
        "stone": tr("Stone"),
        "cut": tr("Cut"),
        "stone_colour": tr("Stone colour"),
        "carat_budget": tr("Carat budget"),
        "style": tr("Style"),
        "collection": tr("Collection"),
        "brand": tr("Brand"),
        "budget_band": tr("Budget"),
        "refreshment": tr("Refreshment"),
        "interest": tr("Interest"),
        "profession": tr("Profession"),
        "family": tr("Family"),
        "other": tr("Other"),
    }
    return labels.get(str(value), _readable(value))


def sentiment_label(value: object) -> str:
    labels = {
        "loves": tr("Loves"),
        "likes": tr("Likes"),
        "dislikes": tr("Dislikes"),
        "avoid": tr("Avoid"),
    }
    return labels.get(str(value), _readable(value))


def hand_finger_label(hand: object, finger: object) -> str:
    hands = {"left": tr("left"), "right": tr("right")}
    fingers = {
        "thumb": tr("thumb"),
        "index": tr("index"),
        "middle": tr("middle"),
        "ring": tr("ring"),
        "little": tr("little"),
    }
    return f"{hands.get(str(hand), str(hand))} {fingers.get(str(finger), str(finger))}".capitalize()


def sizing_system_label(value: object) -> str:
    labels = {"cn_hk": tr("CN/HK"), "us": tr("US"), "uk": tr("UK"), "eu": tr("EU")}
    return labels.get(str(value), str(value).upper())


def language_label(value: object) -> str:
    labels = {
        "en": tr("English"),
        "zh_CN": tr("Simplified Chinese"),
        "zh_TW": tr("Traditional Chinese"),
        "fr": tr("French"),
    }
    return labels.get(str(value), str(value))


def measurement_label(value: object) -> str:
    labels = {"wrist": tr("Wrist"), "neck": tr("Neck"), "ankle": tr("Ankle")}
    return labels.get(str(value), _readable(value))


def interaction_text(kind: object, channel: object) -> str:
    """ "Message · WeChat"; the channel is left out where the kind already says it
    (an e-mail by e-mail, a call by phone)."""
    said = {"email": "email", "call": "phone"}.get(str(kind))
    shown = channel_label(channel) if channel and str(channel) != said else ""
    return " · ".join(x for x in (interaction_label(kind), shown) if x)


def interaction_label(value: object) -> str:
    labels = {
        "call": tr("Call"),
        "message": tr("Message"),
        "visit": tr("Visit"),
        "email": tr("E-mail message"),  # not "E-mail", the contact kind (电子邮箱, an address)
        "event": tr("Event"),
        "appointment": tr("Appointment"),
        "enquiry": tr("Enquiry"),
        "other": tr("Other contact"),
    }
    return labels.get(str(value), _readable(value))


def service_kind_label(value: object) -> str:
    labels = {
        "repair": tr("Repair"),
        "resize": tr("Resize"),
        "cleaning": tr("Cleaning"),
        "engraving": tr("Engraving"),
        "restringing": tr("Restringing"),
        "replating": tr("Re-plating"),
        "inspection": tr("Inspection"),
    }
    return labels.get(str(value), _readable(value))


def service_status_label(value: object) -> str:
    labels = {
        "received": tr("Received"),
        "in_workshop": tr("In the workshop"),
        "ready": tr("Ready"),
        "collected": tr("Collected"),
        "returned": tr("Returned unrepaired"),
        "cancelled": tr("Cancelled"),
    }
    return labels.get(str(value), _readable(value))


def case_status_label(value: object) -> str:
    labels = {
        #: A service-recovery case's state: still being handled (not "open a file").
        "open": tr("Open"),
        "responded": tr("Responded"),
        "resolved": tr("Resolved"),
        "closed": tr("Closed"),
    }
    return labels.get(str(value), _readable(value))


def consent_purpose_label(value: object) -> str:
    labels = {
        "service": tr("Service messages"),
        "marketing": tr("Marketing"),
        "profiling": tr("Profiling"),
        "cross_border": tr("Cross-border transfer"),
    }
    return labels.get(str(value), _readable(value))


def document_kind_label(value: object) -> str:
    labels = {
        "certificate": tr("Certificate"),
        "appraisal": tr("Appraisal"),
        "care_guide": tr("Care guide"),
        "warranty": tr("Warranty card"),
        "service_receipt": tr("Service receipt"),
        "collection_slip": tr("Collection slip"),
        "appointment_brief": tr("Appointment brief"),
    }
    return labels.get(str(value), _readable(value))


def document_status_label(value: object) -> str:
    labels = {"issued": tr("Issued"), "void": tr("Void")}
    return labels.get(str(value), _readable(value))


def stone_origin_label(value: object) -> str:
    labels = {
        "natural": tr("Natural"),
        "lab_grown": tr("Laboratory-grown"),
        "simulant": tr("Simulant"),
    }
    return labels.get(str(value), _readable(value))


def purchase_channel_label(value: object) -> str:
    labels = {
        "store": tr("In store"),
        "online": tr("Online"),
        "event": tr("Event"),
        "remote": tr("Remote"),
    }
    return labels.get(str(value), _readable(value))


def milestone_label(value: object) -> str:
    labels = {
        "promotion": tr("Promotion"),
        "relocation": tr("Relocation"),
        "marriage": tr("Marriage"),
        "child_graduation": tr("Child's graduation"),
        "inheritance": tr("Inheritance"),
        "business_success": tr("Business success"),
        "birth": tr("Birth"),
        "other": tr("Other"),
    }
    return labels.get(str(value), _readable(value))


def field_label(value: object) -> str:
    """A record's field as the review of a sync conflict names it ("Greeting", not
    "greeting_name")."""
    labels = {
        "title": tr("Form of address"),
        "family_name": tr("Family name"),
        "given_name": tr("Given name"),
        "name_local": tr("Name in own script"),
        "name_romanised": tr("Romanised name"),
        "greeting_name": tr("Greeting"),
        "gender": tr("Gender"),
        "language": tr("Language"),
        "preferred_channel": tr("Preferred channel"),
        "contact_hours_start": tr("Contact hours"),
        "contact_hours_end": tr("Contact hours"),
        "home_store_id": tr("Home store"),
        "value": tr("Entry"),
        "label": tr("Label"),
        "is_primary": tr("primary"),
        "body": tr("Note"),
        "pinned": tr("Pinned"),
        "sensitive": tr("Sensitive"),
        "category": tr("About"),
        "sentiment": tr("Feeling"),
        "detail": tr("Detail"),
        "size": tr("Size"),
        "system": tr("Sizing system"),
        "name": tr("Name"),
        "note": tr("Note"),
        "lead_days": tr("Reminder"),
        "status": tr("Status"),
        "starts_at": tr("Starts"),
        "ends_at": tr("Ends"),
        "advisor_id": tr("Advisor"),
        "second_advisor_id": tr("Second advisor"),
        "room_id": tr("Room or salon"),
        "notes": tr("Notes"),
        "outcome": tr("Outcome"),
        "outcome_note": tr("Outcome note"),
        "deleted": tr("Removed"),
        # The records head office refuses most: purchases, book entries, documents.
        "client_id": tr("Client"),
        "store_id": tr("Store"),
        "total": tr("Total"),
        "currency": tr("Currency"),
        "purchased_at": tr("Date of purchase"),
        "receipt_number": tr("Receipt number"),
        "channel": tr("Channel"),
        "since": tr("In the book since"),
        "ended_at": tr("Left the book"),
        "development_plan": tr("Development plan"),
        "handover_note": tr("Handover note"),
        "void_reason": tr("Reason for voiding"),
    }
    return labels.get(str(value), _readable(value))


def record_label(table: str) -> str:
    """A kind of record in the jeweller's words ("Purchase", not "purchases")."""
    labels = {
        "appointments": tr("Appointment"),
        "audit_log": tr("Audit entry"),
        "benefit_uses": tr("Benefit used"),
        "benefits": tr("Benefit"),
        "book_entries": tr("Client book entry"),
        "catalogue_pieces": tr("Catalogue piece"),
        "checklist_items": tr("Preparation item"),
        "clients": tr("Client profile"),
        "consents": tr("Consent"),
        "contact_points": tr("Contact"),
        "events": tr("Event"),
        "important_dates": tr("Important date"),
        "intelligence_settings": tr("Clienteling settings"),
        "interactions": tr("Interaction"),
        "invitations": tr("Invitation"),
        "issued_documents": tr("Document"),
        "measurements": tr("Measurement"),
        "next_best_actions": tr("Suggested action"),
        "notes": tr("Note"),
        "owned_pieces": tr("Piece in the jewellery box"),
        "pre_selections": tr("Pre-selected piece"),
        "preferences": tr("Preference"),
        "purchase_lines": tr("Purchase line"),
        "purchases": tr("Purchase"),
        "relationships": tr("Relationship"),
        "ring_sizes": tr("Ring size"),
        "rooms": tr("Room or salon"),
        "service_cases": tr("Service-recovery case"),
        "service_jobs": tr("Service job"),
        "staff": tr("Staff member"),
        "stock_levels": tr("Stock level"),
        "stones": tr("Stone"),
        "stores": tr("Store"),
        "sync_conflicts": tr("Change to review"),
        "wishlist_items": tr("Wishlist item"),
    }
    return labels.get(table, table.replace("_", " ").capitalize())


def ring_size_text(size: object) -> str:
    """ "6.5" as advisors write it: "6½"."""
    text = str(size or "")
    for decimal, glyph in ((".25", "¼"), (".5", "½"), (".75", "¾")):
        if text.endswith(decimal):
            return text[: -len(decimal)] + glyph
    return text
