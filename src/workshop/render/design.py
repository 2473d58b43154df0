"""The built-in deck designs as real PowerPoint masters, made from a layout's layout.toml.

A layout without a `.pptx` master of its own still gets one: its colours become the theme's
colours, its deck font the theme's fonts, its logo and footer go on the master, and its slide
layouts carry named title, body, picture, footer and slide-number placeholders. The deck is
then written into it like into any company's master, so every slide has a real title, and a
facilitator who adds a slide, reapplies a layout or changes the theme gets the design.

The master is made from python-pptx's default package (its theme, notes master and parts),
with the master, its slide layouts and the theme's colours and fonts replaced; it depends
only on the layout's look and the deck's language, and is made once per process for each.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import quoteattr

from PIL import Image
from pptx.oxml.ns import qn

from ..layouts.schema import MASTER_LAYOUTS, Layout
from .fit import INSET, Box
from .ooxml import GROUP, emu, fill, level, parse, placeholder, rectangle, themed, xfrm
from .package import save
from .placement import CAPTION_BAND
from .slides import BULLET_INDENT

SLIDE_WIDTH, SLIDE_HEIGHT = 960.0, 540.0  # points: 13.333 × 7.5 in, 16:9
MARGIN = 54.0
TITLE = (MARGIN, 34.0, SLIDE_WIDTH - 2 * MARGIN, 104.0)
BODY = (MARGIN, 160.0, SLIDE_WIDTH - 2 * MARGIN, 318.0)
COVER_TITLE = (MARGIN + 24, 150.0, SLIDE_WIDTH - 2 * MARGIN - 24, 170.0)
COVER_SUBTITLE = (MARGIN + 24, 330.0, SLIDE_WIDTH - 2 * MARGIN - 24, 110.0)
LABEL = (MARGIN + 40, 96.0, SLIDE_WIDTH - 2 * MARGIN - 80, 40.0)
STATEMENT = (MARGIN + 40, 150.0, SLIDE_WIDTH - 2 * MARGIN - 80, 280.0)
CAPTION_HEIGHT = CAPTION_BAND
PICTURE = (BODY[0], BODY[1], BODY[2], BODY[3] - CAPTION_HEIGHT)
CAPTION = (BODY[0], BODY[1] + BODY[3] - CAPTION_HEIGHT, BODY[2], CAPTION_HEIGHT)
STEPS = (BODY[0], BODY[1], 540.0, BODY[3])
NOTE = (BODY[0] + 564.0, BODY[1], BODY[2] - 564.0, BODY[3])
FOOTER = (MARGIN, SLIDE_HEIGHT - 40, SLIDE_WIDTH - 2 * MARGIN - 100, 26.0)
NUMBER = (SLIDE_WIDTH - MARGIN - 80, SLIDE_HEIGHT - 40, 80.0, 26.0)
FURNITURE_SIZE = 12.0
LOGO_HEIGHT, LOGO_WIDTH = 36.0, 160.0  # at most, points

LAYOUT_NAMES = {
    "en": {
        "title": "Title Slide",
        "content": "Title and Content",
        "section": "Section Header",
        "title_only": "Title Only",
        "blank": "Blank",
        "content_caption": "Content with Caption",
        "picture_caption": "Picture with Caption",
    },
    "nl": {
        "title": "Titeldia",
        "content": "Titel en inhoud",
        "section": "Sectiekop",
        "title_only": "Alleen titel",
        "blank": "Leeg",
        "content_caption": "Inhoud met bijschrift",
        "picture_caption": "Afbeelding met bijschrift",
    },
}
"""The slide layouts of a built-in master, in the order PowerPoint lists them, by the names
PowerPoint gives them in the deck's language."""
_BY_ENGLISH = {name: key for key, name in LAYOUT_NAMES["en"].items()}
"""Each slide layout's key by its English name: the names `MASTER_LAYOUTS` gives each kind of
slide, for company masters and built-in ones alike."""


@dataclass(frozen=True)
class BuiltInMaster:
    """A generated master: the .pptx bytes and the name of the slide layout per slide kind."""

    data: bytes
    names: dict[str, str]


def built_in_master(layout: Layout, language: str) -> BuiltInMaster:
    """The master of the layout's built-in design, with slide layout names in `language`
    (English for a language PowerPoint names are not known in here)."""
    language = language if language in LAYOUT_NAMES else "en"
    logo = layout.logo.read_bytes() if layout.logo is not None else b""
    look = _Look(
        name=layout.name,
        accent=layout.colours.accent[1:].upper(),
        text=layout.colours.text[1:].upper(),
        muted=layout.colours.muted[1:].upper(),
        background=layout.colours.background[1:].upper(),
        tint=layout.colours.tint[1:].upper(),
        font=layout.fonts.deck_name,
        title_size=layout.deck.title_max,
        body_size=layout.deck.body_max,
        footer=layout.footer,
        organisation=(layout.contact or {}).get("organisation", ""),
        has_logo=bool(logo),
    )
    data = _master_bytes(look, language, logo)
    names = LAYOUT_NAMES[language]
    kinds = {kind: names[_BY_ENGLISH[english]] for kind, english in MASTER_LAYOUTS.items()}
    return BuiltInMaster(data, kinds)


