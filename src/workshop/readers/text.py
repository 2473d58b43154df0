"""Plain text as copied out of a browser: find the article between the page's clutter.

Plain text shows no markup, so structure comes from the shape of the lines: the title is the
title-like line above the byline (or the first one), a heading is a short line without a
closing full stop followed by text, a list item starts with a bullet or a number, and every
other line is a paragraph. What is page clutter goes to `dropped`, verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import ReadError
from ..model import Article, Block, ListBlock, Paragraph, Section
from .assemble import assemble
from .byline import Byline, parse_byline
from .clutter import is_clutter

_BULLET = re.compile(r"^(?P<indent>\s{0,4})(?P<marker>[•·▪◦●○■□►▶➤➢✓✔✗✘*\-–—]|\d{1,2}[.)])\s+")
_HEADING_MAX_WORDS = 12
_TITLE_MAX_WORDS = 20
_HEAD_LINES = 25
_SENTENCE_END = tuple('.!?:;…"”’)')


@dataclass(frozen=True)
class _Line:
    number: int
    text: str
    raw: str


def read_text(text: str, path: Path, language: str | None = None) -> Article:
    """Parse scraped plain text into an Article; raise ReadError when no article is found."""
    lines = [
        _Line(number, " ".join(raw.split()), raw)
        for number, raw in enumerate(text.split("\n"), start=1)
    ]
    content = [line for line in lines if line.text]
    dropped: list[_Line] = []

    title_at, byline_span, byline = _find_head(content)
    title = content[title_at].text if title_at is not None else _title_from(path)
    head_end = max(byline_span[1], (title_at or -1) + 1) if byline_span else (title_at or -1) + 1
    dropped.extend(
        line
        for index, line in enumerate(content[:head_end])
        if _is_head_clutter(index, title_at, byline_span)
    )
    body_start = content[head_end].number if head_end < len(content) else len(lines) + 1
    body = [line for line in lines if line.number >= body_start]
    while body and body[0].text == title:  # a title printed twice
        dropped.append(body.pop(0))
        while body and not body[0].text:
            body.pop(0)

    body, tail = _split_tail(body)
    intro, sections = _structure(body, dropped)
    dropped.extend(tail)
    if not intro and not sections:
        raise ReadError(path, "no article text found: every line looks like page clutter")
    return assemble(
        title=title,
        byline=byline,
        intro=intro,
        sections=sections,
        dropped=tuple(line.text for line in sorted(dropped, key=lambda line: line.number)),
        language=language,
    )


def _is_head_clutter(index: int, title_at: int | None, byline_span: tuple[int, int] | None) -> bool:
    """Whether the head line at `index` is neither the title nor part of the byline."""
    if index == title_at:
        return False
    return not (byline_span and byline_span[0] <= index < byline_span[1])


def _find_head(content: list[_Line]) -> tuple[int | None, tuple[int, int] | None, Byline]:
    """Where the title and the byline are, among the first lines of the page."""
    head = content[:_HEAD_LINES]
    for index, line in enumerate(head):
        if is_clutter(line.text):
            continue
        byline = parse_byline(line.text)
        if byline is None:
            continue
        end = index + 1
        while (
            end < len(head)
            and (more := parse_byline(head[end].text))
            and not is_clutter(head[end].text)
        ):
            byline = Byline(byline.author or more.author, byline.date or more.date)
            end += 1
        above = [
            i for i in range(index) if _title_like(head[i].text) and not is_clutter(head[i].text)
        ]
        if above:
            return above[-1], (index, end), byline
        below = end if end < len(head) and _title_like(head[end].text) else None
        return below, (index, end), byline
    for index, line in enumerate(head):
        if _title_like(line.text) and not is_clutter(line.text):
            return index, None, Byline(None, None)
    return None, None, Byline(None, None)


def _title_like(text: str) -> bool:
    return (
        len(text.split()) <= _TITLE_MAX_WORDS
        and not text.endswith((".", ",", ";", ":"))
        and not _BULLET.match(text)
        and any(ch.isalpha() for ch in text)
    )


def _title_from(path: Path) -> str:
    return path.stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Artikel"


def _split_tail(body: list[_Line]) -> tuple[list[_Line], list[_Line]]:
    """Split off the clutter block after the article: contact blocks, share lines, related posts.

    Working up from the end, clutter lines are dropped, and so are the short lines between them
    (a contact block's "Voor al je vragen kun je bellen met" sits between a heading and a number).
    """
    end = len(body)
    cut = end
    index = end - 1
    while index >= 0:
        line = body[index]
        if not line.text or is_clutter(line.text):
            if line.text:
                cut = index
            index -= 1
            continue
        short = len(line.text.split()) <= _HEADING_MAX_WORDS
        if short and cut < end and _clutter_above(body, index):
            cut = index
            index -= 1
            continue
        break
    tail = [line for line in body[cut:] if line.text]
    return body[:cut], tail


def _clutter_above(body: list[_Line], index: int) -> bool:
    """Whether a clutter line stands within the two lines with text above `index`."""
    seen = 0
    for line in reversed(body[:index]):
        if not line.text:
            continue
        if is_clutter(line.text):
            return True
        seen += 1
        if seen == 2:
            return False
    return False


def _structure(
    body: list[_Line], dropped: list[_Line]
) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """Turn the article's lines into intro blocks and sections."""
    intro: list[Block] = []
    sections: list[tuple[str, list[Block]]] = []
    blocks = intro
    items: list[str] = []
    ordered = False
    paragraph: str | None = None

    def flush() -> None:
        nonlocal items, paragraph
        if paragraph is not None:
            blocks.append(Paragraph(paragraph))
            paragraph = None
        if items:
            blocks.append(ListBlock(tuple(items), ordered))
            items = []

    for position, line in enumerate(body):
        text = line.text
        if not text:
            flush()
            continue
        if is_clutter(text):
            dropped.append(line)
            continue
        bullet = _BULLET.match(line.raw)
        item = " ".join(line.raw[bullet.end() :].split()) if bullet else ""
        if item:
            if paragraph is not None:
                flush()
            if not items:
                ordered = bullet.group("marker")[0].isdigit()
            items.append(item)
            continue
        if items and _continues(items[-1], text):
            items[-1] = f"{items[-1]} {text}"
            continue
        if paragraph is not None and _continues(paragraph, text):
            paragraph = f"{paragraph} {text}"
            continue
        if _is_heading(text, body, position):
            flush()
            sections.append((text, []))
            blocks = sections[-1][1]
            continue
        flush()
        paragraph = text
    flush()
    return tuple(intro), tuple(Section(title, 1, tuple(blocks)) for title, blocks in sections)


def _continues(previous: str, text: str) -> bool:
    """A line that carries on the sentence above it (a hard-wrapped line) joins it."""
    return not previous.endswith(_SENTENCE_END) and text[:1].islower()


def _is_heading(text: str, body: list[_Line], position: int) -> bool:
    """A short line, starting with a capital, without a closing stop, followed by text."""
    if len(text.split()) > _HEADING_MAX_WORDS or len(text) > 100:
        return False
    if text.endswith((".", ",", ";", ":", "!", "…")) or not (
        text[0].isupper() or text[0].isdigit()
    ):
        return False
    following = next((line.text for line in body[position + 1 :] if line.text), None)
    return following is not None and not is_clutter(following)
