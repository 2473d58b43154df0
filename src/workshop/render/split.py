"""Splitting text that does not fit: bullets over slides, a text into pieces, a line cut short.

Placement asks these with a `fits` test (does this text fit its box at this size?) rather
than with boxes and fonts, so the rules of splitting are the same for bullets, steps,
statements and table rows, and are tested without any slide.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .fit import WIDTH_SAFETY, Measure, longest_that_fits, sizes
from .slides import CELL_INSET, CELL_INSET_BOTTOM, CELL_INSET_TOP

Fits = Callable[[list[str]], bool]
"""Whether paragraphs fit their box (at a size chosen before)."""
FitsAt = Callable[[float], Fits]
"""The `Fits` test at a size (points)."""
Row = tuple[str, ...]
Piece = tuple[str, bool]
"""A bullet or step, or a piece of one cut to fit, and whether it starts its item (a piece
that continues an item has no bullet or number of its own)."""

COMFORTABLE = 24.0
"""A reading size (points) worth up to half as many slides again when bullets continue."""
MAX_BULLETS = 6
"""Bullets (or steps) on one slide at most."""
MAX_WORDS = 60
"""Words on one slide at most: more is a text to read, not a slide to present."""
ELLIPSIS = "…"


def over_slides(
    items: list[str], fits: FitsAt, largest: float, smallest: float
) -> list[tuple[list[Piece], float]]:
    """Bullets (or steps) split over slides at the largest size that keeps their number
    reasonable, each slide's pieces with the size they are set at.

    The fewest slides (at the smallest size) win, except that a comfortable reading size
    (COMFORTABLE points, within the range) may cost up to half as many slides again; what fits
    on one slide always stays on one. An item too tall for a slide of its own at the smallest
    size is cut into pieces that fit; only its first piece starts the item.
    """
    if not items:
        return [([], largest)]
    cut = [
        (piece, number == 0)
        for text in items
        for number, piece in enumerate(pieces(text, fits(smallest)))
    ]
    at_smallest = _pack(cut, fits(smallest))
    fewest = len(at_smallest or [])
    comfortable = min(largest, max(smallest, COMFORTABLE))
    for size in sizes(largest, smallest):
        packed = at_smallest if size == smallest else _pack(cut, fits(size))
        allowed = math.ceil(fewest * 1.5) if size >= comfortable and fewest > 1 else fewest
        if packed is not None and len(packed) <= allowed:
            return [(chunk, size) for chunk in packed]
    return [(chunk, smallest) for chunk in at_smallest or [cut]]


def _pack(items: list[Piece], fits: Fits) -> list[list[Piece]] | None:
    """Greedy: fill a slide with pieces while they fit, then start the next (at most six, of
    MAX_WORDS words); None when a piece does not fit even on a slide of its own."""
    chunks: list[list[Piece]] = [[]]
    for item in items:
        trial = [*chunks[-1], item]
        texts = [text for text, _ in trial]
        fewer = len(trial) <= MAX_BULLETS and sum(len(t.split()) for t in texts) <= MAX_WORDS
        if fewer and fits(texts):
            chunks[-1] = trial
        elif fits([item[0]]):
            chunks.append([item])
        else:
            return None
    return chunks


def pieces(text: str, fits: Fits) -> list[str]:
    """`text` cut at word boundaries into pieces that each fit a box of their own (a word too
    long for one is cut inside it)."""
    if fits([text]):
        return [text]
    words, found = text.split(), []
    while words:
        count = _words_that_fit(words, fits)
        if count:
            found.append(" ".join(words[:count]))
            words = words[count:]
            continue
        cut = max(1, _letters_that_fit(words[0], fits))
        found.append(words[0][:cut])
        words[0] = words[0][cut:]
        if not words[0]:
            words.pop(0)
    return found or [""]


def shortened(text: str, fits: Fits) -> str:
    """The longest start of `text`, cut after a word, that fits with an ellipsis; "" when not
    even the ellipsis fits."""
    words = text.split()
    count = _words_that_fit(words, fits, ELLIPSIS)
    if count:
        return " ".join(words[:count]).rstrip(" ,;:–-") + ELLIPSIS
    first = words[0] if words else ""
    cut = _letters_that_fit(first, fits, ELLIPSIS)
    return first[:cut] + ELLIPSIS if cut else ""


def _words_that_fit(words: list[str], fits: Fits, end: str = "") -> int:
    return longest_that_fits(len(words), lambda n: fits([" ".join(words[:n]) + end]))


def _letters_that_fit(word: str, fits: Fits, end: str = "") -> int:
    return longest_that_fits(len(word), lambda n: fits([word[:n] + end]))


def column_widths(
    rows: list[Row], measure: Measure, size: float, total: float
) -> tuple[float, ...]:
    """Widths (points, adding up to `total`) for the table's columns: each as wide as its
    longest cell on one line when they all fit; else the columns that need less than an equal
    share keep what they need and the others share the rest by how much more they need."""
    natural = [
        max(measure.width(cell, size) for cell in column) / WIDTH_SAFETY + 2 * CELL_INSET
        for column in zip(*rows, strict=True)
    ]
    count = len(natural)
    if sum(natural) <= total:
        spare = (total - sum(natural)) / count
        return tuple(width + spare for width in natural)
    widths = [0.0] * count
    open_columns = set(range(count))
    room = total
    while open_columns:  # settle the columns that need no more than an equal share
        share = room / len(open_columns)
        small = {index for index in open_columns if natural[index] <= share}
        if not small:
            break
        for index in small:
            widths[index] = natural[index]
            room -= natural[index]
        open_columns -= small
    if open_columns:
        need = sum(natural[index] for index in open_columns)
        for index in open_columns:
            widths[index] = room * natural[index] / need
    return tuple(widths)


def row_height(row: Row, measure: Measure, size: float, widths: tuple[float, ...]) -> float:
    """A table row's height (points): its tallest cell's lines and the cell's insets, in
    columns `widths` wide."""
    lines = max(
        len(measure.wrap(cell, size, width - 2 * CELL_INSET))
        for cell, width in zip(row, widths, strict=True)
    )
    return lines * size * measure.line_height + CELL_INSET_TOP + CELL_INSET_BOTTOM


def table_pages(
    rows: list[Row],
    measures: tuple[Measure, Measure],
    size: float,
    widths: tuple[float, ...],
    height: float,
    header: bool = True,
) -> list[list[Row]]:
    """Rows over as few slides as fit `height` at `size`; with `header` the first row (set
    in the second measure, bold) heads each slide. A row too tall for a slide of its own has
    its cells shortened to fit."""
    regular, bold = measures
    top_rows: list[Row] = []
    if header:
        top_rows = [_row_within(rows[0], bold, size, widths, height / 3)]
        rows = rows[1:]
    top = sum(row_height(row, bold, size, widths) for row in top_rows)
    pages: list[list[Row]] = [list(top_rows)]
    used = top
    for row in rows:
        row = _row_within(row, regular, size, widths, height - top)
        tall = row_height(row, regular, size, widths)
        if used + tall > height and len(pages[-1]) > len(top_rows):
            pages.append(list(top_rows))
            used = top
        pages[-1].append(row)
        used += tall
    return pages


def _row_within(
    row: Row, measure: Measure, size: float, widths: tuple[float, ...], room: float
) -> Row:
    """The row, its cells shortened with an ellipsis when it is taller than `room`."""
    if row_height(row, measure, size, widths) <= room:
        return row
    inset = CELL_INSET_TOP + CELL_INSET_BOTTOM
    lines = max(1, int((room - inset) // (size * measure.line_height)))
    cells = []
    for cell, width in zip(row, widths, strict=True):
        inner = width - 2 * CELL_INSET

        def fits(paragraphs: list[str], inner: float = inner) -> bool:
            return all(len(measure.wrap(text, size, inner)) <= lines for text in paragraphs)

        cells.append(cell if fits([cell]) else shortened(cell, fits))
    return tuple(cells)
