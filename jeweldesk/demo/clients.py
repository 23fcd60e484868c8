"""One client's record: identity, contact points, preferences, sizes, notes,
important dates, people and consent. Purchases and the rest are in `history`."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from jeweldesk.demo import names, texts
from jeweldesk.demo.catalogue import COLLECTIONS
from jeweldesk.demo.network import StoreInfo
from jeweldesk.demo.texts import in_own_words
from jeweldesk.demo.world import ClientInfo, World
from jeweldesk.domain.ids import new_id
from jeweldesk.domain.messages import render
from jeweldesk.domain.names import display_name
from jeweldesk.domain.preparation import SizeOnFile
from jeweldesk.domain.vocab import (
    DEFAULT_LEAD_DAYS,
    Channel,
    ConsentPurpose,
    ContactKind,
    DateKind,
    Finger,
    Hand,
    MeasurementKind,
    MilestoneKind,
    NameOrder,
    PreferenceCategory,
    RelationshipKind,
    Sentiment,
    SizingSystem,
)
from jeweldesk.storage.models import (
    Client,
    Consent,
    ContactPoint,
    ImportantDate,
    Measurement,
    Note,
    Preference,
    Relationship,
    RingSize,
)

METALS = ("platinum", "18k white gold", "18k yellow gold", "18k rose gold")
STONES = ("diamond", "ruby", "sapphire", "emerald", "pearl", "tanzanite", "opal")
STYLES = ("classic", "modern", "vintage", "minimal", "statement")
BRANDS = (
    "Cartier",
    "Van Cleef & Arpels",
    "Tiffany & Co.",
    "Bulgari",
    "Chaumet",
    "Boucheron",
    "Chow Tai Fook",
    "Qeelin",
)
REFRESHMENTS = {
    "zh": ("jasmine tea", "Longjing tea", "Pu'er tea", "champagne", "sparkling water"),
    "en": ("champagne", "English breakfast tea", "sparkling water", "espresso"),
    "fr": ("champagne", "espresso", "Earl Grey tea", "eau pétillante"),
}
INTERESTS = (
    "golf",
    "contemporary art",
    "opera",
    "horse riding",
    "wine",
    "travel",
    "yoga",
    "sailing",
    "calligraphy",
    "tennis",
)
PROFESSIONS = (
    "entrepreneur",
    "lawyer",
    "surgeon",
    "private banker",
    "architect",
    "fashion buyer",
    "film producer",
    "professor",
    "investor",
)
# A client's budget band in their boutique's currency: the renminbi bands converted at
# the demo's rates (network.TO_CNY) and rounded the way a local advisor states them.
BUDGET_BANDS = {
    "CNY": {
        "vic": "CNY 500k+",
        "core": "CNY 50k–300k",
        "potential": "CNY 10k–50k",
        "prospect": "CNY 10k–30k",
    },
    "HKD": {
        "vic": "HKD 550k+",
        "core": "HKD 50k–350k",
        "potential": "HKD 12k–55k",
        "prospect": "HKD 12k–35k",
    },
    "EUR": {
        "vic": "EUR 65k+",
        "core": "EUR 6.5k–40k",
        "potential": "EUR 1.3k–6.5k",
        "prospect": "EUR 1.3k–4k",
    },
}
# The budget a note mentions, inside the tier's band.
BUDGET_AMOUNTS = {
    "CNY": {"vic": 800_000, "core": 120_000, "potential": 30_000, "prospect": 20_000},
    "HKD": {"vic": 900_000, "core": 130_000, "potential": 33_000, "prospect": 22_000},
    "EUR": {"vic": 100_000, "core": 15_000, "potential": 4_000, "prospect": 2_500},
}
CARAT_BUDGETS = ("0.5–1 ct", "1–1.5 ct", "1.5–2 ct", "2–3 ct")
SOURCES = ("walk-in", "walk-in", "referral", "online", "event", "mini-program")
TITLES = {  # (country or language, gender): title
    ("CN", "F"): "女士",
    ("CN", "M"): "先生",
    ("HK", "F"): "Mrs",
    ("HK", "M"): "Mr",
    ("FR", "F"): "Mme",
    ("FR", "M"): "M.",
    ("en", "F"): "Ms",
    ("en", "M"): "Mr",
}


def _person(world: World, store: StoreInfo, gender: str) -> tuple[names.Person, str, str]:
    """A client's name, language and phone region for the boutique they belong to."""
    rng = world.rng
    if store.spec.country == "CN":
        return names.mandarin(rng, gender), ("zh_CN" if rng.random() < 0.9 else "en"), "CN"
    if store.spec.country == "HK":
        return names.cantonese(rng, gender), ("zh_TW" if rng.random() < 0.65 else "en"), "HK"
    if rng.random() < 0.1:  # mainland visitors are a real share of a Paris boutique's clients
        return names.mandarin(rng, gender), "zh_CN", "CN"
    person, language = names.european(rng, gender)
    return person, language, "FR"


