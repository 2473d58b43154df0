"""Placing the deck plan on slides: which kind of slide, which texts, at which sizes.

A pure stage, with no python-pptx in it: every planned slide becomes one or more typed slides
(`slides.py`) whose texts fit the boxes of the slide layout they will be written into. The
fitter says when a text does not fit even at the smallest size, and then the text is split
onto a continuation slide (bullets, steps, table rows, a statement) or shortened at a word
with its whole wording kept in the speaker notes (a title, a subtitle, a caption), so nothing
is ever drawn past its box.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..layouts.schema import DeckStyle, Layout
from ..plans import Slide
from .fit import Box, Measure, largest_fit, line_height_of, sizes
from .fonts import register_fonts
from .slides import (
    BULLET_GAP,
    BULLET_INDENT,
    Bullets,
    Cover,
    Exercise,
    Geometry,
    Picture,
    PlacedSlide,
    Slot,
    Statement,
    Table,
    Text,
)
from .split import (
    Fits,
    FitsAt,
    column_widths,
    over_slides,
    pieces,
    row_height,
    shortened,
    table_pages,
)

MAX_COLUMNS = 6
"""Columns a table slide shows at most; a wider table is shown as a bullet per row."""
CAPTION_SIZES = (14.0, 10.0)
"""The largest and smallest size (points) of a picture's caption."""
LABEL_SMALLEST = 14.0
"""The smallest size (points) of a statement's label and an exercise's note."""
PICTURE_TITLE_SMALLEST = 18.0
"""A picture slide's title may shrink to this size (points): picture layouts in company
masters often have a small title box."""
MOST_CONTINUED = 10
"""Slides one slide of the plan may run over (a table, bullets, steps): a table of a thousand
rows made a thousand slides; what is past the tenth is in its notes (and all in the handout)."""
TABLE_SMALLEST = 18.0
"""A table's cells may be set down to this size (points), the smallest body text slides
should have: a table keeps its rows together rather than its size."""
CAPTION_BAND = 34.0
"""Height (points) of a caption under a picture in a layout without a caption placeholder."""
FOOTER_BAND = 48.0
"""Height (points) kept free at the foot of a slide for the footer and the number."""


@dataclass(frozen=True)
class Fonts:
    """The measures of the deck's regular and bold type."""

    regular: Measure
    bold: Measure


def measures(layout: Layout) -> Fonts:
    """The measures of the layout's deck fonts (metric-compatible files for the named font)."""
    names = register_fonts(layout)
    return Fonts(
        regular=Measure(names["regular"], line_height_of(str(layout.fonts.regular))),
        bold=Measure(names["bold"], line_height_of(str(layout.fonts.bold))),
    )


