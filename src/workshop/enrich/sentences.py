"""Sentence splitting.

Sentences come from sentencex (Wikimedia's rule-based segmenter): it knows Dutch and English
abbreviations ("bijv.", "e.d.", "Dr."), has no dependencies and is fast.
"""

from __future__ import annotations

from sentencex import segment


def sentences(text: str, language: str) -> list[str]:
    """The sentences of `text`, stripped, in order."""
    return [piece.strip() for piece in segment(language, text) if piece.strip()]


def capitalised(text: str) -> str:
    """`text` opening with a capital, as a sentence shown on its own does (what opened it
    may have been taken off)."""
    return text[:1].upper() + text[1:]
