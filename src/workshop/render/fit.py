"""Measuring text with real font metrics, so slide text is sized to fit before it is written.

PowerPoint's "shrink text on overflow" is only a flag that PowerPoint applies after someone
edits the box, and LibreOffice ignores it in conversion; so the deck wraps each paragraph
itself with the widths of the font the slide names (or a metric-compatible one) and chooses
the largest size at which everything fits. When nothing in the range fits, `largest_fit` says
so (None) and the caller splits or shortens the text: it is never drawn past its box.
Units are points throughout.
"""

from __future__ import annotations

import struct
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfbase.ttfonts import TTFontFile

WIDTH_SAFETY = 0.94
"""Share of a box's width we fill: room for differences in how clients break lines."""
INSET = 4.0
"""Inner margin (points) of every text box at the left, right and top."""
INSET_BOTTOM = 10.0
"""Inner margin (points) at the bottom: room below the last line for descenders, whatever the
client."""
CLIENT_SINGLE_SPACING = 1.2
"""Line height as a share of the type size that LibreOffice gives single-spaced slide text in
any font (PowerPoint's is the font's own, 1.15 for Arial, 1.22 for Calibri)."""
SIZE_STEP = 2.0
"""Sizes are tried from the largest down in steps of this many points."""

_NARROWEST = 0.1
"""The narrowest letter that prints, as a share of the size (a Carlito "i" is 0.23)."""

Box = tuple[float, float, float, float]
"""x, y, width, height in points from the slide's top left corner."""


@dataclass(frozen=True)
class Measure:
    """A registered reportlab font and its line height as a multiple of the font size.

    `capitals`: the text is set in capitals (a master's style may say so), so it is measured
    in capitals, whatever case it is written in.
    """

    font: str
    line_height: float
    capitals: bool = False

    def width(self, text: str, size: float) -> float:
        """The width (points) of `text` at `size`; a character the font lacks counts as one
        em, as wide as the fallback fonts clients draw it in (CJK, emoji) are."""
        if self.capitals:
            text = text.upper()
        width = stringWidth(text, self.font, size)
        absent = {character for character in set(text) if ord(character) not in _covered(self.font)}
        if absent:
            missing = sum(text.count(character) for character in absent)
            default = getFont(self.font).face.defaultWidth
            width += missing * size * max(0.0, 1.0 - default / 1000)
        return width

    def wrap(self, text: str, size: float, width: float) -> list[str]:
        """Greedy word wrap into lines no wider than `width`; words too long are broken (one
        character a line at the least, so a box of no width still ends)."""
        limit = width * WIDTH_SAFETY
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}" if current else word
            if self.width(candidate, size) <= limit:
                current = candidate
                continue
            if current:
                lines.append(current)
            current = ""
            while word and self.width(word, size) > limit:
                cut = max(self._letters_within(word, size, limit), 1)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        if current or not lines:
            lines.append(current)
        return lines

    def _letters_within(self, word: str, size: float, limit: float) -> int:
        """How many of the word's first letters fit in `limit`. They are first sought among
        as many as the line holds of letters a tenth of an em wide (narrower ones print
        nothing), so a 1,500-letter string is not measured whole a dozen times a line."""

        def fits(count: int) -> bool:
            return self.width(word[:count], size) <= limit

        most = min(len(word), int(limit / (size * _NARROWEST)) + 1)
        if most < len(word) and not fits(most):
            return longest_that_fits(most, fits)
        return longest_that_fits(len(word), fits)

    def height(self, paragraphs: Sequence[str], size: float, width: float, gap: float) -> float:
        """Height of `paragraphs` set at `size` in a box `width` wide, `gap` before each but
        the first, single line spacing."""
        count = sum(len(self.wrap(text, size, width)) for text in paragraphs)
        return count * size * self.line_height + gap * max(len(paragraphs) - 1, 0)


def largest_fit(
    paragraphs: Sequence[str],
    measure: Measure,
    box: Box,
    largest: float,
    smallest: float,
    *,
    indent: float = 0.0,
    gap: float = 0.0,
) -> float | None:
    """The largest size from `largest` down to `smallest` at which `paragraphs` fit inside
    `box` (with the text insets), or None when they do not fit even at `smallest`.

    `indent` is taken off the width of every line (a bullet's hanging indent); `gap` is the
    space before every paragraph but the first, as a share of the size.
    """
    width = box[2] - 2 * INSET - indent
    height = box[3] - INSET - INSET_BOTTOM
    if width <= 0 or height <= 0 or smallest <= 0:
        return None
    for size in sizes(largest, smallest):
        if measure.height(paragraphs, size, width, gap=size * gap) <= height:
            return size
    return None


def sizes(largest: float, smallest: float) -> list[float]:
    """The sizes tried, largest first: `largest`, then down by SIZE_STEP, ending on `smallest`."""
    found, size = [], largest
    while size > smallest:
        found.append(size)
        size -= SIZE_STEP
    return [*found, smallest]


@cache
def line_height_of(path: str) -> float:
    """Single line spacing of a TrueType font as a multiple of its size: the largest of what
    the clients use. PowerPoint takes the font's own metrics (OS/2 winAscent + winDescent, or
    hhea ascender + descender + line gap); LibreOffice sets every font at CLIENT_SINGLE_SPACING
    of its size. A font whose tables cannot be read counts as CLIENT_SINGLE_SPACING."""
    try:
        font = TTFontFile(path, charInfo=0)  # the tables only: a seventh of the time
        os2, hhea = font.get_table("OS/2"), font.get_table("hhea")
        win_ascent, win_descent = struct.unpack(">HH", os2[74:78])
        ascender, descender, gap = struct.unpack(">hhh", hhea[4:10])
        units = font.unitsPerEm
    except Exception:  # a font without usable tables: the clients' common value
        return CLIENT_SINGLE_SPACING
    own = max(win_ascent + win_descent, ascender - descender + max(gap, 0)) / units
    return max(own, CLIENT_SINGLE_SPACING)


@cache
def _covered(font: str) -> frozenset[int]:
    """The code points a registered TrueType font has glyphs for (a space always counts)."""
    face = getattr(getFont(font), "face", None)
    return frozenset(getattr(face, "charWidths", {}) or ()) | {0x20, 0xA0}


def longest_that_fits(count: int, fits: Callable[[int], bool]) -> int:
    """The largest n from 0 to `count` for which `fits(n)` holds, where fitting n means
    fitting every smaller n too (a binary search: a word's letters, a paragraph's words)."""
    low, high = 0, count
    while low < high:
        middle = (low + high + 1) // 2
        if fits(middle):
            low = middle
        else:
            high = middle - 1
    return low
