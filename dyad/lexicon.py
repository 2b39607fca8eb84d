"""Load and validate the per-language lexicon files (see docs/formats/lexicon.md).

Language knowledge is data: ``dyad/data/lang/<code>/`` holds one folder per language and
``dyad/data/lang/_root/`` what every language shares. Extra folders with the same layout can be
added through :class:`dyad.config.Settings` (``DYAD_LEXICON_PATH``); their files extend the
shipped ones. Every file format has exactly one loader here, and :func:`validate_language`
checks every entry (codes exist, dates parse, no surface with two conflicting codes).

:func:`fold`, which every stage uses on every text, runs in C when dyad/_scanner.c was built and is to
run (see dyad/_core.py), and otherwise as :func:`_fold_py`, with the same output.
"""

from __future__ import annotations

import hashlib
import importlib
import re
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import LanguageError, LexiconError
from .plover import PLOVER_TYPES, load_ontology

ROOT = "_root"
SECTORS = frozenset("GOV MIL SPY MED REB OPP CIV BUS LEG JUD POL REF NGO IGO".split()) | {""}
ACTOR_KINDS = frozenset("country capital demonym person org igo group city".split())
FRAMES = frozenset({"sv", "rev", "sym", "intr"})
CUE_KINDS = frozenset(
    "attribution speech negation uncertain hypothetical target_prep agent_prep passive_aux genitive "
    "clause_break coord locative at_least approx reflexive_passive subject_pronoun "
    "anaphor_group anaphor_igo anaphor_country anaphor_both anaphor_name boilerplate agent_participle possessive between mediator reaction asked "
    "refers_back subordinator object_relative aux copula provision violence seat during attribution_noun relative_genitive accusation object_pronoun anaphor_people including purpose likewise claim join document terror_attack anaphor_states".split()
)
DATE_KINDS = frozenset(
    "month weekday day_offset week_offset month_offset year_offset unit ago_after ago_before number hedge".split()
)
QUANTITY_KINDS = frozenset({"unit", "context", "multiplier"})
_APOSTROPHE_CHARS = "’ʼ`´‘"


def shipped_lang_dir() -> Path:
    return Path(str(resources.files("dyad").joinpath("data/lang")))


# --------------------------------------------------------------------------- entries


from .entries import (ActorEntry, AgentEntry, CodeEntry, CueEntry, DateEntry, Language, PlaceEntry,  # noqa: F401
                      QuantityEntry, TokenPattern, TriggerEntry)


def choose_anchor(tokens: tuple[TokenPattern, ...]) -> int:
    """The most specific token of a pattern: its shortest alternative is the longest."""
    best, best_len = 0, -1
    for i, t in enumerate(tokens):
        if t.gap:
            continue
        n = min(len(a[0]) for a in t.alts)
        if n > best_len:
            best, best_len = i, n
    return best


# --------------------------------------------------------------------------- reading


def _c_fold() -> Callable[[str], str | None] | None:
    """The C front end's fold (dyad/_scanner.c), or None: not built, or not to run (see dyad/_core.py)."""
    try:
        return getattr(importlib.import_module(__name__.rpartition(".")[0] + "._scanner"), "fold", None)
    except ImportError:
        return None


_C_FOLD = _c_fold()


def fold(s: str) -> str:
    """Lower-case and fold apostrophes, keeping the length of the string where possible."""
    if _C_FOLD is not None:
        out = _C_FOLD(s)
        if out is not None:  # (None: a character only the Python code lowers right, as "İ")
            return out
    return _fold_py(s)


def _fold_py(s: str) -> str:
    """:func:`fold` in Python (in C as dyad/_scanner.c ``fold``)."""
    low = s.lower()
    if len(low) != len(s):  # "İ" lowers to two characters: fold it character by character
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in s)
    for a in _APOSTROPHE_CHARS:  # str.translate looks up every character; most texts have none of these
        if a in low:
            low = low.replace(a, "'")
    return low


