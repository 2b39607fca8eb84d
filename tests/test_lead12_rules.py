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


# a negation inside a gap of the trigger's own pattern (a German verb bracket, "no" before the object) negates the act:
# left out by default, told with `negated` set when all events are asked for (the cvc pass had written 302 blocker rows
# for this, one per pattern; the coder now reads the gap itself)
@pytest.mark.parametrize("lang,text,key", [
    ("de", "Russland hat die Häftlinge nicht auf freien Fuß gesetzt.", ("CONCEDE", "RUS")),
    ("de", "Die USA haben Taiwan keine Waffen verkauft.", ("AID", "USA")),
    ("de", "Moskau und Kiew führten am Montag keine Gespräche.", ("CONSULT", "RUS")),
])
def test_negation_inside_a_pattern_gap(lang, text, key):
    import dyad
    assert not [e for e in dyad.code(text, lang=lang) if (e.type, e.source.code) == key]
    told = [e for e in dyad.code(text, lang=lang, include_all=True) if (e.type, e.source.code) == key]
    assert told and all(e.negated for e in told), told
