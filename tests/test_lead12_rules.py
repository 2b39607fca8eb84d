"""Rules the lead wrote in the twelfth session from probe sentences of the coverage passes (not from a gold set): each
with sentences written for these tests that fail without it."""
import pytest

from event_keys import event_keys


# an arrest told in the passive with no agent phrase (and no captor told before) is the act of the state where it
# happened, named by a country or city after a locative
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Two French citizens were arrested in Iran on Sunday.", ("COERCE", "IRN", "FRA")),
    ("it", "Due cittadini francesi sono stati arrestati in Iran.", ("COERCE", "IRN", "FRA")),
    ("es", "Dos periodistas españoles fueron detenidos en Caracas.", ("COERCE", "VEN", "ESP")),
    ("fr", "Deux ressortissants britanniques ont été arrêtés en Russie la semaine dernière.", ("COERCE", "RUS", "GBR")),
])
def test_arrest_in_a_country_is_that_states(lang, text, want):
    assert want in event_keys(text, lang), event_keys(text, lang)


@pytest.mark.parametrize("lang,text,not_want", [
    # (an attack is not: the place is where, not who)
    ("en", "Three Israeli soldiers were killed in Lebanon on Sunday.", "LBN"),
    ("it", "Tre soldati israeliani sono stati uccisi in Libano.", "LBN"),
])
def test_a_killing_in_a_country_is_not_that_states(lang, text, not_want):
    got = event_keys(text, lang)
    assert not any(k[1] == not_want for k in got), got
