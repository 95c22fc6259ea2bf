"""What the rules ask of the lexicons besides their entries: whether a suggestion is advice
on what to write, the words on a shared word list, the acronyms lexicon's terms, and which
process labels for a person end in given words.

They stand apart because they are questions the rules ask of the words, not part of the
schema or of loading and validating a file.
"""

from __future__ import annotations

import functools

from recordlint.lexicon.loading import load_lexicon
from recordlint.lexicon.word_lists import WordListName

# Suggestions that start like this are advice about what to write, not replacement words.
ADVICE_STARTS = frozenset(
    {
        "describe", "record", "say", "quote", "give", "explain", "use", "remove",
        "name", "state", "write", "ask", "check", "note",
    }
)  # fmt: skip


def is_advice(suggestion: str) -> bool:
    """Whether a lexicon suggestion is advice on what to write ("describe what happened")
    rather than words to put in place."""
    lowered = suggestion.lower()
    return lowered.split()[0] in ADVICE_STARTS or lowered in {"leave it out", "remove it"}


@functools.cache
def word_list(name: WordListName) -> frozenset[str]:
    """The words on one shared word list (``lexicons/domain-words.toml``), lower case."""
    return frozenset(
        entry.term.lower() for entry in load_lexicon("domain-words").entries if name in entry.lists
    )


@functools.cache
def acronym_terms() -> frozenset[str]:
    """Every term ``lexicons/acronyms.toml`` lists, as written ("DWP", "OT", "meds"): the
    one set the rules and the text layer ask whether a word is a known acronym."""
    return frozenset(load_lexicon("acronyms").terms())


@functools.cache
def borrowed_phrase_words() -> frozenset[str]:
    """The words of the phrases English borrows whole from Latin that
    ``lexicons/never-flag.toml`` lists ("compos mentis", "ex parte"), as written: the one
    source the acronym and spelling rules ask whether a word belongs to such a phrase."""
    return frozenset(
        word
        for entry in load_lexicon("never-flag").entries
        if getattr(entry, "kind", None) == "phrase"
        for word in entry.term.split()
    )


@functools.cache
def slurs() -> frozenset[str]:
    """The words ``judgemental.toml`` marks as slurs (``slur = true``), case-folded: a
    speller never offers them as a correction."""
    return frozenset(
        entry.term.casefold() for entry in load_lexicon("judgemental").entries if entry.slur
    )


@functools.cache
def _process_label_openings() -> dict[tuple[str, ...], frozenset[tuple[str, ...]]]:
    labels: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for entry in load_lexicon("jargon").entries:
        if not entry.depersonalising:
            continue
        words = tuple(entry.term.casefold().split())
        for cut in range(1, len(words)):
            labels.setdefault(words[cut:], set()).add(words[:cut])
    return {tail: frozenset(heads) for tail, heads in labels.items()}


def process_label_openings(tail: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """The words that open a process label for a person (a depersonalising term of the
    jargon lexicon, such as "adult at risk") ending in the case-folded words ``tail``:
    ``("at", "risk")`` gives ``{("adult",)}``. Empty when no such label ends so. Only labels
    that stand for a person count, so a rule can tell a judgement's words ("at risk") used
    inside the procedure's name for someone from the same words said of them; "falls risk"
    is no such label."""
    return _process_label_openings().get(tail, frozenset())
