"""Where each key of a TOML file is written, so a mistake can be named by its line.

`tomllib` gives values without positions; this reads the file's lines once more for table
headers and `key =` lines. Keys of the n-th `[[table]]` are named `table[n].key` (counted
from 1, as a person counts them).
"""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\"'. ]+?)\s*=")


def key_lines(text: str) -> dict[str, int]:
    """{dotted key: line number} for every table and key the file writes on a line of its
    own; an array of tables' items are `name[1]`, `name[2]`, …"""
    lines: dict[str, int] = {}
    counts: dict[str, int] = {}
    prefix = ""
    in_string = False
    for number, line in enumerate(text.splitlines(), 1):
        if line.count('"""') % 2 or line.count("'''") % 2:
            in_string = not in_string  # a multi-line string's lines hold no keys
            continue
        if in_string:
            continue
        if header := _HEADER.match(line):
            name = _plain(header[2])
            if header[1] == "[[":
                counts[name] = counts.get(name, 0) + 1
                name = f"{name}[{counts[name]}]"
            lines.setdefault(name, number)
            prefix = name + "."
        elif key := _KEY.match(line):
            lines.setdefault(prefix + _plain(key[1]), number)
    return lines


def _plain(key: str) -> str:
    """A dotted key without quotes or spaces around its parts."""
    return ".".join(part.strip().strip("\"'") for part in key.split("."))


def line_of(lines: dict[str, int], key: str) -> int | None:
    """The line of `key`, else of the nearest table that holds it (a missing key is reported
    where it belongs), else None."""
    while key:
        if key in lines:
            return lines[key]
        if key.endswith("]") and "[" in key:  # an item of an inline list: the list's line
            key = key[: key.rindex("[")]
        else:
            key = key.rsplit(".", 1)[0] if "." in key else ""
    return None
