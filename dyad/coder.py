"""The event coder: article in, events out.

Stages, each in its own module: text (normalise, tokens, sentences, language), matcher (one scan
over the lexicon), mentions (actors), triggers, roles, and the attributes (dates, quantities,
places, attribution, negation and modality), then the PLOVER→CAMEO mapping.

>>> from dyad.coder import Coder
>>> coder = Coder()
>>> doc = coder.code_article(Article("a1", "Russia attacked Ukraine on Monday.", published="2025-03-05"))
>>> [(e.type, e.source.code, e.target.code) for e in doc.events]  # doctest: +SKIP
[('ASSAULT', 'RUS', 'UKR')]
"""

from __future__ import annotations

import gc
import logging
import tomllib
from dataclasses import replace
from datetime import date
from typing import Final, Iterable, Iterator, Sequence

from .analysis import CueHit, PlaceHit, SentenceView, TriggerMatch, Unit
from .config import Settings
from .dates import find_dates, parse_iso
from .errors import LanguageError
from .entries import CodeEntry, Language, PlaceEntry
from .lexicon import available_languages, fold, lexicon_dirs
from .matcher import ACTOR, AGENT, CUE, DATE, PLACE, QTY, TAIL, TRIGGER, Hit, Matcher, Token, load_matcher, tokenize
from .mentions import UnitSpecs, build_units, compose, cue_hits, cue_index, resolve_roles, unit_specs
from .plover import load_ontology
from .quantities import find_quantities
from .records import (UNKNOWN, ActorRef, Article, Attribution, Doc, Event, Evidence, Place, Quantity, Sentence)
from .roles import (QUOTES, AGAINST_TYPES, EMBEDDING_TYPES, HOSTILE_TYPES, PREP_KINDS, REBEL_ATTACK_KEY, ArticleContext, RoleAssigner, RoleAssignment, RuleRoles,
                    against_key)
from .text import DETECT_MIN_SHARE, clean, clear_winner, language_scores, segment, stopword_weights
from .triggers import TriggerSpec, find_triggers, match_pattern, trigger_index, trigger_specs

log = logging.getLogger(__name__)
# the hits of a sentence go to four lists, one for each kind of stage that reads them
# (Final: the compiled core inlines them rather than looking them up at every hit)
MENTIONS: Final = 0
TRIGGERS: Final = 1
CUES: Final = 2
NUMBERS: Final = 3
_GROUP_OF = {ACTOR: MENTIONS, AGENT: MENTIONS, PLACE: MENTIONS, TRIGGER: TRIGGERS, CUE: CUES, DATE: NUMBERS,
             QTY: NUMBERS, TAIL: MENTIONS}
HIT_GROUP: Final = tuple(_GROUP_OF[cat] for cat in range(len(_GROUP_OF)))  # indexed by a hit's category
RENAMED_SECTORS: Final = frozenset({"CIV", "MED", "REB"})  # (q10a) people re-named by their bare noun keep their country
NAMED_KINDS: Final = frozenset({"country", "capital", "demonym", "person", "org", "group", "city"})
# (q13b) acts by which a third actor addresses two parties at once ("telefonato sia a X sia a Y", "urged X and Y")
PAIRING_TYPES: Final = frozenset({"CONSULT", "REQUEST"})


# a bare year at most this many tokens from the trigger dates its act
BACKGROUND_REACH: Final = 8


# language identification reads the first DETECT_FIRST tokens, and stops there when one language has at least
# DETECT_SURE stopwords and DETECT_SURE_MARGIN times the runner-up's (text.clear_winner); otherwise the first 400
DETECT_FIRST: Final = 150
DETECT_SURE: Final = 10.0
DETECT_SURE_MARGIN: Final = 2.0


