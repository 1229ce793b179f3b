"""The old client's classes (`api.Products`...) describe each method's operation as a class
constant, like the imported nodes, and go through the same runtime call (`Resource._call`)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import bigcommerce.resources
from bigcommerce._operation import NodeResource
from bigcommerce._request import Operation
from bigcommerce._resource import Resource
from bigcommerce.models.product import Product
from bigcommerce.models.product_image import ProductImage
from bigcommerce.resources.product_images import ProductImages, ProductImagesFilters
from bigcommerce.resources.products import Products

from .test_request import methods_and_operations


def old_classes() -> list[type[Resource]]:
    found = []
    for info in pkgutil.iter_modules(bigcommerce.resources.__path__):
        module = importlib.import_module(f"bigcommerce.resources.{info.name}")
        for cls in vars(module).values():
            if (
                inspect.isclass(cls)
                and issubclass(cls, Resource)
                and not issubclass(cls, NodeResource)
                and cls.__module__ == module.__name__
            ):
                found.append(cls)
    return found


def test_every_old_method_has_its_operation() -> None:
    classes = old_classes()
    assert len(classes) == 43
    checked = 0
    for cls in classes:
        methods, constants = methods_and_operations(cls)
        assert set(constants) == methods, cls.__name__
        for name, op in constants.items():
            assert isinstance(op, Operation)
            assert op.version == "v2" and not op.envelope and not op.operation_id
            assert (op.result == "count") == (name == "count"), (cls.__name__, name)
            assert name != "count" or op.path.endswith("/count")
            checked += 1
    assert checked > 200


def test_the_old_operations_say_what_the_old_helpers_did() -> None:
    assert Products._op_count.result == "count" and Products._op_count.path == "products/count"
    assert Products._op_iterall.pagination == "page" and Products._op_iterall.model is Product
    assert (Products._op_update.method, Products._op_update.result) == ("PUT", "one")
    assert Products._op_delete_all.result == "answer" and Products._op_delete_all.model is None
    images = ProductImages._op_all
    assert (images.path, images.result, images.model) == (
        "products/{parentid}/images",
        "many",
        ProductImage,
    )
    assert images.query_type is ProductImagesFilters


def test_every_result_kind_has_its_step() -> None:
    from typing import get_args

    from bigcommerce._operation import NodeResource
    from bigcommerce._request import ResultKind
    from bigcommerce._resource import Resource

    for cls in (Resource, NodeResource):
        for kind in get_args(ResultKind):
            assert callable(getattr(cls, f"_{kind}", None)), (cls, kind)
