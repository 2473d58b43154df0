"""A saved page made ready for the extraction, and what the extraction loses put back: text
boxes as paragraphs, a lead out of the header, figures as pictures, boxes that sell taken out;
the page's links and headings, for the text the extraction returns without them.
"""

from __future__ import annotations

import copy
import re
from urllib.parse import urljoin

import lxml.html
from lxml import etree

from ..marks import LINK, Mark, Marked, link_target, marks_of
from .assemble import SENTENCE_END
from .byline import looks_like_name, parse_byline
from .clutter import credits_picture, is_clutter
from .properties import meta_key

_BOX_MIN_WORDS = 6


_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parts_named(names: tuple[str, ...], attributes: tuple[str, ...] = ("class", "id")) -> str:
    """An XPath to the page's parts whose class (or id) holds one of `names`, in any case
    ("templatePreheader"): never the page, its <main> or <article>, nor a part that holds
    the headline or the main part (a layout grid named `sidebar-grid` around sidebar and
    article both)."""
    named = " or ".join(
        f"contains(translate(@{a}, '{_CAPITALS}', '{_CAPITALS.lower()}'), '{n}')"
        for n in names
        for a in attributes
    )
    return (
        "//*[not(self::html or self::body or self::main or self::article) and not(.//h1)"
        f" and not(.//main or .//*[@role='main']) and ({named})]"
    )


_PORTRAITS = (
    "//img[contains(@class, 'avatar') or contains(@src, 'avatar') or contains(@src, 'gravatar')"
    " or contains(@src, 'profile_pic') or contains(@src, 'profile-pic')]"
)
"""A writer's or commenter's portrait: a picture of the page, not of the article."""

AUTHOR_BOXES = (
    "authorbio",
    "author-bio",
    "author_bio",
    "authorbox",
    "author-box",
    "about-author",
    "author-card",
)
"""Class names of the box with the writer's bio that many templates put under a post."""

AUTHOR_BOX_PARTS = _parts_named(AUTHOR_BOXES, ("class",))
"""An XPath to the page's author boxes."""

NOT_THE_ARTICLE = [
    _PORTRAITS,
    *(
        _parts_named((name,))
        for name in (
            "related",
            "share",
            "sharing",
            "social",
            "comment",
            "newsletter",
            "breadcrumb",
            "cookie",
            "post-navigation",
            "nav-links",
            "sidebar",
            "sponsor",
            "preheader",
            *AUTHOR_BOXES,
        )
    ),
]
"""Page parts that look like content to an extractor but are not the article: teasers of
related posts (often <article> cards), share bars, comment threads, newsletter forms, an
e-mail's preheader ("Plus: nieuwe trainingsdata" over "view in browser"). Never
the page or the part that holds the headline (a `has-sidebar` class on <body> is common)."""

_BLOCKS = frozenset(
    "p div ul ol li h1 h2 h3 h4 h5 h6 table figure blockquote section article aside nav "
    "header footer form pre dl".split()
)


def layout_tables_as_blocks(page: lxml.html.HtmlElement) -> None:
    """Tables that lay a page out (an e-mail's, an old site's) become plain blocks, so their
    headings and paragraphs are read as such; a table of data stays a table. A table lays
    out when it says so (role="presentation"), holds another table, headings or paragraphs of
    text in its cells, or has one column only."""
    for table in list(page.iter("table")):
        if not _lays_out(table):
            continue
        rows = table.xpath("./tr | ./*[self::tbody or self::thead or self::tfoot]/tr")
        for part in (
            table,
            *table.xpath("./tbody | ./thead | ./tfoot"),
            *rows,
            *(cell for row in rows for cell in row.xpath("./td | ./th")),
        ):
            part.tag = "div"


def _lays_out(table: etree._Element) -> bool:
    if table.get("role", "").lower() in ("presentation", "none"):
        return True
    if table.xpath(".//table | .//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6"):
        return True
    rows = table.xpath("./tr | ./*[self::tbody or self::thead or self::tfoot]/tr")
    if rows and all(len(row.xpath("./td | ./th")) <= 1 for row in rows):
        return True
    return any(
        len(cell.xpath("./p")) >= 2 or len(element_text(cell).split()) > _CELL_MAX_WORDS
        for cell in table.iter("td", "th")
    )


_CELL_MAX_WORDS = 60
"""Words in a table cell, at most, for the table to hold data rather than lay out text."""


