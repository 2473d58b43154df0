"""TrueType fonts read from what an earlier process learnt of them.

reportlab parses a font file's tables (its glyphs, their widths, the name and metric
tables) each time a process loads it, and the tool checks each layout font by setting a
line in it: five fonts took a twentieth of a whole build. What the parse learns is kept in
the cache folder, keyed by the font file's hash and reportlab's version; a later process
reads it back in a quarter of the time and skips the check the font passed. The file's
bytes are still read: the PDF embeds a subset of them. Anything kept that does not read
back as it was written is ignored, and the font parsed again.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import pickle
from collections.abc import Callable
from fnmatch import fnmatch
from pathlib import Path
from weakref import WeakKeyDictionary

import reportlab
from reportlab import rl_config
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from ..cache import cache_folder
from ..files import write_atomic

_NOT_KEPT = ("_ttf_data", "_pdfScale")
"""The face's file bytes (read from the file, which is there anyway) and its scaling
function (made again from the font's units per em)."""


def load_font(name: str, path: Path, check: Callable[[TTFont], None]) -> TTFont:
    """The font in `path` as reportlab's `name`; a font parsed here for the first time must
    pass `check` before it is kept."""
    data = path.read_bytes()
    kept = _kept_path(data)
    with contextlib.suppress(OSError):
        font = _from_kept(name, path, data, kept.read_bytes())
        if font is not None:
            return font
    font = TTFont(name, str(path))
    state = _kept_state(font.face)  # before the check, which moves the parser around
    check(font)
    with contextlib.suppress(OSError, pickle.PicklingError, TypeError):
        write_atomic(kept, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
    return font


def _kept_path(data: bytes) -> Path:
    digest = hashlib.sha256(data).hexdigest()[:24]
    return cache_folder() / "fonts" / f"{digest}-reportlab-{reportlab.Version}.pickle"


def _kept_state(face: TTFontFace) -> dict[str, object]:
    """The face's parsed state as plain data: names as text, everything else as it is."""
    names, plain = {}, {}
    for key, value in vars(face).items():
        if key in _NOT_KEPT:
            continue
        if isinstance(value, TTFNameBytes):
            names[key] = value.ustr
        else:
            plain[key] = value
    return {"names": names, "plain": plain}


def _from_kept(name: str, path: Path, data: bytes, kept: bytes) -> TTFont | None:
    try:
        state = _PlainUnpickler(io.BytesIO(kept)).load()
        names, plain = state["names"], state["plain"]
        face = TTFontFace.__new__(TTFontFace)
        vars(face).update(plain)
        vars(face).update({key: TTFNameBytes(text.encode("utf-8")) for key, text in names.items()})
        face._ttf_data, face.filename = data, str(path)
        face._pdfScale = _scale(face.unitsPerEm)
    except (pickle.UnpicklingError, ValueError, TypeError, KeyError, AttributeError, EOFError):
        return None
    font = TTFont.__new__(TTFont)
    font.fontName, font.face, font.encoding = name, face, TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, glob) for glob in rl_config.unShapedFontGlob)
    return font


def _scale(units_per_em: int) -> Callable[[float], float]:
    """Font units to thousandths of the type size, as reportlab's parser computes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


class _PlainUnpickler(pickle.Unpickler):
    """Reads numbers, text, bytes, lists, tuples and dicts only: a kept file can never name
    a class or a function to call."""

    def find_class(self, module: str, name: str) -> object:
        raise pickle.UnpicklingError(f"{module}.{name} is not plain data")
