"""The jeweller's vocabulary: the closed lists the records use."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADVISOR = "advisor"
    VIC_CONSULTANT = "vic_consultant"
    STORE_MANAGER = "store_manager"
    HEAD_OFFICE = "head_office"


ROLES_WITH_BOOKS = (Role.ADVISOR, Role.VIC_CONSULTANT, Role.STORE_MANAGER)
ROLES_SEEING_SENSITIVE = (Role.STORE_MANAGER, Role.HEAD_OFFICE)


class Channel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    EMAIL = "email"
    WECHAT = "wechat"
    WHATSAPP = "whatsapp"
    LINE = "line"
    IN_PERSON = "in_person"


class ContactKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    WECHAT = "wechat"
    WHATSAPP = "whatsapp"
    LINE = "line"
    ADDRESS = "address"


class NameOrder(StrEnum):
    FAMILY_FIRST = "family_first"  # 王美玲, Chan Tai Man
    GIVEN_FIRST = "given_first"  # Claire Dubois


class PreferenceCategory(StrEnum):
    METAL = "metal"
    COLOUR = "colour"
    ALLERGY = "allergy"
    STONE = "stone"
    CUT = "cut"
    STONE_COLOUR = "stone_colour"
    CARAT_BUDGET = "carat_budget"
    STYLE = "style"
    COLLECTION = "collection"
    BRAND = "brand"
    BUDGET_BAND = "budget_band"
    REFRESHMENT = "refreshment"
    INTEREST = "interest"
    PROFESSION = "profession"
    FAMILY = "family"
    OTHER = "other"


class Sentiment(StrEnum):
    LOVES = "loves"
    LIKES = "likes"
    DISLIKES = "dislikes"
    AVOID = "avoid"  # allergies, never-again


class SizingSystem(StrEnum):
    CN_HK = "cn_hk"
    US = "us"
    UK = "uk"
    EU = "eu"


class Hand(StrEnum):
    LEFT = "left"
    RIGHT = "right"


class Finger(StrEnum):
    THUMB = "thumb"
    INDEX = "index"
    MIDDLE = "middle"
    RING = "ring"
    LITTLE = "little"


class MeasurementKind(StrEnum):
    WRIST = "wrist"
    NECK = "neck"
    ANKLE = "ankle"


class DateKind(StrEnum):
    BIRTHDAY = "birthday"
    WEDDING_ANNIVERSARY = "wedding_anniversary"
    ANNIVERSARY = "anniversary"
    MILESTONE = "milestone"
    CUSTOM = "custom"


DEFAULT_LEAD_DAYS = {
    DateKind.BIRTHDAY: 14,
    DateKind.WEDDING_ANNIVERSARY: 21,
    DateKind.ANNIVERSARY: 14,
    DateKind.MILESTONE: 3,
    DateKind.CUSTOM: 7,
}


class MilestoneKind(StrEnum):
    PROMOTION = "promotion"
    RELOCATION = "relocation"
    MARRIAGE = "marriage"
    CHILD_GRADUATION = "child_graduation"
    INHERITANCE = "inheritance"
    BUSINESS_SUCCESS = "business_success"
    BIRTH = "birth"
    OTHER = "other"


class RelationshipKind(StrEnum):
    PARTNER = "partner"
    SPOUSE = "spouse"
    CHILD = "child"
    PARENT = "parent"
    SIBLING = "sibling"
    FRIEND = "friend"
    COLLEAGUE = "colleague"
    GIFT_RECIPIENT = "gift_recipient"


class ConsentPurpose(StrEnum):
    SERVICE = "service"
    MARKETING = "marketing"
    PROFILING = "profiling"
    CROSS_BORDER = "cross_border"


class StoneOrigin(StrEnum):
    NATURAL = "natural"
    LAB_GROWN = "lab_grown"
    SIMULANT = "simulant"


class PurchaseChannel(StrEnum):
    STORE = "store"
    ONLINE = "online"
    EVENT = "event"
    REMOTE = "remote"


class InteractionKind(StrEnum):
    CALL = "call"
    MESSAGE = "message"
    VISIT = "visit"
    EMAIL = "email"
    EVENT = "event"
    APPOINTMENT = "appointment"
    ENQUIRY = "enquiry"
    OTHER = "other"  # any other contact an advisor logs


class ServiceKind(StrEnum):
    REPAIR = "repair"
    RESIZE = "resize"
    CLEANING = "cleaning"
    ENGRAVING = "engraving"
    RESTRINGING = "restringing"
    REPLATING = "replating"
    INSPECTION = "inspection"


class ServiceStatus(StrEnum):
    RECEIVED = "received"
    IN_WORKSHOP = "in_workshop"
    READY = "ready"
    COLLECTED = "collected"
    RETURNED = "returned"  # handed back unrepaired
    CANCELLED = "cancelled"


class CaseStatus(StrEnum):
    OPEN = "open"
    RESPONDED = "responded"
    RESOLVED = "resolved"
    CLOSED = "closed"


class BenefitSource(StrEnum):
    MEMBERSHIP = "membership"
    PURCHASE = "purchase"
    CAMPAIGN = "campaign"


class AppointmentKind(StrEnum):
    PRIVATE_VIEWING = "private_viewing"
    BRIDAL = "bridal"
    BESPOKE = "bespoke"
    LAUNCH_PREVIEW = "launch_preview"
    CLEANING = "cleaning"
    REPAIR = "repair"
    VIRTUAL = "virtual"
    WORKSHOP = "workshop"
    EVENT = "event"


class AppointmentStatus(StrEnum):
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    ARRIVED = "arrived"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


APPOINTMENT_FLOW: dict[AppointmentStatus, tuple[AppointmentStatus, ...]] = {
    AppointmentStatus.REQUESTED: (AppointmentStatus.CONFIRMED, AppointmentStatus.CANCELLED),
    AppointmentStatus.CONFIRMED: (
        AppointmentStatus.ARRIVED,
        AppointmentStatus.CANCELLED,
        AppointmentStatus.NO_SHOW,
    ),
    AppointmentStatus.ARRIVED: (AppointmentStatus.COMPLETED,),
    AppointmentStatus.COMPLETED: (),
    AppointmentStatus.CANCELLED: (),
    AppointmentStatus.NO_SHOW: (),
}
OPEN_APPOINTMENT = (
    AppointmentStatus.REQUESTED,
    AppointmentStatus.CONFIRMED,
    AppointmentStatus.ARRIVED,
)


class AppointmentSource(StrEnum):
    IN_STORE = "in_store"
    ONLINE = "online"


class RoomKind(StrEnum):
    SALON = "salon"
    COUNTER = "counter"
    BRIDAL_ROOM = "bridal_room"
    WORKSHOP = "workshop"


class Rsvp(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class DocumentKind(StrEnum):
    CERTIFICATE = "certificate"
    APPRAISAL = "appraisal"
    CARE_GUIDE = "care_guide"
    WARRANTY = "warranty"
    SERVICE_RECEIPT = "service_receipt"
    COLLECTION_SLIP = "collection_slip"
    APPOINTMENT_BRIEF = "appointment_brief"


class DocumentStatus(StrEnum):
    ISSUED = "issued"
    VOID = "void"
