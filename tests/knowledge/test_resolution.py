"""What a person types -> what the engine understands (typos, lay names, sentences, bad input)."""
import pytest

from knowledge import locate, orient, resolve


@pytest.mark.parametrize("text, filiere", [
    ("mucoviscidose", "MUCO-CFTR"),
    ("mucovisidose", "MUCO-CFTR"),                         # typo
    ("ma fille a la maladie des os de verre", "OSCAR"),    # lay name in a sentence
    ("maladie de Charcot", "FILSLAN"),
    ("maladie de Charcot-Marie-Tooth", "FILNEMUS"),        # the longer name wins
    ("mon mari a la maladie de Charcot", "FILSLAN"),       # "mari" is not a misspelt "Marie"
    ("mucopolysaccharidose type 1", "G2M"),                # "type 1" is "type I"
    ("maladie de Charcot, pas le Charcot-Marie-Tooth", "FILSLAN"),   # a denied name steps aside
    ("ce n'est pas une mucoviscidose, c'est une dyskinésie ciliaire primitive", "RESPIFIL"),
    ("my husband was diagnosed with flail arm syndrome", "FILSLAN"),  # "arm" is not ARM
    ("SLA", "FILSLAN"),                                    # abbreviation
    ("HTAP", "RESPIFIL"),
    ("sickle cell disease", "MCGRE"),                      # English
    ("myopatie de duchene", "FILNEMUS"),                   # two typos
    ("MALADIE DE GAUCHER", "G2M"),                         # capitals
    ("drépanocytose", "MCGRE"),
    ("Syndrome de Marfan", "FAVA-MULTI"),
    ("on vient d'apprendre que notre fils a une amyotrophie spinale", "FILNEMUS"),
    ("mon fils a un bartter", "ORKID"),                    # a person's name typed in lower case
    ("behcet depuis 3 ans, qui consulter ?", "FAI2R"),
    ("fabry chez mon père", "G2M"),
    # once said to be unknown, now in the base: read, even misspelt
    ("syndrome de kosacki chez ma fille, elle grandit trop d'un côté et sa peau est très fragile", "AnDDI-Rares"),
    ("on nous parle d'un syndrome CAPOS", "BRAIN-TEAM"),
])
def test_diseases_lead_to_their_filiere(kb, text, filiere):
    o = orient(text, kb)
    assert o.kind == "disease", o.matches
    assert o.filieres[0]["acronym"] == filiere
    assert o.home_provider and "médecin" in o.home_provider


def test_understanding_is_explained(kb):
    o = orient("myopatie de duchene", kb)
    m = o.matches[0]
    assert m["orpha_code"] and m["score"] < 100 and m["corrections"]
    assert o.sources and all(s["as_of"] for s in o.sources)


@pytest.mark.parametrize("text, network", [
    ("sarcome d'Ewing", "NETSARC+"),
    ("mésothéliome de la plèvre", "NETMESO"),
    ("mélanome de l'uvée", "MELACHONAT"),
    ("tumeur de Wilms chez mon fils", "MASTERBLAST"),
    ("thymome", "RYTHMIC"),
])
def test_rare_cancers_lead_to_their_inca_network(kb, text, network):
    o = orient(text, kb)
    assert o.kind == "cancer"
    assert network in [n["acronym"] for n in o.cancer_networks]
    assert o.erns and o.ern_rule


def test_symptoms_give_leads_never_a_diagnosis(kb):
    o = orient("mon fils tombe souvent et a du mal à monter les escaliers", kb)
    assert o.kind == "symptom"
    assert o.filieres and o.filieres[0]["acronym"] == "FILNEMUS"
    assert "pas un diagnostic" in o.not_a_diagnosis
    everything = str(o.to_dict()).lower()
    assert "vous avez" not in everything and "il a une" not in everything


@pytest.mark.parametrize("text, filiere", [
    ("ma fille a une maladie rare des reins, on ne sait pas laquelle", "ORKID"),
    ("mon mari est suivi en hépatologie pour une maladie rare", "FILFOIE"),
    ("notre fils a un souci aux oreilles et aux yeux depuis la naissance", "SENSGENE"),
])
def test_an_organ_alone_gives_a_lead_never_a_diagnosis(kb, text, filiere):
    o = orient(text, kb)
    assert o.kind == "symptom" and o.filieres[0]["acronym"] == filiere
    assert "pas un diagnostic" in o.not_a_diagnosis
    assert any("Sans nom de maladie" in n for n in o.notes)
    assert all(s.get("source") and s.get("as_of") for s in o.sources)


@pytest.mark.parametrize("text", [
    "une grosse boule au rein chez mon fils, il commence la chimio",   # a cancer: the organ alone does not give its network
    "tumeur du foie chez mon père",
    "il n'a pas de souci au foie, c'est juste une question",           # denied
])
def test_an_organ_is_no_lead_for_a_cancer_or_when_denied(kb, text):
    o = orient(text, kb)
    assert not any(m.get("kind") == "body" for m in o.matches)


@pytest.mark.parametrize("text, not_read", [
    ("mes oreilles deviennent rouges et le cartilage de mon nez s'affaisse", "Chondrosarcome"),   # no cancer said
    ("il perd des protéines et du calcium dans les urines", "Calcification striato-pallido-dentelée bilatérale"),
    ("l'IRM montre une glande sous le cerveau minuscule", "Corticosurrénalome malin"),
    ("notre nouveau né devient bleu quand il tète", "Lupus néonatal"),       # "nouveau né" is no "nouveauné"
    ("elle a les mains fendues comme une pince de crabe", "Maladie de Krabbe"),
])
def test_a_lay_description_is_not_read_from_its_everyday_words_alone(kb, text, not_read):
    assert not_read not in [m.name for m in resolve(text, kb).mentions]


@pytest.mark.parametrize("text, name", [
    ("Gaucher", "Maladie de Gaucher"),
    ("rate et foie énormes, douleurs dans les os, Gaucher d'après le médecin", "Maladie de Gaucher"),
    ("mon fils est gaucher", None),                   # a word, not a name
])
def test_a_name_that_is_also_a_word_is_read_when_written_as_a_name(kb, text, name):
    best = resolve(text, kb).best
    assert (best.name if best else None) == name


def test_ern_is_only_reached_through_the_doctor(kb):
    o = orient("syndrome de Marfan", kb)
    assert "VASCERN" in [e["acronym"] for e in o.erns]
    assert "médecin" in o.ern_rule and "accord écrit" in o.ern_rule


def test_place_brings_the_regional_platform(kb):
    o = orient("maladie de Fabry", kb, place_text="j'habite à Cayenne")
    assert o.place["departement"] == "973" and o.place["territory"] == "outre-mer"
    assert o.platforms and o.platforms[0]["kind"] == "PCOM"


def test_close_candidates_are_asked_not_guessed(kb):
    res = resolve("CMT", kb)
    names = [m.name for m in res.candidates] if res.ambiguous else [res.best.name]
    # Charcot-Marie-Tooth and medullary thyroid cancer share the abbreviation
    assert res.ambiguous and len(names) >= 2


def test_questions_about_the_system(kb):
    o = orient("c'est quoi une filière ?", kb)
    assert o.kind == "question" and "23" in o.answer["text"]
    assert orient("comment contacter un ERN", kb).answer["term"] == "ern"


@pytest.mark.parametrize("text", [
    "", "   ", "a" * 100_000, "😀😀😀", "Привет, как дела", "مرحبا", "你好",
    "'; DROP TABLE entities; --", "<script>alert(1)</script>", "\x00\x01\x02 \ufffd",
    "bonjour", "je voudrais un rendez-vous", "1234567890" * 50,
], ids=lambda t: repr(t[:20]))
def test_bad_input_is_a_clear_unknown(kb, text):
    o = orient(text, kb)
    assert o.kind in ("unknown", "question")
    assert o.matches == [] or o.kind == "question"
    assert kb.entities  # the base is intact after hostile text


def test_emergency_is_detected(kb):
    assert resolve("je n'arrive plus à respirer", kb).urgency == "emergency"
    assert resolve("j'ai envie d'en finir", kb).urgency == "suicide"
    assert resolve("mon fils a une crise d'épilepsie qui dure depuis 10 minutes", kb).urgency == "emergency"
    assert resolve("syndrome de Dravet", kb).urgency is None


@pytest.mark.parametrize("text, departement, other", [
    ("j'habite à Vienne", "38", "86"),             # "à": the town
    ("nous vivons dans la Vienne", "86", "38"),    # "dans la": the département
    ("Saint-Denis", "93", "974"),                  # no clue: first reading, the other offered
])
def test_homonymous_places_keep_the_other_reading(kb, text, departement, other):
    d = locate(text, kb)
    assert d["departement"] == departement
    assert other in [a["departement"] for a in d["alternatives"]]


def test_two_towns_of_the_same_name_are_both_offered(kb):
    d = locate("on vit à Saint-Pierre", kb)
    assert {d["departement"]} | {a["departement"] for a in d["alternatives"]} >= {"972", "974"}


def test_a_town_is_not_read_as_a_misspelt_departement(kb):
    assert locate("on vit près de Sèvres", kb)["departement"] == "92"
    assert locate("Lyon", kb)["alternatives"] == []


@pytest.mark.parametrize("text, departement", [
    ("on vit en Alsace, près de Colmar", "68"),   # the town says more than the region
    ("Bretagne, à Quimper", "29"),
    ("région Occitanie, dans le Gers", "32"),
])
def test_the_most_precise_place_wins(kb, text, departement):
    assert locate(text, kb)["departement"] == departement


@pytest.mark.parametrize("text, filiere", [
    ("sd de rett ma fille 3 ans", "DEFISCIENCE"),                 # "sd": syndrome
    ("syndrome CHARGE avec une atrésie des choanes", "AnDDI-Rares"),   # the first name is the subject
])
def test_shorthand_and_subject_order(kb, text, filiere):
    assert orient(text, kb).filieres[0]["acronym"] == filiere


