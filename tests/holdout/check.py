"""Validate a held-out evaluation set (format, labels, counts).

Run: python tests/holdout/check.py    or    python tests/holdout2/check.py
(exit code 0 when valid). Checks only the files' shape; it does not run the engine.
The labels and the région → département table are those of tests/data/check_eval_sets.py.
"""
import importlib.util
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("check_eval_sets", HERE.parent / "data" / "check_eval_sets.py")
_labels = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_labels)

FILIERES, NETWORKS, NOTES = _labels.FILIERES, _labels.NETWORKS, _labels.KINDS
OVERSEAS_CODE = _labels.OUTRE_MER
REGIONS = {r: "outre-mer" if r in OVERSEAS_CODE else "metropole" for r in _labels.REGION_DEPS}
DEPT_REGION = {d: r for r, ds in _labels.REGION_DEPS.items() for d in ds}

# minimum sizes (and the most rows one network may take) of each held-out set
LIMITS = {
    "holdout": dict(diseases=260, per_filiere=10, cancers=90, per_network=(4, None), places=100, overseas=0),
    "holdout2": dict(diseases=230, per_filiere=8, cancers=130, per_network=(5, 12), places=130, overseas=15),
}


def load(folder, name, columns, errors):
    lines = (folder / name).read_text(encoding="utf-8").splitlines()
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


def main(folder=HERE):
    limits = LIMITS[folder.name]
    errors = []
    d = load(folder, "diseases.tsv", ["message", "filiere", "alt", "note"], errors)
    for n, r in d:
        if r["filiere"] not in FILIERES:
            errors.append(f"diseases.tsv:{n}: filiere {r['filiere']!r}")
        if r["alt"] and (r["alt"] not in FILIERES or r["alt"] == r["filiere"]):
            errors.append(f"diseases.tsv:{n}: alt {r['alt']!r}")
        if r["note"] not in NOTES:
            errors.append(f"diseases.tsv:{n}: note {r['note']!r}")
    per = Counter(r["filiere"] for _, r in d)
    if len(d) < limits["diseases"]:
        errors.append(f"diseases.tsv: {len(d)} rows < {limits['diseases']}")
    for f in FILIERES:
        if per[f] < limits["per_filiere"]:
            errors.append(f"diseases.tsv: {f} has {per[f]} rows < {limits['per_filiere']}")

    c = load(folder, "cancers.tsv", ["message", "network", "note"], errors)
    for n, r in c:
        if r["network"] not in NETWORKS:
            errors.append(f"cancers.tsv:{n}: network {r['network']!r}")
        if r["note"] not in NOTES:
            errors.append(f"cancers.tsv:{n}: note {r['note']!r}")
    perc = Counter(r["network"] for _, r in c)
    if len(c) < limits["cancers"]:
        errors.append(f"cancers.tsv: {len(c)} rows < {limits['cancers']}")
    low, high = limits["per_network"]
    for k in NETWORKS:
        if perc[k] < low or (high is not None and perc[k] > high):
            errors.append(f"cancers.tsv: {k} has {perc[k]} rows, not in {low}..{high or ''}")

    p = load(folder, "places.tsv", ["message", "departement", "region", "territory"], errors)
    for n, r in p:
        if r["region"] not in REGIONS:
            errors.append(f"places.tsv:{n}: region {r['region']!r}")
            continue
        if r["territory"] != REGIONS[r["region"]]:
            errors.append(f"places.tsv:{n}: territory {r['territory']!r}")
        dep = r["departement"]
        if dep and dep not in DEPT_REGION:
            errors.append(f"places.tsv:{n}: departement {dep!r}")
        elif dep and DEPT_REGION[dep] != r["region"]:
            errors.append(f"places.tsv:{n}: departement {dep} is in {DEPT_REGION[dep]}, not {r['region']}")
        if r["region"] in OVERSEAS_CODE and dep != OVERSEAS_CODE[r["region"]]:
            errors.append(f"places.tsv:{n}: overseas code {dep!r}")
    overseas = sum(1 for _, r in p if r["territory"] == "outre-mer")
    if len(p) < limits["places"]:
        errors.append(f"places.tsv: {len(p)} rows < {limits['places']}")
    if overseas < limits["overseas"]:
        errors.append(f"places.tsv: {overseas} overseas rows < {limits['overseas']}")

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
