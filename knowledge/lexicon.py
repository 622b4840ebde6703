"""The most frequent French words, from spaCy's fr_core_news_md vectors.

The model's 20,000 vector rows belong to its most frequent words, stored first. A word
among them ("arrière", "paris", "adulte") is never "repaired" into a disease word and
never stands alone for a disease name; rare medical words ("mésothéliome", "Duchenne")
are not among them. Computed once at build time and cached under knowledge/build/.
"""
from __future__ import annotations

import importlib.metadata
import json
import logging
from pathlib import Path

from .text import fold

logger = logging.getLogger(__name__)
MODEL = "fr_core_news_md"
CACHE_DIR = Path(__file__).parent / "build"   # common_words_<limit>.json, one file per list length


# Everyday body words that fall outside the 20,000 rows but are never misspelt disease words:
# "mollets tout fins" must not be "repaired" into "môle".
EVERYDAY_BODY = ["mollet", "fesse", "orteil", "sourcil", "paupiere", "gencive", "narine", "nombril",
                 "aisselle", "omoplate", "tibia", "lobe", "phalange", "ongle", "pouce", "cil"]
# The doctors and carers people name, outside the 20,000 rows too: "l'immunologue" is no
# misspelt "immunologique".
EVERYDAY_CARERS = ["immunologue", "hematologue", "neurologue", "pneumologue", "cardiologue", "nephrologue",
                   "endocrinologue", "dermatologue", "rhumatologue", "gastroenterologue", "urologue", "oncologue",
                   "infectiologue", "geneticien", "geneticienne", "ophtalmologue", "pediatre", "neuropediatre",
                   "hepatologue", "allergologue", "radiologue", "pathologiste", "anatomopathologiste", "orthophoniste",
                   "kinesitherapeute", "orthoptiste", "podologue", "ergotherapeute", "neurochirurgien", "gynecologue",
                   "obstetricien", "stomatologue", "anesthesiste"]
# Everyday short words of daily life: "je ne fais pas de muscu" is no "fibromatose musculo-aponévrotique".
EVERYDAY_SHORT = ["muscu", "kine"]
# Units of lab results: "45 mmol" is no misspelt "môle".
EVERYDAY_UNITS = ["mmol", "umol", "mmhg", "mui", "ui", "mg", "ml", "dl"]


def common_words(limit: int = 20000) -> list[str]:
    words = _vector_words(limit)
    known = set(words)
    return words + [w for w in EVERYDAY_BODY + EVERYDAY_CARERS + EVERYDAY_SHORT + EVERYDAY_UNITS if w not in known] if words else []


def familiar_words(start: int = 20000, limit: int = 60000) -> list[str]:
    """Words a little less frequent than the common ones, still ordinary French ("hernie",
    "cataracte", "thrombose"): one of them alone, in a long description, is not a name."""
    common = set(common_words(start))
    return [w for w in _vector_words(limit) if w not in common]


def _vector_words(limit: int) -> list[str]:
    try:
        # (the model's version from its package: importing spaCy to ask it takes seconds)
        version = f"{MODEL}-{importlib.metadata.version(MODEL)}-{limit}"
    except importlib.metadata.PackageNotFoundError as exc:
        # no spaCy model: the engine still works, a little more credulous
        logger.warning("spaCy model %s unavailable (%s): no common-word list", MODEL, exc)
        return []
    cache = CACHE_DIR / f"common_words_{limit}.json"
    if cache.exists():
        cached = json.loads(cache.read_text(encoding="utf-8"))
        if cached.get("version") == version:
            return cached["words"]
    try:
        import spacy
        nlp = spacy.load(MODEL, exclude=["tok2vec", "morphologizer", "parser", "senter", "attribute_ruler",
                                         "lemmatizer", "ner"])
    except Exception as exc:
        logger.warning("spaCy model %s unavailable (%s): no common-word list", MODEL, exc)
        return []
    strings, keys = nlp.vocab.strings, nlp.vocab.vectors.key2row
    words = []
    seen = set()
    for n, k in enumerate(keys):
        if n >= limit:
            break
        w = fold(strings[k])
        if w.isalpha() and w not in seen:
            seen.add(w)
            words.append(w)
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_text(json.dumps({"version": version, "words": words}), encoding="utf-8")
    return words
