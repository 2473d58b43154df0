"""The head of a scraped page: where the title stands among banners, menus and breadcrumbs,
and what the byline tells (author, date), however the site lays it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from .assemble import SENTENCE_END, stem_words
from .byline import Byline, looks_like_name, parse_byline
from .clutter import is_clutter, labels_advert, names_contents, names_menu_item
from .lines import (
    ITEM_MAX_WORDS,
    TITLE_MAX_WORDS,
    WRITER_LABEL,
    Line,
    folded_words,
    head_clutter,
    headline,
    name_line,
    standfirst,
    table_cells,
    title_like,
)

HEAD_LINES = 40

_CREDIT = re.compile(
    r"^(?:(?:tekst|text|auteur|author)\s*:|(?:written\s+by|geschreven\s+door|door|by)\s*:?)"
    r"\s*(?P<name>[^,|·]{3,60})$",
    re.I,
)

_CREDIT_LINES = 10


@dataclass(frozen=True)
class Head:
    """Where the title is, how far the byline runs, and what the byline told."""

    title: int | None
    byline_end: int
    byline: Byline
    consumed: frozenset[int]  # byline lines whose author or date the article keeps
    subtitle: int | None = None  # a standfirst printed between the title and the byline


def find_head(content: list[Line], path: Path) -> Head:
    """Find the title and the byline among the first lines of the page.

    With a byline (a date, a reading time, "door X"), the title is the headline above it, past
    buttons, taglines and bare names (the first name above the byline is its author); a longer
    line between title and byline is a subtitle. Without a byline, the title is the line that
    the file name spells, else a line printed twice, else the last title-like line before the
    text starts; a bare name right under it is the author.
    """
    head = content[:HEAD_LINES]
    prose = 0  # lines of running text seen: after two, the article has started
    upper = Byline(None, None)  # what a byline line above the title told ("March 3, 2024")
    skipped: tuple[int, Byline] | None = None
    for index, line in enumerate(head):
        if index and labels_advert(head[index - 1].text):
            continue  # a banner's date and place are no byline
        byline = parse_byline(line.text)
        if byline is None and index and _HANDLE.match(line.text):
            name = name_line(head[index - 1].text)  # "Femke de Wit" over "@femke@sociaal.online"
            byline = Byline(name, None) if name else None
        if byline is not None and not byline.author and is_clutter(line.text):
            byline = None  # a share bar's date, a comment count: "Written by X" is a byline
        if byline is not None and _byline_further_down(head, index, byline):
            upper = Byline(upper.author or byline.author, upper.date or byline.date)
            skipped = skipped or (index, byline)
        elif byline is not None:
            found = _head_above_byline(head, index, byline)
            told = Byline(found.byline.author or upper.author, found.byline.date or upper.date)
            return replace(found, byline=told)
        prose += (
            len(line.text.split()) > ITEM_MAX_WORDS
            and line.text.endswith(SENTENCE_END)
            and not is_clutter(line.text)  # a cookie notice is no article text
        )
        if prose == 2:
            head = head[:index]
            break
    if skipped is not None:  # the byline under the title is one the page prints as a button
        return _head_above_byline(head, *skipped)
    title = _title_without_byline(head, path)
    if title is None:
        return Head(None, 0, Byline(None, None), frozenset())
    following = head[title + 1].text if title + 1 < len(head) else ""
    if (name := name_line(following)) and title + 2 < len(head):
        return Head(title, title + 2, Byline(name, None), frozenset({title + 1}))
    return Head(title, title + 1, Byline(None, None), frozenset())


def _head_above_byline(head: list[Line], start: int, byline: Byline) -> Head:
    """The head when line `start` opens a byline: the byline's run, then the title above it."""
    end, byline, consumed = _byline_run(head, start, byline)
    above, names = _climb(head, start, roles=True)
    if above < 0 or not headline(head[above].text):
        above, names = _climb(head, start, roles=False)  # no name and role over a headline
    newsletter = 0 < above < start - 1 and bool(_NEWSLETTER.search(head[above + 1].text))
    if newsletter and headline(head[above - 1].text):
        above -= 1  # a newsletter's name over its description: the title stands above it
    top = above  # categories between the title and the byline: "Coaching", or a run of them
    while top > 0 and above - top < _HEAD_CHIPS and _chip(head[top].text):
        if is_clutter(head[top].text) or names_menu_item(head[top].text):
            break  # a menu ("About", "Archive", "RSS") under the site's name, no categories
        top -= 1
    if top < above and _chip(head[top + 1].text) and _titles_chip(head[top].text):
        above = top
    elif above >= 0 and _chip(head[above].text) and _title_below(head, end):
        # a magazine's: category, author, date, then the title
        byline = _named(head, names[:1], byline, consumed)
        return Head(end, end + 1, byline, frozenset(consumed))
    if (
        not byline.author
        and not names
        and _title_below(head, end)
        and _menu_item(head, above, start)
    ):
        return Head(end, end + 1, byline, frozenset(consumed))  # a blog's date over its post
    if above >= 0 and headline(head[above].text):
        byline = _named(head, names[-1:], byline, consumed)
        if above > 0 and _subtitled(head[above - 1], head[above]) and not _crumbed(head, above):
            return Head(above - 1, end, byline, frozenset(consumed), subtitle=above)
        return Head(above, end, byline, frozenset(consumed))
    if above > 0 and _subtitled(head[above - 1], head[above]) and not _crumbed(head, above - 1):
        # title, standfirst, the author's name, the date
        byline = _named(head, names[-1:], byline, consumed)
        return Head(above - 1, end, byline, frozenset(consumed), subtitle=above)
    if names and above < 0 and _title_below(head, end):  # name, date, then the title
        consumed.add(names[0])
        byline = _named(head, names[:1], byline, consumed)
        return Head(end, end + 1, byline, frozenset(consumed))
    if names:
        return Head(names[-1], end, byline, frozenset(consumed))
    candidates = [
        i for i in range(start) if title_like(head[i].text) and not is_clutter(head[i].text)
    ]
    if candidates:
        return Head(candidates[-1], end, byline, frozenset(consumed))
    below = end if end < len(head) and title_like(head[end].text) else None
    return Head(below, end, byline, frozenset(consumed))


