"""Import cost of `bigcommerce` against `import requests`, measured in one run, interleaved.

Each statement runs in a fresh interpreter; the cost is the median wall time minus the median of
an empty interpreter (`pass`) of the same Python. Printed, never asserted.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Mapping

CLIENT = "bigcommerce.api.BigcommerceApi(host='h', basic_auth=('a', 'b'))"
STATEMENTS = {
    "pass": "pass",
    "requests": "import requests",
    "bigcommerce": "import bigcommerce",
    "bigcommerce + client": f"import bigcommerce; {CLIENT}",
    "bigcommerce + Products": f"import bigcommerce; {CLIENT}.Products",
}


def _once(statement: str, python: str = sys.executable) -> float:
    env = None
    if python != sys.executable:  # another environment: nothing of ours on its path
        env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    start = time.perf_counter()
    subprocess.run([python, "-c", statement], check=True, env=env)
    return time.perf_counter() - start


def measure(
    rounds: int = 21, others: Mapping[str, tuple[str, str]] | None = None
) -> dict[str, float]:
    """Median milliseconds per statement, after the empty interpreter's cost is taken off.

    `others` maps more names to `(python, statement)`: statements run by another interpreter (the
    old client's environment), measured in the same rounds against that interpreter's `pass`.
    """
    jobs = {name: (sys.executable, statement) for name, statement in STATEMENTS.items()}
    for name, (python, statement) in (others or {}).items():
        jobs[name] = (python, statement)
        jobs.setdefault(f"pass @ {python}", (python, "pass"))
    samples: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(rounds):
        for name, (python, statement) in jobs.items():
            samples[name].append(_once(statement, python))
    medians = {name: statistics.median(s) for name, s in samples.items()}
    bases = {sys.executable: medians["pass"]}
    bases.update({python: medians[f"pass @ {python}"] for python, _ in (others or {}).values()})
    return {
        name: (medians[name] - bases[python]) * 1000
        for name, (python, _) in jobs.items()
        if name != "pass" and not name.startswith("pass @ ")
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