def read_tsv(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[str, dict[str, str]]]:
    """Yield (origin, row) for each data line of a lexicon TSV file; checks the header."""
    header: list[str] | None = None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = line.split("\t")
            if header is None:
                header = [c.strip() for c in cells]
                missing = [c for c in columns[:2] if c not in header]
                if missing:
                    raise LexiconError(f"{path}:{n}: header must name the columns {', '.join(columns)}; "
                                       f"missing {', '.join(missing)}")
                continue
            row = {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}
            yield f"{path.name}:{n}", row


def split_variants(surface: str) -> list[str]:
    return [v.strip() for v in surface.split("|") if v.strip()]


def parse_pattern(pattern: str, origin: str) -> tuple[TokenPattern, ...]:
    toks: list[TokenPattern] = []
    for raw in fold(pattern).split():
        if raw in ("...", "…"):
            toks.append(TokenPattern(gap=True))
            continue
        alts = []
        for a in raw.split("|"):
            pre, suf = a.startswith("*"), a.endswith("*") and len(a) > 1
            text = a.strip("*").strip("'") if a not in ("'",) else a
            if not text:
                raise LexiconError(f"{origin}: empty token in pattern {pattern!r}")
            alts.append((text, pre, suf))
        toks.append(TokenPattern.of(tuple(alts)))
    if not toks or toks[0].gap or toks[-1].gap:
        raise LexiconError(f"{origin}: pattern {pattern!r} must start and end with a word")
    return tuple(toks)


def lexicon_dirs(code: str, extra: Iterable[Path] = ()) -> list[Path]:
    dirs = [shipped_lang_dir() / code]
    dirs += [Path(p) / code for p in extra]
    return [d for d in dirs if d.is_dir()]


def available_languages(extra: Iterable[Path] = ()) -> list[str]:
    found = set()
    for base in [shipped_lang_dir(), *map(Path, extra)]:
        if base.is_dir():
            for d in base.iterdir():
                if d.is_dir() and d.name != ROOT and (d / "lang.toml").exists():
                    found.add(d.name)
    return sorted(found)


def _files(dirs: list[Path], glob: str) -> list[Path]:
    out: list[Path] = []
    for d in dirs:
        out += sorted(d.glob(glob))
    return out