@pytest.mark.parametrize("text, name", [
    ("j'habite à Nouméa", "Nouvelle-Calédonie"),   # its own health organisation
    ("on vit à Liège", "Belgique"),                # not the hamlet of Le Liège (37)
    ("Tahiti", "Polynésie française"),
])
def test_places_outside_the_french_system_are_said_so(kb, text, name):
    d = locate(text, kb)
    assert d["region"] is None and d["elsewhere"]["name"] == name
    assert "Maladies Rares Info Services" in d["elsewhere"]["note"]


@pytest.mark.parametrize("text", [
    "petit menton, la langue bascule en arrière",          # Menton is a town, but not here
    "il se gratte jusqu'au sang à cause de son foie",      # Cause (82)
    "syndrome de Pierre Robin",                            # a name's own words
    "la maladie de Strümpell-Lorrain",
    "pieds creux et jambes en bouteille de champagne renversée",
    "sa moelle osseuse ne fabrique plus rien",             # no misspelt place guessed in a long message
    "ma soeur a une sclérodermie, qui la suit à l'hôpital ?",
    "la tache a grossi entre 2 contrôles chez l'ophtalmo",  # no Entre-Deux (974)
    "une petite roche blanche sur la gencive",               # everyday words, no La Roche-Blanche
    "ma pointure est passée du 42 au 45 à 40 ans",           # a range of sizes, no département
    "HCS par déficit en 11 bêta hydroxylase",                # an enzyme, not the Aude
    "le diagnostic est un déficit en 17-alpha-hydroxylase",  # nor the Charente-Maritime
    "un déficit en 17,20-lyase chez notre fille",            # nor with its second number
    "la croûte a creusé un trou jusqu'au cartilage",         # a verb, not the Creuse
    "l'IRM montre trop de petits plis sur le cortex",        # not Corte
])
def test_words_of_a_medical_message_are_not_taken_for_a_place(kb, text):
    assert resolve(text, kb).place is None


@pytest.mark.parametrize("text, departement", [
    ("j'habite à Menton", "06"),
    ("nous vivons à St Dié", "88"),                                # the "é" is Saint-Dié's own
    ("on habite à Vitré", "35"),
    ("né à Lille mais j'habite à Pau depuis dix ans", "64"),      # where the person lives
    ("on a déménagé de Nancy à Reims l'an dernier", "51"),
    ("Ste-Maxime", "83"),
    ("Biarits", "64"),
    ("les 3 ilets", "972"),                                   # Les Trois-Îlets, its number as a figure
    ("on vit dans le bourbonnais", "03"),                      # an old province that is one département
    ("en picardie maritime", "80"),
    ("chatelero", "86"),                                       # Châtellerault as it is said
    ("sainte menou", "51"),                                    # Sainte-Menehould as it is said
    ("on habite aguenau en alsace", "67"),                     # a misspelt town inside the region named
    ("vers la pointe de la hague", "50"),
])
def test_places_said_as_places(kb, text, departement):
    assert locate(text, kb)["departement"] == departement


@pytest.mark.parametrize("text, region", [
    ("je suis bretonne et mon fils a une maladie rare", "Bretagne"),
    ("on est auvergnats, ma mère a une myasthénie", "Auvergne-Rhône-Alpes"),
])
def test_a_region_said_by_its_inhabitants(kb, text, region):
    assert locate(text, kb)["region"] == region


@pytest.mark.parametrize("text, departement", [
    ("nous sommes à Montpelier maintenant et on cherche un centre pour notre fils", "34"),
    ("on vit a bordeau et ma fille a un syndrome de rett", "33"),
    ("dans l'Aveyron on a du mal à trouver un spécialiste", "12"),
    ("je suis de vichy", "03"),
    ("on est nantais, notre bébé a une atrésie de l'œsophage", "44"),
    ("on est belfortains, mon fils a une myopathie", "90"),
    ("jsuis dans l'agglo de troyes, je cherche un neurologue", "10"),
    ("on vit à Belle-Île toute l'année", "56"),
    ("j'habite Somur, ma fille a une maladie rare", "49"),
    ("bonjour j'habite à Rouan et mon fils a une maladie génétique rare", "76"),
    ("Bordeaux, quartier Saint-Michel, c'est pour mon père", "33"),
    ("j'habite à chantily, ma fille a une maladie de Kawasaki", "60"),
    ("on habite au Lamentin, mon fils a une drépanocytose", "972"),        # "au": Le Lamentin, not Lamentin (971)
    ("on habite a cilaos, et descendre sur Saint-Pierre c'est 2 heures", "974"),   # where they live comes first
    ("ma sœur vit dans le Val doise avec une hypertension pulmonaire", "95"),
    ("je suis à L'Aigle, j'ai une myopathie", "61"),
    ("on est des ruthénois, ma mère a une maladie de Horton", "12"),
    ("ma tante vit au Touquet", "62"),
    ("nous habitons à Kimperlé depuis peu, notre fils a une myopathie", "29"),   # Quimperlé as it sounds
    ("on vit à lusson, ma femme a une sclérodermie", "85"),                     # Luçon: a cedilla said "ss"
    ("jhabite hazebrouk et ma fille a une ataxie", "59"),
    ("ma fille a une drépanocytose, on est sur amboize", "37"),
    ("bonjour de Salazie, mon fils a une mucoviscidose", "974"),
    ("on habite à villers coteret, mon fils a une myopathie", "02"),            # not a village called Villers
    ("mon père vit à lisle sur la sorgue", "84"),                               # L'Isle-sur-la-Sorgue
    ("on habitait Lyon, on a déménagé il y a un an à Brest, ma fille a une maladie rare", "29"),
])
def test_a_misspelt_or_late_place_in_a_long_message(kb, text, departement):
    assert kb.places.find(text).departement == departement


def test_a_town_that_a_village_spells_comes_first_and_the_village_stays_a_choice(kb):
    # "angé" is how Angers is said, and also the village of Angé (41)
    d = locate("jhabite a angé et ma fille a une maladie rare du rein", kb)
    assert d["departement"] == "49"
    assert "41" in [a["departement"] for a in d["alternatives"]]


@pytest.mark.parametrize("text, departement", [
    ("jhabite à Bloa, c'est pour mon fils", "41"),
    ("j'habite à loir-e-cher", None),       # a piece of a hyphenated name is not read alone
])
def test_a_four_letter_town_spelt_as_said(kb, text, departement):
    assert locate(text, kb)["departement"] == departement


@pytest.mark.parametrize("text", ["avec plaisir", "non ça va aller", "orphanet est en français ?",
                                  "vous gardez l'historique ?", "maladie de Willebrand, on vit avec",
                                  "mes doigts deviennent blancs au froid", "on a eu une réunion avec le médecin",
                                  "cher monsieur, il aura besoin d'un suivi",
                                  "mon fils est suivi à l'hôpital Saint-Louis pour une drépanocytose",
                                  "il a de la fièvre toutes les 4 semaines, et entre deux il va très bien",
                                  "des boules jaunes aux coudes et derrière les talons",
                                  "une biopsie du vitré pour une uvéite"])
def test_everyday_words_are_not_places(kb, text):
    assert kb.places.find(text) is None


@pytest.mark.parametrize("text, departement", [
    ("yvetot, mon fils a une amyotrophie spinale", "76"),                  # a place set apart at the start
    ("le francois, mon fils a une drépanocytose", "972"),
    ("ardéchois depuis toujours, je cherche un neurologue", "07"),         # a département's inhabitants
    ("je suis ornaise et ma fille a une cystinose", "61"),
    ("on habite dans le pays bigouden, ma femme a une maladie de Steinert", "29"),
    ("j'habite au nord de Poitiers, ma fille a une anémie de Fanconi", "86"),   # a direction, not the Nord
    ("on vit a lourde, mon fils a une hémophilie A", "65"),                 # Lourdes before the village of Lourde
    ("ma fille a une myopathie, on est de sarreguemine", "57"),
])
def test_places_of_the_fifth_session(kb, text, departement):
    assert locate(text, kb)["departement"] == departement


@pytest.mark.parametrize("text", [
    "ma fille a pris du poids au visage, des poils au menton et une masse sur la glande au-dessus du rein",
    "fatigue, essoufflement, des douleurs au dos",
])
def test_a_body_part_after_au_is_not_a_town(kb, text):
    assert kb.places.find(text) is None


def test_a_treatment_of_the_signs_is_not_read_as_a_close_name(kb):
    # "eculizumab" is a sign (a treatment); "emicizumab" is a lay name of haemophilia A
    names = [m.name for m in resolve("on parle d'une anomalie du complément et d'eculizumab", kb).mentions]
    assert "Hémophilie A" not in names


def test_a_gene_symbol_that_is_a_french_word_is_read_only_in_capitals(kb):
    said = [m.label for m in resolve("on me parle d'un gene des telomeres", kb).signs]
    assert "gène DES" not in said
    assert "gène DES" in [m.label for m in resolve("une mutation du gène DES", kb).signs]


def test_a_gene_written_reads_its_lay_name(kb):
    o = orient("il a les yeux écartés, un souffle au coeur, et la pédiatre parle d'un gene PTPN11", kb)
    assert o.kind == "disease" and o.matches[0]["name"] == "Syndrome de Noonan"


@pytest.mark.parametrize("text, departement, region", [
    ("ste maxime dans le var", "83", "Provence-Alpes-Côte d'Azur"),       # its own département, no other town
    ("vaizon la romaine", "84", "Provence-Alpes-Côte d'Azur"),            # a village's first word misspelt
    ("le vercors", None, "Auvergne-Rhône-Alpes"),                         # a massif of one region
    ("Notre bébé est né avec une hernie diaphragmatique, 2 mois de réa à Paris, "
     "on est enfin rentrés à la maison à Beauvais", "60", "Hauts-de-France"),
    ("ma mère et moi avons une polykystose rénale, je vis à Orléans et elle à Tours, "
     "c'est pour moi que je demande", "45", "Centre-Val de Loire"),       # "et moi avons" sets no home apart
])
def test_places_of_the_twelfth_session(kb, text, departement, region):
    found = locate(text, kb)
    assert (found["departement"], found["region"]) == (departement, region)


