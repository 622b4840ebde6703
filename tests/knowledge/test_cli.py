"""The command-line contract of DESIGN §4, as other tools call it."""
import json
import subprocess
import sys

from tests.conftest import ROOT


def cli(*args, stdin=None):
    out = subprocess.run([sys.executable, "-m", "knowledge", *args], cwd=ROOT, input=stdin,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_orient_json_contract(kb):
    d = json.loads(cli("orient", "ma fille a une mucovisidose", "--json"))
    assert d["kind"] == "disease"
    assert d["matches"][0]["name"] == "Mucoviscidose" and d["matches"][0]["orpha_code"] == 586
    assert isinstance(d["matches"][0]["score"], float)
    assert d["filieres"][0]["acronym"] == "MUCO-CFTR" and d["filieres"][0]["name"]
    assert [e["acronym"] for e in d["erns"]] == ["ERN-LUNG"]
    assert d["cancer_networks"] == [] and "médecin" in d["home_provider"]


def test_orient_kinds(kb):
    kinds = [json.loads(line)["kind"] for line in cli("orient", "-", "--json", stdin=(
        "sarcome d'Ewing\nil tombe souvent\nc'est quoi un ERN ?\nxyzzy plugh\n\n")).splitlines()]
    assert kinds == ["cancer", "symptom", "question", "unknown", "unknown"]


def test_place_json_contract_and_batch_order(kb):
    lines = cli("place", "-", "--json", stdin="Lyon\n69003\ndans le 59\nFinistère\nCayenne\n").splitlines()
    places = [json.loads(l) for l in lines]
    assert [p["departement"] for p in places] == ["69", "69", "59", "29", "973"]
    assert places[4]["territory"] == "outre-mer" and places[4]["platforms"][0]["kind"] == "PCOM"
    assert places[0]["region"] == "Auvergne-Rhône-Alpes" and places[0]["territory"] == "metropole"
    assert all({"kind", "name"} <= set(p) for p in places[0]["platforms"])


def test_missing_base_is_a_clear_error(tmp_path):
    out = subprocess.run([sys.executable, "-m", "knowledge", "orient", "x", "--json"], cwd=ROOT,
                         capture_output=True, text=True, env={"ARIANE_DB": str(tmp_path / "none.db"), "PATH": ""}, timeout=60)
    assert out.returncode == 1 and "make kb" in out.stderr
