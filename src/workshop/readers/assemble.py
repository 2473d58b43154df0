"""The last step every reader shares: put the parts together and settle the language."""

from __future__ import annotations

from ..language import SUPPORTED, detect_language
from ..model import Article, Block, Section, block_texts
from .byline import Byline


def assemble(
    *,
    title: str,
    byline: Byline,
    intro: tuple[Block, ...],
    sections: tuple[Section, ...],
    dropped: tuple[str, ...],
    language: str | None,
) -> Article:
    """An Article; `language` None means: detect it from the article's own text."""
    if language is None:
        texts = [title, *block_texts(intro)]
        for section in sections:
            texts += [section.title, *block_texts(section.blocks)]
        language = detect_language(" ".join(texts))
    if language not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}")
    return Article(
        title=title,
        author=byline.author,
        date=byline.date,
        language=language,
        intro=intro,
        sections=sections,
        dropped=dropped,
    )


def heading_levels(depths: set[int]) -> dict[int, int]:
    """Heading depth (1 for `#` or <h1>) to article level, for every depth 1-6.

    The first two depths are main headings (the article's own title usually takes depth 1, so
    its sections start at 2), deeper ones sit under them; an article whose shallowest heading is
    deeper than 2 has that one as its main level.
    """
    top = max(min(depths, default=1), 2)
    return {depth: 1 if depth <= top else 2 for depth in range(1, 7)}
