"""q14a (heldout12's English, French and German misses): rules in Python, each with sentences written for these tests
that fail without it."""
import pytest

from event_keys import event_keys


# a label whose pattern holds the act it names ('called the detention "an abduction"') condemns that act's doer, also when
# an accusation of someone else is coordinated after it
@pytest.mark.parametrize("lang,text,want", [
    ("en", 'Kenyan police detained four Ugandan farmers. The Ugandan government called the detention "an abduction" and '
           "accused Tanzania of directing the operation.", ("ACCUSE", "UGA", "KEN")),
    ("fr", "La police russe a arrêté deux militants estoniens. Tallinn a qualifié l'arrestation d'« enlèvement » et a "
           "accusé Minsk de complicité.", ("ACCUSE", "EST", "RUS")),
])
def test_a_label_condemns_the_doer_of_the_act_it_names(lang, text, want):
    got = event_keys(text, lang)
    assert want in got, got
