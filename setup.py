"""Build: everything is declared in pyproject.toml; this file only adds the compiled core.

The modules that code an article (dyad/_core.py lists them) are compiled to C with mypyc, which with
the C front end makes coding 3.5-4 times faster (bench/throughput.py). Beside them, dyad/_scanner.c,
the text front end written in C (tokenize, Matcher.scan, segment), is built as the extension
dyad._scanner; it needs a C compiler but not mypyc. All are optional extensions: on a machine
without a C compiler, or with DYAD_PURE_PYTHON=1 set at install, Dyad installs and runs as plain
Python, with the same output. The sha256 of every source compiled (the modules and _scanner.c) is
written to the stamp that dyad/_core.py checks at import. With gcc the core is built twice, the
second time guided by the profile of a training run (ProfileGuided below).

Every run of this file in a checkout (pip install, pip wheel ., python -m build) first removes the
stamp and the extensions an earlier in-place build left in dyad/, so that no extension can outlive
the sources it was built from (an edit to _scanner.c that no longer compiles must not leave the old
build running); `pip install -e .` builds them again.
"""

import json
import os
import runpy
import shutil
import subprocess
import sys
import sysconfig
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
PKG = HERE / "dyad"
core = runpy.run_path(str(PKG / "_core.py"))


def compiled_core() -> list:
    stamp = PKG / core["STAMP"]
    if stamp.exists():
        stamp.unlink()
    # and the extensions an earlier build left in place (editable install): one this build does not
    # make again (no mypyc, a compiler error) must not run beside a stamp that speaks for the new sources
    for name in (*core["COMPILED"], core["SCANNER"], f"{core['GROUP']}__mypyc"):
        for suffix in EXTENSION_SUFFIXES:
            (PKG / f"{name}{suffix}").unlink(missing_ok=True)
    if os.environ.get("DYAD_PURE_PYTHON"):
        return []
    # the C scanner needs only a C compiler (no compiler: a warning, and the Python front end runs)
    exts = [Extension(f"dyad.{core['SCANNER']}", [f"dyad/{core['SCANNER']}.c"], optional=True)]
    try:
        from mypyc.build import mypycify
    except ImportError as e:
        print(f"dyad: not compiling the core with mypyc ({e}); installing the Python sources", file=sys.stderr)
    else:
        files = [f"dyad/{name}.py" for name in core["COMPILED"]]
        try:
            native = mypycify(files, opt_level="3", group_name=f"dyad.{core['GROUP']}")
        except (Exception, SystemExit) as e:  # a type error stops mypyc: install the sources (tests say why)
            print(f"dyad: not compiling the core (mypyc: {e}); installing the Python sources", file=sys.stderr)
        else:
            for ext in native:
                ext.optional = True  # no compiler: a warning, and the Python sources run
            exts += native
    stamp.write_text(json.dumps({"sources": core["sources_hash"](PKG)}) + "\n")
    return exts


def gcc() -> bool:
    """Whether the C compiler is gcc (its profile files are what -fprofile-use reads; clang's are not)."""
    cc = (os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc").split()
    try:
        out = subprocess.run([*cc[:1], "--version"], capture_output=True, text=True, timeout=30).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "Free Software Foundation" in out and "clang" not in out


class ProfileGuided(build_ext):
    """Builds the compiled core twice when the compiler is gcc: once instrumented (-fprofile-generate),
    which scripts/profile_training.py runs on the project's own texts, then for good with the profile
    it wrote (-fprofile-use): the compiler then lays out the paths an article takes together.

    Fewer instruction-cache misses and mispredicted branches, more articles/s (docs/coder.md,
    "Profile-guided build"), for about two more minutes of install; the output is the same. Skipped,
    the core built once as before, when DYAD_NO_PGO is set, the compiler is not gcc or the training
    script is absent (not a checkout); built once more without a profile when the training run fails.
    What happened is written in the stamp ("profile")."""

    untrained = ""  # why the training run gave no profile

    def run(self) -> None:
        why = self._skip()
        if why:
            self._stamp(f"none ({why})")
            return super().run()
        prof = Path(self.build_temp).resolve() / "profile"
        shutil.rmtree(prof, ignore_errors=True)
        base = {id(e): (list(e.extra_compile_args), list(e.extra_link_args)) for e in self.extensions}

        def flags(*extra: str) -> None:
            for e in self.extensions:
                e.extra_compile_args = base[id(e)][0] + list(extra)
                e.extra_link_args = base[id(e)][1] + list(extra)

        flags(f"-fprofile-generate={prof}", "-fprofile-update=single")
        self.force = True  # (an up-to-date extension left in the build tree would be trained instead)
        super().run()
        trained = self._train(prof)
        # built again in any case: an instrumented core must never be what is installed
        self.compiler = None  # (run() made it an object; a second run() wants the name again)
        if trained:
            flags(f"-fprofile-use={prof}", "-fprofile-partial-training", "-Wno-missing-profile")
        else:
            flags()
        super().run()
        self._stamp(trained or f"none (the training run failed: {self.untrained})")

    def _skip(self) -> str:
        if os.environ.get("DYAD_NO_PGO"):
            return "DYAD_NO_PGO is set"
        if not self.extensions:
            return "nothing compiled"
        if not (HERE / "scripts" / "profile_training.py").exists():
            return "no scripts/profile_training.py: not a checkout"
        if not gcc():
            return "the C compiler is not gcc"
        return ""

    def _root(self) -> Path:
        """Where the package just built is imported from: the checkout (in place) or the build tree."""
        return HERE if self.inplace else Path(self.build_lib).resolve()

    def _train(self, prof: Path) -> str:
        env = {k: v for k, v in os.environ.items() if k != "DYAD_PURE_PYTHON"}
        print("dyad: profile-guided build: training the instrumented core on the project's texts", file=sys.stderr)
        run = subprocess.run([sys.executable, str(HERE / "scripts" / "profile_training.py"), str(self._root())],
                             cwd=str(self._root()), env=env, capture_output=True, text=True)
        sys.stderr.write(run.stdout + run.stderr)
        if run.returncode != 0:
            self.untrained = (run.stderr.strip().splitlines() or [f"exit status {run.returncode}"])[-1]
            return ""
        if not any(prof.rglob("*.gcda")):
            self.untrained = "it wrote no profile: the core it ran was not the instrumented one"
            return ""
        return "gcc profile-guided: " + run.stdout.strip().removeprefix("profile training: ")

    def _stamp(self, profile: str) -> None:
        for pkg in {PKG, self._root() / "dyad"}:
            stamp = pkg / core["STAMP"]
            if stamp.exists():
                stamp.write_text(json.dumps({**json.loads(stamp.read_text()), "profile": profile}) + "\n")


setup(ext_modules=compiled_core(), cmdclass={"build_ext": ProfileGuided})
