"""The OAuth helpers against weak and hostile input: no secret, secrets and payloads of the wrong
type or shape, forged algorithms and keys, clocks a little out of step. A payload that does not
check out is False (signed_payload) or `jwt.InvalidTokenError` (signed_payload_jwt), whatever
it holds; a missing secret is refused outright."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import time
from typing import Any

import jwt
import pytest

from bigcommerce import signed_payload
from bigcommerce.api import BigcommerceApi
from bigcommerce.connection import OAuthConnection
from bigcommerce.exception import InvalidArgumentError

from .conftest import CLIENT_ID, STORE_HASH

SECRET = "client-secret-abc-0123456789-abcdef"  # 32+ bytes, as pyjwt recommends
USER = {"user": {"id": 7, "email": "owner@example.com"}, "store_hash": STORE_HASH}


def _hmac_signed(data: bytes, key: bytes = SECRET.encode()) -> str:
    sig = hmac.new(key, data, hashlib.sha256).hexdigest().encode()
    return base64.b64encode(data).decode() + "." + base64.b64encode(sig).decode()


def _b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def _jwt_signed(
    claims: bytes | dict[str, Any],
    key: bytes = SECRET.encode(),
    header: dict[str, Any] | None = None,
    digest: Any = hashlib.sha256,
) -> str:
    """A JWT signed by hand, so any header, claims and key can be used (pyjwt refuses some)."""
    head = _b64url(json.dumps(header or {"alg": "HS256", "typ": "JWT"}).encode())
    body = _b64url(claims if isinstance(claims, bytes) else json.dumps(claims).encode())
    signing = f"{head}.{body}".encode()
    return f"{head}.{body}.{_b64url(hmac.new(key, signing, digest).digest())}"


def _claims(**overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    claims = {"aud": CLIENT_ID, "iss": "bc", "iat": now, "nbf": now, "exp": now + 600}
    claims.update(overrides)
    return {k: v for k, v in claims.items() if v is not None}


# signed_payload (HMAC): the secret.


@pytest.mark.parametrize("secret", ["", "   ", None, b"", SECRET.encode(), 0, 42, ["x"]], ids=repr)
def test_hmac_refuses_a_missing_empty_or_non_str_secret(secret: Any) -> None:
    # Signed with the empty key: the payload an app whose secret is unset used to accept.
    forged = _hmac_signed(json.dumps(USER).encode(), key=b"")
    with pytest.raises(ValueError, match="client_secret") as info:
        BigcommerceApi.oauth_verify_payload(forged, secret)
    assert isinstance(info.value, InvalidArgumentError)
    with pytest.raises(ValueError):
        OAuthConnection.verify_payload(forged, secret)


def test_hmac_errors_never_show_the_secret() -> None:
    with pytest.raises(ValueError) as info:
        BigcommerceApi.oauth_verify_payload(_hmac_signed(b"{}"), SECRET.encode())  # type: ignore[arg-type]
    assert SECRET not in str(info.value) and "bytes" in str(info.value)
    with pytest.raises(ValueError, match="UTF-8"):
        BigcommerceApi.oauth_verify_payload(_hmac_signed(b"{}"), "secret\ud800")


def test_hmac_still_accepts_a_good_signature() -> None:
    assert (
        BigcommerceApi.oauth_verify_payload(_hmac_signed(json.dumps(USER).encode()), SECRET) == USER
    )
    assert OAuthConnection.verify_payload(_hmac_signed(b'{"a": 1}'), SECRET) == {"a": 1}


# signed_payload (HMAC): the payload.


def _good() -> str:
    return _hmac_signed(json.dumps(USER).encode())


@pytest.mark.parametrize(
    "payload",
    [
        None,
        _good().encode(),  # a good payload, as bytes
        12345,
        1.5,
        ["a", "b"],
        {"a": "b"},
        "",
        ".",
        "..",
        "no-dot",
        _good() + ".extra",
        _good().replace(".", ".."),
        "é." + _good(),
        _good() + "\u00e9",
        "\ud800." + _good().split(".")[1],
        "\x00" + _good(),
        "A" * (signed_payload.MAX_PAYLOAD_LENGTH + 1),
        _hmac_signed(b"x" * signed_payload.MAX_PAYLOAD_LENGTH),  # signed, but too long
        _hmac_signed(b"[" * 100_000),  # signed, nested too deep to decode
        _hmac_signed(b"\xff\xfe not utf-8"),
        _hmac_signed(b"[1, 2]"),  # signed, not an object
        _hmac_signed(b"not json"),
        _hmac_signed(b""),
        _hmac_signed(b"{}", key=b"another-secret-0123456789-abcdef!"),
        _good()[:-4] + "AAA=",  # tampered signature
        base64.b64encode(json.dumps(USER).encode()).decode()
        + "."
        + base64.b64encode(
            hmac.new(SECRET.encode(), json.dumps(USER).encode(), hashlib.sha256).digest()
        ).decode(),  # the raw digest, not its hex
    ],
    ids=lambda p: type(p).__name__ + ":" + repr(p)[:40],
)
def test_hmac_malformed_payloads_are_false(payload: Any) -> None:
    assert BigcommerceApi.oauth_verify_payload(payload, SECRET) is False


def test_hmac_signature_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(signed_payload.hmac, "compare_digest", spy)
    assert BigcommerceApi.oauth_verify_payload(_good(), SECRET) == USER
    assert BigcommerceApi.oauth_verify_payload(_good()[:-4] + "AAA=", SECRET) is False
    assert len(compared) == 2 and compared[0][0] == compared[0][1]


# signed_payload_jwt: the secret and the audience.


@pytest.mark.parametrize("secret", ["", "  ", None, b"", SECRET.encode(), 7, {"k": "v"}], ids=repr)
def test_jwt_refuses_a_missing_empty_or_non_str_secret(secret: Any) -> None:
    forged = _jwt_signed(_claims(), key=b"")
    with pytest.raises(jwt.InvalidTokenError, match="client_secret") as info:
        BigcommerceApi.oauth_verify_payload_jwt(forged, secret, CLIENT_ID)
    assert SECRET not in str(info.value)
    with pytest.raises(jwt.InvalidTokenError):
        OAuthConnection.verify_payload_jwt(forged, secret, CLIENT_ID)


@pytest.mark.parametrize("client_id", ["", " ", None, b"client-id-1", 1], ids=repr)
def test_jwt_refuses_a_missing_audience(client_id: Any) -> None:
    token = _jwt_signed(_claims(aud=client_id if isinstance(client_id, str) else ""))
    with pytest.raises(jwt.InvalidTokenError, match="client_id"):
        BigcommerceApi.oauth_verify_payload_jwt(token, SECRET, client_id)


def test_jwt_key_confusion_with_a_public_key_as_secret_is_refused() -> None:
    # A PEM public key passed as the secret, and a token HMAC-signed with it: pyjwt refuses the
    # key (InvalidKeyError, not a token error); the helper reports an invalid token.
    pem = (
        "-----BEGIN PUBLIC KEY-----\n"
        "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE\n"
        "-----END PUBLIC KEY-----\n"
    )
    token = _jwt_signed(_claims(), key=pem.encode())
    with pytest.raises(jwt.InvalidTokenError):
        BigcommerceApi.oauth_verify_payload_jwt(token, pem, CLIENT_ID)


# signed_payload_jwt: the token.


def _good_jwt() -> str:
    return _jwt_signed(_claims())


def test_jwt_still_accepts_a_good_token() -> None:
    claims = BigcommerceApi.oauth_verify_payload_jwt(_good_jwt(), SECRET, CLIENT_ID)
    assert claims["aud"] == CLIENT_ID and claims["iss"] == "bc"


@pytest.mark.parametrize(
    "token",
    [
        None,
        12,
        ["a.b.c"],
        "",
        "a",
        "a.b",
        "a.b.c.d",
        "...",
        "é.é.é",
        "\ud800.a.b",
        "A" * (signed_payload.MAX_PAYLOAD_LENGTH + 1),
        _jwt_signed(b"[" * 40_000),  # signed, nested too deep
        _jwt_signed(b"\xff\xfe"),
        _jwt_signed(b"[1]"),
        _jwt_signed(b'{"aud": "client-id-1", "exp": 1e400}'),
        _jwt_signed(b'{"aud": "client-id-1", "exp": NaN}'),
        _jwt_signed(b'{"aud": "client-id-1", "exp": "tomorrow"}'),
        _jwt_signed(_claims(aud=None)),  # missing audience
        _jwt_signed(_claims(aud=["someone-else"])),
        _jwt_signed(_claims(aud={"x": 1})),
        _jwt_signed(_claims(exp=None)),
        _jwt_signed(_claims(exp=int(time.time()) - 3600)),
        _jwt_signed(_claims(), header={"alg": "HS384"}, digest=hashlib.sha384),
        _jwt_signed(_claims(), header={"alg": "HS512"}, digest=hashlib.sha512),
        _jwt_signed(_claims(), header={"alg": "ES256"}),
        _jwt_signed(_claims(), header={"alg": "RS256"}),
        _jwt_signed(_claims(), header={"alg": ["HS256"]}),
        _jwt_signed(_claims(), header={"alg": "HS256", "crit": ["b64"], "b64": False}),
        _jwt_signed(_claims(), key=b"another-secret-0123456789-abcdef!"),
    ],
    ids=lambda t: type(t).__name__ + ":" + repr(t)[:40],
)
def test_jwt_malformed_or_forged_tokens_are_invalid(token: Any) -> None:
    with pytest.raises(jwt.InvalidTokenError):
        BigcommerceApi.oauth_verify_payload_jwt(token, SECRET, CLIENT_ID)


def test_jwt_a_good_token_as_bytes_is_refused() -> None:
    with pytest.raises(jwt.InvalidTokenError):
        BigcommerceApi.oauth_verify_payload_jwt(_good_jwt().encode(), SECRET, CLIENT_ID)  # type: ignore[arg-type]


def test_jwt_alg_none_without_a_signature_is_invalid() -> None:
    head = _b64url(json.dumps({"alg": "none", "typ": "JWT"}).encode())
    body = _b64url(json.dumps(_claims()).encode())
    with pytest.raises(jwt.InvalidTokenError):
        BigcommerceApi.oauth_verify_payload_jwt(f"{head}.{body}.", SECRET, CLIENT_ID)


def test_jwt_tampered_claims_are_invalid() -> None:
    head, _body, sig = _good_jwt().split(".")
    forged = _b64url(json.dumps(_claims(aud=CLIENT_ID, sub="stores/other")).encode())
    with pytest.raises(jwt.InvalidSignatureError):
        BigcommerceApi.oauth_verify_payload_jwt(f"{head}.{forged}.{sig}", SECRET, CLIENT_ID)


# signed_payload_jwt: clock leeway.


def test_jwt_allows_a_server_clock_a_little_ahead_by_default() -> None:
    now = int(time.time())
    # Expired a second ago, and issued (not valid before) five seconds from now by our clock.
    expired = _jwt_signed(_claims(exp=now - 1))
    early = _jwt_signed(_claims(iat=now + 5, nbf=now + 5))
    assert BigcommerceApi.oauth_verify_payload_jwt(expired, SECRET, CLIENT_ID)["exp"] == now - 1
    assert BigcommerceApi.oauth_verify_payload_jwt(early, SECRET, CLIENT_ID)["nbf"] == now + 5
    assert signed_payload.DEFAULT_LEEWAY == 10


def test_jwt_leeway_is_passed_through() -> None:
    now = int(time.time())
    expired = _jwt_signed(_claims(exp=now - 2))
    with pytest.raises(jwt.ExpiredSignatureError):
        BigcommerceApi.oauth_verify_payload_jwt(expired, SECRET, CLIENT_ID, leeway=0)
    long_expired = _jwt_signed(_claims(exp=now - 100))
    with pytest.raises(jwt.ExpiredSignatureError):
        BigcommerceApi.oauth_verify_payload_jwt(long_expired, SECRET, CLIENT_ID)
    claims = BigcommerceApi.oauth_verify_payload_jwt(long_expired, SECRET, CLIENT_ID, leeway=200)
    assert claims["exp"] == now - 100
    early = _jwt_signed(_claims(nbf=now + 60))
    with pytest.raises(jwt.ImmatureSignatureError):
        BigcommerceApi.oauth_verify_payload_jwt(early, SECRET, CLIENT_ID, leeway=1)


@pytest.mark.parametrize(
    "leeway", [-1, float("nan"), float("inf"), True, "10", None, 301], ids=repr
)
def test_jwt_refuses_a_bad_leeway(leeway: Any) -> None:
    with pytest.raises(InvalidArgumentError, match="leeway"):
        BigcommerceApi.oauth_verify_payload_jwt(_good_jwt(), SECRET, CLIENT_ID, leeway=leeway)
