"""BigCommerce's own documents, as imported into spec/imported/ (which test_openapi_import keeps
equal to a fresh import): promotions are created with their writable `redemption_type`, update
and batch bodies keep the fields the documents require, and a cart's quantities go out as
integers."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from bigcommerce import BigcommerceApi
from bigcommerce.v3 import catalog, promotions

from .generator_support import ROOT
from .recording_server import RecordingServer

IMPORTED = ROOT / "spec" / "imported"


@cache
def _spec() -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, Any]]]:
    """(operations by id, models by name) of every imported file."""
    operations: dict[str, dict[str, Any]] = {}
    found: dict[str, dict[str, Any]] = {}
    for path in sorted(IMPORTED.rglob("*.yaml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8"))
        for node in (content.get("nodes") or {}).values():
            for op in node["operations"].values():
                operations[op["operation_id"]] = op
        found.update(content.get("models") or {})
    return operations, found


def _body_fields(operation_id: str) -> dict[str, dict[str, Any]]:
    """The fields of an operation's body model (of its items, for a list), spelled out."""
    operations, found = _spec()
    name = operations[operation_id]["body"]["type"].removeprefix("list[").removesuffix("]")
    fields = found[name]["fields"]
    return {k: v if isinstance(v, dict) else {"type": v} for k, v in fields.items()}


def _required(operation_id: str, verb: str = "update") -> set[str]:
    return {k for k, v in _body_fields(operation_id).items() if verb in v.get("required", ())}


def _missing(typed_dict: Any, body: dict[str, Any]) -> set[str]:
    try:
        TypeAdapter(typed_dict).validate_python(body)
    except ValidationError as exc:
        return {str(e["loc"][0]) for e in exc.errors() if e["type"] == "missing"}
    return set()


def test_create_promotion_sends_a_required_writable_redemption_type() -> None:
    redemption = _body_fields("createPromotion")["redemption_type"]
    assert not redemption.get("read_only")
    assert redemption["required"] == ["create", "update"]
    assert set(redemption["enum"]) == {"COUPON", "AUTOMATIC"}
    assert _required("createPromotion", "create") == {"redemption_type", "name", "rules"}
    body = promotions.PromotionCreate
    assert _missing(body, {}) == {"redemption_type", "name", "rules"}


def test_update_and_batch_bodies_keep_required_fields() -> None:
    assert "id" in _required("updateProducts")  # batch items say which product
    assert "id" in _required("updateCustomers")
    assert "id" in _required("updateVariantsBatch")
    assert _required("updateBrand") == {"name"}
    assert _required("updateCartMetafield") == {"key", "value", "namespace", "permission_set"}
    # `x-required: [post]` on a body used for PUT: required when creating only
    assert _required("updateCategory") == set()
    batch = catalog.ProductUpdateManyItem
    assert _missing(batch, {"name": "Shirt"}) == {"id"}
    assert _missing(batch, {"id": 5}) == set()


def test_a_cart_line_item_quantity_is_sent_as_an_integer(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(status=201, body={"data": {"id": "c1", "line_items": {}}, "meta": {}})
    v3_client.carts.create({"line_items": [{"quantity": 2, "product_id": 77}]})
    sent = server.last
    assert sent.method == "POST" and sent.path.endswith("/v3/carts")
    assert b'"quantity":2' in sent.body and b"2.0" not in sent.body
    assert sent.json() == {"line_items": [{"quantity": 2, "product_id": 77}]}
