"""The run-time policy over real HTTP: by default a call reaches the server as its caller wrote it
(converted where its type says how, unknown names with a warning) and the server's error comes
back typed; `strict=True` refuses the same calls before anything is sent; both operator spellings
send the same request; a destructive v3 delete without its filter is refused in every mode."""

from __future__ import annotations

import datetime
import enum
import warnings
from decimal import Decimal
from typing import Any

import pytest

import bigcommerce
from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import (
    BadRequestException,
    InvalidArgumentError,
    UnknownArgumentWarning,
    UnprocessableEntityException,
)

from .conftest import STORE_HASH
from .recording_server import RecordingServer

V2 = "/api/v2"
V3 = f"/stores/{STORE_HASH}/v3"
#: The README's Quick start: `availability`, which the documents call required, is not given.
QUICK_START: dict[str, Any] = {
    "name": "Shoe",
    "type": "physical",
    "price": "10.00",
    "categories": [3],
    "weight": 2,
}


class Colour(enum.Enum):
    RED = "red"


def _quietly(call: Any) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownArgumentWarning)
        return call()


def test_the_warning_is_a_documented_user_warning() -> None:
    assert bigcommerce.UnknownArgumentWarning is UnknownArgumentWarning
    assert issubclass(UnknownArgumentWarning, UserWarning)
    assert "UnknownArgumentWarning" in bigcommerce.__all__


def test_the_quick_start_create_reaches_the_server_as_written(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body={"id": 5, "name": "Shoe"})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # every name is known: no warning
        product = api.Products.create(**QUICK_START)
    assert product.id == 5
    assert (server.last.method, server.last.path) == ("POST", f"{V2}/products")
    assert server.last.json() == QUICK_START


def test_a_server_422_comes_back_typed_with_its_body(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    error = {"status": 422, "title": "The field 'availability' is required."}
    server.reply(422, error)
    with pytest.raises(UnprocessableEntityException) as info:
        api.Products.create(**QUICK_START)
    assert info.value.body == error
    assert server.last.json() == QUICK_START
    server.reply(400, [{"status": 400, "message": "bad filter"}])
    with pytest.raises(BadRequestException) as bad:
        _quietly(lambda: api.Coupons.all(**{"id:in": [1, 2]}))
    assert bad.value.body == [{"status": 400, "message": "bad filter"}]


def test_old_client_calls_reach_the_server_exactly_as_written(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body=[])
    _quietly(lambda: api.Coupons.all(**{"id:in": [1, 2, 3]}))
    assert (server.last.path, server.last.query) == (f"{V2}/coupons", {"id:in": "1,2,3"})

    server.reply(body={"id": 9})
    _quietly(lambda: api.Orders.create(name="x"))
    assert (server.last.method, server.last.json()) == ("POST", {"name": "x"})

    server.reply(body={"id": 9, "status": "Pending"})
    order = api.Orders.get(9)
    server.reply(body={"id": 9})
    _quietly(lambda: order.update(name="renamed"))
    assert (server.last.method, server.last.path) == ("PUT", f"{V2}/orders/9")
    assert server.last.json() == {"name": "renamed"}

    server.reply(body={"count": 4})
    assert _quietly(lambda: api.CountryStates.count(1, is_visible=True)) == 4
    assert (server.last.path, server.last.query) == (
        f"{V2}/countries/1/states/count",
        {"is_visible": "true"},
    )

    server.reply(body=[])
    _quietly(lambda: api.GoogleProductSearchMappings.all(1, limit=2))
    assert server.last.path == f"{V2}/products/1/googleproductsearch"
    assert server.last.query == {"limit": "2"}


def test_a_v3_promotion_is_created_with_its_documented_redemption_type(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    body: Any = {"name": "Sale", "redemption_type": "AUTOMATIC", "rules": []}
    for client in (v3_client, v3_client.with_options(strict=True)):
        server.reply(body={"data": {"id": 1, "redemption_type": "AUTOMATIC"}, "meta": {}})
        with warnings.catch_warnings():
            warnings.simplefilter("error", UnknownArgumentWarning)  # a documented, writable field
            promotion = client.promotions.create(body)
        assert promotion.redemption_type == "AUTOMATIC"
        assert server.last.json() == body


def test_unknown_names_warn_naming_the_keys_never_the_values(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body={"id": 1})
    with pytest.warns(UnknownArgumentWarning) as caught:
        api.Products.create(**QUICK_START, colour="secret-red", mood="secret-calm")
    assert len(caught) == 1
    message = str(caught[0].message)
    assert "'colour'" in message and "'mood'" in message and "secret" not in message
    assert caught[0].filename == __file__  # it points at the caller's line
    assert server.last.json() == {**QUICK_START, "colour": "secret-red", "mood": "secret-calm"}


def test_values_are_converted_where_their_type_says_how_else_sent_as_given(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body={"data": [], "meta": {}})
    v3_client.catalog.products.all(
        id__in=(1, 2),
        date_modified__min=datetime.date(2024, 1, 2),  # typed str: not converted, encoded
        brand_id="not-a-number",  # does not convert: sent as given
    )
    assert server.last.query == {
        "id:in": "1,2",
        "date_modified:min": "2024-01-02",
        "brand_id": "not-a-number",
    }
    server.reply(body={"data": {"id": 1}, "meta": {}})
    with pytest.warns(UnknownArgumentWarning, match="colour"):
        v3_client.catalog.products.create(
            {
                "name": "Shoe",
                "type": "physical",
                "weight": Decimal("2.50"),
                "price": "cheap",
                "colour": Colour.RED,
                "release": datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc),
            }
        )
    assert server.last.json() == {
        "name": "Shoe",
        "type": "physical",
        "weight": 2.5,  # typed float: converted
        "price": "cheap",
        "colour": "red",
        "release": "2024-01-02T03:04:05Z",
    }


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), object(), "\ud800"])
def test_a_body_json_cannot_carry_is_refused_before_sending(
    bad: Any, api: BigcommerceApi, server: RecordingServer
) -> None:
    with pytest.raises(InvalidArgumentError, match="JSON"):
        api.Products.create(**{**QUICK_START, "weight": bad})
    assert server.requests == []


