"""A deck's master: opening it, choosing its slide layouts by name, and reading their boxes.

Every deck is written into a master: a company's own .pptx or .potx, or the built-in design
made from the layout (`design.py`). Here the slide layout for each kind of slide is found by
the name the layout gives it, and the placeholders of each become the `Geometry` placement
fits text to, with how the master sets their text (bold, capitals), so it is measured so.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from lxml import etree
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.oxml.ns import qn

from ..errors import LayoutError
from .fit import INSET, INSET_BOTTOM, Box
from .package import EMU_PER_POINT, as_presentation, compile_queries_once, name_parts_quickly
from .placement import picture_area
from .slides import Geometry, Slot

TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
TEXTS = (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.BODY)
PICTURES = (PP_PLACEHOLDER.PICTURE, PP_PLACEHOLDER.BITMAP)
NEEDS = {
    "title": ("title",),
    "closing": ("title",),
    "agenda": ("title", "body"),
    "bullets": ("title", "body"),
    "table": ("title", "body"),
    "statement": ("title", "body"),
    "image": ("title",),
    "exercise": ("title", "body", "caption"),
}
"""The parts each kind of slide needs its slide layout to have as placeholders."""
PART_NAMES = {"title": "title", "body": "text or content", "caption": "second text"}
MINIMUM_PICTURE = 72.0
"""A picture's area must be at least this wide and high (points)."""


MOST_UNPACKED = 100_000_000
"""Bytes a master may unpack to: a company's master with its pictures is a few MB; a zip bomb
of 3 MB unpacked to gigabytes."""


def open_master(data: bytes, origin: Path | str):
    """The master as an empty presentation (sample slides dropped); a template (.potx, under
    any name) is opened as the presentation it is but for its content type. `origin` names
    the file in errors."""
    compile_queries_once()
    try:
        unpacked = sum(member.file_size for member in zipfile.ZipFile(io.BytesIO(data)).infolist())
        if unpacked > MOST_UNPACKED:
            raise LayoutError(
                origin,
                f"unpacks to {unpacked // 10**6:,} MB; a master is at most "
                f"{MOST_UNPACKED // 10**6} MB",
            )
        presentation = Presentation(io.BytesIO(as_presentation(data)))
    except zipfile.BadZipFile:
        raise LayoutError(origin, "not a PowerPoint file: it is not a zip package") from None
    except (KeyError, ValueError, etree.XMLSyntaxError) as error:
        reason = re.sub(r"'?<_io\.BytesIO object at 0x[0-9a-f]+>'? ?", "", str(error)).strip()
        raise LayoutError(origin, f"not a PowerPoint file that can be read ({reason})") from None
    slide_ids = presentation.slides._sldIdLst
    for slide_id in list(slide_ids):
        presentation.part.drop_rel(slide_id.rId)
        slide_ids.remove(slide_id)
    name_parts_quickly(presentation)
    return presentation


def choose_layouts(
    presentation, names: Mapping[str, str], kinds: Iterable[str], origin: Path | str
) -> dict:
    """The slide layout for each kind of slide the deck uses, by the names `names` gives;
    a name the master does not have is an error naming the key and the names it has."""
    available: dict = {}
    for master in presentation.slide_masters:  # the first of two layouts of one name wins
        for slide_layout in master.slide_layouts:
            available.setdefault(slide_layout.name, slide_layout)
    chosen = {}
    for kind in sorted(set(kinds)):
        name = names.get(kind, "")
        if name not in available:
            raise LayoutError(
                origin,
                f"has no slide layout named {name!r} for {kind} slides "
                f"(deck.master_layouts.{kind}); it has: {', '.join(available)}",
            )
        chosen[kind] = available[name]
    return chosen


def geometry_of(
    kind: str, slide_layout, smallest: Mapping[str, float], line: float, origin: Path | str
) -> Geometry:
    """The parts of `slide_layout` a `kind` slide is placed in. A part the kind needs and
    the layout lacks, or a box too small for one line at the part's `smallest` size (points,
    by part; a line is `line` times the size), is an error naming the slide layout and the
    key that chose it. Vertical placeholders are not used."""
    titles = _placeholders(slide_layout, TITLES)
    texts = _placeholders(slide_layout, TEXTS)
    pictures = _placeholders(slide_layout, PICTURES)
    if kind == "image" and pictures:  # the text placeholder of a picture layout: its caption
        parts = {"caption": texts[0] if texts else None, "body": None}
    elif kind == "image":  # the picture takes the place of the content
        parts = {"caption": None, "body": _body(kind, texts)}
    else:
        body = _body(kind, texts)
        rest = [shape for shape in texts if shape is not body]
        parts = {"body": body, "caption": rest[0] if rest else None}
    parts["title"] = titles[0] if titles else None
    parts["picture"] = pictures[0] if pictures else None
    where = f"slide layout {slide_layout.name!r} (deck.master_layouts.{kind})"
    for part in NEEDS[kind]:
        if parts[part] is None:
            raise LayoutError(origin, f"{where} has no {PART_NAMES[part]} placeholder")
    slots = {part: _slot(shape) for part, shape in parts.items() if shape is not None}
    for part, slot in slots.items():
        size = smallest.get(part, 0.0)  # a picture is scaled to any box
        if not _holds_a_line(slot.box, size, line):
            raise LayoutError(
                origin, f"{where}: its {part} placeholder is too small for a line at {size:g} pt"
            )
    presentation = slide_layout.part.package.presentation_part.presentation
    geometry = Geometry(
        title=slots["title"],
        body=slots.get("body"),
        caption=slots.get("caption"),
        picture=slots.get("picture"),
        slide=(
            presentation.slide_width / EMU_PER_POINT,
            presentation.slide_height / EMU_PER_POINT,
        ),
    )
    if kind == "image":
        picture, caption = picture_area(geometry)
        if min(picture.box[2:]) < MINIMUM_PICTURE or not _holds_a_line(
            caption.box, smallest["caption"], line
        ):
            raise LayoutError(origin, f"{where} has no room for a picture and its caption")
    return geometry