def text_boxes_as_paragraphs(page: lxml.html.HtmlElement) -> None:
    """A box that holds a sentence or more of text directly (a page builder's callout: "Tip:
    tell the team where the idea came from. …") becomes a paragraph, which the extraction
    keeps: it drops text in such boxes without a word."""
    for box in list(page.iter("div")):
        if any(isinstance(node.tag, str) and node.tag in _BLOCKS for node in box.iterdescendants()):
            continue  # a wrapper around blocks (a page builder's <span> around the article)
        text = " ".join(box.text_content().split())
        if len(text.split()) >= _BOX_MIN_WORDS and text.endswith(SENTENCE_END):
            box.tag = "p"


def standfirst_out_of_header(page: lxml.html.HtmlElement, title: str) -> None:
    """The lead paragraph printed in the article's <header>, under its headline, moved to
    the start of the text: the extraction leaves out every <header>, and the lead with it.
    The site's own header (its name as <h1>, a description under it) keeps its text."""
    for header in page.xpath("//header[.//h1]"):
        if not _holds_headline(header, title):
            continue
        leads = [
            paragraph
            for paragraph in header.iter("p")
            if len((text := element_text(paragraph)).split()) >= _LEAD_MIN_WORDS
            and text.endswith(SENTENCE_END)
            and parse_byline(text) is None
        ]
        first = _first_paragraph_after(header)
        for paragraph in leads if first is not None else ():
            paragraph.tail = None
            first.addprevious(paragraph)


_LEAD_MIN_WORDS = 12


def _holds_headline(part: etree._Element, title: str) -> bool:
    wanted = title.casefold()
    return any(
        wanted in element_text(heading).casefold() for heading in part.iter("h1", "h2", "h3")
    )


def described_author(page: lxml.html.HtmlElement, title: str) -> str | None:
    """The writer a one-person blog names in its own header's description ("Jess Whitlow ·
    engineering manager, …"): a name, then a separator and what they do."""
    for header in page.xpath("//header[.//h1]"):
        if _holds_headline(header, title):
            continue
        for paragraph in header.iter("p"):
            found = _DESCRIBED.match(element_text(paragraph))
            if found and looks_like_name(found["name"]):
                return found["name"]
    return None


_DESCRIBED = re.compile(r"^(?P<name>[^·|—–,:]{3,40}?)\s*[·|—–,:]\s+(?-i:[a-z])", re.I)


def subtitle_as_paragraph(page: lxml.html.HtmlElement) -> str | None:
    """A subtitle set as a heading right under the headline (Substack's <h3 class=
    "subtitle">, a newsletter's <h2> dek over the byline) becomes a paragraph: the article's
    standfirst, not the heading of its first section. It is one when its class says so, or
    when the byline follows it before any text. Returns its text, for the reader to put at
    the start when the extraction left the headline's block out."""
    for headline in page.iter("h1"):  # a site's name may be an <h1> too
        subtitle = _next_heading(headline)
        if subtitle is None:
            continue
        named = f"{subtitle.get('class', '')} {subtitle.get('id', '')}"
        if _SUBTITLE_CLASS.search(named) or _byline_follows(subtitle):
            subtitle.tag = "p"
            return element_text(subtitle) or None
    return None


def lead_paragraphs(page: lxml.html.HtmlElement) -> list[str]:
    """The lead's paragraphs a template sets in a box of its own under the headline ("article
    __intro", "lede"), outside the body: the extraction may leave that box out. Only between
    the headline and the first subheading, a sentence or more each."""
    headline = next(page.iter("h1"), None)
    if headline is None:
        return []
    leads = []
    for box in headline.xpath("following::*[@class]"):
        if box.tag in _SUBHEADINGS:
            break
        if not _LEAD_CLASS.search(box.get("class", "")):
            continue
        for paragraph in box.iter("p"):
            text = element_text(paragraph)
            if len(text.split()) >= _LEAD_MIN_WORDS and text.endswith(SENTENCE_END):
                leads.append(text)
    return leads


_LEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:intro|lead|lede|standfirst)(?:$|[\s_-])", re.I)


_SUBHEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _next_heading(headline: etree._Element) -> etree._Element | None:
    """The heading right after the headline, with no text between them: its next sibling, or
    the first element after it when the page wraps each in a block of its own."""
    following = headline.getnext()
    if following is None:
        following = next(iter(headline.xpath("following::*[1]")), None)
        while (
            following is not None
            and following.tag in ("div", "span", "section")
            and len(following)
            and not (following.text or "").strip()
        ):
            following = following[0]  # into the wrapper, to its first element
    return following if following is not None and following.tag in _SUBHEADINGS else None


