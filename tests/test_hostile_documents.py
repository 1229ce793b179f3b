"""Hostile OpenAPI documents and spec files cannot make the generator emit code.

Every name, path and enum value from a document or a spec file is checked against a pattern
(codegen/patterns.py) where it is read: the importer refuses a hostile document, the generator a
hostile spec file, each with an error naming the file and the key. Malformed, deep or aliased YAML
is an error naming the file, not a traceback. What may reach generated code as free text is
escaped by codegen/literals.py: it compiles, and reads back as the original text.
"""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.__main__ import main
from codegen.build_ir import build
from codegen.literals import comment, docstring, fstring
from codegen.openapi.importer import import_openapi
from codegen.render import render
from codegen.spec_loader import MAX_DEPTH, SpecError, load_index, load_specs

from .generator_support import ROOT

HANDWRITTEN = """\
api: v2
resources:
  Things:
    path: things
    model: Thing
    verbs: [all, get]
models:
  Thing:
    fields:
      id: {type: int, read_only: true}
"""

#: A small v3 document with the shapes of BigCommerce's: a dashed operationId, a camelCase path
#: parameter, an operator query parameter, enums with spaces and slashes.
DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "hostile", "version": "1"},
    "servers": [{"url": "https://api.bigcommerce.com/stores/{store_hash}/v3"}],
    "paths": {
        "/checkouts/{checkoutId}/pickup-options": {
            "get": {
                "operationId": "get-pickup",
                "parameters": [
                    {"name": "checkoutId", "in": "path", "required": True,
                     "schema": {"type": "string"}},
                    {"name": "id:in", "in": "query",
                     "schema": {"type": "string", "enum": ["date modified", "text/html"]}},
                    {"name": "X-Auth-Token", "in": "header", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Pickup"}}
                        },
                    }
                },
            }
        }
    },
    "components": {
        "schemas": {
            "Pickup": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "kind": {"type": "string", "enum": ["in-store", "curbside"]},
                },
            }
        }
    },
}  # fmt: skip

PATH = "/checkouts/{checkoutId}/pickup-options"
OPERATION = ("paths", PATH, "get")


def _folders(tmp_path: Path) -> tuple[Path, Path]:
    docs, spec = tmp_path / "docs", tmp_path / "spec"
    docs.mkdir()
    (spec / "v2").mkdir(parents=True)
    (spec / "v2" / "things.yaml").write_text(HANDWRITTEN)
    return docs, spec


def _import(tmp_path: Path, document: dict[str, Any]) -> Path:
    docs, spec = _folders(tmp_path)
    (docs / "hostile.v3.yml").write_text(yaml.safe_dump(document), encoding="utf-8")
    import_openapi(docs, spec, tmp_path)
    return spec


def _refused(tmp_path: Path, document: dict[str, Any]) -> SpecError:
    with pytest.raises(SpecError) as info:
        _import(tmp_path, document)
    return info.value


def _rename_path(document: dict[str, Any], path: str) -> None:
    document["paths"][path] = document["paths"].pop(PATH)


