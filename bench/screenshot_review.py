"""Render the review page for a sample pair with findings of every severity and take
screenshots in headless Chromium (Debian's `chromium` package) at 1280 and 390 pixels, and
one at 1280 of the Key Concepts and Entities sections.

Run: .venv/bin/python bench/screenshot_review.py [OUT_DIR]   (default: docs/)
Needs Chromium and its driver (`apt-get install chromium chromium-driver fonts-noto-cjk`)
and selenium (the dev extras); exits 2 without the browser.
The page itself is written to out/review.html (it names absolute paths of this machine).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from localize.document.model import Document
from localize.glossary import load_glossary
from localize.readers import read_file
from localize.review.compare import compare
from localize.review.edits import origin_of
from localize.review.html import PageOptions, render_page

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars"]
FAULTS = [
    ("85만", "85억"),  # error: number.altered
    ("Nvidia에 합류", "엔비디아에 합류"),  # errors: a kept name transliterated
    ("11개월이 걸렸고", "11개월이 걸렸고 (약 2,500건의 테스트)"),  # warning: number.extra
    ("**Mei Tanaka** (인물)", "**메이 타나카** (인물)"),  # error on an entity's name
]
"""Faults injected into the Korean sample; its own info findings stay."""


def faulty_edition(folder: Path) -> Path:
    """The Korean chip-startup sample with the faults above, written into `folder`."""
    text = (ROOT / "samples" / "ai-chip-startups.ko.md").read_text("utf-8")
    for old, new in FAULTS:
        assert old in text, old
        text = text.replace(old, new, 1)
    path = folder / "ai-chip-startups.ko.md"
    path.write_text(text, "utf-8")
    return path


def review_page(folder: Path) -> str:
    """The review page of the English sample against the faulty Korean edition."""
    source_path = ROOT / "samples" / "ai-chip-startups.en.md"
    target_path = faulty_edition(folder)
    _, [source] = read_file(source_path)
    _, [target] = read_file(target_path)
    assert isinstance(source, Document) and isinstance(target, Document)
    glossary_path = ROOT / "glossaries" / "ai-tech.yaml"
    glossary = load_glossary(glossary_path).glossary
    comparison = compare(source, target, "en", "ko", glossary,
                         source_name="ai-chip-startups.en.md",
                         target_name="ai-chip-startups.ko.md (faults injected)",
                         target_path=target_path)
    severities = {finding.severity.value for finding in comparison.report.findings}
    assert severities == {"error", "warning", "info"}, severities
    options = PageOptions("ai-chip-startups.en.md", "ai-chip-startups.ko.md (faults injected)",
                          "en", "ko", comparison.indexes(), comparison.names(),
                          origin_of(source_path, target_path, "en", "ko", [glossary_path],
                                    False))
    return render_page(comparison.review(), source.title, options)


def screenshots(page: Path, out: Path) -> list[Path]:
    """The page at 1280 and 390 pixels from the top, and at 1280 from Key Concepts (whole
    terms, entity names and types), through selenium and the system's chromedriver."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    shots = {"desktop": (None, 1280, 1500), "phone": (None, 390, 2400),
             "desktop-entities": ("section-7", 1280, 1500)}
    written = []
    for name, (anchor, width, height) in shots.items():
        with tempfile.TemporaryDirectory() as profile:
            options = webdriver.ChromeOptions()
            options.binary_location = CHROMIUM
            for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                         f"--window-size={width},{height}"]:
                options.add_argument(flag)
            driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
            try:
                # A window is at least 500 pixels wide: a phone's 390 is emulated.
                driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                    "width": width, "height": height, "deviceScaleFactor": 1,
                    "mobile": width < 500})
                driver.get(page.as_uri())
                if anchor:
                    driver.execute_script(
                        "document.getElementById(arguments[0]).scrollIntoView()", anchor)
                image = out / f"review-{name}.png"
                driver.save_screenshot(str(image))
                written.append(image)
            finally:
                driver.quit()
    return written


def main() -> None:
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        print("chromium not found: apt-get install chromium chromium-driver fonts-noto-cjk",
              file=sys.stderr)
        raise SystemExit(2)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs"
    out.mkdir(parents=True, exist_ok=True)
    work = ROOT / "out"
    work.mkdir(exist_ok=True)
    page = work / "review.html"
    page.write_text(review_page(work), "utf-8")
    for image in screenshots(page, out):
        print(f"wrote {image}")


if __name__ == "__main__":
    main()
