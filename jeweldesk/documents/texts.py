"""Every printed label in English, Simplified and Traditional Chinese, and the
jeweller's terms a document prints (metals, stones, cuts, grades) in each language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.numbers import format_currency

from jeweldesk.domain.contacts import format_phone
from jeweldesk.domain.names import is_cjk

LANGUAGES = ("en", "zh_CN", "zh_TW")

# key: (en, zh_CN, zh_TW)
_LABELS: dict[str, tuple[str, str, str]] = {
    # titles
    "title.certificate": (
        "Certificate of Authenticity and Grading",
        "真品及品质鉴定证书",
        "真品及品質鑑定證書",
    ),
    "title.appraisal": ("Appraisal for Insurance", "保险估价报告", "保險估價報告"),
    "title.care_guide": ("Caring for Your Jewellery", "珠宝保养指南", "珠寶保養指南"),
    "title.warranty": ("Warranty Card", "保修卡", "保固卡"),
    "title.service_receipt": ("Service Intake Receipt", "维修保养收件单", "維修保養收件單"),
    "title.collection_slip": ("Collection Slip", "取件单", "取件單"),
    "title.appointment_brief": ("Appointment Brief", "预约简报", "預約簡報"),
    "confidential": (
        "CONFIDENTIAL · FOR INTERNAL USE ONLY",
        "机密 · 仅供内部使用",
        "機密 · 僅供內部使用",
    ),
    "void": ("VOID", "已作废", "已作廢"),
    # header fields
    "number": ("Number", "编号", "編號"),
    "certificate_number": ("Certificate number", "证书编号", "證書編號"),
    "issued_on": ("Date of issue", "签发日期", "簽發日期"),
    "store": ("Boutique", "精品店", "精品店"),
    "page": ("Page {n}", "第 {n} 页", "第 {n} 頁"),
    # piece
    "section.piece": ("The Piece", "作品", "作品"),
    "description": ("Description", "描述", "描述"),
    "sku": ("Reference", "款号", "款號"),
    "serial": ("Serial number", "序列号", "序號"),
    "category": ("Category", "类别", "類別"),
    "metal": ("Metal", "金属", "金屬"),
    "fineness": ("Fineness", "成色", "成色"),
    "hallmark": ("Hallmark", "印记", "印記"),
    "total_weight": ("Total weight", "总重量", "總重量"),
    "section.provenance": ("Provenance", "来源", "來源"),
    "provenance": ("Origin of materials", "材料来源", "材料來源"),
    "recycled_metal": ("Recycled metal", "再生金属比例", "再生金屬比例"),
    "origin_country": ("Country of origin", "产地", "產地"),
    "photo_missing": ("Photograph on file", "照片存档", "照片存檔"),
    # stones
    "section.stones": ("Stones", "宝石", "寶石"),
    "stone": ("Stone", "宝石", "寶石"),
    "origin": ("Origin", "成因", "成因"),
    "stone_type": ("Type", "种类", "種類"),
    "shape": ("Shape and cut", "形状及切工", "形狀及切工"),
    "carat": ("Carat weight", "克拉重量", "克拉重量"),
    "colour": ("Colour", "颜色", "顏色"),
    "clarity": ("Clarity", "净度", "淨度"),
    "cut_grade": ("Cut grade", "切工等级", "切工等級"),
    "polish": ("Polish", "抛光", "拋光"),
    "symmetry": ("Symmetry", "对称性", "對稱性"),
    "fluorescence": ("Fluorescence", "荧光", "螢光"),
    "measurements": ("Measurements", "尺寸", "尺寸"),
    "treatments": ("Treatments disclosed", "已披露的处理", "已披露的處理"),
    "lab_report": ("Laboratory report", "实验室报告", "實驗室報告"),
    "girdle_inscription": ("Girdle inscription", "腰棱刻字", "腰稜刻字"),
    "none_disclosed": ("None disclosed", "未披露", "未披露"),
    # trust
    "verify": ("Scan to verify this document", "扫码验证本文件", "掃碼驗證本文件"),
    "signed_by_device": ("Digitally signed · key", "数字签名 · 密钥", "數位簽章 · 金鑰"),
    "authorised_signature": ("Authorised signature", "授权签名", "授權簽名"),
    "issued_by": ("Issued by", "签发人", "簽發人"),
    "certificate_statement": (
        "We certify that the piece described above was crafted by the house and that its "
        "description and the grading of its stones are true and complete.",
        "兹证明上述作品由本品牌制作，其描述及宝石分级真实完整。",
        "茲證明上述作品由本品牌製作，其描述及寶石分級真實完整。",
    ),
    # appraisal
    "client": ("Client", "客户", "客戶"),
    "appraised_on": ("Date of appraisal", "估价日期", "估價日期"),
    "valid_until": ("Review by", "建议复估日期", "建議複估日期"),
    "value_type": ("Type of value", "价值类型", "價值類型"),
    "value_type.replacement": ("Retail replacement value", "零售重置价值", "零售重置價值"),
    "appraised_value": ("Appraised value", "估价金额", "估價金額"),
    "word_picture": ("Description for insurance", "保险用描述", "保險用描述"),
    "appraiser": ("Appraiser", "估价师", "估價師"),
    "section.limiting": ("Limiting conditions", "限制条件", "限制條件"),
    "limiting": (
        "This appraisal states the cost, on the date above, of replacing the piece with one of "
        "like kind and quality bought new from the house's boutiques; it is not an offer to buy "
        "and not a resale or liquidation value. Stones were graded mounted, so their weights and "
        "grades are estimates within the limits of mounted grading, except where a laboratory "
        "report is cited. The appraiser has no interest in the piece. Prices change: review this "
        "valuation every two to three years.",
        "本估价为上述日期从本品牌精品店购买同类同品质全新作品的重置成本，并非收购报价，亦非转售或变现价值。"
        "宝石在镶嵌状态下分级，除引用的实验室报告外，其重量与等级为镶嵌分级范围内的估计。估价师与该作品无利益关系。"
        "价格会变动：建议每两至三年复估一次。",
        "本估價為上述日期從本品牌精品店購買同類同品質全新作品的重置成本，並非收購報價，亦非轉售或變現價值。"
        "寶石在鑲嵌狀態下分級，除引用的實驗室報告外，其重量與等級為鑲嵌分級範圍內的估計。估價師與該作品無利益關係。"
        "價格會變動：建議每兩至三年複估一次。",
    ),
    # care guide
    "for_piece": ("For your", "适用于您的", "適用於您的"),
    "section.everyday": ("Every day", "日常佩戴", "日常佩戴"),
    "section.cleaning": ("Cleaning", "清洁", "清潔"),
    "section.storage": ("Storage", "收纳", "收納"),
    "section.materials": ("Your piece's materials", "作品材质", "作品材質"),
    "section.schedule": ("Service schedule", "保养计划", "保養計劃"),
    "interval": ("How often", "频率", "頻率"),
    "task": ("Service", "服务", "服務"),
    "every_months": ("Every {n} months", "每 {n} 个月", "每 {n} 個月"),
    "every_year": ("Once a year", "每年一次", "每年一次"),
    "every_years": ("Every {n} years", "每 {n} 年", "每 {n} 年"),
    "your_advisor": ("Your advisor", "您的顾问", "您的顧問"),
    "advisor": ("Advisor", "顾问", "顧問"),
    "phone": ("Telephone", "电话", "電話"),
    "address": ("Address", "地址", "地址"),
    "care_closing": (
        "Bring your piece to any of our boutiques for complimentary cleaning and inspection.",
        "欢迎携带作品莅临任何一家精品店，享受免费清洁与检查。",
        "歡迎攜帶作品蒞臨任何一家精品店，享受免費清潔與檢查。",
    ),
    # warranty
    "purchased_on": ("Date of purchase", "购买日期", "購買日期"),
    "warranty_until": ("Warranty valid until", "保修有效期至", "保固有效期至"),
    "warranty_period": ("Warranty period", "保修期", "保固期"),
    "years": ("{n} years", "{n} 年", "{n} 年"),
    "section.coverage": ("What the warranty covers", "保修范围", "保固範圍"),
    "coverage": (
        "Defects in materials and workmanship under normal wear: loose or lost stones caused "
        "by a faulty setting, broken clasps, soldering faults. Repaired or replaced at the "
        "house's discretion, free of charge.",
        "正常佩戴下的材料及工艺缺陷：因镶嵌缺陷导致的宝石松动或脱落、搭扣断裂、焊接缺陷。由本品牌酌情免费维修或更换。",
        "正常佩戴下的材料及工藝缺陷：因鑲嵌缺陷導致的寶石鬆動或脫落、搭扣斷裂、焊接缺陷。由本品牌酌情免費維修或更換。",
    ),
    "section.exclusions": ("What it does not cover", "不在保修范围内", "不在保固範圍內"),
    "exclusions": (
        "Wear and tear, scratches, knocks and chips, loss or theft, damage from chemicals "
        "or accidents, and any piece altered or repaired outside the house.",
        "正常磨损、刮痕、碰撞及崩口、遗失或被盗、化学品或意外造成的损坏，以及经非本品牌改动或维修的作品。",
        "正常磨損、刮痕、碰撞及崩口、遺失或被盜、化學品或意外造成的損壞，以及經非本品牌改動或維修的作品。",
    ),
    "section.benefits": ("Your lifetime services", "终身服务", "終身服務"),
    "benefits": (
        "Complimentary cleaning and inspection for life; resizing free of charge within six "
        "months of purchase.",
        "终身免费清洁与检查；购买后六个月内免费改圈。",
        "終身免費清潔與檢查；購買後六個月內免費改圈。",
    ),
    "keep_card": (
        "Please keep this card with your certificate.",
        "请将本卡与证书一并妥善保存。",
        "請將本卡與證書一併妥善保存。",
    ),
    # service
    "job_number": ("Service job", "服务单号", "服務單號"),
    "service_kind": ("Service", "服务项目", "服務項目"),
    "work": ("Work requested", "所需服务", "所需服務"),
    "received_at": ("Received", "收件时间", "收件時間"),
    "received_by": ("Received by", "收件人", "收件人"),
    "intake_condition": ("Condition at intake", "收件时状况", "收件時狀況"),
    "estimate": ("Estimate", "预估费用", "預估費用"),
    "no_charge": ("No charge", "免费", "免費"),
    "estimate_pending": ("To be confirmed", "待确认", "待確認"),
    "ready_by": ("Ready by", "预计完成日期", "預計完成日期"),
    "ready_at": ("Ready on", "完成日期", "完成日期"),
    "collected_at": ("Collected", "取件时间", "取件時間"),
    "client_signature": ("Client's signature", "客户签名", "客戶簽名"),
    "staff_signature": ("For the house", "本品牌代表", "本品牌代表"),
    "service_terms": (
        "Please bring this receipt when you collect your piece. The estimate may change once "
        "the workshop has examined the piece; we will ask you before any further work. Pieces "
        "not collected within twelve months of the ready date may be returned to the workshop.",
        "取件时请携带本收件单。作坊检查后预估费用可能调整，如需额外工作我们将事先征得您同意。完成日期起十二个月内未取件的作品可能退回作坊保管。",
        "取件時請攜帶本收件單。作坊檢查後預估費用可能調整，如需額外工作我們將事先徵得您同意。完成日期起十二個月內未取件的作品可能退回作坊保管。",
    ),
    "collection_statement": (
        "I have collected my piece, examined it and found it in good order.",
        "本人已取回作品，经检查状况良好。",
        "本人已取回作品，經檢查狀況良好。",
    ),
    # brief
    "appointment": ("Appointment", "预约", "預約"),
    "when": ("When", "时间", "時間"),
    "room": ("Room", "房间", "房間"),
    "second_advisor": ("Second advisor", "协同顾问", "協同顧問"),
    "language": ("Language", "语言", "語言"),
    "segment": ("Segment", "客户层级", "客戶層級"),
    "section.client": ("The client", "客户", "客戶"),
    "section.preferences": ("Preferences", "偏好", "偏好"),
    "section.sizes": ("Sizes", "尺寸", "尺寸"),
    "section.purchases": ("Recent purchases", "近期购买", "近期購買"),
    "section.wishlist": ("Wishlist", "心愿单", "心願單"),
    "section.dates": ("Dates", "重要日期", "重要日期"),
    "section.conversations": ("Last conversations", "最近沟通", "最近溝通"),
    "section.pulled": ("Pieces pulled", "已备作品", "已備作品"),
    "section.checklist": ("Preparation", "准备事项", "準備事項"),
    "section.talking_points": ("Talking points", "沟通要点", "溝通要點"),
    "section.refreshments": ("Refreshments", "茶点", "茶點"),
    "nothing": ("—", "—", "—"),
    "more": ("and {n} more", "另有 {n} 项", "另有 {n} 項"),
    "segment.vic": ("VIC", "VIC 贵宾", "VIC 貴賓"),
    "segment.core": ("Core", "核心客户", "核心客戶"),
    "segment.potential": ("Potential", "潜力客户", "潛力客戶"),
    "segment.prospect": ("Prospect", "潜在客户", "潛在客戶"),
    # a brief's profile lines: what a preference is about and how the client feels
    "pref.metal": ("Metal", "金属", "金屬"),
    "pref.colour": ("Colour", "颜色", "顏色"),
    "pref.allergy": ("Allergy", "过敏", "過敏"),
    "pref.stone": ("Stone", "宝石", "寶石"),
    "pref.cut": ("Cut", "切工", "切工"),
    "pref.stone_colour": ("Stone colour", "宝石颜色", "寶石顏色"),
    "pref.carat_budget": ("Carat budget", "克拉预算", "克拉預算"),
    "pref.style": ("Style", "风格", "風格"),
    "pref.collection": ("Collection", "系列", "系列"),
    "pref.brand": ("Brand", "品牌", "品牌"),
    "pref.budget_band": ("Budget", "预算", "預算"),
    "pref.refreshment": ("Refreshment", "茶点", "茶點"),
    "pref.interest": ("Interest", "兴趣", "興趣"),
    "pref.profession": ("Profession", "职业", "職業"),
    "pref.family": ("Family", "家庭", "家庭"),
    "pref.other": ("Other", "其他", "其他"),
    "sentiment.loves": ("loves", "钟爱", "鍾愛"),
    "sentiment.likes": ("likes", "喜欢", "喜歡"),
    "sentiment.dislikes": ("dislikes", "不喜欢", "不喜歡"),
    "sentiment.avoid": ("avoid", "避免", "避免"),
    "hand.left": ("Left", "左手", "左手"),
    "hand.right": ("Right", "右手", "右手"),
    "finger.thumb": ("thumb", "拇指", "拇指"),
    "finger.index": ("index finger", "食指", "食指"),
    "finger.middle": ("middle finger", "中指", "中指"),
    "finger.ring": ("ring finger", "无名指", "無名指"),
    "finger.little": ("little finger", "小指", "小指"),
    "system.cn_hk": ("CN/HK", "港码", "港碼"),
    "system.us": ("US", "美码", "美碼"),
    "system.uk": ("UK", "英码", "英碼"),
    "system.eu": ("EU", "欧码", "歐碼"),
    "measure.wrist": ("Wrist", "手腕", "手腕"),
    "measure.neck": ("Neck", "颈围", "頸圍"),
    "measure.ankle": ("Ankle", "脚踝", "腳踝"),
    "date.birthday": ("Birthday", "生日", "生日"),
    "date.wedding_anniversary": ("Wedding anniversary", "结婚纪念日", "結婚紀念日"),
    "date.anniversary": ("Anniversary", "纪念日", "紀念日"),
    "date.milestone": ("Milestone", "里程碑", "里程碑"),
    "date.custom": ("Date", "日期", "日期"),
    "language.en": ("English", "英语", "英語"),
    "language.zh_CN": ("Chinese (Simplified)", "简体中文", "簡體中文"),
    "language.zh_TW": ("Chinese (Traditional)", "繁体中文", "繁體中文"),
    "language.fr": ("French", "法语", "法語"),
    "language.de": ("German", "德语", "德語"),
    "language.it": ("Italian", "意大利语", "義大利語"),
    "language.es": ("Spanish", "西班牙语", "西班牙語"),
    "language.ja": ("Japanese", "日语", "日語"),
    "language.ko": ("Korean", "韩语", "韓語"),
    "language.ar": ("Arabic", "阿拉伯语", "阿拉伯語"),
    "language.ru": ("Russian", "俄语", "俄語"),
    "language.pt": ("Portuguese", "葡萄牙语", "葡萄牙語"),
    "ready_to_collect": ("ready to collect", "待取件", "待取件"),
    "pulled": ("pulled", "已取出", "已取出"),
    "to_pull": ("to pull", "待取", "待取"),
    "done": ("done", "已完成", "已完成"),
    "open": ("to do", "待办", "待辦"),
    # origin
    "origin.natural": ("Natural", "天然", "天然"),
    "origin.lab_grown": ("Laboratory-grown", "实验室培育", "實驗室培育"),
    "origin.simulant": ("Simulant", "仿制品", "仿製品"),
}

# Jeweller's terms the data holds in English: printed in the document's language.
_TERMS: dict[str, tuple[str, str]] = {
    "platinum": ("铂金", "鉑金"),
    "platinum 950": ("铂金 950", "鉑金 950"),
    "18k white gold": ("18K 白金", "18K 白金"),
    "18k yellow gold": ("18K 黄金", "18K 黃金"),
    "18k rose gold": ("18K 玫瑰金", "18K 玫瑰金"),
    "sterling silver": ("925 银", "925 銀"),
    "diamond": ("钻石", "鑽石"),
    "ruby": ("红宝石", "紅寶石"),
    "sapphire": ("蓝宝石", "藍寶石"),
    "pink sapphire": ("粉色蓝宝石", "粉紅色藍寶石"),
    "emerald": ("祖母绿", "祖母綠"),
    "tanzanite": ("坦桑石", "坦桑石"),
    "opal": ("欧泊", "蛋白石"),
    "jade": ("翡翠", "翡翠"),
    "akoya pearl": ("Akoya 珍珠", "Akoya 珍珠"),
    "south sea pearl": ("南洋珍珠", "南洋珍珠"),
    "tahitian pearl": ("大溪地珍珠", "大溪地珍珠"),
    "freshwater pearl": ("淡水珍珠", "淡水珍珠"),
    "round brilliant": ("圆形明亮式", "圓形明亮式"),
    "round": ("圆形", "圓形"),
    "oval": ("椭圆形", "橢圓形"),
    "pear": ("梨形", "梨形"),
    "cushion": ("枕形", "枕形"),
    "princess": ("公主方形", "公主方形"),
    "emerald cut": ("祖母绿形", "祖母綠形"),
    "marquise": ("马眼形", "馬眼形"),
    "heart": ("心形", "心形"),
    "radiant": ("雷地恩形", "雷地恩形"),
    "asscher": ("阿斯切形", "阿斯切形"),
    "excellent": ("极好", "極優"),
    "very good": ("很好", "很好"),
    "good": ("好", "好"),
    "fair": ("一般", "一般"),
    "poor": ("差", "差"),
    "none": ("无", "無"),
    "faint": ("弱", "弱"),
    "medium blue": ("中等蓝色", "中等藍色"),
    "strong blue": ("强蓝色", "強藍色"),
    "very strong blue": ("极强蓝色", "極強藍色"),
    "green": ("绿色", "綠色"),
    "vivid green": ("艳绿色", "豔綠色"),
    "blue": ("蓝色", "藍色"),
    "royal blue": ("皇家蓝", "皇家藍"),
    "violetish blue": ("紫蓝色", "紫藍色"),
    "blue-violet": ("蓝紫色", "藍紫色"),
    "red": ("红色", "紅色"),
    "vivid red": ("艳红色", "豔紅色"),
    "pigeon's blood red": ("鸽血红", "鴿血紅"),
    "pink": ("粉色", "粉紅色"),
    "vivid pink": ("艳粉色", "豔粉紅色"),
    "golden": ("金色", "金色"),
    "white": ("白色", "白色"),
    "silver-white": ("银白色", "銀白色"),
    "white rosé": ("白色带玫瑰伴色", "白色帶玫瑰伴色"),
    "white with play-of-colour": ("白色，具变彩", "白色，具變彩"),
    "black with play-of-colour": ("黑色，具变彩", "黑色，具變彩"),
    "heated": ("加热", "加熱"),
    "no indications of heating": ("无加热迹象", "無加熱跡象"),
    "minor oil": ("轻微注油", "輕微注油"),
    "insignificant oil": ("极微注油", "極微注油"),
    "cultured; bleached": ("养殖；漂白", "養殖；漂白"),
    "cultured; no treatment": ("养殖；未经处理", "養殖；未經處理"),
    "ring": ("戒指", "戒指"),
    "engagement ring": ("订婚戒指", "訂婚戒指"),
    "wedding band": ("结婚对戒", "結婚對戒"),
    "necklace": ("项链", "項鍊"),
    "pendant": ("吊坠", "吊墜"),
    "earrings": ("耳环", "耳環"),
    "bracelet": ("手镯", "手鐲"),
    "brooch": ("胸针", "胸針"),
    "botswana": ("博茨瓦纳", "波札那"),
    "canada": ("加拿大", "加拿大"),
    "namibia": ("纳米比亚", "納米比亞"),
    "myanmar": ("缅甸", "緬甸"),
    "myanmar (burma)": ("缅甸", "緬甸"),
    "philippines": ("菲律宾", "菲律賓"),
    "sri lanka": ("斯里兰卡", "斯里蘭卡"),
    "colombia": ("哥伦比亚", "哥倫比亞"),
    "zambia": ("赞比亚", "尚比亞"),
    "mozambique": ("莫桑比克", "莫三比克"),
    "tanzania": ("坦桑尼亚", "坦尚尼亞"),
    "australia": ("澳大利亚", "澳洲"),
    "japan": ("日本", "日本"),
    "madagascar": ("马达加斯加", "馬達加斯加"),
    "ethiopia": ("埃塞俄比亚", "衣索比亞"),
    "kashmir": ("克什米尔", "喀什米爾"),
    "repair": ("维修", "維修"),
    "resize": ("改圈", "改圈"),
    "cleaning": ("清洁", "清潔"),
    "engraving": ("刻字", "刻字"),
    "restringing": ("重新穿线", "重新穿線"),
    "replating": ("重新电镀", "重新電鍍"),
    "inspection": ("检查", "檢查"),
    "private_viewing": ("私人鉴赏", "私人鑑賞"),
    "bridal": ("婚嫁咨询", "婚嫁諮詢"),
    "bespoke": ("定制设计", "訂製設計"),
    "launch_preview": ("新品预览", "新品預覽"),
    "virtual": ("线上咨询", "線上諮詢"),
    "workshop": ("工作坊", "工作坊"),
    "event": ("店内活动", "店內活動"),
}


def lang_of(lang: str | None) -> str:
    return lang if lang in LANGUAGES else "en"


def has_label(key: str) -> bool:
    return key in _LABELS


def label(key: str, lang: str, **params) -> str:
    """A printed label in the document's language."""
    text = _LABELS[key][LANGUAGES.index(lang_of(lang))]
    return text.format(**params) if params else text


