"""Rendering a layout's Jinja2 templates, safely.

Templates run in Jinja2's immutable sandbox with autoescaping on (article text can never
become markup in a plan) and undefined names as errors. The loader sees the layout's folder
and those of the layouts it extends, nothing else (symlinks out of them included), and the
templates get only the article and the layout: no Python globals, no environment.
A layout that extends `coaching` finds the parent's templates under `coaching/` too, so its own
`handout.xml.j2` can `{% extends "coaching/handout.xml.j2" %}` and replace single blocks
(docs/layouts.md lists them).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime
import difflib
import hashlib
import os
import re
import signal
import stat
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
from markupsafe import Markup, escape

from ..cache import cache_folder
from ..enrich.digest import ArticleDigest
from ..enrich.questions import LABELS, Question
from ..errors import LayoutError
from ..language import MONTH_NAMES
from ..marks import tagged
from ..model import Workshop
from .schema import Layout


def render_template(
    layout: Layout, template_name: str, digest: ArticleDigest, workshop: Workshop | None = None
) -> str:
    """Render `template_name` of `layout` with the article's digest; the result is plan XML."""
    environment = _environment(layout, digest.article.language)
    path = template_path(layout, template_name)
    try:
        template = environment.get_template(template_name)
        if template_name not in environment.checked:  # once per environment: a parse each
            _check_blocks(environment, template_name)
            environment.checked.add(template_name)
        context = _context(layout, digest, workshop or Workshop())
        with time_limit(RENDER_SECONDS):
            return _limited(template.generate(context))
    except RecursionError as error:
        where = _template_line(error.__traceback__, layout) or path
        if _calls_itself(error):
            raise LayoutError(where, "a macro calls itself without end") from None
        hint = f'; to build on the parent\'s, use "{layout.extends}/{template_name}"'
        raise LayoutError(
            path,
            "includes or extends itself, without end" + (hint if layout.extends else ""),
        ) from None
    except _TooMuch as error:
        where = _template_line(error.__traceback__, layout) or path
        raise LayoutError(where, str(error)) from None
    except MemoryError as error:
        where = _template_line(error.__traceback__, layout) or path
        raise LayoutError(where, "template error: more text than memory holds") from None
    except (jinja2.TemplateRuntimeError, AssertionError) as error:
        where = _template_line(error.__traceback__, layout) or path
        raise LayoutError(where, f"template error: {error or 'a value a filter refuses'}") from None
    except jinja2.TemplateSyntaxError as error:
        where = f"{error.filename or path}:{error.lineno}"
        raise LayoutError(where, error.message or "syntax error") from None
    except (
        jinja2.TemplateNotFound,
        SecurityError,
        jinja2.UndefinedError,
        TypeError,
        ValueError,
        ArithmeticError,
        LookupError,
    ) as error:
        where = _template_line(error.__traceback__, layout) or path
        raise LayoutError(where, _render_problem(error, layout)) from None


RENDER_SECONDS = 10
"""Time a template may take: the shipped ones take milliseconds; loops of loops take forever."""
MOST_CHARACTERS = 20_000_000
"""Characters a template may write or make in one string: a plan is a few hundred thousand."""


class _TooMuch(Exception):
    """A template that runs too long or writes too much."""


def _limited(pieces: Iterator[str]) -> str:
    """The template's output, stopped once it passes MOST_CHARACTERS."""
    out, size = [], 0
    for piece in pieces:
        size += len(piece)
        if size > MOST_CHARACTERS:
            raise _TooMuch(f"writes more than {MOST_CHARACTERS:,} characters")
        out.append(piece)
    return "".join(out)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Stop what runs inside after `seconds` with _TooMuch. Only the main thread gets signals;
    elsewhere (a thread of another program using this as a library) there is no limit."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(
        signal, "setitimer"
    ):
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise _TooMuch(f"takes longer than {seconds:g} seconds (a loop without end?)")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _calls_itself(error: RecursionError) -> bool:
    """Whether the recursion went through a macro calling itself (not through includes or
    extends, where a macro may be called at the deepest level only)."""
    calls, traceback = 0, error.__traceback__
    while traceback is not None:
        code = traceback.tb_frame.f_code
        if code.co_name == "_invoke" and code.co_filename.endswith("runtime.py"):
            calls += 1  # jinja2.runtime.Macro._invoke: a macro was called
        traceback = traceback.tb_next
    return calls > _MACRO_DEPTH


