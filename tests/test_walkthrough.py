"""`make demo`, the main job: the walkthrough runs to its end against its own fake store, in a
fresh interpreter as the command runs it, and every comparison it prints holds."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_walkthrough_runs_to_the_end() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "walkthrough.py")],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert out.rstrip().endswith("Done."), out[-2000:]
    assert "the same products, in the same order: True" in out
    assert "Traceback" not in out + done.stderr
