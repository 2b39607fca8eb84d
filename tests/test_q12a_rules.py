"""q12a (heldout10's English, French and German misses): rules in Python, each with sentences written for these tests
that fail without it."""
import pytest

from event_keys import event_keys


# a demand that a demonstration is held to make ("ont manifesté devant l'ambassade pour exiger …") is made to whom the
# demonstrators protest, as what a call is for is said to its partner
@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Des centaines d'étudiants polonais ont manifesté lundi devant l'ambassade russe pour exiger la libération "
           "des prisonniers.", ("REQUEST", "POL", "RUS")),
    ("it", "Centinaia di persone hanno manifestato davanti all'ambasciata russa a Roma per chiedere la liberazione dei "
           "prigionieri.", ("REQUEST", "ITA", "RUS")),
])
def test_a_demand_made_by_demonstrators_goes_to_whom_they_protest(lang, text, want):
    got = event_keys(text, lang)
    assert ("PROTEST",) + want[1:] in got and want in got, got


# a hostile act whose target is named in an of-phrase ("positions of the Syrian army") is still the fight a later call on
# "both sides" to show restraint refers to, not the dyad of a critic of one of the two
@pytest.mark.parametrize("lang,text", [
    ("en", "The Israeli air force struck several positions of the Syrian army near Damascus. Turkey accused Israel of "
           "destabilising the region. Germany urged both sides to show restraint."),
    ("de", "Die israelische Luftwaffe hat mehrere Stellungen der syrischen Armee angegriffen. Die Türkei warf Israel vor, "
           "die Stabilität der Region zu gefährden. Das Auswärtige Amt in Berlin rief beide Seiten zur Zurückhaltung auf."),
])
def test_both_sides_are_who_fought_when_the_target_was_an_of_phrase(lang, text):
    got = event_keys(text, lang)
    assert ("REQUEST", "DEU", "SYR") in got and ("REQUEST", "DEU", "TUR") not in got, got