def _menu_item(head: list[Line], index: int, start: int) -> bool:
    """Whether the line at `index` (above a date at `start`) is no title: the page's top, a
    menu's last item of a few words ("Contact", "Workshops & lezingen"), or the site's name
    on the page's first line with its menu under it ("Field Notes on Managing" / "Archive" /
    "About")."""
    if index < 0 or len(head[index].text.split()) <= _MENU_ITEM_WORDS:
        return True
    return index == 0 and start > 1 and all(head_clutter(line.text) for line in head[1:start])


_MENU_ITEM_WORDS = 3


def _named(head: list[Line], names: list[int], byline: Byline, consumed: set[int]) -> Byline:
    """The byline, with the author from the name line in `names` (one of those passed on the
    way up) when it names none; that line is then the byline's, not clutter."""
    if not names or byline.author:
        return byline
    consumed.add(names[0])
    return Byline(_name_of(head[names[0]].text), byline.date)


def _name_of(text: str) -> str | None:
    """The name on a line that holds a name alone, or a name and the writer's role after a
    comma ("Fiona McLeod, Organisational Development Adviser")."""
    if name := name_line(text):
        return name
    person, comma, role = text.partition(", ")
    if not comma or len(role.split()) > _ROLE_WORDS or role.endswith(SENTENCE_END):
        return None
    return name_line(person)


_ROLE_WORDS = 6


def _role(text: str) -> bool:
    """A writer's role on a line of its own inside a byline ("redacteur Economie")."""
    return len(text.split()) <= _ROLE_MAX_WORDS and not text.endswith(SENTENCE_END)


def _role_inside(head: list[Line], index: int) -> bool:
    """A role on line `index` with more of the byline right under it ("redacteur Economie"
    over "6 maart 2024")."""
    below = head[index + 1].text if index + 1 < len(head) else ""
    return _role(head[index].text) and parse_byline(below) is not None


