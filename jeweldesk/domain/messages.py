"""The core's message catalogue: English, Simplified and Traditional Chinese.

Keys are stable identifiers; parameters are filled with str.format. The UI's own
strings go through Qt's translation; messages born in the core come from here.
"""

from __future__ import annotations

import datetime as dt
import re

LANGUAGES = ("en", "zh_CN", "zh_TW")

CATALOGUE: dict[str, dict[str, str]] = {
    "client.name_required": {
        "en": "Enter the client's name (in any script).",
        "zh_CN": "请输入客户姓名（任何文字均可）。",
        "zh_TW": "請輸入客戶姓名（任何文字均可）。",
    },
    "client.name_too_long": {
        "en": "A name can be at most {limit} characters.",
        "zh_CN": "姓名最多 {limit} 个字符。",
        "zh_TW": "姓名最多 {limit} 個字元。",
    },
    "client.language": {
        "en": "Choose the client's language: English, Simplified or Traditional Chinese, French…",
        "zh_CN": "请选择客户使用的语言。",
        "zh_TW": "請選擇客戶使用的語言。",
    },
    "client.channel": {
        "en": "“{value}” is not a contact channel JewelDesk knows.",
        "zh_CN": "“{value}”不是可用的联系渠道。",
        "zh_TW": "「{value}」不是可用的聯絡渠道。",
    },
    "client.contact_hours": {
        "en": "Contact hours must be two times such as 10:00–19:00.",
        "zh_CN": "联系时段须为两个时间，例如 10:00–19:00。",
        "zh_TW": "聯絡時段須為兩個時間，例如 10:00–19:00。",
    },
    "client.not_found": {
        "en": "This client no longer exists on this device.",
        "zh_CN": "此设备上已找不到该客户。",
        "zh_TW": "此裝置上已找不到該客戶。",
    },
    "client.erased": {
        "en": "This client's personal data was erased; the record can no longer be edited.",
        "zh_CN": "该客户的个人资料已被删除，记录不可再编辑。",
        "zh_TW": "該客戶的個人資料已被刪除，記錄不可再編輯。",
    },
    "phone.invalid": {
        "en": "“{value}” is not a phone number we can dial. Include the country code, e.g. +86 138 1234 5678.",
        "zh_CN": "“{value}”不是有效的电话号码。请加上国家区号，例如 +86 138 1234 5678。",
        "zh_TW": "「{value}」不是有效的電話號碼。請加上國家區號，例如 +852 9123 4567。",
    },
    "email.invalid": {
        "en": "“{value}” is not an e-mail address.",
        "zh_CN": "“{value}”不是有效的电子邮箱。",
        "zh_TW": "「{value}」不是有效的電子郵件地址。",
    },
    "contact.empty": {
        "en": "Enter a value for the {kind} contact.",
        "zh_CN": "请填写{kind}联系方式。",
        "zh_TW": "請填寫{kind}聯絡方式。",
    },
    "ring_size.invalid": {
        "en": "“{value}” is not a ring size in {system} sizing. Examples: US 6½, UK M, EU 52, CN/HK 13.",
        "zh_CN": "“{value}”不是有效的{system}戒指尺寸。例如：美码 6½、英码 M、欧码 52、港码 13。",
        "zh_TW": "「{value}」不是有效的{system}戒指尺寸。例如：美碼 6½、英碼 M、歐碼 52、港碼 13。",
    },
    "ring_size.system": {
        "en": "Choose a sizing system: CN/HK, US, UK or EU.",
        "zh_CN": "请选择尺寸标准：国标/港码、美码、英码或欧码。",
        "zh_TW": "請選擇尺寸標準：國標/港碼、美碼、英碼或歐碼。",
    },
    "measurement.invalid": {
        "en": "“{value}” is not a length in centimetres (for example 16.5).",
        "zh_CN": "“{value}”不是有效的长度（厘米），例如 16.5。",
        "zh_TW": "「{value}」不是有效的長度（厘米），例如 16.5。",
    },
    "preference.empty": {
        "en": "Enter what the client likes or dislikes.",
        "zh_CN": "请填写客户的喜好。",
        "zh_TW": "請填寫客戶的喜好。",
    },
    "note.empty": {
        "en": "A note needs some text.",
        "zh_CN": "笔记内容不能为空。",
        "zh_TW": "筆記內容不能為空。",
    },
    "note.too_long": {
        "en": "A note can be at most {limit} characters; split it into two notes.",
        "zh_CN": "每条笔记最多 {limit} 个字符，请分成两条。",
        "zh_TW": "每則筆記最多 {limit} 個字元，請分成兩則。",
    },
    "note.not_author": {
        "en": "Only the author or a store manager can change this note.",
        "zh_CN": "只有作者或店长可以修改此笔记。",
        "zh_TW": "只有作者或店長可以修改此筆記。",
    },
    "date.invalid": {
        "en": "{month}/{day} is not a date in the calendar.",
        "zh_CN": "{month}月{day}日不是有效日期。",
        "zh_TW": "{month}月{day}日不是有效日期。",
    },
    "date.lead_days": {
        "en": "Lead time must be between 0 and 365 days.",
        "zh_CN": "提前提醒天数须在 0 到 365 之间。",
        "zh_TW": "提前提醒天數須在 0 到 365 之間。",
    },
    "date.label_required": {
        "en": "Give the custom date a name, such as “First visit”.",
        "zh_CN": "请为自定义日期命名，例如“首次到店”。",
        "zh_TW": "請為自訂日期命名，例如「首次到店」。",
    },
    "date.future_year": {
        "en": "The year {year} is in the future.",
        "zh_CN": "{year} 年尚未到来。",
        "zh_TW": "{year} 年尚未到來。",
    },
    "relationship.name_required": {
        "en": "Enter the name of the partner, family member or gift recipient.",
        "zh_CN": "请填写伴侣、家人或礼物接收人的姓名。",
        "zh_TW": "請填寫伴侶、家人或禮物接收人的姓名。",
    },
    "relationship.self": {
        "en": "A client cannot be related to themselves.",
        "zh_CN": "客户不能与自己建立关系。",
        "zh_TW": "客戶不能與自己建立關係。",
    },
    "piece.description_required": {
        "en": "Describe the piece (for example “Solitaire ring, platinum”).",
        "zh_CN": "请描述这件首饰（例如“铂金单钻戒指”）。",
        "zh_TW": "請描述這件首飾（例如「鉑金單鑽戒指」）。",
    },
    "stone.carat": {
        "en": "“{value}” is not a carat weight (for example 1.02).",
        "zh_CN": "“{value}”不是有效的克拉重量（例如 1.02）。",
        "zh_TW": "「{value}」不是有效的克拉重量（例如 1.02）。",
    },
    "money.invalid": {
        "en": "“{value}” is not an amount of money.",
        "zh_CN": "“{value}”不是有效金额。",
        "zh_TW": "「{value}」不是有效金額。",
    },
    "money.currency": {
        "en": "“{currency}” is not a currency code such as CNY, HKD or EUR.",
        "zh_CN": "“{currency}”不是有效的货币代码（如 CNY、HKD、EUR）。",
        "zh_TW": "「{currency}」不是有效的貨幣代碼（如 CNY、HKD、EUR）。",
    },
    "purchase.no_lines": {
        "en": "A purchase needs at least one piece.",
        "zh_CN": "购买记录至少需要一件商品。",
        "zh_TW": "購買記錄至少需要一件商品。",
    },
    "purchase.quantity": {
        "en": "Quantity must be a whole number of at least 1.",
        "zh_CN": "数量须为不小于 1 的整数。",
        "zh_TW": "數量須為不小於 1 的整數。",
    },
    "purchase.future": {
        "en": "A purchase cannot be dated in the future.",
        "zh_CN": "购买日期不能晚于今天。",
        "zh_TW": "購買日期不能晚於今天。",
    },
    "book.already": {
        "en": "{client} is already in {advisor}'s book.",
        "zh_CN": "{client} 已在 {advisor} 的客户簿中。",
        "zh_TW": "{client} 已在 {advisor} 的客戶簿中。",
    },
    "book.not_in_book": {
        "en": "{client} is not in this book.",
        "zh_CN": "{client} 不在此客户簿中。",
        "zh_TW": "{client} 不在此客戶簿中。",
    },
    "book.not_advisor": {
        "en": "{name} is not an advisor and cannot keep a client book.",
        "zh_CN": "{name} 不是顾问，不能管理客户簿。",
        "zh_TW": "{name} 不是顧問，不能管理客戶簿。",
    },
    "book.over": {
        "en": "The book now holds {count} clients, above the recommended 50: consider passing some on.",
        "zh_CN": "客户簿现有 {count} 位客户，超过建议的 50 位，可考虑转交部分客户。",
        "zh_TW": "客戶簿現有 {count} 位客戶，超過建議的 50 位，可考慮轉交部分客戶。",
    },
    "book.under": {
        "en": "The book holds {count} clients, below the recommended 30: add promising clients.",
        "zh_CN": "客户簿只有 {count} 位客户，少于建议的 30 位，请添加有潜力的客户。",
        "zh_TW": "客戶簿只有 {count} 位客戶，少於建議的 30 位，請添加有潛力的客戶。",
    },
    "book.sign_in": {
        "en": "Sign in to change a client book.",
        "zh_CN": "请先登录，再更改客户簿。",
        "zh_TW": "請先登入，再更改客戶簿。",
    },
    "book.not_allowed": {
        "en": "{name} cannot change client books at this store.",
        "zh_CN": "{name} 无权更改本店的客户簿。",
        "zh_TW": "{name} 無權更改本店的客戶簿。",
    },
    "book.not_yours": {
        "en": "Only {advisor} or a manager of their store can change {advisor}'s book.",
        "zh_CN": "只有 {advisor} 本人或其门店经理可以更改 {advisor} 的客户簿。",
        "zh_TW": "只有 {advisor} 本人或其門店經理可以更改 {advisor} 的客戶簿。",
    },
    "book.other_store": {
        "en": "{name} works at another store: only that store can change their book.",
        "zh_CN": "{name} 属于其他门店，只有该门店可以更改其客户簿。",
        "zh_TW": "{name} 屬於其他門店，只有該門店可以更改其客戶簿。",
    },
    "book.inactive": {
        "en": "{name} is no longer active: no client can be added to their book.",
        "zh_CN": "{name} 已停用，不能再向其客户簿添加客户。",
        "zh_TW": "{name} 已停用，不能再向其客戶簿添加客戶。",
    },
    "appointment.same_advisor_twice": {
        "en": "The second advisor must be someone other than the advisor.",
        "zh_CN": "第二顾问须与主顾问不同。",
        "zh_TW": "第二顧問須與主顧問不同。",
    },
    "appointment.ends_before_start": {
        "en": "The appointment must end after it starts.",
        "zh_CN": "预约结束时间须晚于开始时间。",
        "zh_TW": "預約結束時間須晚於開始時間。",
    },
    "appointment.too_long": {
        "en": "An appointment can last at most 12 hours.",
        "zh_CN": "单个预约最长 12 小时。",
        "zh_TW": "單個預約最長 12 小時。",
    },
    "appointment.in_past": {
        "en": "{when} has already passed; choose a time from now on.",
        "zh_CN": "{when} 已经过去，请选择之后的时间。",
        "zh_TW": "{when} 已經過去，請選擇之後的時間。",
    },
    "appointment.advisor_busy": {
        "en": "{advisor} already has an appointment from {start} to {end}.",
        "zh_CN": "{advisor} 在 {start}–{end} 已有预约。",
        "zh_TW": "{advisor} 在 {start}–{end} 已有預約。",
    },
    "appointment.room_busy": {
        "en": "{room} is booked from {start} to {end}.",
        "zh_CN": "{room} 在 {start}–{end} 已被预订。",
        "zh_TW": "{room} 在 {start}–{end} 已被預訂。",
    },
    "appointment.room_other_store": {
        "en": "{room} belongs to another store.",
        "zh_CN": "{room} 属于其他门店。",
        "zh_TW": "{room} 屬於其他門店。",
    },
    "appointment.closed": {
        "en": "This appointment is {status} and can no longer be changed.",
        "zh_CN": "该预约状态为“{status}”，不能再修改。",
        "zh_TW": "該預約狀態為「{status}」，不能再修改。",
    },
    "appointment.status_flow": {
        "en": "An appointment cannot go from {old} to {new}.",
        "zh_CN": "预约不能从“{old}”改为“{new}”。",
        "zh_TW": "預約不能從「{old}」改為「{new}」。",
    },
    "appointment.not_found": {
        "en": "This appointment no longer exists.",
        "zh_CN": "该预约已不存在。",
        "zh_TW": "該預約已不存在。",
    },
    "appointment.piece_unavailable": {
        "en": "{piece} has no stock free at {store} for this slot.",
        "zh_CN": "{piece} 在 {store} 此时段没有可用库存。",
        "zh_TW": "{piece} 在 {store} 此時段沒有可用庫存。",
    },
    "stock.negative": {
        "en": "Stock cannot go below zero.",
        "zh_CN": "库存不能小于零。",
        "zh_TW": "庫存不能小於零。",
    },
    "staff.not_found": {
        "en": "No staff member “{value}” on this device.",
        "zh_CN": "此设备上没有员工“{value}”。",
        "zh_TW": "此裝置上沒有員工「{value}」。",
    },
    "store.not_found": {
        "en": "No store “{value}” on this device.",
        "zh_CN": "此设备上没有门店“{value}”。",
        "zh_TW": "此裝置上沒有門店「{value}」。",
    },
    "piece.not_found": {
        "en": "No piece “{value}” in the catalogue.",
        "zh_CN": "目录中没有商品“{value}”。",
        "zh_TW": "目錄中沒有商品「{value}」。",
    },
    "consent.purpose": {
        "en": "“{value}” is not a consent purpose.",
        "zh_CN": "“{value}”不是有效的授权用途。",
        "zh_TW": "「{value}」不是有效的授權用途。",
    },
    "id.invalid": {
        "en": "“{value}” is not a record id.",
        "zh_CN": "“{value}”不是有效的记录编号。",
        "zh_TW": "「{value}」不是有效的記錄編號。",
    },
    "migration.failed": {
        "en": "The store could not be upgraded. Your data is untouched; a copy was kept at {backup}.",
        "zh_CN": "门店数据升级失败。您的数据未受影响，备份保存在 {backup}。",
        "zh_TW": "門店資料升級失敗。您的資料未受影響，備份保存在 {backup}。",
    },
    "database.newer": {
        "en": "This store was written by a newer JewelDesk (revision {revision}); update the app.",
        "zh_CN": "此门店数据由更新版本的 JewelDesk 写入（版本 {revision}），请更新应用。",
        "zh_TW": "此門店資料由更新版本的 JewelDesk 寫入（版本 {revision}），請更新應用程式。",
    },
}


