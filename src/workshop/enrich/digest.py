"""The article as layout templates see it: the model plus what enrichment adds to it.

Everything here is derived from the article by pure functions, once, before any template
runs; templates only choose what to show. The article is first given parts where it lacks
them (`structure.py`); then each section gets its slide bullets, speaker notes, exercise and
tick-box tables, and each main section (with its subsections: a group) its working elements
for the handout, its questions and whether the deck asks the group one after it.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, replace

from ..language import words
from ..marks import joined
from ..model import Article, Block, ListBlock, Paragraph, Quote, Table, block_texts, word_count
from .bullets import LONGEST, MAX_LISTED, Bullet, select, term_weights
from .exercises import Exercise, exercise_in
from .questions import ANY_SECTION, TERMED, Question, key_term, kind_of, own_questions
from .sentences import sentences
from .structure import parts

WORDS_PER_MINUTE = 200
MAX_KEY_POINTS = 5
"""Key points in a handout box at most."""
BOX_MIN_WORDS = 60
"""A group with fewer words needs no key-point box."""
SLIDES_PER_QUESTION = 3
"""The deck asks the group a question after at most every this many content slides."""
BULLETS_PER_SLIDE = 6
MAX_STATEMENT_WORDS = 40
_READER = {"nl": frozenset("je jij jou jouw u uw".split()), "en": frozenset("you your".split())}
_CHOOSE = re.compile(
    r"(?i)\b(omcirkel|kies|vink|kruis|selecteer|circle|choose|pick|tick|select|mark)\b"
)


@dataclass(frozen=True)
class Working:
    """What follows a group in the handout: its key points (none for a short group or one
    whose points are the list just above), its questions, and the deck's question slide."""

    key_points: tuple[str, ...]
    questions: tuple[Question, ...]
    """The questions the handout asks after the group, in order (the first is the one the
    deck asks): its own or one written for it, one without a term when there is only one, and
    after the last group a question for the group."""
    ask: bool
    """Whether the deck asks the group the first question after this group."""


@dataclass(frozen=True)
class SectionDigest:
    """A section with what the templates show of it.

    `bullets` are its slide's bullets; `notes` its speaker notes (the sentences behind the
    bullets first, then the rest of its text); `exercise` what it asks the reader to do, if
    anything; `choices` the positions in `blocks` of tables that are options to tick;
    `working` is set on the last section of a group (a main section and its subsections).
    """

    title: str
    level: int
    blocks: tuple[Block, ...]
    bullets: tuple[str, ...]
    notes: tuple[str, ...]
    exercise: Exercise | None = None
    choices: tuple[int, ...] = ()
    working: Working | None = None
    summary: tuple[str, ...] = ()
    """The bullets that come from its running text, not from a list: what the key points of
    the handout are chosen from (a list is printed in the handout already)."""
    statements: tuple[str, ...] = ()
    """Its quotes that are quotations (someone's words, short), each for a slide of its own;
    a passage set apart that addresses the reader or instructs is not one."""
    slides: tuple[tuple[str, ...], ...] = ()
    """Its bullets as slides: BULLETS_PER_SLIDE at most on each, spread evenly (eight give
    four and four, not six and two); a slide of the outline's is kept as it is written."""

    @property
    def key_points(self) -> tuple[str, ...]:
        """The slide's bullets (the name templates of earlier layouts use)."""
        return self.bullets


@dataclass(frozen=True)
class ArticleDigest:
    """The article plus its sections' digests and its reading time in whole minutes (>= 1).

    `intro` is the article's opening as the materials use it (a headingless article's first
    paragraphs; the rest became sections); `review` lists what needs a human look.
    """

    article: Article
    intro_notes: tuple[str, ...]
    sections: tuple[SectionDigest, ...]
    reading_minutes: int
    intro_key_points: tuple[str, ...] = ()
    """The intro's key points: what an article without sections sums up to."""
    intro: tuple[Block, ...] = ()
    review: tuple[str, ...] = ()


