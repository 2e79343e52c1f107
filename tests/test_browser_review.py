"""The review page driven in a real headless browser (Debian's chromium and chromedriver,
through selenium): filters, keyboard navigation, editing, accepting, exporting, and the
edit file sent back with `localize review apply`. Skipped where the browser is absent
(`.ci/run` installs it)."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from localize.cli import app
from localize.readers import parse_markdown
from localize.translate import TranslationMemory
from tests.conftest import ROOT, SAMPLES

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1000"]
GLOSSARY = ROOT / "glossaries" / "ai-tech.yaml"
SOURCE = SAMPLES / "ai-chip-startups.en.md"
FIXED = ("Ibarra는 2014년 Nvidia에 합류했을 때 컴파일러 팀의 규모가 지금 자신이 검토하는 "
         "스타트업 여러 곳의 전체 인원보다 컸다고 회상한다.")
runner = CliRunner()

webdriver = pytest.importorskip("selenium.webdriver")
pytestmark = pytest.mark.skipif(not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()),
                                reason="chromium and chromedriver not installed")


def faulty_edition(folder: Path) -> Path:
    """The Korean sample with an error (85만 → 85억), a kept name transliterated, and a
    number added (a warning); the sample's own info findings stay."""
    text = (SAMPLES / "ai-chip-startups.ko.md").read_text("utf-8")
    text = text.replace("85만", "85억").replace("Nvidia에 합류", "엔비디아에 합류")
    text = text.replace("11개월이 걸렸고", "11개월이 걸렸고 (약 2,500건의 테스트)")
    path = folder / "ai-chip-startups.ko.md"
    path.write_text(text, "utf-8")
    return path


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={tmp_path / 'profile'}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {
        "behavior": "allow", "downloadPath": str(tmp_path / "downloads")})
    try:
        yield driver
    finally:
        driver.quit()


