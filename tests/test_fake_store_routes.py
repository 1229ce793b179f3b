"""The fake store's routes are the generator's operations (codegen/operation.py), read from
`routes.json`: every request it answers is an operation's request and every operation's request is
answered, by exactly one family (the old client's classes or the imported nodes)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import requests

from bigcommerce.operation_index import operations
from bigcommerce.testing import FakeStore, Schema
from bigcommerce.testing.node_schema import blank
from bigcommerce.testing.route_types import ModelField, Route, VerbForm
from bigcommerce.testing.router import Router
from bigcommerce.testing.routes import NODE_ROUTES, VERB_FORMS
from bigcommerce.testing.schema import default_schema
from codegen.build_routes import verb_forms
from codegen.collect import collect_nodes, collect_resources
from codegen.operation import node_operations, resource_operations
from codegen.spec_loader import load_specs

from .generator_support import ROOT

SPECS = load_specs(ROOT / "spec", ROOT)
_OLD_CALL = re.compile(r"api\.([A-Z]\w*)\.(\w+)\(")


def _requests(path: str, unscoped: str | None) -> list[tuple[str, bool]]:
    return [(path, False)] + ([(unscoped, True)] if unscoped is not None else [])


def test_the_old_classes_are_served_exactly_as_their_operations_say() -> None:
    _models, resources = collect_resources(SPECS)
    described = {
        (op.owner, op.name, op.method, path, across)
        for res in resources
        for op in resource_operations(res)
        if op.result != "pages"
        for path, across in _requests(op.path, op.unscoped_path)
    }
    served = {
        (op.route.class_name, op.verb, op.method, op.path, op.across_parents)
        for op in default_schema().operations
    }
    assert len(described) > 200
    assert served == described


def test_the_verb_forms_in_the_table_are_the_generators() -> None:
    generated = {
        shape: tuple(
            VerbForm(op.name, op.method, op.path, op.unscoped_path, op.result) for op in ops
        )
        for shape, ops in verb_forms().items()
    }
    assert generated == VERB_FORMS
    assert {f.verb for f in VERB_FORMS["top"]} == {
        "all", "get", "create", "update", "delete", "delete_all", "count"
    }  # fmt: skip


def test_the_nodes_are_served_exactly_as_their_operations_say() -> None:
    described = {
        (op.version, op.owner, op.name, op.method, op.path, op.unscoped_path)
        for node in collect_nodes(SPECS)
        for op in node_operations(node)
        if op.result != "pages" and op.server == "api"  # the payments gateway is not the store's
    }
    table = {(r.version, r.node, r.verb, r.method, r.path, r.unscoped_path) for r in NODE_ROUTES}
    assert table == described
    bound = {
        (b.route.version, b.route.node, b.route.verb, b.route.method, b.path)
        for b in default_schema().nodes.bindings
    }
    assert bound == {
        (v, node, verb, method, path)
        for v, node, verb, method, scoped, unscoped in described
        for path, _ in _requests(scoped, unscoped)
    }


def test_no_v2_request_is_served_by_two_families() -> None:
    old = {(op.method, blank(op.path)) for op in default_schema().operations}
    nodes = {
        (b.route.method, b.template)
        for b in default_schema().nodes.bindings
        if b.route.version == "v2"
    }
    assert old and nodes
    assert not old & nodes


@pytest.fixture(scope="module")
def store() -> Iterator[FakeStore]:
    with FakeStore() as running:
        yield running


def test_every_indexed_v2_call_reaches_the_family_it_names(store: FakeStore) -> None:
    router = store.app.router
    rows = [r for r in operations() if r.version == "v2" and r.call]
    assert len(rows) > 90
    for row in rows:
        path = re.sub(r"\{[^}]*\}", "1", row.path.strip("/"))
        target = router.match(path)
        old = _OLD_CALL.match(row.call)
        if old is None:  # an imported node: the old classes do not answer it
            assert target is None or target.verb(row.method) is None, row
            continue
        assert target is not None, row
        assert (target.route.class_name, target.verb(row.method)) == old.groups(), row


def test_a_path_no_operation_has_is_not_found(store: FakeStore) -> None:
    """`GET orders/1/coupons/count`: OrderCoupons has no `count`, so nothing answers there."""
    assert "count" not in store.state.schema.route("OrderCoupons").verbs
    url = f"{store.url}/api/v2/orders/1/coupons"
    assert requests.get(url, auth=store.basic_auth, timeout=10).status_code == 404  # no order 1
    assert requests.put(url, auth=store.basic_auth, timeout=10).status_code == 405
    answer = requests.get(f"{url}/count", auth=store.basic_auth, timeout=10)
    assert answer.status_code == 404 and "Allow" not in answer.headers


def test_two_routes_on_one_request_are_refused() -> None:
    models = {"Thing": (ModelField("id", "int", read_only=True),)}
    first = Route("Things", "v2", "things", "Thing", ("all",))
    second = Route("Stuff", "v2", "things", "Thing", ("all", "get"))
    with pytest.raises(ValueError, match=r"GET things: served by both Things and Stuff"):
        Router(Schema([first, second], models).operations)


def test_a_table_without_a_shape_is_a_clear_error() -> None:
    models = {"Thing": (ModelField("id", "int", read_only=True),)}
    things = Route("Things", "v2", "things", "Thing", ("all",))
    with pytest.raises(ValueError, match=r"route Things: no verb forms for a top resource"):
        Schema([things], models, verb_forms={"sub": VERB_FORMS["sub"]})


def test_a_hand_made_route_takes_the_generated_forms() -> None:
    models = {"Thing": (ModelField("id", "int", read_only=True),)}
    parts = Route(
        "Parts", "v2", "parts", "Thing", ("all", "iterall", "count"), parent="Things",
        parent_path="things", parent_key="thing_id", count_path="things/parts",
    )  # fmt: skip
    things = Route("Things", "v2", "things", "Thing", ("all", "get"))
    ops = Schema([things, parts], models).operations
    assert [(o.route.class_name, o.verb, o.method, o.path, o.across_parents) for o in ops] == [
        ("Things", "all", "GET", "things", False),
        ("Things", "get", "GET", "things/{id}", False),
        ("Parts", "all", "GET", "things/{parentid}/parts", False),
        ("Parts", "all", "GET", "things/parts", True),
        ("Parts", "count", "GET", "things/{parentid}/parts/count", False),
        ("Parts", "count", "GET", "things/parts/count", True),
    ]
    target = Router(ops).match("things/7/parts/count.json")
    assert target is not None
    assert (target.route.class_name, target.verb("GET"), target.parent_id) == ("Parts", "count", 7)
    assert target.allowed_methods() == ["GET"] and not target.collection