def test_strict_mode_refuses_the_same_calls_before_sending(
    api: BigcommerceApi, v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    strict = api.with_options(strict=True)
    cases: list[tuple[str, Any]] = [
        ("field 'availability'", lambda: strict.Products.create(**QUICK_START)),
        ("filter 'id__in'", lambda: strict.Coupons.all(**{"id:in": [1, 2, 3]})),
        ("field 'name'", lambda: strict.Orders.create(name="x")),
        ("filter 'is_visible'", lambda: strict.CountryStates.count(1, is_visible=True)),
        ("filter 'limit'", lambda: strict.GoogleProductSearchMappings.all(1, limit=2)),
        (
            "body field 'rules'",  # required by the documents
            lambda: v3_client.with_options(strict=True).promotions.create(
                {"name": "Sale", "redemption_type": "AUTOMATIC"}
            ),
        ),
    ]
    for message, call in cases:
        with pytest.raises(InvalidArgumentError, match=message):
            call()
    assert server.requests == []


def test_strict_is_an_option_of_the_constructor_and_of_every_with_options(
    server: RecordingServer,
) -> None:
    api = BigcommerceApi(host=server.url, basic_auth=("u", "t"), strict=True)
    with pytest.raises(InvalidArgumentError, match="nmae"):
        api.Products.all(**{"nmae": "x"})
    with pytest.raises(InvalidArgumentError, match="nmae"):
        api.with_options(strict=False).Products.with_options(strict=True).all(**{"nmae": "x"})
    assert server.requests == []
    server.reply(body=[])
    _quietly(lambda: api.with_options(strict=False).Products.all(**{"nmae": "x"}))
    assert server.last.query == {"nmae": "x"}
    with pytest.raises(InvalidArgumentError, match="strict"):
        api.with_options(strict="yes")


def test_strict_batches_are_checked_whole_before_the_first_chunk(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    items: list[Any] = [{"id": i, "price": 1.5} for i in range(25)]  # chunks of 10, 10, 5
    items[22]["price"] = "not a price"
    with pytest.raises(InvalidArgumentError, match="22"):
        v3_client.with_options(strict=True).catalog.products.update_many(items)
    assert server.requests == []
    items[22]["price"] = float("nan")  # JSON cannot carry it: refused in every mode
    with pytest.raises(InvalidArgumentError, match="not finite"):
        v3_client.catalog.products.update_many(items)
    assert server.requests == []


def test_by_default_a_batch_with_an_odd_item_is_sent_as_given(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    items: list[Any] = [{"id": i, "price": 1.5} for i in range(5)]
    items[2] = {"id": 2, "price": "not a price", "colour": "red"}
    server.reply(body={"data": [{"id": 0}], "meta": {}})
    with pytest.warns(UnknownArgumentWarning, match="colour"):
        v3_client.catalog.products.update_many(items)
    assert server.last.json() == items


@pytest.mark.parametrize("strict", [False, True])
def test_a_destructive_v3_delete_without_its_filter_is_refused(
    strict: bool, v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    client = v3_client.with_options(strict=strict)
    with pytest.raises(InvalidArgumentError, match="at least one filter"):
        client.catalog.products.delete_all()
    with pytest.raises(InvalidArgumentError, match="at least one filter"):
        client.catalog.products.delete_all(id__in=[], name="")  # `id:in=&name=` filters nothing
    if not strict:  # (strict mode refuses None as an id list before the guard would)
        with pytest.raises(InvalidArgumentError, match="at least one filter"):
            client.catalog.products.delete_all(id__in=None)
    with pytest.raises(
        InvalidArgumentError, match="'id__in': Field required" if strict else "'id:in'"
    ):
        client.customers.delete_many()
    assert server.requests == []
    server.reply(status=204, body=None)
    client.catalog.products.delete_all(id__in=[1, 2])
    assert (server.last.method, server.last.path) == ("DELETE", f"{V3}/catalog/products")
    assert server.last.query == {"id:in": "1,2"}
    server.reply(status=204, body=None)
    client.customers.delete_many(**{"id:in": [4]})
    assert server.last.query == {"id:in": "4"}


def test_the_old_classes_keep_delete_all(api: BigcommerceApi, server: RecordingServer) -> None:
    server.reply(status=204, body=None)
    api.Coupons.delete_all()
    assert (server.last.method, server.last.path, server.last.query) == (
        "DELETE",
        f"{V2}/coupons",
        {},
    )


def test_both_operator_spellings_send_the_same_request(
    api: BigcommerceApi, v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    for call in (
        lambda: api.Coupons.all(id__in=[1, 2]),
        lambda: api.Coupons.all(**{"id:in": [1, 2]}),
        lambda: api.with_options(strict=False).Products.all(**{"date_created:min": "2024"}),
    ):
        server.reply(body=[])
        _quietly(call)
    assert [r.query for r in server.requests] == [
        {"id:in": "1,2"},
        {"id:in": "1,2"},
        {"date_created:min": "2024"},
    ]
    server.reset()
    for call in (
        lambda: v3_client.catalog.products.all(id__in=[1, 2]),
        lambda: v3_client.catalog.products.all(**{"id:in": [1, 2]}),
        lambda: v3_client.with_options(strict=True).catalog.products.all(**{"id:in": [1, 2]}),
    ):
        server.reply(body={"data": [], "meta": {}})
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # `id:in` is a known name, however spelled
            call()
    assert [r.query for r in server.requests] == [{"id:in": "1,2"}] * 3
    assert len({r.raw_query for r in server.requests}) == 1


@pytest.mark.parametrize("strict", [False, True])
def test_both_spellings_of_one_name_is_an_error(
    strict: bool, api: BigcommerceApi, v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    both = {"id__in": [1], "id:in": [2]}
    with pytest.raises(InvalidArgumentError, match="spelled two ways"):
        v3_client.with_options(strict=strict).catalog.products.all(**both)
    with pytest.raises(InvalidArgumentError, match="spelled two ways"):
        api.with_options(strict=strict).Coupons.all(**both)
    assert server.requests == []


def test_a_paging_number_that_is_not_whole_is_refused(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    with pytest.raises(InvalidArgumentError, match="limit"):
        next(api.Products.iterall(limit="many"))
    assert server.requests == []
