"""One description per operation (codegen/operation.py): the generated methods, the operation
index and the fake store's routes are all read off it, so they agree with one another."""

from __future__ import annotations

import ast
import inspect
from pathlib import Path

import pytest

from bigcommerce.api import BigcommerceApi
from bigcommerce.operation_index import operations
from codegen.build_ir import build
from codegen.collect import CollectedNode, collect_nodes, collect_resources
from codegen.operation import (
    call,
    index_keys,
    node_operations,
    resource_operations,
    signature,
)
from codegen.spec_loader import load_index, load_specs
from codegen.spec_schema import NodeSpec, OperationSpec
from codegen.typeref import INT, list_of, named

from .generator_support import FIXTURE_SPEC, ROOT

NODES_SPEC = ROOT / "tests" / "fixtures" / "nodes"
INDEXED = [op for op in operations() if op.call]


def _resolve(api: BigcommerceApi, chain: str) -> object:
    target: object = api
    for name in chain.split(".")[1:]:
        target = getattr(target, name)
    return target


@pytest.mark.parametrize("row", INDEXED, ids=[f"{r.method} {r.path}" for r in INDEXED])
def test_every_indexed_call_binds_to_the_generated_method(row: object) -> None:
    """The index's call, argument for argument, fits the signature of the method it names."""
    api = BigcommerceApi(host="http://127.0.0.1:9", basic_auth=("a", "b"))
    expr = ast.parse(row.call, mode="eval").body  # type: ignore[attr-defined]
    assert isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute)
    method = _resolve(api, ast.unparse(expr.func))
    positional = [object() for _ in expr.args]
    keywords = {k.arg: object() for k in expr.keywords if k.arg is not None}
    inspect.signature(method).bind(*positional, **keywords)  # type: ignore[arg-type]


def test_the_index_lists_a_call_for_every_indexed_generated_method() -> None:
    """Each method the index can name (all but the `iterall` forms) is named by some row."""
    specs = load_specs(ROOT / "spec", ROOT)
    _models, resources = collect_resources(specs)
    ops = [op for res in resources for op in resource_operations(res)]
    ops += [op for node in collect_nodes(specs) for op in node_operations(node)]
    named = {row.call for row in INDEXED}
    documented = {(r.version, r.operation_id) for r in INDEXED}
    for op in ops:
        for key, text in index_keys(op):
            if key in documented:
                assert text in named, text


def _gadget_node() -> CollectedNode:
    create = OperationSpec.model_validate(
        {
            "operation_id": "createGadgetPart",
            "method": "POST",
            "path": "gadgets/{gadget_id}/parts",
            "unscoped_path": "gadgets/parts",
            "unscoped_operation_id": "createPart",
            "params": {"gadget_id": "int"},
            "body": "list[Part]",
            "result": {"type": "list[Part]", "envelope": True},
        }
    )
    return CollectedNode(
        "v3", ("gadgets", "parts"), "x.yaml", NodeSpec(operations={"create": create})
    )


def test_signature_and_call_come_from_one_list_of_arguments() -> None:
    (op,) = node_operations(_gadget_node())
    types = {"gadget_id": INT, "body": list_of(named("PartCreate")), "extra_headers": named("H")}
    types.update(extra_query=named("Q"), extra_body=named("B"))
    assert signature(op, lambda a: types[a.name]) == (
        "body: list[PartCreate], /, *, gadget_id: int | None = None, "
        "extra_headers: H | None = None, extra_query: Q | None = None, "
        "extra_body: B | None = None"
    )
    assert call(op) == "api.gadgets.parts.create(body, gadget_id=gadget_id)"
    assert call(op, scoped=False) == "api.gadgets.parts.create(body)"
    assert dict(index_keys(op)) == {
        ("v3", "createGadgetPart"): "api.gadgets.parts.create(body, gadget_id=gadget_id)",
        ("v3", "createPart"): "api.gadgets.parts.create(body)",
    }


def _shape(params: str) -> list[list[str]]:
    """A signature's parameter names by kind: positional-only, either, keyword-only, `**`."""
    args = ast.parse(f"def f(self, {params}): pass").body[0].args  # type: ignore[attr-defined]
    kwarg = [args.kwarg.arg] if args.kwarg else []
    return [[a.arg for a in group] for group in (args.posonlyargs, args.args, args.kwonlyargs)] + [
        kwarg
    ]


@pytest.mark.parametrize("spec", [FIXTURE_SPEC, NODES_SPEC], ids=["compat", "nodes"])
def test_methods_index_and_routes_share_their_operations(spec: Path) -> None:
    """Built from the fixture specs: each generated method's name and signature, each index call
    and each fake-store route of an imported operation match the description they come from."""
    specs = load_specs(spec, ROOT)
    package = build(specs, load_index(spec, ROOT))
    _models, resources = collect_resources(specs)
    ops = [op for res in resources for op in resource_operations(res)]
    ops += [op for node in collect_nodes(specs) for op in node_operations(node)]
    assert ops
    methods = {(r.class_name, m.name): m for r in package.resources for m in r.methods}
    assert {(op.owner_class, op.name) for op in ops} == set(methods)
    for op in ops:
        generated = methods[(op.owner_class, op.name)].params
        assert _shape(signature(op, lambda a: named("T"))) == _shape(generated), op
    calls = {e.call for e in package.index if e.call}
    expected = {text for op in ops for _key, text in index_keys(op)}
    assert calls <= expected
    routes = {(r.version, r.node, r.verb, r.method, r.path) for r in package.node_routes}
    assert routes == {
        (op.version, op.owner, op.name, op.method, op.path)
        for op in ops
        if op.operation_id and op.result != "pages"
    }
