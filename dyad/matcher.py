"""Compile a language's lexicon into one matcher and scan texts with it.

Each lexicon variant is compiled once into its surface form: single plain words go into a dict
looked up per token, multi-word and wildcard variants into one Aho-Corasick automaton. Scanning an
article is one regex tokenisation plus one automaton pass; the rules then only look at the few
sentences that hold a trigger. Compiled matchers are cached on disk, keyed by the sha256 of the
lexicon files (see :func:`load_matcher`).

:func:`tokenize` and :meth:`Matcher.scan` run in C when the extension ``dyad._scanner`` (dyad/_scanner.c)
was built and is to run (dyad/_core.py decides); otherwise the Python code below runs
(:func:`_tokenize_py`, :meth:`Matcher._scan_py`). The two give the same output (tests/test_scanner.py):
a change to one is a change to both. ``FRONT_END`` says which runs. The C scan does not run the
automaton: it walks tries of the same keys (``_scanner.index``, made at a Matcher's first scan), from
each token start and, for the keys marked to match inside a word, from every other position.
"""

from __future__ import annotations

import bisect
from functools import partial
from itertools import accumulate, compress
from operator import add, sub
import hashlib
import importlib
import importlib.resources
import logging
import os
import pickle
import re
from pathlib import Path
from typing import Any, Callable, Final, Iterable, NamedTuple

import ahocorasick  # type: ignore[import-not-found]  # pyahocorasick ships no type stubs

from . import entries
from .entries import Language
from .lexicon import content_hash, fold, language_files, load_language, split_variants

log = logging.getLogger(__name__)

TOKEN_RE = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*|\S")
WORDCH = re.compile(r"[\w-]")
CACHE_FORMAT = "6"

# categories of payloads
# (Final: the compiled core inlines them where they are compared at every hit)
ACTOR: Final = 0
AGENT: Final = 1
TRIGGER: Final = 2
CUE: Final = 3
DATE: Final = 4
QTY: Final = 5
PLACE: Final = 6
# an agent noun that ends a hyphenated word whose first part names an actor ("US-Außenminister", "Kreml-Sprecher"):
# not a mention of its own, it gives that actor's unit its sector and role (mentions.build_units)
TAIL: Final = 7
CATEGORY_NAMES = ("actor", "agent", "trigger", "cue", "date", "quantity", "place", "tail")

# case rules
ANY_CASE, ACRONYM, CAPITALISED = 0, 1, 2


class Token(NamedTuple):
    start: int
    end: int
    text: str  # folded


class Hit(NamedTuple):
    """A lexicon entry found in the text: token span [t0, t1) and char span [start, end)."""

    cat: int
    idx: int  # index into the language's list for that category (or the date/cue list)
    t0: int
    t1: int
    start: int
    end: int


WS_TOKEN_RE = re.compile(r"(\s*)(" + TOKEN_RE.pattern + ")")
_new_token = partial(tuple.__new__, Token)
_new_hit = partial(tuple.__new__, Hit)  # Hit(*fields) without the keyword-handling constructor


def _load_scanner() -> Any:
    """The C front end (dyad/_scanner.c), or None: not built, or not to run (see dyad/_core.py)."""
    try:
        return importlib.import_module(__name__.rpartition(".")[0] + "._scanner")
    except ImportError:
        return None


_SCANNER = _load_scanner()
_c_tokenize: Callable[[type, str], list[Token]] | None = getattr(_SCANNER, "tokenize", None)
_c_scan: Callable[..., list[Hit] | None] | None = getattr(_SCANNER, "scan", None)
_c_index: Callable[[Iterable[Any]], Any] | None = getattr(_SCANNER, "index", None)
FRONT_END = "C (dyad/_scanner.c)" if _SCANNER is not None else "Python"


def tokenize(folded: str) -> list[Token]:
    """Tokens with offsets: TOKEN_RE after any run of white space, as Token(start, end, text)."""
    if _c_tokenize is not None:
        return _c_tokenize(Token, folded)
    return _tokenize_py(folded)


def _tokenize_py(folded: str) -> list[Token]:
    """:func:`tokenize` in Python; every loop here runs in C (findall, map, accumulate)."""
    pairs = WS_TOKEN_RE.findall(folded)
    if not pairs:
        return []
    spaces, words = zip(*pairs)
    ends = list(accumulate(map(add, map(len, spaces), map(len, words))))
    starts = map(sub, ends, map(len, words))
    return list(map(_new_token, zip(starts, ends, words)))


