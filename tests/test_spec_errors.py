"""A spec with a mistake stops generation with a message naming the file and the key."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.build_ir import build
from codegen.spec_loader import SpecError, load_specs

GOOD = """\
api: v2
resources:
  Things:
    path: things
    model: Thing
    verbs: [all, get, create]
models:
  Thing:
    fields:
      id: {type: int, read_only: true}
      name: {type: str, required: [create]}
"""


def _load(tmp_path: Path, text: str) -> None:
    folder = tmp_path / "spec"
    folder.mkdir(exist_ok=True)
    (folder / "things.yaml").write_text(text)
    build(load_specs(folder, tmp_path))


def _error(tmp_path: Path, text: str) -> str:
    with pytest.raises(SpecError) as info:
        _load(tmp_path, text)
    return str(info.value)


def test_the_good_spec_loads(tmp_path: Path) -> None:
    _load(tmp_path, GOOD)


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        (
            ("verbs: [all, get, create]", "verbs: [all, gett]"),
            "resources.Things.verbs[1]",
            "Input should be",
        ),
        (
            ("    path: things", "    path: things\n    pth: x"),
            "resources.Things.pth",
            "Extra inputs",
        ),
        (
            ("model: Thing\n    verbs", "model: Thng\n    verbs"),
            "resources.Things.model",
            "unknown model 'Thng'",
        ),
        (
            ("{type: str, required", "{type: strng, required"),
            "models.Thing.fields.name",
            "unknown type 'strng'",
        ),
        (
            ("required: [create]", "required: [craete]"),
            "models.Thing.fields.name.required[0]",
            "Input should be",
        ),
        (
            ("path: things", 'path: "things\\"); import os; ("'),
            "resources.Things.path",
            "not a path",
        ),
        (("  Things:", "  Bad-Name:"), "resources.Bad-Name", "not a valid class name"),
        (("api: v2", "api: v9"), "api", "Input should be"),
        (
            ("verbs: [all, get, create]", "verbs: [all, all]"),
            "resources.Things.verbs",
            "listed twice",
        ),
        (
            ("{type: int, read_only: true}", "{type: int, read_only: true}\n      name: str"),
            "",
            "duplicate key 'name'",
        ),
        (
            ("  Thing:\n    fields:", "  Thing:\n    as_dict: true\n    fields:"),
            "resources.Things.model",
            "read as a dict",
        ),
        (
            ("[create]}\n", "[create]}\n  Link:\n    as_dict: true\n    fields: {url: str}\n"),
            "models.Link.as_dict",
            "read-only fields only",
        ),
    ],
    ids=[
        "bad-verb",
        "unknown-key",
        "unknown-model",
        "unknown-type",
        "bad-required-verb",
        "injected-path",
        "bad-class-name",
        "bad-api",
        "verb-twice",
        "duplicate-yaml-key",
        "as-dict-resource-model",
        "as-dict-writable",
    ],
)
def test_errors_name_file_and_key(
    tmp_path: Path, change: tuple[str, str], key: str, problem: str
) -> None:
    old, new = change
    assert old in GOOD
    message = _error(tmp_path, GOOD.replace(old, new, 1))
    assert message.startswith("spec/things.yaml: "), message
    assert f": {key}: " in message or not key, message
    assert problem in message, message


def test_a_model_defined_in_two_files_names_both(tmp_path: Path) -> None:
    folder = tmp_path / "spec"
    folder.mkdir()
    (folder / "a.yaml").write_text(GOOD)
    (folder / "b.yaml").write_text("api: v2\nmodels:\n  Thing:\n    fields:\n      id: int\n")
    with pytest.raises(
        SpecError, match=r"spec/b.yaml: models.Thing: model also defined in spec/a.yaml"
    ):
        build(load_specs(folder, tmp_path))


def test_hostile_field_names_are_refused(tmp_path: Path) -> None:
    """Quotes, backslashes and code in a field name stop generation, naming file and key
    (tests/test_hostile_documents.py has the other hostile strings)."""
    hostile = "x\"\\n__import__('os').system('echo pwned')#"
    text = GOOD.replace("      name:", f"      {json.dumps(hostile)}: str\n      name:")
    message = _error(tmp_path, text)
    assert message.startswith("spec/things.yaml: models.Thing.fields.x"), message
    assert "is not a name of letters, digits" in message, message


NODES = """\
api: v3
nodes:
  things:
    operations:
      all:
        operation_id: getThings
        method: GET
        path: things
        query:
          name: str
        result: {type: "list[Thing]", envelope: true, pagination: offset}
models:
  Thing:
    fields:
      id: {type: int, read_only: true}
"""


def test_the_good_node_spec_loads(tmp_path: Path) -> None:
    _load(tmp_path, NODES)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (NODES.replace("          name: str", "          prefetch: int"), "query.prefetch"),
        (
            GOOD.replace(
                "verbs: [all, get, create]",
                "verbs: [all, iterall, count]\n    filters:\n      prefetch: int",
            ),
            "resources.Things.filters",
        ),
    ],
    ids=["v3-query", "v2-filter"],
)
def test_prefetch_is_kept_for_iterall(tmp_path: Path, text: str, key: str) -> None:
    message = _error(tmp_path, text)
    assert key in message and "`prefetch` is an iterall argument" in message, message
