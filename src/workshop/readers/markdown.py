"""Markdown articles, as exported from a website's repository: YAML front matter and CommonMark.

markdown-it-py parses the Markdown (tables included) into tokens, so nesting, wrapping and
escapes follow the CommonMark spec instead of home-made patterns; this module only decides
what each token means for the article. Front matter is read with PyYAML's safe loader.
"""

from __future__ import annotations

import datetime
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import lxml.html
import yaml
from lxml import etree
from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.front_matter import front_matter_plugin

from ..errors import ReadError
from ..marks import BOLD, ITALIC, LINK, Style, joined, link_target, plain, styled
from ..model import Article, Block, Image, ListBlock, Paragraph, Quote, Section, table
from .address import meta_address
from .assemble import (
    BOLD_HEADING_WORD_LIMIT,
    SENTENCE_END,
    assemble,
    heading_levels,
    language_from_path,
    title_from_path,
)
from .byline import Byline, find_date, parse_byline
from .dialects import as_commonmark
from .html_page import figures_as_pictures
from .outliner import from_outliner
from .properties import DUTCH_KEYS, META_KEYS, meta_key

_AUTHOR_IN_CREDITS = re.compile(r"\b(?:authors?|auteurs?|tekst|text)\b\s*:?\s+(.+)$", re.I)


@cache
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    # Every link is a link, so its words are read as words: a `javascript:` link refused
    # here would print its whole source ("[hier](javascript:…)"). Which addresses a link
    # keeps is decided by `link_target`.
    parser.validateLink = lambda url: True
    parser.options["maxNesting"] = 100  # 20 dropped deeper lists; dialects caps depth at 40
    return parser


def read_markdown(text: str, path: Path, language: str | None = None) -> Article:
    """Parse a Markdown article; raise ReadError for bad front matter or an empty article."""
    text, noted = from_outliner(text)  # an outliner's page or a read-later export
    toml_meta, text = _toml_front_matter(text, path)
    if toml_meta is None:
        toml_meta, text = _key_value_header(text)
    text, dropped = as_commonmark(text)
    dropped = [*noted, *dropped]
    tokens = _parser().parse(text)
    unclosed = toml_meta is None and _UNCLOSED_FRONT_MATTER.match(text)
    if unclosed and not any(token.type == "front_matter" for token in tokens):
        raise ReadError(path, "front matter is never closed: end it with a line `---`", 1)
    meta = _site_keys(toml_meta if toml_meta is not None else _front_matter(tokens, path))
    title = _text(meta.get("title"))
    body = [token for token in tokens if token.type != "front_matter"]
    if not meta and (brief := _brief(body)):
        meta, start = brief  # a document's brief above its `#` title: properties and notes
        dropped += [plain(_inline_text(token)) for token in body[:start] if token.type == "inline"]
        body = body[start:]
    crumbs: list[str] = []
    if not title and (start := _title_heading(body)):
        crumbs = [plain(_inline_text(token)) for token in body[:start] if token.type == "inline"]
        dropped += crumbs
        body = body[start:]  # a breadcrumb or a tag above the title: the page's, not the text
    if body and body[0].type == "heading_open":
        opening = _without_crumb(_inline_text(body[1]), crumbs)
        if (body[0].tag == "h1" and not title) or opening == title:
            title, body = opening, body[3:]  # the article opens with its title as a heading
    depths = {int(token.tag[1]) for token in body if token.type == "heading_open"}
    walker = _Walker(heading_levels(depths))
    walker.walk(body)

    sections = walker.sections
    intro = list(walker.intro)
    if sections and intro and _labels_over_title(intro, sections[0][0], title):
        dropped += [*(block.text for block in intro if isinstance(block, Paragraph)), title]
        intro = [block for block in intro if isinstance(block, Image)] + sections[0][2]
        sections = sections[1:]  # a clipped page's name, crumbs and title over its text
    dates = (date for key in _DATE_KEYS if (date := _date(meta.get(key))))  # not `published: true`
    byline = Byline(_author(meta), next(dates, None))
    at = next(
        (number for number, block in enumerate(intro[:_BYLINE_BLOCKS]) if _byline(block)), None
    )
    written = parse_byline(intro[at].text) if at is not None else None  # type: ignore[union-attr]
    if written and written.author and not byline.author:
        byline = Byline(written.author, byline.date or written.date)  # "*By Tom Hendriks*"
        dropped.append(plain(intro.pop(at).text))  # type: ignore[arg-type, union-attr]
    if meta_intro := _text(meta.get("intro")):
        opening = intro[0] if intro else None
        opens_with_it = (
            isinstance(opening, Paragraph) and opening.text.casefold() == meta_intro.casefold()
        )
        first_heading = sections[0][0] if sections and not intro else ""
        if not (opens_with_it or first_heading.casefold() == meta_intro.casefold()):
            intro.insert(0, Paragraph(meta_intro))
    if not intro and not any(blocks for _, _, blocks in sections):
        raise ReadError(path, "no article text found after the front matter")
    return assemble(
        title=title or title_from_path(path),
        byline=byline,
        intro=tuple(intro),
        sections=tuple(Section(name, level, tuple(blocks)) for name, level, blocks in sections),
        dropped=(*dropped, *filter(None, walker.dropped)),
        language=language or _language(meta, path),
        url=meta_address(meta),
    )


