"""Nothing changed, nothing done: outputs made from the same inputs are not made again.

Each build of an article (or a day) is known by a hash of everything its outputs are made
from: the source files (the article, its outline, the pictures it names; a day's workshop
file and articles), every file of the layout, the options, `SOURCE_DATE_EPOCH` and the
tool's own code. The hash of the last build of each output folder is kept in the user's
cache folder, not among the outputs, with the size and time of each file it wrote: when the
hash is the same and the files are still as written, the build is up to date. All of it is
file reading and hashing, so an up-to-date check never loads the renderers.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from . import __version__
from .cache import cache_folder
from .files import write_atomic

_LARGEST = 64 * 1024 * 1024
"""Bytes a file may have to be hashed; a larger (or endless) one counts by size and time."""
_NAMED_FILE = re.compile(r"[\w.\-]+\.(?:png|jpe?g|gif|webp|svg|bmp|tiff?)", re.I)


@cache
def _code() -> str:
    """The tool's own code, by its files' sizes and times: a changed renderer (an editable
    install, an upgrade) makes every output out of date."""
    root = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*")):
        if path.suffix in (".py", ".ttf", ".md") and path.is_file():
            status = path.stat()
            digest.update(
                f"{path.relative_to(root)}:{status.st_size}:{status.st_mtime_ns}".encode()
            )
    return digest.hexdigest()


@cache
def _file_hash(path: Path, size: int, mtime: int) -> str:
    """A file's content hash (kept per process by size and time: a layout's fonts are read
    once however many articles use them)."""
    digest = hashlib.sha256()
    with path.open("rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def files_hash(paths: Iterable[Path]) -> str:
    """One hash of the files (by name and content); a missing file counts as missing."""
    digest = hashlib.sha256()
    for path in sorted({Path(p) for p in paths}):
        try:
            status = path.stat()
            if not stat.S_ISREG(status.st_mode) or status.st_size > _LARGEST:
                content = f"not hashed:{status.st_mode}:{status.st_size}:{status.st_mtime_ns}"
            else:
                content = _file_hash(path.resolve(), status.st_size, status.st_mtime_ns)
        except OSError:
            content = "missing"
        digest.update(f"{path}\0{content}\n".encode())
    return digest.hexdigest()


def named_pictures(article: Path) -> list[Path]:
    """The picture files beside an article whose names its text mentions: a changed picture
    changes the outputs."""
    try:
        if not article.is_file():  # a device or a pipe (`/dev/zero`): the reader says no
            return []
        with article.open("rb") as file:
            text = file.read(_LARGEST).decode("utf-8", "replace")
    except OSError:
        return []
    names = {match.group(0) for match in _NAMED_FILE.finditer(text)}
    return [article.parent / name for name in sorted(names) if (article.parent / name).is_file()]


def build_key(inputs: Iterable[Path], settings: Iterable[object]) -> str:
    """The hash that names a build: its input files, its settings and the tool's code."""
    digest = hashlib.sha256(_code().encode())
    digest.update(files_hash(inputs).encode())
    digest.update(repr(tuple(settings)).encode())
    digest.update(os.environ.get("SOURCE_DATE_EPOCH", "").encode())
    return digest.hexdigest()


@dataclass
class Record:
    """The builds made into one output folder: for each build, its key and the files it
    wrote with their size and time then. Read once; written after each build, so a batch
    that is stopped keeps what it finished."""

    out_dir: Path
    _builds: dict[str, dict] | None = field(default=None, init=False, repr=False)

    @property
    def path(self) -> Path:
        name = hashlib.sha256(str(self.out_dir.resolve()).encode()).hexdigest()[:24]
        return cache_folder() / "builds" / f"{name}.json"

    @property
    def builds(self) -> dict[str, dict]:
        if self._builds is None:
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                data = {}
            self._builds = data if isinstance(data, dict) else {}
        return self._builds

    def fresh(self, name: str, key: str) -> bool:
        """Whether build `name` was made with `key` and its files are still as written (a
        record damaged outside the tool only means building again)."""
        entry = self.builds.get(name)
        if not isinstance(entry, dict) or entry.get("key") != key or not entry.get("files"):
            return False
        try:
            for file, (size, mtime) in entry["files"].items():
                status = Path(file).stat()
                if (status.st_size, status.st_mtime_ns) != (size, mtime):
                    return False
        except (OSError, TypeError, ValueError, AttributeError):
            return False
        return True

    def remember(self, name: str, key: str, files: list[Path]) -> None:
        """Keep the key and files of a build just made (a record that cannot be written only
        means the next build makes them again)."""
        entry = {}
        for path in files:
            with contextlib.suppress(OSError):
                status = path.stat()
                entry[str(path)] = [status.st_size, status.st_mtime_ns]
        self.builds[name] = {"key": key, "files": entry}
        with contextlib.suppress(OSError):
            write_atomic(self.path, json.dumps(self.builds, sort_keys=True).encode("utf-8"))
