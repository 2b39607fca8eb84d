"""The PLOVER ontology file and our CAMEO/Goldstein/QuadClass mapping."""

import re

import pytest

import dyad
from shared_data import shared_path
from dyad.lexicon import available_languages, load_language
from dyad.plover import PLOVER_TYPES, load_ontology

# Where our CAMEO code deliberately differs from the PLOVER project's CAMEO2PLOVER table, and why.
DELIBERATE = {
    ("AGREE", "agreement"): "GDELT users expect signed agreements as CAMEO 057; PLOVER files 057 under SUPPORT",
    ("AGREE", "alliance"): "as agreement",
    ("AGREE", "economic"): "as agreement (a trade agreement)",
    ("AGREE", "peace"): "as agreement (a peace agreement)",
    ("AGREE", "ceasefire"): "a ceasefire agreed is AGREE in our gold; CAMEO's truce code is RETREAT in PLOVER",
    ("CONCEDE", "release"): "our gold codes prisoner releases as CONCEDE; PLOVER files 0841 under RETREAT",
    ("CONCEDE", "apologize"): "apologies are CONCEDE in our gold; PLOVER files 055 under SUPPORT",
    ("COOPERATE", "diplomatic"): "CAMEO 05 diplomatic cooperation; PLOVER files it under SUPPORT",
    ("COOPERATE", "recognize"): "recognition is COOPERATE in our gold; PLOVER files 054 under SUPPORT",
    ("SANCTION", "economic"): "sanctions/embargo are SANCTION in our gold; PLOVER files 163 under COERCE",
    ("SANCTION", "boycott"): "as economic",
    ("SANCTION", "tariffs"): "as economic",
    ("COERCE", "repression"): "tear gas, water cannon and dispersed crowds are COERCE in our lexicons; PLOVER "
                              "files CAMEO 175 (violent repression) under ASSAULT",
    ("ASSAULT", "blockade"): "a blockade or siege by armed forces is ASSAULT in our lexicons; PLOVER files 191 "
                             "under COERCE",
    ("ASSAULT", "occupy"): "taking and holding territory by force is ASSAULT in our gold; PLOVER files 192 under "
                           "COERCE",
    ("REQUEST", ""): "REQUEST is an appeal (CAMEO 02, verbal cooperation); the PLOVER table has no 02x rows",
    ("REQUEST", "aid"): "as REQUEST", ("REQUEST", "policy"): "as REQUEST",
    ("REQUEST", "meeting"): "as REQUEST", ("REQUEST", "ceasefire"): "as REQUEST",
}


def test_sixteen_types_in_order():
    assert PLOVER_TYPES == ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                            "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


def test_quad_class_and_goldstein_sign_agree():
    onto = load_ontology()
    for name, t in onto.types.items():
        for mode in ["", *t.modes]:
            code, gs, quad = onto.cameo(name, mode)
            assert quad in (1, 2, 3, 4)
            assert (gs > 0) == (quad in (1, 2)) or abs(gs) < 1, (name, mode, gs, quad)
            root = int(code[:2])
            expected_quad = 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4
            assert quad == expected_quad, (name, mode, code)


def _plover_table() -> dict[str, str]:
    """CAMEO code -> PLOVER type, from the PLOVER project's CAMEO2PLOVER table in ../shared."""
    table = {}
    for line in shared_path("peers", "openeventdata__PLOVER", "CAMEO2PLOVER-2021.txt").read_text("utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)", line)
        if m:
            table.setdefault(m.group(1), m.group(2))
    return table


# CAMEO 02 (appeal) is a valid CAMEO family that the PLOVER table leaves out (PLOVER has no appeals)
APPEALS = {"020", "021", "022", "023", "024", "025", "026", "027", "028"}


def test_cameo_codes_map_back_to_the_same_plover_type():
    table = _plover_table()
    onto = load_ontology()
    wrong = []
    for name, t in onto.types.items():
        for mode in ["", *t.modes]:
            code = onto.cameo(name, mode)[0]
            theirs = table.get(code)
            if (name, mode) in DELIBERATE:
                assert theirs != name, f"{name}/{mode}: no longer differs, drop it from DELIBERATE"
                continue
            if theirs != name:
                wrong.append(f"{name}/{mode or '-'} -> {code} is {theirs} in PLOVER")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("type_", PLOVER_TYPES)