@pytest.mark.parametrize("text", [
    "apres avoir pris un medoc pour la goutte ma mere a eu de la fievre",   # a medicine, not the Médoc
    "grande et mince, le cristallin de mes yeux s'est déplacé",             # not a misspelt Grand Est
])
def test_words_of_the_twelfth_session_are_no_places(kb, text):
    assert locate(text, kb)["region"] is None


def test_an_article_typed_against_its_word_and_an_english_ending_are_read(kb):
    assert orient("melanome de liris chez mon fils de 30 ans", kb).cancer_networks[0]["acronym"] == "MELACHONAT"
    assert orient("lymphome anaplasic cutané primitif", kb).cancer_networks[0]["acronym"] == "RNLC"


def test_an_abbreviation_inside_a_genes_sign_is_that_gene(kb):
    # "GLA" is also the abbreviation of a generalised lymphatic anomaly
    o = orient("brûlures des mains depuis l'enfance, protéines dans les urines, gène GLA", kb)
    assert o.filieres[0]["acronym"] == "G2M"
    assert orient("mutation NF1 chez mon fils", kb).matches[0]["name"] == "Neurofibromatose de type 1"


def test_nobody_in_the_family_and_a_transplant_only_talked_of(kb):
    text = ("il a 38 ans mon mari, on a découvert une tumeur au rein par hasard, personne n'en a eu dans la "
            "famille et l'urologue dit que ce n'est pas le type le plus fréquent")
    assert orient(text, kb).cancer_networks[0]["acronym"] == "CARARE"
    o = orient("mon fils de 4 ans a des abcès du foie, une infection à aspergillus, le test DHR est anormal "
               "et on parle de greffe de moelle", kb)
    assert o.filieres[0]["acronym"] == "MARIH" and not o.cancer_networks


@pytest.mark.parametrize("text, departement", [
    ("ensisem", "68"),              # the Alsatian -heim said "-em"
    ("auzoir la feriere", "77"),    # a village of three words written as it sounds
    ("caor", "46"),                 # a four-letter answer spelt as said
])
def test_towns_written_as_they_sound(kb, text, departement):
    assert locate(text, kb)["departement"] == departement


@pytest.mark.parametrize("text, departement", [
    ("elle vit à Bagnère de Luchon et le CHU est loin", "31"),   # one word of a village's name misspelt
    ("riom es montagne", "15"),                                  # not Riom, the town its first word names
    ("berk sur mer", "62"),
    ("le tregor", "22"),
    # "habituel" is no "habite": the home said before it stays the home
    ("on habite Bourges; il part en colo à Biarritz mais c'est pour son suivi habituel près de la maison", "18"),
])
def test_places_of_the_twelfth_session_in_sentences(kb, text, departement):
    assert locate(text, kb)["departement"] == departement


@pytest.mark.parametrize("text, network", [
    # a lymphoma treated long ago is not the cancer asked about
    ("j'ai été irradiée au thorax à 20 ans pour un cancer des ganglions, aujourd'hui 55 ans, du liquide "
     "autour du poumon, biopsie : tumeur de la plèvre", "NETMESO"),
    # the same one coming back is still a lymphoma
    ("traité il y a 2 ans pour un cancer des ganglions dans le cerveau, maintenant ça revient dans l'oeil", "RENOCLIP-LOC"),
    # a relative's cancer told as family history is not the one asked about
    ("dans notre famille il y a une mutation BAP1, mon oncle a eu une tumeur de l'oeil. moi 49 ans, "
     "on me découvre un épanchement pleural et la biopsie dit tumeur maligne de la plèvre", "NETMESO"),
    # without a tumour of the writer's own, the relative's cancer is what is asked about
    ("mon père a eu un mélanome de l'uvée, je voudrais savoir si je dois me faire surveiller", "MELACHONAT"),
])
def test_a_cancer_of_the_past_or_of_a_relative_is_not_the_one_asked_about(kb, text, network):
    assert orient(text, kb).cancer_networks[0]["acronym"] == network


def test_chromosome_numbers_are_no_departement(kb):
    text = "tumeur lente avec deux bouts de chromosomes en moins, le 1 et le 19"
    assert locate(text, kb)["departement"] is None


def test_pieces_of_chromosomes_are_no_departement(kb):
    text = ("le caryotype montre un petit chromosome en plus, fait d'un morceau du 11 et d'un morceau du 22, "
            "et il vient de moi")
    assert locate(text, kb)["departement"] is None
    assert locate("on vit près de Lannion, dans le 22", kb)["departement"] == "22"


@pytest.mark.parametrize("text, departement", [
    ("en savoie pas en haute savoie", "73"),   # the place denied is not the one
    ("ivetot", "76"),                          # Yvetot written as said, closer than Les Yveteaux
])
def test_a_denied_place_and_a_village_said_alike(kb, text, departement):
    assert locate(text, kb)["departement"] == departement


@pytest.mark.parametrize("text, departement", [
    ("on est a montceau", "71"),                         # a town said by its first word only
    ("moi c'est baie-mahaut", "971"),                    # a hyphened name misspelt, without a cue
    ("il a été opéré à Paris, on rentre chez nous à Lisieux demain", "14"),   # "chez nous à" is home
    ("j'habite à Mons-en-Laonnois", "02"),               # a French name holding a foreign town's (Mons)
    ("nous sommes de ornex, mon mari a une SLA", "01"),  # "ornex" is no plural of "orne"
    ("villeneuve s/ lot", "47"),                         # "s/" is "sur"
    ("sivray", "86"),                                    # Civray written as said, the town of the Vienne
    ("on habite à Civray dans le Cher", "18"),           # the village of that name whose département is named
    ("fontaine bleau", "77"),                            # a town written in two words, not its first half
    ("kemperlé", "29"),                                  # "qu" written "k"
    ("forbak", "57"),                                    # Forbach as it is said
    ("on est dans le quarante sept", "47"),              # a département said in words
    ("ds le soixante et onze", "71"),
    ("à la souterraine", "23"),                          # nothing but the cue and the name
    ("l entre deux", "974"),                             # an everyday phrase that is the whole message
    ("lon le sonier", "39"),                             # both words of a three-word name misspelt
    ("ds le pays basque", "64"),
    ("je suis étudiante à poitiers et j'y vis toute l'année, j'ai une narcolepsie, mes parents eux sont à niort", "86"),
    ("on quitte Bordeaux, on sera à Angoulême cet été", "16"),   # the home they are going to
    # the writer asks for themselves: their own home, not their sister's
    ("ma soeur a un lupus, elle vit a Marseille et moi à Gap, c'est pour moi que je demande", "05"),
])
def test_places_of_the_thirteenth_session(kb, text, departement):
    assert locate(text, kb)["departement"] == departement


def test_a_diagnosis_cue_right_after_a_name_is_that_names(kb):
    # "syndrome CHARGE diagnostiqué (…) atrésie des choanes": the syndrome, not one of its signs
    text = "syndrome CHARGE diagnostiqué a la naissance, colobome + atrésie des choanes, on cherche un centre"
    assert orient(text, kb).matches[0]["name"] == "Syndrome CHARGE"
    later = "on a cru à un PTI mais le diagnostic est maintenant un syndrome de Bernard-Soulier"
    assert orient(later, kb).matches[0]["name"] == "Syndrome de Bernard-Soulier"


@pytest.mark.parametrize("text, network", [
    # a child's pancreas tumour read loosely as a neuroendocrine tumour: the child's network
    ("tumeur du pancreas chez mon garcon de 6 ans, le chirurgien dit que c'est une tumeur embryonnaire", "MASTERBLAST"),
    # "bb" is a baby
    ("bb de 18 mois, ventre gonflé, l'alpha-fœtoprotéine est énorme et l'IRM montre une masse dans le foie", "MASTERBLAST"),
    # violet patches on a breast treated by radiotherapy, against the lay name of Kaposi's sarcoma
    ("soignée il y a 8 ans pour le sein (opération + rayons). Là, des taches violettes et des petites boules "
     "sur la peau du sein traité. Biopsie : tumeur maligne des vaisseaux sanguins", "NETSARC+"),
    # a telling sign outweighs a name read from words far apart
    ("Mon père a eu des cancers dans les deux reins à 3 reprises et le caryotype a montré une translocation "
     "qui touche le chromosome 3. Moi aussi je suis porteur", "PREDIR"),
    # a transplant still to come is no transplant
    ("dialysé depuis 12 ans, un des kystes de mes reins a une partie solide, on m'a enlevé le rein : cancer "
     "des reins des dialysés. Mon néphrologue veut un avis d'experts avant la greffe", "CARARE"),
    # coeliac disease found by its antibodies beside a lymphoma of the bowel
    ("une tumeur maligne des lymphocytes de l'intestin grêle, les anticorps anti-transglutaminase sont très "
     "positifs et les villosités sont atrophiées", "CELAC"),
    ("tumeur mésothéliale papillaire bien différenciée de la plèvre", "NETMESO"),   # the pleura's own entry
    ("kondrosarcome du bassin", "NETSARC+"),          # a hard "ch" written "k"
    ("molle invasive", "TTG"),                        # "môle" written as the everyday word
    ("ma cousine a une sclérose tubéreuse de Bourneville et on vient de lui trouver un carcinome du rein", "PREDIR"),
    # a proliferation of white cells in the stomach's wall is a lymphoma said without the word
    ("fibroscopie : bactérie helicobacter et une prolifération de globules blancs dans la paroi de l'estomac", "LYMPHOPATH"),
    # almost no antibodies and a nodule in the thymus: Good's syndrome with a thymoma
    ("pneumonies à répétition, je n'ai presque plus d'anticorps (gammaglobulines effondrées) et un nodule "
     "dans le thymus", "RYTHMIC"),
    # a miscarriage and a placenta with three sets of chromosomes: a partial mole
    ("fausse couche à 9 semaines, l'analyse du curetage montre un placenta anormal avec trois jeux de "
     "chromosomes (triploïde)", "TTG"),
    # a child's age said later, without "a": "née à 28 semaines, maintenant 16 mois"
    ("notre fille née a 28 semaines, maintenant 16 mois, echo: grosse masse dans le foie, biopsie faite", "MASTERBLAST"),
    ("MU de l'OG traité par disque d'iode il y a 3 ans, quel suivi du foie ?", "MELACHONAT"),   # iodine plaque
    ("LTAE type 1 sur MC connue, chimio puis autogreffe prévue", "CELAC"),       # the French abbreviation
    # a newborn operated on at three weeks is a child, whatever the pregnancy scan said
    ("à l'écho du 8e mois de grossesse on a vu une masse sur le rein du bébé, il a été opéré à 3 semaines de vie",
     "MASTERBLAST"),
    ("Ma mère, 63 ans, enchaîne les pneumonies. Prise de sang : presque plus d'anticorps (immunoglobulines "
     "effondrées) et plus de lymphocytes B. Le scanner a trouvé une tumeur de la glande thymus.", "RYTHMIC"),
])
def test_rare_cancers_of_the_thirteenth_session(kb, text, network):
    assert orient(text, kb).cancer_networks[0]["acronym"] == network


