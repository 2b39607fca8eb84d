"""Actor mentions: resolve lexicon hits to codes valid at the article's date and compose them.

"soldati nordcoreani" (agent + demonym) → PRK MIL; "il governo di Kiev" (agent + genitive + capital)
→ UKR GOV; "il leader nordcoreano Kim Jong Un" (agent + demonym + person) → one PRK GOV mention.
An agent noun left without a country ("la polizia") gets the article's home country later.
"""

from __future__ import annotations

from functools import partial
from operator import attrgetter, itemgetter
from typing import AbstractSet, Any, Callable, Final

from .analysis import NO_KINDS, CueHit, Unit, any_in, new_unit
from .entries import Language
from .records import UNKNOWN
from .matcher import _SCANNER, ACTOR, AGENT, PLACE, TAIL, Hit, Token

_t0 = attrgetter("t0")
NON_STATE: Final = frozenset({"REB", "OPP"})
STATE_SECTORS: Final = frozenset({"GOV", "MIL", "POL", "SPY"})
NAMED: Final = ("country", "capital", "demonym", "person", "org", "igo", "group", "city")


# What build_units reads of a language's records, as plain tuples made once per language (see unit_specs): the
# compiled core and the C front end read their items directly, where every attribute of the loader's records is
# a lookup by name. An actor: (code, sector, kind, entity, origin, role, valid_from, valid_to), by actor index;
# an agent noun: (sector, origin, role), by agent index; a place: (country, name, origin), by place index.
ActorSpec = tuple[str, str, str, str, str, str, str, str]
AgentSpec = tuple[str, str, str]
PlaceSpec = tuple[str, str, str]
UnitSpecs = tuple[list[ActorSpec], list[AgentSpec], list[PlaceSpec]]

_c_build_units: Final[Callable[..., list[Unit] | None] | None] = getattr(_SCANNER, "build_units", None)


def unit_specs(lang: Language) -> UnitSpecs:
    """The actors, agent nouns and places of a language as build_units reads them."""
    return ([(a.code, a.sector, a.kind, a.entity, a.origin, a.role, a.valid_from, a.valid_to) for a in lang.actors],
            [(g.sector, g.origin, g.role) for g in lang.agents],
            [(p.country, p.name, p.origin) for p in lang.places])


def pick_entry(entries: list[ActorSpec], on: str | None) -> tuple[ActorSpec, str]:
    """The entry (an actor spec) valid on date ``on`` (YYYY-MM-DD) and the sector to use.

    People with several dated rows resolve to the row valid on the date; a person with no row valid
    then (a former leader) keeps the latest row's country, with sector "".
    """
    first = entries[0]
    if len(entries) == 1 and not first[6] and not first[7]:
        return first, first[1]
    best: ActorSpec | None = None
    for e in entries:  # the most specific (latest-starting) valid row, the first of equals (as max() keeps)
        if _valid_dates(e[6], e[7], on) and (best is None or e[6] > best[6]):
            best = e
    if best is not None:
        return best, best[1]
    latest = first  # else the row valid last: (valid_to or "9999", valid_from) the greatest, the first of equals
    for e in entries:
        if (e[7] or "9999", e[6]) > (latest[7] or "9999", latest[6]):
            latest = e
    return latest, "" if latest[2] == "person" else latest[1]


def _valid_dates(valid_from: str, valid_to: str, on: str | None) -> bool:
    """Is a row valid from ``valid_from`` to ``valid_to`` (ISO dates, or "" for no bound; a month's valid_to
    covers the whole month) valid on ``on``? With no date, only an open-ended row is."""
    if not on:
        return not valid_to
    if valid_from and on < valid_from:
        return False
    if valid_to and on > valid_to + ("-99" if len(valid_to) <= 7 else ""):
        return False
    return True


