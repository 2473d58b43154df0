"""How an article was read, as text: for `workshop inspect` without `--json`."""

from __future__ import annotations

import textwrap

from .model import Article, Block, ListBlock, Paragraph, Quote, Table

_WIDTH = 72


def readout(article: Article, review: tuple[str, ...] = ()) -> str:
    """Title and byline, each heading indented by level with its blocks, then what was dropped
    and, when given, what needs a human look."""
    lines = [
        f"title:    {article.title}",
        f"author:   {article.author or '-'}",
        f"date:     {article.date.isoformat() if article.date else '-'}",
        f"language: {article.language}",
        *([f"source:   {article.url}"] if article.url else []),
        "",
        "intro",
        *_blocks(article.intro, "  "),
    ]
    for section in article.sections:
        indent = "  " * section.level
        lines.append(
            f"{indent[:-2]}# {section.title}"
            if section.level == 1
            else f"{indent[:-2]}## {section.title}"
        )
        lines.extend(_blocks(section.blocks, indent))
    lines.append("")
    count = len(article.dropped)
    lines.append(f"dropped ({count} {'line' if count == 1 else 'lines'})")
    lines.extend(f"  - {line}" for line in article.dropped)
    if review:
        lines += ["", "needs a human look", *(f"  - {line}" for line in review)]
    return "\n".join(lines)


def _blocks(blocks: tuple[Block, ...], indent: str) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, ListBlock):
            kind = "numbered" if block.ordered else "bullets"
            lines.append(f"{indent}list ({kind}, {len(block.items)} items)")
            lines.extend(_short(f"{indent}  - ", item) for item in block.items)
        elif isinstance(block, Paragraph | Quote):
            lines.append(_short(f"{indent}{block.kind}: ", block.text))
        elif isinstance(block, Table):
            width = max((len(row) for row in block.rows), default=0)
            lines.append(f"{indent}table ({len(block.rows)} rows, {width} columns)")
            lines.extend(_short(f"{indent}  | ", " | ".join(row)) for row in block.rows)
        else:
            lines.append(f"{indent}image: {block.src}" + (f" ({block.alt})" if block.alt else ""))
    return lines


def _short(prefix: str, text: str) -> str:
    return prefix + textwrap.shorten(text, width=max(_WIDTH - len(prefix), 20), placeholder=" …")
