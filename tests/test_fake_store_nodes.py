"""Every imported operation, called through the client against the fake store over real HTTP.

The cases are the operation index's rows whose call is on a node (`api.catalog.products.all(...)`),
so a re-import is covered without touching this file. Before each call the store is emptied and
given the objects the call needs: those its path names (a product before its images), one in the
collection it works on (to read, change, list or delete), and the parent a batch names in its
items. The arguments are made from the call's signature the way `test_whole_api` makes them,
with those objects' ids where the path, the items (`id`, `resource_id`, `product_id`) or an `id:in`
filter name one. Each call must succeed, answer its annotated return type, and parse without the
client keeping any object unvalidated.
"""

from __future__ import annotations

import logging
import re
import typing
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import typing_extensions
from pydantic import TypeAdapter

from bigcommerce import operations
from bigcommerce.api import BigcommerceApi
from bigcommerce.operation_index import Operation
from bigcommerce.testing import FakeStore
from bigcommerce.testing.node_schema import (
    CREATE,
    CREATE_MANY,
    DELETE_MANY,
    LIST,
    UPDATE_MANY,
    UPSERT,
    Binding,
    blank,
)

from .test_whole_api import _arguments, _resolve

# Not the payments gateway's: another server, which the fake store does not play
# (tests/test_payments_gateway.py plays it with a recording server).
NODE_CALLS = [
    op
    for op in operations()
    if op.call and not re.match(r"api\.[A-Z]", op.call) and op.version != "payments"
]


@dataclass
class Seeded:
    """The ids the test added: one per path parameter, the object the call works on, and the
    parents a batch's items name, by parameter name."""

    path: list[str] = field(default_factory=list)
    target: str | None = None
    parents: dict[str, str] = field(default_factory=dict)


@pytest.fixture(scope="module")
def running() -> Iterator[FakeStore]:
    with FakeStore() as store:
        yield store


@pytest.fixture(scope="module")
def client(running: FakeStore) -> BigcommerceApi:
    return running.client(oauth=True, max_retries=0)


@pytest.fixture
def store(running: FakeStore) -> FakeStore:
    """The module's store, emptied for each test."""
    running.state.clear()
    return running


def binding_of(store: FakeStore, op: Operation) -> Binding:
    """The store's binding of an indexed operation (by version, method and path)."""
    template = blank(op.path.strip("/"))
    for binding in store.state.schema.nodes.bindings:
        route = binding.route
        if (route.version, route.method, binding.template) == (op.version, op.method, template):
            return binding
    raise AssertionError(f"the store does not serve {op.method} {op.version}{op.path}")


def seed(store: FakeStore, op: Operation, binding: Binding) -> Seeded:
    """Add the objects the call needs (see the module's docstring)."""
    nodes, schema = store.state.nodes, store.state.schema.nodes
    seeded = Seeded()
    parts = op.path.strip("/").split("/")
    for index, part in enumerate(parts):
        if part.startswith("{"):
            prefix = "/".join(parts[:index])
            scope = seeded.path[: blank(prefix).count("{}")]
            known = schema.collection(op.version, prefix) is not None
            seeded.path.append(nodes.seed(op.version, prefix, scope) if known else "7")
    collection = binding.collection
    if collection is None:
        return seeded
    if binding.kind not in (CREATE, CREATE_MANY):
        scope = seeded.path[: binding.scope_params]
        seeded.target = nodes.seed(op.version, collection.template, scope)
    parent = schema.parent(collection)
    if parent is not None and binding.scope_params < len(collection.params):
        name = collection.params[-1]
        scope = seeded.path[: len(parent.params)]
        seeded.parents[name] = nodes.seed(op.version, parent.template, scope)
    return seeded


def typed(value: str, hint: Any) -> Any:
    """An id (text) as the annotation wants it: `int` where it says so."""
    wanted = {hint, *typing.get_args(hint)}
    return int(value) if int in wanted and value.isdigit() else value


