"""Writing the parts of a PowerPoint master as DrawingML: placeholders, shapes, styles, theme.

The built-in designs (`design.py`) are masters written here rather than drawn with
python-pptx, which has no API for masters and slide layouts; every fragment is a string of
the p:, a: and r: elements PowerPoint itself writes, parsed into python-pptx's own element
classes. Text in a fragment (a name, the footer) is escaped; sizes are in points.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape, quoteattr

from lxml import etree
from pptx.oxml import parse_xml

from .fit import INSET, INSET_BOTTOM, Box
from .package import EMU_PER_POINT

NAMESPACES = (
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"'
)


def parse(xml: str) -> etree._Element:
    """An element written with the p:, a: and r: prefixes, as python-pptx's own class."""
    wrapped = re.sub(r"^<([\w:]+)", rf"<\1 {NAMESPACES}", xml, count=1)
    return parse_xml(wrapped.encode("utf-8"))


def emu(points: float) -> int:
    return round(points * EMU_PER_POINT)


def xfrm(box: Box) -> str:
    x, y, width, height = (emu(value) for value in box)
    return f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{width}" cy="{height}"/></a:xfrm>'


def fill(colour: str) -> str:
    return f'<a:solidFill><a:schemeClr val="{colour}"/></a:solidFill>'


def run_style(size: float | None, colour: str, bold: bool | None = None) -> str:
    size_attribute = f' sz="{round(size * 100)}"' if size else ""
    bold_attribute = "" if bold is None else f' b="{int(bold)}"'
    return f"<a:defRPr{size_attribute}{bold_attribute}>{fill(colour)}</a:defRPr>"


def level(size: float | None, colour: str, bold: bool | None = None, align: str = "l") -> str:
    """A lvl1pPr for plain paragraphs (no indent, no bullet) of `size` points (None: as the
    master has it) in the scheme colour `colour`."""
    return (
        f'<a:lvl1pPr marL="0" indent="0" algn="{align}"><a:buNone/>'
        f"{run_style(size, colour, bold)}</a:lvl1pPr>"
    )


def placeholder(
    shape_id: int,
    name: str,
    ph: str,
    box: Box,
    anchor: str = "t",
    style: str = "",
    prompt: str = "",
) -> str:
    """A placeholder `<p:sp>`: `ph` its p:ph attributes, `style` its own lvl1pPr (see
    `level`), `prompt` its text."""
    body = (
        f'<a:bodyPr wrap="square" lIns="{emu(INSET)}" tIns="{emu(INSET)}" '
        f'rIns="{emu(INSET)}" bIns="{emu(INSET_BOTTOM)}" anchor="{anchor}"><a:noAutofit/>'
        "</a:bodyPr>"
    )
    text = f"<a:r><a:t>{escape(prompt)}</a:t></a:r>" if prompt else ""
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name={quoteattr(name)}/>'
        f'<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph {ph}/></p:nvPr></p:nvSpPr>'
        f'<p:spPr>{xfrm(box)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>'
        f"<p:txBody>{body}<a:lstStyle>{style}</a:lstStyle><a:p>{text}</a:p></p:txBody></p:sp>"
    )


def rectangle(shape_id: int, name: str, box: Box, colour: str = "accent1") -> str:
    """A filled rectangle without outline: the design's bands and rules."""
    return (
        f'<p:sp><p:nvSpPr><p:cNvPr id="{shape_id}" name="{name}"/><p:cNvSpPr/>'
        f'<p:nvPr userDrawn="1"/></p:nvSpPr><p:spPr>{xfrm(box)}'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>{fill(colour)}<a:ln><a:noFill/></a:ln>'
        f"</p:spPr></p:sp>"
    )


GROUP = (
    '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
    '<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/>'
    '<a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>'
)


def themed(blob: bytes, name: str, colours: dict[str, str], font: str) -> bytes:
    """The theme `blob` renamed `name`, with `colours` (RRGGBB by scheme slot: dk1, lt1, …)
    and `font` as its heading and body font."""
    theme = etree.fromstring(blob)
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    theme.set("name", name)
    scheme = theme.find(f"{a}themeElements/{a}clrScheme")
    scheme.set("name", name)
    for slot, colour in colours.items():
        holder = scheme.find(f"{a}{slot}")
        for child in list(holder):
            holder.remove(child)
        etree.SubElement(holder, f"{a}srgbClr").set("val", colour)
    fonts = theme.find(f"{a}themeElements/{a}fontScheme")
    fonts.set("name", font)
    for kind in ("majorFont", "minorFont"):
        fonts.find(f"{a}{kind}/{a}latin").set("typeface", font)
    return etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)
