"""Site furniture inside structured articles (Markdown, saved pages): what a post's template
or its author adds around the text, found by the same wording as in scraped text.

A promotion line ("Gratis e-book … Download nu"), a pointer to another post, a shortcode or
a picture's file-ish label standing as a paragraph or as a heading of its own, and what
closes the page (`page_end`): each is taken out and listed as dropped, so nothing
disappears unseen.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..marks import ITALIC, marks_of
from ..model import Block, Image, ListBlock, Paragraph, Quote, Section, block_texts
from .byline import parse_byline, reading_time, tells_update
from .clutter import (
    closes_with_offer,
    ends_with_button,
    is_clutter,
    is_promotion,
    labels_offer,
    names_contents,
    offers_in_text,
)
from .page_end import (
    TITLE_MAX_WORDS,
    asks_for_contact,
    before_sign_off,
    comments_start,
    cut_at,
    few_short_paragraphs,
    furniture_section,
    page_end,
    post_title,
    says_what_i_do,
    without_closing,
)

_POINTER = re.compile(
    r"^(?:lees\s+ook|lees\s+meer|zie\s+ook|read\s+(?:also|more|next)|see\s+also"
    r"|(?:previous|next|vorige|volgende|older|newer)\s+(?:post|article|bericht|artikel|blog)"
    r"|(?:related|gerelateerde?)(?:\s+(?:posts|articles|reading|artikelen|berichten|pagina'?s"
    r"|pages))?(?:\s*\([^()]{1,40}\))?"
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
    kept: list[Section] = []
    intro, sections = before_sign_off(intro, sections, author, dropped)
    end = page_end(sections)
    for section in sections[end:]:
        dropped += [section.title, *block_texts(section.blocks)]
    sections = sections[:end]
    start = comments_start([intro, *(section.blocks for section in sections)])
    if start is not None:  # the readers' comments under a label set as a paragraph
        intro, sections = cut_at(intro, sections, start, dropped)
    for number, section in enumerate(sections):
        closing = number >= len(sections) - 2  # furniture sections close the page
        if closing and furniture_section(section):
            dropped += [section.title, *block_texts(section.blocks)]
            continue
        if names_contents(section.title):  # "On this page" over the text: the text stays
            dropped.append(section.title)
            if kept:
                kept[-1] = replace(kept[-1], blocks=kept[-1].blocks + section.blocks)
            else:
                intro = intro + section.blocks
            continue
        if _offer_box(section) and (
            is_promotion(section.title)  # "… · 6 seats left"
            or labels_offer(section.title)  # "Programme: Leading in Times of Change"
        ):
            dropped += [section.title, *block_texts(section.blocks)]
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
    while kept and not kept[-1].blocks and asks_for_contact(kept[-1].title):
        dropped.append(kept.pop().title)  # "Vragen?" over a contact line the reader dropped
    if kept:
        last, before = kept[-1], len(dropped)
        said = " ".join(text for section in kept for text in block_texts(section.blocks))
        said += " " + " ".join(block_texts(intro))
        blocks, named = without_closing(last.blocks, author, dropped, said, keep=0)
        if blocks or not last.blocks:
            kept[-1] = replace(last, blocks=blocks)
        else:  # a heading over the offer alone ("Hulp nodig?") goes with it
            dropped.insert(before, kept.pop().title)
    else:  # a post without headings keeps its first paragraph whatever it says
        said = " ".join(block_texts(intro))
        intro, named = without_closing(intro, author, dropped, said, keep=1)
    return intro, tuple(kept), tuple(dropped), named


_OFFER_BLOCKS = 3
"""Blocks under a heading, at most, for the heading to go with them when all are furniture
(a box that sells: its heading, its text, its button)."""


def _kept(blocks: tuple[Block, ...], dropped: list[str], markup: bool) -> tuple[Block, ...]:
    kept = []
    for number, block in enumerate(blocks):
        text = block.text if isinstance(block, Paragraph | Quote) else ""
        following = blocks[number + 1] if number + 1 < len(blocks) else None
        button = isinstance(following, Paragraph) and is_promotion(following.text)
        if text and button and closes_with_offer(text):  # a paragraph that sells, over its button
            dropped.append(text)
            continue
        if text and number and isinstance(blocks[number - 1], Image) and _caption(text):
            dropped.append(text)  # "*My notebook from the ICF course, 2019.*" under the photo
            continue
        if isinstance(block, ListBlock) and _progress_list(block):
            dropped += list(block.items)  # the writer's to-do list, half done
            continue
        shortcode = markup and (_SHORTCODE.match(text) or _bracket_code(text))
        furniture = markup and isinstance(block, Paragraph) and is_clutter(text)
        sells = is_promotion(text) or offers_in_text(text) or ends_with_button(text)
        if text and (sells or _pointer(text) or shortcode or furniture or tells_update(text)):
            if sells and kept and (says_what_i_do(kept[-1]) or box_label(kept[-1])):
                dropped.append(kept.pop().text)  # type: ignore[union-attr]  # "Agenda" over it
            dropped.append(text)
        else:
            kept.append(block)
    return tuple(kept)


def _caption(text: str) -> bool:
    """A picture's caption set in italics on the line under it: short, italic end to end."""
    if len(text.split()) > _CAPTION_WORDS:
        return False
    italic = [mark for mark in marks_of(text) if mark.style == ITALIC]
    return bool(italic) and italic[0].start == 0 and italic[-1].end >= len(text.rstrip())


