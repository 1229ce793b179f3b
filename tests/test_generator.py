"""The generator: golden output on a fixture spec, determinism, and the drift check."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .generator_support import FIXTURE_SPEC, ROOT, generate, tree

GOLDEN = ROOT / "tests" / "golden"  # files end in .golden: `UPDATE_GOLDEN=1 make test` rewrites


def _generated_only(files: dict[str, bytes]) -> dict[str, bytes]:
    """The rendered files (runtime copies are verbatim and tested elsewhere), and the fake store's
    route table (data: JSON has no header line)."""
    return {
        name: body
        for name, body in files.items()
        if body.startswith(b"# Generated from") or name == "testing/routes.json"
    }


def test_fixture_spec_matches_golden_output(tmp_path: Path) -> None:
    out = tmp_path / "bigcommerce"
    result = generate(FIXTURE_SPEC, out)
    assert result.returncode == 0, result.stderr
    produced = _generated_only(tree(out))
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(GOLDEN, ignore_errors=True)
        for name, body in produced.items():
            (GOLDEN / f"{name}.golden").parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / f"{name}.golden").write_bytes(body)
    expected = {name.removesuffix(".golden"): body for name, body in tree(GOLDEN).items()}
    assert sorted(produced) == sorted(expected), "set of generated files changed"
    for name, body in produced.items():
        assert body.decode() == expected[name].decode(), f"{name} differs from tests/golden"


def test_output_is_identical_under_different_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("0", "12345"):
        out = tmp_path / seed / "bigcommerce"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        result = generate(FIXTURE_SPEC, out, env=env)
        assert result.returncode == 0, result.stderr
        trees.append(tree(out))
    assert trees[0] == trees[1]


def test_committed_generated_package_matches_the_specs() -> None:
    """The drift check, under a hash seed of its own: the committed output (made under whatever
    seed its author had) must come out byte for byte."""
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    assert result.returncode == 0, result.stderr


def test_drift_check_reports_stale_and_untracked_files(tmp_path: Path) -> None:
    out = tmp_path / "bigcommerce"
    assert generate(FIXTURE_SPEC, out).returncode == 0
    (out / "stray.py").write_text("x = 1\n")
    (out / "api.py").write_text("changed\n")
    cmd = [sys.executable, "-m", "codegen", "check", "--spec", str(FIXTURE_SPEC), "--out", str(out)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 1
    assert "not generated: stray.py" in result.stderr
    assert "differs: api.py" in result.stderr


def test_every_generated_file_has_one_header_line_naming_its_source() -> None:
    for path in (ROOT / "generated" / "bigcommerce").rglob("*.py"):
        first = path.read_text().splitlines()[0]
        assert first.startswith(("# Generated from spec/", "# Copied from runtime/")), path
        assert first.endswith("do not edit."), path


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "generated"],
        ["ruff", "format", "--check", "generated", "runtime", "codegen", "tests", "examples"],
        ["ruff", "check", "runtime", "codegen", "tests", "examples"],
    ],
    ids=["lint-generated", "format", "lint-sources"],
)
def test_ruff_is_clean(command: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes_on_package_and_typed_usage() -> None:
    cmd = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "generated/bigcommerce",
        "tests/typed_usage.py",
    ]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_package_works_when_vendored_under_another_name(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "generated" / "bigcommerce", tmp_path / "vendored_bc")
    code = (
        "import vendored_bc\n"
        "from vendored_bc.api import BigcommerceApi\n"
        "api = BigcommerceApi(host='http://127.0.0.1:9', basic_auth=('a', 'b'))\n"
        "assert type(api.Products).__module__ == 'vendored_bc.resources.products'\n"
        "from vendored_bc.exception import ClientRequestException\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
