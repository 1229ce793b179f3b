"""Proxies, NO_PROXY, the CA bundle and ~/.netrc: read from the environment once per client (not by
requests on every call), with the same outcome as a plain `requests.Session`. Over real HTTP on
127.0.0.1: a recording server plays the proxy, two more the store and a redirect target.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
import requests.adapters

from bigcommerce._session import EnvironmentSession
from bigcommerce.api import BigcommerceApi
from bigcommerce.connection import Connection

from .conftest import BASIC_AUTH
from .recording_server import RecordingServer

SETTINGS = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "NETRC")


@pytest.fixture(autouse=True)
def environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No proxy, CA bundle or netrc but what a test sets (the machine's own are cleared)."""
    for name in list(os.environ):
        if name.lower().endswith("_proxy") or name.upper() in SETTINGS:
            monkeypatch.delenv(name)
    monkeypatch.setenv("NETRC", str(tmp_path / "absent-netrc"))


@pytest.fixture(scope="module")
def stores() -> Iterator[tuple[RecordingServer, RecordingServer]]:
    """The store, and another host (another port) it redirects to."""
    store, other = RecordingServer().start(), RecordingServer().start()
    yield store, other
    store.stop()
    other.stop()


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """What every request hands to the transport (`HTTPAdapter.send`), which still sends it."""
    calls: list[dict[str, Any]] = []
    original = requests.adapters.HTTPAdapter.send

    def send(self: requests.adapters.HTTPAdapter, request: Any, **kwargs: Any) -> Any:
        proxies = dict(kwargs.get("proxies") or {})
        calls.append({"url": request.url, "proxies": proxies, "verify": kwargs.get("verify")})
        return original(self, request, **kwargs)

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", send)
    return calls


def _netrc(tmp_path: Path) -> str:
    path = tmp_path / "netrc"
    path.write_text(
        "machine 127.0.0.1 login netrc-user password netrc-secret\n"
        "machine localhost login local-user password local-secret\n"
    )
    path.chmod(0o600)
    return str(path)


CASES = {
    "nothing": {},
    "proxy": {"HTTP_PROXY": "{proxy}"},
    "lowercase proxy": {"http_proxy": "{proxy}"},
    "all_proxy": {"ALL_PROXY": "{proxy}"},
    "no_proxy for the host": {"HTTP_PROXY": "{proxy}", "NO_PROXY": "localhost,127.0.0.1"},
    "no_proxy for the store only": {"HTTP_PROXY": "{proxy}", "no_proxy": "localhost:{store_port}"},
    "requests ca bundle": {"REQUESTS_CA_BUNDLE": "/nowhere/requests.pem"},
    "curl ca bundle": {"CURL_CA_BUNDLE": "/nowhere/curl.pem"},
    "both ca bundles": {"REQUESTS_CA_BUNDLE": "/nowhere/r.pem", "CURL_CA_BUNDLE": "/nowhere/c.pem"},
    "netrc": {"NETRC": "{netrc}"},
    "netrc and proxy": {"NETRC": "{netrc}", "HTTP_PROXY": "{proxy}"},
}


