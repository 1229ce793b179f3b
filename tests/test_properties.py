"""Property-based tests: query encoding, payload verification, parsing arbitrary JSON answers."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import hmac
import json
from typing import Any
from urllib.parse import parse_qsl

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bigcommerce.api import BigcommerceApi
from bigcommerce.connection import OAuthConnection
from bigcommerce.exception import BigcommerceException

from .conftest import BASIC_AUTH
from .recording_server import RecordingServer

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

keys = st.text(st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=12)
scalars = st.one_of(st.integers(-(10**9), 10**9), st.booleans(), st.text(max_size=12))


@FAST
@given(
    st.dictionaries(keys, st.one_of(scalars, st.lists(st.integers(0, 999), min_size=1, max_size=5)))
)
def test_query_values_round_trip_through_the_url(params: dict[str, Any]) -> None:
    from bigcommerce._query import encode_query

    encoded = encode_query(params)
    prepared = requests.Request("GET", "http://h/x", params=encoded).prepare()
    assert prepared.url is not None
    decoded = dict(parse_qsl(prepared.url.partition("?")[2], keep_blank_values=True))
    for key, value in params.items():
        if isinstance(value, bool):
            expected = "true" if value else "false"
        elif isinstance(value, list):
            expected = ",".join(str(v) for v in value)
        else:
            expected = str(value)
        assert decoded[key] == expected


def _sign(data: bytes, secret: str) -> str:
    sig = hmac.new(secret.encode(), data, hashlib.sha256).hexdigest().encode()
    return base64.b64encode(data).decode() + "." + base64.b64encode(sig).decode()


json_objects = st.dictionaries(
    st.text(max_size=8), st.one_of(st.integers(), st.text(max_size=8), st.none())
)


@FAST
@given(json_objects, st.text(min_size=1, max_size=40).filter(str.strip))  # a blank key is refused
def test_signed_payloads_verify_only_with_their_secret(
    payload: dict[str, Any], secret: str
) -> None:
    signed = _sign(json.dumps(payload).encode(), secret)
    assert OAuthConnection.verify_payload(signed, secret) == payload
    assert OAuthConnection.verify_payload(signed, secret + "x") is False


@FAST
@given(st.text(max_size=200))
def test_arbitrary_text_is_never_a_valid_payload(text: str) -> None:
    assert OAuthConnection.verify_payload(text, "secret") is False


json_values = st.recursive(
    st.one_of(
        st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10)
    ),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)
bodies = st.one_of(json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=40))


@FAST
@given(body=bodies)
@pytest.mark.filterwarnings("ignore::bigcommerce.ResponseShapeWarning")  # objects without ids
def test_any_answer_parses_or_raises_the_sdks_own_exception(
    server: RecordingServer, body: bytes
) -> None:
    api = BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH, max_retries=0)
    server.reset()
    server.route("GET", "/api/v2/orders/1", body=body)
    server.route("GET", "/api/v2/orders", body=body)
    server.route("GET", "/api/v2/orders/count", body=body)
    for call in (lambda: api.Orders.get(1), lambda: api.Orders.all(), lambda: api.Orders.count()):
        with contextlib.suppress(BigcommerceException):
            call()
