"""Check the hand-written evaluation sets: columns, allowed labels, counts.

Usage: python tests/data/check_eval_sets.py   (exit code 1 on any problem)
"""
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILIERES = {"AnDDI-Rares", "BRAIN-TEAM", "CARDIOGEN", "DEFISCIENCE", "FAI2R",
            "FAVA-MULTI", "FILFOIE", "FILNEMUS", "FILSLAN", "FIMARAD", "FIMATHO",
            "FIRENDO", "G2M", "MARIH", "MCGRE", "MHEMO", "MUCO-CFTR", "NEUROSPHINX",
            "ORKID", "OSCAR", "RESPIFIL", "SENSGENE", "TETECOU"}
NETWORKS = {"CANCERIMMUNE", "CARADERM", "CARARE", "CELAC", "ENDOCAN", "LYMPHOPATH",
            "MASTERBLAST", "MELACHONAT", "NETMESO", "NETSARC+", "PREDIR", "REFCOR",
            "RENAPE", "RENOCLIP-LOC", "RNLC", "RYTHMIC", "TMRG", "TTG"}
KINDS = {"typo", "lay", "abbrev", "english", "sentence", "plain"}
OUTRE_MER = {"Guadeloupe": "971", "Martinique": "972", "Guyane": "973",
             "La Réunion": "974", "Mayotte": "976"}
REGION_DEPS = {
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
REGION_DEPS = {r: set(d.split()) for r, d in REGION_DEPS.items()}
REGION_DEPS.update({r: {d} for r, d in OUTRE_MER.items()})


def read(name, columns):
    path = HERE / name
    raw = path.read_text(encoding="utf-8")
    lines = raw.splitlines()
    assert lines[0].split("\t") == columns, f"{name}: header {lines[0]!r}"
    rows = []
    for i, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        assert len(cells) == len(columns), f"{name}:{i}: {len(cells)} cells"
        assert cells[0].strip(), f"{name}:{i}: empty message"
        rows.append(dict(zip(columns, cells)))
    msgs = Counter(r["message"] for r in rows)
    dups = [m for m, n in msgs.items() if n > 1]
    assert not dups, f"{name}: duplicate messages {dups}"
    return rows


def main():
    problems = []

    def check(cond, msg):
        if not cond:
            problems.append(msg)

    d = read("eval_diseases.tsv", ["message", "filiere", "note"])
    for later in sorted(HERE.glob("eval_diseases_*.tsv")):    # later parts of the development set
        d2 = read(later.name, ["message", "filiere", "note"])
        check(not {r["message"] for r in d} & {r["message"] for r in d2}, f"diseases: a message of {later.name} is already in the set")
        d += d2
    for r in d:
        check(r["filiere"] in FILIERES, f"diseases: bad filiere {r}")
        check(r["note"].split(";")[0].strip() in KINDS, f"diseases: bad note {r}")
    per = Counter(r["filiere"] for r in d)
    kinds = Counter(r["note"].split(";")[0].strip() for r in d)
    check(len(d) >= 330, f"diseases: only {len(d)} rows")
    for f in FILIERES:
        check(per[f] >= 12, f"diseases: {f} has {per[f]} rows")

    p = read("eval_places.tsv", ["message", "departement", "region", "territory"])
    for later in sorted(HERE.glob("eval_places_*.tsv")):
        p2 = read(later.name, ["message", "departement", "region", "territory"])
        check(not {r["message"] for r in p} & {r["message"] for r in p2}, f"places: a message of {later.name} is already in the set")
        p += p2
    for r in p:
        reg, dep, ter = r["region"], r["departement"], r["territory"]
        check(reg in REGION_DEPS, f"places: bad region {r}")
        check(dep == "" or dep in REGION_DEPS.get(reg, ()), f"places: dep not in region {r}")
        check(ter == ("outre-mer" if reg in OUTRE_MER else "metropole"), f"places: bad territory {r}")
        cp = re.search(r"\b(\d{5})\b", r["message"])
        if cp:  # a postal code must agree with the departement
            cp = cp.group(1)
            exp = cp[:3] if cp.startswith("97") else (
                ("2A" if int(cp) < 20200 else "2B") if cp.startswith("20") else cp[:2])
            check(exp == dep, f"places: postal code vs departement {r}")
    check(len(p) >= 130, f"places: only {len(p)} rows")

    c = read("eval_cancers.tsv", ["message", "network", "note"])
    for later in sorted(HERE.glob("eval_cancers_*.tsv")):
        c2 = read(later.name, ["message", "network", "note"])
        check(not {r["message"] for r in c} & {r["message"] for r in c2}, f"cancers: a message of {later.name} is already in the set")
        c += c2
    for r in c:
        check(r["network"] in NETWORKS, f"cancers: bad network {r}")
        check(r["note"].split(";")[0].strip() in KINDS, f"cancers: bad note {r}")
    pern = Counter(r["network"] for r in c)
    check(len(c) >= 110, f"cancers: only {len(c)} rows")
    for n in NETWORKS:
        check(pern[n] >= 4, f"cancers: {n} has {pern[n]} rows")

    print(f"eval_diseases.tsv: {len(d)} rows")
    print("  per filiere:", dict(sorted(per.items())))
    print("  per kind:", dict(kinds.most_common()))
    print(f"eval_places.tsv: {len(p)} rows")
    print("  per region:", dict(Counter(r['region'] for r in p).most_common()))
    print("  region only (no departement):", sum(1 for r in p if not r["departement"]))
    print("  territory:", dict(Counter(r['territory'] for r in p)))
    print(f"eval_cancers.tsv: {len(c)} rows")
    print("  per network:", dict(sorted(pern.items())))
    print("  per kind:", dict(Counter(r['note'].split(';')[0] for r in c).most_common()))
    for msg in problems:
        print("PROBLEM:", msg)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
