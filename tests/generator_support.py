"""Running the generator from tests: into a temporary folder, from any spec folder."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_SPEC = ROOT / "tests" / "fixtures" / "spec"


def generate(
    spec: Path, out: Path, *, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m codegen generate` in a subprocess; returns the finished process."""
    cmd = [sys.executable, "-m", "codegen", "generate", "--spec", str(spec), "--out", str(out)]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env, check=False)


def tree(folder: Path) -> dict[str, bytes]:
    """Relative path -> content of every file below `folder` (caches left out)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }
