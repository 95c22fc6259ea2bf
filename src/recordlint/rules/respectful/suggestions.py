"""The wording a finding suggests, its message, and whether a fix is a safe swap.

A replacement is inflected to fit where the label stood, and marked safe only for a clean
one-word or one-phrase swap that keeps the grammar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.inflection import inflect_for_tag
from recordlint.lexicon import JudgementalEntry, is_advice
from recordlint.matching import PhraseMatch, match_root

if TYPE_CHECKING:
    from spacy.tokens import Doc


# Replacement wording that starts with a finite verb cannot stand where an adjective or a
# noun stood ("He is wheelchair-bound" does not become "He is spends most of the day in bed").
FINITE_STARTS = frozenset(
    {
        "has", "had", "uses", "used", "spends", "cannot", "can't", "is", "was", "lives",
        "needs", "walks", "communicates", "does", "did", "became", "becomes", "helped",
        "keeps", "asked", "stopped", "missed", "left", "speaks", "chose", "declined",
        "were",
    }
)  # fmt: skip


def _wording(entry: JudgementalEntry) -> list[str]:
    """The suggestions that are words to write, not advice or templates with gaps."""
    return [s for s in entry.suggestions if not is_advice(s) and "..." not in s]


def suggestions_for(
    doc: Doc, match: PhraseMatch, entry: JudgementalEntry
) -> tuple[list[str], bool]:
    """Replacement wording in the form of the matched words, and whether the first is a
    clean one-to-one swap."""
    fitted: list[str] = []
    for wording in _wording(entry):
        adjusted = _fit(doc, match, entry, wording)
        if adjusted is not None and adjusted not in fitted:
            fitted.append(adjusted)
    if not entry.replaceable:
        return fitted, False
    clean = next((f for f in fitted if _is_clean_swap(doc, match, entry, f)), None)
    if clean is None:
        return fitted, False
    return [clean, *(f for f in fitted if f != clean)], True


def message_for(matched: str, entry: JudgementalEntry, suggestion: str | None, clean: bool) -> str:
    why = _lower_first(entry.why.rstrip(". "))
    advice = next((s for s in entry.suggestions if is_advice(s)), None)
    template = next((s for s in entry.suggestions if "..." in s), None)
    if clean and suggestion:
        action = f"write '{suggestion}' instead"
    elif entry.replaceable and suggestion:
        action = f"consider '{suggestion}', rewording the sentence to fit"
    elif advice is not None:
        action = _lower_first(advice.rstrip(". "))
    elif template is not None:
        action = f"write what happened, for example '{template}'"
    elif suggestion:
        action = f"consider '{suggestion}'"
    else:
        action = "describe what happened instead"
    return f"Avoid '{matched}': {why}; {action}."


def _fit(doc: Doc, match: PhraseMatch, entry: JudgementalEntry, wording: str) -> str | None:
    """``wording`` in the grammatical form and case of the matched words, if it can be."""
    span = doc[match.start : match.end]
    root = match_root(doc, match)
    adjusted = wording
    if leads_with_verb(doc, match, entry):
        inflected = inflect_for_tag(wording, span[0].tag_)
        if inflected is None:
            return None
        adjusted = inflected
    elif root.tag_ in {"NNS", "NNPS"} and span.text.lower() != entry.term.lower():
        return None  # plurals need rewording ("addicts" is not "person who uses drugs")
    return _match_case(span.text, adjusted)


def leads_with_verb(doc: Doc, match: PhraseMatch, entry: JudgementalEntry) -> bool:
    """Whether the match opens with the verb of a verbal term ("refused", "suffers from")."""
    first = doc[match.start]
    term_words = entry.term.lower().split()
    return first.tag_.startswith("VB") and first.lemma_.lower() == term_words[0]


def _is_clean_swap(doc: Doc, match: PhraseMatch, entry: JudgementalEntry, replacement: str) -> bool:
    root = match_root(doc, match)
    first = replacement.split()[0].lower()
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in root.children):
        return False  # "was put to bed": the passive needs rewording, not a swap
    if not leads_with_verb(doc, match, entry) and first in FINITE_STARTS:
        return False
    if root.dep_ in {"amod", "compound"} and len(replacement.split()) > 1:
        return False  # "a wheelchair-bound man" cannot take "a wheelchair user" in place
    if len(replacement.split()) > 1 and any(
        c.dep_ in {"dobj", "dative"} and not match.start <= c.i < match.end for c in root.children
    ):
        return False  # "fed her" does not become "support to eat her"
    if first == "having":
        return False  # "is suffering from" does not become "is having"
    before = doc[match.start - 1] if match.start > 0 else None
    if before is not None and before.lower_ in {"a", "an"}:
        wanted = "an" if first[:1] in "aeiou" else "a"
        if wanted != before.lower_:
            return False
    return True


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and not original.isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():
        return text  # an acronym or a name
    return text[:1].lower() + text[1:]
