"""`make bench`: every benchmark in one run, printed as a table of ratios against baselines
measured in the same run on the same machine. Printed, never asserted.

    .venv/bin/python -m tests.bench.run [--quick]

- import time: fresh interpreters, interleaved (`import_time.py`), against `import requests`;
- first use of a resource: the first `api.Products.get(1)` of a fresh process over a warm one;
- per-request throughput, one product and a 250-item page, against `requests.Session` + `.json()`
  on the same URL;
- iterating 10,000 products: throughput, and the peak of traced memory (tracemalloc) beyond what
  one page takes;
- `iterall` against a store answering after 50 ms, without and with `prefetch`;
- generating the whole package from the specs (`python -m codegen generate --out <tmp>`).

The fake stores run in processes of their own (`tests/bench/store.py`). The old client
(`bigcommerce==0.23.4` from PyPI) is installed into a throwaway environment under `.bench/` on
the first run and measured in a subprocess (`tests/bench/old_client.py`) doing the same work;
its slowest runs take fewer items, as the table's notes say. Without network access, its columns
stay empty.
"""

from __future__ import annotations

import argparse
import base64
import compileall
import http.client
import inspect
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

import bigcommerce
from bigcommerce.api import BigcommerceApi
from bigcommerce.testing.auth import Credentials

from . import import_time
from .timing import MB, consume, interleaved, peak_traced, raw_iterate

ROOT = Path(__file__).resolve().parents[2]
BENCH = Path(__file__).resolve().parent
OLD_ENV = ROOT / ".bench" / "old-client"
OLD_REQUIREMENT = "bigcommerce==0.23.4"
STORE = Credentials()  # what the benchmark stores accept: their defaults
AUTH = STORE.basic_auth

PRODUCTS = 10_000  # the store the throughput and iteration runs use
V3_PRODUCTS = 250  # one page of the current API's products, in the same store
SLOW_PRODUCTS = 2_500  # the store answering after LATENCY_MS: 10 pages of 250
SLOW_V3_PRODUCTS = 1_000  # and as many v3 products: 20 pages of SMALL_PAGE
LATENCY_MS = 50.0
PREFETCH = 4
SMALL_PAGE = 50  # pages where the latency, not the parsing, is most of the time


@dataclass(frozen=True)
class Settings:
    rounds: int = 5
    import_rounds: int = 9
    first_use_runs: int = 5
    single_calls: int = 100
    page_calls: int = 8
    iterate_rounds: int = 2
    old_iterate_items: int = 2_500
    old_memory_items: int = 500
    generate_runs: int = 1


QUICK = Settings(2, 3, 2, 30, 2, 1, 500, 250, 1)


@dataclass
class Row:
    measure: str
    unit: str
    baseline_name: str
    baseline: float | None
    ours: float | None
    old: float | None = None
    target: str = ""
    ratios: bool = True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run")
    parser.add_argument("--quick", action="store_true", help="fewer rounds: a smoke test")
    parser.add_argument("--no-old", action="store_true", help="skip the old client")
    args = parser.parse_args(argv)
    settings = QUICK if args.quick else Settings()
    started = time.perf_counter()
    old_python = None if args.no_old else _old_client_python()
    # Byte-compiled as `pip install` leaves it, also where PYTHONDONTWRITEBYTECODE is set.
    compileall.compile_dir(Path(bigcommerce.__file__).parent, quiet=1)
    with _stores() as (fast, slow):
        _note("measuring import time")
        imports = _imports(settings, old_python)
        _note("measuring first use")
        first = _first_use(settings, fast, old_python)
        _note("measuring requests, pages and iteration")
        ours = _ours(settings, fast, slow)
        old: dict[str, float] = {}
        if old_python is not None:
            _note("measuring the old client")
            old = _old_client(settings, old_python, fast, slow)
    _note("measuring generation")
    generate_s = _generate(settings)
    rows = _rows(imports, first, ours, old, generate_s)
    print()
    print(_table(rows))
    print()
    for line in _notes(settings, old):
        print(line)
    elapsed = time.perf_counter() - started
    print(f"\nPython {platform.python_version()}, {os.cpu_count()} CPUs; {elapsed:.0f} s in all.")
    return 0


def _note(text: str) -> None:
    print(f"... {text}", file=sys.stderr, flush=True)


# The stores and the old client's environment.


