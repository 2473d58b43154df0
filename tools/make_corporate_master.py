"""Make `layouts/corporate/master.pptx` and `logo.png`: the example company's PowerPoint master.

The corporate layout shows how a company's own template plugs in, so it needs one that looks
like a company made it: a navy title band with the logo, its own Dutch slide layout names, a
footer, slide numbers, and title slides in the company colour. This script is how the project
made it; run it again after changing it: `python tools/make_corporate_master.py`.
"""

from __future__ import annotations

import io
from pathlib import Path

from lxml import etree
from PIL import Image, ImageDraw, ImageFont
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Emu, Inches

from workshop.render.package import save

FOLDER = Path(__file__).resolve().parent.parent / "layouts" / "corporate"
CARLITO_BOLD = FOLDER.parent / "coaching" / "fonts" / "Carlito-Bold.ttf"
NAVY = RGBColor(0x1B, 0x36, 0x5D)
TEAL = RGBColor(0x00, 0x8C, 0x95)
PALE = RGBColor(0xE8, 0xEE, 0xF5)
GREY = RGBColor(0x59, 0x59, 0x59)
WHITE = RGBColor(0xFF, 0xFF, 0xFF)
WIDTH, HEIGHT = Inches(13.333), Inches(7.5)
BAND = Inches(1.3)  # room for a title of two lines at the smallest title size
MARGIN = Inches(0.6)
NAMES = {  # the default template's layouts kept, under the company's own names
    "Title Slide": "Titeldia",
    "Title and Content": "Titel en inhoud",
    "Section Header": "Sectiekop",
    "Title Only": "Alleen titel",
    "Content with Caption": "Inhoud met bijschrift",
    "Picture with Caption": "Afbeelding met bijschrift",
}


def main() -> None:
    FOLDER.mkdir(parents=True, exist_ok=True)
    logo_white, logo_navy = _logo(WHITE), _logo(NAVY)
    (FOLDER / "logo.png").write_bytes(logo_navy)
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = WIDTH, HEIGHT
    _keep_layouts(presentation)
    master = presentation.slide_master
    _master_look(master, logo_white)
    for slide_layout in presentation.slide_layouts:
        _furniture(slide_layout)
        if slide_layout.name in ("Titeldia",):
            _title_slide(slide_layout)
        elif slide_layout.name == "Sectiekop":
            _section_header(slide_layout)
        elif slide_layout.name == "Inhoud met bijschrift":
            _content_with_caption(slide_layout)
        elif slide_layout.name == "Afbeelding met bijschrift":
            _picture_with_caption(slide_layout)
        else:
            _inherit_master_boxes(slide_layout)
    presentation.core_properties.title = "Voorbeeld BV"
    (FOLDER / "master.pptx").write_bytes(save(presentation))  # the same bytes every time
    print(f"wrote {FOLDER / 'master.pptx'} and {FOLDER / 'logo.png'}")


def _keep_layouts(presentation) -> None:
    for slide_layout in list(presentation.slide_layouts):
        if slide_layout.name in NAMES:
            slide_layout.name = NAMES[slide_layout.name]
        else:
            presentation.slide_layouts.remove(slide_layout)


def _master_look(master, logo: bytes) -> None:
    """White slides with a navy title band, a teal rule under it, the logo at its right."""
    spTree = master.shapes._spTree
    band = _rectangle(master, 0, 0, WIDTH, BAND, NAVY)
    rule = _rectangle(master, 0, BAND, WIDTH, Inches(0.06), TEAL)
    picture = _picture(master, logo, WIDTH - MARGIN - Inches(1.9), Inches(0.4), Inches(1.9))
    for element in (picture, rule, band):  # behind the placeholders
        spTree.remove(element)
        spTree.insert(2, element)
    for shape in master.placeholders:
        kind = shape.placeholder_format.type
        if kind == PP_PLACEHOLDER.TITLE:
            _box(shape, MARGIN, Inches(0.08), WIDTH - 2 * MARGIN - Inches(2.2), BAND - Inches(0.16))
            shape.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        elif kind == PP_PLACEHOLDER.BODY:
            _box(shape, MARGIN, Inches(1.65), WIDTH - 2 * MARGIN, Inches(5.0))
        elif kind == PP_PLACEHOLDER.DATE:  # a company deck is dated by its file, not a field
            shape._element.getparent().remove(shape._element)
        elif kind == PP_PLACEHOLDER.FOOTER:
            _box(shape, Inches(4.2), Inches(6.95), Inches(4.9), Inches(0.4))
            shape.text_frame.text = "Voorbeeld BV · vertrouwelijk"
        elif kind == PP_PLACEHOLDER.SLIDE_NUMBER:
            _box(shape, WIDTH - MARGIN - Inches(2.5), Inches(6.95), Inches(2.5), Inches(0.4))
    styles = master._element.find(qn("p:txStyles"))
    _style(styles.find(qn("p:titleStyle")), WHITE, bold=True)
    for level in styles.find(qn("p:bodyStyle")):
        if level.tag != qn("a:extLst"):
            _level_colour(level, GREY)


