"""Score the knowledge engine on the hand-written labelled sets of tests/data/.

Used by the tests (targets) and by `python -m tests.evaluation` (a readable report).
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data"          # development set: misses here were used to fix gaps
HOLDOUT = Path(__file__).parent / "holdout"    # written later, independently, never used to tune
HOLDOUT2 = Path(__file__).parent / "holdout2"  # written 2026-12-01 by a writer who never saw the engine
HOLDOUT3 = Path(__file__).parent / "holdout3"  # written 2026-12-02, measured once at the end of that day
HOLDOUT4 = Path(__file__).parent / "holdout4"  # written 2026-12-02 (second session), measured once at its end
HOLDOUT5 = Path(__file__).parent / "holdout5"  # written 2026-12-02 (third session), measured once mid-session
HOLDOUT6 = Path(__file__).parent / "holdout6"  # written 2026-12-02 (third session), measured once at its end
HOLDOUT7 = Path(__file__).parent / "holdout7"  # written 2026-12-02 (fourth session), measured once mid-session
HOLDOUT8 = Path(__file__).parent / "holdout8"  # written 2026-12-02 (fourth session), measured once at its end
HOLDOUT9 = Path(__file__).parent / "holdout9"  # written 2026-12-02 (fifth session), measured once at its end
HOLDOUT10 = Path(__file__).parent / "holdout10"  # written 2026-12-02 (sixth session), blind until measured
HOLDOUT11 = Path(__file__).parent / "holdout11"  # written 2026-12-02 (seventh session), measured once mid-session
HOLDOUT12 = Path(__file__).parent / "holdout12"  # written 2026-12-02 (seventh session), measured once at its end
HOLDOUT13 = Path(__file__).parent / "holdout13"  # written 2026-12-03 (eighth session), measured once at its end
HOLDOUT14 = Path(__file__).parent / "holdout14"  # written 2026-12-03 (eighth session, second set), measured once at its end
HOLDOUT15 = Path(__file__).parent / "holdout15"  # written 2026-12-03 (ninth session), measured once at its end
HOLDOUT16 = Path(__file__).parent / "holdout16"  # written 2026-12-03 (ninth session, second set), measured once at its end
HOLDOUT17 = Path(__file__).parent / "holdout17"  # written 2026-12-03 (tenth session), measured once at its end
HOLDOUT18 = Path(__file__).parent / "holdout18"  # written 2026-12-03 (tenth session, second set), measured once at its end
HOLDOUT19 = Path(__file__).parent / "holdout19"  # written 2026-12-03 (eleventh session), measured once at its end
HOLDOUT20 = Path(__file__).parent / "holdout20"  # written 2026-12-03 (eleventh session, second set), measured once at its end
HOLDOUT21 = Path(__file__).parent / "holdout21"  # written 2026-12-03 (twelfth session), measured once at its end
HOLDOUT22 = Path(__file__).parent / "holdout22"  # written 2026-12-03 (twelfth session, second set), measured once at its end
HOLDOUT23 = Path(__file__).parent / "holdout23"  # written 2026-12-03 (thirteenth session), measured once at its end
HOLDOUT24 = Path(__file__).parent / "holdout24"  # written 2026-12-03 (thirteenth session, second set), measured once at its end
HOLDOUT25 = Path(__file__).parent / "holdout25"  # written 2026-12-04 (fourteenth session), measured once mid-session
HOLDOUT26 = Path(__file__).parent / "holdout26"  # written 2026-12-04 (fourteenth session, second set), measured once mid-session
HOLDOUT27 = Path(__file__).parent / "holdout27"  # written 2026-12-04 (fourteenth session, third set), measured once at its end
HOLDOUT28 = Path(__file__).parent / "holdout28"  # written 2026-12-04 (fourteenth session, fourth set), measured once at its end
HOLDOUT29 = Path(__file__).parent / "holdout29"  # written 2026-12-04 (fifteenth session), measured once mid-session
HOLDOUT30 = Path(__file__).parent / "holdout30"  # written 2026-12-04 (fifteenth session, second set), measured once mid-session
HOLDOUT31 = Path(__file__).parent / "holdout31"  # written 2026-12-04 (fifteenth session, third set), measured once at its end
HOLDOUT32 = Path(__file__).parent / "holdout32"  # written 2026-12-04 (fifteenth session, fourth set), measured once at its end
HOLDOUT33 = Path(__file__).parent / "holdout33"  # written 2026-12-04 (sixteenth session), measured once mid-session
HOLDOUT34 = Path(__file__).parent / "holdout34"  # written 2026-12-04 (sixteenth session, second set), measured once mid-session
HOLDOUT35 = Path(__file__).parent / "holdout35"  # written 2026-12-04 (sixteenth session, third set), measured once at its end
HOLDOUT36 = Path(__file__).parent / "holdout36"  # written 2026-12-04 (sixteenth session, fourth set), measured once at its end
HOLDOUT37 = Path(__file__).parent / "holdout37"  # written 2026-12-05 (seventeenth session, first set), measured once mid-session
HOLDOUT38 = Path(__file__).parent / "holdout38"  # written 2026-12-05 (seventeenth session, second set), measured once mid-session
HOLDOUT39 = Path(__file__).parent / "holdout39"  # written 2026-12-05 (seventeenth session, third set), measured once at its end
HOLDOUT40 = Path(__file__).parent / "holdout40"  # written 2026-12-05 (seventeenth session, fourth set), measured once at its end
HOLDOUT41 = Path(__file__).parent / "holdout41"  # written 2026-12-05 (eighteenth session, first set), measured once mid-session
HOLDOUT42 = Path(__file__).parent / "holdout42"  # written 2026-12-05 (eighteenth session, second set), measured once mid-session
HOLDOUT43 = Path(__file__).parent / "holdout43"  # written 2026-12-05 (eighteenth session, third set), measured once at its end
HOLDOUT44 = Path(__file__).parent / "holdout44"  # written 2026-12-05 (eighteenth session, fourth set), measured once at its end
HOLDOUT45 = Path(__file__).parent / "holdout45"  # written 2026-12-05 (nineteenth session, first set), measured once mid-session
HOLDOUT46 = Path(__file__).parent / "holdout46"  # written 2026-12-05 (nineteenth session, second set), measured once mid-session
HOLDOUT47 = Path(__file__).parent / "holdout47"  # written 2026-12-05 (nineteenth session, third set), measured once at its end
HOLDOUT48 = Path(__file__).parent / "holdout48"  # written 2026-12-05 (nineteenth session, fourth set), measured once at its end
HOLDOUT49 = Path(__file__).parent / "holdout49"  # written 2026-12-05 (twentieth session, first set), measured once mid-session
HOLDOUT50 = Path(__file__).parent / "holdout50"  # written 2026-12-05 (twentieth session, second set), measured once mid-session
HOLDOUT51 = Path(__file__).parent / "holdout51"  # written 2026-12-05 (twentieth session, third set), measured once at its end
HOLDOUT52 = Path(__file__).parent / "holdout52"  # written 2026-12-05 (twentieth session, fourth set), measured once at its end
HOLDOUT53 = Path(__file__).parent / "holdout53"  # written 2026-12-05 (twenty-first session, first set), measured once at its end
HOLDOUT55 = Path(__file__).parent / "holdout55"  # written 2026-12-05 (twenty-first session, third set), measured once at its end
HOLDOUT56 = Path(__file__).parent / "holdout56"  # written 2026-12-05 (twenty-first session, fourth set), measured once at its end
HOLDOUT54 = Path(__file__).parent / "holdout54"  # written 2026-12-05 (twenty-first session, second set), measured once at the end of the twenty-second
HOLDOUT57 = Path(__file__).parent / "holdout57"  # written 2026-12-05 (twenty-second session, first set), measured once at its end
HOLDOUT58 = Path(__file__).parent / "holdout58"  # written 2026-12-05 (twenty-second session, second set), measured once at its end
HOLDOUT59 = Path(__file__).parent / "holdout59"  # written 2026-12-05 (twenty-second session, third set), measured once at its end
HOLDOUT60 = Path(__file__).parent / "holdout60"  # written 2026-12-05 (twenty-third session, first set), measured once at its end
HOLDOUT61 = Path(__file__).parent / "holdout61"  # written 2026-12-05 (twenty-third session, second set), measured once at its end
HOLDOUT62 = Path(__file__).parent / "holdout62"  # written 2026-12-06 (twenty-fourth session, first set), measured once at its end
HOLDOUT63 = Path(__file__).parent / "holdout63"  # written 2026-12-06 (twenty-fourth session, second set), measured once at its end
HOLDOUT64 = Path(__file__).parent / "holdout64"  # written 2026-12-06 (twenty-fifth session, first set), measured once at its end
HOLDOUT65 = Path(__file__).parent / "holdout65"  # written 2026-12-06 (twenty-fifth session, second set), measured once at its end
HOLDOUT66 = Path(__file__).parent / "holdout66"  # written 2026-12-06 (twenty-sixth session, first set), measured once at its end
HOLDOUT67 = Path(__file__).parent / "holdout67"  # written 2026-12-06 (twenty-sixth session, second set), measured once at its end
HOLDOUT68 = Path(__file__).parent / "holdout68"  # written 2026-12-06 (twenty-seventh session, first set), measured once at its end
HOLDOUT69 = Path(__file__).parent / "holdout69"  # written 2026-12-06 (twenty-seventh session, second set), measured once at its end
HOLDOUT70 = Path(__file__).parent / "holdout70"  # written 2026-12-06 (twenty-eighth session, first set), measured once at its end
HOLDOUT71 = Path(__file__).parent / "holdout71"  # written 2026-12-06 (twenty-eighth session, second set), measured once at its end
HOLDOUT72 = Path(__file__).parent / "holdout72"  # written 2026-12-06 (twenty-ninth session, first set), measured once at its end
HOLDOUT73 = Path(__file__).parent / "holdout73"  # written 2026-12-06 (twenty-ninth session, second set), measured once at its end
HOLDOUT74 = Path(__file__).parent / "holdout74"  # written 2026-12-06 (thirtieth session, first set), measured once at its end
HOLDOUT75 = Path(__file__).parent / "holdout75"  # written 2026-12-06 (thirtieth session, second set), measured once at its end
HOLDOUT76 = Path(__file__).parent / "holdout76"  # written 2026-12-06 (thirty-first session, first set), measured once at its end
HOLDOUT77 = Path(__file__).parent / "holdout77"  # written 2026-12-06 (thirty-first session, second set), measured once at its end
HOLDOUT78 = Path(__file__).parent / "holdout78"  # written 2026-12-07 (thirty-second session, first set), measured once at its end
HOLDOUT79 = Path(__file__).parent / "holdout79"  # written 2026-12-07 (thirty-second session, second set), measured once at its end
HOLDOUT80 = Path(__file__).parent / "holdout80"  # written 2026-12-07 (thirty-third session, first set), measured once at its end
HOLDOUT81 = Path(__file__).parent / "holdout81"  # written 2026-12-07 (thirty-third session, second set), measured once at its end
HOLDOUT82 = Path(__file__).parent / "holdout82"  # written 2026-12-07 (thirty-fourth session, first set), measured once at its end
HOLDOUT83 = Path(__file__).parent / "holdout83"  # written 2026-12-07 (thirty-fourth session, second set), measured once at its end
HOLDOUT84 = Path(__file__).parent / "holdout84"  # written 2026-12-07 (thirty-fifth session, first set), measured once at its end
HOLDOUT85 = Path(__file__).parent / "holdout85"  # written 2026-12-07 (thirty-fifth session, second set), measured once at its end
HOLDOUT86 = Path(__file__).parent / "holdout86"  # written 2026-12-07 (thirty-sixth session, first set), measured once at its end
HOLDOUT87 = Path(__file__).parent / "holdout87"  # written 2026-12-07 (thirty-sixth session, second set), measured once at its end
HOLDOUT88 = Path(__file__).parent / "holdout88"  # written 2026-12-07 (thirty-seventh session, first set), measured once at its end
HOLDOUT89 = Path(__file__).parent / "holdout89"  # written 2026-12-07 (thirty-seventh session, second set), measured once at its end
FOLDERS = {"data": DATA, "holdout": HOLDOUT, "holdout2": HOLDOUT2, "holdout3": HOLDOUT3, "holdout4": HOLDOUT4,
           "holdout5": HOLDOUT5, "holdout6": HOLDOUT6, "holdout7": HOLDOUT7, "holdout8": HOLDOUT8,
           "holdout9": HOLDOUT9, "holdout10": HOLDOUT10,
           "holdout11": HOLDOUT11, "holdout12": HOLDOUT12, "holdout13": HOLDOUT13, "holdout14": HOLDOUT14,
           "holdout15": HOLDOUT15, "holdout16": HOLDOUT16, "holdout17": HOLDOUT17, "holdout18": HOLDOUT18,
           "holdout19": HOLDOUT19, "holdout20": HOLDOUT20, "holdout21": HOLDOUT21, "holdout22": HOLDOUT22,
           "holdout23": HOLDOUT23, "holdout24": HOLDOUT24,
           "holdout25": HOLDOUT25, "holdout26": HOLDOUT26,
           "holdout27": HOLDOUT27, "holdout28": HOLDOUT28,
           "holdout29": HOLDOUT29, "holdout30": HOLDOUT30, "holdout31": HOLDOUT31, "holdout32": HOLDOUT32,
           "holdout33": HOLDOUT33, "holdout34": HOLDOUT34, "holdout35": HOLDOUT35, "holdout36": HOLDOUT36,
           "holdout37": HOLDOUT37, "holdout38": HOLDOUT38, "holdout39": HOLDOUT39, "holdout40": HOLDOUT40,
           "holdout41": HOLDOUT41, "holdout42": HOLDOUT42, "holdout43": HOLDOUT43, "holdout44": HOLDOUT44,
           "holdout45": HOLDOUT45, "holdout46": HOLDOUT46,
           "holdout47": HOLDOUT47, "holdout48": HOLDOUT48,
           "holdout49": HOLDOUT49, "holdout50": HOLDOUT50,
           "holdout51": HOLDOUT51, "holdout52": HOLDOUT52,
           "holdout53": HOLDOUT53, "holdout55": HOLDOUT55, "holdout56": HOLDOUT56,
           "holdout54": HOLDOUT54, "holdout57": HOLDOUT57, "holdout58": HOLDOUT58, "holdout59": HOLDOUT59,
           "holdout60": HOLDOUT60, "holdout61": HOLDOUT61,
           "holdout62": HOLDOUT62, "holdout63": HOLDOUT63, "holdout64": HOLDOUT64, "holdout65": HOLDOUT65,
           "holdout66": HOLDOUT66, "holdout67": HOLDOUT67, "holdout68": HOLDOUT68, "holdout69": HOLDOUT69,
           "holdout70": HOLDOUT70, "holdout71": HOLDOUT71, "holdout72": HOLDOUT72, "holdout73": HOLDOUT73,
           "holdout74": HOLDOUT74, "holdout75": HOLDOUT75, "holdout76": HOLDOUT76, "holdout77": HOLDOUT77,
           "holdout78": HOLDOUT78, "holdout79": HOLDOUT79,
           "holdout80": HOLDOUT80, "holdout81": HOLDOUT81,
           "holdout82": HOLDOUT82, "holdout83": HOLDOUT83,
           "holdout84": HOLDOUT84, "holdout85": HOLDOUT85,
           "holdout86": HOLDOUT86, "holdout87": HOLDOUT87,
           "holdout88": HOLDOUT88, "holdout89": HOLDOUT89}
FILES = {name: ("diseases.tsv", "cancers.tsv", "places.tsv") for name in FOLDERS}
FILES["data"] = ("eval_diseases.tsv", "eval_cancers.tsv", "eval_places.tsv")
_current = {"folder": DATA, "files": FILES["data"]}


def use(name: str) -> None:
    _current.update(folder=FOLDERS[name], files=FILES[name])


_POSSIBLE = re.compile(r"([A-Za-z0-9+-]+) possible")


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        data = list(csv.DictReader(handle, delimiter="\t"))
    for r in data:
        # development sets name a second acceptable label in the note: "X chosen, Y possible"
        if not r.get("alt") and "possible" in r.get("note", ""):
            found = _POSSIBLE.search(r["note"])
            r["alt"] = found.group(1) if found else ""
    return data


def rows(name: str) -> list[dict]:
    index = FILES["data"].index(name)
    path = _current["folder"] / _current["files"][index]
    data = _read(path)
    if _current["folder"] == DATA:   # the development set has later parts: eval_diseases_2.tsv, _3...
        for later in sorted(path.parent.glob(path.stem + "_*.tsv")):
            data += _read(later)
    return data


def _score(kb, name: str, expected_key: str, predicted) -> dict:
    """Top-1 / top-3 of `predicted(orientation)` against the labelled column `expected_key`."""
    from knowledge import orient
    top1 = top3 = wrong = 0   # wrong: an answer was given and its first lead is not the expected one
    misses = []
    by_note: dict[str, list[int]] = {}
    data = rows(name)
    for r in data:
        o = orient(r["message"], kb)
        got = predicted(o)
        accepted = {r[expected_key], r.get("alt") or r[expected_key]}   # a genuinely shared disease
        hit = bool(got[:1]) and got[0] in accepted
        top1 += hit
        wrong += bool(got) and not hit
        note = (r.get("note") or "").split(";")[0].strip() or "-"
        by_note.setdefault(note, [0, 0])
        by_note[note][0] += hit
        by_note[note][1] += 1
        if accepted & set(got[:3]):
            top3 += 1
        else:
            misses.append({"message": r["message"], "expected": r[expected_key], "got": got[:3],
                           "understood": [m["name"] for m in o.matches[:2]]})
    n = len(data)
    return {"n": n, "top1": round(top1 / n, 4), "top3": round(top3 / n, 4), "wrong": round(wrong / n, 4),
            "top1_by_note": {k: f"{v[0]}/{v[1]}" for k, v in sorted(by_note.items())}, "misses": misses}


def _filieres(o) -> list[str]:
    if not o.ambiguous:
        return [f["acronym"] for f in o.filieres]
    got: list[str] = []   # an ambiguous answer offers its candidates, in order
    for c in o.candidates:
        got += [a for a in c["filieres"][:1] if a not in got]
    return got


def _networks(o) -> list[str]:
    if o.ambiguous:
        return [a for c in o.candidates for a in c["networks"]]
    return [n["acronym"] for n in o.cancer_networks]


def evaluate_diseases(kb) -> dict:
    return _score(kb, "eval_diseases.tsv", "filiere", _filieres)


def evaluate_cancers(kb) -> dict:
    return _score(kb, "eval_cancers.tsv", "network", _networks)


def evaluate_places(kb) -> dict:
    from knowledge import locate
    ok = 0
    misses = []
    data = rows("eval_places.tsv")
    for r in data:
        d = locate(r["message"], kb)
        good = d["region"] == r["region"] and d["territory"] == r["territory"] and \
            (not r["departement"] or (d["departement"] or "").upper() == r["departement"].upper())
        if good:
            ok += 1
        else:
            misses.append({"message": r["message"], "expected": [r["departement"], r["region"]],
                           "got": [d["departement"], d["region"], d["matched"]]})
    n = len(data)
    return {"n": n, "accuracy": round(ok / n, 4), "misses": misses}


def evaluate_spurious_places(kb) -> dict:
    """Medical messages of the development set name no place: any place read in one is wrong."""
    from knowledge import orient
    from knowledge.text import fold
    data = rows("eval_diseases.tsv") + rows("eval_cancers.tsv")
    wrong = []
    for r in data:
        place = orient(r["message"], kb).place
        if place and place.get("region"):
            # "on déménage à Lille", "près de nantes", "depuis lille", "on est du cantal", "on habite limoges",
            # "we live in lille", "on part pour la corse", "on est dans les ardennes": a town the writer named is a real place
            named = {fold(w) for w in re.findall(r"[A-ZÀ-Ý][\w'-]*", r["message"])}
            # ("de st nazaire" is read as "saint nazaire")
            said = {place["matched"], re.sub(r"\bsaint\b", "st", place["matched"]), re.sub(r"\bsainte\b", "ste", place["matched"])}
            introduced = any(re.search(rf"\b(?:a|au|de|du|depuis|pres de|pres d|vers|en|dans le|dans la|dans les|sur|in|near|habite|habitons|pour la|pour le) {re.escape(m)}\b",
                                       fold(r["message"])) for m in said)
            # ("on habite a metz 57000", "conde sur noireau (14110)": a postal code written beside its town)
            postal = re.fullmatch(r"\d{2} ?\d{3}", place["matched"]) is not None and bool(place.get("commune")) \
                and fold(place["commune"]).replace("-", " ").split()[0] in fold(r["message"]).split()
            # ("la mine de canari (cap corse)", "famille guadeloupéenne": a place in brackets, an inhabitants' name)
            bracketed = re.search(rf"\(\s*{re.escape(place['matched'])}\b", r["message"].lower()) is not None
            inhabitants = place["matched"].endswith(("ois", "oise", "ais", "aise", "ien", "ienne", "enne", "ennes",
                                                     "een", "eens"))   # ("guadeloupéen", "vendéens")
            if not introduced and not postal and not bracketed and not inhabitants \
                    and not set(place["matched"].split()) <= {t for w in named for t in w.split()}:
                wrong.append({"message": r["message"], "got": [place["departement"], place["matched"]]})
    return {"n": len(data), "spurious": len(wrong), "misses": wrong}


def main() -> int:
    import knowledge
    kb = knowledge.load()
    which = next((a[2:] for a in sys.argv if a.startswith("--holdout") and a[2:] in FOLDERS), "data")
    use(which)
    sys.argv = [a for a in sys.argv if not a.startswith("--holdout")]
    report = {"diseases": evaluate_diseases(kb), "cancers": evaluate_cancers(kb), "places": evaluate_places(kb)}
    if which == "data":
        report["spurious_places"] = evaluate_spurious_places(kb)
    if which != "data":   # figures only: its messages are never read while tuning
        report = {name: {k: v for k, v in r.items() if k != "misses"} | {"misses": []} for name, r in report.items()}
    out = Path("reports")
    out.mkdir(exist_ok=True)
    (out / f"knowledge_eval_{which}.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"[{which} set]")
    for name, r in report.items():
        figures = {k: v for k, v in r.items() if k != "misses"}
        print(name, figures)
        for m in r["misses"][: int(sys.argv[1]) if len(sys.argv) > 1 else 15]:
            print("   ", m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
