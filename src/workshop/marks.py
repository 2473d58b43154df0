"""Inline emphasis: which stretches of a text the author set in bold or italic, or linked.

A text that has emphasis is a `Marked` string: it *is* its plain text (every step that
reads text reads it unchanged, and the JSON contract shows only the text) and carries its
marks beside it as character ranges. Any change to the text (slicing, joining, replacing)
gives a plain `str`, so a mark can never point into text that moved; the helpers here are
the ways to change a text and keep its marks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

BOLD, ITALIC, LINK = "bold", "italic", "link"

Style = tuple[str, str]
"""A style a stretch of text is in: (BOLD, ""), (ITALIC, "") or (LINK, its address)."""

LINK_SCHEMES = frozenset({"http", "https", "mailto"})
"""The addresses a link may keep: ones a reader can follow from a handout or a deck."""


@dataclass(frozen=True, order=True)
class Mark:
    """Characters `start` to `end` (exclusive) of a text are in `style`; a link has `href`."""

    start: int
    end: int
    style: str
    href: str = ""


class Marked(str):
    """A plain text that carries the emphasis its author gave parts of it."""

    marks: tuple[Mark, ...]

    def __new__(cls, text: str, marks: Iterable[Mark]) -> Marked:
        marked = super().__new__(cls, text)
        marked.marks = tuple(sorted(marks))
        return marked

    def __reduce__(self) -> tuple[type, tuple[str, tuple[Mark, ...]]]:
        return (Marked, (str(self), self.marks))

    def __repr__(self) -> str:
        return f"Marked({str(self)!r}, {self.marks!r})"


def marks_of(text: str) -> tuple[Mark, ...]:
    """The marks a text carries (none for a plain str)."""
    return getattr(text, "marks", ())


def link_target(href: str | None) -> str:
    """The address of a link worth keeping ("" for a page-relative link, a script, an
    anchor: nothing a reader of a handout can follow)."""
    href = (href or "").strip()
    try:
        parts = urlsplit(href)
    except ValueError:
        return ""
    if parts.scheme.lower() not in LINK_SCHEMES:
        return ""
    if parts.scheme.lower() != "mailto" and not parts.netloc:
        return ""
    return href


def styled(runs: Iterable[tuple[str, Iterable[Style]]]) -> str:
    """The text of `runs` (each a piece of text and the styles it is in), with white space
    folded to single spaces and trimmed as every text in an article is; a `Marked` string
    when any non-blank piece has a style, else a plain str.

    A mark covers the words in its style and the single spaces between them, never a space
    at either end ("**word **" marks "word").
    """
    listed = [(piece, frozenset(piece_styles)) for piece, piece_styles in runs]
    if not any(style_set and piece.strip() for piece, style_set in listed):
        return " ".join("".join(piece for piece, _ in listed).split())
    chars: list[str] = []
    styles: list[frozenset[Style]] = []
    for piece, style_set in listed:
        for char in piece:
            if char.isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    styles.append(frozenset())
            else:
                chars.append(char)
                styles.append(style_set)
    if chars and chars[-1] == " ":
        chars.pop()
        styles.pop()
    return Marked("".join(chars), _spans(chars, styles))


def _spans(chars: list[str], styles: list[frozenset[Style]]) -> list[Mark]:
    """Each style's stretches, a space between two characters in a style counted in it."""
    marks: list[Mark] = []
    for key in set().union(*styles):
        start = None
        for index, char in enumerate(chars):
            inside = key in styles[index] or (
                char == " " and start is not None and key in styles[index + 1]
            )
            if inside and start is None:
                start = index
            elif not inside and start is not None:
                marks.append(Mark(start, index, *key))
                start = None
        if start is not None:
            marks.append(Mark(start, len(chars), *key))
    return marks


def pieces(text: str) -> list[tuple[str, frozenset[Style]]]:
    """The text cut where a mark begins or ends, each piece with the styles it is in."""
    marks = marks_of(text)
    if not marks:
        return [(str(text), frozenset())] if text else []
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    return [
        (
            str(text)[start:end],
            frozenset((m.style, m.href) for m in marks if m.start <= start and end <= m.end),
        )
        for start, end in zip(cuts, cuts[1:], strict=False)
        if start < end
    ]


