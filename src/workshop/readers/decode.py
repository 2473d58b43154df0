"""Bytes to clean text: the one place that knows about encodings and invisible characters.

Every reader starts here, so NFC normalisation and folded non-breaking spaces hold for all
formats alike.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from ..errors import ReadError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
MOST_BYTES = 20_000_000
"""The largest file read as an article: a long article with its page is a few hundred KB."""
_STRAY_SHARE = 0.001  # at most one broken byte in a thousand is damage, not an encoding
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2000-\u200a\f\v]")
_INVISIBLE = re.compile(r"[\u00ad\u200b\u200c\u200d\u2060\ufeff]")


def read_text(path: Path) -> str:
    """Read `path` as text: the encoding is found from a BOM, else UTF-8, else Windows-1252.

    Raises ReadError for a missing, unreadable, binary or empty file.
    """
    try:
        with path.open("rb") as file:  # not read_bytes: /dev/zero or a pipe has no end
            data = file.read(MOST_BYTES + 1)
    except FileNotFoundError:
        raise ReadError(path, "no such file") from None
    except IsADirectoryError:
        raise ReadError(path, "is a folder, not an article") from None
    except OSError as error:
        raise ReadError(path, f"cannot be read ({error.strerror})") from None
    if len(data) > MOST_BYTES:
        raise ReadError(path, f"is larger than {MOST_BYTES // 10**6} MB; no article is that long")
    text = normalise(decode(path, data))
    if not text.strip():
        raise ReadError(path, "the file is empty")
    return text


def decode(path: Path, data: bytes) -> str:
    """Decode bytes; a file that is not text gives a ReadError naming it."""
    text = _decode(data)
    if text is None or _control_share(text) > 0.02:
        raise ReadError(path, "is binary data, not a text article")
    return text


def _decode(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if _looks_like_utf16(data):
        return data.decode("utf-16-le" if data[1:2] == b"\0" else "utf-16-be", errors="replace")
    if data.count(b"\0") > _STRAY_SHARE * len(data):
        return None
    data = data.replace(b"\0", b"")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    damaged = text.count("\ufffd")
    written = sum(1 for ch in text if ord(ch) > 127) - damaged
    if written > 0 and damaged <= _STRAY_SHARE * len(text):
        return text  # UTF-8 letters elsewhere, a stray byte or two: keep the rest as written
    return data.decode("cp1252", errors="replace")


def normalise(text: str) -> str:
    """NFC, Unix line ends, non-breaking and odd spaces as plain spaces, invisible marks and a
    terminal's colour codes gone."""
    text = _TERMINAL_CODES.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", _SPACES.sub(" ", text))
    return unicodedata.normalize("NFC", text)


_TERMINAL_CODES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?)")
"""Colour and cursor codes of text copied from a terminal ("ESC[31m"): without its ESC, which
no font draws, the rest ("[31m") would be printed."""


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: ASCII text then has a NUL in every other byte."""
    sample = data[:2000]
    if len(sample) < 4:
        return False
    even, odd = sample[0::2], sample[1::2]
    return even.count(0) > 0.4 * len(even) or odd.count(0) > 0.4 * len(odd)


def _control_share(text: str) -> float:
    sample = text[:4000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    controls += sample.count("\ufffd")
    return controls / max(len(sample), 1)
