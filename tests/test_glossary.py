"""Glossaries: loading with lines, lint rules, matching rules, compliance, exchange, prompts."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from localize.cli import app
from localize.errors import InputError
from localize.glossary import (
    Compliance,
    Glossary,
    Role,
    Term,
    TermIndex,
    export_csv,
    export_tbx,
    import_csv,
    import_tbx,
    lint,
    load_glossaries,
    load_glossary,
    render_terms,
    terms_in,
)
from localize.glossary.particles import correct_particle
from tests.conftest import DATA

GLOSSARIES = DATA / "glossaries"
runner = CliRunner()


@pytest.fixture(scope="module")
def small() -> Glossary:
    return load_glossary(GLOSSARIES / "small.yaml").glossary


# --- loading --------------------------------------------------------------------------------

def test_yaml_error_names_file_and_line() -> None:
    with pytest.raises(InputError) as error:
        load_glossary(GLOSSARIES / "bad-yaml.yaml")
    assert error.value.line == 5 and "bad-yaml.yaml:5" in error.value.message


def test_unknown_key_names_the_line_of_the_term() -> None:
    with pytest.raises(InputError) as error:
        load_glossary(GLOSSARIES / "bad-key.yaml")
    assert error.value.line == 6 and "translation" in error.value.message


def test_unknown_language_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "fr.yaml"
    path.write_text("name: x\nterms:\n  - term: a\n    translations: {fr: b}\n", "utf-8")
    with pytest.raises(InputError, match="unknown language 'fr'"):
        load_glossary(path)


def test_merge_later_wins_and_conflicts_are_reported(tmp_path: Path) -> None:
    override = tmp_path / "override.yaml"
    override.write_text("name: override\nterms:\n  - term: agent\n    translations: "
                        "{en: agent, ko: 에이전트, zh: 代理人}\n", "utf-8")
    merged, conflicts = load_glossaries([GLOSSARIES / "small.yaml", override])
    agent = next(term for term in merged.terms if term.term == "agent")
    assert agent.translations["zh"] == "代理人"
    assert [(c.code, c.file, c.line) for c in conflicts] == [
        ("glossary.conflict", str(override), 3)]


# --- lint -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("rule", "term", "line"), [
    ("duplicate-key", "Agent", 5),
    ("forbidden-required", "fine-tuning", 7),
    ("empty-form", "inference", 10),
    ("keep-with-translations", "Nvidia", 12),
    ("variant-collision", "token", 22),
    ("missing-translation", "context window", 20),
    ("ambiguous-source", "RL", 18),
])
def test_each_lint_rule(rule: str, term: str, line: int) -> None:
    findings = lint([load_glossary(GLOSSARIES / "lint-problems.yaml")])
    assert any(f.code == rule and f.term == term and f.line == line for f in findings), [
        (f.code, f.term, f.line) for f in findings]


def test_a_clean_glossary_has_no_lint_findings() -> None:
    assert lint([load_glossary(GLOSSARIES / "small.yaml")]) == []


def test_starter_glossary_is_clean_and_large_enough() -> None:
    path = Path(__file__).resolve().parent.parent / "glossaries" / "ai-tech.yaml"
    loaded = load_glossary(path)
    assert len(loaded.glossary.terms) >= 80
    assert [f for f in lint([loaded]) if f.severity == "error"] == []


# --- matching -------------------------------------------------------------------------------

def _found(glossary: Glossary, language: str, text: str) -> list[tuple[str, str, str]]:
    return [(m.term.term, m.role.value, text[m.start:m.end])
            for m in TermIndex(glossary, language).find(text)]


@pytest.mark.parametrize(("language", "text", "expected"), [
    # word boundaries: no match inside a longer word
    ("en", "Agentic tools and reagents", []),
    ("en", "An agent.", [("agent", "required", "agent")]),
    # case: insensitive by default, sensitive when the entry says so
    ("en", "REINFORCEMENT Learning", [("reinforcement learning", "required",
                                       "REINFORCEMENT Learning")]),
    ("en", "AI and ai", [("AI", "required", "AI")]),
    # English inflections
    ("en", "Three agents", [("agent", "required", "agents")]),
    ("en", "Anthropic's model", [("Anthropic", "required", "Anthropic")]),
    ("en", "large language models", [("large language model", "required",
                                      "large language models")]),
    # variants
    ("en", "RL and LLM", [("reinforcement learning", "variant", "RL"),
                          ("large language model", "variant", "LLM")]),
    # longest first
    ("en", "Claude Code beats Claude", [("Claude Code", "required", "Claude Code"),
                                        ("Claude", "required", "Claude")]),
    # CJK anywhere, Korean particles after a term
    ("ko", "강화 학습은 어렵다", [("reinforcement learning", "required", "강화 학습")]),
    ("ko", "Anthropic이 만든 에이전트를", [("Anthropic", "required", "Anthropic"),
                                      ("agent", "required", "에이전트")]),
    ("ko", "강화학습과 앤트로픽", [("reinforcement learning", "forbidden", "강화학습"),
                              ("Anthropic", "forbidden", "앤트로픽")]),
    ("zh", "这个智能体用强化学习训练", [("agent", "required", "智能体"),
                                ("reinforcement learning", "required", "强化学习")]),
    ("zh", "大语言模型", [("large language model", "required", "大语言模型")]),
])
def test_matching_rules(small: Glossary, language: str, text: str,
                        expected: list[tuple[str, str, str]]) -> None:
    assert _found(small, language, text) == expected


def test_matching_a_large_glossary_is_one_pass() -> None:
    glossary = Glossary(terms=[Term(term=f"term{number} alpha", translations={
        "en": f"term{number} alpha", "ko": f"용어{number}", "zh": f"术语{number}"})
        for number in range(5000)])
    index = TermIndex(glossary, "en")
    text = "Here term4999 alpha meets term17 alpha, not term5000 alpha."
    assert [m.term.term for m in index.find(text)] == ["term4999 alpha", "term17 alpha"]


# --- compliance -----------------------------------------------------------------------------

def _codes(small: Glossary, source: str, target: str, target_lang: str = "ko"
           ) -> list[tuple[str, str | None, str | None]]:
    findings = Compliance(small, "en", target_lang).check(source, target, "s1.p1", 1)
    return [(f.code, f.term, target[f.target_span.start:f.target_span.end]
             if f.target_span else None) for f in findings]


@pytest.mark.parametrize(("source", "target", "expected"), [
    ("Anthropic uses RL.", "Anthropic은 강화 학습을 쓴다.", []),
    ("Anthropic uses RL.", "Anthropic은 보상 학습을 쓴다.",
     [("glossary.missing", "reinforcement learning", None)]),
    ("Anthropic uses RL.", "Anthropic은 강화학습을 쓴다.",
     [("glossary.missing", "reinforcement learning", None),
      ("glossary.forbidden", "reinforcement learning", "강화학습")]),
    ("Anthropic ships.", "앤트로픽이 출시했다.",
     [("glossary.keep-altered", "Anthropic", "앤트로픽")]),
    ("Anthropic ships.", "Anthropic가 출시했다.", [("glossary.particle", "Anthropic", "가")]),
    ("Claude ships.", "Claude이 출시했다.", [("glossary.particle", "Claude", "이")]),
    ("Apple ships.", "애플이 출시했다.", []),  # 애플 ends in ㄹ: 이 is right
    ("Apple ships.", "애플가 출시했다.", [("glossary.particle", "Apple", "가")]),
    ("Apple ships.", "애플이다.", []),  # the copula, not a particle
    ("An agent.", "에이젼트 하나.", [("glossary.missing", "agent", None),
                                  ("glossary.forbidden", "agent", "에이젼트")]),
])
def test_compliance_findings_with_positions(small: Glossary, source: str, target: str,
                                            expected: list[tuple[str, str, str | None]]) -> None:
    assert _codes(small, source, target) == expected


def test_missing_term_points_at_the_source(small: Glossary) -> None:
    [finding] = Compliance(small, "en", "zh").check("We trained an agent.", "我们训练了一个模型。")
    assert finding.code == "glossary.missing"
    assert finding.source_span is not None and (finding.source_span.start,
                                                finding.source_span.end) == (14, 19)


@pytest.mark.parametrize(("reading", "particle", "expected"), [
    ("앤트로픽", "가", "이"), ("메타", "이", "가"), ("구글", "으로", "로"),
    ("앤트로픽", "로", "으로"), ("메타", "은", "는"), ("클로드", "과", "와"), ("애플", "가", "이"),
])
def test_particle_rules(reading: str, particle: str, expected: str) -> None:
    assert correct_particle(reading, particle) == expected


# --- prompt ---------------------------------------------------------------------------------

def test_terms_in_picks_only_what_occurs_and_renders_compactly(small: Glossary) -> None:
    terms = terms_in(["Anthropic trains agents with RL."], small, "en")
    assert [term.term for term in terms] == ["reinforcement learning", "Anthropic", "agent"]
    rendered = render_terms(terms, "en", "ko")
    assert rendered.splitlines() == [
        "- reinforcement learning → 강화 학습 (never: 강화학습) — Spell with a space in Korean",
        "- Anthropic → keep as written: Anthropic (never: 앤트로픽)",
        "- agent → 에이전트 (never: 에이젼트)",
    ]


# --- exchange -------------------------------------------------------------------------------

def test_tbx_round_trip(small: Glossary) -> None:
    assert import_tbx(export_tbx(small)) == small


def test_csv_round_trip(small: Glossary) -> None:
    restored = import_csv(export_csv(small), name=small.name)
    assert restored.terms == small.terms


def test_tbx_v3_with_forbidden_status_is_read() -> None:
    text = """<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
 <text><body>
  <conceptEntry id="c1">
   <langSec xml:lang="en"><termSec><term>fine-tuning</term></termSec></langSec>
   <langSec xml:lang="ko">
    <termSec><term>파인튜닝</term>
     <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
    <termSec><term>파인 튜닝</term>
     <termNote type="administrativeStatus">forbidden</termNote></termSec>
   </langSec>
  </conceptEntry>
 </body></text>
