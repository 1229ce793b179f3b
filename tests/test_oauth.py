"""OAuth helpers: signed payloads, JWTs, token exchange and customer login tokens."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
import urllib.parse

import jwt
import pytest

from bigcommerce import customer_login_token
from bigcommerce.api import BigcommerceApi

from .conftest import ACCESS_TOKEN, CLIENT_ID, STORE_HASH
from .recording_server import RecordingServer

SECRET = "client-secret-abc-0123456789-abcdef"  # 32+ bytes, as pyjwt recommends


def _signed(payload: dict[str, object], secret: str = SECRET) -> str:
    data = json.dumps(payload).encode()
    sig = hmac.new(secret.encode(), data, hashlib.sha256).hexdigest().encode()
    return base64.b64encode(data).decode() + "." + base64.b64encode(sig).decode()


def test_verify_payload_accepts_a_good_signature() -> None:
    payload = {"user": {"id": 1, "email": "a@b.c"}, "store_hash": STORE_HASH}
    assert BigcommerceApi.oauth_verify_payload(_signed(payload), SECRET) == payload


@pytest.mark.parametrize(
    "signed",
    [
        _signed({"user": 1}, "wrong-secret"),
        _signed({"user": 1}).replace(".", ".A"),
        "no-dot-here",
        "a.b.c",
        "!!!.???",
        base64.b64encode(b"[1]").decode() + "." + base64.b64encode(b"x").decode(),
    ],
    ids=["wrong-secret", "tampered-signature", "no-dot", "three-parts", "not-base64", "bad-sig"],
)
def test_verify_payload_rejects_anything_else(signed: str) -> None:
    assert BigcommerceApi.oauth_verify_payload(signed, SECRET) is False


def _jwt(**overrides: object) -> str:
    now = int(time.time())
    claims = {
        "aud": CLIENT_ID,
        "iss": "bc",
        "iat": now,
        "nbf": now - 5,
        "exp": now + 600,
        "sub": f"stores/{STORE_HASH}",
    }
    claims.update(overrides)
    return jwt.encode({k: v for k, v in claims.items() if v is not None}, SECRET, algorithm="HS256")


def test_verify_payload_jwt_returns_claims() -> None:
    claims = BigcommerceApi.oauth_verify_payload_jwt(_jwt(), SECRET, CLIENT_ID)
    assert claims["sub"] == f"stores/{STORE_HASH}"


def _none_alg() -> str:
    def part(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    return (
        part({"alg": "none", "typ": "JWT"})
        + "."
        + part({"aud": CLIENT_ID, "exp": int(time.time()) + 600})
        + "."
    )


@pytest.mark.parametrize(
    "token",
    [
        _jwt(aud="someone-else"),
        _jwt(exp=int(time.time()) - 60),
        _jwt(exp=None),
        _jwt()[:-2] + "xx",
        jwt.encode(
            {"aud": CLIENT_ID, "exp": int(time.time()) + 60},
            "another-secret-of-32-bytes-or-more!",
            algorithm="HS256",
        ),
        _none_alg(),
    ],
    ids=["wrong-audience", "expired", "no-expiry", "tampered", "wrong-secret", "alg-none"],
)
def test_verify_payload_jwt_rejects_bad_tokens(token: str) -> None:
    with pytest.raises(jwt.InvalidTokenError):
        BigcommerceApi.oauth_verify_payload_jwt(token, SECRET, CLIENT_ID)


def test_fetch_token_posts_the_form_and_uses_the_token(
    server: RecordingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BC_API_ENDPOINT", server.url)
    monkeypatch.setenv("BC_AUTH_SERVICE", server.url)
    api = BigcommerceApi(client_id=CLIENT_ID, store_hash=STORE_HASH)
    server.route(
        "POST",
        "/oauth2/token",
        body={"access_token": "new-token", "context": f"stores/{STORE_HASH}"},
    )
    result = api.oauth_fetch_token(
        SECRET, "code1", f"stores/{STORE_HASH}", "store_v2_products", "https://app/cb"
    )
    assert result["access_token"] == "new-token"
    req = server.last
    assert req.headers["content-type"] == "application/x-www-form-urlencoded"
    form = dict(urllib.parse.parse_qsl(req.body.decode()))
    assert form == {
        "client_id": CLIENT_ID,
        "client_secret": SECRET,
        "code": "code1",
        "context": f"stores/{STORE_HASH}",
        "scope": "store_v2_products",
        "grant_type": "authorization_code",
        "redirect_uri": "https://app/cb",
    }
    server.reply(body=[])
    api.Products.all()
    assert server.last.headers["x-auth-token"] == "new-token"


def test_customer_login_token_claims_and_url(
    oauth_api: BigcommerceApi, server: RecordingServer
) -> None:
    token = customer_login_token.create(
        oauth_api,
        42,
        redirect_url="/cart.php",
        request_ip="1.2.3.4",
        iat_time=1000,
        client_secret=SECRET,
    )
    claims = jwt.decode(token, SECRET, algorithms=["HS256"], options={"verify_iat": False})
    assert (
        claims["iss"] == CLIENT_ID
        and claims["iat"] == 1000
        and claims["operation"] == "customer_login"
    )
    assert (claims["store_hash"], claims["customer_id"], claims["channel_id"]) == (
        STORE_HASH,
        42,
        1,
    )
    assert (claims["redirect_to"], claims["request_ip"]) == ("/cart.php", "1.2.3.4")
    assert len(claims["jti"]) == 32
    server.route(
        "GET",
        f"/stores/{STORE_HASH}/v2/store",
        body={"id": STORE_HASH, "secure_url": "https://shop.example/"},
    )
    url = customer_login_token.create_url(oauth_api, 42, client_secret=SECRET)
    assert url.startswith("https://shop.example/login/token/")


def test_customer_login_token_reads_the_secret_from_the_environment(
    oauth_api: BigcommerceApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APP_CLIENT_SECRET", SECRET)
    token = customer_login_token.create(oauth_api, 1)
    assert jwt.decode(token, SECRET, algorithms=["HS256"])["customer_id"] == 1
    assert ACCESS_TOKEN not in token
