"""Text whose lines were broken at a fixed width (copied out of a PDF, or a mail wrapped at
72 characters): its paragraphs put back together before the lines are read.

Scraped text from a browser holds a paragraph on one line, so a line break means a new
block. Text from a PDF breaks every line near the same width, mid-sentence, and splits
words with a hyphen; read line by line, each line would become a paragraph or a heading.
Such text is recognised by the width of its lines, and a full-width line is joined to the
one under it.
"""

from __future__ import annotations

import re
from collections import Counter

from .lines import BULLET, Line

_MIN_WRAPPED = 8
"""Lines of text, at least, for a text to be recognised as wrapped."""
_MAX_WIDTH = 100
"""Characters, at most, of the lines of a wrapped text: a browser's paragraphs run longer."""
_FULL = 0.72
"""Share of the text's width from which a line is full, and runs on into the next."""
_WRAPPED_SHARE = 0.6
_MIDWAY_SHARE = 0.3
_STOPS = (".", "!", "?", ":", "'", '"', "”", "’")
_SPLIT_WORD = re.compile(r"(?<=[a-zà-ÿ])-$")
_RUNNING_WORDS = 10


def unwrapped(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines with each wrapped paragraph on one line, and the running headers of the
    pages (a line repeated on each page: "LEIDERSCHAP & COACHING | NUMMER 3 | 2024"), which
    are taken out; the lines as they are when the text is not wrapped."""
    texts = [line.text for line in lines if line.text]
    long = [text for text in texts if len(text.split()) >= 5]
    if len(long) < _MIN_WRAPPED:
        return lines, []
    widths = sorted(len(text) for text in long)
    width = widths[int(len(widths) * 0.9) - 1]
    if width > _MAX_WIDTH:
        return lines, []
    pairs = [
        (a, b)
        for a, b in zip(lines, lines[1:], strict=False)
        if a.text and b.text and len(a.text) >= _FULL * width and not a.text.endswith(_STOPS)
    ]
    midway = sum(b.text[:1].islower() for _, b in pairs)  # a sentence going on: lowercase
    if len(pairs) < _WRAPPED_SHARE * len(long) / 2 or midway < _MIDWAY_SHARE * len(pairs):
        return lines, []  # a list's items, one a line, are no wrapped paragraph
    counts = Counter(texts)
    running = {
        text
        for text, count in counts.items()
        if count > 1 and len(text.split()) <= _RUNNING_WORDS and any(ch.isdigit() for ch in text)
    }
    joined: list[Line] = []
    dropped: list[Line] = []
    for line in lines:
        if line.text in running:
            dropped.append(line)
            continue
        above = joined[-1] if joined else None
        if above is not None and _runs_on(above, line, width):
            joined[-1] = _join(above, line)
        else:
            joined.append(line)
    return joined, dropped


def _runs_on(above: Line, line: Line, width: int) -> bool:
    """Whether `line` carries on the paragraph of the line above it: that one is full (or a
    word split over both), and this one is no list item."""
    if not above.text or not line.text or BULLET.match(line.raw):
        return False
    if _SPLIT_WORD.search(above.text) and line.text[:1].islower():
        return True
    if " | " in above.text or " | " in line.text:
        return False  # a magazine's running head or a byline, no prose
    if line.text[:1].islower() and not above.text.endswith((*_STOPS, ",")):
        return True  # a title or sentence broken anywhere
    full = len(above.text) >= _FULL * width
    return full or above.text.endswith(_STOPS)  # a short line without a stop is a heading


def _join(above: Line, line: Line) -> Line:
    if _SPLIT_WORD.search(above.text) and line.text[:1].islower():
        text = above.text[:-1] + line.text  # "zieken-" / "huizen"
    else:
        text = f"{above.text} {line.text}"
    return Line(above.number, text, text)
