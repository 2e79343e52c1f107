"""One judge: one segment map whose ids every part agrees on, and one set of pair checks
that the checker and the translator's validator share."""

from __future__ import annotations

from pathlib import Path

import pytest

from localize.check import CheckContext, check_editions
from localize.check.pairs import text_pairs
from localize.document.ids import SegmentId
from localize.document.model import (
    BulletList,
    Document,
    Entity,
    Paragraph,
    Quote,
    Section,
    TermItem,
)
from localize.document.segments import document_segments, document_units, with_segment_texts
from localize.findings import Finding, Severity
from localize.glossary import Glossary, load_glossary
from localize.readers import read_file
from localize.review.model import build_view
from localize.translate import (
    Entry,
    FakeBackend,
    MemoryBackend,
    MissingTranslations,
    TranslationAnswer,
    TranslationMemory,
    Translator,
    Usage,
    translatable,
)
from localize.translate.policy import DEFAULT_POLICIES
from localize.translate.protect import Protector
from localize.translate.validate import Validator
from tests.conftest import ROOT, SAMPLES

GLOSSARY = ROOT / "glossaries" / "ai-tech.yaml"


def _load(path: Path) -> Document:
    _, [document] = read_file(path)
    assert isinstance(document, Document)
    return document


@pytest.fixture(scope="module")
def glossary() -> Glossary:
    return load_glossary(GLOSSARY).glossary


# --- ids --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "parsed"), [
    ("title", SegmentId("title")),
    ("s3.h", SegmentId("h", 3)),
    ("s0.p1", SegmentId("p", 0, 1)),
    ("s3.q2.ctx", SegmentId("q", 3, 2, "ctx")),
    ("s5.i10", SegmentId("i", 5, 10)),
    ("s6.t2.desc", SegmentId("t", 6, 2, "desc")),
    ("e4", SegmentId("e", None, 4)),
    ("e4.name", SegmentId("e", None, 4, "name")),
    ("c12", SegmentId("c", None, 12)),
    ("target:s2.p1", SegmentId("p", 2, 1, side="target")),
    ("target:s4.h", SegmentId("h", 4, side="target")),
])
def test_ids_parse_and_format_both_ways(text: str, parsed: SegmentId) -> None:
    assert SegmentId.parse(text) == parsed
    assert str(parsed) == text


@pytest.mark.parametrize("text", ["", "s3", "s3.x1", "e", "p1", "s3.p1.foo", "target:",
                                  "s3.p1 ", "title.desc.ctx"])
def test_what_is_not_an_id_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a segment id"):
        SegmentId.parse(text)


def test_a_part_belongs_to_its_unit() -> None:
    assert SegmentId.parse("e4.desc").unit == SegmentId.parse("e4")
    assert str(SegmentId.parse("s3.q1.ctx").unit) == "s3.q1"
    assert str(SegmentId.parse("s3.q1").unit.on_target()) == "target:s3.q1"


def _overview_heavy() -> Document:
    """Entities and quotes in the overview as well as in sections."""
    return Document(title="T", overview=[
        Paragraph(text="overview"),
        Quote(text="opening words", speaker="Ana", context="on air", time="00:01"),
        BulletList(items=[Entity(name="Ana", type="person", description="host"),
                          Entity(name="Omni", type="product", description="a model")]),
    ], sections=[
        Section(timestamp="00:10", heading="First", blocks=[
            Paragraph(text="one"), Quote(text="said here", speaker="Bo"),
            BulletList(items=[Entity(name="Bo", type="person", description="guest")])]),
        Section(heading="Key Concepts", blocks=[BulletList(items=[
            TermItem(term="RL", description="learning from reward")])]),
    ])


def test_entities_and_quotes_are_counted_the_same_way_everywhere() -> None:
    document = _overview_heavy()
    units = list(document_units(document))
    entity_ids = [str(unit.id) for unit in units if unit.kind == "entity"]
    assert entity_ids == ["e1", "e2", "e3"]
    assert len(document.entities) == len(entity_ids)
    assert len(document.quotes) == len([unit for unit in units if unit.kind == "quote"])
    assert [e.name for e in document.entities] == ["Ana", "Omni", "Bo"]


