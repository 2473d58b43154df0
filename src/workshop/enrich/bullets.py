"""Slide bullets: the sentences of a section a facilitator can show as they come out.

Chosen for what the section is about, not for coming first: each candidate sentence is scored
by how central it is (how much it shares with the section's other sentences) and how many of
the section's key terms it holds. Then it is made to stand on its own in the author's own
words, shortened but never rewritten: leading connectives ("En", "Maar", "Bijvoorbeeld") and
English lead-in clauses ("Research shows that …") are taken off, brackets and their contents
removed, and what still leans on its context (a pointer word, a lead-in ending in ":", a
question, a call to action, a bio) is not used. A list gives parallel bullets, one per item.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..language import content_words, words
from ..model import Block, ListBlock, Paragraph, Quote, Table
from .faults import SPOKEN, balanced_brackets, faults
from .sentences import capitalised, sentences

MAX_PROSE = 5
"""Bullets a section's running text gives at most."""
MAX_LISTED = 12
"""Bullets a list gives at most (two slides); the rest stays in the notes."""
TARGET_WORDS = 15
"""A bullet of more words than this is less wanted; a list item longer than this is shown by
its term or first sentence."""
LONGEST = 20
"""A bullet longer than this is not used at all."""
SHORTEST = 3

_CONJUNCTIONS = {
    "nl": frozenset("en maar want of".split()),
    "en": frozenset("and but or so".split()),
}
"""Conjunctions that open a sentence to join it to the one before; the sentence after them
stands whole."""
_REMOVABLE = {
    "nl": "en maar dus ook want toch immers kortom bovendien daarnaast verder echter vervolgens "
    "tenslotte eerst of".split(),
    "en": "and but so also then however therefore plus besides moreover furthermore finally "
    "or yet still first".split(),
}
"""Opening words that only join a sentence to the one before: taken off."""
_LEADING = {
    "nl": (
        "in zekere zin",
        "met andere woorden",
        "bijvoorbeeld",
        "al met al",
        "ten eerste",
        "ten tweede",
        "ten slotte",
        "tot slot",
        "aan de andere kant",
    ),
    "en": (
        "for example",
        "for instance",
        "in fact",
        "in other words",
        "in short",
        "after all",
        "first of all",
        "on the other hand",
        "to sum up",
    ),
}
_LEAD_IN = {
    "nl": re.compile(r"(?!)"),  # in Dutch what follows "dat" puts its verb last
    "en": re.compile(
        r"(?i)^(?:you|we|i|one) (?:can|could|may|might) (?:say|argue|conclude) that "
        r"|^it is (?:clear|true|obvious) that |^research (?:shows|suggests) that "
    ),
}
"""Lead-in clauses whose rest is the point: "Research shows that X" gives "X". Not in
Dutch: "Je kan stellen dat X" gives an X with its verb at the end, which reads broken."""
_MARKER = re.compile(r"^(?:[a-zA-Z]|\d{1,2})[.)]\s+(?=\S)")
_BRACKETS = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])")
_DASHED = re.compile(r"\s[–—]\s[^–—]{1,60}?\s[–—]\s")
"""A remark between two dashes ("the thinking — and networking — power"): taken out."""
_POINTING = {
    "nl": frozenset("dit deze hier toen hiervan hierover hiermee hierin hierbij daarvoor".split()),
    "en": frozenset("this these those here".split()),
}
_THERE = {"nl": re.compile(r"(?i)(?<!,\s)\bdaar\b"), "en": re.compile(r"(?!)")}
"""Dutch "daar" points back, unless it takes up what the sentence said before its comma
("…, daar kun je op aan")."""
_BACK = {
    "nl": frozenset("hij zij ze haar hun hen hem".split()),
    "en": frozenset("he she his her they their them it its".split()),
}
_AUTHOR = {"nl": frozenset("we wij".split()), "en": frozenset("we our".split())}
_ANNOUNCING = {
    "nl": re.compile(
        r"(?i)\b(volgende|onderstaande|hieronder|als volgt|(het|de) (eerste|tweede|derde|laatste)|"
        r"die vraag|dat voorbeeld)\b|^wat een\b"
    ),
    "en": re.compile(
        r"(?i)\b(the following|as follows|below|an example would be|the (first|second|latter|"
        r"former)|that question)\b"
    ),
}
_IT = {
    "nl": re.compile(r"(?i)^(\w+,\s+)?het\b"),
    "en": re.compile(r"(?i)^(\w+,\s+)?it\b"),
}
_IT_EXPLAINED = {
    "nl": re.compile(r"(?i)^het (is|was|lijkt|blijkt|wordt|kan|helpt)\b.*\b(om|dat|als)\b"),
    "en": re.compile(r"(?i)^it (is|was|seems|helps|takes|can)\b.*\b(to|that|when|if)\b"),
}
"""A sentence whose subject "het"/"it" is what it goes on to say ("Het is goed om …")."""
_SAID_BEFORE_WORDS = {
    "nl": r"\bzoals (we|ik|je) [^,.]*?\b(zagen|zag|gezien|zeiden|zei|gezegd|besproken|"
    r"beschreven|noemden|genoemd)\b|\b(zoals|eerder) (al )?(gezegd|genoemd|besproken)\b",
    "en": r"\bas (we|i|you) [^,.]*?\b(saw|seen|said|discussed|described|mentioned)\b|"
    r"\bas (mentioned|discussed|described|said)( (earlier|above|before))?\b",
}
_SAID_BEFORE = {language: re.compile(words, re.I) for language, words in _SAID_BEFORE_WORDS.items()}
"""A reference back to the text ("zoals we bij de voorbeelden al zagen"): on a slide there
is no before."""
_SAID_BEFORE_AT_END = {
    language: re.compile(r",\s*(?:" + words + r")[^,.]*(?=[.!]?$)", re.I)
    for language, words in _SAID_BEFORE_WORDS.items()
}
"""The same reference as the sentence's last clause: taken off, the sentence stands."""
_TERM_END = re.compile(r"\s*[:–—]\s+|\s+-\s+")
"""Where a list item's term ends and its explanation begins."""
_INNER_CONNECTIVE = {
    "nl": re.compile(r"(?i)(?<=\w) (dus|echter)\b(?! [,.])(?=\s)"),
    "en": re.compile(r"(?i), (however|therefore),(?=\s)"),
}
"""Words inside a sentence that tie it to the one before ("Managers spelen dus een sleutelrol",
"This, however, is rare"): taken out, the sentence reads the same on its own."""
_FIRST_PERSON = {
    "nl": frozenset("ik mij me mijn m'n".split()),
    "en": frozenset("i me my mine".split()),
}


