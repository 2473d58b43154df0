"""Parts for every article: the sections a workshop follows, also where the author gave none.

Many blog posts have no headings, or one very long section: as they are, they give a deck of a
title and a closing slide, or one slide for everything. Such text is split into parts at its
topic shifts (where neighbouring paragraphs share the fewest content words), in groups of a
readable size, each titled with a short phrase in the article's own words: a short question
or lead-in of its own, a line the author set apart as a heading, else its most telling word.
A closing line ("Veel succes!") or a call to action at the end is no section of its own; its
text stays at the end of the part before it.
"""

from __future__ import annotations

import math
import re
from collections import Counter

from ..language import STOPWORDS, content_words, words
from ..model import (
    Article,
    Block,
    Image,
    ListBlock,
    Paragraph,
    Quote,
    Section,
    Table,
    block_texts,
    word_count,
)
from .faults import CALLS_TO_ACTION
from .sentences import capitalised, sentences

PART_WORDS = 180
"""About this many words a part, when a text is split."""
SPLIT_ABOVE = 650
"""A section with more words than this (and no subsections) is split into parts."""
SHORT_INTRO = 70
"""Words of a headingless article's opening kept as its intro."""
SIDE_MATTER = re.compile(
    r"(?i)^(bronnen|bronvermelding|literatuur|referenties|noten|voetnoten|sources|references|"
    r"bibliography|further reading|notes|footnotes|(over )?de auteur|over mij|"
    r"about (the author|me)|hulp nodig|need help|meer weten|want to know more|"
    r"(neem )?contact( opnemen)?|get in touch|lees ook|read (also|more)|related( posts)?)\b"
)
"""The title of what is about the article rather than in it (its sources, its author, an
offer of help): no part of the workshop; its text stays in the handout."""
CLOSING = re.compile(
    r"(?i)^(veel (succes|plezier|leesplezier)|succes( ermee)?|good luck|best of luck|"
    r"wishing you|tot (de volgende|ziens|snel)|bedankt voor|dank voor|thanks for|thank you for|"
    r"happy \w+ing|have fun|enjoy)"
)
"""The opening words of a closing line: good wishes, thanks."""
_TITLE_WORDS = (3, 12)
_POINTERS = frozenset("dit dat deze die hier daar this that these those here there it".split())


def parts(article: Article) -> tuple[tuple[Block, ...], tuple[Section, ...]]:
    """The article's intro and sections as the materials follow them."""
    language = article.language
    intro = article.intro
    sections = [Section(_title(s.title), s.level, s.blocks) for s in article.sections]
    if not sections:
        intro, sections = _split_intro(intro, language)
    else:
        sections = [
            part for section in sections for part in _split_long(section, sections, language)
        ]
    intro, sections = _pictures_with_their_part(article.title, intro, sections, language)
    return intro, tuple(_without_closings(sections))


def _pictures_with_their_part(
    title: str, intro: tuple[Block, ...], sections: list[Section], language: str
) -> tuple[tuple[Block, ...], list[Section]]:
    """A picture that ends a part but whose alt text names the next part's title goes to
    that part: the author put it on the line above the heading ("![vrije weekplanning]"
    then "Lijst 2: Vrije weekplanning"), not at the end of the text before."""
    titles = [title] + [section.title for section in sections]
    bodies = [intro] + [section.blocks for section in sections]
    for at in range(len(bodies) - 1):
        moved: list[Block] = []
        while bodies[at] and isinstance(last := bodies[at][-1], Image):
            own = _shared_words(last.alt, titles[at], language)
            if _shared_words(last.alt, titles[at + 1], language) <= own:
                break
            moved.insert(0, last)
            bodies[at] = bodies[at][:-1]
        bodies[at + 1] = (*moved, *bodies[at + 1])
    paired = zip(sections, bodies[1:], strict=True)
    sections = [Section(section.title, section.level, body) for section, body in paired]
    return bodies[0], sections


def _shared_words(alt: str, title: str, language: str) -> int:
    """Content words `alt` and `title` share; "Cluster-planning" is "Clusterplanning"."""
    alt_words = set(content_words(alt.replace("-", ""), language))
    return len(alt_words & set(content_words(title.replace("-", ""), language)))


def _title(text: str) -> str:
    """A heading as a title: without the colon that led into its text ("Opdrachten:")."""
    return text.rstrip().removesuffix(":").rstrip() or text


def closing_line(text: str) -> bool:
    """Whether `text` is a closing line or a call to action rather than content."""
    return bool(CLOSING.match(text.strip(" “\"'")) or CALLS_TO_ACTION.search(text))


