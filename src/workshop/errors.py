"""Errors a user can act on.

They derive from `click.ClickException`, so the CLI prints one line and exits non-zero
without a traceback; each names the file (and line or key) it is about. The exit code says
which kind it was: 1 when an article or an output failed, 2 when the command was set up wrong
(an option, a layout, a workshop file) and nothing could be built as asked.
"""

from __future__ import annotations

from pathlib import Path

import click


class WorkshopError(click.ClickException):
    """Base of every error meant for the user rather than for a developer: one article or
    output failed (exit code 1); in a batch the other articles are still built."""

    exit_code = 1


class ConfigError(WorkshopError):
    """The command is set up wrong (an option, a layout, a workshop file): no article can be
    built as asked, so the build stops before writing anything (exit code 2, as for usage)."""

    exit_code = 2


def _where(path: Path | str, line: int | None = None) -> str:
    return f"{path}:{line}" if line else str(path)


class ReadError(WorkshopError):
    """An article that cannot be read: missing, empty, binary, or without article text."""

    def __init__(self, path: Path | str, problem: str, line: int | None = None) -> None:
        super().__init__(f"{_where(path, line)}: {problem}")


class LayoutError(ConfigError):
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
    """An output that cannot be made or written."""


class OptionError(ConfigError):
    """Options or an environment that no build can go on with (sources that clash, an outline
    for several articles, a converter that is not installed)."""
