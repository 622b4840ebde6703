#!/usr/bin/env python3
"""Sanity checks for the NLU data (no Rasa needed).

- every file in nlu_data/ and tests/nlu/ loads with yaml.safe_load, has
  version "3.1" and an `nlu:` list;
- minimum number of training examples per intent, and of test examples;
- no duplicate training example (across intents too);
- no test example (lowercased, entity annotations stripped) appears in the
  training data: tests/nlu/test_nlu.yml is a held-out set.

Usage: python scripts/check_nlu.py   (exit code 1 on failure)
"""
import collections
import pathlib
import re
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
TRAIN_DIR = ROOT / "nlu_data"
TEST_FILE = ROOT / "tests" / "nlu" / "test_nlu.yml"

MIN_TRAIN_DEFAULT = 30
MIN_TRAIN = {"inform_disease": 80, "inform_symptoms": 80, "inform_cancer": 50,
             "inform_place": 50, "out_of_scope": 60}
MIN_TEST = 12

# [text](entity) or [text]{"entity": ...}
ANNOT = re.compile(r"\[([^\]]+)\](?:\([^)]*\)|\{[^}]*\})")


def plain(example: str) -> str:
    return re.sub(r"\s+", " ", ANNOT.sub(r"\1", example)).strip().lower()


def load(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    errors = []
    if str(data.get("version")) != "3.1":
        errors.append(f"{path}: version is {data.get('version')!r}, expected '3.1'")
    if not isinstance(data.get("nlu"), list):
        errors.append(f"{path}: no nlu list")
        return {}, errors
    per_intent = collections.defaultdict(list)
    for block in data["nlu"]:
        if "intent" not in block:
            continue
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                per_intent[block["intent"]].append(line[2:].strip())
    return per_intent, errors


def main() -> int:
    errors = []
    train = collections.defaultdict(list)
    where = {}
    for path in sorted(TRAIN_DIR.glob("*.yml")):
        per_intent, errs = load(path)
        errors += errs
        for intent, exs in per_intent.items():
            train[intent] += exs
            for ex in exs:
                key = plain(ex)
                if key in where:
                    errors.append(f"duplicate training example {ex!r} ({where[key]} and {intent})")
                where[key] = intent
    test, errs = load(TEST_FILE)
    errors += errs

    print(f"{'intent':22} {'train':>6} {'test':>5}")
    for intent in sorted(set(train) | set(test)):
        n_train, n_test = len(train.get(intent, [])), len(test.get(intent, []))
        print(f"{intent:22} {n_train:6} {n_test:5}")
        if n_train < MIN_TRAIN.get(intent, MIN_TRAIN_DEFAULT):
            errors.append(f"{intent}: only {n_train} training examples")
        if n_test < MIN_TEST:
            errors.append(f"{intent}: only {n_test} test examples")
    print(f"{'TOTAL':22} {sum(map(len, train.values())):6} {sum(map(len, test.values())):5}")

    for intent, exs in test.items():
        for ex in exs:
            if plain(ex) in where:
                errors.append(f"test example {ex!r} ({intent}) is in the training data "
                              f"(as {where[plain(ex)]})")

    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
