"""Render `localize diff --html` for a sample pair with one injected fault and take
screenshots in headless Chromium (Debian's `chromium` package), desktop and phone width.

Run: .venv/bin/python bench/screenshot_review.py [OUT_DIR]   (default: out/)
Needs /usr/bin/chromium (`apt-get install chromium fonts-noto-cjk`); exits 2 when absent.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from localize.check import check_editions
from localize.document.model import Document
from localize.glossary import TermIndex, load_glossary
from localize.readers import read_file
from localize.review.html import render_html
from localize.review.model import build_view

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                  "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def review_page() -> str:
    """The HTML review of the English chip-startup sample against its Korean edition, with
    a number changed (85만 → 85억) and a kept name transliterated in the Korean."""
    _, [source] = read_file(ROOT / "samples" / "ai-chip-startups.en.md")
    _, [target] = read_file(ROOT / "samples" / "ai-chip-startups.ko.md")
    assert isinstance(source, Document) and isinstance(target, Document)
    first = target.sections[0].paragraphs[0]
    first.text = first.text.replace("85만", "85억")
    second = target.sections[1].paragraphs[0]
    second.text = second.text.replace("Nvidia", "엔비디아", 1)
    glossary = load_glossary(ROOT / "glossaries" / "ai-tech.yaml").glossary
    report, alignment = check_editions(source, target, "en", "ko", glossary)
    return render_html(build_view(alignment, report), source.title, "ai-chip-startups.en.md",
                       "ai-chip-startups.ko.md (edited)", report.findings,
                       indexes=(TermIndex(glossary, "en"), TermIndex(glossary, "ko")))


def screenshot(chromium: str, page: Path, image: Path, width: int, height: int) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                        f"--window-size={width},{height}", f"--screenshot={image}",
                        page.as_uri()], check=True, capture_output=True, timeout=120)


def main() -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium not found: apt-get install chromium fonts-noto-cjk", file=sys.stderr)
        raise SystemExit(2)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "out"
    out.mkdir(parents=True, exist_ok=True)
    page = out / "review.html"
    page.write_text(review_page(), "utf-8")
    for name, (width, height) in {"desktop": (1280, 1600), "phone": (390, 1600)}.items():
        image = out / f"review-{name}.png"
        screenshot(chromium, page, image, width, height)
        print(f"wrote {image}")


if __name__ == "__main__":
    main()
