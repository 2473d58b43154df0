"""The article's own references: the books, papers and laws a "Bronnen" or "Further reading"
list names. Each is a short line without a closing stop, the shape of a heading or of another
post's title, yet it is the author's text: these rules tell it apart by its wording."""

from __future__ import annotations

import re

REFERENCE_LABEL = re.compile(
    r"^(?:bronnen|bron|bronvermelding|literatuur(?:lijst)?|referenties|verder\s+lezen"
    r"|meer\s+lezen|leestips?|boekentips?|aanbevolen\s+literatuur|sources?|references"
    r"|further\s+reading|recommended\s+reading|reading\s+list|bibliography|literature"
    r"|(?:resources|books|boeken|links|genoemde\s+bronnen)(?:\s+(?:mentioned|genoemd))?)\s*:?$",
    re.I,
)
"""The label over a list of references, on a line of its own."""

_YEAR = re.compile(r"\((?:1[5-9]|20)\d{2}[a-z]?(?:,[^)]{0,20})?\)")
"""A year in brackets, as a reference gives it: "(1983)", "(2019a)", "(2022, p. 4)"."""
_NAME = r"(?-i:[A-Z])[\w.'’-]+"
_AUTHOR_AND_WORK = re.compile(
    rf"^{_NAME}(?:\s+(?:van|de|der|den|von|du|le|la|{_NAME})){{0,3}}"
    rf"(?:\s+(?:en|and|&)\s+{_NAME}(?:\s+(?:van|de|der|den|von|{_NAME})){{0,3}})?"
    r"\s+[—–]\s+\S"
)
"""A person (or two) and a dash before their work: "Kim Scott — Radical Candor"."""
_WEB_ADDRESS = re.compile(
    r"\bwww\.|https?://|\b[\w-]+\.(?:com|org|net|nl|be|eu|io|co\.uk|edu|gov)\b", re.I
)


def reads_as_reference(text: str) -> bool:
    """Whether a line names a source: a year in brackets, an author and a dash before the
    work, or a web address ("amaralewis.com")."""
    return bool(_YEAR.search(text) or _AUTHOR_AND_WORK.match(text) or _WEB_ADDRESS.search(text))