@pytest.mark.parametrize("text", [
    "le genet a parlé d'un morceau qui manque sur le 15 côté maman",           # a chromosome
    "une tumeur des cellules qui tapissent le petit canal au centre de la moelle",   # not Petit-Canal
    "des petits boutons qui guérissent seuls en 4 6 semaines",                   # weeks, not the Lot
])
def test_words_of_the_thirteenth_session_are_no_places(kb, text):
    assert locate(text, kb)["departement"] is None


def test_a_transplant_offered_among_treatments_is_no_transplant(kb):
    text = ("globules rouges, blancs et plaquettes tous effondrés, la biopsie de moelle est vide, pas de leucémie. "
            "on me propose du sérum anti-lymphocytaire et de la ciclosporine, ou une greffe")
    o = orient(text, kb)
    assert not o.cancer_networks and o.filieres[0]["acronym"] == "MARIH"


def test_a_babys_triploidy_stays_a_disease(kb):
    assert orient("mon bébé est né avec une triploïdie", kb).filieres[0]["acronym"] == "AnDDI-Rares"


def test_signs_of_a_disease_outweigh_a_networks_shared_signs_when_no_cancer_is_said(kb):
    text = ("j'ai une grosse rate, des plaquettes basses, des douleurs dans les os. on m'a fait un dosage "
            "d'enzyme sur goutte de sang séché, mon pere est ashkénaze")
    o = orient(text, kb)
    assert not o.cancer_networks and o.filieres[0]["acronym"] == "G2M"   # Gaucher's disease


@pytest.mark.parametrize("text, departement", [
    ("mon pere a 70 ans, il vit seul a la mure et on lui a trouve une maladie de kennedy", "38"),   # a word between
    ("on vit a eu, a cote du treport, mon fils a une myopathie", "76"),   # a cue before "du"
    ("le crotoi", "80"),                                                  # "-oy" said "-oa"
    ("ma mere habite nice mais moi je vis a apt et c'est moi qui ai la maladie", "84"),   # the writer is ill
    # a relative's home said with "qui" is set aside when the writer says theirs
    ("je suis a salazie, ma soeur qui habite en metropole me dit d'aller a paris mais je voudrais rester sur l'ile", "974"),
    ("loudeac c'est ou j'habite", "22"),                                  # the place said before "c'est où"
    ("je suis du havre et ma mere a une maladie neurologique rare", "76"),   # "du" holds the article
    ("j'habite les yveline avec mon compagnon et ma fille", "78"),        # a cue before an article
    ("nous habitons les alpes maritime, dans l'arriere pays, loin de l'hopital", "06"),
    ("on habite dans le cirque de cilaos, la route est longue pour descendre", "974"),
    ("on habite Caen, à la Guérinière, ma femme a une myopathie", "14"),   # not the village of the Vendée
])
def test_places_of_the_fourteenth_session(kb, text, departement):
    assert locate(text, kb)["departement"] == departement


@pytest.mark.parametrize("text, region", [
    ("region pays de loire", "Pays de la Loire"),                         # without "la"
    ("je vis dans un petit village du centre bretagne", "Bretagne"),
])
def test_regions_said_loosely(kb, text, region):
    assert locate(text, kb)["region"] == region


@pytest.mark.parametrize("text, network", [
    ("Jéjunite ulcéreuse", "CELAC"),                                      # refractory coeliac disease
    ("ma tante a un carcinome de la glande de bartholin, la gyneco dit que c'est tres rare", "TMRG"),
    ("ma femme a un carcinome basocellulaire tres etendu sur le nez que les chirurgiens ne peuvent plus operer", "CARADERM"),
    ("tumeure du thymus de 7 cm chez papa, opere le mois prochain", "RYTHMIC"),   # "tumeure" is "tumeur"
    # tumours of the retina's vessels in a child of 12: von Hippel-Lindau, not a child's kidney tumour
    ("l'ophtalmo a trouvé des petites tumeurs de vaisseaux sur la retine de ma fille de 12 ans, traitées au "
     "laser. le medecin veut surveiller les reins a vie", "PREDIR"),
    # signs of Birt-Hogg-Dubé and a kidney tumour: the syndrome's network
    ("mon frere a des petits boutons blancs sur le visage, il a fait deux pneumothorax, il a des kystes dans "
     "les poumons et maintenant une tumeur au rein", "PREDIR"),
    ("ma mere a été operée en ouvrant le sternum, on lui a enlevé une grosseur entre les poumons. l'anapath "
     "la classe B2", "RYTHMIC"),
    # where a cancer came back is not where it began
    ("on m'a trouvé une tumeur qui fabriquait de l'adrenaline, operée il y a 4 ans, et maintenant ca revient "
     "dans les os", "ENDOCAN"),
    ("mon ami a ete opere du thymus il y a 8 ans, il a toujours sa myasthenie et la tumeur est revenue sur "
     "l'enveloppe du poumon", "RYTHMIC"),
])
def test_rare_cancers_of_the_fourteenth_session(kb, text, network):
    assert orient(text, kb).cancer_networks[0]["acronym"] == network


@pytest.mark.parametrize("text, filiere", [
    # "taches violettes" is a lay name of Kaposi's sarcoma; ADAMTS13 and caplacizumab say the disease
    ("des taches violettes sur les jambes, les plaquettes a 9000, l'enzyme ADAMTS13 etait indosable, "
     "échanges de plasma et caplacizumab", "MARIH"),
    # a disease's immunosuppressive treatment, with no cancer said, is no cancer setting
    ("globules rouges, blancs et plaquettes tous effondres, la biopsie de moelle est presque vide. "
     "ce sera serum antilymphocytaire et ciclosporine", "MARIH"),
    ("une enzyme du cycle de l uree ne marche pas, ammoniemie tres haute, il est sous benzoate", "G2M"),
    ("la tete de notre bebe de 4 mois est tres longue et etroite, le scanner montre qu une suture au milieu du "
     "crane s est fermee trop tot", "TETECOU"),
])
def test_diseases_of_the_fourteenth_session(kb, text, filiere):
    o = orient(text, kb)
    assert not o.cancer_networks and o.filieres[0]["acronym"] == filiere


@pytest.mark.parametrize("text", [
    "en dialyse depuis 14 ans, pas encore greffé, une tumeur dans un de mes reins",
    "on teste son frere et sa soeur, ils sont peut-etre compatibles pour une greffe de moelle",
])
def test_a_transplant_not_yet_done_is_no_transplant(kb, text):
    assert orient(text, kb).context is None


def test_an_abbreviation_said_as_a_gene_is_no_disease(kb):
    # CBP is also the French abbreviation of primary biliary cholangitis
    text = ("mon fils 3 ans a des pouces tres larges tournes vers l'exterieur et les gros orteils pareil. "
            "test genetique anormal sur un gene (cbp je crois)")
    assert orient(text, kb).filieres[0]["acronym"] == "AnDDI-Rares"   # Rubinstein-Taybi syndrome


@pytest.mark.parametrize("text, departement", [
    ("on habite au fin fond du cantal, loin de tout specialiste", "15"),   # "fin fond du": a place comes
    ("stefanois ici, je cherche un specialiste pour mon frere", "42"),     # said as "stéphanois"
    ("sartenne en corse du sud", "2A"),                                    # Sartène misspelt, no inhabitant of Sartes
    ("rouanne", "42"),                                                     # spelt closest to Roanne
    ("on habite a nevert mais tout son suivi se fait a dijon", "58"),      # a silent last letter written as another
    ("pres de fijac, mon fils a une maladie rare du rein", "46"),          # "Figeac" said "fijac"
    ("au diamant, mon mari a une drepanocytose", "972"),                   # "au" and a village's name, set apart
    # "moi qui écris pour elle" says who writes, not where: the "et" of Seine-et-Marne ends no clause
    ("ma mere a une sclerodermie, c'est moi qui ecris pour elle. elle vit en seine et marne dans un village "
     "pres de provins", "77"),
])
def test_places_of_the_fifteenth_session(kb, text, departement):
    assert locate(text, kb)["departement"] == departement