# Codes the records hold (appointment kinds), as English prints them.
_ENGLISH: dict[str, str] = {
    "private_viewing": "Private viewing",
    "launch_preview": "Launch preview",
    "bridal": "Bridal consultation",
    "bespoke": "Bespoke design",
    "virtual": "Virtual consultation",
    "event": "In-store event",
}


def term(value: str, lang: str) -> str:
    """A jeweller's term (metal, stone, cut, grade…) in the document's language; a
    value the vocabulary does not hold is printed as entered. English prints the
    records' lower-case vocabulary with a capital, as the grades are printed."""
    if not value:
        return value
    if lang_of(lang) == "en":
        if value in _ENGLISH:
            return _ENGLISH[value]
        return value[0].upper() + value[1:] if value.islower() else value
    found = _TERMS.get(value.strip().lower())
    if found is None:
        # "round, 7.5 mm": translate the part before the comma.
        head, sep, tail = value.partition(",")
        found = _TERMS.get(head.strip().lower())
        if found is None:
            return value
        return found[0 if lang == "zh_CN" else 1] + ("，" + tail.strip() if sep else "")
    return found[0 if lang == "zh_CN" else 1]


def grade(value: str, lang: str) -> str:
    """Grades keep the laboratory's English word beside the translation (as Chinese
    grading reports print them): "Excellent 极好"."""
    translated = term(value, lang)
    return value if translated == value else f"{value} {translated}"


