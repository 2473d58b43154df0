"""The title and byline of a saved page, from what the page shows (its visible lines, its
headline) and, when that says nothing, from its markup (schema.org, rel=author).
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

from ..model import Block
from .byline import Byline, bare_name, looks_like_name, parse_byline, updated_date
from .clutter import bio_name, is_promotion
from .html_page import AUTHOR_BOX_PARTS, folded
from .lines import name_line

_TITLE_SEPARATORS = re.compile(r"\s+(?:[|·•»:]{1,2}|[-–—])\s+")

_AUTHOR_BOX = re.compile(
    r"^(?:(?:de|the|over de|about the)\s+)?(?:auteur|author)\s*:\s*(.+)$", re.I
)

_NAME = re.compile(r"^[^\W\d_][\w.'’ -]*$")

_BYLINE_WINDOW = 6

_LINE_TAGS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "span", "time", "td", "dd"}

_BLOCK_TAGS = _LINE_TAGS - {"span", "time"} | {"ul", "ol", "table", "section", "article"}


def visible_lines(page: lxml.html.HtmlElement) -> list[str]:
    """The page's visible text, one entry per line of a block element's own text (a <br>
    ends a line), in reading order."""
    lines = []
    for element in page.iter(*_LINE_TAGS):
        if not _hidden(element):
            lines += [text for part in _own_text(element).split("\n") if (text := folded(part))]
    return lines


def _own_text(element: etree._Element) -> str:
    """An element's text without that of the blocks nested in it; "\n" where a <br> is."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "br":
            parts.append("\n")
        elif isinstance(child.tag, str) and child.tag not in _BLOCK_TAGS and not _hidden(child):
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return " ".join(parts)


def _inline_text(element: etree._Element) -> str:
    """The text of an inline element and what it holds; dates apart from what stands beside
    them ("14 februari 2024" and "5 oktober 2023" were read as one "20245"), and a theme's
    second date, the update beside the publication, left out: themes hide it."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and not _hidden(child) and not _shadow_date(child):
            inner = _inline_text(child)
            parts.append(f" {inner} " if child.tag == "time" else inner)
        parts.append(child.tail or "")
    return "".join(parts)


def _shadow_date(element: etree._Element) -> bool:
    """A <time> a theme prints for the last update beside the publication's own <time>."""
    if element.tag != "time":
        return False
    marks = f"{element.get('class', '')} {element.get('itemprop', '')}".lower()
    if not ("updated" in marks or "modified" in marks) or "published" in marks:
        return False
    parent = element.getparent()
    return parent is not None and any(
        other is not element and other.tag == "time" for other in parent.iter("time")
    )


def _hidden(element: etree._Element) -> bool:
    """Whether a browser would not show the element: scripts, styles, `hidden`, display:none."""
    for node in (element, *element.iterancestors()):
        if node.tag in ("script", "style", "noscript", "svg", "template", "head"):
            return True
        if node.get("hidden") is not None or "display:none" in (node.get("style") or "").replace(
            " ", ""
        ):
            return True
    return False


def page_title(page: lxml.html.HtmlElement) -> str:
    """The page's headline: the article heading that the page's own title names.

    The site's name (`og:site_name`, a heading in the page header) is never the title; without
    a matching heading, the first <h1> outside the site header is, else the page's <title>.
    """
    site = folded(page.xpath("string(//meta[@property='og:site_name']/@content)")).casefold()
    names = []
    for value in (
        page.xpath("string(//meta[@property='og:title']/@content)"),
        page.xpath("string(//title)"),
    ):
        if value := folded(value):
            names += [value, *_TITLE_SEPARATORS.split(value)]
    wanted = [name.casefold() for name in names if name.casefold() not in (site, "")]
    headings = [
        heading
        for heading in page.xpath("//h1|//h2|//h3")
        if not _hidden(heading) and not _in_site_header(heading)
    ]
    texts = [text for heading in headings if (text := _heading_text(heading))]
    for name in wanted:  # the page's title before a piece of it (the site's name in a navbar)
        for text in texts:
            if text.casefold() == name:
                return _without_site_name(text, page, site)
    for heading in headings:
        if heading.tag == "h1" and (text := _heading_text(heading)):
            return _without_site_name(text, page, site)
    return next((name for name in names if name.casefold() != site), "Article")


def _without_site_name(title: str, page: lxml.html.HtmlElement, site: str) -> str:
    """The title without the site's or space's name a wiki prints in the headline too
    ("Team Klantenservice : Werkafspraken maken als team", the space named in the page's
    breadcrumbs)."""
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) != 2:
        return title
    crumbs = {folded(text).casefold() for text in page.xpath(_BREADCRUMB_TEXTS)} | {site}
    rest = [part for part in parts if part.casefold() not in crumbs]
    return rest[0] if len(rest) == 1 and rest[0] else title


_BREADCRUMB_TEXTS = "//*[contains(@class, 'breadcrumb') or contains(@id, 'breadcrumb')]//a//text()"


