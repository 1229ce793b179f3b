"""spec/overrides.yaml: corrections keyed by method and path, each with its reason; an override
that no longer applies is a warning, not an error; and the known mistakes of BigCommerce's
documents are fixed on the wire by the committed overrides."""

from __future__ import annotations

from pathlib import Path

import pytest

from bigcommerce.api import BigcommerceApi
from codegen.openapi.group import build_tree
from codegen.openapi.model import (
    ApiDescription,
    Body,
    Operation,
    Param,
    Response,
    Schema,
    SchemaField,
)
from codegen.openapi.overrides import apply_overrides, load_overrides, operation_key
from codegen.spec_loader import SpecError
from codegen.spec_schema import OperationOverride

from .conftest import STORE_HASH
from .generator_support import ROOT
from .recording_server import RecordingServer

V3 = f"/stores/{STORE_HASH}/v3"


def _op(
    method: str,
    path: str,
    op_id: str,
    *,
    body: str | None = None,
    result: str | None = "Rule",
    envelope: bool = True,
    query: tuple[Param, ...] = (),
) -> Operation:
    params = tuple(Param(p.split("}")[0], "path", "int", True) for p in path.split("{")[1:])
    response = Response(200, "application/json", result, result if envelope else None)
    return Operation(
        "x.yml", "v3", method, path, op_id,  # type: ignore[arg-type]
        params + query, Body("application/json", body) if body else None, (response,),
    )  # fmt: skip


def _api(*ops: Operation) -> ApiDescription:
    fields = (SchemaField("id", "int", read_only=True), SchemaField("amount", "float"))
    rule = Schema("Rule", fields, "x.yml#/components/schemas/Rule")
    return ApiDescription(ops, (rule,), ())


def _load(tmp_path: Path, text: str) -> dict[str, OperationOverride]:
    path = tmp_path / "overrides.yaml"
    path.write_text(text, encoding="utf-8")
    return load_overrides(path)


def test_keys_are_method_and_path_and_every_entry_has_a_reason(tmp_path: Path) -> None:
    loaded = _load(
        tmp_path,
        "operations:\n  GET /v3/rules/{rule_id}:\n    reason: one line\n    result: {list: true}\n",
    )
    assert list(loaded) == ["GET /v3/rules/{rule_id}"]
    assert loaded["GET /v3/rules/{rule_id}"].result is not None
    with pytest.raises(SpecError, match="reason"):
        _load(tmp_path, "operations:\n  GET /v3/rules:\n    filter_required: true\n")
    with pytest.raises(SpecError, match=r"v3:getRules"):  # the old keys are refused, by name
        _load(tmp_path, "operations:\n  v3:getRules: {reason: x, filter_required: true}\n")
    with pytest.raises(SpecError, match="batch_limit"):
        _load(tmp_path, "operations:\n  PUT /v3/rules: {reason: x, body: {batch_limit: 0}}\n")
    with pytest.raises(SpecError, match="names"):
        _load(tmp_path, "operations:\n  PUT /v3/rules: {reason: x, names: {a: b}}\n")
    with pytest.raises(SpecError, match="reason"):  # one line, no quotes: it is printed
        _load(tmp_path, 'operations:\n  PUT /v3/rules: {reason: "two\\nlines"}\n')
    assert _load(tmp_path, "operations: {}\n") == {}
    assert load_overrides(tmp_path / "missing.yaml") == {}


def test_the_committed_overrides_load_and_say_why() -> None:
    loaded = load_overrides(ROOT / "spec" / "overrides.yaml")
    assert len(loaded) >= 20
    assert all(change.reason.strip() for change in loaded.values())


