"""Reading configuration YAML (glossaries, edition policies) that cannot explode.

The data is built from the parser's events in one loop, without recursion: aliases and
anchors are refused (a few hundred bytes of nested aliases expand to billions of nodes, and
these files have no use for them), nesting deeper than `MAX_DEPTH` is refused, and a key
repeated in one mapping is refused instead of silently replacing the first. Beside the
data comes a small tree of line numbers, so that later errors can name the line. Every YAML
error is one `InputError` line with the line number.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver

from localize.errors import InputError

MAX_DEPTH = 32
"""Deepest nesting of lists and mappings accepted; a glossary needs five levels."""

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when installed (the same events, several times faster)."""

_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
_COLLECTION_TAGS = {"tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}


@dataclass(slots=True)
class Lines:
    """Where a list or mapping starts (1-based) and where each of its items does."""

    line: int
    items: dict[Any, Lines | int] | list[Lines | int]


@dataclass(slots=True)
class _Open:
    """A list or mapping being read: its value, its lines, and a key awaiting its value."""

    value: dict[Any, Any] | list[Any]
    lines: Lines
    key: Any = None
    has_key: bool = False


def load_yaml(text: str, path: Path | str | None = None) -> tuple[Any, Lines | int | None]:
    """The data of a one-document YAML text and the lines of its parts."""
    try:
        return _build(text, path)
    except yaml.YAMLError as error:
        raise yaml_error(error, text, path) from None


def line_of(lines: Lines | int | None, location: tuple[Any, ...]) -> int | None:
    """The line of the part at a location (keys and indexes), as deep as it goes."""
    if lines is None:
        return None
    line = lines.line if isinstance(lines, Lines) else lines
    for key in location:
        if not isinstance(lines, Lines):
            break
        items = lines.items
        if isinstance(items, dict):
            child = items.get(key)
        else:
            child = items[key] if isinstance(key, int) and 0 <= key < len(items) else None
        if child is None:
            break
        lines = child
        line = child.line if isinstance(child, Lines) else child
    return line


def item_lines(lines: Lines | int | None, key: str) -> list[int]:
    """The line of each item of the list under `key` of a mapping."""
    child = lines.items.get(key) if isinstance(lines, Lines) and isinstance(
        lines.items, dict) else None
    if not isinstance(child, Lines) or not isinstance(child.items, list):
        return []
    return [item.line if isinstance(item, Lines) else item for item in child.items]


def yaml_error(error: yaml.YAMLError, text: str, path: Path | str | None) -> InputError:
    """A YAML library error as one line, with the line number where it has one."""
    if isinstance(error, yaml.reader.ReaderError):
        character = error.character
        if not isinstance(character, int):
            return InputError(path, f"YAML: {_one_line(str(error.reason))}")
        found = text.find(chr(character))
        return InputError(path, f"YAML: {_one_line(str(error.reason))} (character "
                                f"#x{character:04x})",
                          line=text.count("\n", 0, found) + 1 if found >= 0 else None)
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    problem = getattr(error, "problem", None) or getattr(error, "context", None)
    return InputError(path, f"YAML: {_one_line(str(problem or 'invalid YAML'))}",
                      line=mark.line + 1 if mark is not None else None)


def _short(tag: str) -> str:
    """A standard tag as written in a file: `!!set`."""
    return tag.replace("tag:yaml.org,2002:", "!!", 1)


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _build(text: str, path: Path | str | None) -> tuple[Any, Lines | int | None]:
    """The data and its lines, from the event stream."""
    scalars = _Scalars(path)
    root: Any = None
    root_lines: Lines | int | None = None
    documents = 0
    stack: list[_Open] = []
    for event in yaml.parse(text, Loader=_Loader):
        start: Any = event.start_mark  # the stubs say optional: every parser event has marks
        line = start.line + 1
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.AliasEvent):
            raise InputError(path, f"YAML alias *{anchor} is not allowed here (write the "
                                   "value out)", line=line)
        if anchor is not None:
            raise InputError(path, f"YAML anchor &{anchor} is not allowed here (write the "
                                   "value out)", line=line)
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise InputError(path, "holds more than one YAML document", line=line)
            continue
        value: Any
        lines: Lines | int
        if isinstance(event, yaml.ScalarEvent):
            value, lines = scalars.value(event, start), line
        elif isinstance(event, yaml.CollectionStartEvent):
            if len(stack) >= MAX_DEPTH:
                raise InputError(path, f"YAML nested deeper than {MAX_DEPTH} levels",
                                 line=line)
            if event.tag is not None and event.tag not in _COLLECTION_TAGS:
                raise InputError(path, f"YAML tag {_short(event.tag)} is not allowed here",
                                 line=line)
            value = {} if isinstance(event, yaml.MappingStartEvent) else []
            lines = Lines(line, {} if isinstance(value, dict) else [])
        elif isinstance(event, yaml.CollectionEndEvent):
            stack.pop()
            continue
        else:
            continue
        if not stack:
            root, root_lines = value, lines
        else:
            _add(stack[-1], value, lines, line, path)
        if isinstance(lines, Lines):
            stack.append(_Open(value, lines))
    return root, root_lines


def _add(parent: _Open, value: Any, lines: Lines | int, line: int,
         path: Path | str | None) -> None:
    """Put a value into the list or mapping being read: a mapping's items come key first."""
    if isinstance(parent.value, list):
        parent.value.append(value)
        assert isinstance(parent.lines.items, list)
        parent.lines.items.append(lines)
        return
    if not parent.has_key:
        if isinstance(lines, Lines):
            raise InputError(path, "a YAML mapping key must be a plain value, not a list or "
                                   "mapping", line=line)
        if value in parent.value:
            # YAML lets a repeated key silently replace the first; our files must not.
            raise InputError(path, f"key {value!r} is repeated in one mapping", line=line)
        parent.key, parent.has_key = value, True
        return
    parent.value[parent.key] = value
    assert isinstance(parent.lines.items, dict)
    parent.lines.items[parent.key] = lines
    parent.has_key = False


class _Scalars:
    """Scalar values as YAML's safe schema reads them; plain strings without ceremony."""

    def __init__(self, path: Path | str | None) -> None:
        self._path = path
        self._resolver: Any = Resolver()
        self._constructor = SafeConstructor()

    def value(self, event: yaml.ScalarEvent, start: Any) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self._resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag == _STR:
            return event.value
        if tag == _MERGE:
            raise InputError(self._path, "YAML merge keys (<<) are not allowed here (write "
                                         "the keys out)", line=start.line + 1)
        node = yaml.ScalarNode(tag, event.value, start, start, style=event.style)
        return self._constructor.construct_object(node)
