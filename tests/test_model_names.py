"""The imported API's public model names: one class per object, names by the rule, kept by the
names lock across re-imports (codegen/openapi/consolidate.py, names_lock.py)."""

from __future__ import annotations

import importlib
import re
import shutil
from pathlib import Path

import pytest
import yaml
from typing_extensions import is_typeddict

from codegen.naming import (
    MAX_MODEL_NAME,
    cleaned_schema_name,
    document_subject,
    dropped_words,
    fitted_name,
    name_words,
    nested_model_name,
    node_object_name,
    side_words,
    unstuttered,
)
from codegen.openapi.importer import import_openapi
from codegen.openapi.names_lock import schema_identity

from .generator_support import ROOT
from .test_openapi_import import DOCS


def _public_names() -> set[str]:
    names: set[str] = set()
    for version in ("v2", "v3"):
        package = importlib.import_module(f"bigcommerce.{version}")
        for area in package.AREAS:
            names |= set(importlib.import_module(f"bigcommerce.{version}.{area}").__all__)
    return names


def test_public_names_follow_the_rule() -> None:
    import bigcommerce.models

    names = _public_names() | set(bigcommerce.models.__all__)
    assert 600 < len(names) < 900  # 1,552 in bigcommerce.models before
    assert max(len(n) for n in names) <= MAX_MODEL_NAME
    assert not [n for n in names if re.search(r"[0-9]$", n)]
    assert not [n for n in names if re.search(r"CatalogV3|V3Meta|\.yml", n)]  # no file prefixes


def test_one_class_per_product_and_brand_whatever_the_call() -> None:
    from bigcommerce.v3.catalog import Brand, Metafield, Product
    from bigcommerce.v3.catalog.resources import brands as v3_catalog_brands
    from bigcommerce.v3.catalog.resources import products as v3_catalog_products
    from bigcommerce.v3.customers import Metafield as CustomerMetafield

    for module, cls in ((v3_catalog_products, Product), (v3_catalog_brands, Brand)):
        node = next(
            v for k, v in vars(module).items() if k.startswith("V3Catalog") and k.endswith("s")
        )
        verbs = ("all", "get", "create", "update")
        results = {verb: getattr(node, f"_op_{verb}").model for verb in verbs}
        assert set(results.values()) == {cls}, results
    assert Metafield is CustomerMetafield


def test_naming_rule_pieces() -> None:
    assert cleaned_schema_name("productFull") == "Product"
    assert cleaned_schema_name("metafield_Full") == "Metafield"
    assert node_object_name("catalog/products/{}/images") == "ProductImage"
    assert node_object_name("customers/addresses", area_is_object=True) == "CustomerAddress"
    assert len(fitted_name("A" + "Bcdefgh" * 8)) <= MAX_MODEL_NAME
    assert fitted_name("Metafield2") == "Metafield"
    assert schema_identity("a.yml#/components/schemas/brand_Full") == "brand_Full"
    assert (
        schema_identity("a.yml#/paths/~1brands/get/responses/200/content/application~1json/schema")
        == "GET /brands responses/200/schema"
    )


def test_a_taken_name_is_told_apart_by_what_differs() -> None:
    assert cleaned_schema_name("blogPost_Full") == "BlogPost"  # `Post` here is the object's
    assert cleaned_schema_name("blogPost_Base_Post") == "BlogPost"
    assert dropped_words("product_Base_PUT") == ["base", "put"]
    assert side_words(dropped_words("product_Base_PUT"), sent=True) == ["Input", "UpdateInput"]
    assert side_words(dropped_words("product_Base_response"), sent=False) == ["Response"]
    assert side_words(dropped_words("productImage_Base"), sent=False) == ["Base"]
    assert side_words(dropped_words("AndItemMatcher2"), sent=False) == []
    assert document_subject("storefront_tokens.v3.yml") == "StorefrontToken"
    assert document_subject("catalog/product-variants_catalog.v3.yml") == "ProductVariant"
    assert document_subject("orders.v2.oas2.yml") == "Order"
    assert nested_model_name("Meta", "meta_pagination") == "MetaPagination"
    assert nested_model_name("Cart", "line_items item") == "CartLineItem"
    assert unstuttered("ProductOptionOptionValue") == "ProductOptionValue"
    assert unstuttered("LineItemsLineItems") == "LineItems"
    assert cleaned_schema_name("LineItemsGet") == "LineItems"


def test_names_read_well() -> None:
    """The answer of a collection has the plain name; a taken name gets a word saying what
    differs, `Alt`/`Other` only as the last resort (a handful); no word repeats the one before."""

    lock = yaml.safe_load((ROOT / "spec" / "names.lock.yaml").read_text(encoding="utf-8"))
    v2, v3 = lock["models"]["v2"], lock["models"]["v3"]
    assert (v2["Banner"], v2["BannerInput"]) == (["banner_Full"], ["banner_Base"])
    assert v2["BlogPost"] == ["blogPost_Full"]
    assert (v3["ProductInput"], v3["ProductResponse"]) == (
        ["product_Base_PUT"],
        ["product_Base_response"],
    )
    assert v3["StorefrontTokenChannel"] == ["storefront_tokens.v3.yml#Channel"]
    assert (v3["AndItemMatcherNested"], v3["AndItemMatcherInner"]) == (
        ["AndItemMatcher2"],
        ["AndItemMatcher3"],
    )
    names = _public_names()
    assert len([n for n in names if re.search(r"(Alt|Other)$", n)]) <= 10
    doubled = [
        n
        for n in names
        if any(
            a.lower() == b.lower()
            for a, b in zip(name_words(n)[:-1], name_words(n)[1:], strict=True)
        )
    ]
    assert not doubled


