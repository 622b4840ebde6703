"""Centres are proposed for the diseases they take care of, nearest first, and only when checked."""
import pytest

from knowledge import orient
from knowledge.text import fold


def _cities(o):
    return [c["city"] for c in o.centres]


def test_every_centre_says_what_it_covers_where_it_is_and_where_it_comes_from(kb):
    depts = {d["code"].lower() for d in kb.departements}
    assert len(kb.centres) >= 50
    for c in kb.centres:
        assert c["covers"] and c["hospital"] and c["city"] and c["source"] and c["as_of"], c
        assert c["role"] in ("coordonnateur", "constitutif", "compétence"), c
        assert str(c["departement"]).lower() in depts, c


def test_a_centre_for_one_group_of_diseases_is_not_offered_for_another_of_its_filiere(kb):
    # the primary lymphoedema centre belongs to FAVA-MULTI, like Marfan syndrome
    o = orient("syndrome de Marfan, nous habitons à Mulhouse", kb)
    assert o.filieres[0]["acronym"] == "FAVA-MULTI"
    assert not any("lymph" in fold(c["name"]) for c in o.centres)
    assert any("pas de liste vérifiée des centres pour cette maladie" in n for n in o.notes)


@pytest.mark.parametrize("message, first_city", [
    ("maladie de Willebrand, on vit à Caen", "Caen"),
    ("leucodystrophie métachromatique, nous sommes à Nice", "Nice"),
    ("mucoviscidose, j'habite à Bordeaux", "Bordeaux"),
    ("syndrome de Prader-Willi, on habite à Hendaye", "Hendaye"),
])
def test_the_centre_nearest_to_the_person_comes_first(kb, message, first_city):
    assert _cities(orient(message, kb))[0] == first_city


def test_a_centre_for_the_whole_filiere_is_offered_for_any_of_its_diseases(kb):
    o = orient("syndrome de Williams, on habite à Colmar", kb)
    assert any(c["city"] == "Mulhouse" and "anomalies du développement" in c["name"] for c in o.centres)


def test_symptoms_and_cancers_get_no_centre_list(kb):
    assert orient("il tombe souvent et n'arrive plus à monter les escaliers", kb).centres == []
    assert orient("sarcome d'Ewing", kb).centres == []
