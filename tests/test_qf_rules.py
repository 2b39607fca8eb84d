"""qf (heldout16's German misses): rules in Python, each with sentences written for these tests that fail without it."""
import pytest

from event_keys import event_keys


def _keys(text: str, lang: str) -> set[tuple[str, str, str]]:
    return event_keys(text, lang, published="2026-03-01")


# a reporting noun after a demonym is a source ("nach ukrainischen Angaben") only when the demonym stands alone: after an
# agent noun it names ("für den polnischen Geheimdienst Informationen gesammelt") that noun is the object of what precedes,
# and the accusation that tells it is aimed at it
@pytest.mark.parametrize("lang,text,want", [
    ("de", "Die litauische Staatsanwaltschaft wirft der Frau vor, für den russischen Geheimdienst Informationen über "
           "Militärtransporte beschafft zu haben.", ("ACCUSE", "LTU", "RUS")),
    ("de", "Die Regierung in Tiflis wirft dem 52-Jährigen vor, im Auftrag des armenischen Militärs Informationen "
           "weitergegeben zu haben.", ("ACCUSE", "GEO", "ARM")),
])
def test_reporting_noun_after_an_agent_noun_is_no_source(lang, text, want):
    got = _keys(text, lang)
    assert want in got, got


# "both" opening a clause of its own after a comma, right at its two-way verb ("…, beide unterzeichneten ein Abkommen"), is
# the last dyad: the partner named before the comma is the earlier verb's object, not a party beside "both"
@pytest.mark.parametrize("lang,text,want", [
    ("de", "Der polnische Außenminister empfing am Montag in Warschau seinen litauischen Amtskollegen, beide "
           "unterzeichneten eine Erklärung über gemeinsame Grenzkontrollen.", ("AGREE", "LTU", "POL")),
    ("de", "Der ungarische Verteidigungsminister traf am Freitag in Belgrad seinen serbischen Amtskollegen, beide einigten "
           "sich auf gemeinsame Manöver.", ("AGREE", "HUN", "SRB")),
])
def test_both_after_comma_is_the_last_dyad(lang, text, want):
    got = _keys(text, lang)
    assert want in got, got


# aid pledged by a pattern that holds its future auxiliary ("X werde Y … Millionen Euro Hilfe bereitstellen", reported
# speech of an announcement) is the aid, as "sagte … Hilfe zu" is: the auxiliary, one of the pattern's own words, does not
# make it a plan
@pytest.mark.parametrize("lang,text,want", [
    ("de", "Paris werde Tunesien 80 Millionen Euro Hilfe für den Grenzschutz bereitstellen, teilte das französische "
           "Außenministerium mit.", ("AID", "FRA", "TUN")),
    ("de", "Tokio werde den Philippinen Kredite über 300 Millionen Dollar gewähren, sagte ein japanischer "
           "Regierungssprecher.", ("AID", "JPN", "PHL")),
])
def test_aid_pledged_in_the_future_is_aid(lang, text, want):
    got = _keys(text, lang)
    assert want in got, got


# an embassy named by its bare noun after an article ("ein Mitarbeiter der Botschaft"), once a foreign envoy has been named
# with his country, is that country's embassy (agents.tsv role `mission`), not the article's main country's, which hosts it
@pytest.mark.parametrize("lang,text,want", [
    ("de", "Das estnische Außenministerium bestellte am Freitag den russischen Botschafter ein und wies zwei Mitarbeiter "
           "der Botschaft aus.", ("SANCTION", "EST", "RUS")),
    ("de", "Die tschechische Regierung hat den chinesischen Botschafter einbestellt. Am Abend erklärte Tschechien einen "
           "Angestellten der Botschaft zur unerwünschten Person.", ("SANCTION", "CZE", "CHN")),
])
def test_bare_embassy_is_the_last_foreign_envoys(lang, text, want):
    got = _keys(text, lang)
    assert want in got, got


# a refusal announced until a condition is met ("werde … nicht zustimmen, solange …", mode `veto`) is a threat aimed at the
# owner of what it refuses (the of-phrase of the accession or rapprochement), not at the bloc it would bring them into
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("de", "Ungarn werde dem Beitritt der Ukraine zur Nato nicht zustimmen, solange Kiew das Sprachengesetz nicht ändere.",
     ("THREATEN", "HUN", "UKR"), ("THREATEN", "HUN", "NATO")),
    ("de", "Die Slowakei werde keiner Annäherung der Republik Moldau an die EU zustimmen, solange die Regierung in "
           "Chisinau ihre Gaspolitik nicht überdenke.", ("THREATEN", "SVK", "MDA"), ("THREATEN", "SVK", "EU")),
])
def test_conditional_veto_aims_at_what_it_refuses(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got


# a national minority named by its demonym ("der ungarischen Minderheit", agents.tsv role `minority`) is the people of the
# state it lives in: the sentence's, the paragraph's, the article's main or next country that is not the demonym's
@pytest.mark.parametrize("lang,text,want,not_want", [
    ("de", "Die rumänische Polizei hat in Cluj einen Sprecher der ungarischen Minderheit festgenommen.",
     ("COERCE", "ROU", "ROU"), ("COERCE", "ROU", "HUN")),
    ("de", "Serbien und Kroatien streiten seit Wochen über die Grenze an der Donau. Hunderte Angehörige der serbischen "
           "Minderheit demonstrierten am Samstag gegen die kroatische Regierung.",
     ("PROTEST", "HRV", "HRV"), ("PROTEST", "SRB", "HRV")),
])
def test_minority_is_of_the_state_it_lives_in(lang, text, want, not_want):
    got = _keys(text, lang)
    assert want in got and not_want not in got, got
