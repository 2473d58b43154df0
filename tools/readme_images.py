"""Make the README's pictures of the shipped layouts: a handout page and a slide of the seed
in each, as small PNGs in docs/images/. Run it after changing a layout or a renderer:
`python tools/readme_images.py` (needs pdftoppm from poppler-utils and LibreOffice).
"""

from __future__ import annotations

import os
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
            subprocess.run(
                ["workshop", "build", str(SEED), "--layout", layout, "--out", str(out)],
                check=True,
                cwd=ROOT,
            )
            _page(out / "vertrouwen-handout.pdf", page, IMAGES / f"{layout}-page.png")
            deck_pdf = _deck_pdf(out / "vertrouwen-slides.pptx", work)
            _page(deck_pdf, SLIDE, IMAGES / f"{layout}-slide.png")
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


def _deck_pdf(deck: Path, work: Path) -> Path:
    profile = work / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(deck.parent),
            str(deck),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "HOME": str(profile)},
    )
    return deck.with_suffix(".pdf")


if __name__ == "__main__":
    main()