def digest(article: Article) -> ArticleDigest:
    """Enrich `article` for the templates."""
    language = article.language
    intro, sections = parts(article)
    common = Counter(
        word for section in sections for word in set(words(" ".join(block_texts(section.blocks))))
    )
    built: list[SectionDigest] = []
    review: list[str] = []
    for section in sections:
        exercise = exercise_in(section.title, section.blocks, language)
        blocks = _without_steps(section.blocks, exercise)
        chosen = select(section.title, blocks, language, common, article.author)
        review += _review(section.title, blocks, chosen, exercise, language)
        built.append(
            SectionDigest(
                title=section.title,
                level=section.level,
                blocks=section.blocks,
                bullets=tuple(b.text for b in chosen),
                slides=bullet_slides(tuple(b.text for b in chosen)),
                notes=_notes(chosen, section.blocks),
                exercise=exercise,
                choices=_choices(section.blocks),
                statements=_statements(section.blocks, language, chosen),
                summary=_summary(section.title, blocks, language, common, article.author),
            )
        )
    all_blocks = intro + tuple(b for section in sections for b in section.blocks)
    return ArticleDigest(
        article=article,
        intro_notes=notes_text(intro),
        sections=tuple(_with_working(built, language, common)),
        reading_minutes=max(1, math.ceil(word_count(all_blocks) / WORDS_PER_MINUTE)),
        intro_key_points=tuple(b.text for b in select(article.title, intro, language))
        if intro and not sections
        else (),
        intro=intro,
        review=tuple(review),
    )


def _summary(
    title: str, blocks: tuple[Block, ...], language: str, common: Counter[str], author: str | None
) -> tuple[str, ...]:
    """The best sentences of the running text, leaving its lists aside (the handout prints
    them): what the key points are chosen from."""
    prose = tuple(block for block in blocks if not isinstance(block, ListBlock | Table))
    return tuple(b.text for b in select(title, prose, language, common, author))


def _review(
    title: str,
    blocks: tuple[Block, ...],
    chosen: tuple[Bullet, ...],
    exercise: Exercise | None,
    language: str,
) -> list[str]:
    """What a trainer should look at in a section: no usable sentence, a slide of one bullet
    where sentences were too long to use, a list longer than its slides show."""
    lines = []
    if not chosen and block_texts(blocks) and not exercise:
        lines.append(f"{title}: no sentence short and whole enough for a slide")
    prose = [b.text for b in blocks if isinstance(b, Paragraph)]
    long = sum(1 for t in prose for x in sentences(t, language) if len(x.split()) > LONGEST)
    if long and len(chosen) <= 1:
        what = "sentence" if long == 1 else "sentences"
        lines.append(f"{title}: {long} {what} too long for a slide (in the speaker notes)")
    for block in blocks:
        if isinstance(block, ListBlock) and len(block.items) > MAX_LISTED:
            lines.append(
                f"{title}: a list of {len(block.items)} items; the slides show the first "
                f"{MAX_LISTED} (all are in the handout and the notes)"
            )
    return lines


