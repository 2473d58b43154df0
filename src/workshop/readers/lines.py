"""Lines of scraped text and their shapes, as every part of the text reader sees them: a
bullet, a heading-sized line, a name on its own, a list item, a picture's caption over its credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .assemble import SENTENCE_END
from .byline import looks_like_name, names_unit
from .clutter import (
    announces_course,
    closes_with_offer,
    credits_picture,
    is_clutter,
    is_promotion,
)
from .references import REFERENCE_LABEL, reads_as_reference

BULLET = re.compile(r"^(?P<indent>\s{0,8})(?P<marker>[•·▪◦●○■□►▶➤➢✓✔✗✘*\-–—]|\d{1,2}[.)])\s+")

HEADING_MAX_WORDS = 12

TITLE_MAX_WORDS = 20

_TITLE_MAX_CHARACTERS = 200

ITEM_MAX_WORDS = 15

LABEL_MAX_WORDS = 8

_REFERENCE_LINES = 40
"""Lines under a references label within which its items are looked for."""

STEP = re.compile(r"^(?:stap|step|fase|phase|deel|part)\s+\d{1,2}\s*[:.–-]\s*\w", re.I)

SPEAKER = re.compile(r"^(?:[A-Z][^\W\d_]*\.?)(?:\s[A-Z]?[^\W\d_]+\.?)?\s?:\s+\S")
"""A speaker's name or role, one or two words without digits, then a colon and words."""

WRITER_LABEL = re.compile(
    r"^(?:contributors?|(?:the\s+|de\s+)?(?:authors?|auteurs?|writers?|schrijvers?)|written\s+by"
    r"|geschreven\s+door|about\s+me|over\s+mij)\s*:?$",
    re.I,
)
"""A label over the writer's name in a byline ("Contributors" over "Kwame Asante"), or over
their bio in a sidebar ("Author" over "Claire Hollis is …")."""

WEB_ADDRESS = re.compile(r"\bwww\.|https?://|\S@\S", re.I)


@dataclass(frozen=True)
class Line:
    """A line of the file: its number, its text with white space folded, and as written."""

    number: int
    text: str
    raw: str


_BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")


def folded_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def name_line(text: str) -> str | None:
    """The name on a line that holds only a person's name ("Marijn Damsma", "- Anna Stutje")."""
    name = text.strip(" -–|·•")
    words = name.split()
    joined = any(word.lower() in ("en", "and", "&") for word in words)
    if not 2 <= len(words) <= (8 if joined else 4) or name.isupper():
        return None  # a longer line in capitals is a title or a banner, not a name
    return name if looks_like_name(name) and not names_unit(name) else None


def headline(text: str) -> bool:
    """A line that can be the title right above a byline: short, not clutter, not an item; a
    headline may end with a full stop."""
    return title_like(text.removesuffix(".")) and not head_clutter(text)


def head_clutter(text: str) -> bool:
    """Clutter in the page's head, not counting what a headline adds in brackets ("… for
    Managers [+ Free Template]"): the headline is no offer."""
    return is_clutter(_BRACKETED.sub("", text).strip() or text)


def title_like(text: str) -> bool:
    return (
        len(text.split()) <= TITLE_MAX_WORDS
        and len(text) <= _TITLE_MAX_CHARACTERS
        and not text.endswith((".", ",", ";", ":"))
        and not BULLET.match(text)
        and any(ch.isalpha() for ch in text)
    )


def reference_items(body: list[Line]) -> set[int]:
    """The lines of lists of references under their label ("Bronnen", "Further reading"):
    lines right under it, short or naming a source, and after a blank line those that name
    a source ("Kim Scott — Radical Candor", "Grove, High Output Management (1983)")."""
    items: set[int] = set()
    for index, line in enumerate(body):
        if not REFERENCE_LABEL.match(line.text):
            continue
        against = True  # no blank line between the label and this line yet
        for at in range(index + 1, min(len(body), index + _REFERENCE_LINES)):
            text = body[at].text
            if not text:
                against = False
                continue
            if is_clutter(text) and not reads_as_reference(text):
                break
            short = len(text.split()) <= ITEM_MAX_WORDS and not text.endswith(SENTENCE_END)
            below = body[at + 1].text if at + 1 < len(body) else ""
            heads = len(below.split()) > ITEM_MAX_WORDS  # the heading of what follows
            if not (reads_as_reference(text) or (against and short and not heads)):
                break
            items.add(at)
    return items


def item_shaped(line: Line) -> bool:
    text = line.text
    return (
        bool(text)
        and len(text.split()) <= ITEM_MAX_WORDS
        and not text.endswith((".", ":"))
        and not BULLET.match(line.raw)
        and not is_clutter(text)
    )


def table_cells(raw: str) -> list[str]:
    """The cells of a table row copied out of a browser: text separated by tabs."""
    cells = [" ".join(cell.split()) for cell in raw.strip().split("\t")]
    cells = [cell for cell in cells if cell]
    return cells if len(cells) >= 2 else []


def leads_promotion(text: str, below: Line | None) -> bool:
    """A short line right above a promotion or a picture's credit is part of it: the
    question that opens an offer ("Wil je hier zelf mee aan de slag?" over "Plan een gratis
    kennismakingsgesprek"), or the picture's caption over "Foto: Unsplash", which may end
    with a full stop ("Teamleider Sanne tijdens een coachgesprek.")."""
    if below is None or not is_promotion(below.text):
        return False
    if closes_with_offer(text) or announces_course(text):  # the pitch over its button
        return True
    ends = (":", ";", ",") if credits_picture(below.text) else (".", ":", ";", ",")
    return (
        not reads_as_reference(text)
        and len(text.split()) <= LABEL_MAX_WORDS * 2
        and not text.endswith(ends)
        and not BULLET.match(text)
    )


def standfirst(text: str) -> bool:
    """Whether the article's first line reads as a sentence (a lede) rather than a heading:
    a heading at the very top is written in Title Case."""
    words = [word for word in text.split() if len(word) > 3 and word[0].isalpha()]
    capitals = sum(word[0].isupper() for word in words[1:])
    return not words[1:] or capitals < 0.5 * len(words[1:])
