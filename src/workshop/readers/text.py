"""Plain text as copied out of a browser: find the article between the page's clutter.

Plain text shows no markup, so structure comes from the shape of the lines: the title is the
title-like line above the byline (or the first one), a heading is a short line without a
closing full stop followed by text, a list item starts with a bullet or a number, and every
other line is a paragraph. What is page clutter goes to `dropped`, verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import ReadError
from ..model import Article, Block, ListBlock, Paragraph, Section, table
from .assemble import SENTENCE_END, assemble, stem_words, title_from_path
from .byline import Byline, completed_name, looks_like_name, parse_byline
from .clutter import (
    credits_picture,
    introduces_author,
    is_clutter,
    is_promotion,
    names_contents,
    opens_author_box,
    opens_comments,
    opens_related_list,
    reads_as_bio,
)
from .references import REFERENCE_LABEL, reads_as_reference

_BULLET = re.compile(r"^(?P<indent>\s{0,8})(?P<marker>[•·▪◦●○■□►▶➤➢✓✔✗✘*\-–—]|\d{1,2}[.)])\s+")
_HEADING_MAX_WORDS = 12
_TITLE_MAX_WORDS = 20
_TITLE_MAX_CHARACTERS = 200
_HEAD_LINES = 25
_CLOSING_LINES = 15
_RELATED_LINES = 40
"""Lines from the end (below the footer) within which a "read also" heading is looked for."""
_DESCRIBES_PICTURE = re.compile(
    r"^(?:a|an|the|two|three|een|twee|drie)\s(?:\S+\s){1,7}?(?:on|at|around|beside|behind"
    r"|aan|op|bij|rond|naast|achter)\s(?:a|an|the|een|de|het)\s\S+(?:\s\S+){0,3}$",
    re.I,
)
"""A picture's description copied as a line: who or what, and where, without a verb or a
stop ("A stack of leadership books on a wooden desk"). Only as the text's first line, where
the page's picture stands: further on, such a line can be a heading."""
_POINTER_LABEL = re.compile(r"^(?:lees\s+ook|read\s+also|zie\s+ook|see\s+also)\s*:?\s*$", re.I)
"""A label that points at one other post; "Verder lezen" or "Further reading" may head the
article's own references."""
_SEQUENCE = re.compile(
    r"^(?:(?:stap|step|tip|fase|phase)\s+\d{1,2}\s*[:.–-]\s*\S|\d{1,2}:\d{2}(?::\d{2})?\s+\S)",
    re.I,
)
_CREDIT = re.compile(
    r"^(?:(?:tekst|text|auteur|author)\s*:|(?:written\s+by|geschreven\s+door|door|by)\s*:?)"
    r"\s*(?P<name>[^,|·]{3,60})$",
    re.I,
)
_CREDIT_LINES = 10
_COMMENT_LINES = 120
"""Lines from the end within which a comment section's or an author box's heading is looked
for (the furniture under them can be long)."""
_OPENING_LINES = 10
"""The text's first lines, where "Written by …" is a byline, not an author box."""
_ITEM_MAX_WORDS = 15
_MIN_RELATED = 3
"""Other posts' titles in a row, at the least, to be a "read also" block without a heading."""
_LABEL_MAX_WORDS = 8
_CONTENTS_LINES = 20
"""Lines at the top of the body within which a table of contents is looked for."""
_MIN_CONTENTS = 3
_CREDIT_WORDS = 12
_QUOTE_CLOSERS = ("”", '"', "’", "»", "'")
_REFERENCE_LINES = 40
"""Lines under a references label within which its items are looked for."""
_STEP = re.compile(r"^(?:stap|step|fase|phase|deel|part)\s+\d{1,2}\s*[:.–-]\s*\w", re.I)
_SPEAKER = re.compile(r"^(?:[A-Z][^\W\d_]*\.?)(?:\s[A-Z]?[^\W\d_]+\.?)?\s?:\s+\S")
"""A speaker's name or role, one or two words without digits, then a colon and words."""
_WEB_ADDRESS = re.compile(r"\bwww\.|https?://|\S@\S", re.I)


@dataclass(frozen=True)
class _Line:
    number: int
    text: str
    raw: str


