"""Shared fixtures: one real pipeline (spaCy model, entity ruler, reference data) per test session."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_407af643d6740a8b.txt"
GOLD = ROOT.parent / "shared" / "eval" / "gold" / "000_407af643d6740a8b.json"
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
sys.path.insert(0, str(ROOT / "tests"))


@pytest.fixture(scope="session")
def pipeline():
    from graph.pipeline import Pipeline

    return Pipeline()


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture(scope="session")
def browser():
    """One headless Debian chromium (Playwright) for the browser tests; fails, not skips, without it."""
    from browser import available, launch

    reason = available()
    if reason:
        pytest.fail(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = launch(p)
        yield b
        b.close()