_ROLE_MAX_WORDS = 5
_NEWSLETTER = re.compile(r"\b(?:nieuwsbrief|newsletter|abonnees|subscribers)\b", re.I)
_PUBLISHED_IN = re.compile(r"^(?:published|gepubliceerd|verschenen)\s+in\W*$", re.I)


def _climb(head: list[Line], start: int, roles: bool) -> tuple[int, list[int]]:
    """From the byline at `start` up past buttons, taglines and names (and with `roles`, a
    writer's role under their name: "Peter Janssens" over "Adviseur leiderschap"): the
    line reached, and the names passed, nearest first."""
    above = start - 1
    names: list[int] = []
    while above >= 0 and (
        head_clutter(head[above].text)
        or " | " in head[above].text  # a tagline: "Coach | Speaker"
        or (_name_of(head[above].text) and above > 0)
        or (roles and above > 1 and _role(head[above].text) and name_line(head[above - 1].text))
        or (above > 0 and bool(_PUBLISHED_IN.match(head[above - 1].text)))  # a publication
        or _card(head, above)
    ):
        if _name_of(head[above].text) and not (is_clutter(head[above].text) or _card(head, above)):
            names.append(above)
        above -= 1
    return above, names


def _card(head: list[Line], index: int) -> bool:
    """Whether the line is part of a newsletter's or writer's card between the title and the
    byline: a description (a sentence) under the card's name printed twice, as its link and
    its heading ("The Coaching Manager" / "The Coaching Manager" / "Practical notes on …"),
    or one of those names."""
    if head[index].text.endswith(SENTENCE_END) and index > 1:
        return head[index - 1].text == head[index - 2].text
    below, further = index + 1, index + 2
    if further < len(head) and head[below].text == head[index].text:
        return head[further].text.endswith(SENTENCE_END)  # the upper name of the pair
    if index > 0 and head[index - 1].text == head[index].text:
        return below < len(head) and head[below].text.endswith(SENTENCE_END)
    return False


def _byline_further_down(head: list[Line], start: int, byline: Byline) -> bool:
    """Whether a byline at `start` is a category's line above the title ("Management | 11 min
    read") with the real byline under the title: a headline right below it, then the author
    or the date."""
    if byline.author and byline.date:
        return False
    end, _, _ = _byline_run(head, start, byline)
    if not byline.author and _named_below(head, end):
        return True  # "Uit: … | Online gepubliceerd op 7 juni 2024" over the headline and writer
    if end + 1 >= len(head) or not headline(head[end].text):
        return False
    below = head[end + 1].text
    after = head[end + 2].text if end + 2 < len(head) else ""
    return parse_byline(below) is not None or bool(name_line(below) and parse_byline(after))


def _named_below(head: list[Line], end: int) -> bool:
    """Whether a byline that names the writer follows within a few lines, a headline between."""
    for at in range(end + 1, min(len(head), end + _FURTHER_LINES)):
        found = parse_byline(head[at].text)
        if found is not None and found.author:
            return any(headline(head[between].text) for between in range(end, at))
    return False


_FURTHER_LINES = 8


def _byline_run(head: list[Line], start: int, byline: Byline) -> tuple[int, Byline, set[int]]:
    """Where a byline that starts at `start` ends (it may run over several lines, with buttons
    and separators between them), what it told, and which of its lines told something."""
    end = start + 1
    consumed = {start} if byline.author or byline.date else set()
    while end < len(head):
        text = head[end].text
        written = head_clutter(text) and (found := parse_byline(text)) is not None
        if written and found.author and not byline.author:  # "Written By Sarah Okafor"
            consumed.add(end)
            byline = Byline(found.author, byline.date)
        elif WRITER_LABEL.match(text) and end + 1 < len(head) and not byline.author:
            if name := name_line(head[end + 1].text):  # "Contributors" over "Kwame Asante"
                consumed.update({end, end + 1})
                byline = Byline(name, byline.date)
                end += 1
        elif not head_clutter(text):
            more = parse_byline(text)
            if more is None and byline.date and not byline.author and _named_next(head, end):
                more = Byline(name_line(text), None)  # the date, then the writer's name alone
            elif more is None and _role_inside(head, end):
                more = Byline(None, None)  # a writer's role between the byline's lines
            if more is None:
                break
            if (more.author and not byline.author) or (more.date and not byline.date):
                consumed.add(end)
            byline = Byline(byline.author or more.author, byline.date or more.date)
        end += 1
    return end, byline, consumed


