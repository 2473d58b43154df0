"""Drawing a handout plan as a PDF with reportlab's platypus.

The plan says what goes where; this module decides how it looks: the layout's embedded
TrueType fonts, hyphenation in the article's language (pyphen, through reportlab), headings
kept with the text below them, and page furniture with "page X of Y" drawn once the page count
is known. `invariant` mode keeps the bytes the same for the same input.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.pagesizes import A4, A5, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    HRFlowable,
    Image as ImageFlowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents, defaultTableStyle

from ..layouts.schema import Layout
from ..marks import sliced, tagged
from ..plans import (
    Bullets,
    Contact,
    Contents,
    Grid,
    HandoutPlan,
    Heading,
    KeyPoints,
    NoteLines,
    PageBreak as PlanPageBreak,
    Picture,
    Questions,
    Quotation,
    Text,
)
from .fonts import register_fonts
from .handout_grid import grid
from .handout_pages import FurnishedCanvas, cover_band
from .handout_styles import paragraph_styles

PAPER = {"A4": A4, "A5": A5, "Letter": LETTER}


def render_handout(
    plan: HandoutPlan, layout: Layout, base_dir: Path, paper: str | None = None
) -> bytes:
    """The PDF bytes of `plan` drawn in `layout`; images are found relative to `base_dir`.

    `paper` ("A4", "A5", "Letter") overrides the layout's paper size.
    """
    fonts = register_fonts(layout)
    styles = paragraph_styles(layout, fonts, plan.meta.language)
    page_size = PAPER[paper or layout.page.size]
    scale = min(1.0, page_size[0] / A4[0])  # A5 gets margins in proportion, not A4's
    buffer = io.BytesIO()
    doc = _HandoutDoc(
        buffer,
        pagesize=page_size,
        leftMargin=layout.page.left * mm * scale,
        rightMargin=layout.page.right * mm * scale,
        topMargin=layout.page.top * mm * scale,
        bottomMargin=layout.page.bottom * mm * scale,
        title=plan.meta.title,
        author=plan.meta.author,
        subject=plan.meta.subject,
        keywords=plan.meta.keywords,
        creator="workshop",
        lang=plan.meta.language,
        invariant=1,
        initialFontName=fonts["regular"],
        initialFontSize=layout.handout.body_size,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    compact = plan.cover is None or plan.cover.style == "compact"
    cover_page = PageTemplate(id="cover", frames=[frame], onPage=partial(cover_band, layout))
    body_page = PageTemplate(id="body", frames=[frame])
    doc.addPageTemplates([body_page] if compact else [cover_page, body_page])
    opening = _compact_cover if compact else _cover
    story = opening(plan, styles, layout, doc.width) if plan.cover else []
    story += _body(plan, styles, layout, doc, base_dir)
    margins = (doc.leftMargin, doc.rightMargin, doc.bottomMargin)
    canvasmaker = partial(
        FurnishedCanvas,
        plan=plan,
        layout=layout,
        font=fonts["regular"],
        margins=margins,
        first=1 if compact else 2,
    )
    doc.multiBuild(story, canvasmaker=canvasmaker)  # twice when there are contents to number
    return buffer.getvalue()


class _HandoutDoc(BaseDocTemplate):
    """The document: every heading becomes a bookmark in the PDF's outline and an entry for
    the table of contents, with the page it landed on."""

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab's name; called every pass)
        self._outline_level, self._headings = -1, 0

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        level = min(level, self._outline_level + 1)  # an outline may not skip a level
        self._outline_level = level
        self._headings += 1
        key = f"heading-{self._headings}"
        text = flowable.getPlainText()
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=False)
        self.notify("TOCEntry", (level, escape(text), self.page, key))


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of the text: reportlab reads markup, so the text is escaped first and its
    marks (bold, italic, links) become reportlab's own tags; a link is underlined, so it shows
    on paper too.

    A word too long for any line (a URL, a 2,000-letter string) gets soft hyphens every few
    letters, so it breaks inside the margins instead of running past them. A box taller than
    a page (a key point of 600 words) continues on the next page.
    """
    return Paragraph(tagged(text, _escaped, _link, _faces(style)), style)


def _paras(text: str, style: ParagraphStyle) -> list[Paragraph]:
    """The text as paragraphs: one, or for a text of thousands of words (a whole article
    scraped onto one line) several, cut after a sentence where one ends near enough. reportlab
    sets a paragraph again for every page it runs onto, so one paragraph of a hundred pages
    took hours; a handout reads better in parts of at most a page anyway."""
    return [_para(sliced(text, start, end), style) for start, end in _parts(text)]


def _parts(text: str) -> list[tuple[int, int]]:
    parts, start = [], 0
    while len(text) - start > _LONG_PARAGRAPH:
        window = text[start : start + _LONG_PARAGRAPH]
        cut = max(window.rfind(end) for end in (". ", "? ", "! ")) + 1
        if cut < _LONG_PARAGRAPH // 3:  # no sentence ends in the last two thirds
            cut = window.rfind(" ") if " " in window[1:] else len(window)
        parts.append((start, start + cut))
        start += cut
        while start < len(text) and text[start] == " ":
            start += 1
    return [*parts, (start, len(text))]


