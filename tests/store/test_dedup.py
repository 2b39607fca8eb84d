"""The duplicate rules on hand-made cases: article keys, near-duplicate articles, event clusters."""

from __future__ import annotations

import datetime as dt
import random

from dyad.store.cluster import M, cluster_partition
from dyad.store.dedup import DupIndex, article_key, normalise_url, signature, similarity

STORY = ("Officials in the northern province said on Tuesday that a convoy carrying food and medicine had "
         "crossed the border after three days of negotiations between the two governments. The trucks were "
         "escorted by police and reached the camp at nightfall, where aid workers began distributing flour, "
         "rice and water purification tablets to several thousand displaced families.")
# the same agency text, re-published with a dateline, a byline and one extra closing sentence
SYNDICATED = ("NORTHERN PROVINCE (Agency) - " + STORY +
              " The agency's correspondent contributed to this report.")
# the same facts, written again by another newsroom
REWRITE = ("A relief convoy finally entered the country on Tuesday, local authorities announced, ending a "
           "three-day standoff at the frontier. Police accompanied the lorries to the displacement camp, and by "
           "the evening humanitarian staff were handing out bags of flour and rice as well as tablets to make "
           "water safe to drink.")
# a genuinely different event on the same day, same region, similar vocabulary
OTHER = ("Officials in the northern province said on Tuesday that heavy rain had flooded two villages near the "
         "border, forcing families to leave their homes. Police used boats to reach people trapped on rooftops "
         "and the regional government opened schools as temporary shelters for the night.")


def test_article_key_normalisation():
    assert article_key("Hello  world\n") == article_key("Hello world")
    assert article_key("l’Ucraina") == article_key("l'Ucraina")
    assert article_key("x", "https://a.test/1") != article_key("x", "https://b.test/1")
    assert article_key("x", "https://A.test/1?utm_source=feed#top") == article_key("x", "https://a.test/1")
    assert normalise_url("https://a.test/p?id=3&utm_medium=rss") == "https://a.test/p?id=3"


def test_near_duplicate_rule():
    s, c, r, o = (signature(t) for t in (STORY, SYNDICATED, REWRITE, OTHER))
    assert similarity(s, c) >= 0.5  # syndicated copy
    assert similarity(s, r) < 0.2  # rewrite: same event, different words
    assert similarity(s, o) < 0.5  # different event
    idx = DupIndex()
    assert idx.add("k-story", s) == ([], set())
    dups, roots = idx.add("k-copy", c)
    assert dups == ["k-story"] and roots == {"k-story"}
    assert idx.add("k-rewrite", r)[0] == [] and idx.add("k-other", o)[0] == []
    g = idx.groups()
    assert g["k-copy"] == g["k-story"] == "k-copy"  # group id: the smallest key of the component
    assert g["k-rewrite"] == "k-rewrite" and g["k-other"] == "k-other"


def test_groups_do_not_depend_on_order():
    texts = {"a": STORY, "b": SYNDICATED, "c": REWRITE, "d": OTHER, "e": OTHER + " Schools reopen on Monday."}
    sigs = {k: signature(t) for k, t in texts.items()}
    results = set()
    for seed in range(6):
        keys = list(texts)
        random.Random(seed).shuffle(keys)
        idx = DupIndex()
        for k in keys:
            idx.add(k, sigs[k])
        results.add(tuple(sorted(idx.groups().items())))
    assert results == {(("a", "a"), ("b", "a"), ("c", "c"), ("d", "d"), ("e", "d"))}


D = dt.date(2025, 3, 10)


def m(key, day, prec="day", group=None, place=""):
    return M(key=key, group=group or key, date=D + dt.timedelta(days=day), precision=prec, place=place)


def test_cluster_copy_rewrite_and_other_event_same_day():
    ms = [
        m("story:e1", 0, group="G1", place="RUS|kursk"),  # the original report: explicit day and place
        m("copy:e1", 0, group="G1", place="RUS|kursk"),  # syndicated copy
        m("rewrite:e1", 1, prec="published", group="R"),  # rewrite published next day, no date, no place
        m("belgorod:e1", 0, place="RUS|belgorod"),  # a strike somewhere else the same day
    ]
    out = cluster_partition("ASSAULT|UKR|PRK", ms)
    assert out["story:e1"] == out["copy:e1"]
    assert out["belgorod:e1"] != out["story:e1"]  # same day, another place: another event
    # the place-less rewrite overlaps both; it joins the earliest anchor (same day: smallest key,
    # "belgorod" < "story") — an arbitrary but deterministic choice, see docs/formats/dedup.md
    assert out["rewrite:e1"] == out["belgorod:e1"]
    assert len(set(out.values())) == 2


def test_cluster_copy_with_drifted_date_stays_with_its_original():
    ms = [m("orig:e1", 0, group="G"), m("copy:e1", 3, group="G"), m("unrelated:e1", 3)]
    out = cluster_partition("P", ms)
    assert out["orig:e1"] == out["copy:e1"]  # near-duplicate article: same event despite the date
    assert out["unrelated:e1"] != out["orig:e1"]  # 3 days later, another article: another event


def test_cluster_no_chaining_of_daily_events():
    # reports every day with only publication dates: the window is [d − 2, d]; comparing with the
    # anchor (first mention) keeps a month of daily shelling from becoming one event
    ms = [m(f"day{i}:e1", i, prec="published") for i in range(10)]
    out = cluster_partition("P", ms)
    assert len(set(out.values())) == 4  # days 0–2, 3–5, 6–8, 9 (anchor windows [−2,0], [1,3], [4,6], [7,9])
    assert out["day0:e1"] == out["day2:e1"] != out["day3:e1"]


def test_cluster_month_and_year_precision():
    ms = [m("a:e1", 0), m("b:e1", 15, prec="month"), m("c:e1", 40)]
    out = cluster_partition("P", ms)
    # "in March" overlaps the 10 March report; 19 April does not overlap anything of March
    assert out["a:e1"] == out["b:e1"]
    assert out["c:e1"] != out["a:e1"]


def test_cluster_is_order_independent():
    ms = [m(f"k{i}:e1", i % 5, prec="published" if i % 2 else "day", group=f"g{i % 3}",
            place="" if i % 4 else "X|town") for i in range(20)]
    ref = cluster_partition("P", ms)
    for seed in range(5):
        sh = ms[:]
        random.Random(seed).shuffle(sh)
        assert cluster_partition("P", sh) == ref


def test_cluster_undated_mentions_do_not_swallow_dated_events():
    undated = M(key="txt:e1", group="T", date=None, precision="published", place="")
    undated2 = M(key="txt:e2", group="T", date=None, precision="published", place="")
    other = M(key="txt2:e1", group="U", date=None, precision="published", place="")
    ms = [undated, undated2, other, m("a:e1", 0), m("b:e1", 30), m("c:e1", 30, group="U")]
    out = cluster_partition("P", ms)
    assert out["a:e1"] != out["b:e1"]  # the undated report does not bridge March and April
    assert out["txt:e1"] == out["txt:e2"]  # same article: one event
    assert out["txt:e1"] not in (out["a:e1"], out["b:e1"])
    assert out["txt2:e1"] == out["c:e1"]  # an undated copy of a dated article joins it
