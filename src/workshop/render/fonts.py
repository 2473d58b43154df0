"""The layout's TrueType fonts, registered with reportlab once per process.

Both renderers use them: the handout embeds them, the deck measures its text with them.
"""

from __future__ import annotations

import hashlib
import struct
import unicodedata
from functools import lru_cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..errors import LayoutError
from ..layouts.schema import Layout
from .font_cache import load_font

STYLES = ("regular", "bold", "italic", "bold_italic")


def register_fonts(layout: Layout) -> dict[str, str]:
    """Register the layout's four fonts; return reportlab's font name for each style.

    Names come from the font files, not the layout's name: two layouts with one name (a copy
    elsewhere) or one font file (a layout and the one it extends) must not mix up fonts.
    """
    names = {style: _name(getattr(layout.fonts, style)) for style in STYLES}
    registered = set(pdfmetrics.getRegisteredFontNames())
    for style, name in names.items():
        if name in registered:
            continue
        path = getattr(layout.fonts, style)
        try:
            pdfmetrics.registerFont(load_font(name, path, _probe))
        except _BROKEN_FONT:
            raise LayoutError(
                layout.folder / "layout.toml",
                f"fonts.{style}: {layout.relative_name(path)} is not a TrueType font that can be "
                "read (a .ttf file with TrueType outlines)",
            ) from None
    family = names["regular"]
    addMapping(family, 0, 0, names["regular"])
    addMapping(family, 1, 0, names["bold"])
    addMapping(family, 0, 1, names["italic"])
    addMapping(family, 1, 1, names["bold_italic"])
    return names


_BROKEN_FONT = (
    TTFError,
    OSError,
    struct.error,
    ValueError,
    LookupError,
    ArithmeticError,
    TypeError,
)
"""What reportlab raises on a damaged font file: a truncated one ends in struct.error."""


def _probe(font: TTFont) -> None:
    """Set a line in the font and write it out as a PDF would (measuring, subsetting): a font
    whose tables are damaged fails here, named, and not halfway through a handout."""
    font.stringWidth(_SAMPLE, 10)
    if not font.face.makeSubset([ord(char) for char in _SAMPLE]):
        raise TTFError("empty subset")


_SAMPLE = "".join(map(chr, [*range(32, 127), *range(160, 256), *range(0x2010, 0x2027), 0x20AC]))
"""The letters articles in Dutch and English are written in: each glyph a handout may need."""


def _name(path) -> str:
    digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:10]
    return f"{path.stem}-{digest}"


FALLBACK_FILE = Path(__file__).parent.parent / "fonts" / "DejaVuSans.ttf"
FALLBACK = "WorkshopFallback-DejaVuSans"
"""The font for letters a layout's fonts lack (Greek, Cyrillic, Hebrew, Arabic, arrows,
symbols): DejaVu Sans, shipped with the package (fonts/LICENSE-DejaVu.txt)."""
REPLACEMENT = "\u25a1"
"""What stands for a character no font has (an emoji, Chinese): a white square, so the
sentence keeps its place and the gap shows."""


def fallback_font() -> str:
    """The fallback font's reportlab name, registered on first use."""
    if FALLBACK not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(load_font(FALLBACK, FALLBACK_FILE, _probe))
    return FALLBACK


def covered(font_name: str) -> frozenset[int]:
    """The characters a registered font has glyphs for."""
    return _coverage(font_name, id(pdfmetrics.getFont(font_name)))


@lru_cache(maxsize=32)
def _coverage(font_name: str, identity: int) -> frozenset[int]:
    face = getattr(pdfmetrics.getFont(font_name), "face", None)
    return frozenset(getattr(face, "charToGlyph", {}) or range(256))


def lacking(text: str, font_name: str) -> set[str]:
    """The characters of `text` that neither the font nor the fallback has (white space,
    controls and marks that print nothing aside)."""
    if text.isascii():
        return set()
    own = covered(font_name)
    missing = {char for char in set(text) if borrows(char, own)}
    if not missing:  # the fallback font (6,000 glyphs) is loaded only when it is needed
        return set()
    extra = covered(fallback_font())
    return {char for char in missing if ord(char) not in extra}


def font_runs(text: str, font_name: str) -> list[tuple[str, str]]:
    """`text` as runs of (font, letters) to set it in `font_name`: the letters that font lacks
    from the fallback font, and one no font has as a white square."""
    if text.isascii():
        return [(font_name, text)] if text else []
    own = covered(font_name)
    if not any(borrows(char, own) for char in text):
        return [(font_name, text)]
    extra = covered(fallback_font())
    runs: list[tuple[str, list[str]]] = []
    for char in text:
        need = borrows(char, own)
        if need and ord(char) not in extra:
            char = REPLACEMENT
        name = FALLBACK if need else font_name
        if not runs or runs[-1][0] != name:
            runs.append((name, []))
        runs[-1][1].append(char)
    return [(name, "".join(chars)) for name, chars in runs]


def runs_width(runs: list[tuple[str, str]], size: float) -> float:
    """The width in points of `runs` set at `size`."""
    return sum(pdfmetrics.stringWidth(letters, name, size) for name, letters in runs)


def borrows(char: str, own: frozenset[int]) -> bool:
    """Whether a character must come from another font than the one with `own` glyphs: it
    prints something (not white space, a control or an invisible format mark) and is missing."""
    return ord(char) not in own and unicodedata.category(char)[0] not in "ZC"