@dataclass(frozen=True)
class Bullet:
    """A bullet as shown, the sentence or list item it comes from (for the speaker notes),
    and whether it comes from a list."""

    text: str
    source: str
    listed: bool = False


def select(
    title: str,
    blocks: tuple[Block, ...],
    language: str,
    common: Counter[str] | None = None,
    author: str | None = None,
) -> tuple[Bullet, ...]:
    """The section's bullets in the order of the text: every item of its lists (up to
    MAX_LISTED), with its best prose sentences (up to MAX_PROSE, fewer when it has a list).

    `common` counts in how many sections of the article each word occurs: a word every
    section has says little about this one. A paragraph that names the `author` is about
    the author (a bio), not the subject: none of its sentences is used.
    """
    language = language if language in _REMOVABLE else "en"
    prose, listed = _candidates(_without_bio(blocks, author), language)
    weights = term_weights(title, [s for _, s in prose] + [i for _, i in listed], language, common)
    chosen: list[tuple[int, Bullet]] = []
    asked = _asked(blocks)
    for position, item in listed[:MAX_LISTED]:
        bullet = asked_bullet(item) if item in asked else list_bullet(item, language, weights)
        if bullet:
            chosen.append((position, Bullet(bullet, item, True)))
    room = MAX_PROSE if len(chosen) < 2 else max(0, 4 - len(chosen))
    cleaned = [(p, s, c) for p, s in prose if (c := clean(s, language, weights))]
    if not cleaned and not chosen and _speaks_throughout(prose, language):
        cleaned = [(p, s, c) for p, s in prose if (c := clean(s, language, weights, author=True))]
    wanted = min(room, max(1, math.ceil(len(cleaned) / 2))) if cleaned else 0
    ranked = _ranked(cleaned, weights, language)
    chosen += [(p, Bullet(c, s)) for p, s, c in ranked[:wanted]]
    chosen.sort(key=lambda pair: pair[0])
    return tuple(bullet for _, bullet in chosen)


def _asked(blocks: tuple[Block, ...]) -> set[str]:
    """The items of lists that are all questions: questions to ask (a coach's, a manager's),
    the section's content rather than the writer asking the reader."""
    return {
        item
        for block in blocks
        if isinstance(block, ListBlock)
        and len(block.items) >= 2
        and all(item.rstrip(_CLOSING_MARKS).endswith("?") for item in block.items)
        for item in block.items
    }


_CLOSING_MARKS = " \"”’'»)"


