"""A hostile or broken API server on 127.0.0.1: redirects, credentials, unbounded and garbled
answers. Each test plays one case; none may hang (every wait is bounded)."""

from __future__ import annotations

import gzip
import logging
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator

import pytest

from bigcommerce.api import BigcommerceApi
from bigcommerce.connection import Connection, OAuthConnection
from bigcommerce.exception import (
    HttpException,
    InvalidArgumentError,
    NotLoggedInException,
    RedirectionException,
    ResponseDecodeError,
    TimeoutException,
    TransportException,
)

from .conftest import ACCESS_TOKEN, BASIC_AUTH, CLIENT_ID, STORE_HASH
from .recording_server import RecordingServer

PREFIX = "/api/v2"
OAUTH_PREFIX = f"/stores/{STORE_HASH}/v2"


@pytest.fixture(scope="module")
def _other() -> Iterator[RecordingServer]:
    other = RecordingServer().start()
    yield other
    other.stop()


@pytest.fixture
def other(_other: RecordingServer) -> RecordingServer:
    """A second server on another port: another origin, where nothing of the store may arrive."""
    _other.reset()
    return _other


def _oauth(server: RecordingServer, **options: object) -> BigcommerceApi:
    return BigcommerceApi(
        client_id=CLIENT_ID,
        store_hash=STORE_HASH,
        access_token=ACCESS_TOKEN,
        host=server.url,
        **options,  # type: ignore[arg-type]
    )


def _secrets_absent(*texts: str) -> None:
    for text in texts:
        assert ACCESS_TOKEN not in text and BASIC_AUTH[1] not in text


# Redirects.

VERBS: dict[str, Callable[[BigcommerceApi], object]] = {
    "GET": lambda api: api.Products.all(),
    "POST": lambda api: api.connection.post("products", {"name": "P"}),
    "PUT": lambda api: api.connection.put("products", {"name": "B"}),
    "DELETE": lambda api: api.connection.delete("products"),
}


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("verb", list(VERBS))
@pytest.mark.parametrize("auth", ["oauth", "basic"])
def test_a_redirect_is_never_followed_and_credentials_stay_home(
    status: int, verb: str, auth: str, server: RecordingServer, other: RecordingServer
) -> None:
    api = (
        _oauth(server)
        if auth == "oauth"
        else BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH)
    )
    prefix = OAUTH_PREFIX if auth == "oauth" else PREFIX
    server.route(verb, f"{prefix}/products", status, b"", {"Location": f"{other.url}/steal"})
    with pytest.raises(RedirectionException) as caught:
        VERBS[verb](api)
    exc = caught.value
    assert exc.status_code == status
    assert exc.location == f"{other.url}/steal"
    assert exc.method == verb
    assert exc.url is not None and exc.url.startswith(server.url)
    assert other.requests == []  # nothing, credentials or body, reached the other origin
    assert len(server.requests) == 1  # and a redirect is not retried
    request = exc.response.request if exc.response is not None else None
    assert request is not None
    _secrets_absent(str(exc), repr(exc), repr(dict(request.headers)))


