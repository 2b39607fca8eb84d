#!/usr/bin/env python3
"""Build the world actor lexicons: `_root/codes.tsv` and `<lang>/actors-world.tsv`.

Sources:
- country names: Unicode CLDR territory names, read through the `babel` package (no network);
- everything else (name variants, demonyms, seats of power, IGO names) is hand-written by the
  Dyad team in `scripts/data/`:
    igo-codes.tsv          code, English name of every IGO code
    capitals.tsv           code, capital in en/it/fr/de/es ("=" = same as en, "-" = none)
    world-<lang>.tsv       code, kind, surface[, sector, entity, valid_from, valid_to]
                           kind = country | demonym | capital | igo | drop (drop = remove a CLDR
                           variant). In `surface`, a variant ending in `~` is inflected by the
                           language's rules below (it: nordcoreano~ -> nordcoreano|a|i|e).

Usage:
    python scripts/build_world_names.py            # write the committed files
    python scripts/build_world_names.py --check    # only report conflicts and counts
    python scripts/build_world_names.py --cldr it  # print only the CLDR part for a language
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import OrderedDict, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
LANG_DIR = ROOT / "dyad" / "data" / "lang"
LANGS = ("it", "en", "fr", "de", "es")

# 193 UN member states (ISO 3166-1 alpha-3)
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR
LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
ZWE
""".split()
# observers and other states the news needs
EXTRA_STATES = ["VAT", "PSE", "XKX", "TWN", "ESH"]  # ESH: Western Sahara (Polisario)
# dependent territories with an ISO 3166-1 alpha-3 code of their own that make political news:
# code -> the state they belong to (codes.tsv kind "territory", column "sovereign"). Their own actors
# (local government, parties, separatists, rioters) take the territory's code; see TERRITORY_STATE_SECTORS
TERRITORIES = {
    "HKG": "CHN", "MAC": "CHN", "NCL": "FRA", "PYF": "FRA", "GLP": "FRA", "MTQ": "FRA", "GUF": "FRA",
    "REU": "FRA", "MYT": "FRA", "GRL": "DNK", "FRO": "DNK", "PRI": "USA", "GUM": "USA", "GIB": "GBR",
    "FLK": "GBR", "BMU": "GBR", "CUW": "NLD", "ABW": "NLD",
}
# sectors whose generic nouns ("the police", "les gendarmes", "the army"), named in a territory with no
# other country attached, belong to the sovereign state: France keeps police, army and government in its
# overseas collectivities; Hong Kong and Macao have their own police and government but China's army
TERRITORY_STATE_SECTORS = {
    "HKG": "MIL|SPY", "MAC": "MIL|SPY", "NCL": "GOV|MIL|POL|SPY", "PYF": "GOV|MIL|POL|SPY",
    "GLP": "GOV|MIL|POL|SPY", "MTQ": "GOV|MIL|POL|SPY", "GUF": "GOV|MIL|POL|SPY", "REU": "GOV|MIL|POL|SPY",
    "MYT": "GOV|MIL|POL|SPY", "GRL": "MIL|SPY", "FRO": "MIL|SPY", "PRI": "MIL|SPY", "GUM": "MIL|SPY",
    "GIB": "MIL|SPY", "FLK": "MIL|SPY", "BMU": "MIL|SPY", "CUW": "MIL|SPY", "ABW": "MIL|SPY",
}

# English names for codes.tsv where the CLDR English name is not the plain common name
EN_NAME_OVERRIDES = {
    "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo",
    "MMR": "Myanmar", "PSE": "Palestine", "VAT": "Holy See", "CIV": "Ivory Coast",
    "BIH": "Bosnia and Herzegovina", "KNA": "Saint Kitts and Nevis", "LCA": "Saint Lucia",
    "VCT": "Saint Vincent and the Grenadines", "ATG": "Antigua and Barbuda",
    "TTO": "Trinidad and Tobago", "STP": "Sao Tome and Principe", "FSM": "Micronesia",
    "CZE": "Czech Republic", "MKD": "North Macedonia", "XKX": "Kosovo", "TWN": "Taiwan",
    "SWZ": "Eswatini", "TLS": "Timor-Leste", "CPV": "Cape Verde", "TUR": "Turkey",
    "HKG": "Hong Kong", "MAC": "Macao",
}