def asked_bullet(item: str) -> str | None:
    """A question of a list of questions, as it is (not when too long for a slide)."""
    text = capitalised(_MARKER.sub("", item.strip()))
    if not balanced_brackets(text) or not SHORTEST <= len(text.split()) <= LONGEST:
        return None
    return text


def _is_wordlike(character: str) -> bool:
    """A letter or a sign read as a word ("≠", "+"); numbers alone ("56, 183") are not."""
    return character.isalpha() or unicodedata.category(character) == "Sm"


def _speaks_throughout(prose: list[tuple[int, str]], language: str) -> bool:
    """Whether the author speaks in most of the sentences (an interview, a diary):
    then lines in the first person are the content, not remarks about the text."""
    speaking = sum(1 for _, text in prose if "the author speaking" in weak(text, language))
    return bool(prose) and 2 * speaking > len(prose)


def _without_bio(blocks: tuple[Block, ...], author: str | None) -> tuple[Block, ...]:
    names = [
        part for part in re.split(r"[\s,&]+", author or "") if len(part) > 2 and part[0].isupper()
    ]
    if not names:
        return blocks
    named = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
    return tuple(b for b in blocks if not (isinstance(b, Paragraph) and named.search(b.text)))


def _candidates(
    blocks: tuple[Block, ...], language: str
) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(position, sentence) of the running text and (position, item) of the lists. Quotes
    count only in a section that is nothing else (they have slides of their own)."""
    prose: list[tuple[int, str]] = []
    listed: list[tuple[int, str]] = []
    quoted: list[tuple[int, str]] = []
    position = 0
    for block in blocks:
        if isinstance(block, ListBlock):
            for item in block.items:
                listed.append((position, item))
                position += 1
        elif isinstance(block, Paragraph | Quote):
            target = quoted if isinstance(block, Quote) else prose
            for sentence in sentences(block.text, language):
                target.append((position, sentence))
                position += 1
        elif isinstance(block, Table):
            position += 1  # a table is shown as a table
    return (prose or (quoted if not listed else [])), listed


def clean(
    sentence: str,
    language: str,
    weights: dict[str, float] | None = None,
    item: bool = False,
    author: bool = False,
) -> str | None:
    """`sentence` made to stand on its own, or None when it cannot be without rewriting it.

    A sentence is never cut inside: what is left of a cut sentence leans on what was cut. A
    sentence (not a list `item`) that starts in lower case continues another: not used. With
    `author` a sentence in which the author speaks is allowed (a text that is all that).
    """
    text = _MARKER.sub("", sentence.strip())
    if not balanced_brackets(text):
        return None
    if not item and text[:1].islower():
        return None
    text = _BRACKETS.sub("", text).strip()
    text = _DASHED.sub(" ", text)
    for _ in range(3):  # "En bijvoorbeeld, …": opening words come off one by one
        before = text
        text = drop_opening(text, language)
        if text == before:
            break
    text = _LEAD_IN[language].sub("", text).strip()
    if not item:  # "Opbreken dus weer!": in a terse list item the word carries the point
        text = _INNER_CONNECTIVE[language].sub("", text)
    text = _SAID_BEFORE_AT_END[language].sub("", text)
    text = capitalised(text.strip(" ,;"))
    if not text:
        return None
    if faults(text, language) or weak(text, language):
        text = _after_lead_in(text, language) or text
    count = sum(1 for word in text.split() if any(_is_wordlike(c) for c in word))
    shortest = SHORTEST if item else SHORTEST + 1
    if count < shortest or count > LONGEST or faults(text, language):
        return None
    weakness = [w for w in weak(text, language) if not (author and w == "the author speaking")]
    if not item and SPOKEN.match(text):
        weakness.append("words said, without who says them and when")
    if item:  # a list item may tell a story, but not point or lead on to what is not there
        weakness = [w for w in weakness if w in LEANING]
    return None if weakness else text


LEANING = ("points at what is not on the slide", "announces what follows")
"""The weaknesses a list item may not have either."""


def weak(text: str, language: str) -> list[str]:
    """What makes a sentence that has no fault still weak on a slide: a word pointing at
    what is not on it ("dit", "hier", "this"), a person the text spoke of before ("Hij",
    "She"), the author speaking ("ik", "I", "We …"), or an announcement of what follows."""
    said = words(text)
    found = []
    pointing = set(said) & _POINTING[language]
    if pointing or _THERE[language].search(text) or _SAID_BEFORE[language].search(text):
        found.append("points at what is not on the slide")
    if said and said[0] in _BACK[language]:
        found.append("a person spoken of before")
    if set(said) & _FIRST_PERSON[language] or (said and said[0] in _AUTHOR[language]):
        found.append("the author speaking")
    if _ANNOUNCING[language].search(text):
        found.append("announces what follows")
    if _IT[language].match(text) and not _IT_EXPLAINED[language].match(text):
        found.append("'it' points back")
    return found


def _after_lead_in(text: str, language: str) -> str | None:
    """What follows a lead-in and its colon ("Dan ben je er als leidinggevende: een
    medewerker die …, daar kun je op aan."), when that stands on its own."""
    head, colon, rest = text.partition(": ")
    if not colon or len(rest.split()) < 5 or len(head.split()) > 10:
        return None
    rest = capitalised(rest)
    return None if faults(rest, language) or weak(rest, language) else rest


def list_bullet(item: str, language: str, weights: dict[str, float]) -> str | None:
    """A list item as a bullet: short items as they are; a long one by its term (the phrase
    before ":" or "–") or its first sentence."""
    text = _MARKER.sub("", item.strip())
    if SPOKEN.match(text) and balanced_brackets(text) and len(text.split()) <= LONGEST:
        return text  # words to say, parallel to the list's other examples
    if len(text.split()) > TARGET_WORDS:
        term, *rest = _TERM_END.split(text, maxsplit=1)
        if term != text and 1 <= len(term.split()) <= 8 and len(sentences(term, language)) == 1:
            # "Ter voorbereiding op stap 2: Lees …" is no term: what follows it is the point
            text = term if not faults(term, language) else rest[0]
        else:
            text = next(iter(sentences(text, language)), text)
    text = capitalised(text.strip(" ,;:"))
    if not text:
        return None
    if len(text.split()) <= 4 and balanced_brackets(text) and not text.endswith("?"):
        return text  # a term: short, and parallel to its siblings
    return clean(text, language, weights, item=True)


def drop_opening(text: str, language: str) -> str:
    """`text` without an opening word or phrase that only joins it to the text before: a
    conjunction ("En", "Maar", "And"), or a phrase set off by a comma or colon
    ("Bijvoorbeeld:", "In other words,"). An adverb that inverts a Dutch sentence
    ("Bovendien kom je …") stays: without it the sentence would start with its verb."""
    lowered = text.lower()
    for phrase in _LEADING[language]:
        rest = lowered[len(phrase) :]
        if lowered.startswith(phrase) and rest[:1] in (",", ":"):
            return text[len(phrase) :].lstrip(" ,:;")
    first, _, rest = text.partition(" ")
    bare = first.lower().strip(",:")
    if bare in _CONJUNCTIONS[language] and rest:
        return rest.lstrip(" ,:;")
    if bare in _REMOVABLE[language] and first.endswith((",", ":")) and rest:
        return rest.lstrip(" ,:;")
    return text


def term_weights(
    title: str, texts: list[str], language: str, common: Counter[str] | None = None
) -> dict[str, float]:
    """Each content word's weight in a section: how often it occurs (its title's words
    count double), less for words most sections of the article share."""
    counts = Counter(word for text in texts for word in content_words(text, language))
    for word in content_words(title, language):
        counts[word] += 2
    if not common:
        return {word: float(count) for word, count in counts.items()}
    sections = max(common.values())
    return {
        word: count * math.log(1 + sections / max(common.get(word, 1), 1))
        for word, count in counts.items()
    }


def _ranked(
    cleaned: list[tuple[int, str, str]], weights: dict[str, float], language: str
) -> list[tuple[int, str, str]]:
    """Candidates best first: central (sharing terms with the other sentences), rich in key
    terms, near a bullet's length, not an anecdote in the first person."""
    bags = [set(words(source)) & set(weights) for _, source, _ in cleaned]
    scored = []
    for index, (position, source, text) in enumerate(cleaned):
        centrality = sum(
            len(bags[index] & other) / math.sqrt(len(bags[index]) * len(other) or 1)
            for number, other in enumerate(bags)
            if number != index
        )
        length = len(text.split())
        fit = 1.0 if 6 <= length <= TARGET_WORDS else 0.7
        person = 0.4 if set(words(source)) & _FIRST_PERSON[language] else 1.0
        score = (1 + centrality) * (1 + _score(text, weights)) * fit * person
        scored.append((-score, position, (position, source, text)))
    return [item for _, _, item in sorted(scored)]


def _score(text: str, weights: dict[str, float]) -> float:
    distinct = set(words(text))
    return sum(weights.get(word, 0.0) for word in distinct) / math.sqrt(len(distinct) + 1)
