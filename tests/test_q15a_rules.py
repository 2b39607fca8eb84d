"""q15a (heldout13's English, French and German misses): rules in Python, each with sentences written for these tests
that fail without it."""
import pytest

from event_keys import event_keys


# a leader who called or met one partner and then another, each named after the verb with its article, title or
# compound ("mit dem Shell-Chef … und mit dem …"), dealt with each of them: the two partners did not meet each other
@pytest.mark.parametrize("lang,text", [
    ("de", "Der kenianische Präsident telefonierte am Montag mit Chevron-Chef Mike Wirth und mit dem ugandischen "
           "Präsidenten Yoweri Museveni."),
    ("fr", "Le président kényan s'est entretenu lundi avec le patron de TotalEnergies Patrick Pouyanné et avec le "
           "président ougandais Yoweri Museveni."),
])
def test_a_caller_deals_with_each_partner_named_after_the_verb(lang, text):
    got = event_keys(text, lang)
    assert ("CONSULT", "KEN", "UGA") in got and not any(k[0] == "CONSULT" and "KEN" not in k[1:] for k in got), got
