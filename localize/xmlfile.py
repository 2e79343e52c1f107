"""Reading XML exchange files (TBX, TMX) by their own encoding, with no entities at all.

Bytes are decoded by their byte-order mark or by the encoding the XML declaration names;
an unknown encoding, a declaration the bytes contradict (UTF-8 bytes declared ISO-8859-1
would silently turn into mojibake), or a byte the encoding cannot hold is one line. Entity
declarations are refused, so nothing in a file can expand or reach outside it; the five
predefined entities and character references are all XML needs for text.
"""

from __future__ import annotations

import codecs
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import NoReturn
from xml.parsers import expat

from localize.errors import InputError

_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_UTF16_WITHOUT_BOM = ((b"<\x00?\x00", "utf-16-le"), (b"\x00<\x00?", "utf-16-be"))
"""How `<?` starts in UTF-16 without a mark (XML 1.0, appendix F)."""

_DECLARATION = re.compile(r"""<\?xml\s[^>]*?\?>""")
_ENCODING = re.compile(r"""\sencoding\s*=\s*(?:"([^"]*)"|'([^']*)')""")

_NOT_FOR_FILES = {"unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7",
                  "undefined"}
"""Python codecs that exist but are no file's character encoding."""


def parse_xml(source: str | bytes, path: Path | str | None, kind: str) -> ElementTree.Element:
    """The root element of XML bytes (read by their declaration) or text; `kind` for errors."""
    parser = expat.ParserCreate(namespace_separator="}")
    builder = ElementTree.TreeBuilder()

    def refuse_entity(*_: object) -> NoReturn:
        raise InputError(path, "XML entity declarations are not allowed (entities are never "
                               "expanded)", line=parser.CurrentLineNumber)

    def refuse_undefined(name: str, _: bool) -> NoReturn:
        raise InputError(path, f"XML entity &{name}; is not defined (entities are never "
                               "expanded)", line=parser.CurrentLineNumber)

    parser.buffer_text = True
    parser.StartElementHandler = lambda name, attributes: builder.start(
        _qualified(name), {_qualified(key): value for key, value in attributes.items()})
    parser.EndElementHandler = lambda name: builder.end(_qualified(name))
    parser.CharacterDataHandler = builder.data
    parser.EntityDeclHandler = refuse_entity
    parser.UnparsedEntityDeclHandler = refuse_entity
    parser.SkippedEntityHandler = refuse_undefined
    try:
        parser.Parse(xml_text(source, path), True)
    except expat.ExpatError as error:
        raise InputError(path, f"not well-formed {kind}: {expat.ErrorString(error.code)} "
                               f"(column {error.offset + 1})", line=error.lineno) from None
    return builder.close()


def _qualified(name: str) -> str:
    """expat's `uri}local` as ElementTree's `{uri}local`."""
    return "{" + name if "}" in name else name


def xml_text(source: str | bytes, path: Path | str | None = None) -> str:
    """An XML document as text without its declaration, which has served its purpose."""
    if isinstance(source, str):
        text = source.removeprefix("\ufeff")
        declared = _declared(text)
        if declared is not None and not _is_unicode(_codec(declared, path)) and not \
                text.isascii():
            # The text was decoded as Unicode already (UTF-8 or UTF-16), whatever it says.
            raise _contradiction(declared, "UTF-8", path)
        return _without_declaration(text)
    encoding, data = _by_mark(source)
    prefix = data[:1024].decode(encoding or "utf-8", "replace")
    declared = _declared(prefix)
    codec = _codec(declared, path) if declared is not None else None
    if encoding is None:
        encoding = codec or "utf-8"
        if codec is not None and codec.startswith(("utf-16", "utf-32")):
            raise InputError(path, f"the XML declaration says {declared} but the file has no "
                                   "byte-order mark and is not written in it", line=1)
        if codec is not None and not _is_unicode(codec) and not data.isascii() and \
                _is_utf8(data):
            raise _contradiction(declared or codec, "UTF-8", path)
    elif codec is not None and codec.split("-")[:2] != encoding.split("-")[:2]:
        raise _contradiction(declared or codec, encoding.upper(), path)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[:error.start].decode(encoding, "replace").count("\n") + 1
        raise InputError(path, f"not {declared or encoding.upper()} text: invalid byte "
                               f"0x{data[error.start]:02x} at offset {error.start}",
                         line=line) from None
    return _without_declaration(text)


def _by_mark(data: bytes) -> tuple[str | None, bytes]:
    """The encoding a byte-order mark (or UTF-16's `<?`) fixes, and the bytes after the mark."""
    for mark, encoding in _BOMS:
        if data.startswith(mark):
            return encoding, data if encoding != "utf-8" else data[len(mark):]
    for start, encoding in _UTF16_WITHOUT_BOM:
        if data.startswith(start):
            return encoding, data
    return None, data


def _declared(text: str) -> str | None:
    """The encoding the XML declaration names, if it names one."""
    declaration = _DECLARATION.match(text)
    found = _ENCODING.search(declaration.group()) if declaration else None
    return (found.group(1) or found.group(2) or "").strip() if found else None


def _codec(name: str, path: Path | str | None) -> str:
    """Python's name for a declared encoding; an unknown one is refused."""
    try:
        codec = codecs.lookup(name).name
        if codec not in _NOT_FOR_FILES:
            # Refuses codecs that are not text encodings (rot13, base64).
            b"<\x00\x00\x00".decode(codec, "replace")
    except (LookupError, ValueError):
        codec = ""
    if not codec or codec in _NOT_FOR_FILES:
        raise InputError(path, f"unknown encoding {name!r} in the XML declaration", line=1)
    return codec


def _is_unicode(codec: str) -> bool:
    return codec.startswith(("utf-8", "utf-16", "utf-32"))


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _contradiction(declared: str, actual: str, path: Path | str | None) -> InputError:
    return InputError(path, f"the XML declaration says {declared} but the file is {actual} "
                            f"(correct the declaration)", line=1)


def _without_declaration(text: str) -> str:
    """The text with its declaration blanked out; its line breaks stay, so lines still count."""
    declaration = _DECLARATION.match(text)
    if declaration is None:
        return text
    return "\n" * declaration.group().count("\n") + text[declaration.end():]
