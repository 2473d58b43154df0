"""Writing placed slides into a master's slide layouts: the one deck writer.

Each slide is made from the slide layout its kind uses, and its texts go into that layout's
placeholders at the sizes placement chose for their boxes (never autofit), with the insets
they were measured with. Pictures and tables take the place of their placeholders. The
footer and slide number the layout shows are put on every slide (PowerPoint leaves that to
its "Header and Footer" dialog; python-pptx does not do it), and the title is the first shape
a screen reader or the outline meets.
"""

from __future__ import annotations

import copy
import io
import uuid
from collections.abc import Mapping
from pathlib import Path

from PIL import Image
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.shapes.placeholder import TablePlaceholder
from pptx.util import Emu, Pt

from ..marks import BOLD, ITALIC, LINK, pieces
from .fit import INSET, INSET_BOTTOM, Box
from .slides import (
    BULLET_GAP,
    BULLET_INDENT,
    CELL_INSET,
    CELL_INSET_BOTTOM,
    CELL_INSET_TOP,
    Bullets,
    Cover,
    Exercise,
    Picture,
    PlacedSlide,
    Statement,
    Table,
    Text,
)

EMBEDDABLE = ("PNG", "JPEG", "GIF", "BMP", "TIFF")
"""Picture formats python-pptx and PowerPoint take as they are."""
FURNITURE = {
    PP_PLACEHOLDER.FOOTER: "Footer",
    PP_PLACEHOLDER.SLIDE_NUMBER: "Slide number",
    PP_PLACEHOLDER.DATE: "Date",
}


