"""10,000 varied messages for the benchmarks: names with typos inside sentences, places, noise."""
from __future__ import annotations

import csv
import random
from pathlib import Path

TEMPLATES = [
    "{x}", "bonjour, ma fille a {x}", "on vient d'apprendre que mon mari a {x}, vers qui aller ?",
    "c'est pour {x}", "{x} chez mon fils de 4 ans", "je cherche un centre pour {x} près de {p}",
    "est-ce que vous connaissez {x} ?", "{x} !!", "bjr jai {x} que faire",
]
PLACES = ["Lyon", "Lille", "69003", "dans le 59", "Finistère", "Cayenne", "Bordeaux", "Strasbourg", "en Bretagne"]
NOISE = ["bonjour", "merci beaucoup", "quel temps fait-il", "je voudrais parler à quelqu'un", "😀", "<b>test</b>",
         "'; DROP TABLE x; --", "c'est quoi une filière ?", "je n'arrive plus à respirer", "a" * 3000]


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 6 or rng.random() < 0.5:
        return text
    i = rng.randrange(1, len(text) - 1)
    return text[:i] + text[i + 1:] if rng.random() < 0.5 else text[:i] + text[i + 1] + text[i] + text[i + 2:]


def messages(kb, n: int = 10_000, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    names = [e["name"] for e in kb.entities.values()]
    data = Path(__file__).resolve().parent.parent / "tests" / "data" / "eval_diseases.tsv"
    real = [r["message"] for r in csv.DictReader(data.open(encoding="utf-8"), delimiter="\t")] if data.exists() else []
    out = []
    for i in range(n):
        roll = rng.random()
        if roll < 0.1 and real:
            out.append(rng.choice(real))
        elif roll < 0.2:
            out.append(rng.choice(NOISE))
        else:
            out.append(rng.choice(TEMPLATES).format(x=_typo(rng, rng.choice(names).lower()), p=rng.choice(PLACES)))
    return out