@dataclass(frozen=True)
class Placer:
    """Places planned slides in the boxes of their slide layouts (`geometry`, per kind).

    `pictures` gives the size in pixels of every picture that can be shown, by its path;
    `continued` is the word added to the title of a continued slide; `fallback` is the title
    of a slide the plan gives none (the deck's title), since every slide needs one.
    """

    style: DeckStyle
    fonts: Fonts
    geometry: Mapping[str, Geometry]
    continued: str
    pictures: Mapping[str, tuple[int, int]]
    fallback: str = "…"

    def place(self, slides: Sequence[Slide]) -> list[PlacedSlide]:
        """Every planned slide placed; a slide too full continues on the next."""
        return [placed for slide in slides for placed in self._slide(slide)]

    def _slide(self, slide: Slide) -> list[PlacedSlide]:
        geometry = self.geometry[slide.layout]
        if not slide.title.strip() and not (slide.layout == "statement" and slide.subtitle):
            slide = replace(slide, title=self.fallback.strip() or "…")
        match slide.layout:
            case "title" | "closing":
                return [self._cover(slide, geometry)]
            case "statement":
                return self._statement(slide, geometry)
            case "image":
                return self._picture(slide, geometry)
            case "exercise":
                return self._exercise(slide, geometry)
            case "table" if slide.rows and len(slide.rows[0]) <= MAX_COLUMNS:
                return self._table(slide, geometry)
            case "table":
                rows = [" · ".join(cell for cell in row if cell) for row in slide.rows]
                return self._bullets(slide, geometry, rows, kind="table")
            case _:
                return self._bullets(slide, geometry, list(slide.bullets), kind=slide.layout)

    def _cover(self, slide: Slide, geometry: Geometry) -> Cover:
        """A large title and the line under it; a layout without a place for that line gets
        it in the notes."""
        style, notes = self.style, list(slide.notes)
        title = self._title(slide.title, slide.layout, geometry, 0, notes)
        subtitle = None
        if slide.subtitle and geometry.body is not None:
            subtitle = self._line(
                slide.subtitle, geometry.body, style.body_max, style.body_min, notes
            )
        elif slide.subtitle:
            notes.insert(0, slide.subtitle)
        return Cover(slide.layout, title, subtitle, tuple(notes))

    def _bullets(
        self, slide: Slide, geometry: Geometry, bullets: list[str], kind: str
    ) -> list[PlacedSlide]:
        return [
            Bullets(kind, title, text, tuple(notes))
            for title, text, notes in self._spread(slide, geometry, bullets)
        ]

    def _exercise(self, slide: Slide, geometry: Geometry) -> list[PlacedSlide]:
        """Numbered steps, a continued slide counting on, the note beside them on each."""
        placed: list[PlacedSlide] = []
        first = 1
        caption = _needs(geometry.caption)
        for title, text, notes in self._spread(slide, geometry, list(slide.bullets)):
            note = None
            if slide.subtitle:  # a side note: at most the body's smallest size
                note = self._line(
                    slide.subtitle, caption, self.style.body_min, LABEL_SMALLEST, notes
                )
            placed.append(Exercise(title, text, first, note, tuple(notes)))
            first += sum(text.starts)
        return placed

    def _spread(
        self, slide: Slide, geometry: Geometry, items: list[str]
    ) -> Iterator[tuple[Text, Text, list[str]]]:
        """Bullets (or steps) over as many slides as they need: for each, its title, its
        bullets and its notes (the plan's, on a continued slide too: the presenter has them at
        hand on every slide), to which more may be added."""
        body = _needs(geometry.body)
        chunks = over_slides(
            items,
            self._fits(body, indent=BULLET_INDENT, gap=BULLET_GAP),
            self.style.body_max,
            self.style.body_min,
        )
        chunks = list(chunks)
        left = [text for chunk, _ in chunks[MOST_CONTINUED:] for text, _ in chunk]
        chunks = chunks[:MOST_CONTINUED]
        for number, (chunk, size) in enumerate(chunks):
            notes = list(slide.notes) + (left if number == len(chunks) - 1 else [])
            title = self._title(slide.title, slide.layout, geometry, number, notes)
            paragraphs = tuple(text for text, _ in chunk)
            starts = tuple(start for _, start in chunk)
            yield title, Text(body, paragraphs, size, starts), notes

    def _statement(self, slide: Slide, geometry: Geometry) -> list[PlacedSlide]:
        """The label is the title (what the outline and a screen reader announce); the sentence
        is set large under it, continued when it cannot fit even at the body's smallest size."""
        body = _needs(geometry.body)
        label = slide.subtitle or slide.title
        style, fits = self.style, self._fits(body)
        placed: list[PlacedSlide] = []
        for number, piece in enumerate(pieces(slide.title, fits(style.body_min))):
            notes = list(slide.notes)
            title = self._title(label, "statement", geometry, number, notes)
            size = _largest(fits, [piece], style.title_max, style.body_min) or style.body_min
            placed.append(Statement(title, Text(body, (piece,), size), tuple(notes)))
        return placed

    def _picture(self, slide: Slide, geometry: Geometry) -> list[PlacedSlide]:
        path = slide.image.src if slide.image else ""
        if slide.image is None or path not in self.pictures:
            return []  # a picture that cannot be read gets no slide rather than an empty one
        notes = list(slide.notes)
        title = self._title(slide.title, slide.layout, geometry, 0, notes)
        area, caption_slot = picture_area(geometry)
        caption = None
        if slide.image.alt:
            caption = self._line(slide.image.alt, caption_slot, *CAPTION_SIZES, notes)
        box = picture_box(area.box, self.pictures[path])
        alt = slide.image.alt or slide.title
        return [Picture(title, area, box, Path(path), alt, caption, tuple(notes))]

    def _table(self, slide: Slide, geometry: Geometry) -> list[PlacedSlide]:
        """Rows at the largest size that keeps them on one slide, else at the smallest over
        as few slides as they need, the header on each; columns as wide as their text needs."""
        slot = _needs(geometry.body)
        rows = list(slide.rows)
        fonts, style = (self._measure(slot), self._measure(slot, bold=True)), self.style
        for size in sizes(style.body_max, min(style.body_min, TABLE_SMALLEST)):
            widths = column_widths(rows, fonts[1], size, slot.box[2])
            pages = table_pages(rows, fonts, size, widths, slot.box[3], slide.header)
            if len(pages) == 1:
                break
        skip = 1 if slide.header else 0  # a continued slide repeats the header row
        left = [
            " · ".join(cell for cell in row if cell)
            for page in pages[MOST_CONTINUED:]
            for row in page[skip:]
        ]
        pages = pages[:MOST_CONTINUED]
        shown = {cell for page in pages for row in page for cell in row}
        cut = [cell for row in rows for cell in row if cell and cell not in shown]
        placed: list[PlacedSlide] = []
        for number, page in enumerate(pages):
            notes = [*slide.notes, *cut]  # cells cut short, whole
            if number == len(pages) - 1:
                notes += left  # the rows past the last slide, for the presenter
            title = self._title(slide.title, slide.layout, geometry, number, notes)
            heights = tuple(
                row_height(row, fonts[1] if index == 0 and slide.header else fonts[0], size, widths)
                for index, row in enumerate(page)
            )
            placed.append(
                Table(title, slot, slide.header, tuple(page), size, widths, heights, tuple(notes))
            )
        return placed

    def _title(
        self, text: str, kind: str, geometry: Geometry, number: int, notes: list[str]
    ) -> Text:
        """A `kind` slide's title, marked as continued after the first slide."""
        if number and self.continued:  # "Oefeningen: (vervolg)" reads badly
            text = f"{text.rstrip(' :')} ({self.continued})"
        largest, smallest = title_sizes(kind, self.style)
        return self._line(text, geometry.title, largest, smallest, notes, bold=True)

    def _line(
        self,
        text: str,
        slot: Slot,
        largest: float,
        smallest: float,
        notes: list[str],
        bold: bool = False,
    ) -> Text:
        """One text at the largest size that fits its slot; one that does not fit even at the
        smallest is cut at a word and ends in an ellipsis, its whole wording put first in the
        notes."""
        fits = self._fits(slot, bold=bold)
        size = _largest(fits, [text], largest, smallest)
        if size is None:
            size, shown = smallest, shortened(text, fits(smallest))
            if text not in notes:
                notes.insert(0, text)
            return Text(slot, (shown,), size)
        return Text(slot, (text,), size)

    def _measure(self, slot: Slot, bold: bool = False) -> Measure:
        """The measure of text in `slot`: bold where it is set bold, in capitals where the
        master sets capitals (the text itself keeps its case)."""
        measure = self.fonts.bold if bold or slot.bold else self.fonts.regular
        return replace(measure, capitals=slot.capitals)

    def _fits(
        self, slot: Slot, indent: float = 0.0, gap: float = 0.0, bold: bool = False
    ) -> FitsAt:
        """fits(size)(paragraphs): whether the paragraphs fit the slot at that size."""
        measure = self._measure(slot, bold)

        def at(size: float) -> Fits:
            def check(paragraphs: list[str]) -> bool:
                found = largest_fit(
                    paragraphs, measure, slot.box, size, size, indent=indent, gap=gap
                )
                return found is not None

            return check

        return at