@pytest.mark.parametrize("text, network", [
    # no one in the family: not a family's kidney disease
    ("j'ai 26 ans et on a trouve une tumeur au rein droit de 7 cm par hasard, personne n'a jamais eu ca dans "
     "ma famille", "CARARE"),
    # a genetic blood test said normal is no sign of a heredity; "deux" counts the genes, not the kidneys
    ("a 33 ans on m'a trouve une tumeur au rein droit, l'analyse montre deux genes colles ensemble mais "
     "seulement dans la tumeur. la prise de sang genetique est normale", "CARARE"),
    # the bone around the ear is the ear's, not a bone sarcoma
    ("mon oreille coule et saigne depuis un an, la biopsie de la plaie dans le conduit est maligne. on parle "
     "d'enlever une partie de l'os autour de l'oreille", "REFCOR"),
    ("on m'a enleve la glande a salive de dessous la machoire et c'etait une tumeur maligne peu frequente", "REFCOR"),
    ("malignant pheochromocytoma with bone metastases", "ENDOCAN"),      # where it spread, said in English
    ("CCR sarcomatoide metastatique a 52 ans, un avis en centre expert c'est possible ?", "CARARE"),
    ("glucagonome métastatique", "ENDOCAN"),
    ("ma mere de 84 ans a des ganglions enormes dans le cou, l'hematologue a fait une biopsie et parle d'une "
     "maladie agressive des ganglions", "LYMPHOPATH"),
    ("je sors de chez le gastro, la boule dans mon estomac est une tumeur de la paroi et pas de la muqueuse. il "
     "propose un comprime de therapie ciblee avant l'operation", "NETSARC+"),
    # the organ said untouched is not where the cancer is
    ("45 ans, on a trouve une masse de 11 cm sur la glande au dessus du rein gauche, le chirurgien dit qu'elle est "
     "maligne et que le rein lui meme est sain", "ENDOCAN"),
    ("lesion maligne dans le vagin lui meme, col normal, radiotherapie prevue", "TMRG"),
    # a cancer read loosely inside another cancer's sign said word for word
    ("la biopsie a montre un cancer des glandes grasses de la paupiere, l'oeil lui meme n'est pas touche", "CARADERM"),
])
def test_rare_cancers_of_the_fifteenth_session(kb, text, network):
    assert orient(text, kb).cancer_networks[0]["acronym"] == network


def test_charcot_marie_tooth_written_as_heard(kb):
    text = "mon pere et moi on a la maladie de charko mari tout, on a les pieds creux et on tombe souvent"
    assert orient(text, kb).filieres[0]["acronym"] == "FILNEMUS"   # not Charcot's disease (ALS)


def test_settled_in_a_region_is_not_the_house_said_after(kb):
    text = ("nous venons de nous installer en ile de france pour etre plus pres des hopitaux, comment "
            "s'organiser pour les soins a la maison ?")
    assert locate(text, kb)["region"] == "Île-de-France"   # not La Maison-Dieu


@pytest.mark.parametrize("text", [
    "j'ai 27 ans et on m'a enleve le rein pour une tumeur. le chirurgien m'a dit que c'est le type qu'on voit chez "
    "les tout petits et que chez l'adulte c'est exceptionnel",
    "a 45 ans on me dit que ma tumeur du foie est d'un type pediatrique, faite de cellules de foie immatures",
    "tumeur dans la tete du pancreas a 40 ans, le pathologiste a vu des cellules qui ressemblent au pancreas d'un foetus",
])
def test_a_childs_kind_of_tumour_in_an_adult_goes_to_the_childs_network(kb, text):
    assert orient(text, kb).cancer_networks[0]["acronym"] == "MASTERBLAST"


@pytest.mark.parametrize("text, filiere", [
    # a cancer feared, thought of or ruled out is not the subject
    ("mon mari et nos deux enfants ont des bosses dures sur les os pres des genoux, des poignets et des epaules. "
     "il faudra surveiller si une bosse grossit a cause du risque de cancer de l'os", "OSCAR"),
    ("on m'a trouve les deux reins gros et remplis de kystes, le radiologue a dit que ce ne sont pas des tumeurs. "
     "mon pere est dialyse", "ORKID"),
    ("j'ai une grosse rate, des plaquettes basses et des douleurs dans les os. ils ont fait une ponction de moelle "
     "parce qu'ils pensaient a un cancer du sang mais ils ont trouve des cellules pleines de graisse. une enzyme me "
     "manque, on me propose des perfusions tous les 15 jours. je suis d'origine juive ashkenaze", "G2M"),
])
def test_a_cancer_feared_or_ruled_out_is_not_the_subject(kb, text, filiere):
    assert orient(text, kb).filieres[0]["acronym"] == filiere


def test_linked_to_the_x_chromosome_says_how_it_is_passed_on(kb):
    text = ("mon fils de 4 ans tombe beaucoup, pour se relever du sol il pousse sur ses genoux avec ses mains et ses "
            "mollets sont tres gros. les cpk sont a 15000. le neuropediatre parle d'une maladie des muscles liee au "
            "chromosome x")
    assert orient(text, kb).filieres[0]["acronym"] == "FILNEMUS"   # Duchenne, not Turner's "un seul chromosome X"


def test_a_tumour_looked_for_is_not_found(kb):
    text = ("notre bebe n'a presque pas d'iris, on voit que la pupille, la lumiere le gene beaucoup et ses yeux bougent "
            "tout le temps. on a fait la recherche de la tumeur du rein qui peut aller avec, l'echo des reins est normale")
    o = orient(text, kb)
    assert not o.cancer_networks and o.filieres[0]["acronym"] == "SENSGENE"   # aniridia, no Wilms tumour


@pytest.mark.parametrize("text", ["au lit, il a mal partout", "aux urgences, on m'a dit d'attendre", "au travail, je tombe"])
def test_everyday_words_after_au_are_no_places(kb, text):
    assert locate(text, kb)["region"] is None


@pytest.mark.parametrize("text, departement", [
    # a relative's home said beside the writer's: "ma soeur Germaine habite", "ma belle-mère habite"
    ("je vis a chateaudun en eure et loir, ma soeur germaine habite orleans et m'y emmene parfois", "28"),
    ("notre fille a une maladie rare, nous vivons a luneville, ma belle-mere habite a metz et vient nous aider", "54"),
    ("j'habite royan mais ma fille vit a bordeaux, c'est moi la malade", "17"),
    # a place set apart at the start is the writer's, not the godfather's
    ("martigues 13500. mon fils a une hemophilie severe, son parrain habite toulon", "13"),
    # a street named after a town, and a doctor's name, are no homes
    ("nous habitons rue de chambery a voiron, en isere", "38"),
    ("j'habite rue de brest a vitre, je suis atteinte d'une maladie de behcet", "35"),
    ("nous habitons a hazebrouck, le dr rochefort a evoque une maladie de fabry", "59"),
    # the "e" speech swallows: Yvetot said "ivto", Hazebrouck "azbrouk"
    ("ivtot", "76"),
    ("nous habitons azbrouck, mon mari a une maladie de fabry", "59"),
    # a town said as it sounds, its département in brackets settling which
    ("habitante de chateaubriand (44), je souffre d'une maladie rare, on m'a parle de rennes", "44"),
])
def test_places_of_the_sixteenth_session(kb, text, departement):
    assert locate(text, kb)["departement"] == departement


def test_the_writers_own_home_set_apart_keeps_the_relatives_home(kb):
    # "moi je suis à Bordeaux": the writer sets their home apart, the message is about the family's
    text = "mucoviscidose chez mon petit-fils, ses parents habitent a hendaye, moi je suis a bordeaux"
    assert locate(text, kb)["departement"] == "64"


@pytest.mark.parametrize("text, not_named", [
    ("je suis fatiguee, des demangeaisons la nuit, des anticorps anti mitochondries. est-ce reconnu en ALD ?",
     "Adrénoleucodystrophie liée à l'X"),
    ("ma fille a la peau salee et des gelules d'enzymes a chaque repas, ca se met dans le PAI a l'ecole ?",
     "Porphyrie aiguë intermittente"),
    ("mon fils a des taches cafe au lait et l'ecole nous demande un PAP", "Protéinose alvéolaire pulmonaire auto-immune"),
])
def test_paperwork_abbreviations_are_no_diseases(kb, text, not_named):
    # affection de longue durée, projet d'accueil individualisé, plan d'accompagnement personnalisé
    assert not_named not in [m["name"] for m in orient(text, kb).matches]


def test_a_disease_abbreviation_is_still_read(kb):
    # (said with a feminine article and no school or paperwork around it: the disease, here one of two)
    names = [m["name"] for m in orient("ma soeur a une PAI, crises de douleurs au ventre", kb).matches]
    assert "Porphyrie aiguë intermittente" in names


@pytest.mark.parametrize("text, network", [
    ("reticulose pagetoide de woringer kolop sur le pied", "RNLC"),
    ("astroblastoma MN1-altered in an adult", "RENOCLIP-LOC"),
    ("tumeur des cordons sexuels a tubules annelé, ma fille a un peutz jegher", "TMRG"),
    ("neoplasie kystique multiloculaire du rin a faible potentiel de maligniter", "CARARE"),
    ("on m'a trouvé un tératocarcinosarcome des fosses nasales", "REFCOR"),
    ("syringocystadenocarcinome papilifere du cuir chevelu", "CARADERM"),
    # a family of cancers shared by two networks: the organ said chooses (the peritoneum, not the pleura)
    ("du liquide dans le ventre qui revient malgre les ponctions, et les biopsies de la membrane qui tapisse "
     "le ventre montrent un mesotheliome", "RENAPE"),
    # the words of a pleural biopsy report
    ("biopsie de plèvre : prolifération mésothéliale atypique, calrétinine et WT1 positifs, perte d'expression de BAP1",
     "NETMESO"),
    # a hereditary kidney-cancer family's strong signs outweigh many weak signs of the kidney's own network
    ("chez nous il y a un gene qui donne des petites boules douloureuses sur la peau, des fibromes de l'uterus tres "
     "jeunes, et ma soeur vient d'avoir un cancer du rein agressif", "PREDIR"),
    # a transplant still awaited is no transplanted person's cancer
    ("mon mari, dialyse depuis quinze ans, attendait une greffe quand le scanner a montre une lesion dans un de ses "
     "vieux reins : un carcinome renal associe a la maladie kystique acquise", "CARARE"),
    ("thyroide enlevee + 3 doses d'iode radioactif, mais les nodules des poumons ne fixent plus l'iode et grossissent",
     "ENDOCAN"),
    ("onco ce matin: la tumeur de la membrane du poumon de mon mari ne s'opere pas, immunotherapie proposee", "NETMESO"),
    # a lymphoma of an organ that has no rare-cancer network of its own; "not the usual kind" keeps the organ
    ("mon mari a 72 ans, un testicule a gonfle sans douleur, on lui a enleve et l'analyse dit que ce sont des "
     "lymphocytes malades, pas un cancer du testicule habituel", "LYMPHOPATH"),
    ("l'orl a enleve l'amygdale droite de mon mari qui avait double de volume, le resultat parle de cellules "
     "lymphoides anormales", "LYMPHOPATH"),
    # "c'est malin" speaks of what came before, not of the pelvis scanned next
    ("je pensais avoir un kyste de la glande de Bartholin, une boule a l'entree du vagin, mais l'analyse montre que "
     "c'est malin. IRM du bassin et recherche du ganglion dans l'aine prevues", "TMRG"),
    # a lay name read inside another network's longer sign yields to it
    ("la videocapsule a montre une tumeur de l'intestin grele qui saignait, le chirurgien dit que la tumeur venait "
     "de la paroi sous la muqueuse et qu'il faudra peut etre des comprimes pendant 3 ans", "NETSARC+"),
    # nobody in the family, a genetic change of the tumour only: no hereditary predisposition
    ("ma femme a 27 ans, elle a eu une chimio pour une leucemie quand elle etait petite et la on lui trouve un cancer "
     "du rein, personne dans sa famille n'en a eu", "CARARE"),
    ("un cancer du rein, le medecin qui a analyse la tumeur parle d'une anomalie genetique dans la tumeur seulement",
     "CARARE"),
    ("sindrome de cowden avec un cancer du rein chez mon pere", "PREDIR"),
    ("SR2 avec LIE anormaux, ma mere est MC depuis 20 ans", "CELAC"),
    ("TW chez un enfant porteur d'un syndrome WAGR", "MASTERBLAST"),
    ("my mother was diagnosed with a primary lymphoma of the breast, not the implant one", "LYMPHOPATH"),
])
def test_cancers_of_the_sixteenth_session(kb, text, network):
    assert [n["acronym"] for n in orient(text, kb).cancer_networks][:1] == [network]