def _split_intro(
    blocks: tuple[Block, ...], language: str
) -> tuple[tuple[Block, ...], list[Section]]:
    """A headingless article: its opening paragraphs (up to SHORT_INTRO words, two at most)
    stay the intro, the rest becomes parts."""
    opening = counted = paragraphs = 0
    for index, block in enumerate(blocks):
        if isinstance(block, ListBlock | Table | Quote) or _is_heading_line(block):
            break
        opening = index + 1
        if isinstance(block, Paragraph):
            counted += len(block.text.split())
            paragraphs += 1
            if counted >= SHORT_INTRO or paragraphs >= 2:
                break
    intro, rest = blocks[:opening], blocks[opening:]
    if not word_count(rest):
        return blocks, []
    return intro, [Section(title, 1, part) for title, part in _split(rest, language)]


def _split_long(section: Section, sections: list[Section], language: str) -> list[Section]:
    """A long main section without subsections: its first part under its own title, the
    others as subsections titled by their phrase."""
    index = sections.index(section)
    has_subsections = index + 1 < len(sections) and sections[index + 1].level > section.level
    if section.level != 1 or has_subsections or word_count(section.blocks) <= SPLIT_ABOVE:
        return [section]
    pieces = _split(section.blocks, language)
    first, *others = pieces
    return [Section(section.title, 1, first[1])] + [Section(t, 2, b) for t, b in others]


def _split(blocks: tuple[Block, ...], language: str) -> list[tuple[str, tuple[Block, ...]]]:
    """The blocks as titled parts: at the lines the author set apart as headings when there
    are any, else at topic shifts (a list or table stays with the paragraph before it)."""
    units = _units(blocks)
    marked = [i for i, unit in enumerate(units) if _is_heading_line(unit[0])]
    if marked:
        cuts = sorted({0, *marked})
        groups = [units[a:b] for a, b in zip(cuts, [*cuts[1:], len(units)], strict=True)]
        found: list[tuple[str, tuple[Block, ...]]] = []
        for group in groups:
            head = group[0][0]
            flat = tuple(b for unit in group for b in unit)
            if _is_heading_line(head) and word_count(flat[1:]):
                found.append((_heading_text(head), flat[1:]))
            elif found:  # a heading line with no text under it stays text, where it was
                found[-1] = (found[-1][0], found[-1][1] + flat)
            else:
                found.append(("", flat))
        return _titled(found, language)
    total = sum(word_count(unit) for unit in units)
    count = max(1, min(6, round(total / PART_WORDS)))
    cuts = _topic_cuts(units, count, language)
    groups = [units[a:b] for a, b in zip([0, *cuts], [*cuts, len(units)], strict=True)]
    return _titled([("", tuple(b for unit in group for b in unit)) for group in groups], language)


def _units(blocks: tuple[Block, ...]) -> list[tuple[Block, ...]]:
    """Blocks that belong together: a list or table with the paragraph leading into it, a
    picture or quote with the text before it."""
    units: list[list[Block]] = []
    for block in blocks:
        leads_in = units and isinstance(units[-1][-1], Paragraph)
        attached = isinstance(block, Image | Quote) or (
            isinstance(block, ListBlock | Table) and leads_in
        )
        if units and attached and not _is_heading_line(block):
            units[-1].append(block)
        else:
            units.append([block])
    return [tuple(unit) for unit in units]


def _topic_cuts(units: list[tuple[Block, ...]], count: int, language: str) -> list[int]:
    """Where to cut `units` into `count` parts: each part within 60 to 140 % of an equal
    share, at the place where the text on either side shares the fewest content words."""
    if count <= 1 or len(units) < 2:
        return []
    sizes = [word_count(unit) for unit in units]
    target = sum(sizes) / count
    bags = [_bag(unit, language) for unit in units]
    cuts: list[int] = []
    start = 0
    while len(cuts) < count - 1:
        candidates, size = [], 0
        for index in range(start + 1, len(units)):
            size += sizes[index - 1]
            if size < 0.6 * target:
                continue
            if (size > 1.4 * target and candidates) or sum(sizes[index:]) < 0.4 * target:
                break
            candidates.append(index)
        if not candidates:
            break
        begin = start
        start = min(
            candidates,
            key=lambda i: (round(_similarity(bags, i), 3), abs(sum(sizes[begin:i]) - target)),
        )
        cuts.append(start)
    return cuts


def _similarity(bags: list[Counter[str]], at: int) -> float:
    before = sum(bags[max(0, at - 2) : at], Counter())
    after = sum(bags[at : at + 2], Counter())
    shared = sum((before & after).values())
    return shared / math.sqrt((sum(before.values()) or 1) * (sum(after.values()) or 1))


