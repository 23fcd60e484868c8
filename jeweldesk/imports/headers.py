"""Which column holds what: the fields an import fills, the headers the common exports
use for them (an e-commerce platform's customer export, a CRM's contact export, Excel
sheets with Chinese headers, simplified or traditional), and a mapping file's say."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from jeweldesk.domain.errors import ValidationError


class Field(StrEnum):
    """What a column can fill. Several columns may fill `phone` (mobile, home…),
    `address` (street, city, postcode: joined in file order) and `tags`."""

    NAME = "name"  # the whole name in one cell: 王美玲, Meiling Wang
    FAMILY_NAME = "family_name"
    GIVEN_NAME = "given_name"
    NAME_LOCAL = "name_local"
    NAME_ROMANISED = "name_romanised"
    TITLE = "title"
    EMAIL = "email"
    PHONE = "phone"
    GENDER = "gender"
    BIRTHDAY = "birthday"
    LANGUAGE = "language"
    TIER = "tier"
    TAGS = "tags"
    NOTE = "note"
    ADDRESS = "address"
    SPEND = "spend"  # lifetime spend: kept in the import note, never as purchases
    CURRENCY = "currency"
    ACCEPTS_MARKETING = "accepts_marketing"
    SOURCE = "source"
    IGNORE = "ignore"


REPEATABLE = {Field.PHONE, Field.ADDRESS, Field.TAGS, Field.NOTE, Field.EMAIL}
NAME_FIELDS = {
    Field.NAME,
    Field.FAMILY_NAME,
    Field.GIVEN_NAME,
    Field.NAME_LOCAL,
    Field.NAME_ROMANISED,
}

# Headers as the exports write them, compared by `header_key` (case, spaces,
# punctuation and full-width forms aside).
KNOWN_HEADERS: dict[Field, tuple[str, ...]] = {
    Field.NAME: (
        "name",
        "full name",
        "customer name",
        "contact name",
        "client name",
        "姓名",
        "客户姓名",
        "客戶姓名",
        "会员姓名",
        "會員姓名",
        "顾客姓名",
        "顧客姓名",
        "名字",
    ),
    Field.FAMILY_NAME: ("last name", "family name", "surname", "lastname", "姓", "姓氏"),
    Field.GIVEN_NAME: ("first name", "given name", "firstname", "forename", "名"),
    Field.NAME_LOCAL: ("chinese name", "local name", "中文名", "中文姓名"),
    Field.NAME_ROMANISED: (
        "english name",
        "romanised name",
        "pinyin",
        "英文名",
        "英文姓名",
        "拼音",
    ),
    Field.TITLE: ("salutation", "title", "称谓", "稱謂", "称呼", "稱呼"),
    Field.EMAIL: (
        "email",
        "e-mail",
        "email address",
        "e-mail address",
        "邮箱",
        "电子邮箱",
        "电子邮件",
        "郵箱",
        "電郵",
        "電子郵件",
        "電子郵箱",
    ),
    Field.PHONE: (
        "phone",
        "phone number",
        "mobile",
        "mobile phone",
        "mobile phone number",
        "mobile number",
        "cell phone",
        "home phone",
        "work phone",
        "telephone",
        "default address phone",
        "手机",
        "手机号",
        "手机号码",
        "电话",
        "联系电话",
        "电话号码",
        "手機",
        "手機號",
        "手機號碼",
        "電話",
        "聯絡電話",
        "聯繫電話",
        "電話號碼",
    ),
    Field.GENDER: ("gender", "sex", "性别", "性別"),
    Field.BIRTHDAY: (
        "birthday",
        "birthdate",
        "birth date",
        "date of birth",
        "dob",
        "生日",
        "出生日期",
        "出生年月日",
    ),
    Field.LANGUAGE: ("language", "preferred language", "语言", "語言"),
    Field.TIER: (
        "tier",
        "member tier",
        "membership tier",
        "loyalty tier",
        "membership level",
        "vip level",
        "会员等级",
        "會員等級",
        "会员级别",
        "會員級別",
        "等级",
        "等級",
    ),
    Field.TAGS: ("tags", "tag", "labels", "标签", "標籤", "標簽"),
    Field.NOTE: (
        "note",
        "notes",
        "description",
        "comment",
        "comments",
        "备注",
        "備註",
        "說明",
        "说明",
    ),
    Field.ADDRESS: (
        "address",
        "address1",
        "address2",
        "address 1",
        "address 2",
        "default address address1",
        "default address address2",
        "default address city",
        "default address zip",
        "default address province code",
        "default address country code",
        "city",
        "province",
        "zip",
        "postal code",
        "mailing street",
        "mailing city",
        "mailing state/province",
        "mailing zip/postal code",
        "mailing country",
        "street address",
        "地址",
        "联系地址",
        "聯絡地址",
        "通讯地址",
        "通訊地址",
    ),
    Field.SPEND: (
        "total spent",
        "lifetime spend",
        "total spend",
        "lifetime value",
        "消费金额",
        "累计消费",
        "累計消費",
        "消費金額",
        "总消费",
        "總消費",
    ),
    Field.CURRENCY: ("currency", "币种", "幣種", "货币", "貨幣"),
    Field.ACCEPTS_MARKETING: (
        "accepts marketing",
        "accepts email marketing",
        "email opt in",
        "marketing opt in",
        "接受营销",
        "接受營銷",
    ),
    Field.SOURCE: ("lead source", "source", "客户来源", "客戶來源", "来源", "來源"),
}

_PUNCTUATION = re.compile(r"[\s_\-.:：/()（）*]+")


def header_key(header: str) -> str:
    """A header as compared: 'First Name', 'first_name', 'ＦＩＲＳＴ　ＮＡＭＥ' and
    '手机号：' read the same."""
    text = unicodedata.normalize("NFKC", header).casefold()
    return _PUNCTUATION.sub("", text)


_KNOWN: dict[str, Field] = {
    header_key(h): field for field, headers in KNOWN_HEADERS.items() for h in headers
}


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Each column's field (None: not imported), with the headers left unmapped so a
    plan can say which columns it did not read."""

    fields: tuple[Field | None, ...]
    unmapped: tuple[str, ...]

    def columns(self, field: Field) -> tuple[int, ...]:
        return _columns(self.fields, field)


