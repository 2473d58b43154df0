"""What every reader shares: the last step that puts the parts together (clean text, settled
language), and the conventions the readers agree on."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ..language import SUPPORTED, detect_language
from ..marks import joined, plain, restyled
from ..model import Article, Block, Image, ListBlock, Paragraph, Quote, Section, article_texts
from .byline import Byline, bare_name, looks_like_name
from .clutter import (
    bio_author,
    bio_name,
    dashed_signature,
    opens_author_box,
    signed_name,
    signs_off,
)
from .decode import normalise
from .furniture import without_furniture
from .page_end import credited_writer

BOLD_HEADING_WORD_LIMIT = 15
"""A paragraph that is bold from end to end and has fewer words than this is a heading."""
SENTENCE_END = tuple('.!?:;…"”’)')
"""Characters that close a sentence (or a quotation that ends one)."""
_LANGUAGE_SUFFIX = re.compile(r"\.(nl|en)$", re.I)


def assemble(
    *,
    title: str,
    byline: Byline,
    intro: tuple[Block, ...],
    sections: tuple[Section, ...],
    dropped: tuple[str, ...],
    language: str | None,
    markup: bool = True,
    url: str | None = None,
) -> Article:
    """An Article; `language` None means: detect it from the article's own text; `markup`
    False for plain text, whose every character is the author's.

    Text is cleaned once more here, whatever the reader: entities in Markdown and HTML
    (`&shy;`, `e&#769;`) decode to the same invisible marks and decomposed letters that the file
    decoder removes from plain text. Site furniture left in (a "read also" section, a
    promotion line, the author's bio) is taken out and added to `dropped`.
    """
    title = plain(_clean(title))
    intro = _credited(tuple(_clean_block(block) for block in intro))
    sections = tuple(
        replace(
            section,
            title=plain(_clean(section.title)),
            blocks=_credited(tuple(_clean_block(block) for block in section.blocks)),
        )
        for section in sections
    )
    intro, sections, furniture, named = without_furniture(intro, sections, byline.author, markup)
    sections = _from_level_one(sections)
    dropped = (*dropped, *furniture)
    if byline.author is None:  # a closing bio may be the only place the writer is named
        byline = Byline(named or _named_in(furniture), byline.date)
    if language is None:
        language = detect_language(" ".join(article_texts(title, intro, sections)))
    if language not in SUPPORTED:
        raise ValueError(f"unsupported language {language!r}")
    return Article(
        title=title,
        author=bare_name(byline.author) if byline.author else None,
        date=byline.date,
        language=language,
        intro=intro,
        sections=sections,
        dropped=dropped,
        url=url,
    )


def _from_level_one(sections: tuple[Section, ...]) -> tuple[Section, ...]:
    """The sections with the shallowest at level 1: when a page's headline (or a heading
    above the text) went, its subheadings are the article's main sections (an agenda of
    level-1 sections was empty)."""
    top = min((section.level for section in sections), default=1)
    if top <= 1:
        return sections
    return tuple(replace(section, level=section.level - top + 1) for section in sections)


def _named_in(furniture: tuple[str, ...]) -> str | None:
    """The writer as the page's furniture names them: in a closing bio ("Hi, I'm Sam"), a
    sign-off, or the bio under an author box's label ("Over de auteur" over "Sanne Kuipers is
    leiderschapscoach …", a portrait's caption between them)."""
    for index, line in enumerate(furniture):
        if name := bio_author(line) or signed_name(line) or dashed_signature(line):
            return name
        following = furniture[index + 1] if index + 1 < len(furniture) else ""
        if signs_off(line) and 2 <= len(following.split()) <= 4 and looks_like_name(following):
            return following  # "Hartelijke groet," over the signature "Iris van Dam"
        if credit := credited_writer(line):
            return credit  # "Tekst: Lien Vermeersch, Agentschap Overheidspersoneel"
        boxed = any(opens_author_box(label) for label in furniture[max(0, index - 2) : index])
        if boxed and (name := bio_name(line)):
            return name
    return None


def heading_levels(depths: set[int]) -> dict[int, int]:
    """Heading depth (1 for `#` or <h1>) to article level, for every depth 1-6.

    The first two depths are main headings (the article's own title usually takes depth 1, so
    its sections start at 2), deeper ones sit under them; an article whose shallowest heading is
    deeper than 2 has that one as its main level.
    """
    top = max(min(depths, default=1), 2)
    return {depth: 1 if depth <= top else 2 for depth in range(1, 7)}


def title_from_path(path: Path) -> str:
    """A title for an article that shows none: its file name, without a language suffix."""
    stem = _LANGUAGE_SUFFIX.sub("", path.stem)
    return stem.replace("-", " ").replace("_", " ").strip().capitalize() or "Article"


def language_from_path(path: Path) -> str | None:
    """The language a site filed a post under in its name (`post.nl.md`), if any."""
    match = _LANGUAGE_SUFFIX.search(path.stem)
    return match.group(1).lower() if match else None


def stem_words(path: Path) -> set[str]:
    """The words of a file name without its language suffix ("growth-mindset.nl")."""
    return set(re.findall(r"[^\W_]+", _LANGUAGE_SUFFIX.sub("", path.stem).casefold()))


def _credited(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A quotation with its credit ("— Kim Scott, Radical Candor") as one quote: the credit
    set as a block of its own would be a quote, a statement slide or a list item alone."""
    joined_blocks: list[Block] = []
    for block in blocks:
        before = joined_blocks[-1] if joined_blocks else None
        if isinstance(before, Quote) and isinstance(block, Quote | Paragraph) and _credit(block):
            joined_blocks[-1] = Quote(joined([before.text, block.text]))
        else:
            joined_blocks.append(block)
    return tuple(joined_blocks)


def _credit(block: Quote | Paragraph) -> bool:
    return bool(_CREDIT_LINE.match(block.text)) and len(block.text.split()) <= _CREDIT_MAX_WORDS


_CREDIT_LINE = re.compile(r"^[—–―-]{1,2}\s*\S")
_CREDIT_MAX_WORDS = 15


def _clean(text: str) -> str:
    return restyled(text, normalise)


def _clean_block(block: Block) -> Block:
    if isinstance(block, Paragraph | Quote):
        return replace(block, text=_clean(block.text))
    if isinstance(block, ListBlock):
        return replace(block, items=tuple(_clean(item) for item in block.items))
    if isinstance(block, Image):
        return replace(block, alt=_clean(block.alt))
    return block
