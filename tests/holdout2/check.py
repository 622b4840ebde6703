"""Validate the second held-out evaluation set (format, labels, counts).

Run: python3 tests/holdout2/check.py   (exit code 0 when valid)
Checks only the files' shape; it does not run the engine.
Adapted from tests/holdout/check.py for this folder's counts, with one extra
check: each département code must belong to the region given on its row.
"""
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

# INSEE département code -> region (2016 regions)
_BY_REGION = {
    "Auvergne-Rhône-Alpes": "01 03 07 15 26 38 42 43 63 69 73 74",
    "Bourgogne-Franche-Comté": "21 25 39 58 70 71 89 90",
    "Bretagne": "22 29 35 56",
    "Centre-Val de Loire": "18 28 36 37 41 45",
    "Corse": "2A 2B",
    "Grand Est": "08 10 51 52 54 55 57 67 68 88",
    "Hauts-de-France": "02 59 60 62 80",
    "Île-de-France": "75 77 78 91 92 93 94 95",
    "Normandie": "14 27 50 61 76",
    "Nouvelle-Aquitaine": "16 17 19 23 24 33 40 47 64 79 86 87",
    "Occitanie": "09 11 12 30 31 32 34 46 48 65 66 81 82",
    "Pays de la Loire": "44 49 53 72 85",
    "Provence-Alpes-Côte d'Azur": "04 05 06 13 83 84",
}
DEPT_REGION = {d: r for r, ds in _BY_REGION.items() for d in ds.split()}
DEPT_REGION.update({code: region for region, code in OVERSEAS_CODE.items()})
DEPT_OK = set(DEPT_REGION)

# minimum sizes for this set
MIN_DISEASES, MIN_PER_FILIERE = 230, 8
MIN_CANCERS, MIN_PER_NETWORK, MAX_PER_NETWORK = 130, 5, 12
MIN_PLACES, MIN_OVERSEAS = 130, 15

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
        if row["message"] != row["message"].strip():
            errors.append(f"{name}:{n}: leading/trailing spaces")
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
    if len(d) < MIN_DISEASES:
        errors.append(f"diseases.tsv: {len(d)} rows < {MIN_DISEASES}")
    for f in FILIERES:
        if per[f] < MIN_PER_FILIERE:
            errors.append(f"diseases.tsv: {f} has {per[f]} rows < {MIN_PER_FILIERE}")

    c = load("cancers.tsv", ["message", "network", "note"])
    for n, r in c:
        if r["network"] not in NETWORKS:
            errors.append(f"cancers.tsv:{n}: network {r['network']!r}")
        if r["note"] not in NOTES:
            errors.append(f"cancers.tsv:{n}: note {r['note']!r}")
    perc = Counter(r["network"] for _, r in c)
    if len(c) < MIN_CANCERS:
        errors.append(f"cancers.tsv: {len(c)} rows < {MIN_CANCERS}")
    for k in NETWORKS:
        if not MIN_PER_NETWORK <= perc[k] <= MAX_PER_NETWORK:
            errors.append(f"cancers.tsv: {k} has {perc[k]} rows, "
                          f"not in {MIN_PER_NETWORK}..{MAX_PER_NETWORK}")

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
        elif dep and DEPT_REGION[dep] != r["region"]:
            errors.append(f"places.tsv:{n}: departement {dep} is in {DEPT_REGION[dep]}, "
                          f"not {r['region']}")
        if r["region"] in OVERSEAS_CODE and dep != OVERSEAS_CODE[r["region"]]:
            errors.append(f"places.tsv:{n}: overseas code {dep!r}")
    overseas = sum(1 for _, r in p if r["territory"] == "outre-mer")
    if len(p) < MIN_PLACES:
        errors.append(f"places.tsv: {len(p)} rows < {MIN_PLACES}")
    if overseas < MIN_OVERSEAS:
        errors.append(f"places.tsv: {overseas} overseas rows < {MIN_OVERSEAS}")

    print(f"diseases.tsv: {len(d)} rows; notes {dict(Counter(r['note'] for _, r in d))}")
    print("  per filiere: " + ", ".join(f"{k} {per[k]}" for k in sorted(FILIERES)))
    print(f"  with alt: {sum(1 for _, r in d if r['alt'])}")
    print(f"cancers.tsv: {len(c)} rows; notes {dict(Counter(r['note'] for _, r in c))}")
    print("  per network: " + ", ".join(f"{k} {perc[k]}" for k in sorted(NETWORKS)))
    print(f"places.tsv: {len(p)} rows; with departement {sum(1 for _, r in p if r['departement'])}, "
          f"region only {sum(1 for _, r in p if not r['departement'])}, outre-mer {overseas}")
    print("  per region: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(r['region'] for _, r in p).items())))
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
