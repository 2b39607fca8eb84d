"""q15b (heldout13's Italian and Spanish misses): rules in Python, each with sentences written for these tests that
fail without it."""
import pytest

from event_keys import event_keys


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published="2026-03-01")


# a person the lexicon knows by a two-word name, whose surname alone it does not list (a common surname), is that person
# when the surname alone comes back later in the article
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("es", "El canciller venezolano, Yván Gil, llegó a Bogotá el lunes. El presidente de Colombia, Gustavo Petro, pidió "
           "calma a las partes. Gil acusó a Guyana de provocar la crisis y advirtió que Caracas responderá a cualquier "
           "agresión.", ("THREATEN", "VEN", "GUY"), ("ACCUSE", "COL", "GUY")),
    ("it", "Il ministro degli Esteri venezuelano, Yván Gil, è arrivato lunedì a Brasilia. Il presidente brasiliano Lula "
           "ha chiesto calma alle parti. Gil ha poi criticato la Guyana per le trivellazioni.",
           ("ACCUSE", "VEN", "GUY"), ("ACCUSE", "BRA", "GUY")),
])
def test_surname_of_a_known_two_word_name(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got
