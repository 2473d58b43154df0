"""The handout's paragraph styles: the layout's fonts, sizes and colours, and hyphenation in
the article's language (pyphen, through reportlab)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ..layouts.schema import Layout
from .hyphenation import prepare_hyphenation

HYPHENATION = {"nl": "nl_NL", "en": "en_GB"}


def paragraph_styles(
    layout: Layout, fonts: dict[str, str], language: str
) -> dict[str, ParagraphStyle]:
    """Every style the handout uses, by name; `fonts` are reportlab's names per style."""
    if hyphenation := HYPHENATION.get(language, ""):
        prepare_hyphenation(hyphenation)
    size = layout.handout.body_size
    text = colors.HexColor(layout.colours.text)
    accent = colors.HexColor(layout.colours.accent)
    muted = colors.HexColor(layout.colours.muted)
    body = ParagraphStyle(
        "body",
        fontName=fonts["regular"],
        fontSize=size,
        leading=size * layout.handout.leading,
        textColor=text,
        alignment=TA_JUSTIFY if layout.handout.align == "justify" else TA_LEFT,
        spaceAfter=size * 0.6,
        hyphenationLang=hyphenation,
        embeddedHyphenation=1,
        uriWasteReduce=0.3,
    )
    heading = layout.handout.heading_size
    return {
        "body": body,
        "intro": ParagraphStyle(
            "intro",
            parent=body,
            fontName=fonts["italic"],
            fontSize=size + 1.5,
            leading=(size + 1.5) * layout.handout.leading,
            textColor=muted,
            alignment=TA_LEFT,
        ),
        "lead": ParagraphStyle("lead", parent=body, fontName=fonts["bold"]),
        "item": ParagraphStyle("item", parent=body, alignment=TA_LEFT, spaceAfter=size * 0.25),
        "quote": ParagraphStyle(
            "quote",
            parent=body,
            fontName=fonts["italic"],
            leftIndent=8 * mm,
            rightIndent=8 * mm,
            textColor=muted,
            alignment=TA_LEFT,
        ),
        "caption": ParagraphStyle(
            "caption",
            parent=body,
            fontSize=size - 2,
            leading=(size - 2) * 1.3,
            textColor=muted,
            alignment=TA_LEFT,
        ),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=fonts["bold"],
            fontSize=heading,
            leading=heading * 1.2,
            textColor=accent,
            alignment=TA_LEFT,
            spaceBefore=size * 1.4,
            spaceAfter=size * 0.5,
            keepWithNext=1,
            hyphenationLang="",
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=fonts["bold"],
            fontSize=heading * 0.8,
            leading=heading * 0.8 * 1.25,
            textColor=text,
            alignment=TA_LEFT,
            spaceBefore=size,
            spaceAfter=size * 0.3,
            keepWithNext=1,
            hyphenationLang="",
        ),
        "cover_title": ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=fonts["bold"],
            fontSize=34,
            leading=40,
            textColor=accent,
            alignment=TA_LEFT,
            hyphenationLang="",
            spaceAfter=14,
        ),
        "compact_title": ParagraphStyle(
            "compact_title",
            parent=body,
            fontName=fonts["bold"],
            fontSize=heading * 1.5,
            leading=heading * 1.5 * 1.2,
            textColor=accent,
            alignment=TA_LEFT,
            hyphenationLang="",
            spaceAfter=6,
        ),
        "cover_subtitle": ParagraphStyle(
            "cover_subtitle",
            parent=body,
            fontSize=14,
            leading=19,
            textColor=muted,
            alignment=TA_LEFT,
            spaceAfter=6,
        ),
        "cover_workshop": ParagraphStyle(
            "cover_workshop",
            parent=body,
            fontName=fonts["bold"],
            fontSize=size + 2,
            leading=(size + 2) * 1.3,
            textColor=text,
            alignment=TA_LEFT,
            spaceAfter=2,
        ),
        "box_title": ParagraphStyle(
            "box_title",
            parent=body,
            fontName=fonts["bold"],
            textColor=accent,
            alignment=TA_LEFT,
            spaceBefore=size * 0.4,
            spaceAfter=size * 0.3,
            hyphenationLang="",
        ),
        "credit": ParagraphStyle(
            "credit",
            parent=body,
            fontSize=size,
            textColor=text,
            alignment=TA_LEFT,
        ),
    }
