"""The floor: what the bare libraries take to draw the same pages and slides.

    python bench/floor.py CONTENT.json OUT_FOLDER

CONTENT.json holds the text of each handout page and each slide (title, bullets, notes), as
`build_speed.py` takes it from a real build. This draws them with reportlab's platypus (the
page's lines as paragraphs, a page break between pages, a TrueType font embedded) and
python-pptx's default template (a title and bullets per slide, notes), with none of the
tool's reading, planning, fitting or checking: the time any tool drawing these needs at
least.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from xml.sax.saxutils import escape


def main(content_path: str, out: str) -> None:
    from pptx import Presentation
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    content = json.loads(Path(content_path).read_text(encoding="utf-8"))
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    pdfmetrics.registerFont(TTFont("Floor", content["font"]))
    style = ParagraphStyle("floor", fontName="Floor", fontSize=11, leading=15)
    story = []
    for number, page in enumerate(content["pages"]):
        if number:
            story.append(PageBreak())
        story += [Paragraph(escape(line), style) for line in page if line.strip()]
    SimpleDocTemplate(str(folder / "floor.pdf"), pagesize=A4, invariant=1).build(story)
    deck = Presentation()
    for slide in content["slides"]:
        page = deck.slides.add_slide(deck.slide_layouts[1])
        page.shapes.title.text = slide["title"]
        body = page.placeholders[1].text_frame
        for index, bullet in enumerate(slide["bullets"]):
            paragraph = body.paragraphs[0] if index == 0 else body.add_paragraph()
            paragraph.text = bullet
        page.notes_slide.notes_text_frame.text = slide["notes"]
    deck.save(str(folder / "floor.pptx"))


if __name__ == "__main__":
    main(*sys.argv[1:3])
