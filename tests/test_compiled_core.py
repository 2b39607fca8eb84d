"""The compiled core (setup.py, dyad/_core.py): it runs only when it is what the source files say,
and it codes exactly as the Python sources do."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import dyad
from dyad import _core
from dyad import matcher as M

PKG = Path(dyad.__file__).resolve().parent
REPO = PKG.parent
GOLDEN = REPO / "tests" / "golden"
COMPILED = dyad.CORE.startswith("compiled")  # mypyc's modules run
NATIVE = COMPILED or M._SCANNER is not None  # they, or the C scanner, run


def _fake_package(tmp_path: Path, with_extensions: bool, with_scanner: bool | None = None) -> Path:
    pkg = tmp_path / "dyad"
    pkg.mkdir(parents=True)
    for name in _core.COMPILED:
        (pkg / f"{name}.py").write_text(f"# {name}\n")
        if with_extensions:
            (pkg / f"{name}{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    (pkg / f"{_core.SCANNER}.c").write_text("/* the C scanner */\n")
    if with_extensions if with_scanner is None else with_scanner:
        (pkg / f"{_core.SCANNER}{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    (pkg / _core.STAMP).write_text(json.dumps({"sources": _core.sources_hash(pkg)}))
    return pkg


def test_state_follows_the_sources(tmp_path, monkeypatch):
    """(run mypyc's modules?, run the C scanner?, why): both only when the build is of today's sources."""
    monkeypatch.delenv("DYAD_PURE_PYTHON", raising=False)
    assert _core.state(_fake_package(tmp_path / "a", with_extensions=False)) == (
        False, False, "Python sources (not compiled: no C compiler or DYAD_PURE_PYTHON at install)")
    assert _core.state(_fake_package(tmp_path / "a2", with_extensions=True, with_scanner=False)) == (
        True, False, "compiled (mypyc; the C scanner was not built: Python front end)")
    assert _core.state(_fake_package(tmp_path / "a3", with_extensions=False, with_scanner=True)) == (
        False, True, "Python sources + C scanner (mypyc was not available at install)")
    pkg = _fake_package(tmp_path / "b", with_extensions=True)
    assert _core.state(pkg) == (True, True, "compiled (mypyc + C scanner)")
    stamp = json.loads((pkg / _core.STAMP).read_text())  # the profile-guided build says so (setup.py)
    (pkg / _core.STAMP).write_text(json.dumps({**stamp, "profile": "gcc profile-guided: coded 9 articles 3 times"}))
    assert _core.state(pkg) == (True, True, "compiled (mypyc + C scanner, profile-guided)")
    (pkg / _core.STAMP).write_text(json.dumps({**stamp, "profile": "none (DYAD_NO_PGO is set)"}))
    assert _core.state(pkg) == (True, True, "compiled (mypyc + C scanner)")
    monkeypatch.setenv("DYAD_PURE_PYTHON", "1")
    assert _core.state(pkg)[:2] == (False, False)
    monkeypatch.delenv("DYAD_PURE_PYTHON")
    with open(pkg / "roles.py", "a") as f:  # an edit after the build
        f.write("# edited\n")
    mypyc, scanner, why = _core.state(pkg)
    assert not mypyc and not scanner and "changed since the build" in why
    (pkg / _core.STAMP).unlink()
    assert _core.state(pkg)[:2] == (False, False)
    for part in ("_scanner.c", "matcher.py"):  # the C scanner's source is hashed too, and stands with the rest
        pkg = _fake_package(tmp_path / f"c-{part}", with_extensions=True)
        with open(pkg / part, "a") as f:
            f.write("/* edited */\n")
        assert _core.state(pkg)[:2] == (False, False)
    pkg = _fake_package(tmp_path / "d", with_extensions=False, with_scanner=True)
    (pkg / "_scanner.c").unlink()  # a package without the source cannot vouch for its build
    assert _core.state(pkg)[:2] == (False, False)


def test_the_finder_refuses_the_scanner_unless_it_is_to_run(tmp_path):
    pkg = _fake_package(tmp_path, with_extensions=True)
    with pytest.raises(ModuleNotFoundError, match="not to run: why"):
        _core._SourceFirst(pkg, scanner=False, why="why").find_spec("dyad._scanner")
    assert _core._SourceFirst(pkg, scanner=True).find_spec("dyad._scanner") is None  # found where it is
    assert _core._SourceFirst(pkg).find_spec("other._scanner") is None
    assert _core._SourceFirst(pkg).find_spec("dyad.roles").origin == str(pkg / "roles.py")


def _code(env_extra: dict[str, str], *files: Path) -> tuple[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DYAD_PURE_PYTHON"}
    env.update(env_extra)
    script = ("import sys, dyad, dyad.cli; print(dyad.CORE, file=sys.stderr); "
              "sys.argv = ['dyad', 'code', *sys.argv[1:], '--format', 'jsonl', '--all']; dyad.cli.main()")
    r = subprocess.run([sys.executable, "-c", script, *map(str, files)], env=env, capture_output=True,
                       text=True, timeout=300, cwd=str(REPO))
    assert r.returncode == 0, r.stderr
    return r.stdout, r.stderr.splitlines()[0]


@pytest.mark.skipif(not NATIVE, reason=f"the core is not compiled here: {dyad.CORE}")
def test_compiled_and_source_code_alike():
    files = [GOLDEN / "articles.jsonl", GOLDEN / "heldout.jsonl", GOLDEN / "heldout2.jsonl", GOLDEN / "dev2.jsonl"]
    compiled_out, compiled_core = _code({}, *files)
    source_out, source_core = _code({"DYAD_PURE_PYTHON": "1"}, *files)
    assert compiled_core == dyad.CORE and compiled_core != source_core
    assert source_core == "Python sources (DYAD_PURE_PYTHON is set)"
    assert compiled_out.count("\n") > 200  # the four sets hold a few hundred events
    assert compiled_out == source_out


def _probe(pkg_parent: Path, env_extra: dict[str, str] | None = None) -> list[str]:
    probe = ("import dyad, dyad.text, dyad.matcher; print(dyad.CORE); print(getattr(dyad.text, 'EDITED', 'no')); "
             "print(dyad.matcher.FRONT_END)\n"
             "try:\n    import dyad._scanner\nexcept ImportError:\n    print('no _scanner')\nelse:\n    print('_scanner')")
    env = {k: v for k, v in os.environ.items() if k != "DYAD_PURE_PYTHON"}
    env["PYTHONPATH"] = str(pkg_parent)
    env.update(env_extra or {})
    r = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                       cwd=str(pkg_parent), timeout=60)
    assert r.returncode == 0, r.stderr
    return r.stdout.splitlines()


@pytest.mark.skipif(not NATIVE, reason=f"the core is not compiled here: {dyad.CORE}")
def test_an_edited_source_runs_instead_of_its_stale_build(tmp_path):
    front = "C (dyad/_scanner.c)" if M._SCANNER is not None else "Python"
    for edited in ("text.py", "_scanner.c"):
        copy = tmp_path / edited
        shutil.copytree(PKG, copy / "dyad", ignore=shutil.ignore_patterns("__pycache__"))
        assert _probe(copy) == [dyad.CORE, "no", front, "_scanner" if M._SCANNER is not None else "no _scanner"]
        with open(copy / "dyad" / edited, "a") as f:  # an edit after the build, which only the source knows of
            f.write("\nEDITED = 'yes'\n" if edited.endswith(".py") else "\n/* edited */\n")
        core, text_edited, front_end, scanner = _probe(copy)
        assert "changed since the build" in core
        assert text_edited == ("yes" if edited == "text.py" else "no")
        assert (front_end, scanner) == ("Python", "no _scanner")  # what runs is what the files say


@pytest.mark.skipif(not NATIVE, reason=f"the core is not compiled here: {dyad.CORE}")
def test_pure_python_refuses_the_scanner():
    assert _probe(REPO, {"DYAD_PURE_PYTHON": "1"}) == [
        "Python sources (DYAD_PURE_PYTHON is set)", "no", "Python", "no _scanner"]


def test_the_core_type_checks():
    """mypyc compiles only what mypy accepts, and checks the declared types at run time."""
    api = pytest.importorskip("mypy.api")
    files = [str(PKG / f"{name}.py") for name in _core.COMPILED]
    out, err, status = api.run(["--no-incremental", "--cache-dir", os.devnull, *files])
    assert status == 0, out + err


@pytest.mark.skipif(not COMPILED, reason=f"the core is not compiled here: {dyad.CORE}")
def test_the_stamp_says_whether_the_build_is_profile_guided():
    """setup.py writes what became of the profile-guided build: gcc's profile and what trained it, or
    why there is none; and dyad.CORE says "profile-guided" exactly when there is one."""
    profile = json.loads((PKG / _core.STAMP).read_text())["profile"]
    assert profile.startswith(("gcc profile-guided: coded ", "none (")), profile
    assert dyad.CORE.endswith("profile-guided)") == profile.startswith("gcc")
    assert not list(PKG.glob("*.gcda"))  # an instrumented build is never what runs


@pytest.mark.skipif(not COMPILED, reason=f"the core is not compiled here: {dyad.CORE}")
def test_the_profile_training_runs_on_the_build():
    """scripts/profile_training.py, which setup.py runs on the instrumented build, codes the project's
    texts with the compiled core (if it broke, the build would quietly lose its profile)."""
    run = subprocess.run([sys.executable, str(REPO / "scripts" / "profile_training.py"), str(REPO)],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    n = int(run.stdout.split("coded ")[1].split()[0])
    assert n >= 200, run.stdout  # examples, every language's sentences, the test articles
