"""Drawing a deck plan as a .pptx with python-pptx, every text sized to fit its box.

Two steps: `paginate` decides, by measuring, the type sizes of each planned slide and whether
its bullets continue on further slides; `render_deck` then writes the slides. Text boxes never
rely on autofit. The zip is rewritten with fixed timestamps so the bytes are reproducible.
"""

from __future__ import annotations

import datetime
import io
import math
import uuid
import zipfile
from dataclasses import dataclass, replace
from pathlib import Path

from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from ..layouts.schema import DeckStyle, Layout
from ..plans import DeckPlan, Slide
from .fit import Measure, line_height_of
from .fonts import register_fonts

SLIDE_WIDTH, SLIDE_HEIGHT = 960.0, 540.0  # points: 13.333 × 7.5 in, 16:9
MARGIN = 54.0
INSET = 4.0
INSET_BOTTOM = 10.0  # room below the last line for descenders, whatever the client
TITLE_BOX = (MARGIN, 34.0, SLIDE_WIDTH - 2 * MARGIN, 104.0)  # x, y, width, height
BODY_BOX = (MARGIN, 160.0, SLIDE_WIDTH - 2 * MARGIN, 318.0)
COVER_TITLE_BOX = (MARGIN + 24, 150.0, SLIDE_WIDTH - 2 * MARGIN - 24, 170.0)
COVER_SUBTITLE_BOX = (MARGIN + 24, 330.0, SLIDE_WIDTH - 2 * MARGIN - 24, 110.0)
STATEMENT_LABEL_BOX = (MARGIN + 40, 96.0, SLIDE_WIDTH - 2 * MARGIN - 80, 40.0)
STATEMENT_BOX = (MARGIN + 40, 150.0, SLIDE_WIDTH - 2 * MARGIN - 80, 280.0)
CAPTION_HEIGHT = 34.0
CAPTION_SIZE = 14.0
BULLET_INDENT = 26.0
BODY_TEXT_HEIGHT = BODY_BOX[3] - INSET - INSET_BOTTOM
"""Height (points) the bullets of one slide may take up inside the body box."""
FOOTER_SIZE = 12.0
EMERGENCY_MIN = 14.0
COMFORTABLE = 24.0
FIXED_TIME = datetime.datetime(2000, 1, 1)
LANGUAGE_TAGS = {"nl": "nl-NL", "en": "en-GB"}


Box = tuple[float, float, float, float]  # x, y, width, height in points


@dataclass(frozen=True)
class Geometry:
    """Where titles, subtitles and bullets go; the built-in design's, or a master's."""

    title: Box = TITLE_BOX
    body: Box = BODY_BOX
    cover_title: Box = COVER_TITLE_BOX
    cover_subtitle: Box = COVER_SUBTITLE_BOX
    statement: Box = STATEMENT_BOX
    statement_label: Box = STATEMENT_LABEL_BOX
    capitals: bool = False
    """Measure titles in capitals: a master's title style may set them in capitals, which
    are wider, and the fit must hold either way."""


BUILT_IN = Geometry()


@dataclass(frozen=True)
class PlacedSlide:
    """A slide as it will be drawn: final texts and the sizes (points) that make them fit."""

    layout: str
    title: str
    title_size: float
    subtitle: str
    subtitle_size: float
    bullets: tuple[str, ...]
    body_size: float
    notes: tuple[str, ...]
    image: Path | None = None  # an image slide's picture file; `subtitle` is its caption


@dataclass(frozen=True)
class Fonts:
    regular: Measure
    bold: Measure


def measures(layout: Layout) -> Fonts:
    """The measures of the layout's deck fonts (metric-compatible files for the named font)."""
    names = register_fonts(layout)
    return Fonts(
        regular=Measure(names["regular"], line_height_of(str(layout.fonts.regular))),
        bold=Measure(names["bold"], line_height_of(str(layout.fonts.bold))),
    )


def paginate(
    plan: DeckPlan, layout: Layout, fonts: Fonts, geometry: dict[str, Geometry] | None = None
) -> list[PlacedSlide]:
    """Every planned slide placed: sizes chosen to fit, too-full slides continued.

    `geometry` gives the boxes per kind of slide (a master's layouts); the built-in design's
    boxes otherwise.
    """
    placed: list[PlacedSlide] = []
    for slide in plan.slides:
        boxes = (geometry or {}).get(slide.layout, BUILT_IN)
        placed.extend(_place(slide, layout, fonts, plan.continued_label, boxes))
    return placed


