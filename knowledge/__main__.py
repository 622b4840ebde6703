"""Command line: python -m knowledge build|import-orphanet|check|orient|place ...

`orient` and `place` follow the contract of DESIGN §4: with --json one JSON object
per text; with `-` as TEXT, one text per line on stdin and one JSON line per text.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import sources
from .build import build, db_path


def _texts(arg: str):
    if arg == "-":
        for line in sys.stdin:
            yield line.rstrip("\n")
    else:
        yield arg


def _contract(o) -> dict:
    d = o.to_dict()
    d["filieres"] = [{k: f[k] for k in ("acronym", "name", "display", "domain", "website", "why")} for f in d["filieres"]]
    return d


def _print_orientation(d: dict):
    print(f"[{d['kind']}] {d['query'][:80]}")
    for m in d["matches"][:3]:
        print(f"  compris : {m['name']} (ORPHA:{m.get('orpha_code') or '-'}, score {m['score']})")
    if d["ambiguous"]:
        print("  plusieurs maladies possibles : " + " / ".join(m["name"] for m in d["candidates"]))
    for f in d["filieres"]:
        print(f"  filière : {f['display']} - {f['name']}")
    for n in d["cancer_networks"]:
        print(f"  réseau INCa : {n['acronym']} - {n.get('scope') or ''}")
    if d["erns"]:
        print("  ERN : " + ", ".join(e["acronym"] for e in d["erns"]))
    if d["place"]:
        p = d["place"]
        print(f"  lieu : {p.get('commune') or ''} {p.get('departement_name') or ''} ({p.get('region_name')})")
    for p in d["platforms"]:
        print(f"  plateforme : {p['kind']} {p['name']}")
    if d["answer"]:
        print(f"  {d['answer']['title']} : {d['answer']['text']}")
    for n in d["notes"]:
        print(f"  note : {n}")
    if d["kind"] != "unknown":
        print(f"  {d['home_provider']}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m knowledge", description=__doc__)
    sub = parser.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="build the SQLite knowledge base from knowledge/sources")
    b.add_argument("--db", type=Path, default=None)
    b.add_argument("--orphanet", type=Path, default=None, help="also import the Orphanet/HPO files of this folder")
    imp = sub.add_parser("import-orphanet", help="build with the Orphanet and HPO files of a folder")
    imp.add_argument("--dir", type=Path, required=True)
    imp.add_argument("--db", type=Path, default=None)
    sub.add_parser("check", help="check the curated sources and list every problem")
    for name in ("orient", "place"):
        p = sub.add_parser(name)
        p.add_argument("text", help="the text, or - to read one text per line on stdin")
        p.add_argument("--json", action="store_true")
        if name == "orient":
            p.add_argument("--place", default=None, help="where the person lives, if not in the text")
    args = parser.parse_args(argv)

    if args.cmd == "check":
        problems = sources.check_all(sources.load_all())
        print("\n".join(problems) or "sources OK")
        return 1 if problems else 0
    if args.cmd in ("build", "import-orphanet"):
        folder = args.orphanet if args.cmd == "build" else args.dir
        if folder and not folder.is_dir():
            print(f"error: {folder} is not a folder", file=sys.stderr)
            return 2
        try:
            build(args.db or db_path(), orphanet_dir=folder)
        except sources.SourceError as exc:
            print(exc, file=sys.stderr)
            return 1
        return 0

    from .orient import locate, orient
    from .store import KnowledgeBaseMissing, load
    try:
        kb = load()
    except KnowledgeBaseMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    for text in _texts(args.text):
        if args.cmd == "orient":
            d = _contract(orient(text, kb, place_text=args.place))
            if args.json:
                print(json.dumps(d, ensure_ascii=False), flush=True)
            else:
                _print_orientation(d)
        else:
            d = locate(text, kb)
            if args.json:
                print(json.dumps(d, ensure_ascii=False), flush=True)
            else:
                print(f"{text[:60]!r}: {d['commune'] or ''} {d['departement'] or ''} {d['region'] or 'lieu inconnu'} "
                      f"{d['territory'] or ''} " + ", ".join(f"{p['kind']} {p['name']}" for p in d["platforms"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
