"""People for the demo network: Mandarin names for Shanghai, Cantonese names (with
Hong Kong government-style romanisation) for Hong Kong, French and European names
for Paris, and phone numbers that are valid mobiles in each region."""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import cache

from jeweldesk.domain.names import romanise_chinese

# --- Mandarin (Simplified characters, Hanyu Pinyin by pypinyin) -------------------

# Common family names, none of them read differently as a surname (no 单, 解, 仇),
# so the pinyin a passport would print is the one pypinyin gives.
MANDARIN_FAMILY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓彭肖田董袁潘蒋蔡余杜叶"
    "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎"
    "贺顾毛郝龚邵万钱严武戴孔汤"
)
MANDARIN_COMPOUND = ("欧阳", "司马", "上官", "诸葛")
MANDARIN_GIVEN_F = "美玲静丽娜婷雪琳欣怡佳颖慧敏芳晶晓雅梦琪思涵紫萱诗语雨菲嘉宁若曦可馨"
MANDARIN_GIVEN_M = "伟强磊军洋勇杰涛明超浩宇轩博文俊鹏志远天华建国嘉诚子豪晨阳"

# --- Cantonese (Traditional characters, romanised the Hong Kong way) ---------------

CANTONESE_FAMILY = {
    "陳": "Chan",
    "李": "Lee",
    "張": "Cheung",
    "黃": "Wong",
    "王": "Wong",
    "何": "Ho",
    "林": "Lam",
    "劉": "Lau",
    "梁": "Leung",
    "吳": "Ng",
    "鄭": "Cheng",
    "謝": "Tse",
    "郭": "Kwok",
    "羅": "Law",
    "蔡": "Choi",
    "周": "Chau",
    "麥": "Mak",
    "葉": "Yip",
    "馮": "Fung",
    "曾": "Tsang",
    "鄧": "Tang",
    "蕭": "Siu",
    "袁": "Yuen",
    "楊": "Yeung",
    "胡": "Wu",
    "朱": "Chu",
    "許": "Hui",
    "盧": "Lo",
    "潘": "Poon",
    "譚": "Tam",
    "彭": "Pang",
    "黎": "Lai",
    "馬": "Ma",
    "區": "Au",
    "關": "Kwan",
    "鍾": "Chung",
}
CANTONESE_GIVEN_F = {
    "美": "Mei",
    "玲": "Ling",
    "嘉": "Ka",
    "欣": "Yan",
    "詠": "Wing",
    "思": "Sze",
    "慧": "Wai",
    "敏": "Man",
    "穎": "Wing",
    "婷": "Ting",
    "琪": "Kei",
    "珊": "Shan",
    "雅": "Nga",
    "佩": "Pui",
    "芷": "Tsz",
    "晴": "Ching",
    "麗": "Lai",
    "寶": "Po",
    "淑": "Suk",
    "儀": "Yee",
    "凱": "Hoi",
    "翠": "Chui",
    "鳳": "Fung",
    "慈": "Chi",
}
CANTONESE_GIVEN_M = {
    "家": "Ka",
    "偉": "Wai",
    "志": "Chi",
    "明": "Ming",
    "文": "Man",
    "傑": "Kit",
    "俊": "Chun",
    "浩": "Ho",
    "子": "Tsz",
    "建": "Kin",
    "國": "Kwok",
    "德": "Tak",
    "華": "Wah",
    "榮": "Wing",
    "輝": "Fai",
    "大": "Tai",
    "安": "On",
    "樂": "Lok",
    "天": "Tin",
    "宇": "Yu",
    "健": "Kin",
    "永": "Wing",
    "錦": "Kam",
    "達": "Tat",
}
# Many Hong Kong clients go by an English first name: "Mandy Chan Mei Ling".
HK_ENGLISH_F = (
    "Mandy",
    "Karen",
    "Winnie",
    "Vivian",
    "Joyce",
    "Cindy",
    "Grace",
    "Queenie",
    "Gigi",
    "Fiona",
    "Michelle",
    "Rebecca",
    "Stephanie",
    "Tiffany",
    "Bonnie",
)
HK_ENGLISH_M = (
    "Kenneth",
    "Raymond",
    "Eric",
    "Vincent",
    "Alan",
    "Terence",
    "Patrick",
    "Edmond",
    "Jason",
    "Wilson",
    "Derek",
    "Ivan",
)

# --- French and European ------------------------------------------------------------

FRENCH_GIVEN_F = (
    "Claire",
    "Camille",
    "Sophie",
    "Isabelle",
    "Marie",
    "Juliette",
    "Charlotte",
    "Élise",
    "Louise",
    "Hélène",
    "Céline",
    "Amélie",
    "Margaux",
    "Chloé",
    "Léa",
    "Inès",
    "Aurélie",
    "Nathalie",
    "Béatrice",
    "Delphine",
    "Anne",
    "Victoire",
    "Apolline",
    "Diane",
    "Agathe",
    "Clémence",
)
FRENCH_GIVEN_M = (
    "Antoine",
    "Louis",
    "Pierre",
    "Nicolas",
    "Julien",
    "Thomas",
    "François",
    "Alexandre",
    "Guillaume",
    "Philippe",
    "Olivier",
    "Henri",
    "Arnaud",
    "Mathieu",
    "Hugo",
    "Édouard",
    "Charles",
    "Étienne",
)
FRENCH_FAMILY = (
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "Fontaine",
    "Chevalier",
    "Rousseau",
    "Blanc",
    "Guérin",
    "Faure",
    "Perrin",
    "Marchand",
    "Dumas",
    "de La Tour",
    "de Villeneuve",
    "de Montaigne",
    "Lemaire",
    "Delacroix",
)
EUROPEAN = (  # visitors to the Paris salon: (given female, given male, family, language)
    (("Giulia", "Francesca"), ("Marco", "Luca"), ("Rossi", "Bianchi", "Ferrari"), "en"),
    (("Anna", "Katharina"), ("Felix", "Maximilian"), ("Müller", "Schneider", "Fischer"), "en"),
    (("Emily", "Olivia"), ("James", "William"), ("Smith", "Taylor", "Wilson"), "en"),
    (("Lucía", "Carmen"), ("Javier", "Diego"), ("García", "Fernández", "López"), "en"),
)

