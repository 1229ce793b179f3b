"""The old `bigcommerce` client (PyPI 0.23.4) doing the benchmark's work; run by `run.py` with the
Python of the throwaway environment under .bench/, where that client is installed:

    .bench/old-client/bin/python tests/bench/old_client.py '<json settings>'

Prints one JSON object of measurements. Only the standard library, the old client and its
dependencies are importable here (this repository's package is not).

Pointing the old client at the fake store: its `Connection.full_path` always builds
`"https://" + host + ...`, and the fake store speaks plain HTTP on 127.0.0.1. Without editing the
old code, `_HttpConnection` below subclasses its `Connection`, overrides only `full_path` to say
`http://`, and replaces `api.connection` after `BigcommerceApi(...)` is built: the old client's
resource wrappers read `api.connection` on every call, so every request then goes to
`http://127.0.0.1:PORT/api/v2/...` with everything else (session, headers, JSON handling,
`Mapping` objects) exactly as the old client does it.
"""

from __future__ import annotations

import json
import sys
import time
from typing import Any

from timing import MB, consume, interleaved, peak_traced  # tests/bench is sys.path[0]


def _client(url: str, auth: list[str]) -> Any:
    import bigcommerce.api
    import bigcommerce.connection

    class _HttpConnection(bigcommerce.connection.Connection):  # type: ignore[misc]
        def full_path(self, url: str) -> str:
            return "http://" + self.host + self.api_path.format(url)

    host = url.split("://", 1)[1]
    api = bigcommerce.api.BigcommerceApi(host=host, basic_auth=tuple(auth))
    api.connection = _HttpConnection(host, tuple(auth))
    return api


def first_use(settings: dict[str, Any]) -> dict[str, float]:
    """In a fresh process: the first `Products.get` against a warm one."""
    api = _client(settings["url"], settings["auth"])
    start = time.perf_counter()
    api.Products.get(1)
    first = time.perf_counter() - start
    start = time.perf_counter()
    api.Products.get(1)
    warm = time.perf_counter() - start
    return {"first_use_ms": (first - warm) * 1000}


def measure(settings: dict[str, Any]) -> dict[str, float]:
    api = _client(settings["url"], settings["auth"])
    out: dict[str, float] = {}
    out["single_s"] = interleaved(
        {"old": lambda: api.Products.get(1)}, settings["single_calls"], settings["rounds"]
    )["old"]
    page_cpu: dict[str, float] = {}
    out["page_s"] = interleaved(
        {"old": lambda: api.Products.all(limit=250)},
        settings["page_calls"],
        settings["rounds"],
        page_cpu,
    )["old"]
    out["page_cpu_s"] = page_cpu["old"]
    items = settings["iterate_items"]
    start = time.perf_counter()
    seen = consume(api.Products.iterall(), items)
    out["iterate_items"] = seen
    out["iterate_s"] = time.perf_counter() - start
    out["page_peak_mb"] = peak_traced(lambda: api.Products.all(limit=250)) / MB
    memory_items = settings["memory_items"]
    out["memory_items"] = memory_items
    out["iterate_peak_mb"] = peak_traced(lambda: consume(api.Products.iterall(), memory_items)) / MB
    slow = _client(settings["slow_url"], settings["auth"])
    start = time.perf_counter()
    out["latency_items"] = consume(slow.Products.iterall())
    out["latency_s"] = time.perf_counter() - start
    return out


def main() -> None:
    settings = json.loads(sys.argv[1])
    result = first_use(settings) if settings.get("mode") == "first_use" else measure(settings)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
