"""The speech lexicon compiled for lookups: the verbs, nouns and roles that show whose voice
a sentence carries (``lexicons/`` via :func:`recordlint.lexicon.load_lexicon`), and the word
sets the mention readers share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from recordlint.inflection import word_forms
from recordlint.lexicon import load_lexicon
from recordlint.names import person_field_label

# Titles, name particles, family roles and organisation nouns are shared word lists
# (lexicons/domain-words.toml); names and titles are read by recordlint.names.


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "Another resident", "a tenant": somebody else of the same kind.
SOMEBODY_ELSE = frozenset({"another", "other", "a", "an", "fellow"})


# What a person signs that is not a view (a form, a contract, the care plan) is the
# "signed_thing" word list.


# The words that say whom a record, a call or a visit is about, before a name or a relative
# ("Re: Dougie", "rang regarding her husband"), as the alternatives of a pattern: the one
# copy the voice patterns share.
ABOUT_WHOM = "re|regarding"


# Words before a name that mark the person the record is about: "re Mr X", "Person: Mrs Y",
# a header field's label among them.
@cache
def person_cue() -> re.Pattern[str]:
    return re.compile(
        rf"(?:\b(?:{ABOUT_WHOM}|about|visit(?:ed)?\s+to|visited|dear|pt|of|"
        rf"{person_field_label()})\s*:?\s*$|^\s*carer\s*:\s*$|\A\s*\Z)",
        re.IGNORECASE | re.MULTILINE,
    )


# ---------------------------------------------------------------------------------------------
# Lexicon


@dataclass(frozen=True, slots=True)
class VoiceTerm:
    """One speech, feeling or wish entry, split into its head word and what must go with it."""

    kind: str  # "speech", "feeling" or "wish"
    head: str  # the lemma of the word that carries the clause
    copular: bool  # "be worried": the head is an adjective after "be"
    would: bool  # "would like": the head needs "would"
    then: tuple[str, ...]  # words that must follow the head ("point to", "ask for")
    # A wish or a side taken, after "be", is a view without what it is about: "not keen",
    # "reluctant", "against"; a feeling needs it ("upset about the move").
    complete: bool = False
    # A view only with what was said: "shouted that she wants to go home", not "shouting
    # and abusive" or "spoke quietly".
    needs_content: bool = False
    # A view shown without words ("smiled and reached for Irene", "turned his head away"):
    # the doer's view where the writer saw it, not in somebody else's report of them.
    without_words: bool = False


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    terms: dict[str, tuple[VoiceTerm, ...]]  # by head lemma
    professional: frozenset[str]
    relevant_other: frozenset[str]
    # Nouns that name the person the record is about (depersonalising, but still the
    # person): "Resident says she likes her room", "YP said he wants to go to college".
    person: frozenset[str] = frozenset()
    # Words that, with "to" and an owner, name their view: "What matters to Leonard".
    view_predicates: frozenset[str] = frozenset()
    # Ways of reaching somebody, as (head lemma, preposition or ""): "rang", "spoke to".
    contact: frozenset[tuple[str, str]] = frozenset()
    # Nouns that carry their owner's view, as (head, word before or ""): "wishes",
    # ("outcome", "desired").
    views: frozenset[tuple[str, str]] = frozenset()
    # Inflected forms of the head words, for words the tagger lemmatises wrongly ("hated"
    # as "hat").
    forms: dict[str, str] = field(default_factory=dict)


@cache
def speech_lexicon() -> SpeechLexicon:
    terms: dict[str, list[VoiceTerm]] = {}
    professional: set[str] = set()
    relevant_other: set[str] = set()
    person: set[str] = set()
    view_predicates: set[str] = set()
    contact: set[tuple[str, str]] = set()
    views: set[tuple[str, str]] = set()
    for entry in load_lexicon("speech").entries:
        term = entry.term.lower()
        if entry.kind == "professional":
            professional.add(term)
        elif entry.kind == "relevant_other":
            relevant_other.add(term)
        elif entry.kind == "person_role":
            person.add(term)
        elif entry.kind == "view_predicate":
            view_predicates.add(term)
        elif entry.kind == "contact_verb":
            head, _, preposition = term.partition(" ")
            contact.add((head, preposition))
        elif entry.kind == "view_noun":
            before, _, head = term.rpartition(" ")
            views.add((head, before))
        else:
            parsed = _parse_term(entry.kind.removesuffix("_verb"), term)
            if entry.needs_content:
                parsed = replace(parsed, needs_content=True)
            if entry.without_words:
                parsed = replace(parsed, without_words=True)
            terms.setdefault(parsed.head, []).append(parsed)
    forms = {form: head for head in terms for form in word_forms(head) if form not in terms}
    # Longer entries first, so "ask for" (a wish) is tried before "ask" (speech).
    return SpeechLexicon(
        {
            head: tuple(sorted(v, key=lambda t: (-len(t.then), -t.would, -t.copular)))
            for head, v in terms.items()
        },
        frozenset(professional),
        frozenset(relevant_other),
        frozenset(person),
        frozenset(view_predicates),
        frozenset(contact),
        frozenset(views),
        forms,
    )


def _parse_term(kind: str, term: str) -> VoiceTerm:
    term_words = term.split()
    copular = term_words[0] == "be" and len(term_words) > 1
    would = term_words[0] == "would" and len(term_words) > 1
    if copular or would:
        term_words = term_words[1:]
    # A side taken on what is proposed ("against", "reluctant") is a kind of wish.
    complete = copular and kind in {"wish", "stance"}
    kind = "wish" if kind == "stance" else kind
    # "shake her head", "let me know": the words after the head are matched loosely.
    return VoiceTerm(kind, term_words[0], copular, would, tuple(term_words[1:]), complete)


@cache
def reason_openings() -> tuple[tuple[str, ...], ...]:
    """The words that open a reason, from the decisions lexicon's reasons ("because", "so
    that"), longest first: a quotation opening with one gives somebody's reason in their
    words ("drinking normal tea "because the thick stuff is revolting"")."""
    terms = {
        tuple(entry.term.lower().split())
        for entry in load_lexicon("decisions").entries
        if entry.kind == "reason"
    }
    return tuple(sorted(terms, key=len, reverse=True))
