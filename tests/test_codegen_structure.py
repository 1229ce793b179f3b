"""The structure of the generator and of the runtime: their modules import one another without a
circle (imports under TYPE_CHECKING included)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .generator_support import ROOT


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, module: str) -> set[str]:
    """The modules of `path`'s own top-level package it imports, at any depth of the file
    (TYPE_CHECKING blocks too)."""
    top = module.split(".")[0]
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == top}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.split(".")[0] != top:
                continue
            # `from . import patterns` imports a module; `from .x import name` imports x.
            candidates = [f"{target}.{a.name}" for a in node.names] if not node.module else []
            found |= {c for c in candidates if _exists(c)} or {target}
    return {m for m in found if _exists(m) and m != module}


def _exists(module: str) -> bool:
    path = ROOT.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def import_graph(package: str = "codegen") -> dict[str, set[str]]:
    return {
        _module_name(path): _imports(path, _module_name(path))
        for path in sorted((ROOT / package).rglob("*.py"))
        if "__pycache__" not in path.parts
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle of `graph` (`[a, b, a]`), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)) is not None:
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)) is not None:
            return cycle
    return None


def test_the_graph_sees_the_imports_it_should() -> None:
    graph = import_graph()
    assert "codegen.collect" in graph["codegen.build_ir"]
    assert "codegen.patterns" in graph["codegen.spec_loader"]  # `from . import patterns`
    assert "codegen.build_index" in graph["codegen.openapi.importer"]  # `from ..build_index`


def test_a_circle_is_found() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


@pytest.mark.parametrize("package", ["codegen", "runtime"])
def test_modules_import_one_another_without_a_circle(package: str) -> None:
    graph = import_graph(package)
    assert len(graph) > 20  # the package was read
    assert find_cycle(graph) is None