def read_text(text: str, path: Path, language: str | None = None) -> Article:
    """Parse scraped plain text into an Article; raise ReadError when no article is found."""
    lines = [
        _Line(number, " ".join(raw.split()), raw)
        for number, raw in enumerate(text.split("\n"), start=1)
    ]
    content = [line for line in lines if line.text]
    dropped: list[_Line] = []

    head = _find_head(content, path)
    title = content[head.title].text if head.title is not None else title_from_path(path)
    head_end = max(head.byline_end, (head.title if head.title is not None else -1) + 1)
    dropped.extend(
        line
        for index, line in enumerate(content[:head_end])
        if index not in (head.title, head.subtitle) and index not in head.consumed
    )
    byline = head.byline
    body_start = content[head_end].number if head_end < len(content) else len(lines) + 1
    body = [line for line in lines if line.number >= body_start]
    if head.subtitle is not None:
        body.insert(0, content[head.subtitle])
    while body and body[0].text == title:  # a title printed twice
        dropped.append(body.pop(0))
        while body and not body[0].text:
            body.pop(0)

    body, contents = _without_contents(body, dropped)
    body, byline = _credited(body, byline, dropped)
    around = [line.text for line in (*content[:_HEAD_LINES], *content[-_COMMENT_LINES:])]
    byline = Byline(completed_name(byline.author, around), byline.date)
    body, tail = _split_tail(body, byline.author)
    body = _without_offer_boxes(body, dropped)
    if byline.date is None or byline.author is None:  # a page that signs at its foot:
        closing = _closing_byline(tail)  # "Posted by Margaret Olsen at 10:32 AM"
        byline = Byline(byline.author or closing.author, byline.date or closing.date)
    body, bio = _without_author_bio(body, byline.author)
    intro, sections = _structure(body, dropped, contents)
    dropped.extend([*bio, *tail])
    if not intro and not sections:
        if head.title is not None and len(content) - len(dropped) <= 1:
            raise ReadError(path, "only a title, no article text")
        raise ReadError(path, "no article text found: every line looks like page clutter")
    return assemble(
        title=title,
        byline=byline,
        intro=intro,
        sections=sections,
        dropped=tuple(line.raw.strip() for line in sorted(dropped, key=lambda line: line.number)),
        language=language,
        markup=False,
    )


@dataclass(frozen=True)
class _Head:
    """Where the title is, how far the byline runs, and what the byline told."""

    title: int | None
    byline_end: int
    byline: Byline
    consumed: frozenset[int]  # byline lines whose author or date the article keeps
    subtitle: int | None = None  # a standfirst printed between the title and the byline


def _find_head(content: list[_Line], path: Path) -> _Head:
    """Find the title and the byline among the first lines of the page.

    With a byline (a date, a reading time, "door X"), the title is the headline above it, past
    buttons, taglines and bare names (the first name above the byline is its author); a longer
    line between title and byline is a subtitle. Without a byline, the title is the line that
    the file name spells, else a line printed twice, else the last title-like line before the
    text starts; a bare name right under it is the author.
    """
    head = content[:_HEAD_LINES]
    prose = 0  # lines of running text seen: after two, the article has started
    upper = Byline(None, None)  # what a byline line above the title told ("March 3, 2024")
    skipped: tuple[int, Byline] | None = None
    for index, line in enumerate(head):
        byline = None if is_clutter(line.text) else parse_byline(line.text)
        if byline is not None and _byline_further_down(head, index, byline):
            upper = Byline(upper.author or byline.author, upper.date or byline.date)
            skipped = skipped or (index, byline)
        elif byline is not None:
            found = _head_above_byline(head, index, byline)
            told = Byline(found.byline.author or upper.author, found.byline.date or upper.date)
            return replace(found, byline=told)
        prose += len(line.text.split()) > _ITEM_MAX_WORDS and line.text.endswith(SENTENCE_END)
        if prose == 2:
            head = head[:index]
            break
    if skipped is not None:  # the byline under the title is one the page prints as a button
        return _head_above_byline(head, *skipped)
    title = _title_without_byline(head, path)
    if title is None:
        return _Head(None, 0, Byline(None, None), frozenset())
    following = head[title + 1].text if title + 1 < len(head) else ""
    if (name := _name_line(following)) and title + 2 < len(head):
        return _Head(title, title + 2, Byline(name, None), frozenset({title + 1}))
    return _Head(title, title + 1, Byline(None, None), frozenset())


