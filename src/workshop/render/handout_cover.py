"""The handout's openings: the cover (a page of its own, or compact on the first page) and,
in a day's handout, each article's part page. Titles are not hyphenated, so a title whose
longest word is wider than the page is set smaller instead of being cut mid-word."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image as ImageFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
)

from ..layouts.schema import Layout
from ..pictures import picture_size
from ..plans import HandoutPlan, Part
from .handout_text import paragraph


def cover(
    plan: HandoutPlan, styles: dict[str, ParagraphStyle], layout: Layout, width: float
) -> list[Flowable]:
    cover = plan.cover
    flowables: list[Flowable] = [Spacer(1, 22 * mm)]
    logo = _logo(layout, cover.logo)
    flowables += [logo, Spacer(1, 38 * mm - logo.drawHeight)] if logo else [Spacer(1, 38 * mm)]
    flowables.append(paragraph(cover.title, word_fitted(styles["cover_title"], cover.title, width)))
    if cover.subtitle:
        flowables.append(paragraph(cover.subtitle, styles["cover_subtitle"]))
    if cover.workshop:
        flowables.append(Spacer(1, 8 * mm))
        flowables += [paragraph(line, styles["cover_workshop"]) for line in cover.workshop]
    flowables.append(Spacer(1, 12 * mm))
    flowables += [paragraph(line, styles["credit"]) for line in cover.credits]
    return [*flowables, NextPageTemplate("body"), PageBreak()]


def compact_cover(
    plan: HandoutPlan, styles: dict[str, ParagraphStyle], layout: Layout, width: float
) -> list[Flowable]:
    """The title block at the top of the first page, a rule under it, the text right after."""
    cover = plan.cover
    flowables: list[Flowable] = []
    logo = _logo(layout, cover.logo)
    if logo:
        flowables += [logo, Spacer(1, 4 * mm)]
    flowables.append(
        paragraph(cover.title, word_fitted(styles["compact_title"], cover.title, width))
    )
    if cover.subtitle:
        flowables.append(paragraph(cover.subtitle, styles["cover_subtitle"]))
    flowables += [paragraph(line, styles["cover_workshop"]) for line in cover.workshop]
    flowables += [paragraph(line, styles["credit"]) for line in cover.credits]
    rule = HRFlowable(
        width="100%",
        thickness=0.8,
        color=colors.HexColor(layout.colours.accent),
        spaceBefore=3 * mm,
    )
    return [KeepTogether(flowables), rule, Spacer(1, 5 * mm)]


def word_fitted(style: ParagraphStyle, text: str, width: float) -> ParagraphStyle:
    """`style`, smaller when the text's longest word is wider than the line: a title is not
    hyphenated, and a long compound ("Gedragsveranderingstechniek") was cut mid-word."""
    words = text.split() or [""]
    widest = max(stringWidth(word, style.fontName, style.fontSize) for word in words)
    width -= 12  # the frame's padding, 6 points a side
    if widest <= width:
        return style
    size = max(style.fontSize * 0.5, style.fontSize * width / widest * 0.97)
    scale = size / style.fontSize
    return ParagraphStyle(
        f"{style.name}-fitted", parent=style, fontSize=size, leading=style.leading * scale
    )


def _logo(layout: Layout, src: str) -> ImageFlowable | None:
    """The organisation's logo, at most 45 x 22 mm, from inside the layout's folders only."""
    path = layout.find_file(src) if src else None
    size = picture_size(path) if path is not None else None
    if path is None or size is None:
        return None
    width, height = size
    scale = min(45 * mm / width, 22 * mm / height)
    logo = ImageFlowable(str(path), width * scale, height * scale)
    logo.hAlign = "LEFT"
    return logo


def part_opening(
    part: Part, styles: dict[str, ParagraphStyle], width: float, after: bool
) -> list[Flowable]:
    """A part's opening page: its number, the article's title (an entry of the contents),
    subtitle and credit, then the article on the next page."""
    title = paragraph(part.title, word_fitted(styles["cover_title"], part.title, width))
    title.outline_level = 0
    flowables: list[Flowable] = [PageBreak()] if after else []
    flowables += [Spacer(1, 50 * mm), paragraph(part.label, styles["cover_subtitle"]), title]
    if part.subtitle:
        flowables.append(paragraph(part.subtitle, styles["cover_subtitle"]))
    flowables.append(Spacer(1, 12 * mm))
    flowables += [paragraph(line, styles["credit"]) for line in part.credits]
    return [*flowables, PageBreak()]
