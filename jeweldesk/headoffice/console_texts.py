"""The head-office console's words in English, Simplified and Traditional Chinese.

A signed-in person reads the console in the language of their staff record; the
sign-in page follows the browser's `Accept-Language`. Times stay in each store's own
zone, written the same way in every language (2026-11-30 14:05 CST)."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.numbers import format_currency

LANGUAGES = ("en", "zh_CN", "zh_TW")
HTML_LANG = {"en": "en", "zh_CN": "zh-CN", "zh_TW": "zh-TW"}
# Money in English keeps the console's long-standing form (CN¥98,000.00).
MONEY_LOCALE = {"en": "en", "zh_CN": "zh_CN", "zh_TW": "zh_TW"}

# key: (en, zh_CN, zh_TW). A key with ".one"/".other" variants is a count: English
# picks by the number, Chinese uses ".other".
_TEXTS: dict[str, tuple[str, str, str]] = {
    # the frame
    "app.title": ("JewelDesk head office", "JewelDesk 总部", "JewelDesk 總部"),
    "brand.part": ("Head office", "总部", "總部"),
    "nav.stores": ("Stores & devices", "门店与设备", "門店與裝置"),
    "nav.conflicts": ("Conflicts", "冲突", "衝突"),
    "nav.clients": ("Clients", "客户", "客戶"),
    "sign_out": ("Sign out", "退出登录", "登出"),
    # signing in
    "login.title": ("Sign in", "登录", "登入"),
    "login.heading": ("Head-office console", "总部控制台", "總部控制台"),
    "login.intro": (
        "Sign in with your head-office e-mail and password.",
        "请使用总部电子邮箱和密码登录。",
        "請使用總部電子郵件和密碼登入。",
    ),
    "login.email": ("E-mail", "电子邮箱", "電子郵件"),
    "login.password": ("Password", "密码", "密碼"),
    "login.submit": ("Sign in", "登录", "登入"),
    "login.refused": (
        "Wrong e-mail or password, or this account may not use the head-office console.",
        "电子邮箱或密码错误，或此账户无权使用总部控制台。",
        "電子郵件或密碼錯誤，或此帳戶無權使用總部控制台。",
    ),
    # stores and devices
    "stores.title": ("Stores", "门店", "門店"),
    "stores.heading": ("Stores and devices", "门店与设备", "門店與裝置"),
    "stores.intro": (
        "Times in each store's own zone.",
        "时间均为各门店当地时间。",
        "時間均為各門店當地時間。",
    ),
    "stores.epoch": ("Server epoch", "服务器纪元", "伺服器紀元"),
    "stores.none": (
        "No stores yet: add one with",
        "尚无门店。添加门店请运行",
        "尚無門店。新增門店請執行",
    ),
    "stores.no_devices": ("No device enrolled yet.", "尚未登记任何设备。", "尚未登記任何裝置。"),
    "count.clients.one": ("client", "位客户", "位客戶"),
    "count.clients.other": ("clients", "位客户", "位客戶"),
    "count.active_devices.one": ("active device", "台在用设备", "台使用中裝置"),
    "count.active_devices.other": ("active devices", "台在用设备", "台使用中裝置"),
    "count.enrolled": ("({n} enrolled)", "（共登记 {n} 台）", "（共登記 {n} 台）"),
    "count.open_conflicts.one": ("open conflict", "个未处理冲突", "個未處理衝突"),
    "count.open_conflicts.other": ("open conflicts", "个未处理冲突", "個未處理衝突"),
    "col.device": ("Device", "设备", "裝置"),
    "col.id": ("Id", "编号", "編號"),
    "col.last_push": ("Last push", "最近推送", "最近推送"),
    "col.last_pull": ("Last pull", "最近拉取", "最近拉取"),
    "col.pending": ("Pending at last push", "最近推送时待同步", "最近推送時待同步"),
    "col.state": ("State", "状态", "狀態"),
    "device.unnamed": ("(unnamed)", "（未命名）", "（未命名）"),
    "device.enrolled": ("enrolled {when}", "登记于 {when}", "登記於 {when}"),
    "device.pending": ("{n} pending", "{n} 条待同步", "{n} 筆待同步"),
    "device.revoked": ("revoked {when}", "已于 {when} 吊销", "已於 {when} 撤銷"),
    "device.replaced_by": ("replaced by {id}", "已由 {id} 取代", "已由 {id} 取代"),
    "device.active": ("active", "在用", "使用中"),
    # conflicts
    "conflicts.title": ("Conflicts", "冲突", "衝突"),
    "conflicts.heading": ("Open conflicts", "未处理的冲突", "未處理的衝突"),
    "conflicts.intro": (
        "Values that lost to an earlier edit arriving at head office. Nothing is lost: each is kept here "
        "until a store reviews it.",
        "这些值因另一项修改先到达总部而未被采用。没有任何内容丢失：每一项都保留在这里，直到门店审阅。",
        "這些值因另一項修改先到達總部而未被採用。沒有任何內容遺失：每一項都保留在這裡，直到門店審閱。",
    ),
    "conflicts.none": ("No open conflicts.", "没有未处理的冲突。", "沒有未處理的衝突。"),
    "col.record": ("Record", "记录", "記錄"),
    "col.field": ("Field", "字段", "欄位"),
    "col.base": ("Base", "原值", "原值"),
    "col.kept": ("Kept (theirs)", "保留（对方）", "保留（對方）"),
    "col.lost": ("Lost (mine)", "未采用（本机）", "未採用（本機）"),
    "col.devices": ("Devices", "设备", "裝置"),
    "col.detected": ("Detected", "发现时间", "發現時間"),
    "conflict.theirs": ("theirs: {who}", "对方：{who}", "對方：{who}"),
    "conflict.mine": ("mine: {who}", "本机：{who}", "本機：{who}"),
    "conflict.client": ("client", "客户", "客戶"),
    "value.empty": ("(empty)", "（空）", "（空）"),
    "head_office": ("head office", "总部", "總部"),
    # clients
    "clients.title": ("Clients", "客户", "客戶"),
    "clients.heading": ("Clients across stores", "各门店客户", "各門店客戶"),
    "clients.intro": (
        "Search by name (any script) or phone number in any usual format.",
        "可按姓名（任何文字）或常用格式的电话号码搜索。",
        "可按姓名（任何文字）或常用格式的電話號碼搜尋。",
    ),
    "clients.placeholder": ("Name or phone", "姓名或电话", "姓名或電話"),
    "clients.search": ("Search", "搜索", "搜尋"),
    "clients.limit": (
        "Showing the first {n}: refine the search.",
        "仅显示前 {n} 位：请缩小搜索范围。",
        "僅顯示前 {n} 位：請縮小搜尋範圍。",
    ),
    "clients.no_match": (
        "No client matches “{q}”.",
        "没有与“{q}”匹配的客户。",
        "沒有與「{q}」相符的客戶。",
    ),
    "col.name": ("Name", "姓名", "姓名"),
    "col.home_store": ("Home store", "所属门店", "所屬門店"),
    "col.phone": ("Phone", "电话", "電話"),
    "col.segment": ("Segment", "客户分层", "客戶分層"),
    # one client
    "client.home_store": ("Home store {code}", "所属门店 {code}", "所屬門店 {code}"),
    "count.client_conflicts.one": ("{n} open conflict", "{n} 个未处理冲突", "{n} 個未處理衝突"),
    "count.client_conflicts.other": ("{n} open conflicts", "{n} 个未处理冲突", "{n} 個未處理衝突"),
    "client.identity": ("Identity", "身份信息", "身分資料"),
    "client.local_name": ("Local name", "本地姓名", "本地姓名"),
    "client.romanised": ("Romanised", "拼音/罗马字", "拼音/羅馬字"),
    "client.family_given": ("Family / given", "姓 / 名", "姓 / 名"),
    "client.title": ("Title", "称谓", "稱謂"),
    "client.greeting": ("Greeting", "问候称呼", "問候稱呼"),
    "client.gender": ("Gender", "性别", "性別"),
    "client.language": ("Language", "语言", "語言"),
    "client.preferred_channel": ("Preferred channel", "首选联系方式", "首選聯絡方式"),
    "client.since": ("Client since", "建档时间", "建檔時間"),
    "client.by": ("by {name}", "由 {name} 建档", "由 {name} 建檔"),
    "client.source": ("Source", "来源", "來源"),
    "client.contacts": ("Contacts", "联系方式", "聯絡方式"),
    "client.primary": ("primary", "首选", "首選"),
    "client.no_contacts": ("No contacts.", "无联系方式。", "無聯絡方式。"),
    "client.purchases": ("Purchases", "购买记录", "購買記錄"),
    "client.no_purchases": ("No purchases.", "无购买记录。", "無購買記錄。"),
    "col.date": ("Date", "日期", "日期"),
    "col.pieces": ("Pieces", "作品", "作品"),
    "col.receipt": ("Receipt", "单据号", "單據號"),
    "col.advisor": ("Advisor", "顾问", "顧問"),
    "col.total": ("Total", "合计", "合計"),
    "client.notes": ("Notes", "备注", "備註"),
    "count.withheld.one": (
        "{n} sensitive note withheld",
        "已隐去 {n} 条敏感备注",
        "已隱去 {n} 條敏感備註",
    ),
    "count.withheld.other": (
        "{n} sensitive notes withheld",
        "已隐去 {n} 条敏感备注",
        "已隱去 {n} 條敏感備註",
    ),
    "note.unknown_author": ("unknown author", "作者不详", "作者不詳"),
    "note.pinned": ("pinned", "已置顶", "已置頂"),
    "client.no_notes": ("No notes.", "无备注。", "無備註。"),
    "client.pieces": ("Jewellery box", "珠宝盒", "珠寶盒"),
    "piece.serial": ("serial {value}", "序列号 {value}", "序號 {value}"),
    "piece.acquired": ("acquired {value}", "购于 {value}", "購於 {value}"),
    "col.stone": ("Stone", "宝石", "寶石"),
    "col.carat": ("Carat", "克拉", "克拉"),
    "col.colour": ("Colour", "颜色", "顏色"),
    "col.clarity": ("Clarity", "净度", "淨度"),
    "col.cut": ("Cut", "切工", "切工"),
    "col.lab_report": ("Lab report", "鉴定报告", "鑑定報告"),
    "client.no_pieces": ("No pieces recorded.", "尚无作品记录。", "尚無作品記錄。"),
    "client.appointments": ("Appointments", "预约", "預約"),
    "client.no_appointments": ("No appointments.", "无预约。", "無預約。"),
    "col.when": ("When", "时间", "時間"),
    "col.store": ("Store", "门店", "門店"),
    "col.kind": ("Kind", "类型", "類型"),
    "col.status": ("Status", "状态", "狀態"),
    "col.title": ("Title", "标题", "標題"),
    "field.family_name": ("Family name", "姓", "姓"),
    "field.given_name": ("Given name", "名", "名"),
    "field.value": ("Value", "内容", "內容"),
    "appointment.double_booked": ("double booked", "重复预约", "重複預約"),
    # not found
    "not_found.title": ("Not found", "未找到", "找不到"),
    "not_found.client": ("No such client at head office.", "总部没有此客户。", "總部沒有此客戶。"),
    "not_found.search": ("Search clients", "搜索客户", "搜尋客戶"),
    # times
    "time.never": ("never", "从未", "從未"),
    "time.just_now": ("just now", "刚刚", "剛剛"),
    "time.minutes.one": ("{n} minute ago", "{n} 分钟前", "{n} 分鐘前"),
    "time.minutes.other": ("{n} minutes ago", "{n} 分钟前", "{n} 分鐘前"),
    "time.hours.one": ("{n} hour ago", "{n} 小时前", "{n} 小時前"),
    "time.hours.other": ("{n} hours ago", "{n} 小时前", "{n} 小時前"),
    "time.days.one": ("{n} day ago", "{n} 天前", "{n} 天前"),
    "time.days.other": ("{n} days ago", "{n} 天前", "{n} 天前"),
}

# Stored codes the console shows (record kinds, contact kinds, channels, appointment
# kinds and states, conflict kinds, stone origins, segments): (zh_CN, zh_TW). English
# shows the code made readable ("edit after delete").
_CODES: dict[str, tuple[str, str]] = {
    # records
    "clients": ("客户", "客戶"),
    "contact_points": ("联系方式", "聯絡方式"),
    "notes": ("备注", "備註"),
    "preferences": ("偏好", "偏好"),
    "important_dates": ("重要日期", "重要日期"),
    "relationships": ("亲友关系", "親友關係"),
    "ring_sizes": ("戒圈尺寸", "戒圍尺寸"),
    "measurements": ("尺寸", "尺寸"),
    "consents": ("同意", "同意"),
    "book_entries": ("客户簿", "客戶簿"),
    "owned_pieces": ("珠宝盒作品", "珠寶盒作品"),
    "stones": ("宝石", "寶石"),
    "wishlist_items": ("心愿单", "願望清單"),
    "appointments": ("预约", "預約"),
    "purchases": ("购买记录", "購買記錄"),
    "purchase_lines": ("购买明细", "購買明細"),
    "interactions": ("互动记录", "互動記錄"),
    "service_cases": ("售后个案", "售後個案"),
    "service_jobs": ("维修单", "維修單"),
    "issued_documents": ("已签发文件", "已簽發文件"),
    "next_best_actions": ("建议行动", "建議行動"),
    "staff": ("员工", "員工"),
    "stores": ("门店", "門店"),
    "rooms": ("房间", "房間"),
    # conflict kinds
    "field": ("字段冲突", "欄位衝突"),
    "edit_after_delete": ("删除后修改", "刪除後修改"),
    # contact kinds and channels
    "phone": ("电话", "電話"),
    "sms": ("短信", "簡訊"),
    "email": ("电子邮件", "電子郵件"),
    "wechat": ("微信", "微信"),
    "whatsapp": ("WhatsApp", "WhatsApp"),
    "line": ("LINE", "LINE"),
    "address": ("地址", "地址"),
    "in_person": ("当面", "當面"),
    # appointment kinds
    "private_viewing": ("私人鉴赏", "私人鑑賞"),
    "bridal": ("婚嫁咨询", "婚嫁諮詢"),
    "bespoke": ("定制", "訂製"),
    "launch_preview": ("新品预览", "新品預覽"),
    "cleaning": ("清洁与检测", "清潔與檢測"),
    "repair": ("维修", "維修"),
    "virtual": ("线上预约", "線上預約"),
    "workshop": ("工作坊", "工作坊"),
    "event": ("活动", "活動"),
    # appointment states
    "requested": ("待确认", "待確認"),
    "confirmed": ("已确认", "已確認"),
    "arrived": ("已到店", "已到店"),
    "completed": ("已完成", "已完成"),
    "cancelled": ("已取消", "已取消"),
    "no_show": ("未到店", "未到店"),
    # stone origins
    "natural": ("天然", "天然"),
    "lab_grown": ("实验室培育", "實驗室培育"),
    "simulant": ("仿制品", "仿製品"),
    # segments
    "vic": ("VIC", "VIC"),
    "core": ("核心", "核心"),
    "potential": ("潜力", "潛力"),
    "prospect": ("潜在", "潛在"),
}


# A conflicting field under the label the client page gives it; others read as code.
_FIELD_TEXTS = {
    "name_local": "client.local_name",
    "name_romanised": "client.romanised",
    "title": "client.title",
    "greeting_name": "client.greeting",
    "gender": "client.gender",
    "language": "client.language",
    "preferred_channel": "client.preferred_channel",
    "source": "client.source",
    "segment": "col.segment",
    "family_name": "field.family_name",
    "given_name": "field.given_name",
    "body": "client.notes",
    "value": "field.value",
    "starts_at": "col.when",
    "status": "col.status",
    "kind": "col.kind",
}


def language_of(value: str | None) -> str:
    """One of LANGUAGES for a staff record's language (en, zh_CN, zh_TW)."""
    return value if value in LANGUAGES else "en"


