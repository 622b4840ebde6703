"""Custom actions: thin adapters from the tracker to `knowledge` and back to messages."""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import knowledge
from knowledge.asker import role_of
from knowledge.contacts import contacts

from . import render

logger = logging.getLogger(__name__)

GLOSSARY_FOR_INTENT = {
    "ask_filiere": "filiere", "ask_centres": "crmr", "ask_platform": "pemr", "ask_ern": "ern",
    "ask_bndmr": "bndmr", "ask_orphanet": "orphanet", "ask_helpline": "mris",
}


def _kb():
    """The knowledge base, or None after logging what to fix (the caller then degrades)."""
    try:
        return knowledge.load()
    except Exception as exc:
        logger.error("Ariane knowledge base unavailable: %s", exc)
        return None


def _text(tracker: Tracker) -> str:
    text = tracker.latest_message.get("text") or ""
    return "" if text.startswith("/") else text


def _helpline_line(kb) -> str:
    rows = contacts("helpline", kb)
    return render.contact_line(rows[0]) if rows else ""


def _kb_unavailable(dispatcher: CollectingDispatcher) -> List[Dict[Text, Any]]:
    line = _helpline_line(None)
    dispatcher.utter_message(text="Désolé, ma base de connaissances est indisponible pour le moment : "
                                  "je ne peux pas vous orienter précisément."
                                  + (f" L'équipe de {line} peut vous répondre." if line else "")
                                  + " En cas d'urgence, appelez le 15 ou le 112.")
    return []


def _send(dispatcher: CollectingDispatcher, messages: List[Dict[str, Any]]) -> None:
    for m in messages:
        dispatcher.utter_message(text=m["text"], buttons=m.get("buttons") or [])


def _slots(tracker: Tracker) -> Dict[str, Any]:
    return {k: tracker.get_slot(k) for k in ("role", "place_text", "subject_id")}


def _orientation_events(o: dict) -> List[Dict[Text, Any]]:
    events = [SlotSet("last_orientation", o), SlotSet("misses", 0.0), SlotSet("awaiting", None)]
    if o["kind"] in ("disease", "cancer") and o["matches"] and not o["ambiguous"]:
        m = o["matches"][0]
        events += [SlotSet("subject_id", m.get("id")), SlotSet("subject_context", o.get("context")),
                   SlotSet("subject_name", m["name"]),
                   SlotSet("subject_kind", o["kind"])]
    elif o["kind"] == "symptom":
        events += [SlotSet("subject_id", None), SlotSet("subject_name", None), SlotSet("subject_kind", "symptom")]
    if o.get("place"):
        p = o["place"]
        events.append(SlotSet("place_label", p.get("commune") or p.get("departement_name") or p.get("region_name")))
    return events


def answer_orientation(dispatcher: CollectingDispatcher, tracker: Tracker, o: dict) -> List[Dict[Text, Any]]:
    """Render any orientation result and return the slot events that remember it."""
    if o["ambiguous"]:
        dispatcher.utter_message(**render.choice_message(o))
        return [SlotSet("awaiting", "choose")]
    if o["kind"] in ("disease", "cancer"):
        _send(dispatcher, render.orientation_messages(o))
    elif o["kind"] == "symptom":
        _send(dispatcher, render.symptom_messages(o))
    elif o["kind"] == "question":
        dispatcher.utter_message(text=o["answer"]["text"])
        return []
    elif o.get("place"):
        _send(dispatcher, render.place_messages(o))
        dispatcher.utter_message(response="utter_ask_what")
        return [SlotSet("place_text", o["query"])] + _orientation_events(o)[2:]
    else:
        _send(dispatcher, render.unknown_messages(o))
        return []
    dispatcher.utter_message(json_message=render.evidence(o, _slots(tracker)))
    return _orientation_events(o)


class ActionOrient(Action):
    """A disease, a rare cancer or symptoms were described: orient."""

    def name(self) -> Text:
        return "action_orient"

    def run(self, dispatcher, tracker, domain):
        kb = _kb()
        if kb is None:
            return _kb_unavailable(dispatcher)
        text = _text(tracker)
        o = knowledge.orient(text, kb, place_text=tracker.get_slot("place_text")).to_dict()
        if o["emergency"]:
            ActionEmergency.tell(dispatcher, kb, o["emergency"])
        events = answer_orientation(dispatcher, tracker, o)
        role = role_of(text)
        if role and not tracker.get_slot("role"):
            events.append(SlotSet("role", role))
        if o.get("place") and o["kind"] != "unknown":
            events.append(SlotSet("place_text", text if knowledge.locate(text, kb)["region"] else tracker.get_slot("place_text")))
        return events


class ActionChooseEntity(Action):
    """A button of the 'which one?' question was clicked."""

    def name(self) -> Text:
        return "action_choose_entity"

    def run(self, dispatcher, tracker, domain):
        kb = _kb()
        if kb is None:
            return _kb_unavailable(dispatcher)
        entity_id = next(tracker.get_latest_entity_values("entity_id"), None)
        if entity_id not in kb.entities:
            dispatcher.utter_message(response="utter_deny_ack")
            return [SlotSet("awaiting", None)]
        o = knowledge.orient("", kb, entity_id=entity_id, place_text=tracker.get_slot("place_text")).to_dict()
        return answer_orientation(dispatcher, tracker, o)


