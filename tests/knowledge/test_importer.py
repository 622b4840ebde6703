"""The optional Orphanet/HPO importer, on a small hand-written folder shaped like Orphadata's files."""
import pytest

from knowledge import orient
from knowledge.build import build
from knowledge.importer import orphanet_rows
from knowledge.store import KnowledgeBase

DISORDERS = """orpha_code\tlabel_en\tdisorder_type\tsynonyms_en\tdefinition_en\tinheritance\tage_of_onset\tgenes
900001\tFixture myopathy with tubular aggregates\tDisease\tFixture TA myopathy\t\t\t\t
900002\tFixture rare neurologic diseases\tCategory\t\t\t\t\t
900003\tFixture skin fragility syndrome\tDisease\t\t\t\t\t
900004\tFixture cystic fibrosis variant\tDisease\tFCFV\t\t\t\t
"""
PARENTS = """orpha_code\tparent_orpha_code\tparent_label_en
900004\t586\tCystic fibrosis
"""
LINEARISATION = """orpha_code\tname_en\tpreferential_parent_code\tpreferential_parent_name_en
900001\tFixture myopathy with tubular aggregates\t98006\tRare neurologic disease
900003\tFixture skin fragility syndrome\t89826\tRare skin disease
"""
# The shape of Orphadata's fr_product1.xml: <Name lang="fr">, <SynonymList><Synonym lang="fr">,
# and a nested <DisorderType><Name> that must not be taken for the disorder's name.
PRODUCT1_FR = """<?xml version="1.0" encoding="UTF-8"?>
<JDBOR date="2025-12-01" version="1.3.42">
  <DisorderList count="1">
    <Disorder id="1">
      <OrphaCode>900001</OrphaCode>
      <Name lang="fr">Myopathie témoin à agrégats tubulaires</Name>
      <SynonymList count="1"><Synonym lang="fr">Myopathie témoin tubulaire</Synonym></SynonymList>
      <DisorderType id="21394"><Name lang="fr">Maladie</Name></DisorderType>
    </Disorder>
  </DisorderList>
</JDBOR>
"""
HPO_LINKS = """orpha_code\thpo_id\thpo_term_en\tfrequency
900001\tHP:9900001\tFixture weakness\tVery frequent (99-80%)
"""
BABELON = """subject_id\tsource_language\ttranslation_language\tpredicate_id\tsource_value\ttranslation_status\ttranslation_value
HP:9900001\ten\tfr\trdfs:label\tFixture weakness\tOFFICIAL\tFaiblesse témoin des cuisses
"""


@pytest.fixture
def folder(tmp_path):
    files = {"orphapacket_disorders_en.tsv": DISORDERS, "orphanet_linearisation_product7_en.tsv": LINEARISATION,
             "fr_product1.xml": PRODUCT1_FR, "orphapacket_disorder_hpo.tsv": HPO_LINKS,
             "hp-fr.babelon.tsv": BABELON, "orphapacket_parents.tsv": PARENTS}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_rows_take_french_names_filieres_and_skip_categories(folder):
    entities, labels = orphanet_rows(folder, known_codes=set())
    by_code = {e["orpha_code"]: e for e in entities if e["orpha_code"]}
    assert set(by_code) == {900001, 900003, 900004}               # the category is not a disease
    assert by_code[900001]["name"] == "Myopathie témoin à agrégats tubulaires"   # French first
    assert by_code[900003]["name"] == "Fixture skin fragility syndrome"          # English when no French
    assert '"FIMARAD"' in by_code[900003]["filieres"]
    names = {l["label"] for l in labels if l["entity_id"] == "o900001"}
    assert {"Myopathie témoin tubulaire", "Fixture TA myopathy"} <= names
    assert "Maladie" not in names                                 # the type's name is not a synonym
    symptom = next(e for e in entities if e["kind"] == "symptom")
    assert symptom["name"] == "Faiblesse témoin des cuisses" and symptom["hpo"] == "HP:9900001"
    assert all(e["source"] and e["as_of"] for e in entities)


def test_a_child_of_a_curated_disease_takes_its_filieres(folder):
    curated = {"586": {"kind": "disease", "filieres": ["MUCO-CFTR"], "erns": ["ERN-LUNG"], "networks": []}}
    entities, labels = orphanet_rows(folder, known_codes=curated)
    child = next(e for e in entities if e["orpha_code"] == 900004)
    assert child["filieres"] == '["MUCO-CFTR"]' and "ERN-LUNG" in child["erns"]
    kinds = {l["label"]: l["label_kind"] for l in labels if l["entity_id"] == "o900004"}
    assert kinds["FCFV"] == "abbreviations"          # read only when written as such


def test_a_known_code_keeps_its_curated_entry(folder):
    entities, _ = orphanet_rows(folder, known_codes={"900001"})
    assert 900001 not in {e["orpha_code"] for e in entities}


def test_imported_names_are_found_in_a_sentence(folder, tmp_path):
    db = tmp_path / "imported.db"
    build(db, orphanet_dir=folder, quiet=True)
    kb = KnowledgeBase(db)
    o = orient("mon fils a une myopathie temoin a agregats tubulaires", kb)
    assert o.kind == "disease" and o.matches[0]["orpha_code"] == 900001
    assert [f["acronym"] for f in o.filieres] == ["BRAIN-TEAM", "FILNEMUS"]   # from its specialty head
    assert orient("mucoviscidose", kb).filieres[0]["acronym"] == "MUCO-CFTR"   # curated knowledge still there