def _place(
    slide: Slide, layout: Layout, fonts: Fonts, continued: str, geometry: Geometry
) -> list[PlacedSlide]:
    style = layout.deck
    if slide.layout in ("image", "statement", "title", "closing"):
        return [_place_single(slide, style, fonts, geometry)]
    chunks = _chunks(
        list(slide.bullets), fonts.regular, style.body_max, style.body_min, geometry.body
    )
    pages = []
    for number, (bullets, size) in enumerate(chunks):
        title = slide.title if number == 0 else f"{slide.title} ({continued})"
        title_size = _fit(
            _as_drawn(title, geometry), fonts.bold, geometry.title, style.title_max, style.title_min
        )
        notes = slide.notes if number == 0 else ()
        pages.append(
            PlacedSlide(slide.layout, title, title_size, "", 0.0, tuple(bullets), size, notes)
        )
    return pages


def _place_single(slide: Slide, style: DeckStyle, fonts: Fonts, geometry: Geometry) -> PlacedSlide:
    """A slide that is never continued: a cover, a statement or a picture."""
    title = _as_drawn(slide.title, geometry)
    subtitle, picture = slide.subtitle, None
    if slide.layout == "image":
        title_size = _fit(title, fonts.bold, geometry.title, style.title_max, style.title_min)
        subtitle = slide.image.alt if slide.image else ""
        caption_box = (0.0, 0.0, geometry.body[2], CAPTION_HEIGHT)
        subtitle_size = _fit(subtitle, fonts.regular, caption_box, CAPTION_SIZE, 10)
        picture = Path(slide.image.src) if slide.image else None
        body_size = 0.0
    elif slide.layout == "statement":
        title_size = _fit(title, fonts.regular, geometry.statement, style.title_max, style.body_min)
        subtitle_size = _fit(subtitle, fonts.bold, geometry.statement_label, style.body_min, 14)
        body_size = title_size
    else:
        title_size = _fit(
            title, fonts.bold, geometry.cover_title, style.title_max + 8, style.title_min
        )
        subtitle_size = _fit(
            subtitle, fonts.regular, geometry.cover_subtitle, style.body_max, style.body_min
        )
        body_size = style.body_min
    return PlacedSlide(
        slide.layout,
        slide.title,
        title_size,
        subtitle,
        subtitle_size,
        (),
        body_size,
        slide.notes,
        picture,
    )


def _fit(text: str, measure: Measure, box: Box, largest: float, smallest: float) -> float:
    """The largest size at which `text` fits the box (see `_largest_fit`)."""
    return _largest_fit([text], measure, box[2], box[3], largest, smallest)


def _as_drawn(title: str, geometry: Geometry) -> str:
    return title.upper() if geometry.capitals else title


def _body_height(bullets: list[str], measure: Measure, size: float, body: Box = BODY_BOX) -> float:
    width = body[2] - 2 * INSET - BULLET_INDENT
    return measure.height(bullets, size, width, gap=size * 0.5)


def _chunks(
    bullets: list[str], measure: Measure, largest: float, smallest: float, body: Box = BODY_BOX
) -> list[tuple[list[str], float]]:
    """Bullets split over slides at the largest size that keeps their number reasonable.

    The fewest slides (at the smallest size) win, except that a comfortable reading size
    (COMFORTABLE points, within the range) may cost up to half as many slides again; what fits
    on one slide always stays on one.
    """
    if not bullets:
        return [([], largest)]
    bullets = [piece for text in bullets for piece in _pieces(text, measure, smallest, body)]
    fewest = len(_pack(bullets, measure, smallest, body))
    comfortable = min(largest, max(smallest, COMFORTABLE))
    for size in _sizes(largest, smallest):
        packed = _pack(bullets, measure, size, body)
        allowed = math.ceil(fewest * 1.5) if size >= comfortable and fewest > 1 else fewest
        if len(packed) <= allowed:
            return [(chunk, size) for chunk in packed]
    return [(chunk, smallest) for chunk in _pack(bullets, measure, smallest, body)]


