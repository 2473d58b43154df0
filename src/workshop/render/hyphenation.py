"""Hyphenation patterns ready before a handout is set.

pyphen parses a language's pattern file in every process (50 ms for Dutch, a tenth of a
whole build). The parsed patterns are kept in the cache folder, keyed by the pattern file's
hash and pyphen's version, in Python's marshal format (plain data: text, numbers, tuples)
behind a hash of it, and read back in 6 ms; a cache that is missing or not what was
written is made again from the file.
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
    read_back = None
    with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
        read_back = _read(kept.read_bytes())
    if read_back is None:
        parsed = pyphen.hdcache[path] = pyphen.HyphDict(path)
        if _plain(parsed.patterns):  # not one with replacement rules
            with contextlib.suppress(OSError, ValueError):
                write_atomic(kept, _written(parsed.maxlen, parsed.patterns))
        return
    pyphen.hdcache[path] = read_back


def _written(longest: int, patterns: dict) -> bytes:
    """The patterns as kept: a SHA-256 of the rest, then the longest pattern's length and
    the patterns in marshal form."""
    data = marshal.dumps((longest, patterns))
    return hashlib.sha256(data).digest() + data


def _read(kept: bytes) -> pyphen.HyphDict | None:
    """What `_written` wrote, as pyphen's patterns of a language; None for anything else
    (checked by its hash: a check of each of 16,000 patterns took as long as reading them)."""
    digest, data = kept[:32], kept[32:]
    if len(kept) < 33 or hashlib.sha256(data).digest() != digest:
        return None
    longest, patterns = marshal.loads(data)
    if not isinstance(patterns, dict) or not isinstance(longest, int):
        return None
    read_back = pyphen.HyphDict.__new__(pyphen.HyphDict)
    read_back.patterns, read_back.cache, read_back.maxlen = patterns, {}, longest
    return read_back


def _plain(patterns: dict) -> bool:
    """Whether the patterns are text to a start and numbers only, as marshal keeps them
    (some languages' hold replacement rules, which are not kept)."""
    for text, entry in patterns.items():
        if type(text) is not str or type(entry) is not tuple or len(entry) != 2:
            return False
        start, values = entry
        if type(start) is not int or type(values) is not tuple:
            return False
        if not all(type(value) is int for value in values):
            return False
    return bool(patterns)
