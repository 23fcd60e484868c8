"""The head-office console in a real headless Chromium, against a real head office
that two Shanghai devices synced to.

Screenshots of every page go to the test's folder; set JEWELDESK_CONSOLE_SHOTS=/tmp to
also write them as /tmp/console-*.png for a person to look at."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest
import requests

from jeweldesk.headoffice import admin
from jeweldesk.headoffice.enrolment import issue_code
from jeweldesk.services import Desk
from jeweldesk.services.possessions import LineDraft, StoneDraft
from jeweldesk.sync.enrol import enrol_device
from tests.headoffice_server import start_headoffice

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
HO_EMAIL = "helene@ho.example"
HO_PASSWORD = "Vendôme-1906!"
ZH_EMAIL = "wang.li@ho.example"  # reads the console in Chinese
ZH_PASSWORD = "翡翠-2026-Jade"
SENSITIVE = "Separating from her husband: never mention him"

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Head office over SQLite with SH01/HK01, a head-office user, and two SH01 devices
    that synced a client (with a sensitive note and a purchase) and then edited her
    greeting differently: one open conflict."""
    folder = tmp_path_factory.mktemp("console")
    running = start_headoffice(f"sqlite:///{folder / 'headoffice.sqlite3'}")
    ho = running.store
    admin.add_store(
        ho,
        code="SH01",
        name="Shanghai Flagship",
        timezone="Asia/Shanghai",
        currency="CNY",
        country="CN",
        name_local="上海旗舰店",
    )
    admin.add_store(
        ho,
        code="HK01",
        name="Hong Kong Landmark",
        timezone="Asia/Hong_Kong",
        currency="HKD",
        country="HK",
    )
    admin.add_staff(
        ho, email="li@sh01.example", name="Li Na", role="advisor", store_code="SH01", pin="2468"
    )
    admin.add_staff(
        ho,
        email=HO_EMAIL,
        name="Hélène Laurent",
        role="head_office",
        store_code=None,
        pin=HO_PASSWORD,
    )
    admin.add_staff(
        ho,
        email=ZH_EMAIL,
        name="Wang Li",
        name_local="王丽",
        role="head_office",
        store_code=None,
        pin=ZH_PASSWORD,
        language="zh_CN",
    )
    admin.add_room(ho, store_code="SH01", name="Jade Salon")

    desks = []
    for n in (1, 2):
        desk = Desk.open(folder / f"device-{n}")
        enrol_device(
            desk, running.url, issue_code(ho, "SH01"), device_name=f"SH01 counter iPad {n}"
        )
        advisor = next(p for p, _ in desk.directory.staff("SH01") if p.role == "advisor")
        desk.act_as(advisor.id)
        desks.append(desk)
    a, b = desks
    client = a.clients.create(
        name_local="王美玲", name_romanised="Wang Meiling", phones=["138 1234 5678"]
    ).value
    a.notes.add(client.id, "Loves <b>Akoya</b> pearls & rose gold")
    a.notes.add(client.id, SENSITIVE, sensitive=True)
    a.purchases.record(
        client.id,
        [
            LineDraft(
                unit_price="98000",
                description="Étoile solitaire ring",
                stones=(
                    StoneDraft(
                        stone_type="diamond",
                        shape="round brilliant",
                        carat="1.02",
                        colour="E",
                        clarity="VVS1",
                        cut_grade="Excellent",
                        lab="GIA",
                        report_number="2141234567",
                    ),
                ),
            )
        ],
        receipt_number="SH01-2024-0001",
        purchased_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=3),
    )
    a.sync.sync()
    b.sync.sync()
    a.clients.update(client.id, greeting_name="Mrs Wang")
    a.sync.sync()
    b.clients.update(client.id, greeting_name="Madame Wang")
    assert b.sync.sync().conflicts == 1
    yield {
        "url": running.url,
        "client": client,
        "devices": [d.device_id for d in desks],
        "folder": folder,
    }
    for desk in desks:
        desk.close()
    running.stop()


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1000",
        "--lang=en-GB",
    ):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(20)
    yield driver
    driver.quit()