def _greeting(person: names.Person, language: str, region: str) -> tuple[str, str]:
    if region == "CN":
        title = TITLES[("CN", person.gender)]
        return title, (
            person.family + title
            if language.startswith("zh")
            else f"{'Ms' if person.gender == 'F' else 'Mr'} {person.latin_family}"
        )
    if region == "HK":
        title = TITLES[("HK", person.gender)]
        return title, person.english_name or f"{title} {person.latin_family}"
    key = ("FR", person.gender) if language == "fr" else ("en", person.gender)
    title = TITLES[key]
    prefix = {"Mme": "Madame", "M.": "Monsieur"}.get(title, title)
    return title, f"{prefix} {person.family}"


def make_client(world: World, store: StoreInfo, tier: str, created_by: uuid.UUID) -> ClientInfo:
    """Writes the client and their record; returns what later steps need to know."""
    rng = world.rng
    gender = "F" if rng.random() < 0.72 else "M"
    person, language, region = _person(world, store, gender)
    title, greeting = _greeting(person, language, region)
    years = {"vic": 9, "core": 6, "potential": 3, "prospect": 2}[tier]
    created_at = world.days_ago(rng.uniform(20, years * 365), store)
    client_id = new_id()
    channel = {"CN": Channel.WECHAT, "HK": Channel.WHATSAPP}.get(region, Channel.EMAIL)
    if rng.random() < 0.25:
        channel = rng.choice((Channel.PHONE, Channel.SMS, Channel.EMAIL))
    start = rng.choice((None, None, dt.time(10), dt.time(14)))
    world.loader.add(
        Client,
        id=client_id,
        home_store_id=store.id,
        title=title,
        family_name=person.family,
        given_name=person.given,
        name_order=NameOrder.FAMILY_FIRST if person.family_first else NameOrder.GIVEN_FIRST,
        name_local=person.name_local,
        name_romanised=person.romanised,
        greeting_name=greeting,
        gender=gender,
        language=language,
        preferred_channel=channel,
        contact_hours_start=start,
        contact_hours_end=dt.time(19) if start else None,
        source=rng.choice(SOURCES),
        created_at=created_at,
        created_by_id=created_by,
        segment="",  # set by history.finish_client once the purchases are known
    )
    info = ClientInfo(
        client_id,
        store.code,
        language,
        gender,
        display_name(
            family=person.family,
            given=person.given,
            name_local=person.name_local,
            romanised=person.romanised,
            given_first=not person.family_first,
        ),
        greeting,
        created_at,
    )
    _contacts(world, info, person, region)
    _preferences(world, info, tier, store.currency, created_by)
    _sizes(world, info, region, created_by)
    _notes(world, info, store, tier, created_by)
    _dates(world, info)
    _consents(world, info, region, created_by)
    return info


def _contacts(world: World, info: ClientInfo, person: names.Person, region: str) -> None:
    rng, add = world.rng, world.loader.add
    typed, e164 = world.phones.mobile(region)
    add(
        ContactPoint,
        client_id=info.id,
        kind=ContactKind.PHONE,
        value=typed,
        normalised=e164,
        label=in_own_words("mobile", info.language),
        is_primary=True,
    )
    if rng.random() < 0.08:
        typed, e164 = world.phones.mobile(region)
        add(
            ContactPoint,
            client_id=info.id,
            kind=ContactKind.PHONE,
            value=typed,
            normalised=e164,
            label=in_own_words(rng.choice(("office", "assistant")), info.language),
            is_primary=False,
        )
    if rng.random() < 0.7:
        domain = {
            "CN": ("qq.com", "163.com", "126.com"),
            "HK": ("gmail.com", "yahoo.com.hk", "netvigator.com"),
        }
        provider = rng.choice(
            domain.get(region, ("gmail.com", "orange.fr", "free.fr", "outlook.fr"))
        )
        given = person.english_name or person.latin_given
        email = f"{names.ascii_slug(given)}.{names.ascii_slug(person.latin_family)}{rng.randrange(10, 999)}@{provider}"
        add(
            ContactPoint,
            client_id=info.id,
            kind=ContactKind.EMAIL,
            value=email,
            normalised=email.lower(),
            label=in_own_words("personal", info.language),
            is_primary=False,
        )
    if region == "CN" and rng.random() < 0.75:
        handle = f"{names.ascii_slug(person.latin_given)}_{names.ascii_slug(person.latin_family)}{rng.randrange(100, 9999)}"
        add(
            ContactPoint,
            client_id=info.id,
            kind=ContactKind.WECHAT,
            value=handle,
            normalised=handle,
            label="",
            is_primary=False,
        )