def _body(kind: str, texts: list):
    """The placeholder that holds a kind's main text: a subtitle on covers, else a content
    (object) placeholder before a plain text one."""
    order = {
        "title": TEXTS,
        "closing": TEXTS,
        "statement": (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.SUBTITLE),
    }.get(kind, (PP_PLACEHOLDER.OBJECT, PP_PLACEHOLDER.BODY))
    for wanted in order:
        for shape in texts:
            if shape.placeholder_format.type == wanted:
                return shape
    return None


def _placeholders(slide_layout, types: tuple) -> list:
    """The layout's placeholders of `types` that have a box and horizontal text, in the
    layout's order."""
    found = []
    for shape in slide_layout.placeholders:
        if shape.placeholder_format.type not in types or None in _raw_box(shape):
            continue
        if shape._element.ph.get("orient") == "vert" or _vertical_text(shape):
            continue
        found.append(shape)
    return found


def _vertical_text(shape) -> bool:
    properties = shape._element.find(f".//{qn('a:bodyPr')}")
    return properties is not None and properties.get("vert", "horz") != "horz"


def _raw_box(shape) -> tuple:
    return (shape.left, shape.top, shape.width, shape.height)


def _slot(shape) -> Slot:
    box = tuple(value / EMU_PER_POINT for value in _raw_box(shape))
    bold, capitals = text_style(shape)
    return Slot(shape.placeholder_format.idx, box, bold=bold, capitals=capitals)


def _holds_a_line(box: Box, size: float, line: float) -> bool:
    width = box[2] - 2 * INSET
    height = box[3] - INSET - INSET_BOTTOM
    return width >= 2 * size and height >= size * line


def text_style(placeholder) -> tuple[bool, bool]:
    """Whether the master sets this placeholder's text bold and in capitals: the first level
    style that says so, from the layout's placeholder to the master's placeholder of its type
    to the master's text styles."""
    levels = [_level(placeholder._element)]
    kind = placeholder.placeholder_format.type
    master = placeholder.part.slide_master if hasattr(placeholder.part, "slide_master") else None
    if master is not None:
        same = [
            p for p in master.placeholders if _family(p.placeholder_format.type) == _family(kind)
        ]
        levels += [_level(p._element) for p in same[:1]]
        styles = master._element.find(qn("p:txStyles"))
        name = {"title": "p:titleStyle", "body": "p:bodyStyle"}.get(_family(kind), "p:otherStyle")
        if styles is not None and styles.find(qn(name)) is not None:
            levels.append(styles.find(qn(name)).find(qn("a:lvl1pPr")))
    bold = _first(levels, "b") in ("1", "true")
    capitals = _first(levels, "cap") in ("all", "small")
    return bold or _family(kind) == "title", capitals


def _family(kind) -> str:
    if kind in TITLES:
        return "title"
    return "body" if kind in TEXTS else "other"


def _level(element):
    styles = element.find(f".//{qn('a:lstStyle')}")
    return styles.find(qn("a:lvl1pPr")) if styles is not None else None


def _first(levels: list, attribute: str) -> str | None:
    for level in levels:
        if level is None:
            continue
        properties = level.find(qn("a:defRPr"))
        if properties is not None and properties.get(attribute) is not None:
            return properties.get(attribute)
    return None


def font_mismatch(presentation, deck_name: str) -> str | None:
    """The font the master's theme sets its text in, when it is not `deck_name` (nor a face
    of it, like "Calibri Light" of "Calibri"): the deck is measured with the layout's fonts,
    which are metric-compatible with `deck_name` only. None when they agree."""
    a = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    theme_part = presentation.slide_master.part.part_related_by(RT.THEME)
    theme = etree.fromstring(theme_part.blob)
    wanted = deck_name.casefold()
    for kind in ("minorFont", "majorFont"):
        latin = theme.find(f"{a}themeElements/{a}fontScheme/{a}{kind}/{a}latin")
        name = latin.get("typeface", "") if latin is not None else ""
        folded = name.casefold()
        if name and not (folded.startswith(wanted) or wanted.startswith(folded)):
            return name
    return None
