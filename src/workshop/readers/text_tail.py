"""The page around the article's text in scraped text: what closes it (related posts, an
author box, comments, a footer), what stands in it but sells (offer boxes), and a table of
contents at its top.
"""

from __future__ import annotations

import re

from .assemble import SENTENCE_END
from .byline import Byline, find_date, parse_byline, says_published
from .clutter import (
    bio_name,
    credits_picture,
    introduces_author,
    invites_reading_on,
    is_clutter,
    is_promotion,
    lists_episode_links,
    opens_author_box,
    opens_comments,
    opens_related_list,
    reads_as_bio,
)
from .lines import (
    BULLET,
    HEADING_MAX_WORDS,
    ITEM_MAX_WORDS,
    LABEL_MAX_WORDS,
    SPEAKER,
    WEB_ADDRESS,
    WRITER_LABEL,
    Line,
    item_shaped,
    leads_promotion,
    name_line,
    reference_items,
    title_like,
)
from .mail import REPLY_PREFIX
from .references import reads_as_reference

_CLOSING_LINES = 15

_BLOCKED = 3
"""Blank lines, at least, for a page to be copied in blocks: then the short lines right
above a block's furniture ("Ready to go deeper?" / the course's name over its price and
button) are that block's."""

_BETWEEN_WORDS = 30
"""Words, at most, of a line between furniture lines in the closing run that is furniture
too: a publication's description between its follower count and its Follow button."""

_RELATED_LINES = 40
"""Lines from the end (below the footer) within which a "read also" heading is looked for."""

COMMENT_LINES = 120
"""Lines from the end within which a comment section's or an author box's heading is looked
for (the furniture under them can be long)."""

_OPENING_LINES = 10
"""The text's first lines, where "Written by …" is a byline, not an author box."""

_MIN_RELATED = 3
"""Other posts' titles in a row, at the least, to be a "read also" block without a heading."""

_CONTENTS_LINES = 20
"""Lines at the top of the body within which a table of contents is looked for."""

_MIN_CONTENTS = 3


def _about_author(text: str, author: str | None) -> bool:
    """A line about the article's author by name: their bio in the closing author box."""
    if not author or not reads_as_bio(text):
        return False
    first = author.split()[0]
    return text.startswith((f"{author} ", f"{first} "))


def without_contents(body: list[Line], dropped: list[Line]) -> tuple[list[Line], frozenset[str]]:
    """The body without a table of contents at its top, and the contents' entries: a run of
    short lines right under each other, most of which come again further down ("Op deze
    pagina" above them or not). Its last entry would otherwise head the article's opening
    text; further down, each entry is a heading, whatever its shape."""
    texts = [index for index, line in enumerate(body[: _CONTENTS_LINES * 2]) if line.text]
    for start in texts[:_CONTENTS_LINES]:
        run = []
        at = start
        while at < len(body) and body[at].text and title_like(body[at].text):
            run.append(at)
            at += 1
        if len(run) < _MIN_CONTENTS:
            continue
        later = {line.text for line in body[at:]}
        if sum(body[index].text in later for index in run) >= 0.6 * len(run):
            dropped.extend(body[index] for index in run)
            return body[: run[0]] + body[run[-1] + 1 :], frozenset(body[i].text for i in run)
    return body, frozenset()


def without_teasers(body: list[Line], dropped: list[Line]) -> list[Line]:
    """The body without teasers of other articles set inside it: up to three lines between a
    label ("PREMIUM", "Lees ook", "Advertentie") and a link to go on reading ("Lees verder",
    "Read more"): another article's title and excerpt, not this one's text."""
    teased: set[int] = set()
    for index, line in enumerate(body):
        if not invites_reading_on(line.text):
            continue
        for label in range(index - 1, max(-1, index - _TEASER_LINES - 2), -1):
            if not body[label].text:
                break
            if is_clutter(body[label].text) and label < index - 1:
                teased.update(range(label + 1, index))
                break
    return _taken_out(body, teased, dropped)


_TEASER_LINES = 3


