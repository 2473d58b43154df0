"""Markdown written by note tools that keep a page as an outline or as notes around a saved
article: Logseq's and Roam's pages (`key:: value` properties, every paragraph a bullet) and
a read-later app's export (Readwise: "Metadata", the reader's "Highlights", then the "Full
Document"). Rewritten to plain Markdown with front matter, the reader's own notes and tasks
left out and listed.
"""

from __future__ import annotations

import re

from .properties import meta_key

_PROPERTY = re.compile(r"^\s*(?:-\s+)?([A-Za-z][\w -]*?)::\s*(.*)$")
_BULLET = re.compile(r"^[ \t]*-[ \t]+")
_TASK = re.compile(r"^(?:TODO|LATER|NOW|DOING|DONE|WAITING|CANCELED|CANCELLED)\b")
_LINK = re.compile(r"\[\[([^\]]+)\]\]")
_MIN_PROPERTIES = 2
_OUTLINE_SHARE = 0.6


def from_outliner(text: str) -> tuple[str, list[str]]:
    """The text as plain Markdown and the lines left out, when it is an outliner's page or a
    read-later export; else the text as it is."""
    if (saved := _saved_article(text)) is not None:
        return saved
    lines = text.lstrip("\ufeff").split("\n")
    count = 0
    while count < len(lines) and _PROPERTY.match(lines[count]):
        count += 1
    if count < _MIN_PROPERTIES:
        return text, []
    meta = _front_matter(lines[:count])
    body = [line for line in lines[count:] if line.strip()]
    if sum(bool(_BULLET.match(line)) for line in body) < _OUTLINE_SHARE * len(body):
        return text, []
    blocks, dropped = _blocks(body)
    return meta + "\n\n".join(blocks) + "\n", dropped


def _front_matter(lines: list[str]) -> str:
    """Front matter for the properties that name the title, writer or date."""
    found = []
    for line in lines:
        name, value = _PROPERTY.match(line).groups()  # type: ignore[union-attr]
        key = meta_key(name)
        if key and value.strip():
            plain = _LINK.sub(r"\1", value).strip().replace('"', "'")
            found.append(f'{key}: "{plain}"')
    return "---\n" + "\n".join(found) + "\n---\n\n" if found else ""


def _blocks(body: list[str]) -> tuple[list[str], list[str]]:
    """The outline's blocks as paragraphs and headings, without the writer's tasks and the
    blocks' properties; what stands above a rule over the page's `#` title is the reader's
    note on the saved text."""
    blocks: list[str] = []
    dropped: list[str] = []
    for line in body:
        bullet = _BULLET.match(line)
        content = _LINK.sub(r"\1", line[bullet.end() :] if bullet else line.strip()).strip()
        if _PROPERTY.match(content):
            continue  # "collapsed:: true"
        if _TASK.match(content):
            dropped.append(content)
        elif bullet or not blocks:
            blocks.append(content)
        else:
            blocks[-1] += " " + content  # a block's text over more lines
    titles = [index for index, block in enumerate(blocks) if block.startswith("# ")]
    rules = [index for index, block in enumerate(blocks) if block.strip() == "---"]
    if len(titles) == 1 and rules and rules[0] < titles[0]:
        dropped += [block for block in blocks[: rules[0]] if block.strip()]
        blocks = blocks[titles[0] :]
    return blocks, dropped


_SECTION = re.compile(r"^##\s+(.+?)\s*$", re.M)
_LISTED_PROPERTY = re.compile(r"^\s*-\s+([A-Za-z][\w ]{0,30}?):\s*(.+)$")
_NOTES = ("metadata", "highlights", "notes", "annotations")
_DOCUMENT = ("full document", "full text", "volledige tekst", "document")


def _saved_article(text: str) -> tuple[str, list[str]] | None:
    """A read-later export: its "Metadata" list gives the properties, its "Full Document"
    section is the article; the reader's highlights and notes above it are left out."""
    sections = list(_SECTION.finditer(text))
    names = [match[1].strip().casefold() for match in sections]
    if "metadata" not in names or not any(name in _DOCUMENT for name in names):
        return None
    start = next(match for match in sections if match[1].strip().casefold() in _DOCUMENT)
    before = names[: names.index(start[1].strip().casefold())]
    if any(name not in (*_NOTES, *_DOCUMENT) for name in before):
        return None
    head = text[: sections[0].start()]
    notes = text[sections[0].start() : start.start()]
    lines = [
        f"- {found[1]}:: {found[2]}"
        for line in notes.split("\n")
        if (found := _LISTED_PROPERTY.match(line))
    ]
    title = next((line for line in head.split("\n") if line.startswith("# ")), "")
    front = _front_matter(lines)
    dropped = [line.strip(" -") for line in notes.split("\n") if line.strip(" -#")]
    return front + title + "\n\n" + text[start.end() :].lstrip("\n"), dropped
