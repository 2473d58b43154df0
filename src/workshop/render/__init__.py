"""Renderers: draw a plan with reportlab (handout) or python-pptx (deck). They never parse text."""