@contextmanager
def _stores() -> Iterator[tuple[str, str]]:
    """Two fake stores, seeded in parallel: PRODUCTS products, and SLOW_PRODUCTS answering late."""
    commands = [
        ["--products", str(PRODUCTS), "--v3-products", str(V3_PRODUCTS)],
        [
            "--products",
            str(SLOW_PRODUCTS),
            "--v3-products",
            str(SLOW_V3_PRODUCTS),
            "--latency-ms",
            str(LATENCY_MS),
        ],
    ]
    _note("starting two fake stores")
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.bench.store", *command],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    try:
        urls = []
        for proc in procs:
            assert proc.stdout is not None
            line = proc.stdout.readline().split()
            if len(line) != 2 or line[0] != "ready":
                raise RuntimeError("a benchmark store did not start")
            urls.append(line[1])
        yield urls[0], urls[1]
    finally:
        for proc in procs:
            if proc.stdin is not None:
                proc.stdin.close()
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()


def _old_client_python() -> str | None:
    """The Python of .bench/old-client, created and filled with the old client on first use."""
    bin_dir = "Scripts" if os.name == "nt" else "bin"
    python = OLD_ENV / bin_dir / ("python.exe" if os.name == "nt" else "python")
    stamp = OLD_ENV / "installed.txt"
    if python.exists() and stamp.exists() and stamp.read_text() == OLD_REQUIREMENT:
        return str(python)
    _note(f"installing {OLD_REQUIREMENT} into {OLD_ENV.relative_to(ROOT)}")
    shutil.rmtree(OLD_ENV, ignore_errors=True)
    try:
        subprocess.run([sys.executable, "-m", "venv", str(OLD_ENV)], check=True)
        # Its dependencies (requests, pyjwt) come from its own package metadata.
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", OLD_REQUIREMENT],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        _note(f"cannot install the old client ({exc}); its columns stay empty")
        shutil.rmtree(OLD_ENV, ignore_errors=True)
        return None
    stamp.write_text(OLD_REQUIREMENT)
    return str(python)


def _run_old(python: str, settings: dict[str, Any]) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run(
        [python, str(BENCH / "old_client.py"), json.dumps(settings)],
        cwd=OLD_ENV,  # nothing of this repository importable but tests/bench (sys.path[0])
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


# Measurements.


def _imports(settings: Settings, old_python: str | None) -> dict[str, float]:
    others = {}
    if old_python is not None:
        others["old: requests"] = (old_python, "import requests")
        others["old: bigcommerce"] = (old_python, "import bigcommerce")
        others["old: bigcommerce + Products"] = (
            old_python,
            f"import bigcommerce.api; {import_time.CLIENT}.Products",
        )
    return import_time.measure(settings.import_rounds, others)


_FIRST_USE = """
import json, time
{setup}
start = time.perf_counter(); {call}; first = time.perf_counter() - start
start = time.perf_counter(); {call}; warm = time.perf_counter() - start
print(json.dumps({{"first_use_ms": (first - warm) * 1000}}))
"""


def _first_use(settings: Settings, url: str, old_python: str | None) -> dict[str, float]:
    """Milliseconds the first call of a fresh process takes over a warm call, median of runs."""
    ours = _FIRST_USE.format(
        setup=f"import bigcommerce; api = bigcommerce.api.BigcommerceApi(host={url!r}, "
        f"basic_auth={AUTH!r})",
        call="api.Products.get(1)",
    )
    raw = _FIRST_USE.format(
        setup=f"import requests; s = requests.Session(); s.auth = {AUTH!r}",
        call=f"s.get({url + '/api/v2/products/1'!r}).json()",
    )
    samples: dict[str, list[float]] = {"ours": [], "raw": [], "old": []}
    for _ in range(settings.first_use_runs):
        for name, code in (("ours", ours), ("raw", raw)):
            out = subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            )
            samples[name].append(json.loads(out.stdout)["first_use_ms"])
        if old_python is not None:
            old = _run_old(old_python, {"mode": "first_use", "url": url, "auth": AUTH})
            samples["old"].append(old["first_use_ms"])
    return {name: statistics.median(s) for name, s in samples.items() if s}


