"""Site furniture inside structured articles (Markdown, saved pages): what a post's template
or its author adds around the text, found by the same wording as in scraped text.

A "read also" section of other posts' titles at the end, an author box, a promotion line
("Gratis e-book … Download nu") or a picture's file-ish label standing as a paragraph or as a
heading of its own: each is taken out and listed as dropped, so nothing disappears unseen.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Block, ListBlock, Paragraph, Section, block_texts
from .clutter import introduces_author, is_promotion, opens_author_box, opens_related_list

_TITLE_MAX_WORDS = 14


def without_furniture(
    intro: tuple[Block, ...], sections: tuple[Section, ...], author: str | None
) -> tuple[tuple[Block, ...], tuple[Section, ...], tuple[str, ...]]:
    """The intro and sections without furniture, and the furniture's lines."""
    dropped: list[str] = []
    kept: list[Section] = []
    for number, section in enumerate(sections):
        closing = number >= len(sections) - 2  # furniture sections close the page
        if closing and _furniture_section(section):
            dropped += [section.title, *block_texts(section.blocks)]
            continue
        if is_promotion(section.title) and not section.blocks:
            dropped.append(section.title)
            continue
        kept.append(replace(section, blocks=_kept(section.blocks, dropped)))
    intro = _kept(intro, dropped)
    if kept and kept[-1].blocks and _bio(kept[-1].blocks[-1], author):
        dropped += block_texts(kept[-1].blocks[-1:])
        kept[-1] = replace(kept[-1], blocks=kept[-1].blocks[:-1])
    return intro, tuple(kept), tuple(dropped)


def _furniture_section(section: Section) -> bool:
    """A closing "read also" section holding only other posts' titles, or an author box."""
    if opens_author_box(section.title):
        return True
    if not opens_related_list(section.title) or not section.blocks:
        return False
    return all(
        isinstance(block, ListBlock) and all(_post_title(item) for item in block.items)
        for block in section.blocks
    )


def _post_title(text: str) -> bool:
    return len(text.split()) <= _TITLE_MAX_WORDS and not text.endswith((".", ";", ","))


def _kept(blocks: tuple[Block, ...], dropped: list[str]) -> tuple[Block, ...]:
    kept = []
    for block in blocks:
        if isinstance(block, Paragraph) and is_promotion(block.text):
            dropped.append(block.text)
        else:
            kept.append(block)
    return tuple(kept)


def _bio(block: Block, author: str | None) -> bool:
    return isinstance(block, Paragraph) and introduces_author(block.text, author)
