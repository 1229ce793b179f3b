"""A fake store for the benchmarks, in a process of its own so that serving does not compete with
the measured client for the GIL.

    python -m tests.bench.store --products 10000 [--v3-products 250] [--latency-ms 50]

Prints `ready <url>` once it serves, then serves until its standard input closes (so it never
outlives the benchmark that started it).
"""

from __future__ import annotations

import argparse
import gc
import sys

from bigcommerce.testing import FakeStore, Faults, RateLimit
from bigcommerce.testing.seeding import seed_demo


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.store")
    parser.add_argument("--products", type=int, default=10_000)
    parser.add_argument("--v3-products", type=int, default=0)
    parser.add_argument("--latency-ms", type=float, default=0.0)
    parser.add_argument("--threads", type=int, default=16)
    args = parser.parse_args(argv)
    faults = Faults(latency_ms=args.latency_ms) if args.latency_ms else None
    # A quota no benchmark reaches: 429s would measure the retry waits, not the client.
    store = FakeStore(faults=faults, rate_limit=RateLimit(10_000_000, 30_000), threads=args.threads)
    seed_demo(store.state, 0, {"Products": args.products})
    for n in range(args.v3_products):
        store.state.nodes.seed("v3", "catalog/products", values={"name": f"Product {n}"})
    # The seeded products stay for good: out of the collector's sight, its full collections
    # (which would otherwise walk all of them, tens of ms at random requests) stay short.
    gc.freeze()
    with store:
        print("ready", store.url, flush=True)
        sys.stdin.read()
    return 0


if __name__ == "__main__":
    sys.exit(main())
