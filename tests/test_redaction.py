"""Secrets are hidden by name in model reprs, log lines and decode errors; data is not."""

from __future__ import annotations

import logging

import pytest
from pydantic import BaseModel, ValidationError

from bigcommerce._redact import MASK, describe_errors, is_secret, redacted
from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import ResponseDecodeError
from bigcommerce.models import Customer, Webhook

from .conftest import STORE_HASH
from .recording_server import RecordingServer

SECRETS = ["hunter2-pw", "tok-extra-123", "Bearer abc.def", "key-in-a-list", "4111111111111111"]


@pytest.mark.parametrize(
    "name",
    [
        "password",
        "new_password",
        "access_token",
        "api_token",
        "client_secret",
        "secret",
        "api_key",
        "apikey",
        "X-Auth-Token",
        "Authorization",
        "card_number",
        "cvv",
        "cvc",
        "credit_card",
        "accessToken",
        "PASSWORD_CONFIRMATION",
        "Cookie",
    ],
)
def test_names_of_secrets(name: str) -> None:
    assert is_secret(name)


@pytest.mark.parametrize(
    "name",
    [
        "id",
        "name",
        "email",
        "X-Auth-Client",
        "client_id",
        "_authentication",
        "force_password_reset",
        "token_type",
        "decimal_token",
        "credit_card_type",
        "cvv_result",
    ],
)
def test_names_that_are_not_secrets(name: str) -> None:
    assert not is_secret(name)


def customer() -> Customer:
    return Customer.model_validate(
        {
            "id": 7,
            "first_name": "Ann",
            "_authentication": {"password": "hunter2-pw", "force_reset": True},
            "token": "tok-extra-123",  # not a declared field
            "meta": {
                "headers": {"Authorization": "Bearer abc.def", "X-Trace": "trace-1"},
                "keys": [{"api_key": "key-in-a-list", "label": "main"}],
            },
            "card_number": "4111111111111111",
        }
    )


@pytest.mark.parametrize("show", [repr, str])
def test_a_models_text_masks_secret_values_and_keeps_the_rest(show: type[str]) -> None:
    text = show(customer())
    for secret in SECRETS:
        assert secret not in text
    for kept in ["first_name='Ann'", "id=7", "force_reset=True", "'X-Trace': 'trace-1'", "'main'"]:
        assert kept in text
    for masked in ["password=", "token=", "'Authorization': ", "'api_key': ", "card_number="]:
        assert masked + repr(MASK) in text


def test_data_access_is_not_redacted() -> None:
    obj = customer()
    assert obj["token"] == "tok-extra-123"
    assert obj.authentication is not None and obj.authentication["password"] == "hunter2-pw"
    dumped = obj.model_dump()
    assert dumped["meta"]["headers"]["Authorization"] == "Bearer abc.def"
    assert dumped["card_number"] == "4111111111111111"
    assert dumped["_authentication"]["password"] == "hunter2-pw"


def test_an_unset_secret_shows_as_none() -> None:
    assert "password_confirmation=None" in repr(customer())


def test_a_webhooks_headers_hide_their_auth_values() -> None:
    hook = Webhook.model_validate(
        {
            "id": 3,
            "destination": "https://example.test/hook",
            "headers": {"X-Auth-Token": "tok-hook", "authorization": "Basic zzz", "X-Team": "ops"},
        }
    )
    text = repr(hook)
    assert "tok-hook" not in text and "Basic zzz" not in text
    assert "'X-Team': 'ops'" in text and "destination='https://example.test/hook'" in text
    assert hook.headers is not None and hook.headers["X-Auth-Token"] == "tok-hook"


def test_redacted_leaves_its_input_alone() -> None:
    data = {"outer": [{"secret": "s"}], "n": (1, {"password": "p"})}
    assert redacted(data) == {"outer": [{"secret": MASK}], "n": (1, {"password": MASK})}
    assert data == {"outer": [{"secret": "s"}], "n": (1, {"password": "p"})}


def test_describe_errors_names_places_and_kinds_not_values() -> None:
    class Strict(BaseModel):
        id: int
        tags: list[int]

    with pytest.raises(ValidationError) as info:
        Strict.model_validate({"id": "tok-not-a-number", "tags": ["pw-1", "pw-2"]})
    text = describe_errors(info.value)
    assert "tok-not-a-number" not in text and "pw-1" not in text
    assert text.startswith("3 errors: id: int_parsing; tags.0: int_parsing")
    assert "tok-not-a-number" in str(info.value)  # what pydantic's own text would have leaked


# Log lines and errors of real calls.


def test_the_lenient_parse_warning_carries_no_values(
    api: BigcommerceApi, server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bigcommerce")
    server.route(
        "GET",
        "/api/v2/customers/7",
        body={
            "id": 7,
            "_authentication": {"password": ["hunter2-pw"]},  # not a string: the model does not fit
            "first_name": {"access_token": "tok-extra-123"},
        },
    )
    obj = api.Customers.get(7)
    assert obj["_authentication"] == {"password": ["hunter2-pw"]}  # kept as sent
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert "Customer: kept unvalidated" in message
    assert "_authentication.password: string_type" in message and "first_name" in message
    for secret in SECRETS:
        assert secret not in caplog.text
        assert secret not in repr(obj)


def test_decode_errors_of_lists_carry_no_values(
    api: BigcommerceApi, server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="bigcommerce")
    server.route("GET", "/api/v2/products", body=["tok-extra-123"])
    with pytest.raises(ResponseDecodeError) as info:
        api.Products.all()
    assert "expected a JSON object" in str(info.value)
    server.route("GET", "/api/v2/products", body={"access_token": "hunter2-pw"})
    with pytest.raises(ResponseDecodeError) as second:
        api.Products.all()
    assert "expected a list of objects" in str(second.value)
    for secret in SECRETS:
        assert secret not in str(info.value) and secret not in str(second.value)
        assert secret not in caplog.text


def test_decode_errors_of_plain_values_carry_no_values(
    v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    server.route(
        "DELETE", f"/stores/{STORE_HASH}/v3/customers/metafields", body={"data": ["tok-extra-123"]}
    )
    with pytest.raises(ResponseDecodeError) as info:
        v3_client.customers.metafields.delete_all()
    assert "unexpected answer: 1 error: 0: int_parsing" in str(info.value)
    assert "tok-extra-123" not in str(info.value)
