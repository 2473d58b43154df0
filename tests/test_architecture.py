"""The shape of the code: placement without python-pptx, no private names across modules, no
import cycles, and no renderer module too long to find one's way in."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT

SOURCE = ROOT / "src"
MODULES = sorted((SOURCE / "workshop").rglob("*.py"))
MAX_RENDER_LINES = 400


def _name(path: Path) -> str:
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """Every workshop module `path` imports (at any depth of the file, a lazy import too),
    with the names it takes from it."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, []) for alias in node.names if alias.name.startswith("workshop")]
        elif isinstance(node, ast.ImportFrom):
            target = _target(node, path)
            if target.startswith("workshop"):
                found.append((target, [alias.name for alias in node.names]))
    return found


def _target(node: ast.ImportFrom, path: Path) -> str:
    """The module a `from … import` in `path` imports from, relative imports resolved."""
    if not node.level:
        return node.module or ""
    module = _name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    base = package.split(".")
    base = base[: len(base) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def _module_of(target: str, name: str, known: set[str]) -> str:
    """`from package import name` imports the module package.name when there is one."""
    return f"{target}.{name}" if f"{target}.{name}" in known else target


def test_placement_does_not_import_python_pptx() -> None:
    code = (
        "import sys, workshop.render.placement, workshop.render.split, workshop.render.slides; "
        "print(sorted(m for m in sys.modules if m == 'pptx' or m.startswith('pptx.')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_help_loads_no_renderer_library() -> None:
    """`workshop --help` stays fast: reportlab, python-pptx and Pillow load only when a
    command renders."""
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from workshop.cli import main\n"
        "assert CliRunner().invoke(main, ['--help']).exit_code == 0\n"
        "heavy = ('pptx', 'reportlab', 'PIL')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def test_no_module_imports_a_private_name_from_another() -> None:
    known = {_name(path) for path in MODULES}
    private = []
    for path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for target, names in _imports(path):
            private += [f"{_name(path)} imports {n} from {target}" for n in names if _private(n)]
        modules = _module_names(tree, path, known)  # names this file binds to workshop modules
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and _private(node.attr)
                and _dotted(node.value) in modules
            ):
                private.append(f"{_name(path)} uses {_dotted(node.value)}.{node.attr}")
    assert private == []


def _module_names(tree: ast.Module, path: Path, known: set[str]) -> set[str]:
    """The names (plain, aliased or dotted) by which the file refers to workshop modules."""
    names = set(known)  # `import workshop.render.fit` binds the dotted name
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.asname for alias in node.names if alias.asname}
        elif isinstance(node, ast.ImportFrom):
            target = _target(node, path)
            for alias in node.names:
                if f"{target}.{alias.name}" in known:
                    names.add(alias.asname or alias.name)
    return names


def _dotted(node: ast.expr) -> str:
    """`a.b.c` for a chain of names and attributes, "" for anything else."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return f"{inner}.{node.attr}" if inner else ""
    return ""


def test_the_modules_import_each_other_without_a_cycle() -> None:
    known = {_name(path) for path in MODULES}
    graph: dict[str, set[str]] = {name: set() for name in known}
    for path in MODULES:
        for target, names in _imports(path):
            for name in names or [""]:
                imported = _module_of(target, name, known) if name else target
                if imported in known and imported != _name(path):
                    graph[_name(path)].add(imported)
    cycles = []
    state: dict[str, str] = {}

    def visit(module: str, trail: list[str]) -> None:
        state[module] = "open"
        for other in sorted(graph[module]):
            if state.get(other) == "open":
                cycles.append(" -> ".join([*trail[trail.index(other) :], other]))
            elif other not in state:
                visit(other, [*trail, other])
        state[module] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []
    assert graph["workshop.render.deck"] >= {"workshop.render.placement", "workshop.render.writer"}


def test_no_renderer_module_is_over_400_lines() -> None:
    long = {
        path.name: count
        for path in (SOURCE / "workshop" / "render").glob("*.py")
        if (count := len(path.read_text(encoding="utf-8").splitlines())) > MAX_RENDER_LINES
    }
    assert long == {}
