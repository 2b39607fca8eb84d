"""The store commands through the real `dyad` click group (and the real coder where it runs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dyad.store import Store

from gold_coder import CORPUS, GoldCoder

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

cli_mod = pytest.importorskip("dyad.cli")
cli = cli_mod.cli


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("cli") / "cli.duckdb")
    with Store(path) as st:
        st.ingest([str(CORPUS / "articles.jsonl")], coder=GoldCoder())
    return path


def run(*args):
    r = CliRunner(env={"COLUMNS": "140"}).invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    return r.output


def test_commands_registered():
    for c in ("ingest", "recode", "events", "dyad", "partners", "network", "spikes", "stats", "export"):
        assert c in cli.commands


def test_dyad_json_and_plots(db, tmp_path):
    rows = json.loads(run("dyad", "prk", "rus", "--db", db, "--format", "json"))
    both = {r["period"]: r["events"] for r in rows if r["direction"] == "both"}
    assert both == {"2025-01": 1, "2025-02": 2, "2025-03": 1, "2025-04": 0, "2025-05": 2, "2025-06": 2}
    png, page = tmp_path / "d.png", tmp_path / "d.html"
    run("dyad", "PRK", "RUS", "--db", db, "--plot", png)
    run("dyad", "PRK", "RUS", "--db", db, "--by", "week", "--plot", page)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<svg" in page.read_text() and "<table>" in page.read_text()
    out = run("dyad", "PRK", "RUS", "--db", db)  # rich table
    assert "2025-05" in out and "PRK>RUS" in out


def test_partners_csv_and_plot(db, tmp_path):
    out = run("partners", "IRN", "--db", db, "--format", "csv")
    lines = out.strip().splitlines()
    assert lines[0].startswith("partner,events,")
    assert [x.split(",")[0] for x in lines[1:]] == ["ISR", "CHN", "RUS", "USA"]
    run("partners", "IRN", "--db", db, "--plot", tmp_path / "p.png")
    assert (tmp_path / "p.png").stat().st_size > 1000


def test_network_exports(db, tmp_path):
    import networkx as nx

    gml, js, png = tmp_path / "g.graphml", tmp_path / "g.json", tmp_path / "g.png"
    run("network", "--db", db, "--export", gml, "--plot", png, "--format", "json")
    run("network", "--db", db, "--export", js, "--min-events", "3")
    g = nx.read_graphml(gml)
    assert g.number_of_nodes() == 10 and int(g["PRK"]["RUS"]["events"]) == 8
    data = json.loads(js.read_text())
    assert len(data["links"]) == 3
    assert png.stat().st_size > 1000


def test_events_spikes_stats_export(db, tmp_path):
    rows = json.loads(run("events", "--db", db, "--dyad", "PRK:RUS", "--format", "json", "--limit", "0"))
    assert len(rows) == 8
    rows = json.loads(run("events", "--db", db, "--text", "Belgorod", "--format", "json"))
    assert [r["location_name"] for r in rows] == ["Belgorod"]
    rows = json.loads(run("spikes", "--db", db, "--until", "2025-06-30", "--min-events", "1", "--format", "json"))
    assert rows[0]["dyad"] == "PRK-RUS"
    s = json.loads(run("stats", "--db", db, "--format", "json"))
    assert (s["articles"], s["events"], s["mentions"]) == (33, 30, 40)
    out = tmp_path / "x.tsv"
    r = CliRunner().invoke(cli, ["export", str(out), "--db", db, "--format", "gdelt", "--where", "type = 'AGREE'"])
    assert r.exit_code == 0 and len(out.read_text().splitlines()) == 8
    r = CliRunner().invoke(cli, ["export", str(out), "--db", db, "--format", "csv", "--where", "nonsense ="])
    assert r.exit_code != 0 and "where" in r.output.lower()


def test_missing_store_is_a_clean_error(tmp_path):
    r = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "none.duckdb")])
    assert r.exit_code == 1 and "no store" in r.output


def _real_coder_or_skip():
    try:
        from dyad.coder import Coder

        return Coder()
    except Exception as e:  # the coder is the lead's: skip when it is not there yet
        pytest.skip(f"coder not available: {e}")


def test_ingest_command_with_real_coder(tmp_path):
    _real_coder_or_skip()
    db = str(tmp_path / "real.duckdb")
    data = ROOT / "tests" / "data"
    out = run("ingest", data / "corpus" / "articles.jsonl", data / "ingest" / "dir", "--db", db, "--json")
    summary = json.loads(out.strip().splitlines()[-1])
    # these counts do not depend on what the coder finds
    assert (summary["read"], summary["new"], summary["skipped"]) == (38, 37, 1)
    assert summary["near_duplicates"] == 4 and summary["errors"] == 4
    out = run("ingest", data / "corpus" / "articles.jsonl", "--db", db, "--json")
    again = json.loads(out.strip().splitlines()[-1])
    assert (again["new"], again["mentions"]) == (0, 0)
    with Store(db, read_only=True) as st:
        n_m, n_e = st.sql("SELECT count(*) FROM mentions").fetchone()[0], st.sql(
            "SELECT count(*) FROM events").fetchone()[0]
        assert n_e <= n_m
    # recode with the same lexicon: nothing to do
    r = CliRunner().invoke(cli, ["recode", "--db", db])
    assert r.exit_code == 0


@pytest.mark.skipif(not (SHARED / "eval" / "dev-gold.jsonl").exists(), reason="../shared is not here")
def test_dev_gold_ingest_and_usa_chn_chart(tmp_path):
    _real_coder_or_skip()
    db = str(tmp_path / "gold.duckdb")
    run("ingest", SHARED / "eval" / "dev-gold.jsonl", "--db", db)
    run("dyad", "USA", "CHN", "--by", "month", "--db", db, "--plot", tmp_path / "x.png")
    assert (tmp_path / "x.png").stat().st_size > 1000
    s = json.loads(run("stats", "--db", db, "--format", "json"))
    assert s["articles"] == sum(1 for line in open(SHARED / "eval" / "dev-gold.jsonl") if line.strip())
