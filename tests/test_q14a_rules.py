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


# an elided "n'" that opens an actor's name ("N'Djamena") is no negation of the verb before it
@pytest.mark.parametrize("text,want", [
    ("Le Niger a accusé N'Djamena de soutenir les rebelles.", ("ACCUSE", "NER", "TCD")),
    ("Le Cameroun a félicité N'Djamena pour l'organisation des élections.", ("SUPPORT", "CMR", "TCD")),
])
def test_an_elided_n_opening_a_name_negates_nothing(text, want):
    got = event_keys(text, "fr")
    assert want in got, got


def test_an_elided_n_before_a_verb_still_negates():
    got = event_keys("Le Niger n'a pas accusé N'Djamena de soutenir les rebelles.", "fr")
    assert not any(k[0] == "ACCUSE" for k in got), got


# "Its spokesman", "Son porte-parole" opening a sentence: the spokesman of the previous sentence's first named actor, not
# of the article's main country
@pytest.mark.parametrize("lang,text", [
    ("en", "Kenya accused Uganda of seizing three Kenyan fishing boats on Lake Victoria. Kenyan officials said the boats "
           "were in Kenyan waters. Uganda's army rejected the accusation. Its spokesman accused Kenyan fishermen of "
           "crossing the border."),
    ("fr", "Le Kenya a accusé l'Ouganda d'avoir saisi trois bateaux de pêche kényans. Les autorités kényanes affirment "
           "que les bateaux étaient dans les eaux kényanes. L'armée ougandaise a rejeté ces accusations. Son porte-parole "
           "a accusé les pêcheurs kényans d'avoir franchi la frontière."),
])
def test_a_possessive_agent_noun_belongs_to_the_previous_sentences_actor(lang, text):
    got = event_keys(text, lang)
    assert ("ACCUSE", "UGA", "KEN") in got and ("ACCUSE", "KEN", "KEN") not in got, got


# "Three were released", "Deux ont été libérés": a number alone as the subject of a passive release counts some of those
# last told held, and the captor released them
@pytest.mark.parametrize("lang,text", [
    ("en", "Venezuelan soldiers detained six Guyanese fishermen near the border. Two were freed on Tuesday, the Venezuelan "
           "army said."),
    ("de", "Venezolanische Soldaten haben sechs guyanische Fischer festgenommen. Zwei wurden am Dienstag freigelassen, "
           "teilte die venezolanische Armee mit."),
    ("fr", "Des soldats vénézuéliens ont arrêté six pêcheurs guyaniens. Deux ont été libérés mardi, a indiqué l'armée "
           "vénézuélienne."),
])
def test_a_counted_release_frees_some_of_those_last_held(lang, text):
    got = event_keys(text, lang)
    assert ("CONCEDE", "VEN", "GUY") in got, got


# "X said that Y had attacked Z, and accused W of …": after a comma, an accusation coordinated after the physical act the
# completive told is the speaker's, not the attacker's
@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le porte-parole de l'armée malienne a affirmé que des soldats algériens avaient attaqué une patrouille malienne, "
           "et a accusé Alger de préparer une guerre.", ("ACCUSE", "MLI", "DZA")),
    ("en", "The Ethiopian army spokesman said that Eritrean troops had attacked an Ethiopian patrol, and accused Asmara of "
           "preparing a war.", ("ACCUSE", "ETH", "ERI")),
])
def test_an_accusation_after_a_completive_and_a_comma_is_the_speakers(lang, text, want):
    got = event_keys(text, lang)
    assert want in got, got


# the speaker of a completive named with an apposition that names no actor ("Son porte-parole, le colonel …, a affirmé
# que …, et a accusé …"): the accusation coordinated after it is the speaker's, with the actor after the verb as target
@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le Niger a fermé sa frontière avec le Bénin. L'armée béninoise a démenti toute incursion en territoire nigérien. "
           "Son porte-parole, le colonel Paul Agossou, a affirmé que des soldats avaient repoussé des soldats nigériens, et "
           "a accusé Niamey de mentir.", ("ACCUSE", "BEN", "NER")),
    ("en", "Niger closed its border with Benin. The Beninese army denied any incursion into Nigerien territory. Its "
           "spokesman, Colonel Paul Agossou, said that soldiers had repelled Nigerien troops, and accused Niamey of lying.",
     ("ACCUSE", "BEN", "NER")),
])
def test_a_speaker_with_an_apposition_keeps_the_coordinated_accusation(lang, text, want):
    got = event_keys(text, lang)
    assert want in got, got


# a vow to retaliate with no one told acting against its speaker answers whom the speaker accused
@pytest.mark.parametrize("lang,text,want", [
    ("en", "Egypt accused Ethiopia of filling the dam without an agreement. Cairo said it reserved the right to respond.",
     ("THREATEN", "EGY", "ETH")),
    ("fr", "Le Mali a accusé l'Algérie de soutenir les rebelles. Bamako se réserve le droit de riposter, a déclaré le "
           "ministre.", ("THREATEN", "MLI", "DZA")),
])
def test_a_vow_to_retaliate_answers_whom_the_speaker_accused(lang, text, want):
    got = event_keys(text, lang)
    assert want in got, got
