# Copied from runtime/testing/pytest_plugin.py by codegen (`make generate`); do not edit.
"""pytest fixtures for the fake store.

Enable them with `pytest_plugins = ["bigcommerce.testing.pytest_plugin"]` in a conftest.py.

- `fake_store`: a running `FakeStore`, new and empty for each test. Configure it with the marker
  `@pytest.mark.fake_store(seed_demo=True, rate_limit=RateLimit(5, 1000), ...)`, whose keyword
  arguments go to `FakeStore`.
- `fake_store_api`: a basic-auth `BigcommerceApi` of that store.
- `fake_store_oauth_api`: an OAuth client reaching it through `BC_API_ENDPOINT`.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ..api import BigcommerceApi
from .server import FakeStore

__all__ = ["fake_store", "fake_store_api", "fake_store_oauth_api"]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "fake_store(**options): options of the test's FakeStore (see FakeStore)"
    )


@pytest.fixture
def fake_store(request: pytest.FixtureRequest) -> Iterator[FakeStore]:
    """A running fake store, new for each test."""
    marker = request.node.get_closest_marker("fake_store")
    options = dict(marker.kwargs) if marker is not None else {}
    with FakeStore(**options) as store:
        yield store


@pytest.fixture
def fake_store_api(fake_store: FakeStore) -> BigcommerceApi:
    """A basic-auth client of `fake_store`."""
    return BigcommerceApi(host=fake_store.url, basic_auth=fake_store.basic_auth)


@pytest.fixture
def fake_store_oauth_api(fake_store: FakeStore, monkeypatch: pytest.MonkeyPatch) -> BigcommerceApi:
    """An OAuth client of `fake_store`, reaching it through `BC_API_ENDPOINT`."""
    monkeypatch.setenv("BC_API_ENDPOINT", fake_store.url)
    return BigcommerceApi(
        client_id=fake_store.client_id,
        store_hash=fake_store.store_hash,
        access_token=fake_store.access_token,
    )