_SUBTITLE_CLASS = re.compile(r"subtitle|subhead|standfirst|\bdek\b|tagline|excerpt", re.I)
_BYLINE_TEXTS = 6
"""Pieces of text under a subtitle within which the byline stands (name, date, reading time)."""


def _byline_follows(heading: etree._Element) -> bool:
    texts = heading.xpath("following::text()[normalize-space()]")[:_BYLINE_TEXTS]
    for text in texts:
        text = " ".join(text.split())
        if len(text.split()) >= _LEAD_MIN_WORDS:
            return False  # the text goes on under the heading: a section
        byline = parse_byline(text)
        if byline is not None and (byline.author or byline.date):
            return True
    return False


def _first_paragraph_after(element: etree._Element) -> etree._Element | None:
    """The first paragraph of text after `element`: a sentence or more, not a label."""
    return next(
        (
            paragraph
            for paragraph in element.xpath("following::p")
            if len(element_text(paragraph).split()) >= _LEAD_MIN_WORDS
        ),
        None,
    )


def without_offer_boxes(page: lxml.html.HtmlElement) -> list[str]:
    """The page without the boxes that sell inside the article (a class that says cta or
    promo), whose text is returned; removed here, as the extraction keeps them and pruning
    them there makes it lose a heading next to them."""
    removed = []
    for box in page.xpath(_OFFER_BOX):
        removed.append(" ".join(" ".join(box.itertext()).split()))  # its parts apart
        box.drop_tree()
    return [text for text in removed if text]


_OFFER_BOX = _parts_named(
    (
        "cta",
        "call-to-action",
        "promo",
        "optin",
        "product-card",
        "product-callout",
        "product-teaser",
        "productcard",
        "buy-box",
    ),
    ("class",),
)


def page_headings(page: lxml.html.HtmlElement) -> list[tuple[str, int, str]]:
    """The page's headings outside its header, navigation, sidebars and footer, each with
    its depth and the start of the text right after it."""
    found = []
    for heading in page.iter("h2", "h3", "h4", "h5", "h6"):
        if any(
            node.tag in ("header", "nav", "aside", "footer", "form")
            or _BOX_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}")
            for node in (heading, *heading.iterancestors())
        ):
            continue
        text = element_text(heading)
        after = next(
            (
                element_text(node)[:_ANCHOR]
                for node in heading.itersiblings()
                if isinstance(node.tag, str) and element_text(node)
            ),
            "",
        )
        if text and after:
            found.append((text, int(heading.tag[1]), after))
    return found


def restore_headings(main: etree._Element, headings: list[tuple[str, int, str]]) -> None:
    """Put the page's headings back before the text they stand over, when the extraction
    kept the text without a single heading (it does so when an article's text is split
    over several boxes, or holds a figure)."""
    if len(headings) < _MIN_RESTORED:
        return
    waiting = list(headings)
    for element in list(main.iter("p", "list", "quote", "table")):
        if not waiting:
            break
        text = element_text(element)
        if text and text.startswith(waiting[0][2]):
            title, depth, _ = waiting.pop(0)
            head = etree.Element("head", rend=f"h{depth}")
            head.text = title
            element.addprevious(head)


_ANCHOR = 50

_MIN_RESTORED = 2

_BOX_CLASS = re.compile(
    r"related|cta|newsletter|subscribe|author|comment|share|sidebar|footer|promo|banner", re.I
)


def figures_as_pictures(page: lxml.html.HtmlElement) -> list[str]:
    """Each <figure> as a plain paragraph holding its pictures, its caption their alt text
    when they have none and it is no credit; the captions given up are returned. For a saved
    page and for raw HTML in Markdown alike; in a saved page's text a <figure> makes the
    extraction drop every heading of the article."""
    captions: list[str] = []
    _captions_by_class(page)
    for figure in list(page.iter("figure")):
        images = list(figure.iter("img"))
        caption = figure.find(".//figcaption")
        text = " ".join(caption.text_content().split()) if caption is not None else ""
        if not images:
            if text:  # a quotation or a chart's text in a figure: the text stays
                figure.tag = "p"
            continue
        credit = credits_picture(text) or is_clutter(text)
        for image in images:
            if not (image.get("alt") or "").strip() and text and not credit:
                image.set("alt", text)  # a credit ("Photo by … on Unsplash") is no alt text
                text = ""
        if text:
            captions.append(text)
        paragraph = lxml.html.Element("p")
        paragraph.extend(images)
        paragraph.tail = figure.tail
        figure.getparent().replace(figure, paragraph)
    return captions


