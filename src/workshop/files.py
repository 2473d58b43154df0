"""Writing output files so that a failed build never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`.

    Readers of `path` see either the old file or the whole new one, never a partial write.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(
        dir=path.parent, prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def sweep_leftovers(folder: Path) -> list[Path]:
    """Remove the temporary files (and folders) that builds killed mid-write left in `folder`;
    return them. A file's name holds the process that wrote it: one still running (another
    build into the same folder) keeps its files."""
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        match = _LEFTOVER.match(entry.name)
        if match is None or _running(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry)
            else:
                entry.unlink()
            removed.append(entry)
    return removed


def scratch_folder() -> tempfile.TemporaryDirectory[str]:
    """A folder for work in progress (LibreOffice's conversion), named so that one left by a
    killed build is swept away by the next."""
    sweep_leftovers(Path(tempfile.gettempdir()))
    return tempfile.TemporaryDirectory(prefix=f".workshop.{os.getpid()}.", suffix=".tmp")


_LEFTOVER = re.compile(r"^\..*\.(?P<pid>\d+)\.[^.]+\.tmp$")


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: it exists
        return True
    return True