def language_from_header(header: str | None) -> str:
    """The browser's first language the console speaks: zh-Hans/zh-CN/zh-SG are
    Simplified, zh-Hant/zh-TW/zh-HK/zh-MO Traditional; anything else English."""
    weighted = []
    for n, part in enumerate((header or "").split(",")[:20]):
        tag, _, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        weighted.append((-quality, n, tag.strip().lower().replace("_", "-")))
    for _, _, tag in sorted(weighted):
        if tag == "en" or tag.startswith("en-"):
            return "en"
        if tag == "zh" or tag.startswith("zh-"):
            if any(mark in tag for mark in ("hant", "-tw", "-hk", "-mo")):
                return "zh_TW"
            return "zh_CN"
    return "en"


def readable(value) -> str:
    """A stored code as English reads it ("edit_after_delete" → "edit after delete")."""
    if value is None:
        return ""
    return str(getattr(value, "value", value)).replace("_", " ")


class Words:
    """The console's words, formats and codes in one language; templates get one."""

    def __init__(self, language: str | None) -> None:
        self.language = language_of(language)
        self.html_lang = HTML_LANG[self.language]
        self._index = LANGUAGES.index(self.language)

    def __call__(self, key: str, **params) -> str:
        text = _TEXTS[key][self._index]
        return text.format(**params) if params else text

    def count(self, key: str, n: int, **params) -> str:
        """A counted phrase: English chooses one or other by `n`, Chinese has one form."""
        form = "one" if n == 1 and self.language == "en" else "other"
        return self(f"{key}.{form}", n=n, **params)

    def code(self, value) -> str:
        """A stored code (a record kind, a channel, a state…) in this language."""
        if value is None:
            return ""
        raw = str(getattr(value, "value", value))
        found = _CODES.get(raw)
        if found is None or self.language == "en":
            return readable(raw)
        return found[self._index - 1]

    def field(self, column: str) -> str:
        """A record's field as the console labels it ("greeting_name" → "Greeting")."""
        key = _FIELD_TEXTS.get(column)
        return self(key) if key else readable(column).capitalize()

    def language_name(self, code: str | None) -> str:
        """A client's language by name, in this language ("zh_CN" → "中文 (简体, 中国)")."""
        if not code:
            return ""
        try:
            return Locale.parse(code).get_display_name(self.language) or code
        except (ValueError, TypeError, UnknownLocaleError):
            return code

    def when(self, value: dt.datetime | None, zone: str | None = None) -> str:
        """An instant in a store's zone (UTC when the store is unknown)."""
        if value is None:
            return self("time.never")
        local = value.astimezone(_zone(zone))
        return local.strftime("%Y-%m-%d %H:%M ") + (local.tzname() or "UTC")

    def ago(self, value: dt.datetime | None, now: dt.datetime | None = None) -> str:
        if value is None:
            return ""
        seconds = int(((now or dt.datetime.now(dt.UTC)) - value).total_seconds())
        if seconds < 60:
            return self("time.just_now")
        for size, unit in ((86400, "days"), (3600, "hours"), (60, "minutes")):
            if seconds >= size:
                return self.count(f"time.{unit}", seconds // size)
        return ""

    def money(self, amount: Decimal | None, currency: str) -> str:
        if amount is None:
            return ""
        try:
            return format_currency(amount, currency, locale=MONEY_LOCALE[self.language])
        except (ValueError, KeyError):
            return f"{amount} {currency}"

    def value(self, value) -> str:
        """A conflict's value (JSON) as a person reads it."""
        if value is None or value == "":
            return self("value.empty")
        if isinstance(value, str):
            return value
        return json.dumps(value, ensure_ascii=False)


def _zone(name: str | None) -> dt.tzinfo:
    try:
        return ZoneInfo(name) if name else dt.UTC
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC
