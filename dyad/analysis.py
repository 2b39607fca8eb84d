"""Intermediate typed records of one article's analysis (between scanning and events).

They are made by the dozen per article, so each writes its own ``__init__`` (``init=False``): the compiled
core (mypyc) compiles methods written in the source, but runs the ones ``@dataclass`` generates as
interpreted Python, which made building these records a tenth of the coding time. They are not frozen,
as a frozen class cannot assign its fields in its own ``__init__``; nothing changes them after the stage
that makes them, except ``Unit`` and ``SentenceView``, which later stages fill in. ``CueHit`` is a
NamedTuple instead, made in C by the front end (see mentions.cue_hits).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final, NamedTuple

from .entries import TriggerEntry
from .records import Sentence


@dataclass(slots=True, init=False)
class Unit:
    """An actor mention: a named actor, a generic agent noun, or both composed."""

    t0: int
    t1: int
    start: int
    end: int
    code: str | None  # None: an agent noun with no country yet
    sector: str
    kind: str
    entity: str = ""
    entry: str | None = None
    role: str = ""
    home: bool = False  # an agent noun given the article's home country (a weaker reading)

    def __init__(self, t0: int, t1: int, start: int, end: int, code: str | None, sector: str, kind: str,
                 entity: str = "", entry: str | None = None, role: str = "", home: bool = False):
        self.t0 = t0
        self.t1 = t1
        self.start = start
        self.end = end
        self.code = code
        self.sector = sector
        self.kind = kind
        self.entity = entity
        self.entry = entry
        self.role = role
        self.home = home

    @property
    def agent_only(self) -> bool:
        return self.code is None


# The C front end makes units, trigger matches and sentences by calling these functions rather than the classes:
# a compiled function takes its arguments as they are passed, where a call of a class packs them into a tuple
# that __init__ then parses (about 1.5 k instructions a unit instead of a few hundred).
def new_unit(t0: int, t1: int, start: int, end: int, code: str | None, sector: str, kind: str, entity: str = "",
             entry: str | None = None, role: str = "") -> Unit:
    """Unit(...), for the C front end (mentions.build_units)."""
    return Unit(t0, t1, start, end, code, sector, kind, entity, entry, role)


class CueHit(NamedTuple):
    """A cue word or phrase of the sentence (dozens per article), made by mentions.cue_hits: a NamedTuple, like
    the matcher's Token and Hit, so that the C front end makes it and the compiled core reads it by index."""

    kind: str
    t0: int
    t1: int


@dataclass(slots=True, init=False)
class TriggerMatch:
    entry: TriggerEntry
    t0: int  # anchor token
    t1: int  # one past the last matched token
    matched: tuple[int, ...]

    def __init__(self, entry: TriggerEntry, t0: int, t1: int, matched: tuple[int, ...]):
        self.entry = entry
        self.t0 = t0
        self.t1 = t1
        self.matched = matched


def new_match(entry: TriggerEntry, t0: int, t1: int, matched: tuple[int, ...]) -> TriggerMatch:
    """TriggerMatch(...), for the C front end (triggers.find_triggers; see new_unit)."""
    return TriggerMatch(entry, t0, t1, matched)


@dataclass(slots=True, init=False)
class DateExpr:
    t0: int
    t1: int
    date: str
    precision: str  # day, month, year
    text: str

    def __init__(self, t0: int, t1: int, date: str, precision: str, text: str):
        self.t0 = t0
        self.t1 = t1
        self.date = date
        self.precision = precision
        self.text = text


@dataclass(slots=True, init=False)
class QuantityExpr:
    t0: int
    t1: int
    key: str
    value: float | None
    min: float | None
    approx: bool
    text: str

    def __init__(self, t0: int, t1: int, key: str, value: float | None, min: float | None, approx: bool, text: str):
        self.t0 = t0
        self.t1 = t1
        self.key = key
        self.value = value
        self.min = min
        self.approx = approx
        self.text = text


@dataclass(slots=True, init=False)
class PlaceHit:
    t0: int
    t1: int
    idx: int
    after_locative: bool

    def __init__(self, t0: int, t1: int, idx: int, after_locative: bool):
        self.t0 = t0
        self.t1 = t1
        self.idx = idx
        self.after_locative = after_locative