def normalise_language(lang: str | None) -> str:
    if not lang:
        return "en"
    lang = lang.replace("-", "_")
    if lang in LANGUAGES:
        return lang
    if lang.lower() in ("zh_hk", "zh_mo", "zh_hant", "zh_tw"):
        return "zh_TW"
    if lang.lower().startswith("zh"):
        return "zh_CN"
    return "en"


class Ref(str):
    """A parameter that is itself a catalogue key, rendered in the same language."""


class Named(str):
    """A name with its Chinese form (a salon, a person, a piece): a message in Chinese
    says 翡翠厅 where the English one says Jade Salon."""

    chinese: str

    def __new__(cls, name: str, chinese: str = "") -> Named:
        named = super().__new__(cls, name)
        named.chinese = chinese
        return named


_EN_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _when(value: dt.datetime, lang: str) -> str:
    """A store-local time as the language writes it: 'Mon 30 Nov 14:00', '11月30日 周一 14:00'.
    Spelled out here, not by strftime, whose names follow the process's locale."""
    if lang.startswith("zh"):
        week = ("周" if lang == "zh_CN" else "週") + "一二三四五六日"[value.weekday()]
        return f"{value.month}月{value.day}日 {week} {value:%H:%M}"
    return (
        f"{_EN_DAYS[value.weekday()]} {value.day:02d} {_EN_MONTHS[value.month - 1]} {value:%H:%M}"
    )