def _head_above_byline(head: list[_Line], start: int, byline: Byline) -> _Head:
    """The head when line `start` opens a byline: the byline's run, then the title above it."""
    end, byline, consumed = _byline_run(head, start, byline)
    above, names = _climb(head, start, roles=True)
    if above < 0 or not _headline(head[above].text):
        above, names = _climb(head, start, roles=False)  # no name and role over a headline
    if above > 0 and _chip(head[above].text) and _titles_chip(head[above - 1].text):
        above -= 1  # a category between the title and the byline: "Coaching"
    elif above >= 0 and _chip(head[above].text) and _title_below(head, end):
        if names and not byline.author:  # a magazine's: category, author, date, then title
            consumed.add(names[0])
            byline = Byline(_name_line(head[names[0]].text), byline.date)
        return _Head(end, end + 1, byline, frozenset(consumed))
    if above >= 0 and _headline(head[above].text):
        if names and not byline.author:
            consumed.add(names[-1])
            byline = Byline(_name_line(head[names[-1]].text), byline.date)
        if above > 0 and _subtitled(head[above - 1], head[above]) and not _crumbed(head, above):
            return _Head(above - 1, end, byline, frozenset(consumed), subtitle=above)
        return _Head(above, end, byline, frozenset(consumed))
    if above > 0 and _subtitled(head[above - 1], head[above]) and not _crumbed(head, above - 1):
        if names and not byline.author:  # title, standfirst, the author's name, the date
            consumed.add(names[-1])
            byline = Byline(_name_line(head[names[-1]].text), byline.date)
        return _Head(above - 1, end, byline, frozenset(consumed), subtitle=above)
    if names and above < 0 and _title_below(head, end):  # name, date, then the title
        consumed.add(names[0])
        author = byline.author or _name_line(head[names[0]].text)
        return _Head(end, end + 1, Byline(author, byline.date), frozenset(consumed))
    if names:
        return _Head(names[-1], end, byline, frozenset(consumed))
    candidates = [
        i for i in range(start) if _title_like(head[i].text) and not is_clutter(head[i].text)
    ]
    if candidates:
        return _Head(candidates[-1], end, byline, frozenset(consumed))
    below = end if end < len(head) and _title_like(head[end].text) else None
    return _Head(below, end, byline, frozenset(consumed))


def _role(text: str) -> bool:
    """A writer's role on a line of its own inside a byline ("redacteur Economie")."""
    return len(text.split()) <= _ROLE_MAX_WORDS and not text.endswith(SENTENCE_END)


_ROLE_MAX_WORDS = 5
_BRACKETED = re.compile(r"\s*[\[(][^\])]*[\])]")


def _climb(head: list[_Line], start: int, roles: bool) -> tuple[int, list[int]]:
    """From the byline at `start` up past buttons, taglines and names (and with `roles`, a
    writer's role under their name: "Peter Janssens" over "Adviseur leiderschap"): the
    line reached, and the names passed, nearest first."""
    above = start - 1
    names: list[int] = []
    while above >= 0 and (
        _head_clutter(head[above].text)
        or " | " in head[above].text  # a tagline: "Coach | Speaker"
        or (_name_line(head[above].text) and above > 0)
        or (roles and above > 1 and _role(head[above].text) and _name_line(head[above - 1].text))
    ):
        if _name_line(head[above].text) and not is_clutter(head[above].text):
            names.append(above)
        above -= 1
    return above, names


def _byline_further_down(head: list[_Line], start: int, byline: Byline) -> bool:
    """Whether a byline at `start` is a category's line above the title ("Management | 11 min
    read") with the real byline under the title: a headline right below it, then the author
    or the date."""
    if byline.author and byline.date:
        return False
    end, _, _ = _byline_run(head, start, byline)
    if end + 1 >= len(head) or not _headline(head[end].text):
        return False
    below = head[end + 1].text
    after = head[end + 2].text if end + 2 < len(head) else ""
    return parse_byline(below) is not None or bool(_name_line(below) and parse_byline(after))


def _byline_run(head: list[_Line], start: int, byline: Byline) -> tuple[int, Byline, set[int]]:
    """Where a byline that starts at `start` ends (it may run over several lines, with buttons
    and separators between them), what it told, and which of its lines told something."""
    end = start + 1
    consumed = {start} if byline.author or byline.date else set()
    while end < len(head):
        text = head[end].text
        if not _head_clutter(text):
            more = parse_byline(text)
            if more is None and _role(text) and end + 1 < len(head):
                more = parse_byline(head[end + 1].text) and Byline(None, None)
            if more is None:
                break
            if (more.author and not byline.author) or (more.date and not byline.date):
                consumed.add(end)
            byline = Byline(byline.author or more.author, byline.date or more.date)
        end += 1
    return end, byline, consumed


def _chip(text: str) -> bool:
    """A category or tag printed on its own line: one or two words, no sentence, under a
    longer title."""
    return len(text.split()) <= 2 and not text.endswith(SENTENCE_END) and not text.isdigit()


def _title_below(head: list[_Line], end: int) -> bool:
    """Whether the line under a byline is the title (a magazine prints the category and the
    date above it): a headline of five words or more with a sentence under it."""
    below = end + 1
    if below < len(head) and (_CREDIT.match(head[below].text) or parse_byline(head[below].text)):
        below += 1  # "Written By Claire Donovan" under the title
    while below < len(head) and is_clutter(head[below].text):
        below += 1  # its tags: "#leadership"
    if below >= len(head):
        return False
    title, text = head[end].text, head[below].text
    return (
        _headline(title)
        and len(title.split()) >= 5
        and not title.endswith(".")
        and (len(text.split()) > _TITLE_MAX_WORDS or text.endswith(SENTENCE_END))
    )


