"""What other Markdown tools write that CommonMark does not read, rewritten as CommonMark
before parsing: Obsidian's wiki links, embeds, comments and callout markers, the import
and export lines of MDX (Docusaurus), template block tags (`{% tip %}…{% end %}` in Zola,
`{% blockquote %}` and `{% asset_img %}` in Hexo, Liquid's), figure shortcodes, Nuxt's
components (`::callout` … `::`), fenced divs (`::: {.callout-tip}`, Quarto, Pandoc) and
MkDocs's admonitions (`!!! tip`) and caption blocks. Without this, "[[Page|label]]" and
"import Tabs from '@theme/Tabs';" would be printed on a participant's handout as if the
author wrote them, and a tip inside a template tag would be lost with the tag.

Fenced code is left as it is: there these are the author's characters.
"""

from __future__ import annotations

import re

_FENCE = re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$", re.M | re.S)
_EMBED = re.compile(r"!\[\[([^\]|\n]+?)(?:\|[^\]\n]*)?\]\]")
_WIKILINK = re.compile(r"\[\[([^\]|\n]+?)(?:#[^\]|\n]*)?(?:\|([^\]\n]+))?\]\]")
_COMMENT = re.compile(r"%%(.*?)%%", re.S)
_CALLOUT = re.compile(r"^((?:>[ \t]*)+)\[![\w-]+\][+-]?[ \t]*", re.M)
_MDX_LINE = re.compile(
    r"^(?:import\s+[^\n]+?\s+from\s+['\"][^'\"\n]+['\"];?|import\s+['\"][^'\"\n]+['\"];?"
    r"|export\s+(?:default|const|function|let)\b[^\n]*)[ \t]*$",
    re.M,
)


def as_commonmark(text: str) -> tuple[str, list[str]]:
    """The Markdown with other tools' syntax rewritten, and the lines that were the tool's
    (comments, MDX imports), to list as dropped."""
    dropped: list[str] = []
    parts: list[str] = []
    at = 0
    for fence in _FENCE.finditer(text):
        parts.append(_rewritten(text[at : fence.start()], dropped))
        parts.append(fence.group(0))
        at = fence.end()
    parts.append(_rewritten(text[at:], dropped))
    return "".join(parts), dropped


def _rewritten(text: str, dropped: list[str]) -> str:
    def comment(match: re.Match[str]) -> str:
        dropped.append(" ".join(match.group(1).split()))
        return ""

    def mdx(match: re.Match[str]) -> str:
        dropped.append(match.group(0).strip())
        return ""

    text = _DEEP_INDENT.sub(" " * _MOST_INDENT, text)
    text = _DEEP_QUOTE.sub("> " * _MOST_QUOTES, text)
    text = _COMMENT.sub(comment, text)
    text = _MDX_LINE.sub(mdx, text)
    text = _containers(text, dropped)
    text = _EMBED.sub(lambda match: f"![](<{match.group(1).strip()}>)", text)
    text = _WIKILINK.sub(lambda match: (match.group(2) or match.group(1)).strip(), text)
    return _CALLOUT.sub(r"\1", text)