def test_checker_segments_and_review_use_the_same_ids() -> None:
    source = _overview_heavy()
    segment_ids = [segment.id for segment in document_segments(source)]
    assert len(segment_ids) == len(set(segment_ids))  # no id given twice
    report, alignment = check_editions(source, source.model_copy(deep=True), "en", "en")
    pair_ids = [pair.segment for pair in text_pairs(alignment)]
    assert pair_ids == segment_ids
    rows = [row.segment for view in build_view(alignment, report) for row in view.rows]
    units = {str(SegmentId.parse(segment).unit) for segment in segment_ids}
    assert set(rows) == units - {"title"} - {f"s{n}.h" for n in (1, 2)}


def test_rewriting_segments_is_the_inverse_of_listing_them() -> None:
    document = _overview_heavy()
    texts = {segment.id: f"<{segment.text}>" for segment in document_segments(document)}
    rewritten = with_segment_texts(document, texts)
    assert [s.text for s in document_segments(rewritten)] == [f"<{t}>" for t in
                                                               [s.text for s in
                                                                document_segments(document)]]
    assert document.title == "T"  # the original is untouched


# --- one set of checks ------------------------------------------------------------------------

def _validator(source: Document, glossary: Glossary) -> Validator:
    context = CheckContext.for_source(source, "en", "ko", glossary)
    return Validator(context, Protector(context.names))


def _key(finding: Finding) -> tuple[str, str, str, str | None]:
    return finding.code, finding.severity.value, finding.message, finding.segment


