"""The review page and its parts, without a browser: highlighting, whole units, the page's
data, and paging the terminal view."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console
from typer.testing import CliRunner

from localize.cli import app
from localize.review.highlight import marks
from localize.review.pager import CommandPager, paged
from tests.conftest import ROOT, SAMPLES

runner = CliRunner()
GLOSSARY = ROOT / "glossaries" / "ai-tech.yaml"


@pytest.mark.parametrize(("text", "names", "expected"), [
    ("Then Tomás Ibáñez joined.", [], [("name", "Tomás Ibáñez")]),
    ("Dana Okafor는 Nvidia 출신이다.", [], [("name", "Dana Okafor"), ("name", "Nvidia")]),
    ("Okafor opens with Lumora's pilot.", ["Okafor"], [("name", "Okafor"), ("name", "Lumora")]),
    ("Developers do not choose. The team won.", [], []),
    ("In Lumora we trust.", [], [("name", "Lumora")]),
    ("It cost $40 million, 60% more.", [], [("number", "$40 million"), ("number", "60%")]),
    ("대략 4,000만 달러와 85만 건", [], [("number", "4,000만 달러"), ("number", "85만 건")]),
    ("约4000万美元", [], [("number", "4000万美元")]),
])
def test_highlights_cover_whole_names_and_numbers_with_units(
        text: str, names: list[str], expected: list[tuple[str, str]]) -> None:
    assert [(mark.kind, text[mark.start:mark.end]) for mark in marks(text, names=names)] == \
        expected


def _page(tmp_path: Path) -> tuple[str, dict[str, object]]:
    target = tmp_path / "t.ko.md"
    target.write_text((SAMPLES / "ai-chip-startups.ko.md").read_text("utf-8").replace(
        "85만", "85억"), "utf-8")
    page = tmp_path / "review.html"
    result = runner.invoke(app, ["diff", str(SAMPLES / "ai-chip-startups.en.md"), str(target),
                                 "-g", str(GLOSSARY), "--html", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text("utf-8")
    found = re.search(r'<script type="application/json" id="review-data">(.*?)</script>',
                      html)
    assert found is not None
    return html, json.loads(found.group(1))


def test_page_shows_whole_units_and_carries_what_an_export_needs(tmp_path: Path) -> None:
    html, data = _page(tmp_path)
    for expected in ('<span class="label">name</span>', '<span class="label">type</span>',
                     "인물", '<span class="label">term</span>', "고대역폭 메모리",
                     '<span class="label">speaker</span>', "02:47"):
        assert expected in html, expected
    origin = data["origin"]
    assert isinstance(origin, dict) and len(str(origin["edition_sha256"])) == 64
    targets, sources = data["targets"], data["sources"]
    assert isinstance(targets, dict) and isinstance(sources, dict)
    assert "e1.name" in targets and "s1.p1" in targets and "title" in targets
    assert sources["e1.type"] == "person"
    assert 'data-segment="e1.desc" contenteditable="true"' in html


def test_page_has_filters_apart_from_findings_legend_contents_and_findings_panel(
        tmp_path: Path) -> None:
    html, data = _page(tmp_path)
    findings = data["findings"]
    assert isinstance(findings, list) and findings
    # The filters are not findings: the rule that hides findings cannot hide them.
    assert '<label class="filter error">' in html and ".hide-error .finding.open.error" in html
    assert 'class="legend"' in html and '<mark class="term">glossary term</mark>' in html
    assert 'class="toc"' in html and 'class="badge error"' in html
    assert html.count('<li class="open ') == len(findings)  # the panel lists every finding
    for finding in findings:
        assert isinstance(finding, dict)
        assert f'href="#{finding["id"]}"' in html and f'id="{finding["id"]}"' in html
    assert ":lang(ko){word-break:keep-all" in html
    assert "http://" not in html and "https://" not in html


def test_long_output_goes_through_the_pager(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    paged_to = tmp_path / "paged.txt"
    monkeypatch.setenv("LOCALIZE_PAGER", f"cat > {paged_to}")
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=40)
    with paged(console):
        console.print("스타트업 여러 곳의")
    assert "스타트업 여러 곳의" in paged_to.read_text("utf-8") and screen.getvalue() == ""
    with paged(console, enabled=False):  # --no-pager
        console.print("direct")
    assert "direct" in screen.getvalue()
    CommandPager(console, "no-such-pager-anywhere 2>/dev/null").show("still shown\n")
    assert "still shown" in screen.getvalue()
