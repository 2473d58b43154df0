"""The handout's page furniture: the cover's band, and the running header, "page X of Y" and
footer drawn on every page once the page count is known."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate

from ..layouts.schema import Layout
from ..plans import HandoutPlan
from .fit import longest_that_fits
from .fonts import font_runs, runs_width


def cover_band(layout: Layout, canvas: Canvas, doc: BaseDocTemplate) -> None:
    """The cover's accent band across the top of the page."""
    width, height = doc.pagesize
    canvas.saveState()
    canvas.setFillColor(colors.HexColor(layout.colours.accent))
    canvas.rect(0, height - 40 * mm, width, 40 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.HexColor(layout.colours.tint))
    canvas.rect(0, height - 43 * mm, width, 3 * mm, stroke=0, fill=1)
    canvas.restoreState()


class FurnishedCanvas(Canvas):
    """A canvas that holds its pages until the end, to draw "page X of Y" on each page from
    `first` on (2: not on a cover page)."""

    def __init__(
        self,
        *args,
        plan: HandoutPlan,
        layout: Layout,
        font: str,
        margins: tuple[float, float, float],
        first: int = 2,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._plan, self._layout, self._font, self._margins = plan, layout, font, margins
        self._first = first
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            if self._pageNumber >= self._first:
                self._furnish(self._pageNumber, total)
            super().showPage()
        super().save()

    def _furnish(self, page: int, total: int) -> None:
        layout = self._layout
        width, _ = self._pagesize
        left_margin, right_margin, bottom_margin = self._margins
        left, right = left_margin, width - right_margin
        y = bottom_margin * 0.5
        label = self._plan.page_label.replace("{pages}", str(total)).replace("{page}", str(page))
        self.saveState()
        self.setStrokeColor(colors.HexColor(layout.colours.tint))
        self.setLineWidth(0.6)
        self.line(left, y + 11, right, y + 11)
        self.setFillColor(colors.HexColor(layout.colours.muted))
        header = _fit(self._plan.header, self._font, _SIZE, (right - left) * 0.45)
        self._draw(left, y, header, 0)
        self._draw(right, y, label, 1)
        if self._plan.footer:
            self._draw((left + right) / 2, y - 11, self._plan.footer, 0.5)
        self.restoreState()

    def _draw(self, x: float, y: float, text: str, anchor: float) -> None:
        """One line of furniture at `x` (its start, 0; middle, 0.5; end, 1), the letters the
        layout's font lacks in the fallback font, as in the text (a title in Greek or with
        an emoji printed black boxes in the header)."""
        runs = font_runs(text, self._font)
        x -= runs_width(runs, _SIZE) * anchor
        for name, letters in runs:
            self.setFont(name, _SIZE)
            self.drawString(x, y, letters)
            x += stringWidth(letters, name, _SIZE)


_SIZE = 8.5
"""The point size of the running header, the page numbers and the footer."""


def _fit(text: str, font: str, size: float, width: float) -> str:
    """`text` cut with an ellipsis to fit `width` points (for a one-line running header)."""

    def fits(count: int) -> bool:
        return runs_width(font_runs(text[:count] + "…", font), size) <= width

    if runs_width(font_runs(text, font), size) <= width:
        return text
    return text[: longest_that_fits(len(text), fits)].rstrip() + "…"