def test_every_type_has_a_description(type_):
    assert load_ontology().types[type_].description


def test_every_mode_code_is_a_cameo_code_of_its_type_family():
    table = _plover_table()
    onto = load_ontology()
    bad = []
    for name, t in onto.types.items():
        for mode, (code, _) in t.modes.items():
            if code not in table and code not in APPEALS:
                bad.append(f"{name}/{mode}: {code} is not a CAMEO code")
            elif not (code[:2] == t.cameo[:2] or table.get(code) == name or (name, mode) in DELIBERATE):
                bad.append(f"{name}/{mode}: {code} is outside {name}'s CAMEO family ({t.cameo[:2]})")
    assert not bad, "\n".join(bad)


def test_aliases_name_modes_of_their_own_type():
    onto = load_ontology()
    for name, t in onto.types.items():
        for alias, mode in t.aliases.items():
            assert mode == "" or mode in t.modes, (name, alias, mode)
            assert alias not in t.modes, (name, alias)
            assert onto.mode(name, alias) == mode
        for mode in t.modes:
            assert onto.mode(name, mode) == mode
    assert onto.mode("ASSAULT", "no such mode") == ""


@pytest.mark.parametrize("code", available_languages())
def test_every_trigger_mode_is_canonical_or_an_alias_of_its_type(code):
    onto = load_ontology()
    bad = [f"{t.origin}: {t.type} {t.mode!r}" for t in load_language(code).triggers
           if t.type != "-" and not onto.known_mode(t.type, t.mode)]
    assert not bad, "\n".join(bad[:40])


# One event, five languages; the lexicons call its mode differently ("air strike", "missile strike",
# "airstrike"; "expel diplomats", "expel"; "recall ambassador", "diplomatic"): the events agree.
SAME_EVENT = {
    ("ASSAULT", "airstrike", "195"): {
        "it": "Israele ha effettuato raid aerei sull'Iran.",
        "en": "Russian missile strikes hit Kyiv.",
        "fr": "Israël a mené des frappes aériennes contre l'Iran.",
        "de": "Israel bombardierte den Iran.",
        "es": "Israel bombardeó Irán.",
    },
    ("SANCTION", "expel", "161"): {
        "it": "L'Italia ha espulso due diplomatici russi.",
        "en": "Britain expelled two Russian diplomats.",
        "fr": "La France a expulsé deux diplomates russes.",
        "de": "Deutschland wies zwei russische Diplomaten aus.",
        "es": "España expulsó a dos diplomáticos rusos.",
    },
    ("SANCTION", "diplomatic", "161"): {
        "it": "L'Italia ha richiamato il proprio ambasciatore dalla Russia.",
        "en": "France recalled its ambassador from Russia.",
        "fr": "La France a rappelé son ambassadeur en Russie.",
        "de": "Deutschland rief seinen Botschafter aus Russland zurück.",
        "es": "Francia retiró a su embajador en Rusia.",
    },
}


@pytest.mark.parametrize("expected,lang,text", [(k, lang, text) for k, v in SAME_EVENT.items()
                                                for lang, text in v.items()])
def test_one_event_has_one_mode_in_every_language(expected, lang, text):
    events = dyad.code(text, published="2025-01-01", lang=lang)
    assert [(e.type, e.mode, e.cameo) for e in events] == [expected]


def test_emitted_modes_are_canonical():
    onto = load_ontology()
    text = "Russian missile strikes hit Kyiv. Police fired tear gas at protesters in Tbilisi."
    events = dyad.code(text, published="2025-01-01", lang="en")
    assert {(e.type, e.mode) for e in events} >= {("ASSAULT", "airstrike"), ("COERCE", "repression")}
    for e in events:
        assert e.mode == "" or e.mode in onto.types[e.type].modes, (e.type, e.mode)
        assert (e.cameo, e.goldstein, e.quad_class) == onto.cameo(e.type, e.mode)


def test_docs_list_every_canonical_mode():
    from shared_data import REPO

    doc = (REPO / "docs" / "formats" / "events.md").read_text("utf-8")
    onto = load_ontology()
    missing = [f"{name}/{mode} {code}" for name, t in onto.types.items() for mode, (code, _) in t.modes.items()
               if f"{mode} {code}" not in doc]
    assert not missing, "docs/formats/events.md misses: " + ", ".join(missing)
