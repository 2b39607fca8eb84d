"""The entries of a lexicon: one record type per kind of lexicon row, and the Language that holds them.

:mod:`dyad.lexicon` reads the files into these; every stage that codes an article reads them. They are
compiled with the core (dyad/_core.py), so that the stages read their fields as C struct members rather
than through Python attribute lookups, while the loader stays plain Python.

Every class pickles through :func:`_reduce`, the fastest way to load for how the module runs: the
matcher cache (dyad/matcher.py), whose key says which, holds them.
"""

from __future__ import annotations

import copyreg
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any


_COMPILED = not __file__.endswith(".py")


def _reduce(entry: Any) -> tuple[Any, ...]:
    """How a lexicon record pickles: compiled, as its class and constructor arguments (mypyc's own way for
    its classes is several times slower to load); as Python sources, as Python's own way for dataclasses
    (their state set on a new object, faster than their frozen constructor)."""
    if _COMPILED:
        return type(entry), tuple(getattr(entry, f.name) for f in fields(entry) if f.init)
    state = entry.__dict__ if hasattr(entry, "__dict__") else entry.__getstate__()
    return copyreg.__newobj__, (type(entry),), state  # type: ignore[attr-defined]  # (not in the stubs)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    surface: str
    code: str
    sector: str
    kind: str
    entity: str
    valid_from: str = ""
    valid_to: str = ""
    role: str = ""
    origin: str = ""
    scope: str = ""  # "transnational": an armed group coded by where it acts; "or:COG": a name shared with COG

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class AgentEntry:
    surface: str
    sector: str
    role: str = ""
    origin: str = ""

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class TokenPattern:
    """One token of a trigger pattern: alternatives of (text, prefix_wild, suffix_wild); or a gap.

    The trigger finder reads it as a tuple (triggers.trigger_specs)."""

    alts: tuple[tuple[str, bool, bool], ...] = ()
    gap: bool = False
    exact: frozenset[str] = frozenset()
    starts: tuple[str, ...] = ()
    ends: tuple[str, ...] = ()
    infixes: tuple[str, ...] = ()

    @classmethod
    def of(cls, alts: tuple[tuple[str, bool, bool], ...]) -> "TokenPattern":
        return cls(alts, False, frozenset(t for t, p, s in alts if not p and not s),
                   tuple(t for t, p, s in alts if s and not p), tuple(t for t, p, s in alts if p and not s),
                   tuple(t for t, p, s in alts if p and s))

    @property
    def required(self) -> bool:
        """Does this token only match exact words (so the sentence must contain one of ``exact``)?"""
        return bool(self.exact) and not self.starts and not self.ends and not self.infixes

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    pattern: str
    tokens: tuple[TokenPattern, ...]
    type: str
    mode: str
    frame: str
    origin: str = ""
    anchor: int = 0  # index in tokens of the token the matcher looks for (the most specific one)
    # derived from ``tokens`` once, as the trigger finder asks for them at every hit:
    weight: int = field(init=False)  # the number of word tokens (gaps do not count)
    # exact-only tokens: one of the words of each must be present (tuples: the trigger finder loops over them)
    required: tuple[tuple[str, ...], ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "weight", sum(1 for t in self.tokens if not t.gap))
        object.__setattr__(self, "required", tuple(tuple(sorted(t.exact)) for t in self.tokens if t.required))

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class CueEntry:
    phrase: str
    kind: str
    origin: str = ""

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class DateEntry:
    phrase: str
    kind: str
    value: str
    origin: str = ""

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class QuantityEntry:
    surface: str
    key: str
    kind: str
    origin: str = ""

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    variants: tuple[str, ...]
    country: str
    lat: float | None
    lon: float | None
    kind: str
    origin: str = ""

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass(frozen=True, slots=True)
class CodeEntry:
    code: str
    kind: str
    name: str
    sovereign: str = ""  # a territory's state (NCL -> FRA)
    state_sectors: frozenset[str] = frozenset()  # sectors whose generic nouns there are the sovereign's

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)


