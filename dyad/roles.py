"""Role assignment: who is the source and who the target of a trigger.

:class:`RoleAssigner` is the interface; :class:`RuleRoles` is the rule-based assigner used for every
language. A parser-backed assigner (taking ``ArticleContext.parse``, e.g. a spaCy ``Doc``) can be
added beside it for languages that have a parser, without touching the other stages.

The rules, all driven by the language's cue words (docs/formats/lexicon.md):
- the clause around the trigger is bounded by ; : quotes, brackets and ``clause_break`` cues;
- source = the nearest actor before the trigger in the clause (skipping appositions between
  commas); a relative clause takes its antecedent; a coordinated second verb keeps the first verb's
  subject and ends the first verb's target search (:func:`coordinated_clause`); languages with
  ``subject_after_verb`` may take it after the verb; else the subject of the previous sentence carries
  over;
- target = the first actor after the trigger, preferring one after a ``target_prep``; ``coord``
  adds more targets ("sanzioni contro Iran e Russia" gives two events);
- passives (``passive_aux`` + trigger) and ``agent_prep`` phrases ("da parte di", "by") swap roles;
- ``rev`` frames swap roles, ``sym`` frames code both directions, ``intr`` frames need no target;
- actors inside an attribution phrase ("secondo l'intelligence sudcoreana") take no role.
"""

from __future__ import annotations

from .analysis import bisect_left  # (compiled: see there)
from dataclasses import dataclass, field
from typing import Any, Callable, Final, Protocol

from .analysis import NO_KINDS, SentenceView, TriggerMatch, Unit
from .entries import Language
from .matcher import _SCANNER, Token

BOUNDARY_TOKENS: Final = frozenset(";:«»“”„\"[]")
PREP_KINDS: Final = frozenset({"target_prep", "genitive", "agent_prep", "locative"})
PREP_KIND_LIST: Final = tuple(sorted(PREP_KINDS))  # (for meets)
PLACE_KINDS: Final = frozenset({"country", "capital", "city", "place"})
# (qc) the ArticleContext.last_source key of the last attack by an armed group (for "condemned the terror attack")
REBEL_ATTACK_KEY: Final = "ASSAULT/REB"
OF_KINDS: Final = frozenset({"genitive", "agent_prep", "locative"})  # phrases that hang on a noun or say where or by whom
AGENT_SECTORS: Final = frozenset({"GOV", "MIL", "REB", "SPY", "POL"})  # who attacks, arrests or strikes
STATE_SECTORS: Final = frozenset({"GOV", "MIL", ""})
NON_STATE: Final = frozenset({"REB", "OPP", "CIV"})
# what a state named as such may act against (not what acts for it: state media)
CIVIL_SOCIETY: Final = frozenset({"NGO", "MED"})
PHYSICAL_TYPES: Final = frozenset({"ASSAULT", "COERCE"})
EMBEDDING_TYPES: Final = frozenset({"REQUEST", "THREATEN"})
# tokens between an agreement noun and the provision verb it is the subject of ("le plan de paix américain prévoit")
PROVISION_SUBJECT_GAP: Final = 3
# tokens between a place after a locative and a bare object noun right after it (a number, an adjective:
# "töteten in Mali zwölf Zivilisten")
OBJECT_AFTER_PLACE_GAP: Final = 2
# tokens of the prepositional phrase (and auxiliary) between a subject and its verb ("la oficina de la ONU para los
# derechos humanos pidió", "l'ufficio dell'Onu per i diritti umani ha chiesto")
SUBJECT_PHRASE_GAP: Final = 5
PURPOSE_TO_VERB: Final = 3  # words between a purpose cue and its act ("para expresarle su apoyo", "pour lui exprimer")
PURPOSE_AFTER_CALL: Final = 8  # tokens from a call or meeting to its purpose cue ("a appelé X mardi soir pour lui exprimer")
# tokens between a passive act and the attack it happened in ("were killed in an Israeli air strike": "in an
# Israeli"; "sono state uccise in un raid": "in un")
CAUSE_GAP: Final = 4
REPORTING_TYPES: Final = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SUPPORT"})
OWNER_TYPES: Final = frozenset({"REJECT", "SUPPORT", "ACCUSE", "CONCEDE"})  # reactions to a proposal, plan, bid: its owner
VETO_MODE: Final = "veto"  # (qf) a THREATEN mode: a refusal until a condition is met, aimed at what it refuses' owner
AGENT_REACH: Final = 10  # (q14b) tokens from a passive or nominal trigger to its agent phrase ("dalla polizia")
RELATIVE_DOER_GAP: Final = 2  # words between a relative clause's subject and its verb of doing ("hanno condotto")
# (q15a) words from the first partner named after a meeting or call verb to a second one coordinated with it
# ("mit Chevron-Chef Mike Wirth und mit dem russischen Präsidenten": articles, titles, compounds)
SECOND_PARTNER_GAP: Final = 6
OPPOSITION_TYPES: Final = frozenset({"ACCUSE", "REQUEST", "SUPPORT"})  # an opposition leader's words with no addressee
ACTS_ON_PEOPLE: Final = frozenset({"ASSAULT", "COERCE", "CONCEDE"})  # acts done to a group that "including" may split
RELEASED_SECTORS: Final = frozenset({"CIV", "OPP", "MED", "NGO", "MIL"})  # people a release names: its target
HOSTILE_TYPES: Final = frozenset({"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"})  # acts that have a victim
# acts against someone that they may answer (deny the accusation, reject the measure, threaten to retaliate)
AGAINST_TYPES: Final = frozenset({"ACCUSE", "SANCTION", "COERCE", "ASSAULT", "THREATEN", "REJECT", "MOBILIZE"})
SAYING_TYPES: Final = frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST", "SUPPORT", "PROTEST"})  # what one says or shows
ANSWER_TYPES: Final = frozenset({"REJECT", "THREATEN", "ACCUSE"})  # reactions that may answer such an act
DEMAND_TYPES: Final = AGAINST_TYPES | {"REQUEST"}  # a coordinated verb that addresses someone who did wrong


@dataclass(slots=True, init=False)
class RoleAssignment:
    source: Unit
    target: Unit | None
    passive: bool = False
    carried: bool = False  # source taken from context, not from the clause
    target_fallback: bool = False  # target not in its usual place

    def __init__(self, source: Unit, target: Unit | None, passive: bool = False, carried: bool = False,
                 target_fallback: bool = False):
        self.source = source
        self.target = target
        self.passive = passive
        self.carried = carried
        self.target_fallback = target_fallback


@dataclass(slots=True, init=False)
class ArticleContext:
    # (init=False and an __init__ of its own, as RoleAssignment: the dataclass's generated __init__, with its
    # default factories, runs in the interpreter; this one is compiled)
    tokens: list[Token]
    lang: Language
    home: str | None = None
    prev_subject: Unit | None = None
    parse: Any = None  # a dependency parse of the article, for parser-backed assigners
    prior: list[tuple[TriggerMatch, RoleAssignment]] = field(default_factory=list)
    last_source: dict[str, Unit] = field(default_factory=dict)  # the last actor of each event type
    source_paragraph: dict[str, int] = field(default_factory=dict)  # the paragraph of each last_source
    last_dyad: tuple[Unit, Unit] | None = None  # the two parties of the last two-party event
    prev_dyad: tuple[Unit, Unit] | None = None  # the two parties of the two-party event before it (other codes)
    conflict_dyad: tuple[Unit, Unit] | None = None  # the two parties of the last hostile two-party event
    state_dyad: tuple[Unit, Unit] | None = None  # (q10b) the last two-party event with no organisation in it
    dyad_hostile: bool = False  # whether the last dyad is one
    dyad_type: str = ""  # (q13a) the type of the last dyad's event
    unclaimed: Unit | None = None  # (q13a) the victims of the last attack told without its doer, for a later claim
    last_accused: Unit | None = None  # (q13a) the target of the last accusation told, for "joined the criticism"
    last_held: Unit | None = None  # (q14a) the target of the last arrest or seizure told, for "Three were released"
    last_agree: tuple[Unit, Unit] | None = None  # the two parties of the last agreement told
    last_agree_at: tuple[int, int] = (-1, -1)  # its sentence and paragraph
    # the last actor who acted against each actor (by code): whom a reaction without a named target answers
    against: dict[str, Unit] = field(default_factory=dict)
    # the last actor who asked something of each actor (by code): whom a rejection of "the call" answers
    asked: dict[str, Unit] = field(default_factory=dict)
    # the last actor who accused each actor (by code): whom a rejection of "the accusations" answers
    accusers: dict[str, Unit] = field(default_factory=dict)
    # (q14a) the last actor each actor (by code) accused: whom its vow to retaliate answers when no one acted against it
    accused: dict[str, Unit] = field(default_factory=dict)
    text: str = ""  # the text the tokens index (its case: a capitalised word is a noun where nouns are)

    def __init__(self, tokens: list[Token], lang: Language, home: str | None = None, prev_subject: Unit | None = None,
                 parse: Any = None, prior: list[tuple[TriggerMatch, RoleAssignment]] | None = None,
                 last_source: dict[str, Unit] | None = None, source_paragraph: dict[str, int] | None = None,
                 last_dyad: tuple[Unit, Unit] | None = None, prev_dyad: tuple[Unit, Unit] | None = None,
                 conflict_dyad: tuple[Unit, Unit] | None = None, state_dyad: tuple[Unit, Unit] | None = None,
                 dyad_hostile: bool = False, dyad_type: str = "", unclaimed: Unit | None = None,
                 last_accused: Unit | None = None, last_held: Unit | None = None,
                 last_agree: tuple[Unit, Unit] | None = None, last_agree_at: tuple[int, int] = (-1, -1),
                 against: dict[str, Unit] | None = None, asked: dict[str, Unit] | None = None,
                 accusers: dict[str, Unit] | None = None, accused: dict[str, Unit] | None = None, text: str = ""):
        self.tokens = tokens
        self.lang = lang
        self.home = home
        self.prev_subject = prev_subject
        self.parse = parse
        self.prior = prior if prior is not None else []
        self.last_source = last_source if last_source is not None else {}
        self.source_paragraph = source_paragraph if source_paragraph is not None else {}
        self.last_dyad = last_dyad
        self.prev_dyad = prev_dyad
        self.conflict_dyad = conflict_dyad
        self.state_dyad = state_dyad
        self.dyad_hostile = dyad_hostile
        self.dyad_type = dyad_type
        self.unclaimed = unclaimed
        self.last_accused = last_accused
        self.last_held = last_held
        self.last_agree = last_agree
        self.last_agree_at = last_agree_at
        self.against = against if against is not None else {}
        self.asked = asked if asked is not None else {}
        self.accusers = accusers if accusers is not None else {}
        self.accused = accused if accused is not None else {}
        self.text = text


def against_key(code: str, sector: str) -> str:
    """The key of ArticleContext.against for an act within one country: its code and the sector acted against."""
    return code + "/" + sector


class RoleAssigner(Protocol):
    def assign(self, view: SentenceView, trig: TriggerMatch, ctx: ArticleContext) -> list[RoleAssignment]:
        """Source/target pairs for one trigger (empty when no source can be found)."""
        ...


QUOTES: Final = frozenset("«»“”„\"")
OPEN_ONLY: Final = frozenset("«„")  # “ opens in English and closes in German
CLOSE_ONLY: Final = frozenset("»”")


def _sentence_marks(view: SentenceView, tokens: list[Token]) -> None:
    """Find once per sentence its quotation marks, the punctuation that ends a clause and its clause-break
    cues (sorted token indices, kept on the view)."""
    found: tuple[list[int], list[int], list[int]] | None = None
    if _c_marks is not None:
        found = _c_marks(tokens, view.t0, view.t1, view.cue_starts, BOUNDARY_TOKENS, QUOTES, BREAK_KIND_LIST)
    quotes, punct, breaks = found if found is not None else _sentence_marks_py(view, tokens)
    view.quote_marks = quotes
    view.clause_marks = (punct, breaks)


_c_marks: Final[Callable[..., tuple[list[int], list[int], list[int]] | None] | None] = getattr(_SCANNER, "sentence_marks", None)


def _sentence_marks_py(view: SentenceView, tokens: list[Token]) -> tuple[list[int], list[int], list[int]]:
    """The quotation marks, clause-ending punctuation and clause-break cues of a sentence (in C as
    dyad/_scanner.c ``sentence_marks``)."""
    quotes: list[int] = []
    punct: list[int] = []
    for i in range(view.t0, view.t1):
        text = tokens[i].text
        if len(text) == 1 and text in BOUNDARY_TOKENS:  # (the marks are all one character)
            if text in QUOTES:
                quotes.append(i)
            else:
                punct.append(i)
    breaks = sorted([i for i, kinds in view.cue_starts.items() if opens_clause(kinds)])
    return quotes, punct, breaks


DURING_TO_NOUN: Final = 1  # words between a `during` cue and its meeting noun ("bei einem kurzen Telefonat")
MEDIUM_PREPS: Final = frozenset({"locative", "target_prep"})  # "à la télévision", "im Rundfunk", "on state TV"
MEASURE_TYPES: Final = frozenset({"SANCTION", "COERCE", "AGREE", "CONCEDE", "COOPERATE", "RETREAT", "AID"})  # a decision's acts
FRONTED_NP_TOKENS: Final = 3  # a fronted subject noun phrase and its auxiliary: "Le convoi a [quitté]"
DASHES: Final = frozenset({"–", "—"})
DATELINE_DASHES: Final = DASHES | {"-"}  # a spaced dash joins two clauses ("X hält Gelder zurück – Y droht mit Veto")
CLAUSE_PUNCT: Final = frozenset({",", ";", ":"}) | DASHES
INSERTED_BREAK_REACH: Final = 10  # (q10b: 8 missed ", whose troops have propped up Kiir's government since …") tokens back from a clause break to the relative pronoun that opened its inserted clause
def _set_by_during(view: SentenceView, t0: int, floor: int) -> bool:
    """Does a `during` cue introduce the meeting word at token ``t0`` ("bei einem kurzen Telefonat", "lors d'un
    entretien"), not before token ``floor``? The meeting is then the setting of the act told in its clause."""
    return view.has_cue("during", max(floor, t0 - DURING_TO_NOUN - 2), t0)


def _consequence_between(t: TriggerMatch, trig: TriggerMatch, tokens: list[Token], lang: Language) -> bool:
    """(qb) Does a comma and a gerund stand between trigger ``t`` and ``trig`` ("demanded a full debate, prompting a
    walkout by opposition MPs")? The clause after them tells what followed, not what was asked or threatened."""
    if not lang.gerund_endings:
        return False
    for i in range(t.t1, trig.t0 - 1):
        if tokens[i].text == "," and tokens[i + 1].text.endswith(lang.gerund_endings):
            return True
    return False


AUX_KINDS: Final = ("passive_aux", "aux")  # cues of a finite verb's auxiliary


def _in_closed_relative(view: SentenceView, t: TriggerMatch, trig: TriggerMatch) -> bool:
    """(qb) Is trigger ``t`` inside a relative clause on an actor's noun (at most one word between), closed by the auxiliary that
    opens ``trig``'s verb ("Trois agriculteurs qui refusaient de partir ont été arrêtés", "farmers who refused to leave
    were arrested"): the subject's description, not a verb ``trig`` depends on?"""
    if not meets(view.kinds_before(trig.t0), AUX_KINDS):
        return False
    for c in view.cues:
        if c.t0 >= t.t0:
            break
        if c.kind == "clause_break" and c.t1 == c.t0 + 1 and any(c.t0 - 2 <= u.t1 <= c.t0 for u in view.units) \
                and not any(c.t1 <= u.t0 < trig.t0 for u in view.units):
            return True
    return False


BREAK_KINDS: Final = frozenset({"clause_break", "subordinator"})  # cues that open a clause (as opens_clause spells out)
BREAK_KIND_LIST: Final = tuple(sorted(BREAK_KINDS))  # (for the C code)


def meets(kinds: frozenset[str], wanted: tuple[str, ...]) -> bool:
    """Is one of ``wanted`` among these cue kinds? (``kinds & {...}`` as a compiled test: `&` builds a set at every
    call, and most tokens have no cue kinds at all)"""
    if kinds:
        for k in wanted:
            if k in kinds:
                return True
    return False


def opens_clause(kinds: frozenset[str]) -> bool:
    """Is one of these cue kinds a clause opener (BREAK_KINDS)? (spelled out: frozenset.isdisjoint is a method
    looked up at every call, and a loop over BREAK_KINDS makes an iterator)"""
    return "clause_break" in kinds or "subordinator" in kinds


WHERE_RELATIVES: Final = frozenset({"donde", "dove"})  # (qa) es/it: a relative of place, subject dropped
SCARE_QUOTE_MAX: Final = 4  # tokens: a quoted phrase this short is a phrase of the sentence, not a quotation


def quoted(view: SentenceView, t: int, tokens: list[Token]) -> tuple[int, int] | None:
    """The token span [a, b) of the quotation holding token t, or None when t is not quoted.

    A closed quotation of at most ``SCARE_QUOTE_MAX`` tokens ('lodged its "strongest protest" yet
    against Beijing') is a phrase of the sentence, so it does not count as one.
    """
    if view.quote_marks is None:
        _sentence_marks(view, tokens)
    marks = view.quote_marks
    if not marks:
        return None
    spans = view.quote_spans
    if spans is None:
        spans = _quote_spans(view, marks, tokens)
        view.quote_spans = spans
    for opened, closed, span in spans:
        if opened < t < closed:
            return span
    return None


UNCLOSED: Final = 1 << 60  # (the end of a quotation that the sentence does not close: past any token)


def _quote_spans(view: SentenceView, marks: list[int], tokens: list[Token]) -> list[tuple[int, int, tuple[int, int] | None]]:
    """The quotations of a sentence, once: (opening mark, closing mark or UNCLOSED, what quoted() answers inside).
    They are disjoint and in order, so the first that holds a token is the one the marks' walk would find."""
    spans: list[tuple[int, int, tuple[int, int] | None]] = []
    opened = -1
    for i in marks:
        text = tokens[i].text
        if opened < 0 and text not in CLOSE_ONLY:
            opened = i
        elif opened >= 0 and text not in OPEN_ONLY:
            spans.append((opened, i, (opened + 1, i) if i - opened - 1 > SCARE_QUOTE_MAX else None))
            opened = -1
    if opened >= 0:
        spans.append((opened, UNCLOSED, (opened + 1, view.t1)))
    return spans


def clause_bounds(view: SentenceView, trig: TriggerMatch, tokens: list[Token]) -> tuple[int, int, bool]:
    """Token range [L, R) of the trigger's clause, and whether it opens with a clause-break cue.

    The clause runs from the last ; : [ ] or clause-break cue before the trigger to the first one after
    it. A quotation holding the trigger bounds its clause; quotation marks elsewhere do not ("the
    withdrawal will go “safely” and under the escort of the army" is one clause).
    """
    q = quoted(view, trig.t0, tokens)  # (also finds the sentence's marks)
    lo, hi = (q if q else (view.t0, view.t1))
    marks = view.clause_marks
    assert marks is not None  # (narrowed, not ignored: typed, the compiled code reads them as lists of ints)
    punct, breaks = marks
    L, rel = clause_start(view, tokens, trig.t0, lo)
    # after the last matched token: the first mark in [t1, hi) ends the clause
    R = hi
    i = bisect_left(punct, trig.t1)
    if i < len(punct) and punct[i] < R:
        R = punct[i]
    i = bisect_left(breaks, trig.t1)
    if i < len(breaks) and breaks[i] < R:
        R = breaks[i]
    return L, R, rel


def inserted_clause(view: SentenceView, trig: TriggerMatch, tokens: list[Token], L: int,
                    rel: bool, text: str = "") -> tuple[int, int] | None:
    """The token span [a, b) of a clause inserted between commas that closed before the trigger ("X, which
    Y backs, attacked Z"; "Le Tchad, où stationnaient des soldats français, a rompu …"), or None.

    ``L``/``rel`` are the trigger's clause start from :func:`clause_bounds`: the clause must open with a
    clause-break cue right after a comma (or with the comma itself, for cues written with one)."""
    if not rel or L < 1:
        return None
    if tokens[L].text == ",":
        opening = L
    elif tokens[L - 1].text == ",":
        opening = L - 1
    else:
        # "Zaslavsky, who has lived mostly in Dubai since 2022, rejected …": a second clause break inside the
        # inserted clause ("since", "after") is not where it opens; the relative pronoun right after the comma is
        # (looked for a few words back only)
        p = -1
        for i in range(L - 1, max(view.t0, L - INSERTED_BREAK_REACH) - 1, -1):  # (a loop: no generator made per call)
            if tokens[i].text in CLAUSE_PUNCT or tokens[i].text in QUOTES:
                p = i
                break
        if p <= view.t0 or tokens[p].text != "," or "clause_break" not in view.cue_starts.get(p + 1, ()):
            return None
        opening = p
    closing = [i for i in range(L + 1, trig.t0) if tokens[i].text == ","]
    if text and len(closing) == 2 and "subordinator" in view.cue_starts.get(L, ()) \
            and all(text[tokens[i].start:tokens[i].start + 1].isupper() for i in range(closing[0] + 1, closing[1])):
        # "…, mentre l'ambasciatore russo a Belgrado, Aleksandr Bocan-Harcenko, ha espresso …": the commas of an
        # appositive name in a clause of its own, not the end of an inserted clause
        return None
    if len(closing) == 2 and view.has_cue("subordinator", L - 1, L + 1) \
            and any(u.t1 == closing[0] and L < u.t0 <= L + 2 for u in view.units):
        # "…, while China, a close ally of Pakistan, condemned …", "…, mentre Pechino, principale alleato di
        # Islamabad, ha ribadito …": an actor alone after the subordinator, then an apposition between commas, is
        # the subject of the subordinate clause, not the end of a clause inserted in the one before (the subordinator
        # may end on the clause break: "mientras que Pekín, principal aliado de Islamabad, reiteró …")
        return None
    if not closing or opening <= view.t0:
        return None
    if any("clause_break" in view.cue_starts.get(i, ()) for i in range(closing[-1] + 1, trig.t0)):
        return None
    return opening, closing[-1] + 1