def _visible(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    return [item for item in driver.find_elements(By.CSS_SELECTOR, selector)
            if item.is_displayed()]


def _in_view(driver: Any, element: Any) -> bool:
    return bool(driver.execute_script(
        "var r = arguments[0].getBoundingClientRect();"
        "return r.top >= 0 && r.bottom <= window.innerHeight;", element))


def _press(driver: Any, key: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains

    ActionChains(driver).send_keys(key).perform()


def _toggle_every_filter(driver: Any) -> None:
    from selenium.webdriver.common.by import By

    for severity in ("error", "warning", "info"):
        box = driver.find_element(By.CSS_SELECTOR, f'input[data-severity="{severity}"]')
        assert _visible(driver, f"main .finding.open.{severity}"), severity
        box.click()
        assert not _visible(driver, f"main .finding.open.{severity}"), severity
        assert not _visible(driver, f".panel li.open.{severity}"), severity
        assert box.is_displayed() and not box.is_selected()  # the filter itself stays
        others = [s for s in ("error", "warning", "info") if s != severity]
        assert all(_visible(driver, f"main .finding.open.{other}") for other in others)
        box.click()
        assert box.is_selected() and _visible(driver, f"main .finding.open.{severity}")


def _jump_through_findings(driver: Any) -> list[str]:
    from selenium.webdriver.common.by import By

    driver.find_element(By.TAG_NAME, "h1").click()  # focus on the page, not a control
    expected = [item.get_attribute("id") for item in _visible(driver, "main .finding")]
    seen = []
    for number in range(1, len(expected) + 1):
        _press(driver, "j")
        [current] = _visible(driver, "main .finding.current")
        seen.append(current.get_attribute("id"))
        assert _in_view(driver, current)
        position = driver.find_element(By.ID, "position").text
        assert position == f"{number} / {len(expected)}"
    _press(driver, "k")
    [current] = _visible(driver, "main .finding.current")
    assert current.get_attribute("id") == expected[-2]
    assert seen == expected
    return expected


def _finding(driver: Any, code: str, message_part: str) -> Any:
    from selenium.webdriver.common.by import By

    for item in driver.find_elements(By.CSS_SELECTOR, "main .finding.open"):
        if item.find_element(By.CLASS_NAME, "code").text == code and \
                message_part in item.find_element(By.CLASS_NAME, "message").text:
            return item
    raise AssertionError(f"no finding {code} {message_part}")


def _wait_for(path: Path, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if path.exists() and path.stat().st_size and not list(path.parent.glob("*.crdownload")):
            return
        time.sleep(0.1)
    raise AssertionError(f"{path} was not downloaded")


def test_review_page_in_a_browser_round_trip(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    edition = faulty_edition(tmp_path)
    page = tmp_path / "review.html"
    made = runner.invoke(app, ["diff", str(SOURCE), str(edition), "-g", str(GLOSSARY),
                               "--html", str(page)])
    assert made.exit_code == 0, made.output
    browser.get(page.as_uri())
    assert browser.get_log("browser") == []  # no script error

    _toggle_every_filter(browser)
    findings = _jump_through_findings(browser)
    assert len(findings) == len(json.loads(runner.invoke(app, [
        "check", str(SOURCE), str(edition), "-g", str(GLOSSARY), "--format", "json"]
    ).output)["findings"])

    # Edit the Korean paragraph holding the transliterated name, in place.
    segment = browser.find_element(By.CSS_SELECTOR, '[data-segment="s2.p1"]')
    old_text = segment.text
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", segment)
    segment.click()
    ActionChains(browser).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()
    _press(browser, FIXED)
    assert segment.text == FIXED and "edited" in (segment.get_attribute("class") or "")

    # Accept a finding, with a note.
    accepted = _finding(browser, "number.extra", "하루")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", accepted)
    accepted.find_element(By.CSS_SELECTOR, ".accept button").click()
    accepted.find_element(By.CSS_SELECTOR, ".accept input").send_keys("하루 means a day")
    assert "accepted" in (accepted.get_attribute("class") or "")

    # The browser's storage keeps both across a reload.
    browser.refresh()
    segment = browser.find_element(By.CSS_SELECTOR, '[data-segment="s2.p1"]')
    assert segment.text == FIXED
    assert browser.find_element(By.ID, "change-count").text == "2"

    browser.find_element(By.ID, "export").click()
    exported = tmp_path / "downloads" / f"{edition.name}.edits.json"
    _wait_for(exported)
    edits = json.loads(exported.read_text("utf-8"))
    assert [edit["segment"] for edit in edits["edits"]] == ["s2.p1"]
    assert edits["edits"][0]["old"] == old_text and edits["edits"][0]["new"] == FIXED
    assert edits["accepted"][0]["note"] == "하루 means a day"

    memory_path = tmp_path / "memory.sqlite"
    applied = runner.invoke(app, ["review", "apply", str(exported), "--memory",
                                  str(memory_path)])
    assert applied.exit_code == 1, applied.output  # 85억 is still an error
    assert "applied 1 edit(s) and 1 accepted finding(s)" in applied.output

    document = parse_markdown(edition.read_text("utf-8"))
    assert document.sections[1].paragraphs[0].text == FIXED
    memory = TranslationMemory(memory_path)
    source = parse_markdown(SOURCE.read_text("utf-8")).sections[1].paragraphs[0].text
    entry = memory.lookup(source, "en", "ko")
    assert entry is not None and entry.target_text == FIXED and entry.origin == "human"
    memory.close()

    checked = runner.invoke(app, ["check", str(SOURCE), str(edition), "-g", str(GLOSSARY),
                                  "--format", "json"])
    report = json.loads(checked.output)
    codes = [(finding["code"], finding["segment"]) for finding in report["findings"]]
    assert ("glossary.keep-altered", "s2.p1") not in codes
    assert ("protected.altered", "s2.p1") not in codes
    assert ("number.altered", "s1.p1") in codes
    assert not any("하루" in finding["message"] for finding in report["findings"])
    [kept] = report["accepted"]
    assert "하루" in kept["message"] and kept["note"] == "하루 means a day"

    again = runner.invoke(app, ["review", "apply", str(exported), "--memory",
                                str(memory_path)])
    assert again.exit_code == 2
    assert again.output.count("\n") == 1 and "changed since the review page" in again.output
