# Copied from runtime/testing/__main__.py by codegen (`make generate`); do not edit.
"""`python -m bigcommerce.testing serve --port 8080 [--seed-demo] [--fixtures FILE]`."""

from __future__ import annotations

import argparse
import signal
import sys
from types import FrameType

from .auth import Credentials
from .bodies import DEFAULT_MAX_BODY
from .connections import DEFAULT_CONNECTION_LIMIT, DEFAULT_IDLE_TIMEOUT
from .faults import Faults
from .rate_limit import RateLimit
from .server import FakeStore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bigcommerce.testing", description="Run a fake BigCommerce store."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve the fake store until Ctrl-C")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    serve.add_argument("--seed-demo", action="store_true", help="fill the demo catalog")
    serve.add_argument("--fixtures", help="a YAML or JSON file of objects to load")
    serve.add_argument("--seed", type=int, help="random seed of the demo data and the faults")
    serve.add_argument("--store-hash", default=Credentials.store_hash)
    serve.add_argument("--quota", type=int, default=RateLimit.quota, help="requests per window")
    serve.add_argument("--window-ms", type=int, default=RateLimit.window_ms)
    serve.add_argument("--latency-ms", type=float, default=0.0, help="added to every answer")
    serve.add_argument("--error-rate", type=float, default=0.0, help="share of 500/502/503")
    serve.add_argument(
        "--max-body-size",
        type=int,
        default=DEFAULT_MAX_BODY,
        help="largest request body in bytes (413 above)",
    )
    serve.add_argument(
        "--idle-timeout",
        type=int,
        default=DEFAULT_IDLE_TIMEOUT,
        help="seconds before a silent connection is closed",
    )
    serve.add_argument(
        "--connection-limit",
        type=int,
        default=DEFAULT_CONNECTION_LIMIT,
        help="connections served at once",
    )
    args = parser.parse_args(argv)

    faults = None
    if args.latency_ms or args.error_rate:
        faults = Faults(latency_ms=args.latency_ms, error_rate=args.error_rate)
    store = FakeStore(
        host=args.host,
        port=args.port,
        credentials=Credentials(store_hash=args.store_hash),
        rate_limit=RateLimit(args.quota, args.window_ms),
        faults=faults,
        seed=args.seed,
        seed_demo=args.seed_demo,
        fixtures=args.fixtures,
        max_body_size=args.max_body_size,
        idle_timeout=args.idle_timeout,
        connection_limit=args.connection_limit,
    )
    signal.signal(signal.SIGTERM, _interrupt)
    store.start()
    creds = store.credentials
    print(f"Fake BigCommerce store at {store.url}", flush=True)
    print(f"  BC_API_ENDPOINT={store.url}")
    print(f"  basic auth (v2): host={store.url!r} basic_auth={creds.basic_auth!r}")
    print(
        f"  OAuth (v2, v3):  client_id={creds.client_id!r} store_hash={creds.store_hash!r} "
        f"access_token={creds.access_token!r}"
    )
    print(f"  rate limit: {args.quota} requests per {args.window_ms} ms. Ctrl-C stops.", flush=True)
    store.serve_forever()
    print("Stopped.")
    return 0


def _interrupt(signum: int, frame: FrameType | None) -> None:
    """SIGTERM stops the server the way Ctrl-C does."""
    raise KeyboardInterrupt


if __name__ == "__main__":
    sys.exit(main())