def _operation(document: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = next(iter(document["paths"].values()))
    return item["get"]  # type: ignore[no-any-return]


def test_the_benign_document_imports_and_generates_code_that_compiles(tmp_path: Path) -> None:
    spec = _import(tmp_path, DOCUMENT)
    rendered = render(build(load_specs(spec, tmp_path), load_index(spec, tmp_path)))
    for name, source in rendered.items():
        if name.endswith(".py"):
            compile(source, name, "exec")
    source = rendered["v3/checkouts/resources/pickup_options.py"]
    assert 'f"checkouts/{segment(checkout_id)}/pickup-options"' in source
    assert "(get-pickup)" in source
    assert "Literal['date modified', 'text/html']" in source


def _path_case(path: str) -> dict[str, Any]:
    document = copy.deepcopy(DOCUMENT)
    _rename_path(document, path)
    return document


HOSTILE_PATHS = [
    '/checkouts/{checkoutId}"); __import__("os").system("id"); ("',
    '/checkouts/{checkoutId}"',
    "/checkouts/{checkoutId}}/x",
    "/checkouts/}{checkoutId}",
    "/checkouts/{{checkoutId}}",
    "/checkouts/{checkoutId}/{",
    "/checkouts/{checkout Id}",
    "/checkouts/{checkoutId\n}",
    "/checkouts/{checkoutId}\\",
    "/checkouts/../{checkoutId}",
]


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_a_hostile_path_is_refused(tmp_path: Path, path: str) -> None:
    error = _refused(tmp_path, _path_case(path))
    assert error.file == "hostile.v3.yml"
    assert error.key == "#/paths/" + path.replace("~", "~0").replace("/", "~1")
    assert "segment" in error.problem and repr(path) in error.problem
    assert "\n" not in str(error)


@pytest.mark.parametrize(
    "operation_id",
    ['get"""Pickup', 'x"""\n__import__("os").system("id")\n"""', "get\npickup", "get\\pickup", 7],
)
def test_a_hostile_operation_id_is_refused(tmp_path: Path, operation_id: object) -> None:
    document = copy.deepcopy(DOCUMENT)
    _operation(document)["operationId"] = operation_id
    error = _refused(tmp_path, document)
    assert (error.file, error.key) == (
        "hostile.v3.yml",
        f"#/paths/{_escaped(PATH)}/get/operationId",
    )


def _escaped(path: str) -> str:
    return path.replace("/", "~1")


@pytest.mark.parametrize(
    ("index", "name"),
    [(0, 'checkoutId"'), (1, "id:in'"), (1, 'q"); import os; ("'), (1, "a\\b"), (1, "q\n")],
)
def test_a_hostile_parameter_name_is_refused(tmp_path: Path, index: int, name: str) -> None:
    document = copy.deepcopy(DOCUMENT)
    _operation(document)["parameters"][index]["name"] = name
    error = _refused(tmp_path, document)
    assert error.file == "hostile.v3.yml"
    assert error.key == f"#/paths/{_escaped(PATH)}/get/parameters/{index}/name"


def test_a_hostile_header_parameter_name_is_refused(tmp_path: Path) -> None:
    """Header parameters become keyword arguments and header names in generated code."""
    document = copy.deepcopy(DOCUMENT)
    _operation(document)["parameters"][2]["name"] = 'X-"Odd"'
    error = _refused(tmp_path, document)
    assert error.key == f"#/paths/{_escaped(PATH)}/get/parameters/2/name"


def test_the_headers_the_client_sets_are_not_parameters(tmp_path: Path) -> None:
    document = copy.deepcopy(DOCUMENT)
    parameters = _operation(document)["parameters"]
    parameters[2]["name"] = "X-Auth-Token"
    parameters.append({"name": "Accept", "in": "header", "schema": {"type": "string"}})
    parameters.append({"name": "X-Trace-Id", "in": "header", "schema": {"type": "string"}})
    spec = _import(tmp_path, document)
    text = "\n".join(p.read_text() for p in sorted(spec.rglob("*.yaml")))
    assert "X-Trace-Id" in text
    assert "X-Auth-Token" not in text and "Accept:" not in text


@pytest.mark.parametrize("name", ['na"me', "na'me", "a\\b", "x\ny", "{x}", "a b"])
def test_a_hostile_property_name_is_refused(tmp_path: Path, name: str) -> None:
    document = copy.deepcopy(DOCUMENT)
    document["components"]["schemas"]["Pickup"]["properties"][name] = {"type": "string"}
    error = _refused(tmp_path, document)
    assert error.file == "hostile.v3.yml"
    assert error.key == f"#/components/schemas/Pickup/properties/{name}"
    assert "property name" in error.problem


@pytest.mark.parametrize("value", ['in"store', "in'store", "a\\b", "a\nb", "{x}", float("inf")])
def test_a_hostile_enum_value_is_refused(tmp_path: Path, value: object) -> None:
    document = copy.deepcopy(DOCUMENT)
    document["components"]["schemas"]["Pickup"]["properties"]["kind"]["enum"].append(value)
    error = _refused(tmp_path, document)
    assert error.file == "hostile.v3.yml"
    assert error.key == "#/components/schemas/Pickup/properties/kind/enum"


def test_a_hostile_query_enum_value_is_refused(tmp_path: Path) -> None:
    document = copy.deepcopy(DOCUMENT)
    _operation(document)["parameters"][1]["schema"]["enum"].append('x"')
    error = _refused(tmp_path, document)
    assert error.key == f"#/paths/{_escaped(PATH)}/get/parameters/1/schema/enum"


def test_the_command_reports_a_hostile_document_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    docs, spec = _folders(tmp_path)
    (docs / "hostile.v3.yml").write_text(yaml.safe_dump(_path_case('/x/{id}"')))
    assert main(["import-openapi", str(docs), "--spec", str(spec)]) == 2
    err = capsys.readouterr().err
    assert err.startswith('spec error: hostile.v3.yml: #/paths/~1x~1{id}": '), err
    assert "Traceback" not in err and not (spec / "imported").exists()


def test_a_chain_of_thousands_of_references_is_an_error_not_a_traceback(tmp_path: Path) -> None:
    document = copy.deepcopy(DOCUMENT)
    schemas = document["components"]["schemas"]
    for i in range(5000):
        schemas[f"Link{i}"] = {"allOf": [{"$ref": f"#/components/schemas/Link{i + 1}"}]}
    schemas["Link5000"] = {"type": "object", "properties": {"id": {"type": "integer"}}}
    error = _refused(tmp_path, document)
    assert error.problem == "schemas refer to each other too deeply"


# Malformed YAML, in a document and in a spec file.

DEEP = "[" * 100_000 + "]" * 100_000
TOO_DEEP = "a:\n" + "".join("  " * i + "- \n" for i in range(1, MAX_DEPTH + 5))
ALIAS_BOMB = "a: &a [x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 8)}]\n" for i in range(9)
)
TABS = "openapi: 3.0.3\npaths:\n\t/x: {}\n"
MALFORMED = {
    "deep": (DEEP, "not valid YAML"),
    "too-deep": (TOO_DEEP, f"nests deeper than {MAX_DEPTH} levels"),
    "alias-bomb": (ALIAS_BOMB, "YAML alias"),
    "tabs": (TABS, "not valid YAML"),
    "unclosed": ("openapi: [3.0.3\n", "not valid YAML"),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_document_yaml_names_the_file(tmp_path: Path, case: str) -> None:
    text, problem = MALFORMED[case]
    docs, spec = _folders(tmp_path)
    (docs / "bad.v3.yml").write_text(text)
    with pytest.raises(SpecError) as info:
        import_openapi(docs, spec, tmp_path)
    assert info.value.file == "bad.v3.yml"
    assert problem in info.value.problem


def test_a_document_that_is_not_utf8_names_the_file(tmp_path: Path) -> None:
    docs, spec = _folders(tmp_path)
    (docs / "bad.v3.yml").write_bytes(b"openapi: \xff\xfe\n")
    with pytest.raises(SpecError, match=r"^bad.v3.yml: \(top level\): not UTF-8"):
        import_openapi(docs, spec, tmp_path)


def _generate(tmp_path: Path, text: str, name: str = "things.yaml") -> SpecError:
    folder = tmp_path / "spec"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text)
    with pytest.raises(SpecError) as info:
        build(load_specs(folder, tmp_path))
    return info.value


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_malformed_spec_yaml_names_the_file(tmp_path: Path, case: str) -> None:
    text, problem = MALFORMED[case]
    error = _generate(tmp_path, text)
    assert error.file == "spec/things.yaml"
    # The pure-Python loader runs out of recursion before libyaml's own limit would apply.
    assert problem in error.problem or (case == "deep" and "nests deeper" in error.problem)