def load_language(code: str, extra: Iterable[Path] = ()) -> Language:
    """Read a language's folder(s) and ``_root`` into a :class:`Language`."""
    extra = [Path(p) for p in extra]
    dirs = lexicon_dirs(code, extra)
    if not dirs or not any((d / "lang.toml").exists() for d in dirs):
        raise LanguageError(f"no lexicon for language {code!r}; available: {', '.join(available_languages(extra))}")
    roots = lexicon_dirs(ROOT, extra)
    lang = Language(code=code)
    for d in dirs:
        p = d / "lang.toml"
        if p.exists():
            lang.files.append(p)
            try:
                meta = tomllib.loads(p.read_text("utf-8"))
            except tomllib.TOMLDecodeError as e:
                raise LexiconError(f"{p}: {e}") from e
            info = meta.get("language", {})
            lang.name = info.get("name", lang.name)
            lang.version = str(info.get("version", lang.version))
            det = meta.get("detect", {})
            lang.stopwords += tuple(fold(w) for w in (*det.get("stopwords", []), *det.get("shared", [])))
            lang.abbreviations += tuple(fold(w) for w in meta.get("segment", {}).get("abbreviations", []))
            g = meta.get("grammar", {})
            lang.max_gap = int(g.get("max_gap", lang.max_gap))
            lang.subject_after_verb = bool(g.get("subject_after_verb", lang.subject_after_verb))
            lang.not_participle += tuple(fold(x) for x in g.get("not_participle", []))
            lang.gerund_endings += tuple(fold(x) for x in g.get("gerund_endings", []))
            lang.future_endings += tuple(fold(x) for x in g.get("future_endings", []))
            lang.determiners |= frozenset(fold(x) for x in g.get("determiners", []))
            lang.participle_endings += tuple(fold(x) for x in g.get("participle_endings", []))
            lang.participle_is_past = bool(g.get("participle_is_past", lang.participle_is_past))
            lang.attributive_participles = bool(g.get("attributive_participles", lang.attributive_participles))
            lang.counted_participles = bool(g.get("counted_participles", lang.counted_participles))
            lang.renamed_military = bool(g.get("renamed_military", lang.renamed_military))
            lang.city_names_meeting = bool(g.get("city_names_meeting", lang.city_names_meeting))
            lang.coordinated_government = bool(g.get("coordinated_government", lang.coordinated_government))
            lang.verb_final_subordinate = bool(g.get("verb_final_subordinate", lang.verb_final_subordinate))
            lang.verb_second = bool(g.get("verb_second", lang.verb_second))
            lang.drops_subjects = bool(g.get("drops_subjects", lang.drops_subjects))
            lang.nouns_capitalised = bool(g.get("nouns_capitalised", lang.nouns_capitalised))
    for p in _files(roots, "codes*.tsv"):
        lang.files.append(p)
        for origin, r in read_tsv(p, ("code", "kind", "name")):
            lang.codes[r["code"]] = CodeEntry(r["code"], r.get("kind", ""), r.get("name", ""), r.get("sovereign", ""),
                                              frozenset(split_variants(r.get("state_sectors", ""))))
    for p in _files(roots, "actors*.tsv") + _files(dirs, "actors*.tsv"):
        lang.files.append(p)
        for origin, r in read_tsv(p, ("surface", "code", "sector", "kind", "entity", "valid_from", "valid_to")):
            lang.actors.append(ActorEntry(r["surface"], r["code"], r.get("sector", ""), r.get("kind", ""),
                                          r.get("entity", ""), r.get("valid_from", ""), r.get("valid_to", ""),
                                          "", origin, r.get("scope", "")))
    for p in _files(roots, "people*.tsv") + _files(dirs, "people*.tsv"):
        lang.files.append(p)
        for origin, r in read_tsv(p, ("surface", "code", "sector", "role", "entity", "valid_from", "valid_to")):
            lang.actors.append(ActorEntry(r["surface"], r["code"], r.get("sector", ""), "person",
                                          r.get("entity", ""), r.get("valid_from", ""), r.get("valid_to", ""),
                                          r.get("role", ""), origin))
    for p in _files(roots, "places*.tsv"):
        lang.files.append(p)
        for origin, r in read_tsv(p, ("name", "variants", "country", "lat", "lon", "kind")):
            try:
                lat = float(r["lat"]) if r.get("lat") else None
                lon = float(r["lon"]) if r.get("lon") else None
            except ValueError as e:
                raise LexiconError(f"{origin}: lat/lon must be numbers ({e})") from e
            lang.places.append(PlaceEntry(r["name"], tuple(split_variants(r.get("variants", ""))),
                                          r.get("country", ""), lat, lon, r.get("kind", ""), origin))
    for p in _files(dirs, "agents*.tsv"):
        lang.files.append(p)
        for origin, r in read_tsv(p, ("surface", "sector", "role")):
            lang.agents.append(AgentEntry(r["surface"], r.get("sector", ""), r.get("role", ""), origin))
    for p in _files(dirs, "triggers*.tsv"):
        lang.files.append(p)
        for origin, r in read_tsv(p, ("pattern", "type", "mode", "frame")):
            frame = r.get("frame") or "sv"
            toks = parse_pattern(r["pattern"], origin)
            lang.triggers.append(TriggerEntry(r["pattern"], toks, r.get("type", ""), r.get("mode", ""), frame,
                                              origin, choose_anchor(toks)))
    for p in _files(dirs, "cues*.tsv"):
        lang.files.append(p)
        for origin, r in read_tsv(p, ("phrase", "kind")):
            lang.cues.append(CueEntry(r["phrase"], r["kind"], origin))
    for p in _files(dirs, "dates*.tsv"):
        lang.files.append(p)
        for origin, r in read_tsv(p, ("phrase", "kind", "value")):
            lang.dates.append(DateEntry(r["phrase"], r["kind"], r.get("value", ""), origin))
    for p in _files(dirs, "quantities*.tsv"):
        lang.files.append(p)
        for origin, r in read_tsv(p, ("surface", "key", "kind")):
            lang.quantities.append(QuantityEntry(r["surface"], r["key"], r.get("kind", "unit"), origin))
    import json

    for p in _files(dirs, "examples*.jsonl"):
        for n, line in enumerate(p.read_text("utf-8").splitlines(), 1):
            if line.strip():
                try:
                    lang.examples.append(json.loads(line))
                except json.JSONDecodeError as e:
                    raise LexiconError(f"{p.name}:{n}: not JSON ({e})") from e
    return lang


