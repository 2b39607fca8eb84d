"""qa (heldout14 and heldout15's Italian and Spanish misses): rules in Python, each with sentences written for these
tests that fail without it."""
import pytest

from event_keys import event_keys


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published="2026-03-01")


# a `refers_back` cue after a comma may open with an elided article ("…, un'accusa che X ha respinto"): the denial
# answers whoever accused X, and the noun is no second accusation
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("it", "Il governo polacco ha accusato Minsk di spingere i migranti verso il confine, un'accusa che la Bielorussia "
           "ha respinto giovedì.", ("REJECT", "BLR", "POL"), ("ACCUSE", "BLR", "POL")),
    ("it", "Il presidente colombiano ha accusato Caracas di proteggere i guerriglieri, un'accusa che il Venezuela ha "
           "respinto in serata.", ("REJECT", "VEN", "COL"), ("ACCUSE", "VEN", "COL")),
])
def test_refers_back_after_an_elided_article(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got


# people freed with no agent phrase and named by a bare noun that only the article's home country reads ("Los
# pescadores fueron liberados") are the people last told held, of their own country, not the home country's
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("es", "La guardia costera de Marruecos apresó el sábado un barco con doce marineros españoles cerca de Dajla. Los "
           "pescadores fueron liberados el lunes por la tarde.", ("CONCEDE", "MAR", "ESP"), ("CONCEDE", "MAR", "MAR")),
    ("it", "La polizia russa ha arrestato lunedì a Mosca tre reporter tedeschi. I giornalisti sono stati rilasciati "
           "mercoledì sera.", ("CONCEDE", "RUS", "DEU"), ("CONCEDE", "RUS", "RUS")),
])
def test_freed_bare_noun_is_the_last_held(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got


# "where" after a place, with the subject dropped ("viajó a Quito, donde se reunió con …"): the city is where the
# meeting happens, not a party to it; the sentence's subject met the partner
@pytest.mark.parametrize("lang,text,want", [
    ("es", "La canciller colombiana viajó el martes a Quito, donde se reunió con su homólogo ecuatoriano para hablar "
           "de la frontera.", ("CONSULT", "ECU", "COL")),
    ("it", "Il ministro degli Esteri greco è arrivato lunedì ad Ankara, dove ha incontrato il suo omologo turco.",
     ("CONSULT", "TUR", "GRC")),
])
def test_where_after_a_place_keeps_the_main_subject(lang, text, want):
    got = _keys(text, lang)
    assert want in got, got


# a warning with no addressee, coordinated after a request by the same speaker, is made to the one just asked
@pytest.mark.parametrize("lang,text,want", [
    ("es", "El canciller ruso exigió a Moldavia la liberación de los detenidos y advirtió que la decisión tendrá graves "
           "consecuencias para las relaciones.", ("THREATEN", "RUS", "MDA")),
    ("it", "Il portavoce del ministero degli Esteri cinese ha chiesto al Giappone di ritirare la nave e ha avvertito che "
           "ogni provocazione avrà una risposta ferma.", ("THREATEN", "CHN", "JPN")),
])
def test_warning_after_a_request_goes_to_the_one_asked(lang, text, want):
    got = _keys(text, lang)
    assert want in got, got


# a government's deployment with no one named goes against an armed group of its own country that attacked its
# civilians (as it already did against one that attacked its army or police)
@pytest.mark.parametrize("lang,text,want", [
    ("it", "Uomini armati hanno rapito sabato trenta studenti camerunesi vicino a Bamenda. Il presidente camerunese ha "
           "ordinato il dispiegamento di due battaglioni nella regione.", ("MOBILIZE", "CMR", "CMR")),
    ("es", "Hombres armados secuestraron el domingo a cuarenta estudiantes en el norte de Nigeria. El presidente "
           "nigeriano ordenó el despliegue de dos batallones en la zona.", ("MOBILIZE", "NGA", "NGA")),
])
def test_deployment_against_the_group_that_attacked_civilians(lang, text, want):
    got = _keys(text, lang)
    assert want in got, got
