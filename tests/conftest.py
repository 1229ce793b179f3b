"""Shared fixtures: a recording HTTP server on 127.0.0.1 and clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bigcommerce.api import BigcommerceApi

from .recording_server import RecordingServer

BASIC_AUTH = ("admin", "basic-secret-token")
CLIENT_ID = "client-id-1"
ACCESS_TOKEN = "access-token-secret-xyz"
STORE_HASH = "abc123"


@pytest.fixture(scope="session")
def _server() -> Iterator[RecordingServer]:
    server = RecordingServer().start()
    yield server
    server.stop()


@pytest.fixture
def server(_server: RecordingServer) -> RecordingServer:
    _server.reset()
    return _server


@pytest.fixture
def api(server: RecordingServer) -> BigcommerceApi:
    """A basic-auth client: requests go to {server}/api/v2/..."""
    return BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH, max_retry_wait=0.05)


@pytest.fixture
def oauth_api(server: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> BigcommerceApi:
    """An OAuth client reached through BC_API_ENDPOINT: requests go to /stores/abc123/v2/..."""
    monkeypatch.setenv("BC_API_ENDPOINT", server.url)
    return BigcommerceApi(
        client_id=CLIENT_ID, store_hash=STORE_HASH, access_token=ACCESS_TOKEN, max_retry_wait=0.05
    )


@pytest.fixture
def v3_client(server: RecordingServer, monkeypatch: pytest.MonkeyPatch) -> BigcommerceApi:
    """An OAuth client with the recording server as its host: requests go to
    /stores/abc123/v3/... (the payments gateway's to /stores/abc123/...); no retries, so each
    call is one request."""
    monkeypatch.setenv("BC_PAYMENTS_ENDPOINT", server.url)
    return BigcommerceApi(
        client_id=CLIENT_ID,
        store_hash=STORE_HASH,
        access_token=ACCESS_TOKEN,
        host=server.url,
        max_retries=0,
    )