def test_a_repaired_word_is_no_abbreviation(kb):
    # "cortex" is not repaired into CORD (cone-rod dystrophy), an abbreviation read only as written
    o = orient("le cortex de ma fille a trop de petits plis, elle fait des crises et a du mal a parler", kb)
    assert "Dystrophie des cônes et des bâtonnets" not in [m["name"] for m in o.matches]


@pytest.mark.parametrize("text, filiere", [
    # "en CDD" is a work contract, not CDKL5 deficiency disorder
    ("des crises de douleurs au ventre atroces avant mes regles, mes urines deviennent rouge fonce a la lumiere, on me "
     "donne de l'hemine en perfusion. je suis en CDD et j'ai peur de perdre mon travail", "G2M"),
    ("je suis nee avec un coeur qui n'avait qu'une seule vraie pompe, j'ai ete operee trois fois petite", "CARDIOGEN"),
    ("mon frere a eu une greffe des deux poumons a cause de sa maladie genetique qui epaissit le mucus", "MUCO-CFTR"),
    ("a chaque angine mes urines deviennent rouges comme du coca. la biopsie du rein a montre des depots d'un anticorps",
     "ORKID"),
    ("our baby girl was diagnosed with 5p minus syndrome last month", "AnDDI-Rares"),
])
def test_lay_diseases_of_the_sixteenth_session(kb, text, filiere):
    assert orient(text, kb).filieres[0]["acronym"] == filiere


def test_a_relatives_tumour_beside_the_point_is_not_the_subject(kb):
    text = ("a l'echo de grossesse on a vu une grosse vessie et des reins dilates. mon fils avait une membrane dans le "
            "canal de l'uretre qui bloquait l'urine. son cousin est suivi pour une tumeur du rein mais ca n'a rien a voir")
    o = orient(text, kb)
    assert not o.cancer_networks


@pytest.mark.parametrize("text, network, filiere", [
    # a disease and the cancer of the same name are one name, the disease's, with its twin's network
    ("syndrome de Birt-Hogg-Dubé", "PREDIR", "RESPIFIL"),
    ("syndrome de cowden", "PREDIR", "FIMATHO"),
])
def test_a_disease_and_its_cancer_twin_are_one_name(kb, text, network, filiere):
    o = orient(text, kb)
    assert not o.ambiguous
    assert o.filieres[0]["acronym"] == filiere and o.cancer_networks[0]["acronym"] == network


@pytest.mark.parametrize("text", ["mon fils de 7 ans, il chausse deja du 36, il a une grosse tete",
                                  "mon frere a 45 ans il est maçon, ses bras maigrissent"])
def test_a_shoe_size_and_a_trade_are_no_places(kb, text):
    assert locate(text, kb)["departement"] is None


@pytest.mark.parametrize("text, network", [
    # a lump found after the transplant or in an inborn immune deficiency: the network of immunodepressed people
    ("greffe du rein il y a 10 ans, sous antirejet, on vient de me trouver une boule dans le sein", "CANCERIMMUNE"),
    ("greffé du coeur depuis 15 ans, une croute sur l'oreille qui ne part pas, la biopsie revient positive",
     "CANCERIMMUNE"),
    ("ma fille a un deficit immunitaire de naissance, la biopsie du ganglion montre des lymphocytes qui se multiplient",
     "CANCERIMMUNE"),
    # heredity ruled out: a kidney tumour of a young pregnant woman is a rare kidney cancer, not a predisposition
    ("enceinte de 4 mois, on m'a vu une masse au rein a l'echo, la genetique n'a rien trouve", "CARARE"),
    ("j'ai 30 ans, une tumeur du rein pendant ma grossesse, pas de maladie genetique dans la famille", "CARARE"),
    # lay words of the seventeenth session
    ("operee de la thyroide, deux cures de radio iode, et maintenant la scinti ne fixe plus rien", "ENDOCAN"),
    ("mon pere a une boule dans le testicule, l'analyse montre des globules blancs B", "LYMPHOPATH"),
    ("une tache sur l'iris qui s'etend depuis l'an dernier, l'ophtalmo veut un avis", "MELACHONAT"),
    ("le cou de mon grand-pere a gonfle en 3 semaines, c'est la thyroide, la forme la plus agressive", "ENDOCAN"),
    ("des petits boutons qui apparaissent et disparaissent tout seuls, la biopsie dit CD 30", "RNLC"),
    # rarer subtypes added in the seventeenth session
    ("carcinome métatypique du nez", "CARADERM"),
    ("carcinome renal avec rearrangement ALK", "CARARE"),
    ("nodule du site placentaire atypique", "TTG"),
    ("lymphome leptoméningé primitif", "RENOCLIP-LOC"),
    ("somatostatinome du pancréas", "ENDOCAN"),
    ("on m'a parlé d'un adenocarcinome mesonephrique du col", "TMRG"),
    # an allogeneic marrow transplant is a transplant; the Cappadocia villages' erionite; steroids that melt a brain spot
    ("allogreffe de moelle il y a 8 ans, une GVH de la bouche, et maintenant un carcinome de la langue", "CANCERIMMUNE"),
    ("mon pere a grandi en Cappadoce, maintenant du liquide autour du poumon et la plevre epaissie", "NETMESO"),
    ("ma mere de 80 ans, une tache dans le cerveau qui a presque disparu avec la cortisone, biopsie prevue", "RENOCLIP-LOC"),
])
def test_cancers_of_the_seventeenth_session(kb, text, network):
    assert [n["acronym"] for n in orient(text, kb).cancer_networks][:1] == [network]


def test_a_lump_said_before_a_relatives_transplant_is_no_transplant_setting(kb):
    text = ("mon fils a des petites boules jaunes sur les genoux et les yeux jaunes, on a trouve le gene JAG1. "
            "sa grand-mere a eu une greffe de rein")
    assert not orient(text, kb).cancer_networks


def test_a_doctors_title_is_no_misspelt_disease(kb):
    # "l'immunologue" is the doctor, not "thrombopénie immunologique"
    o = orient("l'immunologue m'a revu ce matin pour mon fils", kb)
    assert "Purpura thrombopénique immunologique" not in [m["name"] for m in o.matches]


def test_a_lab_unit_is_no_misspelt_name(kb):
    # "45 mmol" is a result, not a misspelt "môle"
    o = orient("pancreatites a repetition, test de la sueur a 45 mmol, deux variants CFTR", kb)
    assert not o.cancer_networks
    assert o.filieres[0]["acronym"] == "MUCO-CFTR"


def test_a_short_everyday_word_is_no_part_of_a_name(kb):
    # "la muscu" is weight training, not the "musculo-aponévrotique" of a desmoid tumour
    o = orient("la paroi de mon coeur fait 22 mm alors que je n'ai pas de tension et je ne fais pas de muscu", kb)
    assert not o.cancer_networks
    assert "Tumeur desmoïde" not in [m["name"] for m in o.matches]


def test_a_symptom_a_letter_off_a_place_is_no_place(kb):
    # "petite tete" is a small head, not Petite-Terre in Mayotte; the place said as a place stays one
    assert orient("petite tete, petite taille, léger retard intellectuel, pas de puberté à 18 ans", kb).place is None
    assert orient("on vit en petite terre, mon fils a une petite tête", kb).place["departement"] == "976"


def test_a_relative_named_like_a_town_is_no_place(kb):
    # "ma belle-fille" is a daughter-in-law, not Belle-Fille in the Morbihan; the town said as a town stays one
    assert locate("ma belle-fille est enceinte de jumeaux", kb)["departement"] is None
    assert locate("j'habite a Belle-Fille dans le Morbihan", kb)["departement"] == "56"


@pytest.mark.parametrize("text", ["ataxie de friedrich chez mon fils", "ataxie de freidrick chez mon fils de 14 ans",
                                  "on nous parle d'une maladie de Friedrich"])
def test_a_persons_name_after_maladie_de_is_repaired_even_when_it_is_a_first_name(kb, text):
    # "Friedrich" is a first name, "Freidrick" no word at all: after "ataxie de" both are Friedreich
    assert orient(text, kb).matches[0]["name"] == "Ataxie de Friedreich"


def test_a_name_after_maladie_de_that_is_a_name_already_stays_itself(kb):
    assert orient("sang dans les urines après chaque angine, maladie de Berger", kb).filieres[0]["acronym"] == "ORKID"


@pytest.mark.parametrize("text, not_this", [("our son was diagnosed with Meier-Gorlin syndrome", "Syndrome de Gorlin"),
                                            ("syndrome de Swyer-James-MacLeod découvert à 30 ans", "Syndrome de Swyer")])
