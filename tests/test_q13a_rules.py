"""q13a (heldout11's English, French and German misses): rules in Python, each with sentences written for these tests
that fail without it."""
import pytest

from event_keys import event_keys


# "told reporters", "told journalists": the audience of a verb of saying is no party and no antecedent of the "he" after it
@pytest.mark.parametrize("text,want,unwanted", [
    ("Bhutan has lodged a formal protest with China after Chinese soldiers crossed the border and Chinese workers built "
     "a road. Dorji told reporters he had summoned China's ambassador.", ("ACCUSE", "BTN", "CHN"), ("ACCUSE", "CHN", "CHN")),
    ("Guyana lodged a protest with Venezuela after Venezuelan troops and Venezuelan militias entered a border village. "
     "Todd told journalists he had summoned Venezuela's ambassador.", ("ACCUSE", "GUY", "VEN"), ("ACCUSE", "VEN", "VEN")),
])
def test_the_audience_of_a_verb_of_saying_is_no_actor(text, want, unwanted):
    got = event_keys(text, "en")
    assert want in got and unwanted not in got, got


# "X urged A and B to …; the two governments agreed …": both are the two that the third party addressed
@pytest.mark.parametrize("lang,text,want,unwanted", [
    ("en", "Norway urged Serbia and Kosovo to resume their dialogue. On Friday the two governments agreed to reopen "
           "the border crossing.", ("AGREE", "SRB", "XKX"), ("AGREE", "NOR", "XKX")),
    ("fr", "Le Qatar a appelé le Soudan et le Tchad à la retenue. Vendredi, les deux gouvernements ont signé un accord "
           "sur la frontière.", ("AGREE", "SDN", "TCD"), ("AGREE", "QAT", "TCD")),
])
def test_both_after_a_request_to_two_are_the_two_addressed(lang, text, want, unwanted):
    got = event_keys(text, lang)
    assert want in got and want[:1] + (want[2], want[1]) in got and unwanted not in got, got


# an attack claimed with no victim in its clause was done to the victims of the last attack told without its doer, and a
# condemnation of "the attack" then names the claimant
@pytest.mark.parametrize("lang,text", [
    ("en", "Four Nigerian soldiers were killed in an attack on a base in Borno. ISWAP claimed responsibility for the "
           "attack on Tuesday. Britain condemned the attack."),
    ("fr", "Quatre soldats nigérians ont été tués dans l'attaque d'une base militaire. L'attaque a été revendiquée par "
           "l'ISWAP. La Grande-Bretagne a condamné l'attaque."),
    ("de", "Vier nigerianische Soldaten wurden am Montag bei einem Angriff getötet. Die Miliz ISWAP bekannte "
           "sich zu dem Anschlag."),
])
def test_a_claimed_attack_is_done_to_the_victims_of_the_attack_told_before(lang, text):
    got = event_keys(text, lang)
    assert ("ASSAULT", "NGA", "NGA") in got, got
    if lang != "de":
        assert ("ACCUSE", "GBR", "NGA") in got, got


def test_no_claim_without_an_attack_told_before():
    got = event_keys("ISWAP claimed responsibility for the attack on Tuesday.", "en")
    assert not any(k[0] == "ASSAULT" for k in got), got


# a foreign condemnation of the violence whose doer was a generic noun of the home country (the police, the army) names
# that doer
@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Au Togo, la police a ouvert le feu sur des manifestants à Lomé. L'ONU a dénoncé un usage excessif de la force.",
     ("ACCUSE", "UN", "TGO")),
    ("en", "In Kenya, police opened fire on protesters in Nairobi. Britain condemned the excessive force.",
     ("ACCUSE", "GBR", "KEN")),
])
def test_a_foreign_condemnation_names_a_home_doer(lang, text, want):
    got = event_keys(text, lang)
    assert want in got, got


# de: a second verb of saying coordinated after what the first said (a comma opening the reported speech, a comma closing
# it before "und", an apposition's comma before the verb) returns to that verb's subject
@pytest.mark.parametrize("text,want", [
    ("Der Sprecher des serbischen Außenministeriums erklärte, die Kontrollposten seien auf serbischem Boden gebaut "
     "worden, und warf Pristina vor, die Lage bewusst anzuheizen.", ("ACCUSE", "SRB", "XKX")),
    ("Die Sprecherin des russischen Außenministeriums, Maria Sacharowa, erklärte, die Straße sei schon 2020 gebaut "
     "worden, und warf Kiew vor, Falschmeldungen zu verbreiten.", ("ACCUSE", "RUS", "UKR")),
])
def test_a_second_verb_of_saying_after_reported_speech_keeps_its_subject(text, want):
    got = event_keys(text, "de")
    assert want in got, got


# de: a sentence that opens with a subordinate clause has the main verb after its comma, and the subject after that verb
@pytest.mark.parametrize("text,want", [
    ("Sollte Litauen die Grenze schließen, werde Belarus mit Gegenmaßnahmen reagieren.", ("THREATEN", "BLR", "LTU")),
    ("Wenn Serbien weitere Truppen verlegt, werde Kosovo mit „angemessenen Maßnahmen“ reagieren, sagte der Premier.",
     ("THREATEN", "XKX", "SRB")),
])
def test_the_subject_follows_the_verb_after_an_opening_subordinate_clause(text, want):
    got = event_keys(text, "de")
    assert want in got and want[:1] + (want[2], want[1]) not in got, got