def _param(value: object, lang: str) -> object:
    if isinstance(value, dt.datetime):
        return _when(value, lang)
    if isinstance(value, Ref):
        return render(value, lang)
    if isinstance(value, Named):
        return value.chinese if lang.startswith("zh") and value.chinese else str(value)
    if isinstance(value, tuple) and value and all(isinstance(v, Ref) for v in value):
        return ("、" if lang.startswith("zh") else ", ").join(render(v, lang) for v in value)
    return value


def render(key: str, lang: str = "en", **params: object) -> str:
    lang = normalise_language(lang)
    params = {k: _param(v, lang) for k, v in params.items()}
    entry = CATALOGUE.get(key)
    if entry is None:
        return key if not params else f"{key} {params}"
    template = entry.get(normalise_language(lang)) or entry["en"]
    if lang.startswith("zh"):
        template = _close_up(template, params)
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template


# Chinese templates set a name off with spaces, which suit a Latin name ("只有 Claire
# Martin 本人") but not a Chinese one: "只有周杰本人", not "只有 周杰 本人".
_CHINESE = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60"
_IS_CHINESE = re.compile(f"[{_CHINESE}]")


def _close_up(template: str, params: dict[str, object]) -> str:
    """The template without the spaces between Chinese text and a parameter whose
    value begins or ends in Chinese on that side."""
    for key, value in params.items():
        if not isinstance(value, str) or not value:
            continue
        slot = "{" + key + "}"
        if _IS_CHINESE.match(value[0]):
            template = re.sub(
                f"(?<=[{_CHINESE}]) {re.escape(slot)}", lambda _m, s=slot: s, template
            )
        if _IS_CHINESE.match(value[-1]):
            template = re.sub(f"{re.escape(slot)} (?=[{_CHINESE}])", lambda _m, s=slot: s, template)
    return template


CATALOGUE.update(
    {
        "client.possible_duplicate": {
            "en": "Possibly the same person as {names} ({reason}). Check before adding a second record.",
            "zh_CN": "可能与 {names} 是同一人（{reason}），请核实后再新增。",
            "zh_TW": "可能與 {names} 是同一人（{reason}），請核實後再新增。",
        },
        "duplicate.reason.phone": {"en": "same phone", "zh_CN": "电话相同", "zh_TW": "電話相同"},
        "duplicate.reason.email": {"en": "same e-mail", "zh_CN": "邮箱相同", "zh_TW": "電郵相同"},
        "duplicate.reason.name": {"en": "same name", "zh_CN": "姓名相同", "zh_TW": "姓名相同"},
        "client.unknown_field": {
            "en": "“{value}” cannot be changed here.",
            "zh_CN": "“{value}”不能在此修改。",
            "zh_TW": "「{value}」不能在此修改。",
        },
    }
)

CATALOGUE.update(
    {
        "conflict.choice": {
            "en": "Choose whose value to keep: theirs, mine, or a merged value.",
            "zh_CN": "请选择保留哪一方的值：对方、我方或合并后的值。",
            "zh_TW": "請選擇保留哪一方的值：對方、我方或合併後的值。",
        },
        "conflict.not_found": {
            "en": "This conflict no longer exists on this device.",
            "zh_CN": "此设备上已找不到该冲突。",
            "zh_TW": "此裝置上已找不到該衝突。",
        },
    }
)

# --- clienteling intelligence: standing, next-best actions, books, handover ----------


def _three(en: str, zh_cn: str, zh_tw: str) -> dict[str, str]:
    return {"en": en, "zh_CN": zh_cn, "zh_TW": zh_tw}