def shot(driver, folder: Path, name: str) -> None:
    """A full-height screenshot of the page, kept with the test (and in
    $JEWELDESK_CONSOLE_SHOTS when set)."""
    import base64

    size = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})["cssContentSize"]
    image = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {
                "x": 0,
                "y": 0,
                "width": size["width"],
                "height": min(size["height"], 4000),
                "scale": 1,
            },
        },
    )
    target = folder / f"console-{name}.png"
    target.write_bytes(base64.b64decode(image["data"]))
    extra = os.environ.get("JEWELDESK_CONSOLE_SHOTS")
    if extra:
        shutil.copy(target, Path(extra) / target.name)


def sign_in(driver, url: str, email: str, password: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url + "/console/login")
    form = driver.find_element(By.TAG_NAME, "form")
    for field, value in (("email", email), ("password", password)):
        box = driver.find_element(By.ID, field)
        box.clear()
        box.send_keys(value)
    driver.find_element(By.ID, "sign-in").click()
    WebDriverWait(driver, 10).until(lambda d: _gone(form))


def click_and_wait(driver, element) -> None:
    """Click something that loads a new page, and wait until it has (under load the
    old page can still be there when the next line looks)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    page = driver.find_element(By.TAG_NAME, "html")
    element.click()
    WebDriverWait(driver, 10).until(lambda d: _gone(page))


def _gone(element) -> bool:
    """The element's page has been replaced. Chromium says so with a stale-element
    error, or, when asked mid-navigation, with "does not belong to the document"."""
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

    try:
        element.is_enabled()
        return False
    except StaleElementReferenceException:
        return True
    except WebDriverException as exc:
        if "does not belong to the document" in str(exc):
            return True
        raise


def text_of(driver) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.TAG_NAME, "body").text


def test_without_a_session_every_page_leads_to_the_sign_in(world, browser, tmp_path):
    url = world["url"]
    for path in (
        "/console",
        "/console/conflicts",
        "/console/clients?q=wang",
        f"/console/clients/{world['client'].id}",
    ):
        answer = requests.get(url + path, allow_redirects=False, timeout=5)
        assert answer.status_code == 303, path
        assert answer.headers["location"].startswith("/console/login")
    browser.delete_all_cookies()
    browser.get(url + "/console")
    assert "/console/login" in browser.current_url
    assert "Sign in with your head-office e-mail" in text_of(browser)
    shot(browser, tmp_path, "login")
    # A forged cookie is no better than none.
    forged = requests.get(
        url + "/console",
        cookies={"jd_console": f"{'0' * 32}.9999999999.{'f' * 64}"},
        allow_redirects=False,
        timeout=5,
    )
    assert forged.status_code == 303


def test_sign_in_refuses_a_wrong_password_and_an_advisor(world, browser, tmp_path):
    from selenium.webdriver.common.by import By

    url = world["url"]
    browser.delete_all_cookies()
    sign_in(browser, url, HO_EMAIL, "not-the-password")
    assert "Wrong e-mail or password" in browser.find_element(By.ID, "login-error").text
    shot(browser, tmp_path, "login-refused")
    sign_in(
        browser, url, "li@sh01.example", "2468"
    )  # a real advisor, right PIN: still not head office
    assert browser.find_elements(By.ID, "login-error")
    assert browser.get_cookie("jd_console") is None
    refused = requests.post(
        url + "/console/login", data={"email": HO_EMAIL, "password": "nope"}, timeout=10
    )
    assert refused.status_code == 401
    assert refused.headers["content-type"].startswith("text/html")


def test_stores_page_lists_the_devices_and_their_last_sync(world, browser, tmp_path):
    from selenium.webdriver.common.by import By

    browser.delete_all_cookies()
    sign_in(browser, world["url"], HO_EMAIL, HO_PASSWORD)
    assert browser.current_url.rstrip("/").endswith("/console")
    cookie = browser.get_cookie("jd_console")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax"
    store = browser.find_element(By.ID, "store-SH01").text
    assert "Shanghai Flagship" in store and "1 client\n" in store
    assert "SH01 counter iPad 1" in store and "SH01 counter iPad 2" in store
    for device_id in world["devices"]:
        assert device_id in store
    rows = browser.find_elements(By.CSS_SELECTOR, "#store-SH01 tr.device")
    assert len(rows) == 2
    for row in rows:
        cells = row.find_elements(By.TAG_NAME, "td")
        assert (
            "CST" in cells[2].text and "never" not in cells[2].text
        )  # last push, in Shanghai time
        assert "CST" in cells[3].text  # last pull
        assert "active" in cells[5].text
    assert "1 open conflict" in store
    assert "No device enrolled yet" in browser.find_element(By.ID, "store-HK01").text
    shot(browser, tmp_path, "stores")


def test_client_found_by_phone_shows_purchases_and_withholds_sensitive_notes(
    world, browser, tmp_path
):
    from selenium.webdriver.common.by import By

    browser.delete_all_cookies()
    sign_in(browser, world["url"], HO_EMAIL, HO_PASSWORD)
    browser.get(world["url"] + "/console/clients")
    browser.find_element(By.ID, "q").send_keys("+86 138-1234-5678")
    click_and_wait(browser, browser.find_element(By.ID, "search"))
    results = browser.find_elements(By.CSS_SELECTOR, "tr.result")
    assert len(results) == 1
    assert "Wang Meiling 王美玲" in results[0].text and "SH01" in results[0].text
    shot(browser, tmp_path, "search")
    click_and_wait(browser, results[0].find_element(By.TAG_NAME, "a"))

    assert browser.find_element(By.ID, "client-name").text == "Wang Meiling 王美玲"
    purchases = browser.find_element(By.ID, "purchases").text
    assert "SH01" in purchases and "Étoile solitaire ring" in purchases
    assert "CN¥98,000.00" in purchases and "SH01-2024-0001" in purchases
    notes = browser.find_element(By.ID, "notes").text
    assert "1 sensitive note withheld" in notes
    assert "Loves <b>Akoya</b> pearls & rose gold" in notes  # shown as typed: escaped, not markup
    assert SENSITIVE not in browser.page_source
    pieces = browser.find_element(By.ID, "pieces").text
    assert "GIA" in pieces and "2141234567" in pieces and "1.02" in pieces
    shot(browser, tmp_path, "client")

    browser.get(world["url"] + "/console/clients?q=%3Cscript%3E")
    assert "No client matches “<script>”" in text_of(browser)
    browser.get(world["url"] + "/console/clients/not-an-id")
    assert "No such client" in text_of(browser)


def test_client_page_shows_the_purchase_total(world, browser):
    from selenium.webdriver.common.by import By

    browser.delete_all_cookies()
    sign_in(browser, world["url"], HO_EMAIL, HO_PASSWORD)
    browser.get(world["url"] + f"/console/clients/{world['client'].id}")
    total = browser.find_element(By.CSS_SELECTOR, "tr.purchase td:last-child").text
    assert total.startswith("CN¥98,000.00")


def test_conflict_between_two_devices_shows_with_both_values(world, browser, tmp_path):
    from selenium.webdriver.common.by import By

    browser.delete_all_cookies()
    sign_in(browser, world["url"], HO_EMAIL, HO_PASSWORD)
    browser.get(world["url"] + "/console/conflicts")
    rows = browser.find_elements(By.CSS_SELECTOR, "tr.conflict")
    assert len(rows) == 1
    cells = [c.text for c in rows[0].find_elements(By.TAG_NAME, "td")]
    assert "clients" in cells[0] and "Wang Meiling" in cells[0] and "SH01" in cells[0]
    assert (
        cells[1] == "Greeting\ngreeting_name"
    )  # the field as the client page labels it, and its code
    assert cells[3] == "Mrs Wang" and cells[4] == "Madame Wang"
    assert (
        "theirs: SH01 counter iPad 1 (SH01)" in cells[5]
        and "mine: SH01 counter iPad 2 (SH01)" in cells[5]
    )
    assert "CST" in cells[6]
    shot(browser, tmp_path, "conflicts")


def test_sign_out_ends_the_session(world, browser):
    from selenium.webdriver.common.by import By

    browser.delete_all_cookies()
    sign_in(browser, world["url"], HO_EMAIL, HO_PASSWORD)
    click_and_wait(browser, browser.find_element(By.CSS_SELECTOR, "header form button"))
    assert "/console/login" in browser.current_url
    browser.get(world["url"] + "/console")
    assert "/console/login" in browser.current_url


def test_a_chinese_speaking_head_office_person_reads_the_console_in_chinese(
    world, browser, tmp_path
):
    from selenium.webdriver.common.by import By

    browser.delete_all_cookies()
    sign_in(browser, world["url"], ZH_EMAIL, ZH_PASSWORD)
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh-CN"
    header = browser.find_element(By.TAG_NAME, "header").text
    assert "门店与设备" in header and "冲突" in header and "王丽" in header and "退出登录" in header
    store = browser.find_element(By.ID, "store-SH01").text
    assert "1 位客户" in store and "2 台在用设备" in store and "1 个未处理冲突" in store
    assert "在用" in browser.find_element(By.CSS_SELECTOR, "#store-SH01 tr.device").text
    assert "尚未登记任何设备。" in browser.find_element(By.ID, "store-HK01").text
    shot(browser, tmp_path, "stores-zh")

    browser.get(world["url"] + "/console/conflicts")
    cells = [
        c.text
        for c in browser.find_element(By.CSS_SELECTOR, "tr.conflict").find_elements(
            By.TAG_NAME, "td"
        )
    ]
    assert cells[0].startswith("客户") and "字段冲突" in cells[0]
    assert cells[1] == "问候称呼\ngreeting_name"
    assert cells[3] == "Mrs Wang" and cells[4] == "Madame Wang"  # values stay as typed
    assert (
        "对方：SH01 counter iPad 1 (SH01)" in cells[5]
        and "本机：SH01 counter iPad 2 (SH01)" in cells[5]
    )
    shot(browser, tmp_path, "conflicts-zh")

    browser.get(world["url"] + f"/console/clients/{world['client'].id}")
    page = text_of(browser)
    assert "购买记录" in page and "已隐去 1 条敏感备注" in page and "珠宝盒" in page
    assert "语言\n中文 (简体, 中国)" in page  # the client's language by name
    assert "¥98,000.00" in browser.find_element(By.CSS_SELECTOR, "tr.purchase td:last-child").text
    assert "English" not in page and "Purchases" not in page and "withheld" not in page
    shot(browser, tmp_path, "client-zh")

    browser.get(world["url"] + "/console/clients?q=nobody-here")
    assert "没有与“nobody-here”匹配的客户。" in text_of(browser)


def test_the_sign_in_page_speaks_the_browser_language(world):
    url = world["url"]
    traditional = requests.get(
        url + "/console/login", headers={"Accept-Language": "zh-HK,zh;q=0.9,en;q=0.8"}, timeout=5
    )
    assert '<html lang="zh-TW">' in traditional.text and "總部控制台" in traditional.text
    assert traditional.headers["content-language"] == "zh-TW"
    refused = requests.post(
        url + "/console/login",
        data={"email": HO_EMAIL, "password": "nope"},
        headers={"Accept-Language": "zh-CN"},
        timeout=10,
    )
    assert refused.status_code == 401
    assert "电子邮箱或密码错误" in refused.text and "Wrong e-mail" not in refused.text
    english = requests.get(
        url + "/console/login", headers={"Accept-Language": "fr-FR,fr;q=0.9"}, timeout=5
    )
    assert "Sign in with your head-office e-mail" in english.text
