"""Plain text as copied out of a browser: find the article between the page's clutter.

Plain text shows no markup, so structure comes from the shape of the lines: the title is the
title-like line above the byline (or the first one), a heading is a short line without a
closing full stop followed by text, a list item starts with a bullet or a number, and every
other line is a paragraph. What is page clutter goes to `dropped`, verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..errors import ReadError
from ..model import Article, Block, ListBlock, Paragraph, Section, table
from .assemble import SENTENCE_END, assemble, title_from_path
from .byline import Byline, completed_name, tells_update, updated_date
from .clutter import credits_picture, ends_with_button, is_clutter, labels_advert
from .lines import (
    BULLET,
    HEADING_MAX_WORDS,
    ITEM_MAX_WORDS,
    LABEL_MAX_WORDS,
    SPEAKER,
    STEP,
    WEB_ADDRESS,
    Line,
    item_shaped,
    leads_promotion,
    reference_items,
    standfirst,
    table_cells,
)
from .mail import letter_start, mail_header
from .text_head import HEAD_LINES, credited, find_head
from .text_tail import (
    COMMENT_LINES,
    before_signature,
    boxed_author,
    closing_byline,
    post_title,
    split_tail,
    without_author_bio,
    without_contents,
    without_offer_boxes,
    without_replies,
    without_teasers,
)
from .wrapped import unwrapped

_DESCRIBES_PICTURE = re.compile(
    r"^(?:a|an|the|two|three|een|twee|drie)\s(?:\S+\s){1,7}?(?:on|at|around|beside|behind"
    r"|across|in|with|near|under|over|to|aan|op|bij|rond|naast|achter|in|met|onder|voor|tegenover)"
    r"\s(?:a|an|the|een|de|het)\s[^\s,]+(?:\s[^\s,]+){0,7}(?<![.!?:;])$",
    re.I,
)
"""A picture's description copied as a line: who or what, and where, without a verb or a
stop ("A stack of leadership books on a wooden desk"). Only as the text's first line, where
the page's picture stands: further on, such a line can be a heading."""

_SPEAKS = re.compile(
    r"\b(?:je|jij|jouw|jullie|u|ik|we|wij|ons|onze|you|your|i|our|they|die|dat|that|which|who"
    r"|wat|hoe|waarom|what|how|why)\b",
    re.I,
)
"""Words a description of a picture does without: a pronoun or a clause ("Drie signalen die
je snel mist in een druk team" is a heading)."""


_PICTURE_KIND = re.compile(
    r"^(?:illustration|image|photo|picture|drawing|foto|afbeelding|illustratie|beeld|tekening)"
    r"\s+(?:of|van)\s",
    re.I,
)
_PLACED = re.compile(
    r"\b(?:on|at|around|beside|behind|across|in|with|near|under|over|to|aan|op|bij|rond|naast"
    r"|achter|met|onder|voor|tegenover)\s",
    re.I,
)
_PLACES_IN_A_PICTURE = 3
"""Where-words, at least, of a picture's description that opens without an article ("Leiding-
gevende in gesprek met een medewerker aan een ronde tafel"); a heading holds fewer."""


def _describes_picture(text: str) -> bool:
    if _SPEAKS.search(text) or text.endswith((*SENTENCE_END, ":", ";")):
        return False
    if _DESCRIBES_PICTURE.match(text) or _PICTURE_KIND.match(text):
        return True
    words = len(text.split())
    return words <= HEADING_MAX_WORDS + 4 and len(_PLACED.findall(text)) >= _PLACES_IN_A_PICTURE


_POINTER_LABEL = re.compile(r"^(?:lees\s+ook|read\s+also|zie\s+ook|see\s+also)\s*:?\s*$", re.I)
"""A label that points at one other post; "Verder lezen" or "Further reading" may head the
article's own references."""

_SEQUENCE = re.compile(
    r"^(?:(?:stap|step|tip|fase|phase)\s+\d{1,2}\s*[:.–-]\s*\S|\d{1,2}:\d{2}(?::\d{2})?\s+\S)",
    re.I,
)

_CREDIT_WORDS = 12

_QUOTE_CLOSERS = ("”", '"', "’", "»", "'")


