"""Build the SQLite knowledge base from the curated sources (and optional imports)."""
from __future__ import annotations

import json
import os
import time
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from . import sources
from .text import fold, key

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = Path(__file__).parent / "build" / "ariane.db"
POSTAL_PACKAGE = ROOT / "node_modules" / "codes-postaux" / "codes-postaux.json"
POSTAL_SOURCE = "La Poste, base officielle des codes postaux (paquet npm codes-postaux)"
BATCH = 2000   # rows per INSERT for the big tables (sqlite-utils defaults to 100; fewer statements, same rows)


def db_path() -> Path:
    return Path(os.environ.get("ARIANE_DB", DEFAULT_DB))


def _clean(item: dict, drop=("_file",)) -> dict:
    out = {}
    for k, v in item.items():
        if k in drop:
            continue
        out[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
    return out


def _entity_rows(kind: str, items: list[dict], id_prefix: str):
    """One row per entity and one per name (official, synonym, lay, abbreviation...)."""
    entities, labels = [], []
    for n, item in enumerate(items):
        eid = f"{id_prefix}{n}"
        name = item.get("name") or item.get("expression")
        entities.append({
            "id": eid, "kind": kind, "name": name,
            "orpha_code": item.get("orpha_code"),
            "english": item.get("english"),
            "filieres": json.dumps(item.get("filieres", []), ensure_ascii=False),
            "erns": json.dumps(item.get("erns", []), ensure_ascii=False),
            "networks": json.dumps(item.get("networks", []), ensure_ascii=False),
            "system": item.get("system"),
            "context_cues": json.dumps(item.get("context_cues", []), ensure_ascii=False),
            "context_needs": json.dumps(item.get("context_needs", []), ensure_ascii=False),
            "context_not": json.dumps(item.get("context_not", []), ensure_ascii=False),
            "context_note": item.get("context_note"),
            "context_yields_to": json.dumps(item.get("context_yields_to", []), ensure_ascii=False),
            "cancers": json.dumps(item.get("cancers", []), ensure_ascii=False),
            "family": 1 if item.get("family") else 0,
            "hpo": item.get("hpo"),
            "origin": "curated",
            "source": item.get("source"), "as_of": str(item.get("as_of")),
        })
        names = [("name", name)]
        names += [("english", item["english"])] if item.get("english") else []
        for label_kind in ("synonyms", "lay", "described", "abbreviations", "variants"):
            names += [(label_kind, v) for v in item.get(label_kind, [])]
        seen = set()
        for label_kind, label in names:
            label = str(label)
            # "labio-palatine" is also written "labiopalatine"
            variants = [label, label.replace("-", "")] if "-" in label else [label]
            for variant in variants:
                k = key(variant)
                if k and k not in seen:
                    seen.add(k)
                    labels.append({"entity_id": eid, "label": label, "label_kind": label_kind, "key": k})
    return entities, labels


def _sign_rows(items: list[dict], named: list[dict]):
    """One entity per sign of a disease or a rare cancer ("urines couleur coca"), each of its
    phrasings a label; the sign points to its disease and carries that disease's filières."""
    by_name = {(e["kind"], e["name"]): e for e in named}
    entities, labels = [], []
    for item in items:
        kind = "cancer" if item.get("cancer") else "disease"
        target = by_name[kind, item[kind]]
        groups = [(g, 0) for g in item.get("signs") or []] + [(g, 1) for g in item.get("telling") or []]
        for group, telling in groups:
            eid = f"g{len(entities)}"
            entities.append({
                "id": eid, "kind": "sign", "name": str(group[0]), "orpha_code": None, "english": None,
                "filieres": target["filieres"], "erns": target["erns"], "networks": target["networks"],
                "system": None, "context_cues": "[]", "context_needs": "[]", "context_not": "[]",
                "context_note": None, "context_yields_to": "[]",
                "family": 0, "hpo": None, "origin": "curated", "target": target["id"], "telling": telling,
                "source": item.get("source"), "as_of": str(item.get("as_of")),
            })
            seen = set()
            for phrasing in group:
                k = key(str(phrasing))
                if k and k not in seen:
                    seen.add(k)
                    labels.append({"entity_id": eid, "label": str(phrasing), "label_kind": "signs", "key": k})
    return entities, labels


def _communes(curated: list[dict]) -> list[dict]:
    rows = [{"name": c["name"], "key": key(c["name"]), "postal_code": c.get("postal_code"),
             "departement": c["departement"], "curated": 1,
             "aliases": json.dumps(c.get("aliases", []), ensure_ascii=False),
             "source": c.get("source"), "as_of": c.get("as_of")} for c in curated]
    if POSTAL_PACKAGE.exists():
        seen = set()
        for e in json.loads(POSTAL_PACKAGE.read_text(encoding="utf-8")):
            insee = e["codeCommune"]
            dept = insee[:3] if insee.startswith("97") else insee[:2]
            # in this order, not a set's: the commune's own spelling ("Fécamp", "Lyon 3e
            # Arrondissement") comes first, the same from one build to the next
            for name in dict.fromkeys((e["nomCommune"], e["libelleAcheminement"])):
                k = key(name)
                if (k, e["codePostal"]) in seen:
                    continue
                seen.add((k, e["codePostal"]))
                rows.append({"name": name.title() if name.isupper() else name, "key": k,
                             "postal_code": e["codePostal"], "departement": dept, "curated": 0,
                             "aliases": "[]", "source": POSTAL_SOURCE, "as_of": "2026-11-23"})
    return rows


def build(path: Path | None = None, orphanet_dir: Path | None = None, quiet: bool = False) -> dict:
    started = time.perf_counter()
    data = sources.load_all()
    problems = sources.check_all(data)
    if problems:
        raise sources.SourceError("Sources to fix:\n  " + "\n  ".join(problems))
    path = Path(path or db_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    if tmp.exists():
        tmp.unlink()
    db = sqlite_utils.Database(tmp)
    # the file is a scratch copy until os.replace below: a crash leaves nothing to recover,
    # so waiting for the disk after each batch of rows (most of the build time) buys nothing
    db.execute("PRAGMA synchronous = OFF")
    db.execute("PRAGMA journal_mode = MEMORY")

    for table, pk in (("filieres", "acronym"), ("erns", "acronym"), ("cancer_networks", "acronym"),
                      ("regions", "code"), ("departements", "code"), ("resources", "key"),
                      ("glossary", "term"), ("texts", "key")):
        rows = [_clean(r) for r in data[table]]
        if rows:
            db[table].insert_all(rows, pk=pk, alter=True)
    db["platforms"].insert_all([_clean(r) for r in data["platforms"]] or [{"kind": None}], alter=True)
    db["centres"].insert_all([_clean(r) for r in data["centres"]] or [{"filiere": None}], alter=True)
    db["cancer_sites"].insert_all([_clean(r) for r in data["cancer_sites"]] or [{"name": None}], alter=True)
    db["body_words"].insert_all([_clean(r) for r in data["body_words"]] or [{"name": None}], alter=True)
    db["elsewhere"].insert_all([_clean(r) for r in data["elsewhere"]] or [{"name": None}], alter=True)
    db["lab_values"].insert_all([_clean(r) for r in data["lab_values"]] or [{"test": None}], alter=True)
    db["urgency"].insert_all(
        [{"level": u["level"], "pattern": p, "source": u["source"], "as_of": str(u["as_of"])}
         for u in data["urgency"] for p in u["patterns"]], alter=True)

    entities, labels = [], []
    for kind, items, prefix in (("disease", data["diseases"], "d"), ("cancer", data["cancers"], "c"),
                                ("symptom", data["symptoms"], "s")):
        e, l = _entity_rows(kind, items, prefix)
        entities += e
        labels += l
    e, l = _sign_rows(data["signs"], entities)
    entities += e
    labels += l
    if orphanet_dir:
        from .importer import orphanet_rows
        known = {str(e["orpha_code"]): {"kind": e["kind"], "filieres": json.loads(e["filieres"]),
                                        "erns": json.loads(e["erns"]), "networks": json.loads(e["networks"])}
                 for e in entities if e["orpha_code"]}
        e, l = orphanet_rows(Path(orphanet_dir), known)
        entities += e
        labels += l
    db["entities"].insert_all(entities, pk="id", alter=True, batch_size=BATCH)
    db["labels"].insert_all(labels, alter=True, batch_size=BATCH)
    from .lexicon import common_words, familiar_words
    db["common_words"].insert_all([{"word": w} for w in common_words()] or [{"word": ""}], pk="word")
    db["familiar_words"].insert_all([{"word": w} for w in familiar_words()] or [{"word": ""}], pk="word")
    db["labels"].create_index(["key"])
    db["labels"].enable_fts(["label"], create_triggers=False)
    db["communes"].insert_all(_communes(data["cities"]), alter=True, batch_size=BATCH)
    db["communes"].create_index(["key"])
    db["communes"].create_index(["postal_code"])

    as_of = max((str(i.get("as_of")) for items in data.values() for i in items if i.get("as_of")), default="")
    counts = {t: db[t].count for t in ("filieres", "erns", "cancer_networks", "entities", "labels",
                                       "regions", "departements", "communes", "platforms", "resources")}
    counts.update({k: sum(1 for e in entities if e["kind"] == k) for k in ("disease", "cancer", "symptom", "sign")})
    meta = {"built_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "data_as_of": as_of, "orphanet_import": bool(orphanet_dir),
            "counts": counts, "seconds": round(time.perf_counter() - started, 2)}
    db["meta"].insert_all([{"key": k, "value": json.dumps(v)} for k, v in meta.items()], pk="key")
    db.conn.commit()
    db.close()
    os.replace(tmp, path)  # atomic: a running server never sees a half-built file
    if not quiet:
        print(f"[kb] {path} built in {meta['seconds']} s: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return meta
