"""Language detection: labels, mixed text, determinism, documents, the CLI contract."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from localize.cli import app
from localize.detect import NameMask, detect_document, detect_text, resolve_source_language
from localize.document.model import Document, Paragraph, Section
from localize.errors import InputError
from localize.readers import read_file
from tests.conftest import ROOT, sample_paths

runner = CliRunner()


@pytest.mark.parametrize(("text", "lang"), [
    ("The model was trained on a thousand GPUs for two months.", "en"),
    ("모델은 두 달 동안 천 개의 GPU로 학습되었다.", "ko"),
    ("该模型在一千块 GPU 上训练了两个月。", "zh"),
    ("", "und"),
    ("   \t ", "und"),
    ("[2, 43]", "und"),
    ("01:02:44", "und"),
    ("https://example.com/podcast/42", "und"),
    ("$63, 15-20, 74% · 2026", "und"),
    # mixed: the matrix language wins
    ("Salesforce CEO Marc Benioff가 Jason Calacanis와 함께 폭넓은 대화를 나눈다.", "ko"),
    ("Anthropic이 OpenAI보다 먼저 coding agent 시장을 열었다.", "ko"),
    ("post-training RL 被定性为 greenfield。", "zh"),
    ("Oriol 把 scaffolding 和 memory 拆成两层。", "zh"),
    ("Jacob Effron 与 Oriol Vinyals 讨论 world model。", "zh"),
    ("The interview with 王小明 covered the chip export rules in detail.", "en"),
    ("In Korea, every parent knows the word 학원 and what it costs them.", "en"),
    ("Key Concepts", "en"),
])
def test_labels(text: str, lang: str) -> None:
    assert detect_text(text).lang == lang


@pytest.mark.parametrize(("text", "other"), [
    ("これは日本語の文章で、モデルの学習について説明しています。", "ja"),
    ("Le modèle a été entraîné pendant deux mois sur mille processeurs.", "fr"),
    ("Das Modell wurde zwei Monate lang auf tausend Prozessoren trainiert.", "de"),
])
def test_other_languages_are_named(text: str, other: str) -> None:
    detection = detect_text(text)
    assert (detection.lang, detection.other) == ("other", other)


def test_masked_names_do_not_count() -> None:
    text = "Marc Benioff and Jason Calacanis, 대담"
    assert detect_text(text).lang == "en"
    assert detect_text(text, NameMask(["Marc Benioff", "Jason Calacanis"])).lang == "ko"


def test_mask_matches_a_name_followed_by_a_korean_particle() -> None:
    mask = NameMask(["Anthropic"])
    assert mask.apply("Anthropic이 발표했다").strip() == "이 발표했다"
    assert "Anthropics" in mask.apply("Anthropics")  # not inside a longer word


def test_confidence_is_between_zero_and_one() -> None:
    for text in ("Hello there, friend.", "안녕하세요", "你好", "", "Bonjour à tous"):
        assert 0.0 <= detect_text(text).confidence <= 1.0


def test_determinism_across_processes() -> None:
    """langdetect is random unless seeded: two fresh interpreters must agree."""
    script = ("import json; from localize.detect import detect_text; "
              "texts=['Ok', 'Ce texte est court mais clair', 'Guten Tag, wie geht es dir heute',"
              " 'Buenos días a todos los oyentes del programa', 'abc def ghi jkl mno pqr']; "
              "print(json.dumps([detect_text(t).as_json() for t in texts]))")
    outputs = set()
    for seed in ("1", "2", "3"):
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        outputs.add(subprocess.run([sys.executable, "-c", script], capture_output=True,
                                   text=True, check=True, env=environment).stdout)
    assert len(outputs) == 1


@pytest.mark.parametrize("path", sample_paths(), ids=lambda path: path.name)
def test_sample_document_language(path: Path) -> None:
    _, [document] = read_file(path)
    assert isinstance(document, Document)
    assert detect_document(document).lang == path.name.split(".")[-2]


def test_every_corpus_document_language(corpus: Path, manifest: list[dict[str, object]]) -> None:
    _, page = read_file(corpus / "summary-page.txt")
    assert [detect_document(document).lang for document in page] == [
        entry["lang"] for entry in manifest]
    for name in ("show-notes.txt", "chapter-list.txt", "transcript.vtt"):
        _, [document] = read_file(corpus / name)
        assert detect_document(document).lang == "en", name


def test_english_quotes_in_a_chinese_summary_are_reported(corpus: Path) -> None:
    _, page = read_file(corpus / "summary-page.txt")
    chinese = page[0]
    found = detect_document(chinese)
    assert found.lang == "zh"
    quotes = {item.segment.id for item in found.differing if item.segment.kind == "quote"}
    assert len(quotes) == 17


def test_labelled_set_accuracy(corpus: Path) -> None:
    """The benchmark set, as a test: at least 99.5% of 1,018 hand-labelled segments."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import detect as bench
    finally:
        sys.path.pop(0)
    rows = bench.load_set()
    labeller = bench.ours()
    right = sum(labeller(document, segment) == label for _, document, segment, label in rows)
    assert right / len(rows) >= 0.995, f"{right}/{len(rows)}"


