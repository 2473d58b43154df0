"""Reading our outputs the way a user sees them: the text of PDF pages, the slides of a deck."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.util import Emu
from pypdf import PdfReader


def fold(text: str) -> str:
    """Text without whitespace, hyphens and soft hyphens: line breaks and hyphenation in a
    PDF then cannot hide a sentence that is there."""
    return re.sub(r"[\s\-\u00ad]", "", text)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def pdf_fonts_embedded(path: Path) -> dict[str, bool]:
    """Every font the PDF uses, and whether its glyphs are embedded in the file."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts[str(font.get("/BaseFont"))] = embedded
    return fonts


@dataclass
class SlideView:
    """What a facilitator sees of a slide: texts by shape name, and the speaker notes."""

    title: str
    subtitle: str
    bullets: list[str]
    notes: str
    boxes: dict[str, tuple[float, float, float, float]]  # name -> x, y, width, height in points
    statement: str = ""  # a statement slide's one sentence (a question, a quote)
    label: str = ""  # and the label above it: the statement slide's title
    layout: str = ""  # the name of the slide layout it was made from
    texts: dict[str, str] | None = None  # name -> all the text it (or its table) holds


def deck_slides(path: Path) -> list[SlideView]:
    slides = []
    for slide in Presentation(str(path)).slides:
        texts: dict[str, list[str]] = {}
        boxes, words = {}, {}
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts[shape.name] = [p.text for p in shape.text_frame.paragraphs if p.text]
                words[shape.name] = shape.text_frame.text
            if getattr(shape, "has_table", False):
                cells = [cell.text for row in shape.table.rows for cell in row.cells]
                words[shape.name] = " ".join(cells)
            if shape.name in words:
                boxes[shape.name] = tuple(
                    Emu(v).pt for v in (shape.left, shape.top, shape.width, shape.height)
                )
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        title = slide.shapes.title.text_frame.text if slide.shapes.title is not None else ""
        statement = " ".join(texts.get("Statement", []))
        slides.append(
            SlideView(
                title=title,
                subtitle=" ".join(texts.get("Subtitle", [])),
                bullets=texts.get("Body", []),
                notes=notes,
                boxes=boxes,
                statement=statement,
                label=title if statement else "",
                layout=slide.slide_layout.name,
                texts=words,
            )
        )
    return slides


FURNITURE_TYPES = {PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE}


def placeholder_problems(path: Path) -> list[str]:
    """What keeps a deck's slides from being real PowerPoint slides: a slide without a title
    placeholder holding text, a title that is not the first shape (reading order), text or a
    table outside the slide layout's placeholders or in one of another type, a picture
    without alternative text. Empty when there is nothing."""
    problems = []
    for number, slide in enumerate(Presentation(str(path)).slides, start=1):
        where = f"{path.name} slide {number}"
        title = slide.shapes.title
        if title is None or not title.text_frame.text.strip():
            problems.append(f"{where}: no title in a title placeholder")
        elif slide.shapes[0].shape_id != title.shape_id:
            problems.append(f"{where}: the title is not the first shape")
        layout = {p.placeholder_format.idx: p for p in slide.slide_layout.placeholders}
        for shape in slide.shapes:
            picture = shape._element.tag.endswith("}pic")  # on its own or in a placeholder
            if picture and not shape._element.nvPicPr.cNvPr.get("descr"):
                problems.append(f"{where}: picture {shape.name!r} has no alternative text")
            if not (shape.has_text_frame or getattr(shape, "has_table", False)):
                continue
            if not shape.is_placeholder:
                problems.append(f"{where}: {shape.name!r} is not a placeholder")
                continue
            kind, idx = shape.placeholder_format.type, shape.placeholder_format.idx
            source = layout.get(idx)
            if kind in FURNITURE_TYPES:
                source = next(
                    (p for p in layout.values() if p.placeholder_format.type == kind), None
                )
            if source is None or source.placeholder_format.type != kind:
                problems.append(f"{where}: {shape.name!r} ({kind}) is not the layout's {idx}")
    return problems