def build_units(hits: list[Hit], lang: Language, on: str | None,
                locative_ends: AbstractSet[int] = frozenset(), specs: UnitSpecs | None = None) -> list[Unit]:
    """Turn actor/agent hits into non-overlapping mention units (longest match wins).

    A gazetteer place that does not follow a locative ("RSF fighters stormed El Fasher") stands for
    its country's side, as a city mention with sector "". An actor's span with a TAIL hit (a hyphenated word
    ending in an agent noun, "US-Außenminister") takes that noun's sector and role (see :func:`_with_tail`). ``specs``: the language's unit_specs, made
    once per language by the caller (made here when not given).
    """
    actors, agents, places = unit_specs(lang) if specs is None else specs
    if _c_build_units is not None:
        got = _c_build_units(new_unit, hits, actors, agents, places, on, locative_ends)
        if got is not None:  # (None: records the C code does not know)
            return got
    return _build_units_py(hits, actors, agents, places, on, locative_ends)


def _build_units_py(hits: list[Hit], all_actors: list[ActorSpec], all_agents: list[AgentSpec],
                    all_places: list[PlaceSpec], on: str | None, locative_ends: AbstractSet[int]) -> list[Unit]:
    """:func:`build_units` in Python (in C as dyad/_scanner.c ``build_units``)."""
    by_span: dict[tuple[int, int], list[Hit]] = {}
    mentions = [h for h in hits if h.cat == ACTOR or h.cat == AGENT]
    place_hits = [h for h in hits if h.cat == PLACE]
    tails = [h for h in hits if h.cat == TAIL]
    places = [(h.t0, h.t1) for h in place_hits if h.t1 - h.t0 > 1]
    for h in mentions:
        if places and _inside_a_place(h, places):
            continue  # "South China Sea", "Mar Cinese Meridionale": a place, not China
        by_span.setdefault((h.t0, h.t1), []).append(h)
    for h in place_hits:
        if (h.t0, h.t1) not in by_span and not _after_locative(h.t0, locative_ends):
            by_span.setdefault((h.t0, h.t1), []).append(h)
    # the longest spans first, then the earliest (sorted as tuples: no key function called per span)
    spans = sorted([(s0 - s1, s0, s1) for s0, s1 in by_span])
    taken: set[int] = set()
    units: list[Unit] = []
    for _, s0, s1 in spans:
        span = (s0, s1)
        if any_in(s0, s1, taken):
            continue
        for t in range(s0, s1):
            taken.add(t)
        hs = by_span[span]
        actors = [all_actors[h.idx] for h in hs if h.cat == ACTOR]
        h0 = hs[0]
        if h0.cat == PLACE:
            country, name, origin = all_places[h0.idx]
            if country and country != UNKNOWN:  # a sea or disputed island names no side
                units.append(Unit(s0, s1, h0.start, h0.end, country, "", "city", name, origin))
            continue
        if actors:
            e, sector = pick_entry(actors, on)
            code, _, kind, entity, origin, role, _, _ = e
            for tail in tails:  # "US-Außenminister": the agent noun that ends the word, as compose merges one
                if tail.t0 == s0 and tail.t1 == s1:
                    sector, role = _with_tail(kind, sector, role, all_agents[tail.idx])
                    break
            units.append(Unit(s0, s1, h0.start, h0.end, code, sector, kind, entity, origin, role))
        else:
            sector, origin, role = all_agents[h0.idx]
            units.append(Unit(s0, s1, h0.start, h0.end, None, sector, "agent", "", origin, role))
    units.sort(key=_t0)
    return units


def _with_tail(kind: str, sector: str, role: str, agent: AgentSpec) -> tuple[str, str]:
    """The sector and role of an actor whose word ends in the agent noun ``agent`` ("US-Außenminister" → GOV,
    foreign_minister; "Hamas-Kämpfer" stays REB), as :func:`_merge` gives them to the actor and a separate noun."""
    a_sector, _, a_role = agent
    if kind == "person":
        sector = sector or a_sector
    elif a_sector and not (sector in NON_STATE and a_sector in STATE_SECTORS):
        sector = a_sector
    return sector, role or a_role