def _preferences(
    world: World, info: ClientInfo, tier: str, currency: str, staff: uuid.UUID
) -> None:
    rng = world.rng
    key = texts.lang_key(info.language)
    info.collection = rng.choice(tuple(COLLECTIONS))
    info.refreshment = rng.choice(REFRESHMENTS.get(key, REFRESHMENTS["en"]))
    wanted = {"vic": 5, "core": 3, "potential": 2, "prospect": 1}[tier]
    choices = [
        (PreferenceCategory.METAL, rng.choice(METALS), Sentiment.LOVES),
        (PreferenceCategory.COLLECTION, info.collection, Sentiment.LOVES),
        (
            PreferenceCategory.STONE,
            rng.choice(STONES),
            rng.choice((Sentiment.LOVES, Sentiment.LIKES)),
        ),
        (PreferenceCategory.STYLE, rng.choice(STYLES), Sentiment.LIKES),
        (PreferenceCategory.REFRESHMENT, info.refreshment, Sentiment.LIKES),
        (PreferenceCategory.BUDGET_BAND, BUDGET_BANDS[currency][tier], Sentiment.LIKES),
        (PreferenceCategory.BRAND, rng.choice(BRANDS), Sentiment.LIKES),
        (PreferenceCategory.INTEREST, rng.choice(INTERESTS), Sentiment.LIKES),
        (PreferenceCategory.PROFESSION, rng.choice(PROFESSIONS), Sentiment.LIKES),
        (PreferenceCategory.CARAT_BUDGET, rng.choice(CARAT_BUDGETS), Sentiment.LIKES),
    ]
    # The metal and collection loved always; then as many other facts as the tier's
    # relationship with the house would have produced.
    chosen = choices[: min(2, wanted)] + rng.sample(choices[2:], max(0, wanted - 2))
    if rng.random() < 0.03:
        info.allergic = True
        chosen.append((PreferenceCategory.ALLERGY, "nickel", Sentiment.AVOID))
    for category, code, sentiment in chosen:
        # Stones and collections keep the catalogue's words: actions match them to stock.
        kept = category in (PreferenceCategory.STONE, PreferenceCategory.COLLECTION)
        value = code if kept else in_own_words(code, info.language)
        if category in (PreferenceCategory.REFRESHMENT, PreferenceCategory.ALLERGY):
            info.served += ((category, value),)
        world.loader.add(
            Preference,
            client_id=info.id,
            relationship_id=None,
            category=category,
            value=value,
            sentiment=sentiment,
            detail="",
            recorded_by_id=staff,
            recorded_at=info.created_at + dt.timedelta(days=rng.randrange(0, 30)),
        )


def _sizes(world: World, info: ClientInfo, region: str, staff: uuid.UUID) -> None:
    rng = world.rng
    if rng.random() < 0.5:
        female = info.gender == "F"
        if region == "FR":
            size = rng.randrange(48, 56) if female else rng.randrange(58, 66)
            system, mm = SizingSystem.EU, Decimal(size)
        else:
            # CN/HK size n is about 39.5 + n mm inside circumference.
            size = rng.randrange(9, 15) if female else rng.randrange(17, 23)
            system, mm = SizingSystem.CN_HK, Decimal("39.5") + size
        info.ring_sizes += (SizeOnFile(Hand.LEFT, Finger.RING, system, str(size)),)
        world.loader.add(
            RingSize,
            client_id=info.id,
            relationship_id=None,
            hand=Hand.LEFT,
            finger=Finger.RING,
            system=system,
            size=str(size),
            circumference_mm=mm.quantize(Decimal("0.1")),
            recorded_by_id=staff,
            recorded_at=info.created_at,
        )
    if rng.random() < 0.15:
        world.loader.add(
            Measurement,
            client_id=info.id,
            relationship_id=None,
            kind=MeasurementKind.WRIST,
            length_cm=Decimal(rng.randrange(145, 175)) / 10,
            recorded_by_id=staff,
            recorded_at=info.created_at,
        )


