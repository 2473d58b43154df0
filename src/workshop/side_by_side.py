"""Two pieces of work at once: one here, one in a forked copy of this process.

A single article's handout and deck are drawn by different libraries (reportlab and
python-pptx), each with its own imports; on a machine with a second core the deck is drawn
in a fork while this process draws the handout, and its bytes come back through a pipe.
The fork can be started early (`fork_ready`), to import what it will need while this
process still reads the article; the work is then sent to it (a function of a module and
its arguments, pickled). The bytes are the same as drawn one after the other. Where there
is no fork (Windows), or no room for one, the two run one after the other.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import traceback
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from .errors import ConfigError, WorkshopError

Here = TypeVar("Here")
There = TypeVar("There")


def can_fork() -> bool:
    return hasattr(os, "fork")


@contextlib.contextmanager
def fork_ready(warm_up: Callable[[], object]) -> Iterator[None]:
    """Within: a fork started now that runs `warm_up()` (imports, say) and then waits for
    the work of the next `side_by_side`; ended, unused or not, on leaving."""
    global _READY
    helper = None
    if can_fork():
        with contextlib.suppress(OSError):
            helper = _Fork(warm_up=warm_up)
    _READY = helper
    try:
        yield
    finally:
        _READY = None
        if helper is not None:
            helper.end()


_READY: _Fork | None = None
"""The fork `fork_ready` started, until a `side_by_side` takes it."""


def side_by_side(
    here: Callable[[], Here], there: Callable[..., There], *arguments: Any
) -> tuple[Here, There]:
    """`here()` in this process and `there(*arguments)` in a fork, at the same time (in the
    fork `fork_ready` started, if any: then `there` and its arguments must pickle). An
    error of `there` is raised here: a layout or option error as a ConfigError, another of
    the tool's as a WorkshopError, each with its message; anything else as a RuntimeError
    with the fork's traceback."""
    global _READY
    helper, _READY = _READY, None
    if helper is not None and not helper.send(there, arguments):
        helper.end()  # work that does not pickle: a fork of this moment has it
        helper = None
    if helper is None:
        try:
            helper = _Fork(work=(there, arguments)) if can_fork() else None
        except OSError:  # no room for another process now
            helper = None
        if helper is None:
            return here(), there(*arguments)
    return helper.beside(here)


class _Fork:
    """A forked process that does one piece of work: given when it is made, or sent to it
    later through a pipe (after `warm_up`), its outcome sent back through another."""

    def __init__(
        self,
        work: tuple[Callable[..., Any], tuple[Any, ...]] | None = None,
        warm_up: Callable[[], object] | None = None,
    ) -> None:
        self._requests: int | None = None
        requests = os.pipe() if work is None else None
        reading, writing = os.pipe()
        try:
            self._pid = os.fork()
        except OSError:
            for end in (reading, writing, *(requests or ())):
                os.close(end)
            raise
        if self._pid == 0:  # the fork: never returns into the caller's code
            try:
                os.close(reading)
                if requests is not None:
                    os.close(requests[1])
                    work = _awaited(requests[0], warm_up)
                outcome = _outcome(*work) if work is not None else b""
                with os.fdopen(writing, "wb") as pipe:
                    pipe.write(outcome)
            finally:
                os._exit(0)
        os.close(writing)
        self._results = reading
        if requests is not None:
            os.close(requests[0])
            self._requests = requests[1]

    def send(self, there: Callable[..., Any], arguments: tuple[Any, ...]) -> bool:
        """Send the work to the fork; False (and nothing sent) when it does not pickle."""
        try:
            request = pickle.dumps((there, arguments))
        except (pickle.PicklingError, AttributeError, TypeError):
            return False
        with os.fdopen(self._requests, "wb") as pipe:
            self._requests = None
            pipe.write(request)
        return True

    def beside(self, here: Callable[[], Here]) -> tuple[Here, Any]:
        with os.fdopen(self._results, "rb") as pipe:
            try:
                mine = here()
                data = pipe.read()
            except BaseException:
                with contextlib.suppress(OSError):
                    os.kill(self._pid, signal.SIGKILL)
                raise
            finally:
                os.waitpid(self._pid, 0)
        return mine, _result(data)

    def end(self) -> None:
        """When the work was never sent: the fork is stopped (once), warmed up or not."""
        if self._requests is None:
            return
        requests, self._requests = self._requests, None
        os.close(requests)
        os.close(self._results)
        with contextlib.suppress(OSError):
            os.kill(self._pid, signal.SIGKILL)
        os.waitpid(self._pid, 0)


def _awaited(requests: int, warm_up: Callable[[], object] | None):
    """In the fork: `warm_up()`, then the work sent, or None when the pipe closes first."""
    if warm_up is not None:
        with contextlib.suppress(Exception):  # the work itself will meet the problem
            warm_up()
    with os.fdopen(requests, "rb") as pipe:
        data = pipe.read()
    return pickle.loads(data) if data else None


def _outcome(work: Callable[..., Any], arguments: tuple[Any, ...]) -> bytes:
    try:
        return pickle.dumps(("done", work(*arguments)))
    except ConfigError as error:
        return pickle.dumps(("config", error.format_message()))
    except WorkshopError as error:
        return pickle.dumps(("workshop", error.format_message()))
    except BaseException:  # noqa: BLE001 (a bug: its traceback goes to the parent)
        return pickle.dumps(("bug", traceback.format_exc()))


def _result(data: bytes) -> Any:
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