_MACRO_DEPTH = 20
"""Macro calls inside each other that no layout needs: the shipped ones go three deep."""


def _render_problem(error: Exception, layout: Layout) -> str:
    """What went wrong while rendering, in a designer's words."""
    if isinstance(error, jinja2.TemplateNotFound):
        folders = " and ".join(str(folder) for folder in layout.folders)
        return f"template {error.name!r} not found; templates can use only files in {folders}"
    if isinstance(error, SecurityError):
        return f"not allowed in a template: {error}"
    if isinstance(error, jinja2.UndefinedError):
        return error.message or "undefined name"
    return f"template error: {error}"


def _check_blocks(environment: jinja2.Environment, name: str) -> None:
    """A template that extends another may only fill blocks the other has: a misspelt block
    would otherwise be ignored without a word."""
    source, _, _ = environment.loader.get_source(environment, name)
    if "extends" not in source:  # extends nothing: no need to parse it (a tenth of a deck)
        return
    parent, tree = _parent_of(environment, name)
    if parent is None:
        return
    known = _blocks(environment, parent)
    for block in tree.find_all(nodes.Block):
        if block.name not in known:
            raise jinja2.TemplateSyntaxError(
                f"block {block.name!r} is not in {parent} (it has: {', '.join(sorted(known))})",
                block.lineno,
                name,
                environment.get_template(name).filename,
            )


def _blocks(environment: jinja2.Environment, name: str, depth: int = 0) -> set[str]:
    """The blocks of `name` and of the templates it extends."""
    blocks = set(environment.get_template(name).blocks)
    parent, _ = _parent_of(environment, name)
    if parent is not None and depth < 10:
        blocks |= _blocks(environment, parent, depth + 1)
    return blocks


def _parent_of(environment: jinja2.Environment, name: str) -> tuple[str | None, nodes.Template]:
    """The template `name` extends (when it names it as a plain string), and its syntax tree."""
    source, _, _ = environment.loader.get_source(environment, name)
    tree = environment.parse(source, name)
    for extends in tree.find_all(nodes.Extends):
        if isinstance(extends.template, nodes.Const):
            return str(extends.template.value), tree
    return None, tree


class _Undefined(jinja2.StrictUndefined):
    """StrictUndefined that says, in the docs' words, which fields there are and which one
    was probably meant, instead of Python's class names."""

    __slots__ = ()

    @property
    def _undefined_message(self) -> str:
        owner, name = self._undefined_obj, self._undefined_name
        fields = _fields_of(owner)
        if self._undefined_hint or fields is None or not isinstance(name, str):
            return super()._undefined_message
        what = _FRIENDLY.get(type(owner).__name__, "this table")
        message = f"{what} has no field {name!r}"
        close = difflib.get_close_matches(name, fields, n=1)
        if close:
            message += f"; did you mean {close[0]!r}?"
        return f"{message} (it has: {', '.join(fields)})"


_FRIENDLY = {
    "Article": "article",
    "SectionDigest": "a section",
    "Working": "a section's working elements",
    "Exercise": "an exercise",
    "Question": "a question",
    "Table": "a table block",
    "Workshop": "workshop",
    "Paragraph": "a paragraph block",
    "ListBlock": "a list block",
    "Quote": "a quote block",
    "Image": "an image block",
}


def _fields_of(owner: Any) -> list[str] | None:
    if dataclasses.is_dataclass(owner) and not isinstance(owner, type):
        return [field.name for field in dataclasses.fields(owner)]
    if isinstance(owner, dict) and all(isinstance(key, str) for key in owner):
        return list(owner)
    return None