class Coder:
    """Codes articles into events. Lexicons load lazily per language and are cached on disk."""

    def __init__(self, settings: Settings | None = None, roles: RoleAssigner | None = None, **kwargs: object):
        self.settings = settings or Settings.from_env(**kwargs)  # type: ignore[arg-type]
        self.roles: RoleAssigner = roles or RuleRoles()
        self.ontology = load_ontology()
        self.languages = list(self.settings.languages or available_languages(self.settings.lexicon_paths))
        self._matchers: dict[str, Matcher] = {}
        self._future_endings: dict[str, tuple[str, ...]] = {}
        self._determiners: dict[str, frozenset[str]] = {}
        self._cue_kinds: dict[str, tuple[str, ...]] = {}  # the kind of each cue entry, by index
        self._abbreviations: dict[str, frozenset[str]] = {}  # the language's abbreviations, as a set once
        self._trigger_specs: dict[str, list[TriggerSpec]] = {}
        self._trigger_index: dict[str, object] = {}  # (their C arrays, see triggers.trigger_index)
        self._venue_triggers: dict[str, tuple[bool, ...]] = {}  # whether each trigger is of a VENUE_TYPES type: _venues
        self._unit_specs: dict[str, UnitSpecs] = {}  # what build_units reads of the records
        self._roams: dict[str, frozenset[str | None]] = {}
        self._shared: dict[str, dict[str, tuple[str, ...]]] = {}
        self._stopwords: dict[str, frozenset[str]] = {}
        for code in self.languages:
            words: set[str] = set()
            for d in lexicon_dirs(code, self.settings.lexicon_paths):
                p = d / "lang.toml"
                if p.exists():
                    meta = tomllib.loads(p.read_text("utf-8"))
                    det = meta.get("detect", {})
                    words.update(fold(w) for w in (*det.get("stopwords", []), *det.get("shared", [])))
            self._stopwords[code] = frozenset(words)
        self._stop_weights = stopword_weights(self._stopwords)

    # ------------------------------------------------------------------ public API

    def matcher(self, code: str) -> Matcher:
        m = self._matchers.get(code)
        if m is None:
            if code not in self.languages:
                raise LanguageError(f"no lexicon for language {code!r}; available: {', '.join(self.languages)}")
            m = load_matcher(code, self.settings.lexicon_paths, self.settings.use_cache)
            self._matchers[code] = m
            self._future_endings[code] = m.lang.future_endings
            self._determiners[code] = m.lang.determiners
            self._cue_kinds[code] = tuple(c.kind for c in m.lang.cues)
            self._abbreviations[code] = frozenset(m.lang.abbreviations)
            self._trigger_specs[code] = trigger_specs(m.lang)
            self._trigger_index[code] = trigger_index(self._trigger_specs[code])
            self._venue_triggers[code] = tuple(spec[4] in VENUE_TYPES for spec in self._trigger_specs[code])
            self._unit_specs[code] = unit_specs(m.lang)
            # the lexicon is hundreds of thousands of long-lived objects: move them out of the cyclic
            # collector's way so that its full passes do not walk them again and again (~12% faster)
            gc.freeze()
        return m

    def _transnational(self, code: str, lang: Language) -> frozenset[str | None]:
        """The entries (by origin) of groups whose actor file marks them `transnational`."""
        roams = self._roams.get(code)
        if roams is None:
            roams = self._roams[code] = frozenset(a.origin for a in lang.actors if a.scope == "transnational")
        return roams

    def _shared_names(self, code: str, lang: Language) -> dict[str, tuple[str, ...]]:
        """The entries (by origin) of names two states share ("Congo"): their scope lists the other codes."""
        shared = self._shared.get(code)
        if shared is None:
            shared = self._shared[code] = {
                a.origin: (a.code, *(c.strip() for c in a.scope[3:].split(",") if c.strip()))
                for a in lang.actors if a.scope.startswith("or:")}
        return shared

    def actor_mentions(self, text: str, lang: str, on: str | None = None) -> list[Unit]:
        """The actors a text names, as the coder composes them before roles and discourse ("soldati
        nordcoreani" -> PRK MIL); a generic noun keeps no code (it takes one from the article). For tools that
        check the lexicons (bench/actor_resolution.py, scripts/check_world_coverage.py)."""
        m = self.matcher(lang)
        folded = fold(text)
        tokens = tokenize(folded)
        hits = m.scan(text, folded, tokens)
        cues = [CueHit(m.lang.cues[h.idx].kind, h.t0, h.t1) for h in hits if h.cat == CUE]
        _, ends = cue_index(cues)
        gen = frozenset((c.t0, c.t1 + 1 if c.t1 < len(tokens) and tokens[c.t1].text == "'" else c.t1)
                        for c in cues if c.kind == "genitive")
        return compose(build_units(hits, m.lang, on, specs=self._unit_specs[lang]), tokens, ends, gen)

    def load_all(self) -> None:
        for code in self.languages:
            self.matcher(code)

    @property
    def lexicon_version(self) -> str:
        """A content hash of the lexicons of every loaded language (changes when any file changes)."""
        self.load_all()
        return "-".join(f"{c}:{self._matchers[c].version}" for c in sorted(self._matchers))

    def detect(self, text: str) -> str | None:
        """The language of a text: by stopwords, or for short texts by how many words each lexicon knows."""
        return self._detect(tokenize(fold(text[:5000])))

    def _detect(self, tokens: list[Token]) -> str | None:
        # (the steps of text.detect_language, so that the scores are counted once). The opening words
        # first: an article whose language they show beyond doubt (most) is not read further
        if len(tokens) > DETECT_FIRST:
            score, n = language_scores(tokens, self._stop_weights, DETECT_FIRST)
            lang = clear_winner(score, DETECT_SURE, DETECT_SURE_MARGIN)
            if lang is not None and score[lang] / n >= DETECT_MIN_SHARE:
                return lang
        score, n = language_scores(tokens, self._stop_weights)
        lang = clear_winner(score)
        if lang is not None and score[lang] / n >= DETECT_MIN_SHARE:
            return lang
        # thin or close evidence (a short text): add the words each lexicon knows, a word known to k
        # lexicons counting 1/k ("Gaza" is in all of them, "expulsó" only in Spanish). Only words in the
        # scripts the lexicons are written in (Latin) count: a few Latin names in a Cyrillic or Chinese
        # text must not make it look English, nor a Latin sentence among them look foreign
        words = [t.text for t in tokens[:400] if t.text[:1].isalpha() and t.text[0] <= "\u024f"][:200]
        if not words:
            return None
        singles = [(code, self.matcher(code).single) for code in self.languages]
        known = dict.fromkeys(self.languages, 0)
        for w in words:
            langs = [code for code, single in singles if w in single]
            for code in langs:
                known[code] += 1
                score[code] = score.get(code, 0.0) + 1.0 / len(langs)
        best = max(self.languages, key=lambda c: score.get(c, 0.0))  # the first listed wins a tie
        # the winner must know a fifth of the words: an unsupported language is not coded by accident
        return best if score.get(best) and known[best] >= max(1, len(words) // 5) else None

    def pipe(self, articles: Iterable[Article]) -> Iterator[Doc]:
        for a in articles:
            yield self.code_article(a)

    def code_article(self, article: Article) -> Doc:
        text = clean(article.text or "")
        warnings: list[str] = []
        if not text.strip():
            return Doc(article, "", (), (), {"warnings": ("empty article: no text to code",)})
        if len(text) > self.settings.max_chars:
            warnings.append(f"article is {len(text):,} characters; coded the first {self.settings.max_chars:,}")
            text = text[: self.settings.max_chars]
        folded = fold(text)
        tokens = tokenize(folded) if len(text) <= self.settings.chunk_chars else None
        lang = article.lang or self._detect(tokens if tokens is not None else tokenize(folded[:5000]))
        if lang and lang not in self.languages:
            lang = lang.split("-")[0].lower()
        if not lang or lang not in self.languages:
            why = f"language {lang!r} is not supported" if lang else "language not recognised"
            return Doc(article, lang or "", (), (), {"warnings": (f"{why}; supported: {', '.join(self.languages)}",)})
        m = self.matcher(lang)
        events: list[Event] = []
        sentences: list[Sentence] = []
        for offset, block in _blocks(text, self.settings.chunk_chars):
            pre = (folded, tokens) if tokens is not None else None
            evs, sents = self._code_block(article, block, offset, lang, m, len(events), len(sentences), pre)
            events += evs
            sentences += sents
        return Doc(article, lang, tuple(sentences), tuple(events), {"warnings": tuple(warnings)})

    # ------------------------------------------------------------------ one block of text

    def _code_block(self, article: Article, text: str, offset: int, lang_code: str, m: Matcher,
                    n_events: int, n_sents: int, pre: tuple[str, list[Token]] | None = None
                    ) -> tuple[list[Event], list]:
        lang = m.lang
        folded, tokens = pre if pre is not None else (fold(text), None)
        if tokens is None:
            tokens = tokenize(folded)
        sents, ranges = segment(text, folded, tokens, self._abbreviations[lang_code])
        if not sents:
            return [], []
        hits = m.scan(text, folded, tokens)
        published = parse_iso(article.published)
        on = article.published[:10] if article.published else None
        sent_of: list[int] = []  # the sentence of each token (the sentences cover the tokens in order)
        for i, (t0, t1) in enumerate(ranges):
            sent_of += [i] * (t1 - t0)
        # each sentence's hits, in scan order, split by the stages that read them (see HIT_GROUP)
        per_sent: list[tuple[list[Hit], ...]] = [([], [], [], []) for _ in sents]
        for h in hits:
            per_sent[sent_of[h.t0]][HIT_GROUP[h.cat]].append(h)

        dl0, dateline = _dateline(text, tokens) if offset == 0 else (0, 0)
        views: list[SentenceView] = []
        cue_kinds = self._cue_kinds[lang_code]
        specs = self._trigger_specs[lang_code]
        t_index = self._trigger_index[lang_code]
        venue_triggers = self._venue_triggers[lang_code]
        u_specs = self._unit_specs[lang_code]
        for s, (t0, t1), sh in zip(sents, ranges, per_sent):
            mentions = sh[MENTIONS]
            if dateline and t0 < dateline and t1 > dl0:
                mentions = [h for h in mentions if not dl0 <= h.t0 < dateline]
            cues = cue_hits(sh[CUES], cue_kinds, tokens, t1)
            if any(c.kind == "subordinator" for c in cues):
                cues = _drop_adverbs_after_aux(cues)
            if lang.nouns_capitalised:
                cues = _relative_pronouns(cues, tokens, text, t0, t1, lang.determiners)
            if any(c.kind == "genitive" for c in cues):
                cues = _drop_partitives(cues, sh[NUMBERS], tokens, lang)
                cues = _drop_opening_articles(cues, tokens, t0)
                if lang.nouns_capitalised:
                    cues = _drop_articles_after_verbs(cues, sh[TRIGGERS], text)
            cue_starts, cue_ends = cue_index(cues)
            v = SentenceView(s, t0, t1, cues=cues, cue_starts=cue_starts, cue_ends=cue_ends)
            if mentions:
                # (one loop, no generators: two sets of each sentence)
                loc_ends: set[int] = set()  # where a locative cue ends
                gen: set[tuple[int, int]] = set()  # the spans of the genitive cues
                for c in cues:
                    if c.kind == "locative":
                        loc_ends.add(c.t1)
                    elif c.kind == "genitive":
                        gen.add((c.t0, c.t1))
                v.units = compose(build_units(mentions, lang, on, loc_ends, u_specs), tokens, v.cue_ends, gen)
                if v.units and ('"' in s.text or "“" in s.text or "«" in s.text or "”" in s.text):
                    v.units = _unquoted_places(v.units, tokens)
                if v.units and any(c.kind == "speech" and c.t1 - c.t0 > 1 for c in cues):
                    v.units = _drop_audience(v.units, cues)
            v.attribution = _attribution_span(v, tokens, text if lang.nouns_capitalised else "")
            views.append(v)

        _acronyms(views, tokens, text)
        _surnames(views, tokens, text, lang.nouns_capitalised)
        filed = _filed_in(per_sent, sent_of, dl0, dateline, lang, on, u_specs) if dateline else None
        shared = self._shared_names(lang_code, lang)
        if shared:
            _settle_shared_names(views, shared, filed, lang.codes)

        # the article's main country: most named as a bare noun phrase (not after "in", "of", "to"), the
        # first such one on a tie
        order: dict[str, int] = {}
        counts: dict[str, int] = {}  # (a dict, not a Counter: its __missing__ runs as interpreted Python)
        roams = self._transnational(lang_code, lang)  # groups coded by where they act: not a home country
        for v in views:
            for u in v.units:
                # (q10a: a company named by its name does not vote: "la australiana BHP" in a strike story set in Chile)
                if u.code and u.kind in NAMED_KINDS and u.entry not in roams \
                        and not (u.kind == "org" and u.sector == "BUS") \
                        and not v.ends_before(u.t0, PREP_KINDS):
                    if u.code not in counts:
                        counts[u.code] = 0
                        order[u.code] = len(order)
                    counts[u.code] += 1
        if not counts:
            for v in views:
                for u in v.units:
                    if u.code and u.kind in NAMED_KINDS:
                        if u.code not in counts:
                            counts[u.code] = 0
                            order[u.code] = len(order)
                        counts[u.code] += 1
        # (named anywhere: "a Vietnam", "en Birmanie" name the country too; one the story never names — "DOHA"
        # for talks held there — does not vote; the dateline wins a tie)
        if filed is not None and any(u.code == filed for v in views for u in v.units):
            counts[filed] = counts.get(filed, 0) + DATELINE_VOTES
            order[filed] = -1
        home: str | None = None  # the most counted, the first in order on a tie (min without its keyword call)
        for named in counts:
            if home is None or (-counts[named], order[named]) < (-counts[home], order[home]):
                home = named
        runner_up: str | None = None  # (qf) the most counted country after the main one, for a minority of the main one's
        for named in counts:
            if named != home and (runner_up is None
                                  or (-counts[named], order[named]) < (-counts[runner_up], order[runner_up])):
                runner_up = named
        # a generic noun ("la polizia", "the militias") belongs to where its sentence happens ("in Libia",
        # "in Nairobi"), else to where its paragraph last happened, else to the article's main country
        local: str | None = None
        codes = lang.codes
        para = -1
        recent: dict[str, Unit] = {}  # the last actor of each anaphor class, for "the group", "the bloc"
        people: dict[str, str] = {}  # (q10a) civilians or press named with their country: their noun → its code
        armed: str | None = None  # (q14b) where the last armed group named by a bare noun was placed by its sentence
        owner_before: str | None = None  # (q14a) the previous sentence's first named actor, for "Its spokesperson"
        envoy_of: str | None = None  # (qf) the country of the last envoy or mission named with it, for "the embassy"
        for v, sh in zip(views, per_sent):
            _resolve_anaphors(v, recent, tokens)
            if v.sent.paragraph != para:
                local, para = None, v.sent.paragraph
            v.where, seat = _where(v, sh[MENTIONS], lang.places, tokens, text,
                                   _venues(v, sh[TRIGGERS], specs, venue_triggers, tokens, lang.max_gap))
            here = v.where.code if v.where else None
            if here and not seat:  # ("die Regierung in Abidjan": the seat of one noun, not the paragraph's place)
                local = here
            # (the previous sentence's actor was tried as a further default and lost on the dev set: in
            # conflict news "the rebels" are rarely the country just named)
            fill = here or local or home
            owned_end = 0  # (q14a) the end of an agent noun given the previous sentence's actor (its apposition follows)
            for u in v.units:
                if u.code is None and fill and u.role == FOREIGN:
                    # "migrants", "asylum seekers" (role `foreign`): people from elsewhere, whose country a bare
                    # noun does not tell; not the country they are in ("déplacés", the displaced, are its own)
                    u.code, u.kind, u.home = UNKNOWN, "agent", True
                elif u.code is None and "relative_genitive" in v.kinds_before(u.t0) \
                        and (owner := _whose(v, u, tokens)):
                    # "the European Union, whose foreign ministers blacklisted …", "Rusia, cuyas tropas …": the
                    # agent noun after a relative genitive is the one of the actor the relative hangs on
                    u.code, u.kind = _organ_of(owner, u.sector, codes), "agent"
                elif u.code is None and people and u.t1 == u.t0 + 1 and u.t0 >= 1 \
                        and (tokens[u.t0 - 1].text in lang.determiners or tokens[u.t0 - 1].text.isdigit()
                             or tokens[u.t0 - 1].text in lang.counting_words()[1]) and tokens[u.t0].text in people:
                    # (q10a) "retuvo a cuatro pescadores beliceños … los pescadores fueron liberados": the same
                    # people named again by their bare noun, not the article's main country's (q11a: counted too,
                    # "von somalischen Piraten gekapert … zwei Piraten getötet"; and armed groups as people are)
                    u.code, u.kind = people[tokens[u.t0].text], "agent"
                elif u.code is None and u.sector == "REB" and armed and not (here or local):
                    # (q14b) "sei marittimi rapiti da un gruppo di pirati al largo del Delta del Niger, in Nigeria … I pirati
                    # avevano chiesto all'armatore un riscatto": an armed group named by a bare noun, with no place of
                    # its own, is the one last placed in the article, not the article's main country's (the seamen's)
                    u.code, u.kind, u.home = _organ_of(armed, u.sector, codes), "agent", True
                elif u.code is None and owner_before is not None and u.sector != "MED" and (
                        u.t0 == v.t0 + 1 and "possessive" in v.kinds_before(u.t0)
                        or owned_end and owned_end < u.t0 <= owned_end + 2 and tokens[owned_end].text == ","):
                    # (q14a) "L'armée soudanaise a démenti … Son porte-parole a affirmé …", "Its spokesperson said": an
                    # agent noun opening a sentence after a possessive belongs to the previous sentence's first
                    # named actor, not to the article's main country; so does a title in apposition to it ("Son
                    # porte-parole, le général …,")
                    u.code, u.kind = _organ_of(owner_before, u.sector, codes), "agent"
                    owned_end = u.t1
                elif u.code is None and envoy_of is not None and u.role == MISSION and not here and u.t0 > v.t0 \
                        and tokens[u.t0 - 1].text in lang.determiners and "possessive" not in v.kinds_before(u.t0):
                    # (qf) "bestellte den russischen Botschafter ein und wies einen Mitarbeiter der Botschaft aus": an
                    # embassy named by its bare noun after an article is the last foreign envoy's or mission's, not the
                    # article's main country's (which hosts it); not "seine Botschaft", nor one placed in its sentence
                    u.code, u.kind = _organ_of(envoy_of, u.sector, codes), "agent"
                elif u.code is None and lang.coordinated_government and u.sector == "GOV" \
                        and (gov := _coordinated_government(v, u)) is not None:
                    # (qd) "Il governo di Baghdad ha condannato i raid e ieri il ministero degli Esteri ha convocato …":
                    # a bare ministry opening a clause coordinated to one whose subject is a named government is
                    # that government's, not the article's main country's
                    u.code, u.kind = _organ_of(gov, u.sector, codes), "agent"
                elif u.code is None and fill:
                    u.code, u.kind, u.home = _organ_of(fill, u.sector, codes), "agent", True
                    if here and u.sector == "REB":
                        armed = here
                elif u.entry in roams and fill:  # "JNIM attacked Djibo": Burkina Faso's rebels there
                    u.code = fill
                if u.role == MINORITY and u.code and not u.home and u.kind == "demonym":
                    # (qf) "den Vorsitzenden eines Verbands der ungarischen Minderheit festgenommen" (in Ukraine): a
                    # minority named by its demonym lives in another state, the first of the sentence's, the paragraph's,
                    # the article's main or next country that is not the demonym's
                    for other in (here, local, home, runner_up):
                        if other is not None and other != u.code:
                            u.code, u.kind, u.home = _organ_of(other, u.sector, codes), "agent", True
                            break
                if (u.role == ENVOY or u.role == MISSION) and not u.home and u.code and u.code != home \
                        and u.kind in ENVOY_NAMED_KINDS:
                    envoy_of = u.code
            owner_before = None
            for u in v.units:
                if u.code and not u.home and u.code != UNKNOWN:
                    owner_before = u.code
                    break
            for u in v.units:
                # (qc) so do ships and warplanes ('eine deutsche Fregatte … Die Fregatte nimmt … teil': role `vessel`);
                # (qb) soldiers too, where the language's setting says so: "soldats guinéens … arrêtés par les soldats"
                if (u.sector in RENAMED_SECTORS or u.role == VESSEL or lang.renamed_military and u.sector == "MIL") \
                        and not u.home and u.code \
                        and u.kind in ("demonym", "country"):
                    for i in range(u.t0, u.t1):
                        people[tokens[i].text] = u.code
            resolve_roles(v.units, lang, on)

        # a named agency reporting (KCNA, TASS): its article reports its own side's acts; "plusieurs médias
        # locaux", a default-country noun, names no one whose side could be meant
        article_att = None
        for v in views:
            a = _attribution(v, tokens, text)
            if a and a.sector == "MED" and any(not u.home for u in v.units
                                               if v.attribution and v.attribution[0] <= u.t0 < v.attribution[1]):
                article_att = a
                break

        ctx = ArticleContext(tokens, lang, home, text=text)
        events: list[Event] = []
        seen: set[tuple[str, str, str, str, str, int]] = set()
        for v, sh in zip(views, per_sent):
            # a sentence that names no actor gives an event only by continuing the previous one
            # "Also read | Biden calls Netanyahu": a link to another article, not this article's news
            if v.cue_starts.get(v.t0) and "boilerplate" in v.cue_starts[v.t0]:
                v.triggers = []
            elif v.units or lang.drops_subjects or v.has_cue("subject_pronoun", v.t0, v.t1) \
                    or ctx.last_dyad is not None and v.has_cue("anaphor_both", v.t0, v.t1):  # ("Les deux pays ont signé")
                v.triggers = [t for t in find_triggers(sh[TRIGGERS], tokens, lang, v.t0, v.t1, v.units, specs, t_index)
                              if not _in_title(v, t) and not (not lang.nouns_capitalised and _in_name(v, t, tokens, text))]
                if lang.participle_endings and v.triggers:
                    v.triggers = [t for t in v.triggers if not _modifier(v, t, tokens, lang, text)]
            ctx.prior = []
            sent_events: list[Event] = []
            if v.triggers:
                own_att = _attribution(v, tokens, text)
                attributes_done = False
                for trig in v.triggers:
                    # (the rule assigner called natively: through the RoleAssigner protocol the call is looked up and
                    # its arguments parsed by the interpreter)
                    assigner = self.roles
                    assigned = assigner.assign(v, trig, ctx) if isinstance(assigner, RuleRoles) \
                        else assigner.assign(v, trig, ctx)
                    if assigned and not attributes_done:  # only sentences that give an event pay for these
                        v.dates = find_dates(sh[NUMBERS], tokens, lang, v.t0, v.t1, published)
                        in_dates = {t for d in v.dates for t in range(d.t0, d.t1)}
                        v.quantities = [q for q in find_quantities(sh[NUMBERS], tokens, lang, v.t0, v.t1, v.cues)
                                        if q.t0 not in in_dates]  # "quattro anni fa" is a date, not 4 years
                        v.places = _places(sh[MENTIONS], v)
                        attributes_done = True
                    for trig, ra in [(trig, ra) for ra in assigned] + _mediation(v, trig, assigned):
                        ra = _victims_of_same_strike(trig, ra, ctx.prior, ctx.last_dyad)
                        ctx.prior.append((trig, ra))
                        prev = ctx.last_source.get(trig.entry.type)
                        if trig.entry.type == "ASSAULT" and ra.source.sector == "REB" and not ra.carried:
                            ctx.last_source[REBEL_ATTACK_KEY] = ra.source  # (qc) for "condemned the terror attack"
                        if not ra.carried and not (
                                ra.source.home and prev is not None and not prev.home
                                and ctx.source_paragraph.get(trig.entry.type) == v.sent.paragraph):
                            # a generic noun given the default country ("l'armée", "the army") does not
                            # replace a named doer of that type in its paragraph: "condemned the attack" still
                            # means the named one's (a title, its own paragraph, does not hold on to a doer)
                            # (q13a: nor in the paragraph after it, where the army's riposte is told: "L'armée affirme
                            # avoir tué huit terroristes lors de la riposte" after the attack the FRUD claimed)
                            ctx.last_source[trig.entry.type] = ra.source
                            ctx.source_paragraph[trig.entry.type] = v.sent.paragraph
                        att = own_att
                        if att is None and article_att is not None and article_att.actor in (
                                ra.source.code, ra.target.code if ra.target else None):
                            att = article_att  # an agency's article reports its own side's acts
                        ev = self._event(article, lang_code, text, offset, tokens, v, trig, ra, att, published,
                                         n_events + len(events) + len(sent_events), n_sents, lang.places)
                        if ev is None:
                            continue
                        if trig.entry.type == "REQUEST" and ra.target is not None and ra.source.code \
                                and ra.target.code and ra.target.code != ra.source.code \
                                and not (ev.negated or ev.hypothetical):
                            ctx.asked[ra.target.code] = ra.source  # whom a refusal of the request may answer
                        if trig.entry.type == "COERCE" and ra.target is not None and not (ev.negated or ev.hypothetical):
                            ctx.last_held = ra.target  # (q14a) whom "Three were released" counts
                        if trig.entry.type in AGAINST_TYPES and ra.target is not None and ra.source.code \
                                and ra.target.code and not (ev.negated or ev.hypothetical):
                            if ra.target.code != ra.source.code:
                                ctx.against[ra.target.code] = ra.source  # whom the target may later answer
                                if trig.entry.type == "ACCUSE":
                                    ctx.accusers[ra.target.code] = ra.source  # whom a denial of accusations answers
                                    ctx.accused[ra.source.code] = ra.target  # (q14a) whom a vow to retaliate answers
                                    ctx.last_accused = ra.target  # (q13a) whom "joined the criticism" accuses
                            elif ra.target.sector and RuleRoles._other(ra.target, ra.source):
                                # within one country, between distinct specific sectors ("the opposition accused
                                # the government", then "the president denied it"): kept apart by the sector
                                # acted against, and consulted only when no foreign actor acted against the country
                                ctx.against[against_key(ra.target.code, ra.target.sector)] = ra.source
                        key = (ev.type, ev.source.code, ev.target.code, ev.target.sector, ev.mode, v.sent.index)
                        if key in seen:
                            continue
                        if (ev.negated or ev.hypothetical) and not self.settings.include_all:
                            continue  # (qb: before its key is taken, "who did not call for …, urged …" is still told)
                        seen.add(key)
                        if ev.confidence < self.settings.min_confidence:
                            continue
                        sent_events.append(ev)
                        if ra.target is not None and _names_a_dyad(ra) and not (ev.negated or ev.hypothetical):
                            if ctx.last_dyad is not None and {u.code for u in ctx.last_dyad} != {
                                    ra.source.code, ra.target.code}:
                                ctx.prev_dyad = ctx.last_dyad  # ("urged both sides" may skip its speaker's dyad)
                            ctx.last_dyad = (ra.source, ra.target)
                            if ra.source.sector != "IGO" and ra.target.sector != "IGO":  # (q10b: "both governments")
                                ctx.state_dyad = ctx.last_dyad
                            ctx.dyad_hostile = trig.entry.type in HOSTILE_TYPES
                            ctx.dyad_type = trig.entry.type
                            if ctx.dyad_hostile:
                                ctx.conflict_dyad = ctx.last_dyad
                            if trig.entry.type == "AGREE":
                                ctx.last_agree = (ra.source, ra.target)
                                ctx.last_agree_at = (v.sent.index, v.sent.paragraph)
                        elif ra.target is not None and ra.target_fallback and trig.entry.type in HOSTILE_TYPES \
                                and not (ev.negated or ev.hypothetical) and not ra.source.home and not ra.target.home \
                                and ra.source.code != ra.target.code:
                            # (q12a) a hostile act between two named states whose target was found in an of-phrase
                            # ("griff Stellungen der syrischen Armee an") is still who fought: a later call on "both
                            # sides" to show restraint goes to them, not to a critic of one of them
                            ctx.conflict_dyad = (ra.source, ra.target)
                    if trig.entry.type in PAIRING_TYPES and len(assigned) > 1:
                        # (q13b) "Putin ha telefonato sia a Japarov sia a Rahmon", "called on Kyiv and Moscow": one actor
                        # addressing two states makes those two the pair that "both countries" later names, not the
                        # caller and the last one called
                        first = assigned[0].source
                        two = [a.target for a in assigned if a.source is first and a.target is not None
                               and _names_a_dyad(a) and a.target.code != first.code]
                        if len(two) == 2 and two[0].code != two[1].code and ctx.last_dyad is not None:
                            ctx.prev_dyad, ctx.last_dyad = ctx.last_dyad, (two[0], two[1])
            events += sent_events
            ctx.prev_subject = _subject_of(v, ctx.prior, ctx.prev_subject, tokens)
        if not offset and not n_sents:  # the first block: its sentences are already numbered and placed
            return events, list(sents)
        out_sents = [replace(s, index=s.index + n_sents, start=s.start + offset, end=s.end + offset)
                     for s in sents]
        return events, out_sents

    def _event(self, article: Article, lang: str, text: str, offset: int, tokens: list[Token],
               v: SentenceView, trig: TriggerMatch, ra: RoleAssignment, att: Attribution | None,
               published: date | None, n: int, n_sents: int, places: Sequence[PlaceEntry]) -> Event | None:
        e = trig.entry
        src = _actor(ra.source, text, offset)
        if ra.target is not None:
            tgt = _actor(ra.target, text, offset)
        elif e.type == "PROTEST" and src.code != UNKNOWN:
            if src.sector == "IGO":
                return None  # (qb) an organisation holds no demonstration: a protest noun with no doer of its own
            tgt = ActorRef(code=src.code, sector="GOV", name=src.name)  # protesters address their government
        elif e.type in ("REQUEST", "ACCUSE", "SUPPORT") and src.code != UNKNOWN and src.sector in ("CIV", "OPP") \
                and e.frame != "sym":
            # "opposition supporters marched on parliament, demanding that the agreement be put to a vote", "Özel forderte
            # Neuwahlen": protesters' demands and an opposition leader's words that name no addressee go to their
            # government, as their protests do (roles.py lets only those through with no target)
            tgt = ActorRef(code=src.code, sector="GOV", name=src.name)
        elif e.type == "RETREAT" and src.code != UNKNOWN and src.sector in ("CIV", "OPP") and e.frame == "intr":
            # "the farmers lifted their roadblocks": protesters who back down yield to their government
            tgt = ActorRef(code=src.code, sector="GOV", name=src.name)
        elif e.type == "COERCE" and e.frame == "intr" and src.code != UNKNOWN and src.sector in ("POL", "MIL", "GOV"):
            tgt = ActorRef(code=src.code, sector="CIV")  # a rally dispersed: the state acts on its own people
        else:
            tgt = ActorRef()
        if src.code == tgt.code and src.sector == tgt.sector:
            return None
        if e.type == "PROTEST" and ra.target is not None and ra.source.kind in ("country", "capital") \
                and src.sector in ("", "GOV") and tgt.code not in (UNKNOWN, src.code) \
                and tgt.sector in ("", "GOV", "MIL", "POL", "SPY"):
            # "Vietnam protests China's seizure of a fishing boat": a state protesting at another state complains
            # (a diplomatic protest, ACCUSE), it does not demonstrate
            e = replace(e, type="ACCUSE", mode="diplomatic protest")
        cameo, goldstein, quad = self.ontology.cameo(e.type, e.mode)
        anchor = tokens[trig.t0]
        lo, hi = max(v.t0, trig.t0 - 4), trig.t0
        # (a negation after an of-word negates the act alleged, not the allegation: "accusata di non aver rispettato",
        # "accused of not complying", "acusado de no")
        negated = v.has_cue("negation", lo, hi) or any(
            c.kind == "negation" and trig.t0 < c.t0 < min(v.t1, trig.t0 + 3) and "genitive" not in v.kinds_before(c.t0)
            for c in v.cues)
        if negated:
            # (q14a) "a accusé N'Djamena de …": an elided "n'" that opens an actor's name negates nothing
            for c in v.cues:
                if c.kind == "negation":
                    for u in v.units:
                        if u.t0 == c.t0 and u.t1 > c.t1:
                            negated = False
            if not negated:
                negated = any(c.kind == "negation" and all(u.t0 != c.t0 or u.t1 <= c.t1 for u in v.units)
                              and (lo <= c.t0 < hi or trig.t0 < c.t0 < min(v.t1, trig.t0 + 3)
                                   and "genitive" not in v.kinds_before(c.t0)) for c in v.cues)
        if negated and any(c.kind == "negation" and c.t0 in trig.matched for c in v.cues):
            # "dichiarato persona non grata": a negation word that is part of the trigger's own words
            own = set(trig.matched)
            negated = any(c.kind == "negation" and c.t0 not in own
                          and (lo <= c.t0 < hi or trig.t0 < c.t0 < trig.t0 + 3 and "genitive" not in v.kinds_before(c.t0))
                          for c in v.cues)
        if not negated and trig.t1 - trig.matched[0] > len(trig.matched):
            # a negation inside a gap of the trigger's own pattern, not one of its words ("hat die Häftlinge nicht auf
            # freien Fuß gesetzt", "haben Taiwan keine Waffen verkauft"): the bracket's act is negated
            own = set(trig.matched)
            negated = any(c.kind == "negation" and trig.matched[0] < c.t0 < trig.t1 and c.t0 not in own
                          and all(u.t0 != c.t0 or u.t1 <= c.t1 for u in v.units) for c in v.cues)
        if not negated and e.type not in ("ACCUSE", "REJECT", "REQUEST", "THREATEN") \
                and v.has_cue("speech", max(v.t0, trig.t0 - 6), trig.t0):
            # (q11b) "Il ministero della Difesa non ha invece confermato l'invio di rinforzi": an act that a verb of saying
            # denies or does not confirm is not told as done (the negation stands before the verb, not the act)
            negated = any(c.kind == "speech" and c.t1 <= trig.t0 <= c.t1 + 3 and v.has_cue("negation", max(v.t0, c.t0 - 3), c.t0)
                          and not any(tokens[i].text in ",;:" for i in range(c.t1, trig.t0)) for c in v.cues)
        uncertain = v.has_cue("uncertain", max(v.t0, trig.t0 - 6), min(v.t1, trig.t0 + 3))
        # "accused Russia of attacking", "alleged that Russia attacked": the act is alleged; "condemned the
        # attack" presupposes it happened (no of-word or clause break between; an of-word right after the
        # verb is an article: "a dénoncé des attaques")
        alleged = e.type not in ("ACCUSE", "REQUEST", "THREATEN", "REJECT") and any(
            t.entry.type == "ACCUSE" and t.t1 <= trig.t0
            and not v.has_cue("coord", t.t1, trig.t0)
            and (v.has_cue("genitive", t.t1 + 1, trig.t0) or v.has_cue("clause_break", t.t1, trig.t0)
                 or trig.t0 - t.t1 >= 6)
            and not any(tokens[i].text in ";:" for i in range(t.t1, trig.t0))  # (in the same clause)
            # (not past a subordinator: "India condemned the shelling, while China expressed support for Islamabad"
            # is China's own act, nothing India alleges)
            and not v.has_cue("subordinator", t.t1, trig.t0)
            for t in v.triggers)
        if alleged and ra.target is not None and ra.target.home:
            return None  # "accused France of supporting terrorists": whose terrorists is a guess on a guess
        if alleged and e.type in ("AID", "COOPERATE", "SUPPORT", "MOBILIZE"):
            # "accused Eritrea of arming the rebels", "accusations that Iran finances the militia": help alleged
            # is what the accusation says, not a help reported; the accusation is the event; (qd) so is a build-up
            # alleged ("ha accusato la Nato di militarizzare la regione")
            return None
        # "accused the opposition of fomenting unrest": what is alleged is reported as uncertain
        uncertain = uncertain or (alleged and e.type != "SUPPORT")
        hypothetical = v.has_cue("hypothetical", max(v.t0, trig.t0 - 5), trig.t0 + 1)  # "forniranno" itself
        if hypothetical and v.has_cue("clause_break", max(v.t0, trig.t0 - 4), trig.t0):
            # (qe) "urged all parties to avoid escalation but criticised …": a cue of the clause before a break ("but",
            # "mais") leaves the verb after it told as done
            hypothetical = _hypothetical_in_clause(v, trig.t0)
        if hypothetical and (e.type in EMBEDDING_TYPES or (e.type == "SUPPORT" or e.type == "AID") and len(trig.matched) > 1):
            # "ha minacciato di attaccare", "amenazó con atacar": the cue makes the attack hypothetical,
            # not the threat it is part of; (q11b) support offered is support given ("ofreció su apoyo a los esfuerzos
            # de la ONU": the offer, a hypothetical cue, is one of the pattern's own words); (qf) so is aid pledged by a
            # pattern that holds its future auxiliary ("Brüssel werde Moldau 250 Millionen Euro Hilfe bereitstellen")
            own = set(trig.matched)
            hypothetical = any(c.kind == "hypothetical" and max(v.t0, trig.t0 - 5) <= c.t0 <= trig.t0
                               and c.t0 not in own for c in v.cues)
        fut = self._future_endings.get(lang)
        if fut and not hypothetical:  # a future-tense verb in the clause before the trigger, or the trigger
            future = [i for i in range(max(v.t0, trig.t0 - 4), trig.t0 + 1)
                      if len(tokens[i].text) > 4 and tokens[i].text.endswith(fut)]  # (the cheap test first)
            if future:
                names = {i for u in v.units for i in range(u.t0, u.t1)}  # "Irán" is no future tense
                if e.type == "THREATEN":
                    # "l'Iran risponderà con fermezza", "Irán responderá con contundencia": a threat is told in the
                    # future; only a future before its own words makes it one that may not be made
                    names |= set(trig.matched)
                hypothetical = any(i not in names for i in future)
        # date: the date expression nearest the trigger
        d_text, d_val, d_prec = "", article.published[:10] if article.published else None, "published"
        if v.dates:
            best = v.dates[0]  # (the first nearest, as min(v.dates, key=…) gives, without its keyword call)
            for d in v.dates:
                if abs(d.t0 - trig.t0) < abs(best.t0 - trig.t0):
                    best = d
            d_val, d_prec = best.date, best.precision
            if published is not None and best.precision == "year" and abs(best.t0 - trig.t0) <= BACKGROUND_REACH \
                    and int(best.date[:4]) <= published.year - 2 and best.t1 - best.t0 == 1 \
                    and tokens[best.t0].text.isdigit() \
                    and (tokens[best.t0 - 1].text not in self._determiners.get(lang, frozenset())
                         or len(trig.matched) == 1 and 0 <= best.t0 - trig.t1 <= 2
                         and "genitive" in v.kinds_before(best.t0)) \
                    and not any(min(trig.t1, best.t0) <= t.t0 < max(trig.t0, best.t1) for t in v.triggers) \
                    and not (best.t1 <= trig.t0 and best.t0 - v.t0 > 2
                             and any(tokens[i].text == "," for i in range(best.t1, trig.t0))):
                # "ASEAN agreed a peace plan with the junta in 2021", "Die Nato hatte 1999 … eingegriffen": an act
                # dated by a bare year written out, long before the story, is background, not the news (not "the
                # 2015 accord", unless the year's of-phrase qualifies the event noun itself: "les manifestations
                # de 2018", "las protestas antigubernamentales de 2018"; nor the year of another act between: "accused
                # Russia of attacking Kharkiv in 2022";
                # an act "four years ago" the story itself dates, and it stays; nor a year that closes a clause
                # before the trigger: "Russia, which invaded Ukraine in 2022, launched strikes" - unless it opens
                # the sentence: "In 2019, Egypt and Sudan signed a pact")
                return None
            d_text = text[tokens[best.t0].start:tokens[best.t1 - 1].end]
            if published is not None and best.precision == "day" and best.date > published.isoformat() \
                    and abs(best.t0 - trig.t0) <= BACKGROUND_REACH:
                # "doivent envoyer la semaine prochaine une mission de médiation", "will meet on Thursday": an act
                # dated after the story is planned, not done
                hypothetical = True
        quantities = {}
        for q in v.quantities:
            if q.key not in quantities:
                quantities[q.key] = Quantity(value=q.value, min=q.min, approx=q.approx,
                                             text=text[tokens[q.t0].start:tokens[q.t1 - 1].end])
        location = self._location(v, trig, ra, tokens, text, offset, places)
        # (in hundredths, as ints: the same value as round(conf, 2) on the sum of floats, without the call of the
        # builtin round through the interpreter)
        conf = 45
        conf += 0 if ra.carried else 15
        conf += 0 if ra.target_fallback or ra.target is None else 15
        conf += 10 if trig.entry.weight >= 2 else 0
        conf -= 20 if uncertain else 0
        s = v.sent
        return Event(
            article_id=article.id, event_id=f"{article.id}/{n}", lang=lang, type=e.type,
            mode=self.ontology.mode(e.type, e.mode),  # the lexicon's word for it may be an alias
            source=src, target=tgt,
            evidence=Evidence(s.text, s.start + offset, s.end + offset, text[anchor.start:tokens[trig.t1 - 1].end],
                              s.index + n_sents),
            cameo=cameo, goldstein=goldstein, quad_class=quad, date=d_val, date_precision=d_prec, date_text=d_text,
            location=location, attribution=att, quantities=quantities, negated=negated, uncertain=uncertain,
            hypothetical=hypothetical, confidence=max(5, min(95, conf)) / 100,
        )

    @staticmethod
    def _location(v: SentenceView, trig: TriggerMatch, ra: RoleAssignment, tokens: list[Token],
                  text: str, offset: int, places: Sequence[PlaceEntry]) -> Place | None:
        if not v.places:
            return None
        roles = [u for u in (ra.source, ra.target) if u is not None]
        cands = [p for p in v.places if p.after_locative and
                 not any(u.t0 <= p.t0 < u.t1 for u in roles)]
        if not cands:
            return None
        after = [p for p in cands if p.t0 > trig.t0]
        p = after[0] if after else cands[-1]
        entry = places[p.idx]
        return Place(entry.name, entry.country, entry.lat, entry.lon, text[tokens[p.t0].start:tokens[p.t1 - 1].end],
                     tokens[p.t0].start + offset, tokens[p.t1 - 1].end + offset)


def _blocks(text: str, size: int) -> Iterator[tuple[int, str]]:
    """Split a long text at line breaks into blocks of about ``size`` characters."""
    if len(text) <= size:
        yield 0, text
        return
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + size)
        if end < len(text):
            nl = text.rfind("\n", pos + size // 2, end)
            if nl < 0:
                nl = text.rfind(" ", pos + size // 2, end)
            end = nl + 1 if nl > 0 else end
        yield pos, text[pos:end]
        pos = end


DATELINE_ENDS: Final = frozenset({"–", "—", "-", ">", ":"})
NO_TOKENS: Final[frozenset[int]] = frozenset()


def _dateline(text: str, tokens: list[Token]) -> tuple[int, int]:
    """Token span [a, b) of a news dateline ("JAKARTA (Reuters) –", "SULAYMANIYAH, Iraq >>"), or (0, 0).

    It opens the text or, after a headline line, the first paragraph ("Libia, scontri a Tripoli\n\nTRIPOLI -
    Violenti scontri…"). The place of filing is not an actor of the story.
    """
    first = 0
    for _ in range(2):  # the first line, then the line after it
        end = _dateline_at(text, tokens, first)
        if end:
            return first, end
        nxt: int | None = None  # the first token after a line break (str.find: no slice of the text made per token)
        for i in range(first + 1, min(len(tokens), first + 60)):
            if text.find("\n", tokens[i - 1].end, tokens[i].start) >= 0:
                nxt = i
                break
        if nxt is None:
            break
        first = nxt
    return 0, 0


# a wire dateline ("OUAGADOUGOU, 12 mai (Reuters) -") names where the reporter files from, usually the story's
# country: that country, when the article names it, counts as this many more bare mentions (2 made a Jakarta
# dateline outvote the Myanmar story told from there)
DATELINE_VOTES: Final = 1


def _filed_in(per_sent: Sequence[tuple[list[Hit], ...]], sent_of: Sequence[int], dl0: int, dl1: int,
              lang: Language, on: str | None, specs: UnitSpecs) -> str | None:
    """The country of the place a dateline at tokens [dl0, dl1) names ("SULAYMANIYAH, Iraq", "BERLIN"), or None."""
    hits = [h for i in range(sent_of[dl0], sent_of[dl1 - 1] + 1) for h in per_sent[i][MENTIONS]
            if dl0 <= h.t0 < dl1]
    for u in build_units(hits, lang, on, specs=specs):
        if u.code and u.kind in ("country", "capital", "city"):
            return u.code
    return None


def _settle_shared_names(views: Sequence[SentenceView], shared: dict[str, tuple[str, ...]], filed: str | None,
                         codes: dict[str, CodeEntry]) -> None:
    """A name two states share ("Congo", "congolais") means the one the article otherwise names more.

    Its row's code (the DRC for "Congo") holds unless another of its codes (the Republic of the Congo) is
    named more often by unshared names ("Brazzaville", "Sassou Nguesso", a BRAZZAVILLE dateline) and at
    least twice: one "talks in Brazzaville" in a story about the DRC does not move it."""
    units = [u for v in views for u in v.units if u.entry in shared]
    if not units:
        return
    named: dict[str, int] = {}  # (a dict, not a Counter: its __missing__ runs as interpreted Python)
    for v in views:
        for u in v.units:
            if u.code and u.entry not in shared:
                named[u.code] = named.get(u.code, 0) + 1
    if filed:
        named[filed] = named.get(filed, 0) + DATELINE_VOTES
    for u in units:
        default, *others = shared[u.entry or ""]
        best = others[0]  # the most named of the others, the first on a tie (max without its keyword call)
        for c in others:
            if named.get(c, 0) > named.get(best, 0):
                best = c
        if named.get(best, 0) > named.get(default, 0) and named.get(best, 0) >= 2:
            u.code = best
            if best in codes:
                u.entity = codes[best].name


def _dateline_at(text: str, tokens: list[Token], i0: int) -> int:
    """Token index where a dateline that starts at token ``i0`` ends, or 0."""
    if i0 >= len(tokens):
        return 0
    t0 = tokens[i0]
    if not text[t0.start:t0.end].isupper():
        return _wire_dateline_at(text, tokens, i0)
    if len(t0.text) < 3:  # "LA PAZ, Abr (AFP) -", "EL CAIRO (EFE) -": a short article before the city's name
        t1 = tokens[i0 + 1] if i0 + 1 < len(tokens) else None
        if t1 is None or not text[t1.start:t1.end].isupper() or len(t1.text) < 3:
            return 0
    for i in range(i0, min(len(tokens), i0 + 15)):
        t = tokens[i]
        if t.text in DATELINE_ENDS and t.start - t0.start < 80:
            return i + 1
        if t.text == "." or text.find("\n", t0.start, t.end) >= 0:
            return 0
    return 0


def _wire_dateline_at(text: str, tokens: list[Token], i0: int) -> int:
    """Token index where a dateline written in ordinary case ends ("Ciudad de Panamá, 3 mar (EFE).-", "Roma, 14
    ott. (Adnkronos) -"), or 0: a capitalised word, then the agency's capitalised name in brackets, then a dash
    (after a full stop or not), within the first line's 80 characters."""
    t0 = tokens[i0]
    if not text[t0.start:t0.end][:1].isupper():
        return 0
    for i in range(i0 + 1, min(len(tokens), i0 + 16)):
        t = tokens[i]
        if t.start - t0.start >= 80 or text.find("\n", t0.start, t.end) >= 0:
            return 0
        if t.text != ")":
            continue
        j = next((k for k in range(i - 1, max(i0, i - 5), -1) if tokens[k].text == "("), None)
        if j is None or j == i - 1 or not all(text[tokens[k].start:tokens[k].end][:1].isupper() for k in range(j + 1, i)):
            return 0
        k = i + 1 + (i + 1 < len(tokens) and tokens[i + 1].text == ".")
        return k + 1 if k < len(tokens) and tokens[k].text in DATELINE_ENDS else 0
    return 0


def _actor(u: Unit, text: str, offset: int) -> ActorRef:
    return ActorRef(code=u.code or UNKNOWN, sector=u.sector, name=u.entity, text=text[u.start:u.end],
                    start=u.start + offset, end=u.end + offset, entry=u.entry)


ANAPHOR_CLASSES: Final = {"anaphor_group": ("group",), "anaphor_igo": ("igo",), "anaphor_country": ("country", "capital")}
_ANAPHOR_CLASSES_OF_KIND: Final = {kind: tuple(c for c, ks in ANAPHOR_CLASSES.items() if kind in ks)  # kind -> classes
                            for kinds in ANAPHOR_CLASSES.values() for kind in kinds}


FOREIGN: Final = "foreign"  # the agents.tsv role of nouns for people from elsewhere (migrants, refugees)
VESSEL: Final = "vessel"  # (qc) the agents.tsv role of ships and military aircraft: named again, they keep their country
MISSION: Final = "mission"  # (qf) the agents.tsv role of embassies and consulates: named bare, a foreign envoy's
ENVOY: Final = "envoy"
MINORITY: Final = "minority"  # (qf) the agents.tsv role of national minorities: the people of the state they live in
ENVOY_NAMED_KINDS: Final = frozenset({"demonym", "country", "capital"})  # (qf) an envoy named with its country
OF_PHRASE_WORDS: Final = 2  # words of an of-phrase between a noun and the participle modifying it
NAME_KINDS: Final = frozenset({"igo", "org"})  # kinds whose multi-word names an `anaphor_name` head word may repeat
# the sectors of generic people nouns an `anaphor_people` partitive ("cuatro de ellos", "four of them") may repeat
PEOPLE_SECTORS: Final = frozenset({"CIV", "OPP", "REF", "MED", "NGO", "BUS"})
PEOPLE_KEY: Final = "anaphor_people"
PEOPLE_KINDS: Final = frozenset({"agent", "demonym"})  # (a bare noun, or one composed with its country: "manifestanti serbi")
NAME_KEY: Final = "name:"  # ``recent`` keys of the words of such names
# every cue kind that _resolve_anaphors reads (a sentence's other cues cost one set lookup each)
ANAPHOR_CUES: Final = frozenset({*ANAPHOR_CLASSES, "anaphor_name", PEOPLE_KEY})


def _resolve_anaphors(v: SentenceView, recent: dict[str, Unit], tokens: list[Token]) -> None:
    """Definite descriptions that name an earlier actor by its kind: "the group" (the last armed group),
    "the bloc"/"the council" (the last international organisation), "the country" (the last country).
    They become mentions of that actor; ``recent`` carries the last one of each class between sentences."""
    taken: set[int] | None = None  # the tokens of the sentence's mentions (found at its first anaphor)
    added = False
    for c in v.cues:
        if c.kind not in ANAPHOR_CUES:
            continue
        kinds = ANAPHOR_CLASSES.get(c.kind)
        if taken is None:
            taken = {t for u in v.units for t in range(u.t0, u.t1)}
        if not taken.isdisjoint(range(c.t0, c.t1)):
            continue
        if c.kind == PEOPLE_KEY:
            # "Decenas de simpatizantes se concentraron …; la Policía detuvo a cuatro de ellos": a partitive pronoun
            # names the last generic group of people (their country is filled in with theirs, when not yet known)
            here = [u for u in v.units if u.t1 <= c.t0 and u.kind in PEOPLE_KINDS and u.sector in PEOPLE_SECTORS]
            ref = here[-1] if here else recent.get(PEOPLE_KEY)
            if ref is not None:
                v.units.append(Unit(c.t0, c.t1, tokens[c.t0].start, tokens[c.t1 - 1].end, ref.code, ref.sector,
                                    "agent", ref.entity, ref.entry, ref.role))
                taken.update(range(c.t0, c.t1))
                added = True
            continue
        if kinds is None:
            # "la Commissione", "the Commission": the head word of an organisation named earlier in the
            # article ("la Commissione europea"), and only such an organisation
            head = NAME_KEY + tokens[c.t1 - 1].text
            here = [u for u in v.units if u.t1 <= c.t0 and u.code and u.kind in NAME_KINDS
                    and head in _name_keys(u, tokens)]
            ref = here[-1] if here else recent.get(head)
        else:
            here = [u for u in v.units if u.t1 <= c.t0 and u.kind in kinds and u.code]
            ref = here[-1] if here else recent.get(c.kind)
        if ref is None:
            continue
        v.units.append(Unit(c.t0, c.t1, tokens[c.t0].start, tokens[c.t1 - 1].end, ref.code, ref.sector, "anaphor",
                            ref.entity, ref.entry, ref.role))
        taken.update(range(c.t0, c.t1))
        added = True
    if added:
        v.units.sort(key=lambda u: u.t0)
    for u in v.units:
        if u.kind in PEOPLE_KINDS and u.sector in PEOPLE_SECTORS:
            recent[PEOPLE_KEY] = u
        if u.code:
            for cls in _ANAPHOR_CLASSES_OF_KIND.get(u.kind, ()):
                recent[cls] = u
            if u.kind in NAME_KINDS:
                for key in _name_keys(u, tokens):
                    recent[key] = u


def _name_keys(u: Unit, tokens: list[Token]) -> list[str]:
    """The ``recent`` keys of the words that may stand for an organisation's name: each word of a multi-word
    name ("la Commissione europea"), or the last part of a one-word compound after a hyphen ("die
    EU-Kommission": "die Kommission")"""
    if u.t1 - u.t0 > 1:
        return [NAME_KEY + tokens[t].text for t in range(u.t0, u.t1)]
    text = tokens[u.t0].text
    return [NAME_KEY + text.rsplit("-", 1)[1]] if "-" in text[1:-1] else []


def _mediation(v: SentenceView, trig: TriggerMatch, assigned: Sequence[RoleAssignment]
               ) -> list[tuple[TriggerMatch, RoleAssignment]]:
    """"Israel and Lebanon agreed a ceasefire with the mediation of the United States", "brokered by
    Qatar": the actor after a `mediator` cue met each party of the two-way event (CONSULT, mediate)."""
    if trig.entry.frame != "sym" or not assigned or not v.has_cue("mediator", v.t0, v.t1):
        return []
    parties = {id(u): u for ra in assigned for u in (ra.source, ra.target) if u is not None}
    codes = {u.code for u in parties.values()}
    out: list[tuple[TriggerMatch, RoleAssignment]] = []
    mtrig = TriggerMatch(replace(trig.entry, type="CONSULT", mode="mediate", frame="sv"), trig.t0, trig.t1,
                         trig.matched)
    mediators: list[Unit] = []
    for m in v.units:
        if not m.code or m.code in codes:
            continue
        # the actor after the cue, and those coordinated with it ("brokered by Qatar and Egypt")
        if "mediator" in v.kinds_before(m.t0) or (mediators and v.has_cue("coord", mediators[-1].t1, m.t0)
                                                    and m.t0 - mediators[-1].t1 <= 3):
            mediators.append(m)
    for m in mediators:
        out += [(mtrig, RoleAssignment(m, p)) for p in parties.values()]
    return out


def _whose(v: SentenceView, u: Unit, tokens: list[Token]) -> str:
    """The code of the actor named right before the comma that a `relative_genitive` cue ending at ``u`` follows ("the
    European Union, whose foreign ministers"), or ""."""
    for c in v.cues:
        if c.kind == "relative_genitive" and c.t1 == u.t0 and c.t0 >= 2 and tokens[c.t0 - 1].text == ",":
            for w in v.units:
                if w.t1 == c.t0 - 1 and w.code and w.code != UNKNOWN:
                    return w.code
    return ""


COORD_SUBJECT_GAP: Final = 4  # tokens between a coordinator and the noun opening its clause ("y por la tarde el Ministerio")


def _coordinated_government(v: SentenceView, u: Unit) -> str | None:
    """(qd) The code of the named government that opens the sentence ("Il governo di Baghdad ha condannato …") when
    ``u``, a bare government noun, opens a clause coordinated to it ("… e ieri il ministero degli Esteri ha …"),
    else None."""
    first = v.units[0] if v.units else None
    if first is None or first is u or first.sector != "GOV" or first.home or not first.code or first.code == UNKNOWN \
            or first.t0 > v.t0 + 1 or first.t1 > u.t0:
        return None
    for c in v.cues:
        if (c.kind == "anaphor_both" or c.kind == "anaphor_states") and c.t0 <= u.t0 <= c.t1:
            return None  # "…, and the two leaders agreed": both parties, not the first one's government
    for c in v.cues:
        if c.kind == "coord" and first.t1 < c.t0 and c.t1 <= u.t0 <= c.t1 + COORD_SUBJECT_GAP:
            return first.code
    return None


def _organ_of(code: str, sector: str, codes: dict[str, CodeEntry]) -> str:
    """The code of a generic noun placed in ``code``: in a dependent territory the state's organs named
    by a bare noun ("les gendarmes" in Nouméa, "the army" in Hong Kong) are its sovereign's (codes.tsv
    columns sovereign and state_sectors); everyone else there (rioters, separatists) is the territory's."""
    c = codes.get(code)
    if c is not None and c.sovereign and sector in c.state_sectors:
        return c.sovereign
    return code


def _hypothetical_in_clause(v: SentenceView, t: int) -> bool:
    """(qe) Is there a hypothetical cue in the five tokens before token ``t`` (or at it) with no clause-break cue
    between it and ``t``?"""
    for c in v.cues:
        if c.t0 > t:
            break
        if c.kind == "hypothetical" and c.t0 >= t - 5 and c.t0 >= v.t0 and not v.has_cue("clause_break", c.t1, t):
            return True
    return False


def _names_a_dyad(ra: RoleAssignment) -> bool:
    """Is this a two-party event that "both sides" can later refer to? Both parties named, or a
    default-country noun against a named actor of that same country ("the RSF accused the army" in an
    article about Sudan)."""
    s, t = ra.source, ra.target
    if t is None or ra.target_fallback or (s.home and t.home):
        return False
    if s.code != t.code:
        return not s.home and not t.home
    return s.sector != t.sector


def _acronyms(views: list[SentenceView], tokens: list[Token], text: str) -> None:
    """An acronym the article defines in brackets right after an actor's name, with the name's initial
    ("les Forces démocratiques syriennes (FDS)", "la Misión de Verificación (MV)"), names that actor wherever
    the article uses it later, when the lexicon does not know it: a unit like the name's is added at each
    later use (not in the brackets themselves, which would name the actor twice)."""
    defined: dict[str, Unit] = {}
    for v in views:
        for u in v.units:
            i = u.t1
            if u.code is None or i + 2 >= v.t1 or tokens[i].text != "(" or tokens[i + 2].text != ")":
                continue
            word = text[tokens[i + 1].start:tokens[i + 1].end]
            # (in capitals or capitalised, "le Forze democratiche siriane (Fds)", and with the name's initial:
            # "la Force intérimaire des Nations unies au Liban (FINUL)" does not make FINUL Lebanon)
            if 2 <= len(word) <= 8 and word.isalpha() and word[0].isupper() and word not in defined \
                    and word[0] == _initial(text[u.start:u.end]) \
                    and not any(w.t0 <= i + 1 < w.t1 for w in v.units):
                defined[word] = u
    if not defined:
        return
    for v in views:
        added = False
        for i in range(v.t0, v.t1):
            word = text[tokens[i].start:tokens[i].end]
            name = defined.get(word)
            if name is None:
                continue
            if i > 0 and tokens[i - 1].text == "(" and i - 1 == name.t1:
                continue  # (the definition itself)
            added = _name_again(v, i, tokens, name) or added
        if added:
            v.units.sort(key=_unit_start)


def _name_again(v: SentenceView, i: int, tokens: list[Token], name: Unit) -> bool:
    """Adds to the sentence a one-token mention at token ``i`` of the actor ``name`` is (an acronym or a surname
    used again), unless another mention covers the token; whether it did."""
    if any(w.t0 <= i < w.t1 for w in v.units):
        return False
    v.units.append(Unit(i, i + 1, tokens[i].start, tokens[i].end, name.code, name.sector, name.kind,
                        name.entity, name.entry, name.role, name.home))
    return True


def _surnames(views: list[SentenceView], tokens: list[Token], text: str, nouns_capitalised: bool = False) -> None:
    """A person introduced with a title or a three-part name ("seine australische Amtskollegin Penny Wong", "Bassirou
    Diomaye Faye": three words or more, two capitalised ones closing the mention) is named by the surname alone later
    in the article ("Wong lobte Deutschland", "M. Faye a salué …"), which the lexicon need not list: a unit like the
    full mention's is added at each later use of the surname that no other mention covers."""
    known: dict[str, Unit] = {}
    folded: set[str] = set()  # their tokens' texts: only a token with one of these is read as written
    introduced: set[int] = set()
    for v in views:
        for u in v.units:
            if u.sector and u.kind != "person" and not nouns_capitalised and u.t1 + 2 <= v.t1:
                # "Russian billionaire Timur Zaslavsky", "il ministro della Difesa Khawaja Asif": a title the lexicon
                # knows, then a two-word name it does not, is that person ("Zaslavsky rejected the allegations"; not
                # where every noun is capitalised)
                a, b = tokens[u.t1], tokens[u.t1 + 1]
                if b.end - b.start < 3 or not text[a.start].isupper() or not text[b.start].isupper():
                    continue  # (the cheap tests first: most titles are followed by no capitalised pair)
                first, last = text[a.start:a.end], text[b.start:b.end]
                if first.isalpha() and last.isalpha() and not last.isupper() and not first.isupper() \
                        and last not in known and not any(w.t0 <= u.t1 + 1 and u.t1 < w.t1 for w in v.units):
                    known[last] = u
                    folded.add(b.text)
                    introduced.add(u.t1 + 1)  # (the name itself, where it is introduced, is the title's)
                continue
            if u.code is None or u.kind != "person" or u.t1 - u.t0 < 2:
                continue  # (q15b) a person the lexicon knows by a two-word name is that person by the surname alone
                # later in the same article ("El canciller venezolano, Yván Gil, …" … "Gil acusó a …"), though the
                # lexicon lists no such surname alone, common elsewhere ("Gil", "Sánchez")
            first, last = (text[tokens[i].start:tokens[i].end] for i in (u.t1 - 2, u.t1 - 1))
            if len(last) >= 3 and first.isalpha() and last.isalpha() and first[0].isupper() and last[0].isupper() \
                    and not last.isupper() and last not in known:
                known[last] = u
                folded.add(tokens[u.t1 - 1].text)
    if not known:
        return
    for v in views:
        added = False
        for i in range(v.t0, v.t1):
            if tokens[i].text not in folded or i in introduced:
                continue
            name = known.get(text[tokens[i].start:tokens[i].end])
            if name is None or name.t0 <= i < name.t1:
                continue
            added = _name_again(v, i, tokens, name) or added
        if added:
            v.units.sort(key=_unit_start)


def _unquoted_places(units: list[Unit], tokens: list[Token]) -> list[Unit]:
    """A place's name alone between quotation marks names a ship or an operation, not the place ("der Fregatte
    „Victoria“", 'the container ship "Hamburg"'): no actor."""
    keep = [u for u in units if not (u.kind in ("city", "capital") and 1 <= u.t0 and u.t1 < len(tokens)
                                     and tokens[u.t0 - 1].text in QUOTES and tokens[u.t1].text in QUOTES)]
    return keep if len(keep) < len(units) else units


def _drop_audience(units: list[Unit], cues: list[CueHit]) -> list[Unit]:
    """(q13a) "told reporters", "told journalists": a generic noun inside a verb of saying, after its verb, is who
    was told, no party to anything and no antecedent of the "he" that follows ("X told reporters he had summoned
    the ambassador"); a noun that opens the cue ("news agency reported") is the speaker and stays."""
    spans = [(c.t0, c.t1) for c in cues if c.kind == "speech" and c.t1 - c.t0 > 1]
    return [u for u in units if not (u.kind == "agent" and any(a < u.t0 and u.t1 <= b for a, b in spans))]


def _unit_start(u: Unit) -> int:
    return u.t0


def _initial(name: str) -> str:
    """The first capital letter of a name ("les Forces démocratiques syriennes": "F")."""
    for ch in name:
        if ch.isupper():
            return ch
    return ""


def _drop_partitives(cues: list[CueHit], hits: list[Hit], tokens: list[Token], lang: Language
                     ) -> list[CueHit]:
    """"dozens of protesters", "migliaia di soldati", "3,000 of its troops": an of-word after a number is
    a partitive, not a genitive, so the noun after it stays the verb's object."""
    numbers = {h.t1 for h in hits if h.cat == QTY and lang.quantities[h.idx].kind == "multiplier"}
    # (most sentences drop none: then the list is kept, not copied)
    if not any(_partitive(c, numbers, tokens) for c in cues):
        return cues
    return [c for c in cues if not _partitive(c, numbers, tokens)]


def _partitive(c: CueHit, numbers: set[int], tokens: list[Token]) -> bool:
    """An of-word right after a number word (at a token in numbers) or after digits."""
    return c.kind == "genitive" and c.t0 > 0 and (c.t0 in numbers or tokens[c.t0 - 1].text.isdigit())


VENUE_TYPES: Final = frozenset({"AGREE", "CONSULT"})  # (q10b) a place right after their word is a venue: _venues
OPENERS: Final = frozenset({",", ";", ":", "(", "«", "\"", "“", "„", "-", "–", "—"})  # before a new noun phrase


def _drop_opening_articles(cues: list[CueHit], tokens: list[Token], t0: int) -> list[CueHit]:
    """"À Tbilissi, des manifestants ont attaqué …", "Des soldats ont …": an of-word that opens the sentence or
    follows a comma is an article (fr "des", "du"), not a genitive: nothing stands before it to hang on."""
    # (most sentences drop none: then the list is kept, not copied)
    if not any(_opening_article(c, tokens, t0) for c in cues):
        return cues
    return [c for c in cues if not _opening_article(c, tokens, t0)]


def _opening_article(c: CueHit, tokens: list[Token], t0: int) -> bool:
    """An of-word at the sentence's start t0 or after an opener."""
    return c.kind == "genitive" and (c.t0 == t0 or tokens[c.t0 - 1].text in OPENERS)


def _drop_adverbs_after_aux(cues: list[CueHit]) -> list[CueHit]:
    """"Le Mali et le Niger, partenaires de Ouagadougou, ont en revanche apporté leur soutien", "Polen und Litauen,
    Nachbarn von Belarus, haben jedoch … verurteilt": a contrast word (a `subordinator`) right after a finite
    auxiliary sits inside its verb phrase as an adverb; it opens no clause, so the subject before it stays the
    verb's (and the clause is not cut between the auxiliary and its participle)."""
    after_aux = {c.t1 for c in cues if c.kind == "aux"}
    inner = {c.t0 for c in cues if c.kind == "subordinator" and c.t0 in after_aux}
    if not inner:
        return cues
    return [c for c in cues if not (c.t0 in inner and (c.kind == "subordinator" or c.kind == "clause_break"))]


RELATIVE_PRONOUNS: Final = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen"})
ARTICLE_STEMS: Final = ("des", "ein", "kein", "sein", "ihr", "dies")  # determiners that are articles, not adjectives


def _relative_pronouns(cues: list[CueHit], tokens: list[Token], text: str, t0: int, t1: int,
                       determiners: frozenset[str]) -> list[CueHit]:
    """Where nouns are capitalised, an article form right after a comma and before a word in lower case that is no
    adjective of a noun (an article, a cue word such as a preposition, or a word before another in lower case: "…, die
    über das WFP verteilt werden sollen", "…, der den Kurs bestimmt", "…, die inzwischen den Großteil kontrolliert";
    not "…, die neuen Sanktionen") is a relative pronoun: it opens a clause
    (`clause_break`), which ends the search for the verb's object and marks the inserted clause after a subject."""
    added: list[CueHit] = []
    for i in range(t0 + 1, t1 - 2):
        if tokens[i - 1].text != "," or tokens[i].text not in RELATIVE_PRONOUNS:
            continue
        nxt, after = tokens[i + 1], tokens[i + 2]
        if not text[nxt.start:nxt.start + 1].islower():
            continue
        if nxt.text in determiners and (nxt.text in RELATIVE_PRONOUNS or nxt.text.startswith(ARTICLE_STEMS)) \
                or not text[after.start:after.start + 1].isupper() or any(c.t0 == i + 1 for c in cues):
            added.append(CueHit("clause_break", i, i + 1))
    if not added:
        return cues
    return sorted(cues + added, key=lambda c: c.t0)


def _drop_articles_after_verbs(cues: list[CueHit], hits: list[Hit], text: str) -> list[CueHit]:
    """"beschlagnahmte der Iran einen Tanker": in a language that capitalises its nouns, a "der" right after
    a lower-case trigger (a verb) is the subject's article, not a genitive as after "der Angriff der Armee"."""
    after_verb = {h.t1 for h in hits if h.cat == TRIGGER and text[h.start:h.start + 1].islower()}
    return [c for c in cues if not (c.kind == "genitive" and c.t0 in after_verb)]


VICTIM_TYPES: Final = frozenset({"ASSAULT", "COERCE"})


def _victims_of_same_strike(trig: TriggerMatch, ra: RoleAssignment,
                            prior: Sequence[tuple[TriggerMatch, RoleAssignment]],
                            last_dyad: tuple[Unit, Unit] | None = None) -> RoleAssignment:
    """"Israel struck Gaza, killing ten people": the people belong to the side struck, not to the
    article's main country that a generic noun was given by default. When a hostile act's target is
    such a default noun of the attacker's own country, and the same attacker struck a named other
    side earlier in the sentence (or was one of the two parties of the last two-party event), the
    victims are that side's."""
    t = ra.target
    if t is None or not t.home or ra.source.home or t.code != ra.source.code or trig.entry.type not in VICTIM_TYPES:
        return ra  # ("la policía detuvo a manifestantes": a default-country force acts on its own people)
    for _, r in prior:
        if r.source.code == ra.source.code and r.target is not None and not r.target.home \
                and r.target.code and r.target.code != ra.source.code:
            return replace(ra, target=replace(t, code=r.target.code))
    if last_dyad is not None and trig.entry.type == "ASSAULT":
        codes = [u.code for u in last_dyad]
        if ra.source.code in codes:
            other = [c for c in codes if c and c != ra.source.code]
            if other:
                return replace(ra, target=replace(t, code=other[0]))
    return ra


def _in_title(v: SentenceView, trig: TriggerMatch) -> bool:
    """Is the trigger part of a title ("direttore generale delle operazioni militari", "Minister of Defence
    Cooperation"): right after an of-word that follows an agent noun?"""
    if "genitive" not in v.cue_ends.get(trig.t0, ()):
        return False
    ends = {u.t1 for u in v.units if u.kind == "agent" or u.agent_only or u.role}
    return any(c.kind == "genitive" and c.t1 == trig.t0 and c.t0 in ends for c in v.cues)


PARTICIPLE_CONJUNCT: Final = 8  # tokens from a coordinated participle back to the first participle of its phrase


def _modifier(v: SentenceView, trig: TriggerMatch, tokens: list[Token], lang: Language, text: str) -> bool:
    """Is the trigger a past participle modifying a noun ("i soldati schierati al confine", "les otages détenus
    par le Hamas", "die im Kosovo stationierte KFOR")? Not an event, nor a clause of its own. A participle that
    opens the sentence ("Arrestati tre manifestanti") or follows its noun at the start of a sentence with no
    other trigger (a headline: "Tre manifestanti arrestati a Mosca") is the event."""
    i = trig.t0
    word = tokens[i].text
    if len(trig.entry.tokens) > 2 or not word.endswith(lang.participle_endings):
        return False
    if not lang.attributive_participles and i >= 1 and "coord" in v.cue_starts.get(i - 1, ()) \
            and "agent_prep" in v.cue_starts.get(trig.t1, ()):
        # "el territorio del Esequibo, administrado por Guyana y reclamado por Caracas": a participle with its agent,
        # coordinated with one that opens a phrase after a comma with its own agent, modifies the noun as that one does
        for j in range(i - 2, max(v.t0, i - PARTICIPLE_CONJUNCT), -1):
            if tokens[j - 1].text == "," and tokens[j].text.endswith(lang.participle_endings) \
                    and "agent_prep" in v.cue_starts.get(j + 1, ()):
                return True
    if lang.attributive_participles:
        # determiner, then nothing or prepositional phrases, then the participle, then a capitalised noun
        if i + 1 >= v.t1 or not text[tokens[i + 1].start:tokens[i + 1].start + 1].isupper():
            return False
        for d in range(i - 1, max(v.t0, i - 6) - 1, -1):
            w = tokens[d].text
            if w in lang.determiners:
                inner = range(d + 1, i)
                return not inner or bool(set(v.cue_starts.get(d + 1, ())) & PREP_KINDS)
            if not w.isalpha():
                return False
        return False
    noun = next((u for u in v.units if u.t1 == i), None)
    if noun is None:
        # (or its of-phrase naming what no lexicon knows: "deux cadres nigériens de la Somaïr soupçonnés de …")
        g = next((c for c in v.cues if c.kind == "genitive" and i - OF_PHRASE_WORDS <= c.t1 < i
                  and all(tokens[k].text.isalpha() for k in range(c.t1, i))), None)
        noun = next((u for u in v.units if g is not None and u.t1 == g.t0), None)
    if noun is None or word.endswith(lang.not_participle):
        return False
    ends = v.cue_ends.get(i, ())
    if "aux" in ends or "passive_aux" in ends:
        return False  # (qb) a finite verb: "des centaines d'habitants de Koindu ont manifesté" (its of-phrase no actor)
    if v.has_cue("passive_aux", max(v.t0, noun.t0 - 6), noun.t0):
        return False  # "people were killed and parliament stormed": the auxiliary serves both
    others = [t for t in v.triggers if t is not trig]
    if lang.participle_is_past:
        # "hostages taken by Hamas", "withdrew the troops deployed in the region": only where the noun is an
        # object and a "by" or a place follows ("the embassy in Manila warned the Philippines" is a verb)
        follows = set(v.cue_starts.get(trig.t1, ())) if trig.t1 < v.t1 else set()
        if not follows & {"agent_prep", "locative"}:
            return False
        if not (v.kinds_before(noun.t0) & PREP_KINDS or any(t.t1 <= noun.t0 and noun.t0 - t.t1 <= 3 for t in others)
                or "agent_prep" in follows and noun.kind == "agent"):
            return False
    if not others and noun.t0 - v.t0 <= 2:
        return False  # a headline: "Tre manifestanti arrestati a Mosca"
    if lang.counted_participles and others and _counted(noun.t0, v, tokens, lang):
        return False  # a tally of the event the sentence tells: "un choque que dejó siete policías baleados"
    if noun is v.units[0] and not v.sent.text.rstrip().endswith((".", "!", "?", "»", '"', "”")):
        return False  # "Burkina Faso : des dizaines de soldats tués dans l'attaque …", a title line
    return True


def _counted(t0: int, v: SentenceView, tokens: list[Token], lang: Language) -> bool:
    """Does a number (digits, a number word above one, or a multiplier and an of-word: "decenas de") stand right
    before the noun phrase at token t0, or before the noun whose of-phrase it is ("30.000 familias de cocaleros")?"""
    genitives, numbers, multipliers = lang.counting_words()

    def number(i: int) -> bool:
        if i < v.t0:
            return False
        w = tokens[i].text
        return any(c.isdigit() for c in w) or w in numbers

    i = t0 - 1
    if i > v.t0 and tokens[i].text in genitives:
        return tokens[i - 1].text in multipliers or number(i - 2)
    return number(i)


def _in_name(v: SentenceView, trig: TriggerMatch, tokens: list[Token], text: str) -> bool:
    """Is the trigger word capitalised inside a sentence, as part of a name ("Agencia Española de Cooperación",
    "Forze di Supporto Rapido")? Only for languages that write common nouns in lower case."""
    i = trig.t0
    if i == v.t0 or tokens[i - 1].text in "«»“”„\"':;(-–—":
        return False
    first = text[tokens[i].start:tokens[i].start + 1]
    return first.isupper()


def _venues(v: SentenceView, trig_hits: list[Hit], specs: list[TriggerSpec], venue_triggers: tuple[bool, ...],
            tokens: list[Token], max_gap: int) -> frozenset[int]:
    """(q10b) The locatives right after an agreement's or meeting's words ("signed a ceasefire in Addis Ababa",
    "talks in Doha", "met in Geneva"): the place after them is where the two parties met, often a third
    country, not where the sentence's other acts happen ("Fighting between the army and opposition forces
    spread … after both sides signed a ceasefire in Addis Ababa": the opposition forces are not Ethiopian)."""
    # (the triggers of a venue's type first: most sentences have none, and then no set is made; venue_triggers,
    # whether each trigger is of a VENUE_TYPES type, makes it one index a hit: no lookup of its spec's type in a
    # set of strings, and no int object made as a set's key would be)
    venue_hits = [h for h in trig_hits if h.cat == TRIGGER and venue_triggers[h.idx]]
    if not venue_hits:
        return NO_TOKENS
    out: set[int] = set()
    for c in v.cues:
        if c.kind != "locative":
            continue
        for h in venue_hits:
            if not 0 <= c.t0 - h.t1 <= max_gap + 2:
                continue
            _, pats, _, anchor, _, _ = specs[h.idx]
            # (the whole pattern, not its anchor alone: "strike" of "strike a deal" in "an air strike in Lebanon")
            m = tuple(range(h.t0, h.t1)) if len(pats) == 1 else \
                match_pattern(anchor, pats, tokens, h.t0, h.t1, v.t0, v.t1, max_gap)
            if m is not None and 0 <= c.t0 - (m[-1] + 1) <= 1:
                out.add(c.t0)
                break
    return frozenset(out) if out else NO_TOKENS


def _where(v: SentenceView, hits: list[Hit], places: Sequence[PlaceEntry], tokens: list[Token],
           text: str, venues: frozenset[int] = NO_TOKENS) -> tuple[Unit | None, bool]:
    """Where a sentence happens: a country or gazetteer place after a locative ("in Libia", "in the Odesa
    region"), as a mention of that country; and whether it is only the seat of the noun right before its
    locative ("die Regierung in Abidjan", "the authorities in Kyiv"), which places that sentence but not
    the rest of its paragraph.

    A place after an envoy ("son chargé d'affaires à Abidjan", "its ambassador in Moscow", agents with
    the role `envoy`) is where the envoy is posted: it places nothing; so does one after a `seat` cue
    ("l'OSDH, basée au Royaume-Uni", "con sede en Londres"), where an organisation sits."""
    locs = [c for c in v.cues if c.kind == "locative"]
    if not locs:
        return None, False
    ends = {u.t1: u for u in v.units}
    seats = [c.t1 for c in v.cues if c.kind == "seat"]
    for u in v.units:
        if u.code and u.kind in ("country", "capital", "city"):
            noun = _attached(locs, venues, ends, u.t0, 1)
            if noun is False:
                continue
            if isinstance(noun, Unit) and noun.role == "envoy" or _after_seat(seats, u.t0):
                continue  # (a posting, a seat)
            return u, isinstance(noun, Unit) and _whereabouts(noun, u.code)
    for h in _outer_places(hits):
        if places[h.idx].country not in ("", UNKNOWN):  # (a sea names no country: ---)
            if any(u.t0 <= h.t0 and h.t1 <= u.t1 and u.t1 - u.t0 > h.t1 - h.t0 for u in v.units):
                continue  # part of a name ("the court in The Hague", "Gericht in Den Haag"): it places nothing
            noun = _attached(locs, venues, ends, h.t0, 3)
            if noun is False or isinstance(noun, Unit) and noun.role == "envoy" or _after_seat(seats, h.t0):
                continue
            p = places[h.idx]
            return Unit(h.t0, h.t1, h.start, h.end, p.country, "", "city", p.name, p.origin), \
                isinstance(noun, Unit) and _whereabouts(noun, p.country)
    return None, False


def _attached(locs: list[CueHit], venues: frozenset[int], ends: dict[int, Unit], p0: int, before: int
              ) -> Unit | None | bool:
    """The locative before a place at token p0 (at most ``before`` tokens before it): False if none, else the noun
    its locative follows right away (None if none). (A function of _where's, not a closure: a closure is an object
    made at every call of _where, and called through the interpreter's protocol.)"""
    cs = [c for c in locs if p0 - before <= c.t1 <= p0]
    if not cs or cs[-1].t0 in venues:  # (a venue: see _venues)
        return False
    return ends.get(cs[-1].t0)


def _whereabouts(noun: Unit, country: str | None) -> bool:
    """Does a place right after this noun say only where the noun is, not where its paragraph happens? A generic
    noun's seat ("die Regierung in Abidjan"), or where a named person of another state is ("erklärte
    UN-Nothilfekoordinator Tom Fletcher in Genf"): the paragraph's next "government spokesman" is not Swiss."""
    return noun.agent_only or noun.kind == "person" and bool(noun.code) and noun.code != country


def _after_seat(seats: list[int], p0: int) -> bool:
    for t in seats:
        if 0 <= p0 - t <= 2:  # (an article may stand between: "con sede en la ciudad de")
            return True
    return False


def _outer_places(hits: list[Hit]) -> list[Hit]:
    """The place hits, in their order, less those inside a longer one: "Santiago de Cuba" is not Santiago (Chile),
    "Santiago de los Caballeros" not either, "im Golf von Aden" is the sea, not Aden (the longest name wins, as for
    actors)."""
    place_hits = [h for h in hits if h.cat == PLACE]
    if len(place_hits) < 2:
        return place_hits
    return [h for h in place_hits if not any(o.t0 <= h.t0 and h.t1 <= o.t1 and o.t1 - o.t0 > h.t1 - h.t0
                                              for o in place_hits)]


def _places(hits: list[Hit], v: SentenceView) -> list[PlaceHit]:
    place_hits = _outer_places(hits)
    if not place_hits:
        return []
    loc_ends = [c.t1 for c in v.cues if c.kind == "locative"]  # (where a locative ends)
    out = []
    for h in place_hits:
        near = any(h.t0 - 3 <= t <= h.t0 for t in loc_ends)
        out.append(PlaceHit(h.t0, h.t1, h.idx, near))
    return out


def _attribution_span(v: SentenceView, tokens: list[Token], text: str = "") -> tuple[int, int] | None:
    """Tokens of "according to X": from the cue to a comma, or to the end of the noun phrase X when no
    comma closes it (German: "Nach Angaben des ukrainischen Militärs griffen russische Truppen …"). With
    ``text`` (languages that capitalise nouns), a phrase whose noun is no actor ends at that noun ("nach
    Angaben der Regionalverwaltung bei einem russischen Angriff getötet"). A reporting noun (`attribution_noun`)
    after a preposition and a demonym is such a phrase too: "nach ukrainischen Angaben", "nach südkoreanischen
    Informationen" (the reporter is the demonym). (qf) Only a demonym alone: one that ends a noun phrase of its own is
    the object of what precedes ("für den ungarischen Geheimdienst Informationen gesammelt")"""
    for c in v.cues:
        if c.kind == "attribution_noun":
            by = next((u for u in v.units if u.t1 == c.t0 and u.kind == "demonym" and u.t1 - u.t0 == 1), None)
            if by is not None and by.t0 > v.t0 and v.kinds_before(by.t0) & PREP_KINDS:
                return (by.t0, c.t1)
    for c in v.cues:
        if c.kind == "attribution":
            end = min(v.t1, c.t1 + 15)
            for i in range(c.t1, end):
                if tokens[i].text in (",", ";", ":", "»", "”", "“"):
                    end = i
                    break
            if text:
                noun = next((i for i in range(c.t1, min(end, c.t1 + 3)) if text[tokens[i].start:tokens[i].start + 1].isupper()),
                            -1)
                if noun >= 0 and not any(u.t0 <= noun < u.t1 for u in v.units):
                    end = noun + 1
            inside = [u for u in v.units if c.t1 <= u.t0 < end]
            if inside:
                # the phrase ends with its first actor and what hangs on it by "of"/"and"
                stop = inside[0].t1
                for u in inside[1:]:
                    if u.t0 - stop <= 2 and (v.has_cue("genitive", stop, u.t0 + 1) or v.has_cue("coord", stop, u.t0)):
                        stop = u.t1
                    else:
                        break
                if stop < end and tokens[stop].text not in (",", ";", ":"):
                    end = stop
            return (c.t1, end)
    return None


def _attribution(v: SentenceView, tokens: list[Token], text: str) -> Attribution | None:
    if not v.attribution:
        return None
    a0, a1 = v.attribution
    if a1 <= a0:
        return None
    inside = [u for u in v.units if a0 <= u.t0 < a1]
    phrase = text[tokens[a0].start:tokens[a1 - 1].end]
    if inside:
        u = inside[0]
        return Attribution(phrase, u.code or "", u.sector)
    return Attribution(phrase)


def _subject_of(v: SentenceView, prior: list[tuple[TriggerMatch, RoleAssignment]], prev: Unit | None,
                tokens: list[Token]) -> Unit | None:
    """The sentence's subject, carried to the next sentence when that one names none.

    The topic continues through sentences whose events took it over (carried) or where it was a
    party of a meeting; a new explicit subject before a trigger replaces it.
    """
    for trig, ra in prior:
        if ra.carried:
            return prev
        if trig.entry.frame == "sym":
            if ra.source.t0 < trig.t0 and any(ra.source is u for u in v.units):
                return ra.source
            return prev if prev is not None else ra.source
        if ra.passive and ra.target is not None and ra.target.t0 < trig.t0 < ra.source.t0:
            # "un casque bleu a été blessé par des tirs israéliens. Elle a qualifié …": a passive's subject is
            # the one it happened to
            return ra.target
        return ra.source
    first_trig = v.triggers[0].t0 if v.triggers else v.t1
    for u in v.units:
        if u.code and u.t0 < first_trig and not v.ends_before(u.t0, PREP_KINDS):
            if not (v.attribution and v.attribution[0] <= u.t0 < v.attribution[1]):
                return u
    if not prior and v.units:
        # „Die Blockade … ist ein Verstoß gegen das Völkerrecht“, erklärte Tom Fletcher. Er forderte …: a sentence that
        # only quotes someone has its speaker (named right after a verb of saying that follows the closing quotation
        # mark and its comma) as its subject
        for c in v.cues:
            if c.kind == "speech" and c.t0 >= 2 and (tokens[c.t0 - 1].text in QUOTES or tokens[c.t0 - 2].text in QUOTES):
                for u in v.units:
                    if u.code and 0 <= u.t0 - c.t1 <= 2:
                        return u
        # (q10a) the same when the verb after the quotation is itself a trigger that found no target ("« C'est une
        # agression », a dénoncé le président somalien. Il a accusé …"): its auxiliary may stand between
        for t in v.triggers:
            if 2 <= t.t0 and (tokens[t.t0 - 2].text in QUOTES or t.t0 >= 3 and tokens[t.t0 - 3].text in QUOTES):
                for u in v.units:
                    if u.code and 0 <= u.t0 - t.t1 <= 2:
                        return u
    return prev if not v.units else None
