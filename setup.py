"""Build: everything is declared in pyproject.toml; this file only adds the compiled core.

The modules that code an article (dyad/_core.py lists them) are compiled to C with mypyc, which
makes coding about 1.3 times faster (bench/throughput.py). They are optional extensions: on a
machine without a C compiler, or with DYAD_PURE_PYTHON=1 set at install, Dyad installs and runs
as plain Python, with the same output.
"""

import json
import os
import runpy
import sys
from pathlib import Path

from setuptools import setup

HERE = Path(__file__).resolve().parent
PKG = HERE / "dyad"
core = runpy.run_path(str(PKG / "_core.py"))


def compiled_core() -> list:
    stamp = PKG / core["STAMP"]
    if stamp.exists():
        stamp.unlink()
    if os.environ.get("DYAD_PURE_PYTHON"):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError as e:
        print(f"dyad: not compiling the core ({e}); installing the Python sources", file=sys.stderr)
        return []
    files = [f"dyad/{name}.py" for name in core["COMPILED"]]
    try:
        exts = mypycify(files, opt_level="3", group_name=f"dyad.{core['GROUP']}")
    except (Exception, SystemExit) as e:  # a type error stops mypyc: install the sources (tests say why)
        print(f"dyad: not compiling the core (mypyc: {e}); installing the Python sources", file=sys.stderr)
        return []
    for ext in exts:
        ext.optional = True  # no compiler: a warning, and the Python sources run
    stamp.write_text(json.dumps({"sources": core["sources_hash"](PKG)}) + "\n")
    return exts


setup(ext_modules=compiled_core())