def keys_of(hint: Any) -> dict[str, Any]:
    """The keys of the TypedDict an annotation names (itself, its list's items, or what
    `**query: Unpack[...]` unpacks), with their types."""
    if typing.get_origin(hint) in (list, typing_extensions.Unpack):
        hint = typing.get_args(hint)[0]
    if not typing_extensions.is_typeddict(hint):
        return {}
    hints: dict[str, Any] = typing_extensions.get_type_hints(hint)
    return hints


def call_arguments(
    method: Callable[..., Any], names: list[str], binding: Binding, seeded: Seeded
) -> tuple[list[Any], dict[str, Any]]:
    """`test_whole_api`'s arguments, with the seeded ids where the call names an object."""
    positional, keywords = _arguments(method, names)
    hints = typing.get_type_hints(method)
    path = iter(seeded.path)
    given = 0
    for name in names:
        param = name.split("=")[0]
        seeded_id = next(path, None)  # the ids come first; a header parameter may follow
        value = f"sample-{param}" if seeded_id is None else typed(seeded_id, hints[param])
        if "=" in name:
            keywords[param] = value
        else:
            positional[given] = value
            given += 1
    collection = binding.collection
    if "body" in hints and collection is not None and isinstance(positional[-1], list):
        item_keys = keys_of(hints["body"])
        for item in positional[-1]:
            if not isinstance(item, dict):
                continue
            if binding.kind in (UPDATE_MANY, UPSERT) and collection.id_field in item_keys:
                key = collection.id_field or ""
                item[key] = typed(seeded.target or "", item_keys[key])
            for parent_param, parent_key in seeded.parents.items():
                for key in (parent_param, "resource_id"):
                    if key in item_keys:
                        item[key] = typed(parent_key, item_keys[key])
    query = keys_of(hints.get("query"))
    if binding.kind == DELETE_MANY and "id__in" in query and seeded.target:
        wanted = query["id__in"]
        one = typed(seeded.target, (typing.get_args(wanted) or (wanted,))[0])
        keywords.setdefault("id__in", [one] if typing.get_origin(wanted) is list else one)
    return positional, keywords


def check_result(method: Callable[..., Any], result: Any) -> Any:
    """The result, consumed if it is an iterator, checked against the return annotation."""
    returns = typing.get_type_hints(method)["return"]
    if typing.get_origin(returns) is Iterator:
        result = list(result)
        returns = list[typing.get_args(returns)[0]]  # type: ignore[misc]
    TypeAdapter(returns).validate_python(result)
    return result


@pytest.mark.parametrize(
    "op", NODE_CALLS, ids=[f"{op.version}-{op.operation_id}" for op in NODE_CALLS]
)
def test_each_node_operation_works_against_the_fake_store(
    store: FakeStore, client: BigcommerceApi, op: Operation, caplog: pytest.LogCaptureFixture
) -> None:
    binding = binding_of(store, op)
    seeded = seed(store, op, binding)
    method, names = _resolve(client, op.call)
    positional, keywords = call_arguments(method, names, binding, seeded)
    with caplog.at_level(logging.WARNING, logger="bigcommerce"):
        result = check_result(method, method(*positional, **keywords))
        filtered = any(
            key in keywords for key in keys_of(typing.get_type_hints(method).get("query"))
        )
        if binding.kind == LIST and not filtered:
            assert result, f"{op.call} does not show the object the test added"
        resource = getattr(method, "__self__", None)
        if method.__name__ == "all" and hasattr(resource, "iterall"):
            iterall = resource.iterall  # type: ignore[union-attr]
            assert len(check_result(iterall, iterall(*positional, **keywords))) == len(result)
    unvalidated = [r.getMessage() for r in caplog.records if "kept unvalidated" in r.getMessage()]
    assert not unvalidated, unvalidated


def test_the_route_table_serves_exactly_the_indexed_node_operations(running: FakeStore) -> None:
    indexed = {(op.version, op.method, blank(op.path.strip("/"))) for op in NODE_CALLS}
    served = {
        (b.route.version, b.route.method, b.template) for b in running.state.schema.nodes.bindings
    }
    assert indexed == served
