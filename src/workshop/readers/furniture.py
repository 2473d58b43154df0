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
from .byline import looks_like_name, parse_byline, reading_time
from .clutter import (
    bio_name,
    closes_with_offer,
    introduces_author,
    is_clutter,
    is_promotion,
    names_contents,
    opens_author_box,
    opens_comments,
    opens_related_list,
    signs_off,
)
from .references import REFERENCE_LABEL, reads_as_reference

_TITLE_MAX_WORDS = 14
_POINTER = re.compile(
    r"^(?:lees\s+ook|lees\s+meer|zie\s+ook|read\s+(?:also|more|next)|see\s+also|related|gerelateerd"
    r"|(?:meer|ook|eerder|verder)\s+in\s+(?:deze|dit)\s+(?:reeks|serie|dossier)"
    r"|(?:more|also|other\s+posts|previously|next)\s+in\s+this\s+series)\s*:\s*\S",
    re.I,
)
_SHORTCODE = re.compile(r"^(?:(?:\{\{[<%].*?[>%]\}\}|\{%.*?%\})\s*)+$")
"""A site generator's shortcode or template tag left in a post ("{{< newsletter-signup >}}",
"{% include toc.html %}"): the site's markup, not the author's text (in a plain-text
article it is the author's)."""
_BRACKET_CODE = re.compile(
    r"""\[/?[a-z][\w-]*(?P<attributes>(?:\s+[\w-]+=(?:"[^"]*"|'[^']*'|[^\s\]"']+))*)\s*/?\]""",
    re.I,
)
"""A WordPress shortcode's tag ("[button link=…]", "[/button]", "[mc4wp_form id=\"1187\"]")."""
_BRACKET_LABEL_WORDS = 12


def without_furniture(
    intro: tuple[Block, ...],
    sections: tuple[Section, ...],
    author: str | None,
    markup: bool = True,
) -> tuple[tuple[Block, ...], tuple[Section, ...], tuple[str, ...], str | None]:
    """The intro and sections without furniture, the furniture's lines, and the writer a
    closing bio names when `author` is None; `markup` False (plain text) leaves what only a
    site generator writes (shortcodes) as the author's."""
    dropped: list[str] = []
    named: list[str] = []
    kept: list[Section] = []
    intro, sections = _before_sign_off(intro, sections, author, dropped)
    end = _page_end(sections)
    for section in sections[end:]:
        dropped += [section.title, *block_texts(section.blocks)]
    sections = sections[:end]
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
        before = len(dropped)
        blocks = _kept(section.blocks, dropped, markup)
        if section.blocks and not blocks and len(section.blocks) <= _OFFER_BLOCKS:
            dropped.insert(before, section.title)  # the heading of an offer: "Zelf oefenen?"
            continue
        kept.append(replace(section, blocks=blocks))
    intro = _kept(intro, dropped, markup)
    pictures = 0  # the author's photo may stand above the byline
    while pictures < len(intro) and isinstance(intro[pictures], Image):
        pictures += 1
    while pictures < len(intro) and _byline_paragraph(intro[pictures]):
        dropped.append(intro[pictures].text)  # type: ignore[union-attr]
        intro = intro[:pictures] + intro[pictures + 1 :]
    while kept and not kept[-1].blocks and _asks_for_contact(kept[-1].title):
        dropped.append(kept.pop().title)  # "Vragen?" over a contact line the reader dropped
    if kept:
        last, before = kept[-1], len(dropped)
        said = " ".join(text for section in kept for text in block_texts(section.blocks))
        said += " " + " ".join(block_texts(intro))
        blocks = _without_closing(last.blocks, author, dropped, named, said, keep=0)
        if blocks or not last.blocks:
            kept[-1] = replace(last, blocks=blocks)
        else:  # a heading over the offer alone ("Hulp nodig?") goes with it
            dropped.insert(before, kept.pop().title)
    else:  # a post without headings keeps its first paragraph whatever it says
        intro = _without_closing(intro, author, dropped, named, " ".join(block_texts(intro)), 1)
    return intro, tuple(kept), tuple(dropped), next(iter(named), None)


def _without_closing(
    blocks: tuple[Block, ...],
    author: str | None,
    dropped: list[str],
    named: list[str],
    said: str,
    keep: int,
) -> tuple[Block, ...]:
    """The blocks without what closes the post after its text: the writer's bio and its
    label ("Over de auteur"), an offer of their services, a plea to like and follow. With
    no author known, a bio that names someone in full ("Anouk Verbeek is teamcoach …") as
    the last paragraph is the writer's, and `named` gets the name; not when the article
    (`said`) speaks of that person elsewhere."""
    end = len(blocks)
    while end > keep and _closing(blocks[end - 1], author):
        end -= 1
    if author is None and end == len(blocks) > keep and isinstance(blocks[-1], Paragraph):
        name = bio_name(blocks[-1].text)
        if name and said.count(name) == 1:  # named in the bio itself only
            named.append(name)
            end -= 1
            while end > keep and _closing(blocks[end - 1], name):
                end -= 1
    dropped += block_texts(blocks[end:])
    return blocks[:end]


