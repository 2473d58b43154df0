"""A deck's master: opening it, choosing its slide layouts by name, and reading their boxes.

Every deck is written into a master: a company's own .pptx or .potx, or the built-in design
made from the layout (`design.py`). Here the slide layout for each kind of slide is found by
the name the layout gives it, and the placeholders of each become the `Geometry` placement
fits text to, with how the master sets their text (bold, capitals), so it is measured so.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn

from ..errors import LayoutError
from .fit import INSET, INSET_BOTTOM, Box
from .package import EMU_PER_POINT, as_presentation
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
LINE = 1.25
"""A line's height as a share of the type size, for the check that a box holds one."""


def open_master(data: bytes, origin: Path | str):
    """The master as an empty presentation (sample slides dropped); a .potx is opened as the
    presentation it is but for its content type. `origin` names the file in errors."""
    try:
        if str(origin).lower().endswith(".potx"):
            data = as_presentation(data)
        presentation = Presentation(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise LayoutError(origin, f"not a PowerPoint file that can be read ({error})") from None
    slide_ids = presentation.slides._sldIdLst
    for slide_id in list(slide_ids):
        presentation.part.drop_rel(slide_id.rId)
        slide_ids.remove(slide_id)
    return presentation


def choose_layouts(
    presentation, names: Mapping[str, str], kinds: Iterable[str], origin: Path | str
) -> dict:
    """The slide layout for each kind of slide the deck uses, by the names `names` gives;
    a name the master does not have is an error naming the key and the names it has."""
    available = {slide_layout.name: slide_layout for slide_layout in presentation.slide_layouts}
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
    kind: str, slide_layout, smallest: Mapping[str, float], origin: Path | str
) -> Geometry:
    """The parts of `slide_layout` a `kind` slide is placed in. A part the kind needs and
    the layout lacks, or a box too small for one line at the part's `smallest` size (points,
    by part), is an error naming the slide layout and the key that chose it."""
    titles = _placeholders(slide_layout, TITLES)
    texts = _placeholders(slide_layout, TEXTS)
    pictures = _placeholders(slide_layout, PICTURES)
    if kind == "image":  # the text placeholder of a picture layout is its caption
        parts = {"caption": texts[0] if texts else None, "body": None}
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
        if not _holds_a_line(slot.box, size):
            raise LayoutError(
                origin, f"{where}: its {part} placeholder is too small for a line at {size:g} pt"
            )
    presentation = slide_layout.part.package.presentation_part.presentation
    return Geometry(
        title=slots["title"],
        body=slots.get("body"),
        caption=slots.get("caption"),
        picture=slots.get("picture"),
        slide=(
            presentation.slide_width / EMU_PER_POINT,
            presentation.slide_height / EMU_PER_POINT,
        ),
    )


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
    """The layout's placeholders of `types` that have a box, in the layout's order."""
    found = []
    for shape in slide_layout.placeholders:
        if shape.placeholder_format.type in types and None not in _raw_box(shape):
            found.append(shape)
    return found


def _raw_box(shape) -> tuple:
    return (shape.left, shape.top, shape.width, shape.height)


def _slot(shape) -> Slot:
    box = tuple(value / EMU_PER_POINT for value in _raw_box(shape))
    bold, capitals = text_style(shape)
    return Slot(shape.placeholder_format.idx, box, bold=bold, capitals=capitals)


def _holds_a_line(box: Box, size: float) -> bool:
    width = box[2] - 2 * INSET
    height = box[3] - INSET - INSET_BOTTOM
    return width >= 2 * size and height >= size * LINE


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