def without_offer_boxes(body: list[Line], dropped: list[Line]) -> list[Line]:
    """The body without boxes that sell inside the article: short lines right above a call
    to action ("Download the free template"), from a line that offers something free
    ("Free Difficult Conversation Planner", its pitch and what it holds)."""
    boxed: set[int] = set()
    references = reference_items(body)  # "Checklist (free download on …)" among the sources
    for index, line in enumerate(body):
        if not line.text or not is_promotion(line.text) or credits_picture(line.text):
            continue
        if index in references:
            continue
        above = index - 1
        while above >= max(0, index - _BLOCK_LINES) and body[above].text:
            if len(body[above].text.split()) > _BOX_WORDS:
                break
            above -= 1
        blocked = above < 0 or not body[above].text  # the box stands apart: form fields and all
        reach = index - (_BLOCK_LINES if blocked else _BOX_LINES)
        top = min(
            (
                at
                for at in range(max(above + 1, reach), index)
                if _FREE.search(body[at].text) or is_promotion(body[at].text)
            ),
            default=index,
        )  # the box's title: what it offers
        above = max(above, reach - 1)
        if top > 0 and leads_promotion(body[top - 1].text, body[top]):
            top -= 1  # the question that opens it: "Wil je hier zelf mee aan de slag?"
            if top > 0 and _label_shaped(body[top - 1]) and not is_clutter(body[top - 1].text):
                top -= 1  # and its label: "Related programme: Leading High-Performance Teams"
        start = above + 1  # the box printed as a block of short lines between blank lines
        blocked = above >= 0 and not body[above].text
        if start < top and blocked and index - start < _BOX_LINES:
            top = start  # "Ready to go deeper?" / the course's name / what it holds / button
        top = min(top, _form_start(body, index))
        boxed.update(range(top, index + 1))
    return _taken_out(body, boxed, dropped)


def _form_start(body: list[Line], button: int) -> int:
    """Where a box holding a form starts, its button at `button`: the first of the lines
    right above it, up to a blank line, when two or more are a form's fields ("Work
    email*", "Please select"); else `button`."""
    start = button
    while start > max(0, button - _FORM_LINES) and body[start - 1].text:
        if len(body[start - 1].text.split()) > _PITCH_WORDS:
            return button
        start -= 1
    fields = sum(bool(_FORM_FIELD.match(line.text)) for line in body[start:button])
    apart = start == 0 or not body[start - 1].text
    return start if apart and fields > 1 else button


_PITCH_WORDS = 40


def _taken_out(body: list[Line], taken: set[int], dropped: list[Line]) -> list[Line]:
    """The body with the lines at `taken` listed as dropped and a blank line in their place:
    what they stood between is parted, as the box or teaser parted it on the page."""
    dropped.extend(body[index] for index in sorted(taken) if body[index].text)
    return [_GAP if index in taken else line for index, line in enumerate(body)]


_GAP = Line(0, "", "")


_FREE = re.compile(r"\b(?:gratis|free)\b", re.I)

_BOX_WORDS = 16

_BOX_LINES = 6
_FORM_FIELD = re.compile(
    r"^(?:[\w' -]{2,30}\s?\*|please\s+select|select\.*|choose\.*|kies\.*|maak\s+een\s+keuze"
    r"|selecteer\.*)$",
    re.I,
)
"""A form's field copied as a line ("Work email*", "Please select")."""
_BLOCK_LINES = 9
_FORM_LINES = 16
"""Lines, at most, of a box that holds a form (a company size's choices one a line)."""
"""Lines, at most, of a box that stands apart between blank lines: its label, title, pitch,
a form's fields and the button."""


def _bare_date(text: str) -> bool:
    """A line that is a date and nothing else ("March 2, 2024" under a post), or a date and
    the time of day ("6 feb 2024, 07:58" under a social post)."""
    _, match = find_date(text)
    if match is None:
        return False
    rest = _CLOCK.sub("", text[: match.start()] + text[match.end() :])
    return len(rest.strip(" ·|-,")) <= 1


_CLOCK = re.compile(r"\b(?:om|at)?\s*\d{1,2}[:.]\d{2}(?:\s*(?:[ap]\.?m\.?|uur))?\b", re.I)


def closing_byline(tail: list[Line]) -> Byline:
    """What the byline lines among the closing furniture tell: the first author, and the
    first date said to be the publication's ("Gepubliceerd: 3 april 2023", not "Next review
    due: …")."""
    author, date = None, None
    for line in tail:
        if opens_comments(line.text):
            break  # a commenter's name and date are not the article's
        byline = parse_byline(line.text)
        if byline is not None:
            author = author or byline.author
            if says_published(line.text) or byline.author or _bare_date(line.text):
                date = date or byline.date
    return Byline(author, date)


def before_signature(body: list[Line], author: str | None) -> tuple[list[Line], list[Line]]:
    """The body up to the writer's name signing a letter ("Hannah" alone under the last
    paragraph of a newsletter's letter): what the newsletter prints under it (sessions, a
    spotlight, the footer) is not the article. Only where less text follows than stands
    above it."""
    if not author:
        return body, []
    first = author.split()[0].casefold()  # the full name over a bio is an author box
    words = [len(line.text.split()) for line in body]
    total = sum(words)
    for index in range(len(body) - 1, 0, -1):
        text = body[index].text.strip(" -–—,.!")
        if text.casefold() == first and sum(words[:index]) > total - sum(words[:index]):
            return body[:index], [line for line in body[index:] if line.text]
    return body, []