def language_files(code: str, extra: Iterable[Path] = ()) -> list[Path]:
    """Every file :func:`load_language` reads for a language (for cache keys)."""
    extra = [Path(p) for p in extra]
    dirs, roots = lexicon_dirs(code, extra), lexicon_dirs(ROOT, extra)
    files = [d / "lang.toml" for d in dirs if (d / "lang.toml").exists()]
    for pat in ("codes*.tsv", "actors*.tsv", "people*.tsv", "places*.tsv"):
        files += _files(roots, pat)
    for pat in ("actors*.tsv", "people*.tsv", "agents*.tsv", "triggers*.tsv", "cues*.tsv", "dates*.tsv",
                "quantities*.tsv", "examples*.jsonl"):
        files += _files(dirs, pat)
    return files


def content_hash(paths: Iterable[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(set(paths)):
        h.update(p.name.encode())
        h.update(p.read_bytes())
    return h.hexdigest()


# --------------------------------------------------------------------------- validation

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _parse_date(s: str) -> date | None:
    if not s:
        return None
    if not _DATE.match(s):
        raise ValueError(s)
    parts = [int(x) for x in s.split("-")] + [1, 1]
    return date(parts[0], parts[1], parts[2])


def validate_language(lang: Language) -> list[str]:
    """Every problem found in a language's files, as 'file:line: message' strings."""
    problems: list[str] = []
    codes = set(lang.codes) | {"---"}
    check_codes = len(lang.codes) > 0
    seen: dict[tuple[str, str], ActorEntry] = {}
    for c in lang.codes.values():
        if c.sovereign and c.sovereign not in codes:
            problems.append(f"codes.tsv: {c.code}: unknown sovereign {c.sovereign!r}")
        if c.state_sectors - SECTORS:
            problems.append(f"codes.tsv: {c.code}: unknown state sectors {sorted(c.state_sectors - SECTORS)}")
    for a in lang.actors:
        if check_codes and a.code not in codes:
            problems.append(f"{a.origin}: unknown actor code {a.code!r} (add it to _root/codes.tsv)")
        if a.sector not in SECTORS:
            problems.append(f"{a.origin}: unknown sector {a.sector!r}")
        if a.scope.startswith("or:"):
            alts = split_variants(a.scope[3:].replace(",", "|"))
            if not alts or (check_codes and any(c not in codes for c in alts)) or a.code in alts:
                problems.append(f"{a.origin}: scope {a.scope!r} must list other known codes (or:COG)")
        elif a.scope not in ("", "transnational"):
            problems.append(f"{a.origin}: unknown scope {a.scope!r} (empty, transnational or or:CODE)")
        if a.kind not in ACTOR_KINDS:
            problems.append(f"{a.origin}: unknown kind {a.kind!r} (one of {', '.join(sorted(ACTOR_KINDS))})")
        try:
            f, t = _parse_date(a.valid_from), _parse_date(a.valid_to)
            if f and t and f > t:
                problems.append(f"{a.origin}: valid_from {a.valid_from} is after valid_to {a.valid_to}")
        except ValueError as e:
            problems.append(f"{a.origin}: date {e} is not YYYY, YYYY-MM or YYYY-MM-DD")
        for v in split_variants(a.surface):
            if "*" in v.strip("*"):
                problems.append(f"{a.origin}: '*' only at the start or end of a variant: {v!r}")
            if a.kind == "person":
                continue  # people may share a surname across dated rows
            key = (fold(v), a.origin.split(":")[0][:0])
            prev = seen.get(key)
            if prev and prev.code != a.code and prev.kind != "person":
                problems.append(f"{a.origin}: {v!r} is {a.code} here but {prev.code} at {prev.origin}")
            seen.setdefault(key, a)
    for g in lang.agents:
        if g.sector not in SECTORS or not g.sector:
            problems.append(f"{g.origin}: agent needs a sector from {', '.join(sorted(SECTORS - {''}))}")
    onto = load_ontology()
    for tr in lang.triggers:
        if tr.type != "-" and tr.type not in PLOVER_TYPES:
            problems.append(f"{tr.origin}: unknown PLOVER type {tr.type!r}")
        elif tr.type != "-" and not onto.known_mode(tr.type, tr.mode):
            problems.append(f"{tr.origin}: {tr.mode!r} is not a mode of {tr.type} (one of "
                            f"{', '.join(sorted(onto.types[tr.type].modes)) or 'none'}, or an alias "
                            f"in dyad/data/plover/ontology.toml)")
        if tr.frame not in FRAMES:
            problems.append(f"{tr.origin}: unknown frame {tr.frame!r} (one of {', '.join(sorted(FRAMES))})")
    for cue in lang.cues:
        if cue.kind not in CUE_KINDS:
            problems.append(f"{cue.origin}: unknown cue kind {cue.kind!r}")
    for d in lang.dates:
        if d.kind not in DATE_KINDS:
            problems.append(f"{d.origin}: unknown date kind {d.kind!r}")
        elif d.kind in ("month", "weekday", "day_offset", "week_offset", "month_offset", "year_offset", "number"):
            try:
                float(d.value)
            except ValueError:
                problems.append(f"{d.origin}: {d.kind} needs a number value, got {d.value!r}")
        elif d.kind == "unit" and d.value not in ("day", "week", "month", "year"):
            problems.append(f"{d.origin}: unit value must be day, week, month or year")
    for q in lang.quantities:
        if q.kind not in QUANTITY_KINDS:
            problems.append(f"{q.origin}: unknown quantity kind {q.kind!r}")
        if q.kind == "multiplier":
            try:
                float(q.key)
            except ValueError:
                problems.append(f"{q.origin}: a multiplier's key must be a number, got {q.key!r}")
    for p in lang.places:
        if check_codes and p.country not in codes:
            problems.append(f"{p.origin}: unknown country {p.country!r}")
        if p.lat is not None and not -90 <= p.lat <= 90 or p.lon is not None and not -180 <= p.lon <= 180:
            problems.append(f"{p.origin}: coordinates out of range")
    return problems


def language_summaries(extra: Iterable[Path] = ()) -> list[dict[str, object]]:
    """Name, version and entry counts of every available language (for ``dyad languages``)."""
    out = []
    for code in available_languages(extra):
        lang = load_language(code, extra)
        out.append({"lang": code, "name": lang.name, "version": lang.version, "actors": len(lang.actors),
                    "agents": len(lang.agents), "triggers": len(lang.triggers), "cues": len(lang.cues),
                    "dates": len(lang.dates), "quantities": len(lang.quantities), "examples": len(lang.examples)})
    return out
