"""The parsed article: one immutable model that every reader produces and every step after reads.

Readers build it once; nothing changes it afterwards. `to_dict()` gives the JSON contract of
`workshop inspect --json` (see the project's docs), which the golden tests compare against.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text; `text` is plain Unicode, never markup."""

    text: str
    kind: str = field(default="paragraph", init=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "paragraph", "text": self.text}


@dataclass(frozen=True)
class ListBlock:
    """A bulleted (`ordered=False`) or numbered list; nested items follow their parent."""

    items: tuple[str, ...]
    ordered: bool = False
    kind: str = field(default="list", init=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "list", "ordered": self.ordered, "items": list(self.items)}


@dataclass(frozen=True)
class Quote:
    """A quoted passage, set apart from the running text."""

    text: str
    kind: str = field(default="quote", init=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "quote", "text": self.text}


@dataclass(frozen=True)
class Image:
    """An image; `src` is the path as the source writes it (relative to the source's folder)."""

    src: str
    alt: str = ""
    kind: str = field(default="image", init=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "image", "src": self.src, "alt": self.alt}


@dataclass(frozen=True)
class Table:
    """A table: rows of cells (plain text, "" for an empty cell), all as wide as the widest;
    `header` says the first row heads the columns.

    The JSON contract has no table block: there it is a list of its non-empty cells, row by
    row, as readers gave it before tables were kept.
    """

    rows: tuple[tuple[str, ...], ...]
    header: bool = False
    kind: str = field(default="table", init=False, repr=False)

    @property
    def cells(self) -> tuple[str, ...]:
        """The non-empty cells, row by row."""
        return tuple(cell for row in self.rows for cell in row if cell)

    def to_dict(self) -> dict[str, Any]:
        return {"type": "list", "ordered": False, "items": list(self.cells)}


Block = Paragraph | ListBlock | Quote | Image | Table


@dataclass(frozen=True)
class Section:
    """A heading and the blocks up to the next heading. `level` is 1 (main) or 2 (under one)."""

    title: str
    level: int
    blocks: tuple[Block, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "level": self.level,
            "blocks": [block.to_dict() for block in self.blocks],
        }


@dataclass(frozen=True)
class Article:
    """A whole article as a reader understood it.

    `author` and `date` are None when the source names none; `language` is an ISO 639-1 code
    ("nl" or "en"); `dropped` holds, verbatim, every line a reader removed as page clutter.
    """

    title: str
    author: str | None
    date: datetime.date | None
    language: str
    intro: tuple[Block, ...]
    sections: tuple[Section, ...]
    dropped: tuple[str, ...] = ()
    url: str | None = None
    """Where the article was published (an http(s) address), when its file says so; not part
    of the JSON contract, which `to_dict` keeps as documented."""
    source_title: str | None = None
    """The title it was published under, when a workshop's programme gives it another: the
    credit names the source as it is (not in the JSON contract either)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "author": self.author,
            "date": self.date.isoformat() if self.date else None,
            "language": self.language,
            "intro": [block.to_dict() for block in self.intro],
            "sections": [section.to_dict() for section in self.sections],
            "dropped": list(self.dropped),
        }


@dataclass(frozen=True)
class Workshop:
    """The occasion the materials are made for, as the trainer names it (both optional)."""

    title: str = ""
    date: datetime.date | None = None


def article_texts(title: str, intro: tuple[Block, ...], sections: tuple[Section, ...]) -> list[str]:
    """The visible text of an article in reading order: title, intro, each heading and its
    blocks (an article's parts are passed, so readers can ask before the Article exists)."""
    texts = [title, *block_texts(intro)]
    for section in sections:
        texts += [section.title, *block_texts(section.blocks)]
    return texts


def block_texts(blocks: tuple[Block, ...]) -> list[str]:
    """The visible text of blocks, one string per paragraph, quote or list item."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            texts.extend(block.items)
        elif isinstance(block, Table):
            texts.extend(block.cells)
        elif isinstance(block, Paragraph | Quote):
            texts.append(block.text)
    return texts


def word_count(blocks: tuple[Block, ...]) -> int:
    """How many words the visible text of `blocks` has."""
    return sum(len(text.split()) for text in block_texts(blocks))


def table(rows: list[list[str]], header: bool = False) -> Table:
    """A Table of `rows` made as wide as the widest (short rows get empty cells), without
    rows that have no text; a header row without text is no header."""
    rows = [[" ".join(cell.split()) for cell in row] for row in rows]
    if header and rows and not any(rows[0]):
        rows, header = rows[1:], False
    rows = [row for row in rows if any(row)]
    width = max((len(row) for row in rows), default=0)
    return Table(tuple(tuple(row + [""] * (width - len(row))) for row in rows), header)
