"""Edition policies: per target language, what is translated and the fixed words of an
edition (section headings, entity types, quote marks). Defaults follow CONVENTIONS
section 3; a YAML file may override any of them."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from localize.document.model import QuoteMarks
from localize.errors import InputError
from localize.textfile import read_text
from localize.yamlfile import line_of, load_yaml

# Concepts of an edition's structure, by the words any edition may use for them.
STRUCTURAL_HEADINGS = {
    "entities": {"entities", "등장인물", "엔티티", "实体", "人物与组织"},
    "key_concepts": {"key concepts", "핵심 개념", "关键概念"},
    "quotes": {"quotes", "인용", "주요 인용", "引语", "金句"},
    "takeaways": {"takeaways", "핵심 정리", "要点"},
    "episode_overview": {"episode overview", "에피소드 개요", "节目概览"},
}
ENTITY_TYPES = {
    "person": {"person", "people", "인물", "人物"},
    "organization": {"organization", "organisation", "company", "조직", "회사", "기업", "组织",
                     "公司"},
    "product": {"product", "제품", "产品"},
    "software": {"software", "소프트웨어", "软件"},
    "concept": {"concept", "개념", "概念"},
    "model": {"model", "ai-model", "모델", "模型"},
    "feature": {"feature", "기능", "功能"},
    "platform": {"platform", "플랫폼", "平台"},
    "service": {"service", "서비스", "服务"},
    "protocol": {"protocol", "프로토콜", "协议"},
}


class EditionPolicy(BaseModel):
    """How an edition in one language is written."""

    model_config = ConfigDict(extra="forbid")

    translate_quotes: bool = True
    translate_headings: bool = True
    quote_marks: QuoteMarks = '"'
    headings: dict[str, str] = Field(default_factory=dict)
    entity_types: dict[str, str] = Field(default_factory=dict)


DEFAULT_POLICIES: dict[str, EditionPolicy] = {
    "en": EditionPolicy(
        headings={"entities": "Entities", "key_concepts": "Key Concepts", "quotes": "Quotes",
                  "takeaways": "Takeaways", "episode_overview": "Episode Overview"},
        entity_types={name: name for name in ENTITY_TYPES}),
    "ko": EditionPolicy(
        headings={"entities": "등장인물", "key_concepts": "핵심 개념", "quotes": "인용",
                  "takeaways": "핵심 정리", "episode_overview": "에피소드 개요"},
        entity_types={"person": "인물", "organization": "조직", "product": "제품",
                      "software": "소프트웨어", "concept": "개념", "model": "모델",
                      "feature": "기능", "platform": "플랫폼", "service": "서비스",
                      "protocol": "프로토콜"}),
    "zh": EditionPolicy(
        quote_marks="“",
        headings={"entities": "实体", "key_concepts": "关键概念", "quotes": "引语",
                  "takeaways": "要点", "episode_overview": "节目概览"},
        entity_types={"person": "人物", "organization": "组织", "product": "产品",
                      "software": "软件", "concept": "概念", "model": "模型",
                      "feature": "功能", "platform": "平台", "service": "服务",
                      "protocol": "协议"}),
}


def structural_heading(heading: str) -> str | None:
    """The structure concept a heading names (`entities`...), or None for a free heading."""
    folded = heading.strip().casefold()
    return next((concept for concept, words in STRUCTURAL_HEADINGS.items() if folded in words),
                None)


def entity_type(word: str) -> str | None:
    """The entity-type concept a type word names, or None when unknown."""
    folded = word.strip().casefold()
    return next((concept for concept, words in ENTITY_TYPES.items() if folded in words), None)


def load_policies(path: Path | None) -> dict[str, EditionPolicy]:
    """The default policies, with a YAML file's languages merged over them."""
    policies = {language: policy.model_copy(deep=True)
                for language, policy in DEFAULT_POLICIES.items()}
    if path is None:
        return policies
    data, lines = load_yaml(read_text(path), path)
    if not isinstance(data, dict):
        raise InputError(path, "a policy file maps languages to settings", line=1)
    for language, settings in data.items():
        if language not in policies:
            raise InputError(path, f"unknown language {language!r} (en, ko or zh)",
                             line=line_of(lines, (language,)))
        if not isinstance(settings, dict):
            raise InputError(path, f"{language}: expected a mapping of settings",
                             line=line_of(lines, (language,)))
        try:
            policies[language] = EditionPolicy.model_validate(
                {**policies[language].model_dump(), **settings})
        except ValidationError as error:
            first = error.errors()[0]
            location = (language, *first["loc"])
            raise InputError(path, f"{'.'.join(map(str, location))}: {first['msg']}",
                             line=line_of(lines, location)) from None
    return policies
