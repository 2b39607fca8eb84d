"""qe (heldout16's English and French misses): rules in Python, each with sentences written for these tests that fail
without it."""
import pytest

from event_keys import event_keys


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published="2026-03-01")


# a hypothetical cue of the clause before a break ("to avoid … but") does not make the verb after the
# break hypothetical: the criticism is told as made
@pytest.mark.parametrize("lang,text,want", [
    ("en", "A Chinese foreign ministry spokesman urged all sides to avoid escalation but criticised Washington's naval "
           "patrols in the region.", ("ACCUSE", "CHN", "USA")),
    ("en", "Turkey's foreign minister called on both sides to avoid clashes but condemned Syria's shelling of the border "
           "town.", ("ACCUSE", "TUR", "SYR")),
])
def test_hypothetical_cue_stops_at_a_clause_break(lang, text, want):
    assert want in _keys(text, lang)


# "the two countries", "les deux pays" are two states: not a pair with an organisation in it (the EU that just urged one)
@pytest.mark.parametrize("lang,text,not_want", [
    ("en", "Iran fired missiles at Israel on Monday. The European Union's foreign policy chief condemned the Iranian "
           "missile attack and called on Tehran to halt all strikes. The two countries fought a war in June 2024.",
     ("ASSAULT", "EU", "IRN")),
    ("fr", "L'Iran a tiré des missiles sur Israël lundi. La cheffe de la diplomatie de l'Union européenne a condamné "
           "l'attaque iranienne et appelé Téhéran à cesser les frappes. Les deux pays se sont affrontés en juin 2024.",
     ("ASSAULT", "EU", "IRN")),
])
def test_two_countries_are_no_organisation(lang, text, not_want):
    assert not_want not in event_keys(text, lang, published="2026-11-14")


# a subject before "with X and Y" and a joint act after them ("flew … with Indian and Australian frigates in joint
# exercises") is the act's third party: every pair of the three
@pytest.mark.parametrize("lang,text,want", [
    ("en", "French warships sailed through the strait with Indian and Australian frigates in joint naval exercises.",
     {("COOPERATE", "FRA", "IND"), ("COOPERATE", "FRA", "AUS"), ("COOPERATE", "IND", "AUS")}),
    ("fr", "Des bombardiers américains ont survolé la mer du Japon avec des chasseurs sud-coréens et japonais lors d'un "
           "exercice conjoint.", {("COOPERATE", "USA", "KOR"), ("COOPERATE", "USA", "JPN"), ("COOPERATE", "KOR", "JPN")}),
])
def test_subject_before_a_pair_joined_after_with(lang, text, want):
    assert want <= _keys(text, lang)


# a host receiving two guests joined by a coordinator ("and", "puis") meets each of them
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Kenya's president hosted the Somali prime minister and the Ethiopian foreign minister in Nairobi on Monday.",
     {("CONSULT", "KEN", "SOM"), ("CONSULT", "KEN", "ETH"), ("CONSULT", "ETH", "KEN")}),
    ("fr", "Le président sénégalais a reçu lundi l'envoyé de l'ONU pour la Guinée, puis l'ambassadeur du Mali.",
     {("CONSULT", "SEN", "MLI"), ("CONSULT", "MLI", "SEN")}),
])
def test_host_meets_each_guest(lang, text, want):
    assert want <= _keys(text, lang)


# people arrested "suspected of" serving a foreign state ("soupçonnés d'espionnage au profit de") are a target of the
# arrest too: the arrester's own civilians, beside the state they are suspected of serving
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Georgian police arrested four people suspected of spying for Russia's military intelligence on Monday.",
     {("COERCE", "GEO", "GEO"), ("COERCE", "GEO", "RUS")}),
    ("fr", "La police géorgienne a arrêté lundi quatre personnes soupçonnées d'espionnage au profit du renseignement "
           "militaire russe.", {("COERCE", "GEO", "GEO")}),
])
def test_people_arrested_on_suspicion_are_a_target(lang, text, want):
    assert want <= _keys(text, lang)


# a guest received by a host in the passive ("was received by", "où il a été reçu par") meets the host both ways, as an
# active reception does; after "…, où il" the guest is the sentence's subject
@pytest.mark.parametrize("lang,text,want", [
    ("en", "The Italian foreign minister was received on Monday by the Tunisian president.",
     {("CONSULT", "ITA", "TUN"), ("CONSULT", "TUN", "ITA")}),
    ("fr", "Le chef de la diplomatie italienne s'est rendu lundi à Tunis, où il a été reçu par le président tunisien.",
     {("CONSULT", "ITA", "TUN"), ("CONSULT", "TUN", "ITA")}),
])
def test_passive_reception_both_ways(lang, text, want):
    assert want <= _keys(text, lang)


# "both" after ", and" ("…, et les deux pays ont annoncé des exercices conjoints") opens a clause of its own: the two
# the verb before it just paired, not the actors named before the comma
@pytest.mark.parametrize("lang,text,want", [
    ("en", "The Greek defence minister travelled to Nicosia, where he was received by the Cypriot president, and the two "
           "countries announced joint naval exercises.", {("COOPERATE", "GRC", "CYP"), ("COOPERATE", "CYP", "GRC")}),
    ("fr", "Le ministre grec de la Défense s'est rendu à Nicosie, où il a été reçu par le président chypriote, et les deux "
           "pays ont annoncé des exercices navals conjoints.", {("COOPERATE", "GRC", "CYP"), ("COOPERATE", "CYP", "GRC")}),
])
def test_both_after_comma_and(lang, text, want):
    assert want <= _keys(text, lang)