def _crumbed(head: list[_Line], index: int) -> bool:
    """Whether a breadcrumb above names the line at `index` as its last crumb ("Home >
    Kennisbank > Situationeel leiderschap" over "Situationeel leiderschap: wat het model …"):
    then that line is the article's title, whatever stands between."""
    line = head[index].text.casefold()
    for crumbs in head[:index]:
        parts = re.split(r"\s[»›>/]\s", crumbs.text)
        last = parts[-1].strip().casefold()
        if len(parts) >= 3 and len(last) >= 8 and line.startswith(last):
            return True
    return False


def _titles_chip(text: str) -> bool:
    """Whether a line above a one- or two-word line is the title it labels: a headline of
    four words or more, not a menu or breadcrumb (a short title under a site's name or
    menu is the title itself)."""
    return _headline(text) and len(text.split()) >= 4 and not any(mark in text for mark in "»›>|/·")


def _subtitled(upper: _Line, lower: _Line) -> bool:
    """Whether `lower` is a subtitle under the title `upper`: both headlines, the title a real
    phrase (not a menu, a breadcrumb, a banner in capitals or a one-to-three-word category),
    the subtitle longer and written as a sentence."""
    menu = any(mark in upper.text for mark in "»›>|/·") or "  " in upper.raw.strip()
    words = len(upper.text.split())
    return (
        not menu
        and not upper.text.isupper()
        and _headline(upper.text)
        and words >= 4
        and len(lower.text.split()) > words
        and _standfirst(lower.text)
    )


def _title_without_byline(head: list[_Line], path: Path) -> int | None:
    candidates = []
    for index, line in enumerate(head):
        if names_contents(line.text):
            break  # the title stands above the page's contents
        if is_clutter(line.text):
            continue
        if not _title_like(line.text) or _table_cells(line.raw):
            break  # the article's text has started
        candidates.append(index)
    if not candidates:
        return None
    slug = stem_words(path)
    named = [i for i in candidates if _spelled_by(head[i].text, slug)]
    if named:
        return named[0]
    for index in candidates:
        if index + 1 in candidates and head[index + 1].text == head[index].text:
            return index + 1
    last = candidates[-1]
    if len(candidates) > 1 and candidates[-2] == last - 1 and _name_line(head[last].text):
        return last - 1
    return last


def _spelled_by(text: str, slug: set[str]) -> bool:
    """Whether a file name (as a set of words) spells this line: most of its words are in it."""
    words = _words(text)
    return len(slug) >= 2 and len(words) >= 1 and sum(w in slug for w in words) >= 0.8 * len(words)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def _name_line(text: str) -> str | None:
    """The name on a line that holds only a person's name ("Marijn Damsma", "- Anna Stutje")."""
    name = text.strip(" -–|·•")
    words = name.split()
    joined = any(word.lower() in ("en", "and", "&") for word in words)
    if not 2 <= len(words) <= (8 if joined else 4) or name.isupper():
        return None  # a longer line in capitals is a title or a banner, not a name
    return name if looks_like_name(name) else None


def _headline(text: str) -> bool:
    """A line that can be the title right above a byline: short, not clutter, not an item; a
    headline may end with a full stop."""
    return _title_like(text.removesuffix(".")) and not _head_clutter(text)


def _head_clutter(text: str) -> bool:
    """Clutter in the page's head, not counting what a headline adds in brackets ("… for
    Managers [+ Free Template]"): the headline is no offer."""
    return is_clutter(_BRACKETED.sub("", text).strip() or text)


def _title_like(text: str) -> bool:
    return (
        len(text.split()) <= _TITLE_MAX_WORDS
        and len(text) <= _TITLE_MAX_CHARACTERS
        and not text.endswith((".", ",", ";", ":"))
        and not _BULLET.match(text)
        and any(ch.isalpha() for ch in text)
    )


def _credited(
    body: list[_Line], byline: Byline, dropped: list[_Line]
) -> tuple[list[_Line], Byline]:
    """A writer's credit among the first lines of the text ("Tekst: Thomas van Leeuwen"):
    dropped, and the author when the byline named none."""
    for position, line in enumerate(body[:_CREDIT_LINES]):
        found = _CREDIT.match(line.text)
        if found and looks_like_name(found["name"]):
            dropped.append(line)
            author = byline.author or found["name"]
            return body[:position] + body[position + 1 :], Byline(author, byline.date)
    return body, byline


def _about_author(text: str, author: str | None) -> bool:
    """A line about the article's author by name: their bio in the closing author box."""
    if not author or not reads_as_bio(text):
        return False
    first = author.split()[0]
    return text.startswith((f"{author} ", f"{first} "))