def _containers(text: str, dropped: list[str]) -> str:
    """Template tags, components, fenced divs and admonitions around the author's text
    rewritten: their text stays (a quote as a quote, with its credit), their markup goes;
    a component that is the site's (an author card, related posts, a sign-up form) goes whole."""

    def block_tag(match: re.Match[str]) -> str:
        name, args, body = match["name"].lower(), match["args"], match["body"]
        if name in _DROPPED_TAGS:
            return ""
        if name in _CODE_TAGS:
            return f"```\n{body}\n```"
        if name in _QUOTE_TAGS:
            return _quoted(body, _unquoted(args))
        return body

    def component(match: re.Match[str]) -> str:
        name, body = match["name"].lower(), match["body"]
        if _SITE_PART.search(name):
            dropped.extend(line.strip() for line in body.splitlines() if line.strip())
            return ""
        return _quoted(body, "") if "quote" in name else body

    def admonition(match: re.Match[str]) -> str:
        body = re.sub(r"^(?: {4}|\t)", "", match["body"], flags=re.M)
        return _quoted(body, "") if match["kind"].lower() in _QUOTE_TAGS else body

    def caption(match: re.Match[str]) -> str:
        dropped.append(" ".join(match["body"].split()))
        return ""

    for _ in range(_MOST_NESTED):
        rewritten = _TAG_BLOCK.sub(block_tag, text)
        rewritten = _COMPONENT.sub(component, rewritten)
        if rewritten == text:
            break
        text = rewritten
    text = _IMAGE_TAG.sub(lambda m: f"![{_unquoted(m['title'])}](<{m['src']}>)", text)
    text = _FIGURE_SHORTCODE.sub(_figure, text)
    text = _CAPTION_BLOCK.sub(caption, text)
    text = _ADMONITION.sub(admonition, text)
    text = _FENCED_DIV.sub(lambda m: _fence(m, dropped), text)
    text = _ATTRIBUTES_AFTER.sub(lambda match: match[1] or match[2], text)
    text = _KRAMDOWN_TOC.sub("", text)
    text = _ATTRIBUTE_LINE.sub("", text)
    text = _EMPTY_SPAN.sub("", text)
    text = _FOOTNOTE_DEFINITION.sub("", text)  # the note's text stays, at the end
    text = _FOOTNOTE_MARK.sub("", text)
    return _COMPONENT_LINE.sub(lambda match: dropped.append(match[0].strip()) or "", text)


def _fence(match: re.Match[str], dropped: list[str]) -> str:
    if title := (match["title"] or match["bracketed"] or "").strip():
        dropped.append(title)  # a box's label: "Manager Essentials series"
    return ""


def _quoted(body: str, credit: str) -> str:
    lines = [f"> {line}" if line.strip() else ">" for line in body.strip("\n").splitlines()]
    return "\n".join([*lines, *([">", f"> — {credit}"] if credit else [])])


def _unquoted(text: str) -> str:
    return " ".join(text.replace('"', " ").replace("'", " ").split())


def _figure(match: re.Match[str]) -> str:
    """A figure shortcode (Hugo `{{< figure src=… >}}`, Zola `{{ figure(src=…) }}`) as a picture."""
    values = {key: first or second for key, first, second in _SHORTCODE_VALUE.findall(match[0])}
    source = values.get("src") or values.get("path") or ""
    alt = values.get("alt") or values.get("title") or values.get("caption") or ""
    return f"![{alt}](<{source}>)" if source else ""


