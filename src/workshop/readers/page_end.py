"""Where a structured article (Markdown, a saved page) ends: the closing sections a page
adds (comments, other posts' titles, attached files, an author box), the writer's sign-off
that ends a newsletter's letter, and what closes the last section after the text (a bio, an
offer of the writer's services, a plea to follow). What goes is listed as dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..marks import marks_of
from ..model import Block, Image, ListBlock, Paragraph, Quote, Section, block_texts
from .byline import find_date, looks_like_name, parse_byline
from .clutter import (
    bio_name,
    closes_with_offer,
    dashed_signature,
    introduces_author,
    is_clutter,
    labels_offer,
    opens_author_box,
    opens_comments,
    opens_related_list,
    signs_off,
)
from .references import REFERENCE_LABEL, reads_as_reference

TITLE_MAX_WORDS = 14
"""Words, at most, of another post's title."""


def without_closing(
    blocks: tuple[Block, ...], author: str | None, dropped: list[str], said: str, keep: int
) -> tuple[tuple[Block, ...], str | None]:
    """The blocks without what closes the post after its text: the writer's bio and its
    label ("Over de auteur"), an offer of their services, a plea to like and follow. With
    no author known, a bio that names someone in full ("Anouk Verbeek is teamcoach …") as
    the last paragraph is the writer's, and its name is returned beside the blocks; not when
    the article (`said`) speaks of that person elsewhere."""
    end, named = len(blocks), None
    while end > keep and (
        _closing(blocks[end - 1], author)
        or (end < len(blocks) and says_what_i_do(blocks[end - 1]))  # over the offer it closes
    ):
        end -= 1
    if author is None and end == len(blocks) > keep and isinstance(blocks[-1], Paragraph):
        name = bio_name(blocks[-1].text)
        if name and said.count(name) == 1:  # named in the bio itself only
            named, end = name, end - 1
            while end > keep and _closing(blocks[end - 1], name):
                end -= 1
    dropped += block_texts(blocks[end:])
    return blocks[:end], named


def comments_start(parts: list[tuple[Block, ...]]) -> tuple[int, int] | None:
    """Where the readers' comments start when their label is set as a paragraph ("Reacties",
    "3 comments") in one of the last two parts (intro, then each section's blocks): the part
    and the block; never a part's first block. Everything from there on is theirs or the
    page's (a list of other posts under it)."""
    for number in range(max(0, len(parts) - _COMMENT_PARTS), len(parts)):
        blocks = parts[number]
        for index, block in enumerate(blocks[1:], start=1):
            if isinstance(block, Paragraph) and opens_comments(block.text):
                return number, index
            later = [other for other in blocks[index:] if isinstance(other, Paragraph)]
            if _comment_head(block) and sum(_comment_head(other) for other in later) >= 2:
                return number, index  # "**Wouter** – 25 april 2024 om 09:12" and a reply
    return None


def _comment_head(block: Block) -> bool:
    """A comment's head and text: a name, a dash or comma, a date (and time), then what the
    reader wrote ("Wouter – 25 april 2024 om 09:12 Herkenbaar! …")."""
    if not isinstance(block, Paragraph):
        return False
    found = _COMMENTER.match(block.text)
    if found is None:
        return False
    _, dated = find_date(block.text[found.end() : found.end() + _DATE_REACH])
    return dated is not None and dated.start() == 0


_COMMENTER = re.compile(
    r"^(?-i:[A-Z])[\w'.-]*(?:\s+(?:van|de|der|den|(?-i:[A-Z])[\w'.-]*)){0,3}\s*[–—,-]\s*"
)
_DATE_REACH = 40


_COMMENT_PARTS = 2


def says_what_i_do(block: Block) -> bool:
    """The writer's short bio in the first person ("I coach team leads through …"): in the
    closing run only above an offer or a bio, where it is theirs, not the text's."""
    if not isinstance(block, Paragraph) or len(block.text.split()) > _FIRST_PERSON_BIO_WORDS:
        return False
    return bool(_FIRST_PERSON_BIO.match(block.text))


_FIRST_PERSON_BIO = re.compile(
    r"^(?:i|ik)\s+(?:coach|help|train|guide|support|work\s+with|begeleid|help|train|ondersteun"
    r"|werk\s+met|am\s+an?\s|ben\s+(?:een\s+)?)",
    re.I,
)
_FIRST_PERSON_BIO_WORDS = 40


def _dated_credit(text: str) -> bool:
    """A credit under the text: a name and a date, or a label that credits the writer
    ("Tekst: Lien Vermeersch, Agentschap Overheidspersoneel")."""
    byline = parse_byline(text)
    if byline is None:
        return False
    if not byline.author:  # "Gepubliceerd: 18-09-2023 | Laatst gewijzigd: 02-04-2024"
        return bool(byline.date) and bool(_PUBLISHED_WORD.search(text))
    return bool(byline.date) or credited_writer(text) is not None


