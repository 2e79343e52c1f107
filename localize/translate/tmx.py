"""TMX 1.4 import and export: the format CAT tools exchange translation memories in."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree
from collections import Counter
from dataclasses import dataclass, field

from localize.document.model import LANGUAGES
from localize.errors import InputError
from localize.translate.memory import Entry
from localize.xmlfile import parse_xml

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def export_tmx(entries: list[Entry]) -> str:
    """A TMX 1.4 document with one translation unit per entry."""
    root = ElementTree.Element("tmx", version="1.4")
    ElementTree.SubElement(root, "header", {
        "creationtool": "localize", "creationtoolversion": "0.1.0", "segtype": "block",
        "o-tmf": "localize-sqlite", "adminlang": "en", "srclang": "*all*",
        "datatype": "plaintext"})
    body = ElementTree.SubElement(root, "body")
    for entry in entries:
        unit = ElementTree.SubElement(body, "tu")
        for kind, value in (("x-origin", entry.origin), ("x-model", entry.model),
                            ("x-glossary-version", entry.glossary_version),
                            ("x-prompt-version", entry.prompt_version)):
            if value:
                ElementTree.SubElement(unit, "prop", type=kind).text = value
        for language, text in ((entry.source_lang, entry.source_text),
                               (entry.target_lang, entry.target_text)):
            variant = ElementTree.SubElement(unit, "tuv", {XML_LANG: language})
            ElementTree.SubElement(variant, "seg").text = text
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(
        root, encoding="unicode") + "\n"


def _segment_text(variant: ElementTree.Element) -> str:
    segment = variant.find("seg")
    return "".join(segment.itertext()) if segment is not None else ""


def _language(code: str | None) -> str:
    """`en-US`, `ko_KR`, `ZH` as the memory's language codes: the primary subtag."""
    return re.split(r"[-_]", (code or "").strip(), maxsplit=1)[0].lower()


@dataclass(frozen=True)
class TmxImport:
    """The entries of a TMX file and the variants left out, by language as written."""

    entries: list[Entry]
    skipped: dict[str, int] = field(default_factory=dict)
    """Variants in a language the memory does not hold (`fr`) or in none (`''`)."""

    def skipped_summary(self) -> str | None:
        """`skipped 3 variant(s) in unknown or empty languages (fr 2, none 1)`, or None."""
        if not self.skipped:
            return None
        counts = ", ".join(f"{language or 'none'} {count}"
                           for language, count in sorted(self.skipped.items()))
        return (f"skipped {sum(self.skipped.values())} variant(s) in unknown or empty "
                f"languages ({counts})")


def read_tmx(source: str | bytes, path: str | None = None) -> TmxImport:
    """Entries from TMX bytes (read by their declaration) or text, and what was left out."""
    # In each unit the `srclang` variant (else the first) is the source and the others its
    # translations; a variant in no language, or one no edition is written in, could never
    # be looked up, so it is counted for the report instead of stored.
    root = parse_xml(source, path, "TMX")
    if root.tag != "tmx":
        raise InputError(path, f"not TMX: the root element is <{root.tag}>")
    header = root.find("header")
    default_source = _language(header.get("srclang") if header is not None else None)
    entries: list[Entry] = []
    skipped: Counter[str] = Counter()
    for unit in root.iter("tu"):
        props = {prop.get("type"): (prop.text or "") for prop in unit.findall("prop")}
        variants = []
        for variant in unit.findall("tuv"):
            written = variant.get(XML_LANG) or variant.get("lang") or ""
            if _language(written) in LANGUAGES:
                variants.append((_language(written), _segment_text(variant)))
            else:
                skipped[written.strip()] += 1
        wanted = _language(unit.get("srclang")) or default_source
        first = next((index for index, (language, _) in enumerate(variants)
                      if language == wanted), 0)
        for index, (target_lang, target_text) in enumerate(variants):
            if index == first:
                continue
            source_lang, source_text = variants[first]
            entries.append(Entry(source_lang, target_lang, source_text, target_text,
                                 origin=props.get("x-origin") or "learned",
                                 glossary_version=props.get("x-glossary-version"),
                                 prompt_version=props.get("x-prompt-version"),
                                 model=props.get("x-model")))
    return TmxImport(entries, dict(skipped))


def import_tmx(source: str | bytes, path: str | None = None) -> list[Entry]:
    """The entries of a TMX document (see `read_tmx`, which also counts what it skipped)."""
    return read_tmx(source, path).entries
