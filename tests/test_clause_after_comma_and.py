"""q10b (heldout8's English misses): a clause opened after a comma and "and" has its own subject.

- A generic noun right after ", and" (an article may stand between) is the subject of the verb that follows, even
  with a name the lexicon does not know between them; a named actor of the clause before is no better reading
  (`RuleRoles._nearest_before`).
- An actor in the clause before, joined by ", and" with a word of its own between ("the IMF deal, and"), is no
  co-subject of that verb (`RuleRoles._coordinated_before`): "A, B and C did" lists stand next to each other.
Sentences written for these tests."""
import pytest

import dyad


def _accusations(text: str) -> list[tuple[str, str, str, str]]:
    return sorted((e.type, e.source.code, e.source.sector, e.target.code)
                  for e in dyad.code(text, lang="en", published="2026-05-06") if e.type == "ACCUSE")


@pytest.mark.parametrize("text,want", [
    ("Bolivia cut fuel subsidies. Drivers went on strike against cuts under the IMF plan, and opposition leader "
     "Carlos Mamani accused the president of lying.", [("ACCUSE", "BOL", "OPP", "BOL")]),
    ("Ghana cut subsidies. Nurses went on strike over the World Bank reforms, and union leader Kofi Mensah accused "
     "the health minister of lying.", [("ACCUSE", "GHA", "CIV", "GHA")]),
])
def test_generic_subject_after_comma_and(text, want):
    assert _accusations(text) == want


@pytest.mark.parametrize("text,want", [
    ("Peru raised fuel taxes. Teachers blocked roads against the IMF deal, and opposition leader Rosa Quispe "
     "accused the president of corruption.", [("ACCUSE", "PER", "OPP", "PER")]),
    ("Pakistan raised power tariffs. Traders closed their shops against the IMF conditions, and opposition leader "
     "Imran Sheikh accused the government of surrender.", [("ACCUSE", "PAK", "OPP", "PAK")]),
])
def test_no_co_subject_across_comma_and(text, want):
    assert _accusations(text) == want
