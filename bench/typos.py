"""Benchmark: how well misspelt disease names are still read.

    python -m bench.typos            # every curated disease, one name of each
    python -m bench.typos --limit 500

Each curated disease whose name (or a synonym, or a lay name) already gives its own filière
first is misspelt once by each of six everyday operations on one long word, and the message is
read again. The share still giving that filière first is reported per operation. The names come
from the base itself, so this measures tolerance to typing errors, not accuracy on real messages
(that is the labelled sets' job). Seeded: two runs on the same base give the same figures.
Results are printed and written to bench/results/typos.json.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sqlite3
from collections import Counter
from pathlib import Path

import knowledge
from knowledge.text import plain

OUT = Path(__file__).parent / "results"
# written as it sounds ("ph" for "f"), a double letter single, a letter dropped, two letters
# swapped, a neighbour key struck, or two of these at once
SOUNDS = [("ph", "f"), ("th", "t"), ("y", "i"), ("qu", "k"), ("ll", "l"), ("ss", "s"), ("nn", "n"), ("tt", "t"),
          ("mm", "m"), ("rr", "r"), ("pp", "p"), ("ff", "f"), ("ai", "e"), ("au", "o"), ("eau", "o"), ("ch", "k"),
          ("c", "k"), ("é", "e"), ("è", "e"), ("x", "ks"), ("ie", "i"), ("oe", "e"), ("ei", "e"), ("h", "")]
KEYS = "azertyuiopqsdfghjklmwxcvbn"
NEIGHBOURS = dict(zip(KEYS, ["zq", "ae", "rz", "te", "yr", "ut", "iy", "oi", "pu", "o", "sa", "dq", "fs", "gd", "hf",
                             "jg", "kh", "lj", "mk", "l", "xs", "cw", "vx", "bc", "nv", "b"]))
OPERATIONS = ("sound", "double", "dropped", "swapped", "neighbour", "two")
FRAMES = ["{x}", "mon fils a {x}", "on a diagnostiqué {x} à ma mère, quelle filière ?", "je suis atteinte d'une {x}"]


def misspelt(rnd: random.Random, name: str, how: str) -> str | None:
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]{6,}", name)]
    if not words:
        return None
    a, b = rnd.choice(words)
    word = name[a:b]
    if how == "sound":
        found = [(x, y) for x, y in SOUNDS if x in word[1:]]
        if not found:
            return None
        x, y = rnd.choice(found)
        i = word.index(x, 1)
        new = word[:i] + y + word[i + len(x):]
    elif how == "double":
        i = rnd.randrange(1, len(word) - 1)
        if word[i] in "aeiouyéè":
            return None
        new = word[:i] + word[i] + word[i:]
    elif how == "dropped":
        i = rnd.randrange(1, len(word) - 1)
        new = word[:i] + word[i + 1:]
    elif how == "swapped":
        i = rnd.randrange(1, len(word) - 2)
        new = word[:i] + word[i + 1] + word[i] + word[i + 2:]
    elif how == "neighbour":
        i = rnd.randrange(1, len(word) - 1)
        key = plain(word[i])
        if key not in NEIGHBOURS:
            return None
        new = word[:i] + rnd.choice(NEIGHBOURS[key]) + word[i + 1:]
    else:
        first = misspelt(rnd, name, "sound")
        return misspelt(rnd, first, "dropped") if first else None
    return name[:a] + new + name[b:]


def first_filiere(kb, text: str) -> str | None:
    found = knowledge.orient(text, kb).filieres
    return found[0]["acronym"] if found else None


def measure(kb, limit: int | None) -> dict:
    rnd = random.Random(7)
    with sqlite3.connect(kb.path) as db:
        rows = db.execute(
            "select e.id, e.filieres, l.label from entities e join labels l on l.entity_id = e.id "
            "where e.kind = 'disease' and e.origin = 'curated' and l.label_kind in ('name', 'synonyms', 'lay') "
            "order by e.id, l.rowid").fetchall()
    rnd.shuffle(rows)
    done: set[str] = set()
    read, tried = Counter(), Counter()
    for eid, filieres, label in rows:
        wanted = (json.loads(filieres) or [None])[0]
        if eid in done or wanted is None:
            continue
        frame = rnd.choice(FRAMES)
        if first_filiere(kb, frame.format(x=label.lower())) != wanted:
            continue   # not read even when well spelt: not a typo question
        done.add(eid)
        for how in OPERATIONS:
            typo = misspelt(rnd, label.lower(), how)
            if not typo or typo == label.lower():
                continue
            text = frame.format(x=plain(typo) if rnd.random() < 0.5 else typo)
            tried[how] += 1
            read[how] += first_filiere(kb, text) == wanted
        if limit and len(done) >= limit:
            break
    per = {how: {"messages": tried[how], "same_filiere_pct": round(100 * read[how] / tried[how], 1)}
           for how in OPERATIONS if tried[how]}
    total = sum(tried.values())
    return {"diseases": len(done), "messages": total,
            "same_filiere_pct": round(100 * sum(read.values()) / total, 1) if total else None, "per_operation": per}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=None, help="stop after this many diseases")
    args = parser.parse_args()
    result = measure(knowledge.load(), args.limit)
    OUT.mkdir(exist_ok=True)
    (OUT / "typos.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
