"""What makes a paragraph worth parsing: any form of a word of saying, feeling or wanting,
"you", a way of communicating, or a quotation. The gate stands apart because the rule asks it
before any parse, and it needs only the speech lexicon."""

from __future__ import annotations

import re
from functools import cache

from recordlint.inflection import word_forms
from recordlint.matching import literal_alternation
from recordlint.rules.voice.lexicon import SpeechLexicon, speech_lexicon
from recordlint.text import quote_spans


@cache
def _voice_cue() -> re.Pattern[str]:
    """Any form of a speech, feeling or wish word, "you", or a way of communicating."""
    irregular = "said says told felt spoke spoken wrote written chose chosen shook thought"
    lexicon = speech_lexicon()
    # A head that only shows a view without words ("call out", "turn away", "use eye
    # gaze") opens a paragraph to the parse with the words it needs, not on its own: "phone
    # call", "used the hoist" and "turned 80" carry nobody's view.
    unspoken = {head for head, terms in lexicon.terms.items()
                if all(term.without_words for term in terms)}  # fmt: skip
    stems = {irregular, *(_stem(head) for head in lexicon.terms if head not in unspoken),
             "rather", "like",
             *(_stem(head.removesuffix("es")) for head, _ in lexicon.views),
             *(_stem(word) for word in lexicon.view_predicates),
             *(form for form, head in lexicon.forms.items() if head not in unspoken)}  # fmt: skip
    words = sorted({w for stem in stems for w in stem.split()}, key=len, reverse=True)
    return re.compile(
        r"\b(?:" + literal_alternation(words) + r")\w*|\byou\b|talking\s+mat|"
        r"\bthumbs?\b|\bBSL\b|Makaton|\baccording\s+to\b|"
        + "|".join(_shown_without_words(lexicon, unspoken)),
        re.IGNORECASE,
    )


# How many words may stand between a head and the word it needs: "made a low, long sound",
# "pushed the card away", "turned his head away".
_WORDS_BETWEEN = 4


def _shown_without_words(lexicon: SpeechLexicon, heads: set[str]) -> list[str]:
    """Patterns for the terms of a view shown without words: any form of the head, followed
    within a few words by the last word the term needs ("made a low, long sound")."""
    patterns = []
    for head in sorted(heads):
        forms = literal_alternation(sorted(word_forms(head), key=len, reverse=True))
        for term in lexicon.terms[head]:
            if not term.then:
                patterns.append(rf"\b(?:{forms})\w*")
                continue
            needed = re.escape(term.then[-1])
            between = rf"(?:[^\w\n]+[\w'’-]+){{0,{_WORDS_BETWEEN}}}?"
            patterns.append(rf"\b(?:{forms})\w*{between}[^\w\n]+{needed}\b")
    return patterns


def _stem(head: str) -> str:
    # "like" also matches "liked" and "likes"; "worry", "worried" through "worr". A short
    # word keeps its "y" as "i" ("deny", "denied" through "deni" and "deny"), so that
    # three letters ("den") do not open every "Dennis" to the parse.
    if len(head) > 3 and head[-1] == "y" and len(head) <= MAX_SHORT_HEAD:
        return f"{head[:-1]}i {head}"
    return head[:-1] if len(head) > 3 and head[-1] in "ey" else head


MAX_SHORT_HEAD = 4


def may_carry_voice(text: str) -> bool:
    """Whether a paragraph could hold a voice clause: the gate before parsing it."""
    return bool(_voice_cue().search(text))


def worth_parsing(text: str) -> bool:
    """A paragraph with nothing anybody says, feels or wants, and no quotation, is read only
    for who it mentions, which the tokens and the names' patterns give without the parse."""
    return may_carry_voice(text) or bool(quote_spans(text))
