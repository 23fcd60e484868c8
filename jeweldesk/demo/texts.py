"""What advisors write, in the languages they write it: notes, interaction
summaries, complaints, development plans. `{…}` fields are filled per client."""

from __future__ import annotations

NOTES = {
    "en": (
        "Prefers to be contacted in the afternoon; mornings are for meetings.",
        "Looking for an anniversary gift for her husband, budget around {budget}.",
        "Loves the {collection} collection; tried on the {piece} twice.",
        "Her partner usually buys; she adds favourites to her wishlist as hints.",
        "Wants to see coloured stones next time, especially {stone}.",
        "Travels to Paris every spring; happy to be received at Place Vendôme.",
        "Asked about trading in an older ring for a larger solitaire.",
        "Collects brooches; show new {collection} pieces first.",
        "Daughter graduating in June; thinking about a first fine-jewellery gift.",
        "Likes quiet appointments in the salon, never on Saturdays.",
    ),
    "zh": (
        "喜欢下午联系，上午通常在开会。",
        "想为先生挑选结婚纪念日礼物，预算约{budget}。",
        "非常喜欢{collection}系列，{piece}试戴过两次。",
        "通常由先生买单，她会把心仪款式加入愿望单作为暗示。",
        "下次想看彩色宝石，尤其是{stone}。",
        "每年春天去巴黎，可以安排在旺多姆广场店接待。",
        "询问旧戒指以旧换新、升级更大克拉单钻的方案。",
        "收藏胸针，有新的{collection}系列作品请第一时间告知。",
        "女儿六月毕业，考虑送她第一件高级珠宝。",
        "喜欢在沙龙里安静地看货，周六不方便。",
    ),
    "fr": (
        "Préfère être contactée l'après-midi.",
        "Cherche un cadeau d'anniversaire de mariage, budget autour de {budget}.",
        "Adore la collection {collection} ; a essayé {piece} deux fois.",
        "Son mari achète souvent ; elle enrichit sa liste d'envies en guise d'indice.",
        "Souhaite voir des pierres de couleur la prochaine fois, surtout {stone}.",
    ),
}
# The first pinned note of each language is the allergy: used only for clients whose
# preferences record the nickel allergy, so the note and the record agree.
PINNED = {
    "en": (
        "Allergic to nickel: platinum or 18k gold only.",
        "Greet by name at the door and offer {refreshment} straight away.",
        "Client since {year}: never make them wait at the counter.",
    ),
    "zh": (
        "对镍过敏，只佩戴铂金或18K金。",
        "到店请称呼姓氏问候，并马上准备{refreshment}。",
        "{year}年起的老客户，到店请直接引导至沙龙。",
    ),
    "fr": (
        "Allergie au nickel : platine ou or 18 carats uniquement.",
        "Cliente depuis {year} : l'accueillir directement au salon.",
    ),
}
SENSITIVE = {
    "en": (
        "Going through a divorce; do not mention her husband.",
        "Recovering from surgery; prefers appointments at home or virtual.",
        "Bereavement in the family this year; no celebratory messages for now.",
    ),
    "zh": (
        "正在办理离婚，请勿提及其先生。",
        "近期手术后在休养，倾向于上门或线上预约。",
        "今年家中有丧事，暂不发送节日祝福。",
    ),
    "fr": ("En instance de divorce : ne pas mentionner son mari.",),
}
INTERACTIONS = {
    "en": (
        ("Thank-you message after the purchase", "thanked"),
        ("Invited to the {collection} preview", "interested"),
        ("Asked about resizing her ring", "appointment booked"),
        ("Birthday greeting", "replied"),
        ("Sent photos of new {collection} pieces", "wants to see in store"),
        ("Visited with her partner, browsed engagement rings", "follow up in two weeks"),
        ("Cleaning reminder", "will come next month"),
    ),
    "zh": (
        ("购买后发送感谢信息", "已致谢"),
        ("邀请参加{collection}系列预览", "有兴趣"),
        ("咨询戒指改圈", "已预约"),
        ("生日祝福", "已回复"),
        ("发送{collection}系列新品照片", "想到店看实物"),
        ("与先生一同到店看订婚戒指", "两周后跟进"),
        ("提醒免费清洗保养", "下月到店"),
    ),
    "fr": (
        ("Message de remerciement après l'achat", "remerciée"),
        ("Invitation à l'avant-première {collection}", "intéressée"),
        ("Vœux d'anniversaire", "a répondu"),
    ),
}
COMPLAINTS = (
    (
        "The clasp of her bracelet broke two weeks after purchase.",
        "Clasp replaced free of charge, bracelet inspected and polished.",
        "Complimentary cleaning voucher",
    ),
    (
        "Resizing took three weeks instead of the promised ten days.",
        "Ring delivered by courier with a handwritten apology from the store manager.",
        "Private preview invitation",
    ),
    (
        "Was kept waiting at the counter while staff served another client.",
        "Store manager called personally; next visit booked in the VIC salon.",
        "Flowers and a handwritten card",
    ),
    (
        "Engraving had a spelling mistake in the partner's name.",
        "Band re-engraved and re-polished within 48 hours.",
        "Engraving on every anniversary, free",
    ),
)
DEVELOPMENT_PLANS = {
    "en": (
        "Grow from core to VIC: invite to every private preview of {collection}.",
        "Rebuild contact: last visit was months ago; propose a cleaning appointment.",
        "Bridal: engagement ring bought; follow with wedding bands and anniversary gifts.",
        "Introduce coloured stones; she has only diamonds so far.",
    ),
    "zh": (
        "从核心客户培养为贵宾：邀请参加{collection}系列每一次私享预览。",
        "重新建立联系：距离上次到店已有数月，建议预约清洗保养。",
        "婚嫁客户：已购订婚戒指，跟进结婚对戒与纪念日礼物。",
        "引导尝试彩色宝石，目前只收藏钻石。",
    ),
}
HANDOVER_NOTE = {
    "en": "Handed over when {advisor} left the house. Preferences carried over in full; "
    "introduce yourself within the week.",
    "zh": "{advisor}离职后交接。偏好已完整保留，请在一周内与客户首次联系。",
}


