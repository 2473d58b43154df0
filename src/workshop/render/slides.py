"""The deck as placed: typed slide kinds with their final texts, boxes and fitted sizes.

Placement (`placement.py`) makes these from the deck plan and the slide layouts' boxes; the
writer (`writer.py`) puts them into a master's slide layouts. Nothing here knows python-pptx,
so what goes on a slide, and at what size, is tested without writing a file. Units are points.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from .fit import Box

BULLET_INDENT = 26.0
"""Hanging indent (points) of a bullet or a numbered step: where its text starts."""
BULLET_GAP = 0.5
"""Space before every bullet but the first, as a share of the type size."""
CELL_INSET = 5.0
"""Inner margin (points) of a table cell at the left and right."""
CELL_INSET_TOP = 5.0
"""Inner margin (points) of a table cell at the top."""
CELL_INSET_BOTTOM = 4.0
"""Inner margin (points) of a table cell at the bottom."""


@dataclass(frozen=True)
class Slot:
    """One part of a slide layout: the placeholder that holds it and its box.

    `idx` is the placeholder's index, by which the writer finds it on a new slide; None when
    the layout has no placeholder for this part and the writer draws a shape of its own in
    `box`. `bold` and `capitals` say how the master sets its text, so it is measured so.
    """

    idx: int | None
    box: Box
    bold: bool = False
    capitals: bool = False


@dataclass(frozen=True)
class Geometry:
    """The parts of one slide layout; None where the layout has no such part.

    `body` holds bullets, steps, a statement, a subtitle or a table; `caption` the text beside
    or under it (a picture's caption, an exercise's note); `picture` the picture's area;
    `slide` is the slide's width and height.
    """

    title: Slot
    body: Slot | None = None
    caption: Slot | None = None
    picture: Slot | None = None
    slide: tuple[float, float] = (960.0, 540.0)


@dataclass(frozen=True)
class Text:
    """Paragraphs set at one size (points) in a slot, where they fit.

    `starts`, for bullets and steps, says of each paragraph whether it starts its item or
    continues one cut to fit (and then has no bullet or number); empty when all start.
    """

    slot: Slot
    paragraphs: tuple[str, ...]
    size: float
    starts: tuple[bool, ...] = ()


@dataclass(frozen=True)
class Cover:
    """The title slide, the closing slide, or a divider: a large title and a line under it."""

    kind: str  # "title" or "closing"
    title: Text
    subtitle: Text | None
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Bullets:
    """A slide of bullets under a title: the agenda or a section's points."""

    kind: str  # "agenda", "bullets", or "table" for a table too wide to show as one
    title: Text
    body: Text
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Statement:
    """One sentence set large (a question for the group, a quote); its label is the title."""

    kind: ClassVar[str] = "statement"
    title: Text
    body: Text
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Picture:
    """A picture of the article under the section's title, with its caption.

    `box` is the picture's own box inside its slot, in the picture's proportions; `alt` is
    the text a screen reader gives for it.
    """

    kind: ClassVar[str] = "image"
    title: Text
    slot: Slot
    box: Box
    path: Path
    alt: str
    caption: Text | None
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Exercise:
    """Something for the group to do: numbered steps, and a note beside them (time, what to
    bring). `first` is the number of the first step that starts here: a continued slide
    counts on."""

    kind: ClassVar[str] = "exercise"
    title: Text
    body: Text
    first: int
    note: Text | None
    notes: tuple[str, ...]


@dataclass(frozen=True)
class Table:
    """A table under a title: with `header` the first row heads the columns (and is repeated
    on a continued slide); all cells at one size, each column as wide and each row as high
    as placement measured (points)."""

    kind: ClassVar[str] = "table"
    title: Text
    slot: Slot
    header: bool
    rows: tuple[tuple[str, ...], ...]
    size: float
    widths: tuple[float, ...]
    heights: tuple[float, ...]
    notes: tuple[str, ...]


PlacedSlide = Cover | Bullets | Statement | Picture | Exercise | Table
