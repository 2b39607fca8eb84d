"""The C scanner (dyad/_scanner.c) gives exactly what the Python code it stands for gives.

clean, fold, tokenize, Matcher.scan, segment, the stopword counts, the trigger candidates and their selection,
the sentence marks, the cues and the actor units each have a Python version (text._clean_py, lexicon._fold_py,
matcher._tokenize_py, Matcher._scan_py, text._segment_py, text._stopwords_py, triggers._candidates_py and
_select_py, roles._sentence_marks_py, mentions._cue_hits_py, _cue_index_py and _build_units_py) that runs when
the extension is missing or not to run (see dyad/_core.py). Here the two are compared on random text
(hypothesis) and on the repository's own texts, for every language's matcher, record by record and type by
type. Nothing here is timed.
"""

from __future__ import annotations

import json
import pickle
import tracemalloc
from pathlib import Path

import ahocorasick  # type: ignore[import-not-found]  # (no type stubs)
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dyad
from dyad import matcher as M
from dyad import lexicon as L
from dyad import analysis as A
from dyad import mentions as MN
from dyad import text as T
from dyad import roles as RL
from dyad import triggers as TR
from dyad.lexicon import fold
from dyad.records import Sentence

REPO = Path(__file__).resolve().parent.parent
C = M._SCANNER
needs_c = pytest.mark.skipif(C is None, reason=f"the C scanner does not run here: {dyad.CORE}")

# characters that matter to the rules: hyphens (ASCII, U+2010, and dashes that are not hyphens),
# underscore, white space of every kind, apostrophes, sentence punctuation, combining marks, letters
# whose case maps oddly, digits of other scripts, astral letters, symbols and a lone surrogate
SPECIAL = list("-‐–—_ \t\n\r\x0b\x0c\x1c\x1f\x85\xa0\u2003\u3000'’`´‘.!?…»«\"“”()$,;:0123456789٣²½")
SPECIAL += ["é", "\u0301", "\u0308", "İ", "ß", "ǅ", "Σ", "ﬁ", "𝔘", "𝐀", "😀", "𐐀", "𐐨", "\ud800", "\x00", "A", "a", "Z"]
chars = st.one_of(st.characters(), st.sampled_from(SPECIAL))
random_text = st.text(alphabet=chars, max_size=80)


