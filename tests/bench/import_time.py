"""Import cost of `bigcommerce` against `import requests`, measured in one run, interleaved.

Each statement runs in a fresh interpreter; the cost is the median wall time minus the median of
an empty interpreter (`pass`). Printed, never asserted.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time

CLIENT = "bigcommerce.api.BigcommerceApi(host='h', basic_auth=('a', 'b'))"
STATEMENTS = {
    "pass": "pass",
    "requests": "import requests",
    "bigcommerce": "import bigcommerce",
    "bigcommerce + client": f"import bigcommerce; {CLIENT}",
    "bigcommerce + Products": f"import bigcommerce; {CLIENT}.Products",
}


def _once(statement: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", statement], check=True)
    return time.perf_counter() - start


def measure(rounds: int = 21) -> dict[str, float]:
    """Median milliseconds per statement, after the empty interpreter's cost is taken off."""
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    for _ in range(rounds):
        for name, statement in STATEMENTS.items():
            samples[name].append(_once(statement))
    base = statistics.median(samples["pass"])
    return {
        name: (statistics.median(s) - base) * 1000 for name, s in samples.items() if name != "pass"
    }


def main() -> None:
    costs = measure()
    requests_ms = costs["requests"]
    print(f"{'import':<26}{'ms':>8}{'vs requests':>14}")
    for name, ms in costs.items():
        print(f"{name:<26}{ms:>8.1f}{ms / requests_ms:>13.2f}x")
    print(f"import bigcommerce - import requests = {costs['bigcommerce'] - requests_ms:+.1f} ms")


if __name__ == "__main__":
    main()