_MOST_NESTED = 8
_TAG_BLOCK = re.compile(
    r"^[ \t]*\{%-?[ \t]*(?P<name>[A-Za-z_]\w*)(?P<args>[^\n]*?)-?%\}[ \t]*\n"
    r"(?P<body>.*?)\n?^[ \t]*\{%-?[ \t]*end(?:_?(?P=name))?[ \t]*-?%\}[ \t]*$",
    re.M | re.S,
)
"""A template tag with an end tag, each on a line of its own: Liquid's and Hexo's
`{% name … %}` … `{% endname %}`, Zola's `{% name(…) %}` … `{% end %}`."""
_QUOTE_TAGS = frozenset({"blockquote", "quote", "pullquote", "centerquote", "cq"})
_CODE_TAGS = frozenset({"highlight", "codeblock", "code", "raw"})
_DROPPED_TAGS = frozenset({"comment", "capture", "schema", "javascript", "script", "style"})
_IMAGE_TAG = re.compile(
    r"^[ \t]*\{%[ \t]*(?:asset_img|asset_image|img|image)[ \t]+(?P<src>[^\s%]+)"
    r"(?P<title>[^\n]*?)[ \t]*%\}[ \t]*$",
    re.M,
)
_FIGURE_SHORTCODE = re.compile(r"^[ \t]*\{\{[<%]?[ \t]*figure\b[^\n]*?[>%]?\}\}[ \t]*$", re.M)
_SHORTCODE_VALUE = re.compile(r"(\w+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_COMPONENT = re.compile(
    r"^[ \t]*::(?P<name>[A-Za-z][\w-]*)(?:\{[^\n]*\})?[ \t]*\n(?P<body>.*?)^[ \t]*::[ \t]*$",
    re.M | re.S,
)
"""A Nuxt Content (MDC) block component: `::name{props}` … `::`."""
_COMPONENT_LINE = re.compile(r"^[ \t]*::?[A-Za-z][\w-]*(?:\{[^\n]*\})?[ \t]*$", re.M)
"""A component without text of its own (`:newsletter-signup{…}`, `::reading-progress`)."""
_SITE_PART = re.compile(
    r"author|related|newsletter|subscribe|sign-?up|cta|share|comments?|toc|progress|promo|"
    r"banner|ad-?slot"
)
_FENCED_DIV = re.compile(
    r"^[ \t]*:{3,}(?:[ \t]*\{[^\n]*\}|[ \t]*[\w-]+(?:\[(?P<bracketed>[^\]\n]*)\]"
    r"|[ \t]+(?P<title>[^\s{][^\n]*?))?)?[ \t]*$\n?",
    re.M,
)
"""A fenced div's fence (`::: {.callout-tip title="…"}`, `:::`, Docusaurus's `:::note Title`
or `:::tip[Title]`): the text inside stays, a title goes to the dropped lines."""
_ADMONITION = re.compile(
    r"^[ \t]*(?:!!!|\?\?\?\+?)[ \t]*(?P<kind>[\w-]+)[^\n]*\n"
    r"(?P<body>(?:(?: {4}|\t)[^\n]*\n|[ \t]*\n)+)",
    re.M,
)
"""MkDocs's admonition (`!!! tip "Title"` over an indented text)."""
_CAPTION_BLOCK = re.compile(
    r"^[ \t]*/{3}[ \t]*caption[^\n]*\n(?P<body>.*?)^[ \t]*/{3}[ \t]*$\n?", re.M | re.S
)
"""A caption block of PyMdown (`/// caption` … `///`) under a picture."""
_ATTRIBUTES_AFTER = re.compile(
    r"(\]\([^()\n]*(?:\([^()\n]*\)[^()\n]*)*\))[ \t]?\{[ \t]*[:#.]?[\w-]+(?:[ \t]*=[^}\n]*)?\}"
    r"|^(#{1,6}[ \t][^\n]*?)[ \t]+\{[ \t]*[#.][^}\n]*\}[ \t]*$",
    re.M,
)
"""An attribute list after a picture or link (`{ loading=lazy }`, `{#fig-1 width=70%}`) or
at a heading's end (`{#id}`): Pandoc, Quarto, kramdown and MkDocs's markup, not text."""
_ATTRIBUTE_LINE = re.compile(r"^[ \t]*\{:[^}\n]*\}[ \t]*$\n?", re.M)
"""A kramdown attribute line (`{: .lead}`) under a paragraph."""
_KRAMDOWN_TOC = re.compile(
    r"^[ \t]*(?:[*+-]|1\.)[ \t]+(?:TOC|table\s+of\s+contents)[ \t]*\n"
    r"[ \t]*\{:[ \t]*(?:\.no_toc[ \t]+)?toc[ \t]*\}[ \t]*$\n?",
    re.M | re.I,
)
"""kramdown's table of contents (`* TOC` over `{:toc}`), which the site fills in."""
_EMPTY_SPAN = re.compile(r"\[\]\{[ \t]*[#.][^}\n]*\}")
"""A pandoc span with classes and no text (`[]{.aui-icon .aui-iconfont-info}`): an icon a
converted page kept, nothing to read."""
_FOOTNOTE_DEFINITION = re.compile(r"^\[\^[^\]\n]+\]:[ \t]*", re.M)
_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\n]+\](?!:)")
"""Footnotes (`text[^1]` … `[^1]: note`): the marks are markup; a note's text is the author's."""
_MOST_INDENT = 80
_MOST_QUOTES = 40
_DEEP_INDENT = re.compile(rf"^[ \t]{{{_MOST_INDENT + 1},}}(?=\S)", re.M)
_DEEP_QUOTE = re.compile(rf"^(?:>[ \t]?){{{_MOST_QUOTES + 1},}}", re.M)
"""Lists nested deeper than 40 levels and quotes in more than 40 quotes are set at that depth:
the parser stops at 20 by default and drops what lies deeper without a word, and at about a
thousand it runs out of stack."""