def _notes(world: World, info: ClientInfo, store: StoreInfo, tier: str, staff: uuid.UUID) -> None:
    rng = world.rng
    key = texts.lang_key(info.language)
    if store.code == "HK01" and rng.random() < 0.5:
        key = "en"  # Hong Kong advisors write in English as often as in Chinese
    count = {"vic": 2, "core": 1, "potential": 0, "prospect": 0}[tier] + (rng.random() < 0.35)
    piece = rng.choice(world.pieces)
    fields = {
        "budget": texts.money_words(BUDGET_AMOUNTS[store.currency][tier], store.currency, key),
        "collection": info.collection,
        "piece": piece.name,
        "stone": rng.choice(("rubies", "sapphires", "emeralds", "tanzanite")),
        "year": info.created_at.year,
        "refreshment": info.refreshment,
    }
    if key == "zh":  # a note in Chinese names the stone, tea and collection in Chinese
        fields["collection"], fields["piece"] = (
            COLLECTIONS[info.collection][0],
            piece.name_zh or piece.name,
        )
        fields.update({k: in_own_words(fields[k], "zh_CN") for k in ("stone", "refreshment")})
    if info.allergic:
        count = max(count, 1)
    for n in range(count):
        pinned = n == 0 and (info.allergic or (tier in ("vic", "core") and rng.random() < 0.5))
        sensitive = not pinned and rng.random() < 0.03
        pool = texts.PINNED if pinned else texts.SENSITIVE if sensitive else texts.NOTES
        choices = pool.get(key, pool["en"])
        if pinned:  # the allergy note for the allergic, never for anyone else
            choices = choices[:1] if info.allergic else choices[1:]
        body = rng.choice(choices).format(**fields)
        world.loader.add(
            Note,
            client_id=info.id,
            author_id=staff,
            store_id=store.id,
            body=body,
            pinned=pinned,
            sensitive=sensitive,
            supersedes_id=None,
            created_at=world.days_ago(
                rng.uniform(1, max(2, (world.midnight - info.created_at).days)), store
            ),
        )


def _dates(world: World, info: ClientInfo) -> None:
    rng, add = world.rng, world.loader.add
    if rng.random() < 0.85:
        if rng.random() < 0.01:  # leap-day birthdays: the reminder must still fire in other years
            year, month, day = rng.choice((1964, 1972, 1980, 1988, 1992, 1996)), 2, 29
        else:
            year, month, day = rng.randrange(1950, 2002), rng.randrange(1, 13), rng.randrange(1, 29)
        add(
            ImportantDate,
            client_id=info.id,
            relationship_id=None,
            kind=DateKind.BIRTHDAY,
            milestone=None,
            label="",
            month=month,
            day=day,
            year=year if rng.random() < 0.7 else None,
            lead_days=DEFAULT_LEAD_DAYS[DateKind.BIRTHDAY],
            recurring=True,
        )
    if rng.random() < 0.35:
        add(
            ImportantDate,
            client_id=info.id,
            relationship_id=None,
            kind=DateKind.WEDDING_ANNIVERSARY,
            milestone=None,
            label="",
            month=rng.randrange(1, 13),
            day=rng.randrange(1, 29),
            year=rng.randrange(1980, 2024),
            lead_days=DEFAULT_LEAD_DAYS[DateKind.WEDDING_ANNIVERSARY],
            recurring=True,
        )
    if rng.random() < 0.05:
        milestone = rng.choice(list(MilestoneKind)[:-1])
        when = world.today - dt.timedelta(days=rng.randrange(0, 60))
        add(
            ImportantDate,
            client_id=info.id,
            relationship_id=None,
            kind=DateKind.MILESTONE,
            milestone=milestone,
            label=_milestone_label(milestone, info.language),
            month=when.month,
            day=when.day,
            year=when.year,
            lead_days=DEFAULT_LEAD_DAYS[DateKind.MILESTONE],
            recurring=False,
        )


def _milestone_label(milestone: MilestoneKind, language: str) -> str:
    """ "Promotion" on an English record, 升职 on a Chinese one."""
    if language.startswith("zh"):
        return render(f"word.milestone.{milestone.value}", language)
    return milestone.value.replace("_", " ").capitalize()


