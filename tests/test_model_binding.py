"""What keeps typed pages cheap: validation runs in pydantic-core without calling back into Python
for each object, and only the objects a call returns are bound to their resource."""

from __future__ import annotations

import copy

import pytest

from bigcommerce._model import ApiModel
from bigcommerce.exception import InvalidArgumentError
from bigcommerce.models.product import Product
from bigcommerce.models.product_primary_image import ProductPrimaryImage
from bigcommerce.resources.products import Products
from bigcommerce.testing import FakeStore


def test_no_python_hook_runs_per_validated_object() -> None:
    # Private attributes would make pydantic run `init_private_attributes` for every object,
    # nested ones included (a 250-product page holds thousands of them).
    assert ApiModel.__private_attributes__ == {}
    for model in (ApiModel, Product, ProductPrimaryImage):
        assert model.__pydantic_post_init__ is None


def test_returned_objects_are_bound_and_nested_ones_are_not() -> None:
    with FakeStore(seed_demo=True) as store:
        api = store.client()
        first, second = api.Products.all(limit=2)
        assert isinstance(first._bound, Products) and first._parent_id is None
        assert first._bound is second._bound
        image = first.primary_image
        assert isinstance(image, ProductPrimaryImage) and image.__pydantic_private__ is None
        assert first.update(name="Renamed").name == "Renamed"
        # Copies stay bound; objects built by hand are not.
        assert copy.copy(first)._bound is first._bound
        assert first.model_copy()._bound is first._bound
        unbound = Product.model_validate(first.model_dump())
        assert unbound._bound is None and unbound == Product.model_validate(first.model_dump())
        with pytest.raises(InvalidArgumentError, match="not bound"):
            unbound.delete()
        fields = first.custom_fields()  # the demo's first product has some
        assert fields and all(field._parent_id == first.id for field in fields)
