"""Card numbers and verification values never reach a log line, repr or error text; ordinary
numbers do, and the data itself is never changed (see runtime/_redact.py).

The payments gateway (`api.payments.process`) is a second recording server, as in
test_payments_gateway.py; every hostile case is played over HTTP on 127.0.0.1.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator

import pytest

from bigcommerce._redact import _DECODE_LIMIT, MASK, excerpt, holds_card, is_secret, redacted
from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import HttpException, ServerException, UnprocessableEntityException
from bigcommerce.models import Product
from bigcommerce.v3.payments import PaymentProcessPayment, PaymentProcessPaymentInstrument

from .conftest import ACCESS_TOKEN, CLIENT_ID, STORE_HASH
from .recording_server import RecordingServer

PAN = "4111111111111111"  # a test Visa number: passes the Luhn check
AMEX = "378282246310005"
CVV = "987"
CARD = {
    "type": "card",
    "number": PAN,
    "cardholder_name": "Ann Card",
    "expiry_month": 12,
    "expiry_year": 2030,
    "verification_value": CVV,
}
BODY = {"payment": {"instrument": CARD, "payment_method_id": "testgateway.card"}}
PAT = "pat-0123456789abcdef"


def _hidden(text: str) -> None:
    assert PAN not in text and PAN[:12] not in text  # nor the number cut short
    assert f"'{CVV}'" not in text and f'"{CVV}"' not in text


@pytest.fixture
def gateway() -> Iterator[RecordingServer]:
    server = RecordingServer().start()
    yield server
    server.stop()


@pytest.fixture
def client(
    server: RecordingServer, gateway: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> BigcommerceApi:
    monkeypatch.setenv("BC_PAYMENTS_ENDPOINT", gateway.url)
    return BigcommerceApi(
        client_id=CLIENT_ID, store_hash=STORE_HASH, access_token=ACCESS_TOKEN, host=server.url
    )


# The rule.


@pytest.mark.parametrize("name", ["verification_value", "verificationValue", "cvv2", "CVC"])
def test_a_verification_value_is_secret_anywhere(name: str) -> None:
    assert is_secret(name)


@pytest.mark.parametrize("name", ["number", "pan", "account_number", "primaryAccountNumber"])
def test_a_cards_number_is_secret_in_a_card_only(name: str) -> None:
    assert is_secret(name, card=True)
    assert not is_secret(name)


@pytest.mark.parametrize("name", ["street_number", "sku", "order_number", "id", "expiry_month"])
def test_other_fields_of_a_card_are_shown(name: str) -> None:
    assert not is_secret(name, card=True)


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"type": "card", "number": PAN}, None),
        ({"type": "stored_card", "token": "t"}, None),
        ({"type": "CREDIT_CARD"}, None),
        ({"number": PAN, "expiry_month": 1}, None),
        ({"number": PAN, "cardholder_name": "Ann"}, None),
        ({"number": PAN}, "instrument"),
        ({"number": PAN}, "card"),
        ({"number": PAN}, "payment_method"),
        ({"number": PAN}, "paymentInstruments"),
    ],
)
def test_what_holds_a_card(fields: dict[str, object], key: str | None) -> None:
    assert holds_card(fields, key)


@pytest.mark.parametrize(
    ("fields", "key"),
    [
        ({"id": 1, "number": "100234", "type": "order"}, None),
        ({"street_number": "221", "number": "221b"}, "billing_address"),
        ({"sku": "SKU-1", "number": "7"}, "product"),
        ({"type": 3, "number": "5"}, "method"),  # a type that is not text; a bare `method`
        ({"type": "cardboard_box"}, "shipping"),
    ],
)
def test_what_does_not_hold_a_card(fields: dict[str, object], key: str | None) -> None:
    assert not holds_card(fields, key)


def test_redacted_hides_card_numbers_in_cards_and_keeps_other_numbers() -> None:
    order = {
        "id": 7,
        "number": "100234",
        "billing_address": {"street_number": "221", "number": "221b"},
        "products": [{"sku": "SKU-4111", "number": 2, "upc": "4006381333931"}],
        "payments": [{"instrument": {"number": PAN}}, {"card": {"pan": AMEX, "cvv": "1234"}}],
        "payment": BODY["payment"],
    }
    shown = redacted(order)
    assert shown["number"] == "100234"
    assert shown["billing_address"] == {"street_number": "221", "number": "221b"}
    assert shown["products"] == order["products"]
    assert shown["payments"] == [
        {"instrument": {"number": MASK}},
        {"card": {"pan": MASK, "cvv": MASK}},
    ]
    assert shown["payment"]["instrument"] == {
        **CARD,
        "number": MASK,
        "verification_value": MASK,
    }
    assert order["payment"] is BODY["payment"] and CARD["number"] == PAN  # the input is kept


# Model reprs.


@pytest.mark.parametrize("show", [repr, str])
def test_a_card_instruments_repr_hides_its_number_and_code(show: type[str]) -> None:
    payment = PaymentProcessPayment.model_validate(BODY["payment"])
    text = show(payment)
    _hidden(text)
    assert f"number={MASK!r}" in text and f"verification_value={MASK!r}" in text
    assert "cardholder_name='Ann Card'" in text and "expiry_year=2030" in text
    assert payment.model_dump()["instrument"]["number"] == PAN  # data stays data
    assert payment.instrument is not None and payment.instrument["verification_value"] == CVV


def test_an_instrument_without_a_type_is_still_a_card() -> None:
    """The instrument's class declares the fields only a card has."""
    instrument = PaymentProcessPaymentInstrument.model_validate({"number": PAN})
    _hidden(repr(instrument))
    assert instrument.number == PAN


