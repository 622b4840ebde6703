"""Benchmark: time to orient one message (resolution + orientation), p50/p95 over 10,000.

    python -m bench.resolution              # curated base (knowledge/build/ariane.db)
    python -m bench.resolution --orphanet ../shared/data   # also a base with the Orphanet import
Results are printed and written to bench/results/resolution.json.
"""
from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

import knowledge
from knowledge.build import build, db_path

from .messages import messages

OUT = Path(__file__).parent / "results"


def measure(db: Path, label: str, n: int) -> dict:
    kb = knowledge.KnowledgeBase(db)
    texts = messages(kb, n)
    for t in texts[:200]:  # warm the caches the way a running server is warm
        knowledge.orient(t, kb)
    times = []
    for t in texts:
        t0 = time.perf_counter()
        knowledge.orient(t, kb)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"base": label, "messages": n, "labels": len(kb.names.labels),
            "p50_ms": round(statistics.median(times), 3), "p95_ms": round(times[int(0.95 * n) - 1], 3),
            "max_ms": round(times[-1], 3)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orphanet", type=Path, default=None)
    parser.add_argument("-n", type=int, default=10_000)
    args = parser.parse_args()
    results = [measure(db_path(), "curated", args.n)]
    if args.orphanet and args.orphanet.is_dir():
        db = Path("/tmp/ariane_bench_orphanet.db")
        build(db, orphanet_dir=args.orphanet, quiet=True)
        results.append(measure(db, "curated + Orphanet/HPO import", args.n))
    OUT.mkdir(exist_ok=True)
    (OUT / "resolution.json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    for r in results:
        print(r)


if __name__ == "__main__":
    main()
