"""qc (heldout14/15's German misses): rules in Python, each with sentences written for these tests that fail without it."""
import pytest

from event_keys import event_keys


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published="2026-03-01")


# a ship named with its country ("eine niederländische Fregatte") and then again by its bare noun after an article ("Die
# Fregatte") is the same ship: it keeps that country (agents.tsv role `vessel`), not the article's main country's
@pytest.mark.parametrize("lang,text,want", [
    ("de", "Griechenland hat am Dienstag eine niederländische Fregatte in Piräus empfangen. Athen begrüßte den Besuch, die "
           "griechische Regierung lobte die Zusammenarbeit. Die Fregatte übte anschließend gemeinsam mit einem griechischen "
           "Zerstörer in der Ägäis.", ("COOPERATE", "NLD", "GRC")),
    ("de", "Italien hat einer spanischen Korvette am Sonntag den Hafen von Catania geöffnet. Rom dankte Madrid, die "
           "italienische Regierung lobte die Rettung. Die Korvette nahm danach gemeinsam mit einem italienischen "
           "Patrouillenboot an einer Übung teil.", ("COOPERATE", "ESP", "ITA")),
])
def test_ship_named_again_keeps_its_country(lang, text, want):
    got = _keys(text, lang)
    assert want in got, got


# two partners coordinated inside a joint act's own words ("gemeinsam mit Litauen und Lettland … eine Übung") are two
# more parties of it: every pair of the three drilled together, the two partners with each other too
@pytest.mark.parametrize("lang,text,want", [
    ("de", "Polen hielt am Mittwoch gemeinsam mit Litauen und Lettland eine Übung ab.", ("COOPERATE", "LTU", "LVA")),
    ("de", "Die japanische Marine nimmt seit Montag gemeinsam mit australischen Marineschiffen und einer indischen "
           "Fregatte an der Übung teil.", ("COOPERATE", "AUS", "IND")),
])
def test_partners_joined_inside_a_joint_act(lang, text, want):
    got = _keys(text, lang)
    assert want in got, got


# a demand joined to a protest at a foreign state's mission, with no addressee of its own, goes to that state (as the
# protest does), not to the protesters' own government
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("de", "In Berlin zogen am Samstag Hunderte Demonstranten zur russischen Botschaft und forderten die Freilassung der "
           "Gefangenen.", ("REQUEST", "DEU", "RUS"), ("REQUEST", "DEU", "DEU")),
    ("de", "Tausende Studenten marschierten am Montag in Manila vor die chinesische Botschaft und forderten den Abzug der "
           "Schiffe.", ("REQUEST", "PHL", "CHN"), ("REQUEST", "PHL", "PHL")),
])
def test_demand_joined_to_a_protest_at_a_foreign_mission(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got


# a terror attack named as the object of a condemnation ("verurteilte den Anschlag") is the last armed group's attack,
# not the last attack told (an army's strikes in reply)
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("de", "Hamas-Kämpfer griffen am Samstag israelische Soldaten an einem Grenzposten an. Die israelische Armee bombardierte danach Ziele im "
           "Gazastreifen. Deutschland verurteilte den Terroranschlag scharf.", ("ACCUSE", "DEU", "PSE"),
     ("ACCUSE", "DEU", "ISR")),
    ("de", "Die Huthi-Miliz griff am Montag ein griechisches Handelsschiff im Roten Meer an. Die US-Marine beschoss danach Stellungen im "
           "Jemen. Großbritannien verurteilte den Anschlag auf das Schiff.", ("ACCUSE", "GBR", "YEM"),
     ("ACCUSE", "GBR", "USA")),
])
def test_condemned_terror_attack_is_the_armed_groups(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got