class ActionPlace(Action):
    """The person said where they live: regional platform, and centres if a subject is known."""

    def name(self) -> Text:
        return "action_place"

    def run(self, dispatcher, tracker, domain):
        kb = _kb()
        if kb is None:
            return _kb_unavailable(dispatcher)
        text = _text(tracker)
        where = knowledge.locate(text, kb)
        if not where["region"] and where.get("elsewhere"):
            line = _helpline_line(kb)
            dispatcher.utter_message(text=where["elsewhere"]["note"] + (f" ({line})" if line else ""))
            return [SlotSet("awaiting", None)]
        if not where["region"]:
            dispatcher.utter_message(text="Je n'ai pas reconnu ce lieu. Pouvez-vous me donner la ville, le numéro du département ou le code postal ?")
            return [SlotSet("awaiting", "place")]
        subject = tracker.get_slot("subject_id")
        o = knowledge.orient("", kb, entity_id=subject, place_text=text,
                             context_id=tracker.get_slot("subject_context")).to_dict()
        lead = None if subject else _lead_without_entity(tracker)
        _send(dispatcher, render.place_messages(o))
        if lead:
            o = _with_place(lead, o)
            dispatcher.utter_message(text=render.lead_kept(o))
        if not subject and not lead:
            dispatcher.utter_message(response="utter_ask_what")
        else:
            dispatcher.utter_message(text=o["home_provider"])
            dispatcher.utter_message(json_message=render.evidence(o, {**_slots(tracker), "place_text": text}))
        p = o["place"]
        events = [SlotSet("place_text", text), SlotSet("awaiting", None),
                  SlotSet("place_label", p.get("commune") or p.get("departement_name") or p.get("region_name"))]
        if subject or lead:
            events.append(SlotSet("last_orientation", o))
        return events


def _lead_without_entity(tracker: Tracker) -> Dict[str, Any] | None:
    """The last answer when it gave a filière or a network with no disease entity behind it
    (a type the base lacks, a cancer named by its organ): a place given next keeps that lead."""
    last = tracker.get_slot("last_orientation") or {}
    if last.get("kind") not in ("disease", "cancer") or last.get("ambiguous") or not last.get("matches"):
        return None
    if last["matches"][0].get("id") or not (last.get("filieres") or last.get("cancer_networks")):
        return None
    return last


def _with_place(lead: Dict[str, Any], placed: Dict[str, Any]) -> Dict[str, Any]:
    return {**lead, "place": placed["place"], "platforms": placed["platforms"]}


class ActionNearby(Action):
    """'Et près de chez moi ?': the platform and centres for the known place, or ask for it."""

    def name(self) -> Text:
        return "action_nearby"

    def run(self, dispatcher, tracker, domain):
        kb = _kb()
        if kb is None:
            return _kb_unavailable(dispatcher)
        text = _text(tracker)
        if text and knowledge.locate(text, kb)["region"]:
            return ActionPlace().run(dispatcher, tracker, domain)
        place_text = tracker.get_slot("place_text")
        if not place_text:
            dispatcher.utter_message(response="utter_ask_place")
            return [SlotSet("awaiting", "place")]
        subject = tracker.get_slot("subject_id")
        o = knowledge.orient("", kb, entity_id=subject, place_text=place_text,
                             context_id=tracker.get_slot("subject_context")).to_dict()
        lead = None if subject else _lead_without_entity(tracker)
        _send(dispatcher, render.place_messages(o))
        if lead:
            kept = _with_place(lead, o)
            dispatcher.utter_message(text=render.lead_kept(kept))
            return [SlotSet("last_orientation", kept)]   # so that the summary holds the place
        return []


class ActionEurope(Action):
    """'Et en Europe ?': the ERN of the current subject and how it is reached."""

    def name(self) -> Text:
        return "action_europe"

    def run(self, dispatcher, tracker, domain):
        kb = _kb()
        if kb is None:
            return _kb_unavailable(dispatcher)
        subject = tracker.get_slot("subject_id")
        last = tracker.get_slot("last_orientation") or {}
        o = knowledge.orient("", kb, entity_id=subject, context_id=tracker.get_slot("subject_context")).to_dict() \
            if subject else last
        if o and o.get("erns"):
            lines = [f"{e['acronym']} : {e['description_fr']}" if e.get("description_fr") else e["acronym"] for e in o["erns"]]
            dispatcher.utter_message(text="Réseaux européens de référence concernés :\n" + "\n".join(f"• {l}" for l in lines))
            dispatcher.utter_message(text=o["ern_rule"])
        else:
            dispatcher.utter_message(text=kb.glossary["ern"]["answer"])
            dispatcher.utter_message(response="utter_ask_what")
        return []