def test_unsupported_source_language_is_a_clear_error() -> None:
    french = Document(title="Titre", sections=[Section(heading="Partie", blocks=[
        Paragraph(text="Le modèle a été entraîné pendant deux mois sur mille processeurs.")])])
    with pytest.raises(InputError, match=r"unsupported source language 'fr'.*en, ko, zh"):
        resolve_source_language(french, path="notes.md")
    assert resolve_source_language(french, override="en") == "en"
    with pytest.raises(InputError, match="'de'"):
        resolve_source_language(french, override="de")


def test_cli_lines_json_one_object_per_line_including_empty(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("Hello there, this is English.\n\n안녕하세요, 반갑습니다.\n[2, 43]\n", "utf-8")
    result = runner.invoke(app, ["detect", "--lines", str(path), "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [row["lang"] for row in rows] == ["en", "und", "ko", "und"]
    assert all(set(row) == {"lang", "confidence"} for row in rows)


def test_cli_lines_reads_standard_input() -> None:
    result = runner.invoke(app, ["detect", "--lines", "-", "--json"],
                           input="日本語のテキストです\n")
    assert result.exit_code == 0
    assert json.loads(result.output) == {"lang": "other", "confidence": 0.99, "other": "ja"}


def test_cli_documents_lists_differing_segments(corpus: Path) -> None:
    result = runner.invoke(app, ["detect", str(corpus / "summary-page.txt"), "--json"])
    assert result.exit_code == 0
    reports = json.loads(result.output)
    assert [report["lang"] for report in reports].count("ko") == 2
    assert reports[0]["differing"] and all(item["lang"] == "en"
                                           for item in reports[0]["differing"])


def test_cli_detect_bad_input(tmp_path: Path) -> None:
    result = runner.invoke(app, ["detect", str(tmp_path / "missing.md")])
    assert result.exit_code == 2 and "no such file" in result.output


def test_cli_masks_glossary_keep_terms(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("Salesforce Agentforce Claude Code Slack Tableau 출시\n", "utf-8")
    glossary = tmp_path / "g.yaml"
    glossary.write_text("name: g\nterms:\n  - {term: Salesforce, keep: true}\n"
                        "  - {term: Agentforce, keep: true}\n  - {term: Claude Code, keep: true}\n"
                        "  - {term: Slack, keep: true}\n  - {term: Tableau, keep: true}\n",
                        "utf-8")
    plain = runner.invoke(app, ["detect", "--lines", str(path), "--json"])
    masked = runner.invoke(app, ["detect", "--lines", str(path), "--json", "-g", str(glossary)])
    assert json.loads(plain.output)["lang"] == "en"
    assert json.loads(masked.output)["lang"] == "ko"