def _ours(settings: Settings, url: str, slow_url: str) -> dict[str, float]:
    api = BigcommerceApi(host=url, basic_auth=AUTH)
    session = requests.Session()
    session.auth = AUTH
    one_url = f"{url}/api/v2/products/1"
    list_url = f"{url}/api/v2/products"
    out: dict[str, float] = {}

    single = interleaved(
        {
            "raw": lambda: session.get(one_url).json(),
            "ours": lambda: api.Products.get(1),
        },
        settings.single_calls,
        settings.rounds,
    )
    page_cpu: dict[str, float] = {}
    page = interleaved(
        {
            "raw": lambda: session.get(list_url, params={"limit": 250}).json(),
            "ours": lambda: api.Products.all(limit=250),
        },
        settings.page_calls,
        settings.rounds,
        page_cpu,
    )
    v3_api = _v3_client(url)
    v3_headers = {"X-Auth-Client": STORE.client_id, "X-Auth-Token": STORE.access_token}
    v3_url = f"{url}/stores/{STORE.store_hash}/v3/catalog/products"
    v3_cpu: dict[str, float] = {}
    v3_page = interleaved(
        {
            "raw": lambda: session.get(v3_url, params={"limit": 250}, headers=v3_headers).json(),
            "ours": lambda: v3_api.catalog.products.all(limit=250),
        },
        settings.page_calls,
        settings.rounds,
        v3_cpu,
    )
    if len(v3_api.catalog.products.all(limit=250)) != V3_PRODUCTS:
        raise RuntimeError(f"the store does not serve {V3_PRODUCTS} v3 products")
    iterate = interleaved(
        {
            "raw": lambda: raw_iterate(session, list_url),
            "ours": lambda: consume(api.Products.iterall()),
        },
        1,
        settings.iterate_rounds,
    )
    # The fake store's own speed: small answers on one keep-alive connection (>= 1,000/s),
    # asked with http.client so that the client's own cost (requests') hardly counts.
    small = interleaved({"store": _small_request(url)}, settings.single_calls, settings.rounds)
    out["store_small_s"] = small["store"]
    seen = consume(api.Products.iterall())
    if seen != PRODUCTS:
        raise RuntimeError(f"iterall saw {seen} products of {PRODUCTS}")
    for name in ("raw", "ours"):
        out[f"{name}_single_s"] = single[name]
        out[f"{name}_page_s"] = page[name]
        out[f"{name}_page_cpu_s"] = page_cpu[name]
        out[f"{name}_v3_page_s"] = v3_page[name]
        out[f"{name}_v3_page_cpu_s"] = v3_cpu[name]
        out[f"{name}_iterate_s"] = iterate[name]
    out["raw_page_peak_mb"] = (
        peak_traced(lambda: session.get(list_url, params={"limit": 250}).json()) / MB
    )
    out["ours_page_peak_mb"] = peak_traced(lambda: api.Products.all(limit=250)) / MB
    out["raw_iterate_peak_mb"] = peak_traced(lambda: raw_iterate(session, list_url)) / MB
    out["ours_iterate_peak_mb"] = peak_traced(lambda: consume(api.Products.iterall())) / MB

    slow = BigcommerceApi(host=slow_url, basic_auth=AUTH)
    variants = {
        "sequential": lambda: consume(slow.Products.iterall()),
        "small_sequential": lambda: consume(slow.Products.iterall(limit=SMALL_PAGE)),
    }
    if "prefetch" in inspect.signature(slow.Products.iterall).parameters:
        iterall: Any = slow.Products.iterall  # `prefetch` is not in the "before" signature
        variants["prefetch"] = lambda: consume(iterall(prefetch=PREFETCH))
        variants["small_prefetch"] = lambda: consume(iterall(limit=SMALL_PAGE, prefetch=PREFETCH))
    slow_v3 = _v3_client(slow_url).catalog.products
    variants["v3_small_sequential"] = lambda: consume(slow_v3.iterall(limit=SMALL_PAGE))
    if "prefetch" in inspect.signature(slow_v3.iterall).parameters:
        v3_iterall: Any = slow_v3.iterall
        variants["v3_small_prefetch"] = lambda: consume(
            v3_iterall(limit=SMALL_PAGE, prefetch=PREFETCH)
        )
    if consume(slow_v3.iterall(limit=250)) != SLOW_V3_PRODUCTS:
        raise RuntimeError(f"the slow store does not serve {SLOW_V3_PRODUCTS} v3 products")
    latency = interleaved(variants, 1, settings.iterate_rounds)
    for name, seconds in latency.items():
        out[f"latency_{name}_s"] = seconds
    return out


def _v3_client(url: str) -> BigcommerceApi:
    return BigcommerceApi(
        client_id=STORE.client_id,
        store_hash=STORE.store_hash,
        access_token=STORE.access_token,
        host=url,
    )