_LONG_PARAGRAPH = 2400
"""Characters a paragraph holds before it is cut: about 350 words, two thirds of a page."""


def _faces(style: ParagraphStyle) -> Callable[[bool, bool], str] | None:
    """In an italic paragraph (the intro, a quote) a stressed word is set upright, as a
    typesetter would: italic inside italic does not show."""
    family, bold, italic = ps2tt(style.fontName)
    if not italic:
        return None
    return lambda stressed, slanted: tt2ps(family, int(bold or stressed), int(not slanted))


def _escaped(text: str) -> str:
    return escape(_LONG_WORD.sub(_breakable, text))


def _link(href: str) -> str:
    return f'<a href="{href}" underline="1">'


_LONG_WORD = re.compile(r"\S{30,}")


def _breakable(match: re.Match[str]) -> str:
    """Soft hyphens every 12 letters. A word longer than a few lines (no prose has one) is
    cut into pieces with a space between them: reportlab's cost of soft hyphens grows with the
    square of the word's length for every line (a 20,000-letter string took minutes)."""
    word = match.group(0)
    pieces = (word[i : i + _PIECE] for i in range(0, len(word), _PIECE))
    return " ".join(_soft_hyphens(piece) for piece in pieces)


def _soft_hyphens(word: str) -> str:
    return "\u00ad".join(word[i : i + 12] for i in range(0, len(word), 12))


_PIECE = 240


def _cover(
    plan: HandoutPlan, styles: dict[str, ParagraphStyle], layout: Layout, width: float
) -> list[Flowable]:
    cover = plan.cover
    flowables: list[Flowable] = [Spacer(1, 22 * mm)]
    logo = _logo(layout, cover.logo)
    flowables += [logo, Spacer(1, 38 * mm - logo.drawHeight)] if logo else [Spacer(1, 38 * mm)]
    flowables.append(_para(cover.title, styles["cover_title"]))
    if cover.subtitle:
        flowables.append(_para(cover.subtitle, styles["cover_subtitle"]))
    if cover.workshop:
        flowables.append(Spacer(1, 8 * mm))
        flowables += [_para(line, styles["cover_workshop"]) for line in cover.workshop]
    flowables.append(Spacer(1, 12 * mm))
    flowables += [_para(line, styles["credit"]) for line in cover.credits]
    return [*flowables, NextPageTemplate("body"), PageBreak()]


def _compact_cover(
    plan: HandoutPlan, styles: dict[str, ParagraphStyle], layout: Layout, width: float
) -> list[Flowable]:
    """The title block at the top of the first page, a rule under it, the text right after."""
    cover = plan.cover
    flowables: list[Flowable] = []
    logo = _logo(layout, cover.logo)
    if logo:
        flowables += [logo, Spacer(1, 4 * mm)]
    flowables.append(_para(cover.title, styles["compact_title"]))
    if cover.subtitle:
        flowables.append(_para(cover.subtitle, styles["cover_subtitle"]))
    flowables += [_para(line, styles["cover_workshop"]) for line in cover.workshop]
    flowables += [_para(line, styles["credit"]) for line in cover.credits]
    rule = HRFlowable(
        width="100%",
        thickness=0.8,
        color=colors.HexColor(layout.colours.accent),
        spaceBefore=3 * mm,
    )
    return [KeepTogether(flowables), rule, Spacer(1, 5 * mm)]


def _logo(layout: Layout, src: str) -> ImageFlowable | None:
    """The organisation's logo, at most 45 x 22 mm, from inside the layout's folders only."""
    path = layout.find_file(src) if src else None
    if path is None:
        return None
    try:
        width, height = ImageReader(str(path)).getSize()
    except (OSError, ValueError):
        return None
    scale = min(45 * mm / width, 22 * mm / height)
    logo = ImageFlowable(str(path), width * scale, height * scale)
    logo.hAlign = "LEFT"
    return logo


def _body(
    plan: HandoutPlan,
    styles: dict[str, ParagraphStyle],
    layout: Layout,
    doc: BaseDocTemplate,
    base_dir: Path,
) -> list[Flowable]:
    width = doc.width
    flowables: list[Flowable] = []
    for element in plan.body:
        match element:
            case Heading(text=text, level=level):
                heading = _para(text, styles["h1" if level <= 1 else "h2"])
                heading.outline_level = 0 if level <= 1 else 1
                flowables.append(heading)
            case Text(text=text, style=style):
                flowables += _paras(text, styles.get(style, styles["body"]))
            case Bullets(items=items, ordered=ordered):
                flowables.append(_list(items, ordered, styles))
            case Quotation(text=text):
                flowables += _paras(text, styles["quote"])
            case Picture(src=src, alt=alt):
                flowables.append(_picture(base_dir / src, alt, width, styles))
            case Grid(rows=rows, header=header, tick=tick):
                flowables.append(grid(rows, header, tick, _para, styles, layout, width))
            case PlanPageBreak():
                flowables.append(PageBreak())
            case Contents(title=title):
                flowables += [_para(title, styles["h1"]), _contents(styles)]
            case KeyPoints(title=title, items=items):
                flowables.append(_key_points(title, items, styles, layout, width))
            case Questions(title=title, items=items):
                flowables.append(
                    KeepTogether([_para(title, styles["box_title"]), _list(items, True, styles)])
                )
            case NoteLines(title=title, count=count):
                flowables += _note_lines(title, count, styles, layout)
            case Contact(title=title, lines=lines):
                block = [_para(title, styles["box_title"])]
                block += [_para(line, styles["item"]) for line in lines]
                flowables.append(KeepTogether([*block, Spacer(1, 6 * mm)]))
    return _headings_bound(flowables)