_FRENCH_ASCII = str.maketrans("éèêëàâîïôöûüçÉ", "eeeeaaiioouucE")


@dataclass(frozen=True)
class Person:
    family: str
    given: str
    name_local: str  # as written, CJK for Chinese names
    romanised: str  # "Wang Meiling", "Chan Mei Ling", "Claire Dubois"
    gender: str  # "F" or "M"
    family_first: bool
    latin_family: str  # for e-mails and greetings: "Wang", "Chan", "Dubois"
    latin_given: str  # "Meiling", "Mei Ling", "Claire"
    english_name: str = ""  # Hong Kong English first name, if any


@cache
def _pinyin(family: str, given: str) -> str:
    return romanise_chinese(family, given)


def mandarin(rng: random.Random, gender: str) -> Person:
    family = rng.choice(MANDARIN_COMPOUND) if rng.random() < 0.01 else rng.choice(MANDARIN_FAMILY)
    pool = MANDARIN_GIVEN_F if gender == "F" else MANDARIN_GIVEN_M
    given = "".join(rng.choice(pool) for _ in range(1 if rng.random() < 0.25 else 2))
    romanised = _pinyin(family, given)
    latin_family, _, latin_given = romanised.partition(" ")
    return Person(family, given, family + given, romanised, gender, True, latin_family, latin_given)


def cantonese(rng: random.Random, gender: str) -> Person:
    family = rng.choice(tuple(CANTONESE_FAMILY))
    pool = CANTONESE_GIVEN_F if gender == "F" else CANTONESE_GIVEN_M
    chars = [rng.choice(tuple(pool)) for _ in range(2)]
    given = "".join(chars)
    latin_given = " ".join(pool[c] for c in chars)
    latin_family = CANTONESE_FAMILY[family]
    english = ""
    if rng.random() < 0.45:
        english = rng.choice(HK_ENGLISH_F if gender == "F" else HK_ENGLISH_M)
    return Person(
        family,
        given,
        family + given,
        f"{latin_family} {latin_given}",
        gender,
        True,
        latin_family,
        latin_given,
        english,
    )


def european(rng: random.Random, gender: str) -> tuple[Person, str]:
    """A French client (language fr) or, one time in six, another European (en)."""
    if rng.random() < 5 / 6:
        given = rng.choice(FRENCH_GIVEN_F if gender == "F" else FRENCH_GIVEN_M)
        family = rng.choice(FRENCH_FAMILY)
        language = "fr"
    else:
        females, males, families, language = rng.choice(EUROPEAN)
        given = rng.choice(females if gender == "F" else males)
        family = rng.choice(families)
    person = Person(family, given, "", f"{given} {family}", gender, False, family, given)
    return person, language


def ascii_slug(text: str) -> str:
    """'de La Tour' → 'delatour', 'Mei Ling' → 'meiling': the local part of an e-mail."""
    text = text.translate(_FRENCH_ASCII).replace("ü", "ue").replace("ö", "oe")
    return "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())


# --- mobile numbers -------------------------------------------------------------------

# Prefixes checked against phonenumbers' metadata: every completion is a valid mobile.
CN_PREFIXES = tuple(
    f"1{p}"
    for p in (
        30,
        31,
        32,
        33,
        35,
        36,
        37,
        38,
        39,
        50,
        51,
        52,
        58,
        59,
        80,
        81,
        82,
        85,
        86,
        87,
        88,
        89,
    )
)
HK_PREFIXES = ("61", "63", "64", "65", "69", "94", "96", "97")
FR_PREFIXES = ("60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78")


class Phones:
    """Unique mobile numbers per region, returned as (as typed, E.164)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def _digits(self, n: int) -> str:
        return str(self.rng.randrange(10**n)).zfill(n)

    def mobile(self, region: str) -> tuple[str, str]:
        while True:
            if region == "CN":
                national = self.rng.choice(CN_PREFIXES) + self._digits(8)
                typed = f"{national[:3]} {national[3:7]} {national[7:]}"
                e164 = "+86" + national
            elif region == "HK":
                national = self.rng.choice(HK_PREFIXES) + self._digits(6)
                typed = f"{national[:4]} {national[4:]}"
                e164 = "+852" + national
            else:
                national = self.rng.choice(FR_PREFIXES) + self._digits(7)
                typed = (
                    "0" + national[0] + " " + " ".join(national[i : i + 2] for i in range(1, 9, 2))
                )
                e164 = "+33" + national
            if e164 not in self.used:
                self.used.add(e164)
                return typed, e164
