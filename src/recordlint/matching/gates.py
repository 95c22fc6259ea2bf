"""The cheap test on raw text that lets the engine skip a paragraph no term of a lexicon
can match (:func:`lexicon_gate`), and the regular expression it searches with.

Apart because it runs before any parse and only says whether a match is possible.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any

from recordlint.matching.lemmas import PHRASE_WORD

# Base forms whose inflections do not start like them ("fed" for "feed").
_IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "feed": ("fed",),
    "come": ("came",),
    "give": ("gave",),
    "get": ("got",),
    "have": ("has", "had"),
    "be": ("is", "was", "are", "were", "been"),
}


def lexicon_gate(load_terms: Callable[[], Iterable[str]]) -> Callable[[str], bool]:
    """A cheap test for a rule's ``gate``: False only when no term of the lexicon can match.

    Each term contributes the start of its longest word (and the irregular forms of that
    word), so inflections still pass; the terms are read on first use, not at import.
    """

    @functools.cache
    def pattern() -> re.Pattern[str]:
        stems: set[str] = set()
        for term in load_terms():
            words = [w for w in PHRASE_WORD.findall(term.lower()) if w[0].isalnum()]
            if not words:
                continue
            longest = max(words, key=len)
            # Short enough to survive "deny" -> "denies" and "happy" -> "happier".
            stems.add(longest[: max(3, min(4, len(longest) - 2))])
            stems.update(_IRREGULAR_FORMS.get(longest, ()))
        return re.compile(literal_alternation(stems), re.IGNORECASE)

    def gate(text: str) -> bool:
        return pattern().search(text) is not None

    return gate


def literal_alternation(words: Iterable[str]) -> str:
    """A regular expression matching where any of ``words`` starts, for a search that only
    asks whether one occurs; one that never matches for no words.

    The words are shared out along their common beginnings ("wor(?:r|k)" rather than
    "worr|work"), so the expression tries each letter of the text once rather than once per
    word; a word that another word begins with ("wor" before "work") stands for both, since
    wherever the longer one occurs the shorter one does too.
    """
    trie: dict[str, Any] = {}
    for word in sorted(set(words), key=len):
        node = trie
        for character in word:
            if "" in node:
                break  # a shorter word already matches here
            node = node.setdefault(character, {})
        else:
            node.clear()
            node[""] = {}

    def expression(node: dict[str, Any]) -> str:
        if "" in node:
            return ""
        branches = [re.escape(c) + expression(child) for c, child in sorted(node.items())]
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return expression(trie) if trie else "(?!)"
