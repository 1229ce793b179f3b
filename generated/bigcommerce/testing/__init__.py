# Copied from runtime/testing/__init__.py by codegen (`make generate`); do not edit.
"""A fake BigCommerce store for tests and demos: in-memory, stateful, over real HTTP.

    from bigcommerce.testing import FakeStore

    with FakeStore(seed_demo=True) as store:
        api = store.client()                  # or BigcommerceApi(host=store.url, basic_auth=...)
        api.Products.create(name="Chair", type="physical", price="10", weight=1, categories=[1],
                            availability="available")

It serves every resource and verb of the package's specs (the route table, `routes.json`, is
generated from them), with BigCommerce's paging, filters, errors, auth and rate-limit headers, and
optional fault injection: the old client's resources with the v2 conventions (`v2_handlers`), and
every imported operation (`api.catalog.products.all()`, OAuth only for v3) generically with the v3
conventions (`v3_handlers`; their objects are in `store.state.nodes`, which `seed` fills).
It holds up against hostile clients: bodies are bounded in size (413), read as JSON only when sent
as JSON (415) and only when shallow enough (400), numbers must be ASCII digits (400), links use the
store's own address, and idle connections are closed (`bodies`, `connections`).
Also: `python -m bigcommerce.testing serve`, and a pytest plugin
(`pytest_plugins = ["bigcommerce.testing.pytest_plugin"]`). Serving needs waitress
(`pip install 'bigcommerce[testing]'`).
"""

from __future__ import annotations

from .app import FakeStoreApp
from .auth import Credentials
from .faults import Faults
from .rate_limit import RateLimit
from .schema import Schema, default_schema
from .seeding import load_fixtures, seed_demo
from .server import FakeStore
from .state import StoreState

__all__ = [
    "Credentials",
    "FakeStore",
    "FakeStoreApp",
    "Faults",
    "RateLimit",
    "Schema",
    "StoreState",
    "default_schema",
    "load_fixtures",
    "seed_demo",
]