def without_replies(body: list[Line], title: str) -> tuple[list[Line], list[Line]]:
    """The body without the replies under a forum's opening post: from the first "Re:
    <title>" line on, with the replier's card (name, post count, date joined) right above it."""
    wanted = " ".join(title.casefold().split())
    for index, line in enumerate(body):
        found = REPLY_PREFIX.match(line.text)
        if found is None or line.text[found.end() :].casefold() != wanted:
            continue
        start = index
        while start and body[start - 1].text and _card_line(body[start - 1].text):
            start -= 1
        return body[:start], [line for line in body[start:] if line.text]
    return body, []


def _card_line(text: str) -> bool:
    return len(text.split()) <= LABEL_MAX_WORDS and not text.endswith(SENTENCE_END)


def boxed_author(tail: list[Line]) -> str | None:
    """The writer an author box among the closing furniture names: its label ("Author",
    "Over de auteur") right over a bio that opens with a full name ("Claire Hollis is an
    ICF-accredited leadership coach …"); a blog's sidebar stands under the comments."""
    texts = [line.text for line in tail if line.text]
    for label, bio in zip(texts, texts[1:], strict=False):
        if (WRITER_LABEL.match(label) or opens_author_box(label)) and (name := bio_name(bio)):
            return name
    return None


def split_tail(body: list[Line], author: str | None = None) -> tuple[list[Line], list[Line]]:
    """Split off the clutter block after the article: contact blocks, share lines, related posts.

    Working up from the end, clutter lines are dropped, and so are the short lines between them
    (a contact block's "Voor al je vragen kun je bellen met" sits between a heading and a number).
    """
    end = len(body)
    cut = _related_list_start(body)
    references = reference_items(body)
    blocks = sum(not line.text and line is not _GAP for line in body) >= _BLOCKED  # blank lines
    index = cut - 1
    while index >= 0:
        line = body[index]
        if not line.text or is_clutter(line.text):
            if line.text:
                cut = index
            index -= 1
            continue
        if index in references or _led_in(body, index):
            break  # the article's sources, or its list after a lead-in, end it
        words = len(line.text.split())
        above = next((other for other in reversed(body[:index]) if other.text), None)
        between = cut < end and is_clutter(body[cut].text)
        between = between and above is not None and is_clutter(above.text)
        short = words <= HEADING_MAX_WORDS or (words <= _BETWEEN_WORDS and between)
        offer = cut < end and line.text.endswith("?") and is_promotion(body[cut].text)
        boxed = blocks and cut == index + 1  # in one block with the furniture under it
        if (
            short
            and cut < end
            and (_clutter_above(body, index) or _label_shaped(line) or offer or boxed)
        ):
            cut = index
            index -= 1
            continue
        if cut < end and _about_author(line.text, author):  # the author box is furniture
            cut = index
            above = next((i for i in range(index - 1, -1, -1) if body[i].text), None)
            if above is not None and (
                name_line(body[above].text) or opens_author_box(body[above].text)
            ):
                cut = above
            index = cut - 1  # and so are the share buttons and tags above it
            continue
        break
    tail = [line for line in body[cut:] if line.text]
    return body[:cut], tail


def _led_in(body: list[Line], index: int) -> bool:
    """A line of a list written without markers right under its lead-in ("… vast te
    leggen:" over short lines, no blank line between)."""
    if not item_shaped(body[index]):
        return False
    while index > 0 and item_shaped(body[index]):
        index -= 1
    return body[index].text.endswith(":") and not is_clutter(body[index].text)


def _label_shaped(line: Line) -> bool:
    """A few words without a closing stop and without a bullet: a tag, a button, a name, a
    post title; above the page's closing clutter such lines are part of it."""
    text = line.text
    return (
        len(text.split()) <= LABEL_MAX_WORDS
        and not text.endswith(SENTENCE_END)
        and not BULLET.match(line.raw)
        and not WEB_ADDRESS.search(text)  # a source reference, not furniture
        and not reads_as_reference(text)
    )