def _damaged_korean() -> Document:
    """The Korean sample with slips of every pair check: a number, a glossary variant, a
    paragraph left in English, two thirds of a paragraph gone, broken emphasis, a kept
    name transliterated."""
    target = _load(SAMPLES / "ai-chip-startups.ko.md")
    english = _load(SAMPLES / "ai-chip-startups.en.md")
    sections = target.sections
    first = sections[0].paragraphs[0]
    first.text = first.text.replace("85만", "85억")
    second = sections[0].paragraphs[1]
    second.text = second.text.replace("데이터센터", "데이터 센터")
    sections[4].paragraphs[0].text = english.sections[4].paragraphs[0].text
    dropped = sections[3].paragraphs[1]
    dropped.text = dropped.text[: len(dropped.text) // 3]
    sections[5].paragraphs[0].text = "**" + sections[5].paragraphs[0].text
    named = sections[1].paragraphs[0]
    named.text = named.text.replace("Nvidia", "엔비디아")
    return target


@pytest.mark.parametrize("damaged", [False, True], ids=["clean", "damaged"])
def test_validator_and_checker_find_the_same_on_every_pair(damaged: bool,
                                                          glossary: Glossary) -> None:
    source = _load(SAMPLES / "ai-chip-startups.en.md")
    target = _damaged_korean() if damaged else _load(SAMPLES / "ai-chip-startups.ko.md")
    report, alignment = check_editions(source, target, "en", "ko", glossary)
    validator = _validator(source, glossary)
    pairs = list(text_pairs(alignment))
    from_validator = sorted(_key(found) for pair in pairs for found in validator.findings(
        pair.segment, pair.kind, pair.source, pair.target))
    # Entity names are judged with their description by the checker (one unit); the
    # validator sees a name alone, so it is compared on every other pair.
    from_checker = sorted(_key(found) for found in report.findings
                          if found.segment in {pair.segment for pair in pairs
                                               if pair.kind != "entity_name"}
                          and not found.code.startswith(("structure.", "timestamp.",
                                                         "quote.missing", "quote.extra",
                                                         "quote.speaker", "quote.time",
                                                         "entity.")))
    from_validator = [key for key in from_validator
                      if not any(pair.segment == key[3] and pair.kind == "entity_name"
                                 for pair in pairs)]
    assert from_validator == from_checker
    errors = {key[0] for key in from_checker if key[1] == "error"}
    if damaged:
        assert {"number.altered", "glossary.forbidden", "untranslated", "omission",
                "markup.broken", "glossary.keep-altered"} <= errors, errors
    else:
        assert errors == set()


def test_an_answer_the_validator_accepts_passes_the_checker(glossary: Glossary) -> None:
    source = _load(SAMPLES / "ai-chip-startups.en.md")
    korean = _load(SAMPLES / "ai-chip-startups.ko.md")
    answers = {segment.id: segment.text for segment in document_segments(korean)}
    validator = _validator(source, glossary)
    sources = {segment.id: segment for segment in document_segments(source)}
    bad = dict(answers, **{"s1.p1": answers["s1.p1"].replace("85만", "85억")})
    for texts, expected_clean in ((answers, True), (bad, False)):
        accepted = {segment_id: text for segment_id, text in texts.items()
                    if segment_id in sources and not validator.violations(
                        segment_id, sources[segment_id].kind, sources[segment_id].text, text)}
        assert ("s1.p1" in accepted) is expected_clean
        edition = with_segment_texts(korean, accepted)
        report, _ = check_editions(source, edition, "en", "ko", glossary)
        errors = [f for f in report.findings if f.severity is Severity.ERROR
                  and f.segment in accepted]
        assert errors == []


# --- the memory obeys the same judge ------------------------------------------------------

def _remembered_wrong(document: Document) -> tuple[TranslationMemory, dict[str, str]]:
    """A memory holding a model's translation of every segment; one changes a number."""
    memory = TranslationMemory(":memory:")
    korean = {segment.id: segment.text for segment in
              document_segments(_load(SAMPLES / "ai-chip-startups.ko.md"))}
    korean["s1.p1"] = korean["s1.p1"].replace("85만", "85억")
    originals = {s.id: s.text for s in translatable(document, DEFAULT_POLICIES["ko"])}
    memory.store(Entry("en", "ko", text, korean[segment_id], "model", None, "old-prompts",
                       "old-model") for segment_id, text in originals.items())
    return memory, originals


def test_a_remembered_answer_that_fails_todays_checks_is_translated_again() -> None:
    document = _load(SAMPLES / "ai-chip-startups.en.md")
    memory, originals = _remembered_wrong(document)
    correct = _load(SAMPLES / "ai-chip-startups.ko.md")
    right = {s.id: s.text for s in document_segments(correct)}
    fake = FakeBackend(lambda request: TranslationAnswer(
        {s.id: right[s.id] for s in request.segments}, Usage(requests=1)))
    outcome = Translator([MemoryBackend(memory, originals), fake], memory).translate(
        document, "en", "ko")
    assert [s.id for request in fake.history for s in request.segments] == ["s1.p1"]
    assert "number.altered" in " ".join(outcome.stale["s1.p1"])
    assert outcome.from_memory == len(originals) - 1 and outcome.translated == 1
    # the fresh answer replaced the wrong one in the memory
    entry = memory.lookup(originals["s1.p1"], "en", "ko")
    assert entry is not None and "85만" in entry.target_text


def test_memory_alone_reports_a_remembered_answer_it_cannot_trust() -> None:
    document = _load(SAMPLES / "ai-chip-startups.en.md")
    memory, originals = _remembered_wrong(document)
    with pytest.raises(MissingTranslations) as error:
        Translator([MemoryBackend(memory, originals)], memory).translate(document, "en", "ko")
    assert error.value.ids == ["s1.p1"]
    assert "1 of them remembered but failing today's checks" in str(error.value)


def test_a_human_translation_in_the_memory_is_kept_even_when_it_fails() -> None:
    document = _load(SAMPLES / "ai-chip-startups.en.md")
    memory, originals = _remembered_wrong(document)
    wrong = memory.lookup(originals["s1.p1"], "en", "ko")
    assert wrong is not None
    memory.store([Entry("en", "ko", originals["s1.p1"], wrong.target_text, "human")])
    outcome = Translator([MemoryBackend(memory, originals)], memory).translate(
        document, "en", "ko")
    assert outcome.stale == {} and outcome.from_memory == len(originals)


# --- markup by the CommonMark rules -------------------------------------------------------------

@pytest.mark.parametrize(("source", "target", "codes"), [
    ("He quoted *si vis pacem* there.", "그는 *si vis pacem*을 인용했다.", []),
    ("**Bold** words.", "**굵은** 말은 그대로다.", []),
    ("**Bold** words.", "굵은 말은 그대로다.", ["markup.lost"]),
    ("**Bold** words.", "**굵은 말은 그대로다.", ["markup.broken"]),
    ("Run `make test` now.", "지금 `make test`를 실행한다.", []),
    ("Run `make test` now.", "지금 `make test를 실행한다.", ["markup.broken"]),
    ("See [the docs](https://x.org).", "[문서](https://x.org)를 보라.", []),
    ("See [the docs](https://x.org).", "문서를 보라.", ["markup.lost"]),
    ("Two times 3 is a * b.", "2 곱하기 3은 a * b이다.", []),
    ("Plain words.", "*강조*된 말.", ["markup.extra"]),
])
def test_markup_follows_commonmark(source: str, target: str, codes: list[str]) -> None:
    from localize.check.checks import markup
    from localize.check.pairs import TextPair

    pair = TextPair("s1.p1", "paragraph", 1, None, source, target)
    found = [f.code for f in markup.check_pair(pair, CheckContext("en", "ko"))]
    assert found == codes


# --- entities as a whole ----------------------------------------------------------------------

def _entity_pair(name: str, kind: str, description: str) -> tuple[Document, Document]:
    source = Document(title="Tools", lang="en", sections=[Section(heading="Entities", blocks=[
        BulletList(items=[Entity(name="Plan mode", type="Shortcut",
                                 description="A mode that plans before it edits files.")])])])
    target = Document(title="도구", lang="ko", sections=[Section(heading="등장인물", blocks=[
        BulletList(items=[Entity(name=name, type=kind, description=description)])])])
    return source, target


def test_an_entity_type_the_policy_does_not_know_is_translated() -> None:
    source, _ = _entity_pair("", "", "")
    source.sections[0].blocks.append(BulletList(items=[
        Entity(name="Ana", type="person", description="The host of the show.")]))
    ids = [s.id for s in translatable(source, DEFAULT_POLICIES["ko"])]
    assert "e1.type" in ids  # Shortcut: the model translates it
    assert "e2.type" not in ids  # person: the edition's own word, 인물


@pytest.mark.parametrize(("name", "kind", "codes"), [
    ("Plan mode", "단축키", set()),
    ("Plan mode", "Shortcut", {"untranslated"}),
])
def test_an_entity_type_left_in_english_is_reported(name: str, kind: str,
                                                    codes: set[str]) -> None:
    source, target = _entity_pair(name, kind, "파일을 고치기 전에 계획부터 세우는 모드다.")
    report, _ = check_editions(source, target, "en", "ko")
    found = {f.code for f in report.findings if f.severity is Severity.ERROR}
    assert found == codes
    if codes:
        assert [f.segment for f in report.findings if f.code == "untranslated"] == ["e1.type"]


def test_an_entity_keeping_its_name_and_giving_the_term_in_its_description_complies(
        tmp_path: Path) -> None:
    path = tmp_path / "g.yaml"
    path.write_text("terms:\n  - term: Plan mode\n    translations: {ko: 계획 모드}\n", "utf-8")
    terms = load_glossary(path).glossary
    for description, expected in (("계획 모드. 파일을 고치기 전에 계획부터 세운다.", set()),
                                  ("파일을 고치기 전에 계획부터 세우는 모드다.",
                                   {"glossary.missing"})):
        source, target = _entity_pair("Plan mode", "단축키", description)
        report, _ = check_editions(source, target, "en", "ko", terms)
        assert {f.code for f in report.findings if f.severity is Severity.ERROR} == expected
