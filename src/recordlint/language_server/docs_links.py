"""Where a diagnostic's rule documentation lives: a Markdown page per rule on this machine.

The pages hold only the rule's documentation, never record text; they are written once into
the user's cache folder, so an editor can open them without any network.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from recordlint import __version__
from recordlint.docs import render
from recordlint.rules.registry import get_rule


def _folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "recordlint" / __version__ / "rules"


@cache
def docs_href(code: str) -> str | None:
    rule = get_rule(code)
    if rule is None:
        return None
    try:
        folder = _folder()
        folder.mkdir(parents=True, exist_ok=True)
        page = folder / f"{code}.md"
        if not page.exists():
            page.write_text(render(rule), encoding="utf-8")
        return page.as_uri()
    except OSError:
        return None