class _FolderLoader(jinja2.FileSystemLoader):
    """Loads templates from one folder only: Jinja2 already refuses `..`; this also refuses a
    symlink that leads out of the folder."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self.root = folder.resolve()

    def get_source(self, environment: jinja2.Environment, template: str):
        source, filename, uptodate = super().get_source(environment, template)
        if not Path(filename).resolve().is_relative_to(self.root):
            raise jinja2.TemplateNotFound(template)
        return source, filename, uptodate


def worded(question: Question | str, labels: dict[str, str]) -> str:
    """A question as the group hears it: the article's own (or a text) as it stands, else
    the layout's wording for its kind (`question_1` for any section) with `{term}` filled in."""
    if isinstance(question, str):
        return question
    if question.kind == "own":
        return question.text
    wording = labels.get(LABELS[question.kind]) or labels.get("question_1", "")
    return wording.replace("{term}", question.text).replace("{section}", question.text)


def _environment(layout: Layout, language: str) -> _LimitedSandbox:
    """The layout's template environment in `language`, made once per process: Jinja keeps
    its compiled templates in it (and recompiles one whose file changed, for --watch)."""
    labels = layout.labels_for(language)
    key = (Path.cwd(), layout.folders, language, tuple(sorted(labels.items())), _files(layout))
    if key not in _ENVIRONMENTS:
        _ENVIRONMENTS[key] = _new_environment(layout, language)
    return _ENVIRONMENTS[key]


_ENVIRONMENTS: dict[tuple[object, ...], _LimitedSandbox] = {}


def _files(layout: Layout) -> tuple[tuple[str, int], ...]:
    """The layout's template files and their times: a template added, removed or edited
    (while --watch runs) makes a new environment."""
    found = []
    for folder in layout.folders:
        with contextlib.suppress(OSError):
            for path in sorted(folder.glob("*.j2")):
                found.append((str(path), path.stat().st_mtime_ns))
    return tuple(found)


def _new_environment(layout: Layout, language: str) -> _LimitedSandbox:
    folders = layout.folders
    loaders: list[jinja2.BaseLoader] = [_FolderLoader(folder) for folder in folders]
    parents = {folder.name: _FolderLoader(folder) for folder in reversed(folders[1:])}
    if parents:
        loaders.append(jinja2.PrefixLoader(parents))
    environment = _LimitedSandbox(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=_Undefined,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_xml_characters,
        bytecode_cache=_compiled_templates(),
    )
    # Only what templates need: no lipsum, cycler or joiner, whose functions lead to Python
    # module globals (the sandbox blocks that path too; this leaves nothing to try).
    environment.globals = {"range": environment.globals["range"], "dict": dict}
    environment.filters["longdate"] = lambda value: long_date(value, language)
    labels = layout.labels_for(language)
    environment.filters["ask"] = lambda question: worded(question, labels)
    environment.filters["styled"] = _styled
    return environment


def _compiled_templates() -> jinja2.BytecodeCache | None:
    """Where compiled templates are kept for later processes (compiling the default
    layout's took a tenth of a build). Jinja checks each against its template's text; the
    folder is named after Jinja's version and this module, whose settings (the sandbox's
    checks, autoescaping) shape the compiled code. Compiled templates are code that runs,
    so they are kept only in a folder of this user's that no one else may write (as Jinja's
    own default folder is); else templates are compiled in each process."""
    this = hashlib.sha256(Path(__file__).read_bytes() + jinja2.__version__.encode())
    folder = cache_folder() / "templates" / this.hexdigest()[:16]
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except OSError:
        return None
    others_may_write = status.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    if others_may_write or (hasattr(os, "getuid") and status.st_uid != os.getuid()):
        return None
    return _QuietBytecodeCache(str(folder))