def read_text(text: str, path: Path, language: str | None = None) -> Article:
    """Parse scraped plain text into an Article; raise ReadError when no article is found."""
    lines = [
        Line(number, " ".join(raw.split()), raw)
        for number, raw in enumerate(text.split("\n"), start=1)
    ]
    lines, running = unwrapped(lines)  # a PDF's lines, broken at its width, joined again
    content = [line for line in lines if line.text]
    dropped: list[Line] = [*running]
    mail = mail_header(content)
    if mail is not None:  # a forwarded newsletter: the letter starts under the mail's header
        start = letter_start(content, mail)
        dropped.extend(content[:start])
        first = content[start].number if start < len(content) else len(lines) + 1
        lines = [line for line in lines if line.number >= first]
        content = content[start:]

    head = find_head(content, path)
    title = content[head.title].text if head.title is not None else title_from_path(path)
    if head.title is None and mail is not None and mail.subject:
        title = mail.subject
    head_end = max(head.byline_end, (head.title if head.title is not None else -1) + 1)
    dropped.extend(
        line
        for index, line in enumerate(content[:head_end])
        if index not in (head.title, head.subtitle) and index not in head.consumed
    )
    byline = head.byline
    if mail is not None:
        byline = Byline(byline.author or mail.sender, byline.date or mail.date)
    body_start = content[head_end].number if head_end < len(content) else len(lines) + 1
    body = [line for line in lines if line.number >= body_start]
    if head.subtitle is not None:
        body.insert(0, content[head.subtitle])
    while body and body[0].text == title:  # a title printed twice
        dropped.append(body.pop(0))
        while body and not body[0].text:
            body.pop(0)

    body = _without_chips(_without_repeated_chips(body, dropped), dropped)
    body, contents = without_contents(body, dropped)
    body, byline = credited(body, byline, dropped)
    around = [line.text for line in (*content[:HEAD_LINES], *content[-COMMENT_LINES:])]
    byline = Byline(completed_name(byline.author, around), byline.date)
    body, replies = without_replies(body, title)
    body = without_offer_boxes(body, dropped)  # first: a box's button may close the page
    body, tail = split_tail(body, byline.author)
    tail += replies
    body = without_teasers(body, dropped)
    if byline.date is None or byline.author is None:  # a page that signs at its foot:
        closing = closing_byline(tail)  # "Posted by Margaret Olsen at 10:32 AM"
        author = byline.author or closing.author or boxed_author([*body, *tail])
        byline = Byline(author, byline.date or closing.date)
    if byline.date is None:  # no publication date anywhere: the head's update date will do
        updates = (updated_date(line.text) for line in content[:head_end])
        byline = Byline(byline.author, next((date for date in updates if date), None))
    body, signed = before_signature(body, byline.author)
    tail += signed
    body, bio = without_author_bio(body, byline.author)
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