def bullet_slides(bullets: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """`bullets` over as few slides as hold BULLETS_PER_SLIDE each, the first slides taking
    one more where they do not divide evenly."""
    count = math.ceil(len(bullets) / BULLETS_PER_SLIDE)
    slides, start = [], 0
    for index in range(count):
        size = len(bullets) // count + (index < len(bullets) % count)
        slides.append(bullets[start : start + size])
        start += size
    return tuple(slides)


def notes_text(blocks: tuple[Block, ...]) -> tuple[str, ...]:
    """The full text of `blocks`, one string per paragraph, quote or list item."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            lines.extend(joined(["•", item]) for item in block.items)
        elif isinstance(block, Table):
            lines.extend(" · ".join(cell for cell in row if cell) for row in block.rows)
        elif isinstance(block, Paragraph | Quote):
            lines.append(block.text)
    return tuple(lines)


def _notes(chosen: tuple[Bullet, ...], blocks: tuple[Block, ...]) -> tuple[str, ...]:
    """The sentences behind the bullets (what to say to each), then the rest of the text."""
    behind = [bullet.source for bullet in chosen if bullet.source != bullet.text]
    said = {str(line) for line in behind}
    rest = [
        line
        for line in notes_text(blocks)
        if str(line) not in said and str(line).removeprefix("• ") not in said  # a list's item
    ]
    return tuple(dict.fromkeys([*behind, *rest]))


def _without_steps(blocks: tuple[Block, ...], exercise: Exercise | None) -> tuple[Block, ...]:
    """The blocks without the exercise's steps: they get a slide of their own."""
    if exercise is None:
        return blocks
    steps = set(exercise.sources)
    kept: list[Block] = []
    for block in blocks:
        if isinstance(block, ListBlock) and steps & set(block.items):
            continue
        if isinstance(block, Paragraph) and block.text in steps:
            continue
        kept.append(block)
    return tuple(kept)


def _statements(
    blocks: tuple[Block, ...], language: str, chosen: tuple[Bullet, ...]
) -> tuple[str, ...]:
    """The quotations for statement slides; not one whose sentences are the bullets already."""
    sources = {bullet.source for bullet in chosen}
    found = []
    for block in blocks:
        if not isinstance(block, Quote) or len(block.text.split()) > MAX_STATEMENT_WORDS:
            continue
        if any(source in block.text for source in sources):
            continue
        quoted = block.text.lstrip()[:1] in "“\"‘„«'"
        addressed = set(words(block.text)) & _READER.get(language, frozenset())
        if quoted or not addressed:
            found.append(block.text)
    return tuple(found)


def _choices(blocks: tuple[Block, ...]) -> tuple[int, ...]:
    """Tables of short options the text asks to choose from ("Omcirkel de vijf …"): tick
    boxes in the handout."""
    found = []
    asked = ""
    for index, block in enumerate(blocks):
        if isinstance(block, Paragraph | ListBlock):
            asked = " ".join(block_texts((block,)))
        if isinstance(block, Table) and not block.header:
            counts = [len(cell.split()) for cell in block.cells]
            short = bool(counts) and max(counts) <= 8 and sum(counts) / len(counts) <= 4
            if short and _CHOOSE.search(asked):
                found.append(index)
    return tuple(found)


def _with_working(
    sections: list[SectionDigest], language: str, common: Counter[str]
) -> list[SectionDigest]:
    """The working elements after each group, and a question slide for the group after at
    most every SLIDES_PER_QUESTION content slides, each question worded differently."""
    groups: list[list[int]] = []
    for index, section in enumerate(sections):
        if section.level <= 1 or not groups:
            groups.append([index])
        else:
            groups[-1].append(index)
    used: set[tuple[str, str]] = set()
    slides_since = 0
    result = list(sections)
    for number, group in enumerate(groups, start=1):
        members = [sections[i] for i in group]
        blocks = tuple(b for member in members for b in member.blocks)
        slides_since += sum(_content_slides(member) for member in members)
        ask = slides_since >= SLIDES_PER_QUESTION
        if ask:
            slides_since -= SLIDES_PER_QUESTION
        questions = _questions(members[0].title, blocks, language, common, used if ask else None)
        shown = questions[:2]
        if len(shown) < 2 and Question("reflect", "") not in shown:
            shown += (Question("reflect", ""),)
        if number == len(groups):
            shown += (Question("group", ""),)
        working = Working(_key_points(members), shown, ask)
        last = group[-1]
        result[last] = replace(result[last], working=working)
    return result


def _content_slides(section: SectionDigest) -> int:
    """The section's slides of bullets. An exercise or a table slide does not count: the
    group is already at work there, and its notes carry a debrief question of their own."""
    return math.ceil(len(section.bullets) / BULLETS_PER_SLIDE)


def _key_points(members: list[SectionDigest]) -> tuple[str, ...]:
    """At most MAX_KEY_POINTS of the group's bullets that come from its running text: never
    a list's items, which the handout prints already (the box holds what the list does not,
    or is left out); none for a short group."""
    if sum(word_count(member.blocks) for member in members) < BOX_MIN_WORDS:
        return ()
    points = [p for member in members for p in member.summary]
    return tuple(dict.fromkeys(points))[:MAX_KEY_POINTS]


def _questions(
    title: str,
    blocks: tuple[Block, ...],
    language: str,
    common: Counter[str],
    used: set[tuple[str, str]] | None,
) -> tuple[Question, ...]:
    """The group's own questions to its reader first, then one written for its kind and
    key term; for a question the deck asks (`used` the kinds asked before), in a wording not
    asked before where there is one."""
    own = [Question("own", q) for q in own_questions(blocks, language)][:2]
    weights = term_weights(title, block_texts(blocks), language, common)
    text = " ".join(block_texts(blocks))
    term = key_term(title, weights, language, text)
    preferred = kind_of(title, blocks, language)
    if not term and preferred in TERMED:  # no noun to be sure of: a question without one
        preferred = "reflect"
    kind = preferred
    if used is not None and not own:  # the deck asks it: a wording not asked before
        taken = {asked for asked, _ in used}
        fitting = [k for k in (preferred, *ANY_SECTION) if term or k not in TERMED]
        kind = next((k for k in fitting if k not in taken), preferred)
        used.add((kind, term))
    return (*own, Question(kind, term))