@dataclass(frozen=True)
class _Look:
    """Everything of a layout a built-in master depends on (colours as RRGGBB) but the logo's
    bytes: with them, the key its master is cached by."""

    name: str
    accent: str
    text: str
    muted: str
    background: str
    tint: str
    font: str
    title_size: float
    body_size: float
    footer: str
    organisation: str
    has_logo: bool


@lru_cache(maxsize=16)
def _master_bytes(look: _Look, language: str, logo: bytes) -> bytes:
    from pptx import Presentation
    from pptx.opc.constants import RELATIONSHIP_TYPE as RT
    from pptx.util import Pt

    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Pt(SLIDE_WIDTH), Pt(SLIDE_HEIGHT)
    master = presentation.slide_master
    names = LAYOUT_NAMES[language]
    for slide_layout in list(presentation.slide_layouts):
        key = _BY_ENGLISH.get(slide_layout.name)
        if key is None:
            presentation.slide_layouts.remove(slide_layout)
            continue
        cSld = parse(_layout_cSld(key, names[key], look))
        slide_layout._element.replace(slide_layout._element.cSld, cSld)
        slide_layout._element.set("showMasterSp", "1")
    logo_xml = ""
    if logo:
        _, rId = master.part.get_or_add_image_part(io.BytesIO(logo))
        logo_xml = _logo(rId, logo, look.organisation)
    element = master._element
    element.replace(element.cSld, parse(_master_cSld(look, logo_xml)))
    element.replace(element.find(qn("p:txStyles")), parse(_text_styles(look)))
    colours = {
        "dk1": look.text,
        "lt1": look.background,
        "dk2": look.muted,
        "lt2": look.tint,
        "accent1": look.accent,
    }
    theme_part = master.part.part_related_by(RT.THEME)
    theme_part._blob = themed(theme_part.blob, look.name, colours, look.font)
    return save(presentation)


def _furniture(first_id: int, look: _Look, master: bool = False) -> str:
    """The footer and slide-number placeholders (no date: a workshop deck is dated by its
    file), muted and small at the foot of the slide."""
    footer_idx, number_idx = (3, 4) if master else (11, 12)
    number = (
        '<a:fld id="{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}" type="slidenum"><a:t>‹#›</a:t></a:fld>'
    )
    footer = placeholder(
        first_id,
        "Footer",
        f'type="ftr" sz="quarter" idx="{footer_idx}"',
        FOOTER,
        "t",
        level(FURNITURE_SIZE, "tx2"),
        look.footer,
    )
    slide_number = placeholder(
        first_id + 1,
        "Slide number",
        f'type="sldNum" sz="quarter" idx="{number_idx}"',
        NUMBER,
        "t",
        level(FURNITURE_SIZE, "tx2", align="r"),
    ).replace("<a:p></a:p>", f"<a:p>{number}</a:p>")
    return footer + slide_number


def _title_box(box: Box, look: _Look) -> Box:
    """A title's box, narrowed to leave the logo's corner free when there is one."""
    if not look.has_logo:
        return box
    x, y, width, height = box
    room = SLIDE_WIDTH - MARGIN - LOGO_WIDTH - 16 - x
    return (x, y, min(width, room), height)


def _titled(look: _Look) -> str:
    """The title placeholder (bottom-aligned, so the accent rule under it follows the text)."""
    box = _title_box(TITLE, look)
    title = placeholder(2, "Title", 'type="title"', box, "b")
    return title + rectangle(90, "Rule", (box[0] + INSET, box[1] + box[3] + 2, 90.0, 4))