def _structure(
    body: list[Line], dropped: list[Line], contents: frozenset[str] = frozenset()
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

    def __init__(self, body: list[Line], dropped: list[Line], contents: frozenset[str]) -> None:
        self.body, self.dropped, self.contents = body, dropped, contents
        self.above, self.below = _neighbours(body)
        self.references = reference_items(body)
        self.last_text = max(
            (i for i, line in enumerate(body) if line.text and not is_clutter(line.text)),
            default=-1,
        )
        self.intro: list[Block] = []
        self.headed: list[tuple[Line, list[Block]]] = []
        self.blocks = self.intro
        self.paragraph: str | None = None
        self.items: list[str] = []
        self.rows: list[list[str]] = []  # a table's rows, while one is open
        self.ordered = self.table = self.unmarked = False
        self.first = True  # the article's first line is a lede, not a heading, when a sentence
        self.emptied: set[int] = set()  # headings whose lines under them all went

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

    def line(self, position: int, line: Line) -> None:
        text = line.text
        if not text:
            self.flush()
            return
        above, below = self.above[position], self.below[position]
        pointed = above is not None and bool(_POINTER_LABEL.match(above.text))
        if position in self.references:
            pass
        elif leads_promotion(text, below):
            if not credits_picture(below.text):  # a caption over its credit is no box
                self._box_heading_out()  # a heading over nothing but the pitch: its title
            self.dropped.append(line)
            return
        elif (
            is_clutter(text)
            or ends_with_button(text)
            or tells_update(text)
            or (above is not None and labels_advert(above.text) and not _heads_text(text, below))
            or (self.first and _describes_picture(text))
            or (pointed and post_title(line, listed=True) and not text.endswith("?"))
        ):
            boxed = not credits_picture(text)  # a picture's caption stands under any heading
            if (
                boxed
                and self.headed
                and not self.blocks
                and self.paragraph is None
                and not self.items
            ):
                self.emptied.add(self.headed[-1][0].number)  # a box's title over its furniture
            self.dropped.append(line)
            return
        opening, self.first = self.first, False
        if cells := table_cells(line.raw):
            self._list_items(cells, table=True)
            self.rows.append(cells)
            return
        if self.table:
            self.flush()
        bullet = BULLET.match(line.raw)
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
        elif (
            _unmarked_item(self.body, position, in_list=bool(self.items) and self.unmarked)
            or _in_sequence(self.body, position)
            or _asked_in_a_row(self.body, position)
            or _listed_under_heading(self.body, position)
        ):
            self._list_items([text], table=False)
        elif self.items and _continues(self.items[-1], text):
            self.items[-1] = f"{self.items[-1]} {text}"
        elif self.paragraph is not None and _continues(self.paragraph, text):
            self.paragraph = f"{self.paragraph} {text}"
        elif (item or _is_heading(text, position < self.last_text)) and not (
            (opening and standfirst(text)) or _spoken(text, above, below)
        ):
            self._heading(line)
        else:
            self.flush()
            self.paragraph = text

    def _box_heading_out(self) -> None:
        """Take out the open heading when nothing stands under it yet: over a box's pitch
        and button it is the box's title ("Wil jij steviger leren staan?")."""
        if not self.headed or self.blocks or self.paragraph is not None or self.items:
            return
        heading, _ = self.headed.pop()
        self.dropped.append(heading)
        self.blocks = self.headed[-1][1] if self.headed else self.intro

    def _heading(self, line: Line) -> None:
        self.flush()
        self.headed.append((line, []))
        self.blocks = self.headed[-1][1]

    def _credits_quote(self, bullet: re.Match[str], item: str, below: Line | None) -> bool:
        """A dash line right under a quotation is its credit, not a list item; so is a short
        one that names someone under any paragraph, when no dash line follows it ("— Michael
        Bungay Stanier, The Coaching Habit" under a quote without quotation marks)."""
        if self.paragraph is None or self.items or bullet["marker"] not in "—–":
            return False
        if self.paragraph.endswith(_QUOTE_CLOSERS):
            return True
        following = BULLET.match(below.raw) if below is not None else None
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
        """The sections, without a table of contents (headings that come again with text) and
        without the titles of boxes whose every line went ("Team Coaching Community of
        Practice" over its date, "Free for members" and "Register")."""
        later: set[str] = set()
        kept: list[Section] = []
        for line, blocks in reversed(self.headed):
            if not blocks and (line.text in later or line.number in self.emptied):
                self.dropped.append(line)
            else:
                kept.append(Section(line.text, 1, tuple(blocks)))
            later.add(line.text)
        return tuple(reversed(kept))


def _unmarked_item(body: list[Line], position: int, in_list: bool) -> bool:
    """A list item written without a marker: short lines right under a line that ends with
    a colon ("Een paar signalen:"), or one blank line below it, one item a line, until a
    blank line. Two at least."""
    if not item_shaped(body[position]) or position == 0:
        return False
    if body[position - 1].text:
        if in_list:
            return not _new_step(body, position)
        lead_in = body[position - 1]
    else:  # a browser copies a blank line between a paragraph and the list under it
        lead_in = body[position - 2] if position >= 2 else body[0]
    following = body[position + 1] if position + 1 < len(body) else None
    return lead_in.text.endswith(":") and following is not None and item_shaped(following)


def _heads_text(text: str, below: Line | None) -> bool:
    """A heading with a long paragraph of the text under it: under an advert's label, the
    advert was a picture and this is the article going on."""
    return (
        below is not None
        and _is_heading(text, True)
        and len(below.text.split()) > _TEXT_UNDER_HEADING
        and not is_clutter(below.text)
    )


_TEXT_UNDER_HEADING = 30


def _new_step(body: list[Line], position: int) -> bool:
    """A step's heading ("Stap 1 – Bereid je voor") right under lines that are no steps:
    the list above ends, a part starts."""
    above = body[position - 1].text if position else ""
    return bool(STEP.match(body[position].text)) and not STEP.match(above)


def _asked_in_a_row(body: list[Line], position: int) -> bool:
    """A question among two or more right under each other, under a paragraph or under a
    heading and a blank line: a list of questions written without markers ("Wat ging er
    goed?" / "Wat zou je anders doen?"); questions standing as headings have text between
    them."""

    def asks(index: int) -> bool:
        line = body[index]
        return bool(line.text) and line.text.endswith("?") and item_shaped(line)

    if not asks(position):
        return False
    start, end = _run_around(len(body), position, asks)
    above = body[start - 1].text if start > 0 else ""
    if not above and start > 1:  # a heading, a blank line, then the questions under it
        heading = body[start - 2].text
        return (
            end > start
            and 0 < len(heading.split()) <= HEADING_MAX_WORDS
            and not (heading.endswith((".", ":", ";", ",")) or is_clutter(heading))
        )
    return end > start and len(above.split()) > LABEL_MAX_WORDS and above.endswith(SENTENCE_END)


def _run_around(size: int, position: int, member: Callable[[int], bool]) -> tuple[int, int]:
    """The first and last index of the run of members that `position` stands in."""
    start = end = position
    while start > 0 and member(start - 1):
        start -= 1
    while end + 1 < size and member(end + 1):
        end += 1
    return start, end


def _without_repeated_chips(body: list[Line], dropped: list[Line]) -> list[Line]:
    """The body without the short lines at its start that the page's head printed already (a
    category chip above the title and again under the byline) or that are furniture ("48
    likes"), up to its first line of text."""
    printed = {line.text for line in dropped if len(line.text.split()) <= LABEL_MAX_WORDS}
    start = 0
    while start < len(body) and (
        not body[start].text or body[start].text in printed or is_clutter(body[start].text)
    ):
        start += 1
    if not any(body[index].text in printed for index in range(start)):
        return body
    dropped.extend(line for line in body[:start] if line.text)
    return body[start:]


def _without_chips(body: list[Line], dropped: list[Line]) -> list[Line]:
    """The body without a run of tags at its start: two or more lines of a few capitalised
    words right under each other above the first paragraph ("Meetings" / "Team Health");
    a heading has its text under it, not another heading."""
    texts = [index for index, line in enumerate(body) if line.text]
    run = 0
    while run < len(texts) and _chip_shaped(body[texts[run]].text):
        run += 1
    in_a_row = bool(texts) and _chips_in_a_row(body[texts[0]].text)  # "Leiderschap, Feedback"
    run = max(run, int(in_a_row))
    if run < _MIN_CHIPS and not in_a_row:
        return body
    if run == len(texts) or texts[run - 1] != texts[0] + run - 1:
        return body
    dropped.extend(body[index] for index in texts[:run])
    return body[texts[run] :]


_MIN_CHIPS = 2
_CHIP_WORDS = 3


def _chips_in_a_row(text: str) -> bool:
    """Categories or tags on one line, parted by commas ("Leiderschap, Feedback"), each a
    few capitalised words; a heading would say something of them ("Rust, ruimte en regie")."""
    chips = text.split(", ")
    return len(chips) >= _MIN_CHIPS and all(_chip_shaped(chip) for chip in chips)


def _chip_shaped(text: str) -> bool:
    words = text.split()
    return (
        len(words) <= _CHIP_WORDS
        and all(word[:1].isupper() for word in words)
        and not (text.endswith((*SENTENCE_END, ":")) or is_clutter(text))
    )


def _listed_under_heading(body: list[Line], position: int) -> bool:
    """An item of a list that lost its markers, right under its heading: short lines one under
    the other with the heading on top and a paragraph right below ("Waaraan herken je het?" /
    "Stille overleggen" / "Fouten die laat aan het licht komen" / "Herken je drie …"). Headings
    have text under them; three in a row without any are no headings."""

    def short(index: int) -> bool:
        line = body[index]
        return item_shaped(line) and not SPEAKER.match(line.text) and not _new_step(body, index)

    if not short(position):
        return False
    start, end = _run_around(len(body), position, short)
    after = body[end + 1].text if end + 1 < len(body) else ""
    if not (after.endswith(SENTENCE_END) and len(after.split()) > ITEM_MAX_WORDS):
        return False
    above = body[start - 1] if start > 0 else None
    headed = (
        above is not None
        and above.text
        and not above.text.endswith(SENTENCE_END)
        and not is_clutter(above.text)  # "Lees ook" over a teaser: no heading of a list
    )
    first = start if headed else start + 1  # else the run's first line is the heading
    return end - first >= 1 and position >= first


def _in_sequence(body: list[Line], position: int) -> bool:
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


def _neighbours(body: list[Line]) -> tuple[list[Line | None], list[Line | None]]:
    """For every line, the nearest line with text above it and below it (found once, so
    looking around stays linear on long articles)."""
    above: list[Line | None] = []
    nearest: Line | None = None
    for line in body:
        above.append(nearest)
        nearest = line if line.text else nearest
    below: list[Line | None] = []
    nearest = None
    for line in reversed(body):
        below.append(nearest)
        nearest = line if line.text else nearest
    return above, below[::-1]


def _numbered_heading(
    bullet: re.Match[str], item: str, above: Line | None, below: Line | None
) -> bool:
    """A numbered line standing alone ("1. De startfase – Forming") between paragraphs is a
    heading: no numbered line right above or below it, short, without a closing stop."""
    if not bullet.group("marker")[0].isdigit() or bullet.group("indent"):
        return False
    if len(item.split()) > HEADING_MAX_WORDS or item.endswith((".", ",", ";", ":")):
        return False
    if below is None:
        return False
    if (under := BULLET.match(below.raw)) and not _starts_anew(bullet, under):
        return False
    marker = BULLET.match(above.raw) if above else None
    return not (marker and marker["marker"][0].isdigit())


def _starts_anew(line: re.Match[str], below: re.Match[str]) -> bool:
    """Whether the list below a numbered line is another list: bullets, or numbers that do
    not follow on ("3. Hand over the outcome" over "1. What does done look like?")."""
    if below["indent"]:
        return False  # its own items, indented under it
    number, next_number = line["marker"].rstrip(".)"), below["marker"].rstrip(".)")
    if not next_number.isdigit():
        return True
    return number.isdigit() and int(next_number) <= int(number)


def _spoken(text: str, above: Line | None, below: Line | None) -> bool:
    """A line of dialogue ("Coach: (stilte)", "Manager: Hoe gaat het?"): a speaker's name or
    role and a colon, with another such line right above or below it, one of the two ending
    like something said. A transcript is text, however short its lines; "Tip 2: …" has a
    number and stays a heading, and a title above a heading of the same shape is no talk."""
    if not SPEAKER.match(text) or STEP.match(text):
        return False
    for other in (above, below):
        if other is not None and SPEAKER.match(other.text):
            said = (text, other.text)  # someone says something: one of them ends like it
            if any(line.endswith((*SENTENCE_END, ")")) for line in said):
                return True
    return False


def _continues(previous: str, text: str) -> bool:
    """A line that carries on the sentence above it (a hard-wrapped line) joins it."""
    return not previous.endswith(SENTENCE_END) and text[:1].islower()


def _is_heading(text: str, text_after: bool) -> bool:
    """A short line, starting with a capital, without a closing stop, with text after it."""
    if len(text.split()) > HEADING_MAX_WORDS or len(text) > 100:
        return False
    if STEP.match(text):
        return True  # "Stap 2: Je grens overbrengen." is a heading, full stop or not
    if text.endswith((".", ",", ";", ":", "!")) or not (text[0].isupper() or text[0].isdigit()):
        return False
    if text[-1:] in "’”\"»'" and text[-2:-1] in ".?!…":
        return False  # ends a quotation: "Ze stuurde terug: ‘Moet ik me zorgen maken?’"
    return text_after and not WEB_ADDRESS.search(text)
