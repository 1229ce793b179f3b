"""`api.payments.process`: the payments gateway, reached with a payment access token only.

A second recording server stands in for payments.bigcommerce.com (`BC_PAYMENTS_ENDPOINT`); the
session's recording server is the store's API. Every case checks what reached which server.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterator

import pytest

import bigcommerce
from bigcommerce.api import BigcommerceApi
from bigcommerce.exception import (
    InvalidArgumentError,
    NotLoggedInException,
    RedirectionException,
    ServerException,
    UnauthorizedException,
)
from bigcommerce.v3.payments.resources.payments import V3Payments
from codegen.openapi.group import build_tree
from codegen.openapi.model import Body, Operation, Response
from codegen.openapi.write_spec import _operation

from .conftest import ACCESS_TOKEN, BASIC_AUTH, CLIENT_ID, STORE_HASH
from .recording_server import RecordingServer

PAT = "pat-secret-0123456789abcdef"
BODY = {
    "payment": {
        "instrument": {"type": "stored_card", "token": "t" * 64, "verification_value": "123"},
        "payment_method_id": "testgateway.card",
    }
}
TRANSACTION = {"id": "txn-1", "transaction_type": "purchase", "status": "success"}
CREDENTIAL_HEADERS = ("x-auth-token", "x-auth-client")


def _answer() -> dict[str, object]:
    """The gateway's answer as the documents describe it: under `data` where they envelope it
    (2025-04's documents answer with the bare transaction)."""
    return {"data": TRANSACTION} if V3Payments._op_process.envelope else dict(TRANSACTION)


ANSWER = _answer()


@pytest.fixture
def gateway() -> Iterator[RecordingServer]:
    server = RecordingServer().start()
    yield server
    server.stop()


@pytest.fixture
def client(
    server: RecordingServer, gateway: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> BigcommerceApi:
    """An OAuth client: the store's API on `server`, the payments gateway on `gateway`."""
    monkeypatch.setenv("BC_PAYMENTS_ENDPOINT", gateway.url)
    return BigcommerceApi(
        client_id=CLIENT_ID,
        store_hash=STORE_HASH,
        access_token=ACCESS_TOKEN,
        host=server.url,
        max_retry_wait=0.05,
    )


def test_process_sends_the_body_and_only_the_token_to_the_gateway(
    client: BigcommerceApi, server: RecordingServer, gateway: RecordingServer
) -> None:
    gateway.reply(201, ANSWER)
    result = client.payments.process(BODY, payment_access_token=PAT)

    assert (result.id, result.status, result.transaction_type) == ("txn-1", "success", "purchase")
    [sent] = gateway.requests
    assert (sent.method, sent.path) == ("POST", f"/stores/{STORE_HASH}/payments")
    assert sent.headers["authorization"] == f"PAT {PAT}"
    assert sent.headers["accept"] == "application/vnd.bc.v1+json"
    assert sent.headers["content-type"] == "application/json"
    assert not set(CREDENTIAL_HEADERS) & set(sent.headers)
    assert ACCESS_TOKEN not in str(sent.headers)
    assert sent.json() == BODY
    assert server.requests == []  # the store's API saw nothing


def test_the_store_api_keeps_its_credentials_and_never_sees_the_token(
    client: BigcommerceApi, server: RecordingServer, gateway: RecordingServer
) -> None:
    server.reply(200, {"data": {"id": PAT[:3]}})
    client.payments.access_tokens.create({"order": {"id": 1}})
    gateway.reply(201, ANSWER)
    client.payments.process(BODY, payment_access_token=PAT)
    server.reply(200, {"data": {"id": "x"}})
    client.payments.access_tokens.create({"order": {"id": 2}})

    token_path = f"/stores/{STORE_HASH}/v3/payments/access_tokens"
    assert [r.path for r in server.requests] == [token_path] * 2
    for request in server.requests:
        assert request.headers["x-auth-token"] == ACCESS_TOKEN
        assert "authorization" not in request.headers
        assert PAT not in str(request.headers)


def test_a_gateway_on_the_api_origin_still_gets_only_the_token(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The call's credential replaces the client's, whatever the origin."""
    monkeypatch.setenv("BC_PAYMENTS_ENDPOINT", server.url)
    client = BigcommerceApi(
        client_id=CLIENT_ID, store_hash=STORE_HASH, access_token=ACCESS_TOKEN, host=server.url
    )
    server.reply(201, ANSWER)
    client.payments.process(BODY, payment_access_token=PAT)
    [sent] = server.requests
    assert sent.path == f"/stores/{STORE_HASH}/payments"
    assert sent.headers["authorization"] == f"PAT {PAT}"
    assert not set(CREDENTIAL_HEADERS) & set(sent.headers)


def test_a_redirect_from_the_gateway_is_not_followed(
    client: BigcommerceApi, server: RecordingServer, gateway: RecordingServer
) -> None:
    gateway.reply(307, {}, headers={"Location": f"{server.url}/steal"})
    with pytest.raises(RedirectionException) as caught:
        client.payments.process(BODY, payment_access_token=PAT)
    assert caught.value.location == f"{server.url}/steal"
    assert len(gateway.requests) == 1
    assert server.requests == []
    _assert_hidden(caught.value)


def test_an_error_names_neither_token(
    client: BigcommerceApi, gateway: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    gateway.reply(429, {}, headers={"Retry-After": "0"})  # logged, then retried
    gateway.reply(401, {"status": 401, "title": "Unauthorized", "type": "x"})
    with pytest.raises(UnauthorizedException) as caught:
        client.payments.process(BODY, payment_access_token=PAT)
    assert len(gateway.requests) == 2
    assert "retry" in caplog.text
    assert PAT not in caplog.text
    _assert_hidden(caught.value)


def test_a_post_is_not_sent_again_after_a_server_error(
    client: BigcommerceApi, gateway: RecordingServer
) -> None:
    gateway.reply(503, {})
    with pytest.raises(ServerException) as caught:
        client.payments.process(BODY, payment_access_token=PAT)
    assert len(gateway.requests) == 1  # the payment may have gone through: never charged twice
    _assert_hidden(caught.value)


def test_a_basic_auth_client_refuses_the_call(
    server: RecordingServer, gateway: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BC_PAYMENTS_ENDPOINT", gateway.url)
    client = BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH)
    with pytest.raises(NotLoggedInException, match="store hash") as caught:
        client.payments.process(BODY, payment_access_token=PAT)
    assert PAT not in str(caught.value)
    assert server.requests == [] and gateway.requests == []


@pytest.mark.parametrize("token", [None, "", " padded ", "line\r\nX-Injected: 1", 42])
def test_an_unusable_token_is_refused_before_sending(
    client: BigcommerceApi, gateway: RecordingServer, token: object
) -> None:
    with pytest.raises(InvalidArgumentError, match="payment_access_token") as caught:
        client.payments.process(BODY, payment_access_token=token)  # type: ignore[arg-type]
    if isinstance(token, str) and token:
        assert token not in str(caught.value)
    assert gateway.requests == []


@pytest.mark.parametrize(
    "endpoint",
    ["http://payments.example.com", "https://user:pw@payments.example.com", "https://h/?q=1"],
)
def test_an_unsafe_gateway_endpoint_is_refused(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch, endpoint: str
) -> None:
    monkeypatch.setenv("BC_PAYMENTS_ENDPOINT", endpoint)
    client = BigcommerceApi(
        client_id=CLIENT_ID, store_hash=STORE_HASH, access_token=ACCESS_TOKEN, host=server.url
    )
    with pytest.raises(InvalidArgumentError, match="BC_PAYMENTS_ENDPOINT"):
        client.payments.process(BODY, payment_access_token=PAT)
    assert server.requests == []


def test_the_gateway_defaults_to_bigcommerce(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("BC_PAYMENTS_ENDPOINT", raising=False)
    client = BigcommerceApi(client_id=CLIENT_ID, store_hash=STORE_HASH, access_token=ACCESS_TOKEN)
    url = client.connection.payments_url("payments")
    assert url == f"https://payments.bigcommerce.com/stores/{STORE_HASH}/payments"
    auth = client.connection.payment_auth(PAT)
    assert PAT not in repr(auth)


def test_extra_headers_cannot_replace_the_token(
    client: BigcommerceApi, gateway: RecordingServer
) -> None:
    with pytest.raises(InvalidArgumentError, match="Authorization"):
        client.payments.process(
            BODY, payment_access_token=PAT, extra_headers={"Authorization": "PAT other"}
        )
    assert gateway.requests == []


def test_the_operation_index_lists_the_call() -> None:
    [row] = [op for op in bigcommerce.operations() if op.operation_id == "PaymentsPost"]
    assert row.version == "payments"
    assert row.call == "api.payments.process(body, payment_access_token=payment_access_token)"
    # The answer's class is named by the documents (PaymentsData, 2025-04's PaymentsAlt).
    area, _, name = row.result.rpartition(".")
    assert area == "v3.payments"
    assert isinstance(getattr(importlib.import_module("bigcommerce.v3.payments"), name), type)
    assert row.left_out == ""


def test_the_gateway_operation_is_named_process_and_written_with_its_server() -> None:
    """Rule 6 of codegen/openapi/group.py; the management API's `POST /payments` (were there
    one) would be named by the other rules."""
    answer = (Response(201, "application/json", "R", "D"),)
    body = Body("application/json", "PaymentRequest")
    gateway = Operation("p.yml", "v3", "POST", "/payments", "PaymentsPost", (), body, answer,
                        server="payments")  # fmt: skip
    management = Operation("m.yml", "v3", "POST", "/payments", "PaymentsPost", (), body, answer)
    [verb] = build_tree((gateway,))["v3"].children["payments"].verbs.values()
    assert verb.name == "process"
    assert _operation(verb, {})["server"] == "payments"
    [other] = build_tree((management,))["v3"].children["payments"].verbs.values()
    assert other.name == "payments_post"
    assert "server" not in _operation(other, {})


def _assert_hidden(exc: Exception) -> None:
    """Neither the payment token nor the store's token in the exception's text or request."""
    for text in (str(exc), repr(exc), repr(exc.args)):
        assert PAT not in text and ACCESS_TOKEN not in text
    response = getattr(exc, "response", None)
    if response is not None and response.request is not None:
        assert PAT not in str(response.request.headers)
