"""Site furniture inside structured articles (Markdown, saved pages): what a post's template
or its author adds around the text, found by the same wording as in scraped text.

A "read also" section of other posts' titles at the end, an author box, a promotion line
("Gratis e-book … Download nu") or a picture's file-ish label standing as a paragraph or as a
heading of its own: each is taken out and listed as dropped, so nothing disappears unseen.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Block, Image, ListBlock, Paragraph, Quote, Section, block_texts
from .byline import parse_byline, reading_time
from .clutter import (
    introduces_author,
    is_clutter,
    is_promotion,
    names_contents,
    opens_author_box,
    opens_related_list,
)
from .references import REFERENCE_LABEL, reads_as_reference

_TITLE_MAX_WORDS = 14
_POINTER = re.compile(
    r"^(?:lees\s+ook|lees\s+meer|zie\s+ook|read\s+(?:also|more|next)|see\s+also|related)\s*:\s*\S",
    re.I,
)
_SHORTCODE = re.compile(r"^(?:(?:\{\{[<%].*?[>%]\}\}|\{%.*?%\})\s*)+$")
"""A site generator's shortcode or template tag left in a post ("{{< newsletter-signup >}}",
"{% include toc.html %}"): the site's markup, not the author's text (in a plain-text
article it is the author's)."""


def without_furniture(
    intro: tuple[Block, ...],
    sections: tuple[Section, ...],
    author: str | None,
    markup: bool = True,
) -> tuple[tuple[Block, ...], tuple[Section, ...], tuple[str, ...]]:
    """The intro and sections without furniture, and the furniture's lines; `markup` False
    (plain text) leaves what only a site generator writes (shortcodes) as the author's."""
    dropped: list[str] = []
    kept: list[Section] = []
    for number, section in enumerate(sections):
        closing = number >= len(sections) - 2  # furniture sections close the page
        if closing and _furniture_section(section):
            dropped += [section.title, *block_texts(section.blocks)]
            continue
        if names_contents(section.title):  # "On this page" over the text: the text stays
            dropped.append(section.title)
            if kept:
                kept[-1] = replace(kept[-1], blocks=kept[-1].blocks + section.blocks)
            else:
                intro = intro + section.blocks
            continue
        if is_promotion(section.title) and not section.blocks:
            dropped.append(section.title)
            continue
        kept.append(replace(section, blocks=_kept(section.blocks, dropped, markup)))
    intro = _kept(intro, dropped, markup)
    pictures = 0  # the author's photo may stand above the byline
    while pictures < len(intro) and isinstance(intro[pictures], Image):
        pictures += 1
    while pictures < len(intro) and _byline_paragraph(intro[pictures]):
        dropped.append(intro[pictures].text)  # type: ignore[union-attr]
        intro = intro[:pictures] + intro[pictures + 1 :]
    if kept and kept[-1].blocks and _bio(kept[-1].blocks[-1], author):
        blocks = _without_bio(kept[-1].blocks, dropped)
        kept[-1] = replace(kept[-1], blocks=blocks)
    elif not kept and len(intro) > 1 and _bio(intro[-1], author):  # a post without headings
        intro = _without_bio(intro, dropped)
    return intro, tuple(kept), tuple(dropped)


def _without_bio(blocks: tuple[Block, ...], dropped: list[str]) -> tuple[Block, ...]:
    """The blocks without the closing bio, and its label above it ("Over de auteur") when
    the page set that as a paragraph of its own."""
    end = len(blocks) - 1
    label = end > 0 and isinstance(blocks[end - 1], Paragraph)
    if label and opens_author_box(blocks[end - 1].text):  # type: ignore[union-attr]
        end -= 1
    dropped += block_texts(blocks[end:])
    return blocks[:end]


def _furniture_section(section: Section) -> bool:
    """A closing "read also" section holding only other posts' titles, or an author box."""
    if opens_author_box(section.title):
        return True
    if not section.blocks and REFERENCE_LABEL.match(section.title):
        return True  # a references heading the site generator fills in (Quarto's `#refs`)
    if not opens_related_list(section.title):
        return False
    return all(
        (isinstance(block, ListBlock) and all(_post_title(item) for item in block.items))
        or (isinstance(block, Paragraph) and is_clutter(block.text))
        for block in section.blocks
    )


def _post_title(text: str) -> bool:
    short = len(text.split()) <= _TITLE_MAX_WORDS and not text.endswith((".", ";", ","))
    return short and not reads_as_reference(text)  # a book the author names is the text


def _kept(blocks: tuple[Block, ...], dropped: list[str], markup: bool) -> tuple[Block, ...]:
    kept = []
    for block in blocks:
        text = block.text if isinstance(block, Paragraph | Quote) else ""
        shortcode = markup and _SHORTCODE.match(text)
        furniture = markup and isinstance(block, Paragraph) and is_clutter(text)
        if text and (is_promotion(text) or _pointer(text) or shortcode or furniture):
            dropped.append(text)
        else:
            kept.append(block)
    return tuple(kept)


def _pointer(text: str) -> bool:
    """A pointer to another post set in the text: "Lees ook: Wat is het verschil …"."""
    return len(text.split()) <= _TITLE_MAX_WORDS + 3 and bool(_POINTER.match(text))


def _byline_paragraph(block: Block) -> bool:
    """The byline printed again as the text's first paragraph ("By Marcus Hale · October 5,
    2022 · 6 min read")."""
    if not isinstance(block, Paragraph) or len(block.text.split()) > _TITLE_MAX_WORDS:
        return False
    byline = parse_byline(block.text)
    told = byline is not None and bool(byline.author or byline.date)
    return told or (byline is not None and reading_time(block.text))  # "Reading time: 11 min"


def _bio(block: Block, author: str | None) -> bool:
    return isinstance(block, Paragraph) and introduces_author(block.text, author)
