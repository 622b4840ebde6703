"""The curated sources are complete and consistent (what issue 3 asks to cover)."""
import csv
from collections import Counter

import pytest

from knowledge import sources
from tests.conftest import SHARED_DATA


@pytest.fixture(scope="module")
def data():
    return sources.load_all()


def test_sources_have_no_problem(data):
    assert sources.check_all(data) == []


def test_every_row_is_sourced_and_dated(data):
    for kind, items in data.items():
        for item in items:
            assert item.get("source") and item.get("as_of"), (kind, item)


def test_the_23_filieres_and_24_erns_and_18_networks(data):
    assert sorted(f["acronym"] for f in data["filieres"]) == sorted(sources.FILIERES)
    assert len({e["acronym"] for e in data["erns"]}) == 24
    assert len({n["acronym"] for n in data["cancer_networks"]}) == 18
    assert {e["acronym"] for e in data["erns"] if e.get("rare_cancer")} == {
        "ERN EURACAN", "ERN-EuroBloodNet", "ERN PaedCan", "ERN GENTURIS"}


def test_every_filiere_explains_itself(data):
    for f in data["filieres"]:
        assert f["name"] and f["scope"] and f["domain"] and f["coordinating_city"], f["acronym"]
        assert len(f["examples"]) >= 3 and f["erns"], f["acronym"]


def test_disease_coverage(data):
    assert len(data["diseases"]) >= 500
    per_filiere = Counter(a for d in data["diseases"] for a in d["filieres"])
    thin = {f: per_filiere[f] for f in sources.FILIERES if per_filiere[f] < 10}
    assert not thin, f"filières with fewer than 10 diseases: {thin}"


def test_each_disease_and_cancer_is_written_once(data):
    """Two entries for one disease split its names and signs in two: one entry, one ORPHAcode
    (a disease that is also a cancer predisposition has one entry of each kind)."""
    for kind in ("diseases", "cancers"):
        names = Counter(item["name"] for item in data[kind])
        codes = Counter(str(item["orpha_code"]) for item in data[kind] if item.get("orpha_code"))
        assert [n for n, c in names.items() if c > 1] == [], kind
        assert [n for n, c in codes.items() if c > 1] == [], kind


def test_no_item_gives_a_key_twice():
    """YAML keeps only the last of two equal keys: a second `abbreviations:` in one item would
    silently drop the first list."""
    import yaml
    twice = []
    for path in sorted(sources.SOURCES.rglob("*.yaml")):
        stack = [yaml.compose(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))]
        while stack:
            node = stack.pop()
            if isinstance(node, yaml.MappingNode):
                keys = [k.value for k, _ in node.value]
                twice += [(path.name, node.start_mark.line + 1, k) for k, n in Counter(keys).items() if n > 1]
                stack += [v for _, v in node.value]
            elif isinstance(node, yaml.SequenceNode):
                stack += node.value
    assert twice == []


def test_cancer_symptom_and_place_coverage(data):
    assert len(data["cancers"]) >= 80
    assert {n for c in data["cancers"] for n in c["networks"]} == {n["acronym"] for n in data["cancer_networks"]}
    assert len(data["symptoms"]) >= 150
    assert len(data["departements"]) == 101
    assert len(data["cities"]) >= 400
    assert {r["territory"] for r in data["regions"]} == {"metropole", "outre-mer"}


def test_platforms_cover_every_overseas_territory(data):
    covered = {str(d) for p in data["platforms"] if p["kind"] == "PCOM" for d in p["departements"]}
    assert {"971", "972", "973", "974", "976"} <= covered


def test_national_resources_are_present(data):
    keys = {r["key"] for r in data["resources"]}
    assert {"mris", "orphanet", "alliance_maladies_rares", "fondation_maladies_rares", "afm_telethon",
            "eurordis", "bndmr"} <= keys
    phones = {r.get("phone") for r in data["resources"] if r["kind"] == "emergency"}
    assert {"15", "112", "3114"} <= phones


@pytest.mark.skipif(not (SHARED_DATA / "ern_24.tsv").exists(), reason="shared reference data absent")
def test_erns_and_networks_match_the_official_lists(data):
    with (SHARED_DATA / "ern_24.tsv").open(encoding="utf-8") as f:
        official = {r["acronym"] for r in csv.DictReader(f, delimiter="\t")}
    assert {e["acronym"] for e in data["erns"]} == official
    with (SHARED_DATA / "inca_rare_cancer_networks_2025.tsv").open(encoding="utf-8") as f:
        official = {r["network"] for r in csv.DictReader(f, delimiter="\t")}
    assert {n["acronym"] for n in data["cancer_networks"]} == official


def test_no_disease_goes_by_a_single_everyday_word(kb):
    """'eczéma' or 'molle' alone must never stand for one disease (eponyms such as Merkel may)."""
    from knowledge.text import STOPWORDS
    eponyms = {"merkel"}
    names = kb.names
    wrong = []
    for i, (eid, label, kind, key, _) in enumerate(names.labels):
        words = [t for t in key.split() if t not in STOPWORDS]
        entity = kb.entities[eid]
        if entity["kind"] in ("disease", "cancer") and kind in ("lay", "synonyms") and not names.imported[i] \
                and len(words) == 1 and words[0] in names.common and words[0] not in eponyms:
            wrong.append((entity["name"], label))
    assert wrong == []


def test_phrases_that_are_no_context_need_a_context(data):
    cancers = [dict(c) for c in data["cancers"]]
    cancers.append({"name": "Sans contexte", "networks": ["NETSARC+"], "context_not": ["greffe de peau"],
                    "source": "test", "as_of": "2026-12-03"})
    assert any("context_not needs context_cues" in p for p in sources.check_all({**data, "cancers": cancers}))
