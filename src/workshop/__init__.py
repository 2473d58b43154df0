"""workshop: turn articles about coaching leadership into a handout PDF and a slide deck."""

__version__ = "0.1.0"
