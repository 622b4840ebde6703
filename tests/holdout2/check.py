"""Validate the second held-out set: the checker of tests/holdout/check.py, with this folder's counts.

Run: python3 tests/holdout2/check.py   (exit code 0 when valid)
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "holdout"))
from check import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent))