CATALOGUE.update(
    {
        "segment.vic": _three("VIC", "VIC 贵宾", "VIC 貴賓"),
        "segment.core": _three("Core", "核心客户", "核心客戶"),
        "segment.potential": _three("Potential", "潜力客户", "潛力客戶"),
        "segment.prospect": _three("Prospect", "潜在客户", "潛在客戶"),
        "tier.black_diamond": _three("black diamond", "黑钻", "黑鑽"),
        "tier.platinum": _three("platinum", "铂金", "鉑金"),
        "tier.gold": _three("gold", "黄金", "黃金"),
        "tier.silver": _three("silver", "白银", "白銀"),
        "lifecycle.potential": _three("potential", "潜力期", "潛力期"),
        "lifecycle.growth": _three("growth", "成长期", "成長期"),
        "lifecycle.mature": _three("mature", "成熟期", "成熟期"),
        "lifecycle.declining": _three("declining", "衰退期", "衰退期"),
        "lifecycle.lapsed": _three("lapsed", "流失期", "流失期"),
        "member.new": _three("new", "新客", "新客"),
        "member.dormant": _three("dormant", "沉睡客户", "沉睡客戶"),
        "member.birthday_month": _three("birthday this month", "本月生日", "本月生日"),
        "member.trade_in": _three("trade-in candidate", "以旧换新候选", "以舊換新候選"),
        "member.repeat": _three("repeat buyer", "复购客户", "複購客戶"),
        "member.none": _three("none", "无", "無"),
        "trend.rising": _three("rising", "上升", "上升"),
        "trend.steady": _three("steady or falling", "持平或下降", "持平或下降"),
        "standing.segment": _three(
            "{segment}: {spend} in the last 12 months; {last}",
            "{segment}：近 12 个月消费 {spend}；{last}",
            "{segment}：近 12 個月消費 {spend}；{last}",
        ),
        "standing.last_purchase": _three(
            "last purchase {days} days ago", "上次购买于 {days} 天前", "上次購買於 {days} 天前"
        ),
        "standing.no_purchase": _three("no purchase yet", "尚未购买", "尚未購買"),
        "standing.rfm": _three(
            "RFM {r}-{f}-{m} (recency, frequency, spend out of 5): {tier}",
            "RFM {r}-{f}-{m}（最近购买、频次、金额，满分 5）：{tier}",
            "RFM {r}-{f}-{m}（最近購買、頻次、金額，滿分 5）：{tier}",
        ),
        "standing.lifecycle.potential": _three(
            "Potential: has not bought yet", "潜力期：尚未购买", "潛力期：尚未購買"
        ),
        "standing.lifecycle.growth": _three(
            "Growth: new or spending more than the year before ({days} days since the last purchase)",
            "成长期：新客或消费高于上一年（距上次购买 {days} 天）",
            "成長期：新客或消費高於上一年（距上次購買 {days} 天）",
        ),
        "standing.lifecycle.mature": _three(
            "Mature: buying steadily ({days} days since the last purchase)",
            "成熟期：稳定购买（距上次购买 {days} 天）",
            "成熟期：穩定購買（距上次購買 {days} 天）",
        ),
        "standing.lifecycle.declining": _three(
            "Declining: spending less, or no purchase for {days} days: plan a wake-up",
            "衰退期：消费下降或 {days} 天未购买，需唤醒",
            "衰退期：消費下降或 {days} 天未購買，需喚醒",
        ),
        "standing.lifecycle.lapsed": _three(
            "Lapsed: no purchase for {days} days and little contact: plan a wake-up",
            "流失期：{days} 天未购买且少有联系，需唤醒",
            "流失期：{days} 天未購買且少有聯絡，需喚醒",
        ),
        "standing.member_types": _three(
            "Member types: {types}", "会员类型：{types}", "會員類型：{types}"
        ),
        "standing.engagement": _three(
            "Engagement {score}/100 from visits, enquiries, events and appointments; {trend}",
            "互动度 {score}/100（到店、咨询、活动与预约）；{trend}",
            "互動度 {score}/100（到店、諮詢、活動與預約）；{trend}",
        ),
        "standing.churn.yes": _three(
            "Churn risk: the client is in the {stage} stage",
            "流失风险：客户处于{stage}",
            "流失風險：客戶處於{stage}",
        ),
        "standing.churn.no": _three(
            "No churn risk ({stage})", "无流失风险（{stage}）", "無流失風險（{stage}）"
        ),
    }
)

CATALOGUE.update(
    {
        "word.occasion.birthday": _three("birthday", "生日", "生日"),
        "word.occasion.wedding_anniversary": _three(
            "wedding anniversary", "结婚纪念日", "結婚紀念日"
        ),
        "word.occasion.anniversary": _three("anniversary", "纪念日", "紀念日"),
        "word.occasion.custom": _three("special day", "特别的日子", "特別的日子"),
        "word.gift.ask": _three(
            "nothing on the wishlist yet: ask about their taste",
            "心愿单为空：可了解其喜好",
            "願望清單為空：可了解其喜好",
        ),
        "word.milestone.promotion": _three("promotion", "升职", "升職"),
        "word.milestone.relocation": _three("relocation", "乔迁", "喬遷"),
        "word.milestone.marriage": _three("marriage", "新婚", "新婚"),
        "word.milestone.child_graduation": _three("child's graduation", "子女毕业", "子女畢業"),
        "word.milestone.inheritance": _three("family inheritance", "家族传承", "家族傳承"),
        "word.milestone.business_success": _three("business success", "事业成功", "事業成功"),
        "word.milestone.birth": _three("new baby", "喜得贵子", "喜得貴子"),
        "word.milestone.other": _three("milestone", "人生喜事", "人生喜事"),
        "word.care.prong_check": _three(
            "cleaning and prong check", "清洁与爪镶检查", "清潔與爪鑲檢查"
        ),
        "word.care.replating": _three("rhodium re-plating", "镀铑翻新", "鍍銠翻新"),
        "word.care.restringing": _three("restringing", "重新串线", "重新串線"),
        "word.service.repair": _three("repair", "维修", "維修"),
        "word.service.resize": _three("resizing", "改圈", "改圈"),
        "word.service.cleaning": _three("cleaning", "清洁", "清潔"),
        "word.service.engraving": _three("engraving", "刻字", "刻字"),
        "word.service.restringing": _three("restringing", "重新串线", "重新串線"),
        "word.service.replating": _three("re-plating", "电镀翻新", "電鍍翻新"),
        "word.service.inspection": _three("inspection", "检测", "檢測"),
        "word.sla.respond": _three(
            "first response due within 2 h", "须在 2 小时内首次回应", "須在 2 小時內首次回應"
        ),
        "word.sla.resolve": _three(
            "resolution due within 24 h", "须在 24 小时内解决", "須在 24 小時內解決"
        ),
        "word.appointment.private_viewing": _three("private viewing", "私享鉴赏", "私享鑑賞"),
        "word.appointment.bridal": _three("bridal consultation", "婚戒咨询", "婚戒諮詢"),
        "word.appointment.bespoke": _three("bespoke design session", "定制设计", "訂製設計"),
        "word.appointment.launch_preview": _three("launch preview", "新品预览", "新品預覽"),
        "word.appointment.cleaning": _three("cleaning and inspection", "清洁与检测", "清潔與檢測"),
        "word.appointment.repair": _three("repair drop-off or collection", "维修送取", "維修送取"),
        "word.appointment.virtual": _three("virtual consultation", "线上咨询", "線上諮詢"),
        "word.appointment.workshop": _three("workshop", "工作坊", "工作坊"),
        "word.appointment.event": _three("in-store event", "店内活动", "店內活動"),
    }
)