def test_the_token_exchange_does_not_follow_a_redirect(
    server: RecordingServer, other: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BC_AUTH_SERVICE", server.url)
    server.route("POST", "/oauth2/token", 307, b"", {"Location": f"{other.url}/oauth2/token"})
    api = BigcommerceApi(client_id=CLIENT_ID, store_hash=STORE_HASH, host=server.url)
    with pytest.raises(RedirectionException):
        api.oauth_fetch_token("client-secret", "code", "stores/abc123", "scope", "https://app/cb")
    assert other.requests == []


def test_store_credentials_go_only_to_the_api_origin(
    server: RecordingServer, other: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = _oauth(server)
    api.connection.make_request("GET", f"{other.url}/elsewhere")  # an absolute URL elsewhere
    assert "x-auth-token" not in other.last.headers
    assert "x-auth-client" not in other.last.headers
    api.connection.get("time")
    assert server.last.headers["x-auth-token"] == ACCESS_TOKEN
    # The OAuth service gets the app's own credentials (in the form), never the store's token.
    monkeypatch.setenv("BC_AUTH_SERVICE", other.url)
    api = _oauth(server)
    other.route(
        "POST", "/oauth2/token", 200, {"access_token": "new-token", "context": "stores/abc123"}
    )
    api.oauth_fetch_token("client-secret", "code", "stores/abc123", "scope", "https://app/cb")
    assert "x-auth-token" not in other.last.headers and "authorization" not in other.last.headers
    api.connection.get("time")
    assert server.last.headers["x-auth-token"] == "new-token"


def test_basic_auth_goes_only_to_the_api_origin(
    server: RecordingServer, other: RecordingServer
) -> None:
    api = BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH)
    api.connection.make_request("GET", f"{other.url}/elsewhere")
    assert "authorization" not in other.last.headers
    api.connection.get("time")
    assert server.last.headers["authorization"].startswith("Basic ")


# Credentials and endpoints, checked when the client is built.

BAD_SECRETS = ["", "tok\n", "tok\r\n", "to\x00k", "tökén", " tok", "tok ", "t\tok"]


@pytest.mark.parametrize("bad", BAD_SECRETS)
def test_a_bad_token_or_client_id_is_refused_without_showing_it(
    bad: str, server: RecordingServer
) -> None:
    for kwargs in (
        {"client_id": CLIENT_ID, "store_hash": STORE_HASH, "access_token": bad},
        {"client_id": bad, "store_hash": STORE_HASH, "access_token": "t"},
    ):
        with pytest.raises(InvalidArgumentError) as caught:
            BigcommerceApi(host=server.url, **kwargs)  # type: ignore[arg-type]
        if bad.strip():
            assert bad not in str(caught.value)
    assert server.requests == []


@pytest.mark.parametrize("bad", BAD_SECRETS)
def test_a_bad_basic_auth_pair_is_refused(bad: str, server: RecordingServer) -> None:
    for pair in ((bad, "password"), ("user", bad)):
        with pytest.raises(InvalidArgumentError) as caught:
            BigcommerceApi(host=server.url, basic_auth=pair)
        if bad.strip():
            assert bad not in str(caught.value)


def test_a_newline_in_a_token_never_reaches_a_log(
    server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(InvalidArgumentError) as caught:
        BigcommerceApi(
            client_id=CLIENT_ID,
            store_hash=STORE_HASH,
            access_token=ACCESS_TOKEN + "\n",
            host=server.url,
        )
    _secrets_absent(str(caught.value), caplog.text)
    assert server.requests == []


def test_none_means_absent_for_the_install_flow(server: RecordingServer) -> None:
    api = BigcommerceApi(client_id=CLIENT_ID, store_hash=STORE_HASH, host=server.url)
    api.connection.get("time")
    assert "x-auth-token" not in server.last.headers


@pytest.mark.parametrize("store_hash", ["abc/def", "abc?x=1", "abc#x", "..", "abc def", "ab\nc"])
def test_a_store_hash_that_is_not_one_segment_is_refused(store_hash: str) -> None:
    with pytest.raises(InvalidArgumentError, match="store_hash"):
        BigcommerceApi(client_id=CLIENT_ID, store_hash=store_hash, access_token=ACCESS_TOKEN)


@pytest.mark.parametrize(
    "host",
    [
        "https://user:hunter2@api.example.com",
        "https://hunter2@api.example.com",
        "https://api.example.com?hunter2",
        "https://api.example.com/#hunter2",
        "https://api.example.com:hunter2",
        "ftp://api.example.com",
        "http://api.example.com",  # credentials over plain http to a remote host
        "http://10.0.0.1:8080",
        "api.example.com\r\nX-Evil: 1",
    ],
)
def test_a_host_that_is_more_than_an_origin_is_refused(host: str) -> None:
    for build in (
        lambda: BigcommerceApi(host=host, basic_auth=BASIC_AUTH),
        lambda: BigcommerceApi(
            client_id=CLIENT_ID, store_hash=STORE_HASH, access_token=ACCESS_TOKEN, host=host
        ),
    ):
        with pytest.raises(InvalidArgumentError) as caught:
            build()
        assert "hunter2" not in str(caught.value)


@pytest.mark.parametrize(
    "host",
    ["http://127.0.0.1:8080", "http://localhost:1", "http://[::1]:8080", "store.example.com"],
)
def test_loopback_over_http_and_anything_over_https_are_fine(host: str) -> None:
    assert BigcommerceApi(host=host, basic_auth=BASIC_AUTH).connection.host == host


def test_a_bad_token_from_the_token_endpoint_is_refused(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BC_AUTH_SERVICE", server.url)
    server.route("POST", "/oauth2/token", 200, {"access_token": "stolen\r\nX-Evil: 1"})
    api = BigcommerceApi(client_id=CLIENT_ID, store_hash=STORE_HASH, host=server.url)
    with pytest.raises(NotLoggedInException) as caught:
        api.oauth_fetch_token("client-secret", "code", "stores/abc123", "scope", "https://app/cb")
    assert "stolen" not in str(caught.value)
    server.route("POST", "/oauth2/token", 200, {"access_token": "t", "context": "stores/../x"})
    connection = OAuthConnection(CLIENT_ID, "", host=server.url)  # the store hash comes later
    with pytest.raises(NotLoggedInException, match="store_hash"):
        connection.fetch_token(
            "s", "c", "stores/../x", "scope", "https://app/cb", server.url + "/oauth2/token"
        )


def test_the_auth_service_must_be_https(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BC_AUTH_SERVICE", "http://login.example.com")
    api = BigcommerceApi(client_id=CLIENT_ID, store_hash=STORE_HASH)
    with pytest.raises(InvalidArgumentError, match="BC_AUTH_SERVICE"):
        api.oauth_fetch_token("client-secret", "code", "stores/abc123", "scope", "https://app/cb")


def test_a_local_error_is_raised_at_once_not_retried_nor_logged(
    api: BigcommerceApi, server: RecordingServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    with pytest.raises(InvalidArgumentError) as caught:
        api.connection.make_request("GET", "time", headers={"X-Secret": "hunter2\nX-Evil: 1"})
    assert server.requests == []
    assert "hunter2" not in str(caught.value) and "hunter2" not in caplog.text
    context = caught.value.__context__
    assert caught.value.__cause__ is None and (context is None or caught.value.__suppress_context__)


# Answers of any size, depth and pace.


def test_an_answer_over_max_response_bytes_is_refused_once(server: RecordingServer) -> None:
    api = BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH, max_response_bytes=100_000)
    server.route("GET", f"{PREFIX}/products", 200, b"[" + b"{}," * 100_000 + b"{}]")
    with pytest.raises(ResponseDecodeError, match="max_response_bytes") as caught:
        api.Products.all()
    assert caught.value.retry is False and caught.value.status_code == 200
    assert len(server.requests) == 1  # a GET, yet not retried: the answer would be the same
    server.route("GET", f"{PREFIX}/products", 200, [{"id": 1}])
    assert [p.id for p in api.Products.all()] == [1]  # the connection pool still works


def test_with_options_sets_the_bounds_per_call(server: RecordingServer) -> None:
    api = BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH)
    server.route("GET", f"{PREFIX}/products", 200, [{"id": n} for n in range(100)])
    assert len(api.Products.all()) == 100
    with pytest.raises(ResponseDecodeError):
        api.with_options(max_response_bytes=100).Products.all()
    with pytest.raises(ResponseDecodeError):
        api.Products.with_options(max_response_bytes=100).all()
    assert len(api.Products.all()) == 100  # the original client keeps its settings
    with pytest.raises(InvalidArgumentError):
        api.with_options(deadline=-1)


def _gzip_bomb(expanded: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)  # gzip framing
    piece = b" " * (1024 * 1024)
    body = compressor.compress(b"[") + b"".join(
        compressor.compress(piece) for _ in range(expanded // len(piece))
    )
    return body + compressor.compress(b"]") + compressor.flush()


def test_a_gzip_bomb_is_refused_without_expanding_it(server: RecordingServer) -> None:
    expanded = 512 * 1024 * 1024
    bomb = _gzip_bomb(expanded)
    assert len(bomb) < expanded // 500
    assert gzip.decompress(_gzip_bomb(1024 * 1024)).startswith(b"[ ")  # a real gzip body
    server.route("GET", f"{PREFIX}/products", 200, bomb, {"Content-Encoding": "gzip"})
    api = BigcommerceApi(host=server.url, basic_auth=BASIC_AUTH)  # the default limit (64 MiB)
    tracemalloc.start()
    try:
        with pytest.raises(ResponseDecodeError, match="max_response_bytes"):
            api.Products.all()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 200 * 1024 * 1024 < expanded  # far below the expanded size
    assert len(server.requests) == 1


class _Dripping:
    """A raw server that sends a response's headers, then one byte of its body every `pace`
    seconds, for as long as the client listens (at most `limit` bytes); with `from_start`, the
    status line and headers come a byte at a time too."""

    def __init__(self, pace: float = 0.2, limit: int = 200, from_start: bool = False) -> None:
        self.from_start = from_start
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.pace, self.limit, self.sent = pace, limit, 0
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        conn, _ = self.sock.accept()
        with conn:
            conn.recv(65536)
            head = (
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {self.limit}\r\n\r\n".encode()
            )
            body = b" " * self.limit
            if not self.from_start:
                conn.sendall(head)
                head = b""
            try:
                for byte in (head + body)[: self.limit]:
                    if self.done.is_set():
                        break
                    conn.sendall(bytes([byte]))
                    self.sent += 1
                    time.sleep(self.pace)
            except OSError:
                pass  # the client hung up: what the test wants
        self.done.set()

    def close(self) -> None:
        self.done.set()
        self.sock.close()
        self.thread.join(5)


@pytest.mark.parametrize("from_start", [False, True], ids=["body", "status-line-and-headers"])
def test_a_dripping_server_cannot_hold_a_call_past_the_deadline(from_start: bool) -> None:
    # 40 s in all; each byte well within the read timeout
    drip = _Dripping(pace=0.2, limit=200, from_start=from_start)
    try:
        api = BigcommerceApi(
            host=drip.url, basic_auth=BASIC_AUTH, timeout=(2, 2), deadline=1.0, max_retries=0
        )
        with pytest.raises(TimeoutException, match="deadline"):
            api.Products.all()
        assert drip.done.wait(10)  # the client hung up long before the body was whole
        assert drip.sent < 50
    finally:
        drip.close()


def test_an_answer_nested_too_deep_is_refused_once(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.route("GET", f"{PREFIX}/products", 200, b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(ResponseDecodeError, match="nested too deep") as caught:
        api.Products.all()
    assert caught.value.retry is False and len(server.requests) == 1
    server.route(
        "GET", f"{PREFIX}/products/1", 200, b'{"id": 1, "x": ' + b"[" * 300 + b"]" * 300 + b"}"
    )
    with pytest.raises(ResponseDecodeError, match="nested too deep"):
        api.Products.get(1)
    server.route("GET", f"{PREFIX}/time", 200, b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(ResponseDecodeError, match="nested too deep"):
        api.connection.get("time")


def test_an_error_body_nested_too_deep_still_reads(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    server.route("GET", f"{PREFIX}/products/1", 400, deep)
    with pytest.raises(HttpException) as caught:
        api.Products.get(1)
    assert caught.value.body == deep.decode()  # the text: never a RecursionError
    assert caught.value.errors == {}


@pytest.mark.parametrize("number", [b"NaN", b"Infinity", b"-Infinity", b"1e400", b"-1e999"])
def test_a_number_that_is_not_finite_is_refused(
    number: bytes, api: BigcommerceApi, server: RecordingServer
) -> None:
    server.route(
        "GET", f"{PREFIX}/products/1", 200, b'{"id": 1, "inventory_level": ' + number + b"}"
    )
    with pytest.raises(ResponseDecodeError, match="not finite") as caught:
        api.Products.get(1)
    assert caught.value.retry is False and len(server.requests) == 1
    server.route(
        "GET", f"{PREFIX}/products", 200, b'[{"id": 1, "inventory_level": ' + number + b"}]"
    )
    with pytest.raises(ResponseDecodeError, match="not finite"):
        api.Products.all()
    server.route("GET", f"{PREFIX}/time", 200, b'{"time": ' + number + b"}")
    with pytest.raises(ResponseDecodeError, match="not finite"):
        api.connection.get("time")


@pytest.mark.parametrize("count", [b"true", b"false", b'"3"', b"1.5", b"null", b"[]"])
def test_a_count_of_the_wrong_type_is_an_error(
    count: bytes, api: BigcommerceApi, server: RecordingServer
) -> None:
    server.route("GET", f"{PREFIX}/products/count", 200, b'{"count": ' + count + b"}")
    with pytest.raises(ResponseDecodeError):
        api.Products.count()


def test_connection_defaults_are_documented_bounds() -> None:
    connection = Connection("https://store.example.com", BASIC_AUTH)
    assert connection.max_response_bytes == 64 * 1024 * 1024
    assert connection.deadline == 300.0
    assert BASIC_AUTH[1] not in repr(connection) + repr(connection._session.auth)


def test_an_error_message_hides_secret_values_the_server_echoes(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    echoed = b'{"title": "Bad", "access_token": "echoed-secret", "detail": {"password": "pw-9'
    server.route("GET", f"{PREFIX}/products/1", 400, echoed)
    with pytest.raises(HttpException) as caught:
        api.Products.get(1)
    assert "echoed-secret" not in str(caught.value) and "pw-9" not in str(caught.value)
    assert '"title": "Bad"' in str(caught.value)
    assert caught.value.content == echoed  # the data itself is the caller's to read


def test_with_options_refuses_an_unknown_option(api: BigcommerceApi) -> None:
    with pytest.raises(InvalidArgumentError, match="max_retrys"):
        api.with_options(max_retrys=1)  # type: ignore[call-arg]
    with pytest.raises(InvalidArgumentError, match="max_retrys"):
        api.Products.with_options(max_retrys=1)  # type: ignore[call-arg]


def test_basic_auth_may_be_a_requests_auth_object(server: RecordingServer) -> None:
    import requests

    connection = Connection(server.url, requests.auth.HTTPBasicAuth(*BASIC_AUTH))
    connection.get("time")
    assert server.last.headers["authorization"] == requests.auth._basic_auth_str(*BASIC_AUTH)
    with pytest.raises(InvalidArgumentError):
        Connection(server.url, requests.auth.HTTPBasicAuth("user\n", "pw"))


def _refusing_server() -> tuple[socket.socket, str, threading.Thread]:
    """A server that reads one request and hangs up without answering."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(4)

    def serve() -> None:
        conn, _ = sock.accept()
        with conn:
            conn.settimeout(5)
            conn.recv(65536)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return sock, f"http://127.0.0.1:{sock.getsockname()[1]}", thread


@pytest.mark.parametrize("auth", ["oauth", "basic"])
def test_a_transport_error_and_its_cause_carry_no_credentials(auth: str) -> None:
    sock, url, thread = _refusing_server()
    try:
        if auth == "oauth":
            api = BigcommerceApi(
                client_id=CLIENT_ID, store_hash=STORE_HASH, access_token=ACCESS_TOKEN, host=url
            )
        else:
            api = BigcommerceApi(host=url, basic_auth=BASIC_AUTH)
        with pytest.raises(TransportException) as caught:
            api.with_options(max_retries=0).connection.get("time")
    finally:
        thread.join(5)
        sock.close()
    cause = caught.value.__cause__
    request = getattr(cause, "request", None)
    assert request is not None
    assert "Basic" not in str(request.headers) and ACCESS_TOKEN not in str(request.headers)
    _secrets_absent(str(caught.value), repr(caught.value), str(cause))


@pytest.mark.parametrize(
    ("body", "secret"),
    [
        (b"access_token=FORM7&scope=x", "FORM7"),
        (b"{'access_token': 'PYTOKEN6'}", "PYTOKEN6"),
        (b'{"access_\\u0074oken": "ESC1"}', "ESC1"),
        (b'{"' + b"x" * 150 + b'_token": "LONG2"}', "LONG2"),
        (b'{"password": ["ARR4"]}', "ARR4"),
        (b'{"password": {"v": "OBJ5"}, "a": 1', "OBJ5"),  # cut short: not JSON
        (b"Authorization: Bearer HDR6\r\n", "HDR6"),
    ],
)
def test_error_excerpts_hide_secrets_in_any_shape(
    body: bytes, secret: str, api: BigcommerceApi, server: RecordingServer
) -> None:
    server.route("GET", f"{PREFIX}/time", 400, body, {"Content-Type": "text/plain"})
    with pytest.raises(HttpException) as caught:
        api.connection.get("time")
    assert secret not in str(caught.value)
    server.route("GET", f"{PREFIX}/time", 200, b"-\n" + body)  # a success that is not JSON
    with pytest.raises(ResponseDecodeError) as decode_error:
        api.connection.get("time")
    assert secret not in str(decode_error.value)


def test_a_lone_surrogate_in_a_listing_is_kept_not_a_crash(
    api: BigcommerceApi, server: RecordingServer
) -> None:
    server.reply(body=b'[{"id": 1, "name": "\\ud800"}]')
    server.reply(body=b"[]")
    assert [p.id for p in api.Products.iterall()] == [1]


@pytest.mark.parametrize(
    ("method", "headers"),
    [
        ("GET", {"X-Note": "secret\u2603value"}),
        ("GET", {"X-\x00N": "v"}),
        ("GET", {"X Note": "v"}),
        ("GET", {"X-Note": " secret"}),
        ("GET X", {}),
        ("", {}),
    ],
)
def test_a_request_http_cannot_carry_is_refused_before_sending(
    method: str, headers: dict[str, str], api: BigcommerceApi, server: RecordingServer
) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        api.connection.make_request(method, "time", headers=headers)
    assert "secret" not in str(caught.value)
    assert server.requests == []


@pytest.mark.parametrize("value", [b'"NaN"', b'"inf"', b'"-Infinity"', b'"1e400"'])
def test_a_number_field_holding_a_non_finite_string_is_refused(
    value: bytes, v3_client: BigcommerceApi, server: RecordingServer
) -> None:
    path = f"/stores/{STORE_HASH}/v3/catalog/products"
    server.route("GET", path, 200, b'{"data": [{"id": 1, "price": ' + value + b'}], "meta": {}}')
    with pytest.raises(ResponseDecodeError, match="not finite"):
        v3_client.catalog.products.all()


@pytest.mark.parametrize("proxy", ["http://proxy.invalid:3128", "http://10.0.0.1:3128"])
def test_a_loopback_host_over_http_is_not_proxied_off_the_machine(
    proxy: str, server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy)  # never reached: nothing is sent to it
    monkeypatch.setenv("NO_PROXY", "")
    api = _oauth(server)
    api.connection.get("time")
    assert server.last.target == f"/stores/{STORE_HASH}/v2/time"  # direct, not through a proxy
    assert server.last.headers["x-auth-token"] == ACCESS_TOKEN


def test_a_loopback_proxy_may_carry_a_loopback_host(
    server: RecordingServer, other: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", other.url)  # a debugging proxy on this machine
    monkeypatch.setenv("NO_PROXY", "")
    _oauth(server).connection.get("time")
    assert other.last.target == f"{server.url}/stores/{STORE_HASH}/v2/time"


@pytest.mark.parametrize("rid", ["..", "../../v3/x", "1/../2", ""])
def test_low_level_ids_are_one_path_segment(
    rid: str, api: BigcommerceApi, server: RecordingServer
) -> None:
    with pytest.raises(InvalidArgumentError):
        api.connection.get("products", rid=rid)
    with pytest.raises(InvalidArgumentError):
        api.connection.delete("products", rid)
    assert server.requests == []


def test_the_watchdog_holds_about_as_many_entries_as_calls_under_way() -> None:
    from bigcommerce._watchdog import WATCHDOG

    sock = socket.socket()
    try:
        release = threading.Event()

        def long_call() -> None:
            with WATCHDOG.watching(sock, time.monotonic() + 60):
                release.wait(10)

        holder = threading.Thread(target=long_call)
        holder.start()
        for _ in range(1_000):  # finished calls behind one that is still under way
            with WATCHDOG.watching(sock, time.monotonic() + 60):
                pass
        assert len(WATCHDOG._heap) < 100
        release.set()
        holder.join(10)
    finally:
        sock.close()
