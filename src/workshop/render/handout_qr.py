"""The article's source as a QR code on the handout, for participants to open the original."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from ..layouts.schema import Layout
from .handout_text import paragraph

QR_SIZE = 32 * mm


def qr_code(title: str, value: str, styles: dict[str, ParagraphStyle], layout: Layout) -> Flowable:
    """The address as a QR code, 32 mm square (scannable from paper at arm's length), under
    its title and over the address in words, kept together."""
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing

    widget = QrCodeWidget(value, barLevel="M", barFillColor=colors.HexColor(layout.colours.text))
    left, bottom, right, top = widget.getBounds()
    drawing = Drawing(
        QR_SIZE, QR_SIZE, transform=[QR_SIZE / (right - left), 0, 0, QR_SIZE / (top - bottom), 0, 0]
    )
    drawing.add(widget)
    drawing.hAlign = "LEFT"
    parts = [paragraph(title, styles["box_title"])] if title else []
    parts += [drawing, Spacer(1, 2 * mm), paragraph(value, styles["caption"]), Spacer(1, 6 * mm)]
    return KeepTogether(parts)