def _headings_bound(flowables: list[Flowable]) -> list[Flowable]:
    """A heading joined to the group that follows it (a picture and its caption, a box).
    reportlab keeps a heading with the next flowable, but not with a group of them: a
    heading above a picture stayed alone at the foot of a page."""
    bound: list[Flowable] = []
    for flowable in flowables:
        before = bound[-1] if bound else None
        grouped = isinstance(flowable, KeepTogether)
        if grouped and isinstance(before, Paragraph) and before.getKeepWithNext():
            bound[-1] = KeepTogether([before, flowable])
            continue
        bound.append(flowable)
    return bound


def _contents(styles: dict[str, ParagraphStyle]) -> TableOfContents:
    # a Table sets its cells' font even when they hold paragraphs: name ours, or it is Helvetica
    font = [("FONT", (0, 0), (-1, -1), styles["body"].fontName)]
    toc = TableOfContents(
        dotsMinLevel=0, tableStyle=TableStyle(defaultTableStyle.getCommands() + font)
    )
    first = ParagraphStyle("toc1", parent=styles["item"], spaceBefore=4, leftIndent=0)
    second = ParagraphStyle("toc2", parent=first, spaceBefore=0, leftIndent=8 * mm)
    toc.levelStyles = [first, second]
    return toc


def _key_points(
    title: str,
    items: tuple[str, ...],
    styles: dict[str, ParagraphStyle],
    layout: Layout,
    width: float,
) -> Flowable:
    """The section's key points in a tinted box with an accent bar, kept on one page."""
    content = [_para(title, styles["box_title"]), _list(items, False, styles, space_after=0)]
    box = Table([[content]], colWidths=[width], splitInRow=1)
    box.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), styles["body"].fontName),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor(layout.colours.tint)),
                ("LINEBEFORE", (0, 0), (0, -1), 3, colors.HexColor(layout.colours.accent)),
                ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        )
    )
    return KeepTogether([Spacer(1, 3 * mm), box, Spacer(1, 4 * mm)])


class _RuledLines(Flowable):
    """Lines to write on, 9 mm apart; with `count` 0 as many as the rest of the page holds."""

    SPACING = 9 * mm

    def __init__(self, count: int, colour: str) -> None:
        super().__init__()
        self.count, self.colour = count, colour
        self.lines = count

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        if self.count == 0:
            self.lines = max(1, int(available_height // self.SPACING))
        return available_width, self.lines * self.SPACING

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor(self.colour))
        self.canv.setLineWidth(0.3)
        for line in range(self.lines):
            y = line * self.SPACING
            self.canv.line(0, y, self.width, y)


def _note_lines(
    title: str, count: int, styles: dict[str, ParagraphStyle], layout: Layout
) -> list[Flowable]:
    heading = _para(title, styles["box_title"])
    lines = _RuledLines(count, layout.colours.muted)
    if count == 0:  # the rest of the page: the lines take what the heading leaves
        return [heading, lines]
    return [KeepTogether([heading, lines, Spacer(1, 4 * mm)])]


def _list(
    items: tuple[str, ...],
    ordered: bool,
    styles: dict[str, ParagraphStyle],
    space_after: float | None = None,
) -> Flowable:
    body = styles["body"]
    return ListFlowable(
        [ListItem(_paras(item, styles["item"])) for item in items],
        bulletType="1" if ordered else "bullet",
        start=None if ordered else "•",
        bulletFontName=body.fontName,
        bulletColor=styles["h1"].textColor,
        leftIndent=6 * mm,
        bulletFontSize=body.fontSize,
        spaceAfter=body.spaceAfter if space_after is None else space_after,
    )


def _picture(path: Path, alt: str, width: float, styles: dict[str, ParagraphStyle]) -> Flowable:
    """An image scaled to the text width (never larger than it is), with its caption."""
    caption = [_para(alt, styles["caption"])] if alt else []
    try:  # read the size now: ImageFlowable opens the file lazily, mid-layout
        if not path.is_file():
            raise OSError(f"{path}: no such file")
        image_width, image_height = ImageReader(str(path)).getSize()
    except (OSError, ValueError):
        return KeepTogether(caption) if caption else Spacer(1, 0)
    scale = min(1.0, width / image_width, (120 * mm) / image_height)
    image = ImageFlowable(str(path), image_width * scale, image_height * scale)
    return KeepTogether([image, Spacer(1, 2 * mm), *caption])
