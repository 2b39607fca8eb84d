"""Typed records passed between the stages of the coder.

Every stage takes and returns these dataclasses; they become dicts only
at the edges (CLI output, store, HTTP API) through :func:`event_to_dict`.

The records the coder makes for every sentence and event (Sentence, ActorRef, Place, Attribution,
Quantity, Evidence, Event) write their own ``__init__`` (``init=False``): the compiled core (mypyc)
compiles methods written in the source but runs those ``@dataclass`` generates as interpreted Python,
and a frozen dataclass's generated ``__init__`` is the slowest kind. They are therefore not frozen:
treat them as read-only, and use :func:`dataclasses.replace` to change one, as for the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final, Mapping

UNKNOWN: Final = "---"


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from an input."""

    id: str
    text: str
    title: str = ""
    url: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    lang: str | None = None  # ISO 639-1, None = detect
    source: str | None = None  # outlet / feed / input file


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: character offsets [start, end)."""

    start: int
    end: int
    text: str


@dataclass(slots=True, init=False)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    paragraph: int = 0

    def __init__(self, index: int, start: int, end: int, text: str, paragraph: int = 0):
        self.index = index
        self.start = start
        self.end = end
        self.text = text
        self.paragraph = paragraph


def new_sentence(index: int, start: int, end: int, text: str, paragraph: int = 0) -> Sentence:
    """Sentence(...), for the C front end (text.segment): a compiled function is called without the tuple of
    arguments that a call of the class makes and parses (see analysis.new_unit)."""
    return Sentence(index, start, end, text, paragraph)


@dataclass(slots=True, init=False)
class ActorRef:
    """A resolved actor: country/IGO code + sector, and where it was said."""

    code: str = UNKNOWN  # ISO3 / IGO code, "---" if unknown
    sector: str = ""  # GOV, MIL, SPY, MED, REB, ...
    name: str = ""  # English entity name ("North Korea", "Vladimir Putin")
    text: str = ""  # surface string in the article
    start: int = -1
    end: int = -1
    entry: str | None = None  # lexicon row id, for provenance

    def __init__(self, code: str = UNKNOWN, sector: str = "", name: str = "", text: str = "", start: int = -1,
                 end: int = -1, entry: str | None = None):
        self.code = code
        self.sector = sector
        self.name = name
        self.text = text
        self.start = start
        self.end = end
        self.entry = entry


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention found in the text (before role assignment)."""

    actor: ActorRef
    sentence: int
    kind: str  # country, capital, demonym, person, org, igo, group, agent, ...
    token_start: int = -1
    token_end: int = -1


@dataclass(slots=True, init=False)
class Place:
    name: str
    country: str = ""
    lat: float | None = None
    lon: float | None = None
    text: str = ""
    start: int = -1
    end: int = -1

    def __init__(self, name: str, country: str = "", lat: float | None = None, lon: float | None = None,
                 text: str = "", start: int = -1, end: int = -1):
        self.name = name
        self.country = country
        self.lat = lat
        self.lon = lon
        self.text = text
        self.start = start
        self.end = end


@dataclass(slots=True, init=False)
class Attribution:
    text: str
    actor: str = ""
    sector: str = ""

    def __init__(self, text: str, actor: str = "", sector: str = ""):
        self.text = text
        self.actor = actor
        self.sector = sector


@dataclass(slots=True, init=False)
class Quantity:
    value: float | None = None  # exact value when known
    min: float | None = None  # "at least", "thousands of"
    approx: bool = False
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {}
        if self.value is not None:
            d["value"] = _num(self.value)
        if self.min is not None:
            d["min"] = _num(self.min)
        if self.approx:
            d["approx"] = True
        return d

    def __init__(self, value: float | None = None, min: float | None = None, approx: bool = False, text: str = ""):
        self.value = value
        self.min = min
        self.approx = approx
        self.text = text


def _num(x: float) -> float | int:
    return int(x) if float(x).is_integer() else x


@dataclass(slots=True, init=False)
class Evidence:
    sentence: str
    start: int
    end: int
    trigger: str
    sentence_index: int = -1

    def __init__(self, sentence: str, start: int, end: int, trigger: str, sentence_index: int = -1):
        self.sentence = sentence
        self.start = start
        self.end = end
        self.trigger = trigger
        self.sentence_index = sentence_index


