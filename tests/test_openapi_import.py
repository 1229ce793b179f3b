"""The importer's writing half: the naming rule of the typed client, overrides, and that
re-importing the published documents reproduces the committed spec/imported/ exactly."""

from __future__ import annotations

import filecmp
import os
import shutil
from pathlib import Path

import pytest

from codegen.openapi.group import Node, attr, build_tree
from codegen.openapi.importer import import_openapi
from codegen.openapi.model import Body, Operation, Param, Response

from .generator_support import ROOT

DOCS = os.environ.get("BIGCOMMERCE_OPENAPI_DIR")


def _op(
    method: str,
    path: str,
    op_id: str,
    *,
    body: str | None = None,
    result: str | None = "X",
    pages: bool = False,
    required_query: bool = False,
) -> Operation:
    params = [Param(p, "path", "int", True) for p in path.split("{")[1:] for p in [p.split("}")[0]]]
    if required_query:
        params.append(Param("id:in", "query", "list[int]", True))
    response = Response(200, "application/json" if result else None, result, result,
                        "offset" if pages else "none")  # fmt: skip
    return Operation("x.yml", "v3", method, path, op_id, tuple(params),  # type: ignore[arg-type]
                     Body("application/json", body) if body else None, (response,))  # fmt: skip


def _verbs(node: Node) -> dict[str, str]:
    return {name: f"{v.operation.method} {v.operation.path}" for name, v in node.verbs.items()}


def test_the_naming_rule() -> None:
    ops = (
        _op("GET", "/catalog/products", "getProducts", result="list[P]", pages=True),
        _op("POST", "/catalog/products", "createProduct", body="P"),
        _op("PUT", "/catalog/products", "updateProducts", body="list[P]"),
        _op("DELETE", "/catalog/products", "deleteProducts", result=None, required_query=True),
        _op("GET", "/catalog/products/{product_id}", "getProduct"),
        _op("PUT", "/catalog/products/{product_id}", "updateProduct", body="P"),
        _op("DELETE", "/catalog/products/{product_id}", "deleteProduct", result=None),
        _op("GET", "/orders/count", "getOrdersCount"),
        _op("DELETE", "/orders", "deleteAllOrders", result=None),
        _op("POST", "/orders/{order_id}/payment_actions/capture", "captureOrderPayment"),
        _op("PUT", "/pricelists/{price_list_id}/records", "upsertPriceListRecords", body="list[R]"),
        _op("GET", "/catalog/brands/metafields", "getBrandsMetafields", result="list[M]"),
        _op("GET", "/catalog/brands/{brand_id}/metafields", "getBrandMetafields", result="list[M]"),
        _op("POST", "/storefront/redirects/imex/import", "createImportJob", body="J"),
    )
    root = build_tree(ops)["v3"]
    products = root.children["catalog"].children["products"]
    assert _verbs(products) == {
        "all": "GET /catalog/products",
        "create": "POST /catalog/products",
        "update_many": "PUT /catalog/products",
        "delete_many": "DELETE /catalog/products",
        "get": "GET /catalog/products/{product_id}",
        "update": "PUT /catalog/products/{product_id}",
        "delete": "DELETE /catalog/products/{product_id}",
    }
    assert products.verbs["all"].paged
    orders = root.children["orders"]
    assert set(orders.verbs) == {"count", "delete_all"}
    assert _verbs(orders.children["payment_actions"]) == {
        "capture": "POST /orders/{order_id}/payment_actions/capture"
    }
    assert set(root.children["pricelists"].children["records"].verbs) == {"upsert"}
    metafields = root.children["catalog"].children["brands"].children["metafields"].verbs["all"]
    assert metafields.operation.path == "/catalog/brands/{brand_id}/metafields"
    assert (
        metafields.unscoped is not None and metafields.unscoped.path == "/catalog/brands/metafields"
    )
    imex = root.children["storefront"].children["redirects"].children["imex"]
    assert "import_" in imex.children  # a keyword becomes a valid attribute


def test_attribute_names() -> None:
    assert attr("validate-credentials") == "validate_credentials"
    assert attr("bulk-pricing-rules") == "bulk_pricing_rules"
    assert attr("class") == "class_"
    assert attr("301") == "n_301"


@pytest.mark.skipif(not DOCS, reason="set BIGCOMMERCE_OPENAPI_DIR to the published documents")
def test_reimporting_the_documents_reproduces_the_committed_specs(tmp_path: Path) -> None:
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    shutil.rmtree(spec / "imported")
    import_openapi(Path(str(DOCS)), spec, tmp_path)
    committed = ROOT / "spec" / "imported"
    fresh = spec / "imported"
    names = sorted(p.relative_to(committed).as_posix() for p in committed.rglob("*.yaml"))
    assert names == sorted(p.relative_to(fresh).as_posix() for p in fresh.rglob("*.yaml"))
    changed = [n for n in names if not filecmp.cmp(committed / n, fresh / n, shallow=False)]
    assert changed == [], "spec/imported/ is out of date: run `make import`"