def title_sizes(kind: str, style: DeckStyle) -> tuple[float, float]:
    """The largest and smallest size (points) of a `kind` slide's title: a cover's is larger,
    a statement's is its small label, and a picture's may shrink to body size, for the small
    titles of picture layouts."""
    match kind:
        case "title" | "closing":
            return style.title_max + 8, style.title_min
        case "statement":
            return style.body_min, LABEL_SMALLEST
        case "image":
            return style.title_max, min(style.title_min, PICTURE_TITLE_SMALLEST)
    return style.title_max, style.title_min


def smallest_sizes(kind: str, style: DeckStyle) -> dict[str, float]:
    """The smallest size (points) each part of a `kind` slide may be set at: a slide layout
    whose boxes cannot hold a line at these sizes cannot be used."""
    caption = CAPTION_SIZES[1] if kind == "image" else LABEL_SMALLEST
    return {"title": title_sizes(kind, style)[1], "body": style.body_min, "caption": caption}


def picture_area(geometry: Geometry) -> tuple[Slot, Slot]:
    """Where a picture and its caption go: the layout's picture and caption placeholders; in
    a layout without a picture placeholder, the place of its content placeholder (else the
    slide below the title), with a band at its foot for the caption when the layout has no
    caption placeholder."""
    area = geometry.picture
    if area is None and geometry.body is not None:  # the picture takes the content's place
        area = Slot(None, geometry.body.box)
    if area is None:  # between the title and the foot of the slide
        x, y, width, height = geometry.title.box
        top = y + height + 12
        area = Slot(None, (x, top, width, geometry.slide[1] - FOOTER_BAND - top))
    if geometry.caption is not None:
        return area, geometry.caption
    x, y, width, height = area.box
    picture = Slot(area.idx, (x, y, width, height - CAPTION_BAND))
    return picture, Slot(None, (x, y + height - CAPTION_BAND, width, CAPTION_BAND))


def picture_box(area: Box, pixels: tuple[int, int]) -> Box:
    """The largest box of the picture's proportions inside `area`, centred."""
    x, y, width, height = area
    scale = min(width / pixels[0], height / pixels[1])
    fitted_width, fitted_height = pixels[0] * scale, pixels[1] * scale
    return (
        x + (width - fitted_width) / 2,
        y + (height - fitted_height) / 2,
        fitted_width,
        fitted_height,
    )


def _needs(slot: Slot | None) -> Slot:
    if slot is None:  # the master's slide layouts are checked for their parts before placing
        raise ValueError("a slide layout without the part this kind of slide needs")
    return slot


def _largest(
    fits: FitsAt,
    paragraphs: list[str],
    largest: float,
    smallest: float,
) -> float | None:
    return next((size for size in sizes(largest, smallest) if fits(size)(paragraphs)), None)
