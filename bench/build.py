"""Benchmark: build time of the knowledge base, curated and with the Orphanet/HPO import.

    python -m bench.build [--orphanet ../shared/data]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from knowledge.build import build

OUT = Path(__file__).parent / "results"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--orphanet", type=Path, default=None)
    args = parser.parse_args()
    results = []
    for label, folder in (("curated", None), ("curated + Orphanet/HPO import", args.orphanet)):
        if label != "curated" and not (folder and folder.is_dir()):
            continue
        t0 = time.perf_counter()
        meta = build(Path(f"/tmp/ariane_bench_build_{len(results)}.db"), orphanet_dir=folder, quiet=True)
        results.append({"base": label, "seconds": round(time.perf_counter() - t0, 2),
                        "entities": meta["counts"]["entities"], "labels": meta["counts"]["labels"]})
    OUT.mkdir(exist_ok=True)
    (OUT / "build.json").write_text(json.dumps(results, indent=1, ensure_ascii=False))
    for r in results:
        print(r)


if __name__ == "__main__":
    main()
