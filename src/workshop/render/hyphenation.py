"""Hyphenation patterns ready before a handout is set.

pyphen parses a language's pattern file in every process (50 ms for Dutch, a tenth of a
whole build). The parsed patterns are kept in the cache folder, keyed by the pattern file's
hash, and read back in a fifth of that time; a cache that is missing or damaged is made
again from the file.
"""

from __future__ import annotations

import hashlib
from functools import cache

import pyphen

from ..cache import keep, read_cached


@cache
def prepare_hyphenation(language: str) -> None:
    """Put the patterns of `language` (pyphen's code, such as "nl_NL") in pyphen's own
    cache, where reportlab's hyphenation finds them."""
    path = pyphen.LANGUAGES.get(pyphen.language_fallback(language) or "")
    if path is None or path in pyphen.hdcache:
        return
    key = f"{path.stem}-{hashlib.sha256(path.read_bytes()).hexdigest()[:16]}"
    patterns = _patterns(read_cached("hyphenation", f"{key}-{pyphen.__version__}"))
    if patterns is None:
        parsed = pyphen.hdcache[path] = pyphen.HyphDict(path)
        if _plain(parsed.patterns):
            kept = {
                text: [start, list(values)] for text, (start, values) in parsed.patterns.items()
            }
            keep("hyphenation", f"{key}-{pyphen.__version__}", kept)
        return
    patterns_read = pyphen.HyphDict.__new__(pyphen.HyphDict)
    patterns_read.patterns, patterns_read.cache = patterns, {}
    patterns_read.maxlen = max(map(len, patterns))
    pyphen.hdcache[path] = patterns_read


def _plain(patterns: dict) -> bool:
    """Whether the patterns are numbers only (some languages' hold replacement rules, which
    are not kept)."""
    return all(type(value) is int for _, values in patterns.values() for value in values)


def _patterns(kept: object) -> dict[str, tuple[int, tuple[int, ...]]] | None:
    """The kept patterns as pyphen holds them; None when they are not what `keep` wrote."""
    if not isinstance(kept, dict) or not kept:
        return None
    try:
        patterns = {
            text: (int(start), tuple(map(int, values))) for text, (start, values) in kept.items()
        }
    except (TypeError, ValueError):
        return None
    return patterns if all(isinstance(text, str) for text in patterns) else None
