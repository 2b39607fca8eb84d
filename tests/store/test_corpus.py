"""The hand-written corpus (tests/data/corpus) ingested into a real DuckDB file.

Every expected number below was worked out by reading the articles and annotations.jsonl
(see tests/data/corpus/README.md), not copied from the program's output.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dyad.analytics import dyad_series, network, partners, search, spikes, stats
from dyad.store import Store

from gold_coder import CORPUS, GoldCoder

ARTICLES = str(CORPUS / "articles.jsonl")


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.duckdb"
    with Store(str(path)) as st:
        s = st.ingest([ARTICLES], coder=GoldCoder(), batch_size=7)
    return str(path), s


@pytest.fixture()
def st(db):
    with Store(db[0], read_only=True) as s:
        yield s


def test_run_summary(db):
    _, s = db
    assert s.read == 34  # 33 articles + an exact repeat of c01
    assert s.new == 33 and s.skipped == 1
    assert s.near_duplicates == 4  # c02 (of c01), c15 and c16 (of c14), c29 (of c28)
    assert s.mentions == 40
    assert s.errors == 0
    assert s.articles_total == 33 and s.events_total == 30


def test_counts(st):
    one = lambda q: st.sql(q).fetchone()  # noqa: E731
    assert one("SELECT count(*) FROM articles") == (33,)
    assert one("SELECT count(DISTINCT dup_group) FROM articles") == (29,)
    assert one("SELECT count(*), count(event_key) FROM mentions") == (40, 38)  # c10 hypothetical, c22 negated
    assert one("SELECT count(*) FROM events") == (30,)
    assert one("SELECT sum(n_mentions) FROM events") == (38,)
    assert one("SELECT count(*) FROM articles WHERE n_mentions = 0") == (1,)  # c31, the weather
    per_month = dict(st.sql("SELECT strftime(date, '%Y-%m'), count(*) FROM events GROUP BY 1").fetchall())
    assert per_month == {"2025-01": 3, "2025-02": 6, "2025-03": 5, "2025-04": 6, "2025-05": 4, "2025-06": 6}


def _group(st, ids):
    return {r[0]: r[1] for r in st.sql(
        f"SELECT id, dup_group FROM articles WHERE id IN ({', '.join(repr(i) for i in ids)})").fetchall()}


def test_near_duplicates_syndicated_copies(st):
    g = _group(st, ["c01", "c02", "c03"])
    assert g["c01"] == g["c02"] != g["c03"]  # c03 is an Italian rewrite: not a near-duplicate
    g = _group(st, ["c14", "c15", "c16", "c22"])
    assert g["c14"] == g["c15"] == g["c16"] != g["c22"]
    g = _group(st, ["c28", "c29"])
    assert g["c28"] == g["c29"]
    g = _group(st, ["c11", "c13"])  # same event, same language, rewritten by another outlet
    assert g["c11"] != g["c13"]


def ev(st, type_, src, tgt):
    return st.sql("SELECT date, n_mentions, n_articles, n_sources, location_name, first_seen, last_seen "
                  "FROM events WHERE type = ? AND source_actor = ? AND target_actor = ? ORDER BY date, location_name",
                  [type_, src, tgt]).fetchall()


def test_event_clusters(st):
    d = dt.date
    # syndicated copy + Italian rewrite of the troop deployment: one event seen 3 times
    assert ev(st, "AID", "PRK", "RUS") == [(d(2025, 1, 13), 3, 3, 3, None, d(2025, 1, 14), d(2025, 1, 15))]
    # French report + Spanish rewrite a day later, dates only from publication: one event
    assert ev(st, "AID", "RUS", "PRK") == [(d(2025, 3, 10), 2, 2, 2, None, d(2025, 3, 10), d(2025, 3, 11))]
    # two strikes on the same day in different places: two events; the rewrite (c13) joins Kursk
    assert ev(st, "ASSAULT", "UKR", "PRK") == [
        (d(2025, 4, 1), 1, 1, 1, "Belgorod", d(2025, 4, 2), d(2025, 4, 2)),
        (d(2025, 4, 1), 2, 2, 2, "Kursk", d(2025, 4, 2), d(2025, 4, 3)),  # wire.example + kyivnews.example
    ]
    # three copies of the sanctions story from three outlets; the negated c22 is no event
    assert ev(st, "SANCTION", "USA", "CHN") == [(d(2025, 1, 20), 3, 3, 3, None, d(2025, 1, 21), d(2025, 1, 22))]
    # the Moscow visit reported by c07 and c08
    assert [r[:2] for r in ev(st, "CONSULT", "PRK", "RUS")] == [(d(2025, 2, 19), 1), (d(2025, 5, 9), 2)]
    assert [r[:2] for r in ev(st, "CONSULT", "RUS", "PRK")] == [(d(2025, 2, 19), 1), (d(2025, 5, 9), 1)]
    # two accusations months apart stay apart
    assert [r[0] for r in ev(st, "ACCUSE", "CHN", "USA")] == [d(2025, 1, 21), d(2025, 6, 2)]


def test_dyad_series_prk_rus(st):
    rows = dyad_series(st, "PRK", "RUS", by="month")
    both = {r["period"]: r for r in rows if r["direction"] == "both"}
    assert list(both) == ["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]  # April filled
    assert {p: r["events"] for p, r in both.items()} == {
        "2025-01": 1, "2025-02": 2, "2025-03": 1, "2025-04": 0, "2025-05": 2, "2025-06": 2}
    assert {p: r["mean_goldstein"] for p, r in both.items()} == {
        "2025-01": 7.0, "2025-02": 1.0, "2025-03": 7.0, "2025-04": None, "2025-05": 1.0, "2025-06": 8.0}
    assert both["2025-01"]["material_coop"] == 1 and both["2025-02"]["verbal_coop"] == 2
    assert all(r["cc_index"] == 1.0 for p, r in both.items() if p != "2025-04")
    assert both["2025-04"]["cc_index"] is None
    ab = {r["period"]: r["events"] for r in rows if r["direction"] == "PRK>RUS"}
    ba = {r["period"]: r["events"] for r in rows if r["direction"] == "RUS>PRK"}
    assert ab == {"2025-01": 1, "2025-02": 1, "2025-03": 0, "2025-04": 0, "2025-05": 1, "2025-06": 1}
    assert ba == {"2025-01": 0, "2025-02": 1, "2025-03": 1, "2025-04": 0, "2025-05": 1, "2025-06": 1}
    assert both["2025-02"]["CONSULT"] == 2 and both["2025-06"]["AGREE"] == 2
    # mentions instead of events: 3, 2, 2, 0, 3, 2 (the hypothetical c10 is not counted)
    m = {r["period"]: r["events"] for r in dyad_series(st, "PRK", "RUS", mentions=True) if r["direction"] == "both"}
    assert m == {"2025-01": 3, "2025-02": 2, "2025-03": 2, "2025-04": 0, "2025-05": 3, "2025-06": 2}
    y = [r for r in dyad_series(st, "RUS", "PRK", by="year") if r["direction"] == "both"]
    assert [(r["period"], r["events"]) for r in y] == [("2025", 8)]


def test_dyad_series_usa_chn(st):
    rows = {r["period"]: r for r in dyad_series(st, "USA", "CHN", by="month") if r["direction"] == "both"}
    assert {p: r["events"] for p, r in rows.items()} == {
        "2025-01": 2, "2025-02": 1, "2025-03": 2, "2025-04": 2, "2025-05": 0, "2025-06": 1}
    assert rows["2025-01"]["mean_goldstein"] == -5.0  # SANCTION −8 and ACCUSE −2
    assert rows["2025-01"]["cc_index"] == -1.0 and rows["2025-04"]["cc_index"] == 1.0
    assert rows["2025-01"]["material_conflict"] == 1 and rows["2025-01"]["verbal_conflict"] == 1
    weeks = [r for r in dyad_series(st, "USA", "CHN", by="week", since="2025-01-01", until="2025-01-31")
             if r["direction"] == "both"]
    assert [(r["period"], r["events"]) for r in weeks] == [("2025-01-20", 2)]  # Monday of ISO week 4


def test_partners_iran(st):
    rows = partners(st, "IRN")
    assert [(r["partner"], r["events"], r["cooperation"], r["conflict"]) for r in rows] == [
        ("ISR", 3, 0, 3), ("CHN", 2, 2, 0), ("RUS", 2, 2, 0), ("USA", 2, 0, 2)]
    net = {r["partner"]: r["net_goldstein"] for r in rows}
    assert net == {"ISR": -16.4, "CHN": 2.0, "RUS": 16.0, "USA": -12.0}
    m = {r["partner"]: r["events"] for r in partners(st, "IRN", mentions=True)}
    assert m == {"ISR": 3, "CHN": 2, "RUS": 2, "USA": 3}  # the oil sanctions were reported twice
    assert [r["partner"] for r in partners(st, "IRN", since="2025-04-01")] == ["CHN", "USA"]


def test_network(st):
    g = network(st)
    assert g.number_of_nodes() == 10  # PRK RUS UKR USA CHN IRN ISR ITA FRA DEU
    assert g["PRK"]["RUS"]["events"] == 8 and g["USA"]["CHN"]["events"] == 8
    assert g["IRN"]["ISR"]["net_goldstein"] == -16.4
    assert g["UKR"]["PRK"]["events"] == 2
    g2 = network(st, min_events=3)
    assert sorted(tuple(sorted(e)) for e in g2.edges) == [("CHN", "USA"), ("IRN", "ISR"), ("PRK", "RUS")]


def test_search(st):
    assert len(search(st, dyad="PRK:RUS", limit=None)) == 8
    assert len(search(st, actor="IRN", limit=None)) == 9
    assert len(search(st, type="ASSAULT", limit=None)) == 3  # 2 UKR→PRK + ISR→IRN
    assert len(search(st, actor="PRK", since="2025-03-01", until="2025-04-30", limit=None)) == 3
    assert len(search(st, lang="de", limit=None)) == 7  # c04 ×2, c09 ×2, c18, c27 ×2
    kursk = search(st, text="Kursk", type="ASSAULT", limit=None)
    assert len(kursk) == 1 and kursk[0]["location_name"] == "Kursk"
    assert len(search(st, dyad="USA:CHN", mentions=True, limit=None)) == 10


def test_spikes(st):
    rows = spikes(st, window="28d", until="2025-06-30", min_events=1)
    top = {r["dyad"]: r for r in rows}
    # recent window 2025-06-03..06-30: PRK–RUS ×2 (AGREE), ITA–UKR ×1, DEU–FRA ×2 (CHN→USA on 06-02 is baseline)
    assert {d: r["recent"] for d, r in top.items() if r["recent"]} == {"PRK-RUS": 2, "ITA-UKR": 1, "DEU-FRA": 2}
    # PRK–RUS baseline windows (28 days each, going back): 2, 0, 0, 3, 0, 1 → mean 1, sd √(8/6);
    # tone: AGREE 8.0 now vs mean 3.0 before → shift 5.0; score = (2−1)/1.155 + 5/2
    p = top["PRK-RUS"]
    assert p["baseline_mean"] == 1.0 and p["baseline_sd"] == 1.155 and p["tone_shift"] == 5.0
    assert p["volume_z"] == 0.866 and p["score"] == 3.366
    assert top["DEU-FRA"]["score"] == 2.0 and top["ITA-UKR"]["score"] == 1.0
    # a drop is a spike too: CHN–USA had 1, 2, 2, 0, 3, 0 events in the baseline windows and none now:
    # mean 8/6, sd 1.106 < √mean 1.155 → volume_z = −1.333 / 1.155
    assert top["CHN-USA"]["recent"] == 0 and top["CHN-USA"]["volume_z"] == -1.155
    assert [r["dyad"] for r in rows[:4]] == ["PRK-RUS", "DEU-FRA", "CHN-USA", "ITA-UKR"]


def test_stats(st):
    s = stats(st)
    assert (s["articles"], s["mentions"], s["events"], s["near_duplicate_groups"]) == (33, 40, 30, 29)
    assert s["by_lang"] == {"en": 16, "it": 5, "de": 4, "es": 4, "fr": 4}
    assert s["events_seen_twice_or_more"] == 6


def test_monthly_aggregate_answers_like_the_events_table(st, monkeypatch):
    def answers():
        return (dyad_series(st, "PRK", "RUS"), dyad_series(st, "USA", "CHN", by="year"), partners(st, "IRN"),
                partners(st, "USA", since="2025-02-01", until="2025-04-30"),
                partners(st, "RUS", since="2025-01-01", until="2025-12-31"),  # a whole year: pair_year
                partners(st, "RUS", since="2024-12-01", until="2026-01-31"),  # a year and months around it
                sorted(network(st).edges(data=True)),
                sorted(network(st, since="2025-03-01").edges(data=True)))

    fast = answers()
    monkeypatch.setattr(Store, "has_pair_month", lambda self: False)
    assert answers() == fast
