"""Every ORPHAcode of the curated base names the same disease in Orphanet's own list."""
import csv
from functools import lru_cache

import pytest
from rapidfuzz import fuzz

from knowledge import sources
from knowledge.text import fold
from tests.conftest import SHARED_DATA

ORPHA = SHARED_DATA / "orphapacket_disorders_en.tsv"


@lru_cache(maxsize=1)
def _orphanet() -> dict[str, dict]:
    """Orphanet's records by code (read once for both tests)."""
    csv.field_size_limit(10**7)
    with ORPHA.open(encoding="utf-8") as f:
        return {r["orpha_code"]: r for r in csv.DictReader(f, delimiter="\t")}


def _official_names(row: dict) -> list[str]:
    return [row["label_en"]] + [s for s in (row.get("synonyms_en") or "").split("|") if s]


@pytest.mark.skipif(not ORPHA.exists(), reason="orphapacket_disorders_en.tsv absent")
def test_orphacodes_name_the_same_disease():
    orpha = _orphanet()
    data = sources.load_all()
    wrong = []
    checked = 0
    for item in data["diseases"] + data["cancers"]:
        code = item.get("orpha_code")
        if not code:
            continue
        checked += 1
        row = orpha.get(str(code))
        if row is None:
            wrong.append((item["name"], code, "unknown code"))
            continue
        official = _official_names(row)
        mine = [item.get("english") or ""] + item["synonyms"] + [item["name"]]
        best = max(fuzz.token_set_ratio(fold(a), fold(b)) for a in official for b in mine if a and b)
        if best < 70:
            wrong.append((item["name"], code, row["label_en"]))
    assert checked >= 500
    assert not wrong, wrong


def _initials_of(abbreviation: str, name: str) -> bool:
    """The abbreviation's letters are, in order, the starts of the name's words ("HypoPP", "LGMDR9")."""
    key = "".join(c for c in fold(abbreviation) if c.isalnum())
    words = [w for w in fold(name).replace("-", " ").split() if w]

    def spell(i: int, j: int) -> bool:
        if i == len(key):
            return True
        if j == len(words):
            return False
        word = words[j]
        return any(key[i:i + n] == word[:n] and spell(i + n, j + 1)
                   for n in range(min(len(word), len(key) - i), 0, -1)) or spell(i, j + 1)
    return spell(0, 0)


# Abbreviations were first listed from general knowledge; from the eighteenth session on, each one must
# be checkable: in Orphanet's record of the code, the initials of one of the entry's names, or explained
# in the entry's `source`.
@pytest.mark.skipif(not ORPHA.exists(), reason="orphapacket_disorders_en.tsv absent")
def test_new_abbreviations_say_where_they_come_from():
    orpha = _orphanet()
    data = sources.load_all()
    unexplained, checked = [], 0
    for item in data["diseases"] + data["cancers"]:
        if str(item["as_of"]) < "2026-12-05":
            continue
        row = orpha.get(str(item.get("orpha_code") or ""))
        names = [item["name"], item.get("english") or ""] + item["synonyms"]
        record = ""
        if row:
            names += _official_names(row)
            record = " ".join((row["label_en"], row.get("synonyms_en") or "", row.get("definition_en") or ""))
        for abbreviation in item.get("abbreviations") or []:
            checked += 1
            if (f" {abbreviation} " in f" {record} ".replace("(", " ").replace(")", " ").replace(",", " ")
                    or abbreviation in str(item["source"])
                    or any(_initials_of(abbreviation, n) for n in names if n)):
                continue
            unexplained.append((item["name"], abbreviation))
    assert checked >= 100
    assert not unexplained, unexplained