def test_a_spec_file_name_with_a_line_break_is_refused(tmp_path: Path) -> None:
    """The file name is printed into a comment of every file generated from it."""
    error = _generate(tmp_path, HANDWRITTEN, "x\nimport os.yaml")
    assert error.file == "spec/x\\nimport os.yaml" and "bad file name" in error.problem


# Hostile spec files (as if spec/imported/ had been edited by hand).

NODES = """\
api: v3
nodes:
  checkouts.pickup_options:
    operations:
      all:
        operation_id: get-pickup
        method: GET
        path: checkouts/{checkout_id}/pickup-options
        params:
          checkout_id: str
        query:
          id:in: {type: str, enum: [date modified, text/html]}
        result: {type: "list[Pickup]", envelope: true}
models:
  Pickup:
    fields:
      id: {type: int, read_only: true}
      kind: {type: str, enum: [in-store, curbside]}
"""

W = "nodes.checkouts.pickup_options.operations.all"


def _quoted(text: str) -> str:
    """`text` as a double-quoted YAML scalar (escapes and all)."""
    return yaml.safe_dump(text, default_style='"', width=1000).strip().removesuffix("\n...")


PATH_LINE = "path: checkouts/{checkout_id}/pickup-options"
SPEC_CASES = [
    (PATH_LINE, "path: " + _quoted('checkouts/{checkout_id}/x"); import os; ("'), f"{W}.path"),
    (PATH_LINE, "path: checkouts/{checkout_id}}/pickup-options", f"{W}.path"),
    (PATH_LINE, "path: checkouts/{{checkout_id}}/pickup-options", f"{W}.path"),
    (PATH_LINE, "path: " + _quoted("checkouts/{checkout_id}/pickup-options\n"), f"{W}.path"),
    (PATH_LINE, "path: " + _quoted("checkouts/{checkout_id}/pick\\up"), f"{W}.path"),
    ("operation_id: get-pickup", "operation_id: " + _quoted('x"""y'), f"{W}.operation_id"),
    ("operation_id: get-pickup", "operation_id: " + _quoted("get\npickup"), f"{W}.operation_id"),
    ("          checkout_id: str", "          " + _quoted('checkout_id"') + ": str", f"{W}.params"),
    ("          id:in:", "          " + _quoted("id:in'") + ":", f"{W}.query"),
    ("      kind:", "      " + _quoted('ki"nd') + ":", "models.Pickup.fields"),
    ("curbside]", _quoted("curb\\side") + "]", "models.Pickup.fields.kind.enum[1]"),
    ("curbside]", _quoted('curb"side') + "]", "models.Pickup.fields.kind.enum[1]"),
    ("curbside]", "curbside, .inf]", "models.Pickup.fields.kind.enum[2]"),
    ("curbside]}", "curbside], default: " + _quoted('x"""; import os') + "}", "models.Pickup"),
    ("curbside]}", "curbside], default: " + _quoted("x" * 41) + "}", "models.Pickup"),
    ("curbside]}", "curbside], default: [a, b, c, d, e, f]}", "models.Pickup"),
    ("curbside]}", "curbside], max_length: -1}", "models.Pickup"),
    ("curbside]}", "curbside], maximum: .inf}", "models.Pickup"),
    ("text/html]}", "text/html], minimum: 1.0e+300}", f"{W}.query"),
    ("text/html]}", "text/html], default: " + _quoted("a`b") + "}", f"{W}.query"),
    ("  checkouts.pickup_options:", "  checkouts.pickup_options():", "nodes"),
    ("      all:", "      all(self):", "nodes.checkouts.pickup_options.operations"),
    ("  Pickup:", "  Pickup(object):", "models"),
]


