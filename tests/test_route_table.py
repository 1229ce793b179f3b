"""The fake store's route table as data: codegen writes `testing/routes.json`, the store reads
it."""

from __future__ import annotations

import json
import sys

import pytest

from bigcommerce.testing.route_types import ModelField, NodeRoute, Route, RouteFilter
from bigcommerce.testing.routes import (
    MODELS,
    NODE_ROUTES,
    ROUTES,
    parse_route_table,
    route_table,
)
from codegen.ir import (
    NodeRouteIR,
    PackageIR,
    RouteFieldIR,
    RouteFilterIR,
    RouteIR,
    RouteModelIR,
)
from codegen.route_data import routes_json

from .generator_support import ROOT


def _package() -> PackageIR:
    fields = (
        RouteFieldIR("id", "int", None, True, False, (), False, ()),
        RouteFieldIR("size", "str", "decimal", False, True, ("create",), True, ("s", 2, 2.5, True)),
    )
    route = RouteIR(
        "Widgets", "v2", "spec/w.yaml", "widgets", "Widget", ("all", "get"), "none",
        (RouteFilterIR("name", "str", True, ("a",)),), "Boxes", "boxes", "box_id", "widgets",
    )  # fmt: skip
    node = NodeRouteIR(
        "v3", "catalog.widgets", "all", "getWidgets", "GET", "catalog/{box_id}/widgets",
        (("box_id", "int"),), "catalog/widgets", "list", "list[Widget]", True, "offset",
        "list", "list[Widget]", True, 10,
        (
            RouteFilterIR("id:in", "list[int]", False, (), True),
            RouteFilterIR("q", "str", False, ()),
        ),
    )  # fmt: skip
    return PackageIR((), (), (route,), (RouteModelIR("Widget", fields),), node_routes=(node,))


def test_every_field_the_generator_writes_comes_back_as_the_store_holds_it() -> None:
    table = parse_route_table(routes_json(_package()))
    assert table.models == {
        "Widget": (
            ModelField("id", "int", read_only=True),
            ModelField(
                "size", "str", write_type="decimal", create_only=True, required=("create",),
                nullable=True, enum=("s", 2, 2.5, True),
            ),
        )
    }  # fmt: skip
    assert [type(v) for v in table.models["Widget"][1].enum] == [str, int, float, bool]
    assert table.routes == (
        Route(
            "Widgets", "v2", "widgets", "Widget", ("all", "get"), "none",
            (RouteFilter("name", "str", range=True, enum=("a",)),), "Boxes", "boxes", "box_id",
            "widgets",
        ),
    )  # fmt: skip
    assert table.node_routes == (
        NodeRoute(
            "v3", "catalog.widgets", "all", "getWidgets", "GET", "catalog/{box_id}/widgets",
            (("box_id", "int"),), "catalog/widgets", "list", "list[Widget]", True, "offset",
            "list", "list[Widget]", True, 10,
            (RouteFilter("id:in", "list[int]", required=True), RouteFilter("q", "str")),
        ),
    )  # fmt: skip
    hash(table.routes + table.node_routes)  # tuples all the way down: hashable, as before


def test_fields_at_their_default_are_left_out_of_the_file() -> None:
    data = json.loads(routes_json(_package()))
    assert data["models"]["Widget"][0] == {"wire": "id", "type": "int", "read_only": True}
    assert "range" not in data["node_routes"][0]["query"][0]
    assert data["node_routes"][0]["query"][1] == {"name": "q", "type": "str"}


def test_an_empty_table_is_valid_json() -> None:
    table = parse_route_table(routes_json(PackageIR((), ())))
    assert (table.models, table.routes, table.node_routes) == ({}, (), ())


def test_the_package_table_is_read_once_and_is_what_the_module_names() -> None:
    assert route_table() is route_table()
    assert route_table().models is MODELS
    assert route_table().routes is ROUTES
    assert route_table().node_routes is NODE_ROUTES
    assert {r.class_name for r in ROUTES} >= {"Products", "Orders"}
    assert all(r.model in MODELS for r in ROUTES)


@pytest.mark.parametrize(
    "text",
    [
        "not json",
        "[]",
        '{"models": []}',
        '{"models": {"A": [{"wire": "x"}]}}',  # no type
        '{"models": {"A": [{"wire": "x", "type": "int", "colour": 1}]}}',
        '{"models": {"A": [{"wire": "x", "type": "int", "enum": "abc"}]}}',
        '{"routes": [1]}',
        '{"node_routes": [{"version": "v3"}]}',
    ],
)
def test_a_malformed_table_is_a_clear_error(text: str) -> None:
    with pytest.raises(ValueError, match=r"^bad\.json is not a valid route table: "):
        parse_route_table(text, "bad.json")


def test_the_table_ships_as_package_data() -> None:
    if sys.version_info < (3, 11):
        pytest.skip("tomllib is Python 3.11+")
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    data = config["tool"]["setuptools"]["package-data"]["bigcommerce"]
    assert "testing/routes.json" in data
    assert (ROOT / "generated" / "bigcommerce" / "testing" / "routes.json").is_file()
