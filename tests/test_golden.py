"""The coder on the golden articles written for the project (tests/golden/articles.jsonl)."""

from pathlib import Path

from dyad.evaluate import load_jsonl, run_eval

GOLD = Path(__file__).parent / "golden" / "articles.jsonl"


def test_golden_articles_floor():
    rep, _ = run_eval(GOLD, by="lang")
    # reached on 2026-11-28: F1 0.839 (misses: implicit targets, "i due leader" as a party); 2026-11-29: 0.867,
    # then 0.938
    assert rep.groups["all"].f1 >= 0.90, rep.as_dict()


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
    # reached on 2026-11-28 on its 10 articles: F1 0.829 (P 1.00, R 0.71); 0.857 late on 2026-11-29
    assert rep.groups["all"].f1 >= 0.80, rep.as_dict()


def test_second_held_out_set_floor():
    """heldout2.jsonl: ten more articles written and annotated on 2026-11-29 by an annotator who had not
    seen the coder, then measured once (F1 0.733, P 0.755, R 0.712). Not to be tuned on. 0.760 late on
    2026-11-29 (rules written from other sets)."""
    rep, _ = run_eval(GOLD.with_name("heldout2.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.72, rep.as_dict()


def test_third_set_floor():
    """heldout3.jsonl: ten articles written and annotated late on 2026-11-29 by an annotator who had not
    seen the coder, its lexicons or its tests, then measured once after the day's work: F1 0.516 (P 0.519,
    R 0.513). A development set since the next session, once heldout4 had been written: its fr/es/it
    misses were fixed (0.685; it 0.875, fr 0.933, es 0.909)."""
    rep, _ = run_eval(GOLD.with_name("heldout3.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.78, rep.as_dict()
    for lang in ("it", "fr", "es"):
        assert rep.groups[lang].f1 >= 0.85, (lang, rep.as_dict())


def test_fourth_held_out_set_floor():
    """heldout4.jsonl: ten articles written and annotated on 2026-11-29 (sixth session) by an annotator
    who had not seen the coder, measured once before that day's rules: F1 0.602 (P 0.645, R 0.563).
    Not to be tuned on: it measures the rules written from heldout3 once that set became a development one."""
    rep, _ = run_eval(GOLD.with_name("heldout4.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.57, rep.as_dict()


def test_fifth_set_floor():
    """heldout5.jsonl: ten articles written and annotated on 2026-11-29 (seventh session) by an annotator who
    had not seen the coder, measured before that session's work: F1 0.634 (P 0.641, R 0.628). A development
    set later that session, once heldout6 had been written: its misses were read and fixed (0.874)."""
    rep, _ = run_eval(GOLD.with_name("heldout5.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.84, rep.as_dict()


def test_sixth_set_floor():
    """heldout6.jsonl: ten articles written and annotated on 2026-11-29 (seventh session) by an annotator who
    had not seen the coder, measured before heldout5's misses were read: F1 0.671 (P 0.734, R 0.617), the same
    on the code from before that session; 0.693 after the rules written from heldout5 (en/de ones). A
    development set in the eighth session, once heldout7 had been written: its misses were read and fixed
    (0.899)."""
    rep, _ = run_eval(GOLD.with_name("heldout6.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.86, rep.as_dict()


def test_seventh_set_floor():
    """heldout7.jsonl: ten articles written and annotated on 2026-11-29 (eighth session) by an annotator who had
    not seen the coder, measured before that session's rules: F1 0.576 (P 0.713, R 0.483); 0.613 after the
    rules written from heldout6's misses, which it was used to accept. A development set in the ninth session,
    once heldout9 had been written: its misses were read and fixed (0.884)."""
    rep, _ = run_eval(GOLD.with_name("heldout7.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.85, rep.as_dict()


def test_eighth_set_floor():
    """heldout8.jsonl: ten articles written and annotated on 2026-11-29 (eighth session) by an annotator who had
    not seen the coder, written after that session's first rules and measured on the code from before them
    (F1 0.543) and after them (0.565); it decided nothing. A development set in the ninth session, once heldout9
    had been written: 0.597 after that session's rules from heldout7, 0.790 once its own misses were read and
    fixed."""
    rep, _ = run_eval(GOLD.with_name("heldout8.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.75, rep.as_dict()


def test_ninth_held_out_set_floor():
    """heldout9.jsonl: ten articles written and annotated on 2026-11-29 (ninth session) by an annotator who had
    not seen the coder, measured on the code from the start of that session (F1 0.554) and after the rules
    written from heldout7's and heldout8's misses (0.574), which it was used to accept. A development set in the
    tenth session, once heldout10 had been written: its misses were read and fixed (0.876)."""
    rep, _ = run_eval(GOLD.with_name("heldout9.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.84, rep.as_dict()


def test_second_development_set_floor():
    """dev2.jsonl: 21 articles annotated by people who had not seen the coder, first measured at F1 0.619,
    then used to find the coder's errors on 2026-11-29 (0.816; 0.836 after the next session's rules)."""
    rep, _ = run_eval(GOLD.with_name("dev2.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.81, rep.as_dict()


def test_tenth_held_out_set_floor():
    """heldout10.jsonl: ten articles written and annotated on 2026-11-29 (tenth session) by an annotator who had
    not seen the coder, measured on the code from the start of that session: F1 0.618 (P 0.641, R 0.596); 0.629
    after the rules written from heldout9's misses. A development set later that session, once heldout11 had been
    written: its misses were read and fixed (0.724)."""
    rep, _ = run_eval(GOLD.with_name("heldout10.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.69, rep.as_dict()


def test_eleventh_held_out_set_floor():
    """heldout11.jsonl: ten articles written and annotated on 2026-11-29 (tenth session) by an annotator who had
    not seen the coder, after that session's rules from heldout9 were merged: F1 0.584 on the code from before
    them, 0.595 with them (P 0.667, R 0.537). A development set in the eleventh session, once heldout12 had been
    written: its misses were read and fixed (0.872)."""
    rep, _ = run_eval(GOLD.with_name("heldout11.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.84, rep.as_dict()


def test_twelfth_held_out_set_floor():
    """heldout12.jsonl: ten articles written and annotated on 2026-11-29 (eleventh session) by an annotator who had
    not seen the coder, measured on the code from the start of that session: F1 0.660 (P 0.703, R 0.623). For
    measuring only while it was blind; a development set later that session, once heldout13 had been written: its
    misses were read and fixed (0.823)."""
    rep, _ = run_eval(GOLD.with_name("heldout12.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.79, rep.as_dict()


def test_thirteenth_held_out_set_floor():
    """heldout13.jsonl: ten articles written and annotated on 2026-11-29 (eleventh session) by an annotator who had
    not seen the coder, measured on the code from the start of that session: F1 0.619 (P 0.640, R 0.598). For
    measuring only while it was blind; a development set later that session, once heldout14 had been written: its
    misses were read and fixed (0.747)."""
    rep, _ = run_eval(GOLD.with_name("heldout13.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.72, rep.as_dict()


def test_fourteenth_held_out_set_floor():
    """heldout14.jsonl: ten articles written and annotated on 2026-11-29 (eleventh session) by an annotator who had
    not seen the coder, measured on the code from the start of that session: F1 0.618 (P 0.713, R 0.545); 0.636 after
    the session's rules from heldout11 and heldout12. For measuring only: its misses are not read."""
    rep, _ = run_eval(GOLD.with_name("heldout14.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.6, rep.as_dict()
