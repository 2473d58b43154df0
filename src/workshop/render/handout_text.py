"""The handout's running text as reportlab paragraphs: the article's text escaped (it is data,
never markup), its emphasis as reportlab's tags, words too long for a line made breakable, and
texts too long for one paragraph cut into parts."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.lib.fonts import ps2tt, tt2ps
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from ..marks import escape, sliced, tagged
from .fonts import FALLBACK, font_runs


def paragraph(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of the text: reportlab reads markup, so the text is escaped first and its
    marks (bold, italic, links) become reportlab's own tags; a link is underlined, so it shows
    on paper too.

    A word too long for any line (a URL, a 2,000-letter string) gets soft hyphens every few
    letters, so it breaks inside the margins instead of running past them. A box taller than
    a page (a key point of 600 words) continues on the next page.
    """
    font = style.fontName
    return Paragraph(
        tagged(text, lambda piece: _lettered(_escaped(piece), font), _link, _faces(style)),
        style,
    )


def _lettered(markup: str, font: str) -> str:
    """The escaped text with each run of letters the paragraph's font lacks set in the
    fallback font, and a letter no font has (an emoji) as a white square: reportlab left
    such letters out without a word (three sentences of a corpus article lost their emoji)."""
    return "".join(
        f'<font face="{FALLBACK}">{letters}</font>' if name == FALLBACK else letters
        for name, letters in font_runs(markup, font)
    )


def paragraphs(text: str, style: ParagraphStyle, most: int | None = None) -> list[Paragraph]:
    """The text as paragraphs: one, or for a text of thousands of words (a whole article
    scraped onto one line) several of at most `most` characters, cut after a sentence where
    one ends near enough. reportlab sets a paragraph again for every page it runs onto, so one
    paragraph of a hundred pages took hours; a handout reads better in parts anyway."""
    most = most or LONG_PARAGRAPH
    return [paragraph(sliced(text, start, end), style) for start, end in _parts(text, most)]


def _parts(text: str, most: int) -> list[tuple[int, int]]:
    parts, start = [], 0
    while len(text) - start > most:
        window = text[start : start + most]
        cut = max(window.rfind(end) for end in (". ", "? ", "! ")) + 1
        if cut < most // 3:  # no sentence ends in the last two thirds
            cut = window.rfind(" ") if " " in window[1:] else len(window)
        parts.append((start, start + cut))
        start += cut
        while start < len(text) and text[start] == " ":
            start += 1
    return [*parts, (start, len(text))]


LONG_PARAGRAPH = 1600
"""Characters a paragraph of running text holds before it is cut: about 250 words."""
LONG_ITEM = 800
"""Characters a list item's paragraph holds: even in the widest letters (a string of w's)
that is half a page, and reportlab will not split an item that leaves one line over."""


def _faces(style: ParagraphStyle) -> Callable[[bool, bool], str] | None:
    """In an italic paragraph (the intro, a quote) a stressed word is set upright, as a
    typesetter would: italic inside italic does not show."""
    family, bold, italic = ps2tt(style.fontName)
    if not italic:
        return None
    return lambda stressed, slanted: tt2ps(family, int(bold or stressed), int(not slanted))


def _escaped(text: str) -> str:
    return escape(_LONG_WORD.sub(_breakable, text))


def _link(href: str) -> str:
    return f'<a href="{href}" underline="1">'


_LONG_WORD = re.compile(r"\S{30,}")


def _breakable(match: re.Match[str]) -> str:
    """Soft hyphens every 12 letters. A word longer than a few lines (no prose has one) is
    cut into pieces with a space between them: reportlab's cost of soft hyphens grows with the
    square of the word's length for every line (a 20,000-letter string took minutes)."""
    word = match.group(0)
    pieces = (word[i : i + _PIECE] for i in range(0, len(word), _PIECE))
    return " ".join(_soft_hyphens(piece) for piece in pieces)


def _soft_hyphens(word: str) -> str:
    return "\u00ad".join(word[i : i + 12] for i in range(0, len(word), 12))


_PIECE = 240
