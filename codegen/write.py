"""Writes the package: rendered files plus the runtime copied in, ruff-formatted, swapped in."""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUNTIME_HEADER = "# Copied from {source} by codegen (`make generate`); do not edit.\n"


def build_tree(target: Path, rendered: dict[str, str], runtime: Path, root: Path) -> None:
    """Write the package into `target` (a new, empty folder) and format it."""
    for source in runtime_sources(runtime):
        text = source.read_text(encoding="utf-8")
        header = RUNTIME_HEADER.format(source=source.relative_to(root).as_posix())
        dest = target / source.relative_to(runtime)
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(header + text, encoding="utf-8")
    (target / "py.typed").write_text("", encoding="utf-8")
    for rel, text in sorted(rendered.items()):
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    _ruff(["check", "--select", "I,RUF022", "--fix", "--quiet", str(target)], root)
    _ruff(["format", "--quiet", str(target)], root)


def runtime_sources(runtime: Path) -> list[Path]:
    """The runtime's Python files, its subpackages (`testing/`) included, in path order."""
    return sorted(
        p
        for p in runtime.rglob("*.py")
        if not any(part.startswith((".", "__pycache__")) for part in p.relative_to(runtime).parts)
    )


def _ruff(args: list[str], root: Path) -> None:
    cmd = [sys.executable, "-m", "ruff", *args, "--config", str(root / "pyproject.toml")]
    result = subprocess.run(cmd, cwd=root, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"ruff {' '.join(args)} failed:\n{result.stdout}{result.stderr}")


def write_files(target: Path, files: dict[str, str]) -> None:
    """Write text files (not Python: nothing to format) into a new folder."""
    for rel, text in sorted(files.items()):
        path = target / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def replace_tree(built: Path, dest: Path) -> None:
    """Swap `dest` for `built`: the old tree is removed whole, so nothing stale survives."""
    if dest.exists():
        shutil.rmtree(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(built, dest)


def differences(built: Path, dest: Path) -> list[str]:
    """Relative paths that differ between two trees (missing, extra or changed)."""
    out: list[str] = []
    built_files = {p.relative_to(built) for p in built.rglob("*") if p.is_file()}
    dest_files = {
        p.relative_to(dest) for p in dest.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    }
    for rel in sorted(built_files | dest_files):
        if rel not in dest_files:
            out.append(f"missing: {rel}")
        elif rel not in built_files:
            out.append(f"not generated: {rel}")
        elif not filecmp.cmp(built / rel, dest / rel, shallow=False):
            out.append(f"differs: {rel}")
    return out


def scratch() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="bigcommerce-gen-")