def _labels_over_title(intro: list[Block], heading: str, title: str) -> bool:
    """Whether the first heading repeats the title under short labels only (a clipped
    page's site name and breadcrumbs over its headline)."""
    if heading.casefold() != title.casefold():
        return False
    return all(
        isinstance(block, Image)
        or (isinstance(block, Paragraph) and len(block.text.split()) <= _LABEL_WORDS)
        for block in intro
    )


_LABEL_WORDS = 12
_BYLINE_BLOCKS = 3


def _byline(block: Block) -> bool:
    """A paragraph that reads as a byline with a name ("Door **Sanne Bakker** | 24 april")."""
    if not isinstance(block, Paragraph):
        return False
    found = parse_byline(block.text)
    return found is not None and found.author is not None


def _brief(body: list[Token]) -> tuple[dict[str, Any], int] | None:
    """The properties a document sets in a table above its one `#` title ("| **Author** |
    Jordan Reyes |", "| Publish date | 14 November 2023 |"), with its notes beside them, and
    where the title starts; None when no such table stands there."""
    headings = [index for index, token in enumerate(body) if token.type == "heading_open"]
    titles = [index for index in headings if body[index].tag == "h1"]
    if len(titles) != 1 or headings[0] != titles[0] or titles[0] == 0:
        return None
    meta: dict[str, Any] = {}
    cells = [plain(_inline_text(token)) for token in body[: titles[0]] if token.type == "inline"]
    rows = [token for token in body[: titles[0]] if token.type == "tr_open"]
    if not rows:
        return None
    for key, value in zip(cells, cells[1:], strict=False):
        key = meta_key(key)
        if key and value.strip() and key not in meta:
            meta[key] = value.strip()
    return (meta, titles[0]) if meta else None


def _title_heading(body: list[Token]) -> int:
    """Where a `#` title stands below a few short lines (a breadcrumb "Home › Blog", or one
    set as a list of links, a category), in a post without a title in front matter; 0 when
    it does not."""
    lines = items = 0
    for index, token in enumerate(body):
        if token.type == "heading_open":
            return index if token.tag == "h1" and index else 0
        if token.type in _AROUND_CRUMBS:
            continue
        if token.type != "inline":
            return 0
        listed = bool(token.level)  # an item's text sits deeper than a paragraph's
        items, lines = items + listed, lines + (not listed)
        if lines > _TITLE_ABOVE_LINES or items > _CRUMBS:
            return 0
        text = _inline_text(token)
        if len(text.split()) > _TITLE_ABOVE_WORDS or text.endswith(SENTENCE_END):
            return 0
    return 0


_AROUND_CRUMBS = frozenset(
    "paragraph_open paragraph_close bullet_list_open bullet_list_close ordered_list_open "
    "ordered_list_close list_item_open list_item_close".split()
)
_TITLE_ABOVE_LINES = 2
_CRUMBS = 5
_TITLE_ABOVE_WORDS = 10


