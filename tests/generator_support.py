"""Running the generator from tests: into a temporary folder, from any spec folder, and comparing
what it wrote with golden files (`UPDATE_GOLDEN=1` rewrites them instead)."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SPEC = ROOT / "tests" / "fixtures" / "spec"


def generate(
    spec: Path, out: Path, *, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m codegen generate` in a subprocess; returns the finished process."""
    cmd = [sys.executable, "-m", "codegen", "generate", "--spec", str(spec), "--out", str(out)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, check=False)


@contextmanager
def generated_package(spec: Path, folder: Path, name: str) -> Iterator[ModuleType]:
    """The package generated from `spec` into `folder`, imported as `name` (its imports are all
    relative) for the duration of the block, then forgotten."""
    result = generate(spec, folder / name)
    assert result.returncode == 0, result.stderr
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(name)
    finally:
        sys.path.remove(str(folder))
        for module in [m for m in sys.modules if m == name or m.startswith(f"{name}.")]:
            del sys.modules[module]


def oauth_client(name: str, host: str, credentials: tuple[str, str, str]) -> Any:
    """An OAuth client of the generated package `name` pointed at `host`; no retries, so each
    call is one request. `credentials`: client id, store hash, access token."""
    client_id, store_hash, access_token = credentials
    module = importlib.import_module(f"{name}.api")
    return module.BigcommerceApi(
        client_id=client_id,
        store_hash=store_hash,
        access_token=access_token,
        host=host,
        max_retries=0,
    )


def tree(folder: Path) -> dict[str, bytes]:
    """Relative path -> content of every file below `folder` (caches left out)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def generated_only(files: dict[str, bytes]) -> dict[str, bytes]:
    """The rendered files (runtime copies are verbatim and tested elsewhere), and the fake store's
    route table (data: JSON has no header line)."""
    return {
        name: body
        for name, body in files.items()
        if body.startswith(b"# Generated from") or name == "testing/routes.json"
    }


def check_golden(produced: dict[str, bytes], golden: Path) -> None:
    """Assert that `produced` (relative path -> content) equals the `.golden` files below
    `golden`, file for file; with UPDATE_GOLDEN set in the environment, rewrite them first."""
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(golden, ignore_errors=True)
        for name, body in produced.items():
            (golden / f"{name}.golden").parent.mkdir(parents=True, exist_ok=True)
            (golden / f"{name}.golden").write_bytes(body)
    expected = {name.removesuffix(".golden"): body for name, body in tree(golden).items()}
    shown = golden.relative_to(ROOT).as_posix()
    assert sorted(produced) == sorted(expected), f"set of generated files changed ({shown})"
    for name, body in produced.items():
        assert body.decode() == expected[name].decode(), f"{name} differs from {shown}"
