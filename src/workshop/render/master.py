"""Decks in a company's own PowerPoint master: its slide layouts, placeholders, fonts, colours.

Slides are made from the master's layouts by name, text goes into their placeholders with the
sizes our fitting chose for the placeholders' own boxes, and the footer, date and slide-number
placeholders the master shows are put on every slide (PowerPoint leaves that to its
"Header and Footer" dialog; python-pptx does not do it).
"""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from ..errors import LayoutError
from ..layouts.schema import Layout
from ..plans import DeckPlan
from .deck import (
    BULLET_INDENT,
    CAPTION_HEIGHT,
    INSET,
    INSET_BOTTOM,
    LANGUAGE_TAGS,
    Fonts,
    Geometry,
    PlacedSlide,
    _as_slide_number_field,
    _fixed_zip,
    _picture_size,
    _set_properties,
    add_picture,
    paginate,
    picture_box,
    write_notes,
)

_TEMPLATE = b"application/vnd.openxmlformats-officedocument.presentationml.template.main+xml"
_PRESENTATION = (
    b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)
_TITLES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
_SUBTITLES = (PP_PLACEHOLDER.SUBTITLE, PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
_BODIES = (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
_FURNITURE = (PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE)
_FURNITURE_NAMES = {
    PP_PLACEHOLDER.FOOTER: "Footer",
    PP_PLACEHOLDER.SLIDE_NUMBER: "Slide number",
    PP_PLACEHOLDER.DATE: "Date",
}
EMU_PER_POINT = 12700


def render_in_master(plan: DeckPlan, layout: Layout, fonts: Fonts) -> bytes:
    """The .pptx bytes of `plan` made from the layout's master."""
    master = layout.deck.master
    presentation = open_master(master)
    kinds = slide_layouts(presentation, layout)
    geometry = {kind: _geometry(slide_layout) for kind, slide_layout in kinds.items()}
    language = LANGUAGE_TAGS.get(plan.meta.language, "en-GB")
    for number, placed in enumerate(paginate(plan, layout, fonts, geometry), start=1):
        slide = presentation.slides.add_slide(kinds[placed.layout])
        _fill(slide, placed, language)
        if placed.layout == "image":
            _picture(slide, placed, geometry[placed.layout], presentation.slide_height, language)
        _furnish(slide, kinds[placed.layout], number, plan.footer)
        write_notes(slide, placed.notes)
    _set_properties(presentation, plan)
    buffer = io.BytesIO()
    presentation.save(buffer)
    return _fixed_zip(buffer.getvalue())


def open_master(path: Path):
    """The master as an empty presentation: a .potx is opened as a .pptx, sample slides go."""
    data = path.read_bytes()
    try:
        if path.suffix.lower() == ".potx":
            data = _as_presentation(data)
        presentation = Presentation(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise LayoutError(path, f"not a PowerPoint file that can be read ({error})") from None
    slide_ids = presentation.slides._sldIdLst
    for slide_id in list(slide_ids):
        presentation.part.drop_rel(slide_id.rId)
        slide_ids.remove(slide_id)
    return presentation


def slide_layouts(presentation, layout: Layout) -> dict:
    """The master's slide layout for each kind of slide, by the names the layout gives."""
    available = {slide_layout.name: slide_layout for slide_layout in presentation.slide_layouts}
    chosen = {}
    for kind, name in (layout.deck.master_layouts or {}).items():
        if name not in available:
            raise LayoutError(
                layout.deck.master,
                f"has no slide layout named {name!r} for {kind} slides "
                f"(deck.master_layouts.{kind}); it has: {', '.join(available)}",
            )
        chosen[kind] = available[name]
    return chosen


def _as_presentation(data: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                content = content.replace(_TEMPLATE, _PRESENTATION)
            target.writestr(info, content)
    return output.getvalue()


def _placeholder(container, types: tuple) -> object | None:
    return next(
        (shape for shape in container.placeholders if shape.placeholder_format.type in types),
        None,
    )


def _box(shape) -> tuple[float, float, float, float]:
    return tuple(
        value / EMU_PER_POINT for value in (shape.left, shape.top, shape.width, shape.height)
    )


def _geometry(slide_layout) -> Geometry:
    """The boxes of a slide layout's title, subtitle and body placeholders, for fitting."""
    title = _placeholder(slide_layout, _TITLES)
    body = _placeholder(slide_layout, _BODIES)
    subtitle = _placeholder(slide_layout, _SUBTITLES)
    empty = (0.0, 0.0, 1.0, 1.0)
    title_box = _box(title) if title is not None else empty
    subtitle_box = _box(subtitle) if subtitle is not None else empty
    return Geometry(
        title=title_box,
        body=_box(body) if body is not None else empty,
        cover_title=title_box,
        cover_subtitle=subtitle_box,
        statement=title_box,
        statement_label=subtitle_box,
        capitals=True,
    )


def _fill(slide, placed: PlacedSlide, language: str) -> None:
    """Put the placed texts into the slide's placeholders; remove the ones left empty."""
    used = set()
    statement = placed.layout == "statement"
    title = _placeholder(slide, _TITLES)
    if title is not None:  # named as in the built-in design, so both read the same way
        title.name = "Statement" if statement else "Title"
        _write(title, [placed.title], placed.title_size, language)
        used.add(title.shape_id)
    cover = placed.layout in ("title", "closing") or statement
    second = _placeholder(slide, _SUBTITLES if cover else _BODIES)
    texts = [placed.subtitle] if cover and placed.subtitle else list(placed.bullets)
    if second is not None and texts:
        size = placed.subtitle_size if cover else placed.body_size
        second.name = ("Label" if statement else "Subtitle") if cover else "Body"
        _write(second, texts, size, language, bullets=not cover)
        used.add(second.shape_id)
    for shape in list(slide.placeholders):
        if shape.shape_id not in used:
            shape._element.getparent().remove(shape._element)


def _picture(slide, placed: PlacedSlide, geometry: Geometry, slide_height: int, language: str):
    """The picture between the title and the footer area, its caption under it."""
    x, y, width, height = geometry.title
    top = y + height + 12
    bottom = slide_height / EMU_PER_POINT - 48  # above the master's footer placeholders
    area = (x, top, width, bottom - top - CAPTION_HEIGHT)
    add_picture(slide, placed.image, picture_box(area, _picture_size(placed.image)))
    if placed.subtitle:
        box = slide.shapes.add_textbox(
            Pt(x), Pt(bottom - CAPTION_HEIGHT), Pt(width), Pt(CAPTION_HEIGHT)
        )
        box.name = "Caption"
        _write(box, [placed.subtitle], placed.subtitle_size, language)
        box.text_frame.paragraphs[0].alignment = PP_ALIGN.CENTER


def _write(shape, paragraphs: list[str], size: float, language: str, bullets: bool = False):
    """Text at the size fitting chose, with the insets it measured with; never autofit."""
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = Pt(INSET)
    frame.margin_top, frame.margin_bottom = Pt(INSET), Pt(INSET_BOTTOM)
    frame.text = ""
    for index, text in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.line_spacing = 1.0
        paragraph.space_before = Pt(size * 0.5 if index and bullets else 0)
        paragraph.space_after = Pt(0)
        if bullets:
            properties = paragraph._p.get_or_add_pPr()
            properties.set("marL", str(Pt(BULLET_INDENT)))
            properties.set("indent", str(-Pt(BULLET_INDENT)))
        run = paragraph.add_run()
        run.text = text
        run.font.size = Pt(size)
        run.font._rPr.set("lang", language)


def _furnish(slide, slide_layout, number: int, footer: str) -> None:
    """The footer, date and slide number the master's layout shows, on the slide itself."""
    for shape in slide_layout.placeholders:
        if shape.placeholder_format.type not in _FURNITURE:
            continue
        element = copy.deepcopy(shape._element)
        kind = shape.placeholder_format.type
        element.nvSpPr.cNvPr.set("id", str(slide.shapes._next_shape_id))  # ids stay unique
        element.nvSpPr.cNvPr.set("name", _FURNITURE_NAMES[kind])
        slide.shapes._spTree.append(element)
        texts = list(element.iter(qn("a:t")))
        if kind == PP_PLACEHOLDER.FOOTER and footer and texts:
            texts[0].text = footer
            for extra in texts[1:]:
                extra.text = ""
        if kind == PP_PLACEHOLDER.SLIDE_NUMBER:
            fields = list(element.iter(qn("a:fld")))
            for field in fields:
                for text in field.iter(qn("a:t")):
                    text.text = str(number)
            if not fields and texts:  # a number typed as text: make it a field
                run = texts[0].getparent()
                texts[0].text = str(number)
                _as_slide_number_field(run, number)
