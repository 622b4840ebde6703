"""Every ORPHAcode of the curated base names the same disease in Orphanet's own list."""
import csv

import pytest
from rapidfuzz import fuzz

from knowledge import sources
from knowledge.text import fold
from tests.conftest import SHARED_DATA

ORPHA = SHARED_DATA / "orphapacket_disorders_en.tsv"


@pytest.mark.skipif(not ORPHA.exists(), reason="orphapacket_disorders_en.tsv absent")
def test_orphacodes_name_the_same_disease():
    csv.field_size_limit(10**7)
    with ORPHA.open(encoding="utf-8") as f:
        orpha = {r["orpha_code"]: r for r in csv.DictReader(f, delimiter="\t")}
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
        official = [row["label_en"]] + [s for s in (row.get("synonyms_en") or "").split("|") if s]
        mine = [item.get("english") or ""] + item["synonyms"] + [item["name"]]
        best = max(fuzz.token_set_ratio(fold(a), fold(b)) for a in official for b in mine if a and b)
        if best < 70:
            wrong.append((item["name"], code, row["label_en"]))
    assert checked >= 500
    assert not wrong, wrong