def _consents(world: World, info: ClientInfo, region: str, staff: uuid.UUID) -> None:
    rng, add = world.rng, world.loader.add
    proof = f"F-{info.store_code}-{info.created_at.year}-{world.next_number('consent'):06d}"
    add(
        Consent,
        client_id=info.id,
        purpose=ConsentPurpose.SERVICE,
        channel=None,
        granted=True,
        recorded_at=info.created_at,
        recorded_by_id=staff,
        proof=proof,
    )
    info.marketing = rng.random() < 0.8
    channel = {"CN": Channel.WECHAT, "HK": Channel.WHATSAPP}.get(region, Channel.EMAIL)
    add(
        Consent,
        client_id=info.id,
        purpose=ConsentPurpose.MARKETING,
        channel=channel,
        granted=info.marketing,
        recorded_at=info.created_at,
        recorded_by_id=staff,
        proof=proof,
    )
    if region == "CN" and rng.random() < 0.3:  # PIPL: records seen by HK and Paris boutiques
        add(
            Consent,
            client_id=info.id,
            purpose=ConsentPurpose.CROSS_BORDER,
            channel=None,
            granted=True,
            recorded_at=info.created_at,
            recorded_by_id=staff,
            proof=proof,
        )


class Partners:
    """Pairs some clients with another client of the same boutique (the partner who
    buys), and records other people in their lives."""

    def __init__(self) -> None:
        # (store, gender) → clients waiting for a partner of the other gender
        self.waiting: dict[tuple[str, str], list[ClientInfo]] = {}

    def add(self, world: World, info: ClientInfo, store: StoreInfo, staff: uuid.UUID) -> None:
        rng = world.rng
        roll = rng.random()
        if roll < 0.04:
            other_gender = "M" if info.gender == "F" else "F"
            pool = self.waiting.setdefault((store.code, other_gender), [])
            if not pool:
                self.waiting.setdefault((store.code, info.gender), []).append(info)
                return
            other = pool.pop()
            kind = RelationshipKind.SPOUSE
            for a, b in ((info, other), (other, info)):
                world.loader.add(
                    Relationship,
                    client_id=a.id,
                    kind=kind,
                    name=b.display,
                    name_local="",
                    related_client_id=b.id,
                    note="",
                )
        elif roll < 0.30:
            female = info.gender == "M"
            if store.spec.country == "FR" and not info.language.startswith("zh"):
                partner, _ = names.european(rng, "F" if female else "M")
            elif store.spec.country == "HK":
                partner = names.cantonese(rng, "F" if female else "M")
            else:
                partner = names.mandarin(rng, "F" if female else "M")
            rel_id = world.loader.add(
                Relationship,
                client_id=info.id,
                kind=rng.choice((RelationshipKind.SPOUSE, RelationshipKind.PARTNER)),
                name=partner.romanised,
                name_local=partner.name_local,
                related_client_id=None,
                note="",
            )
            if rng.random() < 0.4:
                world.loader.add(
                    ImportantDate,
                    client_id=info.id,
                    relationship_id=rel_id,
                    kind=DateKind.BIRTHDAY,
                    milestone=None,
                    label=partner.name_local
                    if info.language.startswith("zh") and partner.name_local
                    else partner.romanised,
                    month=rng.randrange(1, 13),
                    day=rng.randrange(1, 29),
                    year=None,
                    lead_days=DEFAULT_LEAD_DAYS[DateKind.BIRTHDAY],
                    recurring=True,
                )
            if female and rng.random() < 0.3:
                world.loader.add(
                    Preference,
                    client_id=info.id,
                    relationship_id=rel_id,
                    category=PreferenceCategory.STONE,
                    value=rng.choice(STONES),
                    sentiment=Sentiment.LOVES,
                    detail=in_own_words("for gifts", info.language),
                    recorded_by_id=staff,
                    recorded_at=info.created_at,
                )
        elif roll < 0.36:
            world.loader.add(
                Relationship,
                client_id=info.id,
                kind=rng.choice(
                    (
                        RelationshipKind.CHILD,
                        RelationshipKind.GIFT_RECIPIENT,
                        RelationshipKind.PARENT,
                    )
                ),
                name=in_own_words(
                    rng.choice(("Daughter", "Son", "Mother", "Goddaughter")), info.language
                ),
                name_local="",
                related_client_id=None,
                note="",
            )