def test_ordinary_numbers_stay_in_reprs() -> None:
    product = Product.model_validate(
        {"id": 3, "sku": "SKU-4111", "upc": PAN, "number": "12", "type": "physical"}
    )
    text = repr(product)
    assert "sku='SKU-4111'" in text and f"upc='{PAN}'" in text and "number='12'" in text


# Played on the wire.


def test_a_payment_logged_at_debug_shows_no_card(
    client: BigcommerceApi, gateway: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    gateway.reply(429, {}, headers={"Retry-After": "0"})  # a retry: logged
    gateway.reply(201, {"data": {"id": "txn-1", "status": "success"}})
    client.payments.process(BODY, payment_access_token=PAT)
    assert len(gateway.requests) == 2
    assert "retry" in caplog.text
    _hidden(caplog.text)
    assert gateway.requests[-1].json() == BODY  # what was sent is the card itself


@pytest.mark.parametrize("status", [422, 500])
def test_an_error_echoing_the_card_shows_no_card(
    client: BigcommerceApi, gateway: RecordingServer, status: int
) -> None:
    echo = {"status": status, "title": "Declined", "errors": {}, "payment": BODY["payment"]}
    gateway.reply(status, echo)
    with pytest.raises(HttpException) as caught:
        client.payments.process(BODY, payment_access_token=PAT)
    assert isinstance(caught.value, UnprocessableEntityException | ServerException)
    for text in (str(caught.value), repr(caught.value)):
        _hidden(text)
        assert "Declined" in text and "Ann Card" in text and "testgateway.card" in text
    assert caught.value.body == echo  # the body itself is kept


@pytest.mark.parametrize(
    "shown",
    [
        f"card {PAN} was declined",
        "card 4111 1111 1111 1111 was declined",
        "card 4111-1111-1111-1111 was declined",
        f"amex {AMEX[:4]} {AMEX[4:10]} {AMEX[10:]} declined",
        f'<p>"number": "{PAN}", "cvv": "1234"</p>',
        f"number={PAN}&expiry=12/30",
    ],
)
def test_a_card_number_in_text_is_hidden(
    client: BigcommerceApi, gateway: RecordingServer, shown: str
) -> None:
    gateway.reply(502, shown.encode(), headers={"Content-Type": "text/html"})
    with pytest.raises(ServerException) as caught:
        client.payments.process(BODY, payment_access_token=PAT)
    text = str(caught.value)
    _hidden(text)
    for digits in (PAN, AMEX, "4111 1111", "4111-1111", AMEX[4:10], "1234"):
        assert digits not in text
    assert MASK in text


def test_a_card_number_in_a_body_too_large_to_decode_is_hidden(
    client: BigcommerceApi, gateway: RecordingServer
) -> None:
    body = json.dumps({"payment": BODY["payment"], "pad": "x" * _DECODE_LIMIT}).encode()
    gateway.reply(500, body)
    with pytest.raises(ServerException) as caught:
        client.payments.process(BODY, payment_access_token=PAT)
    text = str(caught.value)
    _hidden(text)
    assert '"verification_value": "***"' in text and "Ann Card" in text


def test_a_card_number_at_the_cut_is_not_shown_in_part(
    client: BigcommerceApi, gateway: RecordingServer
) -> None:
    gateway.reply(500, b"x" * 490 + PAN.encode() + b" tail")  # the number ends past 500
    with pytest.raises(ServerException) as caught:
        client.payments.process(BODY, payment_access_token=PAT)
    text = str(caught.value)
    assert PAN[:6] not in text and text.endswith("x" * 10 + MASK + " tail")


def test_ordinary_numbers_stay_in_error_texts(
    client: BigcommerceApi, gateway: RecordingServer
) -> None:
    kept = [
        "order 100234",
        "at 1700000000000",  # a time in milliseconds: starts with 1
        "4111111111111112",  # fails the Luhn check
        "41111111111111111111",  # too long for a card
        "price 0.4111111111111111",  # a fraction
        "call 555-123-4567",
        "street_number 221",
        "SKU-4111",
    ]
    gateway.reply(500, ("; ".join(kept)).encode())
    with pytest.raises(ServerException) as caught:
        client.payments.process(BODY, payment_access_token=PAT)
    text = str(caught.value)
    for part in kept:
        assert part in text
    assert MASK not in text


def test_excerpt_hides_a_json_number_that_is_a_card_number() -> None:
    """Whatever its key, in a JSON body too: `{"ref": 4111111111111111}`."""
    text = excerpt(json.dumps({"ref": int(PAN), "id": 12}).encode())
    assert text == '{"ref": ***, "id": 12}'
