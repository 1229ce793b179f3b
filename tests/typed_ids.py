"""Checked by `mypy --strict` in tests/test_strict_types.py: an object's `id` is `int`, not
optional, in both clients' models; other fields stay optional. The `reveal_type` lines are read
by the test (mypy prints them as notes); the `type: ignore` lines must stay errors (`--strict`
reports an ignore that is not needed)."""

from __future__ import annotations

from typing_extensions import assert_type, reveal_type

from bigcommerce.api import BigcommerceApi


def ids(api: BigcommerceApi) -> None:
    reveal_type(api.catalog.products.get(1).id)  # v3 (imported)
    reveal_type(api.Products.get(1).id)  # v2 (the old client's)
    assert_type(api.catalog.products.get(1).id, int)
    assert_type(api.Products.get(1).id, int)
    assert_type(api.Orders.get(1).products()[0].id, int)  # a subresource's object
    assert_type(api.TaxClasses.get(1).id, str)  # a v2 id the API sends as text: kept text
    for image in api.catalog.products.get(1).images or []:
        assert_type(image.id, int)  # nested objects' ids too
    total: int = sum(p.id for p in api.catalog.products.iterall())
    del total


def still_optional(api: BigcommerceApi) -> None:
    product = api.Products.get(1)
    assert_type(product.name, str | None)
    name: str = product.name  # type: ignore[assignment]
    del name