def _title_slide(slide_layout) -> None:
    """The opening and closing slides: navy all over, white title, pale subtitle."""
    _style_layout(
        slide_layout,
        NAVY,
        {
            PP_PLACEHOLDER.CENTER_TITLE: ((0.9, 2.2, 10.4, 2.0), MSO_ANCHOR.BOTTOM, WHITE, True),
            PP_PLACEHOLDER.SUBTITLE: ((0.9, 4.45, 10.4, 1.4), MSO_ANCHOR.TOP, PALE, None),
        },
    )
    _rectangle(slide_layout, Inches(0.9), Inches(4.3), Inches(1.6), Inches(0.08), TEAL)


def _section_header(slide_layout) -> None:
    """Statements (a question, a quote): pale blue, the title a small label in teal, the
    text under it large."""
    _style_layout(
        slide_layout,
        PALE,
        {
            PP_PLACEHOLDER.TITLE: ((1.2, 1.55, 10.9, 0.6), MSO_ANCHOR.BOTTOM, TEAL, True),
            PP_PLACEHOLDER.BODY: ((1.2, 2.3, 10.9, 3.4), MSO_ANCHOR.TOP, NAVY, False),
        },
    )


def _content_with_caption(slide_layout) -> None:
    """Exercises: the title in the band, the steps on the left, a note in teal on the right."""
    _banded(
        slide_layout,
        {
            PP_PLACEHOLDER.OBJECT: ((MARGIN, Inches(1.65), Inches(7.6), Inches(5.0)), None),
            PP_PLACEHOLDER.BODY: (
                (MARGIN + Inches(8.0), Inches(1.65), Inches(3.5), Inches(5.0)),
                (TEAL, PP_ALIGN.LEFT),
            ),
        },
    )


def _picture_with_caption(slide_layout) -> None:
    """Pictures: the title in the band, the picture below it, its caption under it, centred."""
    _banded(
        slide_layout,
        {
            PP_PLACEHOLDER.PICTURE: ((MARGIN, Inches(1.6), WIDTH - 2 * MARGIN, Inches(4.55)), None),
            PP_PLACEHOLDER.BODY: (
                (MARGIN, Inches(6.2), WIDTH - 2 * MARGIN, Inches(0.62)),
                (GREY, PP_ALIGN.CENTER),
            ),
        },
    )


def _banded(slide_layout, parts: dict) -> None:
    """A slide layout whose title sits in the master's band, and each placeholder kind in
    `parts` in its box (EMU), with its text colour and alignment when given."""
    _inherit_master_boxes(slide_layout)
    for shape in slide_layout.placeholders:
        kind = shape.placeholder_format.type
        if kind == PP_PLACEHOLDER.TITLE:
            _placeholder_text(shape, WHITE, PP_ALIGN.LEFT, bold=True)
            shape.text_frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        elif kind in parts:
            box, text = parts[kind]
            _box(shape, *box)
            if text is not None:
                _placeholder_text(shape, *text, bold=False)


def _style_layout(slide_layout, background: RGBColor, placeholders: dict) -> None:
    """A slide layout's background, and for each placeholder kind its box (inches), anchor,
    text colour and boldness (None: as the master has it); text is left-aligned."""
    slide_layout.background.fill.solid()
    slide_layout.background.fill.fore_color.rgb = background
    for shape in slide_layout.placeholders:
        spec = placeholders.get(shape.placeholder_format.type)
        if spec is None:
            continue
        box, anchor, colour, bold = spec
        _box(shape, *(Inches(value) for value in box))
        shape.text_frame.vertical_anchor = anchor
        _placeholder_text(shape, colour, PP_ALIGN.LEFT, bold=bold)


def _inherit_master_boxes(slide_layout) -> None:
    """Title and body boxes as on the master (the default template's are for 4:3)."""
    master = {p.placeholder_format.type: p for p in slide_layout.slide_master.placeholders}
    kinds = {PP_PLACEHOLDER.OBJECT: PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.PICTURE: None}
    for shape in slide_layout.placeholders:
        kind = shape.placeholder_format.type
        source = master.get(kinds.get(kind, kind))
        if source is not None:
            _box(shape, source.left, source.top, source.width, source.height)


