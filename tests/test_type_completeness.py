"""Every public symbol of the package has a known type (`pyright --verifytypes`), so an IDE and a
strict checker see the types the generator wrote, not `Unknown`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .generator_support import ROOT


def test_pyright_verifytypes_finds_every_public_type_known() -> None:
    cmd = [
        sys.executable, "-m", "pyright", "--verifytypes", "bigcommerce", "--ignoreexternal",
        "--outputjson",
    ]  # fmt: skip
    # pyright finds the environment (and the package installed in it) by the `python` on PATH
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    env = {**os.environ, "PATH": path, "VIRTUAL_ENV": sys.prefix}
    done = subprocess.run(
        cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    report = json.loads(done.stdout)
    completeness = report["typeCompleteness"]
    unknown = [
        s["name"]
        for s in completeness["symbols"]
        if not s["isTypeKnown"] and not s["name"].startswith("bigcommerce.testing")
    ]
    assert completeness["exportedSymbolCounts"]["withKnownType"] > 10_000
    assert completeness["completenessScore"] == 1.0, unknown[:20]
