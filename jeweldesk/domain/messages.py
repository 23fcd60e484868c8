"""The core's message catalogue: English, Simplified and Traditional Chinese.

Keys are stable identifiers; parameters are filled with str.format. The UI's own
strings go through Qt's translation; messages born in the core come from here.
"""

from __future__ import annotations

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
        "en": "“{value}” is not a {system} ring size. Examples: US 6½, UK M, EU 52, CN/HK 13.",
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


def _param(value: object, lang: str) -> object:
    if isinstance(value, Ref):
        return render(value, lang)
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
    try:
        return template.format(**params)
    except (KeyError, IndexError):
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
