"""The `dyad code`, `dyad eval`, `dyad languages` and `dyad lexicon check` commands, run as a user would."""

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "dyad.cli", *args], capture_output=True, text=True,
                          input=stdin, cwd=REPO)


def test_code_txt_jsonl_and_stdin(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text("North Korea sent thousands of troops to Russia.", "utf-8")
    jl = tmp_path / "b.jsonl"
    jl.write_text(json.dumps({"id": "b1", "text": "La Russia ha attaccato l'Ucraina.", "published": "2025-01-02",
                              "extra": 1}) + "\n", "utf-8")
    r = run("code", str(txt), str(jl), "-", "--published", "2025-01-01", "--format", "jsonl",
            stdin="Ukraine was attacked by Russia.")
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    got = {(e["article_id"], e["type"], e["source"]["actor"], e["target"]["actor"]) for e in events}
    assert ("a", "AID", "PRK", "RUS") in got
    assert ("b1", "ASSAULT", "RUS", "UKR") in got
    assert any(k[0] != "a" and k[0] != "b1" and k[1:] == ("ASSAULT", "RUS", "UKR") for k in got)
    b1 = [e for e in events if e["article_id"] == "b1"][0]
    assert b1["date"] == "2025-01-02" and b1["lang"] == "it"


def test_a_bad_input_is_reported_and_the_others_still_coded(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Russia attacked Ukraine.", "utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02\x03\xff\xfe" * 200)
    r = run("code", str(bad), str(tmp_path / "missing.txt"), str(good), "--published", "2025-01-01")
    assert r.returncode == 1
    assert "bad.txt" in r.stderr and "missing.txt" in r.stderr
    assert "Traceback" not in r.stderr
    assert any(json.loads(line)["type"] == "ASSAULT" for line in r.stdout.splitlines())


def test_table_and_csv_formats(tmp_path):
    txt = tmp_path / "a.txt"
    txt.write_text("North Korea sent thousands of troops to Russia.", "utf-8")
    t = run("code", str(txt), "--format", "table", "--published", "2025-01-01")
    assert t.returncode == 0 and "AID" in t.stdout and "PRK" in t.stdout
    c = run("code", str(txt), "--format", "csv", "--published", "2025-01-01")
    assert c.stdout.splitlines()[0].startswith("article_id,event_id")


def test_languages_and_lexicon_check():
    r = run("languages")
    assert r.returncode == 0 and "it" in r.stdout and "en" in r.stdout
    assert run("lexicon", "check").returncode == 0


def test_bundled_examples_give_events():
    r = run("code", "examples/vertice-it.txt", "examples/summit-en.txt", "--published", "2025-06-12")
    assert r.returncode == 0, r.stderr
    events = [json.loads(line) for line in r.stdout.splitlines()]
    got = {(e["type"], e["source"]["actor"], e["target"]["actor"]) for e in events}
    assert ("AID", "ITA", "TUN") in got
    assert ("SANCTION", "USA", "RUS") in got
    assert ("CONSULT", "ITA", "TUN") in got and ("CONSULT", "TUN", "ITA") in got
    assert ("ACCUSE", "JPN", "PRK") in got and ("REQUEST", "JPN", "PRK") in got
    # generic nouns take the country their sentence happens in ("in Libia", "in Nairobi")
    assert ("ASSAULT", "LBY", "LBY") in got and ("COERCE", "KEN", "KEN") in got
    assert not any(t == "AID" and s == "FRA" for t, s, _ in got)  # "La Francia non ha inviato truppe"