class _QuietBytecodeCache(jinja2.FileSystemBytecodeCache):
    """Jinja's cache of compiled templates, for which a folder that cannot be read or
    written (full, read-only, another user's files) means compiling again, not an error."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


class _LimitedSandbox(ImmutableSandboxedEnvironment):
    """The sandbox, with `*` and `**` refused where they would make a string or a number
    too big to hold (`'a' * 10**9`, `9 ** 9 ** 9`)."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.checked: set[str] = set()
        """Templates whose blocks were checked (the environment is made anew when a
        template file changes)."""

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and _big_power(left, right):
            raise _TooMuch("a power too large to compute")
        if operator == "*":
            for text, times in ((left, right), (right, left)):
                sized = isinstance(text, str | list | tuple) and isinstance(times, int)
                if sized and len(text) * times > MOST_CHARACTERS:
                    raise _TooMuch(f"makes a text of more than {MOST_CHARACTERS:,} characters")
        return super().call_binop(context, operator, left, right)


def _big_power(base: Any, exponent: Any) -> bool:
    if not isinstance(base, int) or not isinstance(exponent, int) or abs(base) < 2:
        return False
    return exponent * abs(base).bit_length() > 100_000


def _xml_characters(value: object) -> object:
    """What a template writes, without the characters XML cannot hold (control characters
    such as ESC, U+FFFE): an article or an option that holds one must not make the plan
    unreadable and the layout be blamed for it."""
    if isinstance(value, str) and _NOT_XML.search(value):
        cleaned = _NOT_XML.sub("", value)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    return value


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _styled(text: object) -> Markup:
    """`{{ text | styled }}`: the text escaped, with the emphasis its author gave it as the
    plan's inline <b>, <i> and <a href> elements (docs/layouts.md, "Emphasis")."""
    if not isinstance(text, str):
        return escape(text)
    return Markup(tagged(text, lambda piece: str(escape(piece))))


def _template_line(traceback: TracebackType | None, layout: Layout) -> str | None:
    """ "file:line" of the innermost template frame in `traceback` (Jinja2 rewrites its frames
    to the templates' own files and lines), or None."""
    roots = [folder.resolve() for folder in layout.folders]
    found = None
    while traceback is not None:
        filename = traceback.tb_frame.f_code.co_filename
        if filename.endswith(".j2") or any(Path(filename).is_relative_to(r) for r in roots):
            found = f"{filename}:{traceback.tb_lineno}"
        traceback = traceback.tb_next
    return found


def template_path(layout: Layout, template_name: str) -> Path:
    """The file a template name stands for (the layout's own, else its parent's), for errors."""
    for folder in layout.folders:
        if (folder / template_name).is_file():
            return folder / template_name
    return layout.folder / template_name


def long_date(value: datetime.date | None, language: str) -> str:
    """A date written out in `language` ("28 januari 2015", "January 28, 2015"); "" for None.
    Dutch and English as CLDR's long format writes them (a test compares), without loading
    babel's locale data; other languages through babel."""
    if value is None:
        return ""
    if not isinstance(value, datetime.date):
        raise TypeError(f"longdate: {value!r} is not a date")
    if language in MONTH_NAMES:
        month = MONTH_NAMES[language][0].split()[value.month - 1]
        if language == "en":
            return f"{month.capitalize()} {value.day}, {value.year}"
        return f"{value.day} {month} {value.year}"
    from babel.dates import format_date

    return format_date(value, "long", locale=language)


def _context(layout: Layout, digest: ArticleDigest, workshop: Workshop) -> dict[str, Any]:
    article = digest.article
    logo = layout.relative_name(layout.logo) if layout.logo else ""
    return {
        "workshop": workshop,
        "article": article,
        "intro": digest.intro,
        "intro_notes": digest.intro_notes,
        "intro_key_points": digest.intro_key_points,
        "sections": digest.sections,
        "reading_minutes": digest.reading_minutes,
        "labels": layout.labels_for(article.language),
        "layout": {
            "name": layout.name,
            "footer": layout.footer,
            "logo": logo,
            "contact": dict(layout.contact or {}),
        },
    }
