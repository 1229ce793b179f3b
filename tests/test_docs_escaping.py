"""Generated docstrings and docs pages cannot be broken out of: hostile text that reaches them is
escaped (`codegen.literals`), and a hostile document's allowed characters stay text."""

from __future__ import annotations

import ast
import copy
import re
from pathlib import Path
from typing import Any

import pytest

from codegen.build_ir import build
from codegen.literals import docblock, markdown, markdown_code, markdown_prose
from codegen.render import render, render_docs
from codegen.spec_loader import load_index, load_specs

from .test_hostile_documents import DOCUMENT, HOSTILE_TEXT, _formatted, _import

HOSTILE = [HOSTILE_TEXT, "a | b", "<script>x</script>", "``` ` `` x", "*b* _i_ [l](u) #h", "\\|"]


def _cells(row: str) -> list[str]:
    """A Markdown table row's cells, split as GFM splits them: on `|` not escaped."""
    return re.split(r"(?<!\\)\|", row.strip())[1:-1]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_docblock_compiles_and_keeps_every_word(tmp_path: Path, text: str) -> None:
    doc = docblock(text, (text, f"long {text} " * 8), (("name", text),), 8)
    source = f"class C:\n    def m(self) -> None:\n        {doc}\n"
    for version in (source, _formatted(tmp_path, source)):
        namespace: dict[str, Any] = {}
        exec(compile(version, "module.py", "exec"), namespace)
        value = namespace["C"].m.__doc__
        expected = f"{text} {text} {f'long {text} ' * 8} Args: name: {text}"
        assert value.split() == expected.split()
        assert max(len(line) for line in version.splitlines()) <= 100 or "\\x" in version


@pytest.mark.parametrize("text", HOSTILE)
def test_markdown_text_stays_in_its_cell_and_is_never_markup(text: str) -> None:
    for cell in (markdown(text), markdown_code(text), markdown_prose(f"a `{text}` b {text}")):
        assert "\n" not in cell
        assert _cells(f"| {cell} | next |") == [f" {cell} ", " next "]
        outside_code = re.sub(r"(`+).*?\1", "", cell)
        assert re.search(r"(?<!\\)[<*\[]", outside_code) is None, cell
    code = markdown_code(text)
    fence = re.match(r"`+", code)
    assert fence is not None and code.endswith(fence.group())
    inner = code[len(fence.group()) : -len(fence.group())]
    assert fence.group() not in inner  # no run of backticks as long as the fence inside
    assert "<" not in markdown(text).replace("\\<", "")


def _hostile_document() -> dict[str, Any]:
    """The benign document with enum values that are Markdown and docstring syntax (what the
    enum pattern lets through: no quotes, backslashes, backticks or braces)."""
    document = copy.deepcopy(DOCUMENT)
    tricky = ["a | b", "<script>x</script>", "*b* _i_ [l](u) #h", "end|"]
    operation = document["paths"]["/checkouts/{checkoutId}/pickup-options"]["get"]
    operation["parameters"][1]["schema"]["enum"] = tricky
    operation["deprecated"] = True
    document["components"]["schemas"]["Pickup"]["properties"]["kind"]["enum"] = list(tricky)
    return document


def test_a_hostile_documents_values_stay_text_in_code_and_docs(tmp_path: Path) -> None:
    spec = _import(tmp_path, _hostile_document())
    package = build(load_specs(spec, tmp_path), load_index(spec, tmp_path))
    for name, source in render(package).items():
        if name.endswith(".py"):
            ast.parse(source, name)
    model = render(package)["v3/checkouts/models/pickup.py"]
    assert "One of: `'a | b'`, `'<script>x</script>'`" in model
    resource = render(package)["v3/checkouts/resources/pickup_options.py"]
    assert '@deprecated("Deprecated in BigCommerce' in resource
    page = render_docs(package)["v3_checkouts_pickup_options.md"]
    prose = re.sub(r"(`+).*?\1", "", re.sub(r"^```.*?^```$", "", page, flags=re.M | re.S))
    assert "<script>" not in prose and "<!--" in page  # only in code spans and code blocks
    for line in page.splitlines():
        if line.startswith("| `kind`"):  # the field table: six cells, the values escaped
            cells = _cells(line)
            assert len(cells) == 6, line
            assert "\\|" in cells[4] and "\\<script" not in cells[4]
    rows = [line for line in page.splitlines() if line.startswith("|")]
    assert rows and all(len(_cells(r)) == len(_cells(rows[0])) or "---" in r for r in rows[:2])


def test_hostile_defaults_and_limits_stay_text_in_code_and_docs(tmp_path: Path) -> None:
    """Defaults are held to the enum pattern and a short length: Markdown and HTML that fits
    reaches docstrings and field tables as text; what would break a literal is left out."""
    document = copy.deepcopy(DOCUMENT)
    kind = document["components"]["schemas"]["Pickup"]["properties"]["kind"]
    kind.update({"enum": ["a | b", "x"], "default": "a | b", "maxLength": 10, "deprecated": True})
    document["components"]["schemas"]["Pickup"]["properties"]["note"] = {
        "type": "string",
        "default": "<script>x</script>",
    }
    document["components"]["schemas"]["Pickup"]["properties"]["id"]["default"] = 'x"""`\n'
    query = document["paths"]["/checkouts/{checkoutId}/pickup-options"]["get"]["parameters"][1]
    query["schema"] = {"type": "string", "default": "*b* [l](u)", "maxLength": 5}
    spec = _import(tmp_path, document)
    package = build(load_specs(spec, tmp_path), load_index(spec, tmp_path))
    rendered = render(package)
    for name, source in rendered.items():
        if name.endswith(".py"):
            ast.parse(source, name)
    model = rendered["v3/checkouts/models/pickup.py"]
    assert "At most 10 characters. Default `'a | b'`. Deprecated." in model
    assert "Default `'<script>x</script>'`." in model
    resource = rendered["v3/checkouts/resources/pickup_options.py"]
    assert "At most 5 characters. Default `'*b* [l](u)'`." in resource
    page = render_docs(package)["v3_checkouts_pickup_options.md"]
    prose = re.sub(r"(`+).*?\1", "", re.sub(r"^```.*?^```$", "", page, flags=re.M | re.S))
    assert "<script>" not in prose and "[l](u)" not in prose
    rows = [line for line in page.splitlines() if line.startswith(("| `kind`", "| `note`"))]
    assert len(rows) == 2 and all("Default" in row for row in rows)
    for row in rows:  # six cells, whatever the default holds
        assert len(_cells(row)) == 6, row
    assert 'x"""' not in page and 'x"""' not in model  # the hostile default was left out