class ActionExplain(Action):
    """Questions about the care system, answered from the glossary of the knowledge base."""

    def name(self) -> Text:
        return "action_explain"

    def run(self, dispatcher, tracker, domain):
        kb = _kb()
        if kb is None:
            return _kb_unavailable(dispatcher)
        intent = tracker.latest_message.get("intent", {}).get("name")
        term = GLOSSARY_FOR_INTENT.get(intent, "filiere")
        entry = kb.glossary.get(term)
        if entry:
            dispatcher.utter_message(text=entry["answer"])
        if term == "mris":
            line = _helpline_line(kb)
            if line:
                dispatcher.utter_message(text=f"Pour les joindre : {line}.")
        elif not tracker.get_slot("subject_id"):
            dispatcher.utter_message(text="Souhaitez-vous que je vous oriente pour une maladie précise ? Écrivez simplement son nom.")
        return []


class ActionHelpline(Action):
    """Talk to a person, second opinion: the national helpline, read from the knowledge base."""

    def name(self) -> Text:
        return "action_helpline"

    def run(self, dispatcher, tracker, domain):
        kb = _kb()
        line = _helpline_line(kb)
        intent = tracker.latest_message.get("intent", {}).get("name")
        if intent == "ask_second_opinion":
            dispatcher.utter_message(text="Un second avis se demande avec votre médecin : il peut vous adresser à un centre de référence "
                                          "ou de compétence de la filière concernée, et, si besoin, solliciter un réseau européen.")
        else:
            dispatcher.utter_message(text="Je suis un assistant automatique. Des personnes formées peuvent vous écouter et vous répondre :")
        if line:
            dispatcher.utter_message(text=line)
        dispatcher.utter_message(text="En cas d'urgence, appelez le 15 ou le 112.")
        return [SlotSet("misses", 0.0)]


class ActionEmergency(Action):
    """Emergency numbers at once, from any point of any conversation."""

    def name(self) -> Text:
        return "action_emergency"

    @staticmethod
    def tell(dispatcher: CollectingDispatcher, kb, level: str) -> None:
        numbers = {r["phone"]: r for r in contacts("emergency", kb)}
        if level == "suicide" and "3114" in numbers:
            r = numbers["3114"]
            dispatcher.utter_message(text=f"Vous n'êtes pas seul·e. Appelez le 3114 ({r['name'].split(' - ')[-1]}), "
                                          f"gratuit, {r.get('hours', '')}. En danger immédiat : 15 ou 112.")
        else:
            dispatcher.utter_message(text="Si c'est une urgence, appelez tout de suite le 15 (SAMU) ou le 112. "
                                          "Ne restez pas seul·e : décrivez ce qui se passe, on vous guidera.")
        if "114" in numbers:
            dispatcher.utter_message(text="Si vous ne pouvez pas parler ou entendre : 114, par SMS ou visio.")

    def run(self, dispatcher, tracker, domain):
        intent = tracker.latest_message.get("intent", {}).get("name")
        self.tell(dispatcher, _kb(), "suicide" if intent == "emergency_suicide" else "emergency")
        return []


class ActionSummary(Action):
    """A short summary of the orientation, to print or to take to the doctor."""

    def name(self) -> Text:
        return "action_summary"

    def run(self, dispatcher, tracker, domain):
        o = tracker.get_slot("last_orientation")
        if not o:
            dispatcher.utter_message(text="Je n'ai pas encore d'orientation à résumer. Dites-moi d'abord la maladie ou les signes qui vous amènent.")
            return []
        dispatcher.utter_message(text=render.summary_text(o, tracker.get_slot("role")))
        return []


class ActionRole(Action):
    """Who is writing: noted, so the answer and the summary can be addressed to them."""

    ACK = {
        "professionnel": "Merci, je note que vous êtes un professionnel de santé. Quelle maladie ou quelle question vous occupe ?",
        "proche": "Merci de me le dire. Être proche d'une personne malade demande beaucoup : quelle maladie ou quels signes vous amènent ?",
        "patient": "Merci de me le dire. Quelle maladie ou quels signes vous amènent ?",
    }

    def name(self) -> Text:
        return "action_role"

    def run(self, dispatcher, tracker, domain):
        role = role_of(_text(tracker))
        dispatcher.utter_message(text=self.ACK.get(role, "Merci. Quelle maladie ou quels signes vous amènent ?"))
        return [SlotSet("role", role)] if role else []


class ActionFallback(Action):
    """Not understood or out of scope: rephrase first, then offer the helpline after two misses."""

    def name(self) -> Text:
        return "action_fallback"

    def run(self, dispatcher, tracker, domain):
        misses = int(tracker.get_slot("misses") or 0) + 1
        intent = tracker.latest_message.get("intent", {}).get("name")
        if misses < 2:
            dispatcher.utter_message(response="utter_out_of_scope" if intent == "out_of_scope" else "utter_ask_rephrase")
            return [SlotSet("misses", float(misses))]
        line = _helpline_line(_kb())
        dispatcher.utter_message(text="Je n'arrive pas à vous comprendre, j'en suis désolé. "
                                      + (f"Vous pouvez en parler à une personne : {line}." if line else ""))
        return [SlotSet("misses", 0.0)]