def _case_rule(variant: str) -> int:
    letters = [c for c in variant if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return ACRONYM
    if variant[:1].isupper():
        return CAPITALISED
    return ANY_CASE


class Matcher:
    """The compiled surface forms of one language."""

    def __init__(self, lang: Language, parts: tuple[dict[str, list[tuple[int, int, int]]], Any, bool] | None = None):
        self.lang = lang
        self.version = ""
        self.code_hash = ""
        self._index: Any = None  # the C scanner's index of the automaton's keys: made at the first scan, not pickled
        if parts is not None:  # from the cache (see __reduce__)
            self.single, self.auto, self.has_auto = parts
            return
        self.single = {}
        self.auto = ahocorasick.Automaton()
        auto_items: dict[str, list[tuple[int, int, bool, bool, int]]] = {}

        def add(variant: str, cat: int, idx: int) -> None:
            variant = variant.strip()
            if not variant or variant == "*":
                return
            pre, suf = variant.startswith("*"), variant.endswith("*")
            core = variant.strip("*")
            rule = _case_rule(core)
            key = fold(core)
            if key.endswith("'") and len(key) > 1 and not suf:
                key = key[:-1]  # elided articles/prepositions: "dell'", "l'" are tokens "dell", "l"
            if not pre and not suf and TOKEN_RE.fullmatch(key) and " " not in key:
                self.single.setdefault(key, []).append((cat, idx, rule))
            else:
                auto_items.setdefault(key, []).append((cat, idx, pre, suf, rule))

        families = (
            (ACTOR, lang.actors, lambda a: split_variants(a.surface)),
            (AGENT, lang.agents, lambda g: split_variants(g.surface)),
            (TRIGGER, lang.triggers, lambda t: [("*" if pre else "") + text + ("*" if suf else "")
                                                for text, pre, suf in t.tokens[t.anchor].alts]),
            (CUE, lang.cues, lambda c: split_variants(c.phrase)),
            (DATE, lang.dates, lambda d: split_variants(d.phrase)),
            (QTY, lang.quantities, lambda q: split_variants(q.surface)),
            (PLACE, lang.places, lambda p: (p.name, *p.variants)),
        )
        for cat, entries, variants in families:
            for i, entry in enumerate(entries):
                for v in variants(entry):
                    add(v, cat, i)
        for key, payloads in auto_items.items():
            self.auto.add_word(key, (len(key), tuple(payloads)))
        if auto_items:
            self.auto.make_automaton()
        self.has_auto = bool(auto_items)

    def __reduce__(self) -> tuple[Any, ...]:
        # pickled as its parts, so that the compiled class (which has no __dict__) loads as the source one does
        return _restore, (self.lang, (self.single, self.auto, self.has_auto), self.version, self.code_hash)

    def scan(self, text: str, folded: str, tokens: list[Token]) -> list[Hit]:
        """All lexicon hits in a text, boundary- and case-checked (in no particular order)."""
        if _c_scan is not None and _c_index is not None:
            index = None
            if self.has_auto:
                index = self._index
                if index is None:  # the automaton's keys, as the C scanner walks them
                    index = self._index = _c_index(self.auto.items())
            found = _c_scan(Hit, self.single, index, text, folded, tokens)
            if found is not None:  # (None: tokens that tokenize did not make, or keys the index did not take)
                return found
        return self._scan_py(text, folded, tokens)

    def _scan_py(self, text: str, folded: str, tokens: list[Token]) -> list[Hit]:
        """:meth:`scan` in Python: the single words, the hyphenated heads (and their agent-noun tails), the
        automaton's hits, then the tails that only a key of the automaton ends."""
        hits: list[Hit] = []
        if not tokens:
            return hits
        append = hits.append
        single = self.single
        starts, ends, texts = zip(*tokens)
        payloads_at = list(map(single.get, texts))
        for ti in compress(range(len(texts)), payloads_at):  # the tokens that are lexicon words
            start, end = starts[ti], ends[ti]
            for cat, idx, rule in payloads_at[ti]:  # type: ignore[union-attr]  # compress kept only the words with payloads
                if rule and not _case_ok(text, start, end, rule):
                    continue
                append(_new_hit((cat, idx, ti, ti + 1, start, end)))
        # "Pakistan-controlled", "US-led", "Rwandan-backed": the first part of a hyphenated word names an actor;
        # when its last part is an agent noun ("US-Außenminister", "Hamas-Kämpfer"), that noun is the word's TAIL
        heads: list[tuple[int, int]] = []  # (token, start of its last part): named, with no tail found yet
        for ti in [i for i, x in enumerate(texts) if "-" in x]:
            tok = tokens[ti]
            if tok.text not in single:
                head = tok.text.split("-", 1)[0]
                named = False
                for cat, idx, rule in single.get(head, ()):
                    if cat == ACTOR and (not rule or _case_ok(text, tok.start, tok.start + len(head), rule)):
                        append(_new_hit((cat, idx, ti, ti + 1, tok.start, tok.end)))
                        named = True
                if named:
                    cut = tok.text.rfind("-") + 1
                    tail_at = tok.start + cut
                    tailed = False
                    for cat, idx, rule in single.get(tok.text[cut:], ()):
                        if cat == AGENT and (not rule or _case_ok(text, tail_at, tok.end, rule)):
                            append(_new_hit((TAIL, idx, ti, ti + 1, tail_at, tok.end)))
                            tailed = True
                    if not tailed:
                        heads.append((ti, tail_at))
        if self.has_auto:
            at_start = dict(zip(starts, range(len(tokens))))
            at_end = dict(zip(ends, range(len(tokens))))
            for end_i, (klen, payloads) in self.auto.iter(folded):
                start = end_i - klen + 1
                end = end_i + 1
                t0 = at_start.get(start)  # on a token boundary, or inside a word
                t_end = at_end.get(end)
                for cat, idx, pre, suf, rule in payloads:
                    if t0 is None and not pre:
                        continue
                    if t_end is None and not suf:
                        continue
                    if rule and not _case_ok(text, start, end, rule):
                        continue
                    a = t0 if t0 is not None else bisect.bisect_right(starts, start) - 1
                    if t_end is not None:
                        b, e = t_end + 1, end
                    else:  # a stem: extend to the end of its word
                        k = bisect.bisect_right(starts, end - 1) - 1
                        b, e = k + 1, ends[k]
                    if a < 0 or ends[b - 1] < end:
                        continue
                    append(_new_hit((cat, idx, a, b, starts[a] if not pre else start, e)))
        if heads:  # a last part that only a compound's key ends ("*minister": "US-Finanzminister"), in hit order
            n = len(hits)
            for ti, tail_at in heads:
                for k in range(n):
                    h = hits[k]
                    if h.cat == AGENT and h.t0 == ti and h.t1 == ti + 1 and h.start >= tail_at:
                        append(_new_hit((TAIL, h.idx, ti, ti + 1, h.start, h.end)))
        return hits


def _restore(lang: Language, parts: tuple[dict[str, list[tuple[int, int, int]]], Any, bool], version: str,
             code_hash: str) -> Matcher:
    m = Matcher(lang, parts)
    m.version, m.code_hash = version, code_hash
    return m


def _case_ok(text: str, start: int, end: int, rule: int) -> bool:
    if rule == ACRONYM:
        seg = text[start:end]
        return not any(c.islower() for c in seg)
    return text[start:start + 1].isupper() or not text[start:start + 1].isalpha()


def _code_hash() -> str:
    # the sources of this module, the loader and the entries, and whether this module and the entries run
    # compiled: each way pickles the Matcher and the entries differently (__file__ of a compiled module is
    # not a path to rely on)
    pkg = Path(str(importlib.resources.files("dyad")))
    compiled = not __file__.endswith(".py"), not str(getattr(entries, "__file__", "")).endswith(".py")
    h = hashlib.sha256(f"{CACHE_FORMAT}:{compiled}".encode())
    for f in (pkg / "matcher.py", pkg / "lexicon.py", pkg / "entries.py"):
        h.update(f.read_bytes())
    return h.hexdigest()


CODE_HASH = _code_hash()  # read once at import: the code this process actually runs


def cache_dir() -> Path:
    base = os.environ.get("DYAD_CACHE_DIR") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "dyad")
    return Path(base)


