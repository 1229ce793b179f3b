"""Checked by `mypy --strict` in the test suite: the typed surface as a user's IDE sees it."""

from __future__ import annotations

from collections.abc import Iterator

import bigcommerce
from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import ClientRequestException, NotFoundException
from bigcommerce.models import Product, ProductCustomField


def typed_calls(api: BigcommerceApi) -> None:
    products: list[Product] = api.Products.all(name="Shoe", min_price="10.00", is_visible=True)
    every: Iterator[Product] = api.Products.iterall(limit=50)
    product: Product = api.Products.get(1)
    name: str | None = product.name
    updated: Product = product.update(price="199.90")
    created: Product = api.Products.create(
        name="Shoe",
        type="physical",
        price="10.00",
        categories=[1],
        weight=1,
        availability="available",
    )
    count: int = api.Products.count()
    fields: list[ProductCustomField] = product.custom_fields()
    one_field: ProductCustomField = product.custom_fields(3)
    also: ProductCustomField = api.ProductCustomFields.get(1, 3)
    api.Products.with_options(timeout=5.0, max_retries=0).delete_all()
    del products, every, name, updated, created, count, fields, one_field, also


def error_handling(api: BigcommerceApi) -> int | None:
    try:
        return api.Products.get(999).id
    except NotFoundException as exc:
        assert exc.status_code == 404
        return None
    except ClientRequestException:
        raise


def module_attributes() -> BigcommerceApi:
    return bigcommerce.api.BigcommerceApi(host="http://127.0.0.1:8080", basic_auth=("a", "b"))
