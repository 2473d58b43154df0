"""The handout's table of contents, laid out in one pass.

reportlab's own table of contents learns its entries while the document is laid out, so a
handout with contents was laid out twice (the first time with an empty table), which was
40 % of a handout's time. The entries are known before layout (the headings are in the
story), and only their page numbers are not: so the table is laid out with its entries from
the start, and each page number is a form (a PDF XObject) drawn where it belongs and filled
in once the pages are known. A second pass is made only when the headings laid out differ
from those foreseen.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..marks import escape, unescape

Entry = tuple[int, str, str]
"""An entry of the contents: its level, its text (as paragraph markup) and its bookmark."""

_LEADER = " . "
_CALLBACK = "contents-entry-end"


@dataclass
class HeadingCounter:
    """Numbers the headings in the order they are laid out: each gets a bookmark key, and a
    level no deeper than one below the heading before it (a PDF outline may not skip one)."""

    level: int = -1
    count: int = 0

    def entry(self, asked_level: int, text: str) -> Entry:
        self.level = min(asked_level, self.level + 1)
        self.count += 1
        return self.level, escape(text), f"heading-{self.count}"


def foreseen_entries(story: Iterable[Flowable]) -> list[Entry]:
    """The entries the headings of `story` will make, in their order (headings kept
    together with what follows them included)."""
    counter = HeadingCounter()
    return [counter.entry(level, text) for level, text in _headings(story)]


def _headings(story: Iterable[Flowable]) -> Iterable[tuple[int, str]]:
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            yield from _headings(flowable._content)
        elif (level := getattr(flowable, "outline_level", None)) is not None:
            yield level, flowable.getPlainText()


@dataclass
class _Mark:
    """Where an entry's leader and page number go: the end of its text, in the coordinates
    of the paragraph that holds it (whose origin on the page is `origin`)."""

    x: float
    y: float
    width: float
    style: ParagraphStyle
    origin: tuple[float, float]


class Contents(Flowable):
    """A table of contents whose page numbers are filled in after layout (see the module)."""

    def __init__(self, level_styles: list[ParagraphStyle], table_style: TableStyle) -> None:
        super().__init__()
        self.level_styles, self.table_style = level_styles, table_style
        # a cell of several flowables adds their spacing, a cell of one paragraph did not;
        # an entry's text stops short of the right edge, where its page number goes
        self._cell_styles = [
            ParagraphStyle(
                f"{style.name}-cell",
                parent=style,
                spaceBefore=0,
                spaceAfter=0,
                rightIndent=stringWidth(_LEADER + "999", style.fontName, style.fontSize),
            )
            for style in level_styles
        ]
        self._shown: list[Entry] = []
        self.laid_out: list[Entry] = []
        self.pages: list[int] = []
        self._marks: dict[int, _Mark] = {}
        self._canvas = None
        self._passes = 0

    def foresee(self, entries: list[Entry]) -> None:
        """The entries to lay out the first pass with."""
        self._shown = list(entries)

    # the indexing protocol of reportlab's multiBuild

    def isIndexing(self) -> int:  # noqa: N802 (reportlab's name)
        return 1

    def beforeBuild(self) -> None:  # noqa: N802 (reportlab's name)
        if self._passes:  # a pass again: show what the last one laid out, none or some
            self._shown = list(self.laid_out)
        self.laid_out, self.pages, self._marks = [], [], {}

    def notify(self, kind: str, stuff: object) -> None:
        if kind == "TOCEntry":
            level, text, page, key = stuff
            self.laid_out.append((level, text, key))
            self.pages.append(page)

    def isSatisfied(self) -> bool:  # noqa: N802 (reportlab's name)
        return self.laid_out == self._shown

    def afterBuild(self) -> None:  # noqa: N802 (reportlab's name)
        self._passes += 1
        if self.isSatisfied() and self._marks:
            self._fill_in(self._canvas)

    # laid out and drawn as a table of paragraphs

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        rows: list[list[Flowable]] = []
        for index, (level, text, key) in enumerate(self._shown):
            depth = self._depth(level)
            if space := self.level_styles[depth].spaceBefore:
                rows.append([Spacer(1, space)])
            shown = _shortened(text)
            markup = f'<a href="#{key}">{shown}</a><onDraw name="{_CALLBACK}" label="{index}"/>'
            entry = Paragraph(markup, self._cell_styles[depth])
            rows.append([[entry, _NumberPlace(self._place, index)]])
        self.canv.setNamedCB(_CALLBACK, partial(self._mark, available_width))
        self._table = Table(rows or [[Spacer(1, 0)]], colWidths=(available_width,))
        self._table.setStyle(self.table_style)
        self.width, self.height = self._table.wrapOn(self.canv, available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return self._table.splitOn(self.canv, available_width, available_height)

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        self._table.drawOn(canvas, x, y, _sW)

    def _depth(self, level: int) -> int:
        """The style an entry of `level` takes: the deepest there is for deeper levels."""
        return min(level, len(self.level_styles) - 1)

    def _mark(self, width: float, canvas, kind: str, label: str) -> None:
        """At the end of an entry's text: where its leader and page number go."""
        index = int(label)
        x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
        origin = canvas._currentMatrix[4:]
        style = self._cell_styles[self._depth(self._shown[index][0])]
        self._marks[index] = _Mark(x, y, width, style, origin)
        self._canvas = canvas

    def _place(self, canvas, index: int) -> None:
        """The form the entry's page number will be, and a link over it."""
        mark = self._marks[index]
        here_x, here_y = canvas._currentMatrix[4:]
        canvas.saveState()
        canvas.translate(mark.origin[0] - here_x, mark.origin[1] - here_y)
        canvas.doForm(_form_name(index))
        number = stringWidth("999", mark.style.fontName, mark.style.fontSize)
        box = (mark.width - number, mark.y, mark.width, mark.y + mark.style.leading)
        canvas.linkRect("", self._shown[index][2], box, relative=1)
        canvas.restoreState()

    def _fill_in(self, canvas) -> None:
        """Each entry's leader and page number, now that its page is known."""
        for index, mark in sorted(self._marks.items()):
            page, font, size = str(self.pages[index]), mark.style.fontName, mark.style.fontSize
            while stringWidth(page, font, size) > mark.width - mark.x and size >= 1:
                size *= 0.9  # a number that does not fit beside the text is set smaller
            page_width = stringWidth(page, font, size)
            leader_width = stringWidth(_LEADER, font, size)
            leaders = max(0, int((mark.width - mark.x - page_width) / leader_width))
            reach = 2 * mark.width  # the form's box: anywhere the entry could be
            canvas.beginForm(_form_name(index), -reach, -reach, reach, reach)
            text = canvas.beginText(mark.width - leaders * leader_width - page_width, mark.y)
            text.setFont(font, size)
            text.setFillColor(mark.style.textColor)
            text.textLine(_LEADER * leaders + page)
            canvas.drawText(text)
            canvas.endForm()


LONGEST_ENTRY = 160
"""Characters of a heading the contents show; a longer one (no writer's: broken or random
input) is cut at a word with an ellipsis. Whole, a heading of a thousand letters made an
entry taller than a page, which cannot be placed."""


def _shortened(text: str) -> str:
    """An entry's text (paragraph markup) no longer than LONGEST_ENTRY characters."""
    plain = unescape(text)
    if len(plain) <= LONGEST_ENTRY:
        return text
    cut = plain[: LONGEST_ENTRY - 1]
    if " " in cut[LONGEST_ENTRY // 2 :]:
        cut = cut.rsplit(" ", 1)[0]
    return escape(cut.rstrip(" ,;:") + "\u2026")


def _form_name(index: int) -> str:
    return f"contents-page-{index}"


class _NumberPlace(Flowable):
    """Drawn after an entry's text in its cell (so the text reads title, then number): the
    entry's page number in its place."""

    def __init__(self, place, index: int) -> None:
        super().__init__()
        self._place, self._index = place, index

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802
        self._place(canvas, self._index)
