"""Two pieces of work at once: one here, one in a forked copy of this process.

A single article's handout and deck are drawn by different libraries (reportlab and
python-pptx), each with its own imports; on a machine with a second core the deck is drawn
in a fork while this process draws the handout, and its bytes come back through a pipe.
The bytes are the same as drawn one after the other. Where there is no fork (Windows) the
two run one after the other.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import traceback
from collections.abc import Callable
from typing import TypeVar

from .errors import ConfigError, WorkshopError

Here = TypeVar("Here")
There = TypeVar("There")


def can_fork() -> bool:
    return hasattr(os, "fork")


def side_by_side(here: Callable[[], Here], there: Callable[[], There]) -> tuple[Here, There]:
    """`here()` in this process and `there()` in a fork, at the same time. An error of
    `there` is raised here: a layout or option error as a ConfigError, another of the tool's
    as a WorkshopError, each with its message; anything else as a RuntimeError with the
    fork's traceback."""
    if not can_fork():
        return here(), there()
    reading, writing = os.pipe()
    try:
        child = os.fork()
    except OSError:  # no room for another process now: one after the other
        os.close(reading)
        os.close(writing)
        return here(), there()
    if child == 0:  # the fork: do `there`, send what came of it, and end without cleanup
        try:
            os.close(reading)
            with os.fdopen(writing, "wb") as pipe:
                pipe.write(_outcome(there))
        finally:
            os._exit(0)
    os.close(writing)
    with os.fdopen(reading, "rb") as pipe:
        try:
            mine = here()
            data = pipe.read()
        except BaseException:
            with contextlib.suppress(OSError):
                os.kill(child, signal.SIGKILL)
            raise
        finally:
            os.waitpid(child, 0)
    return mine, _result(data)


def _outcome(work: Callable[[], There]) -> bytes:
    try:
        return pickle.dumps(("done", work()))
    except ConfigError as error:
        return pickle.dumps(("config", error.format_message()))
    except WorkshopError as error:
        return pickle.dumps(("workshop", error.format_message()))
    except BaseException:  # noqa: BLE001 (a bug: its traceback goes to the parent)
        return pickle.dumps(("bug", traceback.format_exc()))


def _result(data: bytes) -> There:
    if not data:
        raise RuntimeError("the process drawing beside this one ended without a word")
    kind, value = pickle.loads(data)
    if kind == "done":
        return value
    if kind == "config":
        raise ConfigError(value)
    if kind == "workshop":
        raise WorkshopError(value)
    raise RuntimeError(f"in the process drawing beside this one:\n{value}")
