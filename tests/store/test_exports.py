"""Exports round-trip: what is read back equals what was written (and hand-checked values)."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

from dyad.export import (GDELT_COLUMNS, export, fetch, gdelt_rows, plover_records, read_csv, read_gdelt,
                         read_parquet, read_plover)
from dyad.store import Store

from gold_coder import CORPUS, GoldCoder


@pytest.fixture(scope="module")
def st(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("exp") / "exp.duckdb")
    with Store(path) as s:
        s.ingest([str(CORPUS / "articles.jsonl")], coder=GoldCoder())
    s = Store(path, read_only=True)
    yield s
    s.close()


def _iso(v):
    return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v


def test_jsonl_round_trip(st, tmp_path):
    out = str(tmp_path / "e.jsonl")
    assert export(st, "jsonl", out) == 30
    back = [json.loads(line) for line in open(out, encoding="utf-8")]
    want = [{k: _iso(v) for k, v in r.items()} for r in fetch(st).to_pylist()]
    assert back == want
    # types survive: dates as ISO strings, counts as ints, Goldstein as float
    e = next(r for r in back if r["type"] == "SANCTION" and r["source_actor"] == "USA" and r["target_actor"] == "CHN")
    assert (e["date"], e["n_mentions"], e["goldstein"]) == ("2025-01-20", 3, -8.0)


@pytest.mark.parametrize("mentions", [False, True])
def test_csv_round_trip(st, tmp_path, mentions):
    out = str(tmp_path / "e.csv")
    n = export(st, "csv", out, mentions=mentions)
    want = fetch(st, mentions=mentions)
    assert n == (40 if mentions else 30) == want.num_rows
    back = read_csv(out, want.schema)
    assert back.equals(want)
    # empty strings and NULLs are told apart
    col = "mode" if not mentions else "date_text"
    assert "" in want.column(col).to_pylist() or None in want.column(col).to_pylist()


def test_csv_with_pandas_if_available(st, tmp_path):
    pd = pytest.importorskip("pandas")
    out = str(tmp_path / "e.csv")
    export(st, "csv", out)
    df = pd.read_csv(out, keep_default_na=False, na_values=[""])
    assert len(df) == 30 and int(df["n_mentions"].sum()) == 38


def test_parquet_partitioned_by_month_round_trip(st, tmp_path):
    out = str(tmp_path / "pq")
    assert export(st, "parquet", out) == 30
    parts = sorted(os.listdir(out))
    assert parts == [f"month=2025-0{m}" for m in range(1, 7)]
    assert all(os.listdir(os.path.join(out, p)) == ["part-0.parquet"] for p in parts)
    back = read_parquet(out)
    per_month = {}
    for m in back.column("month").to_pylist():
        per_month[m] = per_month.get(m, 0) + 1
    assert per_month == {"2025-01": 3, "2025-02": 6, "2025-03": 5, "2025-04": 6, "2025-05": 4, "2025-06": 6}
    want = fetch(st)
    got = back.drop_columns(["month"]).sort_by([("date", "ascending"), ("event_key", "ascending")])
    assert got.cast(want.schema).equals(want)


def test_gdelt_round_trip_and_values(st, tmp_path):
    out = str(tmp_path / "events.tsv")
    assert export(st, "gdelt", out) == 30
    lines = open(out, encoding="utf-8").read().splitlines()
    assert len(lines) == 30 and all(len(x.split("\t")) == len(GDELT_COLUMNS) for x in lines)
    back = read_gdelt(out)
    assert back == gdelt_rows(fetch(st))
    r = next(x for x in back if x["Actor1CountryCode"] == "USA" and x["Actor2CountryCode"] == "CHN"
             and x["EventRootCode"] == "16")
    assert (r["SQLDATE"], r["MonthYear"], r["Year"], r["EventCode"], r["QuadClass"], r["GoldsteinScale"]) == \
        (20250120, 202501, 2025, "163", 4, -8.0)
    assert (r["NumMentions"], r["NumSources"], r["NumArticles"], r["Actor1Code"]) == (3, 3, 3, "USAGOV")
    assert r["DATEADDED"] == 20250121000000 and r["SOURCEURL"] == "https://wire.example/c14"
    k = next(x for x in back if x["ActionGeo_FullName"] == "Kursk")
    assert (k["ActionGeo_Type"], k["ActionGeo_CountryCode"], k["NumSources"]) == (4, "RUS", 2)
    assert len({x["GLOBALEVENTID"] for x in back}) == 30


@pytest.mark.parametrize("name", ["events.json", "events.jsonl"])
def test_plover_round_trip(st, tmp_path, name):
    out = str(tmp_path / name)
    assert export(st, "plover", out) == 30
    back = read_plover(out)
    assert back == plover_records(fetch(st))
    r = next(x for x in back if x["event"] == "AID" and x["source"][0]["code"] == "PRK")
    assert r["date"] == "2025-01-13" and r["target"][0]["code"] == "RUS" and r["mode"] == "military"
    assert r["dyad"]["n_mentions"] == 3 and r["dyad"]["n_sources"] == 3 and r["language"] == "en"
    k = next(x for x in back if x.get("eventLoc", {}).get("name") == "Geneva")
    assert k["eventLoc"]["country code"] == "CHE"


def test_where_filter_and_errors(st, tmp_path):
    out = str(tmp_path / "irn.jsonl")
    assert export(st, "jsonl", out, where="source_actor = 'IRN'") == 5
    assert export(st, "csv", str(tmp_path / "m.csv"), mentions=True, where="negated") == 1
    with pytest.raises(ValueError):
        export(st, "gdelt", str(tmp_path / "x.tsv"), mentions=True)
    with pytest.raises(ValueError):
        export(st, "xml", str(tmp_path / "x.xml"))
