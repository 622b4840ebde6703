"""Optional enrichment from Orphanet and HPO files a user supplies (never committed).

Reads from a folder, by file name:
- orphapacket_disorders_en.tsv      ORPHAcode, English name, type, synonyms ('|')
- orphanet_linearisation_product7_en.tsv  preferred specialty head of each disorder
- orphapacket_disorder_hpo.tsv      disorder -> HPO phenotype, with frequency
- hp-fr.babelon.tsv, hp-fr.synonyms.tsv   French HPO labels and synonyms
- orphapacket_parents.tsv (optional) is-a links between Orphanet entities
- *product1*.xml (optional)         Orphadata nomenclature, French or English: names and synonyms

Each imported disorder takes the filières and ERNs of its nearest curated ancestor
("Usher syndrome type 2" those of the curated "Syndrome d'Usher"), else those of its
specialty head (sources/orphanet_specialties.yaml); each French HPO phenotype becomes a
symptom whose candidate filières are those of the disorders that show it.
"""
from __future__ import annotations

import csv
import json
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import yaml

from .sources import SOURCES
from .text import CANCER_WORDS, key

SOURCE = "Orphanet (Orphadata, CC BY 4.0), import facultatif"
HPO_SOURCE = "HPO, traduction française (hp-fr) et liens Orphanet maladie-phénotype, import facultatif"
FREQUENCY = {"Obligate (100%)": 1.0, "Very frequent (99-80%)": 0.9, "Frequent (79-30%)": 0.6,
             "Occasional (29-5%)": 0.25, "Very rare (<4-1%)": 0.05, "Excluded (0%)": 0.0}
# Groups ("Soft tissue sarcoma") are covered by the curated families, which carry their network.
SKIP_TYPES = {"Category", "Clinical group", "Particular clinical situation in a disease or syndrome",
              "Morphological anomaly"}
AS_OF = "2025-12"


def _tsv(path: Path, skip_second_line: bool = False):
    csv.field_size_limit(10**8)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        for n, row in enumerate(reader):
            if skip_second_line and n == 0:
                continue
            yield row


def _product1_names(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """ORPHAcode -> [(label_kind, name)] from Orphadata product1 XML files, French first."""
    names: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for path in sorted(folder.glob("*product1*.xml"), key=lambda p: not p.name.startswith("fr")):
        for _, elem in ET.iterparse(path, events=("end",)):
            if elem.tag != "Disorder":
                continue
            code = elem.findtext("OrphaCode")
            name = elem.find("Name")
            if code and name is not None and name.text:
                # the language is on each <Name lang="fr">; the file name is only a fallback
                french = (name.get("lang") or path.name[:2]).lower().startswith("fr")
                names[code].append(("name" if french else "english", name.text.strip()))
                for syn in elem.iter("Synonym"):
                    if syn.text:
                        names[code].append(("synonyms" if french else "english", syn.text.strip()))
            elem.clear()
    return names


_ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9-]{1,7}$")


def _label_kind(kind: str, label: str) -> str:
    """An English synonym such as "PKD" or "CHIP" is an abbreviation: read only as written."""
    return "abbreviations" if kind == "english" and _ACRONYM.match(label) and sum(c.isupper() for c in label) >= 2 else kind


def _ancestors(folder: Path) -> dict[str, list[str]]:
    path = folder / "orphapacket_parents.tsv"
    parents: dict[str, list[str]] = defaultdict(list)
    if path.exists():
        for row in _tsv(path):
            parents[row["orpha_code"]].append(row["parent_orpha_code"])
    return parents


def _nearest_curated(code: str, parents: dict[str, list[str]], curated: dict[str, dict], limit: int = 4):
    """The closest curated ancestor (breadth first, a few levels up): its filières are the child's."""
    level, seen = [code], {code}
    for _ in range(limit):
        level = [p for c in level for p in parents.get(c, []) if p not in seen]
        seen.update(level)
        found = [curated[p] for p in level if p in curated]
        if found:
            return found[0]
    return None


def _children(parents: dict[str, list[str]]) -> dict[str, list[str]]:
    children: dict[str, list[str]] = defaultdict(list)
    for child, ps in parents.items():
        for p in ps:
            children[p].append(child)
    return children


def _shared_by_curated_children(code: str, children: dict[str, list[str]], curated: dict[str, dict]):
    """A group above curated diseases ("Hemophilia" above "Hémophilie A" and "B") takes their
    main filière when they all share it."""
    below = [curated[c] for c in children.get(code, []) if c in curated and curated[c].get("filieres")]
    mains = {c["filieres"][0] for c in below}
    return below[0] if len(mains) == 1 else None