@dataclass
class Language:
    """Everything Dyad knows about one language (its folder plus ``_root``)."""

    code: str
    name: str = ""
    version: str = "0"
    stopwords: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    max_gap: int = 6
    subject_after_verb: bool = False
    not_participle: tuple[str, ...] = ()  # endings that never make a passive participle ("ing")
    gerund_endings: tuple[str, ...] = ()  # endings of a verb form that is no finite verb ("ing": "and detaining")
    nouns_capitalised: bool = False  # de: every noun has a capital, so a capital does not mark a name
    drops_subjects: bool = False  # it/es: "Ha inviato truppe" has its subject in the previous sentence
    verb_second: bool = False  # de: a main clause puts its verb second, after one phrase of any kind
    verb_final_subordinate: bool = False  # de: in a subordinate clause the subject comes first, the verb last
    future_endings: tuple[str, ...] = ()  # verb endings of the future tense ("ranno"): plans, not events
    determiners: frozenset[str] = frozenset()  # words that open a noun phrase ("the", "la", "die"): no verb follows
    participle_endings: tuple[str, ...] = ()  # past-participle endings: after a noun with no auxiliary, a modifier
    participle_is_past: bool = False  # en: the participle is also the simple past ("Russia deployed troops")
    attributive_participles: bool = False  # de: a participle modifier stands before its noun, inflected
    counted_participles: bool = False  # es: "siete policías baleados" beside the event it counts is a tally, an event
    coordinated_government: bool = True  # (qd) "il governo di X ha … e il ministero ha …": that ministry is X's
    # (twelfth session) a bare place name right before a meeting word names its venue ("the Geneva summit"): en
    city_names_meeting: bool = False
    renamed_military: bool = True  # (qb) "the soldiers" after "Guinean soldiers" are those soldiers
    actors: list[ActorEntry] = field(default_factory=list)
    agents: list[AgentEntry] = field(default_factory=list)
    triggers: list[TriggerEntry] = field(default_factory=list)
    cues: list[CueEntry] = field(default_factory=list)
    dates: list[DateEntry] = field(default_factory=list)
    quantities: list[QuantityEntry] = field(default_factory=list)
    places: list[PlaceEntry] = field(default_factory=list)
    codes: dict[str, CodeEntry] = field(default_factory=dict)
    examples: list[dict] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    _roles: dict[tuple[str, str], list[ActorEntry]] | None = None
    _counting: tuple[frozenset[str], frozenset[str], frozenset[str]] | None = None
    _with_mode: dict[tuple[int, str], TriggerEntry] = field(default_factory=dict)

    def role_index(self) -> dict[tuple[str, str], list[ActorEntry]]:
        """People by (country, role), for naming "the president" of a country at a date."""
        if self._roles is None:
            idx: dict[tuple[str, str], list[ActorEntry]] = {}
            for a in self.actors:
                if a.kind == "person" and a.role:
                    idx.setdefault((a.code, a.role), []).append(a)
            self._roles = idx
        return self._roles

    def trigger_with_mode(self, idx: int, mode: str) -> TriggerEntry:
        """Trigger ``idx`` with the mode another pattern gave it ("launched an air strike"), made once."""
        got = self._with_mode.get((idx, mode))
        if got is None:
            got = self._with_mode[idx, mode] = replace(self.triggers[idx], mode=mode)
        return got

    def counting_words(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        """The one-word genitives ("de"), number words above one ("siete") and multipliers ("decenas") of the
        lexicon, for telling a counted noun ("siete policías baleados") from a described one."""
        if self._counting is None:
            self._counting = (
                frozenset(w for c in self.cues if c.kind == "genitive" for w in c.phrase.split("|")),
                frozenset(w for d in self.dates if d.kind == "number" and d.value != "1" for w in d.phrase.split("|")),
                frozenset(w for q in self.quantities if q.kind == "multiplier" for w in q.surface.split("|")))
        return self._counting

    def __reduce__(self) -> tuple[Any, ...]:
        return _reduce(self)