@dataclass(slots=True, init=False)
class Event:
    article_id: str
    event_id: str
    lang: str
    type: str
    mode: str
    source: ActorRef
    target: ActorRef
    evidence: Evidence
    cameo: str = ""
    goldstein: float = 0.0
    quad_class: int = 0
    date: str | None = None
    date_precision: str = "published"
    date_text: str = ""
    location: Place | None = None
    attribution: Attribution | None = None
    quantities: Mapping[str, Quantity] = field(default_factory=dict)
    negated: bool = False
    uncertain: bool = False
    hypothetical: bool = False
    confidence: float = 0.5

    def __init__(self, article_id: str, event_id: str, lang: str, type: str, mode: str, source: ActorRef,
                 target: ActorRef, evidence: Evidence, cameo: str = "", goldstein: float = 0.0,
                 quad_class: int = 0, date: str | None = None, date_precision: str = "published",
                 date_text: str = "", location: Place | None = None, attribution: Attribution | None = None,
                 quantities: Mapping[str, Quantity] | None = None, negated: bool = False, uncertain: bool = False,
                 hypothetical: bool = False, confidence: float = 0.5):
        self.article_id = article_id
        self.event_id = event_id
        self.lang = lang
        self.type = type
        self.mode = mode
        self.source = source
        self.target = target
        self.evidence = evidence
        self.cameo = cameo
        self.goldstein = goldstein
        self.quad_class = quad_class
        self.date = date
        self.date_precision = date_precision
        self.date_text = date_text
        self.location = location
        self.attribution = attribution
        self.quantities = quantities if quantities is not None else {}
        self.negated = negated
        self.uncertain = uncertain
        self.hypothetical = hypothetical
        self.confidence = confidence


@dataclass(frozen=True, slots=True)
class Doc:
    """The state of one article as it moves through the pipeline."""

    article: Article
    lang: str = ""
    sentences: tuple[Sentence, ...] = ()
    events: tuple[Event, ...] = ()
    extras: Mapping[str, Any] = field(default_factory=dict)


def actor_to_dict(a: ActorRef) -> dict[str, Any]:
    return {
        "actor": a.code,
        "sector": a.sector,
        "name": a.name,
        "text": a.text,
        "start": a.start,
        "end": a.end,
    }


def event_to_dict(e: Event) -> dict[str, Any]:
    """The JSON shape of an event (see docs/formats/events.md)."""
    return {
        "article_id": e.article_id,
        "event_id": e.event_id,
        "lang": e.lang,
        "type": e.type,
        "mode": e.mode,
        "cameo": e.cameo,
        "goldstein": e.goldstein,
        "quad_class": e.quad_class,
        "source": actor_to_dict(e.source),
        "target": actor_to_dict(e.target),
        "date": e.date,
        "date_precision": e.date_precision,
        "date_text": e.date_text,
        "location": None
        if e.location is None
        else {"name": e.location.name, "country": e.location.country, "lat": e.location.lat, "lon": e.location.lon,
              "text": e.location.text},
        "attribution": None
        if e.attribution is None
        else {"text": e.attribution.text, "actor": e.attribution.actor, "sector": e.attribution.sector},
        "quantities": {k: q.to_dict() for k, q in e.quantities.items()},
        "negated": e.negated,
        "uncertain": e.uncertain,
        "hypothetical": e.hypothetical,
        "confidence": e.confidence,
        "evidence": {
            "sentence": e.evidence.sentence,
            "start": e.evidence.start,
            "end": e.evidence.end,
            "trigger": e.evidence.trigger,
        },
    }


def event_from_dict(d: Mapping[str, Any]) -> Event:
    """Inverse of :func:`event_to_dict` (used by the store and exports)."""

    def actor(x: Mapping[str, Any] | None) -> ActorRef:
        x = x or {}
        return ActorRef(code=x.get("actor") or UNKNOWN, sector=x.get("sector") or "", name=x.get("name") or "",
                        text=x.get("text") or "", start=int(x.get("start", -1)), end=int(x.get("end", -1)))

    loc = d.get("location")
    att = d.get("attribution")
    ev = d.get("evidence") or {}
    return Event(
        article_id=d["article_id"], event_id=d["event_id"], lang=d.get("lang", ""), type=d["type"],
        mode=d.get("mode") or "", source=actor(d.get("source")), target=actor(d.get("target")),
        evidence=Evidence(sentence=ev.get("sentence", ""), start=int(ev.get("start", -1)),
                          end=int(ev.get("end", -1)), trigger=ev.get("trigger", "")),
        cameo=d.get("cameo", ""), goldstein=float(d.get("goldstein", 0.0)), quad_class=int(d.get("quad_class", 0)),
        date=d.get("date"), date_precision=d.get("date_precision", "published"), date_text=d.get("date_text", ""),
        location=None if not loc else Place(name=loc.get("name", ""), country=loc.get("country", ""),
                                            lat=loc.get("lat"), lon=loc.get("lon"), text=loc.get("text", "")),
        attribution=None if not att else Attribution(text=att.get("text", ""), actor=att.get("actor", ""),
                                                     sector=att.get("sector", "")),
        quantities={k: Quantity(value=v.get("value"), min=v.get("min"), approx=bool(v.get("approx", False)))
                    for k, v in (d.get("quantities") or {}).items()},
        negated=bool(d.get("negated", False)), uncertain=bool(d.get("uncertain", False)),
        hypothetical=bool(d.get("hypothetical", False)), confidence=float(d.get("confidence", 0.5)),
    )