NO_KINDS: Final[frozenset[str]] = frozenset()  # the kinds at a token with no cue


def bisect_left(a: list[int], x: int) -> int:
    """bisect.bisect_left on a sorted list of ints, compiled here: the bisect module's C function is called through
    the interpreter's protocol, its name looked up and its arguments boxed and parsed (some fifty times an article)."""
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


@dataclass(slots=True, init=False)
class SentenceView:
    """Everything the rules need about one sentence."""

    sent: Sentence
    t0: int
    t1: int
    units: list[Unit] = field(default_factory=list)
    cues: list[CueHit] = field(default_factory=list)
    triggers: list[TriggerMatch] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    quantities: list[QuantityExpr] = field(default_factory=list)
    places: list[PlaceHit] = field(default_factory=list)
    attribution: tuple[int, int] | None = None  # token span of "according to X"
    cue_starts: dict[int, frozenset[str]] = field(default_factory=dict)
    cue_ends: dict[int, frozenset[str]] = field(default_factory=dict)
    quote_marks: list[int] | None = None  # token indices of quotation marks (computed once)
    # token indices of the punctuation that ends a clause and of clause-break cues (computed with quote_marks)
    clause_marks: tuple[list[int], list[int]] | None = None
    where: Unit | None = None  # the country the sentence happens in ("in Libia", "in the Odesa region")
    # the quotations of the sentence, from its quote marks (roles.quoted: made at its first call in a sentence with marks)
    quote_spans: list[tuple[int, int, tuple[int, int] | None]] | None = None
    kinds_present: set[str] | None = None  # the kinds of the sentence's cues (made at the first has_cue)

    def __init__(self, sent: Sentence, t0: int, t1: int, cues: list[CueHit],
                 cue_starts: dict[int, frozenset[str]], cue_ends: dict[int, frozenset[str]]):
        self.sent = sent
        self.t0 = t0
        self.t1 = t1
        self.units = []
        self.cues = cues
        self.triggers = []
        self.dates = []
        self.quantities = []
        self.places = []
        self.attribution = None
        self.cue_starts = cue_starts
        self.cue_ends = cue_ends
        self.quote_marks = None
        self.clause_marks = None
        self.where = None
        self.quote_spans = None
        self.kinds_present = None

    def kinds_before(self, t: int) -> frozenset[str]:
        """Cue kinds of cues ending right before token t (do not modify)."""
        return self.cue_ends.get(t, NO_KINDS)

    def ends_before(self, t: int, kinds: frozenset[str]) -> bool:
        """Does a cue of one of these kinds end right before token t? (``kinds_before(t) & kinds`` without making
        the intersection: most tokens have no cue before them, the others one or two)"""
        before = self.cue_ends.get(t)
        if before is None:
            return False
        for k in before:
            if k in kinds:
                return True
        return False

    def has_kind(self, kind: str) -> bool:
        """Does a cue of this kind stand anywhere in the sentence? (a set of the cues' kinds, made at the first ask)"""
        present = self.kinds_present
        if present is None:
            present = set()
            for c in self.cues:
                present.add(c.kind)
            self.kinds_present = present
        return kind in present

    def has_cue(self, kind: str, lo: int, hi: int) -> bool:
        """Is there a cue of this kind starting in tokens [lo, hi)?"""
        # Most asks are of a kind that no cue of the sentence has (nine in ten on the dev set): the set of the
        # sentence's kinds, made at the first ask, answers them without a scan
        if not self.has_kind(kind):
            return False
        # (a scan of the sentence's few cues, sorted by t0, up to hi: cheaper than an index of them made per sentence)
        for c in self.cues:
            if c.t0 >= hi:
                break
            if c.t0 >= lo and c.kind == kind:
                return True
        return False


def any_in(t0: int, t1: int, tokens: set[int]) -> bool:
    """Is any token of [t0, t1) in the set? (a compiled loop: set methods are looked up at every call)"""
    for t in range(t0, t1):
        if t in tokens:
            return True
    return False


def all_in(t0: int, t1: int, tokens: set[int]) -> bool:
    """Are all tokens of [t0, t1) in the set?"""
    for t in range(t0, t1):
        if t not in tokens:
            return False
    return True