class DeckWriter:
    """Adds placed slides to `presentation`, each from `layouts[kind]`; `language` is the
    tag text is marked with ("nl-NL"), `footer` the text of the footer (the master's own when
    empty)."""

    def __init__(self, presentation, layouts: Mapping, language: str, footer: str) -> None:
        self.presentation = presentation
        self.layouts = layouts
        self.language = language
        self.footer = footer

    def write(self, placed: PlacedSlide, number: int) -> None:
        slide = self.presentation.slides.add_slide(self.layouts[placed.kind])
        filled = {self._text(slide, placed.title, "Title")}
        match placed:
            case Cover(subtitle=subtitle) if subtitle is not None:
                filled.add(self._text(slide, subtitle, "Subtitle"))
            case Bullets(body=body):
                filled.add(self._text(slide, body, "Body", marker="bullet"))
            case Statement(body=body):
                filled.add(self._text(slide, body, "Statement"))
            case Picture():
                filled |= self._picture(slide, placed)
            case Exercise(body=body, first=first, note=note):
                filled.add(self._text(slide, body, "Body", marker="number", first=first))
                if note is not None:
                    filled.add(self._text(slide, note, "Note"))
            case Table():
                filled.add(self._table(slide, placed))
        for shape in list(slide.placeholders):
            if shape.shape_id not in filled:
                shape._element.getparent().remove(shape._element)
        _title_first(slide)
        self._furnish(slide, self.layouts[placed.kind], number)
        write_notes(slide, placed.notes)

    def _text(self, slide, text: Text, name: str, marker: str = "", first: int = 1) -> int:
        """The text in its placeholder (or, where the layout has none, a caption's text box
        of its own, centred); returns the shape's id, or 0 when there is no text, so an
        empty placeholder is removed rather than left to say "Click to add text"."""
        if not any(paragraph.strip() for paragraph in text.paragraphs):
            return 0
        align = None
        if text.slot.idx is None:
            shape = slide.shapes.add_textbox(*(Pt(value) for value in text.slot.box))
            shape.text_frame.vertical_anchor = MSO_ANCHOR.TOP
            align = PP_ALIGN.CENTER
        else:
            shape = slide.placeholders[text.slot.idx]
        shape.name = name
        write_text(shape.text_frame, text, self.language, marker, first, align)
        return shape.shape_id

    def _picture(self, slide, placed: Picture) -> set[int]:
        """The picture in its placeholder (uncropped, in its own proportions) or on its own,
        with its alternative text; its caption under or beside it."""
        source = embeddable(placed.path)
        if placed.slot.idx is not None:
            holder = slide.placeholders[placed.slot.idx]
            picture = holder.insert_picture(source)
            picture.crop_left = picture.crop_right = picture.crop_top = picture.crop_bottom = 0
        else:
            picture = slide.shapes.add_picture(source, 0, 0)
        _place(picture, placed.box)
        picture.name = "Picture"
        picture._element.nvPicPr.cNvPr.set("descr", placed.alt)
        filled = {picture.shape_id}
        if placed.caption is not None:
            filled.add(self._text(slide, placed.caption, "Caption"))
        return filled

    def _table(self, slide, placed: Table) -> int:
        """The table in the place of the body's placeholder, each column as wide and each row
        as high as placement measured, the header row in the table style's header look."""
        holder = slide.placeholders[placed.slot.idx]
        rows, columns = len(placed.rows), len(placed.rows[0])
        frame = TablePlaceholder(holder._element, holder._parent).insert_table(rows, columns)
        frame.name = "Table"
        x, y, width, _ = placed.slot.box
        _place(frame, (x, y, width, sum(placed.heights)))
        table = frame.table
        table.first_row = placed.header
        for grid_column, column_width in zip(table.columns, placed.widths, strict=True):
            grid_column.width = Emu(round(Pt(column_width)))
        for row, cells, height in zip(table.rows, placed.rows, placed.heights, strict=True):
            row.height = Pt(height)
            for cell, value in zip(row.cells, cells, strict=True):
                cell.margin_left = cell.margin_right = Pt(CELL_INSET)
                cell.margin_top, cell.margin_bottom = Pt(CELL_INSET_TOP), Pt(CELL_INSET_BOTTOM)
                cell.vertical_anchor = MSO_ANCHOR.TOP
                paragraph = cell.text_frame.paragraphs[0]
                paragraph.line_spacing = 1.0
                run = paragraph.add_run()
                run.text = value
                run.font.size = Pt(placed.size)
                run.font._rPr.set("lang", self.language)
        return frame.shape_id

    def _furnish(self, slide, slide_layout, number: int) -> None:
        """The footer, date and slide number the slide layout shows, on the slide itself."""
        for shape in slide_layout.placeholders:
            kind = shape.placeholder_format.type
            if kind not in FURNITURE:
                continue
            element = copy.deepcopy(shape._element)
            texts = list(element.iter(qn("a:t")))
            if kind == PP_PLACEHOLDER.FOOTER:
                if self.footer and texts:
                    texts[0].text = self.footer
                    for extra in texts[1:]:
                        extra.text = ""
                elif self.footer:
                    _add_text(element, self.footer)
                elif not "".join(text.text or "" for text in texts).strip():
                    continue  # no footer to show
            element.nvSpPr.cNvPr.set("id", str(slide.shapes._next_shape_id))  # ids stay unique
            element.nvSpPr.cNvPr.set("name", FURNITURE[kind])
            slide.shapes._spTree.append(element)
            if kind == PP_PLACEHOLDER.SLIDE_NUMBER:
                _number(element, number)


