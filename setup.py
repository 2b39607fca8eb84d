"""Build: everything is declared in pyproject.toml; this file only adds the compiled core.

The modules that code an article (dyad/_core.py lists them) are compiled to C with mypyc, which
makes coding about 1.3 times faster (bench/throughput.py). Beside them, dyad/_scanner.c, the text
front end written in C (tokenize, Matcher.scan, segment), is built as the extension dyad._scanner;
it needs a C compiler but not mypyc. All are optional extensions: on a machine without a C
compiler, or with DYAD_PURE_PYTHON=1 set at install, Dyad installs and runs as plain Python, with
the same output. The sha256 of every source compiled (the modules and _scanner.c) is written to the
stamp that dyad/_core.py checks at import.

Every run of this file in a checkout (pip install, pip wheel ., python -m build) first removes the
stamp and the extensions an earlier in-place build left in dyad/, so that no extension can outlive
the sources it was built from (an edit to _scanner.c that no longer compiles must not leave the old
build running); `pip install -e .` builds them again.
"""

import json
import os
import runpy
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from setuptools import Extension, setup

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


setup(ext_modules=compiled_core())
