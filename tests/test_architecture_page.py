"""ARCHITECTURE.md names modules by path; every one it names must exist, so the page cannot
drift from the code unnoticed when a module is renamed or split."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parent.parent
PAGE = ROOT / "ARCHITECTURE.md"
PACKAGE = ROOT / "src" / "recordlint"

# A backticked module or folder: `api/linter.py`, `rules/registry.py`, `cli/`, `rules/*.py`.
MODULE_REFERENCE = re.compile(r"`((?:[a-z_]+/)*(?:[a-z_*]+\.py|[a-z_]+/))`")


def named_paths() -> list[str]:
    return sorted(set(MODULE_REFERENCE.findall(PAGE.read_text(encoding="utf-8"))))


def exists(reference: str) -> bool:
    for base in (PACKAGE, ROOT):
        if "*" in reference:
            if list(base.glob(reference)):
                return True
        elif (base / reference).exists():
            return True
    return False


def test_the_page_names_modules() -> None:
    assert "api/linter.py" in named_paths()
    assert "rules/registry.py" in named_paths()


def test_every_module_the_page_names_exists() -> None:
    missing = [reference for reference in named_paths() if not exists(reference)]
    assert missing == []