</tbx>"""
    [term] = import_tbx(text).terms
    assert (term.term, term.translations, term.forbidden) == (
        "fine-tuning", {"en": "fine-tuning", "ko": "파인튜닝"}, {"ko": ["파인 튜닝"]})


def test_malformed_tbx_names_the_line() -> None:
    with pytest.raises(InputError) as error:
        import_tbx("<martif>\n<text>\n</martif>", "x.tbx")
    assert error.value.line == 3


# --- CLI ------------------------------------------------------------------------------------

def test_cli_lint_exit_codes() -> None:
    clean = runner.invoke(app, ["glossary", "lint", str(GLOSSARIES / "small.yaml")])
    assert clean.exit_code == 0 and "0 finding(s)" in clean.output
    dirty = runner.invoke(app, ["glossary", "lint", str(GLOSSARIES / "lint-problems.yaml")])
    assert dirty.exit_code == 1 and "duplicate-key" in dirty.output
    listed = runner.invoke(app, ["glossary", "lint", "--list"])
    assert listed.exit_code == 0 and all(rule in listed.output for rule in (
        "duplicate-key", "ambiguous-source", "forbidden-required", "empty-form",
        "keep-with-translations", "variant-collision", "missing-translation"))


def test_cli_check_and_terms(tmp_path: Path) -> None:
    source = tmp_path / "talk.en.md"
    target = tmp_path / "talk.ko.md"
    source.write_text("---\ntitle: Talk\nlang: en\n---\n# Talk\n\nAnthropic uses RL.\n", "utf-8")
    target.write_text("---\ntitle: 토크\nlang: ko\n---\n# 토크\n\nAnthropic가 강화학습을 쓴다.\n",
                      "utf-8")
    glossary = str(GLOSSARIES / "small.yaml")
    result = runner.invoke(app, ["glossary", "check", str(source), str(target), "-g", glossary,
                                 "--json"])
    assert result.exit_code == 1, result.output
    import json
    report = json.loads(result.output)
    assert {f["code"] for f in report["findings"]} == {
        "glossary.missing", "glossary.forbidden", "glossary.particle"}
    assert all(f["segment"] == "s0.p1" for f in report["findings"])
    terms = runner.invoke(app, ["glossary", "terms", str(source), "-g", glossary, "--json"])
    assert [(row["term"], row["segment"]) for row in json.loads(terms.output)] == [
        ("Anthropic", "s0.p1"), ("reinforcement learning", "s0.p1")]


def test_cli_import_export_round_trip(tmp_path: Path, small: Glossary) -> None:
    tbx = tmp_path / "small.tbx"
    yaml_path = tmp_path / "back.yaml"
    assert runner.invoke(app, ["glossary", "export", str(GLOSSARIES / "small.yaml"),
                               "--out", str(tbx)]).exit_code == 0
    assert runner.invoke(app, ["glossary", "import", str(tbx), "--out",
                               str(yaml_path)]).exit_code == 0
    assert load_glossary(yaml_path).glossary.terms == small.terms
    again = runner.invoke(app, ["glossary", "import", str(tbx), "--out", str(yaml_path)])
    assert again.exit_code == 2 and "already exists" in again.output


def test_roles_are_exposed() -> None:
    assert {role.value for role in Role} == {"required", "variant", "forbidden", "reading"}


def test_a_term_without_a_form_in_the_target_requires_nothing_there() -> None:
    glossary = Glossary(terms=[Term(term="world model", translations={"en": "world model",
                                                                       "ko": "월드 모델"})])
    assert list(Compliance(glossary, "en", "zh").check("A world model.", "一个模型。")) == []
    assert [f.code for f in Compliance(glossary, "en", "ko").check(
        "A world model.", "모델이다.")] == ["glossary.missing"]


def test_a_repeated_yaml_key_is_an_error_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "twice.yaml"
    path.write_text("name: x\nterms:\n  - term: agent\n    keep: true\n    keep: false\n",
                    "utf-8")
    with pytest.raises(InputError, match="'keep' is repeated") as error:
        load_glossary(path)
    assert error.value.line == 5