@pytest.mark.parametrize(("old", "new", "key"), SPEC_CASES)
def test_a_hostile_spec_file_is_refused(tmp_path: Path, old: str, new: str, key: str) -> None:
    assert old in NODES
    error = _generate(tmp_path, NODES.replace(old, new, 1))
    assert error.file == "spec/things.yaml"
    assert error.key.startswith(key), error
    assert "\n" not in str(error)


def test_the_benign_spec_file_loads(tmp_path: Path) -> None:
    folder = tmp_path / "spec"
    folder.mkdir()
    (folder / "things.yaml").write_text(NODES)
    rendered = render(build(load_specs(folder, tmp_path)))
    compile(rendered["v3/checkouts/resources/pickup_options.py"], "x.py", "exec")


def test_a_hostile_helper_name_is_refused(tmp_path: Path) -> None:
    text = (
        HANDWRITTEN.replace(
            "    verbs: [all, get]\n",
            "    verbs: [all, get]\n    subresources:\n      Parts:\n        path: parts\n"
            "        parent_key: thing_id\n        model: Part\n        verbs: [all, get]\n"
            "        helper: 'parts(self): pass\\n    import os\\n    def x'\n",
        )
        + "  Part:\n    fields:\n      id: {type: int, read_only: true}\n"
    )
    error = _generate(tmp_path, text)
    assert error.key == "resources.Things.subresources.Parts.helper.name", error


# What is allowed through as text is escaped: it compiles and reads back unchanged.

HOSTILE_TEXT = 'Say """hi""" C:\\p\\ "q"\\" \t\x00\u2028 end"'


def _formatted(tmp_path: Path, source: str) -> str:
    """`source` as `python -m codegen generate` leaves it: formatted by ruff."""
    path = tmp_path / "module.py"
    path.write_text(source, encoding="utf-8")
    cmd = [sys.executable, "-m", "ruff", "format", "--quiet", "--config",
           str(ROOT / "pyproject.toml"), str(path)]  # fmt: skip
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("text", [HOSTILE_TEXT, "  padded  ", '"', "\\", ""])
def test_a_docstring_reads_back_as_the_original_text(tmp_path: Path, text: str) -> None:
    source = (
        f"# {comment(text)}\n{docstring(text, 0)}\n\n\nclass C:\n    {docstring(text, 4)}\n"
        f"\n    def m(self) -> None:\n        {docstring(text, 8)}\n"
    )
    for version in (source, _formatted(tmp_path, source)):
        namespace: dict[str, Any] = {}
        exec(compile(version, "module.py", "exec"), namespace)
        assert namespace["__doc__"] == text
        assert namespace["C"].__doc__ == text
        assert namespace["C"].m.__doc__ == text


def test_a_long_docstring_is_wrapped_and_keeps_its_words(tmp_path: Path) -> None:
    text = " ".join([HOSTILE_TEXT.replace(" ", "_")] * 6)
    source = f"class C:\n    {docstring(text, 4)}\n"
    namespace: dict[str, Any] = {}
    exec(compile(_formatted(tmp_path, source), "module.py", "exec"), namespace)
    assert namespace["C"].__doc__.split() == text.split()
    assert max(len(line) for line in source.splitlines()) <= 100


def test_an_fstring_path_keeps_its_literal_text() -> None:
    template = 'a}"\\b\n/{id}/{x-y}/{'
    code = fstring(template, lambda name: f"args[{name!r}]")
    value = eval(code, {"args": {"id": "7", "x-y": "8"}})
    assert value == 'a}"\\b\n/7/8/{'