def _pack(bullets: list[str], measure: Measure, size: float, body: Box) -> list[list[str]]:
    """Greedy: fill a slide with bullets while they fit, then start the next (at most six)."""
    limit = body[3] - INSET - INSET_BOTTOM
    chunks: list[list[str]] = [[]]
    for bullet in bullets:
        trial = [*chunks[-1], bullet]
        too_tall = _body_height(trial, measure, size, body) > limit
        if chunks[-1] and (len(trial) > 6 or too_tall):
            chunks.append([bullet])
        else:
            chunks[-1] = trial
    return chunks


def _pieces(text: str, measure: Measure, size: float, body: Box) -> list[str]:
    """A bullet too tall for a whole slide, cut at word boundaries into pieces that fit."""
    limit = body[3] - INSET - INSET_BOTTOM
    if _body_height([text], measure, size, body) <= limit:
        return [text]
    words = text.split()
    pieces: list[str] = []
    while words:
        count = len(words)
        while count > 1 and _body_height([" ".join(words[:count])], measure, size, body) > limit:
            count -= 1
        pieces.append(" ".join(words[:count]))
        words = words[count:]
    return pieces


def _sizes(largest: float, smallest: float) -> list[float]:
    sizes, size = [], largest
    while size > smallest:
        sizes.append(size)
        size -= 2
    return [*sizes, smallest]


def _largest_fit(
    texts: list[str],
    measure: Measure,
    width: float,
    height: float,
    largest: float,
    smallest: float,
) -> float:
    """The largest size from `largest` down to `smallest` (or, failing that, down to an
    emergency minimum) at which `texts` fit the box."""
    inner_width, inner_height = width - 2 * INSET, height - INSET - INSET_BOTTOM
    for size in _sizes(largest, min(smallest, EMERGENCY_MIN)):
        if measure.height(texts, size, inner_width, gap=0) <= inner_height:
            return size
    return min(smallest, EMERGENCY_MIN)


def render_deck(plan: DeckPlan, layout: Layout, base_dir: Path | None = None) -> bytes:
    """The .pptx bytes of `plan` drawn in `layout` (in its master, when it has one).

    Image slides find their pictures relative to `base_dir`; one whose picture cannot be read
    is left out rather than shown empty.
    """
    fonts = measures(layout)
    plan = replace(plan, slides=tuple(_with_pictures(plan.slides, base_dir)))
    if layout.deck.master is not None:
        from .master import render_in_master

        return render_in_master(plan, layout, fonts)
    placed = paginate(plan, layout, fonts)
    presentation = Presentation()
    presentation.slide_width, presentation.slide_height = Pt(SLIDE_WIDTH), Pt(SLIDE_HEIGHT)
    blank = next(
        (item for item in presentation.slide_layouts if item.name == "Blank"),
        presentation.slide_layouts[-1],
    )
    painter = _Painter(layout, LANGUAGE_TAGS.get(plan.meta.language, "en-GB"), plan.footer)
    for number, slide in enumerate(placed, start=1):
        painter.draw(presentation.slides.add_slide(blank), slide, number)
    _set_properties(presentation, plan)
    buffer = io.BytesIO()
    presentation.save(buffer)
    return _fixed_zip(buffer.getvalue())


def _with_pictures(slides: tuple[Slide, ...], base_dir: Path | None) -> list[Slide]:
    """The slides, image slides with the picture's full path, unreadable pictures left out."""
    kept = []
    for slide in slides:
        if slide.layout == "image":
            path = (base_dir or Path.cwd()) / (slide.image.src if slide.image else "")
            if slide.image is None or not _picture_size(path):
                continue
            slide = replace(slide, image=replace(slide.image, src=str(path)))
        kept.append(slide)
    return kept


def _picture_size(path: Path) -> tuple[int, int] | None:
    """A picture's size in pixels, or None when it is not a picture that can be read."""
    try:
        with Image.open(path) as picture:
            return picture.size
    except (OSError, ValueError):
        return None


def picture_box(area: Box, size: tuple[int, int]) -> Box:
    """The largest box of the picture's proportions inside `area`, centred."""
    x, y, width, height = area
    scale = min(width / size[0], height / size[1])
    fitted_width, fitted_height = size[0] * scale, size[1] * scale
    return (
        x + (width - fitted_width) / 2,
        y + (height - fitted_height) / 2,
        fitted_width,
        fitted_height,
    )


