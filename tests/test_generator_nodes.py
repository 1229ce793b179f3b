"""The generator on imported nodes (the whole-API path): golden output for the small spec in
tests/fixtures/nodes, and that output is ruff-clean and passes `mypy --strict`.

The golden files mirror what `generate` writes: tests/golden_nodes/bigcommerce/ (the rendered
modules and the operation index) and tests/golden_nodes/docs/; `UPDATE_GOLDEN=1` rewrites them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .generator_support import ROOT, check_golden, generate, generated_only, tree

NODES_SPEC = ROOT / "tests" / "fixtures" / "nodes"
GOLDEN = ROOT / "tests" / "golden_nodes"
#: mypy's cache for this package alone: its modules are named like the real package's, which
#: would otherwise evict each other's entries in the project's cache.
MYPY_CACHE = ROOT / ".mypy_cache" / "fixture-nodes"


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder `generate` wrote the fixture's package (bigcommerce/) and docs (docs/) into."""
    folder = tmp_path_factory.mktemp("nodes")
    result = generate(NODES_SPEC, folder / "bigcommerce")
    assert result.returncode == 0, result.stderr
    return folder


def test_nodes_spec_matches_golden_output(out: Path) -> None:
    package = tree(out / "bigcommerce")
    produced = {f"bigcommerce/{name}": body for name, body in generated_only(package).items()}
    produced["bigcommerce/operations.json"] = package["operations.json"]
    produced.update({f"docs/{name}": body for name, body in tree(out / "docs").items()})
    check_golden(produced, GOLDEN)


def test_every_feature_of_the_fixture_reached_the_output(out: Path) -> None:
    """Guards the fixture itself: each node feature it is there to cover shows in the code."""
    code = "\n".join(
        body.decode()
        for version in ("v2", "v3")
        for name, body in tree(out / "bigcommerce" / version).items()
        if "/resources/" in name or name == "_resource.py"
    )
    for needle in [
        "envelope=True",
        'pagination="offset"',
        'pagination="cursor"',
        "prefetch=prefetch",
        "batch_limit=3",
        "multipart=True",
        'result="bytes"',
        'result="lines"',
        'result="value"',
        'result="nothing"',
        "return self._call(\n            self._op_",
        'headers={"X-Request-Tag": x_request_tag}',
        "x_confirm_count: int,",
        'if gadget_id is not None else "gadgets/parts"',
        "Required[list[int]]",
        'Literal["small", "large"]',
        "class V3GadgetsExports(NodeResource)",  # a namespace
        "class V2Depots(NodeResource)",
    ]:
        assert needle in code, needle


@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "--no-cache"], ["ruff", "format", "--check", "--no-cache"]],
    ids=["lint", "format"],
)
def test_nodes_output_is_ruff_clean(out: Path, command: list[str]) -> None:
    config = ["--config", str(ROOT / "pyproject.toml")]
    cmd = [sys.executable, "-m", *command, *config, str(out / "bigcommerce")]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_nodes_output_passes_mypy_strict_with_typed_usage(out: Path) -> None:
    """The package, and calls that must type-check (or must not: tests/fixtures/nodes/
    typed_usage.py marks those, and --strict reports an ignore that is no longer needed)."""
    shutil.copy(NODES_SPEC / "typed_usage.py", out / "typed_usage.py")
    cmd = [
        sys.executable,
        "-m",
        "mypy",
        "--config-file",
        str(ROOT / "pyproject.toml"),
        "--strict",
        "--cache-dir",
        str(MYPY_CACHE),
        "bigcommerce",
        "typed_usage.py",
    ]
    result = subprocess.run(cmd, cwd=out, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
