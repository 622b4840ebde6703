"""Lab results quoted as numbers ("plaquettes à 8000") are read as the words signs use, only
when they are clearly outside the reference interval."""
import pytest

from knowledge import orient, resolve, sources
from knowledge.text import key


@pytest.mark.parametrize("said, read", [
    ("mes plaquettes sont à 8000 depuis deux ans", "mes plaquettes basses depuis deux ans"),
    ("plaquettes à 40 000/mm3", "plaquettes basses"),
    ("plaquettes 40G/L", "plaquettes basses"),
    ("potassium à 2,1 aux urgences", "potassium bas aux urgences"),
    ("potassium est à 6,5", "potassium élevé"),
    ("hémoglobine à 6 aux urgences", "anémie aux urgences"),
    ("transaminases à 20 fois la normale", "transaminases élevées"),
    ("ferritine: 12 000, bilan infectieux négatif", "ferritine élevée, bilan infectieux négatif"),
    ("CPK > 5000 UI/l", "CPK élevées"),
    ("LDL à 5 g/l", "LDL très élevé"),
    ("facteur VIII inférieur à 1 %", "facteur 8 bas"),
])
def test_a_result_outside_its_interval_is_said_in_words(kb, said, read):
    assert kb.labs.in_words(said) == read


@pytest.mark.parametrize("said", [
    "plaquettes à 250 000",          # normal
    "potassium à 4,2",               # normal
    "calcium à 2 ans",               # an age, not a result
    "Hb A2 à 5 %",                   # another test (HbA2), not the haemoglobin
    "LDL à 5",                       # normal in mmol/L, high in g/L: no unit, no reading
    "transaminases à 1,5 fois la normale",
    "fièvre à 40 tous les soirs",    # no lab test
])
def test_a_normal_or_unclear_number_is_left_as_written(kb, said):
    assert kb.labs.in_words(said) == said


@pytest.mark.parametrize("said, high", [
    ("alpha foeto à 900 chez mon mari", True),                    # an adult
    ("bébé de 18 mois, alpha foeto protéine à 100 000", True),    # past one year: the adult interval
    ("notre bébé de 4 mois a une AFP à 5000", True),              # far above a 4-month-old's
    ("nouveau-né, AFP à 80 000", False),                          # a newborn's usual value
    ("ma fille a 3 semaines et son AFP est à 20 000", False),
    ("notre bébé de 2 mois, AFP à 600", False),
    ("il a 8 mois, AFP à 600", True),
])
def test_a_babys_result_is_read_against_a_babys_interval(kb, said, high):
    """A baby's alpha-fetoprotein is far higher than an adult's during the first year."""
    assert ("alpha-fœtoprotéine élevée" in kb.labs.in_words(said)) is high


def test_every_reading_is_a_phrase_of_the_signs():
    """A reading no sign uses would be lost: each one is a known sign or symptom phrasing."""
    data = sources.load_all()
    phrases = {key(p) for s in data["signs"] for group in s.get("signs", []) + s.get("telling", []) for p in group}
    phrases |= {key(s["expression"]) for s in data["symptoms"]} | {
        key(v) for s in data["symptoms"] for v in s.get("variants") or []}
    readings = [(t["test"], t[side]) for t in data["lab_values"] for side in ("low", "high") if t.get(side)]
    assert readings
    assert [r for r in readings if key(r[1]) not in phrases] == []


def test_a_low_platelet_count_leads_to_blood_diseases(kb):
    text = "mes plaquettes sont à 8000 depuis deux ans, la cortisone ne marche plus et j'ai des petites taches rouges sur les jambes"
    o = orient(text, kb)
    assert o.query == text   # the person's words are kept as written
    assert o.filieres and o.filieres[0]["acronym"] == "MARIH"
    assert any(m.label == "plaquettes basses" for m in resolve(text, kb).signs)


def test_a_number_that_is_a_result_is_no_postal_code(kb):
    o = orient("plaquettes à 75 000 depuis la naissance, elles sont énormes au frottis", kb)
    assert o.place is None
