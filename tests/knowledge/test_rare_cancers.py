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


@pytest.mark.parametrize("text", [
    "greffe de peau après l'ablation d'un sarcome de la cuisse",          # surgery, no organ transplant
    "mésothéliome avec des petites greffes sur la plèvre",               # a tumour's implants
    "un cancer du rein chromophobe, on veut l'enlever avant de me greffer",   # a transplant still to come
])
def test_a_graft_that_is_no_transplant_is_no_context(kb, text):
    assert "CANCERIMMUNE" not in networks(orient(text, kb))


def test_a_childs_familial_tumour_keeps_the_childrens_network_first(kb):
    # a familial Wilms tumour: the heredity of kidney cancers (PREDIR) is said, but second
    o = orient("tumeur du rein chez ma fille de 2 ans, dans la famille deux cousines ont eu la même", kb)
    assert networks(o)[:2] == ["MASTERBLAST", "PREDIR"]


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


@pytest.mark.parametrize("text, network", [
    # a lymphoma goes by its organ: the skin, the eye or the brain have networks of their own
    ("le dermatologue dit que c'est un lymphome de la peau, des plaques sur le dos", "RNLC"),
    ("on a trouvé des cellules de lymphome dans l'œil de ma grand-mère", "RENOCLIP-LOC"),
    ("un lymphome dans l'estomac de mon oncle", "LYMPHOPATH"),
    ("c'est un cancer des ganglions au milieu de la poitrine, pas du thymus", "LYMPHOPATH"),
    # without the word "cancer": lymphocytes found in the skin by a biopsy
    ("la troisième biopsie a montré des lymphocytes anormaux dans la peau de mon mari", "RNLC"),
])
def test_a_lymphoma_is_placed_by_its_organ(kb, text, network):
    o = orient(text, kb)
    assert o.kind == "cancer" and networks(o)[0] == network
    assert any("lymphome" in n or "réseau" in n for n in o.notes)


@pytest.mark.parametrize("text, network", [
    ("ma mère de 58 ans a une tumeur de la glande au-dessus du rein", "ENDOCAN"),   # an adult
    ("mon fils de 2 ans a une tumeur de la glande au-dessus du rein", "MASTERBLAST"),   # a child
])
def test_the_age_said_chooses_the_network_of_an_organ(kb, text, network):
    assert networks(orient(text, kb)) == [network]


def test_the_organ_right_after_the_cancer_word_is_the_cancer_s_organ(kb):
    o = orient("j'ai des boules sur la peau depuis longtemps et on m'a trouvé un cancer du rein", kb)
    assert networks(o)[0] == "CARARE"
    # where a cancer spread is not where it began
    o = orient("ma femme a une tumeur de la glande au-dessus du rein avec des métastases aux os", kb)
    assert networks(o)[0] == "ENDOCAN"


def test_a_context_with_an_organ_needs_a_cancer(kb):
    o = orient("on a trouvé une mutation et mes reins ne filtrent plus bien", kb)
    assert "PREDIR" not in networks(o)
    o = orient("intolérante au gluten depuis 20 ans, le gastro parle d'une complication cancéreuse", kb)
    assert networks(o)[0] == "CELAC"


def test_signs_of_one_network_add_up_without_the_word_cancer(kb):
    o = orient("deux mois après l'accouchement je saigne encore et mes bêta-HCG sont très élevées", kb)
    assert o.kind == "cancer" and networks(o) == ["TTG"]
    assert o.matches[0]["kind"] == "signs" and not o.filieres


@pytest.mark.parametrize("text, network", [
    # a lump that grows says a cancer, at any age
    ("boule dans la cuisse de mon mari qui grossit depuis 6 mois, dure, pas douloureuse", "NETSARC+"),
    # the baby of a pregnancy does not make the message about a child
    ("je suis enceinte de 20 semaines et on m'a découvert des lésions cancéreuses sur le col de l'utérus, "
     "est-ce que je peux garder le bébé ?", "TMRG"),
    # signs of a hereditary syndrome with a kidney cancer
    ("J'ai des petites bosses couleur peau sur le visage depuis mes 30 ans, le poumon s'est décollé deux fois, "
     "et mon oncle a eu un cancer du rein.", "PREDIR"),
    # the organ said picks between signs that weigh the same (asbestos: pleura or peritoneum)
    ("mon mari a du liquide dans le ventre qui revient sans cirrhose, la biopsie dit tumeur de l'enveloppe du "
     "ventre et il a travaillé avec l'amiante", "RENAPE"),
    ("on m'a enlevé un ganglion sous le bras, le compte rendu dit prolifération lymphoïde atypique", "LYMPHOPATH"),
    ("on va me coudre une petite plaque radioactive sur l'oeil, où trouver un centre ?", "MELACHONAT"),
    ("ma grand-mère de 85 ans a une plaie sur la vulve qui guérit pas, la biopsie est revenue mauvaise", "TMRG"),
])
def test_lay_descriptions_of_the_fifth_session(kb, text, network):
    o = orient(text, kb)
    assert o.kind == "cancer" and networks(o)[0] == network


def test_a_lymphoma_without_its_organ_is_named_plainly(kb):
    o = orient("le compte rendu dit prolifération lymphoïde atypique, envoyé en double lecture", kb)
    assert o.matches[0]["name"] == "un lymphome"


def test_a_disease_that_is_also_a_rare_tumour_gives_both(kb):
    o = orient("mon frère de 40 ans a un craniopharyngiome qui récidive", kb)
    assert [f["acronym"] for f in o.filieres] == ["FIRENDO"] and networks(o) == ["RENOCLIP-LOC"]


def test_a_childs_tumour_named_for_an_adult_is_its_adult_form(kb):
    # the adult's nephroblastoma is also reviewed by the kidney network; a neuroblastoma in an adult
    # keeps its network rather than getting no answer at all
    o = orient("mon mari a 50 ans et on lui a trouvé un néphroblastome", kb)
    assert o.matches[0]["name"] == "Néphroblastome de l'adulte" and networks(o) == ["MASTERBLAST", "CARARE"]
    o = orient("ma femme de 40 ans a un neuroblastome", kb)
    assert o.kind == "cancer" and networks(o) == ["MASTERBLAST"]
    assert orient("mon fils de 3 ans a un néphroblastome", kb).matches[0]["name"] == "Néphroblastome"
