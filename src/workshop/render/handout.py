"""Drawing a handout plan as a PDF with reportlab's platypus.

The plan says what goes where; this module decides how it looks: the layout's embedded
TrueType fonts, hyphenation in the article's language (pyphen, through reportlab), headings
kept with the text below them, and page furniture with "page X of Y" drawn once the page count
is known. `invariant` mode keeps the bytes the same for the same input.
"""

from __future__ import annotations

import io
from functools import partial
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, A5, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image as ImageFlowable,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import defaultTableStyle

from ..layouts.schema import Layout
from ..pictures import shown_picture
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
    Part,
    Picture,
    QrCode,
    Questions,
    Quotation,
    Text,
)
from .fonts import register_fonts
from .handout_contents import Contents as ContentsTable, HeadingCounter, foreseen_entries
from .handout_cover import compact_cover, cover, part_opening
from .handout_grid import grid
from .handout_pages import FurnishedCanvas, cover_band
from .handout_qr import qr_code
from .handout_styles import paragraph_styles
from .handout_text import LONG_ITEM, paragraph, paragraphs

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
    opening = compact_cover if compact else cover
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
    for flowable in story:
        if isinstance(flowable, ContentsTable):
            flowable.foresee(foreseen_entries(story))
    doc.multiBuild(story, canvasmaker=canvasmaker)  # once, unless the contents foresaw wrong
    return buffer.getvalue()


class _HandoutDoc(BaseDocTemplate):
    """The document: every heading becomes a bookmark in the PDF's outline and an entry for
    the table of contents, with the page it landed on."""

    def beforeDocument(self) -> None:  # noqa: N802 (reportlab's name; called every pass)
        self._counter = HeadingCounter()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab's name)
        level = getattr(flowable, "outline_level", None)
        if level is None:
            return
        text = flowable.getPlainText()
        level, entry_text, key = self._counter.entry(level, text)
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=False)
        self.notify("TOCEntry", (level, entry_text, self.page, key))


def _body(
    plan: HandoutPlan,
    styles: dict[str, ParagraphStyle],
    layout: Layout,
    doc: BaseDocTemplate,
    base_dir: Path,
) -> list[Flowable]:
    width = doc.width
    flowables: list[Flowable] = []
    depth = 0  # in a day's handout, an article's headings sit under its part
    for element in plan.body:
        match element:
            case Part():
                after = bool(flowables) and not isinstance(flowables[-1], PageBreak)
                flowables += part_opening(element, styles, width, after)
                depth, base_dir = 1, element.base_dir or base_dir
            case Heading(text=text, level=level):
                style = styles["h1" if level <= 1 else "h2"]
                if len(text) > LONG_HEADING:  # kept with what follows, it could never fit
                    style = ParagraphStyle(f"{style.name}-long", parent=style, keepWithNext=0)
                heading = paragraph(text, style)
                heading.outline_level = depth + (0 if level <= 1 else 1)
                flowables.append(heading)
            case Text(text=text, style=style):
                flowables += paragraphs(text, styles.get(style, styles["body"]))
            case Bullets(items=items, ordered=ordered):
                flowables.append(_list(items, ordered, styles))
            case Quotation(text=text):
                flowables += paragraphs(text, styles["quote"])
            case Picture(src=src, alt=alt):
                flowables.append(_picture(shown_picture(base_dir, src), alt, width, styles))
            case Grid(rows=rows, header=header, tick=tick):
                flowables.append(grid(rows, header, tick, paragraph, styles, layout, width))
            case PlanPageBreak():
                flowables.append(PageBreak())
            case Contents(title=title):
                flowables += [paragraph(title, styles["h1"]), _contents(styles)]
            case KeyPoints(title=title, items=items):
                flowables.append(_key_points(title, items, styles, layout, width))
            case Questions(title=title, items=items):
                flowables.append(
                    KeepTogether(
                        [paragraph(title, styles["box_title"]), _list(items, True, styles)]
                    )
                )
            case NoteLines(title=title, count=count):
                flowables += _note_lines(title, count, styles, layout)
            case QrCode(title=title, value=value):
                flowables.append(qr_code(title, value, styles, layout))
            case Contact(title=title, lines=lines):
                block = [paragraph(title, styles["box_title"])]
                block += [paragraph(line, styles["item"]) for line in lines]
                flowables.append(KeepTogether([*block, Spacer(1, 6 * mm)]))
    return _headings_bound(flowables)


LONG_HEADING = 300
"""Characters a heading holds and is still kept with what follows it. A longer one (no
writer's; random or broken input) can fill pages: bound to the box after it, reportlab
tried to place the pair for ever."""


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


def _contents(styles: dict[str, ParagraphStyle]) -> ContentsTable:
    """The table of contents; its entries are foreseen once the whole story is made."""
    # a Table sets its cells' font even when they hold paragraphs: name ours, or it is Helvetica
    font = [("FONT", (0, 0), (-1, -1), styles["body"].fontName)]
    first = ParagraphStyle("toc1", parent=styles["item"], spaceBefore=4, leftIndent=0)
    second = ParagraphStyle("toc2", parent=first, spaceBefore=0, leftIndent=8 * mm)
    third = ParagraphStyle("toc3", parent=second, leftIndent=16 * mm)
    table_style = TableStyle(defaultTableStyle.getCommands() + font)
    return ContentsTable([first, second, third], table_style)


def _key_points(
    title: str,
    items: tuple[str, ...],
    styles: dict[str, ParagraphStyle],
    layout: Layout,
    width: float,
) -> Flowable:
    """The section's key points in a tinted box with an accent bar, kept on one page."""
    content = [paragraph(title, styles["box_title"]), _list(items, False, styles, space_after=0)]
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
    heading = paragraph(title, styles["box_title"])
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
        [ListItem(paragraphs(item, styles["item"], LONG_ITEM)) for item in items],
        bulletType="1" if ordered else "bullet",
        start=None if ordered else "•",
        bulletFontName=body.fontName,
        bulletColor=styles["h1"].textColor,
        leftIndent=6 * mm,
        bulletFontSize=body.fontSize,
        spaceAfter=body.spaceAfter if space_after is None else space_after,
    )


def _picture(
    shown: tuple[Path, tuple[int, int]] | str,
    alt: str,
    width: float,
    styles: dict[str, ParagraphStyle],
) -> Flowable:
    """An image scaled to the text width (never larger than it is), with its caption; only
    the caption when the picture cannot be shown (`shown` then says why). It is checked
    before layout: ImageFlowable opens the file lazily, mid-layout."""
    caption = [paragraph(alt, styles["caption"])] if alt else []
    if isinstance(shown, str):
        return KeepTogether(caption) if caption else Spacer(1, 0)
    path, (image_width, image_height) = shown
    scale = min(1.0, width / image_width, (120 * mm) / image_height)
    image = ImageFlowable(str(path), image_width * scale, image_height * scale)
    return KeepTogether([image, Spacer(1, 2 * mm), *caption])
