"""The coder on the golden articles written for the project (tests/golden/articles.jsonl)."""

from pathlib import Path

import pytest

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




def test_third_set_floor():
    """heldout3.jsonl: ten articles written and annotated late on 2026-11-29 by an annotator who had not
    seen the coder, its lexicons or its tests, then measured once after the day's work: F1 0.516 (P 0.519,
    R 0.513). A development set since the next session, once heldout4 had been written: its fr/es/it
    misses were fixed (0.685; it 0.875, fr 0.933, es 0.909)."""
    rep, _ = run_eval(GOLD.with_name("heldout3.jsonl"), by="lang")
    assert rep.groups["all"].f1 >= 0.78, rep.as_dict()
    for lang in ("it", "fr", "es"):
        assert rep.groups[lang].f1 >= 0.85, (lang, rep.as_dict())


# The floor of each set of articles written for the project (tests/golden/README.md tells each set's history: who wrote
# it, when it was first measured, when its misses began to be read). Measure-only sets (never read) are heldout,
# heldout2, heldout4 and the newest blind one; the others are development sets, their floor a little under the F1
# reached once their misses were fixed.
@pytest.mark.parametrize("name,floor", [
    ("heldout.jsonl", 0.80),    # measure-only: 0.829 on 2026-11-28 (P 1.00, R 0.71), 0.857 late on 2026-11-29
    ("heldout2.jsonl", 0.72),   # measure-only: 0.733 when written (P 0.755, R 0.712)
    ("heldout4.jsonl", 0.57),   # measure-only: 0.602 when written, sixth session (P 0.645, R 0.563)
    ("heldout5.jsonl", 0.84),
    ("heldout6.jsonl", 0.86),
    ("heldout7.jsonl", 0.85),
    ("heldout8.jsonl", 0.75),
    ("heldout9.jsonl", 0.84),   # 0.574 blind, 0.876 once read (tenth session)
    ("dev2.jsonl", 0.81),       # 0.619 when first measured, 0.908 once read
    ("heldout10.jsonl", 0.69),  # 0.618 blind (tenth session), 0.724 once read
    ("heldout11.jsonl", 0.84),  # 0.584 blind (tenth session), 0.872 once read (eleventh)
    ("heldout12.jsonl", 0.79),  # 0.660 blind (eleventh session), 0.823 once read
    ("heldout13.jsonl", 0.73),  # 0.619 blind (eleventh session), 0.747 once read, 0.761 (twelfth)
    ("heldout14.jsonl", 0.78),  # 0.618 blind (eleventh session), 0.636 at its end, 0.812 once read (twelfth)
    ("heldout15.jsonl", 0.85),  # 0.676 blind (twelfth session), 0.881 once read
    ("heldout16.jsonl", 0.83),  # 0.664 blind (twelfth session), 0.689 with rules from heldout14/15, 0.863 once read
    ("heldout17.jsonl", 0.55),  # blind: 0.582 on the twelfth session's starting code and after its first passes
    ("heldout18.jsonl", 0.55),  # blind: 0.577 on the twelfth session's starting code and after its first passes
])
def test_set_floor(name, floor):
    rep, _ = run_eval(GOLD.with_name(name), by="lang")
    assert rep.groups["all"].f1 >= floor, rep.as_dict()