class _Painter:
    """Draws placed slides in the layout's built-in design: colours and font from the layout."""

    def __init__(self, layout: Layout, language_tag: str, footer: str) -> None:
        self.layout = layout
        self.language_tag = language_tag
        self.footer = footer
        self.font = layout.fonts.deck_name
        colours = layout.colours
        self.accent = RGBColor.from_string(colours.accent[1:])
        self.text = RGBColor.from_string(colours.text[1:])
        self.muted = RGBColor.from_string(colours.muted[1:])
        self.background = RGBColor.from_string(colours.background[1:])

    def draw(self, slide, placed: PlacedSlide, number: int) -> None:
        fill = slide.background.fill
        fill.solid()
        fill.fore_color.rgb = self.background
        if placed.layout == "statement":
            self._statement(slide, placed)
        elif placed.layout == "image":
            self._picture(slide, placed)
        elif placed.layout in ("title", "closing"):
            self._cover(slide, placed)
        else:
            self._title(slide, TITLE_BOX, placed.title_size, placed.title, rule=90)
            if placed.bullets:
                self._text(
                    slide,
                    "Body",
                    BODY_BOX,
                    list(placed.bullets),
                    placed.body_size,
                    self.text,
                    bullets=True,
                )
        self._furniture(slide, number)
        write_notes(slide, placed.notes)

    def _title(self, slide, box: Box, size: float, text: str, rule: float) -> None:
        """The slide's title in the accent colour, with a short accent rule under it."""
        self._text(
            slide, "Title", box, [text], size, self.accent, bold=True, anchor=MSO_ANCHOR.BOTTOM
        )
        self._rectangle(slide, (box[0] + INSET, box[1] + box[3] + 2, rule, 4), self.accent)

    def _cover(self, slide, placed: PlacedSlide) -> None:
        """Title and closing slides: a large title, the credit under it, a band on the left."""
        self._title(slide, COVER_TITLE_BOX, placed.title_size, placed.title, rule=120)
        self._rectangle(slide, (0, 0, 22, SLIDE_HEIGHT), self.accent)
        if placed.subtitle:
            self._text(
                slide,
                "Subtitle",
                COVER_SUBTITLE_BOX,
                [placed.subtitle],
                placed.subtitle_size,
                self.muted,
            )

    def _picture(self, slide, placed: PlacedSlide) -> None:
        """The section's title, the picture as large as the body allows, its caption below."""
        self._title(slide, TITLE_BOX, placed.title_size, placed.title, rule=90)
        x, y, width, height = BODY_BOX
        area = (x, y, width, height - CAPTION_HEIGHT)
        add_picture(slide, placed.image, picture_box(area, _picture_size(placed.image)))
        if placed.subtitle:
            caption = (x, y + height - CAPTION_HEIGHT, width, CAPTION_HEIGHT)
            self._text(
                slide,
                "Caption",
                caption,
                [placed.subtitle],
                placed.subtitle_size,
                self.muted,
                align=PP_ALIGN.CENTER,
            )

    def _statement(self, slide, placed: PlacedSlide) -> None:
        """One sentence large, its label above it in the accent colour."""
        label_box = STATEMENT_LABEL_BOX
        if placed.subtitle:
            self._text(
                slide,
                "Label",
                label_box,
                [placed.subtitle],
                placed.subtitle_size,
                self.accent,
                bold=True,
                anchor=MSO_ANCHOR.BOTTOM,
            )
        self._rectangle(
            slide, (label_box[0] + INSET, label_box[1] + label_box[3] + 2, 60, 4), self.accent
        )
        self._text(
            slide,
            "Statement",
            STATEMENT_BOX,
            [placed.title],
            placed.title_size,
            self.text,
            anchor=MSO_ANCHOR.MIDDLE,
        )

    def _furniture(self, slide, number: int) -> None:
        y = SLIDE_HEIGHT - 40
        box = self._text(
            slide,
            "Slide number",
            (SLIDE_WIDTH - MARGIN - 80, y, 80, 26),
            [str(number)],
            FOOTER_SIZE,
            self.muted,
            align=PP_ALIGN.RIGHT,
        )
        _as_slide_number_field(box.text_frame.paragraphs[0].runs[0]._r, number)
        if self.footer:
            self._text(
                slide,
                "Footer",
                (MARGIN, y, SLIDE_WIDTH - 2 * MARGIN - 100, 26),
                [self.footer],
                FOOTER_SIZE,
                self.muted,
            )

    def _rectangle(self, slide, box: tuple[float, float, float, float], colour: RGBColor) -> None:
        x, y, width, height = box
        shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(x), Pt(y), Pt(width), Pt(height))
        shape.fill.solid()
        shape.fill.fore_color.rgb = colour
        shape.line.fill.background()
        shape.shadow.inherit = False

    def _text(
        self,
        slide,
        name: str,
        box: tuple[float, float, float, float],
        paragraphs: list[str],
        size: float,
        colour: RGBColor,
        *,
        bold: bool = False,
        bullets: bool = False,
        anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
        align: PP_ALIGN = PP_ALIGN.LEFT,
    ):
        """A named text box of plain paragraphs (bullets optional); returns the shape."""
        x, y, width, height = box
        shape = slide.shapes.add_textbox(Pt(x), Pt(y), Pt(width), Pt(height))
        shape.name = name
        frame = shape.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        frame.vertical_anchor = anchor
        frame.margin_left = frame.margin_right = Pt(INSET)
        frame.margin_top = Pt(INSET)
        frame.margin_bottom = Pt(INSET_BOTTOM)
        for index, text in enumerate(paragraphs):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            paragraph.alignment = align
            paragraph.line_spacing = 1.0
            paragraph.space_before = Pt(size * 0.5 if index and bullets else 0)
            paragraph.space_after = Pt(0)
            if bullets:
                self._bullet(paragraph)
            run = paragraph.add_run()
            run.text = text
            font = run.font
            font.name = self.font
            font.size = Pt(size)
            font.bold = bold
            font.color.rgb = colour
            font._rPr.set("lang", self.language_tag)
        return shape

    def _bullet(self, paragraph) -> None:
        """A hanging bullet in the accent colour (a plain text box has no bullets of its own)."""
        properties = paragraph._p.get_or_add_pPr()
        properties.set("marL", str(Pt(BULLET_INDENT)))
        properties.set("indent", str(-Pt(BULLET_INDENT)))
        colour = properties.makeelement(qn("a:buClr"), {})
        colour.append(colour.makeelement(qn("a:srgbClr"), {"val": str(self.accent)}))
        font = properties.makeelement(qn("a:buFont"), {"typeface": "Arial"})
        char = properties.makeelement(qn("a:buChar"), {"char": "•"})
        properties.extend([colour, font, char])