def credited_writer(text: str) -> str | None:
    """The writer a credit under the text names ("Tekst: Lien Vermeersch, Agentschap
    Overheidspersoneel"), or None."""
    byline = parse_byline(text) if _CREDIT_LABEL.match(text) else None
    return byline.author if byline is not None else None


_PUBLISHED_WORD = re.compile(r"\b(?:gepubliceerd|geplaatst|published|posted)\b", re.I)
_CREDIT_LABEL = re.compile(r"^(?:tekst|text|words|auteur|author)\s*:", re.I)


def _closing(block: Block, author: str | None) -> bool:
    if not isinstance(block, Paragraph):
        return False
    text = block.text
    return (
        introduces_author(text, author)
        or closes_with_offer(text)
        or opens_author_box(text)
        or labels_offer(text)  # "Book event: … in conversation at Foyles, 27 June"
        or _dated_credit(text)  # "Page owner: Hannah Lindqvist · First published 8 January 2024"
        or is_clutter(text)  # a newsletter's pitch between the bio and the event
    )


def before_sign_off(
    intro: tuple[Block, ...], sections: tuple[Section, ...], author: str | None, dropped: list[str]
) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """The article up to the writer's closing greeting ("Hartelijke groet, Linda de Boer", or
    their first name alone at the very end): what a newsletter prints under it (dates, links,
    "forward this to a colleague") is not the article. Looked for in the last sections, and
    only where less follows it than stands above it."""
    parts = [intro, *(section.blocks for section in sections)]
    words = [sum(len(text.split()) for text in block_texts(part)) for part in parts]
    for number in range(len(parts) - 1, max(-1, len(parts) - 1 - _SIGN_OFF_SECTIONS), -1):
        for index in range(len(parts[number]) - 1, -1, -1):
            if not _signs_off(parts[number], index, author, last=number == len(parts) - 1):
                continue
            above = sum(words[:number]) + sum(
                len(text.split()) for text in block_texts(parts[number][:index])
            )
            if above <= sum(words) - above:
                return intro, sections
            return cut_at(intro, sections, (number, index), dropped)
    return intro, sections


def cut_at(
    intro: tuple[Block, ...],
    sections: tuple[Section, ...],
    at: tuple[int, int],
    dropped: list[str],
) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """The article up to block `at` = (part, block) of its parts (the intro, then each
    section's blocks); what follows is listed as dropped."""
    number, index = at
    blocks = intro if number == 0 else sections[number - 1].blocks
    dropped += block_texts(blocks[index:])
    for section in sections[number:]:
        dropped += [section.title, *block_texts(section.blocks)]
    if number == 0:
        return intro[:index], ()
    return intro, (*sections[: number - 1], replace(sections[number - 1], blocks=blocks[:index]))


_SIGN_OFF_SECTIONS = 3
_SIGNED_TAIL = 4
"""Blocks, at most, from a "— Name" signature to the end: what a blog prints under it."""


def _signs_off(blocks: tuple[Block, ...], index: int, author: str | None, last: bool) -> bool:
    block = blocks[index]
    if not isinstance(block, Paragraph):
        return False
    if signs_off(block.text):
        return True
    if dashed_signature(block.text) and last and index and len(blocks) - index <= _SIGNED_TAIL:
        return not isinstance(blocks[index - 1], Quote)  # "— Name" under a quote credits it
    name = block.text.strip()  # the first name alone under the last paragraph: "Chris"
    closing = last and index == len(blocks) - 1 and index > 0 and looks_like_name(name)
    return bool(closing and author and author.split()[0] == name.split()[0])


_QUESTIONS_LABEL = re.compile(
    r"^(?:(?:nog|heb\s+je|any|got|have\s+you\s+got)\s+)?(?:vragen|questions)\s*\??$", re.I
)


def asks_for_contact(title: str) -> bool:
    return bool(_QUESTIONS_LABEL.match(title.strip())) or is_clutter(title)


def page_end(sections: tuple[Section, ...]) -> int:
    """Where the page's closing blocks start when they came as headed sections: the
    readers' comments ("Opmerkingen (2)") near the end, a "read also" heading whose
    sections under it are other posts' titles with at most a teaser each, or a wiki page's
    list of attached files; else the end."""
    for index in range(1, len(sections)):
        title, rest = sections[index].title, sections[index + 1 :]
        if opens_comments(title) and (len(rest) <= _COMMENT_SECTIONS or _counted(title)):
            return index
        closing = all(
            opens_comments(section.title) or _teaser(section) or _attachments(section)
            for section in rest
        )
        if opens_related_list(title) and closing and (rest or furniture_section(sections[index])):
            return index
        if (_attachments(sections[index]) or _notes_to_self(sections[index])) and closing:
            return index
        if opens_author_box(title) and rest and _card(rest[0]):
            return index  # "Written by" over the writer's name and bio, then the page's rest
    return len(sections)