def _without_contents(
    body: list[_Line], dropped: list[_Line]
) -> tuple[list[_Line], frozenset[str]]:
    """The body without a table of contents at its top, and the contents' entries: a run of
    short lines right under each other, most of which come again further down ("Op deze
    pagina" above them or not). Its last entry would otherwise head the article's opening
    text; further down, each entry is a heading, whatever its shape."""
    texts = [index for index, line in enumerate(body[: _CONTENTS_LINES * 2]) if line.text]
    for start in texts[:_CONTENTS_LINES]:
        run = []
        at = start
        while at < len(body) and body[at].text and _title_like(body[at].text):
            run.append(at)
            at += 1
        if len(run) < _MIN_CONTENTS:
            continue
        later = {line.text for line in body[at:]}
        if sum(body[index].text in later for index in run) >= 0.6 * len(run):
            dropped.extend(body[index] for index in run)
            rest = [line for index, line in enumerate(body) if index not in set(run)]
            return rest, frozenset(body[index].text for index in run)
    return body, frozenset()


def _without_offer_boxes(body: list[_Line], dropped: list[_Line]) -> list[_Line]:
    """The body without boxes that sell inside the article: short lines right above a call
    to action ("Download the free template"), from a line that offers something free
    ("Free Difficult Conversation Planner", its pitch and what it holds)."""
    boxed: set[int] = set()
    references = _reference_items(body)  # "Checklist (free download on …)" among the sources
    for index, line in enumerate(body):
        if not line.text or not is_promotion(line.text) or credits_picture(line.text):
            continue
        if index in references:
            continue
        top, above = index, index - 1
        while above >= max(0, index - _BOX_LINES) and body[above].text:
            if len(body[above].text.split()) > _BOX_WORDS:
                break
            if _FREE.search(body[above].text) or is_promotion(body[above].text):
                top = above  # the box's title: what it offers
            above -= 1
        if top > 0 and _leads_promotion(body[top - 1].text, body[top]):
            top -= 1  # the question that opens it: "Wil je hier zelf mee aan de slag?"
        boxed.update(range(top, index + 1))
    dropped.extend(body[index] for index in sorted(boxed))
    gap = _Line(0, "", "")  # the box parted what stands above and below it
    return [gap if index in boxed else line for index, line in enumerate(body)]


_FREE = re.compile(r"\b(?:gratis|free)\b", re.I)
_BOX_WORDS = 16
_BOX_LINES = 6


def _closing_byline(tail: list[_Line]) -> Byline:
    """What the byline lines among the closing furniture tell: the first author and the
    first publication date."""
    author, date = None, None
    for line in tail:
        byline = parse_byline(line.text)
        if byline is not None:
            author, date = author or byline.author, date or byline.date
    return Byline(author, date)


def _split_tail(body: list[_Line], author: str | None = None) -> tuple[list[_Line], list[_Line]]:
    """Split off the clutter block after the article: contact blocks, share lines, related posts.

    Working up from the end, clutter lines are dropped, and so are the short lines between them
    (a contact block's "Voor al je vragen kun je bellen met" sits between a heading and a number).
    """
    end = len(body)
    cut = _related_list_start(body)
    references = _reference_items(body)
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
        short = len(line.text.split()) <= _HEADING_MAX_WORDS
        offer = cut < end and line.text.endswith("?") and is_promotion(body[cut].text)
        if short and cut < end and (_clutter_above(body, index) or _label_shaped(line) or offer):
            cut = index
            index -= 1
            continue
        if cut < end and _about_author(line.text, author):  # the author box is furniture
            cut = index
            above = next((i for i in range(index - 1, -1, -1) if body[i].text), None)
            if above is not None and (
                _name_line(body[above].text) or opens_author_box(body[above].text)
            ):
                cut = above
            index = cut - 1  # and so are the share buttons and tags above it
            continue
        break
    tail = [line for line in body[cut:] if line.text]
    return body[:cut], tail


def _led_in(body: list[_Line], index: int) -> bool:
    """A line of a list written without markers right under its lead-in ("… vast te
    leggen:" over short lines, no blank line between)."""
    if not _item_shaped(body[index]):
        return False
    while index > 0 and _item_shaped(body[index]):
        index -= 1
    return body[index].text.endswith(":") and not is_clutter(body[index].text)


def _label_shaped(line: _Line) -> bool:
    """A few words without a closing stop and without a bullet: a tag, a button, a name, a
    post title; above the page's closing clutter such lines are part of it."""
    text = line.text
    return (
        len(text.split()) <= _LABEL_MAX_WORDS
        and not text.endswith(SENTENCE_END)
        and not _BULLET.match(line.raw)
        and not _WEB_ADDRESS.search(text)  # a source reference, not furniture
        and not reads_as_reference(text)
    )


def _related_list_start(body: list[_Line]) -> int:
    """Where a closing "read also" block or author box starts, or the end of the body.

    Only the page's last lines are searched. A comment section ("3 reacties", "Leave a
    reply") ends the article, and so does an author box ("Over de auteur", "Written by …");
    a "read also" heading does when post titles follow it, so a single "Lees ook: …" line in
    the middle of an article stays a single dropped line.
    """
    texts = [(index, line) for index, line in enumerate(body) if line.text]
    below_top = texts[_OPENING_LINES:][-_COMMENT_LINES:]  # "Written by …" on top is a byline
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
        if opens_author_box(line.text):
            return index
        if opens_related_list(line.text):
            following = [other for _, other in labelled[position + 1 : position + 3]]
            rest = labelled[position + 1 :]
            if (
                following
                and all(_post_title(other, listed=True) for other in following)
                and not any(reads_as_reference(other.text) for other in following)
                and not any(_article_sentence(body, at, other) for at, other in rest)
            ):
                return index
    return _unlabelled_titles(body, lines)


