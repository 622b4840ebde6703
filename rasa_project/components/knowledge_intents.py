"""Rasa NLU component: lets the knowledge engine correct DIET's intent.

- a message that sounds like an emergency becomes `emergency` (or `emergency_suicide`),
  whatever DIET thought: urgency must never depend on a statistical model;
- a message that clearly names a disease or a rare cancer from the knowledge base
  becomes `inform_disease` / `inform_cancer` when DIET hesitated or read it as
  chit-chat, so thousands of names work without being in the training data.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

logger = logging.getLogger(__name__)

# Intents a disease name does not change: a question about the system stays a question.
KEEP = {"ask_filiere", "ask_centres", "ask_platform", "ask_ern", "ask_bndmr", "ask_orphanet",
        "ask_helpline", "ask_second_opinion", "human_handoff", "ask_summary", "ask_nearby",
        "ask_europe", "bot_challenge", "ask_privacy", "goodbye", "thank", "inform_cancer"}
STRONG = 90.0
_KEYBOARD_ROWS = ("azertyuiop", "qsdfghjklm", "wxcvbn", "qwertyuiop", "asdfghjkl", "zxcvbnm")


_PLACE_WORDS = set("""habite habitons habitez vis vivons vit suis sommes est on j je nous moi a au aux en de du des
les la le l d dans vers cote pres proche region departement ville secteur coin sur chez pas loin
from live in near""".split())


def _only_a_place(text: str, matched: str) -> bool:
    """'Kourou', 'vers Agen', 'je vis dans les Landes': nothing but a place and its cue words."""
    from knowledge.text import fold
    rest = set(fold(text).split()) - set(fold(matched).split()) - _PLACE_WORDS
    return not rest


def _gibberish(word: str) -> bool:
    """Keyboard rows or almost no vowels: typed at random rather than a name."""
    w = "".join(c for c in word.lower() if c.isalpha())
    if len(w) < 5:
        return False
    vowels = sum(c in "aeiouy" for c in w) / len(w)
    rows = any(row[i:i + 4] in w for row in _KEYBOARD_ROWS for i in range(len(row) - 3))
    return vowels < 0.2 or rows


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class KnowledgeIntents(GraphComponent):
    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "KnowledgeIntents":
        return cls(config)

    def __init__(self, config: Dict[Text, Any]) -> None:
        self._kb = None
        self._failed = False

    def _knowledge(self):
        if self._kb is None and not self._failed:
            try:
                import knowledge
                self._kb = knowledge.load()
            except Exception as exc:  # the bot keeps working on DIET alone
                self._failed = True
                logger.error("Ariane knowledge base unavailable in the NLU pipeline (%s); "
                             "run `make kb` and restart Rasa", exc)
        return self._kb

    @staticmethod
    def _set(message: Message, name: str) -> None:
        ranking = [r for r in message.get(INTENT_RANKING_KEY) or [] if r.get("name") != name]
        message.set(INTENT, {"name": name, "confidence": 1.0}, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [{"name": name, "confidence": 1.0}] + ranking[:9], add_to_output=True)

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            if not text.strip() or text.startswith("/"):
                continue
            kb = self._knowledge()
            if kb is None:
                continue
            try:
                self._correct(message, text, kb)
            except Exception:  # never lose a message because of the knowledge layer
                logger.exception("KnowledgeIntents failed on a message; DIET's intent kept")
        return messages

    def _correct(self, message: Message, text: str, kb) -> None:
        from knowledge import resolve
        from knowledge.asker import role_of
        res = resolve(text, kb)
        if res.urgency:
            self._set(message, "emergency_suicide" if res.urgency == "suicide" else "emergency")
            return
        intent = (message.get(INTENT) or {}).get("name")
        confidence = (message.get(INTENT) or {}).get("confidence") or 0.0
        best = res.best
        if best and best.score >= STRONG and intent not in KEEP:
            self._set(message, "inform_cancer" if best.kind == "cancer" else "inform_disease")
        elif best and best.kind == "cancer" and best.score >= STRONG and intent == "inform_disease":
            self._set(message, "inform_cancer")
        elif not best and res.contexts and intent not in KEEP:
            # "greffé du rein et maintenant un cancer": no cancer named, but its network is known
            self._set(message, "inform_cancer")
        elif not best and (res.symptoms or res.signs or res.body) and intent in ("out_of_scope", "greet") and confidence < 0.9:
            self._set(message, "inform_symptoms")
        elif not best and not res.symptoms and res.place and res.place.how != "fuzzy" \
                and intent not in KEEP and intent not in ("emergency", "emergency_suicide", "ask_nearby") \
                and _only_a_place(text, res.place.matched):
            self._set(message, "inform_place")
        elif not best and not res.symptoms and role_of(text, explicit_only=True) and intent not in KEEP \
                and intent not in ("emergency", "emergency_suicide", "inform_place"):
            self._set(message, "inform_role")
        elif intent in ("inform_disease", "inform_cancer", "inform_symptoms") and not res.mentions \
                and not res.place and all(_gibberish(w) and not kb.names.knows(w) for w in text.split()):
            # "qsdfqsdf": keyboard mashing, not an unknown disease name
            self._set(message, "out_of_scope")
        elif intent == "emergency" and confidence < 0.8 and res.symptoms:
            # DIET alone read an emergency, no urgent wording was found: signs to orient
            self._set(message, "inform_symptoms")

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
