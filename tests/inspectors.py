"""Reading our outputs the way a user sees them: the text of PDF pages, the slides of a deck."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pptx import Presentation
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


def deck_slides(path: Path) -> list[SlideView]:
    slides = []
    for slide in Presentation(str(path)).slides:
        texts: dict[str, list[str]] = {}
        boxes = {}
        for shape in slide.shapes:
            if shape.has_text_frame:
                texts[shape.name] = [p.text for p in shape.text_frame.paragraphs if p.text]
            if shape.has_text_frame or getattr(shape, "has_table", False):
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
            )
        )
    return slides
