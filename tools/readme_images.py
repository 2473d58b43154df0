"""Make the README's pictures of the shipped layouts: a handout page and a slide of the seed
in each, as small PNGs in docs/images/. Run it after changing a layout or a renderer:
`python tools/readme_images.py` (needs pdftoppm from poppler-utils and LibreOffice).
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "images"
SEED = ROOT / "source_texts" / "vertrouwen.txt"
PAGES = {"coaching": 3, "minimal": 1, "corporate": 3}
"""The handout page to show: the first one with a section's key points."""
SLIDE = 3
WIDTH = {"page": 260, "slide": 400}


def main() -> None:
    IMAGES.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for layout, page in PAGES.items():
            out = work / layout
            for output_format in ("pdf", "pdf-slides"):
                subprocess.run(
                    [
                        "workshop",
                        "build",
                        str(SEED),
                        "--layout",
                        layout,
                        "--out",
                        str(out),
                        "--format",
                        output_format,
                    ],
                    check=True,
                    cwd=ROOT,
                )
            _page(out / "vertrouwen-handout.pdf", page, IMAGES / f"{layout}-page.png")
            _page(out / "vertrouwen-slides.pdf", SLIDE, IMAGES / f"{layout}-slide.png")
            print(f"wrote {IMAGES / f'{layout}-page.png'} and {IMAGES / f'{layout}-slide.png'}")


def _page(pdf: Path, number: int, target: Path) -> None:
    prefix = target.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "110",
            "-f",
            str(number),
            "-l",
            str(number),
            "-singlefile",
            str(pdf),
            str(prefix),
        ],
        check=True,
    )
    kind = "slide" if target.stem.endswith("slide") else "page"
    with Image.open(target) as image:
        height = round(image.height * WIDTH[kind] / image.width)
        small = image.convert("RGB").resize((WIDTH[kind], height), Image.LANCZOS)
    framed = Image.new("RGB", (small.width + 2, small.height + 2), (190, 190, 190))
    framed.paste(small, (1, 1))
    framed.save(target, optimize=True)


if __name__ == "__main__":
    main()
