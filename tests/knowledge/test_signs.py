"""Lay descriptions with no disease name: the signs of a disease give a lead to its filière,
worded as a lead to discuss with the doctor, never as a diagnosis."""
import json

from knowledge import orient, resolve, sources
from knowledge.text import sign_concept


def _said(o) -> str:
    """Everything of an orientation a person could read."""
    return json.dumps([o.matches, o.notes, o.filieres, o.not_a_diagnosis], ensure_ascii=False)


def test_two_signs_of_one_disease_lead_to_its_filiere(kb):
    o = orient("depuis ses 18 mois notre fille se frotte les mains sans arrêt et ne prend plus les objets", kb)
    assert o.kind == "symptom"
    assert o.filieres[0]["acronym"] == "DEFISCIENCE"
    assert o.not_a_diagnosis and "pas un diagnostic" in o.not_a_diagnosis


def test_a_lead_from_signs_never_names_the_disease(kb):
    o = orient("depuis ses 18 mois notre fille se frotte les mains sans arrêt et ne prend plus les objets", kb)
    assert "Rett" not in _said(o)
    assert any("filières ci-dessous" in n for n in o.notes)


def test_one_telling_sign_is_enough(kb):
    o = orient("on a trouvé un clone HPN dans le sang de mon mari", kb)
    assert o.filieres and o.filieres[0]["acronym"] == "MARIH"


def test_a_denied_sign_is_not_read(kb):
    assert not [m for m in resolve("les médecins ont cherché, il n'a pas de clone HPN", kb).signs
                if "HPN" in m.label]


def test_signs_never_replace_a_named_disease(kb):
    o = orient("ma fille a un syndrome de Rett, elle a des pieds glacés violacés", kb)
    assert o.kind == "disease" and o.matches[0]["name"] == "Syndrome de Rett"


def test_every_lead_from_signs_gives_its_sources(kb):
    o = orient("depuis ses 18 mois notre fille se frotte les mains sans arrêt et ne prend plus les objets", kb)
    signs = [m["name"] for m in o.matches if m["kind"] == "sign"]
    assert signs and all(any(s["about"] == name and s["source"] and s["as_of"] for s in o.sources) for name in signs)


def test_a_son_is_not_a_daughter_in_a_sign():
    # "seuls les garçons sont touchés" must not be read in "ma fille est touchée"
    assert sign_concept("fille") != sign_concept("garcon")


def test_signs_of_an_unknown_disease_are_reported():
    data = sources.load_all()
    data["signs"] = data["signs"] + [{"_file": "signs/x.yaml", "disease": "Maladie inventée", "signs": [["un signe"]],
                                      "telling": [], "source": "test", "as_of": "2026-12-02"}]
    assert any("Maladie inventée" in p for p in sources.check_all(data))


def test_every_disease_has_signs():
    data = sources.load_all()
    with_signs = {s["disease"] for s in data["signs"] if s.get("disease")}
    assert [d["name"] for d in data["diseases"] if d["name"] not in with_signs] == []


def test_a_gene_of_a_sign_is_read_only_as_written(kb):
    assert not resolve("hello there", kb).signs          # not the gene TERT
    assert any(m.label == "TERT" for m in resolve("on a trouvé une mutation TERT", kb).signs)


def test_a_disease_described_by_its_signs_is_a_lead_not_a_name(kb):
    # "perd la parole et se tord les mains" is kept with Rett syndrome as a description
    o = orient("ma fille perd la parole et se tord les mains", kb)
    assert o.kind == "symptom" and o.filieres[0]["acronym"] == "DEFISCIENCE"
    assert "Rett" not in _said(o) and o.not_a_diagnosis


def test_a_name_is_still_read_beside_its_description(kb):
    o = orient("perdu la vue d'un oeil puis de l'autre à 22 ans, neuropathie optique de Leber", kb)
    assert o.kind == "disease" and o.matches[0]["name"] == "Neuropathie optique héréditaire de Leber"


def test_a_nickname_is_still_a_name(kb):
    o = orient("mon fils a la maladie des os de verre", kb)
    assert o.kind == "disease" and o.matches[0]["name"] == "Ostéogenèse imparfaite"


def test_a_sign_is_read_whatever_the_verb_form(kb):
    # "a perdu ses mots" is the sign "perd ses mots"; "se tord" as written
    o = orient("notre fille de 2 ans a perdu ses mots et elle se tord les mains toute la journée", kb)
    assert o.kind == "symptom" and o.filieres[0]["acronym"] == "DEFISCIENCE"
    assert "perd la parole" in [m["name"] for m in o.matches]


def test_one_ordinary_word_of_a_name_is_not_the_name_in_a_long_description(kb):
    o = orient("mon fils a les articulations raides, une grosse langue, une hernie, son visage s'épaissit "
               "et il reçoit une enzyme en perfusion", kb)
    assert o.kind == "symptom"
    assert "Hernie diaphragmatique congénitale" not in _said(o)


def test_strong_signs_of_a_disease_are_not_taken_for_a_cancer(kb):
    o = orient("l'IRM montre le signe de la dent molaire, ses yeux bougent tout seuls et il respirait mal bébé", kb)
    assert o.kind == "symptom" and not o.cancer_networks
    assert o.filieres[0]["acronym"] == "DEFISCIENCE"


def test_heavier_signs_of_a_disease_lead_when_no_cancer_is_said(kb):
    """After a delivery, signs of a tumour of the placenta lead only if nothing weighs more: a
    clot in the portal vein is a thrombosis; high hCG and spots on the lungs are the placenta's."""
    o = orient("deux semaines après mon accouchement, mal au ventre ; au scanner un caillot dans la veine "
               "porte, foie normal", kb)
    assert o.kind == "symptom" and not o.cancer_networks
    assert o.filieres[0]["acronym"] == "FILFOIE"
    o = orient("accouchée il y a 2 mois, hCG très élevés et des taches sur les poumons", kb)
    assert o.kind == "cancer" and o.cancer_networks[0]["acronym"] == "TTG"


def test_loose_names_in_doubt_give_way_to_strong_signs_and_no_question_is_asked(kb):
    o = orient("Des petites papules jaunes dans les plis du cou, des stries angioïdes au fond d'œil et des "
               "calcifications sur les artères, on m'a parlé d'une maladie des fibres élastiques.", kb)
    assert o.kind == "symptom" and o.filieres[0]["acronym"] == "FAVA-MULTI"
    assert not o.ambiguous and not o.candidates


def test_everyday_verbs_said_for_one_another(kb):
    # "quand il rigole" is "quand il rit": the cataplexy of narcolepsy
    o = orient("mon ado s'endort en plein cours et qd il rigole ses genoux lachent d'un coup", kb)
    assert o.kind == "symptom" and o.filieres[0]["acronym"] == "BRAIN-TEAM"


def test_sans_arret_says_how_often_not_a_stop(kb):
    said = [m.label for m in resolve("j'urine sans arrêt et je bois beaucoup", kb).signs]
    assert "arrête d'uriner" not in said


def test_a_sign_is_not_read_without_whom_or_the_number_it_is_about(kb):
    said = [m.label for m in resolve("le facteur 8 est très bas, mon frère est mort d'un coup à 24 ans", kb).signs]
    assert "facteur 2 bas" not in said and "frères morts bébés" not in said


def test_signs_that_hang_together_lead_even_when_each_is_shared(kb):
    o = orient("ma rate est enorme, mes plaquettes basses et j'ai mal aux os, on me propose une perfusion "
               "d'enzyme tous les 15 jours", kb)
    assert o.kind == "symptom" and o.filieres[0]["acronym"] == "G2M"