def _article_sentence(body: list[_Line], index: int, line: _Line) -> bool:
    """A line of running text that is no furniture (none right above it either, as over a
    contact block's "Wil je sparren over …?"): the article goes on below it."""
    long = len(line.text.split()) > _ITEM_MAX_WORDS and not is_clutter(line.text)
    return long and not _clutter_above(body, index) and not reads_as_bio(line.text)


def _post_title(line: _Line, listed: bool = False) -> bool:
    """A line that can be another post's title in a "read also" list, or clutter; `listed`
    allows a bullet (under a "read also" heading every line is a title)."""
    text = line.text
    limit = _LABEL_MAX_WORDS * 2 if listed else _HEADING_MAX_WORDS  # a news headline is long
    short = len(text.split()) <= limit and not text.endswith((".", ";", ",", ":"))
    return is_clutter(text) or (short and (listed or not _BULLET.match(line.raw)))


def _unlabelled_titles(body: list[_Line], lines: list[tuple[int, _Line]]) -> int:
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


def _listed_title(line: _Line) -> bool:
    bullet = _BULLET.match(line.raw)
    if bullet and bullet["marker"][0].isdigit():
        return False
    text = line.text.lstrip("•·▪◦●○■□►▶➤➢✓✔*-–— ")
    words = len(text.split())
    return (
        1 <= words <= _HEADING_MAX_WORDS
        and text[:1].isupper()
        and not text.endswith((".", ";", ",", ":", "!"))
        and not _SPEAKER.match(text)
        and not reads_as_reference(text)
    )


def _without_author_bio(body: list[_Line], author: str | None) -> tuple[list[_Line], list[_Line]]:
    """Split off closing lines that introduce the author ("Jan Jansen is coach en …", "Hi,
    I'm Sam. …"), with the author box's heading above them."""
    end = len(body)
    while end:
        text = body[end - 1].text
        bio = bool(author) and len(author.split()) >= 2 and text.startswith(f"{author} ")
        bio = bio or introduces_author(text, author)
        if text and not bio and not opens_author_box(text):
            break
        end -= 1
    return body[:end], [line for line in body[end:] if line.text]


def _clutter_above(body: list[_Line], index: int) -> bool:
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


def _structure(
    body: list[_Line], dropped: list[_Line], contents: frozenset[str] = frozenset()
) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """Turn the article's lines into intro blocks and sections; clutter goes to `dropped`;
    a line the contents listed is a heading."""
    reader = _Structure(body, dropped, contents)
    for position, line in enumerate(body):
        reader.line(position, line)
    reader.flush()
    return tuple(reader.intro), reader.sections()


