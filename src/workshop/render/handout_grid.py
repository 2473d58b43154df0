"""A table in the handout: a grid of cells at the text's width, or of options with a box to
tick before each (a list of values to circle, as a participant fills it in with a pen)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..layouts.schema import Layout

BOX = 3.2 * mm
"""The side of a tick box."""


class TickBox(Flowable):
    """An empty square to tick, sitting on the text's baseline."""

    def __init__(self, size: float, colour: str) -> None:
        super().__init__()
        self.size, self.colour = size, colour

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        self.canv.setStrokeColor(colors.HexColor(self.colour))
        self.canv.setLineWidth(0.7)
        self.canv.rect(0, 0, self.size, self.size, stroke=1, fill=0)


def column_widths(
    rows: tuple[tuple[str, ...], ...],
    columns: int,
    width: float,
    style: ParagraphStyle,
    beside: float = 0,
) -> list[float]:
    """Each column as wide as its text asks, within the page: every column gets room for
    its longest word first, then the room left goes to the columns whose text is longer
    (times and minutes stay on one line, sentences take the width). `beside` is room a
    cell's text needs next to it (a tick box)."""

    def measure(text: str) -> float:
        return stringWidth(text, style.fontName, style.fontSize) + _PADDING + beside

    least = [_PADDING] * columns
    asks = [_PADDING] * columns
    for row in rows:
        for column, text in enumerate(row):
            words = text.split() or [""]
            least[column] = max(least[column], max(measure(word) for word in words))
            asks[column] = max(asks[column], measure(text))
    if sum(least) >= width:  # words too long for any split: as before, equal columns
        return [width / columns] * columns
    extra = [ask - low for ask, low in zip(asks, least, strict=True)]
    room = width - sum(least)
    if sum(extra) <= room:  # everything fits on one line: share out what is left alike
        return [
            low + more + (room - sum(extra)) / columns
            for low, more in zip(least, extra, strict=True)
        ]
    return [low + room * more / sum(extra) for low, more in zip(least, extra, strict=True)]


_PADDING = 14
"""Points around a cell's text (reportlab's 6 on each side, and a little air)."""


def grid(
    rows: tuple[tuple[str, ...], ...],
    header: bool,
    tick: bool,
    paragraph,
    styles: dict[str, ParagraphStyle],
    layout: Layout,
    width: float,
) -> Flowable:
    """The table; `paragraph(text, style)` makes a cell's text (escaped, breakable)."""
    columns = max((len(row) for row in rows), default=1)
    style = styles["item"]
    box = BOX + 6 * mm if tick else 0
    widths = column_widths(rows, columns, width, styles["lead"] if header else style, box)
    cells = []
    for number, row in enumerate(rows):
        bold = header and number == 0
        cell_style = styles["lead"] if bold else style
        line = []
        for column, text in enumerate(row):
            content = paragraph(text, cell_style) if text else ""
            if tick and text and not bold:
                content = _ticked(content, style, layout, widths[column])
            line.append(content)
        cells.append(line + [""] * (columns - len(line)))
    short_header = header and sum(len(text) for text in rows[0]) <= _REPEATED_HEADER
    table = Table(
        cells,
        colWidths=widths,
        repeatRows=1 if short_header else 0,  # a header repeated on every page must fit one
        splitInRow=1,  # a row taller than a page continues on the next
    )
    commands = [
        ("FONT", (0, 0), (-1, -1), style.fontName),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5 * mm),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(layout.colours.tint)),
    ]
    if header:
        commands += [
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(layout.colours.tint)),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor(layout.colours.accent)),
        ]
    table.setStyle(TableStyle(commands))
    space = Spacer(1, 3 * mm)
    return KeepTogether([space, table, space]) if len(rows) <= 12 else table


_REPEATED_HEADER = 300
"""Characters of a table's header row that is repeated on each page the table runs onto."""


def _ticked(content: Paragraph, style: ParagraphStyle, layout: Layout, width: float) -> Table:
    """A cell's text with a tick box before it."""
    box = TickBox(BOX, layout.colours.muted)
    inner = Table([[box, content]], colWidths=[BOX + 2 * mm, width - BOX - 6 * mm])
    inner.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), style.fontName),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, 0), style.fontSize * 0.2),
                ("TOPPADDING", (1, 0), (1, 0), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return inner
