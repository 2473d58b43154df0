"""Sentence and clause splitting.

Sentences come from sentencex (Wikimedia's rule-based segmenter): it knows Dutch and English
abbreviations ("bijv.", "e.d.", "Dr."), has no dependencies and is fast. Clauses are the pieces
between a sentence's commas, semicolons, colons and dashes: still the author's own words.
"""

from __future__ import annotations

import re

from sentencex import segment

_CLAUSE_BREAK = re.compile(r"(?<=[,;:])\s+|\s+[–—]\s+")


def sentences(text: str, language: str) -> list[str]:
    """The sentences of `text`, stripped, in order."""
    return [piece.strip() for piece in segment(language, text) if piece.strip()]


def clauses(sentence: str) -> list[str]:
    """The clauses of `sentence`, each a substring of it (separators at their ends removed)."""
    return [sentence[start:end] for start, end in clause_spans(sentence)]


def clause_spans(sentence: str) -> list[tuple[int, int]]:
    """(start, end) of each clause of `sentence`, without the separators around it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in [*_CLAUSE_BREAK.finditer(sentence), None]:
        end = match.start() if match else len(sentence)
        piece = sentence[start:end]
        stripped = piece.strip().rstrip(",;:").rstrip()
        if stripped.strip(" ,;:"):
            offset = start + (len(piece) - len(piece.lstrip()))
            spans.append((offset, offset + len(stripped)))
        start = match.end() if match else len(sentence)
    return spans
