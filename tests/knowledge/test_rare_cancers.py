"""Rare cancers: family names, precise names, and the contexts that change the network."""
import pytest

from knowledge import orient


def networks(o):
    return [n["acronym"] for n in o.cancer_networks]


@pytest.mark.parametrize("text, understood, network", [
    ("sarcome", "Sarcome", "NETSARC+"),                        # a family, not one sarcoma picked at random
    ("on lui a trouvé un lymphome", "Lymphome", "LYMPHOPATH"),
    ("cancer des os", "Sarcome osseux", "NETSARC+"),
    ("cancer du rein chromophobe", "Carcinome rénal chromophobe", "CARARE"),   # organ word for "rénal"
    ("tumeur du rein chez mon fils", "Néphroblastome", "MASTERBLAST"),          # "mon fils" is a child
    ("mélanome muqueux des fosses nasales", "Mélanome muqueux ORL", "REFCOR"),  # the longer name wins
])
def test_cancer_names(kb, text, understood, network):
    o = orient(text, kb)
    assert o.kind == "cancer"
    assert o.matches[0]["name"] == understood
    assert networks(o)[0] == network


@pytest.mark.parametrize("text, first, also", [
    ("sarcome de Kaposi, mon frère a le VIH", "CANCERIMMUNE", "CARADERM"),
    ("greffée du foie, on vient de lui trouver un lymphome", "CANCERIMMUNE", "LYMPHOPATH"),
    ("maladie coeliaque depuis 20 ans et maintenant un lymphome", "CELAC", None),
    ("plusieurs cancers du rein dans la famille", "PREDIR", None),
])
def test_context_puts_its_network_first_and_says_why(kb, text, first, also):
    o = orient(text, kb)
    assert networks(o)[0] == first
    if also:
        assert also in networks(o)
    assert any(first in n for n in o.notes)


@pytest.mark.parametrize("text", ["je suis séropositif", "mon mari est greffé du rein"])
def test_a_context_alone_is_not_a_cancer(kb, text):
    assert orient(text, kb).kind != "cancer"


@pytest.mark.parametrize("text", ["cancer du poumon", "cancer du sein"])
def test_common_cancers_are_not_forced_onto_a_rare_one(kb, text):
    o = orient(text, kb)
    assert o.kind == "unknown" and not o.cancer_networks
    assert "cancers rares" in o.notes[0]   # says it knows only rare cancers; the answer adds the helpline


@pytest.mark.parametrize("text, understood", [
    ("lymphome de hodgkin", "Lymphome de Hodgkin classique"),   # the precise name replaces the family
    ("mésothéliome", "Mésothéliome"),                           # alone, the family (pleura or peritoneum)
])
def test_a_family_yields_only_to_a_more_precise_name(kb, text, understood):
    assert orient(text, kb).matches[0]["name"] == understood


@pytest.mark.parametrize("text", ["leucémie", "gliome", "mélanome"])
def test_a_broad_word_is_not_read_as_one_precise_cancer(kb, text):
    o = orient(text, kb)
    assert not o.matches or o.matches[0]["name"].split()[0].lower() == text


def test_a_denied_context_does_not_count(kb):
    o = orient("Kaposi classique sur les jambes de mon grand-père, il n'a pas le VIH", kb)
    assert networks(o)[0] == "CARADERM"


def test_the_cancer_is_the_subject_when_a_disease_comes_with_it(kb):
    o = orient("thymome avec une myasthénie", kb)
    assert o.kind == "cancer" and networks(o)[0] == "RYTHMIC"


@pytest.mark.parametrize("text, network", [
    ("on a trouvé chez mon grand-père un cancer de la membrane autour du poumon", "NETMESO"),
    ("mon fils de 4 ans a une énorme tumeur du rein gauche", "MASTERBLAST"),     # a child
    ("mon père de 60 ans a une tumeur maligne au rein, on attend l'analyse", "CARARE"),   # an adult
    ("l'ophtalmo a trouvé une masse derrière la rétine de mon père", "MELACHONAT"),
    ("une tumeur dans le muscle de la cuisse qui grossit", "NETSARC+"),
    ("mon père était docker, de l'eau autour d'un poumon, et la biopsie de la plèvre est cancéreuse", "NETMESO"),
])
def test_a_cancer_named_by_its_organ_gets_the_probable_network(kb, text, network):
    o = orient(text, kb)
    assert o.kind == "cancer" and [n["acronym"] for n in o.cancer_networks] == [network]
    assert o.matches[0]["kind"] == "site" and "à confirmer" not in o.matches[0]["name"]
    assert any("forme rare" in n for n in o.notes) and not o.filieres and not o.centres


def test_a_cancer_of_an_organ_without_a_rare_network_stays_unknown(kb):
    o = orient("mon père a un cancer du foie", kb)      # an adult's liver cancer: no rare-cancer network by organ
    assert not o.cancer_networks
