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

PKG = Path(dyad.__file__).resolve().parent
REPO = PKG.parent
GOLDEN = REPO / "tests" / "golden"
COMPILED = dyad.CORE.startswith("compiled")


def _fake_package(tmp_path: Path, with_extensions: bool) -> Path:
    pkg = tmp_path / "dyad"
    pkg.mkdir(parents=True)
    for name in _core.COMPILED:
        (pkg / f"{name}.py").write_text(f"# {name}\n")
        if with_extensions:
            (pkg / f"{name}{EXTENSION_SUFFIXES[0]}").write_bytes(b"")
    (pkg / _core.STAMP).write_text(json.dumps({"sources": _core.sources_hash(pkg)}))
    return pkg


def test_state_follows_the_sources(tmp_path, monkeypatch):
    monkeypatch.delenv("DYAD_PURE_PYTHON", raising=False)
    assert _core.state(_fake_package(tmp_path / "a", with_extensions=False)) == (
        False, "Python sources (not compiled: no C compiler or DYAD_PURE_PYTHON at install)")
    pkg = _fake_package(tmp_path / "b", with_extensions=True)
    assert _core.state(pkg) == (True, "compiled (mypyc)")
    monkeypatch.setenv("DYAD_PURE_PYTHON", "1")
    assert _core.state(pkg)[0] is False
    monkeypatch.delenv("DYAD_PURE_PYTHON")
    with open(pkg / "roles.py", "a") as f:  # an edit after the build
        f.write("# edited\n")
    compiled, why = _core.state(pkg)
    assert not compiled and "changed since the build" in why
    (pkg / _core.STAMP).unlink()
    assert _core.state(pkg)[0] is False


def _code(env_extra: dict[str, str], *files: Path) -> tuple[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DYAD_PURE_PYTHON"}
    env.update(env_extra)
    script = ("import sys, dyad, dyad.cli; print(dyad.CORE, file=sys.stderr); "
              "sys.argv = ['dyad', 'code', *sys.argv[1:], '--format', 'jsonl', '--all']; dyad.cli.main()")
    r = subprocess.run([sys.executable, "-c", script, *map(str, files)], env=env, capture_output=True,
                       text=True, timeout=300, cwd=str(REPO))
    assert r.returncode == 0, r.stderr
    return r.stdout, r.stderr.splitlines()[0]


@pytest.mark.skipif(not COMPILED, reason=f"the core is not compiled here: {dyad.CORE}")
def test_compiled_and_source_code_alike():
    files = [GOLDEN / "articles.jsonl", GOLDEN / "heldout.jsonl", GOLDEN / "heldout2.jsonl", GOLDEN / "dev2.jsonl"]
    compiled_out, compiled_core = _code({}, *files)
    source_out, source_core = _code({"DYAD_PURE_PYTHON": "1"}, *files)
    assert compiled_core == "compiled (mypyc)"
    assert source_core == "Python sources (DYAD_PURE_PYTHON is set)"
    assert compiled_out.count("\n") > 200  # the four sets hold a few hundred events
    assert compiled_out == source_out


@pytest.mark.skipif(not COMPILED, reason=f"the core is not compiled here: {dyad.CORE}")
def test_an_edited_source_runs_instead_of_its_stale_build(tmp_path):
    shutil.copytree(PKG, tmp_path / "dyad", ignore=shutil.ignore_patterns("__pycache__"))
    probe = "import dyad, dyad.text; print(dyad.CORE); print(getattr(dyad.text, 'EDITED', 'no'))"
    env = {k: v for k, v in os.environ.items() if k != "DYAD_PURE_PYTHON"}
    env["PYTHONPATH"] = str(tmp_path)

    def run() -> list[str]:
        r = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True,
                           cwd=str(tmp_path), timeout=60)
        assert r.returncode == 0, r.stderr
        return r.stdout.splitlines()

    assert run() == ["compiled (mypyc)", "no"]  # the copy, as built
    with open(tmp_path / "dyad" / "text.py", "a") as f:
        f.write("\nEDITED = 'yes'\n")  # an edit after the build, which only the source knows of
    core, edited = run()
    assert "changed since the build" in core and edited == "yes"


def test_the_core_type_checks():
    """mypyc compiles only what mypy accepts, and checks the declared types at run time."""
    api = pytest.importorskip("mypy.api")
    files = [str(PKG / f"{name}.py") for name in _core.COMPILED]
    out, err, status = api.run(["--no-incremental", "--cache-dir", os.devnull, *files])
    assert status == 0, out + err
