"""Hyphenation patterns ready before a handout is set.

pyphen parses a language's pattern file in every process (50 ms for Dutch, a tenth of a
whole build). The parsed patterns are kept in the cache folder, keyed by the pattern file's
hash and pyphen's version, in Python's marshal format (plain data: text, numbers, tuples;
read back in 7 ms); a cache that is missing or not what was written is made again from
the file.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
from functools import cache

import pyphen

from ..cache import cache_folder
from ..files import write_atomic


@cache
def prepare_hyphenation(language: str) -> None:
    """Put the patterns of `language` (pyphen's code, such as "nl_NL") in pyphen's own
    cache, where reportlab's hyphenation finds them."""
    path = pyphen.LANGUAGES.get(pyphen.language_fallback(language) or "")
    if path is None or path in pyphen.hdcache:
        return
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    kept = cache_folder() / "hyphenation" / f"{path.stem}-{digest}-{pyphen.__version__}.marshal"
    patterns = None
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        patterns = _patterns(marshal.loads(kept.read_bytes()))
    if patterns is None:
        parsed = pyphen.hdcache[path] = pyphen.HyphDict(path)
        if _patterns(parsed.patterns) is not None:  # not one with replacement rules
            with contextlib.suppress(OSError, ValueError):
                write_atomic(kept, marshal.dumps(parsed.patterns))
        return
    read_back = pyphen.HyphDict.__new__(pyphen.HyphDict)
    read_back.patterns, read_back.cache, read_back.maxlen = patterns, {}, max(map(len, patterns))
    pyphen.hdcache[path] = read_back


def _patterns(data: object) -> dict[str, tuple[int, tuple[int, ...]]] | None:
    """`data` when it is patterns as pyphen holds them (text to a start and numbers), with
    no replacement rules among them; else None."""
    if not isinstance(data, dict) or not data:
        return None
    for text, entry in data.items():
        if type(text) is not str or type(entry) is not tuple or len(entry) != 2:
            return None
        start, values = entry
        if type(start) is not int or type(values) is not tuple:
            return None
        if not all(type(value) is int for value in values):
            return None
    return data
