"""Measuring text with real font metrics, so slide text is sized to fit before it is written.

PowerPoint's "shrink text on overflow" is only a flag that PowerPoint applies after someone
edits the box, and LibreOffice ignores it in conversion; so the deck renderer wraps each
paragraph itself with the widths of the font the slide names (or a metric-compatible one) and
chooses the largest size at which everything fits. Units are points throughout.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFontFile

WIDTH_SAFETY = 0.94
"""Share of a box's width we fill: room for differences in how clients break lines."""


@dataclass(frozen=True)
class Measure:
    """A registered reportlab font and its line height as a multiple of the font size."""

    font: str
    line_height: float

    def width(self, text: str, size: float) -> float:
        return stringWidth(text, self.font, size)

    def wrap(self, text: str, size: float, width: float) -> list[str]:
        """Greedy word wrap into lines no wider than `width`; words too long are broken."""
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
            while self.width(word, size) > limit:
                cut = _longest_prefix(word, lambda piece: self.width(piece, size) <= limit)
                lines.append(word[:cut])
                word = word[cut:]
            current = word
        if current or not lines:
            lines.append(current)
        return lines

    def height(self, paragraphs: list[str], size: float, width: float, gap: float) -> float:
        """Height of `paragraphs` set at `size` in a box `width` wide, `gap` before each but
        the first, single line spacing."""
        count = sum(len(self.wrap(text, size, width)) for text in paragraphs)
        return count * size * self.line_height + gap * max(len(paragraphs) - 1, 0)


@cache
def line_height_of(path: str) -> float:
    """Single line spacing of a TrueType font as a multiple of its size, from its OS/2 table
    (winAscent + winDescent, which PowerPoint and LibreOffice use); 1.2 when unreadable."""
    try:
        font = TTFontFile(path)
        os2 = font.get_table("OS/2")
        ascent, descent = struct.unpack(">HH", os2[74:78])
        return (ascent + descent) / font.unitsPerEm
    except Exception:  # a font without a usable OS/2 table: a common, safe value
        return 1.2


def _longest_prefix(word: str, fits) -> int:
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(word[:middle]):
            low = middle
        else:
            high = middle - 1
    return max(low, 1)