Runs = list[tuple[str, frozenset[Style]]]
BREAK: Style = ("break", "")
"""What `style_of` gives an element that stands for a space between words (a line break)."""


def element_runs(element: Any, style_of: Callable[[Any], Style | None]) -> Runs:
    """An XML element's text (ElementTree or lxml) as runs for `styled`: its own text, and
    each child's with the style `style_of(child)` gives it (None: none), then its tail."""
    return _runs(element, style_of, frozenset())


def child_runs(child: Any, style_of: Callable[[Any], Style | None]) -> Runs:
    """One child element's text (not its tail) as runs, in the style it gives itself."""
    return _child_runs(child, style_of, frozenset())


def _runs(element: Any, style_of: Callable[[Any], Style | None], outer: frozenset[Style]) -> Runs:
    runs = [(element.text or "", outer)]
    for child in element:
        runs += _child_runs(child, style_of, outer)
        runs.append((child.tail or "", outer))
    return runs


def _child_runs(
    child: Any, style_of: Callable[[Any], Style | None], outer: frozenset[Style]
) -> Runs:
    style = style_of(child)
    if style == BREAK:
        return [(" ", outer)]
    return _runs(child, style_of, outer | {style} if style else outer)


def restyled(text: str, change: Callable[[str], str]) -> str:
    """`change` applied to each piece of the text, white space folded again, marks kept
    on what became of their text."""
    return styled((change(piece), piece_styles) for piece, piece_styles in pieces(text))


def sliced(text: str, start: int, end: int) -> str:
    """Characters `start` to `end` of the text, with the marks on them."""
    part = str(text)[start:end]
    marks = [
        Mark(max(m.start, start) - start, min(m.end, end) - start, m.style, m.href)
        for m in marks_of(text)
        if m.start < end and start < m.end
    ]
    return Marked(part, marks) if marks else part


def joined(parts: Iterable[str], separator: str = " ") -> str:
    """The texts one after another with `separator` between them, marks kept."""
    runs: list[tuple[str, frozenset[Style]]] = []
    for index, part in enumerate(parts):
        if index:
            runs.append((separator, frozenset()))
        runs += pieces(part)
    return styled(runs)


def plain(text: str) -> str:
    """The text without its marks (a heading, a title: what is set in one style)."""
    return str(text)


def tagged(
    text: str,
    escape: Callable[[str], str],
    link: Callable[[str], str] = lambda href: f'<a href="{href}">',
    face: Callable[[bool, bool], str] | None = None,
) -> str:
    """The text as markup: each piece escaped by `escape`, bold in <b>, italic in <i>,
    a link opened by `link(escaped address)` and closed by </a>. Every piece opens and
    closes its own tags, so the markup is well formed however the marks overlap.

    With `face`, bold and italic are instead a <font face> of `face(bold, italic)`: the
    renderer's choice where <b> and <i> would not show (italic stressed inside italic)."""
    out: list[str] = []
    for piece, piece_styles in pieces(text):
        kinds = {style for style, _ in piece_styles}
        opening, closing = "", ""
        if face is not None and kinds & {BOLD, ITALIC}:
            opening, closing = f'<font face="{face(BOLD in kinds, ITALIC in kinds)}">', "</font>"
        elif face is None:
            for style, tag in ((BOLD, "b"), (ITALIC, "i")):
                if style in kinds:
                    opening += f"<{tag}>"
                    closing = f"</{tag}>" + closing
        for style, href in piece_styles:
            if style == LINK:
                opening += link(_attribute(href))
                closing = "</a>" + closing
        out.append(opening + escape(piece) + closing)
    return "".join(out)


def _attribute(value: str) -> str:
    return escape(value).replace('"', "&quot;")


def escape(text: str) -> str:
    """`&`, `<` and `>` as entities (xml.sax.saxutils's escape, without the 20 ms its
    import of urllib costs every command)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """What `escape` made, back as text (xml.sax.saxutils's unescape, the same way)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
