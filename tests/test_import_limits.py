"""Limits, defaults and deprecation travel from an OpenAPI document to the spec and into the
docstrings, and nothing enforces them at run time (the server decides).

The fixture is tests/fixtures/openapi/limits/: bounds on fields and query parameters, through a
`$ref`, a one-part `allOf` and an `allOf` that narrows a base; defaults that are too long or would
break out of a literal, and bounds that are no numbers, which the importer leaves out."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from functools import cache
from types import ModuleType
from typing import Any

import pytest
import yaml

from codegen.openapi.group import build_tree
from codegen.openapi.importer import index_file
from codegen.openapi.model import ApiDescription, Limits, Param, SchemaField
from codegen.openapi.operations import read_api
from codegen.openapi.write_spec import spec_files

from .conftest import ACCESS_TOKEN, CLIENT_ID, STORE_HASH
from .generator_support import ROOT, generated_package, oauth_client
from .recording_server import RecordingServer

FIXTURE = ROOT / "tests" / "fixtures" / "openapi" / "limits"
NAME = "limits_sdk"


@cache
def _api() -> ApiDescription:
    return read_api(FIXTURE)


def _fields(name: str) -> dict[str, SchemaField]:
    [schema] = [s for s in _api().schemas if s.name == name]
    return {f.name: f for f in schema.fields}


def _query(operation_id: str) -> dict[str, Param]:
    [op] = [op for op in _api().operations if op.operation_id == operation_id]
    return {p.name: p for p in op.params if p.location == "query"}


@cache
def _written_text() -> dict[str, str]:
    api = _api()
    files = spec_files(api, build_tree(api.operations), frozenset())
    files["imported/index.yaml"] = index_file(api)
    return files


def _written() -> dict[str, Any]:
    return {rel: yaml.safe_load(text) for rel, text in _written_text().items()}


# -- the reading half ------------------------------------------------------------------------


def test_field_limits_are_read_through_refs_and_all_of() -> None:
    fields = _fields("Widget")
    assert fields["name"].limits == Limits(min_length=1, max_length=255)
    assert fields["code"].limits == Limits(min_length=8, max_length=8)  # through a $ref
    assert fields["size"].limits == Limits(minimum=1, maximum=100)  # a one-part allOf
    assert fields["active"].limits == Limits(default=True)
    assert fields["legacy"].limits == Limits(deprecated=True)
    assert fields["tags"].limits == Limits(max_items=5, default=("a", "b"))  # not its items'
    assert fields["ratio"].limits == Limits(minimum=0, maximum=0.5, default=0.25)


def test_a_later_all_of_part_narrows_what_it_states_and_keeps_the_rest() -> None:
    fields = _fields("WidgetPost")
    assert fields["name"].type == "str"
    assert fields["name"].limits == Limits(min_length=1, max_length=100)
    assert fields["size"].limits == Limits(minimum=1, maximum=10)


def test_values_that_are_not_short_scalars_are_left_out() -> None:
    fields = _fields("Widget")
    assert fields["note"].limits == Limits()  # a default longer than a short value
    assert fields["label"].limits == Limits()  # quotes and a backtick: never a literal
    assert fields["count"].limits == Limits(minimum=-1)  # 1e300 is no documented limit
    assert fields["length"].limits == Limits()  # a negative length, a boolean


def test_query_parameters_carry_limits_defaults_and_deprecation() -> None:
    query = _query("getWidgets")
    assert query["limit"].limits == Limits(minimum=1, maximum=100, default=50)
    assert query["sort"].limits == Limits(default="name")
    assert query["legacy_filter"].limits == Limits(deprecated=True)
    assert query["huge"].limits == Limits()


def test_the_spec_holds_them_as_optional_keys() -> None:
    [content] = [c for rel, c in _written().items() if rel.endswith("widgets.yaml")]
    fields = content["models"]["Widget"]["fields"]
    assert fields["name"] == {"type": "str", "min_length": 1, "max_length": 255}
    assert fields["active"] == {"type": "bool", "default": True}
    assert fields["legacy"] == {"type": "str", "deprecated": True}
    assert fields["tags"] == {"type": "list[str]", "max_items": 5, "default": ["a", "b"]}
    assert fields["note"] == "str" and fields["label"] == "str"
    query = content["nodes"]["widgets"]["operations"]["all"]["query"]
    assert query["limit"] == {"type": "int", "minimum": 1, "maximum": 100, "default": 50}
    assert query["legacy_filter"] == {"type": "str", "deprecated": True}
    assert query["huge"] == "float"
    assert "import os" not in "".join(_written_text().values())


# -- the generated package -------------------------------------------------------------------


@pytest.fixture(scope="module")
def sdk(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    folder = tmp_path_factory.mktemp("limits")
    spec = folder / "spec"
    for rel, text in _written_text().items():
        (spec / rel).parent.mkdir(parents=True, exist_ok=True)
        (spec / rel).write_text(text, encoding="utf-8")
    with generated_package(spec, folder, NAME) as package:
        yield package


def test_docstrings_state_limits_defaults_and_deprecation(sdk: ModuleType) -> None:
    models = importlib.import_module(f"{NAME}.models")
    widget = inspect.getsource(models.Widget)
    assert '"""From 1 to 255 characters."""' in widget
    assert '"""Exactly 8 characters."""' in widget
    assert '"""From 1 to 100."""' in widget
    assert '"""Default `true`."""' in widget
    assert '"""Deprecated."""' in widget
    assert "At most 5 items. Default `['a', 'b']`." in widget
    assert '"""From 0 to 0.5. Default `0.25`."""' in widget
    assert '"""At least -1."""' in widget
    body = inspect.getsource(importlib.import_module(f"{NAME}.models.widget_post"))
    assert "From 1 to 100 characters." in body and "From 1 to 10." in body
    query = next(
        inspect.getsource(obj)
        for mod in _modules(sdk)
        for obj in vars(mod).values()
        if isinstance(obj, type) and "legacy_filter" in getattr(obj, "__annotations__", {})
    )
    assert '"""From 1 to 100. Default `50`."""' in query
    assert "Default `'name'`." in query
    assert '"""Deprecated."""' in query


def _modules(sdk: ModuleType) -> list[ModuleType]:
    found = []
    for info in pkgutil.walk_packages(sdk.__path__, f"{NAME}."):
        if "testing" not in info.name:
            found.append(importlib.import_module(info.name))
    return found


def test_nothing_enforces_them_at_run_time(sdk: ModuleType, server: RecordingServer) -> None:
    models = importlib.import_module(f"{NAME}.models")
    widget = models.Widget.model_validate({"id": 1, "name": "x" * 300, "size": 1000, "code": "a"})
    assert (len(widget.name), widget.size, widget.code) == (300, 1000, "a")
    client = oauth_client(NAME, server.url, (CLIENT_ID, STORE_HASH, ACCESS_TOKEN))
    server.reply(status=200, body={"id": 2, "name": "y" * 300})
    created = client.widgets.create({"name": "y" * 300, "size": 0})
    assert server.last.json() == {"name": "y" * 300, "size": 0}  # sent as given
    assert created.id == 2
    server.reply(status=200, body=[])
    client.widgets.all(limit=1000)
    assert server.last.query == {"limit": "1000"}  # above the documented 100: sent