def orphanet_rows(folder: Path, known_codes: set[str] | dict[str, dict]) -> tuple[list[dict], list[dict]]:
    """known_codes: the curated ORPHAcodes, or a dict code -> {"kind", "filieres", "erns", "networks"}."""
    folder = Path(folder)
    curated = known_codes if isinstance(known_codes, dict) else {c: {} for c in known_codes}
    parents = _ancestors(folder)
    children = _children(parents)
    heads = {str(m["head"]): m["filieres"]
             for m in yaml.safe_load((SOURCES / "orphanet_specialties.yaml").read_text(encoding="utf-8"))}
    head_of = {}
    lin = folder / "orphanet_linearisation_product7_en.tsv"
    if lin.exists():
        head_of = {r["orpha_code"]: r["preferential_parent_code"] for r in _tsv(lin)}
    extra_names = _product1_names(folder)
    entities, labels = [], []
    filieres_of: dict[str, list[str]] = {}

    for row in _tsv(folder / "orphapacket_disorders_en.tsv"):
        code = row["orpha_code"]
        if row.get("disorder_type") in SKIP_TYPES:
            continue
        head = head_of.get(code, "")
        filieres, erns, networks = heads.get(head, []), [], []
        kind = "cancer" if head == "250908" else "disease"
        if code in curated:
            filieres_of[code] = curated[code].get("filieres") or filieres
            continue
        ancestor = _nearest_curated(code, parents, curated) or _shared_by_curated_children(code, children, curated)
        if ancestor and (ancestor.get("filieres") or ancestor.get("networks")):
            filieres, erns, networks = ancestor["filieres"], ancestor.get("erns") or [], ancestor.get("networks") or []
            kind = ancestor.get("kind") or kind
        filieres_of[code] = filieres
        french = [n for kind, n in extra_names.get(code, []) if kind == "name"]
        eid = f"o{code}"
        entities.append({
            "id": eid, "kind": kind,
            "name": french[0] if french else row["label_en"], "orpha_code": int(code),
            "english": row["label_en"], "filieres": json.dumps(filieres), "erns": json.dumps(erns),
            "networks": json.dumps(networks),
            "system": None, "hpo": None, "origin": "orphanet", "source": f"{SOURCE}, ORPHA:{code}", "as_of": AS_OF})
        names = [("english", row["label_en"])]
        names += [("english", s.strip()) for s in (row.get("synonyms_en") or "").split("|") if s.strip()]
        names += extra_names.get(code, [])
        seen = set()
        for label_kind, label in names:
            k = key(label)
            if k and k not in seen:
                seen.add(k)
                labels.append({"entity_id": eid, "label": label, "label_kind": _label_kind(label_kind, label), "key": k})

    hpo_links = folder / "orphapacket_disorder_hpo.tsv"
    babelon = folder / "hp-fr.babelon.tsv"
    if hpo_links.exists() and babelon.exists():
        e, l = _phenotypes(folder, filieres_of)
        entities += e
        labels += l
    return entities, labels


def _phenotypes(folder: Path, filieres_of: dict[str, list[str]]):
    french: dict[str, list[str]] = defaultdict(list)
    for row in _tsv(folder / "hp-fr.babelon.tsv"):
        if row.get("predicate_id") == "rdfs:label" and row.get("translation_value"):
            french[row["subject_id"]].insert(0, row["translation_value"])
    synonyms = folder / "hp-fr.synonyms.tsv"
    if synonyms.exists():
        for row in _tsv(synonyms, skip_second_line=True):
            if row.get("subject_id", "").startswith("HP:") and row.get("translation_value"):
                french[row["subject_id"]].append(row["translation_value"])
    weights: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for row in _tsv(folder / "orphapacket_disorder_hpo.tsv"):
        w = FREQUENCY.get(row.get("frequency", ""), 0.3)
        for rank, acr in enumerate(filieres_of.get(row["orpha_code"], [])):
            weights[row["hpo_id"]][acr] += w / (1 + rank)
    entities, labels = [], []
    for hpo, per_filiere in weights.items():
        names = french.get(hpo)
        if not names or not per_filiere:
            continue
        if any(t in CANCER_WORDS for t in key(names[0]).split()):
            continue   # "Lymphome T", "Néoplasie": a tumour is a diagnosis, not a sign a person describes
        ranked = sorted(per_filiere, key=lambda a: -per_filiere[a])[:3]
        eid = f"h{hpo[3:]}"
        entities.append({"id": eid, "kind": "symptom", "name": names[0], "orpha_code": None, "english": None,
                         "filieres": json.dumps(ranked), "erns": "[]", "networks": "[]", "system": None,
                         "hpo": hpo, "origin": "hpo", "source": f"{HPO_SOURCE}, {hpo}", "as_of": AS_OF})
        seen = set()
        for n, label in enumerate(names):
            k = key(label)
            if k and k not in seen:
                seen.add(k)
                labels.append({"entity_id": eid, "label": label, "label_kind": "name" if n == 0 else "synonyms", "key": k})
    return entities, labels
