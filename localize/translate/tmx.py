"""TMX 1.4 import and export: the format CAT tools exchange translation memories in."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree

from localize.errors import InputError
from localize.translate.memory import Entry

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


def import_tmx(text: str, path: str | None = None) -> list[Entry]:
    """Entries from a TMX document: each unit's first variant is the source, every other
    variant a translation of it."""
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except ElementTree.ParseError as error:
        raise InputError(path, f"not well-formed TMX: {error.msg}",
                         line=error.position[0] if error.position else None) from None
    if root.tag != "tmx":
        raise InputError(path, f"not TMX: the root element is <{root.tag}>")
    entries = []
    for unit in root.iter("tu"):
        props = {prop.get("type"): (prop.text or "") for prop in unit.findall("prop")}
        variants = [((variant.get(XML_LANG) or variant.get("lang") or "").split("-")[0].lower(),
                     _segment_text(variant)) for variant in unit.findall("tuv")]
        if len(variants) < 2:
            continue
        source_lang, source_text = variants[0]
        for target_lang, target_text in variants[1:]:
            entries.append(Entry(source_lang, target_lang, source_text, target_text,
                                 origin=props.get("x-origin") or "learned",
                                 glossary_version=props.get("x-glossary-version"),
                                 prompt_version=props.get("x-prompt-version"),
                                 model=props.get("x-model")))
    return entries