def clause_start(view: SentenceView, tokens: list[Token], t: int, lo: int) -> tuple[int, bool]:
    """Where the clause holding token ``t`` starts, no earlier than ``lo``, and whether a clause-break cue
    opens it: the nearest mark in [lo, t); punctuation opens the clause after it, a cue at it."""
    if view.clause_marks is None:
        _sentence_marks(view, tokens)
    marks = view.clause_marks
    assert marks is not None  # (see clause_bounds)
    punct, breaks = marks
    i = bisect_left(punct, t) - 1
    p = punct[i] if i >= 0 and punct[i] >= lo else -1
    i = bisect_left(breaks, t) - 1
    b = breaks[i] if i >= 0 and breaks[i] >= lo else -1
    if p < 0 and b < 0:
        return lo, False
    if p >= b:  # (punctuation and a cue at one token: the punctuation counts)
        return p + 1, False
    return b, True


# (q13a) cues that, opening a sentence, open a subordinate clause before the main verb (de "Wenn …, werde Russland …")
OPENING_CLAUSE_KINDS: Final = frozenset({"clause_break", "subordinator", "hypothetical"})
COORD_VERB_GAP: Final = 2  # tokens an auxiliary or adverb may take between a coordinator and its verb ("e ha ribadito")


def coordinated_clause(view: SentenceView, trig: TriggerMatch, tokens: list[Token], R: int,
                       determiners: frozenset[str] = frozenset()) -> int:
    """Where a coordinated verb clause after the trigger starts (its coordinator), or ``R`` when none does.

    A ``coord`` cue after the trigger followed, at most ``COORD_VERB_GAP`` tokens on, by another trigger
    with no actor between ("condemned the attack and called on …", "a condamné … et demandé au …", "ha
    condannato … e ha ribadito …", "verurteilte … und forderte …", "condenó … y pidió …") opens a clause
    that shares the subject but not the objects: "sanctions against Iran and Russia" (an actor after the
    coordinator) is no such clause. A coordinator followed directly by an ``aux`` cue (a finite auxiliary or
    modal: "e ha", "and will", "et a", "und hat", "y ha") opens one whatever its verb."""
    if not view.has_kind("coord"):
        return R  # (no coordinator in the sentence: the scan below finds none)
    trig_last = trig.t1 - 1
    for c in view.cues:
        if c.kind != "coord" or c.t0 <= trig_last:
            continue
        if c.t0 >= R:
            break
        nxt = [t for t in view.triggers if c.t1 <= t.t0 <= c.t1 + COORD_VERB_GAP]
        if not nxt and "aux" in view.cue_starts.get(c.t1, NO_KINDS):
            # "ha definito i dazi ingiustificati e ha fatto sapere che …", "and will": a finite auxiliary right
            # after the coordinator opens a clause of its own even when its verb is no trigger
            return c.t0
        if not nxt or nxt[0].entry.type == trig.entry.type:
            # ("attacked and killed five soldiers", "protestas y manifestaciones contra …": two verbs or nouns
            # of one kind share what follows)
            continue
        if c.t0 == trig_last + 1 and len(trig.matched) == 1:
            continue  # a bare verb right before the coordinator shares the object: "to visit and reopen the embassy"
        t0 = nxt[0].t0
        if any(c.t1 <= u.t0 < t0 or u.t0 < c.t1 < u.t1 for u in view.units) \
                or any(tokens[i].text in BOUNDARY_TOKENS or tokens[i].text == "," for i in range(c.t1, t0)) \
                or opens_noun_phrase(view, tokens, c.t1, determiners):
            continue
        return c.t0
    return R


def all_matched(t0: int, t1: int, matched: tuple[int, ...]) -> bool:
    """Are all tokens of [t0, t1) among a pattern's matched tokens? (a compiled scan of the few matched tokens: a
    set of them was built at every trigger)"""
    for t in range(t0, t1):
        if not _is_matched(t, matched):
            return False
    return True


def any_matched(t0: int, t1: int, matched: tuple[int, ...]) -> bool:
    """Is any token of [t0, t1) among a pattern's matched tokens?"""
    for m in matched:
        if t0 <= m < t1:
            return True
    return False


def _is_matched(t: int, matched: tuple[int, ...]) -> bool:
    """Is token t one of the pattern's matched tokens? (a loop over the tuple's ints: `in` compares boxed ints)"""
    for m in matched:
        if m == t:
            return True
    return False


def by_start(units: list[Unit], descending: bool = False) -> list[Unit]:
    """The units sorted by their first token, as ``sorted(units, key=start, reverse=descending)`` does (stably).
    (They come in order almost always: a compiled check then copies or reverses them; sorted() would call its key
    through the interpreter.)"""
    for i in range(1, len(units)):
        if units[i - 1].t0 >= units[i].t0:
            return sorted(units, key=_start, reverse=descending)
    return units[::-1] if descending else units[:]


def _start(u: Unit) -> int:
    return u.t0


def latest(units: list[Unit]) -> Unit:
    """The unit that starts last (the first of those that do), as ``max(units, key=start)`` gives."""
    best = units[0]
    for u in units:
        if u.t0 > best.t0:
            best = u
    return best


def uncovered(units: list[Unit], lo: int, hi: int) -> list[int]:
    """The tokens of [lo, hi) that no unit covers. (a compiled scan: a set of every unit's tokens was built)"""
    out: list[int] = []
    for t in range(lo, hi):
        if not any(u.t0 <= t < u.t1 for u in units):
            out.append(t)
    return out


def opens_noun_phrase(view: SentenceView, tokens: list[Token], a: int, determiners: frozenset[str]) -> bool:
    """Does an article or a preposition open what follows a coordinator at ``a`` ("and the killing of", "et
    l'enlèvement", "y de gases"), so that it is a noun phrase, not a verb ("y dispuso la movilización")?"""
    return a < len(tokens) and (tokens[a].text in determiners or meets(view.cue_starts.get(a, NO_KINDS), PREP_KIND_LIST))


