"""Read-only access to the built knowledge base, loaded once into memory."""
from __future__ import annotations

import json
import re
import sqlite3
from functools import lru_cache
from pathlib import Path

from .build import db_path
from .labs import LabReader
from .names import NameIndex
from .places import PlaceIndex
from .text import fold, key, tokens

_JSON_COLUMNS = {"examples", "erns", "keywords", "filieres", "networks", "aliases", "regions",
                 "departements", "synonyms", "lay", "described", "abbreviations", "variants",
                 "context_cues", "context_needs", "context_not", "context_yields_to", "covers", "words", "child_networks",
                 "lymphoma_networks", "cell_words", "also_fits", "cancers", "names", "scales", "infants"}


class KnowledgeBaseMissing(RuntimeError):
    """The SQLite file is absent or unreadable; the message says how to rebuild it."""


def _decode(row: dict) -> dict:
    out = {}
    for k, v in row.items():
        if k in _JSON_COLUMNS and isinstance(v, str) and v[:1] in "[{":
            try:
                v = json.loads(v)
            except ValueError:
                pass
        out[k] = v
    return out


class KnowledgeBase:
    def __init__(self, path: Path | str | None = None):
        self.path = Path(path or db_path())
        if not self.path.exists():
            raise KnowledgeBaseMissing(
                f"knowledge base not found at {self.path}: build it with `make kb` "
                f"(or `.venv/bin/python -m knowledge build`)")
        try:
            conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            conn.row_factory = sqlite3.Row
            self._load(conn)
            conn.close()
        except sqlite3.Error as exc:
            raise KnowledgeBaseMissing(f"knowledge base at {self.path} is unreadable ({exc}): rebuild it with `make kb`") from exc

    def _not_phrases(self, phrases: list[str]) -> list[str]:
        """A context's phrases that say no context, as written and as the message is read once its
        typos are repaired ("avant de me greffer" is read "avant de me greffe")."""
        out = []
        for phrase in phrases:
            for form in (key(phrase), key(" ".join(self.names.repair(tokens(phrase))[0]))):
                if form not in out:
                    out.append(form)
        return out

    def _rows(self, conn, table: str) -> list[dict]:
        # Table names come from this module only, never from user text.
        try:
            return [_decode(dict(r)) for r in conn.execute(f"SELECT * FROM [{table}]")]
        except sqlite3.OperationalError:
            return []

    def _load(self, conn):
        self.filieres = {r["acronym"]: r for r in self._rows(conn, "filieres")}
        self.erns = {r["acronym"]: r for r in self._rows(conn, "erns")}
        self.networks = {r["acronym"]: r for r in self._rows(conn, "cancer_networks")}
        self.resources = {r["key"]: r for r in self._rows(conn, "resources")}
        self.glossary = {r["term"]: r for r in self._rows(conn, "glossary")}
        self.texts = {r["key"]: r for r in self._rows(conn, "texts")}
        self.regions = self._rows(conn, "regions")
        self.departements = self._rows(conn, "departements")
        self.platforms = [p for p in self._rows(conn, "platforms") if p.get("kind")]
        self.centres = [c for c in self._rows(conn, "centres") if c.get("filiere")]
        for c in self.centres:   # folded once, as the disease names they are compared with
            c["covers"] = [w if w == "*" else fold(w) for w in c.get("covers") or []]
        self.meta = {r["key"]: json.loads(r["value"]) for r in self._rows(conn, "meta")}
        self.entities = {r["id"]: r for r in self._rows(conn, "entities")}
        # a disease that is also a cancer predisposition has a cancer entry of the same name (Birt-Hogg-Dubé)
        self.cancer_twin = {e["name"]: e for e in self.entities.values() if e["kind"] == "cancer"}
        # the cancers a disease predisposes to, when they are not of its own name (NF1: a nerve sheath tumour)
        self.predisposes = {e["id"]: [self.cancer_twin[n] for n in e.get("cancers") or [] if n in self.cancer_twin]
                            for e in self.entities.values() if e.get("cancers")}
        self.urgency = [(re.compile(r["pattern"]), r["level"], r["source"]) for r in self._rows(conn, "urgency")]
        # lab results quoted as numbers, read as the words of signs ("plaquettes à 8000")
        self.labs = LabReader([r for r in self._rows(conn, "lab_values") if r.get("test")])
        labels = [dict(r) for r in conn.execute("SELECT entity_id, label, label_kind, key FROM labels")]
        communes = self._rows(conn, "communes")
        if not self.filieres or not self.entities:
            raise KnowledgeBaseMissing(f"knowledge base at {self.path} is empty: rebuild it with `make kb`")
        common = {r["word"] for r in self._rows(conn, "common_words") if r.get("word")}
        # the signs of diseases get their own index: thousands of everyday phrasings must not
        # change how names are read (word rarity, typo repair)
        is_sign = lambda row: (self.entities.get(row["entity_id"]) or {}).get("kind") == "sign"
        familiar = {r["word"] for r in self._rows(conn, "familiar_words") if r.get("word")}
        self.signs = NameIndex([r for r in labels if is_sign(r)], self.entities, common, signs=True)
        # "eculizumab" is a sign (a treatment), not a misspelt "emicizumab"
        self.names = NameIndex([r for r in labels if not is_sign(r)], self.entities, common, familiar=familiar,
                               known_words=self.signs.vocab)
        self.places = PlaceIndex(self.regions, self.departements, communes,
                                 [e for e in self._rows(conn, "elsewhere") if e.get("name")], common)
        # entities that change the network of any cancer named with them ("greffé", "VIH")
        # (with the phrases that are not its cue: "greffe de peau" is no transplant)
        # (and each cue's words, which tell at once whether a message can say the cue at all)
        self.contexts = [(e["id"], [key(c) for c in e.get("context_cues") or []],
                          [key(n) for n in e.get("context_needs") or []],
                          self._not_phrases(e.get("context_not") or []),
                          [frozenset(key(c).split()) for c in e.get("context_cues") or []])
                         for e in self.entities.values() if e.get("context_cues")]
        # organs and body domains, the last resort of orientation ("une maladie rare des reins")
        self.body_words: dict[str, list[tuple[dict, str]]] = {}   # first word -> (domain, phrase)
        for b in self._rows(conn, "body_words"):
            for phrase in {key(w) for w in b.get("words") or []} if b.get("name") else ():
                self.body_words.setdefault(phrase.split(" ", 1)[0], []).append((b, phrase))
        # the organ of a cancer whose type is not named, and its probable network
        self.cancer_sites = [(c, [key(w) for w in c.get("words") or []])
                             for c in self._rows(conn, "cancer_sites") if c.get("name")]
        # the entry of lymphomas: "un cancer des ganglions", and the networks of blood cancers
        self.lymphoid_site = next((c for c, _ in self.cancer_sites if c.get("lymphoid")), {})
        self.glossary_keys = {}
        for term, g in self.glossary.items():
            for alias in [term] + (g.get("aliases") or []):
                self.glossary_keys[key(alias)] = term

    def text(self, text_key: str, **values) -> str:
        row = self.texts.get(text_key)
        return row["text"].format(**values) if row else ""


@lru_cache(maxsize=4)
def _cached(path: str) -> KnowledgeBase:
    return KnowledgeBase(path)


def load(path: Path | str | None = None) -> KnowledgeBase:
    """The shared, read-only knowledge base of this process."""
    return _cached(str(Path(path or db_path()).resolve()))