def _inside_a_place(h: Hit, places: list[tuple[int, int]]) -> bool:
    for p0, p1 in places:
        if p0 <= h.t0 and h.t1 <= p1 and (p1 - p0) > (h.t1 - h.t0):
            return True
    return False


def _after_locative(t0: int, locative_ends: AbstractSet[int]) -> bool:
    for t in locative_ends:
        if t0 - 3 <= t <= t0:
            return True
    return False


def compose(units: list[Unit], tokens: list[Token], cue_ends: dict[int, frozenset[str]],
            genitive_spans: AbstractSet[tuple[int, int]] = frozenset()) -> list[Unit]:
    """Merge adjacent mentions that name one actor (agent + demonym/country, same-code neighbours)."""
    if len(units) < 2:
        return units
    out: list[Unit] = [units[0]]
    for u in units[1:]:
        prev = out[-1]
        gap = u.t0 - prev.t1
        linked = gap == 0
        if not linked and gap <= 3:
            kinds = cue_ends.get(u.t0, NO_KINDS)
            of_word = (prev.t1, u.t0) in genitive_spans or (  # one adjective may stand before the of-word:
                tokens[prev.t1].text.isalpha() and (prev.t1 + 1, u.t0) in genitive_spans  # "délégation
                and not kinds & NOT_AFTER_ADJECTIVE)                                      # diplomatique de Ryad"
            if "genitive" in kinds and prev.agent_only and of_word:
                linked = True  # "il governo di Kiev", "the army of Sudan" (only the of-word between)
            elif _possessive(tokens, prev.t1, u.t0) and not prev.agent_only and (u.agent_only or u.code == prev.code):
                linked = True  # "Israel's army", "Israel's Netanyahu"
        if linked and _mergeable(prev, u):
            out[-1] = _merge(prev, u)
        else:
            out.append(u)
    return out


MINORITY: Final = "minority"  # (qf) the agents.tsv role of national minorities (coder.MINORITY)


# the cues after which an of-word is not one after an adjective (compose)
NOT_AFTER_ADJECTIVE: Final = frozenset({"locative", "target_prep", "agent_prep"})


def _possessive(tokens: list[Token], t0: int, t1: int) -> bool:
    """Are tokens [t0, t1) a possessive's "'" or "' s"? (compared in place: no list of the words made)"""
    if t1 - t0 == 1:
        return tokens[t0].text == "'"
    return t1 - t0 == 2 and tokens[t0].text == "'" and tokens[t0 + 1].text == "s"


def _mergeable(a: Unit, b: Unit) -> bool:
    if a.agent_only and b.agent_only:
        return True  # "ministro degli Esteri", "forze armate"
    if a.agent_only or b.agent_only:
        return True
    if a.code == b.code:
        return True
    return False


def _merge(a: Unit, b: Unit) -> Unit:
    code = a.code if a.code is not None else b.code
    named = b if a.agent_only else a
    # sector: a person's dated role or a named org beats a generic agent; an agent beats a bare country
    if a.kind == "person" or b.kind == "person":
        p = a if a.kind == "person" else b
        sector = p.sector or (a.sector if a.agent_only else b.sector)
        kind, entity, entry = "person", p.entity, p.entry
    else:
        agent = a if a.agent_only else (b if b.agent_only else None)
        sector = agent.sector if agent is not None and agent.sector else (a.sector or b.sector)
        if named.sector in NON_STATE and sector in STATE_SECTORS:
            sector = named.sector  # "RSF commanders", "Hamas leaders": a rebel group's commanders are rebels
        elif named.sector == "IGO" and sector == "GOV":
            sector = "IGO"  # (q13a) "le président de la Commission de l'UA": an organisation's officer is the organisation
        kind, entity, entry = named.kind, named.entity, named.entry
    role = a.role or b.role
    if b.role == MINORITY:
        # (qf) "ein Sprecher der ungarischen Minderheit": the spokesman of a national minority is one of its people, not
        # his state's official (the coder gives the minority the state it lives in)
        role, sector = MINORITY, b.sector
    return Unit(a.t0, b.t1, a.start, b.end, code, sector, kind, entity, entry, role)


