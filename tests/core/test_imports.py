"""The import graph of desktop_app, read with ``ast`` (nothing is imported).

Every runtime import counts, function-level ones too; imports under
``if TYPE_CHECKING:`` do not. Importing ``a.b.c`` counts as an import of that
module only (not of its parent packages, which Python loads first anyway).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import desktop_app

ROOT = Path(desktop_app.__file__).parent
PACKAGE = "desktop_app"
QT = ("PySide6", "shiboken6")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(ROOT.rglob("*.py")) if "migrations" not in p.parts}


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node but those under ``if TYPE_CHECKING:`` (their ``else`` still counts)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            stack.extend(node.orelse)
            continue
        stack.extend(ast.iter_child_nodes(node))


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules (any, not only ours) that module ``name`` at ``path`` imports at run time."""
    is_package = path.name == "__init__.py"
    out: set[str] = set()
    for node in _runtime_nodes(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                out.add(sub if sub in known else source)
    return out


def graph() -> dict[str, set[str]]:
    mods = modules()
    known = set(mods)
    return {
        name: {m for m in imported(name, path, known) if m in known and m != name}
        for name, path in mods.items()
    }


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def _is_gui(name: str) -> bool:
    return name == f"{PACKAGE}.gui" or name.startswith(f"{PACKAGE}.gui.")


def test_the_cycle_finder_finds_cycles() -> None:
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e", "d"}}
    assert cycles(edges) == [["a", "b", "c"]]


def test_relative_and_function_level_imports_count_but_type_checking_ones_do_not(
    tmp_path: Path,
) -> None:
    pkg = tmp_path / "desktop_app" / "core"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text("from . import x\n", "utf-8")
    source = (
        "from typing import TYPE_CHECKING\n"
        "from .y import thing\n"
        "if TYPE_CHECKING:\n"
        "    from desktop_app.gui import window\n"
        "else:\n"
        "    import desktop_app.core.z\n"
        "def f():\n"
        "    from desktop_app.core import w\n"
    )
    (pkg / "x.py").write_text(source, "utf-8")
    known = {"desktop_app.core", "desktop_app.core.x", "desktop_app.core.y", "desktop_app.core.w"}
    assert imported("desktop_app.core.x", pkg / "x.py", known) >= {
        "desktop_app.core.y",
        "desktop_app.core.z",
        "desktop_app.core.w",
    }
    assert "desktop_app.gui" not in imported("desktop_app.core.x", pkg / "x.py", known)
    assert imported("desktop_app.core", pkg / "__init__.py", known) == {"desktop_app.core.x"}


def test_no_import_cycles_between_modules() -> None:
    """Core, CLI and GUI alike (each cycle is listed by its modules)."""
    assert cycles(graph()) == []


def test_the_core_imports_no_qt_and_nothing_from_the_gui_or_the_cli() -> None:
    mods = modules()
    known = set(mods)
    wrong = []
    for name, path in mods.items():
        if not name.startswith(f"{PACKAGE}.core"):
            continue
        for target in imported(name, path, known):
            top = target.split(".")[0]
            if (
                top in QT
                or _is_gui(target)
                or target.startswith(f"{PACKAGE}.cli")
                or target == f"{PACKAGE}.__main__"
            ):
                wrong.append(f"{name} imports {target}")
    assert wrong == []


def test_the_graph_sees_the_package() -> None:
    """Guards the other tests against passing on an empty or misread graph."""
    edges = graph()
    assert "desktop_app.core.service.catalogue" in edges
    assert "desktop_app.core.service.unit_of_work" in edges["desktop_app.core.service.catalogue"]
    assert "desktop_app.cli_common" in edges["desktop_app.cli"]
    assert "desktop_app.gui.pdf" in edges["desktop_app.cli"]  # a function-level import
