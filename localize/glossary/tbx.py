"""TBX (TermBase eXchange) import and export, the format CAT tools exchange glossaries in.

We write TBX 2008 (`martif`, ISO 30042:2008 core structure) because it is what most tools
read, and read both it and TBX v3 (`tbx` / `conceptEntry` / `langSec` / `termSec`).

| glossary            | TBX                                                                |
| ------------------- | ------------------------------------------------------------------ |
| required form       | term with administrativeStatus `preferredTerm-admn-sts`            |
| variant             | term with `admittedTerm-admn-sts`                                  |
| forbidden form      | term with `deprecatedTerm-admn-sts` (`forbidden`, `obsolete` read too) |
| keep                | the key in every language with translationNote `no`               |
| reading             | termNote `pronunciation` on the Korean term                       |
| case_sensitive      | termNote `caseSensitive` `yes`                                     |
| kind, note          | descrip `subjectField`, note                                       |
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections import defaultdict

from localize.document.model import LANGUAGES
from localize.errors import InputError
from localize.glossary.model import Glossary, Term
from localize.xmlfile import parse_xml

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PREFERRED = "preferredTerm-admn-sts"
ADMITTED = "admittedTerm-admn-sts"
DEPRECATED = "deprecatedTerm-admn-sts"
FORBIDDEN_STATUSES = {DEPRECATED, "supersededTerm-admn-sts", "forbidden", "obsolete",
                      "deprecated"}


def _term_element(parent: ElementTree.Element, text: str, status: str,
                  notes: dict[str, str] | None = None) -> None:
    tig = ElementTree.SubElement(parent, "tig")
    ElementTree.SubElement(tig, "term").text = text
    ElementTree.SubElement(tig, "termNote", type="administrativeStatus").text = status
    for kind, value in (notes or {}).items():
        ElementTree.SubElement(tig, "termNote", type=kind).text = value


def _entry(body: ElementTree.Element, term: Term) -> None:
    entry = ElementTree.SubElement(body, "termEntry", id=term.term)
    if term.kind:
        ElementTree.SubElement(entry, "descrip", type="subjectField").text = term.kind
    if term.note:
        ElementTree.SubElement(entry, "note").text = term.note
    for language in LANGUAGES:
        required = term.form(language)
        variants = term.variants.get(language, [])
        forbidden = term.forbidden.get(language, [])
        if not (required or variants or forbidden):
            continue
        lang_set = ElementTree.SubElement(entry, "langSet", {XML_LANG: language})
        if required:
            notes: dict[str, str] = {}
            if term.keep:
                notes["translationNote"] = "no"
            if term.case_sensitive:
                notes["caseSensitive"] = "yes"
            if term.reading and language == "ko":
                notes["pronunciation"] = term.reading
            _term_element(lang_set, required, PREFERRED, notes)
        for variant in variants:
            _term_element(lang_set, variant, ADMITTED)
        for form in forbidden:
            _term_element(lang_set, form, DEPRECATED)


def export_tbx(glossary: Glossary) -> str:
    """The glossary as a TBX 2008 document."""
    root = ElementTree.Element("martif", {"type": "TBX", XML_LANG: "en"})
    header = ElementTree.SubElement(root, "martifHeader")
    file_description = ElementTree.SubElement(header, "fileDesc")
    title = ElementTree.SubElement(ElementTree.SubElement(file_description, "titleStmt"),
                                   "title")
    title.text = glossary.name
    if glossary.description:
        source = ElementTree.SubElement(file_description, "sourceDesc")
        ElementTree.SubElement(source, "p").text = glossary.description
    body = ElementTree.SubElement(ElementTree.SubElement(root, "text"), "body")
    for term in glossary.terms:
        _entry(body, term)
    ElementTree.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ElementTree.tostring(
        root, encoding="unicode") + "\n"


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ElementTree.Element, *names: str) -> list[ElementTree.Element]:
    return [child for child in element if _local(child.tag) in names]


def _read_entry(entry: ElementTree.Element) -> Term:
    forms: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    keep = case_sensitive = False
    reading = kind = note = None
    for child in _children(entry, "descrip"):
        if child.get("type") == "subjectField":
            kind = (child.text or "").strip() or None
    for child in _children(entry, "note"):
        note = (child.text or "").strip() or None
    for lang_set in _children(entry, "langSet", "langSec"):
        language = (lang_set.get(XML_LANG) or lang_set.get("lang") or "").split("-")[0]
        for group in _children(lang_set, "tig", "ntig", "termSec"):
            text = next((element.text for element in group.iter()
                         if _local(element.tag) == "term"), None)
            if not text:
                continue
            status = PREFERRED
            for note_element in group.iter():
                if _local(note_element.tag) != "termNote":
                    continue
                kind_of_note, value = note_element.get("type"), (note_element.text or "").strip()
                if kind_of_note == "administrativeStatus":
                    status = value
                elif kind_of_note == "translationNote" and value.lower() == "no":
                    keep = True
                elif kind_of_note == "caseSensitive" and value.lower() == "yes":
                    case_sensitive = True
                elif kind_of_note == "pronunciation" and language == "ko":
                    reading = value
            role = ("forbidden" if status in FORBIDDEN_STATUSES else
                    "variants" if status == ADMITTED else "translations")
            forms[role][language].append(text.strip())
    key = next(iter(forms["translations"].get("en", [])), None) or entry.get("id") or next(
        (values[0] for values in forms["translations"].values()), "")
    translations = {language: values[0] for language, values in forms["translations"].items()
                    if language in LANGUAGES}
    return Term(
        term=key, kind=kind, note=note, keep=keep, case_sensitive=case_sensitive,
        reading=reading, translations={} if keep else translations,
        variants={language: values for language, values in forms["variants"].items()
                  if language in LANGUAGES},
        forbidden={language: values for language, values in forms["forbidden"].items()
                   if language in LANGUAGES})


def import_tbx(source: str | bytes, path: str | None = None) -> Glossary:
    """A glossary from a TBX 2008 or v3 document, as bytes (read by their declaration) or text."""
    root = parse_xml(source, path, "TBX")
    if _local(root.tag) not in ("martif", "tbx"):
        raise InputError(path, f"not TBX: the root element is <{_local(root.tag)}>")
    name = next((element.text for element in root.iter() if _local(element.tag) == "title"),
                None) or "glossary"
    description = next((element.text for element in root.iter()
                        if _local(element.tag) == "p"), None)
    entries = [element for element in root.iter()
               if _local(element.tag) in ("termEntry", "conceptEntry")]
    return Glossary(name=name.strip(), description=description,
                    terms=[_read_entry(entry) for entry in entries])