@lru_cache(maxsize=256)
def _columns(fields: tuple[Field | None, ...], field: Field) -> tuple[int, ...]:
    return tuple(i for i, f in enumerate(fields) if f is field)


def map_headers(headers: Sequence[str], mapping: Mapping[str, str] | None = None) -> ColumnMap:
    """Each header's field: from `mapping` (source header → field name, "ignore" or ""
    to leave a column out) first, else from the headers the common exports use."""
    given = {header_key(k): _field(v, k) for k, v in (mapping or {}).items()}
    fields: list[Field | None] = []
    unmapped: list[str] = []
    for header in headers:
        key = header_key(header)
        field = given[key] if key in given else _KNOWN.get(key)
        if field is Field.IGNORE:
            field = None
        elif field is None and header:
            unmapped.append(header)
        if field is not None and field not in REPEATABLE and field in fields:
            unmapped.append(header)  # a second 'Gender' column: the first one counts
            field = None
        fields.append(field)
    found = set(fields)
    if not found & NAME_FIELDS:
        raise ValidationError("import.no_name_column", field="mapping")
    return ColumnMap(tuple(fields), tuple(unmapped))


def _field(value: object, header: str) -> Field:
    text = str(value or "").strip().lower()
    if text in ("", "none", "-"):
        return Field.IGNORE
    try:
        return Field(text)
    except ValueError:
        raise ValidationError(
            "import.mapping_field",
            field="mapping",
            header=header,
            value=str(value),
            fields=", ".join(f.value for f in Field),
        ) from None


def load_mapping(path: str | Path) -> dict[str, str]:
    """A mapping file: a JSON object {"source header": "field"}."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError):
        raise ValidationError(
            "import.mapping_unreadable", field="mapping", path=str(path)
        ) from None
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise ValidationError("import.mapping_unreadable", field="mapping", path=str(path))
    return {k: str(v) if v is not None else "" for k, v in data.items()}