CATALOGUE.update(
    {
        "action.reason.thank_you": _three(
            "{name} bought on {date}: thank them within 48 hours",
            "{name} 于 {date} 购买：请在 48 小时内致谢",
            "{name} 於 {date} 購買：請在 48 小時內致謝",
        ),
        "action.reason.date_greeting": _three(
            "{name}'s {occasion} on {date} (in {days} days){person}: greet them; gift idea: {gift}",
            "{name}的{occasion}在 {date}（{days} 天后）{person}：送上祝福；礼物建议：{gift}",
            "{name}的{occasion}在 {date}（{days} 天後）{person}：送上祝福；禮物建議：{gift}",
        ),
        "action.reason.gift_reminder": _three(
            "{person}'s {occasion} on {date} (in {days} days), close to {name}: gift idea: {gift}",
            "{name}身边的{person}{occasion}在 {date}（{days} 天后）：礼物建议：{gift}",
            "{name}身邊的{person}{occasion}在 {date}（{days} 天後）：禮物建議：{gift}",
        ),
        "action.reason.milestone": _three(
            "{name}: {milestone}. Congratulate them; consider a milestone piece",
            "{name}：{milestone}。送上祝贺，可推荐纪念款",
            "{name}：{milestone}。送上祝賀，可推薦紀念款",
        ),
        "action.reason.care_invitation": _three(
            "{name} has owned {piece} for {months} months: invite for complimentary {service}",
            "{name} 的{piece}已佩戴 {months} 个月：邀请免费{service}",
            "{name} 的{piece}已佩戴 {months} 個月：邀請免費{service}",
        ),
        "action.reason.collect_service": _three(
            "{name}'s {service} job {number} is ready: call to collect",
            "{name} 的{service}单 {number} 已完成：请致电通知取件",
            "{name} 的{service}單 {number} 已完成：請致電通知取件",
        ),
        "action.reason.in_stock": _three(
            "{piece} from {name}'s wishlist is in stock here: tell them",
            "{name} 心愿单中的{piece}本店有货：请告知",
            "{name} 願望清單中的{piece}本店有貨：請告知",
        ),
        "action.reason.stone_in_stock": _three(
            "{name} loves {stone}: {piece} is in stock here",
            "{name} 钟爱{stone}：本店现有{piece}",
            "{name} 鍾愛{stone}：本店現有{piece}",
        ),
        "action.reason.wake_up": _three(
            "{name} has not bought for {days} days ({stage}): start a wake-up plan",
            "{name} 已 {days} 天未购买（{stage}）：启动唤醒计划",
            "{name} 已 {days} 天未購買（{stage}）：啟動喚醒計劃",
        ),
        "action.reason.check_in": _three(
            "No contact with {name} for {days} days: check in",
            "已 {days} 天未与 {name} 联系：请问候",
            "已 {days} 天未與 {name} 聯絡：請問候",
        ),
        "action.reason.service_recovery": _three(
            "Open service-recovery case for {name} since {opened}: {step}",
            "{name} 的服务补救个案自 {opened} 起未结：{step}",
            "{name} 的服務補救個案自 {opened} 起未結：{step}",
        ),
        "action.reason.prepare_appointment": _three(
            "{name}'s {appointment} tomorrow at {time}: prepare the brief, pieces, room and refreshments",
            "{name} 明天 {time} 的{appointment}：准备简报、备货、房间与茶点",
            "{name} 明天 {time} 的{appointment}：準備簡報、備貨、房間與茶點",
        ),
        "action.reason.confirm_request": _three(
            "{name} requested a {appointment} online for {date} {time}: confirm today with an advisor and a room",
            "{name} 在线预约了 {date} {time} 的{appointment}：请今天确认顾问与房间",
            "{name} 線上預約了 {date} {time} 的{appointment}：請今天確認顧問與房間",
        ),
        "action.reason.launch_invitation": _three(
            "{name} loves {collection}: invite them to {launch} on {date}",
            "{name} 喜爱{collection}：邀请参加 {date} 的{launch}",
            "{name} 喜愛{collection}：邀請參加 {date} 的{launch}",
        ),
        "action.reason.benefit_expiring": _three(
            "{name}'s {benefit} expires on {date} (in {days} days): remind them and invite them in",
            "{name} 的{benefit}将于 {date} 到期（{days} 天后）：提醒并邀请到店使用",
            "{name} 的{benefit}將於 {date} 到期（{days} 天後）：提醒並邀請到店使用",
        ),
        "action.reason.handover_farewell": _three(
            "Hand {name} over to {successor}: say goodbye and introduce them. {note}",
            "将 {name} 交接给 {successor}：道别并介绍新顾问。{note}",
            "將 {name} 交接給 {successor}：道別並介紹新顧問。{note}",
        ),
        "action.reason.handover_first_contact": _three(
            "{name} joins your book from {predecessor}: make first contact. {note}",
            "{name} 由 {predecessor} 交接给您：请进行首次联系。{note}",
            "{name} 由 {predecessor} 交接給您：請進行首次聯絡。{note}",
        ),
    }
)

