#!/usr/bin/env python3
"""Quality check for Dyad's actor and place data.

Checks dyad/data/lang/_root/{people,actors,places}.tsv and every <lang>/actors-orgs.tsv:
- header present, every data row has the header's number of columns;
- codes exist in _root/codes.tsv (when that file exists), sectors and kinds are known;
- dates parse (YYYY, YYYY-MM, YYYY-MM-DD) and valid_from <= valid_to;
- no surface variant maps to two different codes with overlapping dates (within the root files and
  within each language together with the root files; other shipped actors*.tsv files are checked
  too, as warnings, since they are loaded together);
- surname-only variants that are known to be ambiguous (Kim, Lee, Khan...) are refused;
- places: country code known, lat/lon in range, kind in capital|city|region.
Prints counts. Exit status 1 when an error was found.

Usage: python scripts/check_actor_data.py [LEXICON_DIR]
"""
from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "dyad" / "data" / "lang"
SECTORS = {"", "GOV", "MIL", "SPY", "MED", "REB", "OPP", "CIV", "BUS", "LEG", "JUD", "POL", "REF", "NGO", "IGO"}
KINDS = {"country", "capital", "demonym", "person", "org", "igo", "group", "city"}
PLACE_KINDS = {"capital", "city", "region", "sea"}
ACTOR_COLS = ["surface", "code", "sector", "kind", "entity", "valid_from", "valid_to"]
PEOPLE_COLS = ["surface", "code", "sector", "role", "entity", "valid_from", "valid_to"]
PLACE_COLS = ["name", "variants", "country", "lat", "lon", "kind"]
OPTIONAL_COLS = {"scope"}  # actors: "transnational" groups take the country where they act (docs/formats/lexicon.md)
# surnames shared by too many people in the news to stand alone
AMBIGUOUS = {"kim", "lee", "khan", "sharif", "singh", "wang", "li", "park", "sanchez", "johnson", "abbas",
             "marcos", "fernandez", "gonzalez", "rodriguez", "garcia", "hussein", "ali", "ahmed", "mohammed",
             "traore", "maiga", "conte", "albanese", "katz", "cohen", "bennett", "magyar", "robles", "blair",
             "cameron", "harris", "austin", "moon", "han", "choi", "cho", "chen", "liu", "zhang", "hun", "fico",
             "maas", "saar", "colonna", "dan", "pavel", "rama", "martin", "wong", "anand", "costa", "michel",
             "diop", "salam", "mustafa", "zaki", "said"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

errors: list[str] = []
warnings: list[str] = []


def fold(s: str) -> str:
    """As the engine matches: case and apostrophes folded, accents kept."""
    return s.replace("’", "'").replace("ʼ", "'").replace("`", "'").replace("´", "'").lower().strip()


def bare(s: str) -> str:
    """Accents stripped too (for the ambiguous-surname list)."""
    s = unicodedata.normalize("NFKD", fold(s))
    return "".join(c for c in s if not unicodedata.combining(c))


def parse_date(s: str, end: bool = False) -> date | None:
    if not s:
        return None
    if not DATE_RE.match(s):
        raise ValueError(s)
    p = [int(x) for x in s.split("-")]
    if len(p) == 1:
        return date(p[0], 12, 31) if end else date(p[0], 1, 1)
    if len(p) == 2:
        if end:
            nxt = date(p[0] + (p[1] == 12), p[1] % 12 + 1, 1)
            return date.fromordinal(nxt.toordinal() - 1)
        return date(p[0], p[1], 1)
    return date(*p)


def read(path: Path, cols: list[str]) -> list[tuple[int, dict]]:
    rows, header = [], None
    provenance = False
    for n, raw in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        if raw.lstrip().startswith("#"):
            provenance = provenance or header is None
            continue
        cells = raw.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            if header[:len(cols)] != cols or not set(header[len(cols):]) <= OPTIONAL_COLS:
                errors.append(f"{path}:{n}: header {header} should be {cols} (+ optional {sorted(OPTIONAL_COLS)})")
            continue
        if not len(cols) <= len(cells) <= len(header):
            errors.append(f"{path}:{n}: {len(cells)} columns, expected {len(header)}")
        rows.append((n, {h: (cells[i].strip() if i < len(cells) else "") for i, h in enumerate(header)}))
    if not provenance:
        warnings.append(f"{path}: no provenance comment before the header")
    return rows


def load_codes(base: Path) -> set[str] | None:
    p = base / "_root" / "codes.tsv"
    if not p.exists():
        return None
    codes = set()
    for line in p.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            codes.add(line.split("\t")[0].strip())
    codes.discard("code")
    return codes | {"---"}


def check_actor_rows(path: Path, rows, codes, person: bool, quiet: bool = False) -> list[tuple]:
    """Return (folded variant, code, from, to, origin) entries; quiet: collect only (others' files)."""
    global errors, warnings
    saved = (errors, warnings)
    if quiet:
        errors, warnings = [], []
    try:
        return _check_actor_rows(path, rows, codes, person)
    finally:
        errors, warnings = saved


def _check_actor_rows(path: Path, rows, codes, person: bool) -> list[tuple]:
    out = []
    for n, r in rows:
        origin = f"{path.relative_to(ROOT.parent.parent.parent) if ROOT in path.parents else path}:{n}"
        if not r["surface"]:
            errors.append(f"{origin}: empty surface")
        if not r["code"]:
            errors.append(f"{origin}: empty code")
        elif codes is not None and r["code"] not in codes:
            errors.append(f"{origin}: code {r['code']!r} not in _root/codes.tsv")
        if r["sector"] not in SECTORS:
            errors.append(f"{origin}: unknown sector {r['sector']!r}")
        if not person and r.get("kind") not in KINDS:
            errors.append(f"{origin}: unknown kind {r.get('kind')!r}")
        try:
            f, t = parse_date(r["valid_from"]), parse_date(r["valid_to"], end=True)
        except ValueError as e:
            errors.append(f"{origin}: bad date {e}")
            continue
        if f and t and f > t:
            errors.append(f"{origin}: valid_from {r['valid_from']} after valid_to {r['valid_to']}")
        variants = [v.strip() for v in r["surface"].split("|") if v.strip()]
        dup = [v for v, c in Counter(variants).items() if c > 1]
        if dup:
            warnings.append(f"{origin}: variant repeated in the row: {', '.join(dup)}")
        for v in variants:
            if "*" in v.strip("*"):
                errors.append(f"{origin}: '*' only at the start or end of a variant: {v!r}")
            if person and bare(v) in AMBIGUOUS:
                errors.append(f"{origin}: ambiguous name alone: {v!r}")
            out.append((fold(v), r["code"], f or date.min, t or date.max, origin))
    return out


def overlaps(entries, label: str, sink: list[str]) -> int:
    by = defaultdict(list)
    for e in entries:
        by[e[0]].append(e)
    found = 0
    for v, es in by.items():
        for i, a in enumerate(es):
            for b in es[i + 1:]:
                if a[1] != b[1] and a[2] <= b[3] and b[2] <= a[3]:
                    sink.append(f"{label}: {v!r} is {a[1]} at {a[4]} and {b[1]} at {b[4]} (dates overlap)")
                    found += 1
    return found


def main(base: Path = ROOT) -> int:
    codes = load_codes(base)
    if codes is None:
        warnings.append("_root/codes.tsv not found: codes not checked")
    root = base / "_root"
    counts = {}
    root_entries = []
    for name, cols, person in (("people.tsv", PEOPLE_COLS, True), ("actors.tsv", ACTOR_COLS, False)):
        p = root / name
        if not p.exists():
            errors.append(f"{p}: missing")
            continue
        rows = read(p, cols)
        counts[f"_root/{name}"] = len(rows)
        root_entries += check_actor_rows(p, rows, codes, person)
    overlaps(root_entries, "_root", errors)
    # other shipped actor files in _root (e.g. actors-world.tsv) are loaded with ours: conflicts are warnings
    others_root = []
    for p in sorted(root.glob("actors*.tsv")):
        if p.name != "actors.tsv":
            others_root += check_actor_rows(p, read(p, ACTOR_COLS), codes, False, quiet=True)
    for lang in sorted(d for d in base.iterdir() if d.is_dir() and d.name != "_root"):
        p = lang / "actors-orgs.tsv"
        if not p.exists():
            warnings.append(f"{p}: missing")
            mine = []
        else:
            rows = read(p, ACTOR_COLS)
            counts[f"{lang.name}/actors-orgs.tsv"] = len(rows)
            mine = check_actor_rows(p, rows, codes, False)
        overlaps(root_entries + mine, lang.name, errors)
        theirs = list(others_root)
        for q in sorted(lang.glob("actors*.tsv")):
            if q.name != "actors-orgs.tsv":
                theirs += check_actor_rows(q, read(q, ACTOR_COLS), codes, False, quiet=True)
        # only conflicts that involve one of our rows
        tmp: list[str] = []
        overlaps(root_entries + mine + theirs, lang.name, tmp)
        mine_files = ("people.tsv", "_root/actors.tsv", "actors-orgs.tsv")
        warnings.extend(w for w in tmp if any(f in w for f in mine_files) and w not in warnings)
    p = root / "places.tsv"
    if p.exists():
        rows = read(p, PLACE_COLS)
        counts["_root/places.tsv"] = len(rows)
        kinds = Counter()
        seen = {}
        for n, r in rows:
            o = f"places.tsv:{n}"
            kinds[r["kind"]] += 1
            if r["kind"] not in PLACE_KINDS:
                errors.append(f"{o}: kind {r['kind']!r} not in {sorted(PLACE_KINDS)}")
            if codes is not None and r["country"] not in codes:
                errors.append(f"{o}: country {r['country']!r} not in codes.tsv")
            try:
                lat, lon = float(r["lat"]), float(r["lon"])
                if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                    errors.append(f"{o}: coordinates out of range")
            except ValueError:
                errors.append(f"{o}: lat/lon not numbers")
            key = (fold(r["name"]), r["country"])
            if key in seen:
                warnings.append(f"{o}: {r['name']} ({r['country']}) also at line {seen[key]}")
            seen[key] = n
        counts["places by kind"] = dict(kinds)
    else:
        warnings.append(f"{p}: missing")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    for k, v in counts.items():
        print(f"{k}: {v}")
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT))