def _in_site_header(heading: etree._Element) -> bool:
    """A heading in the page's own header (site name, tagline), not in an article's header."""
    ancestors = [node.tag for node in heading.iterancestors()]
    if "article" in ancestors or "main" in ancestors:
        return False
    return "hgroup" in ancestors or "header" in ancestors or "nav" in ancestors


def _heading_text(heading: etree._Element) -> str:
    """A heading's own text, leaving out block elements nested in it (a date under a title)."""
    parts = [heading.text or ""]
    for child in heading:
        if isinstance(child.tag, str) and child.tag not in ("div", "p", "time", "small", "ul"):
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return folded("".join(parts))


def page_byline(lines: list[str], title: str) -> Byline:
    """Author and date from the short lines just above or below the title."""
    author, date = None, None
    for window, centre in _around_title(lines, title):
        for index in sorted(range(len(window)), key=lambda index: abs(index - centre)):
            line = window[index]  # the nearest first: a banner's date may stand above
            if _headline(line, title) or is_promotion(line):
                continue
            if (found := parse_byline(line)) is None:
                continue
            if found.author and _NAME.match(found.author) and not author:
                author = found.author
            if found.date and not date:
                date = found.date
                author = author or _name_beside(window, index)
        if author or date:
            break
    return Byline(author, date)


def page_updated(lines: list[str], title: str) -> datetime.date | None:
    """The date the lines around the title say the page was last updated on ("last modified
    by … on Feb 04, 2025"): the date for a page that shows no other."""
    for window, _ in _around_title(lines, title):
        for line in window:
            if date := updated_date(line):
                return date
    return None


def _around_title(lines: list[str], title: str) -> Iterator[tuple[list[str], int]]:
    """The lines just above and below each line that shows the title, and where the title
    stands among them."""
    for position, line in enumerate(lines):
        if _headline(line, title):
            start = max(0, position - _BYLINE_WINDOW)
            yield lines[start : position + _BYLINE_WINDOW + 1], position - start


def _headline(line: str, title: str) -> bool:
    """The title's line, alone or with the site's name before or after it."""
    wanted = title.casefold()
    return line.casefold() == wanted or wanted in (
        part.casefold() for part in _TITLE_SEPARATORS.split(line)
    )


_LABEL_WORD = re.compile(r"(?:about|over|meet|contact|team|by|door|maak\s+kennis)\b", re.I)
"""A word that makes a name a label ("About Rachel"): a link to a page, not a byline."""


def _name_beside(lines: list[str], index: int) -> str | None:
    """A bare name right above or below a byline's date: a post's byline set as two lines
    ("Chris Adeyemi" / "Jan 30, 2024")."""
    for other in (index - 1, index + 1):
        name = name_line(lines[other]) if 0 <= other < len(lines) else None
        if name and _NAME.match(name) and not _LABEL_WORD.match(name):
            return name
    return None


def structured_author(page: lxml.html.HtmlElement) -> str | None:
    """The author named in the page's schema.org data (JSON-LD), which most blog engines write
    for search engines: {"author": {"name": "Sam Whitfield"}}, or a reference by "@id" to a
    Person elsewhere in the graph (Yoast)."""
    nodes: list[dict] = []
    for script in page.xpath("//script[@type='application/ld+json']"):
        try:
            stack = [json.loads(script.text or "")]
        except (ValueError, RecursionError):
            continue
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                nodes.append(node)
                stack.extend(value for value in node.values() if isinstance(value, list | dict))
    names = {node["@id"]: node.get("name") for node in nodes if isinstance(node.get("@id"), str)}
    for node in nodes:
        author = node.get("author")
        for value in author if isinstance(author, list) else [author]:
            if isinstance(value, dict):
                reference = value.get("@id")
                value = value.get("name") or (
                    names.get(reference) if isinstance(reference, str) else None
                )
            name = folded(value) if isinstance(value, str) else ""
            if name and _NAME.match(name) and looks_like_name(name):
                return name
    return None


_AUTHOR_MARKS = (
    "//*[@rel='author']",
    "//*[@itemprop='author']//*[@itemprop='name']",
    "//*[@itemprop='author'][not(*)]",  # microdata naming the author in the element itself
    "//*[contains(@class, 'author-name') or contains(@class, 'author__name')"
    " or contains(@class, 'type-author') or contains(@class, 'post-author')"
    " or contains(@class, 'entry-author')]",
    "//*[contains(translate(@class, 'AN', 'an'), 'author') and contains(translate(@class, 'N',"
    " 'n'), 'name')]",  # "author-box__name", "authorName", "c-author_name"
    "//*[contains(concat(' ', @class, ' '), ' p-author ')]"
    "//*[contains(concat(' ', @class, ' '), ' p-name ')]",  # microformats: the h-entry's author
    "//header//*[contains(concat(' ', @class, ' '), ' p-name ')"
    " and contains(concat(' ', @class, ' '), ' u-url ')]",  # a personal site's own h-card
    "//*[contains(@class, 'Persona-primaryText')]",  # an intranet news post's author card
    "(//*[contains(concat(' ', @class, ' '), ' full-name ')])[1]",  # a forum topic's poster
)


