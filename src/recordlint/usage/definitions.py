"""Sentences that define a term: "Reablement is a service that ...".

A sentence opening with the term and saying what it is or does defines it wherever it
stands in the text (leaflets explain a term under its own heading, often after first using
it). The patterns for each term are compiled once and only where a sentence may open with
it; :func:`defined_elsewhere` asks the question, and :func:`determined` tells a term said
of something in particular ("the patient") from one being defined.
"""

from __future__ import annotations

import re
from functools import lru_cache

# A purpose clause says what the thing is for: "a financial assessment to work out how much
# you pay", "a review to check whether the support still meets your needs", "a direct
# payment to spend on the things that make caring easier"; so does a clause saying what it
# is or does for the reader: "a direct payment, which will give you control over how your
# support is provided", "your personal budget, which is the amount of money you need".
# "Reablement is a short service ...", "A safeguarding concern is a worry ...": a
# definition, when the term stands alone or after "a"; "the patient is a bed blocker" says
# something about someone in particular instead.
# "Respite is used by the practice to prevent ...": what the thing is for is a definition too,
# and so is what kind of thing it is: "Direct payments are money payments paid to you".
# So is what it is about, said as what is done in it: "Reablement is about working with
# the patient, putting in realistic goals ..." ("the visit is about her falls" is said of one
# visit, and "about to" says when).
DEFINED_AFTER = re.compile(
    r",?\s+(?:is|are)\s+(?:when|where|how|what|a|an|the|those|money|help|support"
    r"|used\s+(?:by\s+[^.;:]{1,60}?\s+)?(?:to|for)|(?:all\s+)?about\s+[a-z]+ing)\s"
)


_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|this|that|his|her|their|my|your|our|its)\s+$", re.IGNORECASE
)


def defined_elsewhere(text: str, words: str, sentences: list[tuple[int, int]]) -> bool:
    """Whether a sentence of the text opens by defining the words: "Reablement is a
    service that ...", "An advocate is someone who ..." (leaflets explain a term under
    its own heading, often after first using it). "The patient is a ..." says something
    about someone in particular instead."""
    if _DETERMINER_BEFORE.search(words.split(" ", 1)[0] + " "):
        return False
    terms = tuple(words.split())
    if terms and len(terms[-1]) > 3 and terms[-1][-1] == "s" and terms[-1][-2] != "s":
        # "Deferred Payment Agreements" is defined by "A Deferred Payment Agreement is".
        singular = (*terms[:-1], terms[-1][:-1])
        if defined_elsewhere(text, " ".join(singular), sentences):
            return True
    # Compiling the two patterns costs more than reading every sentence's opening, and
    # almost no sentence opens with the term, so the openings are read first.
    starts = [start for start, _ in sentences if _may_open_with(text, start, terms)]
    if not starts:
        return False
    if any(_opens_by_defining(text, sentence_start, terms) for sentence_start in starts):
        return True
    # Only a sentence opening with "a" or "an" can say what any such thing does, and few
    # do, so the second pattern is compiled only for a term that has one.
    starts = [start for start in starts if _OPENS_WITH_A_OR_AN.match(text, start)]
    if not starts:
        return False
    what_it_does = _what_it_does_pattern(terms)
    return any(what_it_does.match(text, sentence_start) for sentence_start in starts)


_OPENING_MARKS_AND_SPACE = re.compile(r"\W*")
_ARTICLE = re.compile(r"an?\s+", re.IGNORECASE)
_QUOTE_OPENING = re.compile(r"[\"“‘']?")
_QUOTE_CLOSING = re.compile(r"[\"”’']?")
# A capitalised word naming whose the service is ("GP respite"), never a determiner ("The
# respite", "Her respite"), which points at one in particular.
_NAMING_WORD = r"(?!(?i:the|this|that|his|her|their|my|your|our|its|a|an)\b)(?-i:[A-Z][\w'’-]*)"
_NAMING_WORD_AND_SPACE = re.compile(_NAMING_WORD + r"\s+")
_WORD_CHARACTER = re.compile(r"\w")


def _term_positions(text: str, start: int) -> list[int]:
    """Where a term may begin in the sentence at ``start``, as the definition pattern reads
    it: after the opening marks, then perhaps "a" or "an", then perhaps a naming word. Each
    step can end in one place only (marks, the article's space and the naming word are
    read to their end, and a term that opens with a letter or digit cannot begin inside
    them), so these few places are all the pattern can try."""
    at = _OPENING_MARKS_AND_SPACE.match(text, start).end()  # type: ignore[union-attr]
    positions = [at]
    article = _ARTICLE.match(text, at)
    if article:
        # "A 'Deferred Payment Agreement' is ...": the term may be quoted after "a".
        positions.append(_QUOTE_OPENING.match(text, article.end()).end())  # type: ignore[union-attr]
    for position in list(positions):
        naming = _NAMING_WORD_AND_SPACE.match(text, position)
        if naming:
            positions.append(naming.end())
    return positions