def _titled(
    found: list[tuple[str, tuple[Block, ...]]], language: str
) -> list[tuple[str, tuple[Block, ...]]]:
    """Each part with its title: the author's, else a short question or lead-in of its own,
    else its most telling word (the one it has most of, against the other parts)."""
    bags = [_bag(blocks, language) for _, blocks in found]
    spread: Counter[str] = Counter(word for bag in bags for word in bag)
    titled: list[tuple[str, tuple[Block, ...]]] = []
    taken = {title for title, _ in found if title}
    for (title, blocks), bag in zip(found, bags, strict=True):
        if not title:
            own = _own_line(blocks, language)
            if not own or own in taken:
                found_nouns = nouns(block_texts(blocks), language)
                own = _telling_word(bag, spread, len(bags), taken, found_nouns)
            title = own
            taken.add(title)
        titled.append((title, blocks))
    return titled


def _own_line(blocks: tuple[Block, ...], language: str) -> str:
    """A short question or lead-in ("Wanneer is iets goed genoeg?") from the part's first
    paragraphs, to title it."""
    for block in blocks[:3]:
        if not isinstance(block, Paragraph):
            continue
        for sentence in sentences(block.text, language):
            count = len(sentence.split())
            pointing = set(words(sentence)) & _POINTERS
            fits = _TITLE_WORDS[0] <= count <= _TITLE_WORDS[1] and sentence.endswith(("?", ":"))
            if fits and not pointing and sentence[:1].isupper():
                return sentence.rstrip(":").strip()
    return ""


def _telling_word(
    bag: Counter[str], spread: Counter[str], parts: int, taken: set[str], nouns: Counter[str]
) -> str:
    """The word this part has most of, against the other parts, that titles no other part;
    a word the text puts after an article ("de", "het", "the"), a noun, before others."""
    scored = {
        word: count * math.log(1 + parts / spread[word]) * (1 + nouns[word])
        for word, count in bag.items()
        if len(word) > 3 and word not in _NUMBERS and capitalised(word) not in taken
    }
    if not scored:
        return "…"
    return capitalised(max(sorted(scored), key=lambda w: scored[w]))


_ARTICLES = frozenset("de een deze jouw onze the a an this these your our".split())
"""Words before a noun ("het" is left out: it is as often a pronoun, "het gaat")."""
_NUMBERS = frozenset(
    "twee drie vier vijf zes zeven acht negen tien eerste tweede derde two three four five "
    "six seven eight nine ten first second third".split()
)


def nouns(texts: list[str], language: str) -> Counter[str]:
    """How often each word stands after an article and before a stop or a function word
    ("het doel is", "de taak."): evidence that it is a noun, not an adjective before one."""
    stop = STOPWORDS.get(language, frozenset())
    found: Counter[str] = Counter()
    for text in texts:
        tokens = re.findall(r"[^\W\d_]+|[^\w\s]", text.lower())
        for before, word, after in zip(tokens, tokens[1:], [*tokens[2:], "."], strict=False):
            noun_like = word.isalpha() and word not in _NUMBERS
            if before in _ARTICLES and noun_like and (not after.isalpha() or after in stop):
                found[word] += 1
    return found


def _without_closings(sections: list[Section]) -> list[Section]:
    """Closing lines, calls to action, sources and bios are no sections (nor a last section
    that only sells): their text goes to the end of the section before them."""
    kept: list[Section] = []
    for number, section in enumerate(sections):
        last = number == len(sections) - 1
        texts = [b.text for b in section.blocks if isinstance(b, Paragraph | Quote)]
        short = word_count(section.blocks) <= 25 and all(
            isinstance(b, Paragraph) for b in section.blocks
        )
        references = bool(SIDE_MATTER.match(section.title.strip(" 💡")))
        closing = short and closing_line(section.title) and all(map(closing_line, texts))
        selling = last and bool(texts) and all(CALLS_TO_ACTION.search(text) for text in texts)
        if kept and (closing or references or selling):
            previous = kept[-1]
            moved = (Paragraph(section.title), *section.blocks)
            kept[-1] = Section(previous.title, previous.level, previous.blocks + moved)
        else:
            kept.append(section)
    return kept


def _is_heading_line(block: Block) -> bool:
    """A line the author set apart like a heading: a list of one short item, or a short
    paragraph of its own, without a closing stop or a colon leading into what follows (a
    question of ten words at most)."""
    if isinstance(block, ListBlock) and len(block.items) == 1:
        line = block.items[0].strip()
    elif isinstance(block, Paragraph):
        line = block.text.strip()
        if line.endswith("?"):
            return 2 <= len(line.split()) <= 10 and line.count("?") == 1 and len(line) <= 100
    else:
        return False
    short = 1 <= len(line.split()) <= 8 and len(line) <= 80
    return short and not line.endswith((".", ",", ";", ":", "!", "…"))


def _heading_text(block: Block) -> str:
    if isinstance(block, ListBlock):
        return block.items[0].strip().rstrip(":")
    return block.text.strip().rstrip(":") if isinstance(block, Paragraph) else ""


def _bag(blocks: tuple[Block, ...], language: str) -> Counter[str]:
    return Counter(content_words(" ".join(block_texts(blocks)), language))
