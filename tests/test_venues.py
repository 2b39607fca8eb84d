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


# a capital or city opening its clause right before a two-way verb is that verb's subject, not the meeting's venue: the
# "Geneva summit" reading (a bare city name before its noun) is English's, and there only after a word of its clause
@pytest.mark.parametrize("lang,text,want", [
    ("es", "Moscú firmó el martes un acuerdo de cooperación con China.", ("AGREE", "RUS", "CHN")),
    ("es", "Pekín y Moscú firmaron un acuerdo energético.", ("AGREE", "CHN", "RUS")),
    ("it", "Mosca firmò un accordo con la Cina.", ("AGREE", "RUS", "CHN")),
    ("de", "Moskau unterzeichnete am Dienstag ein Abkommen mit China.", ("AGREE", "RUS", "CHN")),
    ("en", "Moscow signed an agreement with China on Tuesday.", ("AGREE", "RUS", "CHN")),
    ("en", "Beijing met Washington's envoy on Monday.", ("CONSULT", "CHN", "USA")),
])
def test_a_city_opening_its_clause_is_a_party(lang, text, want):
    got = event_keys(text, lang)
    assert want in got and tuple(reversed(want[1:])) in {k[1:] for k in got if k[0] == want[0]}, got


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia and Ukraine resumed the Geneva talks on Monday."),
    ("en", "Iran's foreign minister attended the Vienna talks with the European Union."),
])
def test_a_city_naming_the_meeting_is_its_venue(lang, text):
    got = event_keys(text, lang)
    assert got and not any("CHE" in k[1:] or "AUT" in k[1:] for k in got), got