CATALOGUE.update(
    {
        "action.draft.thank_you": _three(
            "Dear {name}, thank you for choosing us on {date}. It was a pleasure; I am here whenever you need "
            "anything for your new piece. {advisor}",
            "{name}您好，感谢您 {date} 的光临与选购。如新作品需要任何服务，请随时联系我。{advisor}",
            "{name}您好，感謝您 {date} 的光臨與選購。如新作品需要任何服務，請隨時聯絡我。{advisor}",
        ),
        "action.draft.date_greeting": _three(
            "Dear {name}, wishing you a wonderful {occasion} on {date}. It would be a joy to welcome you "
            "to the boutique to celebrate. {advisor}",
            "{name}您好，提前祝您{occasion}快乐（{date}）！欢迎您届时莅临精品店，让我们为您庆祝。{advisor}",
            "{name}您好，預祝您{occasion}快樂（{date}）！歡迎您屆時蒞臨精品店，讓我們為您慶祝。{advisor}",
        ),
        "action.draft.gift_reminder": _three(
            "Dear {name}, {person}'s {occasion} is on {date}. May I suggest {gift}? I would be glad to "
            "prepare it for you. {advisor}",
            "{name}您好，{person}的{occasion}在 {date}。为您推荐：{gift}，我可以为您提前准备。{advisor}",
            "{name}您好，{person}的{occasion}在 {date}。為您推薦：{gift}，我可以為您提前準備。{advisor}",
        ),
        "action.draft.milestone": _three(
            "Dear {name}, congratulations on your {milestone}! Warmest wishes from all of us. {advisor}",
            "{name}您好，恭喜您{milestone}！我们全体同仁向您致以最诚挚的祝福。{advisor}",
            "{name}您好，恭喜您{milestone}！我們全體同仁向您致以最誠摯的祝福。{advisor}",
        ),
        "action.draft.care_invitation": _three(
            "Dear {name}, your {piece} is due for its complimentary {service}. Shall I book a moment for "
            "you at the boutique? {advisor}",
            "{name}您好，您的{piece}可享受免费{service}。需要我为您预约到店时间吗？{advisor}",
            "{name}您好，您的{piece}可享受免費{service}。需要我為您預約到店時間嗎？{advisor}",
        ),
        "action.draft.collect_service": _three(
            "Dear {name}, your piece is ready after its {service} (job {number}). You are welcome to collect "
            "it at your convenience. {advisor}",
            "{name}您好，您的作品{service}已完成（单号 {number}），欢迎您方便时到店领取。{advisor}",
            "{name}您好，您的作品{service}已完成（單號 {number}），歡迎您方便時到店領取。{advisor}",
        ),
        "action.draft.in_stock": _three(
            "Dear {name}, good news: {piece} from your wishlist is now at the boutique. Shall I set it aside "
            "for you? {advisor}",
            "{name}您好，好消息：您心愿单中的{piece}已到店，需要为您预留吗？{advisor}",
            "{name}您好，好消息：您願望清單中的{piece}已到店，需要為您預留嗎？{advisor}",
        ),
        "action.draft.stone_in_stock": _three(
            "Dear {name}, knowing your love of {stone}, I thought of you when {piece} arrived. Would you "
            "like to see it? {advisor}",
            "{name}您好，知道您钟爱{stone}，{piece}到店时我第一时间想到了您，欢迎来店品鉴。{advisor}",
            "{name}您好，知道您鍾愛{stone}，{piece}到店時我第一時間想到了您，歡迎來店品鑑。{advisor}",
        ),
        "action.draft.wake_up": _three(
            "Dear {name}, it has been a while and we miss you. Our new pieces made me think of you; may I "
            "share a few? {advisor}",
            "{name}您好，好久不见，十分想念。新品到店让我想起了您，可以与您分享几款吗？{advisor}",
            "{name}您好，好久不見，十分想念。新品到店讓我想起了您，可以與您分享幾款嗎？{advisor}",
        ),
        "action.draft.check_in": _three(
            "Dear {name}, I hope you are well. Is there anything I can do for you or your jewellery? {advisor}",
            "{name}您好，近来可好？如您或您的珠宝有任何需要，请随时告诉我。{advisor}",
            "{name}您好，近來可好？如您或您的珠寶有任何需要，請隨時告訴我。{advisor}",
        ),
        "action.draft.service_recovery": _three(
            "Dear {name}, I am sorry for the trouble you had. I am personally looking after it and will "
            "update you shortly. {advisor}",
            "{name}您好，对于给您带来的不便深表歉意。我正亲自跟进，稍后向您汇报进展。{advisor}",
            "{name}您好，對於給您帶來的不便深表歉意。我正親自跟進，稍後向您匯報進展。{advisor}",
        ),
        "action.draft.confirm_request": _three(
            "Dear {name}, thank you for your request. Your {appointment} on {date} at {time} is confirmed; "
            "I look forward to welcoming you. {advisor}",
            "{name}您好，感谢您的预约。您 {date} {time} 的{appointment}已确认，期待您的光临。{advisor}",
            "{name}您好，感謝您的預約。您 {date} {time} 的{appointment}已確認，期待您的光臨。{advisor}",
        ),
        "action.draft.launch_invitation": _three(
            "Dear {name}, as you love {collection}, I would be delighted to welcome you to {launch} on "
            "{date}. May I reserve a place for you? {advisor}",
            "{name}您好，知道您喜爱{collection}，诚挚邀请您出席 {date} 的{launch}，需要为您预留席位吗？{advisor}",
            "{name}您好，知道您喜愛{collection}，誠摯邀請您出席 {date} 的{launch}，需要為您預留席位嗎？{advisor}",
        ),
        "action.draft.benefit_expiring": _three(
            "Dear {name}, a gentle reminder that your {benefit} is valid until {date}. We would be happy to "
            "welcome you to use it. {advisor}",
            "{name}您好，温馨提醒：您的{benefit}有效期至 {date}，欢迎到店使用。{advisor}",
            "{name}您好，溫馨提醒：您的{benefit}有效期至 {date}，歡迎到店使用。{advisor}",
        ),
        "action.draft.handover_farewell": _three(
            "Dear {name}, I am moving on and wanted to thank you personally. {successor} will look after "
            "you from now on and knows all your preferences. {advisor}",
            "{name}您好，我即将调任，衷心感谢您一直以来的支持。今后将由{successor}为您服务，您的喜好已完整交接。{advisor}",
            "{name}您好，我即將調任，衷心感謝您一直以來的支持。今後將由{successor}為您服務，您的喜好已完整交接。{advisor}",
        ),
        "action.draft.handover_first_contact": _three(
            "Dear {name}, I am {advisor}, and I will be looking after you from now on, taking over from "
            "{predecessor}. I look forward to meeting you.",
            "{name}您好，我是{advisor}，今后将接替{predecessor}为您服务，期待与您见面。",
            "{name}您好，我是{advisor}，今後將接替{predecessor}為您服務，期待與您見面。",
        ),
        "action.outcome": _three(
            "Choose an outcome: done, snoozed or not relevant.",
            "请选择结果：已完成、稍后提醒或不适用。",
            "請選擇結果：已完成、稍後提醒或不適用。",
        ),
        "action.not_found": _three(
            "This action no longer exists on this device.",
            "此设备上已找不到该待办。",
            "此裝置上已找不到該待辦。",
        ),
        "action.snooze_past": _three(
            "Snooze until a day after today.", "请选择今天之后的日期。", "請選擇今天之後的日期。"
        ),
        "handover.same_advisor": _three(
            "Choose another advisor to take over.",
            "请选择另一位顾问接手。",
            "請選擇另一位顧問接手。",
        ),
        "handover.inactive": _three(
            "{name} is no longer active and cannot take over clients.",
            "{name} 已停用，无法接手客户。",
            "{name} 已停用，無法接手客戶。",
        ),
        "handover.not_allowed": _three(
            "Only a store manager or head office can hand clients over.",
            "仅门店经理或总部可以交接客户。",
            "僅門店經理或總部可以交接客戶。",
        ),
        "handover.empty_book": _three(
            "{name}'s book holds no clients to hand over.",
            "{name} 的客户簿中没有可交接的客户。",
            "{name} 的客戶簿中沒有可交接的客戶。",
        ),
        "handover.sensitive_withheld": _three(
            "{count} sensitive notes stay visible to their authors, managers and head office only: brief "
            "the new advisor in person if needed.",
            "{count} 条敏感备注仍仅对作者、经理和总部可见，如有需要请当面向新顾问说明。",
            "{count} 則敏感備註仍僅對作者、經理和總部可見，如有需要請當面向新顧問說明。",
        ),
        "kpi.store_unknown": _three(
            "No store with code {code}.", "没有代码为 {code} 的门店。", "沒有代碼為 {code} 的門店。"
        ),
        "suggest.no_advisor": _three(
            "{segment} client with no advisor", "无专属顾问的{segment}", "無專屬顧問的{segment}"
        ),
        "suggest.rising": _three(
            "{segment} client with rising engagement ({score}/100)",
            "互动度上升的{segment}（{score}/100）",
            "互動度上升的{segment}（{score}/100）",
        ),
    }
)


# Sign-in and safety (services/accounts.py), the device's settings (services/device_settings.py).
CATALOGUE.update(
    {
        "account.pin_format": _three(
            "A PIN is {low} to {high} digits.",
            "PIN 码须为 {low} 至 {high} 位数字。",
            "PIN 碼須為 {low} 至 {high} 位數字。",
        ),
        "account.pin_trivial": _three(
            "This PIN is too easy to guess (repeated or consecutive digits). Choose another.",
            "此 PIN 码太容易被猜到（重复或连续的数字），请另选一个。",
            "此 PIN 碼太容易被猜到（重複或連續的數字），請另選一個。",
        ),
        "account.pin_mismatch": _three(
            "The two PINs are different. Enter the same PIN twice.",
            "两次输入的 PIN 码不一致，请再输入一次相同的 PIN 码。",
            "兩次輸入的 PIN 碼不一致，請再輸入一次相同的 PIN 碼。",
        ),
        "account.wrong_pin": _three(
            "Wrong PIN. {left} tries left before {name} is locked for {minutes} minutes.",
            "PIN 码错误。再错 {left} 次，{name} 将被锁定 {minutes} 分钟。",
            "PIN 碼錯誤。再錯 {left} 次，{name} 將被鎖定 {minutes} 分鐘。",
        ),
        "account.locked": _three(
            "Too many wrong PINs: {name} can try again in {minutes} minutes.",
            "PIN 码错误次数过多：{name} 请于 {minutes} 分钟后再试。",
            "PIN 碼錯誤次數過多：{name} 請於 {minutes} 分鐘後再試。",
        ),
        "account.no_pin": _three(
            "{name} has no PIN yet: choose one to sign in.",
            "{name} 尚未设置 PIN 码：请先设置一个再登录。",
            "{name} 尚未設定 PIN 碼：請先設定一個再登入。",
        ),
        "account.has_pin": _three(
            "{name} already has a PIN: sign in with it.",
            "{name} 已设置 PIN 码：请用它登录。",
            "{name} 已設定 PIN 碼：請用它登入。",
        ),
        "account.inactive": _three(
            "{name} can no longer sign in: ask the store manager.",
            "{name} 已无法登录，请联系门店经理。",
            "{name} 已無法登入，請聯絡門店經理。",
        ),
        "account.not_allowed": _three(
            "Only a store manager or head office can change this.",
            "仅门店经理或总部可以更改此项。",
            "僅門店經理或總部可以更改此項。",
        ),
        "settings.lock_minutes": _three(
            "Lock after {low} to {high} minutes without use.",
            "闲置锁定时间须为 {low} 至 {high} 分钟。",
            "閒置鎖定時間須為 {low} 至 {high} 分鐘。",
        ),
        "settings.headoffice_url": _three(
            "“{value}” is not a head-office address. It starts with https:// (or http://), "
            "for example https://hq.example.com.",
            "“{value}”不是有效的总部地址。地址以 https://（或 http://）开头，例如 https://hq.example.com。",
            "「{value}」不是有效的總部地址。地址以 https://（或 http://）開頭，例如 https://hq.example.com。",
        ),
        "enrol.code_required": _three(
            "Enter the enrolment code head office gave you.",
            "请输入总部提供的设备注册码。",
            "請輸入總部提供的裝置註冊碼。",
        ),
        "enrol.failed": _three(
            "Head office did not enrol this device: {reason}",
            "总部未能注册此设备：{reason}",
            "總部未能註冊此裝置：{reason}",
        ),
    }
)


