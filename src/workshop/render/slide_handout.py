"""The slide handout: three slides a page, each beside ruled lines for notes.

Drawn with reportlab from the slides as placement made them for the deck (same texts, same
sizes, continued slides included), scaled down, in the layout's colours and fonts; so it
needs no LibreOffice and shows what the deck shows.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from ..layouts.schema import Layout
from ..plans import Meta
from .fonts import register_fonts
from .handout import PAPER
from .slides import (
    BULLET_INDENT,
    Bullets,
    Cover,
    Exercise,
    Picture,
    PlacedSlide,
    Statement,
    Table as TableSlide,
    Text,
)

PER_PAGE = 3
SLIDE_SHARE = 0.58
"""Share of the text width a slide takes; the lines for notes take the rest."""
LINE_SPACING = 8 * mm


def render_slide_handout(
    slides: list[PlacedSlide],
    size: tuple[float, float],
    layout: Layout,
    meta: Meta,
    header: str,
    paper: str | None = None,
) -> bytes:
    """The PDF bytes: `slides` (placed, `size` points wide and high) three to a page."""
    fonts = register_fonts(layout)
    page_size = PAPER[paper or layout.page.size]
    margin = 15 * mm * min(1.0, page_size[0] / A4[0])
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=page_size,
        leftMargin=margin,
        rightMargin=margin,
        topMargin=margin + 6 * mm,
        bottomMargin=margin + 4 * mm,
        title=meta.title,
        author=meta.author,
        subject=meta.subject,
        keywords=meta.keywords,
        creator="workshop",
        lang=meta.language,
        invariant=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="slides")
    furniture = _Furniture(header, fonts["regular"], layout.colours.muted)
    doc.addPageTemplates([PageTemplate(id="slides", frames=[frame], onPage=furniture)])
    row_height = (doc.height - 12) / PER_PAGE - 1  # the frame pads 6 points a side
    width = min(doc.width * SLIDE_SHARE, (row_height - 8 * mm) * size[0] / size[1])
    story: list[Flowable] = []
    for number, slide in enumerate(slides, 1):
        miniature = Miniature(slide, size, width, layout, fonts, number)
        lines = _NoteLines(doc.width - width - 8 * mm, miniature.height, layout.colours.muted)
        row = Table([[miniature, lines]], colWidths=[width + 8 * mm, doc.width - width - 8 * mm])
        row.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), row_height - miniature.height),
                ]
            )
        )
        story.append(row)
    doc.build(story)
    return buffer.getvalue()


class _Furniture:
    """The header (the deck's title) and the page number, in the muted colour."""

    def __init__(self, header: str, font: str, colour: str) -> None:
        self.header, self.font, self.colour = header, font, colour

    def __call__(self, canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(self.font, 8)
        canvas.setFillColor(colors.HexColor(self.colour))
        top = doc.pagesize[1] - doc.topMargin + 4 * mm
        canvas.drawString(doc.leftMargin, top, self.header)
        canvas.drawRightString(doc.leftMargin + doc.width, doc.bottomMargin - 8 * mm, str(doc.page))
        canvas.restoreState()


class _NoteLines(Flowable):
    """Ruled lines as high as the slide beside them."""

    def __init__(self, width: float, height: float, colour: str) -> None:
        super().__init__()
        self.width, self.height, self.colour = width, height, colour

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor(self.colour))
        self.canv.setLineWidth(0.3)
        y = self.height - LINE_SPACING
        while y >= 0:
            self.canv.line(0, y, self.width, y)
            y -= LINE_SPACING


class Miniature(Flowable):
    """One slide, scaled to `width`: its background, the accent bar or rule of the layout's
    design, every text at its box and (scaled) size, a picture, a table's cells, its number."""

    def __init__(
        self,
        slide: PlacedSlide,
        size: tuple[float, float],
        width: float,
        layout: Layout,
        fonts: dict[str, str],
        number: int,
    ) -> None:
        super().__init__()
        self.slide, self.layout, self.fonts, self.number = slide, layout, fonts, number
        self.scale = width / size[0]
        self.width, self.height = width, size[1] * self.scale

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas, colours = self.canv, self.layout.colours
        canvas.saveState()
        canvas.setFillColor(colors.HexColor(colours.background))
        canvas.setStrokeColor(colors.HexColor(colours.muted))
        canvas.setLineWidth(0.5)
        canvas.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        canvas.setFillColor(colors.HexColor(colours.accent))
        slide = self.slide
        if isinstance(slide, Cover):
            canvas.rect(0, 0, 0.012 * self.width, self.height, fill=1, stroke=0)
        self._text(slide.title, bold=True, colour=colours.accent, bottom=True)
        self._rule(slide.title)
        match slide:
            case Cover(subtitle=subtitle) if subtitle is not None:
                self._text(subtitle, colour=colours.muted)
            case Bullets(body=body) | Statement(body=body):
                self._text(body, bullets=isinstance(slide, Bullets))
            case Exercise(body=body, first=first, note=note):
                self._text(body, numbered=first)
                if note is not None:
                    self._text(note, colour=colours.muted)
            case Picture(box=box, path=path, caption=caption):
                x, y, w, h = self._box(box)
                canvas.drawImage(str(path), x, y, w, h, preserveAspectRatio=True, mask="auto")
                if caption is not None:
                    self._text(caption, colour=colours.muted, centred=True)
            case TableSlide():
                self._table(slide)
        canvas.setFillColor(colors.HexColor(colours.muted))
        canvas.setFont(self.fonts["regular"], 6)
        canvas.drawRightString(self.width - 3, 3, str(self.number))
        canvas.restoreState()

    def _rule(self, title: Text) -> None:
        """The short accent rule the design draws under a title (titles sit at the bottom
        of their box, so the rule follows the box)."""
        x, y, _, _ = self._box(title.slot.box)
        self.canv.setStrokeColor(colors.HexColor(self.layout.colours.accent))
        self.canv.setLineWidth(max(0.5, 2.5 * self.scale))
        below = y - 14 * self.scale
        self.canv.line(x, below, x + 0.055 * self.width, below)

    def _box(self, box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """A box of the slide (from its top left, in points) on the page (from the bottom)."""
        x, y, w, h = (value * self.scale for value in box)
        return x, self.height - y - h, w, h

    def _style(
        self, size: float, bold: bool, colour: str | None, centred: bool = False
    ) -> ParagraphStyle:
        size *= self.scale
        return ParagraphStyle(
            "miniature",
            alignment=TA_CENTER if centred else TA_LEFT,
            fontName=self.fonts["bold" if bold else "regular"],
            fontSize=size,
            leading=size * 1.2,
            textColor=colors.HexColor(colour or self.layout.colours.text),
            spaceBefore=size * 0.5,
        )

    def _text(
        self,
        text: Text,
        bold: bool = False,
        colour: str | None = None,
        bullets: bool = False,
        numbered: int = 0,
        centred: bool = False,
        bottom: bool = False,
    ) -> None:
        """The text's paragraphs from the top of its box (titles: from the bottom, as the
        design aligns them), with bullets or step numbers in the accent colour."""
        x, y, w, h = self._box(text.slot.box)
        style = self._style(text.size, bold or text.slot.bold, colour, centred)
        indent = BULLET_INDENT * self.scale if bullets or numbered else 0
        paragraphs = [
            Paragraph(escape(str(t).upper() if text.slot.capitals else str(t)), style)
            for t in text.paragraphs
        ]
        heights = [paragraph.wrap(w - indent, h)[1] for paragraph in paragraphs]
        used = sum(heights) + style.spaceBefore * (len(heights) - 1)
        top, count = (y + min(used, h) if bottom else y + h), numbered
        for index, (paragraph, height) in enumerate(zip(paragraphs, heights, strict=True)):
            starts = not text.starts or text.starts[index]
            if index:
                top -= style.spaceBefore
            paragraph.drawOn(self.canv, x + indent, top - height)
            if indent and starts:
                mark = "\u2022" if bullets else f"{count}."
                count += 1
                self.canv.setFont(style.fontName, style.fontSize)
                self.canv.setFillColor(colors.HexColor(self.layout.colours.accent))
                self.canv.drawString(x, top - style.fontSize, mark)
            top -= height

    def _table(self, slide: TableSlide) -> None:
        x, y, _, h = self._box(slide.slot.box)
        top = y + h
        for number, (row, height) in enumerate(zip(slide.rows, slide.heights, strict=False)):
            left = x
            bold = slide.header and number == 0
            style = self._style(slide.size, bold, None)
            for cell, width in zip(row, slide.widths, strict=False):
                paragraph = Paragraph(escape(cell), style)
                paragraph.wrap(width * self.scale - 4, height * self.scale)
                paragraph.drawOn(self.canv, left + 2, top - paragraph.height - 2)
                left += width * self.scale
            top -= height * self.scale
            self.canv.setStrokeColor(colors.HexColor(self.layout.colours.muted))
            self.canv.setLineWidth(0.3)
            self.canv.line(x, top, left, top)