class _Structure:
    """Reads body lines one by one into paragraphs, lists and sections.

    A paragraph or list stays open until a blank line or a line of another kind; a hard-wrapped
    line that carries on the sentence above joins it.
    """

    def __init__(self, body: list[_Line], dropped: list[_Line], contents: frozenset[str]) -> None:
        self.body, self.dropped, self.contents = body, dropped, contents
        self.above, self.below = _neighbours(body)
        self.references = _reference_items(body)
        self.last_text = max(
            (i for i, line in enumerate(body) if line.text and not is_clutter(line.text)),
            default=-1,
        )
        self.intro: list[Block] = []
        self.headed: list[tuple[_Line, list[Block]]] = []
        self.blocks = self.intro
        self.paragraph: str | None = None
        self.items: list[str] = []
        self.rows: list[list[str]] = []  # a table's rows, while one is open
        self.ordered = self.table = self.unmarked = False
        self.first = True  # the article's first line is a lede, not a heading, when a sentence

    def flush(self) -> None:
        """Close the open paragraph or list."""
        if self.paragraph is not None:
            self.blocks.append(Paragraph(self.paragraph))
            self.paragraph = None
        if self.rows:
            self.blocks.append(table(self.rows))
            self.rows = []
        elif self.items:
            self.blocks.append(ListBlock(tuple(self.items), self.ordered))
        self.items = []
        self.table = self.unmarked = False

    def line(self, position: int, line: _Line) -> None:
        text = line.text
        if not text:
            self.flush()
            return
        above, below = self.above[position], self.below[position]
        pointed = above is not None and bool(_POINTER_LABEL.match(above.text))
        if position not in self.references and (
            is_clutter(text)
            or _leads_promotion(text, below)
            or (self.first and _DESCRIBES_PICTURE.match(text))
            or (pointed and _post_title(line, listed=True) and not text.endswith("?"))
        ):
            self.dropped.append(line)
            return
        opening, self.first = self.first, False
        if cells := _table_cells(line.raw):
            self._list_items(cells, table=True)
            self.rows.append(cells)
            return
        if self.table:
            self.flush()
        bullet = _BULLET.match(line.raw)
        item = " ".join(line.raw[bullet.end() :].split()) if bullet else ""
        if text in self.contents:
            self._heading(line)
        elif item and self._credits_quote(bullet, item, below):
            self.paragraph = f"{self.paragraph} {text}"  # "— Kim Scott, Radical Candor"
        elif item and not _numbered_heading(bullet, item, above, below):
            if self.paragraph is not None:
                self.flush()
            if not self.items:
                self.ordered = bullet.group("marker")[0].isdigit()
            self.items.append(item)
        elif position in self.references:
            self._reference(text)
        elif _unmarked_item(
            self.body, position, in_list=bool(self.items) and self.unmarked
        ) or _in_sequence(self.body, position):
            self._list_items([text], table=False)
        elif self.items and _continues(self.items[-1], text):
            self.items[-1] = f"{self.items[-1]} {text}"
        elif self.paragraph is not None and _continues(self.paragraph, text):
            self.paragraph = f"{self.paragraph} {text}"
        elif (item or _is_heading(text, position < self.last_text)) and not (
            (opening and _standfirst(text)) or _spoken(text, above, below)
        ):
            self._heading(line)
        else:
            self.flush()
            self.paragraph = text

    def _heading(self, line: _Line) -> None:
        self.flush()
        self.headed.append((line, []))
        self.blocks = self.headed[-1][1]

    def _credits_quote(self, bullet: re.Match[str], item: str, below: _Line | None) -> bool:
        """A dash line right under a quotation is its credit, not a list item; so is a short
        one that names someone under any paragraph, when no dash line follows it ("— Michael
        Bungay Stanier, The Coaching Habit" under a quote without quotation marks)."""
        if self.paragraph is None or self.items or bullet["marker"] not in "—–":
            return False
        if self.paragraph.endswith(_QUOTE_CLOSERS):
            return True
        following = _BULLET.match(below.raw) if below is not None else None
        alone = following is None or following["marker"] not in "—–"
        return alone and len(item.split()) <= _CREDIT_WORDS and item[:1].isupper()

    def _reference(self, text: str) -> None:
        """One item of a list of references; items with blank lines between them are one
        list, so the list a blank line closed is opened again."""
        last = self.blocks[-1] if self.blocks else None
        if self.paragraph is None and not self.items and isinstance(last, ListBlock):
            self.items = list(self.blocks.pop().items)  # type: ignore[union-attr]
            self.ordered, self.unmarked = last.ordered, True
        self._list_items([text], table=False)

    def _list_items(self, items: list[str], table: bool) -> None:
        """Items of a list without markers: a table's cells, or lines under a lead-in."""
        same_kind = self.table if table else self.unmarked
        if self.paragraph is not None or (self.items and not same_kind):
            self.flush()
        self.items.extend(items)
        self.ordered = False
        self.table, self.unmarked = table, not table

    def sections(self) -> tuple[Section, ...]:
        """The sections, without a table of contents (headings that come again with text)."""
        later: set[str] = set()
        kept: list[Section] = []
        for line, blocks in reversed(self.headed):
            if not blocks and line.text in later:
                self.dropped.append(line)
            else:
                kept.append(Section(line.text, 1, tuple(blocks)))
            later.add(line.text)
        return tuple(reversed(kept))


def _reference_items(body: list[_Line]) -> set[int]:
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
            short = len(text.split()) <= _ITEM_MAX_WORDS and not text.endswith(SENTENCE_END)
            below = body[at + 1].text if at + 1 < len(body) else ""
            heads = len(below.split()) > _ITEM_MAX_WORDS  # the heading of what follows
            if not (reads_as_reference(text) or (against and short and not heads)):
                break
            items.add(at)
    return items


def _unmarked_item(body: list[_Line], position: int, in_list: bool) -> bool:
    """A list item written without a marker: short lines right under a line that ends with
    a colon ("Een paar signalen:"), or one blank line below it, one item a line, until a
    blank line. Two at least."""
    if not _item_shaped(body[position]) or position == 0:
        return False
    if body[position - 1].text:
        if in_list:
            return True
        lead_in = body[position - 1]
    else:  # a browser copies a blank line between a paragraph and the list under it
        lead_in = body[position - 2] if position >= 2 else body[0]
    following = body[position + 1] if position + 1 < len(body) else None
    return lead_in.text.endswith(":") and following is not None and _item_shaped(following)


