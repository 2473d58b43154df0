"""The layout's TrueType fonts, registered with reportlab once per process.

Both renderers use them: the handout embeds them, the deck measures its text with them.
"""

from __future__ import annotations

import hashlib

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
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (TTFError, OSError):
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


def _name(path) -> str:
    digest = hashlib.sha1(str(path).encode("utf-8")).hexdigest()[:10]
    return f"{path.stem}-{digest}"
