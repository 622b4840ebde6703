"""Scripted conversations over the REST channel, with the real action server: what a person reads."""
import json
import uuid
import urllib.request

import pytest

DIAGNOSIS_WORDS = ("vous avez ", "vous êtes atteint", "il a une", "elle a une", "c'est sûrement")


class Chat:
    def __init__(self, base):
        self.url = base + "/webhooks/rest/webhook"
        self.sender = uuid.uuid4().hex

    def raw(self, payload: bytes):
        req = urllib.request.Request(self.url, data=payload, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, json.loads(r.read() or b"[]")

    def say(self, text: str) -> str:
        status, messages = self.raw(json.dumps({"sender": self.sender, "message": text}).encode())
        assert status == 200
        self.last = messages
        return "\n".join(m.get("text", "") for m in messages)

    def buttons(self):
        return [b for m in self.last for b in m.get("buttons", [])]


@pytest.fixture
def chat(stack):
    return Chat(stack["rasa"])


def test_greeting_says_who_and_what_limits(chat):
    text = chat.say("bonjour")
    assert "Ariane" in text and "pas médecin" in text and "15" in text and "112" in text


def test_emergency_gets_the_numbers_at_once(chat):
    assert "15" in chat.say("je n'arrive plus à respirer") and "112" in chat.last[0]["text"]
    assert "3114" in chat.say("j'ai envie d'en finir")


def test_orientation_flow_with_typo_place_and_summary(chat):
    chat.say("bonjour")
    text = chat.say("ma fille a une mucovisidose")
    assert "Mucoviscidose" in text and "MUCO-CFTR" in text and "médecin traitant" in text
    assert any(b["payload"] == "/ask_summary" for b in chat.buttons())
    assert any("custom" in m for m in chat.last)  # evidence for the staff console
    text = chat.say("nous habitons à Lille")
    assert "Hauts-de-France" in text and "PEMR" in text
    text = chat.say("/ask_europe")
    assert "ERN-LUNG" in text and "accord écrit" in text
    text = chat.say("vous pouvez me faire un résumé pour mon médecin ?")
    assert "Fiche d'orientation" in text and "ORPHA:586" in text and "Lille" in text
    assert "15" in chat.say("au secours il ne respire plus")
    assert not any(w in text.lower() for w in DIAGNOSIS_WORDS)


def test_symptoms_are_leads_never_a_diagnosis(chat):
    text = chat.say("mon fils tombe souvent et a du mal à se relever")
    assert "pas un diagnostic" in text and "médecin" in text
    assert not any(w in text.lower() for w in DIAGNOSIS_WORDS)


def test_unsure_name_then_button_choice(chat):
    chat.say("CMT")
    buttons = chat.buttons()
    assert buttons and buttons[-1]["payload"] == "/deny"
    choice = next(b for b in buttons if "Charcot" in b["title"])
    text = chat.say(choice["payload"])
    assert "FILNEMUS" in text and "médecin" in text


def test_rare_cancer_gives_the_inca_network(chat):
    text = chat.say("on a diagnostiqué un sarcome d'Ewing à mon fils")
    assert "NETSARC+" in text and "médecin" in text


def test_talk_to_a_person_gives_the_helpline(chat):
    text = chat.say("je voudrais parler à un humain")
    assert "Maladies Rares Info Services" in text and "01 56 53 81 36" in text


def test_out_of_scope_twice_offers_the_helpline(chat):
    chat.say("quel temps fera-t-il demain à Paris ?")
    text = chat.say("donne moi une recette de crêpes")
    assert "01 56 53 81 36" in text


@pytest.mark.parametrize("payload", [
    {"message": ""}, {"message": "x" * 50_000}, {"message": "\x00\x01\x7f\ufffd\u202e"},
    {"message": "<script>alert('x')</script> SELECT * FROM users; DROP TABLE labels; --"},
    {"message": "Привет! Wie geht's? 你好"},
], ids=["empty", "50k", "binary", "html-sql", "other-languages"])
def test_bad_input_gets_a_polite_answer(chat, payload):
    status, messages = chat.raw(json.dumps({"sender": chat.sender, **payload}).encode())
    assert status == 200
    if payload["message"]:
        assert messages and all("<script>" not in m.get("text", "") for m in messages)
    # the conversation goes on afterwards
    assert "Ariane" in chat.say("bonjour")


def test_a_town_shared_by_two_places_is_asked_back(chat):
    text = chat.say("nous habitons à Saint-Denis")
    assert "Plusieurs lieux portent ce nom" in text
    reunion = next(b for b in chat.buttons() if "974" in b["title"])
    text = chat.say(reunion["payload"])          # what the widget sends when the button is pressed
    assert "La Réunion" in text and "PCOM" in text


def test_a_cancer_after_a_transplant_goes_to_cancerimmune(chat):
    text = chat.say("mon père est greffé du rein et on lui a trouvé un sarcome de Kaposi")
    assert "CANCERIMMUNE" in text and "greffe" in text and "médecin" in text
    assert text.index("CANCERIMMUNE") < text.index("CARADERM")