def test_an_answer_shape_is_corrected() -> None:
    api = _api(
        _op("GET", "/rules/{product_id}/list", "getRules"),  # declared one object in an envelope
        _op("POST", "/rules/{product_id}/token", "makeToken", envelope=False),  # declared bare
        _op("GET", "/rules/{product_id}/raw", "getRaw", result="list[Rule]"),
    )
    done = apply_overrides(
        api,
        {
            "GET /v3/rules/{x}/list": OperationOverride(reason="a list", result={"list": True}),
            "POST /v3/rules/{x}/token": OperationOverride(reason="env", result={"envelope": True}),
            "GET /v3/rules/{x}/raw": OperationOverride(
                reason="bare", result={"envelope": False, "list": False}
            ),
            "PUT /v3/rules/{x}/list": OperationOverride(reason="gone", filter_required=True),
        },
    )
    by_id = {op.operation_id: op.responses[0] for op in done.api.operations}
    assert (by_id["getRules"].type, by_id["getRules"].data_type) == ("Rule", "list[Rule]")
    assert (by_id["makeToken"].type, by_id["makeToken"].data_type) == ("Rule", "Rule")
    assert (by_id["getRaw"].type, by_id["getRaw"].data_type) == ("Rule", None)
    # parameter names are not compared; keys that match nothing are warnings, not errors
    assert done.warnings == (("PUT /v3/rules/{x}/list", "no such operation in the documents"),)
    tree = build_tree(done.api.operations)["v3"]
    assert "all" in tree.children["rules"].children["list"].verbs  # a list call is `all`


def test_an_override_that_changes_nothing_is_a_warning() -> None:
    by_id = Param("id", "query", "int", True)
    api = _api(
        _op("GET", "/rules", "getRules", result="list[Rule]", query=(by_id,)),
        _op("PUT", "/rules", "updateRules", body="list[Rule]"),
    )
    done = apply_overrides(
        api,
        {
            "GET /v3/rules": OperationOverride(
                reason="r",
                query={"id": {"required": False}, "nope": {"required": True}},
                result={"list": True, "envelope": True},
            ),
            "PUT /v3/rules": OperationOverride(
                reason="r",
                body={
                    "batch_limit": 5,
                    "fields": {"id": {"read_only": False}, "gone": {"read_only": True}},
                },
            ),
            "DELETE /v3/rules": OperationOverride(reason="r", filter_required=True),
        },
    )
    messages = sorted(f"{key}: {message}" for key, message in done.warnings)
    assert messages == [
        "DELETE /v3/rules: no such operation in the documents",
        "GET /v3/rules: query.nope: no such query parameter",
        "GET /v3/rules: result.envelope: the documents already declare an envelope",
        "GET /v3/rules: result.list: the documents already declare a list",
        "PUT /v3/rules: body.fields.gone: no such field in list[Rule]",
    ]
    get, put = done.api.operations
    assert [p.required for p in get.params] == [False]
    assert put.body is not None and put.body.max_items == 5
    assert [f.read_only for f in done.api.schemas[0].fields] == [False, False]
    again = apply_overrides(done.api, {"PUT /v3/rules": OperationOverride(
        reason="r", body={"batch_limit": 5, "fields": {"id": {"read_only": False}}})})  # fmt: skip
    assert sorted(m for _, m in again.warnings) == [
        "body.batch_limit: the documents now say 5 too",
        "body.fields.id: the documents already say so",
    ]


def test_two_variants_with_different_arguments_stay_two_calls() -> None:
    """The same verb with and without the parent id is one call only when both take the same
    body and required query; otherwise the scoped call keeps the verb."""
    code = Param("code", "query", "str", True)
    ops = (
        _op("POST", "/lists/{list_id}/records", "createListRecords", body="list[Rule]"),
        _op("POST", "/lists/records", "createListsRecords", body="list[Item]"),
        _op("GET", "/lists/{list_id}/codes", "getCodes", result="list[Rule]"),
        _op("GET", "/lists/codes", "getCodeByCode", result="list[Rule]", query=(code,)),
        _op("GET", "/lists/{list_id}/metafields", "getMetafields", result="list[Rule]"),
        _op("GET", "/lists/metafields", "getAllMetafields", result="list[Rule]"),
    )
    lists = build_tree(ops)["v3"].children["lists"]
    records = lists.children["records"].verbs
    assert {n: v.operation.operation_id for n, v in records.items()} == {
        "create_many": "createListRecords",
        "create_lists_records": "createListsRecords",
    }
    assert all(v.unscoped is None for v in records.values())
    codes = lists.children["codes"].verbs
    assert {n: v.operation.operation_id for n, v in codes.items()} == {
        "all": "getCodes",
        "get_code_by_code": "getCodeByCode",
    }
    merged = lists.children["metafields"].verbs
    assert list(merged) == ["all"] and merged["all"].unscoped is not None


