"""Each custom action, run the way the action server runs it, checked on what the person reads."""
import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from actions import actions as A

DOMAIN = {"responses": {}}


def tracker(text="", intent="inform_disease", slots=None, entities=None):
    return Tracker("test", slots or {}, {"text": text, "intent": {"name": intent, "confidence": 1.0},
                                         "entities": entities or []}, [], False, None, {}, "action_listen")


def run(action, text="", intent="inform_disease", slots=None, entities=None):
    d = CollectingDispatcher()
    events = action().run(d, tracker(text, intent, slots, entities), DOMAIN)
    texts = "\n".join(m.get("text") or "" for m in d.messages)
    return d.messages, texts, {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


@pytest.fixture(autouse=True)
def _kb(kb):
    return kb


def test_disease_answer_names_the_filiere_and_sends_back_to_the_doctor():
    msgs, text, slots = run(A.ActionOrient, "ma fille a une mucovisidose")
    assert "Mucoviscidose" in text and "MUCO-CFTR" in text
    assert "médecin traitant" in text
    assert any(b["payload"] == "/ask_summary" for m in msgs for b in m.get("buttons") or [])
    evidence = [m["custom"] for m in msgs if m.get("custom")][0]["ariane"]
    assert evidence["understood"][0]["orpha_code"] == 586 and evidence["sources"] and evidence["next_question"]
    assert slots["subject_name"] == "Mucoviscidose" and slots["last_orientation"]["kind"] == "disease"


def test_rare_cancer_answer_gives_the_inca_network_and_the_ern_rule():
    _, text, _ = run(A.ActionOrient, "on a trouvé un mésothéliome pleural à mon père", "inform_cancer")
    assert "NETMESO" in text and "EURACAN" in text
    assert "accord écrit" in text and "médecin" in text


def test_a_cancer_family_says_the_type_is_not_known_yet():
    _, text, _ = run(A.ActionOrient, "on vient de lui trouver un sarcome", "inform_cancer")
    assert "J'ai compris : sarcome, sans le type précis" in text and "NETSARC+" in text


def test_a_type_the_base_lacks_gets_its_familys_filiere_and_says_so():
    msgs, text, slots = run(A.ActionOrient, "mon père a une ataxie spinocérébelleuse de type 44")
    assert "J'ai compris : ataxie spinocérébelleuse, de type 44." in text and "BRAIN-TEAM" in text
    assert "Je ne connais pas le type 44" in text and "médecin traitant" in text
    assert not any(b["payload"].startswith("/choose_entity") for m in msgs for b in m.get("buttons") or [])


def test_unsure_reading_offers_buttons_and_none_of_these():
    msgs, text, slots = run(A.ActionOrient, "CMT")
    buttons = [b for m in msgs for b in m.get("buttons") or []]
    assert len(buttons) >= 3 and buttons[-1]["payload"] == "/deny"
    assert all(b["payload"].startswith("/choose_entity") for b in buttons[:-1])
    assert slots.get("awaiting") == "choose"


def test_choosing_a_candidate_orients_on_it():
    entity_id = next(m.entity_id for m in knowledge.resolve("CMT").candidates if m.kind == "disease")
    _, text, slots = run(A.ActionChooseEntity, '/choose_entity{"entity_id": "%s"}' % entity_id, "choose_entity",
                         entities=[{"entity": "entity_id", "value": entity_id}])
    assert "FILNEMUS" in text and slots["subject_id"] == entity_id


def test_symptoms_are_leads_not_a_diagnosis():
    _, text, _ = run(A.ActionOrient, "mon fils tombe souvent et a du mal à monter les escaliers", "inform_symptoms")
    assert "pas un diagnostic" in text and "FILNEMUS" in text
    assert "vous avez" not in text.lower() and "il a une" not in text.lower()


def test_an_organ_named_without_a_disease_gets_a_lead_and_the_doctor():
    _, text, slots = run(A.ActionOrient, "mon fils a une maladie rare des reins", "inform_disease")
    assert "ORKiD" in text and "pas un diagnostic" in text and "les reins" in text
    assert "médecin" in text and slots["subject_kind"] == "symptom"


def test_a_cancer_named_by_its_organ_gets_a_probable_network_to_confirm():
    _, text, slots = run(A.ActionOrient, "on a trouvé chez mon père un cancer de la membrane autour du poumon", "inform_cancer")
    assert "NETMESO" in text and "probable" in text and "forme rare" in text
    assert "médecin" in text and slots["subject_kind"] == "cancer"


def test_unknown_name_says_so_and_gives_official_resources():
    _, text, _ = run(A.ActionOrient, "maladie de Zorglubovitch")
    assert "ne trouve pas" in text and "01 56 53 81 36" in text


def test_an_unknown_name_with_signs_says_the_leads_come_from_the_signs():
    _, text, _ = run(A.ActionOrient, "syndrome de wazlowski chez ma fille, elle grandit trop d'un côté et sa peau est très fragile",
                     "inform_symptoms")
    assert "« syndrome de wazlowski »" in text and "seulement des signes" in text and "pas un diagnostic" in text


@pytest.mark.parametrize("text", ["", "x" * 50_000, "<b>hello</b><script>alert(1)</script>",
                                  "'; DROP TABLE labels; --", "\x00\xff garbage \ufffd"], ids=["empty", "long", "html", "sql", "binary"])
def test_bad_input_gets_a_polite_answer(text):
    msgs, reply, _ = run(A.ActionOrient, text)
    assert msgs and reply.strip()
    assert "<script>" not in reply


def test_place_after_a_disease_gives_the_platform():
    slots = {"subject_id": knowledge.resolve("drépanocytose").best.entity_id}
    _, text, events = run(A.ActionPlace, "j'habite à Cayenne", "inform_place", slots)
    assert "Guyane" in text and "PCOM" in text and "médecin" in text
    assert events["place_text"] == "j'habite à Cayenne"


def test_centres_for_the_disease_nearest_first_with_hospital_city_and_site():
    _, text, _ = run(A.ActionOrient, "maladie de Willebrand, on vit à Caen")
    lines = [l for l in text.splitlines() if l.startswith("•") and "Willebrand" in l]
    assert "CHU de Caen, Caen (site constitutif)" in lines[0]
    assert any("CHU de Lille, Lille (site coordonnateur)" in l for l in lines)


def test_no_centre_of_another_disease_group_is_offered():
    _, text, _ = run(A.ActionOrient, "syndrome de Marfan, nous habitons à Mulhouse")
    assert "lymphœdème" not in text.lower() and "pas de liste vérifiée des centres pour cette maladie" in text


def test_a_town_name_shared_by_two_places_offers_the_other_one():
    msgs, text, _ = run(A.ActionPlace, "j'habite à Saint-Denis", "inform_place")
    assert "Île-de-France" in text and "Plusieurs lieux portent ce nom" in text
    buttons = [b for m in msgs for b in m.get("buttons") or []]
    assert {"title": "Saint-Denis (La Réunion, 974)", "payload": "97400"} in buttons
    _, text, _ = run(A.ActionPlace, "97400", "inform_place")   # what the button sends back
    assert "La Réunion" in text and "PCOM" in text and "Plusieurs lieux" not in text


def test_a_place_outside_the_french_system_gets_the_helpline_not_a_guess():
    _, text, slots = run(A.ActionPlace, "nous habitons à Papeete", "inform_place")
    assert "propre organisation de santé" in text and "01 56 53 81 36" in text
    assert "reconnu" not in text and slots["awaiting"] is None


def test_unknown_place_asks_again():
    _, text, _ = run(A.ActionPlace, "j'habite à Zzyzx", "inform_place")
    assert "reconnu" in text


def test_nearby_without_a_place_asks_for_it():
    msgs, _, slots = run(A.ActionNearby, "et près de chez moi ?", "ask_nearby")
    assert msgs[0]["response"] == "utter_ask_place" and slots["awaiting"] == "place"


def test_europe_follow_up_uses_the_current_subject():
    slots = {"subject_id": knowledge.resolve("syndrome de Marfan").best.entity_id}
    _, text, _ = run(A.ActionEurope, "et en Europe ?", "ask_europe", slots)
    assert "VASCERN" in text and "accord écrit" in text


@pytest.mark.parametrize("intent, expected", [("ask_filiere", "23"), ("ask_ern", "accord écrit"),
                                              ("ask_centres", "CCMR"), ("ask_platform", "PCOM"),
                                              ("ask_helpline", "01 56 53 81 36")])
def test_system_questions_come_from_the_glossary(intent, expected):
    _, text, _ = run(A.ActionExplain, "question", intent)
    assert expected in text


def test_talk_to_a_person_gives_the_helpline_from_the_knowledge_base():
    _, text, _ = run(A.ActionHelpline, "je veux parler à quelqu'un", "human_handoff")
    assert "Maladies Rares Info Services" in text and "01 56 53 81 36" in text and "15" in text


@pytest.mark.parametrize("intent, numbers", [("emergency", ["15", "112"]), ("emergency_suicide", ["3114", "15", "112"])])
def test_emergency_numbers(intent, numbers):
    _, text, _ = run(A.ActionEmergency, "urgence", intent)
    for n in numbers:
        assert n in text


def test_summary_for_the_doctor():
    o = knowledge.orient("syndrome de Marfan", place_text="Lyon").to_dict()
    _, text, _ = run(A.ActionSummary, "un résumé svp", "ask_summary", {"last_orientation": o, "role": "proche"})
    assert "ORPHA:558" in text and "FAVA-MULTI" in text and "Auvergne-Rhône-Alpes" in text
    assert "Sources" in text and "médecin" in text
    _, text, _ = run(A.ActionSummary, "un résumé svp", "ask_summary")
    assert "pas encore" in text


def test_two_misses_then_the_helpline():
    msgs, _, slots = run(A.ActionFallback, "blabla", "nlu_fallback")
    assert msgs[0]["response"] == "utter_ask_rephrase" and slots["misses"] == 1.0
    _, text, slots = run(A.ActionFallback, "blabla", "nlu_fallback", {"misses": 1.0})
    assert "01 56 53 81 36" in text and slots["misses"] == 0.0


def test_missing_knowledge_base_is_said_politely(monkeypatch):
    def broken():
        raise knowledge.KnowledgeBaseMissing("knowledge base not found")
    monkeypatch.setattr(A.knowledge, "load", broken)
    _, text, _ = run(A.ActionOrient, "mucoviscidose")
    assert "indisponible" in text and "01 56 53 81 36" in text and "15" in text
    _, text, _ = run(A.ActionEmergency, "urgence", "emergency")
    assert "15" in text and "112" in text


@pytest.mark.parametrize("text, role", [("je suis la maman d'un petit garçon", "proche"),
                                        ("je suis médecin généraliste", "professionnel"),
                                        ("je suis moi-même malade", "patient")])
def test_who_is_writing_is_noted(text, role):
    _, reply, slots = run(A.ActionRole, text, "inform_role")
    assert slots["role"] == role and "?" in reply


def test_a_cancer_context_is_remembered_when_the_place_comes_later():
    _, text, slots = run(A.ActionOrient, "sarcome de Kaposi, mon frère vit avec le VIH", "inform_cancer")
    assert text.index("CANCERIMMUNE") < text.index("CARADERM")
    assert slots["subject_context"]
    _, text, events = run(A.ActionPlace, "on habite à Nantes", "inform_place",
                          {"subject_id": slots["subject_id"], "subject_context": slots["subject_context"]})
    networks = [n["acronym"] for n in events["last_orientation"]["cancer_networks"]]
    assert networks[:2] == ["CANCERIMMUNE", "CARADERM"] and "Pays de la Loire" in text


def test_signs_without_a_name_get_a_lead_not_the_disease():
    _, text, slots = run(A.ActionOrient, "depuis ses 18 mois notre fille se frotte les mains sans arrêt et ne prend plus les objets",
                         "inform_symptoms")
    assert "DéfiScience" in text or "DEFISCIENCE" in text
    assert "pas un diagnostic" in text and "médecin" in text and "Rett" not in text
    assert slots["subject_kind"] == "symptom"


def test_a_place_after_a_type_the_base_lacks_keeps_its_filiere():
    _, _, slots = run(A.ActionOrient, "mon père a une ataxie spinocérébelleuse de type 44")
    msgs, text, events = run(A.ActionPlace, "on habite à Angers", "inform_place", slots)
    assert "PEMR" in text and "ataxie spinocérébelleuse, de type 44" in text and "BRAIN-TEAM" in text
    assert "Je n'ai pas de centre précis" in text and "médecin" in text
    assert not any(m.get("response") == "utter_ask_what" for m in msgs)
    assert events["last_orientation"]["place"]["region_name"] == "Pays de la Loire"
    assert "BRAIN-TEAM" in A.render.summary_text(events["last_orientation"]) and "Angers" in A.render.summary_text(events["last_orientation"])


def test_a_place_after_a_cancer_named_by_its_organ_keeps_the_probable_network():
    _, _, slots = run(A.ActionOrient, "on a trouvé chez mon père un cancer de la membrane autour du poumon", "inform_cancer")
    msgs, text, _ = run(A.ActionPlace, "dans le 59", "inform_place", slots)
    assert "Hauts-de-France" in text and "NETMESO" in text and "probable" in text
    assert not any(m.get("response") == "utter_ask_what" for m in msgs)
    _, text, events = run(A.ActionNearby, "", "ask_nearby", {**slots, "place_text": "dans le 59"})
    assert "Hauts-de-France" in text and "NETMESO" in text
    summary = A.render.summary_text(events["last_orientation"])
    assert "NETMESO" in summary and "Hauts-de-France" in summary


def test_a_place_after_symptoms_only_still_asks_for_the_disease():
    _, _, slots = run(A.ActionOrient, "mon fils tombe souvent et a du mal à monter les escaliers", "inform_symptoms")
    msgs, text, _ = run(A.ActionPlace, "on habite à Lyon", "inform_place", slots)
    assert "Auvergne-Rhône-Alpes" in text and any(m.get("response") == "utter_ask_what" for m in msgs)