def write_notes(slide, notes: tuple[str, ...]) -> None:
    """The speaker notes, a paragraph each."""
    if notes:
        frame = slide.notes_slide.notes_text_frame
        frame.text = notes[0]
        for text in notes[1:]:
            frame.add_paragraph().text = text


def add_picture(slide, path: Path, box: Box) -> None:
    """The picture on the slide in `box` (points), named "Picture"."""
    x, y, width, height = box
    picture = slide.shapes.add_picture(str(path), Pt(x), Pt(y), Pt(width), Pt(height))
    picture.name = "Picture"


def _as_slide_number_field(run, number: int) -> None:
    """Turn a run into PowerPoint's slide-number field, so the number stays right when the
    facilitator moves or hides slides; the text is the number as built. The field's id is
    derived from the number, keeping the bytes reproducible."""
    guid = uuid.uuid5(uuid.NAMESPACE_URL, f"workshop:slide-number:{number}")
    field = run.makeelement(qn("a:fld"), {"id": f"{{{str(guid).upper()}}}", "type": "slidenum"})
    for child in list(run):
        field.append(child)  # the run's properties and its text move into the field
    run.addprevious(field)
    run.getparent().remove(run)


def _set_properties(presentation, plan: DeckPlan) -> None:
    """Document properties from the plan; fixed dates keep the bytes reproducible."""
    properties = presentation.core_properties
    properties.title = _property_text(plan.meta.title)
    properties.author = _property_text(plan.meta.author)
    properties.subject = _property_text(plan.meta.subject)
    properties.keywords = _property_text(plan.meta.keywords)
    properties.language = LANGUAGE_TAGS.get(plan.meta.language, plan.meta.language)
    properties.last_modified_by = "workshop"
    properties.revision = 1
    properties.created = properties.modified = properties.last_printed = FIXED_TIME


def _property_text(text: str, limit: int = 255) -> str:
    """`text` cut at a word to fit a core property (Office allows 255 characters)."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"


def _fixed_zip(data: bytes) -> bytes:
    """The same package with every member dated 1980-01-01, in the same order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info.filename))
    return output.getvalue()
