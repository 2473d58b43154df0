"""Key points: the few sentences of a section a slide shows, chosen from its own text.

Extractive on purpose: a bullet is always a sentence or a clause the author wrote, never a
paraphrase. Sentences are ranked by how many of the section's key terms (its most frequent
content words, and the words of its heading) they hold; long ones are cut back to their
strongest clause so a bullet stays near twelve words.
"""

from __future__ import annotations

import math
from collections import Counter

from ..language import STOPWORDS, words
from ..model import Block, ListBlock, Paragraph, Quote
from .sentences import clause_spans, sentences

MAX_BULLETS = 6
"""Bullets on one slide; more continue on the next."""
MAX_TEXT_BULLETS = 5
BULLET_WORDS = 12
_MIN_WORDS = 4


def key_points(title: str, blocks: tuple[Block, ...], language: str) -> tuple[str, ...]:
    """The bullets for a section, in the order the text has them.

    A list in the section gives all its items as bullets (with the sentence that leads into
    it; the deck continues a long list on further slides); otherwise the best-ranked sentences
    of its paragraphs, at most MAX_TEXT_BULLETS. A section with any text gets one bullet at
    least, so no slide is left empty.
    """
    pieces: list[tuple[str, bool]] = []  # (text, from a list)
    for block in blocks:
        if isinstance(block, ListBlock):
            pieces.extend((item, True) for item in block.items)
        elif isinstance(block, Paragraph | Quote):
            pieces.extend((s, False) for s in sentences(block.text, language))
    if not pieces:
        return ()
    units = [(position, text, listed) for position, (text, listed) in enumerate(pieces)]
    weights = _term_weights(title, [text for text, _ in pieces], language)
    listed = [unit for unit in units if unit[2]]
    prose = [unit for unit in units if not unit[2] and len(words(unit[1])) >= _MIN_WORDS]
    if listed:
        leads = [unit for unit in prose if unit[1].endswith(":")]
        chosen_prose = leads[-1:]
    else:
        wanted = min(MAX_TEXT_BULLETS, max(1, math.ceil(len(prose) / 2)))
        ranked = sorted(prose, key=lambda unit: (-_rank(unit[1], weights), unit[0]))
        chosen_prose = ranked[:wanted]
    chosen = sorted([*listed, *chosen_prose], key=lambda unit: unit[0]) or units[:1]
    return tuple(_capitalised(shorten(text, weights)) for _, text, _ in chosen)


def shorten(sentence: str, weights: dict[str, float] | None = None) -> str:
    """`sentence` itself when short enough, else its best run of clauses of about 12 words.

    A run that opens the sentence is preferred: it keeps the sentence's subject.
    """
    if len(words(sentence)) <= BULLET_WORDS + 2:
        return sentence
    candidates = _clause_runs(sentence)
    if not candidates:
        return sentence
    weights = weights or {}
    best = max(candidates, key=lambda run: _score(run[1], weights) * (1.5 if run[0] else 1.0))
    return best[1]


def _clause_runs(sentence: str) -> list[tuple[bool, str]]:
    """(opens the sentence, text) for each run of whole clauses of a bullet's length."""
    spans = clause_spans(sentence)
    runs = []
    for i, (start, _) in enumerate(spans):
        for _, end in spans[i:]:
            text = sentence[start:end]
            if _MIN_WORDS + 1 <= len(words(text)) <= BULLET_WORDS + 4:
                runs.append((i == 0, text))
    return runs


def _fits(sentence: str) -> bool:
    return len(words(sentence)) <= BULLET_WORDS + 4 or bool(_clause_runs(sentence))


def _term_weights(title: str, texts: list[str], language: str) -> dict[str, float]:
    stop = STOPWORDS.get(language, frozenset())
    counts = Counter(w for text in texts for w in words(text) if len(w) > 2 and w not in stop)
    for word in words(title):
        if len(word) > 2 and word not in stop:
            counts[word] += 2
    return {word: float(count) for word, count in counts.items()}


def _rank(sentence: str, weights: dict[str, float]) -> float:
    """A sentence's score, halved when it cannot be cut back to a bullet's length."""
    return _score(sentence, weights) * (1.0 if _fits(sentence) else 0.5)


def _score(text: str, weights: dict[str, float]) -> float:
    distinct = set(words(text))
    return sum(weights.get(word, 0.0) for word in distinct) / math.sqrt(len(distinct) + 1)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
