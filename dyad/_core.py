"""The compiled core: which modules it holds, and whether this process runs it.

`pip install` compiles the coder's per-article modules (COMPILED) to C with mypyc when the machine
has a C compiler (see setup.py), and records the sha256 of their sources beside them in STAMP. The
compiled modules are the same Python files, only faster; nothing in them differs.

Beside them, setup.py builds the C scanner (SCANNER: dyad/_scanner.c, hand-written C for tokenize,
Matcher.scan and segment, which matcher.py and text.py use when it imports and replace with their
own Python code, of the same output, when it does not). It needs a C compiler but not mypyc. Its
source is hashed in STAMP with the others. STAMP also says whether the build is profile-guided
("profile", written by setup.py), which `CORE` then says too.

What runs must always be what the files say. So at import, before any of these modules is loaded,
`choose()` runs the Python sources instead of the compiled modules, and makes `import dyad._scanner`
fail, when:
- DYAD_PURE_PYTHON is set (to compare the two, or to debug with Python tools);
- a source file changed since the build (an editable install after an edit: `pip install -e .`
  compiles it again);
- nothing was compiled (no C compiler at install time).

This module is read by setup.py too, so it imports nothing but the standard library.
"""

from __future__ import annotations

import hashlib
import importlib.machinery
import importlib.util
import json
import os
import sys
from importlib.abc import MetaPathFinder
from pathlib import Path

PACKAGE = "dyad"
# the modules that code an article and the lexicon entries they read (entries.py), in no particular
# order; the loader (lexicon.py), the CLI, the store and the exports stay plain Python
COMPILED = ("text", "records", "entries", "plover", "analysis", "mentions", "triggers", "roles", "dates",
            "quantities", "matcher", "coder")
GROUP = "_native"  # mypyc puts the shared code of all of them in the extension dyad._native__mypyc
SCANNER = "_scanner"  # the C scanner, built from dyad/_scanner.c with or without mypyc
STAMP = "_core_build.json"


def sources_hash(pkg_dir: Path) -> str:
    h = hashlib.sha256()
    for name in COMPILED:
        h.update(name.encode() + b"\0" + (pkg_dir / f"{name}.py").read_bytes())
    scanner = pkg_dir / f"{SCANNER}.c"  # (a package without it cannot match a build's stamp: the sources run)
    h.update(SCANNER.encode() + b"\0" + (scanner.read_bytes() if scanner.exists() else b"\0missing"))
    return h.hexdigest()


def compiled_files(pkg_dir: Path) -> list[Path]:
    return [pkg_dir / f"{name}{suffix}" for name in COMPILED for suffix in importlib.machinery.EXTENSION_SUFFIXES
            if (pkg_dir / f"{name}{suffix}").exists()]


def scanner_built(pkg_dir: Path) -> bool:
    return any((pkg_dir / f"{SCANNER}{suffix}").exists() for suffix in importlib.machinery.EXTENSION_SUFFIXES)


def state(pkg_dir: Path) -> tuple[bool, bool, str]:
    """(run the mypyc-compiled modules?, run the C scanner?, why), without importing anything."""
    mypyc, scanner = bool(compiled_files(pkg_dir)), scanner_built(pkg_dir)
    if not mypyc and not scanner:
        return False, False, "Python sources (not compiled: no C compiler or DYAD_PURE_PYTHON at install)"
    if os.environ.get("DYAD_PURE_PYTHON"):
        return False, False, "Python sources (DYAD_PURE_PYTHON is set)"
    try:
        stamp = json.loads((pkg_dir / STAMP).read_text())
        built = stamp["sources"]
    except (OSError, ValueError, KeyError, TypeError):
        return False, False, f"Python sources ({STAMP} is missing: rebuild with pip install)"
    if built != sources_hash(pkg_dir):
        return False, False, ("Python sources (a source file changed since the build: pip install -e . "
                              "compiles it again)")
    if mypyc and scanner:
        guided = ", profile-guided" if str(stamp.get("profile", "")).startswith("gcc") else ""
        return True, True, f"compiled (mypyc + C scanner{guided})"
    if mypyc:
        return True, False, "compiled (mypyc; the C scanner was not built: Python front end)"
    return False, True, "Python sources + C scanner (mypyc was not available at install)"


class _SourceFirst(MetaPathFinder):
    """Imports the compiled modules' names from their .py files, and refuses the C scanner unless it is to run."""

    def __init__(self, pkg_dir: Path, scanner: bool = False, why: str = ""):
        self.pkg_dir = pkg_dir
        self.scanner = scanner
        self.why = why

    def find_spec(self, fullname, path=None, target=None):  # type: ignore[no-untyped-def]
        pkg, _, name = fullname.rpartition(".")
        if pkg != PACKAGE:
            return None
        if name == SCANNER and not self.scanner:  # matcher.py and text.py then run their Python code
            raise ModuleNotFoundError(f"{fullname} is not to run: {self.why}", name=fullname)
        if name not in COMPILED:
            return None
        return importlib.util.spec_from_file_location(fullname, self.pkg_dir / f"{name}.py")


def choose(pkg_dir: Path) -> str:
    """Decide, once per process and before the modules are imported, which of the two runs; say which."""
    mypyc, scanner, why = state(pkg_dir)
    if not mypyc and not any(isinstance(f, _SourceFirst) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFirst(pkg_dir, scanner, why))
    return why