def load_matcher(code: str, extra: Iterable[Path] = (), use_cache: bool = True) -> Matcher:
    """Build the matcher (and lexicon) of a language, or load both from the on-disk cache.

    The cache key is the sha256 of every lexicon file of the language plus this module's format
    version, so editing any lexicon file rebuilds it; the cache is never committed.
    """
    files = language_files(code, extra)
    # the key covers the lexicon files and the code that compiled them (as imported by this process),
    # so a change to either rebuilds it
    key = hashlib.sha256((content_hash(files) + CODE_HASH).encode()).hexdigest()
    path = cache_dir() / f"matcher-{code}-{key[:24]}.pickle"
    if use_cache and path.exists():
        try:
            with open(path, "rb") as f:
                m = pickle.load(f)
            if isinstance(m, Matcher) and getattr(m, "code_hash", None) == CODE_HASH:
                try:
                    os.utime(path)  # used now: kept by prune_cache
                except OSError:
                    pass
                return m
        except Exception as e:  # a broken cache file is rebuilt, never fatal
            log.warning("rebuilding matcher cache %s: %s", path, e)
    lang = load_language(code, extra)
    m = Matcher(lang)
    m.version = key[:12]
    m.code_hash = CODE_HASH
    if use_cache:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".tmp{os.getpid()}")
            with open(tmp, "wb") as f:
                pickle.dump(m, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
            prune_cache(code)
        except OSError as e:
            log.warning("cannot write matcher cache %s: %s", path, e)
    return m


CACHE_KEEP = 6  # cache files kept per language: every lexicon edit or upgrade writes a new one


def prune_cache(code: str, keep: int = CACHE_KEEP) -> list[Path]:
    """Delete all but the ``keep`` most recently used cache files of a language; returns those deleted.

    A cache file's time is when it was last written or loaded (see :func:`load_matcher`), so the ones
    other installs sharing the directory still use stay. A file another process is about to read and
    loses is rebuilt there, never fatal."""
    d = cache_dir()
    files = []
    for f in d.glob(f"matcher-{code}-*.pickle"):
        try:
            files.append((f.stat().st_mtime, f))
        except OSError:
            continue  # (deleted meanwhile)
    files.sort(reverse=True)
    gone = []
    for _, f in files[keep:]:
        try:
            f.unlink()
            gone.append(f)
        except OSError:
            pass
    return gone


def iter_cache_files() -> Iterable[Path]:
    d = cache_dir()
    return sorted(d.glob("matcher-*.pickle")) if d.is_dir() else []
