"""The article as layout templates see it: the model plus what enrichment adds to it.

Everything here is derived from the article by pure functions, once, before any template
runs; templates only choose what to show.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import Article, Block, ListBlock, Paragraph, Quote, block_texts
from .keypoints import key_points

WORDS_PER_MINUTE = 200


@dataclass(frozen=True)
class SectionDigest:
    """A section with its slide bullets and its full text (for the speaker notes)."""

    title: str
    level: int
    blocks: tuple[Block, ...]
    key_points: tuple[str, ...]
    notes: tuple[str, ...]
    """The section's text as notes paragraphs: paragraphs and quotes as they are, list items
    prefixed with a bullet."""


@dataclass(frozen=True)
class ArticleDigest:
    """The article plus its sections' digests and its reading time in whole minutes (>= 1)."""

    article: Article
    intro_notes: tuple[str, ...]
    sections: tuple[SectionDigest, ...]
    reading_minutes: int
    intro_key_points: tuple[str, ...] = ()
    """The intro's key points: what an article without headings sums up to."""


def digest(article: Article) -> ArticleDigest:
    """Enrich `article` for the templates."""
    sections = tuple(
        SectionDigest(
            title=section.title,
            level=section.level,
            blocks=section.blocks,
            key_points=key_points(section.title, section.blocks, article.language),
            notes=notes_text(section.blocks),
        )
        for section in article.sections
    )
    all_blocks = article.intro + tuple(b for section in article.sections for b in section.blocks)
    word_count = sum(len(text.split()) for text in block_texts(all_blocks))
    return ArticleDigest(
        article=article,
        intro_notes=notes_text(article.intro),
        sections=sections,
        reading_minutes=max(1, math.ceil(word_count / WORDS_PER_MINUTE)),
        intro_key_points=key_points(article.title, article.intro, article.language)
        if article.intro
        else (),
    )


def notes_text(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    """The full text of `blocks`, one string per paragraph, quote or list item."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            lines.extend(f"• {item}" for item in block.items)
        elif isinstance(block, Paragraph | Quote):
            lines.append(block.text)
    return tuple(lines)