def test_a_name_joined_to_another_persons_name_is_another_disease(kb, text, not_this):
    # Meier-Gorlin is not Gorlin's syndrome, Swyer-James-MacLeod (a lung) not Swyer's (the gonads)
    assert not_this not in [m["name"] for m in orient(text, kb).matches]


def test_a_double_name_a_disease_has_is_that_disease(kb):
    assert orient("syndrome de Gorlin-Goltz chez mon père", kb).matches[0]["name"] == "Syndrome de Gorlin"


@pytest.mark.parametrize("text, name", [("syndrome de bardet bield, obésité et doigts en plus", "Syndrome de Bardet-Biedl"),
                                        ("maladie de von hipple lindau chez mon père", "Maladie de von Hippel-Lindau")])
def test_a_typo_goes_to_the_nearest_name_and_a_swap_counts_as_one_letter(kb, text, name):
    # "bield" is two letters of "Biedl" swapped; "hipple" is as near to Happle as to Hippel, and
    # Hippel is the name more names share
    assert orient(text, kb).matches[0]["name"] == name


def test_a_formula_with_two_digits_is_no_departement(kb):
    # "2,3-bisphosphoglycérate" is a molecule, not "le 23" (Creuse); digits typed apart still are
    assert locate("déficit en 2,3-bisphosphoglycérate mutase chez moi", kb)["departement"] is None
    assert locate("on vit dans le 2 3", kb)["departement"] == "23"


def test_relatives_alone_are_no_sign(kb):
    # "lymphœdème chez la mère et la tante" must not be read from the relatives without the lymphœdème
    assert not orient("ma mère et ma tante ont eu la même chose", kb).matches
    assert orient("un lymphœdème chez ma mère et ma tante", kb).filieres[0]["acronym"] == "FAVA-MULTI"


@pytest.mark.parametrize("text, network", [
    ("PTCL-NOS, deuxième lecture demandée", "LYMPHOPATH"),        # peripheral T-cell lymphoma
    ("SRII confirmée par cytométrie de flux", "CELAC"),           # refractory sprue type II
    ("RMC chez un jeune de 24 ans AS", "CARARE"),                 # renal medullary carcinoma, sickle-cell trait
])
def test_cancer_abbreviations_of_the_twenty_second_session(kb, text, network):
    assert [n["acronym"] for n in orient(text, kb).cancer_networks][:1] == [network]


@pytest.mark.parametrize("text", ["syndrome d'Ehlers-Danlos", "ma fille a un ehlers danlos, vers qui aller ?"])
def test_a_family_of_forms_said_without_its_form_is_asked(kb, text):
    # the forms of Ehlers-Danlos go to two filières: the person is asked which one they have
    o = orient(text, kb)
    assert o.ambiguous, o.matches
    assert all("Ehlers-Danlos" in c["name"] for c in o.candidates)
    assert {"OSCAR", "FAVA-MULTI"} <= {a for c in o.candidates for a in c["filieres"]}


def test_another_persons_syndrome_is_not_a_name_read_elsewhere(kb):
    # "syndrome de Troyer" misspelt, and "raides" sounds like Rett: not Rett syndrome
    o = orient("mon fils a le syndrome de troier, les jambes raides et les mains qui fondent", kb)
    assert not any("Rett" in m["name"] for m in o.matches)
    o = orient("syndrome de Nägeli Franceschetti Jadasshon chez ma soeur", kb)
    assert o.matches[0]["name"] == "Syndrome de Naegeli-Franceschetti-Jadassohn"
    # two persons' names joined: a typo there is no ordinary word ("Yunis" is not "immunité"),
    # and a name misspelt beside another person's is not a third syndrome ("chachi-pena" is not Cacchi-Ricci)
    o = orient("syndrome de Yunis-Varon", kb)
    assert o.matches[0]["name"] == "Syndrome de Yunis-Varon" and not any("Hirata" in m["name"] for m in o.matches)
    assert not any("Cacchi" in m.get("label") or "éponge" in m["name"]
                   for m in orient("syndrome de chachi-pena chez ma fille", kb).matches)


def test_another_enzyme_is_not_a_name_that_shares_its_last_word(kb):
    # "kinase" is in many names: beside a substance no name has, it is another enzyme
    for said, not_this in (("déficit en glycérol kinase", "pyruvate kinase"),
                           ("déficit en biliverdine réductaze chez mon fils", "réductase")):
        assert not any(not_this in m["name"] for m in orient(said, kb).matches), said
    # the enzyme a name has, even misspelt, is that name
    assert orient("déficit en sépiaptérine réductaze", kb).matches[0]["name"] == "Déficit en sépiaptérine réductase"
    o = orient("déficit en pyruvat kinase", kb)
    assert o.matches[0]["name"] == "Déficit en pyruvate kinase érythrocytaire" and o.filieres[0]["acronym"] == "MCGRE"


def test_a_name_is_not_read_in_part_from_words_a_long_story_apart(kb):
    # "l'enfer" (… twenty words …) "collagène": no "gastrite collagène de l'enfant"
    o = orient("notre fils de 5 ans a eu sept fractures pour presque rien, une en descendant du canapé, "
               "le blanc de ses yeux est bleuté, au début on nous a soupçonnés de maltraitance et on a vécu "
               "l'enfer, puis la génétique a trouvé une anomalie du collagène de type 1", kb)
    assert not any("Gastrite" in m["name"] for m in o.matches)
    assert o.filieres[0]["acronym"] == "OSCAR"


def test_a_named_disease_the_base_lacks_is_said_to_be_unknown(kb):
    # the person's own words for the name are repeated, and no filière is guessed from the name
    o = orient("mon fils a la maladie de Zorglub", kb)
    assert o.kind == "unknown" and not o.filieres
    assert "« maladie de Zorglub »" in o.notes[0]
    # with signs, the leads come from the signs, and the answer says the name itself is not known
    o = orient("syndrome de wazlowski chez ma fille, elle grandit trop d'un côté et sa peau est très fragile", kb)
    assert o.kind == "symptom" and o.filieres and o.not_a_diagnosis
    assert any("« syndrome de wazlowski »" in n for n in o.notes)
    # so with a gene, an enzyme or initials in capitals the base has in no name
    for said, name in (("mon fils a un déficit en RASGRP1 depuis sa naissance", "déficit en RASGRP1"),
                       ("on nous parle d'un syndrome TRAMPOS", "syndrome TRAMPOS")):
        o = orient(said, kb)
        assert o.kind == "unknown" and not o.filieres and f"« {name} »" in o.notes[0], said
    # a name the base knows, even misspelt, says nothing of the kind
    for said in ("syndrome de marfann", "déficit en facteur XIII", "syndrome CHARGE"):
        assert not any("Je ne trouve pas" in n for n in orient(said, kb).notes), said
    # nor is an everyday lack repeated as the name of a disease
    assert not any("« " in n for n in orient("un déficit en fer", kb).notes)


@pytest.mark.parametrize("text", [
    "gros ganglion au cou avec fièvre, le lymphome a été écarté",
    "le lymphome a été écarté, c'est une maladie de Castleman",
    "lymphoma was ruled out, it is Castleman disease",
    "la biopsie est revenue, le sarcome est exclu",
    "gros ganglion au cou avec fièvre, le lymphome a été éliminé par la biopsie",   # by an exam, not a treatment
])
def test_a_cancer_ruled_out_after_it_is_said_gives_no_network(kb, text):
    # the person says what it is not: orienting them to that network would be a wrong lead
    assert not orient(text, kb).cancer_networks


@pytest.mark.parametrize("text, network", [
    ("son lymphome a été éliminé par la chimiothérapie, quel suivi maintenant ?", "LYMPHOPATH"),
    ("mon lymphome a été éliminé grâce au traitement, qui doit me suivre ?", "LYMPHOPATH"),
])
def test_a_cancer_treated_away_still_gives_its_network(kb, text, network):
    # "éliminé" by a treatment is a cancer the person had, not one ruled out: their follow-up is there
    assert network in [n["acronym"] for n in orient(text, kb).cancer_networks]


@pytest.mark.parametrize("text", ["who treats this", "my son has it, who treats this disease?"])
def test_an_english_question_is_not_read_as_a_name(kb, text):
    # "treats" sounds like "Treacher": an everyday English word is no typo of a disease's name
    o = orient(text, kb)
    assert not o.filieres and o.kind == "unknown"


def test_the_name_is_still_read_in_an_english_question(kb):
    o = orient("my daughter has Treacher Collins syndrome, who treats this?", kb)
    assert o.filieres[0]["acronym"] == "TETECOU"


@pytest.mark.parametrize("text", ["ma fille est atteinte de mucoviscidose",
                                  "mon fils atteint de mucoviscidose commence un apprentissage d'ébéniste, "
                                  "la sciure de bois pose-t-elle un problème pour ses poumons ?"])
def test_atteint_de_says_the_person_has_the_disease(kb, text):
    # "atteinte de mucoviscidose" is not "Atteinte hépatique de la mucoviscidose", and the disease
    # said outright is not outweighed by a cancer's risk factor (wood dust)
    o = orient(text, kb)
    assert o.matches[0]["name"] == "Mucoviscidose" and [f["acronym"] for f in o.filieres] == ["MUCO-CFTR"]


def test_une_atteinte_de_is_still_a_word_of_a_name(kb):
    assert orient("néphronophtise avec atteinte de la rétine", kb).matches[0]["name"] == "Syndrome de Senior-Løken"


@pytest.mark.parametrize("text, filiere", [
    ("la sclérodermie a été écartée, on parle maintenant d'une maladie de Behçet", "FAI2R"),
    ("la mucoviscidose a été éliminée, c'est une dyskinésie ciliaire primitive", "RESPIFIL"),
])
def test_a_name_ruled_out_steps_aside_for_the_one_said_after(kb, text, filiere):
    o = orient(text, kb)
    assert o.filieres[0]["acronym"] == filiere


