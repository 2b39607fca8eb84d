"""Every language's lexicon validates, and every language codes its own examples.

A new language folder is picked up here without editing this file.
"""

import pytest

from dyad.lexicon import available_languages, load_language, validate_language

LANGS = available_languages()


@pytest.mark.parametrize("code", LANGS)
def test_lexicon_validates(code):
    problems = validate_language(load_language(code))
    assert problems == [], "\n".join(problems[:40])


def _cases():
    for code in LANGS:
        for i, ex in enumerate(load_language(code).examples):
            yield pytest.param(code, ex, id=f"{code}-{i}")


@pytest.mark.parametrize("code,example", list(_cases()))
def test_language_codes_its_examples(coder, code, example):
    from dyad.records import Article

    doc = coder.code_article(Article("ex", example["text"], published=example.get("published"), lang=code))
    got = {(e.type, e.source.code, e.target.code) for e in doc.events}
    want = {(e["type"], e["source"] if isinstance(e["source"], str) else e["source"]["actor"],
             e["target"] if isinstance(e["target"], str) else e["target"]["actor"]) for e in example["events"]}
    assert want <= got, f"missing {sorted(want - got)} in {example['text']!r}; got {sorted(got)}"


def test_every_language_has_examples_and_all_parts():
    for code in LANGS:
        lang = load_language(code)
        assert lang.examples, f"{code} has no examples.jsonl"
        assert lang.triggers and lang.cues and lang.dates and lang.agents, code
        assert {t.type for t in lang.triggers} >= {"ASSAULT", "AID", "CONSULT", "PROTEST"}, code


def test_user_lexicon_folder_extends_a_language(tmp_path):
    from dyad.coder import Coder
    from dyad.records import Article

    d = tmp_path / "en"
    d.mkdir()
    (d / "triggers-user.tsv").write_text("pattern\ttype\tmode\tframe\nfrobnicated\tASSAULT\t\tsv\n", "utf-8")
    text = "Russia frobnicated Ukraine."
    plain = Coder().code_article(Article("u", text, lang="en", published="2025-01-01"))
    extended = Coder(lexicon_paths=(tmp_path,)).code_article(Article("u", text, lang="en", published="2025-01-01"))
    assert not any(e.type == "ASSAULT" for e in plain.events)
    assert [(e.type, e.source.code, e.target.code) for e in extended.events] == [("ASSAULT", "RUS", "UKR")]


def test_compiled_matcher_cache_is_keyed_by_content(tmp_path, monkeypatch):
    from dyad import matcher

    monkeypatch.setenv("DYAD_CACHE_DIR", str(tmp_path))
    m1 = matcher.load_matcher("en")
    files = list(tmp_path.glob("matcher-en-*.pickle"))
    assert len(files) == 1
    m2 = matcher.load_matcher("en")
    assert m2.version == m1.version and len(m2.single) == len(m1.single)


def test_old_cache_files_are_pruned_and_the_ones_in_use_kept(tmp_path, monkeypatch):
    """Every lexicon edit or upgrade writes a new cache file: a language keeps its CACHE_KEEP most
    recently used, so the directory does not grow without end (it had reached gigabytes here)."""
    import os

    from dyad import matcher

    monkeypatch.setenv("DYAD_CACHE_DIR", str(tmp_path))
    old = []
    for i in range(matcher.CACHE_KEEP + 3):  # stale files of earlier lexicons, oldest first
        f = tmp_path / f"matcher-en-stale{i:02d}.pickle"
        f.write_bytes(b"old")
        os.utime(f, (1_000_000 + i, 1_000_000 + i))
        old.append(f)
    other = tmp_path / "matcher-it-stale.pickle"  # another language's file is not this language's business
    other.write_bytes(b"old")
    os.utime(other, (1_000_000, 1_000_000))
    matcher.load_matcher("en")  # writes the current file, then prunes
    kept = sorted(p.name for p in tmp_path.glob("matcher-en-*.pickle"))
    assert len(kept) == matcher.CACHE_KEEP
    assert not any(p.exists() for p in old[:4])  # the oldest went
    assert all(p.exists() for p in old[-(matcher.CACHE_KEEP - 1):])  # the most recent stayed
    assert other.exists()
    # loading a file marks it used: it outlives files written after it but not used since
    current = [p for p in tmp_path.glob("matcher-en-*.pickle") if "stale" not in p.name][0]
    os.utime(current, (1_000_000, 1_000_000))
    matcher.load_matcher("en")
    assert current.stat().st_mtime > 2_000_000


def test_every_lexicon_file_opens_with_its_provenance():
    from dyad.lexicon import shipped_lang_dir

    files = [p for p in shipped_lang_dir().rglob("*") if p.suffix in (".tsv", ".toml")]
    assert files
    missing = [str(p) for p in files if not p.read_text("utf-8").lstrip().startswith("#")]
    assert not missing, f"files without a provenance header: {missing}"