# de: a lone participle whose auxiliary stands further back than a pattern's gap reaches has its subject before that
# auxiliary; what stands between is its object
@pytest.mark.parametrize("text,want", [
    ("Türkische Soldaten haben nach Angaben der irakischen Regierung in der Nacht zum Sonntag drei irakische Hirten in "
     "der Nähe der Grenze zu Syrien festgenommen.", ("COERCE", "TUR", "IRQ")),
    ("Die venezolanische Marine hat laut einer Mitteilung des Außenministeriums in Georgetown am Freitag zwei guyanische "
     "Fischerboote vor der Küste des umstrittenen Gebiets beschlagnahmt.", ("COERCE", "VEN", "GUY")),
])
def test_the_subject_of_a_lone_participle_stands_before_its_auxiliary(text, want):
    got = event_keys(text, "de")
    assert want in got and want[:1] + (want[2], want[1]) not in got, got


# joining the criticism ('join' cues) accuses whom the last accusation told accused
@pytest.mark.parametrize("lang,text,want", [
    ("de", "Polen verurteilte die Festnahme der Journalisten durch Belarus. Litauen schloss sich der Kritik an.",
     ("ACCUSE", "LTU", "BLR")),
    ("en", "Japan condemned China's seizure of the fishing boat. South Korea joined the criticism on Monday.",
     ("ACCUSE", "KOR", "CHN")),
    ("fr", "Le Sénégal a vivement critiqué la Mauritanie après l'expulsion de ses pêcheurs. Le Mali s'est associé aux "
           "critiques.", ("ACCUSE", "MLI", "MRT")),
])
def test_joining_the_criticism_accuses_the_last_accused(lang, text, want):
    got = event_keys(text, lang)
    assert want in got, got


# an organisation's officer named by an agent noun ("the president of the European Commission", "der Präsident der
# EU-Kommission") is the organisation (IGO), not a government of it that the person named beside could address
@pytest.mark.parametrize("lang,text,unwanted", [
    ("en", "The president of the European Commission, Ursula von der Leyen, a former German defence minister, called on "
           "\"all sides to show restraint\".", ("REQUEST", "EU", "EU")),
    ("de", "Der Präsident der EU-Kommission, Ursula von der Leyen, frühere deutsche Verteidigungsministerin, rief „alle "
           "Seiten zur Zurückhaltung“ auf.", ("REQUEST", "EU", "EU")),
])
def test_an_organisations_officer_is_the_organisation(lang, text, unwanted):
    got = event_keys(text, lang)
    assert unwanted not in got, got


# an act named as the object of a verb of saying ("confirmed the arrests", "bestätigte die Festnahmen") is reported, not
# done, by the speaker: no event of the speaker's, and a later condemnation of it names its doer
@pytest.mark.parametrize("lang,text,want,unwanted", [
    ("de", "Türkische Soldaten haben drei irakische Hirten festgenommen. Die UN-Mission im Irak bestätigte die "
           "Festnahmen. Bagdad verurteilte die Festnahme scharf.", ("ACCUSE", "IRQ", "TUR"), ("COERCE", "UN", "IRQ")),
    ("en", "Venezuelan soldiers detained three Guyanese miners near the border. The EU delegation in Guyana confirmed "
           "the arrests of the miners. Georgetown condemned the detention.", ("ACCUSE", "GUY", "VEN"),
     ("COERCE", "EU", "GUY")),
])
def test_an_act_reported_by_a_verb_of_saying_is_not_the_speakers(lang, text, want, unwanted):
    got = event_keys(text, lang)
    assert want in got and unwanted not in got, got


# de: a subject pronoun opening the clause before its auxiliary ("Sie hat …", "Er habe …") is the subject, the previous
# sentence's actor; the actor in the middle field is the object
@pytest.mark.parametrize("text,want,unwanted", [
    ("Die Europäische Union äußerte sich besorgt über die Lage. Sie hat die Regierung in Minsk zur sofortigen Freilassung "
     "der Journalisten aufgefordert.", ("REQUEST", "EU", "BLR"), ("REQUEST", "BLR", "BLR")),
    ("Der türkische Außenminister traf am Montag seinen irakischen Amtskollegen. Er habe die Behörden in Bagdad zum "
     "Schutz der Turkmenen aufgefordert, teilte das Ministerium mit.", ("REQUEST", "TUR", "IRQ"), ("REQUEST", "IRQ", "TUR")),
])
def test_a_pronoun_before_the_auxiliary_is_the_subject(text, want, unwanted):
    got = event_keys(text, "de")
    assert want in got and unwanted not in got, got


# a request's object right after the verb is the one asked, not an actor that opens the coordinated clause after a comma
@pytest.mark.parametrize("lang,text", [
    ("fr", "Au Mali, l'Union africaine a appelé les autorités de transition à organiser des élections, et Paris les a "
           "exhortées à libérer les détenus."),
    ("en", "In Mali, the African Union urged the transitional authorities to hold elections, and France urged them to "
           "free the detainees."),
])
def test_the_object_after_the_verb_is_asked_not_the_next_clauses_subject(lang, text):
    got = event_keys(text, lang)
    assert ("REQUEST", "AU", "MLI") in got and ("REQUEST", "AU", "FRA") not in got, got
