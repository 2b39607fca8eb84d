"""Checks for the world actor lexicons (_root/codes.tsv, <lang>/actors-world.tsv).

- every code used exists in codes.tsv;
- no variant (case-folded, apostrophes folded) names two different codes within a language;
- every state in codes.tsv has a country row in every language, and a demonym row in most;
- the committed files are what scripts/build_world_names.py generates (so hand edits go to
  scripts/data/, not to the generated files);
- a few spot checks of inflection and casing.
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LANG = ROOT / "dyad" / "data" / "lang"
LANGS = ("it", "en", "fr", "de", "es")
COLUMNS = ["surface", "code", "sector", "kind", "entity", "valid_from", "valid_to", "scope"]


def read(path: Path) -> list[dict[str, str]]:
    from dyad.lexicon import read_tsv

    return [row for _, row in read_tsv(path, ())]


def fold(v: str) -> str:
    for a in "\u2019\u02bc`\u00b4":
        v = v.replace(a, "'")
    return v.lower()


@pytest.fixture(scope="module")
def codes() -> dict[str, str]:
    return {r["code"]: r["kind"] for r in read(LANG / "_root" / "codes.tsv")}


def test_codes_file(codes):
    kinds = Counter(codes.values())
    assert kinds["country"] >= 197 and kinds["igo"] >= 35 and codes["---"] == "unknown"
    for c in ("USA", "RUS", "PRK", "XKX", "TWN", "PSE", "VAT", "UN", "NATO", "EU", "ARL", "IAEA"):
        assert c in codes


@pytest.mark.parametrize("lang", LANGS)
def test_world_file(lang, codes):
    path = LANG / lang / "actors-world.tsv"
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#") and "CLDR" in text.split("surface\t")[0]
    rows = read(path)
    assert list(rows[0].keys()) == COLUMNS
    seen: dict[str, str] = {}
    conflicts = []
    for r in rows:
        assert r["code"] in codes, r
        assert r["kind"] in ("country", "demonym", "capital", "igo"), r
        for v in r["surface"].split("|"):
            # inflections are listed, not wildcards; the only wildcard is the compound prefix "X-*"
            assert "*" not in v or (v.endswith("-*") and "*" not in v[:-1]), v
            assert v.strip() == v and v, r
            f = fold(v)
            if f in seen and seen[f] != r["code"]:
                conflicts.append(f"{v!r}: {seen[f]} and {r['code']}")
            seen.setdefault(f, r["code"])
    assert not conflicts, conflicts
    states = {c for c, k in codes.items() if k == "country"}
    with_country = {r["code"] for r in rows if r["kind"] == "country"}
    with_demonym = {r["code"] for r in rows if r["kind"] == "demonym"}
    igos = {r["code"] for r in rows if r["kind"] == "igo"}
    assert len(states - with_country) <= 1, sorted(states - with_country)
    assert len(states - with_demonym) <= 5, sorted(states - with_demonym)
    assert {c for c, k in codes.items() if k == "igo"} <= igos
    order = [r["code"] for r in rows]
    assert order == sorted(order)                  # sorted by code
    print(f"{lang}: {len(rows)} rows, {sum(r['surface'].count('|') + 1 for r in rows)} variants")


def test_spot_checks():
    def variants(lang, code, kind):
        return {v for r in read(LANG / lang / "actors-world.tsv") if r["code"] == code and r["kind"] == kind
                for v in r["surface"].split("|")}
    assert {"nordcoreano", "nordcoreana", "nordcoreani", "nordcoreane"} <= variants("it", "PRK", "demonym")
    assert {"nord-coréen", "nordcoréen", "nord-coréennes"} <= variants("fr", "PRK", "demonym")
    assert {"nordkoreanische", "Nordkoreaner", "Nordkoreanerinnen"} <= variants("de", "PRK", "demonym")
    assert {"norcoreano", "norcoreanas"} <= variants("es", "PRK", "demonym")
    assert {"North Korea", "DPRK"} <= variants("en", "PRK", "country")
    assert "Mosca" in variants("it", "RUS", "capital") and "Cremlino" in variants("it", "RUS", "capital")
    assert "Kreml" in variants("de", "RUS", "capital") and "Russlands" in variants("de", "RUS", "country")
    assert "OTAN" in variants("fr", "NATO", "igo") and "OTAN" in variants("es", "NATO", "igo")
    assert "Bruxelles" in variants("it", "EU", "capital")
    # indiano~ is expanded, never a short wildcard
    assert "indiani" in variants("it", "IND", "demonym")


def test_generated_files_are_current():
    babel = pytest.importorskip("babel")            # only needed to regenerate, not to run Dyad
    header = (LANG / "it" / "actors-world.tsv").read_text(encoding="utf-8").split("surface\t")[0]
    if f"babel {babel.__version__} " not in header:
        pytest.skip("files were generated with another babel (CLDR) version")
    spec = importlib.util.spec_from_file_location("build_world_names", ROOT / "scripts" / "build_world_names.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_world_names"] = mod
    spec.loader.exec_module(mod)
    codes = {r[0]: r[2] for r in mod.build_codes()}   # (code, kind, name, sovereign, state_sectors)
    for lang in LANGS:
        rows, problems = mod.build_lang(lang, codes)
        assert not problems, problems
        committed = [[r[c] for c in COLUMNS] for r in read(LANG / lang / "actors-world.tsv")]
        assert committed == rows, f"{lang}: run scripts/build_world_names.py"