def _in_sequence(body: list[_Line], position: int) -> bool:
    """A line of a run marked in sequence ("Step 1: …", "Step 2: …", "02:10 Why …") with the
    next or the previous line right against it: the run is a list, even of whole sentences; a
    "Stap 2: …" line between paragraphs stays a heading."""
    if not _SEQUENCE.match(body[position].text):
        return False
    neighbours = (
        body[position - 1] if position else None,
        body[position + 1] if position + 1 < len(body) else None,
    )
    return any(line is not None and _SEQUENCE.match(line.text) for line in neighbours)


def _item_shaped(line: _Line) -> bool:
    text = line.text
    return (
        bool(text)
        and len(text.split()) <= _ITEM_MAX_WORDS
        and not text.endswith((".", ":"))
        and not _BULLET.match(line.raw)
        and not is_clutter(text)
    )


def _table_cells(raw: str) -> list[str]:
    """The cells of a table row copied out of a browser: text separated by tabs."""
    cells = [" ".join(cell.split()) for cell in raw.strip().split("\t")]
    cells = [cell for cell in cells if cell]
    return cells if len(cells) >= 2 else []


def _neighbours(body: list[_Line]) -> tuple[list[_Line | None], list[_Line | None]]:
    """For every line, the nearest line with text above it and below it (found once, so
    looking around stays linear on long articles)."""
    above: list[_Line | None] = []
    nearest: _Line | None = None
    for line in body:
        above.append(nearest)
        nearest = line if line.text else nearest
    below: list[_Line | None] = []
    nearest = None
    for line in reversed(body):
        below.append(nearest)
        nearest = line if line.text else nearest
    return above, below[::-1]


def _numbered_heading(
    bullet: re.Match[str], item: str, above: _Line | None, below: _Line | None
) -> bool:
    """A numbered line standing alone ("1. De startfase – Forming") between paragraphs is a
    heading: no numbered line right above or below it, short, without a closing stop."""
    if not bullet.group("marker")[0].isdigit() or bullet.group("indent"):
        return False
    if len(item.split()) > _HEADING_MAX_WORDS or item.endswith((".", ",", ";", ":")):
        return False
    if below is None or _BULLET.match(below.raw):
        return False
    marker = _BULLET.match(above.raw) if above else None
    return not (marker and marker["marker"][0].isdigit())


def _leads_promotion(text: str, below: _Line | None) -> bool:
    """A short line right above a promotion or a picture's credit is part of it: the
    question that opens an offer ("Wil je hier zelf mee aan de slag?" over "Plan een gratis
    kennismakingsgesprek"), or the picture's caption over "Foto: Unsplash", which may end
    with a full stop ("Teamleider Sanne tijdens een coachgesprek.")."""
    if below is None or not is_promotion(below.text):
        return False
    ends = (":", ";", ",") if credits_picture(below.text) else (".", ":", ";", ",")
    return (
        not reads_as_reference(text)
        and len(text.split()) <= _LABEL_MAX_WORDS * 2
        and not text.endswith(ends)
        and not _BULLET.match(text)
    )


def _spoken(text: str, above: _Line | None, below: _Line | None) -> bool:
    """A line of dialogue ("Coach: (stilte)", "Manager: Hoe gaat het?"): a speaker's name or
    role and a colon, with another such line right above or below it, one of the two ending
    like something said. A transcript is text, however short its lines; "Tip 2: …" has a
    number and stays a heading, and a title above a heading of the same shape is no talk."""
    if not _SPEAKER.match(text) or _STEP.match(text):
        return False
    for other in (above, below):
        if other is not None and _SPEAKER.match(other.text):
            said = (text, other.text)  # someone says something: one of them ends like it
            if any(line.endswith((*SENTENCE_END, ")")) for line in said):
                return True
    return False


def _standfirst(text: str) -> bool:
    """Whether the article's first line reads as a sentence (a lede) rather than a heading:
    a heading at the very top is written in Title Case."""
    words = [word for word in text.split() if len(word) > 3 and word[0].isalpha()]
    capitals = sum(word[0].isupper() for word in words[1:])
    return not words[1:] or capitals < 0.5 * len(words[1:])


def _continues(previous: str, text: str) -> bool:
    """A line that carries on the sentence above it (a hard-wrapped line) joins it."""
    return not previous.endswith(SENTENCE_END) and text[:1].islower()


def _is_heading(text: str, text_after: bool) -> bool:
    """A short line, starting with a capital, without a closing stop, with text after it."""
    if len(text.split()) > _HEADING_MAX_WORDS or len(text) > 100:
        return False
    if _STEP.match(text):
        return True  # "Stap 2: Je grens overbrengen." is a heading, full stop or not
    if text.endswith((".", ",", ";", ":", "!")) or not (text[0].isupper() or text[0].isdigit()):
        return False
    if text[-1:] in '’”"»' and text[-2:-1] in ".?!…":
        return False  # ends a quotation: "Ze stuurde terug: ‘Moet ik me zorgen maken?’"
    return text_after and not _WEB_ADDRESS.search(text)