_ATTACHMENTS = re.compile(
    r"^(?:bijlagen?|attachments?|downloads?|bestanden|documenten|documents|files)\s*:?$", re.I
)
_FILE_NAME = re.compile(
    r"\S\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|csv|txt|zip|jpe?g|png|gif|svg|mp4|mp3)\b", re.I
)


_PRIVATE = re.compile(
    r"\b(?:niet\s+publiceren|not\s+for\s+publication|do\s+not\s+publish)\b"
    r"|^\W*(?:priv[eé]|private|to[\s-]?do|notes?\s+to\s+self|notities?\s+voor\s+mezelf"
    r"|(?:eigen|mijn)\s+(?:aantekeningen|notities)|my\s+(?:own\s+)?notes)\b"
    r"(?!\s+(?:en|and|&|of|or|life|leven)\b)",  # "Privé en werk" is a topic
    re.I,
)
_TASK = re.compile(r"^\[[ xX]\]\s")


def _notes_to_self(section: Section) -> bool:
    """The writer's own notes kept in a notes app under the text: a heading that says so
    ("Privé – niet publiceren", "To do"), or a section holding a to-do list ("[ ] …")."""
    lists = [block for block in section.blocks if isinstance(block, ListBlock)]
    tasks = bool(lists) and all(_TASK.match(item) for block in lists for item in block.items)
    return bool(_PRIVATE.search(section.title)) or tasks


def _attachments(section: Section) -> bool:
    """A heading over files attached to the page ("Bijlagen:" over "plan.pdf (application/
    pdf)"), with the icons beside them."""
    return bool(_ATTACHMENTS.match(section.title)) and all(
        isinstance(block, Image) or all(_FILE_NAME.search(text) for text in block_texts((block,)))
        for block in section.blocks
    )


_COMMENT_SECTIONS = 2
"""Sections a comment heading may have under it (a reply form's heading, say)."""
_TEASER_WORDS = 40


def _card(section: Section) -> bool:
    """The writer's card as a section: their name as its heading, a short bio under it."""
    return looks_like_name(section.title) and few_short_paragraphs(
        section.blocks, _CARD_BLOCKS, _CARD_WORDS
    )


_CARD_WORDS = 60
_CARD_BLOCKS = 2


def few_short_paragraphs(blocks: tuple[Block, ...], most: int, words: int) -> bool:
    """Whether the blocks are at most `most` paragraphs of at most `words` words each: what
    a card or a box holds under its heading, never the article's text."""
    return len(blocks) <= most and all(
        isinstance(block, Paragraph) and len(block.text.split()) <= words for block in blocks
    )


def _counted(title: str) -> bool:
    return any(character.isdigit() for character in title)


def _teaser(section: Section) -> bool:
    """Another post's title as a heading, under it nothing or a line of teaser."""
    return post_title(section.title) and all(
        isinstance(block, Paragraph)
        and (is_clutter(block.text) or len(block.text.split()) <= _TEASER_WORDS)
        for block in section.blocks
    )


def furniture_section(section: Section) -> bool:
    """A closing "read also" section holding only other posts' titles, or an author box."""
    if opens_author_box(section.title):
        return True
    if not section.blocks and REFERENCE_LABEL.match(section.title):
        return True  # a references heading the site generator fills in (Quarto's `#refs`)
    if not opens_related_list(section.title):
        return False
    return all(
        (isinstance(block, ListBlock) and all(_listed_post(item) for item in block.items))
        or (isinstance(block, Paragraph) and is_clutter(block.text))
        for block in section.blocks
    )


def _listed_post(item: str) -> bool:
    """An item of a "read also" list: another post's title, which may end in a full stop
    ("The Feedback Sandwich Is Stale. Try This Instead."), or a link and nothing else."""
    return post_title(item.removesuffix(".")) or _whole_link(item)


def _whole_link(text: str) -> bool:
    links = [mark for mark in marks_of(text) if mark.style == "link" and mark.href]
    return len(links) == 1 and links[0].start == 0 and links[0].end >= len(text.rstrip())


def post_title(text: str) -> bool:
    short = len(text.split()) <= TITLE_MAX_WORDS and not text.endswith((".", ";", ","))
    return short and not reads_as_reference(text)  # a book the author names is the text
