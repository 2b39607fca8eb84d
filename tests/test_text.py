"""Sentence split, tokens and language identification on texts written for the tests."""

from dyad.lexicon import fold
from dyad.matcher import tokenize
from dyad.text import analyse


def test_sentences_split_on_full_stop_and_line_break_not_on_abbreviations_or_ordinals():
    text = "Titolo senza punto\nIl sig. Rossi è arrivato. Poi è partito! Am 12. Dezember kam er."
    a = analyse(text, frozenset({"sig."}))
    assert [s.text for s in a.sentences] == [
        "Titolo senza punto", "Il sig. Rossi è arrivato.", "Poi è partito!", "Am 12. Dezember kam er."]
    for s in a.sentences:
        assert text[s.start:s.end] == s.text


def test_a_german_quotation_opens_a_sentence():
    # „ and ‚ open German quotations: after a full stop they start a sentence as « and “ do
    text = "Die Armee hat den Konvoi gestoppt. „Das ist ein Verbrechen“, sagte er. ‚Nie wieder‘, rief sie."
    a = analyse(text)
    assert [s.text for s in a.sentences] == [
        "Die Armee hat den Konvoi gestoppt.", "„Das ist ein Verbrechen“, sagte er.", "‚Nie wieder‘, rief sie."]


def test_fold_keeps_offsets_and_unifies_apostrophes():
    text = "L’Ucraina e İstanbul"
    f = fold(text)
    assert len(f) == len(text)
    assert f.startswith("l'ucraina")


def test_tokens_keep_hyphenated_words():
    assert [t.text for t in tokenize("nord-coreani, 1.000")] == ["nord-coreani", ",", "1", ".", "000"]


def test_language_detection_on_each_language(coder):
    samples = {
        "it": "Il governo ha detto che la situazione nel paese è ancora molto difficile per la popolazione.",
        "en": "The government said that the situation in the country is still very difficult for the people.",
        "fr": "Le gouvernement a déclaré que la situation dans le pays est encore très difficile pour la population.",
        "de": "Die Regierung sagte, dass die Lage in dem Land für die Bevölkerung noch immer sehr schwierig ist.",
        "es": "El gobierno dijo que la situación en el país es todavía muy difícil para la población.",
    }
    for code, text in samples.items():
        if code in coder.languages:
            assert coder.detect(text) == code, code


def test_language_detection_on_short_sentences(coder):
    """Every example sentence of every language (one clause, often only shared words like "la", "a",
    "de") is detected as its own language: RSS summaries and single sentences are this short."""
    import json
    from dyad.lexicon import shipped_lang_dir

    wrong = []
    for code in coder.languages:
        path = shipped_lang_dir() / code / "examples.jsonl"
        if not path.exists():
            continue
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                text = json.loads(line)["text"]
                got = coder.detect(text)
                if got != code:
                    wrong.append((code, got, text))
    assert not wrong, wrong


def test_shared_function_words_do_not_decide_alone(coder):
    # "la" and "a" are Italian, French and Spanish: the lexicon words decide
    assert coder.detect("La Cina potrebbe imporre sanzioni al Giappone.") == "it"
    assert coder.detect("La Pologne a expulsé trois diplomates russes.") == "fr"
    assert coder.detect("Argelia expulsó a doce diplomáticos franceses.") == "es"


def _examples(code: str) -> list[str]:
    import json
    from dyad.lexicon import shipped_lang_dir

    path = shipped_lang_dir() / code / "examples.jsonl"
    return [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_language_of_a_long_article_read_from_its_opening_is_the_full_count(coder):
    """A long article is decided on its first 150 tokens when they leave no doubt (Coder._detect): that
    answer must be the one the first 400 give; an opening in another language (a quote) makes it read on."""
    from dyad.text import detect_language

    weights = coder._stop_weights
    for code in coder.languages:
        text = " ".join(_examples(code))
        tokens = tokenize(fold(text))
        assert len(tokens) > 400, code
        assert coder.detect(text) == code == detect_language(tokens, {}, weights=weights), code
    if {"fr", "it"} <= set(coder.languages):
        opening = " ".join(_examples("fr")[:3])  # a French quote opens an Italian article
        assert 30 < len(tokenize(fold(opening))) < 100
        assert coder.detect(opening) == "fr"
        assert coder.detect(opening + " " + " ".join(_examples("it"))) == "it"
