"""The layout's TrueType fonts, registered with reportlab once per process.

Both renderers use them: the handout embeds them, the deck measures its text with them.
"""

from __future__ import annotations

import hashlib
import struct

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from ..errors import LayoutError
from ..layouts.schema import Layout

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
            font = TTFont(name, str(path))
            _probe(font)
            pdfmetrics.registerFont(font)
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