def word(group: str, code, lang: str) -> str:
    """A stored code of `group` ("pref", "hand", "system"…) as the document prints it;
    a code without a label reads as itself."""
    raw = str(getattr(code, "value", code) or "")
    key = f"{group}.{raw}"
    return label(key, lang) if key in _LABELS else raw.replace("_", " ")


def month_day(month: int, day: int, lang: str) -> str:
    """A yearly date: "12 June" / "6月12日"."""
    if lang_of(lang) == "en":
        return f"{day} {dt.date(2000, month, 1).strftime('%B')}"
    return f"{month}月{day}日"


def date(value: dt.date | None, lang: str) -> str:
    if value is None:
        return ""
    if lang_of(lang) == "en":
        return f"{value.day} {value.strftime('%B')} {value.year}"
    return f"{value.year}年{value.month}月{value.day}日"


def date_time(value: dt.datetime | None, lang: str) -> str:
    if value is None:
        return ""
    return f"{date(value.date(), lang)} {value:%H:%M}"


def money(amount: Decimal | None, currency: str, lang: str) -> str:
    if amount is None:
        return ""
    locale = {"en": "en_GB", "zh_CN": "zh_CN", "zh_TW": "zh_TW"}[lang_of(lang)]
    return format_currency(amount, currency, locale=locale) if currency else f"{amount:,.2f}"