def _may_open_with(text: str, start: int, terms: tuple[str, ...]) -> bool:
    """Whether the sentence at ``start`` may open with the first of ``terms``, after any
    marks and an optional "a" or "an", as the definition patterns require; True whenever
    a plain comparison cannot tell (letters outside ASCII, which case-blind matching
    pairs in more ways than ``str.lower`` does)."""
    if not terms or not terms[0].isascii() or not _WORD_CHARACTER.match(terms[0]):
        return True
    first = terms[0].lower()
    for position in _term_positions(text, start):
        opening = text[position : position + len(first)]
        if not opening.isascii() or opening.lower() == first:
            return True
    return False


# What follows a term that a sentence opens by defining, read as the definition pattern
# reads it (case-blind).
_DEFINED_AFTER_ANY_CASE = re.compile(DEFINED_AFTER.pattern, re.IGNORECASE)


def _opens_by_defining(text: str, start: int, terms: tuple[str, ...]) -> bool:
    """Whether ``_definition_pattern(terms)`` matches at ``start``, without compiling that
    pattern for every term (its opening and ending are the same for all of them): the term
    is matched alone at each place ``_term_positions`` gives, and the ending after it. A
    term whose first letter is not an ASCII letter or digit, for which those places may not
    be all, is matched with the whole pattern."""
    first = terms[0][:1] if terms else ""
    if not (first.isascii() and _WORD_CHARACTER.match(first)):
        return _definition_pattern(terms).match(text, start) is not None
    term = term_pattern(terms)
    for position in _term_positions(text, start):
        found = term.match(text, position)
        # The words of a term are separated by whitespace and hold none, so the term
        # matched here can end in one place only; a closing mark may follow it.
        if found and _DEFINED_AFTER_ANY_CASE.match(
            text,
            _QUOTE_CLOSING.match(text, found.end()).end(),  # type: ignore[union-attr]
        ):
            return True
    return False


# The same terms are flagged again and again, and more of them than the re module's own
# cache of compiled patterns holds, so each term's patterns are compiled once here.
@lru_cache(maxsize=4096)
def term_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words of a term, in any case, with any whitespace between them."""
    return re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)


@lru_cache(maxsize=4096)
def _definition_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern for a sentence that opens by defining ``words`` ("Reablement is a ...")."""
    term = r"\s+".join(map(re.escape, words))
    # A capitalised word may come first where it names the service's provider ("GP respite
    # is used by ..."): the sentence still defines the term it ends with.
    return re.compile(
        r"\W*(?:an?\s+"
        + _QUOTE_OPENING.pattern
        + r")?(?:"
        + _NAMING_WORD
        + r"\s+)?"
        + term
        + _QUOTE_CLOSING.pattern
        + DEFINED_AFTER.pattern,
        re.IGNORECASE,
    )


# How the sentences of ``_what_it_does_pattern`` open.
_OPENS_WITH_A_OR_AN = re.compile(r"\W*[Aa]n?\s+")


@lru_cache(maxsize=4096)
def _what_it_does_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern for a sentence that says what any such thing as ``words`` does ("A care
    plan documents ..."); it opens as ``_OPENS_WITH_A_OR_AN`` does."""
    term = r"\s+".join(map(re.escape, words))
    # "A Care and Support Plan documents your needs ...": a sentence about any such thing,
    # opening with "a" or "an", says what it is or does.
    # Or, with a modal verb, what it finds out: "A financial assessment will calculate how
    # much you pay", "... will look at what you can do". "A care package will start on
    # Monday" and "will be held" say what happens to one instead.
    return re.compile(
        _OPENS_WITH_A_OR_AN.pattern + r"(?i:" + term + r")\s+(?:(?!(?:is|was|has|does)\b)"
        r"[a-z]+s\s|(?:will|can|may)\s+(?!(?:be|have|not)\b)[a-z]+\s+(?:[a-z]+\s+)?"
        r"(?:how|what|whether|if|which|who)\b)"
    )


def determined(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the words at [start, end) point at someone or something in particular
    ("the patient", "her reablement")."""
    first_word = text[start:end].split(" ", 1)[0]
    leading = _DETERMINER_BEFORE.search(first_word + " ")
    return bool(leading or _DETERMINER_BEFORE.search(text[sentence_start:start]))
