"""Shared fixtures: the coder (loaded once), paths to ../shared when present."""

from __future__ import annotations

import pytest

from shared_data import SHARED, shared_path  # noqa: F401  (re-exported for fixtures)


@pytest.fixture(scope="session")
def coder():
    from dyad.coder import Coder

    return Coder()


@pytest.fixture(scope="session")
def coder_all():
    from dyad.coder import Coder

    return Coder(include_all=True)
