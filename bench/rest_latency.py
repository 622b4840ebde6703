"""Benchmark: per-message latency over the REST channel, orientation turn vs greeting turn.

Starts the real servers once (tests/stack.py), warms them, then alternates the two kinds
of turns in the same run so both see the same machine load.

    python -m bench.rest_latency [-n 200]
Results: bench/results/rest_latency.json
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
import urllib.request
import uuid
from pathlib import Path

from tests.stack import running_stack

OUT = Path(__file__).parent / "results"
ORIENTATION = ["ma fille a une mucovisidose", "syndrome de Marfan", "on a trouvé un sarcome d'Ewing",
               "maladie de Charcot", "drépanocytose chez mon fils", "HTAP", "ostéogenèse imparfaite"]


def post(url: str, sender: str, text: str) -> float:
    body = json.dumps({"sender": sender, "message": text}).encode()
    req = urllib.request.Request(url, data=body, headers={"Content-Type": "application/json"})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as r:
        r.read()
    return (time.perf_counter() - t0) * 1000


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return round(values[max(0, int(q * len(values)) - 1)], 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=200)
    args = parser.parse_args()
    with running_stack() as urls:
        url = urls["rasa"] + "/webhooks/rest/webhook"
        for i in range(20):
            post(url, "warm", ORIENTATION[i % len(ORIENTATION)])
        greet, orient = [], []
        for i in range(args.n):
            sender = uuid.uuid4().hex   # a fresh conversation each time, as a new visitor
            greet.append(post(url, sender, "bonjour"))
            orient.append(post(url, sender, ORIENTATION[i % len(ORIENTATION)]))
    result = {"turns_each": args.n,
              "greeting_ms": {"p50": round(statistics.median(greet), 1), "p95": pct(greet, 0.95)},
              "orientation_ms": {"p50": round(statistics.median(orient), 1), "p95": pct(orient, 0.95)}}
    OUT.mkdir(exist_ok=True)
    (OUT / "rest_latency.json").write_text(json.dumps(result, indent=1))
    print(result)


if __name__ == "__main__":
    main()