# Changing an open appointment (services/appointments.py).
CATALOGUE.update(
    {
        "appointment.piece_reserved": _three(
            "{piece} is already pulled for another appointment from {start} to {end}.",
            "{piece} 已为 {start}–{end} 的另一个预约预留。",
            "{piece} 已為 {start}–{end} 的另一個預約預留。",
        ),
        "word.appointment_status.requested": _three("requested", "待确认", "待確認"),
        "word.appointment_status.confirmed": _three("confirmed", "已确认", "已確認"),
        "word.appointment_status.arrived": _three("arrived", "已到店", "已到店"),
        "word.appointment_status.completed": _three("completed", "已完成", "已完成"),
        "word.appointment_status.cancelled": _three("cancelled", "已取消", "已取消"),
        "word.appointment_status.no_show": _three("a no-show", "未到店", "未到店"),
    }
)


# A client's export and erasure (services/privacy.py).
CATALOGUE.update(
    {
        "privacy.already_erased": _three(
            "This client was already erased: nothing personal is left to erase.",
            "该客户已被删除，没有可再删除的个人资料。",
            "該客戶已被刪除，沒有可再刪除的個人資料。",
        ),
        "privacy.erase_not_allowed": _three(
            "Only a store manager or head office can erase a client.",
            "仅门店经理或总部可以删除客户资料。",
            "僅門店經理或總部可以刪除客戶資料。",
        ),
        "privacy.reason_required": _three(
            "Give the reason for the erasure (for example, the client's written request).",
            "请填写删除原因（例如客户的书面请求）。",
            "請填寫刪除原因（例如客戶的書面請求）。",
        ),
    }
)

# An appointment's preparation checklist, written in the language of the desk that
# books it (services/appointments.py).
CATALOGUE.update(
    {
        "checklist.room": _three("Prepare {room}", "准备{room}", "準備{room}"),
        "checklist.allergy": _three("Allergy: {value}", "过敏：{value}", "過敏：{value}"),
        "checklist.ring_size": _three(
            "Ring size, {hand} {finger} finger: {size} {system}",
            "戒指尺寸（{hand}{finger}）：{size} {system}",
            "戒指尺寸（{hand}{finger}）：{size} {system}",
        ),
        "checklist.language": _three(
            "Speaks {language}", "沟通语言：{language}", "溝通語言：{language}"
        ),
        "checklist.pieces": _three(
            "Pull the pre-selected pieces", "取出预选的珠宝", "取出預選的珠寶"
        ),
        "hand.left": _three("left", "左手", "左手"),
        "hand.right": _three("right", "右手", "右手"),
        "finger.thumb": _three("thumb", "拇指", "拇指"),
        "finger.index": _three("index", "食指", "食指"),
        "finger.middle": _three("middle", "中指", "中指"),
        "finger.ring": _three("ring", "无名指", "無名指"),
        "finger.little": _three("little", "小指", "小指"),
        "language.en": _three("English", "英语", "英語"),
        "language.zh_CN": _three(
            "Mandarin (Simplified Chinese)", "普通话（简体中文）", "普通話（簡體中文）"
        ),
        "language.zh_TW": _three("Chinese (Traditional)", "中文（繁体）", "中文（繁體）"),
        "language.fr": _three("French", "法语", "法語"),
    }
)

# Input as advisors type it: amounts, sizes, weights, dates, lengths of text.
CATALOGUE.update(
    {
        "money.required": _three("Enter the amount.", "请填写金额。", "請填寫金額。"),
        "money.too_large": _three(
            "“{value}” is more than JewelDesk can record (at most 999,999,999,999.99).",
            "“{value}”超出可记录的金额上限（999,999,999,999.99）。",
            "「{value}」超出可記錄的金額上限（999,999,999,999.99）。",
        ),
        "purchase.no_rate": _three(
            "JewelDesk has no exchange rate for {currency}: record the purchase in {store_currency}, "
            "or ask head office to add the rate.",
            "JewelDesk 暂无 {currency} 的汇率：请以 {store_currency} 记录此次购买，或请总部添加汇率。",
            "JewelDesk 暫無 {currency} 的匯率：請以 {store_currency} 記錄此次購買，或請總部添加匯率。",
        ),
        "sizing.cn_hk": _three("CN/HK", "国标/港码", "國標/港碼"),
        "sizing.us": _three("US", "美码", "美碼"),
        "sizing.uk": _three("UK", "英码", "英碼"),
        "sizing.eu": _three("EU", "欧码", "歐碼"),
        "stone.type_required": _three(
            "Name the stone (for example diamond, sapphire, akoya pearl).",
            "请填写宝石种类（例如钻石、蓝宝石、Akoya 珍珠）。",
            "請填寫寶石種類（例如鑽石、藍寶石、Akoya 珍珠）。",
        ),
        "piece.weight": _three(
            "“{value}” is not a weight in grams (for example 5.2).",
            "“{value}”不是有效的重量（克），例如 5.2。",
            "「{value}」不是有效的重量（克），例如 5.2。",
        ),
        "date.birthday_future": _three(
            "{day}/{month}/{year} is still to come: a birthday cannot be in the future.",
            "{year}年{month}月{day}日尚未到来，生日不能晚于今天。",
            "{year}年{month}月{day}日尚未到來，生日不能晚於今天。",
        ),
        "date.year_range": _three(
            "“{year}” is not a year we can use: enter all four digits, such as 1988.",
            "“{year}”不是有效年份，请输入完整的四位数字，例如 1988。",
            "「{year}」不是有效年份，請輸入完整的四位數字，例如 1988。",
        ),
        "text.too_long": _three(
            "“{start}…” is too long: at most {limit} characters here.",
            "“{start}…”过长：此处最多 {limit} 个字符。",
            "「{start}…」過長：此處最多 {limit} 個字元。",
        ),
        "contact.kind": _three(
            "“{value}” is not a kind of contact JewelDesk knows (phone, e-mail, WeChat, WhatsApp, LINE…).",
            "“{value}”不是可用的联系方式类型（电话、邮箱、微信、WhatsApp、LINE 等）。",
            "「{value}」不是可用的聯絡方式類型（電話、電郵、微信、WhatsApp、LINE 等）。",
        ),
        "choice.invalid": _three(
            "“{value}” is not one of the choices here.",
            "“{value}”不是此处可选的选项。",
            "「{value}」不是此處可選的選項。",
        ),
        "contact_kind.phone": _three("phone", "电话", "電話"),
        "contact_kind.email": _three("e-mail", "邮箱", "電郵"),
        "contact_kind.address": _three("address", "地址", "地址"),
        "contact_kind.handle": _three("messaging", "即时通讯", "即時通訊"),
        "settings.rule": _three(
            "“{rule}” cannot be set to this value: check the rule's name and the form of its value.",
            "无法将“{rule}”设为此值：请检查规则名称及取值格式。",
            "無法將「{rule}」設為此值：請檢查規則名稱及取值格式。",
        ),
        "appointment.no_such_time": _three(
            "{when} does not exist in the store's time zone: the clocks go forward that night. Choose another time.",
            "{when} 在门店时区不存在（当晚时钟拨快一小时），请选择其他时间。",
            "{when} 在門店時區不存在（當晚時鐘撥快一小時），請選擇其他時間。",
        ),
        "kpi.period": _three(
            "The period must start on or before its last day ({start} is after {end}).",
            "起始日期须不晚于结束日期（{start} 晚于 {end}）。",
            "起始日期須不晚於結束日期（{start} 晚於 {end}）。",
        ),
        "cli.no_store": _three(
            "There is no JewelDesk store in {path}: check --data-dir.",
            "{path} 中没有 JewelDesk 门店数据，请检查 --data-dir。",
            "{path} 中沒有 JewelDesk 門店資料，請檢查 --data-dir。",
        ),
        "cli.cannot_write": _three(
            "Cannot write {path}: the folder does not exist or is not writable.",
            "无法写入 {path}：文件夹不存在或不可写。",
            "無法寫入 {path}：資料夾不存在或不可寫。",
        ),
    }
)

