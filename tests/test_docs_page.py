"""docs/rules.md is generated from the rules' own documentation and must stay in step."""

from __future__ import annotations

import os
from pathlib import Path

from recordlint.docs import rules_markdown

PAGE = Path(__file__).parent.parent / "docs" / "rules.md"


def test_rules_page_matches_the_registry() -> None:
    """The committed page equals what the registry renders (set RECORDLINT_UPDATE_DOCS=1 to
    rewrite it after changing a rule)."""
    rendered = rules_markdown()
    if os.environ.get("RECORDLINT_UPDATE_DOCS") == "1":
        PAGE.write_text(rendered, encoding="utf-8")
    assert PAGE.read_text(encoding="utf-8") == rendered