def _captions_by_class(page: lxml.html.HtmlElement) -> None:
    """Pictures captioned the old way, in a box whose class says so ("wp-caption" around the
    picture and a "wp-caption-text" paragraph), or a caption paragraph right under a picture:
    made a <figure> and its <figcaption>, so the caption is read as one, not as text."""
    for element in page.xpath(_CAPTIONED):
        if element.tag in ("figure", "figcaption") or element.getparent() is None:
            continue
        if element.find(".//img") is not None:
            element.tag = "figure"
            for caption in element.xpath(_CAPTIONED):
                if caption.find(".//img") is None:
                    caption.tag = "figcaption"
            continue
        picture = element.getprevious()
        if picture is None or not (picture.tag == "img" or picture.find(".//img") is not None):
            continue
        figure = lxml.html.Element("figure")
        element.addprevious(figure)
        figure.tail, element.tail = element.tail, None
        figure.extend([picture, element])
        element.tag = "figcaption"


_CAPTIONED = (
    "//*[contains(concat(' ', translate(normalize-space(@class), 'CAPTION', 'caption'), ' '),"
    " 'caption')]"
)


def without_comments(page: lxml.html.HtmlElement) -> None:
    """The page without the conditional comments Word writes (`<!--[if !supportLists]-->`,
    `<!--[endif]-->`), the text after each kept: a list item's text stands right after one,
    and the extraction drops that text with the comment."""
    for comment in page.xpath("//comment()"):
        if not _CONDITIONAL.match(comment.text or ""):
            continue  # other comments the extraction passes over, text and all
        parent = comment.getparent()
        if parent is None:
            continue
        tail, previous = comment.tail or "", comment.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(comment)


_CONDITIONAL = re.compile(r"^\s*\[(?:if\b|endif\])", re.I)


def word_lists_as_lists(page: lxml.html.HtmlElement) -> None:
    """Word's list paragraphs ("MsoListParagraphCxSpFirst" … "CxSpLast", each with its bullet
    or number drawn in a span) as a list of items: without it they read as paragraphs that
    start with "·" or "1."."""
    items = page.xpath(
        "//p[starts-with(@class, 'MsoListParagraph') or contains(@style, 'mso-list')]"
    )
    current: etree._Element | None = None
    for item in items:
        marker = item.find("span")
        number = ""
        if marker is not None and not (item.text or "").strip():
            number = " ".join(marker.text_content().split())
            item.text = (item.text or "") + (marker.tail or "")
            item.remove(marker)
        previous = item.getprevious()
        if current is None or previous is not current:
            current = lxml.html.Element("ol" if number[:1].isdigit() else "ul")
            item.addprevious(current)
        current.tail, item.tail = item.tail, None
        item.tag = "li"
        current.append(item)


def properties_table(page: lxml.html.HtmlElement) -> tuple[dict[str, str], list[str]]:
    """The properties a document's brief sets in a table above its text ("Auteur" | "Marieke
    van Dalen", "Publicatiedatum" | "18 januari 2024"), taken out of the page: the properties
    and the table's cells. A table of two columns, before the text's first heading, whose
    first cells name two fields of a brief or more (author, date, status, audience), one of
    them the title, author or date."""
    if next(page.iter("table"), None) is None:
        return {}, []
    headings = page.xpath("//body//*[self::h1 or self::h2]")
    order = {node: index for index, node in enumerate(page.iter())}
    limit = order[headings[0]] if headings else len(order)
    for table in page.iter("table"):
        if order[table] > limit:
            break
        rows = [
            [element_text(cell) for cell in row if cell.tag in ("td", "th")]
            for row in table.iter("tr")
        ]
        if not rows or any(len(row) != 2 for row in rows):
            continue
        meta = {key: value for label, value in rows if (key := meta_key(label)) and value}
        if len(meta) + sum(bool(_BRIEF_LABEL.match(label)) for label, _ in rows) < 2 or not meta:
            continue
        cells = [text for row in rows for text in row if text]
        table.drop_tree()
        return meta, cells
    return {}, []


_BRIEF_LABEL = re.compile(
    r"^(?:status|doelgroep|audience|editor|eindredacteur|redacteur|seo\s+keyword|cta|deadline"
    r"|kanaal|channel|versie|version)\s*:?$",
    re.I,
)