@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("redirected", [False, True], ids=["direct", "redirected"])
def test_same_outcome_as_a_plain_requests_session(
    case: str,
    redirected: bool,
    server: RecordingServer,
    stores: tuple[RecordingServer, RecordingServer],
    sent: list[dict[str, Any]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    store, other = stores
    values = {
        "proxy": server.url,
        "store_port": store.url.rsplit(":", 1)[1],
        "netrc": _netrc(tmp_path),
    }
    for name, value in CASES[case].items():
        monkeypatch.setenv(name, value.format(**values))

    def trace(make: Callable[[], requests.Session]) -> tuple[Any, ...]:
        for each in (server, store, other):
            each.reset()
        sent.clear()
        if redirected:  # to another port
            for each in (server, store):
                each.route("GET", "/start", 302, b"", {"Location": f"{other.url}/end"})
        session = make()
        # The store as `localhost`, the other host as 127.0.0.1: NO_PROXY and netrc tell them apart.
        start = store.url.replace("127.0.0.1", "localhost") + "/start"
        # Ours never follows a redirect, even when asked to: as a plain session told not to.
        follow = make is not requests.Session
        status = session.get(start, timeout=5, allow_redirects=follow).status_code
        seen = [
            (name, r.target, r.headers.get("authorization"), r.headers.get("proxy-authorization"))
            for name, each in (("proxy", server), ("store", store), ("other", other))
            for r in each.requests
        ]
        return status, seen, [(c["url"], c["proxies"], c["verify"]) for c in sent]

    plain = trace(requests.Session)
    ours = trace(EnvironmentSession)
    assert ours == plain
    if "proxy" in case and "no_proxy" not in case:
        assert plain[1][0][0] == "proxy"  # the case does what it says


def test_the_session_does_not_ask_requests_to_read_the_environment() -> None:
    session = EnvironmentSession()
    assert session.trust_env is False


def test_a_client_reads_the_environment_when_it_is_created(
    server: RecordingServer,
    stores: tuple[RecordingServer, RecordingServer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, _ = stores
    store.reset()
    store.route("GET", "/api/v2/products", 200, [])
    monkeypatch.setenv("HTTP_PROXY", server.url)
    proxied = BigcommerceApi(host=store.url, basic_auth=BASIC_AUTH, max_retries=0)
    monkeypatch.delenv("HTTP_PROXY")
    direct = BigcommerceApi(host=store.url, basic_auth=BASIC_AUTH, max_retries=0)
    monkeypatch.setenv("HTTP_PROXY", server.url)  # too late for `direct`
    server.route("GET", "/api/v2/products", 200, [])

    assert proxied.Products.all() == []
    assert server.last.target == f"{store.url}/api/v2/products"  # sent to the proxy
    assert server.last.headers["authorization"].startswith("Basic ")
    server.reset()
    assert direct.Products.all() == []
    assert server.requests == []
    assert store.last.target == "/api/v2/products"
    # A view with other options shares the session, and what it read.
    server.route("GET", "/api/v2/products", 200, [])
    assert proxied.Products.with_options(timeout=3).all() == []
    assert server.last.target == f"{store.url}/api/v2/products"


def test_no_proxy_exempts_the_store(
    server: RecordingServer,
    stores: tuple[RecordingServer, RecordingServer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, _ = stores
    store.reset()
    store.route("GET", "/api/v2/products", 200, [])
    monkeypatch.setenv("HTTPS_PROXY", server.url)
    monkeypatch.setenv("HTTP_PROXY", server.url)
    monkeypatch.setenv("NO_PROXY", "example.com, 127.0.0.1")
    api = BigcommerceApi(host=store.url, basic_auth=BASIC_AUTH, max_retries=0)
    assert api.Products.all() == []
    assert server.requests == []
    assert store.last.target == "/api/v2/products"


def test_netrc_applies_only_to_a_client_without_credentials(
    server: RecordingServer,
    stores: tuple[RecordingServer, RecordingServer],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    store, _ = stores
    store.reset()
    store.route("GET", "/stores/abc/v2/time", 200, {"time": 1})
    store.route("GET", "/api/v2/time", 200, {"time": 1})
    monkeypatch.setenv("NETRC", _netrc(tmp_path))
    oauth = BigcommerceApi(client_id="c", store_hash="abc", access_token="t", host=store.url)
    oauth.connection.get("time")
    assert store.last.headers["x-auth-token"] == "t"
    assert "authorization" not in store.last.headers  # the store's own credentials only
    installing = BigcommerceApi(client_id="c", store_hash="abc", host=store.url)  # no token yet
    installing.connection.get("time")
    assert "x-auth-token" not in store.last.headers
    assert store.last.headers["authorization"].startswith("Basic ")  # as requests would add
    basic = BigcommerceApi(host=store.url, basic_auth=BASIC_AUTH)
    basic.connection.get("time")
    assert store.last.headers["authorization"] == requests.auth._basic_auth_str(*BASIC_AUTH)


def test_a_session_passed_in_is_used_as_it_is(server: RecordingServer) -> None:
    session = requests.Session()
    connection = Connection(server.url, BASIC_AUTH, session=session)
    assert connection._session is session and session.trust_env is True


def test_options_given_by_position_get_the_environment_too(
    server: RecordingServer,
    stores: tuple[RecordingServer, RecordingServer],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store, _ = stores
    monkeypatch.setenv("HTTP_PROXY", server.url)
    session = EnvironmentSession()
    assert session.request("GET", f"{store.url}/x", {"a": "1"}).status_code == 200
    assert server.last.target == f"{store.url}/x?a=1"


# Bodies: read in one piece, connections kept.


def test_bodies_are_read_whole_and_connections_reused(server: RecordingServer) -> None:
    big = {"items": ["x" * 1000] * 3000}  # 3 MB: three pieces
    server.route("GET", "/big", body=big)
    session = EnvironmentSession()
    for _ in range(3):
        res = session.get(f"{server.url}/big")
        assert res.json() == big and len(res.content) > 3_000_000
    pools = session.get_adapter(server.url).poolmanager.pools
    # urllib3's pool container refuses plain iteration; keys() gives a snapshot.
    opened = [pools[key].num_connections for key in pools.keys()]  # noqa: SIM118
    assert opened == [1]  # each answer read to its end gives its connection back


def test_a_streamed_request_is_left_to_stream(server: RecordingServer) -> None:
    server.route("GET", "/big", body=b"0123456789" * 1000)
    session = EnvironmentSession()
    with session.get(f"{server.url}/big", stream=True) as res:
        assert res.raw.read(10) == b"0123456789"
        assert b"".join(res.iter_content(4096)) == b"0123456789" * 999