KIND_ORDER = {"country": 0, "demonym": 1, "capital": 2, "igo": 3}
DEFAULT_SECTOR = {"country": "", "demonym": "", "capital": "GOV", "igo": "IGO"}
CONJ = {"it": " e ", "en": " and ", "fr": " et ", "de": " und ", "es": " y "}


# ----------------------------------------------------------------- inflection (the `~` shorthand)

def _strip_accent(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def inflect_it(w: str) -> list[str]:
    if w.endswith("co"):        # turco -> turchi (soft plurals like greci are written out)
        b = w[:-2]
        return [w, b + "ca", b + "chi", b + "che"]
    if w.endswith("go"):
        b = w[:-2]
        return [w, b + "ga", b + "ghi", b + "ghe"]
    if w.endswith("o"):
        b = w[:-1]
        return [w, b + "a", b + "i", b + "e"]
    if w.endswith("e"):
        return [w, w[:-1] + "i"]
    if w.endswith("a"):         # saudita, vietnamita, cipriota
        b = w[:-1]
        return [w, b + "i", b + "e"]
    return [w]


def inflect_fr(w: str) -> list[str]:
    if w.endswith("e"):
        forms = [w, w + "s"]
    elif w.endswith(("en", "on")):
        forms = [w, w + "ne", w + "s", w + "nes"]
    elif w.endswith(("s", "x")):
        forms = [w, w + "e", w + "es"]
    else:
        forms = [w, w + "e", w + "s", w + "es"]
    out = []
    for f in forms:                     # nord-coréen, nordcoréen, nord coréen
        out.append(f)
        if "-" in f:
            out += [f.replace("-", ""), f.replace("-", " ")]
    return out


def inflect_de(w: str) -> list[str]:
    if w.split("-")[-1][:1].islower():  # adjective: nordkoreanisch, US-amerikanisch
        return [w, w + "e", w + "en", w + "er", w + "es", w + "em"]
    if w.endswith("er"):                # Nordkoreaner
        return [w, w + "n", w + "s", w + "in", w + "innen"]
    if w.endswith("e"):                 # Russe
        return [w, w + "n", w[:-1] + "in", w[:-1] + "innen"]
    if w.endswith("i"):                 # Israeli
        return [w, w + "s", w + "n", w + "nnen"]
    return [w, w + "s"]


def inflect_es(w: str) -> list[str]:
    if w.endswith("o"):
        b = w[:-1]
        return [w, b + "a", b + "os", b + "as"]
    if w.endswith("és"):
        b = w[:-2] + "es"
        return [w, b + "a", b + "es", b + "as"]
    if w.endswith(("án", "ín", "ón")):
        b = _strip_accent(w)
        return [w, b + "a", b + "es", b + "as"]
    if w.endswith(("í", "ú")):
        return [w, w + "es", w + "s"]
    if w.endswith(("e", "a")):
        return [w, w + "s"]
    if w.endswith(("l", "r")):
        return [w, w + "a", w + "es", w + "as"]
    return [w, w + "es"]


def inflect_en(w: str) -> list[str]:
    if w.endswith(("ese", "ish", "ch", "ss", "sh")):
        return [w]
    return [w, w + "s"]


INFLECT = {"it": inflect_it, "fr": inflect_fr, "de": inflect_de, "es": inflect_es, "en": inflect_en}


def expand(lang: str, surface: str) -> list[str]:
    out: list[str] = []
    for v in (x.strip() for x in surface.split("|")):
        if not v:
            continue
        if v.endswith("~"):
            out += INFLECT[lang](v[:-1])
        else:
            out.append(v)
    return out


def augment(lang: str, kind: str, variants: list[str]) -> list[str]:
    """Spelling variants every entry of a language needs (applied to CLDR and hand names)."""
    out: list[str] = []
    for v in variants:
        out.append(v)
        if lang == "fr" and v[:1] in "ÉÈÊÎéèêî":      # French capitals are often unaccented
            out.append(_strip_accent(v[0]) + v[1:])
        if lang == "de" and kind in ("country", "capital") and " " not in v and "-" not in v and not v.isupper() \
                and not v.endswith(("s", "x", "z", "ß", "e")) and v[-1].isalpha() \
                and not (kind == "capital" and v.endswith("er")):   # Moskauer is an adjective
            out.append(v + "s")                         # genitive: Russlands, Chinas, Irans
        if lang == "de" and kind != "demonym":
            out += _de_declined(v)
        if lang in ("it", "fr", "es") and kind == "igo" and " " in v and v[:1].isupper() \
                and not v.split()[0].isupper():
            out.append(v.lower())                       # "programma alimentare mondiale"
    if lang in COMPOUND_PREFIX_LANGS:
        for v in list(out):
            if compound_prefix(lang, kind, v):
                out.append(v + "-*")                    # US-Präsident, EU-Kommission, Nato-Staaten
    return out


def _de_declined(v: str) -> list[str]:
    """German names that start with an adjective, in their other case forms:
    Zentralafrikanische Republik -> Zentralafrikanischen Republik; Internationaler Strafgerichtshof ->
    Internationale/Internationalen Strafgerichtshof; Weißes Haus -> Weiße/Weißen Haus."""
    first, _, rest = v.partition(" ")
    if not rest or not first[:1].isupper() or first.isupper():
        return []
    adjective = ("isch", "al", "ig", "t", "ß", "iss", "au", "ell", "ilig", "ein")
    if first.endswith(("er", "es")) and first[:-2].endswith(adjective):
        base = first[:-1]
    elif first.endswith("e") and first[:-1].endswith(adjective):
        base = first
    else:
        return []
    return [f"{base} {rest}", f"{base}n {rest}"]


# German writes actor names as the first part of hyphen compounds (US-Regierung, EU-Kommission,
# Nato-Gipfel, Russland-Politik); English does it with acronyms (US-led, UN-backed, EU-funded).
COMPOUND_PREFIX_LANGS = ("de", "en")


def compound_prefix(lang: str, kind: str, v: str) -> bool:
    if " " in v or "-" in v or "." in v or "*" in v or not v[:1].isupper():
        return False
    if v.isupper() and len(v) >= 2:                    # acronyms: US, EU, UN, NATO, OSZE
        return kind in ("country", "igo")
    if lang == "de":
        return kind in ("country", "igo") and not v.endswith("s")   # not the genitive forms
    return False


# ----------------------------------------------------------------------------- reading inputs

def read_rows(path: Path) -> list[list[str]]:
    rows = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        rows.append([c.strip() for c in raw.split("\t")])
    return rows


def alpha2(code3: str) -> str | None:
    from babel.core import get_global
    if code3 == "XKX":
        return "XK"
    if code3 == "ESH":
        return "EH"
    a = get_global("territory_aliases").get(code3)
    return a[0] if a else None


def cldr_names(lang: str) -> dict[str, list[str]]:
    """code -> CLDR territory name variants (cleaned) for one language."""
    from babel import Locale
    terr = Locale.parse(lang).territories
    out: dict[str, list[str]] = {}
    for code in UN_MEMBERS + EXTRA_STATES + list(TERRITORIES):
        if code in ("HKG", "MAC"):     # "RAS di Hong Kong", "RAE de Hong Kong (China)": hand-written
            continue
        a2 = alpha2(code)
        name = terr.get(a2) if a2 else None
        if not name:
            continue
        name = name.replace("\u2019", "'").replace(" & ", CONJ[lang])
        variants = []
        if " - " in name:               # "Congo - Kinshasa": hand-written instead
            continue
        if "(" in name:                 # "Myanmar (Birmania)" -> both
            head, _, rest = name.partition("(")
            variants += [head.strip(), rest.rstrip(")").strip()]
        else:
            variants.append(name)
        out[code] = variants
    return out


def english_names() -> dict[str, str]:
    c = cldr_names("en")
    names = {code: v[0] for code, v in c.items()}
    names.update(EN_NAME_OVERRIDES)
    return names


# ----------------------------------------------------------------------------- building

def build_codes() -> list[tuple[str, str, str]]:
    names = english_names()
    rows = [(c, "country", names[c], "", "") for c in sorted(UN_MEMBERS + EXTRA_STATES)]
    rows += [(c, "territory", names[c], TERRITORIES[c], TERRITORY_STATE_SECTORS[c]) for c in sorted(TERRITORIES)]
    rows += [(r[0], "igo", r[1], "", "") for r in sorted(read_rows(DATA / "igo-codes.tsv")) if r[0] != "code"]
    rows.append(("---", "unknown", "unknown or unnamed actor", "", ""))
    return rows


def build_lang(lang: str, codes: dict[str, str]) -> tuple[list[list[str]], list[str]]:
    """Rows (surface, code, sector, kind, entity, valid_from, valid_to, scope) and problems found."""
    problems: list[str] = []
    groups: "OrderedDict[tuple, list[str]]" = OrderedDict()
    drops: dict[str, set[str]] = defaultdict(set)

    def add(code, kind, variants, sector=None, entity="", vf="", vt="", scope=""):
        if code not in codes:
            problems.append(f"{lang}: unknown code {code!r}")
            return
        sector = DEFAULT_SECTOR.get(kind, "") if sector is None else sector
        variants = augment(lang, kind, variants)
        key = (code, kind, sector, entity or codes[code], vf, vt, scope)
        groups.setdefault(key, [])
        for v in variants:
            if v not in groups[key]:
                groups[key].append(v)

    for code, variants in cldr_names(lang).items():
        add(code, "country", variants)
    cap_col = {"en": 1, "it": 2, "fr": 3, "de": 4, "es": 5}[lang]
    for r in read_rows(DATA / "capitals.tsv"):
        if r[0] == "code":
            continue
        cell = r[cap_col] if cap_col < len(r) else "="
        if cell == "=":
            cell = r[1]
        if cell and cell != "-":
            add(r[0], "capital", expand(lang, cell))
    hand = DATA / f"world-{lang}.tsv"
    for r in read_rows(hand) if hand.exists() else []:
        if r[0] == "code":
            continue
        r += [""] * (8 - len(r))
        code, kind, surface, sector, entity, vf, vt, scope = r[:8]
        if kind == "drop":
            drops[code].update(expand(lang, surface))
            continue
        if kind not in KIND_ORDER:
            problems.append(f"{lang}: unknown kind {kind!r} for {code}")
            continue
        add(code, kind, expand(lang, surface), sector or None, entity, vf, vt, scope)

    # drop, dedupe across rows (a variant listed twice for one code keeps its first row)
    seen: dict[str, tuple[str, str]] = {}      # folded variant -> (code, kind): conflicts
    exact: set[str] = set()                     # variants as written: duplicates
    rows = []
    for key in sorted(groups, key=lambda k: (k[0], KIND_ORDER[k[1]], k[3] != codes[k[0]], k[3], k[2], k[6])):
        code, kind, sector, entity, vf, vt, scope = key
        keep = []
        for v in groups[key]:
            if v in drops[code]:
                continue
            f = v.replace("\u2019", "'").lower()
            if f in seen and seen[f][0] != code:
                problems.append(f"{lang}: {v!r} is {code} ({kind}) and {seen[f][0]} ({seen[f][1]})")
                continue
            if v in exact or (v != f and f in exact):   # same string, or its lower-case form exists
                continue
            seen.setdefault(f, (code, kind))
            exact.add(v)
            keep.append(v)
        if keep:
            rows.append(["|".join(keep), code, sector, kind, entity, vf, vt, scope])
    return rows, problems


HEADER = """# Dyad world actor names ({lang}): states, demonyms, capitals and seats of power, IGOs.
# names: Unicode CLDR via babel {babel} (territory names); variants, demonyms, capitals,
#   seats of power and IGO names: written by the Dyad team from their own knowledge.
# Generated by scripts/build_world_names.py from scripts/data/ (edit those, then regenerate).
# Sorted by code. Ambiguity notes for short names live in scripts/data/world-{lang}.tsv.
"""


def write(args) -> int:
    import babel
    codes_rows = build_codes()
    codes = {r[0]: r[2] for r in codes_rows}
    all_problems = []
    if not args.check:
        p = LANG_DIR / "_root" / "codes.tsv"
        with open(p, "w", encoding="utf-8") as f:
            f.write("# Every valid Dyad actor code. Countries: ISO 3166-1 alpha-3 (UN members, the observers\n"
                    "# VAT and PSE, plus XKX Kosovo, TWN Taiwan, ESH Western Sahara); English names: Unicode CLDR via babel\n"
                    f"# {babel.__version__}. IGO codes and names: Dyad team. Generated by scripts/build_world_names.py.\n"
                    "# Territories (kind territory): dependent territories with an ISO code of their own; `sovereign`\n"
                    "# is the state they belong to, `state_sectors` the sectors whose generic nouns (the police, the\n"
                    "# army) there are the sovereign's organs. Both by the Dyad team from general knowledge.\n")
            f.write("code\tkind\tname\tsovereign\tstate_sectors\n")
            for r in codes_rows:
                f.write("\t".join(r).rstrip("\t") + "\n")
    print(f"codes: {len(codes_rows)} ({sum(1 for r in codes_rows if r[1] == 'country')} countries, "
          f"{sum(1 for r in codes_rows if r[1] == 'territory')} territories, "
          f"{sum(1 for r in codes_rows if r[1] == 'igo')} IGOs)")
    for lang in LANGS:
        rows, problems = build_lang(lang, codes)
        all_problems += problems
        by_kind = defaultdict(int)
        nvar = defaultdict(int)
        for r in rows:
            by_kind[r[3]] += 1
            nvar[r[3]] += r[0].count("|") + 1
        covered = {r[1] for r in rows}
        missing = sorted(r[0] for r in codes_rows if r[1] == "country" and r[0] not in
                         {r[1] for r in rows if r[3] == "demonym"})
        print(f"{lang}: {len(rows)} rows, " + ", ".join(f"{k} {by_kind[k]}/{nvar[k]} variants" for k in KIND_ORDER)
              + f"; codes covered {len(covered)}; countries without demonym: {len(missing)}"
              + (f" {' '.join(missing)}" if missing and args.verbose else ""))
        if not args.check:
            p = LANG_DIR / lang / "actors-world.tsv"
            with open(p, "w", encoding="utf-8") as f:
                f.write(HEADER.format(lang=lang, babel=babel.__version__))
                f.write("surface\tcode\tsector\tkind\tentity\tvalid_from\tvalid_to\tscope\n")
                for r in rows:  # (the scope column only where a row has one)
                    f.write("\t".join(r if r[7] else r[:7]) + "\n")
    for p in all_problems:
        print("CONFLICT/PROBLEM:", p)
    return 1 if all_problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="report only, write nothing")
    ap.add_argument("--cldr", metavar="LANG", help="print the CLDR names for one language and exit")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    if args.cldr:
        for code, v in sorted(cldr_names(args.cldr).items()):
            print(f"{code}\t{'|'.join(v)}")
        return 0
    return write(args)


if __name__ == "__main__":
    sys.exit(main())
