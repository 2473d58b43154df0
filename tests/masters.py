"""A company master for tests: PowerPoint's default template with its own layout names and a
footer, in a copy of the default layout that points to it."""

from __future__ import annotations

import shutil
from pathlib import Path

from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER

from .conftest import ROOT

FOOTER = "Voorbeeld BV · vertrouwelijk"
NAMES = {"Title Slide": "Opening", "Title and Content": "Tekst en punten"}
KINDS = {"title": "Opening", "agenda": "Tekst en punten", "bullets": "Tekst en punten"}


def master_layout(folder: Path, suffix: str = ".pptx", closing: str = "Opening") -> Path:
    """A layout folder whose deck uses a master with renamed layouts and a footer."""
    layout = folder / "bedrijf"
    shutil.copytree(ROOT / "layouts" / "coaching", layout)
    presentation = Presentation()
    for slide_layout in presentation.slide_layouts:
        slide_layout.name = NAMES.get(slide_layout.name, slide_layout.name)
        for shape in slide_layout.placeholders:
            if shape.placeholder_format.type == PP_PLACEHOLDER.FOOTER:
                shape.text_frame.text = FOOTER
    master = layout / f"master{suffix}"
    presentation.save(str(master))
    if suffix == ".potx":  # a template: the same package with the template's content type
        _as_template(master)
    toml = (layout / "layout.toml").read_text(encoding="utf-8")
    toml = toml.replace("[deck]\n", f'[deck]\nmaster = "{master.name}"\n')
    kinds = "".join(f'{kind} = "{name}"\n' for kind, name in {**KINDS, "closing": closing}.items())
    toml += f"\n[deck.master_layouts]\n{kinds}"
    (layout / "layout.toml").write_text(toml, encoding="utf-8")
    return layout


def _as_template(path: Path) -> None:
    import io
    import zipfile

    source = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"presentation.main+xml", b"template.main+xml")
            target.writestr(info, data)
    path.write_bytes(output.getvalue())
