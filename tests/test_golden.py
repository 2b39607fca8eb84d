"""The coder on the golden articles written for the project (tests/golden/articles.jsonl)."""

from pathlib import Path

from dyad.evaluate import load_jsonl, run_eval

GOLD = Path(__file__).parent / "golden" / "articles.jsonl"


def test_golden_articles_floor():
    rep, _ = run_eval(GOLD, by="lang")
    # reached on 2026-11-28: F1 0.839 (misses: implicit targets, "i due leader" as a party); 2026-11-29: 0.867
    assert rep.groups["all"].f1 >= 0.82, rep.as_dict()


def test_golden_articles_are_well_formed():
    from dyad.plover import PLOVER_TYPES

    arts = load_jsonl(GOLD)
    assert {a["lang"] for a in arts} == {"it", "en", "fr", "de", "es"}
    for a in arts:
        assert a["text"] and a["published"] and a["events"]
        assert all(e["type"] in PLOVER_TYPES for e in a["events"])


def test_held_out_articles_floor():
    """heldout.jsonl was written and annotated after the rules were frozen for the day and is not read
    to tune them: it says how the coder does on text nobody tuned for."""
    rep, _ = run_eval(GOLD.with_name("heldout.jsonl"), by="lang")
    # reached on 2026-11-28 on its 10 articles: F1 0.829 (P 1.00, R 0.71); unchanged on 2026-11-29
    assert rep.groups["all"].f1 >= 0.75, rep.as_dict()


def test_second_held_out_set_floor():
    """heldout2.jsonl: ten more articles written and annotated on 2026-11-29 by an annotator who had not
    seen the coder, then measured once (F1 0.733, P 0.755, R 0.712). Not to be tuned on."""
    rep, _ = run_eval(GOLD.with_name("heldout2.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.70, rep.as_dict()
