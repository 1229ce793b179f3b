"""What a strict type checker sees: an object's `id` is `int` (tests/typed_ids.py), and README.md's
Python snippets pass `mypy --strict`, each as the body of a function of one module, after a prelude
that gives the names they take from the text around them (`api`, `job_id`, ...) their types.

The README's snippets that are not Python as written get the same replacements as when they run
(`readme_snippets.Placeholders.text`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

from .generator_support import ROOT
from .readme_snippets import Placeholders, Snippet, read_snippets

#: The types of what the snippets use without defining it (see `Placeholders.context`).
PRELUDE = '''\
"""README.md's Python snippets, one function each, for `mypy --strict`."""
# ruff: noqa
from __future__ import annotations

from pathlib import Path

import bigcommerce
from bigcommerce.api import BigcommerceApi
from bigcommerce.models import Order
from bigcommerce.v3.catalog import Product as V3Product
from bigcommerce.testing import FakeStore

api: BigcommerceApi
job_id: str


def ship(order: Order) -> None: ...


def index(product: V3Product) -> None: ...
'''


def snippets_module(snippets: list[Snippet]) -> str:
    """The prelude, then each snippet as a function named for its README line."""
    parts = [PRELUDE]
    for snippet in snippets:
        code = snippet.code
        for old, new in Placeholders.text:
            code = code.replace(old, new)
        body = textwrap.indent(code, "    ")
        parts.append(f"\n\ndef readme_line_{snippet.line}() -> None:\n{body}")
    return "".join(parts)


def _mypy(*files: Path) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` over the generated package and `files`, as the package's users run it."""
    cmd = [sys.executable, "-m", "mypy", "--strict", "generated/bigcommerce"]
    cmd += [str(f) for f in files]
    env = {**os.environ, "MYPY_FORCE_COLOR": "0"}
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env=env)


def test_ids_are_int_and_readme_snippets_pass_mypy_strict(tmp_path: Path) -> None:
    readme = read_snippets((ROOT / "README.md").read_text(encoding="utf-8"))
    module = tmp_path / "readme_typed.py"
    module.write_text(snippets_module(readme), encoding="utf-8")
    typed_ids = ROOT / "tests" / "typed_ids.py"
    result = _mypy(typed_ids, module)
    assert result.returncode == 0, result.stdout + result.stderr
    revealed = re.findall(r'typed_ids\.py:(\d+): note: Revealed type is "([^"]+)"', result.stdout)
    lines = typed_ids.read_text(encoding="utf-8").splitlines()
    shown = {
        lines[int(n) - 1].split("#")[0].strip(): kind.removeprefix("builtins.")
        for n, kind in revealed
    }
    assert shown == {
        "reveal_type(api.catalog.products.get(1).id)": "int",
        "reveal_type(api.Products.get(1).id)": "int",
    }


def test_the_snippets_module_holds_every_snippet_as_a_function() -> None:
    snippets = [
        Snippet(3, "x = 1\nprint(x)\n"),
        Snippet(9, 'api.f([{"id": 42, "price": 9.5}, ...])'),
    ]
    module = snippets_module(snippets)
    compile(module, "readme_typed.py", "exec")
    assert "def readme_line_3() -> None:\n    x = 1\n    print(x)\n" in module
    assert 'def readme_line_9() -> None:\n    api.f([{"id": 42, "price": 9.5}])' in module
