"""Errors a user can act on.

They derive from `click.ClickException`, so the CLI prints one line and exits non-zero
without a traceback; each names the file (and line or key) it is about.
"""

from __future__ import annotations

from pathlib import Path

import click


class WorkshopError(click.ClickException):
    """Base of every error meant for the user rather than for a developer."""


def _where(path: Path | str, line: int | None = None) -> str:
    return f"{path}:{line}" if line else str(path)


class ReadError(WorkshopError):
    """An article that cannot be read: missing, empty, binary, or without article text."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        super().__init__(f"{_where(path, line)}: {problem}")


class LayoutError(WorkshopError):
    """A layout that is missing or invalid; `problems` lists every problem found at once, one
    line each, so a designer can fix them all in one go."""

    def __init__(self, path: Path | str | None, problems: list[str] | str) -> None:
        problems = [problems] if isinstance(problems, str) else problems
        self.problems = [problem if path is None else f"{path}: {problem}" for problem in problems]
        super().__init__("\n".join(self.problems))

    @classmethod
    def at(cls, problems: list[tuple[Path | str, str]]) -> LayoutError:
        """One error for problems in several files (a layout and the layouts it extends)."""
        return cls(None, [f"{path}: {problem}" for path, problem in problems])


class BuildError(WorkshopError):
    """A build that cannot go on: a bad option or an output that cannot be written."""