def phone(value: str) -> str:
    """A telephone number as people dial it (records hold E.164: "+8615278220482")."""
    return format_phone(value) if value else ""


def carat(value: Decimal | None, lang: str) -> str:
    if value is None:
        return ""
    return f"{value:.2f} ct" if lang_of(lang) == "en" else f"{value:.2f} 克拉"


def grams(value: Decimal | None, lang: str) -> str:
    if value is None:
        return ""
    return f"{value:.2f} g" if lang_of(lang) == "en" else f"{value:.2f} 克"


def interval(months: int, lang: str) -> str:
    if months == 12:
        return label("every_year", lang)
    if months % 12 == 0:
        return label("every_years", lang, n=months // 12)
    return label("every_months", lang, n=months)


# --- people's names ---------------------------------------------------------------------


def names_apart(full: str, local: str = "") -> tuple[str, str]:
    """(the name in Latin letters, the name in its own script) from the form
    `display_name` prints, 'Wang Meiling 王美玲'; (full, "") when there is one name.
    `local` is the record's own-script name when at hand; without it (data issued before
    documents held the two names apart) it runs from the first Chinese character, after
    a space."""
    if not local:
        first = next((i for i, ch in enumerate(full) if is_cjk(ch)), -1)
        local = full[first:] if first > 0 and full[first - 1] == " " else ""
    latin = full.removesuffix(local).strip() if local and local != full else ""
    return (latin, local) if latin and latin != full else (full, "")


def person(name: str, local: str, lang: str) -> str:
    """A name as the document's reader says it: 'Wang Meiling 王美玲' in English,
    '王美玲 (Wang Meiling)' in Chinese; one name when there is one."""
    if not local or local == name:
        return name
    return f"{name} {local}" if lang_of(lang) == "en" else f"{local} ({name})"


def client(name: str, local: str | None, lang: str) -> str:
    """The client's name in the order of the document's language, from the two names
    a document's data holds: '余鹏 (Yu Peng)' in Chinese, 'Yu Peng 余鹏' in English.
    Data issued before the two were held apart (`local` None) holds the name as a list
    prints it, 'Yu Peng 余鹏': only then is it split, at its first Chinese character."""
    if local is None:
        name, local = names_apart(name)
    return person(name, local, lang)
