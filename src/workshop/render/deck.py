"""Drawing a deck plan as a .pptx: placed first, written second, always into a master.

The master is the layout's own .pptx or .potx, or the built-in design made from the layout
(`design.py`). Its slide layouts give the boxes (`master.py`), placement fits every text to
them (`placement.py`, no python-pptx), and the one writer fills the placeholders
(`writer.py`). The bytes are the same for the same input (`package.py`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..errors import LayoutError
from ..layouts.schema import Layout
from ..pictures import shown_picture
from ..plans import DeckPlan, Slide
from .design import built_in_master
from .master import choose_layouts, font_mismatch, geometry_of, open_master
from .package import language_tag, save, set_properties
from .placement import Placer, measures, smallest_sizes
from .slides import Geometry, PlacedSlide
from .writer import DeckWriter


def render_deck(plan: DeckPlan, layout: Layout, base_dir: Path | None = None) -> bytes:
    """The .pptx bytes of `plan` drawn in `layout`'s master (its own, or its built-in design).

    Image slides find their pictures relative to `base_dir`; one whose picture cannot be read
    is left out rather than shown empty.
    """
    deck = _placed(plan, layout, base_dir)
    writer = DeckWriter(
        deck.presentation, deck.layouts, language_tag(plan.meta.language), plan.footer
    )
    for number, slide in enumerate(deck.slides, start=1):
        writer.write(slide, number)
    set_properties(deck.presentation, plan.meta)
    return save(deck.presentation)


@dataclass(frozen=True)
class PlacedDeck:
    """The deck's slides as placed in the master's layouts, before any is written."""

    presentation: Any
    layouts: dict[str, Any]
    slides: list[PlacedSlide]
    size: tuple[float, float]
    """The slides' width and height in points."""


def placed_slides(
    plan: DeckPlan, layout: Layout, base_dir: Path | None = None
) -> tuple[list[PlacedSlide], tuple[float, float]]:
    """The slides exactly as the deck will have them (continued slides included) and their
    size in points, for drawing them elsewhere (the slide handout)."""
    deck = _placed(plan, layout, base_dir)
    return deck.slides, deck.size


def _placed(plan: DeckPlan, layout: Layout, base_dir: Path | None) -> PlacedDeck:
    slides, pictures = _with_pictures(plan.slides, base_dir)
    if layout.deck.master is not None:
        origin: Path | str = layout.deck.master
        data, names = origin.read_bytes(), layout.deck.master_layouts
    else:
        built = built_in_master(layout, plan.meta.language)
        origin, data, names = f"the built-in design of {layout.name}", built.data, built.names
    presentation = open_master(data, origin)
    if layout.deck.master is not None:
        _check_font(presentation, layout)
    fonts = measures(layout)
    line = max(fonts.regular.line_height, fonts.bold.line_height)
    layouts = choose_layouts(presentation, names, [slide.layout for slide in slides], origin)
    master = hashlib.sha256(data).digest()
    geometry = {
        kind: _geometry(master, kind, slide_layout, smallest_sizes(kind, layout.deck), line, origin)
        for kind, slide_layout in layouts.items()
    }
    placer = Placer(layout.deck, fonts, geometry, plan.continued_label, pictures, plan.meta.title)
    size = next(iter(geometry.values())).slide if geometry else (960.0, 540.0)
    return PlacedDeck(presentation, layouts, placer.place(slides), size)


def _geometry(
    master: bytes, kind: str, slide_layout, smallest: dict[str, float], line: float, origin
) -> Geometry:
    """`geometry_of`, worked out once per process for each master (by its bytes' hash) and
    slide layout: reading a master's placeholders was a tenth of a deck's time."""
    key = (master, kind, str(slide_layout.part.partname), tuple(sorted(smallest.items())), line)
    if key not in _GEOMETRIES:
        _GEOMETRIES[key] = geometry_of(kind, slide_layout, smallest, line, origin)
    return _GEOMETRIES[key]


_GEOMETRIES: dict[tuple[object, ...], Geometry] = {}


def _with_pictures(
    slides: tuple[Slide, ...], base_dir: Path | None
) -> tuple[list[Slide], dict[str, tuple[int, int]]]:
    """The slides with each picture's full path, and the size in pixels of every picture that
    can be read (a slide whose picture cannot is left out)."""
    kept, pictures = [], {}
    for slide in slides:
        if slide.layout == "image":
            if slide.image is None:
                continue
            shown = shown_picture(slide.base_dir or base_dir or Path.cwd(), slide.image.src)
            if isinstance(shown, str):
                continue
            path, size = shown
            slide = replace(slide, image=replace(slide.image, src=str(path)))
            pictures[str(path)] = size
        kept.append(slide)
    return kept, pictures


def _check_font(presentation, layout: Layout) -> None:
    """A company master must set its text in the font the deck is measured for."""
    font = font_mismatch(presentation, layout.fonts.deck_name)
    if font is not None:
        raise LayoutError(
            layout.folder / "layout.toml",
            f"fonts.deck_name: the deck is measured for {layout.fonts.deck_name!r}, but "
            f"{layout.deck.master.name} sets its text in {font!r}; set deck_name to {font!r} "
            "and [fonts] to its files (or metric-compatible ones)",
        )
