"""Read and check the curated source files (knowledge/sources/).

Every loader returns plain dicts; `check_all` lists every problem at once so a
contributor fixes a file in one pass instead of one error at a time.
"""
from __future__ import annotations

import csv
from pathlib import Path

import yaml

SOURCES = Path(__file__).parent / "sources"
# libyaml's safe loader when PyYAML has it (the pure-Python one takes seconds on the signs)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

FILIERES = (
    "AnDDI-Rares BRAIN-TEAM CARDIOGEN DEFISCIENCE FAI2R FAVA-MULTI FILFOIE FILNEMUS FILSLAN "
    "FIMARAD FIMATHO FIRENDO G2M MARIH MCGRE MHEMO MUCO-CFTR NEUROSPHINX ORKID OSCAR RESPIFIL "
    "SENSGENE TETECOU"
).split()

# Keys that hold lists; the name lists default to [] so every loader can iterate them.
NAME_LISTS = ("synonyms", "lay", "described", "abbreviations", "variants")
LIST_KEYS = NAME_LISTS + ("signs", "telling", "filieres", "erns", "networks", "examples", "keywords", "aliases",
                          "regions", "departements", "patterns", "context_cues", "context_needs", "context_not",
                          "context_yields_to", "cancers")


class SourceError(ValueError):
    pass


def as_list(value) -> list:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [v for v in value if v not in (None, "")]
    return [value]


def _yaml(name: str) -> list[dict]:
    path = SOURCES / name
    if not path.exists():
        return []
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) or []
    if not isinstance(data, list):
        raise SourceError(f"{path}: expected a list of items")
    for item in data:
        item["_file"] = name
        for list_key in LIST_KEYS:
            if list_key in item or list_key in NAME_LISTS:
                item[list_key] = as_list(item.get(list_key))
    return data


def _csv(name: str) -> list[dict]:
    path = SOURCES / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [dict(r) for r in csv.DictReader(handle)]
    for row in rows:
        row["_file"] = name
        if "aliases" in row:
            row["aliases"] = [a.strip() for a in (row["aliases"] or "").split("|") if a.strip()]
    return rows


def load_all() -> dict[str, list[dict]]:
    diseases: list[dict] = []
    for path in sorted((SOURCES / "diseases").glob("*.yaml")):
        diseases += _yaml(f"diseases/{path.name}")
    signs: list[dict] = []
    for path in sorted((SOURCES / "signs").glob("*.yaml")):
        signs += _yaml(f"signs/{path.name}")
    return {
        "filieres": _yaml("filieres.yaml"),
        "erns": _yaml("erns.yaml"),
        "cancer_networks": _yaml("cancer_networks.yaml"),
        "diseases": diseases,
        "cancers": _yaml("cancers.yaml"),
        "symptoms": _yaml("symptoms.yaml"),
        "signs": signs,
        "body_words": _yaml("body_words.yaml"),
        "cancer_sites": _yaml("cancer_sites.yaml"),
        "regions": _csv("regions.csv"),
        "departements": _csv("departements.csv"),
        "cities": _csv("cities.csv"),
        "platforms": _yaml("platforms.yaml"),
        "resources": _yaml("resources.yaml"),
        "centres": _yaml("centres.yaml"),
        "glossary": _yaml("glossary.yaml"),
        "texts": _yaml("texts.yaml"),
        "urgency": _yaml("urgency.yaml"),
        "lab_values": _yaml("lab_values.yaml"),
        "orphanet_specialties": _yaml("orphanet_specialties.yaml"),
        "roles": _yaml("roles.yaml"),
        "elsewhere": _yaml("elsewhere.yaml"),
    }


def _label(item: dict) -> str:
    name = next((item.get(k) for k in ("name", "acronym", "expression", "key", "code", "term", "disease", "cancer")
                 if item.get(k)), "?")
    return f"{item.get('_file')}: {name}"


def check_all(data: dict[str, list[dict]]) -> list[str]:
    """Return human-readable problems; empty when the sources are consistent."""
    problems: list[str] = []
    erns = {e["acronym"] for e in data["erns"]}
    networks = {n["acronym"] for n in data["cancer_networks"]}
    regions = {r["code"] for r in data["regions"]}
    depts = {d["code"] for d in data["departements"]}

    def unknown(item, values, known, what):
        for value in values:
            if str(value) not in known:
                problems.append(f"{_label(item)}: unknown {what} {value!r}")

    for items in data.values():
        for item in items:
            if not item.get("source") or not item.get("as_of"):
                problems.append(f"{_label(item)}: missing source or as_of")
    for item in data["filieres"]:
        unknown(item, [item.get("acronym")], FILIERES, "filière")
    for item in data["diseases"] + data["symptoms"] + data["body_words"] + data["erns"] + data["centres"] + data["orphanet_specialties"]:
        unknown(item, as_list(item.get("filieres") or item.get("filiere")), FILIERES, "filière")
    for item in data["diseases"] + data["cancers"] + data["filieres"]:
        unknown(item, item.get("erns", []), erns, "ERN")
    for item in data["cancer_sites"]:
        unknown(item, (item.get("networks") or []) + (item.get("child_networks") or []) + (item.get("lymphoma_networks") or [])
                + (item.get("also_fits") or []),
                networks, "INCa network")
    cancer_names = {c["name"] for c in data["cancers"]}
    for item in data["diseases"]:
        unknown(item, item.get("cancers") or [], cancer_names, "cancer")
    for item in data["cancers"]:
        unknown(item, item.get("networks", []), networks, "INCa network")
        if bool(item.get("context_cues")) != bool(item.get("context_note")):
            problems.append(f"{_label(item)}: context_cues and context_note go together")
        if item.get("context_not") and not item.get("context_cues"):
            problems.append(f"{_label(item)}: context_not needs context_cues")
        unknown(item, item.get("context_yields_to") or [], cancer_names, "cancer")
    for item in data["diseases"] + data["cancers"] + data["symptoms"]:
        for list_key in NAME_LISTS:
            for name in item.get(list_key) or []:
                if not isinstance(name, str) or name.strip().isdigit():
                    # "[47,XXY]" is two names, 47 and XXY: write "47,XXY" in quotes
                    problems.append(f"{_label(item)}: {list_key} item {name!r} is a bare number (a comma in a list?)")
    named = {"disease": {d["name"] for d in data["diseases"]}, "cancer": {c["name"] for c in data["cancers"]}}
    for item in data["signs"]:
        kind = "cancer" if item.get("cancer") else "disease"
        if item.get(kind) not in named[kind]:
            problems.append(f"{_label(item)}: signs of an unknown {kind} {item.get(kind)!r}")
        for group in item.get("signs", []) + item.get("telling", []):
            if not isinstance(group, list) or not all(isinstance(p, str) and p.strip() for p in group):
                problems.append(f"{_label(item)}: a sign is a list of phrasings, not {group!r}")
    for item in data["departements"]:
        unknown(item, [item.get("region_code")], regions, "region")
    for item in data["cities"]:
        unknown(item, [item.get("departement")], depts, "département")
    for item in data["platforms"]:
        unknown(item, item.get("regions", []), regions, "region")
        unknown(item, item.get("departements", []), depts, "département")
    return problems