def _without_crumb(title: str, crumbs: list[str]) -> str:
    """The title without the wiki space's name it repeats from the breadcrumbs above it
    ("Klantenservice Noord : Coachend leidinggeven …")."""
    head, separator, rest = title.partition(" : ")
    named = {crumb.casefold() for crumb in crumbs}
    return rest.strip() if separator and rest.strip() and head.casefold() in named else title


_BY = re.compile(r"^(?:by|door|written\s+by|geschreven\s+door)\s", re.I)
"""A bold line that opens like a byline is one, not a heading."""


_UNCLOSED_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n[ \t]*[A-Za-z_][\w -]{0,40}:(?:[ \t]|$)")
"""A `---` line over a `key: value` line: front matter, which the parser takes as a rule and a
paragraph when its closing line is missing, so the keys would be printed as the text."""


def _front_matter(tokens: list[Token], path: Path) -> dict[str, Any]:
    for token in tokens:
        if token.type == "front_matter":
            try:
                meta = _load_yaml(token.content, path)
            except yaml.YAMLError as error:
                mark = getattr(error, "problem_mark", None)
                line = mark.line + 2 if mark is not None else None
                problem = getattr(error, "problem", None) or "not valid YAML"
                raise ReadError(path, f"front matter: {problem}", line) from None
            except RecursionError:
                raise ReadError(path, "front matter: nested too deeply", 2) from None
            return meta if isinstance(meta, dict) else {}
    return {}


def _load_yaml(text: str, path: Path) -> Any:
    """The front matter's value. Its nodes are counted as they would be expanded before
    anything is built: aliases can make a few lines stand for billions of values (an alias
    bomb) or for a value inside itself, and either would hang or crash every later step."""
    loader = _FrontMatterLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        try:
            too_many = _expanded_size(node, {}, set()) > _MOST_VALUES
        except _HoldsItself as inside:
            line = inside.node.start_mark.line + 2
            message = "front matter: an alias stands inside its own value"
            raise ReadError(path, message, line) from None
        if too_many:
            raise ReadError(path, f"front matter: more than {_MOST_VALUES:,} values", 2)
        return loader.construct_document(node)
    finally:
        loader.dispose()


def _expanded_size(node: yaml.Node, sizes: dict[int, int], open_nodes: set[int]) -> int:
    """How many values the node stands for with every alias written out."""
    key = id(node)
    if key in sizes:
        return sizes[key]
    if key in open_nodes:
        raise _HoldsItself(node)
    open_nodes.add(key)
    size = 1
    if isinstance(node, yaml.SequenceNode):
        size += sum(_expanded_size(child, sizes, open_nodes) for child in node.value)
    elif isinstance(node, yaml.MappingNode):
        size += sum(
            _expanded_size(k, sizes, open_nodes) + _expanded_size(v, sizes, open_nodes)
            for k, v in node.value
        )
    open_nodes.discard(key)
    sizes[key] = min(size, _MOST_VALUES + 1)
    return sizes[key]


def _toml_front_matter(text: str, path: Path) -> tuple[dict[str, Any] | None, str]:
    """Front matter in TOML between `+++` lines (Hugo, Zola) and the text after it; None
    and the text as it was when the text has none."""
    match = _TOML_FENCE.match(text)
    if match is None:
        return None, text
    try:
        meta = tomllib.loads(match.group(1))
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None)
        problem = str(error).split(" (at ")[0]
        raise ReadError(path, f"front matter: {problem}", line + 1 if line else None) from None
    except RecursionError:
        raise ReadError(path, "front matter: nested too deeply", 2) from None
    return meta, text[match.end() :]


_TOML_FENCE = re.compile(r"\A\ufeff?\+\+\+[ \t]*\n(.*?)^\+\+\+[ \t]*$\n?", re.DOTALL | re.MULTILINE)


