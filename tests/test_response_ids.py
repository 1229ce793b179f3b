"""An answer whose object lacks its `id` (missing or null; the object's own or a nested one's):
kept with every other field validated and that id unset, with one `ResponseShapeWarning` per answer
that says where and never a value; the other objects of a page are not affected."""

from __future__ import annotations

import logging
import re
import warnings

import pytest

import bigcommerce
import bigcommerce.exception
from bigcommerce import ResponseShapeWarning
from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import InvalidArgumentError
from bigcommerce.models import Product
from bigcommerce.v3.catalog import Product as V3Product
from bigcommerce.v3.catalog import ProductImage

from .recording_server import RecordingServer


def _recorded(call: object) -> tuple[object, list[warnings.WarningMessage]]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = call()  # type: ignore[operator]
    return result, [w for w in caught if issubclass(w.category, ResponseShapeWarning)]


@pytest.mark.parametrize("answer", [{}, {"id": None}], ids=["missing", "null"])
def test_an_object_without_its_id_is_kept_validated_with_the_id_unset(
    api: BigcommerceApi, server: RecordingServer, answer: dict[str, object]
) -> None:
    server.route("GET", "/api/v2/products/5", body={**answer, "name": "Shoe", "price": 12.5})
    product, caught = _recorded(lambda: api.Products.get(5))
    assert isinstance(product, Product)
    assert product.price == "12.5"  # validated: v2 money read as text
    assert product.get("id") is None and "id" not in product
    with pytest.raises(AttributeError):
        product.id  # noqa: B018
    with pytest.raises(KeyError):
        product["id"]
    assert "id" not in product.model_dump() and not re.search(r"\bid=", repr(product))
    with pytest.raises(InvalidArgumentError, match="has no id"):
        product.update(name="Boot")
    [warning] = caught
    message = str(warning.message)
    assert message.startswith("Product: 1 object(s) of the answer of ")
    assert "/api/v2/products/5 came without an id (id)" in message
    assert "Shoe" not in message and "12.5" not in message
    assert warning.filename == __file__  # points at the caller's line


def test_in_a_page_only_the_objects_lacking_ids_lose_them(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    image = {"id": 3, "url_standard": "https://x/a.png"}
    page = [
        {"id": 1, "name": "a", "images": [image]},
        {"name": "b", "price": "7"},
        {"id": 3, "name": "c", "images": [image, {"id": None, "url_standard": "https://x/b.png"}]},
    ]
    server.reply(body={"data": page, "meta": {}})
    products, caught = _recorded(lambda: v3_client.catalog.products.all(page=1))
    assert isinstance(products, list)
    assert [type(p) for p in products] == [V3Product] * 3
    assert [p.get("id") for p in products] == [1, None, 3]
    assert products[1].price == 7  # validated: text read as a number
    first, second = products[2].images or []
    assert isinstance(second, ProductImage) and first.id == 3
    assert "id" not in second and second.url_standard == "https://x/b.png"
    [warning] = caught
    assert f"{V3Product.__name__}: 2 object(s)" in str(warning.message)
    assert "(1.id, 2.images.1.id)" in str(warning.message)


def test_an_object_that_also_misfits_otherwise_is_kept_as_sent(
    v3_client: BigcommerceApi, server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    page = [{"id": 1, "images": [{"id": 2}]}, {"id": None, "name": "b", "images": "not a list"}]
    server.reply(body={"data": page, "meta": {}})
    with caplog.at_level(logging.WARNING, logger="bigcommerce"):
        products, caught = _recorded(lambda: v3_client.catalog.products.all(page=1))
    assert isinstance(products, list)
    good, odd = products
    assert isinstance((good.images or [])[0], ProductImage)  # validated, as before
    assert odd["images"] == "not a list" and "id" not in odd  # as sent, the null id unset
    kept = [r.getMessage() for r in caplog.records if "kept unvalidated" in r.getMessage()]
    assert len(kept) == 1 and "images" in kept[0]
    assert len(caught) == 1 and "(1.id)" in str(caught[0].message)


def test_the_warning_can_be_made_an_error(api: BigcommerceApi, server: RecordingServer) -> None:
    server.route("GET", "/api/v2/products/5", body={"name": "Shoe"})
    with warnings.catch_warnings():
        warnings.simplefilter("error", ResponseShapeWarning)
        with pytest.raises(ResponseShapeWarning, match="came without an id"):
            api.Products.get(5)


def test_answers_with_ids_warn_nothing(api: BigcommerceApi, server: RecordingServer) -> None:
    server.route("GET", "/api/v2/products", body=[{"id": n, "name": f"p{n}"} for n in range(3)])
    products, caught = _recorded(lambda: api.Products.all())
    assert [p.id for p in products] == [0, 1, 2] and caught == []  # type: ignore[attr-defined]


def test_the_warning_is_exported_like_unknown_argument_warning() -> None:
    assert bigcommerce.ResponseShapeWarning is bigcommerce.exception.ResponseShapeWarning
    assert "ResponseShapeWarning" in bigcommerce.__all__
    assert "ResponseShapeWarning" in bigcommerce.exception.__all__
    assert issubclass(ResponseShapeWarning, UserWarning)