# Head office's reasons for refusing a change a device sent (`headoffice/fields.py`,
# `push.py`, `erasure.py`, `books.py`; carried by `sync/refusal.py`). The English is
# head office's `reason`, word for word what devices from before these keys show.
# `{field}`/`{fields}` name columns and `{entity}`/`{target}` kinds of record: head
# office's names in its English, the device's own labels where it words them.
CATALOGUE.update(
    {
        "refusal.too_long": _three(
            "{field} is longer than {limit} characters",
            "“{field}”超过 {limit} 个字符，总部无法保存。",
            "「{field}」超過 {limit} 個字元，總部無法儲存。",
        ),
        "refusal.nul": _three(
            "{field} contains a NUL character",
            "“{field}”含有空字符（NUL），总部无法保存。",
            "「{field}」含有空字元（NUL），總部無法儲存。",
        ),
        "refusal.out_of_range": _three(
            "{field} is out of range", "“{field}”的数值超出范围。", "「{field}」的數值超出範圍。"
        ),
        "refusal.not_one_value": _three(
            "bad value for {field}: a list or object where one value belongs",
            "“{field}”的值无效：此处应为单个值，而不是列表或对象。",
            "「{field}」的值無效：此處應為單一值，而非清單或物件。",
        ),
        "refusal.bad_value": _three(
            "bad value for {field}: {error}",
            "“{field}”的值无效（{error}）。",
            "「{field}」的值無效（{error}）。",
        ),
        "refusal.unknown_field": _three(
            "unknown field {field}", "总部不认识字段“{field}”。", "總部不認識欄位「{field}」。"
        ),
        "refusal.field_shape": _three(
            "field {field} needs [old, new]",
            "字段“{field}”须为 [旧值, 新值]。",
            "欄位「{field}」須為 [舊值, 新值]。",
        ),
        "refusal.required": _three(
            "{field} is required", "“{field}”为必填项。", "「{field}」為必填項。"
        ),
        "refusal.unknown_reference": _three(
            "{field} refers to an unknown {target} record",
            "“{field}”指向的{target}在总部不存在。",
            "「{field}」指向的{target}在總部不存在。",
        ),
        "refusal.not_synced": _three(
            "{entity} is not a synced record",
            "{entity}不在同步范围内。",
            "{entity}不在同步範圍內。",
        ),
        "refusal.unknown_record": _three(
            "unknown record", "总部没有这条记录。", "總部沒有這筆記錄。"
        ),
        "refusal.added_at_head_office": _three(
            "{entity} records are added at head office",
            "{entity}只能由总部添加。",
            "{entity}只能由總部新增。",
        ),
        "refusal.out_of_scope": _three(
            "outside this store's scope",
            "此记录不在本店的权限范围内。",
            "此記錄不在本店的權限範圍內。",
        ),
        "refusal.head_office_fields": _three(
            "only {fields} of {entity} records can change on a device; the rest is managed at head office",
            "{entity}在设备上只能修改{fields}，其余由总部管理。",
            "{entity}在裝置上只能修改{fields}，其餘由總部管理。",
        ),
        "refusal.immutable": _three(
            "{entity} cannot be changed after they are recorded; record a correction instead",
            "{entity}登记后不能修改，请改为登记一笔更正。",
            "{entity}登記後不能修改，請改為登記一筆更正。",
        ),
        "refusal.void_only": _three(
            "an issued document can only be voided",
            "已开具的文件只能作废，不能修改。",
            "已開立的文件只能作廢，不能修改。",
        ),
        "refusal.erase_needs_manager": _three(
            "erasing a client needs a store manager of this store or head office signed in on the device",
            "删除客户资料须由本店店长或总部人员在此设备上登录后操作。",
            "刪除客戶資料須由本店店長或總部人員在此裝置上登入後操作。",
        ),
        "refusal.unknown_actor": _three(
            "the person signed in on the device is not known at head office",
            "总部不认识在此设备上登录的人员。",
            "總部不認識在此裝置上登入的人員。",
        ),
    }
)

# Withdrawing from the device a record whose addition head office refused
# (`services/refused.py`).
CATALOGUE.update(
    {
        "refused.withdraw_not_added": _three(
            "Only a record added on this device can be removed from it here.",
            "只有在本设备上添加的记录才能在此从本设备移除。",
            "只有在本裝置上新增的記錄才能在此從本裝置移除。",
        ),
        "refused.withdraw_gone": _three(
            "This record is no longer on this device.",
            "本设备上已没有这条记录。",
            "本裝置上已沒有這筆記錄。",
        ),
        "refused.withdraw_waiting": _three(
            "This record has changes still waiting to be sent to head office: sync first, then remove it.",
            "这条记录还有更改等待发送到总部：请先同步，再移除。",
            "這筆記錄還有更改等待傳送到總部：請先同步，再移除。",
        ),
        "refused.withdraw_referred": _three(
            "Other records on this device (contacts, notes, pieces…) still belong to this one: "
            "it cannot be removed on its own.",
            "本设备上还有其他记录（联系方式、备注、珠宝等）属于这条记录，无法单独移除。",
            "本裝置上還有其他記錄（聯絡方式、備註、珠寶等）屬於這筆記錄，無法單獨移除。",
        ),
    }
)