def _key_value_header(text: str) -> tuple[dict[str, Any] | None, str]:
    """A header of `Key: value` lines, as Pelican and MultiMarkdown write above the text, or
    as a notes app writes the page's properties under its `# Title` (Notion; Bear under a
    line of tags; Evernote between two rules): the metadata and the text without it; None
    and the text when there is none. It must name a title, an author or a date, or stand
    between rules, so a text opening with "Stap 1: …" lines is left alone."""
    lines = text.lstrip("\ufeff").split("\n")
    start = 0
    skipped: list[str] = []
    if lines and lines[0].startswith("# "):  # a notes app: the title, then the properties
        start = 1
        while start < len(lines) and (not lines[start].strip() or _TAGS_LINE.match(lines[start])):
            skipped.append(lines[start].strip())
            start += 1
    ruled = start < len(lines) and lines[start].strip() == "---" and start > 0
    start += ruled
    end = start
    while end < len(lines) and _META_LINE.match(lines[end]):
        end += 1
    closed = ruled and end < len(lines) and lines[end].strip() == "---"
    if end - start < 2 or (end < len(lines) and lines[end].strip() and not closed):
        return None, text
    meta = {}
    for line in lines[start:end]:
        key, value = _META_LINE.match(line).groups()  # type: ignore[union-attr]
        key = key.strip().lower().replace(" ", "_")
        meta[DUTCH_KEYS.get(key, key)] = value.strip()
    if not (META_KEYS & meta.keys() or closed):
        return None, text
    if lines[0].startswith("# "):
        meta.setdefault("title", lines[0][2:].strip())
    return meta, "\n".join(lines[end + closed :])


_TAGS_LINE = re.compile(r"^\s*(?:#[\w/-]+\s*){1,}$")
"""A notes app's line of tags under the title ("#leadership/coaching #blog/published")."""
_META_LINE = re.compile(r"^([A-Za-z][\w ()-]{0,24}):[ \t]+(\S.*)$")


def _site_keys(meta: dict[str, Any]) -> dict[str, Any]:
    """The front matter with what a site generator files under `extra` (Zola) or `params`
    (Hugo) moved up beside the rest: an author or intro there is the post's."""
    nested = [meta[key] for key in ("params", "extra") if isinstance(meta.get(key), dict)]
    return {key: value for part in (*nested, meta) for key, value in part.items()}


class _HoldsItself(Exception):
    def __init__(self, node: yaml.Node) -> None:
        self.node = node


_MOST_VALUES = 10_000
"""Values front matter may hold: a post's has a few dozen."""