def _furniture(slide_layout) -> None:
    """Footer and slide number where the master has them; no date."""
    master = {p.placeholder_format.type: p for p in slide_layout.slide_master.placeholders}
    for shape in list(slide_layout.placeholders):
        kind = shape.placeholder_format.type
        if kind == PP_PLACEHOLDER.DATE:
            shape._element.getparent().remove(shape._element)
        elif kind in (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER):
            source = master[kind]
            _box(shape, source.left, source.top, source.width, source.height)
            if kind == PP_PLACEHOLDER.FOOTER:
                shape.text_frame.text = "Voorbeeld BV · vertrouwelijk"


def _box(shape, left, top, width, height) -> None:
    shape.left, shape.top, shape.width, shape.height = (
        Emu(int(left)),
        Emu(int(top)),
        Emu(int(width)),
        Emu(int(height)),
    )


def _rectangle(owner, left, top, width, height, colour: RGBColor):
    """A filled rectangle without outline on a master or layout (python-pptx adds shapes to
    slides only, so it is made on a throwaway slide's shape tree and moved)."""
    from pptx.shapes.shapetree import SlideShapes

    shapes = SlideShapes(owner.shapes._spTree, owner)
    shape = shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, width, height)
    shape.fill.solid()
    shape.fill.fore_color.rgb = colour
    shape.line.fill.background()
    shape.shadow.inherit = False
    return shape._element


def _picture(master, data: bytes, left, top, width):
    _, rId = master.part.get_or_add_image_part(io.BytesIO(data))
    with Image.open(io.BytesIO(data)) as image:
        height = int(width * image.height / image.width)
    from pptx.oxml.shapes.picture import CT_Picture

    pic = CT_Picture.new_pic(1000, "Logo", "Voorbeeld BV", rId, left, top, width, height)
    master.shapes._spTree.append(pic)
    return pic


def _style(style, colour: RGBColor, bold: bool) -> None:
    level = style.find(qn("a:lvl1pPr"))
    level.set("algn", "l")
    _level_colour(level, colour)
    level.find(qn("a:defRPr")).set("b", "1" if bold else "0")


def _level_colour(level, colour: RGBColor) -> None:
    properties = level.find(qn("a:defRPr"))
    for old in properties.findall(qn("a:solidFill")):
        properties.remove(old)
    fill = etree.SubElement(properties, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr")).set("val", str(colour))
    # a:solidFill must come before the font elements (a:latin, a:ea, a:cs) in CT_TextCharProps
    fonts = [child for child in properties if child.tag in (qn("a:latin"), qn("a:ea"), qn("a:cs"))]
    for child in fonts:
        properties.remove(child)
        properties.append(child)


def _placeholder_text(shape, colour: RGBColor, align, bold: bool | None = None) -> None:
    """The placeholder's own text style (its a:lstStyle), which slides made from it inherit."""
    body = shape.text_frame._txBody
    old = body.find(qn("a:lstStyle"))
    styles = etree.Element(qn("a:lstStyle"))
    level = etree.SubElement(styles, qn("a:lvl1pPr"))
    level.set("algn", {PP_ALIGN.LEFT: "l", PP_ALIGN.CENTER: "ctr"}[align])
    level.set("indent", "0")
    level.set("marL", "0")
    etree.SubElement(level, qn("a:buNone"))
    properties = etree.SubElement(level, qn("a:defRPr"))
    if bold is not None:
        properties.set("b", "1" if bold else "0")
    fill = etree.SubElement(properties, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr")).set("val", str(colour))
    body.replace(old, styles) if old is not None else body.insert(1, styles)


def _logo(colour: RGBColor) -> bytes:
    """The example company's logo: a square mark and its name, on a transparent background."""
    font = ImageFont.truetype(str(CARLITO_BOLD), 120)
    text = "VOORBEELD BV"
    left, top, right, bottom = font.getbbox(text)
    mark = 150
    image = Image.new("RGBA", (mark + 40 + right, 170), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    fill = (colour[0], colour[1], colour[2], 255)
    draw.rectangle((0, 10, mark, 10 + mark), fill=fill)
    draw.rectangle((mark * 0.3, 10 + mark * 0.3, mark * 0.7, 10 + mark * 0.7), fill=(0, 0, 0, 0))
    draw.text((mark + 40, 85), text, font=font, fill=fill, anchor="lm")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


if __name__ == "__main__":
    main()
