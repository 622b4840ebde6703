"""Find disease, cancer and symptom mentions inside a whole French sentence.

Three passes over the message, cheapest first:
1. typo repair: a token unknown to the names' vocabulary is replaced by its nearest
   vocabulary token (rapidfuzz), so "myopatie de duchene" reads "myopathie de duchenne";
2. exact phrases: every n-gram of the repaired message is looked up among the keys
   of all names (official, synonyms, lay names, abbreviations, English);
3. partial names: a name whose distinctive words are present ("Duchenne" for
   "dystrophie musculaire de Duchenne"), weighted by how rare each word is.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz, process

from .text import STOPWORDS, stem, tokens

MAX_TOKENS = 300          # a message is cut here: names sit in the first lines
MAX_NGRAM = 10
COMMON_DF = 400           # words in more names than this never propose candidates alone
LABEL_PRIORITY = {"name": 0, "synonyms": 1, "lay": 2, "abbreviations": 3, "english": 4, "variants": 2}


@dataclass
class Mention:
    entity_id: str
    kind: str
    name: str
    score: float
    label: str
    label_kind: str
    matched: str
    corrections: list[tuple[str, str]] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)


class NameIndex:
    def __init__(self, labels: list[dict], entities: dict[str, dict], common_words: set[str] = frozenset()):
        self.entities = entities
        self.labels = []
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.by_token: dict[str, list[int]] = defaultdict(list)
        df: Counter = Counter()
        for row in labels:
            k = row["key"]
            if row["label_kind"] == "abbreviations" and (len(k) < 3 or k in STOPWORDS or k in common_words):
                continue  # "DM", "MAI", "LES": too close to ordinary words
            content = tuple(dict.fromkeys(t for t in k.split() if t not in STOPWORDS))
            if not content:
                continue
            i = len(self.labels)
            self.labels.append((row["entity_id"], row["label"], row["label_kind"], k, content))
            self.exact[k].append(i)
            for t in content:
                self.by_token[t].append(i)
            df.update(set(content))
        n = max(len(self.labels), 1)
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.df = df
        self.vocab = set(df)
        self.common_words = common_words
        by_len: dict[int, list[str]] = defaultdict(list)
        for t in self.vocab:
            if len(t) >= 4 and not t.isdigit():
                by_len[len(t)].append(t)
        self.by_len = by_len
        self.max_ngram = min(MAX_NGRAM, max((len(l[3].split()) for l in self.labels), default=1))
        self._correct = lru_cache(maxsize=50000)(self._correct_uncached)

    # -- pass 1 ---------------------------------------------------------------
    def _correct_uncached(self, tok: str) -> str | None:
        if tok in self.vocab or tok in STOPWORDS or tok in self.common_words or len(tok) < 5 or not tok.isalpha():
            return None
        pool = [t for n in (len(tok) - 1, len(tok), len(tok) + 1) for t in self.by_len.get(n, ())]
        best = process.extractOne(tok, pool, scorer=fuzz.ratio, score_cutoff=82)
        return best[0] if best else None

    def repair(self, toks: list[str]) -> tuple[list[str], dict[int, str]]:
        out, fixed = [], {}
        for i, t in enumerate(toks):
            s = stem(t)
            c = self._correct(s)
            if c:
                fixed[i] = c
            out.append(c or s)
        return out, fixed

    # -- passes 2 and 3 -------------------------------------------------------------
    def find(self, text: str, limit: int = 10) -> list[Mention]:
        raw = tokens(text)[:MAX_TOKENS]
        if not raw:
            return []
        seq, fixed = self.repair(raw)
        best: dict[str, Mention] = {}

        def offer(label_idx: int, score: float, start: int, end: int):
            eid, label, lkind, _, _ = self.labels[label_idx]
            corr = [(raw[i], seq[i]) for i in range(start, end) if i in fixed]
            score -= 4 * len(corr)
            ent = self.entities.get(eid)
            if ent is None:
                return
            m = best.get(eid)
            if m is None or (score, -LABEL_PRIORITY.get(lkind, 5)) > (m.score, -LABEL_PRIORITY.get(m.label_kind, 5)):
                best[eid] = Mention(eid, ent["kind"], ent["name"], round(score, 1), label, lkind,
                                    " ".join(raw[start:end]), corr, (start, end))

        n = len(seq)
        for size in range(min(self.max_ngram, n), 0, -1):
            for start in range(0, n - size + 1):
                for idx in self.exact.get(" ".join(seq[start:start + size]), ()):
                    offer(idx, 100.0, start, start + size)

        positions: dict[str, list[int]] = defaultdict(list)
        for i, t in enumerate(seq):
            if t not in STOPWORDS:
                positions[t].append(i)
        candidates = set()
        for t in positions:
            if self.df.get(t, 0) and self.df[t] <= COMMON_DF:
                candidates.update(self.by_token[t])
        for idx in candidates:
            eid, _, lkind, _, content = self.labels[idx]
            present = [t for t in content if t in positions]
            total = sum(self.idf[t] for t in content)
            weight = sum(self.idf[t] for t in present) / total
            spots = [positions[t][0] for t in present]
            start, end = min(spots), max(spots) + 1
            if len(present) == len(content):
                spread = max(0, (end - start) - 2 * len(content))
                offer(idx, 94.0 - 3 * spread, start, end)
            elif lkind != "abbreviations" and weight >= 0.5 and any(
                    self.df[t] <= 3 and len(t) >= 5 for t in present):
                offer(idx, 55.0 + 30.0 * weight, start, end)

        found = list(best.values())
        # "maladie de Charcot" inside "maladie de Charcot-Marie-Tooth" is not a second mention.
        found = [m for m in found if not any(
            o is not m and o.score >= m.score and o.span[0] <= m.span[0] and m.span[1] <= o.span[1]
            and (o.span[1] - o.span[0]) > (m.span[1] - m.span[0]) for o in found)]
        ranked = sorted(found, key=lambda m: (-m.score, LABEL_PRIORITY.get(m.label_kind, 5), m.name))
        return ranked[:limit]