class _FrontMatterLoader(yaml.SafeLoader):
    """PyYAML's safe loader, but dates stay text: `find_date` reads them, and an impossible date
    (2023-02-30) is then no date instead of an error."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, pattern) for tag, pattern in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _text(value: Any) -> str:
    """Front-matter text: a string or number as written, a person by `name`, a list joined."""
    if isinstance(value, dict):
        return _text(value.get("name"))
    if isinstance(value, list):
        return ", ".join(text for item in value if (text := _text(item)))
    if isinstance(value, datetime.date):  # TOML dates are dates
        return value.isoformat()[:10]
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return " ".join(str(value).split())
    return ""


def _author(meta: dict[str, Any]) -> str | None:
    """The author from `author`/`authors`, else from the "Author …" part of `credits`."""
    for key in ("author", "authors", "auteur", "by"):
        if value := _text(meta.get(key)):
            return value
    credits = _text(meta.get("credits"))
    match = _AUTHOR_IN_CREDITS.search(credits)
    return match.group(1).strip() if match else None


_DATE_KEYS = (
    "date",
    "pubDate",
    "publishDate",
    "published",
    "date_published",
    "datePublished",
    "publishedAt",
    "published_at",
    "publish_date",
    "created",
)
"""Front matter keys site generators give the publication date under (Hugo, Jekyll: `date`;
Astro: `pubDate`; Hashnode: `datePublished`; Nuxt: `publishedAt`; others `publishDate`,
`published`, `created`); never `updated`."""


def _date(value: Any) -> datetime.date | None:
    if isinstance(value, dict):  # MkDocs: `date: {created: …, updated: …}`
        value = next((value[k] for k in ("created", "published", "date") if value.get(k)), None)
    text = _text(value)
    date, _ = find_date(text)
    if date is None and (byline := parse_byline(text)):
        date = byline.date
    return date


def _language(meta: dict[str, Any], path: Path) -> str | None:
    """The language the site filed the post under: `lang` in the front matter or `.nl.md`."""
    value = _text(meta.get("lang") or meta.get("language")).lower()[:2]
    if value in ("nl", "en"):
        return value
    return language_from_path(path)


@dataclass
class _List:
    ordered: bool
    items: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)


class _Walker:
    """Walks the block tokens once, filling the intro and the sections."""

    def __init__(self, levels: dict[int, int]) -> None:
        self.levels = levels
        self.intro: list[Block] = []
        self.sections: list[tuple[str, int, list[Block]]] = []
        self.blocks = self.intro
        self.seen_heading = False
        self.list: _List | None = None
        self.depth = 0  # list nesting
        self.quotes = 0  # block quote nesting
        self.item_open = False  # the current list item has text already
        self.table: list[list[str]] | None = None  # rows of cells
        self.table_header = False
        self.table_images: list[Image] = []
        self.dropped: list[str] = []  # what raw HTML boxes and captions held

    def walk(self, tokens: list[Token]) -> None:
        index = 0
        while index < len(tokens):
            token = tokens[index]
            kind = token.type
            if kind == "heading_open":
                heading = plain(_inline_text(tokens[index + 1]))
                self._heading(heading, self.levels[int(token.tag[1])])
                self.seen_heading = True
                index += 3
                continue
            if kind in ("bullet_list_open", "ordered_list_open"):
                if self.depth == 0:
                    self.list = _List(ordered=kind == "ordered_list_open")
                self.depth += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.depth -= 1
                if self.depth == 0 and self.list:
                    self._add(ListBlock(tuple(self.list.items), self.list.ordered))
                    self.blocks.extend(self.list.images)
                    self.list = None
            elif kind == "list_item_open":
                self.item_open = False
            elif kind == "blockquote_open":
                self.quotes += 1
            elif kind == "blockquote_close":
                self.quotes -= 1
            elif kind == "table_open":
                self.table, self.table_header = [], False
            elif kind == "table_close":
                if self.table is not None and any(any(row) for row in self.table):
                    self._add(table(self.table, self.table_header))
                self.blocks.extend(self.table_images)
                self.table, self.table_images = None, []
            elif kind == "tr_open" and self.table is not None:
                self.table.append([])
            elif kind == "th_open" and self.table is not None:
                self.table_header = True
            elif kind == "inline" and self.table is not None:
                cell = []
                for part in _split_images(token.children or []):
                    if isinstance(part, Image):
                        self.table_images.append(part)
                    elif text := plain(_run_text(part)):
                        cell.append(text)
                if self.table:
                    self.table[-1].append(" ".join(cell))
            elif kind == "html_block":
                self._html_block(token.content)
            elif kind == "inline":
                self._inline(token)
            elif kind in ("fence", "code_block"):
                self._text_block(" ".join(token.content.split()))
            index += 1

    def _html_block(self, html: str) -> None:
        """Raw HTML in the Markdown (a <div>, a <figure>): its text and images, not its tags.
        A box the site's template adds (a call to action, a newsletter form, an aside) and a
        picture's caption are listed as dropped; a caption is the picture's alt text when it
        has none."""
        try:
            fragment = lxml.html.fragment_fromstring(html, create_parent="div")
        except (etree.ParserError, ValueError):
            return
        for element in fragment.iter("script", "style"):
            element.drop_tree()
        for element in list(fragment.iter()):
            if element is not fragment and _site_box(element):
                self.dropped.append(" ".join(" ".join(element.itertext()).split()))
                element.drop_tree()
        self.dropped += figures_as_pictures(fragment)
        for image in fragment.iter("img"):
            self._add(Image(image.get("src", ""), " ".join((image.get("alt") or "").split())))
        self._text_block(" ".join(fragment.text_content().split()))

    def _heading(self, text: str, level: int) -> None:
        if text:
            self.sections.append((text, level, []))
            self.blocks = self.sections[-1][2]

    def _add(self, block: Block) -> None:
        if not isinstance(block, Paragraph | Quote) or block.text:
            self.blocks.append(block)

    def _inline(self, token: Token) -> None:
        """A paragraph's content: its runs of text split around its images."""
        for part in _split_images(token.children or []):
            if isinstance(part, Image):
                if self.list is not None:
                    self.list.images.append(part)
                else:
                    self._add(part)
            elif self.list is None and self.quotes == 0 and _is_bold_line(part):
                text = plain(_run_text(part))
                if _BY.match(text) and (written := parse_byline(text)) and written.author:
                    self._text_block(_run_text(part))  # "**By Jordan Reyes, VP of Operations**"
                else:
                    self._heading(text, 2 if self.seen_heading else 1)
            else:
                self._text_block(_run_text(part))

    def _text_block(self, text: str) -> None:
        if not text:
            return
        if self.list is not None:
            if self.item_open:
                self.list.items[-1] = joined([self.list.items[-1], text])
            else:
                self.list.items.append(text)
                self.item_open = True
        elif self.quotes:
            self._add(Quote(text))
        else:
            self._add(Paragraph(text))