def _named_next(head: list[Line], at: int) -> bool:
    """A name alone right under a byline's date, with more of the byline under it ("Leestijd:
    6 min") or the text: the writer's, as a magazine prints it."""
    if name_line(head[at].text) is None:
        return False
    below = head[at + 1].text if at + 1 < len(head) else ""
    return (
        parse_byline(below) is not None
        or len(below.split()) > ITEM_MAX_WORDS
        or is_clutter(below)  # a player's button under it: "Play episode"
    )


_HANDLE = re.compile(r"^@[\w.-]+(?:@[\w-]+(?:\.[\w-]+)+)?$")
"""A social network's handle under the writer's name ("@femke@sociaal.online", "@sam_lee")."""

_HEAD_CHIPS = 4
"""Categories, at most, printed one a line between a title and its byline."""


def _chip(text: str) -> bool:
    """A category or tag printed on its own line: one or two words, no sentence, under a
    longer title."""
    return len(text.split()) <= 2 and not text.endswith(SENTENCE_END) and not text.isdigit()


def _title_below(head: list[Line], end: int) -> bool:
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
        headline(title)
        and len(title.split()) >= 5
        and not title.endswith(".")
        and (len(text.split()) > TITLE_MAX_WORDS or text.endswith(SENTENCE_END))
    )


def _crumbed(head: list[Line], index: int) -> bool:
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
    return headline(text) and len(text.split()) >= 4 and not any(mark in text for mark in "»›>|/·")


def _subtitled(upper: Line, lower: Line) -> bool:
    """Whether `lower` is a subtitle under the title `upper`: both headlines, the title a real
    phrase (not a menu, a breadcrumb, a banner in capitals or a one-to-three-word category),
    the subtitle at least half as long and written as a sentence."""
    menu = any(mark in upper.text for mark in "»›>|/·") or "  " in upper.raw.strip()
    words = len(upper.text.split())
    return (
        not menu
        and not is_clutter(upper.text)
        and not upper.text.isupper()
        and headline(upper.text)
        and words >= 4
        and len(lower.text.split()) >= max(_SUBTITLE_MIN_WORDS, words // 2)
        and standfirst(lower.text)
    )


_SUBTITLE_MIN_WORDS = 5


def _title_without_byline(head: list[Line], path: Path) -> int | None:
    candidates = []
    for index, line in enumerate(head):
        if names_contents(line.text):
            break  # the title stands above the page's contents
        if is_clutter(line.text):
            continue
        if not title_like(line.text) or table_cells(line.raw):
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
    if len(candidates) > 1 and candidates[-2] == last - 1 and name_line(head[last].text):
        return last - 1
    return last


def _spelled_by(text: str, slug: set[str]) -> bool:
    """Whether a file name (as a set of words) spells this line: most of its words are in it."""
    words = folded_words(text)
    return len(slug) >= 2 and len(words) >= 1 and sum(w in slug for w in words) >= 0.8 * len(words)


def credited(body: list[Line], byline: Byline, dropped: list[Line]) -> tuple[list[Line], Byline]:
    """A writer's credit among the first lines of the text ("Tekst: Thomas van Leeuwen"):
    dropped, and the author when the byline named none."""
    for position, line in enumerate(body[:_CREDIT_LINES]):
        found = _CREDIT.match(line.text)
        if found and looks_like_name(found["name"]):
            dropped.append(line)
            author = byline.author or found["name"]
            return body[:position] + body[position + 1 :], Byline(author, byline.date)
    return body, byline