def _closing(block: Block, author: str | None) -> bool:
    if not isinstance(block, Paragraph):
        return False
    text = block.text
    return introduces_author(text, author) or closes_with_offer(text) or opens_author_box(text)


def _before_sign_off(
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
            dropped += block_texts(parts[number][index:])
            for section in sections[number:]:
                dropped += [section.title, *block_texts(section.blocks)]
            if number == 0:
                return intro[:index], ()
            cut = replace(sections[number - 1], blocks=parts[number][:index])
            return intro, (*sections[: number - 1], cut)
    return intro, sections


_SIGN_OFF_SECTIONS = 3
_OFFER_BLOCKS = 3
"""Blocks under a heading, at most, for the heading to go with them when all are furniture
(a box that sells: its heading, its text, its button)."""


def _signs_off(blocks: tuple[Block, ...], index: int, author: str | None, last: bool) -> bool:
    block = blocks[index]
    if not isinstance(block, Paragraph):
        return False
    if signs_off(block.text):
        return True
    name = block.text.strip()  # the first name alone under the last paragraph: "Chris"
    closing = last and index == len(blocks) - 1 and index > 0 and looks_like_name(name)
    return bool(closing and author and author.split()[0] == name.split()[0])


_QUESTIONS_LABEL = re.compile(
    r"^(?:(?:nog|heb\s+je|any|got|have\s+you\s+got)\s+)?(?:vragen|questions)\s*\??$", re.I
)


def _asks_for_contact(title: str) -> bool:
    return bool(_QUESTIONS_LABEL.match(title.strip())) or is_clutter(title)


def _page_end(sections: tuple[Section, ...]) -> int:
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
        if opens_related_list(title) and closing and (rest or _furniture_section(sections[index])):
            return index
        if _attachments(sections[index]) and closing:
            return index
    return len(sections)


_ATTACHMENTS = re.compile(
    r"^(?:bijlagen?|attachments?|downloads?|bestanden|documenten|documents|files)\s*:?$", re.I
)
_FILE_NAME = re.compile(
    r"\S\.(?:pdf|docx?|xlsx?|pptx?|odt|ods|odp|csv|txt|zip|jpe?g|png|gif|svg|mp4|mp3)\b", re.I
)


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


def _counted(title: str) -> bool:
    return bool(re.search(r"\(\d+\)|\d", title))


def _teaser(section: Section) -> bool:
    """Another post's title as a heading, under it nothing or a line of teaser."""
    return _post_title(section.title) and all(
        isinstance(block, Paragraph)
        and (is_clutter(block.text) or len(block.text.split()) <= _TEASER_WORDS)
        for block in section.blocks
    )


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
    for number, block in enumerate(blocks):
        text = block.text if isinstance(block, Paragraph | Quote) else ""
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        button = isinstance(following, Paragraph) and is_promotion(following.text)
        if text and button and closes_with_offer(text):  # a paragraph that sells, over its button
            dropped.append(text)
            continue
        shortcode = markup and (_SHORTCODE.match(text) or _bracket_code(text))
        furniture = markup and isinstance(block, Paragraph) and is_clutter(text)
        if text and (is_promotion(text) or _pointer(text) or shortcode or furniture):
            dropped.append(text)
        else:
            kept.append(block)
    return tuple(kept)


def _bracket_code(text: str) -> bool:
    """A paragraph of WordPress shortcodes, around at most a button's label ("[button
    link=…]Plan een teamsessie[/button]", "[related_posts limit=\"3\"]"); a tag counts as
    one when it has attributes or a closing tag, so "[sic]" or "[Naam]" stays."""
    tags = list(_BRACKET_CODE.finditer(text))
    if not tags or not any(tag["attributes"] or tag[0].startswith("[/") for tag in tags):
        return False
    label = _BRACKET_CODE.sub(" ", text)
    return len(label.split()) <= _BRACKET_LABEL_WORDS and not label.strip().endswith(".")


def _pointer(text: str) -> bool:
    """A pointer to other posts set in the text: "Lees ook: Wat is het verschil …", "More in
    this series: … · …" (each title short)."""
    label = _POINTER.match(text)
    if label is None:
        return False
    titles = _TITLE_SEPARATORS.split(text[label.end() - 1 :])
    return len(titles) <= _MAX_POINTED and all(
        _post_title(title.strip().rstrip(".")) for title in titles
    )


_TITLE_SEPARATORS = re.compile(r"\s+[·•|/–—]\s+|\s*;\s+")
_MAX_POINTED = 6


def _byline_paragraph(block: Block) -> bool:
    """The byline printed again as the text's first paragraph ("By Marcus Hale · October 5,
    2022 · 6 min read")."""
    if not isinstance(block, Paragraph) or len(block.text.split()) > _TITLE_MAX_WORDS:
        return False
    byline = parse_byline(block.text)
    told = byline is not None and bool(byline.author or byline.date)
    return told or (byline is not None and reading_time(block.text))  # "Reading time: 11 min"