@pytest.mark.parametrize("text, family, said, filiere", [
    ("ataxie spinocérébelleuse de type 44", "Ataxie spinocérébelleuse", "44", "BRAIN-TEAM"),
    ("mon fils a une maladie de Charcot-Marie-Tooth type 4K", "Maladie de Charcot-Marie-Tooth", "4k", "FILNEMUS"),
])
def test_a_type_the_base_lacks_gives_its_familys_filiere_not_a_wrong_type(kb, text, family, said, filiere):
    # asking "type 1, 2 or 3 ?" would offer only wrong answers: the family and its one filière are said
    o = orient(text, kb)
    assert not o.ambiguous and [f["acronym"] for f in o.filieres] == [filiere]
    assert o.matches[0]["name"] == family and o.matches[0]["type_said"] == said and o.matches[0]["id"] is None
    assert any(f"type {said}" in n for n in o.notes)


@pytest.mark.parametrize("text, name", [
    ("ataxie spinocérébelleuse de type 3", "Ataxie spinocérébelleuse de type 3"),
    ("ma fille a une glycogenose de type 3", "Glycogénose de type III"),          # 3 is III
    ("mon fils a une maladie de Charcot-Marie-Tooth de type 1A", "Maladie de Charcot-Marie-Tooth de type 1A"),
])
def test_a_type_the_base_holds_is_still_named(kb, text, name):
    assert orient(text, kb).matches[0]["name"] == name


def test_a_type_the_base_lacks_in_a_family_of_several_filieres_gets_them_all_as_leads(kb):
    # the Ehlers-Danlos forms go to OSCAR (most of them) or FAVA-MULTI (the vascular one): asking
    # which known type it is would offer only wrong answers
    o = orient("syndrome d'Ehlers-Danlos type 14", kb)
    assert not o.ambiguous and [f["acronym"] for f in o.filieres] == ["OSCAR", "FAVA-MULTI"]
    assert o.matches[0]["type_said"] == "14" and any("selon la forme" in n for n in o.notes)
    # "type" written after the name read without it picks a form the base has
    assert orient("Ehlers-Danlos type 6", kb).matches[0]["name"] == "Syndrome d'Ehlers-Danlos cyphoscoliotique"


def test_a_type_said_picks_its_form_among_forms_read_equally(kb):
    # "type 1a" is a form of type I when the base has no 1a: not types II or X, nor "pseudohypoparathyroïdie de type 1A"
    o = orient("glicogenose type 1a, maizena la nuit et sonde pour mon fils", kb)
    assert not o.ambiguous and o.matches[0]["name"] == "Glycogénose de type I"


def test_an_age_is_no_number_of_a_name(kb):
    # "mon fils de 12 ans (…) déficit" is not "déficit en facteur 12"
    o = orient("ARCA2 (COQ8A) chez mon fils de 12 ans, déficit en CoQ10 musculaire", kb)
    assert all("facteur" not in m["name"] for m in o.matches) and "MHEMO" not in [f["acronym"] for f in o.filieres]
    assert orient("déficit en facteur 12", kb).matches[0]["name"] == "Déficit congénital en facteur XII"


def test_an_organ_alone_is_no_diseases_name(kb):
    # "pancréas" alone is not "fibrose kystique du pancréas": the malformation's sign is read instead
    o = orient("Pancréas annulaire", kb)
    assert all(m["name"] != "Mucoviscidose" for m in o.matches)
    assert [f["acronym"] for f in o.filieres][:1] == ["FIMATHO"]
    # beside a cancer, the organ is the cancer's: no "agénésie du col utérin"
    o = orient("adenocarcinome a cellule claire du col uterin a 19 ans", kb)
    assert all(m["kind"] == "cancer" for m in o.matches + o.candidates)


def test_the_adjective_of_a_disease_names_it(kb):
    assert orient("ma fille est phenylcetonurique, régime depuis la naissance", kb).matches[0]["name"] == "Phénylcétonurie"


def test_a_numbered_form_the_base_lacks_gets_its_familys_filiere(kb):
    # SCA1, SCA2, SCA3... are in the base, not SCA40: still a spinocerebellar ataxia, said as such
    o = orient("on vient de trouver une SCA40 chez mon père", kb)
    assert not o.ambiguous and [f["acronym"] for f in o.filieres] == ["BRAIN-TEAM"]
    assert o.matches[0]["type_said"] == "40" and "Je ne connais pas le type 40" in o.notes[0]
    assert orient("SCA3", kb).matches[0]["name"] == "Ataxie spinocérébelleuse de type 3"


def test_an_abbreviation_is_not_hidden_by_a_gene_form_read_without_its_gene(kb):
    # "SLA familiale liée au gène X" is ALS, not the C9orf72 form read from "SLA (…) liée"
    o = orient("mon oncle a une SLA familiale liée au gène KIF5A", kb)
    assert o.matches[0]["name"] == "Sclérose latérale amyotrophique" and o.filieres[0]["acronym"] == "FILSLAN"


def test_a_disease_named_is_not_the_sign_of_a_cancer_it_may_lead_to(kb):
    o = orient("mon fils de 9 ans a un Gougerot-Sjögren juvénile avec des parotidites", kb)
    assert o.kind == "disease" and o.filieres[0]["acronym"] == "FAI2R" and not o.cancer_networks


def test_signs_of_a_cancer_said_not_to_be_one_lead_to_no_network(kb):
    o = orient("gros ganglions partout, fièvre, sueurs la nuit, mais la biopsie dit que ce n'est pas un cancer", kb)
    assert not o.cancer_networks
    # a cancer only thought of is still a lead, and "pas un cancer qui donne des métastases" denies a kind
    thought = ("mon fils de 20 ans a un ganglion dans le cou depuis 2 mois, il se gratte partout la nuit et transpire, "
               "le scanner montre d'autres ganglions dans le thorax, l'hémato pense à un cancer des ganglions")
    assert [n["acronym"] for n in orient(thought, kb).cancer_networks] == ["LYMPHOPATH"]


@pytest.mark.parametrize("text, name", [
    ("mon fils a une MPS de type 2", "Mucopolysaccharidose de type II"),
    ("MPS type III chez notre fille", "Mucopolysaccharidose de type III"),
    ("ma femme a une NF type 1", "Neurofibromatose de type 1"),
    ("CMT type 2A dans la famille", "Maladie de Charcot-Marie-Tooth de type 2A"),
    ("mon père a une SCA de type 3", "Ataxie spinocérébelleuse de type 3"),
])
def test_an_abbreviation_and_its_type_said_apart_name_that_type(kb, text, name):
    # "MPS de type 2" is "MPS 2": the abbreviation of the family alone names nothing in the base
    assert orient(text, kb).matches[0]["name"] == name


def test_capitals_are_an_abbreviation_not_a_word_that_sounds_the_same(kb):
    # "syndrome de MAS" is McCune-Albright's abbreviation, not "syndrome de Mast" (a spastic paraplegia)
    o = orient("syndrome de MAS, dysplasie fibreuse du fémur et puberté précoce à 5 ans", kb)
    assert o.matches[0]["name"] == "Syndrome de McCune-Albright"
    assert orient("syndrome de Mast", kb).matches[0]["name"] == "Paraplégie spastique héréditaire de type 21"


@pytest.mark.parametrize("text", ["ma soeur a un lupus erythemateux disemine", "lupus érythémateux disséminné depuis 2 ans"])
def test_a_whole_name_with_a_typo_is_more_than_a_shorter_name_read_inside_it(kb, text):
    # "lupus" alone would be hidden by the other lupus forms read on "lupus érythémateux"
    o = orient(text, kb)
    assert o.matches[0]["name"] == "Lupus systémique" and not o.ambiguous
    assert [f["acronym"] for f in o.filieres][:1] == ["FAI2R"]


def test_a_typo_is_repaired_into_the_nearest_of_the_words_that_sound_alike(kb):
    o = orient("lupus erythemateux disemine", kb)
    assert o.matches[0]["corrections"] == [["disemine", "dissemine"]]


def test_an_abbreviation_two_names_share_stands_for_the_one_read_by_its_name(kb):
    # CAK is the adenoid cystic carcinoma's, of the salivary glands and of the cervix
    palate = orient("CAK (carcinome adénoïde kystique) du palais chez ma tante", kb)
    assert [n["acronym"] for n in palate.cancer_networks] == ["REFCOR"]
    cervix = orient("CAK (carcinome adénoïde kystique du col de l'utérus)", kb)
    assert [n["acronym"] for n in cervix.cancer_networks][:1] == ["TMRG"]
    assert orient("CAK", kb).ambiguous


def test_a_sound_key_cut_short_does_not_repair_a_long_word_into_a_short_one(kb):
    # "atrséie" sounds like "atr" once its ending is dropped; it is "atrésie", not the gene ATTR
    o = orient("on a diagnostiqué une atrséie du côlon à ma mère, quelle filière ?", kb)
    assert o.matches[0]["name"] == "Atrésie colique" and o.matches[0]["corrections"] == [["atrseie", "atresie"]]


def test_a_word_french_names_spell_so_is_not_a_name_that_only_sounds_like_it(kb):
    # "myosite" sounds like "myosis" (a small pupil), but it is the word of the myositis names
    o = orient("ma mère a une myosite", kb)
    assert "Microcorie congénitale" not in [m["name"] for m in o.matches]
    offered = {f for c in o.candidates for f in c["filieres"][:1]} if o.ambiguous else {f["acronym"] for f in o.filieres}
    assert offered and offered <= {"FILNEMUS", "FAI2R"}
    # an English spelling of a French name is still that name
    coeliac = orient("refractory coeliac disease type 2 with aberrant intraepithelial lymphocytes", kb)
    assert [n["acronym"] for n in coeliac.cancer_networks] == ["CELAC"]


def test_a_french_word_typed_as_it_sounds_is_repaired_into_french_not_english(kb):
    # "thymik" sounds like "thymic" and "thymique": the message is French
    o = orient("carcinome thymik sarcomatoide chez mon frere", kb)
    assert o.matches[0]["name"] == "Carcinome thymique"
    assert [n["acronym"] for n in o.cancer_networks] == ["RYTHMIC"]