def lang_key(language: str) -> str:
    """Which template set a client's language reads: Chinese variants share one."""
    if language.startswith("zh"):
        return "zh"
    return language if language in NOTES else "en"


# What a Chinese-speaking client's record holds in free text, as the advisor writes it
# for them: (Simplified, Traditional). Stones and collections stay as the catalogue
# names them: the next-best actions match them against the catalogue's stock.
OWN_WORDS: dict[str, tuple[str, str]] = {
    # contact labels
    "mobile": ("手机", "手機"),
    "office": ("办公", "辦公"),
    "assistant": ("助理", "助理"),
    "personal": ("个人", "個人"),
    # metals, styles, refreshments, allergies
    "platinum": ("铂金", "鉑金"),
    "18k white gold": ("18K白金", "18K白金"),
    "18k yellow gold": ("18K黄金", "18K黃金"),
    "18k rose gold": ("18K玫瑰金", "18K玫瑰金"),
    "classic": ("经典", "經典"),
    "modern": ("现代", "現代"),
    "vintage": ("复古", "復古"),
    "minimal": ("简约", "簡約"),
    "statement": ("醒目大气", "醒目大氣"),
    "jasmine tea": ("茉莉花茶", "茉莉花茶"),
    "Longjing tea": ("龙井茶", "龍井茶"),
    "Pu'er tea": ("普洱茶", "普洱茶"),
    "champagne": ("香槟", "香檳"),
    "sparkling water": ("气泡水", "氣泡水"),
    "nickel": ("镍", "鎳"),
    # budget bands, in each boutique's currency (clients.BUDGET_BANDS), and carats
    "CNY 500k+": ("人民币50万元以上", "人民幣50萬元以上"),
    "CNY 50k–300k": ("人民币5万–30万元", "人民幣5萬–30萬元"),
    "CNY 10k–50k": ("人民币1万–5万元", "人民幣1萬–5萬元"),
    "CNY 10k–30k": ("人民币1万–3万元", "人民幣1萬–3萬元"),
    "HKD 550k+": ("港币55万元以上", "港幣55萬元以上"),
    "HKD 50k–350k": ("港币5万–35万元", "港幣5萬–35萬元"),
    "HKD 12k–55k": ("港币1.2万–5.5万元", "港幣1.2萬–5.5萬元"),
    "HKD 12k–35k": ("港币1.2万–3.5万元", "港幣1.2萬–3.5萬元"),
    "EUR 65k+": ("6.5万欧元以上", "6.5萬歐元以上"),
    "EUR 6.5k–40k": ("6,500–40,000欧元", "6,500–40,000歐元"),
    "EUR 1.3k–6.5k": ("1,300–6,500欧元", "1,300–6,500歐元"),
    "EUR 1.3k–4k": ("1,300–4,000欧元", "1,300–4,000歐元"),
    "0.5–1 ct": ("0.5–1克拉", "0.5–1克拉"),
    "1–1.5 ct": ("1–1.5克拉", "1–1.5克拉"),
    "1.5–2 ct": ("1.5–2克拉", "1.5–2克拉"),
    "2–3 ct": ("2–3克拉", "2–3克拉"),
    # brands as Chinese clients say them
    "Cartier": ("卡地亚", "卡地亞"),
    "Van Cleef & Arpels": ("梵克雅宝", "梵克雅寶"),
    "Tiffany & Co.": ("蒂芙尼", "蒂芙尼"),
    "Bulgari": ("宝格丽", "寶格麗"),
    "Chaumet": ("尚美巴黎", "尚美巴黎"),
    "Boucheron": ("宝诗龙", "寶詩龍"),
    "Chow Tai Fook": ("周大福", "周大福"),
    "Qeelin": ("麒麟", "麒麟"),
    # interests and professions
    "golf": ("高尔夫", "高爾夫"),
    "contemporary art": ("当代艺术", "當代藝術"),
    "opera": ("歌剧", "歌劇"),
    "horse riding": ("马术", "馬術"),
    "wine": ("葡萄酒", "葡萄酒"),
    "travel": ("旅行", "旅行"),
    "yoga": ("瑜伽", "瑜伽"),
    "sailing": ("帆船", "帆船"),
    "calligraphy": ("书法", "書法"),
    "tennis": ("网球", "網球"),
    "entrepreneur": ("企业家", "企業家"),
    "lawyer": ("律师", "律師"),
    "surgeon": ("外科医生", "外科醫生"),
    "private banker": ("私人银行家", "私人銀行家"),
    "architect": ("建筑师", "建築師"),
    "fashion buyer": ("时装买手", "時裝買手"),
    "film producer": ("电影制片人", "電影製片人"),
    "professor": ("教授", "教授"),
    "investor": ("投资人", "投資人"),
    # people recorded without a name, and why a preference was noted
    "Daughter": ("女儿", "女兒"),
    "Son": ("儿子", "兒子"),
    "Mother": ("母亲", "母親"),
    "Goddaughter": ("干女儿", "乾女兒"),
    "for gifts": ("送礼用", "送禮用"),
    # stones as the Chinese notes name them
    "rubies": ("红宝石", "紅寶石"),
    "sapphires": ("蓝宝石", "藍寶石"),
    "emeralds": ("祖母绿", "祖母綠"),
    "tanzanite": ("坦桑石", "坦桑石"),
}


def in_own_words(value: str, language: str) -> str:
    """`value` as a client speaking `language` has it written on their record: in
    Chinese for Chinese speakers (Traditional for zh_TW), unchanged otherwise."""
    if not language.startswith("zh") or value not in OWN_WORDS:
        return value
    simplified, traditional = OWN_WORDS[value]
    return traditional if language == "zh_TW" else simplified


SYMBOLS = {"CNY": "¥", "HKD": "HK$", "EUR": "€"}


def money_words(amount: int, currency: str, key: str) -> str:
    """An amount as an advisor writes it in a note: "HK$130,000" in English or
    Chinese, "15 000 €" in French (with no-break spaces: the amount never wraps)."""
    if key == "fr":
        return f"{amount:,}".replace(",", "\u00a0") + "\u00a0" + SYMBOLS.get(currency, currency)
    return f"{SYMBOLS.get(currency, currency + ' ')}{amount:,}"