def _small_request(url: str) -> Callable[[], object]:
    """One `GET /api/v2/time` on a kept-alive http.client connection."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port)
    token = base64.b64encode(":".join(AUTH).encode()).decode()
    headers = {"Authorization": f"Basic {token}", "Accept": "application/json"}

    def call() -> object:
        connection.request("GET", "/api/v2/time", headers=headers)
        return connection.getresponse().read()

    return call


def _old_client(settings: Settings, python: str, url: str, slow_url: str) -> dict[str, float]:
    return _run_old(
        python,
        {
            "url": url,
            "slow_url": slow_url,
            "auth": AUTH,
            "rounds": max(2, settings.rounds // 2),
            "single_calls": settings.single_calls,
            "page_calls": 1,
            "iterate_items": settings.old_iterate_items,
            "memory_items": settings.old_memory_items,
        },
    )


def _generate(settings: Settings) -> float | None:
    times = []
    for _ in range(settings.generate_runs):
        with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
            start = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-m", "codegen", "generate", "--out", f"{tmp}/bigcommerce"],
                cwd=ROOT,
                capture_output=True,
                text=True,
                check=False,
            )
            elapsed = time.perf_counter() - start
        if result.returncode != 0:
            _note(f"generation failed: {result.stderr.strip()[-300:]}")
            return None
        times.append(elapsed)
    return statistics.median(times)


# The table.


def _rows(
    imports: dict[str, float],
    first: dict[str, float],
    ours: dict[str, float],
    old: dict[str, float],
    generate_s: float | None,
) -> list[Row]:
    def rate(seconds: float | None, per: float = 1.0) -> float | None:
        return per / seconds if seconds else None

    requests_ms = imports["requests"]
    gap_us = (ours["ours_single_s"] - ours["raw_single_s"]) * 1e6
    old_items = old.get("iterate_items")
    old_latency = rate(old.get("latency_s"), old.get("latency_items", 0))
    prefetch = rate(ours.get("latency_prefetch_s"), SLOW_PRODUCTS)
    rows = [
        Row(
            "import bigcommerce",
            "ms",
            "import requests",
            requests_ms,
            imports["bigcommerce"],
            imports.get("old: bigcommerce"),
            f"≤ requests + 10 ms ({imports['bigcommerce'] - requests_ms:+.1f} ms)",
        ),
        Row(
            "import + client + `api.Products`",
            "ms",
            "import requests",
            requests_ms,
            imports["bigcommerce + Products"],
            imports.get("old: bigcommerce + Products"),
        ),
        Row(
            "first use: `api.Products.get` in a fresh process, over a warm call",
            "ms",
            "requests",
            first.get("raw"),
            first.get("ours"),
            first.get("old"),
        ),
        Row(
            "fake store: small answers (`GET time`), one connection",
            "requests/s",
            "—",
            None,
            rate(ours.get("store_small_s")),
            None,
            "≥ 1,000 requests/s",
            ratios=False,
        ),
        Row(
            "one product",
            "calls/s",
            "requests + .json()",
            rate(ours["raw_single_s"]),
            rate(ours["ours_single_s"]),
            rate(old.get("single_s")),
            f"≤ raw + 20 µs ({gap_us:+.0f} µs)",
        ),
        Row(
            "a 250-item page",
            "pages/s",
            "requests + .json()",
            rate(ours["raw_page_s"]),
            rate(ours["ours_page_s"]),
            rate(old.get("page_s")),
            "≥ 1.0x raw",
        ),
        Row(
            "  its client CPU (this process, without the server's time)",
            "ms",
            "requests + .json()",
            ours["raw_page_cpu_s"] * 1000,
            ours["ours_page_cpu_s"] * 1000,
            old.get("page_cpu_s", 0) * 1000 or None,
        ),
        Row(
            "a 250-item v3 page (`catalog.products.all`)",
            "pages/s",
            "requests + .json()",
            rate(ours["raw_v3_page_s"]),
            rate(ours["ours_v3_page_s"]),
        ),
        Row(
            "  its client CPU",
            "ms",
            "requests + .json()",
            ours["raw_v3_page_cpu_s"] * 1000,
            ours["ours_v3_page_cpu_s"] * 1000,
        ),
        Row(
            f"iterate {PRODUCTS:,} items" + (f" (old: {old_items:,.0f})" if old_items else ""),
            "items/s",
            "requests + .json()",
            rate(ours["raw_iterate_s"], PRODUCTS),
            rate(ours["ours_iterate_s"], PRODUCTS),
            rate(old.get("iterate_s"), old_items or 0),
        ),
        Row(
            "peak memory of one 250-item page",
            "MB",
            "requests + .json()",
            ours["raw_page_peak_mb"],
            ours["ours_page_peak_mb"],
            old.get("page_peak_mb"),
        ),
        Row(
            f"peak memory iterating {PRODUCTS:,} items, over one page"
            + (f" (old: {old['memory_items']:,.0f})" if "memory_items" in old else ""),
            "MB",
            "requests + .json()",
            ours["raw_iterate_peak_mb"] - ours["raw_page_peak_mb"],
            ours["ours_iterate_peak_mb"] - ours["ours_page_peak_mb"],
            old["iterate_peak_mb"] - old["page_peak_mb"] if "iterate_peak_mb" in old else None,
            "< 20 MB",
            ratios=False,
        ),
        Row(
            f"`iterall` of {SLOW_PRODUCTS:,} items, {LATENCY_MS:.0f} ms latency, no prefetch",
            "items/s",
            "old client",
            old_latency,
            rate(ours["latency_sequential_s"], SLOW_PRODUCTS),
        ),
        Row(
            f"`iterall(prefetch={PREFETCH})`, same store",
            "items/s",
            "old client",
            old_latency,
            prefetch,
            target="≥ 3x old client",
        ),
        Row(
            f"`iterall(limit={SMALL_PAGE}, prefetch={PREFETCH})`, same store",
            "items/s",
            f"ours, limit={SMALL_PAGE}, no prefetch",
            rate(ours["latency_small_sequential_s"], SLOW_PRODUCTS),
            rate(ours.get("latency_small_prefetch_s"), SLOW_PRODUCTS),
        ),
        Row(
            f"v3 `catalog.products.iterall(limit={SMALL_PAGE}, prefetch={PREFETCH})`, "
            f"{SLOW_V3_PRODUCTS:,} items, same store",
            "items/s",
            f"ours, limit={SMALL_PAGE}, no prefetch",
            rate(ours["latency_v3_small_sequential_s"], SLOW_V3_PRODUCTS),
            rate(ours.get("latency_v3_small_prefetch_s"), SLOW_V3_PRODUCTS),
        ),
        Row(
            "generate the whole package",
            "s",
            "",
            None,
            generate_s,
            target="< 10 s",
        ),
    ]
    return rows


def _value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit in ("ms", "MB", "s"):
        return f"{value:,.1f} {unit}"
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:,.2f} {unit}"


def _ratio(value: float | None, baseline: float | None, enabled: bool) -> str:
    if not enabled or value is None or not baseline:
        return "—"
    return f"{value / baseline:.2f}x"


def _table(rows: list[Row]) -> str:
    header = [
        "measure",
        "baseline",
        "ours",
        "ours / baseline",
        "old client",
        "old / baseline",
        "target (ours)",
    ]
    lines = [header]
    for row in rows:
        baseline = (
            f"{row.baseline_name}: {_value(row.baseline, row.unit)}" if row.baseline_name else "—"
        )
        lines.append(
            [
                row.measure,
                baseline,
                _value(row.ours, row.unit),
                _ratio(row.ours, row.baseline, row.ratios),
                _value(row.old, row.unit) if row.baseline_name != "old client" else "(baseline)",
                _ratio(row.old, row.baseline, row.ratios and row.baseline_name != "old client"),
                row.target,
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        out.append(
            "| " + " | ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)) + " |"
        )
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def _notes(settings: Settings, old: dict[str, float]) -> list[str]:
    notes = [
        "Ratios are ours (or the old client's) divided by the baseline of the same row: above 1 is",
        "faster for calls/s, pages/s and items/s; below 1 is cheaper for ms and MB.",
        "Import and first-use times are medians over fresh interpreters, minus an empty one.",
        "Throughputs are medians of interleaved rounds against a fake store in another process.",
        "Memory is tracemalloc's peak (Python allocations) while the work runs.",
    ]
    if old:
        notes.append(
            f"The old client iterates {settings.old_iterate_items:,} items for throughput and "
            f"{settings.old_memory_items:,} for memory: it spends ~4 ms of CPU per product."
        )
    else:
        notes.append("The old client was not measured (no environment for it).")
    return notes


if __name__ == "__main__":
    sys.exit(main())
