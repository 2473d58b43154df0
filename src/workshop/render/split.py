"""Splitting text that does not fit: bullets over slides, a text into pieces, a line cut short.

Placement asks these with a `fits` test (does this text fit its box at this size?) rather
than with boxes and fonts, so the rules of splitting are the same for bullets, steps,
statements and table rows, and are tested without any slide.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from .fit import INSET, INSET_BOTTOM, Measure, longest_that_fits, sizes
from .slides import CELL_INSET, CELL_INSET_BOTTOM

Fits = Callable[[list[str]], bool]
"""Whether paragraphs fit their box (at a size chosen before)."""
FitsAt = Callable[[float], Fits]
"""The `Fits` test at a size (points)."""
Row = tuple[str, ...]

COMFORTABLE = 24.0
"""A reading size (points) worth up to half as many slides again when bullets continue."""
MAX_BULLETS = 6
"""Bullets (or steps) on one slide at most."""
ELLIPSIS = "…"


def over_slides(
    bullets: list[str], fits: FitsAt, largest: float, smallest: float
) -> list[tuple[list[str], float]]:
    """Bullets split over slides at the largest size that keeps their number reasonable.

    The fewest slides (at the smallest size) win, except that a comfortable reading size
    (COMFORTABLE points, within the range) may cost up to half as many slides again; what fits
    on one slide always stays on one. A bullet too tall for a slide of its own at the smallest
    size is cut into pieces that fit.
    """
    if not bullets:
        return [([], largest)]
    bullets = [piece for text in bullets for piece in pieces(text, fits(smallest))]
    fewest = len(_pack(bullets, fits(smallest)))
    comfortable = min(largest, max(smallest, COMFORTABLE))
    for size in sizes(largest, smallest):
        packed = _pack(bullets, fits(size))
        allowed = math.ceil(fewest * 1.5) if size >= comfortable and fewest > 1 else fewest
        if len(packed) <= allowed:
            return [(chunk, size) for chunk in packed]
    return [(chunk, smallest) for chunk in _pack(bullets, fits(smallest))]


def _pack(bullets: list[str], fits: Fits) -> list[list[str]]:
    """Greedy: fill a slide with bullets while they fit, then start the next (at most six)."""
    chunks: list[list[str]] = [[]]
    for bullet in bullets:
        trial = [*chunks[-1], bullet]
        if chunks[-1] and (len(trial) > MAX_BULLETS or not fits(trial)):
            chunks.append([bullet])
        else:
            chunks[-1] = trial
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


def row_height(row: Row, measure: Measure, size: float, width: float) -> float:
    """A table row's height (points): its tallest cell's lines and the cell's insets, with
    cells `width` wide."""
    inner = width - 2 * CELL_INSET
    lines = max(len(measure.wrap(cell, size, inner)) for cell in row)
    return lines * size * measure.line_height + CELL_INSET + CELL_INSET_BOTTOM


def table_pages(
    rows: list[Row], measures: tuple[Measure, Measure], size: float, width: float, height: float
) -> list[list[Row]]:
    """Rows over as few slides as fit `height` at `size`, the header (the first row, set in
    the second measure, bold) on each; a row too tall for a slide of its own has its cells
    shortened to fit. Cells are `width` wide."""
    regular, bold = measures
    header, *rest = rows
    limit = height - INSET - INSET_BOTTOM
    top = row_height(header, bold, size, width)
    pages: list[list[Row]] = [[header]]
    used = top
    for row in rest:
        row = _row_within(row, regular, size, width, limit - top)
        tall = row_height(row, regular, size, width)
        if used + tall > limit and len(pages[-1]) > 1:
            pages.append([header])
            used = top
        pages[-1].append(row)
        used += tall
    return pages


def _row_within(row: Row, measure: Measure, size: float, width: float, room: float) -> Row:
    """The row, its cells shortened with an ellipsis when it is taller than `room`."""
    if row_height(row, measure, size, width) <= room:
        return row
    inner = width - 2 * CELL_INSET
    lines = max(1, int((room - CELL_INSET - CELL_INSET_BOTTOM) // (size * measure.line_height)))

    def fits(paragraphs: list[str]) -> bool:
        return all(len(measure.wrap(text, size, inner)) <= lines for text in paragraphs)

    return tuple(cell if fits([cell]) else shortened(cell, fits) for cell in row)