_CAPTION_WORDS = 30


def box_label(block: Block) -> bool:
    """A label of a word or two over a box that sells ("Agenda" over a training's dates), or
    the short question that opens it ("Is your team speaking up?")."""
    if not isinstance(block, Paragraph):
        return False
    text = block.text.strip()
    if text.endswith("?") and len(text.split()) <= _QUESTION_WORDS:
        return True
    return len(text.split()) <= _LABEL_WORDS and not text.endswith((*".!?;,", ":"))


_QUESTION_WORDS = 8


_LABEL_WORDS = 2


def _progress_list(block: ListBlock) -> bool:
    """A to-do list with done and open tasks ("[x] Tekst eindredactie", "[ ] Nieuwsbrief 18
    april"): the writer's progress on the post; a checklist for readers has nothing ticked."""
    marks = [_TASK.match(item) for item in block.items]
    ticked = {found[1].lower() for found in marks if found}
    return ticked == {"x", " "}


_TASK = re.compile(r"^\[([ xX])\]\s")


def _offer_box(section: Section) -> bool:
    """A heading that sells over a few short lines: its pitch and its button."""
    return few_short_paragraphs(section.blocks, _OFFER_BLOCKS, _PITCH_WORDS)


_PITCH_WORDS = 40


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
    text = _LEADING_SYMBOLS.sub("", text)  # "💡 Related: …"
    label = _POINTER.match(text)
    if label is None:
        return False
    titles = _TITLE_SEPARATORS.split(text[label.end() - 1 :])
    return len(titles) <= _MAX_POINTED and all(
        post_title(title.strip().rstrip(".")) for title in titles
    )


_LEADING_SYMBOLS = re.compile(r"^[^\w\[(]+")
_TITLE_SEPARATORS = re.compile(r"\s+[·•|/–—]\s+|\s*;\s+")
_MAX_POINTED = 6


def _byline_paragraph(block: Block) -> bool:
    """The byline printed again as the text's first paragraph ("By Marcus Hale · October 5,
    2022 · 6 min read")."""
    if not isinstance(block, Paragraph) or len(block.text.split()) > TITLE_MAX_WORDS:
        return False
    byline = parse_byline(block.text)
    told = byline is not None and bool(byline.author or byline.date)
    return told or (byline is not None and reading_time(block.text))  # "Reading time: 11 min"
