"""q10b (heldout8's English misses): a place right after an agreement's or meeting's word ("signed a truce in
Jeddah", "talks in Doha") is a venue, often a third country's: it does not give its country to the generic nouns
of its sentence and paragraph (`coder._venues`). Sentences written for these tests."""
import pytest

from event_keys import event_keys


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Clashes between Sudan's army and rebel fighters resumed on Friday, a week after both sides signed a "
           "truce in Jeddah.", ("ASSAULT", "SDN", "SDN")),
    ("en", "Fighting between Yemen's army and tribal militias flared again, days after both sides held talks in "
           "Muscat.", ("ASSAULT", "YEM", "YEM")),
    ("it", "Gli scontri tra l'esercito sudanese e i ribelli sono ripresi venerdì, una settimana dopo che le due parti "
           "avevano firmato una tregua a Gedda.", ("ASSAULT", "SDN", "SDN")),
])
def test_a_venue_does_not_place_the_sentence(lang, text, want):
    got = event_keys(text, lang)
    assert want in got and not any(k[0] == want[0] and want[1] in k[1:] and {"SAU", "OMN"} & set(k[1:])
                                   for k in got), got
