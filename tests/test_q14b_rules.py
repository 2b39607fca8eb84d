"""q14b (heldout12's Italian and Spanish misses): rules in Python, each with sentences written for these tests that
fail without it."""
import pytest

from event_keys import event_keys


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published="2026-03-01")


# a passive's agent phrase may come after a day and a place said as a thing ("al valico di …", "al cruzar la frontera"):
# a target preposition before a noun that is no actor does not end the search for the agent, nor do ten words
@pytest.mark.parametrize("lang,text,want", [
    ("it", "Due attivisti francesi sono stati arrestati sabato al valico di Ras Jedir dalla polizia tunisina.",
     ("COERCE", "TUN", "FRA")),
    ("es", "Dos activistas franceses fueron detenidos el sábado al cruzar la frontera por la policía tunecina.",
     ("COERCE", "TUN", "FRA")),
])
def test_passive_agent_after_a_place_phrase(lang, text, want):
    assert want in _keys(text, lang)


# a request's addressee is the generic noun right after the verb, not a country named further on in what it is asked
# to do
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("es", "En Chile, varios senadores pidieron al Gobierno expulsar al embajador ruso.",
     ("REQUEST", "CHL", "CHL"), ("REQUEST", "CHL", "RUS")),
    ("it", "In Francia, i deputati socialisti hanno chiesto al governo di espellere l'ambasciatore russo.",
     ("REQUEST", "FRA", "FRA"), ("REQUEST", "FRA", "RUS")),
])
def test_request_addressee_is_the_one_asked(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got


# a finite verb after "e ha" / "et a" continues the chain of the clause's first verb, not the act an accusation alleges
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("it", "Il ministero degli Esteri russo ha accusato la Moldavia di arrestare giornalisti russi per colpire la stampa "
           "e ha avvertito che Mosca difenderà i suoi cittadini.", ("THREATEN", "RUS", "MDA"), ("THREATEN", "MDA", "RUS")),
    ("fr", "Le ministère russe a accusé la Moldavie d'arrêter des journalistes russes et a averti que Moscou protégera "
           "ses citoyens.", ("THREATEN", "RUS", "MDA"), ("THREATEN", "MDA", "RUS")),
])
def test_coordinated_finite_verb_keeps_the_accuser(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got


# a warning coordinated after an accusation whose only object is the speaker's own people is addressed to the accused
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("it", "Il governo russo ha accusato la Lettonia di discriminazioni e ha avvertito che Mosca difenderà i diritti dei "
           "suoi cittadini.", ("THREATEN", "RUS", "LVA"), ("THREATEN", "RUS", "RUS")),
    ("es", "El Gobierno chino acusó a Japón de provocaciones y advirtió que Pekín protegerá con firmeza a sus pescadores.",
     ("THREATEN", "CHN", "JPN"), ("THREATEN", "CHN", "CHN")),
    ("it", "L'Italia ha arrestato un ingegnere cinese su richiesta degli Stati Uniti. Il governo italiano ha confermato "
           "l'arresto. Il portavoce cinese ha accusato gli Stati Uniti di ipocrisia e ha avvertito che la Cina difenderà i "
           "suoi cittadini.", ("THREATEN", "CHN", "USA"), ("THREATEN", "CHN", "CHN")),
])
def test_warning_about_own_people_goes_to_the_accused(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got


# an armed group named by a bare noun, with no place in its sentence or paragraph, is the one the article last placed
# (the kidnappers in Mali), not the article's main country (the hostages')
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("it", "Due cooperanti italiani sono stati rapiti da uomini armati nel nord del Mali.\n\nI rapitori hanno chiesto un "
           "riscatto al governo italiano.", ("REQUEST", "MLI", "ITA"), ("REQUEST", "ITA", "ITA")),
    ("es", "Seis pescadores españoles fueron secuestrados por hombres armados en Somalia.\n\nLos secuestradores exigieron "
           "un rescate al Gobierno español.", ("REQUEST", "SOM", "ESP"), ("REQUEST", "ESP", "ESP")),
])
def test_bare_armed_group_is_the_one_last_placed(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got


# a relative clause with no subject of its own after a text newly named ("una declaración que", "una mozione che") is its
# author's act: the subject of the clause it hangs on
@pytest.mark.parametrize("lang,text,want", [
    ("es", "El Parlamento Europeo aprobó una resolución que condena a Rusia.", ("ACCUSE", "EU", "RUS")),
    ("it", "Il Parlamento ucraino ha approvato una risoluzione che condanna la Russia.", ("ACCUSE", "UKR", "RUS")),
])
def test_relative_clause_after_a_text_is_its_authors_act(lang, text, want):
    assert want in _keys(text, lang)
