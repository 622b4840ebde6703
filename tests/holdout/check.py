"""Validate the held-out evaluation set (format, labels, counts).

Run: python tests/holdout/check.py   (exit code 0 when valid)
Checks only the files' shape; it does not run the engine.
"""
import csv
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

FILIERES = {
    "AnDDI-Rares", "BRAIN-TEAM", "CARDIOGEN", "DEFISCIENCE", "FAI2R", "FAVA-MULTI",
    "FILFOIE", "FILNEMUS", "FILSLAN", "FIMARAD", "FIMATHO", "FIRENDO", "G2M", "MARIH",
    "MCGRE", "MHEMO", "MUCO-CFTR", "NEUROSPHINX", "ORKID", "OSCAR", "RESPIFIL",
    "SENSGENE", "TETECOU",
}
NETWORKS = {
    "CANCERIMMUNE", "CARADERM", "CARARE", "CELAC", "ENDOCAN", "LYMPHOPATH",
    "MASTERBLAST", "MELACHONAT", "NETMESO", "NETSARC+", "PREDIR", "REFCOR", "RENAPE",
    "RENOCLIP-LOC", "RNLC", "RYTHMIC", "TMRG", "TTG",
}
NOTES = {"typo", "lay", "abbrev", "english", "sentence", "plain"}
REGIONS = {
    "Auvergne-Rhône-Alpes": "metropole", "Bourgogne-Franche-Comté": "metropole",
    "Bretagne": "metropole", "Centre-Val de Loire": "metropole", "Corse": "metropole",
    "Grand Est": "metropole", "Hauts-de-France": "metropole",
    "Île-de-France": "metropole", "Normandie": "metropole",
    "Nouvelle-Aquitaine": "metropole", "Occitanie": "metropole",
    "Pays de la Loire": "metropole", "Provence-Alpes-Côte d'Azur": "metropole",
    "Guadeloupe": "outre-mer", "Martinique": "outre-mer", "Guyane": "outre-mer",
    "La Réunion": "outre-mer", "Mayotte": "outre-mer",
}
OVERSEAS_CODE = {"Guadeloupe": "971", "Martinique": "972", "Guyane": "973",
                 "La Réunion": "974", "Mayotte": "976"}
DEPT_OK = {f"{i:02d}" for i in range(1, 96) if i != 20} | {"2A", "2B"} | set(OVERSEAS_CODE.values())

errors = []


def load(name, columns):
    path = HERE / name
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    if lines[0].split("\t") != columns:
        errors.append(f"{name}: header {lines[0]!r} != {columns}")
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(columns):
            errors.append(f"{name}:{n}: {len(cells)} fields")
            continue
        row = dict(zip(columns, cells))
        if not row["message"].strip():
            errors.append(f"{name}:{n}: empty message")
        rows.append((n, row))
    dup = [m for m, c in Counter(r["message"].lower() for _, r in rows).items() if c > 1]
    if dup:
        errors.append(f"{name}: duplicate messages {dup}")
    return rows


def main():
    d = load("diseases.tsv", ["message", "filiere", "alt", "note"])
    for n, r in d:
        if r["filiere"] not in FILIERES:
            errors.append(f"diseases.tsv:{n}: filiere {r['filiere']!r}")
        if r["alt"] and (r["alt"] not in FILIERES or r["alt"] == r["filiere"]):
            errors.append(f"diseases.tsv:{n}: alt {r['alt']!r}")
        if r["note"] not in NOTES:
            errors.append(f"diseases.tsv:{n}: note {r['note']!r}")
    per = Counter(r["filiere"] for _, r in d)
    if len(d) < 260:
        errors.append(f"diseases.tsv: {len(d)} rows < 260")
    for f in FILIERES:
        if per[f] < 10:
            errors.append(f"diseases.tsv: {f} has {per[f]} rows < 10")

    c = load("cancers.tsv", ["message", "network", "note"])
    for n, r in c:
        if r["network"] not in NETWORKS:
            errors.append(f"cancers.tsv:{n}: network {r['network']!r}")
        if r["note"] not in NOTES:
            errors.append(f"cancers.tsv:{n}: note {r['note']!r}")
    perc = Counter(r["network"] for _, r in c)
    if len(c) < 90:
        errors.append(f"cancers.tsv: {len(c)} rows < 90")
    for k in NETWORKS:
        if perc[k] < 4:
            errors.append(f"cancers.tsv: {k} has {perc[k]} rows < 4")

    p = load("places.tsv", ["message", "departement", "region", "territory"])
    for n, r in p:
        if r["region"] not in REGIONS:
            errors.append(f"places.tsv:{n}: region {r['region']!r}")
            continue
        if r["territory"] != REGIONS[r["region"]]:
            errors.append(f"places.tsv:{n}: territory {r['territory']!r}")
        dep = r["departement"]
        if dep and dep not in DEPT_OK:
            errors.append(f"places.tsv:{n}: departement {dep!r}")
        if r["region"] in OVERSEAS_CODE and dep != OVERSEAS_CODE[r["region"]]:
            errors.append(f"places.tsv:{n}: overseas code {dep!r}")
    if len(p) < 100:
        errors.append(f"places.tsv: {len(p)} rows < 100")

    print(f"diseases.tsv: {len(d)} rows; notes {dict(Counter(r['note'] for _, r in d))}")
    print("  per filiere: " + ", ".join(f"{k} {per[k]}" for k in sorted(FILIERES)))
    print(f"  with alt: {sum(1 for _, r in d if r['alt'])}")
    print(f"cancers.tsv: {len(c)} rows; notes {dict(Counter(r['note'] for _, r in c))}")
    print("  per network: " + ", ".join(f"{k} {perc[k]}" for k in sorted(NETWORKS)))
    print(f"places.tsv: {len(p)} rows; with departement {sum(1 for _, r in p if r['departement'])}, "
          f"outre-mer {sum(1 for _, r in p if r['territory'] == 'outre-mer')}")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