def resolve_roles(units: list[Unit], lang: Language, on: str | None) -> None:
    """Name the holder of a role: "the US president" in 2021 is Joe Biden, in 2025 Donald Trump.

    A unit with a role (from its agent noun: head_of_state, foreign_minister, …) and a country, but no
    person, takes the entity of the person in ``_root/people.tsv`` who held that role there on the
    article's date. Units are updated in place; with no holder known for the date nothing changes.
    """
    for u in units:  # (most sentences name no role: the index is not even asked for)
        if u.role and u.code and u.kind != "person":
            break
    else:
        return
    index = lang.role_index()
    for u in units:
        if not u.role or not u.code or u.kind == "person":
            continue
        holders = [e for e in index.get((u.code, u.role), ()) if _valid_dates(e.valid_from, e.valid_to, on)]
        if holders:
            e = max(holders, key=lambda x: x.valid_from or "")
            u.entity, u.entry = e.entity, e.origin


_new_cue: Final = partial(tuple.__new__, CueHit)  # CueHit(*fields) without the keyword-handling constructor
_cue_t0 = itemgetter(1)
_c_cue_hits: Final[Callable[..., list[CueHit] | None] | None] = getattr(_SCANNER, "cue_hits", None)
_c_cue_index: Final[Callable[..., Any] | None] = getattr(_SCANNER, "cue_index", None)


def cue_hits(hits: list[Hit], kinds: tuple[str, ...], tokens: list[Token], sent_end: int) -> list[CueHit]:
    """A sentence's cue hits as CueHits (``kinds``: the cue kind of each cue entry), sorted by first token; an
    elided cue ("dall'", "l'", "d'") ends after its apostrophe token."""
    if _c_cue_hits is not None:
        got = _c_cue_hits(CueHit, hits, kinds, tokens, sent_end)
        if got is not None:  # (None: records the C code does not know)
            return got
    return _cue_hits_py(hits, kinds, tokens, sent_end)


def _cue_hits_py(hits: list[Hit], kinds: tuple[str, ...], tokens: list[Token], sent_end: int) -> list[CueHit]:
    """:func:`cue_hits` in Python (in C as dyad/_scanner.c ``cue_hits``)."""
    return sorted([_new_cue((kinds[h.idx], h.t0, h.t1 + 1 if h.t1 < sent_end and tokens[h.t1].text == "'" else h.t1))
                   for h in hits], key=_cue_t0)


_KIND_SETS: Final[dict[str, frozenset[str]]] = {}  # {kind} for each cue kind, made once and shared


def cue_index(cues: list[CueHit]) -> tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]]:
    """The kinds of the cues starting at each token, and of those ending right before each token.

    The sets are frozen: most tokens hold one kind, and its set is one shared by every index."""
    if _c_cue_index is not None:
        got: tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]] | None = _c_cue_index(cues, _KIND_SETS)
        if got is not None:  # (None: records the C code does not know)
            return got
    return _cue_index_py(cues)


def _cue_index_py(cues: list[CueHit]) -> tuple[dict[int, frozenset[str]], dict[int, frozenset[str]]]:
    """:func:`cue_index` in Python (in C as dyad/_scanner.c ``cue_index``)."""
    starts: dict[int, frozenset[str]] = {}
    ends: dict[int, frozenset[str]] = {}
    for c in cues:
        kind, t0, t1 = c.kind, c.t0, c.t1
        one = _KIND_SETS.get(kind)
        if one is None:
            one = _KIND_SETS[kind] = frozenset((kind,))
        at = starts.get(t0)
        starts[t0] = one if at is None else at | one
        at = ends.get(t1)
        ends[t1] = one if at is None else at | one
    return starts, ends