def _layout_cSld(key: str, name: str, look: _Look) -> str:
    """The shapes of one slide layout: its placeholders in reading order, then its bands and
    rules."""
    match key:
        case "title":
            title_box = _title_box(COVER_TITLE, look)
            shapes = (
                placeholder(2, "Title", 'type="ctrTitle"', title_box, "b")
                + placeholder(
                    3,
                    "Subtitle",
                    'type="subTitle" idx="1"',
                    COVER_SUBTITLE,
                    "t",
                    level(look.body_size, "tx2", bold=False),
                )
                + rectangle(90, "Band", (0, 0, 22, SLIDE_HEIGHT))
                + rectangle(91, "Rule", (title_box[0] + INSET, 322, 120, 4))
            )
        case "content":
            shapes = _titled(look) + placeholder(3, "Content", 'idx="1"', BODY)
        case "section":
            shapes = (
                placeholder(
                    2, "Title", 'type="title"', LABEL, "b", level(look.body_size, "accent1")
                )
                + placeholder(
                    3,
                    "Text",
                    'type="body" idx="1"',
                    STATEMENT,
                    "ctr",
                    level(look.title_size, "tx1", bold=False),
                )
                + rectangle(90, "Rule", (LABEL[0] + INSET, LABEL[1] + LABEL[3] + 2, 60, 4))
            )
        case "title_only":
            shapes = _titled(look)
        case "content_caption":
            shapes = (
                _titled(look)
                + placeholder(3, "Content", 'idx="1"', STEPS)
                + placeholder(
                    4,
                    "Text",
                    'type="body" sz="half" idx="2"',
                    NOTE,
                    "t",
                    level(look.body_size, "tx2", bold=False),
                )
                + rectangle(91, "Bar", (NOTE[0] - 14, NOTE[1] + INSET, 4, 120))
            )
        case "picture_caption":
            shapes = (
                _titled(look)
                + placeholder(
                    3, "Picture", 'type="pic" idx="1"', PICTURE, "ctr", level(None, "tx2")
                )
                + placeholder(
                    4,
                    "Caption",
                    'type="body" sz="half" idx="2"',
                    CAPTION,
                    "t",
                    level(14, "tx2", bold=False, align="ctr"),
                )
            )
        case _:
            shapes = ""
    return (
        f"<p:cSld name={quoteattr(name)}><p:spTree>{GROUP}{shapes}"
        f"{_furniture(20, look)}</p:spTree></p:cSld>"
    )


def _master_cSld(look: _Look, logo: str) -> str:
    """The master: the background, the title and body placeholders every layout starts from,
    the footer and number, and the logo in the top right corner."""
    shapes = (
        placeholder(2, "Title", 'type="title"', _title_box(TITLE, look), "b")
        + placeholder(3, "Text", 'type="body" idx="1"', BODY)
        + _furniture(4, look, master=True)
        + logo
    )
    return (
        '<p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg>'
        f"<p:spTree>{GROUP}{shapes}</p:spTree></p:cSld>"
    )


def _text_styles(look: _Look) -> str:
    """Titles bold in the accent colour, text in the text colour with accent bullets, all in
    the theme's fonts (the layout's deck font)."""
    fonts = '<a:latin typeface="+mj-lt"/>', '<a:latin typeface="+mn-lt"/>'
    title = (
        '<a:lvl1pPr algn="l"><a:spcBef><a:spcPts val="0"/></a:spcBef><a:buNone/>'
        f'<a:defRPr sz="{round(look.title_size * 100)}" b="1">{fill("accent1")}{fonts[0]}'
        "</a:defRPr></a:lvl1pPr>"
    )
    levels = ""
    for number, (bullet, size) in enumerate((("•", 1.0), ("–", 0.85), ("•", 0.75)), start=1):
        margin = emu(BULLET_INDENT * number)
        levels += (
            f'<a:lvl{number}pPr marL="{margin}" indent="{-emu(BULLET_INDENT)}" algn="l">'
            '<a:spcBef><a:spcPct val="50000"/></a:spcBef>'
            '<a:buClr><a:schemeClr val="accent1"/></a:buClr><a:buFont typeface="Arial"/>'
            f'<a:buChar char="{bullet}"/><a:defRPr sz="{round(look.body_size * size * 100)}">'
            f"{fill('tx1')}{fonts[1]}</a:defRPr></a:lvl{number}pPr>"
        )
    other = f"<a:lvl1pPr><a:defRPr>{fill('tx1')}{fonts[1]}</a:defRPr></a:lvl1pPr>"
    return (
        f"<p:txStyles><p:titleStyle>{title}</p:titleStyle><p:bodyStyle>{levels}</p:bodyStyle>"
        f"<p:otherStyle>{other}</p:otherStyle></p:txStyles>"
    )


def _logo(rId: str, data: bytes, organisation: str) -> str:
    """The logo at most LOGO_WIDTH × LOGO_HEIGHT, in the top right corner, in proportion."""
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
    scale = min(LOGO_WIDTH / width, LOGO_HEIGHT / height)
    box = (SLIDE_WIDTH - MARGIN - width * scale, 24.0, width * scale, height * scale)
    description = f"Logo {organisation}".strip()
    return (
        f'<p:pic><p:nvPicPr><p:cNvPr id="9" name="Logo" descr={quoteattr(description)}/>'
        '<p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr userDrawn="1"/>'
        f'</p:nvPicPr><p:blipFill><a:blip r:embed="{rId}"/><a:stretch><a:fillRect/></a:stretch>'
        f'</p:blipFill><p:spPr>{xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        "</p:spPr></p:pic>"
    )