_SITE_BOX = re.compile(
    r"\b(?:cta|call-to-action|newsletter|nieuwsbrief|subscribe|signup|sign-up|promo|advert"
    r"|banner|share|sharing|related|optin|opt-in)\b",
    re.I,
)


def _site_box(element: etree._Element) -> bool:
    """An element of raw HTML that the site's template puts around a post: a named aside, a
    navigation or form, or a box whose class or id says it sells, shares or links on."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}".replace("_", "-")
    if element.tag in ("nav", "form") or (element.tag == "aside" and names.strip()):
        return True  # a bare <aside> is a callout a notes app exported (Notion): the text's
    return bool(_SITE_BOX.search(names))


def _is_bold_line(run: list[Token]) -> bool:
    """A short run of text that is bold from end to end (nothing but spaces outside bold)."""
    if not any(child.type == "strong_open" for child in run):
        return False
    depth = 0
    for child in run:
        if child.type == "strong_open":
            depth += 1
        elif child.type == "strong_close":
            depth -= 1
        elif depth == 0 and _child_text(child).strip():
            return False
    return 0 < len(_run_text(run).split()) < BOLD_HEADING_WORD_LIMIT


def _split_images(children: list[Token]) -> list[list[Token] | Image]:
    """Inline tokens as runs of text and the images between them."""
    parts: list[list[Token] | Image] = [[]]
    for child in children:
        if child.type == "image":
            alt = plain(_run_text(child.children or [])) or " ".join(child.content.split())
            parts += [Image(str(child.attrs.get("src", "")), alt), []]
        else:
            parts[-1].append(child)
    return [part for part in parts if isinstance(part, Image) or _run_text(part)]


def _inline_text(token: Token) -> str:
    """Visible text of an inline token: markup gone, links reduced to their text."""
    return _run_text(token.children or [])


def _run_text(run: list[Token]) -> str:
    """A run's text, as a `Marked` string when parts of it are bold, italic or linked."""
    runs: list[tuple[str, frozenset[Style]]] = []
    open_styles: list[Style] = []
    for child in run:
        if child.type in ("strong_open", "em_open"):
            open_styles.append((BOLD if child.type == "strong_open" else ITALIC, ""))
        elif child.type == "link_open":
            open_styles.append((LINK, link_target(str(child.attrs.get("href", "")))))
        elif child.type in ("strong_close", "em_close", "link_close") and open_styles:
            open_styles.pop()
        else:
            kept = frozenset(style for style in open_styles if style != (LINK, ""))
            runs.append((_child_text(child), kept))
    return styled(runs)


def _child_text(child: Token) -> str:
    if child.type in ("text", "code_inline"):
        return child.content
    if child.type in ("softbreak", "hardbreak"):
        return " "
    return ""  # markup (emphasis, links, inline HTML) has no text of its own