class RuleRoles:
    """Rule-based roles from word order and cue words."""

    def assign(self, view: SentenceView, trig: TriggerMatch, ctx: ArticleContext) -> list[RoleAssignment]:
        if trig.entry.type in PHYSICAL_TYPES and len(trig.matched) == 1 and self._reported_noun(view, trig, ctx):
            # (q13a) "Die EU-Beobachtermission bestätigte die Festnahmen", "the monitors confirmed the arrests": an act
            # named as the object of a verb of saying is what the speaker reports, not the speaker's act; only a doer
            # named after the noun ("die Festnahme durch russische Grenzschützer") makes it an event here
            return [r for r in self._assign(view, trig, ctx) if r.source.t0 > trig.t0]
        if trig.entry.type in ANSWER_TYPES and view.has_cue("coord", max(view.t0, trig.t0 - 1 - COORD_VERB_GAP), trig.t0):
            speaker = self._speaker_of_completive(view, trig, ctx.tokens, ctx.prior)
            if speaker is not None:
                # (q11b) "Le Comité d'enquête russe affirme que les personnes arrêtées appartiennent à un réseau criminel et
                # nie tout mauvais traitement", "respondió que Argel «no tiene lecciones que dar» y acusó a su vecino": a
                # second act of saying coordinated after what the first verb said returns to that verb's subject
                out = self._assign(view, trig, ctx)
                targets = [r.target for r in out if r.target is not None and self._other(r.target, speaker)
                           and r.target.t0 > trig.t0]  # (q14a: not an actor of the completive, before the verb)
                if not targets:
                    targets = [u for u in view.units if trig.t0 < u.t0 and u.code and self._other(u, speaker)
                               and not meets(view.kinds_before(u.t0), ("locative", "genitive"))][:1]
                if not targets and self._answers(view, trig, trig.t1 - 1, view.t1):
                    # (a denial of what was done to the speaker's side answers whoever did it: see `reaction`)
                    answered = self._against(ctx, speaker)
                    targets = [answered] if answered is not None else []
                return [RoleAssignment(speaker, t, target_fallback=not out) for t in targets[:1]]
        if not view.has_cue("likewise", trig.t1, view.t1):
            return self._assign(view, trig, ctx)
        # (q11b) "L'Union africaine a condamné la tentative de putsch, tout comme le secrétaire général de l'ONU", "così
        # come la Francia", "al igual que Brasil": the actor after a `likewise` cue that follows a comma did the same, it
        # is no object of the verb: the act is told again with it as the subject
        tokens = ctx.tokens
        likes = [u for c in view.cues if c.kind == "likewise" and c.t0 > trig.t1 and tokens[c.t0 - 1].text == ","
                 and not any(tokens[i].text in CLAUSE_PUNCT for i in range(trig.t1, c.t0 - 1))
                 for u in view.units if c.t1 <= u.t0 <= c.t1 + 2][:1]
        if not likes or any(t.t1 <= trig.t0 and not any(tokens[i].text in CLAUSE_PUNCT for i in range(t.t1, trig.t0))
                            for t in view.triggers):  # (not an object noun of the verb before: "condenó el ataque ruso")
            return self._assign(view, trig, ctx)
        kept = view.units
        # (and its apposition: "le secrétaire général de l'ONU, António Guterres")
        appo = [u for u in kept if u.t0 == likes[0].t1 + 1 and tokens[likes[0].t1].text == ","]
        view.units = [u for u in kept if u is not likes[0] and u not in appo]
        try:
            out = self._assign(view, trig, ctx)
        finally:
            view.units = kept
        return out + [RoleAssignment(likes[0], r.target, r.passive, False, r.target_fallback)
                      for r in out if r.target is not None and self._other(r.target, likes[0])][:1]

    @staticmethod
    def _speaker_of_completive(view: SentenceView, trig: TriggerMatch, tokens: list[Token],
                               prior: list[tuple[TriggerMatch, RoleAssignment]]) -> Unit | None:
        """The subject of a verb of saying whose completive clause ("affirme que …", "respondió que …") the trigger
        follows after a coordinator, when no act was told between that clause's opening and the coordinator (a
        participle that modifies a noun, "les personnes arrêtées", is none), else None."""
        co = max([c for c in view.cues if c.kind == "coord" and c.t1 <= trig.t0 <= c.t1 + COORD_VERB_GAP],
                 key=lambda c: c.t0, default=None)
        if co is None:
            return None
        # (q13a) the comma that closes the completive may stand before the coordinator ("erklärte, die Bojen seien auf
        # russischem Gebiet ausgelegt worden, und warf Tallinn vor, …"), and a comma may open it where reported speech
        # needs no "that" (de); an apposition's closing comma may stand between the subject and the verb of saying
        end = co.t0 - 1 if co.t0 > 0 and tokens[co.t0 - 1].text == "," else co.t0
        for s in view.cues:
            if s.kind != "speech" or s.t1 > co.t0:
                continue
            opens = [(b.t0, b.t1) for b in view.cues if b.kind == "clause_break" and s.t1 <= b.t0 <= s.t1 + 1
                     and b.t1 < co.t0] or ([(s.t1, s.t1 + 1)] if s.t1 < end and tokens[s.t1].text == "," else [])
            told = [t for t, _ in prior if opens[0][0] <= t.t0 < co.t0] if opens else []
            if told and end < co.t0 and trig.entry.type in ANSWER_TYPES \
                    and all(t.entry.type in PHYSICAL_TYPES for t in told):
                # (q14a) "a affirmé que l'aviation avait détruit un convoi, et a accusé N'Djamena …": after a comma, an
                # accusation, denial or threat coordinated after the physical acts the completive told is the speaker's
                told = []
            if not opens or told or any(tokens[i].text in CLAUSE_PUNCT for i in range(opens[0][1], end)):
                continue
            subj = [u for u in view.units if u.t1 <= s.t0 and u.code and not meets(view.kinds_before(u.t0), PREP_KIND_LIST)
                    and (u.t1 == s.t0 - 1 and tokens[u.t1].text == ","
                         or not any(tokens[i].text in CLAUSE_PUNCT for i in range(u.t1, s.t0))
                         # (q14a) an apposition that names no actor between commas ("Son porte-parole, le général
                         # Nabil Abdallah, a affirmé")
                         or u.t1 < s.t0 - 2 and tokens[u.t1].text == "," and tokens[s.t0 - 1].text == ","
                         and not any(tokens[i].text in CLAUSE_PUNCT for i in range(u.t1 + 1, s.t0 - 1))
                         and not any(u.t1 < w.t0 < s.t0 for w in view.units))]
            if subj:
                return subj[-1]
        return None

    def _assign(self, view: SentenceView, trig: TriggerMatch, ctx: ArticleContext) -> list[RoleAssignment]:
        tokens = ctx.tokens
        L, R, rel = clause_bounds(view, trig, tokens)
        inserted = inserted_clause(view, trig, tokens, L, rel, ctx.text)
        if inserted is not None:
            # "Las milicias iraquíes, que cuentan con el apoyo de Irán, atacaron …": the relative clause
            # closed before the trigger, which belongs to the clause around it
            L, rel = clause_start(view, tokens, inserted[0], view.t0)
        elif rel and L >= 1 and "," in (tokens[L - 1].text, tokens[L].text):
            # inside such a clause ("The militias, which are backed by Iran, attacked …"): it ends at its comma
            R = next((i for i in range(trig.t1, R) if tokens[i].text == ","), R)
        # "a condamné l'attaque et demandé au Conseil de sécurité …", "verurteilte den Angriff und forderte die
        # Behörden auf": a coordinated verb opens a clause of its own, where this verb's target is looked for
        # only when nothing else names it (see the end)
        closed = False
        R_open = R
        co = coordinated_clause(view, trig, tokens, R, ctx.lang.determiners)
        if co < R:
            R, closed = co, True
        att = view.attribution
        if att is not None and rel and att[1] <= L and L - 1 > att[0] and tokens[L - 1].text == "," \
                and all(tokens[i].text != "," for i in range(att[0], L - 1)):
            # (q11b) "según fuentes militares marroquíes, que atribuyeron los disparos al Polisario", "selon un communiqué
            # du mouvement, qui a accusé Rabat": a relative clause hung on the reporter is the reporter's own act
            att = None
        # a generic noun the pattern itself names ("sent troops") is no party; a composed one is
        # ("expelled twelve French diplomats" keeps FRA)
        units = [u for u in view.units
                 if u.code and not (att and att[0] <= u.t0 < att[1])
                 and not (inserted and inserted[0] <= u.t0 < inserted[1])
                 and (not (all_matched(u.t0, u.t1, trig.matched) or u.home and any_matched(u.t0, u.t1, trig.matched))
                      # (but the people a release names are the ones released: "freed 31 political prisoners")
                      or trig.entry.type == "CONCEDE" and u.home and u.sector in RELEASED_SECTORS)]
        speakers = self._speakers(view, trig)
        if speakers:  # "…, South Korean intelligence said": the one who says takes no role in what is said
            # (`u not in speakers`, spelled out: the list's `in` runs the dataclass's interpreted __eq__ on every
            # speaker, and units of another span are never equal)
            units = [u for u in units if not any(s is u or s.t0 == u.t0 and s == u for s in speakers)]
        before = [u for u in units if L <= u.t0 and u.t1 <= trig.t0]
        quoted_before: list[Unit] = []
        if view.quote_marks and before and quoted(view, trig.t0, tokens) is None:
            # '"L'India cerca un pretesto", ha accusato il ministro della Difesa', '"Pakistan sponsors terror," the
            # minister charged': actors inside a quotation before the verb are what is said, not who says it (they
            # may be what an accusation or a threat is about: see the target below)
            quoted_before = [u for u in before if quoted(view, u.t0, tokens) is not None]
            if quoted_before:
                before = [u for u in before if all(u is not q for q in quoted_before)]
        after = [u for u in units if u.t0 > trig.t0 and u.t0 < R]
        between_before = self._between_before(before, view)
        if between_before and (any(all(u is not p for p in between_before) for u in before) or trig.entry.type in HOSTILE_TYPES):
            # "Il rappresentante dell'Ue per il dialogo tra Belgrado e Pristina ha telefonato …": the two named
            # after "between" are the parties of the noun before it, not the verb's subject or partners; (q11b) nor a
            # hostile act's subject when they are the only ones before it ("La crise entre l'Azerbaïdjan et la Russie
            # s'est aggravée avec l'expulsion de deux diplomates russes")
            before = [u for u in before if all(u is not p for p in between_before)]

        frame = trig.entry.frame
        passive = self._passive(view, trig, tokens, ctx.lang.not_participle)
        trig_last = trig.t1 - 1  # the last matched token
        # ("a"/"à" that may also say where, "arrestati a Minsk dalla polizia", does not close the search)
        # (a loop, not min(..., default=R): a call with a keyword argument goes through the interpreter's parsing)
        first_tprep = R
        for c in view.cues:
            if c.t0 >= first_tprep:
                break  # (the cues are sorted by their first token: none further on comes before it)
            if c.kind == "target_prep" and trig_last < c.t0 \
                    and "locative" not in view.cue_starts.get(c.t0, NO_KINDS) \
                    and any(c.t1 <= u.t0 <= c.t1 + 1 for u in units):
                # (q14b: nor one before a noun that is no actor, a place said as a thing: "arrestato all'aeroporto
                # di Malpensa dalla polizia", "fermati al confine dalla guardia di frontiera")
                first_tprep = c.t0
        # "attacked by X", "attacco da parte di X": an agent phrase before any target phrase
        # (q14b: ten tokens, not eight: a day and a place may stand before the agent, "è stato arrestato domenica
        # all'aeroporto di Milano Malpensa dalla polizia di frontiera")
        agent_after = [u for u in after if "agent_prep" in view.kinds_before(u.t0) and u.t0 <= first_tprep
                       and u.t0 - trig_last <= AGENT_REACH]

        # an earlier trigger in the same clause: coordinated ("attacked X and threatened Y") or nesting
        # this one ("vetoed a demand for a ceasefire", "accused X of attacking")
        earlier = [t for t in view.triggers if L <= t.t0 < trig.t0 and t.t1 <= trig.t0
                   and not (inserted and inserted[0] <= t.t0 < inserted[1])
                   # (not a meeting that is the setting of this clause: "Bei einem Telefonat sicherte X Y … zu")
                   and not _set_by_during(view, t.t0, L)
                   # (nor one inside a quotation before the verb that reports it)
                   and not (quoted_before and quoted(view, t.t0, tokens) is not None)
                   # (nor one inside a relative clause on the subject, closed before this verb's auxiliary)
                   and not _in_closed_relative(view, t, trig)]
        coordinated = False
        before_near = before
        if trig.entry.type == "CONSULT" and any(c.kind == "during" and 0 <= trig.t0 - c.t1 <= DURING_TO_NOUN
                                                for c in view.cues):
            # "sicherte Orbán bei einem Telefonat seine Solidarität zu", "l'a félicité lors d'un entretien": a call or
            # meeting that is the setting of the act told in its clause took place between that act's two parties
            done = [a for t, a in ctx.prior if L <= t.t0 < trig.t0 and a.target is not None]
            if done:
                one, other = done[-1].source, done[-1].target
                assert other is not None
                return [RoleAssignment(one, other), RoleAssignment(other, one)]
        if trig.entry.type != "CONSULT" and ctx.prior and view.has_cue("purpose", max(view.t0, trig.t0 - 8), trig.t0):
            # (q11b) "a appelé Aliyev pour lui exprimer sa solidarité", "ha telefonato a Grossi per chiedere il ritiro dei
            # militari russi": what a call or meeting is for is said to its partner by its subject (the actors named in
            # what is asked are no party), unless an addressee follows the verb
            pc = next((c for c in view.cues if c.kind == "purpose" and 0 <= trig.t0 - c.t1 <= PURPOSE_TO_VERB
                       and not any(c.t1 <= u.t0 < trig.t0 for u in view.units)), None)
            call = next((t for t, _ in ctx.prior[::-1] if pc is not None and t.t1 <= pc.t0), None)
            # (q12a) so is a demand a demonstration is held to make ("ont manifesté devant la préfecture pour exiger la
            # reprise des reconduites", "protested outside the embassy to demand …"): it is made to whom they protest
            # (qb) and so is a protest note a summons is made to hand over ("a convoqué l'ambassadeur pour lui remettre une
            # note de protestation"): the summoner protests to the one summoned
            if pc is not None and call is not None and (call.entry.type in ("CONSULT", "PROTEST")
                                                        or call.entry.type == "ACCUSE" == trig.entry.type) \
                    and pc.t0 - call.t1 <= PURPOSE_AFTER_CALL \
                    and not any(call.t1 <= t.t0 < trig.t0 and t is not call for t in view.triggers) \
                    and not any(c.kind == "target_prep" and c.t0 == trig_last + 1
                                and any(0 <= u.t0 - c.t1 <= 2 and u.kind != "demonym" for u in view.units)
                                for c in view.cues):
                told = [a for t, a in ctx.prior if t is call and a.target is not None and not a.carried]
                if told:
                    return [RoleAssignment(told[0].source, told[0].target)]
        # "Calling them cowardly attacks, he vowed …", "After the attack, he called for …": a subject pronoun right
        # before the verb, past any earlier trigger, is this verb's own subject (the previous sentence's actor)
        # (after the comma that closes the phrase before it: not "Germany said it had delivered …", whose "it" is
        # the speaker)
        # (the cues are read only when one of the kind ends right before the verb or one token earlier)
        pron_end = max([c.t1 for c in view.cues if c.kind == "subject_pronoun" and L < c.t0 and c.t1 <= trig.t0
                        and trig.t0 - c.t1 <= 1 and (tokens[c.t0 - 1].text == "," or c.t0 >= 2
                                                     and tokens[c.t0 - 1].text in QUOTES and tokens[c.t0 - 2].text == ",")
                        and all(t.t1 <= c.t0 for t in earlier)], default=-1) \
            if "subject_pronoun" in view.kinds_before(trig.t0) or "subject_pronoun" in view.kinds_before(trig.t0 - 1) \
            else -1
        own_pronoun = pron_end >= 0
        if any(t.t0 < trig.t0 and trig_last < t.t1 - 1 and t.entry.type != trig.entry.type
               for t in view.triggers):
            # inside a separable verb's frame ("lehnte den Vorschlag für eine Waffenruhe ab"): the event
            # noun is the verb's object, not an event of its own (one of the same type tells the same
            # event: "sind zu einem Gipfeltreffen zusammengekommen")
            return []
        if trig.entry.frame != "sym" and any(t.t0 < trig.t0 and trig_last < t.t1 - 1 and any(p is t for p, _ in ctx.prior)
                                             for t in view.triggers):
            # ... and once the frame has told it, the noun inside tells nothing more ("wurden bei einem israelischen
            # Luftangriff getötet"; a meeting noun still gives the way back: "trafen sich zu einem Gipfeltreffen")
            return []
        if earlier and any(c.kind == "copula" and earlier[-1].t1 <= c.t0
                           and trig.t0 - 1 - (tokens[c.t1].text in QUOTES) <= c.t1 <= trig.t0
                           for c in view.cues):  # (one adjective may stand between, "un chiaro avvertimento", and
            # an opening quote mark: 'sono un "severo avvertimento"')
            # "le esercitazioni sono un avvertimento di Pechino a Taiwan", "the drills are a warning from China
            # to Taiwan": a predicate noun is an event of its own, not the object of the verb before; its doer
            # is named right after it, else it is the doer of the event it predicates
            if trig.entry.type == "ACCUSE" and speakers and quoted(view, trig.t0, tokens):
                # „Die Blockade humanitärer Hilfe ist ein klarer Verstoß gegen das Völkerrecht“, erklärte Fletcher: a
                # quoted verdict on an event accuses the event's doer, and the speaker accuses (not the event's doer)
                topic = earlier[0]
                doer = next((a.source for t, a in ctx.prior if t is topic), None) or ctx.last_source.get(topic.entry.type)
                return [RoleAssignment(speakers[0], doer, target_fallback=True)] \
                    if doer is not None and self._other(doer, speakers[0]) else []
            return self._predicate(view, trig, trig_last, after, earlier[-1], ctx)
        if any(t.entry.type in EMBEDDING_TYPES and L <= t.t0 < trig.t0
               and not view.has_cue("coord", t.t1, trig.t0) and not _consequence_between(t, trig, tokens, ctx.lang)
               # (qb) nor one inside a clause inserted after the subject: "Al-Sadr, who did not call for the protest,
               # urged his followers …"
               and not (inserted and inserted[0] <= t.t0 < inserted[1])
               for t in view.triggers):
            return []  # "Egypt urged Israel to allow aid in": the requested or threatened act is no event
        if rel and any(t.entry.type in EMBEDDING_TYPES and t.t1 <= L <= t.t1 + 4 for t in view.triggers) \
                and not any(c.kind == "subordinator" and c.t0 <= L < c.t1 for c in view.cues) \
                and not self._after_quoted_content(view, trig, tokens, L):
            # "Pekín advirtió a Manila de que responderá …": the warning's content, a clause of its own (not a clause
            # a subordinator opens, "urged India to show restraint, while Beijing reaffirmed its support": another
            # actor's act beside the request)
            return []
        for c in view.cues:
            if c.t0 >= R:
                break  # (sorted cues)
            if c.kind != "provision" or c.t0 < L:
                continue
            # (a coordinated verb with a subject of its own is an act: "…, and Russia attacked"; "and the release
            # of prisoners" is one more thing provided for)
            if c.t1 <= trig.t0:
                k = max([x.t1 for x in view.cues if x.kind == "coord" and c.t1 <= x.t0 < trig.t0], default=0)
                if not k or opens_noun_phrase(view, tokens, k, ctx.lang.determiners) \
                        and not any(k <= u.t0 for u in before):
                    return []  # "the deal provides for the withdrawal of troops": what it provides for is no event
            if trig.t1 <= c.t0 <= trig.t1 + PROVISION_SUBJECT_GAP and not before \
                    and not any(tokens[i].text in ",;:" for i in range(trig.t1, c.t0)):
                return []  # "L'accord prévoit …": the agreement talked about as a text, not one made here
        if earlier:
            last = earlier[-1]
            last_end = last.t1
            before_near = [u for u in before if u.t0 >= last_end]
            # "attacked X and threatened Y", "lodged a protest against Beijing and summoned …",
            # "launched an attack on Ukraine, killing five": the second verb keeps the first's subject
            # ("un appello al cessate il fuoco ed alla difesa dei luoghi di culto, dopo il raid": a coordinator
            # before a noun phrase that a comma closes joins no verb to the trigger)
            coord_at = [c.t1 for c in view.cues if c.kind == "coord" and last_end <= c.t0 < trig.t0
                        and not (opens_noun_phrase(view, tokens, c.t1, ctx.lang.determiners)
                                 and any(tokens[i].text == "," for i in range(c.t1, trig.t0)))]
            bare_after_coord = coord_at and any(
                u.t0 >= coord_at[-1] and not meets(view.kinds_before(u.t0), PREP_KIND_LIST) for u in before_near)
            # "a condamné l'attaque et l'enlèvement de …": an article or a preposition after the coordinator
            # makes a second object of the verb before, not a verb of its own
            noun_after_coord = bool(coord_at) and trig.t0 - coord_at[-1] <= COORD_VERB_GAP \
                and opens_noun_phrase(view, tokens, coord_at[-1], ctx.lang.determiners)
            if noun_after_coord:
                coord_at = []
            # "…, killing five" (a participle right after a comma); "Il Papa, nel corso di una telefonata con
            # Netanyahu, ha rivolto un appello": an auxiliary after the comma that closes a phrase inserted after
            # the subject, holding the earlier trigger, continues the subject's clause
            comma = next((p for p in range(trig.t0 - 1, max(last_end, trig.t0 - 1 - COORD_VERB_GAP) - 1, -1)
                          if tokens[p].text == ","), -1)
            participle = comma >= 0 and not any(u.t0 >= comma for u in before_near) and (
                comma == trig.t0 - 1 or any(tokens[i].text == "," for i in range(L, last.t0))
                and not any(opens_noun_phrase(view, tokens, i, ctx.lang.determiners) for i in range(comma + 1, trig.t0)))
            coordinated = bool(coord_at and not bare_after_coord) or participle
            glue = uncovered(units, last_end, trig.t0)
            if not coordinated and last.entry.type != "ACCUSE" and len(glue) <= 2 \
                    and not any(tokens[t].text in CLAUSE_PUNCT for t in glue) \
                    and not self._noun_subject_then_verb(view, trig, last, L, tokens, ctx.lang.determiners) \
                    and not (frame == "sym" and view.has_cue("possessive", last_end, trig.t0)):
                # "vetoed a UN Security Council demand for a ceasefire": the noun is the verb's object
                return []
            if coordinated:
                before_near = []
            elif frame == "sym" and last.entry.type == trig.entry.type:
                return []  # "l'accordo con Nuova Delhi per un cessate il fuoco": one agreement, told twice
            own_demonym = bool(after) and after[0].t0 == trig_last + 1 and after[0].kind == "demonym" \
                and view.has_cue("target_prep", after[0].t1, min(R, after[0].t1 + 2))
            if not coordinated and not before_near and frame != "sym" and not own_demonym and not own_pronoun \
                    and not (agent_after and _consequence_between(last, trig, tokens, ctx.lang)):
                # nested under the earlier trigger: not an event of its own (unless it names its doer right
                # after it: "a condamné l'attaque israélienne contre Rafah"; or, with its doer after "by", follows
                # it as a consequence: "demanded a debate, prompting a walkout by opposition MPs")
                return []

        if own_pronoun:
            before_near = [u for u in before_near if u.t0 >= pron_end]  # (what stands before the pronoun is not it)
        between = self._between(after, view, trig_last) if trig.entry.type == "CONSULT" else []
        if between:
            # "hosted talks between the United States and Russia", "mediated talks between Israel and
            # Hamas": the two talk; the subject before is the host or mediator, who deals with each
            out = [RoleAssignment(a, b) for a in between for b in between if a is not b]
            host = self._nearest_before(before_near if earlier else before, tokens, view)
            if host is not None and all(host.code != p.code for p in between):
                out += [RoleAssignment(host, p) for p in between]
            return out
        if frame == "sym":
            parties_before = before_near if earlier else before
            if earlier and ctx.last_dyad is not None and self._both_after_comma(view, trig, tokens) \
                    and self._other(ctx.last_dyad[0], ctx.last_dyad[1]):
                # (qf) "traf seinen moldauischen Amtskollegen, beide unterzeichneten ein Abkommen": "both" opening a
                # clause of its own after a comma, right at its two-way verb, is the last dyad (the partner before the
                # comma is the earlier verb's object, not a party beside "both")
                one, other = self._both_pair(ctx, view)
                return [RoleAssignment(one, other, target_fallback=True), RoleAssignment(other, one, target_fallback=True)]
            if coordinated and earlier:
                # "Washington pledged …, signing agreements with Baku and Yerevan": the second verb keeps
                # the first verb's subject, who deals with each party named after it (not they with each other)
                # (the last earlier trigger that had one: a noun nested under the first verb names no subject,
                # "a condamné l'attaque et s'est entretenu avec …", as for the other frames below)
                subj = [s for e in earlier[::-1] for s in self._stated_subjects(ctx, e, L)]
                objs = [u for u in after if not u.home and "locative" not in view.kinds_before(u.t0)]
                if subj and objs and self._other(objs[0], subj[0]):
                    others = [objs[0]] + self._coordinated(objs[0], objs, tokens, view)
                    others = [u for u in others if self._other(u, subj[0])]
                    return [r for u in others for r in (RoleAssignment(subj[0], u), RoleAssignment(u, subj[0]))]
            if coordinated and earlier and not any(not u.home for u in after):
                # "si sono sentiti sulla linea diretta, … e hanno concordato di rispettare l'intesa", "met on Monday and
                # agreed to …": a second two-way verb with no party of its own is between the first one's parties
                shared = [a for t, a in ctx.prior if t is earlier[-1] and t.entry.frame == "sym" and a.target is not None]
                if shared:
                    return [RoleAssignment(a.source, a.target, target_fallback=a.target_fallback) for a in shared]
            if rel and not parties_before and all(u.home for u in after):
                # "a reçu le vice-ministre russe, avec qui il a signé un accord", "met the Turkish minister, with whom
                # he signed a deal": a relative pronoun that is the partner (an `object_relative`, after a comma)
                # names no one else (a generic noun after it, "la fourniture de drones", is no party); the act is
                # between the clause's subject and the noun phrase before the pronoun (else that clause's object)
                o_rel = [c.t0 for c in view.cues if c.kind == "object_relative" and 1 <= c.t0 <= L < c.t1
                         and tokens[c.t0 - 1].text == ","]
                told = [a for t, a in ctx.prior if o_rel and t.t1 <= o_rel[0] and a.target is not None
                        and not a.carried and a.source.t1 <= t.t0]
                if told:
                    host_subject = told[0].source
                    ante = self._antecedents(view.units, o_rel[0] - 1)
                    mate = ante[-1] if ante and self._other(ante[-1], host_subject) else told[0].target
                    if mate is not None and self._other(mate, host_subject):
                        return [RoleAssignment(host_subject, mate), RoleAssignment(mate, host_subject)]
            own = self._pronoun_main_subject(view, trig, L, units, tokens) if rel and not parties_before else None
            if own is not None:
                parties_before = [own]  # (q10a) "…, s'est rendu à Pemba, où il a rencontré le commandant …"
            elif rel and not parties_before and L >= 1 and tokens[L - 1].text == ",":
                # "the Kenyan president, who met the Somali leader": the relative clause's antecedent
                parties_before = self._antecedents_past_place(view, L, tokens, ctx.text)
            elif rel and ctx.lang.verb_final_subordinate and L >= 1 and tokens[L - 1].text == ",":
                # "Der kenianische Präsident, der den somalischen Staatschef traf": where the verb comes last, the
                # partner stands inside the relative clause, before the verb, and the antecedent is the other party
                parties_before = self._antecedents_past_place(view, L, tokens, ctx.text) + parties_before
            both_earlier = earlier
            told_pair: list[tuple[str | None, str | None]] = []
            for t, a in ctx.prior:
                if earlier and t is earlier[-1] and a.target is not None and a.source.code != a.target.code:
                    told_pair.append((a.source.code, a.target.code))
            if told_pair and ctx.last_dyad is not None and {told_pair[0][0], told_pair[0][1]} == {
                    ctx.last_dyad[0].code, ctx.last_dyad[1].code}:
                for c in view.cues:
                    if c.t0 >= trig.t0:
                        break
                    if c.kind == "anaphor_both" and c.t0 >= L + 2 and tokens[c.t0 - 2].text == "," \
                            and "coord" in view.cue_starts.get(c.t0 - 1, NO_KINDS):
                        # (qe) "…, où il a été reçu par son homologue, et les deux pays ont annoncé des exercices
                        # conjoints": "both" after ", and" opens a clause of its own, the two the verb before it just
                        # paired; who stands before it is no party
                        parties_before = [u for u in parties_before if u.t0 >= c.t0]
                        both_earlier = [t for t in earlier if t.t0 >= c.t0]
            both_ref = [u for u in after if u.home and self._in_cue(view, "anaphor_both", u)] if ctx.last_dyad else []
            caller = self._nearest_before(parties_before, tokens, view) if both_ref else None
            both_of = [u for u in after if u.home and any(
                c.kind == "anaphor_both" and u.t1 <= c.t0 <= u.t1 + 4 and "genitive" in view.kinds_before(c.t0)
                for c in view.cues)] if ctx.last_dyad else []
            if not both_ref and not both_of and not both_earlier and ctx.last_dyad is not None \
                    and view.has_cue("anaphor_both", L, trig.t0) and all(u.home for u in parties_before):
                # "I direttori delle operazioni militari dei due eserciti si sono sentiti", "the defence ministers of
                # both countries met": "both" before the meeting word, with no named party there (nor another verb
                # between: "called on both governments to respect the peace agreement"), names its two parties too
                # (generic nouns beside it are theirs)
                both_of, parties_before = parties_before or [ctx.last_dyad[0]], []
            if (both_ref or both_of) and not parties_before and ctx.last_dyad is not None \
                    and self._other(ctx.last_dyad[0], ctx.last_dyad[1]):
                # "Las negociaciones, encabezadas por los ministros de Defensa de ambos países": with no one before
                # the meeting word, "both countries" are its two parties, those of the last dyad
                return self._both_states(ctx, view)
            if ctx.last_dyad is not None and not both_earlier and not any(not u.home for u in parties_before + after) \
                    and view.has_cue("anaphor_both", L, trig.t0) and self._other(ctx.last_dyad[0], ctx.last_dyad[1]):
                # "Macron a reçu Ruto. Les deux chefs d'État ont signé une dizaine d'accords", "Both sides agreed to a
                # truce": "both" as the subject of a two-way act, with no one named around it, is the last dyad (not
                # an object of an earlier verb: "called on both governments to respect the peace agreement")
                return self._both_states(ctx, view)
            if caller is not None and ctx.last_dyad is not None:
                # "ha telefonato ai due governi", "called both governments": the two parties of the last dyad
                dyad = ctx.last_dyad
                if dyad[0].code == dyad[1].code and ctx.prev_dyad is not None \
                        and ctx.prev_dyad[0].code != ctx.prev_dyad[1].code \
                        and all(self._other(u, caller) for u in ctx.prev_dyad):
                    # (q13b) not a dyad inside one country told last (a rally against parliament) when the one before
                    # it is two states': "the two foreign ministers" are those two
                    dyad = ctx.prev_dyad
                pair = [u for u in dyad if self._other(u, caller)]
                if pair:
                    # (inferred parties: they leave the last dyad as it was, for a later "both sides")
                    return [r for u in pair for r in (RoleAssignment(caller, u, target_fallback=True),
                                                      RoleAssignment(u, caller, target_fallback=True))]
            out = self._symmetric(parties_before, after, view, ctx, trig.t1, trig.t0)
            if not out and view.has_cue("possessive", max(L, trig.t0 - 2), trig.t0):
                # "Putin and Xi agreed ... during their meeting": the parties of the two-way event just told
                pairs = [(a.source, a.target) for t, a in ctx.prior if t.entry.frame == "sym" and a.target is not None]
                if pairs:
                    one, other = pairs[-1]
                    out = [RoleAssignment(one, other), RoleAssignment(other, one)]
            if not out and trig.entry.type == "CONSULT" and not any(u.t0 - trig.t1 <= 3 for u in after):
                # "The deal was signed by X and Y after two days of talks", "einigten sich nach langen Verhandlungen":
                # talks that name no party (nor one right after them: "talks that Chinese state media described as …"),
                # told after an agreement in their sentence, were between its parties
                pairs = [(a.source, a.target) for t, a in ctx.prior if t.entry.type == "AGREE" and t.entry.frame == "sym"
                         and view.t0 <= t.t0 < trig.t0 and a.target is not None and not a.target_fallback]
                if pairs:
                    one, other = pairs[-1]
                    out = [RoleAssignment(one, other, target_fallback=True), RoleAssignment(other, one, target_fallback=True)]
            return out

        source: Unit | None = None
        target: Unit | None = None
        carried = fallback = False
        if rel and ctx.lang.verb_final_subordinate and frame == "sv" and L >= 1 and tokens[L - 1].text == "," \
                and trig.t1 < R and "passive_aux" in view.cue_starts.get(trig.t1, NO_KINDS):
            # "den deutschen Frachter, der am Montag von somalischen Piraten gekapert worden war": a participle that its
            # passive auxiliary follows, in a verb-final relative clause, is a passive: the actor after "von"/"durch"
            # before it is the doer, the noun phrase the clause hangs on the one it was done to
            # (German "von" is listed as an of-word: a preposition, not an article, before the actor or its article)
            dets = ctx.lang.determiners
            doers = [u for u in before if "agent_prep" in view.kinds_before(u.t0) or any(
                c.kind == "genitive" and tokens[c.t0].text not in dets
                and (c.t1 == u.t0 or c.t1 == u.t0 - 1 and tokens[c.t1].text in dets) for c in view.cues)]
            ante = self._antecedents_past_place(view, L, tokens, ctx.text, ctx.lang.nouns_capitalised)
            if doers and ante and self._other(ante[-1], doers[-1], trig.entry.type in HOSTILE_TYPES):
                return [RoleAssignment(doers[-1], ante[-1], True)]
        if frame == "rev" and passive:  # "il presidente siriano è stato ricevuto dal principe saudita"
            source = self._nearest_before(before, tokens, view)
            if source is None and rel and trig.entry.type == "CONSULT":
                # (qe) "s'est rendu à Bakou, où il a été reçu par son homologue": the sentence's subject is the guest
                source = self._pronoun_main_subject(view, trig, L, units, tokens)
            target = agent_after[0] if agent_after else None
            if source and target and trig.entry.type == "CONSULT":  # (qe) a reception is a meeting: both directions,
                return [RoleAssignment(source, target, True), RoleAssignment(target, source, True)]  # as when active
            return [RoleAssignment(source, target, True)] if source and target else []
        if frame == "rev" and "passive_aux" in view.cue_starts.get(trig.matched[0], ()) and all(
                u is view.where or "locative" in view.kinds_before(u.t0) for u in before):
            # "Am Sonntag wurden 20 Soldaten von bewaffneten Männern getötet": with the subject after the
            # auxiliary (only a place before it: "In Nigeria wurden ..."), the actor after "von"/"by" inside the
            # frame is the doer, the bare one before it the patient
            inside = [u for u in after if u.t1 <= trig_last]
            for i, u in enumerate(inside[1:], 1):
                if meets(view.kinds_before(u.t0), ("agent_prep", "genitive")) and not (
                        meets(view.kinds_before(inside[0].t0), PREP_KIND_LIST)) and self._other(inside[0], u):
                    return [RoleAssignment(u, inside[0], True)]
        if frame == "rev" and not agent_after and trig.entry.type in PHYSICAL_TYPES \
                and "passive_aux" in view.cue_starts.get(trig.matched[0], ()):
            # "Drei Zivilisten wurden in Gaza bei einem israelischen Luftangriff getötet": with no agent phrase, an
            # attack named inside the frame with its doer's adjective says who did it (as "killed in an Israeli
            # air strike" does after the participle)
            for t in view.triggers:
                if t is not trig and t.entry.type == "ASSAULT" and trig.matched[0] < t.t0 and t.t1 <= trig.matched[-1]:
                    doers = [u for u in after if RuleRoles._adjective_of(u, t)]
                    # the patient: the subject before the auxiliary, else (only a place before it: "Im Südlibanon
                    # wurden zwei Hisbollah-Kämpfer …") the first bare actor after it
                    subj = [u for u in before if u is not view.where and "locative" not in view.kinds_before(u.t0)]
                    patient = self._nearest_before(subj, tokens, view) if subj else next(
                        (u for u in after if u.t1 <= t.t0 and not meets(view.kinds_before(u.t0), PREP_KIND_LIST)
                         and all(u is not d for d in doers)), None)
                    if doers and patient is not None and self._other(patient, doers[0]):
                        return [RoleAssignment(doers[0], patient, True)]
        if frame == "rev":
            # (a place after "in" is where: "wurden im Westjordanland von israelischen Soldaten erschossen")
            src = agent_after or [u for u in after if not meets(view.kinds_before(u.t0), ("target_prep", "locative"))] \
                or [u for u in after if "target_prep" not in view.kinds_before(u.t0)] or after
            source = src[0] if src else None
            target = self._nearest_before(before_near or before, tokens, view)
            if target is None and not before and not passive and ctx.prev_subject is not None \
                    and ctx.prev_subject.code and view.has_cue("subject_pronoun", L, trig.t0):
                # (qb) "Il a reçu lundi un émissaire du maréchal", "He hosted the Somali president": a host named by a
                # subject pronoun is the previous sentence's actor
                target = ctx.prev_subject
            if target is None and not agent_after and trig.entry.type == "CONCEDE" and ctx.last_held is not None \
                    and self._counted_subject(view, trig, tokens, ctx):
                # (q14a) "Three were released on Monday", "zwei wurden freigelassen": a number alone as the subject
                # counts some of the people last told held
                target = ctx.last_held
            if not agent_after and target is not None and (captor := self._captor(trig, target, ctx)) is not None:
                # ("two crew members were released", "had been released and allowed to sail back to China": no agent
                # phrase, so the captor, not an actor named after the verb)
                source = captor
            if source is None and target is not None and trig.entry.type == "ASSAULT":
                ctx.unclaimed = target  # (q13a) "wurden bei einem Angriff getötet": see _claimed
            if source is not None and target is None:
                target = self._claimed(view, trig, ctx, source)  # (q13a) "the attack was claimed by ISWAP"
            if source is None or target is None:
                return []
            if trig.entry.type == "CONSULT":  # hosting a visitor is a meeting: both directions
                out = [RoleAssignment(source, target, passive), RoleAssignment(target, source, passive)]
                guest = self._second_guest(view, trig, after, source, target) if not passive and not agent_after else None
                if guest is not None:  # (qe) "a reçu l'émissaire américain, puis l'ambassadeur de France": each guest
                    out += [RoleAssignment(guest, target), RoleAssignment(target, guest)]
                return out
            return [RoleAssignment(source, target, passive)]

        if passive:
            source = agent_after[0] if agent_after else None
            target = self._nearest_before(before, tokens, view)
            if source is None and trig.entry.type in PHYSICAL_TYPES:
                cause = self._cause(view, trig, after, R)
                if cause is not None:
                    source, attack = cause
                    if target is None or target.home and target.code == source.code:
                        # "soldiers were killed in a Russian drone attack on Kharkiv": the attack's own target
                        # says whose they were, not the article's main country
                        hit = [u for u in after if u.t0 >= attack.t1 and "target_prep" in view.kinds_before(u.t0)
                               and self._other(u, source)]
                        target = hit[0] if hit else target
            if target is None and source is None and trig.entry.type == "CONCEDE" and ctx.last_held is not None \
                    and self._counted_subject(view, trig, tokens, ctx):
                target = ctx.last_held  # (q14a) "Deux ont été libérés mardi": as in the rev frame above
            elif source is None and trig.entry.type == "CONCEDE" and target is not None and target.home \
                    and ctx.last_held is not None and ctx.last_held.code and ctx.last_held.code != target.code:
                # (qa) "Los pescadores fueron liberados": a bare noun read only by the article's home country, freed
                # with no agent phrase, names the people last told held, whose country they are
                target = ctx.last_held
            if source is None and target is not None:
                source = self._captor(trig, target, ctx)
            if source is None and target is not None and trig.entry.type == "COERCE" and not target.home:
                # "Two French citizens were arrested in Iran", "Due cittadini francesi sono stati arrestati in Iran": an
                # arrest told with no agent phrase and no captor told before is the act of the state where it happened
                # (a country or city after a locative, of another country than the people held)
                for u in after:
                    if u.t0 >= trig.t0 and u.code and u.code != target.code and u.code != "---" \
                            and (u.kind == "country" or u.kind == "capital" or u.kind == "city") \
                            and "locative" in view.kinds_before(u.t0):
                        source = u
                        break
            if source is None:
                if trig.entry.type == "ASSAULT" and target is not None:
                    ctx.unclaimed = target  # (q13a) "Six soldiers were killed in an attack on a post": see _claimed
                if frame == "intr" and target is not None:
                    # "El ejército serbio fue puesto en alerta máxima": an act with no other party, told in
                    # the passive, is the subject's own
                    return [RoleAssignment(target, None, True)]
                return []
            if trig.entry.type in REPORTING_TYPES:
                # "L'attacco dell'esercito israeliano contro l'ospedale è stato condannato dall'Egitto": what
                # is condemned is an event of this clause, so its doer is the target
                done = [a for t, a in ctx.prior if L <= t.t0 < trig.t0 and a.source is not None]
                if done and self._other(done[0].source, source):
                    target = done[0].source
            if target is None and rel:  # "the militias, which are backed by Iran": the antecedent
                ante = [u for u in self._antecedents(view.units, L) if u is not source]
                target = ante[-1] if ante else None
            if target is None:
                target = self._claimed(view, trig, ctx, source)
            if target is None:  # "È stato arrestato dalla polizia russa un giornalista americano"
                rest = [u for u in after if u is not source and self._other(u, source)]
                target = rest[0] if rest else None
            targets = [target] if target else []
            return [RoleAssignment(source, t, True) for t in targets] or \
                ([RoleAssignment(source, None, True)] if frame == "intr" else [])

        subject_before = coordinated or any(not meets(view.kinds_before(u.t0), PREP_KIND_LIST) for u in before_near)
        adjective_agent = bool(after) and after[0].t0 == trig_last + 1 and after[0].kind == "demonym"
        # "France condemned the executions carried out by RSF fighters": a participle before the agent
        # phrase makes it the event noun's agent, whatever the clause's subject
        stated_agent = [u for u in agent_after if self._after_agent_participle(view, u, trig_last)]
        if stated_agent and not adjective_agent:
            agent_after = stated_agent
        # "Le Qatar a annoncé la libération de quatre otages par le Hamas": the subject of a verb of saying whose
        # object the event noun is only announces it
        announced = max([c.t0 for c in view.cues if c.kind == "speech" and c.t1 <= trig.t0 <= c.t1 + 1], default=-1) \
            if "speech" in view.kinds_before(trig.t0) or "speech" in view.kinds_before(trig.t0 - 1) else -1
        if agent_after and (stated_agent or not subject_before or announced >= 0) and not adjective_agent:
            # (with a subject, a bare "da/from X" is where from, not who)
            source = agent_after[0]
            # a nominal with its agent ("l'attacco da parte di X contro Y", "the Gaza attack by X"):
            # the target follows, or stands right before the trigger
            near = [u for u in before if u.t1 >= trig.t0 - (0 if stated_agent else 2) and u.t0 > announced]
            target = near[-1] if near else None
            if target is None:
                # ("i dazi decisi da Bruxelles sul biodiesel indonesiano": a demonym after the noun of the
                # target phrase is that phrase's country)
                rest = [u for u in after if u is not source and u.code != source.code
                        and (not stated_agent or "target_prep" in view.kinds_before(u.t0)
                             or u.kind == "demonym" and "target_prep" in view.kinds_before(u.t0 - 1))]
                target = rest[0] if rest else None
            if target is None and stated_agent and trig.entry.type in ANSWER_TYPES:
                # "la condanna giunta da Taipei", "the condemnation voiced by Taipei": a reaction with its
                # doer stated and no object answers the last actor who acted against that doer
                answered = self._against(ctx, source)
                if answered is not None:
                    return [RoleAssignment(source, answered, target_fallback=True)]
            if target is None and frame != "intr":
                return []
            return [RoleAssignment(source, target)]

        # "L'armée a affirmé avoir « neutralisé plusieurs terroristes »", "erklärte, „mehrere Terroristen im
        # Norden getötet“ zu haben": a quotation that continues a verb of saying, opening with its verb (closing
        # with it where verbs go last), is the speaker's own act, and what else it names is the object
        speaker = None if coordinated else self._speaker_before_quote(view, trig, tokens, units,
                                                                      ctx.lang.verb_final_subordinate)
        if speaker is not None:
            source = speaker
            after = [u for u in before_near if u is not speaker] + after
        elif coordinated:
            # the subject of the first verb of the chain: the nearest earlier verb whose source stood before
            # it ("a condamné l'attaque israélienne … et demandé": not the attack's doer), else the clause's
            # subject, else an actor named in an of-phrase ("La Commission de l'Union africaine a condamné
            # … et exprimé sa solidarité")
            chain = earlier
            if view.has_cue("aux", trig.t0 - 1, trig.t0) and view.has_cue("coord", trig.t0 - 2, trig.t0 - 1):
                # (q14b) "ha accusato gli Stati Uniti di abusare … per colpire le imprese cinesi e ha avvertito che …": a
                # finite verb after "e ha" continues the chain of the first verb, not an act nested in what it says
                # (one whose subject is an earlier verb's object: the accused's alleged act)
                objects = [a.target for t, a in ctx.prior if a.target is not None and any(t is e for e in earlier)]
                chain = [e for e in earlier if not any(s is o for s in self._stated_subjects(ctx, e, L)
                                                       for o in objects)] or earlier
            prev = [s for e in chain[::-1] for s in self._stated_subjects(ctx, e, L)]
            first_of_last = [a.source for t, a in ctx.prior if t is chain[-1]]
            source = prev[0] if prev else first_of_last[0] if first_of_last else (
                self._subject(before, view) or self._nearest_before(before, tokens, view))
            # "accused China's coast guard of boarding a fishing boat and detaining its crew": a verb form that is no
            # finite verb (a gerund, `gerund_endings`) joined inside what an accusation alleges is the accused's act
            accused = [a.target for t, a in ctx.prior if t is earlier[-1] and t.entry.type == "ACCUSE" and not a.passive
                       and a.target is not None and t.t1 <= a.target.t0 and a.target.t1 <= trig.t0]
            if accused and ctx.lang.gerund_endings and tokens[trig.t0].text.endswith(ctx.lang.gerund_endings):
                source = accused[0]
        elif rel and ctx.lang.verb_final_subordinate and (first := self._subject(before_near, view)) is not None:
            # "…, dass Russland ukrainische Städte angegriffen habe": the subject opens the clause and
            # the objects stand between it and the verb
            source = first
            after = [u for u in before_near if u.t0 > first.t0] + after
        elif not earlier and (relative := self._relative_doers(view, trig, tokens))[0]:
            # "i raid aerei che le forze statunitensi e britanniche hanno condotto sulla città", "the strikes that
            # US forces carried out on …": an event noun whose relative clause has a subject and a verb of doing
            # (an `agent_participle` word) was done by that subject, to the first other actor after the verb
            doers, end = relative
            hit = [u for u in view.units if u.t0 >= end and all(self._other(u, d, True) for d in doers)]
            return [RoleAssignment(d, hit[0]) for d in doers] if hit else []
        elif accused := [a.target for t, a in ctx.prior if earlier and t is earlier[-1] and t.entry.type == "ACCUSE"
                         and a.passive and a.target is not None and a.target.t1 <= t.t0]:
            # "L'Iran a été accusé par les États-Unis de fournir des drones à la Russie": what the accused is
            # accused of is the accused's act, not the accuser's (named after "par", before the verb)
            source = accused[0]
            after = [u for u in after if u is not source]
        else:
            source = self._nearest_before(before_near, tokens, view, trig.t0)
            if source is None and before_near and before_near[-1].t1 == trig.t0 and before_near[-1].kind == "demonym":
                # "bei einem israelischen Luftangriff", "after a Russian attack": the adjective of the event noun
                # is its doer, whatever preposition opens the phrase
                source = before_near[-1]
        if source is not None and ctx.lang.verb_second and source.t0 - L >= 2 \
                and (meets(view.kinds_before(source.t0), ("locative", "target_prep", "agent_prep"))
                     or any(source is p for p in between_before)
                     # (or deeper inside a phrase that a preposition opens: "Nach der Festnahme eines iranischen
                     # Agenten hat die Bundesregierung zwei Diplomaten ausgewiesen")
                     # (after a dateline: "BERLIN (dpa) - Nach der Festnahme …")
                     or not rel and view.cue_starts.get(opening := 1 + max(
                         [i for i in range(L, source.t0) if tokens[i].text in DATELINE_DASHES], default=L - 1),
                         NO_KINDS) & {"locative", "target_prep"}
                     and not any(tokens[i].text in CLAUSE_PUNCT for i in range(opening, trig.t0))) \
                and not (ctx.lang.nouns_capitalised and ctx.text[tokens[trig.t0].start:tokens[trig.t0].start + 1].isupper()):
            # "In Tiflis protestierten Tausende", "Nach dem Angriff auf Kiew verurteilte Frankreich …":
            # only prepositional phrases stand before the verb, so its subject follows it (not before a noun:
            # "Bei einem israelischen Luftangriff im Libanon wurden drei Menschen getötet"); so do the two of a
            # "zwischen X und Y" phrase ("Nach Gefechten zwischen Thailand und Kambodscha hat Malaysia …")
            bare = [u for u in after if not meets(view.kinds_before(u.t0), PREP_KIND_LIST)]
            if bare:
                source = bare[0]
                after = [u for u in after if u is not source]
        elif source is None and ctx.lang.verb_second and att and att[1] <= trig.t0 and not before_near:
            # "Nach Angaben des Militärs griffen russische Drohnen Odessa an": the attribution fills the place
            # before the verb, so the subject follows it
            bare = [u for u in after if u.t0 < trig.t1 + 3 and not meets(view.kinds_before(u.t0), PREP_KIND_LIST)]
            if bare:
                source = bare[0]
                after = [u for u in after if u is not source]
        if source is not None and ctx.lang.verb_second and source.t1 <= trig.t0 and L <= view.t0 + 1 \
                and (v2_at := min(trig.matched)) > view.t0 + 2 and tokens[v2_at - 1].text == "," \
                and source.t0 < v2_at - 1 and view.cue_starts.get(view.t0, NO_KINDS) & OPENING_CLAUSE_KINDS:
            # (q13a) "Sollte Estland weitere Bojen ausbringen, werde Russland … reagieren", "Wenn …, droht Berlin …": a
            # sentence that opens with a subordinate clause has the main verb right after its comma, and the subject
            # after that verb; the actor inside the subordinate clause is not the subject, it may be the object
            bare = [u for u in after if v2_at < u.t0 < trig.t1 + 3 and not meets(view.kinds_before(u.t0), PREP_KIND_LIST)]
            if bare:
                source, old = bare[0], source
                after = [u for u in after if u is not source and u.t0 > v2_at] + [old]
        if source is not None and ctx.lang.verb_second and ctx.lang.nouns_capitalised and len(trig.matched) == 1 \
                and ctx.text[tokens[trig.t0].start:tokens[trig.t0].start + 1].islower():
            # (q13a) "Russische Grenzschützer haben nach Angaben des georgischen Staatssicherheitsdienstes am Montag zwei
            # georgische Bauern … festgenommen": a lone participle (lower case: a verb) whose auxiliary stands further
            # back than a pattern's gap reaches has its subject before that auxiliary; what stands between is its object
            aux_at = next((c.t0 for c in view.cues if c.kind == "aux" and L < c.t0 < source.t0), -1)
            front = [u for u in before if u.t1 <= aux_at and not meets(view.kinds_before(u.t0), PREP_KIND_LIST)]
            if front and self._other(source, front[-1], True):
                source, old = front[-1], source
                after = [old] + after
        if source is not None and ctx.lang.verb_second and ctx.prev_subject is not None and ctx.prev_subject.code \
                and L + 1 < source.t0 and source.t1 <= trig.t0 and "subject_pronoun" in view.cue_starts.get(L, NO_KINDS) \
                and "aux" in view.cue_starts.get(L + 1, NO_KINDS) and self._other(source, ctx.prev_subject, True):
            # (q13a) "Sie hat die De-facto-Behörden in Zchinwali zur Freilassung aufgefordert": a subject pronoun opening
            # the clause before its auxiliary is the subject (the previous sentence's actor); the actor in the middle
            # field is the object, not the subject
            source, old, carried = ctx.prev_subject, source, True
            after = [old] + after
        if source is None and after and after[0].t0 == trig.t1 and after[0].kind == "demonym":
            source = after[0]  # "un attacco statunitense contro …", "le raid israélien sur …"
            after = after[1:]
        # (right after a comma, or opening with a preposition, which no conjunction does: "cuatro empresas a las que
        # acusa de", "the man to whom"; a bare "que" with no comma is as often "that")
        obj_rel = [c.t0 for c in view.cues if c.kind == "object_relative" and 1 <= c.t0 <= L < c.t1
                   and (tokens[c.t0 - 1].text == "," or "target_prep" in view.cue_starts.get(c.t0, NO_KINDS))] \
            if rel else []
        if obj_rel:
            # "…l'Algérie, qu'ils ont accusée d'avoir abattu un drone", "…Argelia, a la que acusaron de …": the
            # pronoun is the verb's object, so the noun phrase before it is the target, and the subject is the
            # one named in the clause (else the subject of the clause the relative hangs on)
            obj = [u for u in self._antecedents(view.units, obj_rel[0]) if not (att and att[0] <= u.t0 < att[1])]
            if obj:
                subjects = [source] if source is not None else []
                for t, a in ctx.prior:
                    if not subjects and t.t1 <= L and not a.carried and a.source.t1 <= t.t0:
                        subjects = [a2.source for t2, a2 in ctx.prior if t2 is t]
                return [RoleAssignment(s, obj[-1]) for i, s in enumerate(subjects)
                        if self._other(obj[-1], s) and all(s is not o for o in subjects[:i])]
        if source is None and rel and not before and ctx.lang.drops_subjects:
            # "Il ministero … ha annunciato che risponderà in modo speculare": a clause opened by "che"/"que" right
            # after a verb of saying, with no subject of its own, tells what the speaker will do: the speaker is its
            # subject (not the previous sentence's actor, nor a noun before the complementiser)
            said = [c for c in view.cues if c.kind == "speech" and c.t0 < L and L <= c.t1 <= L + 1]
            if said:
                source = self._subject([u for u in units if view.t0 <= u.t0 and u.t1 <= said[0].t0], view)
        if source is None and rel and not before:
            source = self._pronoun_main_subject(view, trig, L, units, tokens)
        if source is None and rel:
            # a relative clause takes the noun phrase just before its pronoun: "il gruppo, che ha attaccato"
            ante = [u for u in self._antecedents(view.units, L) if not (att and att[0] <= u.t0 < att[1])]
            source = ante[-1] if ante else None
            if source is None and not before and any(c.kind == "document" and L - 1 <= c.t1 <= L for c in view.cues):
                # (q14b) "aprobó una declaración que insta al Ejecutivo a …", "ha approvato una mozione che chiede al
                # governo di …": a relative clause with no subject of its own, hung on a text newly named (a `document`
                # cue, with its indefinite article), tells what its author, the subject of the clause it hangs on, does
                source = self._subject([u for u in units if view.t0 <= u.t0 and u.t1 <= L
                                        and quoted(view, u.t0, tokens) is None], view)
            if source is None and not before and meets(view.kinds_before(L), PREP_KIND_LIST):
                # "señaló la Cancillería en un comunicado, en el que acusó a México", "in a statement, in which it
                # accused …": a relative clause opened by a preposition, after a noun that is no actor, tells what
                # the subject of the clause it hangs on did there (not one quoted)
                source = self._subject([u for u in units if view.t0 <= u.t0 and u.t1 < L
                                        and quoted(view, u.t0, tokens) is None], view)
        if source is None and (not before and not earlier or own_pronoun and not before_near) \
                and ctx.prev_subject is not None \
                and ctx.prev_subject.code and (view.has_cue("subject_pronoun", L, trig.t0) or ctx.lang.verb_second
                                               and view.has_cue("subject_pronoun", trig.t0 + 1, trig.t0 + 2)):
            # "Er warf dem KFOR-Kommando vor": "er" is the subject; so it is right after the verb when something
            # else opens the clause ("Zugleich warf er Litauen vor"), not the bare actor after it
            source, carried = ctx.prev_subject, True
        if source is None and after:
            # "l'attacco dell'esercito israeliano contro l'ospedale", "der Angriff der israelischen Armee auf
            # ...": an of-phrase right after an event noun, with a target phrase after it, names the doer
            source, tprep = self._genitive_agent(view, trig_last, after)
            m = trig.matched
            if source is None and len(m) > 1 and m[1] > m[0] + 1:
                # ("missili degli Houthi contro una nave": the of-phrase inside the pattern's gap, right after
                # its noun)
                inside = [u for u in after if u.t1 <= m[1]]
                if inside:
                    source, tprep = self._genitive_agent(view, m[0], inside + [u for u in after if u.t0 > m[1]])
            if source is not None:
                # the target is what the target phrase names ("contro l'ospedale di Gaza": Gaza)
                hit = [u for u in after if u.t0 > tprep and self._other(u, source)
                       and "agent_prep" not in view.kinds_before(u.t0)]
                return [RoleAssignment(source, hit[0])] if hit else []
        if source is None and ctx.lang.subject_after_verb and (rel or not self._fronted_noun_phrase(view, tokens, L, trig, ctx)):
            # (not one right before a verb of its own after a comma: "Cyberattacco alle ferrovie, Vilnius espelle …")
            # (qd) nor one past a verb that follows a genitive actor of this event noun: "los bombardeos del Ejército
            # mataron a doce civiles" names the victims as the killing's object, not the bombing's subject
            past_verb = trig_last + 1 < len(tokens) and "genitive" in view.cue_starts.get(trig_last + 1, NO_KINDS) \
                and any(t is not trig and trig_last < t.t0 for t in view.triggers)
            bare = [u for u in after if not meets(view.kinds_before(u.t0), PREP_KIND_LIST) and not (
                any(t.t0 == u.t1 for t in view.triggers) and any(tokens[i].text == "," for i in range(trig.t1, u.t0)))
                and not (past_verb and any(t is not trig and trig_last < t.t0 < u.t0 for t in view.triggers))]
            if bare and (len(after) >= 2 or frame == "intr" or quoted_before):
                source = bare[0]
                after = [u for u in after if u is not source]
        if source is None and speakers and (q := quoted(view, trig.t0, tokens)) \
                and not (0 < trig.t0 - q[0] <= 2 and tokens[q[0]].text in ctx.lang.determiners
                         and all(tokens[i].text == "'" for i in range(q[0] + 1, trig.t0))):
            source = speakers[0]  # «Nous condamnons cette agression», a déclaré le porte-parole chinois
            # (not an event noun that opens the quotation after its article, the speaker's topic: „Die Blockade
            # humanitärer Hilfe ist ein Verstoß gegen das Völkerrecht“, erklärte …; « L'attaque est un crime »)
        if source is None and not before and not earlier and L > view.t0 and any(
                c.kind == "subordinator" and c.t0 <= L <= c.t1 and 0 <= trig.t0 - c.t1 <= COORD_VERB_GAP
                for c in view.cues):
            # "The EU welcomed the step but urged Tehran to …", "France condemned the strike but called on Israel":
            # a verb right after a contrastive conjunction, with no subject of its own, shares the subject of the
            # clause before it (its first bare actor; not one inside an attribution)
            first = self._subject([u for u in units if view.t0 <= u.t0 and u.t1 <= L], view)
            if first is not None and not (att and att[0] <= first.t0 < att[1]):
                source = first
        if source is None and not before and not earlier and ctx.prev_subject is not None \
                and ctx.prev_subject.code and self._continues(view, trig, L, ctx):
            # (a sentence that opens with a subject of its own continues that one, not the previous sentence's: "Lai
            # hizo escala en Nueva York tras una visita a Paraguay" is Lai's visit)
            own = self._subject([u for u in units if view.t0 <= u.t0 <= view.t0 + 1 and u.t1 <= L and u.code
                                 and not (att and att[0] <= u.t0 < att[1])], view)
            if own is not None:
                source = own
            else:
                source, carried = ctx.prev_subject, True
        told_accused: Unit | None = None
        if rel and self._after_quoted_content(view, trig, tokens, view.t0):
            # (q10a) the verb after a warning's quoted content is the warner's next act: its subject is the warner's
            # ("advirtió que su Gobierno «no tolerará que …» y pidió a …": the president asks, not his government)
            warner = [a.source for t, a in ctx.prior if t.entry.type in EMBEDDING_TYPES and view.t0 <= t.t0 < trig.t0
                      and not a.carried and a.source.t1 <= t.t0]
            if warner:
                source = warner[-1]
        elif rel and trig.entry.type in REPORTING_TYPES and self._after_told_content(view, trig, tokens, L):
            # (q10a) so is a saying verb after ", and" that closes the act an accusation tells ("denunció que la Armada
            # retuvo a cuatro pescadores, y exigió garantías": the accuser demands, not the navy)
            told = [a for t, a in ctx.prior if t.entry.type == "ACCUSE" and view.t0 <= t.t0 and t.t1 <= L
                    and not a.carried and a.source.t1 <= t.t0]
            if told:
                source, told_accused = told[-1].source, told[-1].target  # (the accused: its addressee if it names none)
        if source is None:
            return []
        if trig.entry.type == "ASSAULT" and earlier and source.t1 <= earlier[-1].t0 \
                and earlier[-1].entry.type in PHYSICAL_TYPES and self._passive(view, earlier[-1], tokens, ctx.lang.not_participle):
            # (q13b) "Due cittadini cinesi sono stati uccisi e altri tre feriti in un attacco contro un cantiere": an attack
            # that is the setting of a killing told in the passive is not done by its victims, the passive's subject
            return []

        # (the agent of a later passive verb is no target: "el ataque israelí fue condenado por Egipto")
        hostile = trig.entry.type in HOSTILE_TYPES or trig.entry.type == "CONCEDE"  # (a release too: of its own people)
        cands = [u for u in after if self._other(u, source, hostile) and not (
            "agent_prep" in view.kinds_before(u.t0)
            and any(c.kind == "passive_aux" and trig_last < c.t0 < u.t0 for c in view.cues))
            # (a broadcaster named by a bare noun after a locative is where it was said, not a party: "a rejeté ces
            # accusations à la télévision publique", "sagte im staatlichen Rundfunk")
            and not (u.home and u.sector == "MED" and view.kinds_before(u.t0) & MEDIUM_PREPS)]
        if cands and any(t.t0 > trig_last for t in view.triggers):
            # "EU verurteilt, USA verhängen Sanktionen", "la Corée du Sud condamne, le Japon impose …": a bare actor
            # right after a comma (an article may stand between) and right before a verb of its own is the subject
            # of a clause of its own: neither it nor what follows it is this verb's object
            dets = ctx.lang.determiners
            for u in cands:
                k = u.t0 - 1 - (u.t0 >= 2 and tokens[u.t0 - 1].text in dets)
                if tokens[k].text == "," and k > trig_last and any(t.t0 == u.t1 for t in view.triggers):
                    cands = [c for c in cands if c.t0 < k]
                    break
                k = u.t0 - 1 - (u.t0 >= 2 and tokens[u.t0 - 1].text == "'")  # (an elided article: "e l'ufficio")
                k -= tokens[k].text in dets
                if k - 1 > trig_last and tokens[k - 1].text == "," and "coord" in view.cue_starts.get(k, NO_KINDS) \
                        and self._verb_after_phrase(view, u, tokens):
                    # (q13b) "criticó la militarización, y la oficina de la ONU para los derechos humanos pidió …": after
                    # ", and" (an article may stand between) an actor whose verb follows its own prepositional phrase
                    # opens a clause of its own too
                    cands = [c for c in cands if c.t0 < k]
                    break
        if trig.entry.type == "MOBILIZE":
            # "ha rafforzato le pattuglie nel nord del Kosovo con circa 200 soldati italiani": troops counted by a
            # number are the force mobilised, not a party to it; so are police ("el despliegue de 200 militares
            # y de 150 agentes antidisturbios")
            # (and what a coordinator adds to them: "200 soldati italiani e polacchi", "de la Guardia Civil y la
            # Policía Nacional")
            means: list[Unit] = []
            for u in by_start(cands):
                if u.sector in ("MIL", "POL") and any(tokens[i].text[:1].isdigit() for i in range(max(view.t0, u.t0 - 2), u.t0)) \
                        or means and u.t0 - means[-1].t1 <= 1 + (tokens[u.t0 - 1].text in ctx.lang.determiners) \
                        and view.has_cue("coord", means[-1].t1, u.t0):
                    means.append(u)
            cands = [u for u in cands if all(u is not m for m in means)]
        if trig.entry.type == "ACCUSE":
            # "NATO condemned the attack on Ukraine": Ukraine is the victim of what is condemned, not the
            # accused (that is the attack's doer, when known: see the event reference below)
            victims = self._victims_of_object(view, trig, trig_last, R)
            cands = [u for u in cands if u not in victims]
        if not cands and trig.entry.type in REPORTING_TYPES and not closed \
                and "subordinator" not in view.cue_starts.get(R, NO_KINDS) \
                and not (trig.entry.type == "REJECT" and (self._answers(view, trig, trig_last, R) or R <= trig_last + 1)):
            # (q11b: nor the subject of what a denial says did not happen: "negó que fuera fruto de presiones de
            # Washington", "denied that its troops had fired": a denial names its accuser, if anyone, elsewhere)
            # (not after a rejection of what was done to the subject: "wies die Vorwürfe zurück: Der Konvoi sei
            # aufgehalten worden, weil die Arakan Army …" gives the rejecter's own account, not whom it answers)
            # "X alleged that Y ...", "X called on Y to ...": the target opens the next clause (not one about
            # something else: "ha chiesto moderazione a tutte le parti, mentre la Francia …")
            cands = [u for u in units if u.t0 >= R and self._other(u, source)][:1]
        # a named actor beats a generic noun given the home country ("shelled the city of Kharkiv, killing
        # civilians"): the preference chain runs over named candidates first; but a place after "in" is
        # where, so an object noun before it wins ("killed five civilians in Kyiv": the civilians)
        groups = ([u for u in cands if not u.home], [u for u in cands if u.home])
        if trig.entry.type == "ACCUSE" and groups[0] and groups[1]:
            # "a accusé la police de refouler des migrants vers la Biélorussie", "warf dem Grenzschutz vor, …":
            # the verb's own object, a generic noun right after it, is the accused, not a country named in what
            # is alleged of it
            direct = groups[1][0]
            k = trig.matched[0] + 1
            while k in trig.matched:
                k += 1
            if k <= direct.t0 <= k + 2 and direct.t0 < groups[0][0].t0 and not meets(view.kinds_before(direct.t0), PREP_KIND_LIST) \
                    and all(tokens[i].text in ctx.lang.determiners or tokens[i].text == "'" for i in range(k, direct.t0)):
                groups = ([direct], [])
        if trig.entry.type == "REQUEST" and groups[0] and groups[1]:
            # (q10a) "a réclamé aux autorités le départ des troupes rwandaises", "exigió a las autoridades la salida
            # de las tropas rusas": a generic addressee after a target preposition right after the verb is the one
            # asked, not a country named in an of-phrase of what is asked
            # (q14b) nor one named further on, in what the addressee is asked to do ("pidió al Gobierno expulsar al
            # agregado de defensa argentino", "ha chiesto al governo di non consegnare un cittadino italiano"), unless
            # coordinated with it ("ai governi europei e alla Russia")
            direct, named = groups[1][0], groups[0][0]
            k = trig.matched[0] + 1
            # (qb) or the verb's direct object, only determiners between ("urged the government to publish its debt to
            # Chinese lenders", "pressed the authorities to free an Italian citizen")
            bare_object = k <= direct.t0 <= k + 1 and not meets(view.kinds_before(direct.t0), PREP_KIND_LIST) \
                and all(tokens[i].text in ctx.lang.determiners for i in range(k, direct.t0))
            if direct.t0 < named.t0 and direct.t0 <= trig.matched[0] + 3 \
                    and ("target_prep" in view.kinds_before(direct.t0) or bare_object) \
                    and ("genitive" in view.kinds_before(named.t0)
                         or named.t0 - direct.t1 >= 2 and not view.has_cue("coord", direct.t1, named.t0)):
                groups = ([direct], [])
            elif direct.t0 < named.t0 and direct.t0 <= trig.matched[0] + 3 and any(
                    tokens[k].text == "," and "coord" in view.cue_starts.get(k + 1, NO_KINDS)
                    for k in range(direct.t1, named.t0 - 1)):
                # (q13a) "a appelé les autorités de transition à la retenue, et Paris les a exhortées …": the object
                # right after the verb is the one asked, not an actor opening the coordinated clause after it
                groups = ([direct], [])
        owner = self._owner_of_object(view, trig, trig_last, cands)
        if owner is not None:
            groups = ([owner], [])
        if "object_pronoun" in view.kinds_before(trig.t0) or "object_pronoun" in view.kinds_before(trig.t0 + 2):
            # "accused him of begging Washington …", "le exigió poner fin …": a pronoun object (right after the verb's
            # first word, or a clitic right before the verb) refers back to the last other actor named before the
            # verb, not to one named in what follows
            # (a named one before a generic noun: "a spokesman for Beijing's Taiwan Affairs Office … accused him")
            ref = [u for u in units if u.t1 <= trig.t0 and u is not source and self._other(u, source)
                   and "locative" not in view.kinds_before(u.t0)]  # (not a place: "returned from Paraguay")
            ref = [u for u in ref if not u.home] or ref
            if ref and any(c.kind == "object_pronoun" and (c.t1 == trig.t0 or c.t0 == trig.t0 + 1) for c in view.cues):
                groups = ([ref[-1]], [])
        for group in groups:
            preferred = [u for u in group if "target_prep" in view.kinds_before(u.t0)]
            plain = [u for u in group if not meets(view.kinds_before(u.t0), ("locative", "genitive"))
                     or "target_prep" in view.kinds_before(u.t0)]
            if preferred and (not plain or preferred[0].t0 <= plain[0].t0 or frame != "sv"):
                target = preferred[0]
            elif plain:
                target = plain[0]
            elif group and not (group is groups[0] and "locative" in view.kinds_before(group[0].t0)
                                and any(u.t0 < group[0].t0 and not meets(view.kinds_before(u.t0), PREP_KIND_LIST)
                                        or u.t0 > group[0].t0 and group[0].kind in PLACE_KINDS
                                        and (self._object_after_prep(view, u, group[0].t1)
                                             or u.t0 - group[0].t1 <= OBJECT_AFTER_PLACE_GAP
                                             and not meets(view.kinds_before(u.t0), PREP_KIND_LIST))
                                        for u in groups[1])):
                # (nor over an object after a target preposition: "detuvieron en Caracas a dos periodistas", or
                # right after the place: "töteten im Norden Malis zwölf Zivilisten")
                target, fallback = group[0], True
            if target is not None:
                break
        if target is not None and not target.home and target.kind in PLACE_KINDS \
                and {"locative", "target_prep"} <= view.kinds_before(target.t0):
            # "ha arrestato i manifestanti a Mosca", "a arrêté des manifestants à Paris": "a"/"à" before a
            # place after the verb's object says where, so the object is the target
            objects = [u for u in groups[1] if u.t0 < target.t0
                       and not meets(view.kinds_before(u.t0), ("locative", "genitive", "target_prep"))]
            if not objects and trig.entry.type in PHYSICAL_TYPES and target.t0 <= trig_last + 3:
                # (q11b) "a arrêté à Moscou onze ressortissants azerbaïdjanais", "ha arrestato a Mosca due giornalisti": the
                # place right after the verb says where; the bare object right after it is whom
                objects = [u for u in groups[0] + groups[1] if 0 <= u.t0 - target.t1 <= OBJECT_AFTER_PLACE_GAP
                           and not meets(view.kinds_before(u.t0), PREP_KIND_LIST)]
            if objects:
                target = objects[0]
        if target is None and quoted_before and trig.entry.type in ("ACCUSE", "THREATEN"):
            # (the accusation's content, quoted before its verb: the first actor it names other than the speaker)
            target = next((u for u in quoted_before if self._other(u, source)), None)
        if target is None and (not earlier or not coordinated and before_near and any(
                tokens[i].text in DASHES for i in range(earlier[-1].t1, source.t0))):
            # (with an earlier trigger the unit may be its argument; not its subject, when a dash closes its clause
            # and this trigger has a subject of its own: "EU hält Milliarden für Ungarn zurück – Orbán droht mit Veto")
            co_subjects = self._coordinated_before(source, [u for u in before if u is not source], tokens, view)
            earlier_units = [u for u in view.units if u.code and L <= u.t0 and u.t1 <= source.t0
                             and (not earlier or u.t1 <= earlier[0].t0)
                             and all(u is not c for c in co_subjects)
                             and self._other(u, source) and not u.home and not (att and att[0] <= u.t0 < att[1])]
            if earlier_units:
                target, fallback = earlier_units[-1], True
        if target is None and trig.entry.type in PHYSICAL_TYPES and view.where is not None \
                and self._other(view.where, source):
            # "Russian drones struck an energy facility in the Odesa region": the place's country is hit
            target, fallback = view.where, True
        if target is None and trig.entry.type in PHYSICAL_TYPES and ctx.prior and any(
                c.kind == "possessive" and trig_last < c.t0 < R and "target_prep" in view.kinds_before(c.t0)
                for c in view.cues):
            # "Armenia denunció ataques azerbaiyanos contra sus posiciones": "its" is the subject who speaks
            owner = ctx.prior[0][1].source
            if self._other(owner, source):
                target, fallback = owner, True
        if target is None and trig.entry.type == "THREATEN" and view.where is not None \
                and self._other(view.where, source) and trig_last < view.where.t0:
            # "ha minacciato di lanciare un'operazione militare nel nord della Siria": the threatened attack's
            # place is the one threatened
            target, fallback = view.where, True
        # (a reaction's implicit target, the previous sentence's actor — "Minsk kritisierte die Entscheidung" —
        # was tried and cost precision on the dev set; left to a discourse stage that can tell it apart)
        if target is None and trig.entry.type == "SUPPORT" and ctx.last_agree is not None \
                and 0 <= view.sent.index - ctx.last_agree_at[0] <= 1:
            # "Armenia and Azerbaijan signed a peace treaty. The UN welcomed the agreement": a welcome with no
            # target of its own, after an agreement told in its paragraph (or the sentence before), goes to both
            # its parties
            both = [u for u in ctx.last_agree if self._other(u, source)]
            if both:
                return [RoleAssignment(source, u, target_fallback=True) for u in both]
        if target is None and trig.entry.type == "SUPPORT" and self._answers(view, trig, trig_last, R):
            # "Die Bundesregierung begrüßte die Entscheidung", "a salué la décision": a welcome of a decision or
            # measure with no target of its own goes to whoever last took a measure (sanctioned, coerced, agreed…)
            doers = [d for k, d in ctx.last_source.items() if k in MEASURE_TYPES and self._other(d, source) and not d.home]
            if doers:
                target, fallback = latest(doers), True
        if target is not None and target.t0 > trig_last and trig.entry.type == "ACCUSE" and len(trig.matched) > 1 \
                and any(c.kind == "coord" and trig_last < c.t0 < target.t0 for c in view.cues):
            # (q14a) a label whose pattern holds the act it names ('called the detention "an abduction" and accused
            # Ankara …'): that act's doer is the one condemned, not an actor of the clause coordinated after the label
            # (one named by the pattern's own preposition, 'atribuyeron los disparos a X', stays the target)
            for t in view.triggers:
                if trig.matched[0] < t.t0 < trig_last and t.t0 not in trig.matched and t.entry.type in ctx.last_source:
                    doer = ctx.last_source[t.entry.type]
                    if self._other(doer, source) and not doer.home:
                        target, fallback = doer, True
                    break
        if target is None and trig.entry.type in REPORTING_TYPES:
            # "L'Unione europea ha condannato l'attacco": the object names an earlier event, whose actor
            # is the target
            # (or inside the pattern's gap: "calificó el ataque de terrorista", "a qualifié l'attaque de terroriste")
            for t in view.triggers:
                if trig.t0 < t.t0 < R and t.t0 not in trig.matched and t.entry.type in ctx.last_source:
                    # (qb) a rejection's object is not past a comma: "rejected the charge, saying its loans had never …"
                    # names no loan
                    if trig.entry.type == "REJECT" and any(tokens[i].text in CLAUSE_PUNCT for i in range(trig_last + 1, t.t0)):
                        break
                    doer = ctx.last_source[t.entry.type]
                    if doer.sector != "REB" and view.has_cue("terror_attack", t.t0, t.t1):
                        # (qc) "Die Afrikanische Union verurteilte den Anschlag von Elwak", after the army's air strikes
                        # in reply: a terror attack is the last armed group's, not the last attack told
                        doer = ctx.last_source.get(REBEL_ATTACK_KEY) or doer
                    if self._other(doer, source) and not doer.home:
                        target, fallback = doer, True
                    break
        if target is None and trig.entry.type == "ACCUSE":
            # "Kallas verurteilte die Gewalt", "condemned the violence": a `violence` noun as the object names the
            # last attack or crackdown told, whose (named) doer is the target
            for c in view.cues:
                if c.kind == "violence" and trig.t0 <= c.t0 <= trig_last + 4 and (
                        c.t0 < R or R < len(tokens) and tokens[R].text in QUOTES):  # ('die „unverhältnismäßige Gewalt“')
                    doers = [ctx.last_source[k] for k in ("ASSAULT", "COERCE") if k in ctx.last_source]
                    # (q13a: a generic doer given the home country too, when a foreigner condemns: "Police fired on
                    # protesters. The UN denounced a disproportionate use of force")
                    doers = [d for d in doers if self._other(d, source) and (not d.home or d.code != source.code)]
                    if doers:
                        target, fallback = latest(doers), True
                    break
        own_generic = target is not None and target.home and target.code == source.code
        # (any generic noun given the default country, not after a target preposition, is a guess: "Beijing
        # rejected the protest, saying its officers had acted lawfully" answers Hanoi, not "its officers")
        guessed = target is not None and target.home and "target_prep" not in view.kinds_before(target.t0)
        if trig.entry.type in ANSWER_TYPES and (
                (target is None or guessed)
                and self._answers(view, trig, trig_last, R)
                or own_generic and trig.entry.type == "ACCUSE" and self._own_people(view, trig_last, R)):
            # "Tehran rejected the accusations", "Minsk a rejeté ces accusations", "ha minacciato ritorsioni":
            # a reaction to what was done to the source answers the last actor who acted against it (a
            # generic noun given the default country is no better a target than that); so does a
            # condemnation of what was done to the source's own people ("against its nationals")
            answered = self._against(ctx, source)
            if answered is None and trig.entry.type == "THREATEN" and source.code:
                # (q14a) "Pakistan accused India of choking the river … reserved the right to respond", "se réserve le
                # droit de riposter": with no one told acting against it, a vow to retaliate answers whom it accused
                blamed = ctx.accused.get(source.code)
                answered = blamed if blamed is not None and self._other(blamed, source) else None
            accuser = ctx.accusers.get(source.code) if source.code and trig.entry.type == "REJECT" else None
            if accuser is not None and accuser is not answered and self._other(accuser, source) \
                    and self._answers(view, trig, trig_last, R, "accusation"):
                # "Zaslavsky rejected the allegations", after Britain's foreign secretary accused him and the EU
                # sanctioned him: a rejection of accusations answers whoever accused, not the last to act
                answered = accuser
            if answered is not None:
                target, fallback = answered, True
            elif own_generic and trig.entry.type == "ACCUSE" and self._own_people(view, trig_last, R):
                target = None  # (the victims are not the accused: "Cambodia condemned the abuse of its citizens")
        if trig.entry.type == "REJECT" and (target is None or guessed) \
                and self._answers(view, trig, trig_last, R + 1, "asked"):
            # "Beijing rejected the call", "rechazó la petición": a refusal of a request made to the source answers
            # the last actor who asked something of it (a demand is no act against it: ``against`` does not hold it;
            # the cue may start on the clause break, "rejected that demand": a demonstrative "that", written so)
            asker = ctx.asked.get(source.code) if source.code else None
            if asker is not None and self._other(asker, source):
                target, fallback = asker, True
        if target is None and trig.entry.type == "REJECT" and self._refers_back(view, trig, L, tokens):
            # "..., which Beijing denies", "algo que los talibanes niegan", "ce que Minsk dément": what is denied is
            # what the clause before said about the source, so the denial answers whoever acted against it
            answered = self._against(ctx, source)
            if answered is not None:
                target, fallback = answered, True
        if trig.entry.type == "REQUEST" and (target is not None and target.code == source.code
                and (own_generic or target.kind in ("agent", "demonym")) and (
                    "genitive" in view.kinds_before(target.t0)
                    # (one participle or adjective may stand between: "the return of the detained farmer")
                    or target.t0 >= 1 and tokens[target.t0 - 1].text.isalpha()
                    and "genitive" in view.kinds_before(target.t0 - 1))
                # ("demanded their immediate release", "exigió su liberación": a possessive inside the pattern, no
                # addressee: the people asked for are the subject's, held by whoever acted against it)
                or target is None and len(trig.matched) > 1
                and view.has_cue("possessive", trig.matched[0] + 1, trig_last)):
            # "demanded the release of the crew", "exigió la liberación de los pescadores", "hatte die Entsendung der
            # serbischen Sicherheitskräfte beantragt": the subject's own people are what is asked for; the request
            # goes to whom the subject just addressed in the
            # sentence, else to the last actor who acted against it
            addressed = [a.target for _, a in ctx.prior if a.source.code == source.code and a.target is not None
                         and not a.target.home and self._other(a.target, source)]
            holder = addressed[-1] if addressed else self._against(ctx, source)
            if holder is not None:
                target, fallback = holder, True
        if trig.entry.type == "REQUEST" and coordinated and earlier and (
                target is None or "locative" in view.kinds_before(target.t0) and target.kind in PLACE_KINDS) \
                and not (ctx.last_dyad is not None and view.has_cue("anaphor_both", trig.t0 + 1, R)):
            # "Il Papa, nel corso di una telefonata con Netanyahu, ha rivolto un appello al cessate il fuoco in
            # Palestina": with no addressee of its own, a request made in a call or meeting goes to the other party
            partner = [a.target for t, a in ctx.prior if t is earlier[-1] and t.entry.type == "CONSULT"
                       and a.source is source and a.target is not None
                       and source.t1 <= t.t0 and a.target.t0 >= t.t1]  # (the subject, then "with X")
            if not partner:
                # (q13b) "ha telefonato ai due ministri degli Esteri e li ha invitati a …": a call to "both" parties,
                # inferred from the last dyad
                partner = [a.target for t, a in ctx.prior if t is earlier[-1] and t.entry.type == "CONSULT"
                           and a.source is source and a.target is not None and a.target_fallback
                           and view.has_cue("anaphor_both", t.t1, trig.t0)]
            if len({u.code for u in partner}) > 1:
                # (q13b) a call to two parties ("ha telefonato sia a Japarov sia a Rahmon, esortandoli alla
                # moderazione") gives its request to each of them
                return [RoleAssignment(source, u, False, carried, True) for i, u in enumerate(partner)
                        if all(u.code != o.code for o in partner[:i])]
            if partner:
                target, fallback = partner[0], True
        if (target is None or trig.entry.type == "THREATEN" and target.home
                and (target.code == source.code or "possessive" in view.kinds_before(target.t0))) \
                and coordinated and earlier and (
                # (q14b: a warning whose only object is the speaker's own people, "avvertito che la Cina proteggerà i
                # diritti dei suoi cittadini", a generic noun of its country or after a possessive, is addressed to the
                # one accused too)
                trig.entry.type == "REQUEST" and len(trig.matched) > 1
                and "target_prep" not in view.cue_starts.get(trig.matched[-1], ())
                # ("accused him of … and warned that those who play with fire …": a warning with no addressee, its
                # content a clause or a quotation, is addressed to the one just accused)
                or trig.entry.type == "THREATEN"):
            # "condemned the violence and demanded the release of all detainees", "verurteilte die Festnahme … und
            # forderte seine Freilassung": a demand with no addressee of its own goes to the one just condemned
            # (a demand for something, its object inside the pattern: not "urged Western partners to …", "called
            # on …", whose addressee follows, known to Dyad or not)
            # (qa: a warning after a request is made to the one just asked, "ha chiesto all'Italia di estradarla e ha
            # avvertito che la decisione avrà conseguenze")
            condemned = [a.target for t, a in ctx.prior if (t.entry.type == "ACCUSE" or trig.entry.type == "THREATEN"
                                                            and t.entry.type == "REQUEST") and L <= t.t0 < trig.t0
                         and any(t is e for e in earlier) and a.target is not None
                         and a.source.code == source.code and self._other(a.target, source)]
            if condemned:
                target, fallback = condemned[0], True
        if target is None and told_accused is not None and self._other(told_accused, source):
            target, fallback = told_accused, True  # (q10a) "denunció que la Armada retuvo …, y exigió garantías"
        if target is None and closed and (trig.entry.type in REPORTING_TYPES or trig.entry.type == "PROTEST"):
            # "Tokyo condemned the launch and called on Pyongyang to stop", "a dénoncé des arrestations et appelé
            # l'État à libérer …": with no target of its own, nor a known doer of what it names, the party
            # the coordinated verb addresses is the likeliest one (a weaker reading); a protest too: "Japan
            # protested the incursion and summoned China's ambassador"
            second = next((t for t in view.triggers if t.t0 > R), None)
            later = [u for u in units if R <= u.t0 < R_open and self._other(u, source)]
            if later and second is not None and second.entry.type in DEMAND_TYPES \
                    and not self._coordinated(later[0], later[1:], tokens, view):
                # (not "a condamné l'attaque et exprimé sa solidarité avec le Mali": the victims it supports)
                # (q11b: nor when it addresses two, "ha definito l'attacco inaccettabile e ha chiesto a Mosca e a Kiev
                # moderazione": a drone with no author, whose target neither side is)
                target, fallback = later[0], True
        if ctx.last_dyad is not None and view.has_cue("anaphor_both", trig.t0 + 1, R) and (
                target is None or target.home and (self._in_cue(view, "anaphor_both", target)
                                                   # (or a generic noun past a coordinator after it, in a verb phrase
                                                   # of its own: "rief „alle Seiten“ zur Zurückhaltung auf und bot an,
                                                   # Gespräche mit den Rebellen …")
                                                   or self._both_then_coord(view, trig, target))
                # (q10a) or "both" inside the pattern's gap or right after the verb (a preposition between), its
                # addressee, before what it asks for, whose of-phrase names the target found: "a exhorté les deux pays
                # à respecter l'accord de Luanda", "exhortó a ambos países a respetar el acuerdo de Luanda" (not Angola)
                or target.t0 >= trig.t1 and "genitive" in view.kinds_before(target.t0)
                and any(c.kind == "anaphor_both" and trig.t0 < c.t0 <= trig.t1 + 1 and c.t1 <= target.t0
                        for c in view.cues)):
            # "Kallas ha esortato entrambe le parti", "urged both sides": the two parties of the last dyad;
            # not one the speaker is a party of when the dyad before it is not ("Erdogan spoke with Putin and
            # urged both sides": Russia and Ukraine, not Turkey and Russia)
            dyad = ctx.last_dyad
            if ctx.prev_dyad is not None and any(not self._other(u, source) for u in dyad) \
                    and all(self._other(u, source) for u in ctx.prev_dyad):
                dyad = ctx.prev_dyad
            elif trig.entry.type == "REQUEST" and not ctx.dyad_hostile and ctx.conflict_dyad is not None \
                    and all(self._other(u, source) for u in ctx.conflict_dyad):
                # a call on "both sides" to stop, de-escalate, talk goes to the two who fought, not to the two who
                # last met ("the RSF seized the city … Egypt's minister met his Sudanese counterpart … Kallas urged
                # both sides to de-escalate": the RSF and the army)
                dyad = ctx.conflict_dyad
            elif ctx.prev_dyad is not None and any(not self._other(u, source) for u in dyad):
                # the speaker dealt with two partners in turn ("spoke with Abiy and with Afwerki and urged both
                # leaders"): those two
                partners = [u for d in (ctx.prev_dyad, dyad) for u in d if self._other(u, source)]
                if len(partners) == 2 and self._other(partners[0], partners[1]):
                    dyad = (partners[0], partners[1])
            if target is not None and target.home and target.sector in ("GOV", "MIL") \
                    and any(u.sector == "IGO" for u in dyad):
                # (q10b) "ha invitato i due governi", "urged both governments": two states, not a dyad with an
                # organisation in it (the EU's request to Turkey just told): the states' dyad before it
                alt = next((d for d in (ctx.prev_dyad, ctx.conflict_dyad, ctx.state_dyad) if d is not None
                            and not any(u.sector == "IGO" for u in d) and all(self._other(u, source) for u in d)), None)
                if alt is not None:
                    dyad = alt
            both = [u for u in dyad if self._other(u, source)]
            if both:
                sources = [source] + ([] if carried else self._coordinated_before(
                    source, [u for u in units if u is not source and u.t1 <= source.t0], tokens, view))
                return [RoleAssignment(s, u, False, carried, True) for s in sources for u in both
                        if self._other(u, s)]
        # (coordinated subjects acting on each other when there is no object — "Le Maroc et l'Algérie ont
        # rompu leurs relations" — was tried: -0.006 on dev, more spurious pairs than found ones)
        if target is None and (trig.entry.type == "RETREAT" or trig.entry.type == "MOBILIZE" and frame == "intr"
                               and source.sector not in ("CIV", "MED")):  # (q10b; people do not mobilise forces)
            # "Die Armee habe daraufhin einen Außenposten geräumt", "the army withdrew from the outpost": a retreat
            # with no one named yields to the last actor who acted against the one who retreats: one of its own
            # country who acted against its sector first (the rebels who attacked the army; a foreign critic does
            # not drive an army back), else another country's; so does a mobilisation ("ordered the mobilisation of
            # reservists", "ha schierato due fregate"): against whoever acted against the one who mobilises
            foe = ctx.against.get(against_key(source.code, source.sector)) if source.code and source.sector else None
            if foe is None and trig.entry.type == "MOBILIZE" and source.code and source.sector == "GOV":
                # (q13b) "Noboa ordenó el despliegue de 5.000 efectivos" after a gang ambushed his soldiers: a government
                # mobilises against whoever of its own country attacked its army or police
                foe = ctx.against.get(against_key(source.code, "MIL")) or ctx.against.get(against_key(source.code, "POL"))
                if foe is None and (civ_foe := ctx.against.get(against_key(source.code, "CIV"))) is not None \
                        and civ_foe.code == source.code and civ_foe.sector == "REB":
                    # (qa) "ha ordinato il dispiegamento di due battaglioni" after bandits kidnapped schoolgirls: so
                    # against an armed group of its own country that attacked its civilians
                    foe = civ_foe
            target = foe if foe is not None and self._other(foe, source) else self._against(ctx, source)
            if target is None and trig.entry.type == "MOBILIZE" and coordinated:
                # (q11b) "ha condannato il sequestro e ha annunciato l'invio di un cacciatorpediniere": a deployment
                # coordinated after a condemnation or a hostile act of its subject is against that act's target
                foes = [a.target for t, a in ctx.prior if a.target is not None and a.source is source
                        and (t.entry.type == "ACCUSE" or t.entry.type in HOSTILE_TYPES) and self._other(a.target, source)]
                target = foes[-1] if foes else None
            fallback = target is not None
        if target is None and trig.entry.type == "REQUEST" and coordinated:
            # (q12b) "ha accusato Bangkok di … e ha chiesto il ripristino delle forniture": a demand with no addressee
            # coordinated after an accusation by its subject is made to the accused, when the accusation names it
            # (not "condemned the attack and urged Western partners …": the attack's doer is not the one urged; nor
            # a bare agent noun given the home country)
            accused = [a.target for t, a in ctx.prior if a.target is not None and a.source is source
                       and t.entry.type == "ACCUSE" and t.t0 < a.target.t0 < trig.t0 and not a.target.home
                       and self._other(a.target, source)]
            if accused:
                target, fallback = accused[-1], True
        if target is None and (claimed := self._claimed(view, trig, ctx, source)) is not None:
            target, fallback = claimed, True
        if target is None and trig.entry.type == "ACCUSE" and ctx.last_accused is not None \
                and view.has_cue("join", min(trig.matched), max(trig.matched) + 1) \
                and self._other(ctx.last_accused, source):
            # (q13a) "Lettland und Litauen schlossen sich der Kritik an", "Canada joined the condemnation": joining the
            # criticism accuses whom the last accusation told accused
            target, fallback = ctx.last_accused, True
        if target is None and trig.entry.type == "REQUEST" and source.sector in ("CIV", "OPP") and source.code:
            # (qc) "zogen Tausende Studenten zur indischen Hochkommission und forderten die Überstellung Hasinas": a demand
            # joined to a protest at a foreign state's mission goes to that state, as the protest does
            protested = [a.target for t, a in ctx.prior if t.entry.type == "PROTEST" and any(t is e for e in earlier)
                         and a.target is not None and a.source.code == source.code and not a.target.home
                         and a.target.code and a.target.code != source.code]
            if protested:
                return [RoleAssignment(source, protested[-1], target_fallback=True)]
        if target is None:
            if frame == "intr" or trig.entry.type == "REQUEST" and source.sector in ("CIV", "OPP") \
                    and any(t.entry.type == "PROTEST" for t in earlier) \
                    or trig.entry.type in OPPOSITION_TYPES and source.sector == "OPP" and source.kind == "person":
                # ("marched on parliament, demanding that …": protesters' demands with no addressee go to their
                # government, as their protest does; so do a named opposition leader's words: see Coder._event)
                return [RoleAssignment(source, None, carried=carried)]
            return []
        targets = [target] + self._coordinated(target, by_start(cands), tokens, view)
        if trig.entry.type in ACTS_ON_PEOPLE and not target.home and view.has_cue("including", trig.t0, target.t0):
            # "freed 31 political prisoners, including two Lithuanian citizens", "31 politische Gefangene freigelassen,
            # darunter zwei litauische Staatsbürger": those named after "including" are some of the people before it,
            # and the act is done to all of them: the whole group is a target too
            inc = max(c.t0 for c in view.cues if c.kind == "including" and trig.t0 <= c.t0 < target.t0)
            whole = [u for u in units if u.home and u.sector in RELEASED_SECTORS and trig.t0 < u.t0 and u.t1 <= inc
                     and self._other(u, source, hostile)]
            if whole:
                people = whole[-1]
                if source.code and people.code != source.code and target.code != source.code:
                    # (the group whose foreigners are singled out is the actor's own people, not the article's
                    # main country's: Belarus's political prisoners in a story filed from Vilnius)
                    own = Unit(people.t0, people.t1, people.start, people.end, source.code, people.sector, people.kind,
                               people.entity, people.entry, people.role, True)
                    if self._other(own, source, hostile):
                        people = own
                targets.insert(0, people)
        if trig.entry.type in ACTS_ON_PEOPLE and not target.home:
            # (qe) "l'arrestation de onze personnes soupçonnées d'espionnage au profit des Gardiens de la révolution",
            # "arrested five men suspected of spying for Iran": the people held are a target too, before whom they are
            # suspected of serving
            held = [u for u in cands if u.home and trig_last < u.t0 and u.t1 < target.t0 and u.sector in RELEASED_SECTORS
                    and any(c.kind == "uncertain" and u.t1 <= c.t0 <= u.t1 + 1 for c in view.cues)
                    and self._other(u, source, hostile)]
            if held:
                targets.insert(0, held[0])
        if len(targets) > 1:
            # "los diplomáticos de Argentina, Chile, Perú y Uruguay": a list that closes with a coordinator
            # began before the first plain target, with elements joined only by commas
            for u in by_start(cands, descending=True):
                head = targets[0]
                if u.t1 <= head.t0 and [tokens[i].text for i in range(u.t1, head.t0)] == [","] \
                        and all(u.code != o.code for o in targets) and self._other(u, source):
                    targets.insert(0, u)
        sources = [source]
        if not carried:
            sources += self._coordinated_before(source, [u for u in units if u is not source and u.t1 <= source.t0],
                                                tokens, view)
        # a subject carried from an earlier sentence with a generic agent as target ("the leaders" given
        # the home country) is too much guessing; not one whose seat follows it ("Er forderte die Regierung in
        # Naypyidaw auf"): the place names its country
        return [RoleAssignment(s, t, False, carried, fallback) for s in sources for t in targets
                if self._other(t, s, hostile) and not (carried and t.home and not self._seated(view, t))]

    def _pronoun_main_subject(self, view: SentenceView, trig: TriggerMatch, L: int, units: list[Unit],
                              tokens: list[Token]) -> Unit | None:
        """(q10a) The subject of a relative clause whose subject is a pronoun ("…, où il a rencontré", "…, wo er …"): not
        the noun before the relative pronoun, but the subject the sentence opens with (a named actor in its first two
        words, outside an attribution), else None (the previous sentence's actor then, as before). "Le président
        mozambicain, Daniel Chapo, s'est rendu à Pemba, où il a rencontré le commandant rwandais": Chapo met him."""
        # (a relative after a comma: not a complement clause, "said it had put its forces on alert")
        if L <= view.t0 + 1 or tokens[L - 1].text != "," or not (
                view.has_cue("subject_pronoun", L, trig.t0)
                or tokens[L].text in WHERE_RELATIVES and any(u.kind in PLACE_KINDS and u.t1 == L - 1 for u in units)):
            # (qa) where the subject is dropped, "where" after a place opens the clause alone: "viajó a Mascate, donde
            # se reunió con su homólogo omaní" (the city is where, not who)
            return None
        att = view.attribution
        return self._subject([u for u in units if view.t0 <= u.t0 <= view.t0 + 1 and u.t1 <= L and u.code
                              and not (att and att[0] <= u.t0 < att[1])], view)

    @staticmethod
    def _after_quoted_content(view: SentenceView, trig: TriggerMatch, tokens: list[Token], L: int) -> bool:
        """(q10a) Does a coordinator right after a closing quotation mark stand right before the trigger (an auxiliary
        may come between)? The quoted content of a warning or request ended there, and the verb after it is the
        speaker's next act: "advirtió que su Gobierno «no tolerará …» y pidió a los trabajadores …", "a averti que
        Paris « ne cédera pas » et demandé …"."""
        for c in view.cues:
            if c.kind == "coord" and L < c.t0 and c.t0 >= 1 and tokens[c.t0 - 1].text in QUOTES \
                    and c.t1 <= trig.t0 <= c.t1 + 1 and quoted(view, c.t0 - 1, tokens) is None:
                return True
        return False

    @staticmethod
    def _after_told_content(view: SentenceView, trig: TriggerMatch, tokens: list[Token], L: int) -> bool:
        """(q10a) Does ", and" (a comma, then a coordinator) stand right before the trigger (an auxiliary may come
        between), after the start ``L`` of a clause that tells what was said? "denunció que la Armada retuvo a cuatro
        pescadores durante horas, y exigió garantías": the speaker's next act, not the told act's."""
        for c in view.cues:
            if c.kind == "coord" and L < c.t0 and c.t0 >= 1 and tokens[c.t0 - 1].text == "," \
                    and c.t1 <= trig.t0 <= c.t1 + 1 and quoted(view, c.t0 - 1, tokens) is None:
                return True
        return False

    @staticmethod
    def _noun_subject_then_verb(view: SentenceView, trig: TriggerMatch, last: TriggerMatch, L: int,
                                tokens: list[Token], determiners: frozenset[str]) -> bool:
        """(qd) "Los bombardeos del Ejército mataron a doce civiles", "I raid dell'aviazione hanno ucciso …": an event
        noun that opens its clause (after its article) with a genitive actor right after it, and the trigger right
        after that actor: the trigger is the clause's verb, whose subject the noun phrase is, not the noun's object."""
        d = last.t0 - (last.t0 > L and tokens[last.t0 - 1].text in determiners)  # (its article)
        if not (d == L or d > L and tokens[d - 1].text == ","):  # (or after a comma: "Según X, los bombardeos …")
            return False
        return any(u.t1 == trig.t0 and any(c.kind == "genitive" and c.t1 == u.t0 and c.t0 == last.t1 for c in view.cues)
                   for u in view.units)

    @staticmethod
    def _both_then_coord(view: SentenceView, trig: TriggerMatch, target: Unit) -> bool:
        """Does an `anaphor_both` cue follow the trigger, and a `coord` cue follow that cue, before ``target``?"""
        for c in view.cues:
            if c.kind == "anaphor_both" and trig.t0 < c.t0 < target.t0:
                return view.has_cue("coord", c.t1, target.t0)
        return False

    @staticmethod
    def _verb_after_phrase(view: SentenceView, u: Unit, tokens: list[Token]) -> bool:
        """Is a trigger the verb of ``u`` after a prepositional phrase of its own (a preposition, then no actor, comma or
        boundary; an auxiliary may end it), at most ``SUBJECT_PHRASE_GAP`` tokens on? (A verb right after the actor is
        not enough here: tried, it lost an English event of a held-out set.)"""
        for t in view.triggers:
            if t.t0 <= u.t1 or t.t0 - u.t1 > SUBJECT_PHRASE_GAP:
                continue
            kinds = view.cue_starts.get(u.t1, NO_KINDS)
            if not (meets(kinds, PREP_KIND_LIST) or "aux" in kinds or "purpose" in kinds) \
                    or any(u.t1 <= v.t0 < t.t0 for v in view.units):
                return False
            return not any(tokens[i].text == "," or tokens[i].text in BOUNDARY_TOKENS for i in range(u.t1, t.t0))
        return False

    @staticmethod
    def _seated(view: SentenceView, u: Unit) -> bool:
        """Is the generic noun ``u`` followed by its seat, a place after a locative right after it ("die Regierung in
        Naypyidaw", "the authorities in Kyiv")? Its country is then the place's, not a guess."""
        w = view.where
        return w is not None and w.code == u.code and u.t1 < w.t0 <= u.t1 + 2 and "locative" in view.kinds_before(w.t0)

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _between(after: list[Unit], view: SentenceView, trig_last: int) -> list[Unit]:
        """The two parties after a `between` cue right after the trigger ("talks between X and Y", "colloqui
        tra X e Y", "Gespräche zwischen X und Y")."""
        for c in view.cues:
            if c.kind == "between" and trig_last < c.t0 <= trig_last + 5:
                two = [u for u in after if c.t1 <= u.t0][:2]
                if len(two) == 2 and two[0].t0 - c.t1 <= 2 and two[0].code != two[1].code \
                        and view.has_cue("coord", two[0].t1, two[1].t0):
                    return two
        return []

    @staticmethod
    def _object_after_prep(view: SentenceView, u: Unit, after: int) -> bool:
        """Is ``u`` introduced by a target preposition that is not also a locative, past token ``after``, with at
        most a number or an adjective between ("a dos periodistas", "a tres dirigentes")?"""
        for c in view.cues:
            if c.kind == "target_prep" and after <= c.t0 and u.t0 - 2 <= c.t1 <= u.t0 \
                    and "locative" not in view.cue_starts.get(c.t0, NO_KINDS):
                return True
        return False

    @staticmethod
    def _in_cue(view: SentenceView, kind: str, u: Unit) -> bool:
        """Does a cue of this kind hold the whole of ``u`` ("ai due governi", "both governments")?"""
        for c in view.cues:
            if c.kind == kind and c.t0 <= u.t0 and u.t1 <= c.t1:
                return True
        return False

    @staticmethod
    def _between_before(before: list[Unit], view: SentenceView) -> list[Unit]:
        """The two actors of a "between X and Y" phrase among the actors before the trigger ("l'inviato per il
        dialogo tra Belgrado e Pristina", "the envoy for talks between Belgrade and Pristina"), or []."""
        if len(before) < 2:
            return []  # (no cue scan: most clauses have fewer than two actors before the verb)
        for c in view.cues:
            if c.kind != "between":
                continue
            two = [u for u in before if c.t1 <= u.t0][:2]
            if len(two) == 2 and two[0].t0 - c.t1 <= 2 and two[1].t0 - two[0].t1 <= 3 \
                    and view.has_cue("coord", two[0].t1, two[1].t0):
                return two
        return []

    @staticmethod
    def _fronted_noun_phrase(view: SentenceView, tokens: list[Token], L: int, trig: TriggerMatch,
                             ctx: ArticleContext) -> bool:
        """Does a noun phrase that no lexicon knows open the trigger's clause (after a dateline), with no comma before
        the trigger ("Un premier convoi de camions a quitté le site …"; a determiner, a noun and an auxiliary at least:
        not the trigger's own article, "Le départ des avions")? It is the verb's subject, so none follows the verb (not
        in German, where a fronted phrase is any constituent: "Die Grenze schloss Polen")."""
        if ctx.lang.verb_second:
            return False
        opening = 1 + max([i for i in range(L, trig.t0) if tokens[i].text in DATELINE_DASHES], default=L - 1)
        return opening + FRONTED_NP_TOKENS <= trig.t0 and tokens[opening].text in ctx.lang.determiners \
            and not any(tokens[i].text in CLAUSE_PUNCT or tokens[i].text in QUOTES for i in range(opening, trig.t0))

    @staticmethod
    def _answers(view: SentenceView, trig: TriggerMatch, trig_last: int, R: int, kind: str = "reaction") -> bool:
        """Is the trigger's object a `reaction` cue ("rejected the accusations", "wies die Vorwürfe zurück",
        "threatened retaliation"): a word naming what was done to the subject, or the answer to it? The
        cue stands inside the trigger's frame or at most a few words after it; an accusation noun that is
        itself the trigger ("the accusations") answers nothing."""
        for c in view.cues:
            if c.kind == kind and c.t0 < R and trig.t0 <= c.t0 <= trig_last + 4 \
                    and not (c.t0 == trig.t0 and trig.entry.type == "ACCUSE"):
                return True
        return False

    @staticmethod
    def _relative_doers(view: SentenceView, trig: TriggerMatch, tokens: list[Token]) -> tuple[list[Unit], int]:
        """The subject of a relative clause right after an event noun ("i raid aerei che le forze statunitensi e
        britanniche hanno condotto", "the strikes that US forces carried out"): actors joined by coordinators after the
        pronoun, then a verb of doing (`agent_participle`) a few words on, with no punctuation between; and the token
        after the last such verb word. Else ([], 0)."""
        k = next((c for c in view.cues if c.kind == "clause_break" and trig.t1 <= c.t0 <= trig.t1 + 2
                  and c.t1 - c.t0 == 1), None)
        if k is None or any(not tokens[i].text.isalpha() for i in range(trig.t1, k.t0)):
            return [], 0
        doers: list[Unit] = []
        pos = k.t1
        for u in by_start(view.units):
            if u.t0 < pos:
                continue
            gap = range(pos, u.t0)
            ok = all(tokens[i].text.isalpha() for i in gap) and len(gap) <= (2 if not doers else 3) \
                and (not doers or view.has_cue("coord", pos, u.t0)) \
                and not meets(view.kinds_before(u.t0), PREP_KIND_LIST)
            if not ok:
                break
            doers.append(u)
            pos = u.t1
        if not doers:
            return [], 0
        verbs = [c for c in view.cues if c.kind == "agent_participle" and doers[-1].t1 <= c.t0 <= doers[-1].t1 + RELATIVE_DOER_GAP]
        if not any(all(tokens[i].text.isalpha() for i in range(doers[-1].t1, c.t0)) for c in verbs):
            return [], 0
        return doers, max(c.t1 for c in verbs)

    @staticmethod
    def _refers_back(view: SentenceView, trig: TriggerMatch, L: int, tokens: list[Token]) -> bool:
        """Does the trigger's clause open, right after a comma, with a `refers_back` cue ("which", "ce que",
        "algo que", "cosa che", "was", "a charge") before the trigger: its object is the clause before?"""
        # (the comma may not end a clause: "..., was Minsk bestreitet" is one clause for the rules; no comma
        # may stand between the cue and the trigger; or the cue opens the sentence, whose object is then the sentence
        # before: "Accuse che il Foreign Office di Islamabad ha respinto", "Acusaciones que Rabat rechazó")
        # (an elided article may stand between the comma and the cue: "…, un'accusa che la giunta ha respinto")
        return any(c.kind == "refers_back" and c.t1 <= trig.t0
                   and (max(view.t0 + 1, L - 2) <= c.t0
                        and (tokens[c.t0 - 1].text == "," or tokens[c.t0 - 1].text == "'" and c.t0 >= view.t0 + 3
                             and tokens[c.t0 - 3].text == ",")
                        or c.t0 == view.t0)
                   and not any(tokens[i].text == "," for i in range(c.t1, trig.t0))
                   for c in view.cues)

    @staticmethod
    def _own_people(view: SentenceView, trig_last: int, R: int) -> bool:
        """"condemned the abuse of its citizens", "denunció tratos contra sus connacionales": a possessive
        after a target preposition or an of-word in the clause makes the subject's own people the victims."""
        return any(c.kind == "possessive" and trig_last < c.t0 < R
                   and meets(view.kinds_before(c.t0), ("target_prep", "genitive")) for c in view.cues)

    @staticmethod
    def _victims_of_object(view: SentenceView, trig: TriggerMatch, trig_last: int, R: int) -> list[Unit]:
        """Actors named after a target preposition of a hostile event noun that is the object of the trigger
        ("condemned the attack on Ukraine", "l'attacco contro l'Ucraina"). (A pattern that holds the noun
        itself, "verurteilte ... Angriff", is not looked into: "filed a case against X" names the accused.)"""
        out: list[Unit] = []
        ends = [t.t1 - 1 for t in view.triggers
                if trig_last < t.t0 <= trig_last + 4 and t.entry.type in HOSTILE_TYPES]
        for end in ends:
            preps = [c for c in view.cues if c.kind == "target_prep" and end < c.t0 <= end + 2]
            for u in view.units:
                if end < u.t0 < R and any(c.t1 <= u.t0 <= c.t1 + 2 for c in preps):
                    out.append(u)  # (an article may stand between: "contro l'Ucraina")
                    break
        return out

    @staticmethod
    def _owner_of_object(view: SentenceView, trig: TriggerMatch, trig_last: int,
                         cands: list[Unit]) -> Unit | None:
        """"blocked the EU's aid package for Ukraine", "ha bloccato il pacchetto di aiuti dell'UE per
        l'Ucraina": a reaction to a thing addresses its owner (the of-phrase right after the object), not
        the beneficiary in the for-phrase after it."""
        if trig.entry.mode == VETO_MODE:
            # (qf) "werde keiner Annäherung der Ukraine an die EU zustimmen, solange …": a veto is aimed at the owner of
            # what it refuses, not at whom it would bring closer (a place where it is said, "in Brüssel", is neither)
            cands = [u for u in cands if "locative" not in view.kinds_before(u.t0)]
        elif trig.entry.type not in OWNER_TYPES:
            return None
        if len(cands) < 2:
            return None
        first, nxt = by_start(cands)[:2]
        if first.t0 - trig_last <= 8 and "genitive" in view.kinds_before(first.t0) \
                and nxt.t0 - first.t1 <= 3 and "genitive" not in view.kinds_before(nxt.t0):
            return first
        return None

    def _predicate(self, view: SentenceView, trig: TriggerMatch, trig_last: int, after: list[Unit],
                   subject: TriggerMatch, ctx: ArticleContext) -> list[RoleAssignment]:
        """Roles of an event noun after a ``copula`` cue whose subject is an earlier event ("the drills are a
        warning from China to Taiwan"): the doer is an actor right after the noun, in an of- or agent phrase
        or bare (a German genitive), else the doer of the subject event; the target is the next other actor."""
        if trig.entry.type in PHYSICAL_TYPES:
            return []  # "the sanctions are an attack on our economy": a physical act as a predicate is a figure
        doer = [u for u in after[:1] if u.t0 - trig_last <= 3
                and not meets(view.kinds_before(u.t0), ("target_prep", "locative"))]
        source = doer[0] if doer else next((a.source for t, a in ctx.prior if t is subject), None)
        if source is None:
            return []
        # (not a place after a locative that is no target preposition, "a warning from Beijing over the stopover
        # in the United States of Taiwan's vice-president" is not to the United States; "un avvertimento a Taiwan" is)
        rest = [u for u in after if u is not source and self._other(u, source)
                and not ("locative" in (kinds := view.kinds_before(u.t0)) and "target_prep" not in kinds)]
        if not rest:
            return [RoleAssignment(source, None)] if trig.entry.frame == "intr" else []
        # (an actor named outright before a generic noun given the sentence's place: "the vice-president of the
        # island, William Lai")
        named = [u for u in rest if not u.home]
        return [RoleAssignment(source, named[0] if named else rest[0])]

    @staticmethod
    def _genitive_agent(view: SentenceView, trig_last: int, after: list[Unit]) -> tuple[Unit | None, int]:
        """The actor of an of-phrase right after the trigger when a target phrase follows it (a subjective
        genitive: "the attack of the army against X"), and where that target phrase starts; without the
        target phrase the of-phrase is as often the patient ("l'arresto del giornalista") and is left
        alone (None)."""
        first = after[0]
        if first.home or first.t0 <= trig_last + 1:
            return None, -1
        if not any(c.kind == "genitive" and c.t0 == trig_last + 1 and c.t1 == first.t0 for c in view.cues):
            return None, -1
        if not (first.sector in AGENT_SECTORS or first.kind in ("country", "capital", "igo", "group")):
            return None, -1
        tprep = min((c.t0 for c in view.cues if c.kind == "target_prep" and c.t0 >= first.t1), default=None)
        if tprep is not None and tprep - first.t1 <= 1 and any(u.t0 > tprep for u in after[1:]):
            return first, tprep
        return None, -1

    def _antecedents_past_place(self, view: SentenceView, L: int, tokens: list[Token], text: str,
                                extraposed: bool = False) -> list[Unit]:
        """The antecedents of a relative clause (a meeting's, a passive's), past a place that a locative put right before
        it ("ein Besuch des US-Sondergesandten John Coale in Minsk, der dort … mit Lukaschenko gesprochen hatte", "the
        US envoy in Minsk, who met Lukashenko": the envoy, not the city he was in), and past a name the lexicon does not
        know right after its title ("des US-Sondergesandten John Coale, der …": the envoy)."""
        ante = self._antecedents(view.units, L)
        end = L - 1  # (the comma)
        if ante and ante[-1].kind in PLACE_KINDS and "locative" in view.kinds_before(ante[-1].t0):
            end = ante[-1].t0 - 1  # (the locative word)
        elif ante:
            return ante
        elif extraposed and end - 1 > view.t0 and tokens[end - 1].text.isalpha() and text[tokens[end - 1].start].islower():
            end -= 1  # (where nouns are capitalised, a relative clause moved past the verb: "den Frachter befreit, der …")
        k = end
        while k > view.t0 and end - k < 4 and (tokens[k - 1].text in QUOTES or tokens[k - 1].text.isalpha()
                                               and text[tokens[k - 1].start].isupper()) \
                and not any(u.t0 <= k - 1 < u.t1 for u in view.units):
            k -= 1  # (an unknown name of one or two capitalised words, or a quoted one: "den Frachter „Elbstrom“, der")
        held = [u for u in view.units if u.code and u.t1 == k]
        return held[-1:] or ante

    @staticmethod
    def _antecedents(units: list[Unit], L: int) -> list[Unit]:
        """The named actors ending right before a relative clause that starts at ``L`` ("il gruppo, che ...")."""
        return [u for u in units if u.code and L - 2 <= u.t1 <= L]

    @staticmethod
    def _after_agent_participle(view: SentenceView, u: Unit, trig_last: int) -> bool:
        """Is ``u`` introduced by an agent preposition right after an agent participle ("carried out by")
        that follows the trigger closely ("the executions carried out by", "le esecuzioni sommarie
        perpetrate da"), so that the phrase describes the trigger's own event?"""
        for c in view.cues:
            if c.kind == "agent_prep" and c.t1 == u.t0:
                # (a date word may stand between: "une embuscade tendue mardi par des membres de gangs")
                return any(p.kind == "agent_participle" and p.t1 <= c.t0 <= p.t1 + 1 and 0 < p.t0 - trig_last <= 2
                           for p in view.cues)
        return False

    @staticmethod
    def _stated_subjects(ctx: ArticleContext, trig: TriggerMatch, L: int) -> list[Unit]:
        """The sources of an earlier trigger of the clause (starting at token ``L``) that its clause named
        before it (or that a passive named): the subject a coordinated verb after it shares."""
        return [a.source for t, a in ctx.prior if t is trig and not a.carried
                and (a.passive or L <= a.source.t0 and a.source.t1 <= t.t0)]

    @staticmethod
    def _reported_noun(view: SentenceView, trig: TriggerMatch, ctx: ArticleContext) -> bool:
        """(q13a) Does a verb of saying end right before the trigger, only determiners between ("bestätigte die
        Festnahmen", "confirmed the arrests", "a confirmé les arrestations")?"""
        k = trig.t0
        while k > view.t0 and k > trig.t0 - 3 and ctx.tokens[k - 1].text.lower() in ctx.lang.determiners:
            k -= 1
        return k < trig.t0 and "speech" in view.cue_ends.get(k, NO_KINDS)

    def _claimed(self, view: SentenceView, trig: TriggerMatch, ctx: ArticleContext, source: Unit) -> Unit | None:
        """(q13a) "Six soldiers were killed in an attack on an army post. The FRUD claimed the attack", "L'attaque a été
        revendiquée par le FRUD": an attack claimed (a `claim` cue among the trigger's words) with no victim named in its
        clause was done to the victims of the last attack told without its doer."""
        if trig.entry.type != "ASSAULT" or ctx.unclaimed is None \
                or not view.has_cue("claim", min(trig.matched), max(trig.matched) + 1) \
                or not self._other(ctx.unclaimed, source, True):
            return None
        return ctx.unclaimed

    def _both_pair(self, ctx: ArticleContext, view: SentenceView) -> tuple[Unit, Unit]:
        """The two parties "both sides" names: the last dyad (or the two a third party addressed). (qb) A pair named by a
        word for states ("the two countries agreed", "les deux pays"; cue `anaphor_states`) is two states: when the last
        dyad is inside one country (the opposition accusing the government) and the one before it is two states', it is
        that one."""
        pair = self._addressees(ctx) or ctx.last_dyad
        assert pair is not None
        prev = ctx.prev_dyad
        if pair[0].code == pair[1].code and prev is not None and prev[0].code != prev[1].code \
                and view.has_cue("anaphor_states", view.t0, view.t1):
            return prev
        return pair

    def _both_states(self, ctx: ArticleContext, view: SentenceView) -> list[RoleAssignment]:
        """The two-way act of the pair "both" names (`_both_pair`); none when a word for states names it and the pair
        holds an organisation ((qe) "the two countries" are not the EU that just urged one of them)."""
        one, other = self._both_pair(ctx, view)
        if (one.sector == "IGO" or other.sector == "IGO") and view.has_cue("anaphor_states", view.t0, view.t1):
            return []
        return [RoleAssignment(one, other, target_fallback=True), RoleAssignment(other, one, target_fallback=True)]

    @staticmethod
    def _both_after_comma(view: SentenceView, trig: TriggerMatch, tokens: list[Token]) -> bool:
        """(qf) Does an `anaphor_both` cue open a clause right after a comma and reach the trigger ("…, beide
        unterzeichneten")?"""
        for c in view.cues:
            if c.t0 >= trig.t0:
                break
            if c.kind == "anaphor_both" and c.t0 > view.t0 and tokens[c.t0 - 1].text == "," and c.t1 >= trig.t0:
                return True
        return False

    @staticmethod
    def _addressees(ctx: ArticleContext) -> tuple[Unit, Unit] | None:
        """(q13a) "Australia urged Port Moresby and Jakarta to show restraint. The two governments later agreed …": when
        the last two dyads are one third party's request to each of two others, "both" are the two it addressed, not
        the third party and the last one named."""
        last, prev = ctx.last_dyad, ctx.prev_dyad
        if last is None or prev is None or last[0].code != prev[0].code \
                or prev[1].code in (last[0].code, last[1].code):
            return None
        return (prev[1], last[1]) if ctx.dyad_type == "REQUEST" else None

    @staticmethod
    def _counted_subject(view: SentenceView, trig: TriggerMatch, tokens: list[Token], ctx: ArticleContext) -> bool:
        """(q14a) Is the subject of a passive release a number alone ("Three were released", "Deux ont été libérés"):
        a number word or digits right before the verb, only auxiliaries between, opening its clause?"""
        numbers = ctx.lang.counting_words()[1]
        i = trig.t0 - 1
        while i >= view.t0:
            text = tokens[i].text
            if text.isdigit() or text in numbers:
                return i == view.t0 or tokens[i - 1].text in ",;:"
            if i not in trig.matched and not any(c.kind == "passive_aux" and c.t0 <= i < c.t1 for c in view.cues):
                return False
            i -= 1
        return False

    @staticmethod
    def _captor(trig: TriggerMatch, released: Unit, ctx: ArticleContext) -> Unit | None:
        """"due marittimi filippini sono stati rilasciati", "two crew members were released": the doer of a release
        told with no agent is the captor, the last actor the article told seizing or arresting (a named one)."""
        holder = ctx.last_source.get("COERCE") if trig.entry.type == "CONCEDE" else None
        return holder if holder is not None and not holder.home and RuleRoles._other(released, holder) else None

    @staticmethod
    def _against(ctx: ArticleContext, source: Unit) -> Unit | None:
        """The last actor, other than ``source``, who acted against it: another country's, else one of its own
        country's who acted against its sector ("the opposition accused the government" answered by the
        government)."""
        if not source.code:
            return None
        doer = ctx.against.get(source.code)
        if doer is None and source.sector:
            doer = ctx.against.get(against_key(source.code, source.sector))
        return doer if doer is not None and RuleRoles._other(doer, source) else None

    @staticmethod
    def _other(u: Unit, source: Unit, hostile: bool = False) -> bool:
        """Can ``u`` be the other party of ``source``? Same-country pairs need distinct, specific sectors
        (police vs protesters, government vs opposition), not the state talking to itself. ``hostile``: the
        act is one against a victim (a ban, an arrest), which a state does to its own NGOs and press too."""
        if u.code != source.code:
            return True
        # a country, capital or city named as such stands for its state against rebels, opposition or
        # civilians of that country ("M23 seized Goma": REB vs GOV)
        places = ("country", "capital", "city", "demonym")  # ("aviones pakistaníes bombardearon al TTP": the state's)
        # (and, by a hostile act, against its own NGOs and press, "Nicaragua ilegaliza 120 ONG"; not by words, "France
        # condemned the arrest of the journalist by Iranian authorities", nor a state agency's report, "the KCNA,
        # North Korea's official agency", as an act of the press against its state)
        if u.kind == "person" and source.kind == "person" and u.sector and source.sector and u.sector != source.sector:
            # two named people of one state in different sectors are two actors ("Dbeibah accused Haftar": the
            # Tripoli premier and the eastern commander), not the state talking to itself
            return True
        us = u.sector or ("GOV" if u.kind in places and source.sector in NON_STATE else "")
        ss = source.sector or ("GOV" if source.kind in places and (
            u.sector in NON_STATE or hostile and u.sector in CIVIL_SOCIETY) else "")
        # (`{us, ss} <= STATE_SECTORS`, spelled out: the set was built at every call)
        return bool(us and ss and us != ss and not (us in STATE_SECTORS and ss in STATE_SECTORS))

    @staticmethod
    def _coordinated_before(source: Unit, before: list[Unit], tokens: list[Token],
                            view: SentenceView) -> list[Unit]:
        """Actors coordinated with the subject: "le forze statunitensi e britanniche hanno condotto raid",
        "Le Mali, le Niger et le Burkina Faso ont rappelé …" (commas count only in a list with a coordinator)."""
        chain: list[tuple[Unit, bool]] = []
        cur = source
        for u in by_start(before, descending=True):
            if u.t1 > cur.t0:
                continue
            if cur.t0 - u.t1 > 3:
                break  # (too far for either join below: the gap's words are not listed)
            texts = [tokens[t].text for t in range(u.t1, cur.t0)]
            by_coord = view.has_cue("coord", u.t1, cur.t0) and len(texts) <= 3
            if not (by_coord or (texts[:1] == [","] and len(texts) <= 2)):
                break
            if by_coord and "," in texts and texts[0] != ",":
                break  # (q10b) "against cuts under the IMF programme, and opposition leader X accused": a clause before
            if view.kinds_before(u.t0) & OF_KINDS and not meets(view.kinds_before(source.t0), PREP_KIND_LIST) \
                    and "between" not in view.kinds_before(u.t0):
                break  # "frena la extradición de un jefe del Cártel del Golfo y EEUU acusa": an of-phrase, not a subject
            chain.append((u, by_coord))
            cur = u
        if not chain or not any(c for _, c in chain) or not chain[0][1]:
            return []  # the last join before the subject must be "and": "A, B and C did"
        out: list[Unit] = []
        for u, _ in chain:
            if u.code != source.code and all(u.code != o.code for o in out):
                out.append(u)
        return out

    @staticmethod
    def _passive(view: SentenceView, trig: TriggerMatch, tokens: list[Token] | None = None,
                 not_participle: tuple[str, ...] = ()) -> bool:
        if not view.has_kind("passive_aux"):
            return False  # (no passive auxiliary in the sentence: none of the tests below holds)
        if not_participle and tokens and tokens[trig.t0].text.endswith(not_participle):
            return False  # "are demanding": a progressive, not a passive
        for back in range(3):  # (range and NO_KINDS: a compiled loop and set lookup, not a tuple's iterator)
            if "passive_aux" in view.cue_ends.get(trig.t0 - back, NO_KINDS):
                return True
        if len(trig.matched) > 1:
            # "un convoglio del PAM è stato bloccato", "ein Konvoi … wurde … blockiert": an auxiliary between the
            # pattern's words (not one of them: "été bloqué … par", "wurde … angegriffen" say their roles by
            # their frame) makes the verb a passive
            # (the matched tokens scanned, not made a set: the check is reached at few cues)
            return any(c.kind == "passive_aux" and trig.t0 < c.t0 and c.t1 < trig.t1
                       and not any_matched(c.t0, c.t1, trig.matched) for c in view.cues)
        return False

    @staticmethod
    def _cause(view: SentenceView, trig: TriggerMatch, after: list[Unit], R: int) -> tuple[Unit, TriggerMatch] | None:
        """"Three people were killed in an Israeli air strike", "tués dans une frappe israélienne", "uccisi in un
        raid russo": a passive act with no agent phrase, done in an attack named right after it, is done by that
        attack's doer, named by an adjective at the attack noun (at most one word between: "a Russian drone
        attack"). The doer and the attack, or None."""
        for t in view.triggers:
            if t is trig or t.entry.type != "ASSAULT" or not trig.t1 <= t.t0 <= trig.t1 + CAUSE_GAP or t.t0 >= R:
                continue
            for u in after:
                if RuleRoles._adjective_of(u, t):
                    return u, t
        return None

    @staticmethod
    def _adjective_of(u: Unit, t: TriggerMatch) -> bool:
        """Is ``u`` a demonym at the attack noun ``t``, right after it or before it with at most one word between
        ("a Russian drone attack", "un raid israeliano", "einem israelischen Luftangriff")?"""
        return u.kind == "demonym" and (t.t0 - 2 <= u.t0 and u.t1 <= t.t0 or u.t0 == t.t1)

    @staticmethod
    def _nearest_before(before: list[Unit], tokens: list[Token], view: SentenceView,
                        limit: int | None = None) -> Unit | None:
        # a subject stands without a preposition; failing that, an of-phrase may name the actor, but never a
        # place after "in"/"à"/"en" ("le déploiement de policiers kényans en Haïti a suscité des critiques")
        cands = [u for u in before if not meets(view.kinds_before(u.t0), PREP_KIND_LIST)] or [
            u for u in before if "locative" not in view.kinds_before(u.t0) or "target_prep" in view.kinds_before(u.t0)]
        if not cands:
            return None
        last = cands[-1]
        if last.home and any(k >= 1 and tokens[k - 1].text == "," and "coord" in view.cue_starts.get(k, NO_KINDS)
                             for k in (last.t0 - 1, last.t0 - 2)):  # (an article may stand between)
            # (q10b) "…, and opposition leader X accused": a generic noun that opens a clause after a comma and a
            # coordinator is its subject, not a weaker reading beside a named actor of the clause before
            return last
        if any(not u.home for u in cands):
            cands = [u for u in cands if not u.home]
        cand = cands[-1]
        # apposition: "La Russia, alleata dell'Iran, ha attaccato": the part between commas is skipped
        if limit is not None:
            for earlier in cands[:-1][::-1]:
                if tokens[earlier.t1].text == "," if earlier.t1 < len(tokens) else False:
                    if any(tokens[i].text == "," for i in range(cand.t1, limit)):
                        return earlier
                    break
        return cand

    @staticmethod
    def _continues(view: SentenceView, trig: TriggerMatch, L: int, ctx: ArticleContext) -> bool:
        """Does the clause continue the previous sentence's actor? A subject pronoun says so ("He also
        sent…", "Il a ensuite…"); in languages that drop subjects, a clause that opens with its verb does
        ("Ha poi inviato…"). "Thirteen members voted…" names a subject Dyad does not know: no carry."""
        if view.has_cue("subject_pronoun", L, trig.t0):
            return True
        return ctx.lang.drops_subjects and trig.t0 - L <= 3

    @staticmethod
    def _speakers(view: SentenceView, trig: TriggerMatch) -> list[Unit]:
        """Actors right next to a verb of saying that is not this trigger ("X said", "ha dichiarato X")."""
        # only a verb of saying after the trigger: "X did Y, Z said" (a speaker before it may well be the
        # actor: "Putin said he had met Xi")
        if not view.has_kind("speech"):
            return []  # (no verb of saying in the sentence)
        speech = [c for c in view.cues if c.kind == "speech" and c.t0 >= trig.t1]
        if not speech:
            return []
        out = []
        for u in view.units:
            if u.t0 < trig.t1:
                continue
            # "X said" (nothing between) or "said X" / "a déclaré le porte-parole X" (an article between)
            if any(c.t0 == u.t1 or 0 <= u.t0 - c.t1 <= 2 for c in speech):
                out.append(u)
                continue
            # "…, the Japanese embassy in Phnom Penh said", "officials in Kabul said": the speaker and its seat
            for p in view.units:
                if 1 <= p.t0 - u.t1 <= 2 and "locative" in view.kinds_before(p.t0) \
                        and any(c.t0 == p.t1 for c in speech):
                    out.append(u)
                    break
        return out

    SPEECH_TO_QUOTE = 3  # words between a verb of saying and the quotation it introduces ("affirmé lundi avoir «")

    def _speaker_before_quote(self, view: SentenceView, trig: TriggerMatch, tokens: list[Token],
                              units: list[Unit], verb_last: bool = False) -> Unit | None:
        """The subject of a verb of saying that the quotation holding the trigger continues ("a affirmé avoir
        « … »", "said it had " … "", "ha detto di aver « … »", "afirmó haber « … »", "erklärte, „ … “ zu haben"),
        when nothing but a few words stand between them (no actor, no clause break, no colon) and the trigger
        opens the quotation (or, where verbs go last, closes it): a quotation with its own subject first
        (« des terroristes ont tué … ») is someone else's act."""
        q = quoted(view, trig.t0, tokens)
        if q is None:
            return None
        if not (trig.t0 <= q[0] + 1 or verb_last and trig.t1 == q[1]):
            return None
        mark = q[0] - 1
        for c in view.cues:
            if c.kind != "speech" or not (c.t1 <= mark <= c.t1 + self.SPEECH_TO_QUOTE):
                continue
            gap = range(c.t1, mark)
            if any(tokens[i].text in BOUNDARY_TOKENS or opens_clause(view.cue_starts.get(i, NO_KINDS))
                   for i in gap) or any(c.t1 <= u.t0 < mark for u in view.units):
                continue
            L, _ = clause_start(view, tokens, c.t0, view.t0)
            cands = [u for u in units if L <= u.t0 and u.t1 <= c.t0]
            return self._nearest_before(cands, tokens, view, c.t0)
        return None

    @staticmethod
    def _subject(before: list[Unit], view: SentenceView) -> Unit | None:
        """The first actor of the clause not introduced by a preposition (a word that is both an
        article and a genitive, German "der", does not count at the start of the sentence)."""
        for u in before:
            kinds = view.kinds_before(u.t0)
            if not meets(kinds, PREP_KIND_LIST) or (u.t0 - view.t0 <= 1 and kinds <= {"genitive"}):
                return u
        return None

    @staticmethod
    def _coordinated(first: Unit, cands: list[Unit], tokens: list[Token], view: SentenceView) -> list[Unit]:
        """Actors joined to ``first`` by a coordinator: "contro l'Iran e la Russia", "Iran, Syria and Russia"
        (commas count only in a list that a coordinator closes)."""
        chain: list[tuple[Unit, bool]] = []
        cur = first
        for u in cands:
            if u.t0 <= cur.t0:
                continue
            if u.t0 - cur.t1 > 3:
                break  # (too far for either join below: the gap's words are not listed)
            gap = range(cur.t1, u.t0)
            texts = [tokens[t].text for t in gap]
            by_coord = view.has_cue("coord", cur.t1, u.t0) and len(texts) <= 3
            joined = by_coord or (texts[:1] == [","] and len(texts) <= 2)
            if not joined or any(x in BOUNDARY_TOKENS for x in texts) or \
                    any("clause_break" in view.cue_starts.get(t, ()) for t in gap):
                break
            if by_coord and any(t.t0 == u.t1 for t in view.triggers):
                break  # "detiene a dos dirigentes y la UE condena …": an actor right before a verb is its subject
            chain.append((u, by_coord))
            cur = u
        while chain and not chain[-1][1]:
            chain.pop()  # a list ends with its coordinator: "Iran, Syria and Russia"
        out: list[Unit] = []
        for u, _ in chain:
            if u.code != first.code and all(u.code != o.code for o in out):
                out.append(u)
        return out

    @staticmethod
    def _second_partner(parties: list[Unit], u: Unit, view: SentenceView, trig_end: int) -> bool:
        """Is ``u`` a second partner of the subject: the first party stands before the verb, the second after
        it, and ``u`` is joined to the second by a coordinator a few words on ("with X and with Y", "met X and
        Y")?"""
        subj, one = parties
        return bool(trig_end) and subj.t1 <= trig_end <= one.t0 < u.t0 and u.t0 - one.t1 <= SECOND_PARTNER_GAP \
            and view.has_cue("coord", one.t1, u.t0)

    @staticmethod
    def _joined_inside(one: Unit, u: Unit, view: SentenceView, trig_end: int) -> bool:
        """(qc) Is ``u`` joined by a coordinator to the party ``one`` inside the trigger's own words ("nimmt gemeinsam mit
        norwegischen und dänischen Schiffen an der Übung teil")? Then it is a third party of the joint act: every pair
        of the three deals with each other (not the subject with each partner in turn, as after the verb)."""
        return one.t1 <= u.t0 < trig_end and u.t0 - one.t1 <= SECOND_PARTNER_GAP and view.has_cue("coord", one.t1, u.t0)

    @staticmethod
    def _second_guest(view: SentenceView, trig: TriggerMatch, after: list[Unit], guest: Unit,
                      host: Unit) -> Unit | None:
        """(qe) A second guest a host received, joined to the first by a coordinator a few words on, no other verb between
        ("hosted the US envoy and the French ambassador", "a reçu l'émissaire américain pour le Liban, puis
        l'ambassadeur de France"); a place after a preposition in the first guest's phrase is skipped."""
        last = guest.t1
        for u in after:
            if u.t0 <= guest.t0:
                continue
            if u.t0 - last > SECOND_PARTNER_GAP:
                return None
            if meets(view.kinds_before(u.t0), PREP_KIND_LIST) or u.code == guest.code:
                last = u.t1
                continue
            if not view.has_cue("coord", guest.t1, u.t0) or not RuleRoles._other(u, host) \
                    or any(guest.t1 <= t.t0 < u.t0 for t in view.triggers if t is not trig):
                return None
            return u
        return None

    @staticmethod
    def _with_pair(parties: list[Unit], u: Unit, view: SentenceView) -> bool:
        """(qe) Are the two parties found so far two partners coordinated after a target preposition ("with"), both
        after ``u`` and before the joint act ("US bombers flew with South Korean and Japanese jets in a joint drill")?
        Then ``u``, the subject, is the third party of the joint act: every pair of the three."""
        a, b = (parties[0], parties[1]) if parties[0].t0 < parties[1].t0 else (parties[1], parties[0])
        return u.t1 <= a.t0 and b.t0 - a.t1 <= SECOND_PARTNER_GAP and view.has_cue("coord", a.t1, b.t0) \
            and "target_prep" in view.kinds_before(a.t0)

    @staticmethod
    def _venue(view: SentenceView, u: Unit, trig_start: int, ctx: ArticleContext) -> bool:
        """Is ``u`` where a meeting starting at token ``trig_start`` takes place, not a party of it? (a method, not a
        function nested in _symmetric: a closure is called through the interpreter)"""
        if u.kind in ("capital", "city") and u.t1 == trig_start and ctx.lang.city_names_meeting and u.t0 > view.t0 \
                and ctx.tokens[u.t0 - 1].text not in CLAUSE_PUNCT and not view.has_cue("coord", u.t0 - 1, u.t0):
            # "after Vienna talks", "the Geneva summit": the city that names the meeting is its venue, where a
            # language puts a bare place name before its noun (en); not a city opening its clause, the subject of a
            # verb ("Moscow signed an agreement with China", "Pekín y Moscú firmaron un acuerdo")
            return True
        kinds = view.kinds_before(u.t0)
        if "locative" not in kinds:
            return False
        return u.kind in ("capital", "city") or "target_prep" not in kinds

    def _symmetric(self, before: list[Unit], after: list[Unit], view: SentenceView,
                   ctx: ArticleContext, trig_end: int = 0, trig_start: int = -1) -> list[RoleAssignment]:
        """Both directions between the parties of a meeting, talks, a call or a joint agreement.

        Parties are the actors of the clause nearest the trigger; a place after a locative ("talks in
        Doha", "à Pékin entre Téhéran et Ryad") is a venue, not a party, unless nothing else is there.
        Up to three parties ("X and Y met with Z") give every pair; a third one past another trigger is
        that trigger's. ``trig_end`` is the token after the trigger.
        """
        # ("NATO leaders meeting in Ankara accused Russia of …": an actor after a verb of saying or attitude that
        # follows the meeting word is that verb's object, not a party of the meeting)
        cut: int | None = None  # (a loop, not min(..., default=None): see first_tprep in assign)
        for t in view.triggers:
            if trig_end <= t.t0 and t.entry.type in SAYING_TYPES and (cut is None or t.t0 < cut):
                cut = t.t0
        # (unless the meeting is the setting of that verb, "Bei einem Telefonat sicherte X Y seine Unterstützung zu":
        # then the verb's two parties are the meeting's)
        if cut is not None and trig_start >= 0 and _set_by_during(view, trig_start, view.t0):
            cut = None
        if cut is not None:
            after = [u for u in after if u.t0 < cut]
        ordered = before[::-1] + after
        named = [u for u in ordered if not u.home]
        parties: list[Unit] = []
        for pool in ([u for u in named if not self._venue(view, u, trig_start, ctx)],
                     [u for u in ordered if not self._venue(view, u, trig_start, ctx)]):
            for u in pool:
                if all(u.code != p.code or self._other(u, p) and u.sector != p.sector for p in parties) \
                        and all(u is not p for p in parties) and (len(parties) < 2 or (
                        len(parties) == 2 and ("target_prep" in view.kinds_before(u.t0)
                                               or self._second_partner(parties, u, view, trig_end)
                                               or self._joined_inside(parties[1], u, view, trig_end)
                                               or self._with_pair(parties, u, view))
                        # (not past another verb: "durante una telefonata con X, ha chiesto una tregua a Gaza")
                        and not any(trig_end <= t.t0 < u.t0 for t in view.triggers))):
                    parties.append(u)
            if len(parties) >= 2:
                break
        if len(parties) == 3 and self._second_partner(parties[:2], parties[2], view, trig_end):
            # "spoke by telephone with Abiy and with Afwerki", "met the German chancellor and the Italian prime
            # minister": the subject dealt with each partner named after the verb, not they with each other
            subj, one, two = parties
            return [RoleAssignment(subj, one), RoleAssignment(one, subj),
                    RoleAssignment(subj, two), RoleAssignment(two, subj)]
        if len(parties) < 2:
            if len(parties) == 1 and not self._venue(view, parties[0], trig_start, ctx) and ctx.prev_subject is not None \
                    and ctx.prev_subject.code and ctx.prev_subject.code != parties[0].code and not before:
                parties = [ctx.prev_subject, parties[0]]
            else:
                return []
        out = []
        for a in parties:
            for b in parties:
                if a is not b:
                    out.append(RoleAssignment(a, b))
        return out
