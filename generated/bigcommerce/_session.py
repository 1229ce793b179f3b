# Copied from runtime/_session.py by codegen (`make generate`); do not edit.
"""A `requests.Session` that reads the environment once per host, not on every request.

With `trust_env` on (the default), `requests.Session.request` looks up the proxies
(`HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY`, `NO_PROXY`, walking all of `os.environ`), the CA
bundle (`REQUESTS_CA_BUNDLE`, `CURL_CA_BUNDLE`) and `~/.netrc` credentials again for every call:
a tenth of a small request's time, or more where the environment is large. `EnvironmentSession`
looks them up once per scheme and host (the connection does it for its store when it is
created), turns `trust_env` off so that requests does not look again, and hands what it found to
every request with the same precedence requests gives them:

- proxies from the environment, unless `NO_PROXY` exempts the host; a request's own `proxies`
  win key by key, and `Session.proxies` come last;
- `verify` is the CA bundle from the environment unless the request passes a path or False;
- `~/.netrc` credentials only when neither the request nor the session has `auth`.

It never follows a redirect, whatever a caller asks: a redirect could carry the store's
credentials (or a write's body) to another host. The connection reads each body itself, within
bounds (_body.py), and its connections are watched until the headers arrive, so that an attempt's
deadline holds from the start (_watchdog.py).
"""

from __future__ import annotations

import os
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from requests.utils import get_environ_proxies, get_netrc_auth
from urllib3 import PoolManager

from ._watchdog import POOL_CLASSES


class Environment(NamedTuple):
    """What requests would take from the environment for one scheme and host."""

    proxies: dict[str, str]
    ca_bundle: str | None
    netrc_auth: tuple[str, str] | None


def read_environment(url: str) -> Environment:
    return Environment(
        get_environ_proxies(url),
        os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE"),
        get_netrc_auth(url),
    )


class EnvironmentSession(requests.Session):
    """A session whose environment settings are resolved once per scheme and host."""

    def __init__(self) -> None:
        super().__init__()
        self.trust_env = False  # `request` applies the environment it resolved itself
        self._environments: dict[str, Environment] = {}
        for prefix in ("https://", "http://"):
            self.mount(prefix, _WatchedAdapter())

    def environment(self, url: str) -> Environment:
        """The environment's settings for `url`'s scheme and host, read on first use."""
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        found = self._environments.get(key)
        if found is None:
            found = self._environments[key] = read_environment(url)
        return found

    def request(self, method: Any, url: Any, *args: Any, **kwargs: Any) -> requests.Response:
        if args:  # options given by position: name them as requests' signature does
            import inspect  # rare, and slow to import

            signature = inspect.signature(requests.Session.request)
            named = signature.bind(self, method, url, *args, **kwargs).arguments
            del named["self"]
            method, url = named.pop("method"), named.pop("url")
            kwargs = named
        text_url = url.decode() if isinstance(url, bytes) else str(url)
        env = self.environment(text_url)
        proxies = kwargs.get("proxies") or {}
        env_proxies = env.proxies
        if "no_proxy" in proxies:  # the request's own NO_PROXY decides whether to bypass
            env_proxies = get_environ_proxies(text_url, no_proxy=proxies["no_proxy"])
        if env_proxies:
            kwargs["proxies"] = {**env_proxies, **proxies}
        verify = kwargs.get("verify")
        if env.ca_bundle and (verify is True or verify is None):
            kwargs["verify"] = env.ca_bundle
        if env.netrc_auth is not None and not kwargs.get("auth") and not self.auth:
            kwargs["auth"] = env.netrc_auth
        return super().request(method, url, **kwargs)

    def get_redirect_target(self, resp: requests.Response) -> None:
        """No redirect is ever followed (requests asks this before following one)."""
        return None


class _WatchedAdapter(HTTPAdapter):
    """requests' adapter, with connections that keep the attempt's deadline (_watchdog.py)."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = POOL_CLASSES

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        manager.pool_classes_by_scheme = POOL_CLASSES
        return manager