def test_operation_keys_name_method_version_and_path() -> None:
    op = _op("GET", "/catalog/products/{product_id}/bulk-pricing-rules", "getRules")
    assert operation_key(op) == "GET /v3/catalog/products/{product_id}/bulk-pricing-rules"


# -- the known mistakes of BigCommerce's documents, fixed on the wire ------------------------


def test_a_checkout_token_is_read_from_its_envelope(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body={"data": {"checkoutToken": "tok-1", "meta": {}}, "meta": {}})
    token = v3_client.checkouts.token.create("c-1", {"maxUses": 1, "ttl": 60})
    assert token.checkoutToken == "tok-1"
    assert server.last.path == f"{V3}/checkouts/c-1/token"


def test_deleting_a_cart_line_item_returns_the_cart(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body={"data": {"id": "cart-9", "customer_id": 3}, "meta": {}})
    cart = v3_client.carts.items.delete("cart-9", "item-1", {"version": 2})
    assert (cart.id, cart.customer_id) == ("cart-9", 3)
    assert (server.last.method, server.last.path) == ("DELETE", f"{V3}/carts/cart-9/items/item-1")


def test_bulk_pricing_rules_of_a_product_are_a_list(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    rules = [{"id": 1, "quantity_min": 2, "amount": 5}, {"id": 2, "quantity_min": 10}]
    server.reply(body={"data": rules, "meta": {}})
    got = v3_client.catalog.products.bulk_pricing_rules.all(7)
    assert [(r.id, r.quantity_min) for r in got] == [(1, 2), (2, 10)]
    assert len(server.requests) == 1  # no retries of an answer it could not read
    assert server.last.path == f"{V3}/catalog/products/7/bulk-pricing-rules"


def test_subscribers_are_listed_without_an_id(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body={"data": [{"id": 4, "email": "a@example.com"}], "meta": {}})
    got = v3_client.customers.subscribers.all()
    assert [s.email for s in got] == ["a@example.com"]
    assert server.last.query == {}


def test_a_wrapped_answer_is_unwrapped() -> None:
    wrapper = Schema("Wrapped", (SchemaField("items", "Rule"),), "x.yml#/paths/~1rules/post")
    api = _api(_op("POST", "/rules", "makeRule", body="Rule", result="Wrapped"))
    api = ApiDescription(api.operations, (*api.schemas, wrapper), ())
    done = apply_overrides(
        api,
        {
            "POST /v3/rules": OperationOverride(reason="r", result={"unwrap": "items"}),
            "GET /v3/rules/{id}": OperationOverride(reason="r", result={"unwrap": "items"}),
        },
    )
    response = done.api.operations[0].responses[0]
    assert (response.type, response.data_type) == ("Wrapped", "Rule")
    assert done.warnings == (("GET /v3/rules/{id}", "no such operation in the documents"),)
    again = apply_overrides(
        done.api, {"POST /v3/rules": OperationOverride(reason="r", result={"unwrap": "nope"})}
    )
    assert again.warnings == (("POST /v3/rules", "result.unwrap: Rule has no field 'nope'"),)


def test_a_new_modifier_is_read_from_data_itself(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    """The document declares `data: {items: modifier}`; the API (and the document's own
    example) answer the modifier in `data`."""
    server.reply(body={"data": {"id": 164, "product_id": 7, "name": "Size"}, "meta": {}})
    made = v3_client.catalog.products.modifiers.create(
        7, {"display_name": "Size", "type": "radio_buttons", "required": True}
    )
    assert (type(made).__name__, made.id, made.name) == ("ProductModifier", 164, "Size")
    assert (server.last.method, server.last.path) == ("POST", f"{V3}/catalog/products/7/modifiers")