def test_the_names_the_old_client_and_the_issue_need_stay() -> None:
    import bigcommerce.models as models
    from bigcommerce.v3 import carts, catalog, customers, pricelists

    for area, names in (
        (catalog, "Product ProductVariant ProductImage ProductCustomField ProductModifier "
         "OptionValue BulkPricingRule Brand Category Metafield ProductCreate ProductUpdate "
         "ProductUpdateManyItem"),
        (customers, "Customer CustomerAddress"),
        (carts, "Cart CartLineItem CartLineItems CartDigitalItem"),
        (pricelists, "PriceList PriceListRecord"),
    ):  # fmt: skip
        for name in names.split():
            assert name in area.__all__, (area.__name__, name)
            assert getattr(area, name).__name__ == name  # models and request TypedDicts
    assert models.Product.__module__ == "bigcommerce.models.product"  # the old client's class
    assert {"Product", "Brand", "Category", "Customer", "Order"} <= set(models.__all__)


def _exports(spec: Path) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for path in (spec / "imported").rglob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for name in data.get("exports") or {}:
            out[(data["api"], name)] = path.name
    return out


@pytest.mark.skipif(not DOCS, reason="set BIGCOMMERCE_OPENAPI_DIR to the published documents")
def test_the_lock_keeps_names_when_a_document_changes(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    shutil.copytree(Path(str(DOCS)), docs)
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    before = _exports(spec)
    lock_before = (spec / "names.lock.yaml").read_text(encoding="utf-8")
    # A document renames a component and adds a field: the names stay.
    catalog = next(docs.rglob("brands_catalog.v3.yml"))
    text = catalog.read_text(encoding="utf-8")
    catalog.write_text(text.replace("brand_Full", "brandRecord"), encoding="utf-8")
    import_openapi(docs, spec, tmp_path)
    after = _exports(spec)
    assert set(before) <= set(after)
    assert (spec / "names.lock.yaml").read_text(encoding="utf-8").startswith(lock_before[:40])
    import_openapi(docs, spec, tmp_path)
    assert _exports(spec) == after


@pytest.mark.skipif(not DOCS, reason="set BIGCOMMERCE_OPENAPI_DIR to the published documents")
def test_an_older_document_set_keeps_every_name_in_both(tmp_path: Path) -> None:
    older = Path(str(DOCS)).parent / "bigcommerce-openapi-2025-04"
    if not older.is_dir():
        pytest.skip("the 2025-04 documents are not beside BIGCOMMERCE_OPENAPI_DIR")
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    (spec / "overrides.yaml").write_text("operations: {}\n", encoding="utf-8")
    lock = yaml.safe_load((spec / "names.lock.yaml").read_text(encoding="utf-8"))
    import_openapi(older, spec, tmp_path)
    fresh = yaml.safe_load((spec / "names.lock.yaml").read_text(encoding="utf-8"))
    for version, names in lock["models"].items():
        known = {i: n for n, ids in names.items() for i in ids}
        for name, ids in fresh["models"][version].items():
            if name not in names:
                assert not [known[i] for i in ids if i in known], name


def test_every_public_model_class_is_named_for_its_public_name() -> None:
    """`bigcommerce.v3.catalog.Product` is the class `Product` (in the area's house,
    `v3/catalog/models/product.py`); the old client's `bigcommerce.models.Product` is the v2 one."""
    import bigcommerce.models
    from bigcommerce._model import ApiModel
    from bigcommerce.v3.catalog import Product

    misnamed, models, bodies = [], 0, 0
    for version in ("v2", "v3"):
        package = importlib.import_module(f"bigcommerce.{version}")
        for area in package.AREAS:
            module = importlib.import_module(f"bigcommerce.{version}.{area}")
            for name in module.__all__:
                value = getattr(module, name)
                if isinstance(value, type) and issubclass(value, ApiModel):
                    models += 1
                if is_typeddict(value):
                    bodies += 1
                if isinstance(value, type) and (value.__name__, value.__qualname__) != (name, name):
                    misnamed.append(f"{version}.{area}.{name} is {value.__name__}")
    assert models > 300
    assert bodies > 150  # request TypedDicts: `BrandCreate`, not its key `V3BrandCreateBodyCreate`
    assert not misnamed, misnamed
    assert Product.__module__ == "bigcommerce.v3.catalog.models.product"
    assert repr(Product.model_construct(id=1)).startswith("Product(")
    assert bigcommerce.models.Product is not Product
    assert bigcommerce.models.Product.__module__ == "bigcommerce.models.product"
    assert "V3Product" not in bigcommerce.models.__all__


def test_the_operation_index_names_results_as_they_are_imported() -> None:
    """A result type names an imported model by its version, area and public name
    (`v3.catalog.Product` is `bigcommerce.v3.catalog.Product`); the old client's keep theirs."""
    import bigcommerce.models
    from bigcommerce import operations

    rows = {(op.version, op.operation_id): op.result for op in operations()}
    assert rows[("v3", "getProducts")] == "list[v3.catalog.Product]"
    assert rows[("v3", "getProduct")] == "v3.catalog.Product"
    dotted = {
        name for result in rows.values() for name in re.findall(r"[\w.]+", result) if "." in name
    }
    assert len(dotted) > 100
    for name in dotted:
        where, _, public = name.rpartition(".")
        cls = getattr(importlib.import_module(f"bigcommerce.{where}"), public)
        assert cls.__name__ == public, name
    plain = {n for r in rows.values() for n in re.findall(r"\b[A-Z]\w+", r) if f".{n}" not in r}
    assert plain and all(hasattr(bigcommerce.models, n) for n in plain - {"Any", "None"}), plain