def region_missed(
    page: lxml.html.HtmlElement, extracted: etree._Element
) -> lxml.html.HtmlElement | None:
    """The part of the page that holds its text, as a page of its own, when the extraction
    kept less than half of it: a page built of many boxes of text ("cmp-text" after
    "cmp-text") lets it take the first box for the article. In that copy the boxes' names
    are gone (the parts that are no article keep theirs) and the part is the <article>."""
    kept = len(" ".join(extracted.itertext()).split())
    everything = sum(len(element_text(paragraph).split()) for paragraph in page.iter("p", "li"))
    if kept >= _REGION_SHARE * everything:
        return None  # it kept half of all the paragraphs' words: half of the text's, then too
    paragraphs = [
        paragraph
        for paragraph in page.iter("p", "li")
        if not any(
            isinstance(node.tag, str) and node.tag in _FURNITURE_TAGS
            for node in paragraph.iterancestors()
        )
    ]
    counted = [(paragraph, len(element_text(paragraph).split())) for paragraph in paragraphs]
    total = sum(words for _, words in counted)
    if total < _REGION_MIN_WORDS or kept >= _REGION_SHARE * total:
        return None
    region = _holding(counted, total)
    if region is None or len(" ".join(region.itertext()).split()) <= kept:
        return None
    copied = copy.deepcopy(region)
    for node in copied.iter():
        named = f"{node.get('class') or ''} {node.get('id') or ''}"
        if isinstance(node.tag, str) and not _KEEPS_NAME.search(named):
            node.attrib.pop("class", None)
            node.attrib.pop("id", None)
    copied.tag = "article"
    document = lxml.html.fromstring("<html><body></body></html>")
    document.find("body").append(copied)
    return document


def _holding(
    counted: list[tuple[lxml.html.HtmlElement, int]], total: int
) -> lxml.html.HtmlElement | None:
    """The deepest element that holds most of the page's paragraph words (those that do are
    each other's ancestors: the smallest is the deepest)."""
    words: dict[lxml.html.HtmlElement, int] = {}
    for paragraph, count in counted:
        for node in paragraph.iterancestors():
            words[node] = words.get(node, 0) + count
    holding = [node for node, count in words.items() if count >= _REGION_HOLDS * total]
    return min(holding, key=lambda node: sum(1 for _ in node.iter()), default=None)


_FURNITURE_TAGS = frozenset("header nav footer aside form script style noscript template".split())
_REGION_MIN_WORDS = 200
_REGION_SHARE = 0.5
_REGION_HOLDS = 0.8
_KEEPS_NAME = re.compile(
    r"related|share|sharing|social|comment|newsletter|breadcrumb|cookie|sidebar|sponsor|toc"
    r"|promo|cta|author|caption",
    re.I,
)


def folded(text: str | None) -> str:
    return " ".join((text or "").replace("\u00ad", "").split())


def element_text(element: etree._Element) -> str:
    return folded("".join(element.itertext()))


def page_links(page: lxml.html.HtmlElement) -> dict[str, tuple[tuple[str, str], ...]]:
    """The links of each block of running text on the page, by the block's text: the
    extraction keeps no links (asked to, it keeps other parts of the page too), so a
    paragraph it gives back gets them from the block with exactly its text. Addresses are
    made whole against the page's canonical address (a saved page's links are often
    relative)."""
    canonical = page.find(".//link[@rel='canonical']")
    base = canonical.get("href", "") if canonical is not None else ""
    links: dict[str, tuple[tuple[str, str], ...]] = {}
    for block in page.iter("p", "li", "blockquote", "dd", "figcaption"):
        anchors = tuple(
            (text, href)
            for anchor in block.iter("a")
            if (text := folded(anchor.text_content()))
            and (href := link_target(urljoin(base, anchor.get("href") or "")))
        )
        if anchors:
            links.setdefault(folded(block.text_content()), anchors)
    return links


def linked(text: str, links: dict[str, tuple[tuple[str, str], ...]]) -> str:
    """The text with its block's links marked, each at its place after the one before."""
    anchors = links.get(text)
    if not anchors:
        return text
    marks, at = list(marks_of(text)), 0
    for anchor, href in anchors:
        start = text.find(anchor, at)
        if start >= 0:
            marks.append(Mark(start, start + len(anchor), LINK, href))
            at = start + len(anchor)
    return Marked(text, marks)