def write_text(
    frame, text: Text, language: str, marker: str = "", first: int = 1, align=None
) -> None:
    """Paragraphs at the size placement chose, with the insets it measured with; never
    autofit. `marker` "bullet" or "number" hangs a bullet or the step's number (counting
    from `first`) in the indent of each paragraph that starts an item; other text has
    neither."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.margin_left = frame.margin_right = frame.margin_top = Pt(INSET)
    frame.margin_bottom = Pt(INSET_BOTTOM)
    frame.text = ""
    for index, content in enumerate(text.paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.line_spacing = 1.0
        paragraph.space_before = Pt(text.size * BULLET_GAP if index and marker else 0)
        paragraph.space_after = Pt(0)
        if align is not None:
            paragraph.alignment = align
        properties = paragraph._p.get_or_add_pPr()
        starts = not text.starts or text.starts[index]
        margin = BULLET_INDENT if marker else 0
        properties.set("marL", str(Pt(margin)))  # a continued piece keeps the text's indent
        properties.set("indent", str(-Pt(margin if starts else 0)))
        if marker == "number" and starts:  # one run of numbers on a slide, from `first`
            attributes = {"type": "arabicPeriod"} | ({"startAt": str(first)} if first > 1 else {})
            properties.append(properties.makeelement(qn("a:buAutoNum"), attributes))
        elif not (marker and starts):
            properties.append(properties.makeelement(qn("a:buNone"), {}))
        run = paragraph.add_run()
        run.text = content
        run.font.size = Pt(text.size)
        run.font._rPr.set("lang", language)


def write_notes(slide, notes: tuple[str, ...]) -> None:
    """The speaker notes, a paragraph each, with the article's emphasis: the presenter
    reads the stressed term in bold and can open a link the article gives."""
    if not notes:
        return
    frame = slide.notes_slide.notes_text_frame
    frame.text = ""
    for index, text in enumerate(notes):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        for piece, styles in pieces(text):
            run = paragraph.add_run()
            run.text = piece
            for style, href in sorted(styles):  # a set's order varies per run; bytes may not
                if style == BOLD:
                    run.font.bold = True
                elif style == ITALIC:
                    run.font.italic = True
                elif style == LINK:
                    run.hyperlink.address = href


def embeddable(path: Path) -> str | io.BytesIO:
    """The picture as PowerPoint can hold it: the file itself when it is a PNG, JPEG, GIF,
    BMP or TIFF; else (a phone's MPO photo, WebP, …) its first frame as a JPEG (photos) or
    PNG (pictures with transparency), made here."""
    with Image.open(path) as picture:
        if picture.format in EMBEDDABLE:
            return str(path)
        frame = picture.convert("RGBA" if "A" in picture.getbands() else "RGB")
    buffer = io.BytesIO()
    if frame.mode == "RGB":
        frame.save(buffer, "JPEG", quality=92)
    else:
        frame.save(buffer, "PNG")
    buffer.seek(0)
    return buffer


def _place(shape, box: Box) -> None:
    shape.left, shape.top, shape.width, shape.height = (Emu(round(Pt(v))) for v in box)


def _title_first(slide) -> None:
    """The title first in the slide's shape tree: what the outline, a screen reader and
    PowerPoint's reading order take first."""
    title = slide.shapes.title
    if title is not None:
        tree = slide.shapes._spTree
        tree.remove(title._element)
        tree.insert(2, title._element)  # after the group's own properties


def _add_text(element, text: str) -> None:
    """A run with `text` in a placeholder copied from a layout whose paragraph is empty."""
    paragraph = element.find(f".//{qn('a:p')}")
    run = paragraph.makeelement(qn("a:r"), {})
    run.append(run.makeelement(qn("a:t"), {}))
    run[0].text = text
    paragraph.insert(0, run)


def _number(element, number: int) -> None:
    """The slide-number placeholder showing `number` in a slide-number field, so the number
    stays right when the facilitator moves or hides slides."""
    fields = list(element.iter(qn("a:fld")))
    for field in fields:
        for text in field.iter(qn("a:t")):
            text.text = str(number)
    texts = list(element.iter(qn("a:t")))
    if not fields and texts:  # a number typed as text: make it a field
        texts[0].text = str(number)
        _as_slide_number_field(texts[0].getparent(), number)


def _as_slide_number_field(run, number: int) -> None:
    """Turn a run into PowerPoint's slide-number field; the field's id is derived from the
    number, keeping the bytes reproducible."""
    guid = uuid.uuid5(uuid.NAMESPACE_URL, f"workshop:slide-number:{number}")
    field = run.makeelement(qn("a:fld"), {"id": f"{{{str(guid).upper()}}}", "type": "slidenum"})
    for child in list(run):
        field.append(child)  # the run's properties and its text move into the field
    run.addprevious(field)
    run.getparent().remove(run)
