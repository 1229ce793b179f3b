"""What the fake store does with each imported operation (its kind, its collection, the parents its
path names) is decided in codegen (`store_bindings`) from the generator's operations and read from
`routes.json`; the store works nothing out at load time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from bigcommerce.testing import FakeStore, Schema, default_schema
from bigcommerce.testing.node_schema import KINDS, Binding, Collection
from bigcommerce.testing.routes import NODES, parse_route_table
from codegen import store_bindings
from codegen.build_routes import node_route_table, route_table
from codegen.collect import collect_nodes, collect_resources
from codegen.ir import NodeRouteIR, PackageIR, RouteFieldIR, RouteModelIR
from codegen.operation import node_operations
from codegen.route_data import routes_json
from codegen.spec_loader import load_specs
from codegen.store_bindings import StoreBinding, StoreCollection, store_table

from .generator_support import ROOT

SPECS = load_specs(ROOT / "spec", ROOT)


def _analysed() -> store_bindings.StoreTable:
    """The analysis of the operations the generator makes from spec/."""
    models, resources = collect_resources(SPECS)
    operations = [op for node in collect_nodes(SPECS) for op in node_operations(node)]
    return store_table(node_route_table(operations), route_table(models, resources)[1])


def _computed_binding(b: StoreBinding) -> tuple[Any, ...]:
    return (
        (b.route.version, b.route.node, b.route.verb, b.route.method, b.path),
        b.kind,
        b.collection,
        b.scope_params,
        b.parents,
    )


def _loaded_binding(b: Binding) -> tuple[Any, ...]:
    return (
        (b.route.version, b.route.node, b.route.verb, b.route.method, b.path),
        b.kind,
        b.collection.template if b.collection is not None else None,
        b.scope_params,
        tuple((c.template, i) for c, i in b.parents),
    )


def _computed_collection(c: StoreCollection) -> tuple[Any, ...]:
    fields = (c.params, c.parent, c.model, c.id_field, c.id_type, c.checked, c.item_param)
    return (c.version, c.template, *fields)


def _loaded_collection(c: Collection) -> tuple[Any, ...]:
    fields = (c.params, c.parent, c.model, c.id_field, c.id_type, c.checked, c.item_param)
    return (c.version, c.template, *fields)


def test_the_loaded_bindings_are_the_analysis_of_the_generators_operations() -> None:
    analysed = _analysed()
    computed = [_computed_binding(b) for b in analysed.bindings]
    loaded = [_loaded_binding(b) for b in default_schema().nodes.bindings]
    assert len(computed) > 500
    assert len(set(computed)) == len(computed)  # one binding per operation and path
    assert set(loaded) - set(computed) == set()  # nothing served that the analysis lacks
    assert set(computed) - set(loaded) == set()  # nothing analysed that the store lacks
    assert loaded == computed  # in the same order: the router prefers earlier bindings
    assert {b[1] for b in loaded} <= KINDS
    assert set(store_bindings.KINDS) == KINDS


def test_the_loaded_collections_and_aliases_are_the_analysis_of_the_operations() -> None:
    analysed = _analysed()
    nodes = default_schema().nodes
    computed = [_computed_collection(c) for c in analysed.collections]
    assert len(computed) > 100
    assert [_loaded_collection(c) for c in nodes.collections.values()] == computed
    aliases = {(c.version, a): c.template for c in analysed.collections for a in c.aliases}
    assert aliases and dict(nodes.aliases) == aliases
    for (version, alias), target in aliases.items():
        found = nodes.collection(version, alias)
        assert found is not None and found.template == target


def test_every_loaded_binding_is_a_path_of_its_operation() -> None:
    for binding in NODES.bindings:
        route = binding.route
        assert binding.path in (route.path, route.unscoped_path)
        assert binding.scope_params <= len(binding.param_names)
        assert len(binding.param_types) == len(binding.param_names)
        assert all(c.checked for c, _index in binding.parents)


# A small table, decided in codegen, written, read back and served.


def _op(verb: str, method: str, path: str, out: str | None, sent: str | None = None) -> NodeRouteIR:
    """An operation answering `out` and sent `sent` (type texts) in an envelope."""

    def shape(text: str | None) -> str:
        return "none" if text is None else "list" if text.startswith("list[") else "object"

    node = path.split("/")[0]
    params = (("thing_id", "int"),) if "{thing_id}" in path else ()
    unscoped = "things/parts" if path == "things/{thing_id}/parts" and verb == "parts" else None
    return NodeRouteIR(
        "v3", node, verb, f"{verb}_{node}", method, path, params, unscoped, shape(out), out, True,
        "none", shape(sent), sent, False, None, (),
    )  # fmt: skip


def _field(wire: str, type_text: str, read_only: bool = False) -> RouteFieldIR:
    return RouteFieldIR(wire, type_text, None, read_only, False, (), False, ())


def _package() -> PackageIR:
    models = (
        RouteModelIR("Thing", (_field("id", "int", True), _field("name", "str"))),
        RouteModelIR("Part", (_field("id", "int", True),)),
        RouteModelIR("Setting", (_field("on", "bool"),)),
    )
    routes = (
        _op("all", "GET", "things", "list[Thing]"),
        _op("create", "POST", "things", "Thing", "Thing"),
        _op("get", "GET", "things/{thing_id}", "Thing"),
        _op("delete", "DELETE", "things/{thing_id}", None),
        _op("parts", "GET", "things/{thing_id}/parts", "list[Part]"),
        _op("add_parts", "POST", "things/{thing_id}/parts", "list[Part]", "list[Part]"),
        _op("get", "GET", "settings", "Setting"),
        _op("set", "PUT", "settings", "Setting", "Setting"),
    )
    return PackageIR((), (), (), models, node_routes=routes)


def test_codegen_decides_each_operations_kind_and_collection() -> None:
    package = _package()
    table = store_table(package.node_routes, package.route_models)
    found = [
        (b.route.verb, b.path, b.kind, b.collection, b.scope_params, b.parents)
        for b in table.bindings
    ]
    parts, under_a_thing = "things/{}/parts", (("things", 0),)
    assert found == [
        ("all", "things", "list", "things", 0, ()),
        ("create", "things", "create", "things", 0, ()),
        ("get", "things/{thing_id}", "read", "things", 0, ()),
        ("delete", "things/{thing_id}", "delete", "things", 0, ()),
        ("parts", "things/{thing_id}/parts", "list", parts, 1, under_a_thing),
        ("parts", "things/parts", "list", parts, 0, ()),
        ("add_parts", "things/{thing_id}/parts", "create_many", parts, 1, under_a_thing),
        ("get", "settings", "single_get", None, 0, ()),
        ("set", "settings", "single_set", None, 0, ()),
    ]
    assert [(*_computed_collection(c), c.aliases) for c in table.collections] == [
        ("v3", "things", (), None, "Thing", "id", "int", True, "thing_id", ()),
        ("v3", parts, ("thing_id",), "things", "Part", "id", "int", True, None, ("things/parts",)),
    ]


def test_the_table_comes_back_as_the_store_holds_it() -> None:
    package = _package()
    table = parse_route_table(routes_json(package))
    computed = store_table(package.node_routes, package.route_models)
    assert [_loaded_binding(b)[1:] for b in table.nodes.bindings] == [
        _computed_binding(b)[1:] for b in computed.bindings
    ]
    assert [_loaded_collection(c) for c in table.nodes.collections] == [
        _computed_collection(c) for c in computed.collections
    ]
    assert table.nodes.aliases == {("v3", "things/parts"): "things/{}/parts"}
    parts = table.nodes.bindings[4]
    assert (parts.param_names, parts.param_types) == (("thing_id",), ("int",))
    assert parts.route is table.node_routes[4]  # the operation itself, not a copy


@pytest.fixture
def small_store() -> Iterator[FakeStore]:
    table = parse_route_table(routes_json(_package()))
    with FakeStore(schema=Schema([], table.models, table.nodes)) as store:
        yield store


def _call(store: FakeStore, method: str, path: str, **kwargs: Any) -> requests.Response:
    headers = {"X-Auth-Client": store.client_id, "X-Auth-Token": store.access_token}
    url = f"{store.url}/stores/{store.store_hash}/v3/{path}"
    return requests.request(method, url, headers=headers, timeout=10, **kwargs)


def test_a_store_serves_a_small_table_as_its_bindings_say(small_store: FakeStore) -> None:
    created = _call(small_store, "POST", "things", json={"name": "box"})
    assert created.status_code == 200, created.text
    thing = created.json()["data"]["id"]
    assert _call(small_store, "GET", "things/999").status_code == 404
    added = _call(small_store, "POST", f"things/{thing}/parts", json=[{}, {}])
    assert added.status_code == 200, added.text
    assert len(_call(small_store, "GET", "things/parts").json()["data"]) == 2  # the alias
    assert _call(small_store, "POST", "things/999/parts", json=[{}]).status_code == 404
    assert _call(small_store, "PUT", "settings", json={"on": True}).json()["data"]["on"] is True
    assert _call(small_store, "DELETE", f"things/{thing}").status_code == 204
    assert _call(small_store, "GET", "things/parts").json()["data"] == []  # deleted below it


def _broken(change: dict[str, Any]) -> str:
    data = json.loads(routes_json(_package()))
    data["node_bindings"][4].update(change)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"verb": "nothing"}, "a binding names no operation"),
        ({"path": "elsewhere"}, "things.parts has no path 'elsewhere'"),
        ({"kind": "explode"}, "unknown kind 'explode'"),
        ({"collection": "nowhere"}, "no collection 'nowhere'"),
        ({"parents": [["things", 5]]}, "bad parameter index 5"),
        ({"scope_params": 3}, "bad scope_params 3"),
        ({"scope_params": "1"}, "bad scope_params '1'"),
    ],
)
def test_a_malformed_binding_is_a_clear_error(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=r"^bad\.json is not a valid route table: ") as caught:
        parse_route_table(_broken(change), "bad.json")
    assert message in str(caught.value)


def test_a_binding_without_its_operation_key_is_a_clear_error() -> None:
    data = json.loads(routes_json(_package()))
    del data["node_bindings"][0]["node"]
    with pytest.raises(ValueError, match=r"^bad\.json is not a valid route table: missing 'node'"):
        parse_route_table(json.dumps(data), "bad.json")