def _related_list_start(body: list[Line]) -> int:
    """Where a closing "read also" block or author box starts, or the end of the body.

    Only the page's last lines are searched. A comment section ("3 reacties", "Leave a
    reply") ends the article, and so does an author box ("Over de auteur", "Written by …");
    a "read also" heading does when post titles follow it, so a single "Lees ook: …" line in
    the middle of an article stays a single dropped line.
    """
    texts = [(index, line) for index, line in enumerate(body) if line.text]
    below_top = texts[_OPENING_LINES:][-COMMENT_LINES:]  # "Written by …" on top is a byline
    closing = next(
        (
            index
            for index, line in below_top
            if opens_comments(line.text) or opens_author_box(line.text)
        ),
        None,
    )
    if closing is not None:  # comments or an author box close the page; above them may too
        return min(closing, _related_list_start(body[:closing]))
    last = len(texts)
    while last and is_clutter(texts[last - 1][1].text):
        last -= 1  # a footer and a cookie notice below the related posts
    lines = texts[max(0, last - _CLOSING_LINES) :]
    labelled = texts[max(0, last - _RELATED_LINES) :]
    for position, (index, line) in enumerate(labelled):
        if opens_author_box(line.text) or lists_episode_links(line.text):
            return index
        if opens_related_list(line.text):
            rest = labelled[position + 1 :]
            cards = [  # the posts' titles, past each card's excerpt, byline and date
                (at, other)
                for number, (at, other) in enumerate(rest)
                if not (number and _excerpt(other, rest[number - 1][1]))
            ]
            following = [other for _, other in cards[:2]]
            if (
                following
                and all(post_title(other, listed=True) for other in following)
                and not any(reads_as_reference(other.text) for _, other in rest[:2])
                and not any(_article_sentence(body, at, other) for at, other in cards)
            ):
                return index
    return _unlabelled_titles(body, lines)


def _excerpt(line: Line, above: Line) -> bool:
    """A teaser's excerpt under another post's title in a "read more" list, or the byline
    under it ("By Priya Raman", "Jan 23, 2024")."""
    return post_title(above, listed=True) or parse_byline(line.text) is not None


def _article_sentence(body: list[Line], index: int, line: Line) -> bool:
    """A line of running text that is no furniture (none right above it either, as over a
    contact block's "Wil je sparren over …?"): the article goes on below it."""
    long = len(line.text.split()) > ITEM_MAX_WORDS and not is_clutter(line.text)
    return long and not _clutter_above(body, index) and not reads_as_bio(line.text)


def post_title(line: Line, listed: bool = False) -> bool:
    """A line that can be another post's title in a "read also" list, or clutter; `listed`
    allows a bullet (under a "read also" heading every line is a title)."""
    text = line.text
    limit = LABEL_MAX_WORDS * 2 if listed else HEADING_MAX_WORDS  # a news headline is long
    short = len(text.split()) <= limit and not text.endswith((".", ";", ",", ":"))
    return is_clutter(text) or (short and (listed or not BULLET.match(line.raw)))


def _unlabelled_titles(body: list[Line], lines: list[tuple[int, Line]]) -> int:
    """Where a run of other posts' titles or of tags without a heading starts at the end of
    the page, or the end of the body: three or more lines of up to twelve words starting
    with a capital, none ending like a sentence or numbered, right after a paragraph that
    ends one (not a lead-in with a colon, not a heading: a list there is the article's)."""
    run: list[int] = []
    for index, line in reversed(lines):
        if is_clutter(line.text) and not run:
            continue
        if not _listed_title(line):
            break
        run.append(index)
    if len(run) < _MIN_RELATED or run[-1] == lines[0][0]:
        return len(body)
    before = next((line for index, line in reversed(lines) if index < run[-1]), None)
    closes = before is not None and before.text.endswith(SENTENCE_END)
    if not closes or before.text.endswith(":"):
        return len(body)
    return run[-1]


def _listed_title(line: Line) -> bool:
    bullet = BULLET.match(line.raw)
    if bullet and bullet["marker"][0].isdigit():
        return False
    text = line.text.lstrip("•·▪◦●○■□►▶➤➢✓✔*-–— ")
    words = len(text.split())
    return (
        1 <= words <= HEADING_MAX_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ";", ",", ":", "!"))
        and not SPEAKER.match(text)
        and not reads_as_reference(text)
    )


def without_author_bio(body: list[Line], author: str | None) -> tuple[list[Line], list[Line]]:
    """Split off closing lines that introduce the author ("Jan Jansen is coach en …", "Hi,
    I'm Sam. …"), with the author box's heading or their name above them."""
    end = len(body)
    while end:
        text = body[end - 1].text
        bio = bool(author) and len(author.split()) >= 2 and (text + " ").startswith(f"{author} ")
        bio = bio or introduces_author(text, author)
        if text and not bio and not opens_author_box(text):
            break
        end -= 1
    return body[:end], [line for line in body[end:] if line.text]


def _clutter_above(body: list[Line], index: int) -> bool:
    """Whether a clutter line stands within the two lines with text above `index`."""
    seen = 0
    for line in reversed(body[:index]):
        if not line.text:
            continue
        if is_clutter(line.text):
            return True
        seen += 1
        if seen == 2:
            return False
    return False
