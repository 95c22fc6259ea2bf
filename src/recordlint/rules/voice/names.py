"""Mentions of people in a paragraph (:func:`mentions`): titled names and cued first names
from the modules before it joined with every other mention a parse offers, object pronouns,
and whether a quotation reads as somebody's words."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text
from recordlint.names import titles
from recordlint.rules.voice.cued_names import cued_first_names
from recordlint.rules.voice.facts import Mention, Ref, RefKind
from recordlint.rules.voice.lexicon import SpeechLexicon
from recordlint.rules.voice.roles import (
    CALLER_BEFORE,
    ROLE_BEFORE,
    mention,
    role_word_ends,
)
from recordlint.token_view import TokenView, token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc

CONTACTED = re.compile(
    r"\b(?:rang|phoned|called|e-?mailed|texted|messaged|contacted|spoke\s+(?:to|with)|"
    r"wrote\s+to|referred\s+to|chased)\b",
    re.IGNORECASE,
)


_SENTENCE_PUNCTUATION = re.compile(r"[.!?…]")


_TRANSLATION_AFTER = re.compile(r"\W?\s*[(\[]")


_OPENS_BEFORE = re.compile(r"\w\W*[:.!?…–—-]\s*\W?$")


_OBJECT_PRONOUNS = {"her": "f", "him": "m"}


_OBJECT_DEPS = frozenset({"dobj", "dative"})


def object_pronouns(doc: Doc) -> list[Mention]:
    """The pronouns "her" and "him" as the object of a verb ("her neighbour found her",
    "the GP examined him"), each with where its verb's subject stands: a pronoun that is
    not reflexive never means the subject of its own verb, so it may name the person past
    somebody who stands nearer."""
    found: list[Mention] = []
    view = token_view(doc)
    for index, (lower, tag) in enumerate(zip(view.lower, view.tag, strict=True)):
        gender = _OBJECT_PRONOUNS.get(lower)
        if gender is None or tag != "PRP":
            continue  # passed over without a token object
        token = doc[index]
        if token.dep_ not in _OBJECT_DEPS:
            continue
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        apart = None
        if subject is not None:
            words = list(subject.subtree)
            apart = (words[0].idx, words[-1].idx + len(words[-1].text))
        found.append(Mention(Ref(RefKind.PRONOUN), at=token.idx, gender=gender, not_within=apart))
    return found


def spoken_words(text: str, start: int, end: int) -> bool:
    """Whether the quotation ``text[start:end]`` reads as somebody's words rather than a
    scare-quoted label ("resistive") or a title ("Living Well"): it starts with a capital
    and is a sentence ("No more. Home."), stands on its own after a colon or a full stop,
    or comes with a translation in brackets ("Ghar hi changa hai" (home is best))."""
    words = text[start:end].strip()
    first = next((c for c in words if c.isalpha()), "")
    if not first.isupper():
        return False
    if _SENTENCE_PUNCTUATION.search(words) or _TRANSLATION_AFTER.match(text, end):
        return True
    # After a colon or a full stop, not alone on a line, where it may be a heading.
    title_case = all(w[:1].isupper() for w in words.split())
    return bool(_OPENS_BEFORE.search(text[:start])) and not title_case


def mentions(doc: Doc, lexicon: SpeechLexicon, names: dict[int, Mention]) -> list[Mention]:
    """People named or described in the text, in order; pronouns come with clauses."""
    in_names = set(names)
    view = token_view(doc)
    title_tokens = {i for i, lower in enumerate(view.lower) if lower.rstrip(".") in titles()}
    found: list[Mention] = list(names.values())
    for index in _may_name_somebody(view, lexicon):
        if index in in_names or index in title_tokens:
            continue
        token = doc[index]
        if token.dep_ in {"compound", "flat"} and token.head.pos_ == "PROPN":
            continue  # part of a longer name; the name's head token speaks for it
        if any(c.i in title_tokens for c in token.lefts):
            continue  # the first name of a titled name
        token_mention = mention(token, lexicon)
        if token_mention is not None:
            found.append(token_mention)
    taken = {m.at for m in found}
    found.extend(m for m in cued_first_names(doc_text(doc)) if m.at not in taken)
    found.sort(key=at)
    # "Caller: Mr Lionel Fairweather (self)", "Anon caller (neighbour)": who rang.
    text = doc_text(doc)
    found = [
        replace(m, reached=True, is_subject=True)
        if CALLER_BEFORE.search(text, max(0, at(m) - 12), at(m))
        else m
        for m in found
    ]
    # "Ana rang about her mother, Mrs Lopes": whoever "her mother" belongs to is family too.
    for relative in list(found):
        about = relative.role == "relevant_other" or relative.cue
        if relative.ref.kind is RefKind.NAME and about:
            offset = at(relative)
            possessive = ROLE_BEFORE.search(doc_text(doc)[max(0, offset - 30) : offset])
            if possessive is None or possessive.group("role") is None:
                continue
            # Not across a list's semicolon or a line: "Present: Daniel; his mother, Mrs
            # Carol Whitcombe" names two people.
            found = [
                replace(m, role=m.role or "relevant_other")
                if m.ref.kind is RefKind.FIRST
                and at(m) < offset
                and not _LIST_BREAK.search(doc_text(doc), at(m), offset)
                else m
                for m in found
            ]
    return found


NAMING_POS = frozenset({"NOUN", "PROPN"})


_LIST_BREAK = re.compile(r"[;\n]")


def _may_name_somebody(view: TokenView, lexicon: SpeechLexicon) -> Iterator[int]:
    """The indexes of the tokens :func:`mention` may read as somebody: a noun or a name,
    or a word that ends a role ("PT", "daughter"). Every other token it turns down, so
    they are passed over without a token object each."""
    ends = role_word_ends(lexicon)
    for index, (text, lower, lemma, pos, tag) in enumerate(
        zip(view.text, view.lower, view.lemma, view.pos, view.tag, strict=True)
    ):
        if (
            pos in NAMING_POS
            or tag == "NNP"
            or text == "PT"
            or lower in ends
            or lemma in ends
            or " " in lower
            or " " in lemma
        ):
            yield index


def at(the_mention: Mention) -> int:
    return the_mention.at if the_mention.at is not None else 0