def _texts() -> list[str]:
    out = []
    for f in sorted((REPO / "tests" / "golden").glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.append(json.loads(line).get("text") or "")
    out += [f.read_text(encoding="utf-8") for f in sorted((REPO / "examples").glob("*"))]
    return out


REAL = _texts()


def _c_tokenize(folded: str) -> list[M.Token]:
    return C.tokenize(M.Token, folded)


def _index(m: M.Matcher):
    if m._index is None:
        m._index = C.index(m.auto.items())
    return m._index


def _c_scan(m: M.Matcher, text: str, folded: str, tokens: list[M.Token]) -> list[M.Hit] | None:
    return C.scan(M.Hit, m.single, _index(m) if m.has_auto else None, text, folded, tokens)


def _same_tokens(folded: str) -> list[M.Token]:
    want, got = M._tokenize_py(folded), _c_tokenize(folded)
    assert got == want
    assert all(type(t) is M.Token and type(t.start) is int and type(t.end) is int and type(t.text) is str
               for t in got)
    return got


def _same_scan(m: M.Matcher, text: str, folded: str, tokens: list[M.Token]) -> None:
    want, got = m._scan_py(text, folded, tokens), _c_scan(m, text, folded, tokens)
    assert got == want  # the same hits in the same order
    assert all(type(h) is M.Hit for h in got)  # type: ignore[union-attr]


def _same_segment(text: str, folded: str, tokens: list[M.Token], abbreviations: frozenset[str]) -> None:
    want = T._segment_py(text, folded, tokens, abbreviations)
    got = C.segment(Sentence, text, tokens, abbreviations)
    assert got == want
    assert type(got) is tuple and all(type(s) is Sentence for s in got[0])


def _same_stopwords(weights: dict, tokens: list[M.Token], limit: int = 400) -> None:
    want, got = T._stopwords_py(weights, tokens, limit), C.stopwords(weights, tokens, limit)
    assert got == want
    assert list(got[0]) == list(want[0])  # (the languages in the same order)
    assert all(type(x) is float for x in got[0].values())


@pytest.fixture(scope="module")
def matchers(coder):
    return [coder.matcher(code) for code in coder.languages]


@needs_c
@settings(max_examples=600, deadline=None)
@given(random_text)
def test_tokenize_on_random_text(s):
    _same_tokens(s)
    _same_tokens(fold(s))


@needs_c
@pytest.mark.parametrize("s", ["", " ", " \n\t\xa0\u3000", "a", "_", "-", "‐", "a-", "-a", "a--b", "a-‐b", "a‐b-c",
                               "a_b", "x-_y", "a-b- c", "l'ucraina", "𝔘𝔘-𝔘 😀", "e\u0301-\u0301", "1.000", "٣-٣",
                               "ab" * 5000, "a " * 3000, "x\ud800y", "\x00"])
def test_tokenize_on_edge_cases(s):
    _same_tokens(s)
    for kind_widener in ("é", "ř", "😀"):  # the same text stored 1, 2 and 4 bytes a character
        _same_tokens(s + kind_widener)


@needs_c
def test_every_front_end_function_on_the_repository_texts(coder, matchers):
    assert len(REAL) > 50
    for raw in REAL:
        text = T.clean(raw)
        assert text == T._clean_py(raw)
        folded = fold(text)
        tokens = _same_tokens(folded)
        _same_stopwords(coder._stop_weights, tokens)
        for m in matchers:
            _same_scan(m, text, folded, tokens)
            _same_segment(text, folded, tokens, frozenset(m.lang.abbreviations))


@needs_c
def test_trigger_candidates_on_the_repository_texts(coder, matchers):
    n_multi = 0
    for raw in REAL:
        text = T.clean(raw)
        folded = fold(text)
        tokens = M.tokenize(folded)
        for m in matchers:
            n_multi += _same_candidates(coder, m, text, folded, tokens)
            _same_candidates(coder, m, text, folded, tokens, named_every=3)
    assert n_multi > 100  # (the patterns of several words were compared, not only single words)


@needs_c
def test_units_on_the_repository_texts(coder, matchers):
    """Every language's actor units of every text, over all its hits, made at several dates (with people whose
    rows differ between them)."""
    n = n_people = 0
    for raw in REAL:
        text = T.clean(raw)
        folded = fold(text)
        tokens = M.tokenize(folded)
        for m in matchers:
            coder.matcher(m.lang.code)
            specs = coder._unit_specs[m.lang.code]
            hits = m.scan(text, folded, tokens)
            n += _same_units(specs, hits, frozenset(), DATES + ("2021-06-30", "2016-12-31", ""))
            n_people += sum(1 for u in MN._build_units_py(hits, *specs, "2021-06-01", frozenset()) if u.kind == "person")
    assert n > 10_000 and n_people > 50, (n, n_people)


# made-up actors (code, sector, kind, entity, origin, role, valid_from, valid_to), agents (sector, origin, role) and
# places (country, name, origin) whose fields take the values that decide: dated rows, months, empty strings
FROM = ["", "2019-01-01", "2021-06-01", "2021-06-02", "2021-06"]
TO = ["", "2021-05-31", "2021-06", "2021-06-01", "2025-03-01", "2021"]
actor_spec = st.tuples(st.sampled_from(["AAA", "BBB"]), st.sampled_from(["GOV", "MIL", "", "REB"]),
                       st.sampled_from(["person", "country", "org"]), st.sampled_from(["", "x", "y"]),
                       st.sampled_from(["", "o1", "o2"]), st.sampled_from(["", "head_of_state"]),
                       st.sampled_from(FROM), st.sampled_from(TO))
agent_spec = st.tuples(st.sampled_from(["GOV", "MIL", "", "CIV"]), st.sampled_from(["", "g1"]),
                       st.sampled_from(["", "minister"]))
place_spec = st.tuples(st.sampled_from(["", "---", "FRA", "UKR"]), st.sampled_from(["", "Paris"]), st.sampled_from(["", "p1"]))
ON = [None, "", "2021-06-01", "2021-06-30", "2021-07-01", "2019-01-01", "2025-03-01", "2021-06", "9999-12-31"]


def _hit(cat: int, idx: int, t0: int, t1: int) -> M.Hit:
    return M.Hit(cat, idx, t0, t1, 5 * t0, 5 * t1 - 1)


@needs_c
@settings(max_examples=800, deadline=None)
@given(data=st.data())
def test_units_of_made_up_hits(data):
    """Hits of every category over a few tokens (so that spans nest, overlap, repeat and tie), at every date."""
    actors = data.draw(st.lists(actor_spec, min_size=1, max_size=6))
    agents = data.draw(st.lists(agent_spec, min_size=1, max_size=3))
    places = data.draw(st.lists(place_spec, min_size=1, max_size=4))
    size = {M.ACTOR: len(actors), M.AGENT: len(agents), M.PLACE: len(places), M.TRIGGER: 9, M.CUE: 9,
            M.TAIL: len(agents)}
    hit = st.sampled_from(sorted(size)).flatmap(lambda cat: st.tuples(
        st.just(cat), st.integers(0, size[cat] - 1), st.integers(0, 6), st.integers(0, 3)))
    hits = [_hit(cat, idx, t0, t0 + n) for cat, idx, t0, n in data.draw(st.lists(hit, max_size=14))]
    # and some of them again with another entry: spans several entries name
    hits += [_hit(h.cat, (h.idx + 1) % size[h.cat], h.t0, h.t1) for h in hits[::data.draw(st.integers(1, 3))]]
    ends = data.draw(st.frozensets(st.integers(0, 12), max_size=3))
    _same_units((actors, agents, places), hits, ends, ON)


def _person(frm: str, to: str, sector: str = "GOV", code: str = "AAA", kind: str = "person") -> MN.ActorSpec:
    return (code, sector, kind, f"{code}-{frm}-{to}", f"o-{frm}-{to}", "", frm, to)


@needs_c
@pytest.mark.parametrize("rows", [
    [_person("", "")],  # one undated row: always it
    [_person("2021-06-02", "")],  # one row not yet valid: still it, and a person without a sector
    [_person("2019-01-01", "2021-05-31"), _person("2021-06-01", "", "MIL"), _person("2021-06-01", "", "SPY")],  # a tie
    [_person("2019-01-01", "2021-05", "GOV"), _person("2021-06-01", "2021-06", "MIL")],  # months: to the month's end
    [_person("2019-01-01", "2021"), _person("2015-01-01", "2019-12-31", "MIL")],  # a year: no end of month added
    [_person("2019-01-01", "2020-01-01"), _person("2010-01-01", "2020-01-01", "MIL"), _person("2000-01-01", "2005")],
    [_person("2019-01-01", "2020-01-01", kind="country"), _person("2030-01-01", "", "MIL", kind="country")],  # none
    [_person("", "2021-05"), _person("", ""), _person("2021-06-01", "")],  # open-ended rows: the only ones with no date
    [_person("", ""), _person("", "", "MIL")],  # equals: the first
])
def test_units_of_dated_people(rows):
    """One span named by several dated rows: the row valid on the date, the latest-starting of those valid, the first
    of equals; with none valid, the row valid last (a person then has no sector)."""
    hits = [_hit(M.ACTOR, i, 2, 4) for i in range(len(rows))]
    for order in (hits, hits[::-1]):
        for on in ON:
            want = MN._build_units_py(order, rows, [], [], on, frozenset())
            got = C.build_units(A.Unit, order, rows, [], [], on, frozenset())
            assert _unit_fields(got) == _unit_fields(want) and len(want) == 1
    # and what the Python code picks is what pick_entry says, checked by hand here on a few
    assert MN.pick_entry([_person("2019-01-01", "2021-05"), _person("2021-06-01", "2021-06", "MIL")], "2021-06-30")[1] == "MIL"
    assert MN.pick_entry([_person("2019-01-01", "2021-05"), _person("2021-06-01", "2021-06", "MIL")], "2021-07-01")[1] == ""
    assert MN.pick_entry([_person("2019-01-01", "2021-05", "GOV")], "2021-05-31")[1] == "GOV"


@needs_c
def test_units_of_places_and_agents():
    """A place inside a longer place, after a locative, of no country or UNKNOWN; an agent noun; a mention that
    a longer mention covers; two places on one span."""
    actors = [("CHN", "", "country", "China", "a1", "", "", ""), ("FRA", "GOV", "capital", "Paris", "a2", "", "", "")]
    agents = [("MIL", "g1", ""), ("GOV", "g2", "foreign_minister")]
    places = [("---", "South China Sea", "p0"), ("SDN", "El Fasher", "p1"), ("", "Atlantic", "p2"), ("FRA", "Paris", "p3")]
    cases = [
        [_hit(M.PLACE, 0, 1, 4), _hit(M.ACTOR, 0, 2, 3)],  # "South China Sea": neither a unit
        [_hit(M.ACTOR, 0, 2, 3), _hit(M.PLACE, 1, 5, 7), _hit(M.AGENT, 0, 4, 5)],
        [_hit(M.PLACE, 2, 0, 1), _hit(M.PLACE, 3, 0, 1), _hit(M.PLACE, 1, 0, 1)],  # the first place of a span only
        [_hit(M.PLACE, 3, 3, 4), _hit(M.ACTOR, 1, 3, 4)],  # a mention's span: not the place
        [_hit(M.AGENT, 1, 0, 2), _hit(M.ACTOR, 1, 1, 2), _hit(M.AGENT, 0, 0, 2), _hit(M.ACTOR, 0, 0, 2)],
        [_hit(M.AGENT, 0, 3, 4), _hit(M.AGENT, 1, 3, 4)],
        [],
    ]
    for hits in cases:
        for ends in (frozenset(), frozenset({0}), frozenset({2}), frozenset({5, 9})):
            _same_units((actors, agents, places), hits, ends, (None, "2021-06-01"))
    units = C.build_units(A.Unit, cases[1], actors, agents, places, None, frozenset({1}))
    assert [(u.t0, u.code, u.sector, u.kind, u.entity, u.entry) for u in units] == [
        (2, "CHN", "", "country", "China", "a1"), (4, None, "MIL", "agent", "", "g1"), (5, "SDN", "", "city", "El Fasher", "p1")]
    units = C.build_units(A.Unit, cases[1], actors, agents, places, None, frozenset({2}))  # El Fasher after a locative
    assert [u.code for u in units] == ["CHN", None]
    assert C.build_units(A.Unit, cases[0], actors, agents, places, None, frozenset()) == []


@needs_c
def test_units_of_hyphenated_actors_with_an_agent_noun_tail():
    """A TAIL hit on an actor's span gives it the agent noun's sector (not a rebel group's state sector; a person's
    own sector first) and role (the actor's own first); the first tail of the span; none on an agent's span."""
    actors = [("USA", "", "country", "United States", "a0", "", "", ""),
              ("PSE", "REB", "group", "Hamas", "a1", "", "", ""),
              ("RUS", "GOV", "person", "Putin", "a2", "head_of_state", "", ""),
              ("RUS", "", "person", "Putin", "a3", "", "2000-01-01", "2001-01-01")]
    agents = [("GOV", "g0", "foreign_minister"), ("MIL", "g1", ""), ("CIV", "g2", ""), ("", "g3", "spokesperson")]
    cases = [
        ([_hit(M.ACTOR, 0, 1, 2), _hit(M.TAIL, 0, 1, 2)], [("USA", "GOV", "foreign_minister")]),
        ([_hit(M.ACTOR, 0, 1, 2), _hit(M.AGENT, 1, 1, 2), _hit(M.TAIL, 3, 1, 2), _hit(M.TAIL, 0, 1, 2)],
         [("USA", "", "spokesperson")]),  # the first tail, with no sector: the actor's
        ([_hit(M.ACTOR, 1, 1, 2), _hit(M.TAIL, 1, 1, 2)], [("PSE", "REB", "")]),  # its fighters are rebels
        ([_hit(M.ACTOR, 1, 1, 2), _hit(M.TAIL, 2, 1, 2)], [("PSE", "CIV", "")]),
        ([_hit(M.ACTOR, 2, 1, 2), _hit(M.TAIL, 1, 1, 2)], [("RUS", "GOV", "head_of_state")]),  # a person's own
        ([_hit(M.ACTOR, 3, 1, 2), _hit(M.TAIL, 1, 1, 2)], [("RUS", "MIL", "")]),  # (no row valid: no sector of its own)
        ([_hit(M.ACTOR, 0, 1, 2), _hit(M.TAIL, 0, 2, 3), _hit(M.AGENT, 1, 2, 3)], [("USA", "", ""), (None, "MIL", "")]),
        ([_hit(M.TAIL, 0, 1, 2)], []),  # a tail alone is no mention
    ]
    for hits, want in cases:
        _same_units((actors, agents, []), hits, frozenset(), (None, "2026-01-01"))
        units = C.build_units(A.Unit, hits, actors, agents, [], "2026-01-01", frozenset())
        assert [(u.code, u.sector, u.role) for u in units] == want


def _hyphen_matcher(m: M.Matcher) -> M.Matcher:
    """A matcher of made-up words in no language: actors "xx", "YY" (an acronym) and "YY-crew", agent nouns "boss"
    and "Crew" (capitalised; also an actor), "*chief" and "*subchief" ending words and "chief*" starting them."""
    single = {"xx": [(M.ACTOR, 0, 0)], "yy": [(M.ACTOR, 1, 1)], "boss": [(M.AGENT, 0, 0), (M.TRIGGER, 3, 0)],
              "crew": [(M.ACTOR, 2, 0), (M.AGENT, 1, 2)], "yy-crew": [(M.ACTOR, 3, 0)]}
    auto = ahocorasick.Automaton()
    auto.add_word("chief", (5, ((M.AGENT, 2, True, False, 0), (M.AGENT, 4, False, True, 0))))
    auto.add_word("subchief", (8, ((M.AGENT, 3, True, False, 0),)))
    auto.make_automaton()
    return M.Matcher(m.lang, (single, auto, True))


@needs_c
@pytest.mark.parametrize("text, tails", [
    # an acronym's case, a capitalised tail's case, three parts, a known word, an agent noun as the first part
    ("Xx-boss, xx-Boss, YY-boss, yy-boss, Xx-zz-boss, xx-bossy, boss-xx, xx-crew, xx-Crew, YY-Crew", [
        (0, 0, "boss"), (2, 0, "Boss"), (4, 0, "boss"), (8, 0, "boss"), (16, 1, "Crew")]),
    # a last part that a key of the automaton ends: every such key, longest first, in its last part only
    ("xx-subchief, xx-chief, xx-chiefs, chief-xx, xx-chief-zz, zzchief-xx, xx-zzsubchief", [
        (0, 3, "subchief"), (0, 2, "chief"), (2, 2, "chief"), (12, 3, "subchief"), (12, 2, "chief")]),
    (", ".join(["xx-chief"] * 40), [(2 * i, 2, "chief") for i in range(40)]),  # more than the C code's local room
    ("", []),
])
def test_scan_of_hyphenated_actors_and_their_agent_noun_tails(matchers, text, tails):
    m = _hyphen_matcher(matchers[0])
    folded = fold(text)
    tokens = M.tokenize(folded)
    _same_scan(m, text, folded, tokens)
    got = [(h.t0, h.idx, text[h.start:h.end]) for h in m._scan_py(text, folded, tokens) if h.cat == M.TAIL]
    assert got == tails
    for t in (text + " é", text + " 😀"):  # stored 2 and 4 bytes a character
        _same_scan(m, t, fold(t), M.tokenize(fold(t)))


@needs_c
def test_scan_of_hyphenated_compounds_in_every_language(matchers):
    text = ("Der US-Außenminister, der Kreml-Sprecher, US-Finanzminister, Hamas-Kämpfer, US-Soldaten, Ukraine-Krieg, "
            "russisch-ukrainische, Pro-russische, Ex-Präsident, RSF-Miliz; US-backed, Iran-backed, Kremlin-run, "
            "pro-Russian, Russia-Ukraine, filo-russi, franco-allemand, ex-presidente.")
    folded = fold(text)
    tokens = M.tokenize(folded)
    n = 0
    for m in matchers:
        _same_scan(m, text, folded, tokens)
        n += sum(1 for h in m._scan_py(text, folded, tokens) if h.cat == M.TAIL)
    assert n >= 5


@needs_c
def test_units_of_records_of_another_shape_go_to_the_python_code(coder, matchers):
    """build_units in C says None for hits, specs, dates or locative ends it does not know; the public function then
    runs the Python code (and raises where it raises)."""
    actors = [("AAA", "GOV", "person", "x", "o", "", "", "")]
    agents = [("MIL", "", "")]
    places = [("FRA", "Paris", "p")]
    good = [_hit(M.ACTOR, 0, 0, 1), _hit(M.AGENT, 0, 2, 3), _hit(M.PLACE, 0, 4, 5)]
    assert len(C.build_units(A.Unit, good, actors, agents, places, None, frozenset())) == 3
    odd_args = [
        (good + [None], actors, agents, places, None, frozenset()),
        (good + [(0, 0, 0, 1)], actors, agents, places, None, frozenset()),
        ([M.Hit(0, 0, 0.0, 1, 0, 1)], actors, agents, places, None, frozenset()),
        ([M.Hit(0, 0, True, 1, 0, 1)], actors, agents, places, None, frozenset()),
        ([_hit(M.ACTOR, -1, 0, 1)], actors, agents, places, None, frozenset()),
        ([_hit(M.ACTOR, 5, 0, 1)], actors, agents, places, None, frozenset()),
        ([_hit(M.ACTOR, 0, 0, 1)], [("AAA", "GOV", "person", "x", "o", "", "")], agents, places, None, frozenset()),
        ([_hit(M.ACTOR, 0, 0, 1)], [("AAA", "GOV", "person", "x", None, "", "", "")], agents, places, None, frozenset()),
        ([_hit(M.AGENT, 0, 0, 1)], actors, [["MIL", "", ""]], places, None, frozenset()),
        ([_hit(M.PLACE, 0, 0, 1)], actors, agents, [("FRA", "Paris")], None, frozenset()),
        (good, actors, agents, places, b"2021", frozenset()),
        (good, actors, agents, places, None, frozenset({"3"})),
        (good, actors, agents, places, None, [4]),
        (good, actors, agents, places, None, frozenset({2 ** 70})),
    ]
    for args in odd_args:
        assert C.build_units(A.Unit, *args) is None, args
    # a wrong index is the Python code's error; a negative one its wrap-around
    m = matchers[0]
    with pytest.raises(IndexError):
        MN.build_units([_hit(M.ACTOR, 5, 0, 1)], m.lang, None, specs=(actors, agents, places))
    assert MN.build_units([_hit(M.ACTOR, -1, 0, 1)], m.lang, None, specs=(actors, agents, places))[0].code == "AAA"
    # unhandled records of one sentence: the public function gives the Python code's units
    text = "Russia attacked Ukraine in Kyiv."
    folded = fold(text)
    hits = m.scan(text, folded, M.tokenize(folded)) + [M.Hit(99, 0, 0.5, 1, 0, 1)]  # (a category it ignores)
    specs = coder._unit_specs[m.lang.code]
    assert C.build_units(A.Unit, hits, *specs, "2021-06-01", frozenset()) is None
    assert _unit_fields(MN.build_units(hits, m.lang, "2021-06-01", specs=specs)) == _unit_fields(
        MN._build_units_py(hits, *specs, "2021-06-01", frozenset()))
    # with no specs given, build_units makes them
    assert _unit_fields(MN.build_units(hits[:-1], m.lang, "2021-06-01")) == _unit_fields(
        MN._build_units_py(hits[:-1], *specs, "2021-06-01", frozenset()))


@needs_c
def test_trigger_candidates_on_sentences_made_of_patterns(coder, matchers):
    """Every language's patterns of several words, spelled out with gaps of every length up to past the limit."""
    import random
    rnd = random.Random(7)
    for m in matchers:
        specs = coder._trigger_specs[m.lang.code]
        multi = [sp for sp in specs if len(sp[1]) > 1]
        n_multi = 0
        for sp in multi[:: max(1, len(multi) // 150)]:
            text = _pattern_text(rnd, sp, m.lang.max_gap)
            folded = fold(text)
            tokens = M.tokenize(folded)
            n_multi += _same_candidates(coder, m, text, folded, tokens)
            _same_candidates(coder, m, text, folded, tokens, named_every=4)
        assert n_multi > 30, m.lang.code


def _same_candidates(coder, m: M.Matcher, text: str, folded: str, tokens: list[M.Token], named_every: int = 0) -> int:
    """The cues, their index and the trigger candidates of every sentence, by C and by Python (with every
    ``named_every``-th token taken by a named actor, or none); returns how many multi-token trigger candidates
    were compared."""
    coder.matcher(m.lang.code)  # (makes the language's trigger specs)
    sents, ranges = T.segment(text, folded, tokens, frozenset(m.lang.abbreviations))
    hits = m.scan(text, folded, tokens)
    specs = coder._trigger_specs[m.lang.code]
    n_multi = 0
    kinds = coder._cue_kinds[m.lang.code]
    for sent, (s0, s1) in zip(sents, ranges):
        sh = [h for h in hits if s0 <= h.t0 < s1]
        cue_hits = [h for h in sh if h.cat == M.CUE]
        want_cues, got_cues = MN._cue_hits_py(cue_hits, kinds, tokens, s1), C.cue_hits(A.CueHit, cue_hits, kinds, tokens, s1)
        assert got_cues == want_cues and all(type(c) is A.CueHit for c in got_cues)
        for cues in (want_cues, want_cues[::-1], want_cues[::2]):
            want_index, got_index = MN._cue_index_py(cues), C.cue_index(cues, MN._KIND_SETS)
            assert got_index == want_index and [list(d) for d in got_index] == [list(d) for d in want_index]
            assert all(type(k) is frozenset for d in got_index for k in d.values())
        view = A.SentenceView(sent, s0, s1, want_cues, *want_index)
        marks = C.sentence_marks(tokens, s0, s1, view.cue_starts, RL.BOUNDARY_TOKENS, RL.QUOTES, RL.BREAK_KIND_LIST)
        assert marks == RL._sentence_marks_py(view, tokens)
        named = set(range(s0, s1, named_every)) if named_every else set()
        args = (sh, tokens, named, specs, m.lang.triggers, s0, s1, m.lang.max_gap)
        want, got = TR._candidates_py(*args), C.trigger_candidates(*args)
        assert got == want
        assert [tuple(map(type, c)) for c in got] == [tuple(map(type, c)) for c in want]
        # read from the specs' index (what the coder passes), the same
        got_indexed = C.trigger_candidates(*args, coder._trigger_index[m.lang.code])
        assert got_indexed == want and [tuple(map(type, c)) for c in got_indexed] == [tuple(map(type, c)) for c in want]
        for cands in (want, want[::-1]):
            chosen = TR._select_py(list(cands), specs, m.lang)
            assert C.trigger_select(list(cands), specs, A.TriggerMatch, m.lang.trigger_with_mode) == chosen
        n_multi += sum(1 for c in want if len(specs[-c[2]][1]) > 1)
        locatives = frozenset(t for t, kinds in MN._cue_index_py(want_cues)[1].items() if "locative" in kinds)
        for ends in (frozenset(), locatives, frozenset(range(s0, s1 + 1, 2))):
            _same_units(coder._unit_specs[m.lang.code], sh, ends)
    _same_units(coder._unit_specs[m.lang.code], hits, frozenset())  # (the whole text's, as actor_mentions has them)
    return n_multi


DATES = (None, "2021-06-01", "2025-03-01")


def _unit_fields(units: list[A.Unit]) -> list[tuple]:
    """Each unit's fields, each with its type."""
    return [(type(u), *((type(v), v) for v in (u.t0, u.t1, u.start, u.end, u.code, u.sector, u.kind, u.entity,
                                                 u.entry, u.role, u.home))) for u in units]


def _same_units(specs: MN.UnitSpecs, hits: list[M.Hit], locative_ends: frozenset[int], dates=DATES) -> int:
    """build_units by C and by Python, on each date; returns how many units were compared."""
    n = 0
    for on in dates:
        want = MN._build_units_py(hits, *specs, on, locative_ends)
        got = C.build_units(A.Unit, hits, *specs, on, locative_ends)
        assert got is not None and _unit_fields(got) == _unit_fields(want), on
        n += len(want)
    return n


def _pattern_text(rnd, spec, max_gap: int) -> str:
    """A sentence that spells one trigger pattern out: a word for each of its tokens (an exact word, or a made-up
    word with one of its stems, endings or infixes), and 0 to max_gap + 1 filler words for each gap."""
    words = []
    for gap, exact, starts, ends, infixes in spec[1]:
        if gap:
            words += ["zzz"] * rnd.randint(0, max_gap + 1)
            continue
        choices = [*exact, *(w + "qa" for w in starts), *("qa" + w for w in ends), *("q" + w + "q" for w in infixes)]
        words.append(rnd.choice(sorted(choices)) if choices else "zzz")
    return "Aaa " + " ".join(words) + " bbb."


def _lexicon_words(m: M.Matcher) -> list[str]:
    words = sorted(m.single)[:: max(1, len(m.single) // 400)]
    auto = sorted(k for k in m.auto.keys())[:: 10] if m.has_auto else []  # type: ignore[union-attr]
    return words + auto[:300]


@needs_c
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(data=st.data())
def test_scan_and_segment_on_text_made_of_lexicon_words(coder, matchers, data):
    """Random sequences of each lexicon's own words in every case, glued by hyphens, spaces, punctuation."""
    for m in matchers:
        words = _lexicon_words(m) + sorted(m.lang.abbreviations)[:50]
        piece = st.one_of(
            st.sampled_from(words),
            st.sampled_from(words).map(str.upper),
            st.sampled_from(words).map(str.capitalize),
            st.sampled_from(words).map(str.title),
            st.sampled_from(SPECIAL),
            st.text(alphabet=chars, max_size=3),
        )
        glue = st.sampled_from(["", " ", " ", "-", "‐", ". ", ".\n", "\n\n", "! ", "? ", "… ", ".» ", "'", "’ ",
                                "\xa0", "\t", ", ", " (", ") ", ".\" "])
        parts = data.draw(st.lists(st.tuples(piece, glue), max_size=40))
        text = T.clean("".join(p + g for p, g in parts))
        folded = fold(text)
        tokens = _same_tokens(folded)
        _same_scan(m, text, folded, tokens)
        _same_segment(text, folded, tokens, frozenset(m.lang.abbreviations))
        _same_candidates(coder, m, text, folded, tokens, named_every=5)


def _matcher_of(m: M.Matcher, variants: list[tuple[str, int]]) -> M.Matcher:
    """A matcher whose automaton holds the given (variant, rule) pairs as Matcher makes them ("*" marks pre and suf),
    each an actor numbered by its place; no single words. Keys with several payloads come from repeated variants."""
    items: dict[str, list[tuple[int, int, bool, bool, int]]] = {}
    for i, (v, rule) in enumerate(variants):
        key = fold(v.strip("*"))
        if key:
            items.setdefault(key, []).append((M.ACTOR, i, v.startswith("*"), v.endswith("*"), rule))
    auto = ahocorasick.Automaton()
    for key, payloads in items.items():
        auto.add_word(key, (len(key), tuple(payloads)))
    if items:
        auto.make_automaton()
    return M.Matcher(m.lang, ({}, auto, bool(items)))


# letters of several scripts and widths (Latin, past the C root table at U+0250, Cyrillic, CJK, astral),
# a hyphen, an apostrophe and a space, so that keys overlap, share prefixes, span words and sit inside them
KEY_CHARS = "abcAé\u024f\u0250жЖ中𝔘-' "
key_text = st.text(alphabet=st.sampled_from(list(KEY_CHARS)), min_size=1, max_size=5)
variant = st.tuples(st.sampled_from(["", "*"]), key_text, st.sampled_from(["", "*"])).map("".join)


@needs_c
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_scan_of_random_keys_in_random_text(matchers, data):
    """The index walks find what the automaton finds, in its order, for keys that overlap, share prefixes,
    span several words, sit inside words (pre) and hold letters of any width."""
    variants = data.draw(st.lists(st.tuples(variant, st.sampled_from([0, 0, 1, 2])), max_size=12))
    m = _matcher_of(matchers[0], variants)
    pieces = [v.strip("*") for v, _ in variants] + list(KEY_CHARS) + [".", "x"]
    text = "".join(data.draw(st.lists(st.sampled_from(pieces).map(lambda p: p.upper() if len(p) % 3 == 0 else p),
                                      max_size=30)))
    folded = fold(text)
    tokens = M.tokenize(folded)
    _same_scan(m, text, folded, tokens)
    assert m.scan(text, folded, tokens) == m._scan_py(text, folded, tokens)


@needs_c
@pytest.mark.parametrize("variants, text", [
    ([("*ab", 0), ("ab", 0), ("*b", 0), ("b*", 0), ("a b", 0), ("*b a*", 0), ("*a", 1)], "ab Ab ab  a b aba bab"),
    ([("*angriff", 0), ("angriff", 0), ("raketenangriff", 0), ("*griff*", 0)], "Raketenangriffe und Angriff, angriffen."),
    ([("the", 0), ("the united", 0), ("the united states", 2), ("united states", 0), ("*states", 0)],
     "The United States and the united  states; the United Statesmen."),
    ([("a", 0), ("*a", 0), ("*aa", 0), ("aa*", 0), ("*aaa*", 0)], "a" * 120 + " " + "aa " * 40),  # > 64 found
    ([("жж", 0), ("*ж", 0), ("中中", 0), ("*𝔘", 0), ("é\u0250", 0), ("\u024f", 0)], "Жж жжж 中中中 a𝔘𝔘 é\u0250 \u024f"),
    ([("* ab", 0), ("'b", 0), ("*-b", 0), ("l'", 0)], " ab x ab 'b a-b l'a"),
    ([], "nothing"),
])
def test_scan_of_given_keys(matchers, variants, text):
    m = _matcher_of(matchers[0], variants)
    folded = fold(text)
    tokens = M.tokenize(folded)
    _same_scan(m, text, folded, tokens)
    for kind_widener in ("", " é", " ř", " 😀"):  # the same text stored 1, 2 and 4 bytes a character
        t = text + kind_widener
        _same_scan(m, t, fold(t), M.tokenize(fold(t)))


@needs_c
def test_the_index_is_made_once_and_not_pickled(matchers):
    m = matchers[0]
    text = "Russia attacked Ukraine."
    folded = fold(text)
    m.scan(text, folded, M.tokenize(folded))
    index = m._index
    assert index is not None and type(index).__name__ == "PyCapsule"
    m.scan(text, folded, M.tokenize(folded))
    assert m._index is index
    restored = pickle.loads(pickle.dumps(m))
    assert restored._index is None
    assert restored.scan(text, folded, M.tokenize(folded)) == m._scan_py(text, folded, M.tokenize(folded))


@needs_c
def test_items_of_another_shape_go_to_the_python_code(matchers):
    """index() takes what Matcher puts in its automaton; anything else makes scan say None."""
    text = "Russia attacked Ukraine."
    folded = fold(text)
    tokens = M.tokenize(folded)
    good = ("russia", (6, ((0, 1, False, False, 0),)))
    for odd in ([("russia", (5, ((0, 1, False, False, 0),)))], [("", (0, ((0, 1, False, False, 0),)))],
                [("russia", (6, ((0, 1, False, False),)))], [("russia", (6, ((0, 1, False, False, "0"),)))],
                [("russia", (6, [(0, 1, False, False, 0)]))], [(b"russia", (6, ()))], [("russia", 6)], [None]):
        assert C.scan(M.Hit, {}, C.index([good] + odd), text, folded, tokens) is None
    assert C.scan(M.Hit, {}, C.index([good]), text, folded, tokens) == [M.Hit(0, 1, 0, 1, 0, 6)]
    assert C.scan(M.Hit, {}, C.index([]), text, folded, tokens) == []
    with pytest.raises(TypeError):
        C.scan(M.Hit, {}, matchers[0].auto, text, folded, tokens)  # the automaton itself is no index
    with pytest.raises(TypeError):
        C.index(None)


@needs_c
@settings(max_examples=300, deadline=None)
@given(random_text, st.frozensets(st.sampled_from(["a.", "sig.", "dr.", "1.", "é.", "-."]), max_size=3))
def test_segment_on_random_text(s, abbreviations):
    text = T.clean(s)
    folded = fold(text)
    _same_segment(text, folded, _same_tokens(folded), abbreviations)


@needs_c
@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.one_of(chars, st.sampled_from(list("\r\n\x00\x08\x09\x0b\x0e\x1f\x7f\x9f\xa0\u2028\u2029"))),
               max_size=60))
def test_clean_on_random_text(s):
    got, want = C.clean(s), T._clean_py(s)
    assert got == want and type(got) is str and len(got) == len(s)
    assert C.clean(s + "ř") == T._clean_py(s + "ř") and C.clean(s + "😀") == T._clean_py(s + "😀")


@needs_c
@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=st.one_of(chars, st.sampled_from(list("ÀÉÎÕÜÝÞßÿµ×÷ΣΑİIKẞ’ʼ`´‘“–"))),
               max_size=60))
def test_fold_on_random_text(s):
    """The C fold gives what the Python one gives, or None (the Python code then decides): never something else."""
    got = C.fold(s)
    assert got is None or (got == L._fold_py(s) and type(got) is str)
    assert fold(s) == L._fold_py(s)


@needs_c
def test_fold_leaves_to_python_only_what_it_must():
    for s in ("", "Mosca, l’ALTRO «Cremlino» – già…", "Straße ẞ Ærø ÿ", "Ñandú ‘QUOTED’ ´ `", REAL[0]):
        assert C.fold(s) == L._fold_py(s)
    assert C.fold("İstanbul") is None and fold("İstanbul") == L._fold_py("İstanbul")  # two characters in lower case
    assert C.fold("ΣΑΣ") is None and fold("ΣΑΣ") == "σας"  # a final sigma


@needs_c
@settings(max_examples=300, deadline=None)
@given(random_text, st.sampled_from([400, 3, 1, 0, -2]))
def test_stopwords_on_random_text(s, limit):
    tokens = _same_tokens(fold(s))
    # every other token a stopword, words or not, of one or two languages with weights that round
    weights = {t.text: (("xx", 1 / 3), ("yy", 0.1)) if i % 4 else (("yy", 1 / 7),) for i, t in enumerate(tokens[::2])}
    _same_stopwords(weights, tokens, limit)
    _same_stopwords({}, tokens, limit)


@needs_c
def test_tokens_not_made_by_tokenize_go_to_the_python_code(matchers):
    """scan and segment say None for tokens out of order or of another shape; the public functions then
    run the Python code, so they never differ from it."""
    text = "Russia attacked Ukraine. The UN said so.\nNew line"
    folded = fold(text)
    tokens = M.tokenize(folded)
    m = matchers[0]
    for odd in (tokens[::-1], tokens[:3] + tokens[:3], [M.Token(-1, 0, "x")] + tokens, [tuple(t) + (0,) for t in tokens],
                [M.Token(float(t.start), t.end, t.text) for t in tokens], [M.Token(t.start, t.end, None) for t in tokens]):
        assert _c_scan(m, text, folded, odd) is None  # type: ignore[arg-type]
        assert C.segment(Sentence, text, odd, frozenset()) is None
    assert C.stopwords({}, [tuple(t)[:2] for t in tokens], 400) is None
    odd = tokens[::-1]
    assert m.scan(text, folded, odd) == m._scan_py(text, folded, odd)
    assert T.segment(text, folded, odd) == T._segment_py(text, folded, odd)
    assert _c_scan(m, text, folded, []) == [] == m._scan_py(text, folded, [])
    assert C.segment(Sentence, text, [], frozenset()) == ((), ()) == T._segment_py(text, folded, [])


@needs_c
def test_wrong_arguments_raise():
    with pytest.raises(TypeError):
        C.tokenize(M.Token, b"bytes")
    with pytest.raises(TypeError):
        C.tokenize(dict, "text")
    with pytest.raises(TypeError):
        C.tokenize(M.Token)
    with pytest.raises(TypeError):
        C.scan(M.Hit, {}, None, "text", "text")
    with pytest.raises(TypeError):
        C.segment(Sentence, None, [], frozenset())
    with pytest.raises(TypeError):
        C.stopwords([], [], 400)
    with pytest.raises(TypeError):
        C.clean(b"bytes")
    with pytest.raises(TypeError):
        C.fold(None)
    with pytest.raises(TypeError):
        C.build_units(A.Unit, None, [], [], [], None, frozenset())
    with pytest.raises(TypeError):
        C.build_units(A.Unit, [], [], [], [], None)


@needs_c
def test_the_public_functions_run_the_c_code(matchers):
    assert M.FRONT_END.startswith("C")
    assert M._c_tokenize is C.tokenize and M._c_scan is C.scan and T._c_segment is C.segment
    assert T._c_stopwords is C.stopwords and T._c_clean is C.clean and L._C_FOLD is C.fold
    assert TR._c_candidates is C.trigger_candidates and TR._c_select is C.trigger_select and RL._c_marks is C.sentence_marks and MN._c_cue_hits is C.cue_hits and MN._c_cue_index is C.cue_index
    assert MN._c_build_units is C.build_units


@needs_c
def test_no_memory_is_kept(coder, matchers):
    """Run each function many times: memory traced by tracemalloc must not grow with the runs."""
    text = T.clean(REAL[0] + "\nUS-led talks. Pakistan-controlled KASHMIR; J. Smith, am 12. Dezember.")
    folded = fold(text)
    tokens = M.tokenize(folded)
    m = matchers[0]
    ab = frozenset(m.lang.abbreviations)
    odd = tokens[::-1]
    hits = m.scan(text, folded, tokens)
    kinds, specs = coder._cue_kinds[m.lang.code], coder._trigger_specs[m.lang.code]
    cues = MN._cue_hits_py([h for h in hits if h.cat == M.CUE], kinds, tokens, len(tokens))
    weights = {"the": (("en", 0.5),), "us": (("en", 1.0), ("it", 0.25))}
    items = list(m.auto.items())[:60]
    unit_specs = coder._unit_specs[m.lang.code]
    many = hits * 5  # (more than 64 hits: the C code's buffers are allocated, not on the stack)
    people = [_person("2019-01-01", "2021-05"), _person("2021-06-01", "2021-06", "MIL"), _person("", "")]
    person_hits = [_hit(M.ACTOR, i, 2, 4) for i in range(3)]

    def run(k: int) -> None:
        for _ in range(k):
            _c_tokenize(folded)
            _c_scan(m, text, folded, tokens)
            C.segment(Sentence, text, tokens, ab)
            _c_scan(m, text, folded, odd)
            C.segment(Sentence, text, odd, ab)
            C.stopwords({"the": 1, "us": 2}, tokens, 400)
            C.stopwords(weights, tokens, 400)
            C.cue_hits(A.CueHit, [h for h in hits if h.cat == M.CUE], kinds, tokens, len(tokens))
            C.cue_hits(A.CueHit, hits[:3] + [None], kinds, tokens, len(tokens))
            C.cue_index(cues, MN._KIND_SETS)
            C.sentence_marks(tokens, 0, len(tokens), {1: frozenset({"clause_break"})}, RL.BOUNDARY_TOKENS, RL.QUOTES,
                             RL.BREAK_KIND_LIST)
            cands = C.trigger_candidates(hits, tokens, {3, 5}, specs, m.lang.triggers, 0, len(tokens), m.lang.max_gap)
            C.trigger_select(cands, specs, A.TriggerMatch, m.lang.trigger_with_mode)
            C.trigger_select(cands + [None], specs, A.TriggerMatch, m.lang.trigger_with_mode)
            C.build_units(A.Unit, many, *unit_specs, "2021-06-01", frozenset({4, 40, 400}))
            C.build_units(A.Unit, hits, *unit_specs, None, frozenset())
            C.build_units(A.Unit, person_hits, people, [], [], "2021-06-30", frozenset())
            C.build_units(A.Unit, many, *unit_specs, None, frozenset({4, "x"}))  # (not handled)
            C.build_units(A.Unit, hits + [None], *unit_specs, None, frozenset())  # (not handled)
            C.scan(M.Hit, {}, C.index(items), text, folded, tokens)
            C.index(items[:5] + [("x", (2, ()))])  # (not handled)
            C.clean(text + "\r\n\x00ř")
            C.fold(text + "ÀİΣ’")
            C.fold(text)
            try:
                C.tokenize(M.Token, None)
            except TypeError:
                pass

    run(50)
    tracemalloc.start()
    try:
        run(50)
        before = tracemalloc.get_traced_memory()[0]
        run(3000)  # one object kept per call would be some 100 kB
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert grown < 20_000, grown


@needs_c
def test_trigger_index_is_of_its_own_specs_only(coder, matchers):
    """An index given with other specs than its own is not read (the specs are); a malformed index is an error."""
    m = matchers[0]
    coder.matcher(m.lang.code)
    specs = coder._trigger_specs[m.lang.code]
    text = "x"
    tokens = M.tokenize(fold(text))
    i = next(i for i in range(len(specs)) if len(specs[i][1]) == 1)
    hits = [M.Hit(M.TRIGGER, i, 0, 1, 0, 1)]
    other = list(specs)  # (another list, whose spec i weighs what its own index does not say)
    other[i] = (specs[i][0] + 1000,) + specs[i][1:]
    args = (hits, tokens, set(), other, m.lang.triggers, 0, 1, m.lang.max_gap)
    got = C.trigger_candidates(*args, coder._trigger_index[m.lang.code])
    assert got == TR._candidates_py(*args) and [c[0] for c in got] == [specs[i][0] + 1000]
    with pytest.raises(TypeError):
        C.trigger_candidates(*args, "not an index")
    with pytest.raises(TypeError):
        C.trigger_index(tuple(specs))


@needs_c
def test_records_of_every_making_are_freed():
    """The records new_record makes are freed by their own dealloc (record_dealloc, installed on their type) and
    kept for reuse; a record of that type made in Python, one in a reference cycle and an instance of a subclass go
    through tuple's dealloc: each is freed once, and the type's references balance."""
    import gc
    import sys

    class Sub(M.Token):  # (with a __dict__)
        pass

    C.tokenize(M.Token, "a b")
    gc.collect()  # (the records earlier tests left in cycles go first: each holds a reference to its type)
    refs = sys.getrefcount(M.Token), sys.getrefcount(Sub)
    for _ in range(3000):
        made = C.tokenize(M.Token, "uno due tre. uno")
        assert made[0] == (0, 3, "uno") and made[4] == (13, 16, "uno") and made[4].text is made[0].text and made[2].text == "tre"
        py = M.Token(0, 1, ["x"])
        cyc = M.Token(0, 1, [])
        cyc.text.append(cyc)
        sub = Sub(0, 1, "y")
        sub.extra = [sub]
        del made, py, cyc, sub
    gc.collect()
    assert (sys.getrefcount(M.Token), sys.getrefcount(Sub)) == refs
    assert [tuple(t) for t in C.tokenize(M.Token, "é uno")] == [(0, 1, "é"), (2, 5, "uno")]
