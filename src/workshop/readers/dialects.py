"""What other Markdown tools write that CommonMark does not read, rewritten as CommonMark
before parsing: Obsidian's wiki links, embeds, comments and callout markers, and the import
and export lines of MDX (Docusaurus). Without this, "[[Page|label]]" and "import Tabs from
'@theme/Tabs';" would be printed on a participant's handout as if the author wrote them.

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

    text = _COMMENT.sub(comment, text)
    text = _MDX_LINE.sub(mdx, text)
    text = _EMBED.sub(lambda match: f"![](<{match.group(1).strip()}>)", text)
    text = _WIKILINK.sub(lambda match: (match.group(2) or match.group(1)).strip(), text)
    return _CALLOUT.sub(r"\1", text)