def marked_author(page: lxml.html.HtmlElement) -> str | None:
    """The author a page marks as such in its text: a link with rel="author", a schema.org
    author's name, an element whose class says author-name, microformats' author or a
    personal site's own name (`p-name u-url` in its header). (A <meta name="author"> often
    names the site's owner, not the post's writer.)"""
    for path in _AUTHOR_MARKS:
        for found in page.xpath(path):
            value = found if isinstance(found, str) else found.text_content()
            name = bare_name(folded(value))  # "dr. Loes Hendriks" on an author card
            if name and _NAME.match(name) and looks_like_name(name):
                return name
    for found in page.xpath(_AUTHOR_CREDIT):  # "Tekst: Joris van Leeuwen" under the text
        byline = parse_byline(folded(found.text_content()))
        if byline is not None and byline.author and _NAME.match(byline.author):
            return byline.author
    return None


_AUTHOR_CREDIT = (
    "//*[contains(translate(@class, 'AUTHOR', 'author'), 'author')]"
    "[not(ancestor-or-self::*[contains(translate(@class, 'COMMENT', 'comment'), 'comment')])]"
)
"""An element whose class says author holding a credit ("Tekst: …", "Door …"), outside the
comments (a commenter's name is no writer's)."""


def bio_box_author(page: lxml.html.HtmlElement) -> str | None:
    """The writer an author box names in its bio ("Joost Hermans is organisatiecoach …"): the
    box is left out of the article, its bio still says who wrote it."""
    for box in page.xpath(AUTHOR_BOX_PARTS):
        for paragraph in box.iter("p", "div"):
            if name := bio_name(folded(paragraph.text_content())):
                return name
    return None


def office_author(page: lxml.html.HtmlElement) -> str | None:
    """The author a word processor wrote into a document saved as a web page (Word's
    `<o:Author>` in its properties, inside a conditional comment)."""
    for comment in page.xpath("//head//comment()"):
        found = _OFFICE_AUTHOR.search(comment.text or "")
        if found and looks_like_name(name := folded(found[1])) and _NAME.match(name):
            return name
    return None


_OFFICE_AUTHOR = re.compile(r"<o:Author>([^<]{2,80})</o:Author>")


def site_owner(page: lxml.html.HtmlElement) -> str | None:
    """The person a personal site is named after, when its address spells the name too
    ("Priya Raman" in the <title> and the site's header of priyaraman.bearblog.dev): the
    writer of a one-person blog that names no author on the post."""
    address = page.xpath(
        "string((//link[@rel='canonical']/@href | //meta[@property='og:url']/@content)[1])"
    )
    host = urlsplit(address.strip()).netloc.casefold() if address.strip() else ""
    if not host:
        return None
    candidates = [
        part for value in page.xpath(_SITE_NAMES) for part in _TITLE_SEPARATORS.split(folded(value))
    ]
    for name in candidates:
        letters = re.sub(r"[^a-z]", "", name.casefold())
        personal = looks_like_name(name) and not _ORGANISATION.search(name)
        if 2 <= len(name.split()) <= 4 and personal and letters in host:
            return name
    return None


_ORGANISATION = re.compile(
    r"(?:coaching|consult\w*|training\w*|academy|academie|praktijk|bureau|advies|group|groep"
    r"|partners|company|blog|notes|review|magazine|institu\w+|school|media|news|nieuws|hr"
    r"|leiderschap|leadership|studio|lab|works|collective|agency)\b",
    re.I,
)
"""Words in a site's name that make it an organisation's, not a person's ("Verbeek
Teamcoaching")."""


_SITE_NAMES = (
    "//title/text() | //meta[@property='og:site_name']/@content"
    " | //header//h1//text() | //header//h2//text()"
    " | //*[contains(@class, 'logo-text') or contains(@class, 'site-title')]//text()"
)


def author_box(sections: list[tuple[str, int, list[Block]]]) -> str | None:
    """The name in an "about the author" heading ("De auteur: Emiel Kwakkel")."""
    for name, _, _ in sections:
        match = _AUTHOR_BOX.match(name)
        if match and _NAME.match(match.group(1)):
            return match.group(1)
    return None


def iso_date(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def machine_date(page: lxml.html.HtmlElement) -> datetime.date | None:
    """The publication date the page gives for machines: `article:published_time`, else the
    first `<time datetime>`."""
    for value in page.xpath(
        "//meta[@property='article:published_time']/@content | //time/@datetime"
    ):
        if date := iso_date(value.strip()):
            return date
    return None


def settled_date(shown: datetime.date | None, page: lxml.html.HtmlElement) -> datetime.date | None:
    """The date shown in the byline, unless it is the page's machine date with day and month
    read the other way round: "07/11/2024" is 11 July on an American site."""
    if shown is None or shown.day > 12:
        return shown
    machine = machine_date(page)
    if machine and (machine.year, machine.month, machine.day) == (
        shown.year,
        shown.day,
        shown.month,
    ):
        return machine
    return shown
