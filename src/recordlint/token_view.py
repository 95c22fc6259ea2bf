"""The words of a parsed paragraph as plain Python values, read once per doc.

Every time a rule walks a spaCy doc (``for token in doc``), spaCy makes a new Python
``Token`` object per word, and each attribute read (``token.lower_``, ``token.lemma_``)
goes back through the string store. Rules walk each paragraph many times over, mostly to
find the few words a word list names; reading the attributes they filter on once per doc,
into tuples kept on the doc, lets those walks skip straight to the words that matter and
make token objects only for them.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_VIEW_KEY = "recordlint.token_view"


@dataclass(frozen=True, slots=True)
class TokenView:
    """One entry per token of a doc, by token index."""

    text: tuple[str, ...]
    lower: tuple[str, ...]
    lemma: tuple[str, ...]  # lower case, as rules compare it
    pos: tuple[str, ...]
    tag: tuple[str, ...]
    is_space: tuple[bool, ...]


def token_view(doc: Doc) -> TokenView:
    """The doc's words as plain values, worked out on the first request and kept on it."""
    view: TokenView | None = doc.user_data.get(_VIEW_KEY)
    if view is None:
        from spacy.attrs import IS_SPACE, LEMMA, LOWER, ORTH, POS, TAG

        # One array of string ids for the whole doc, then each id read once per process:
        # no token object is made, and a record's words recur.
        if len(doc):
            rows = doc.to_array([ORTH, LOWER, LEMMA, POS, TAG]).T.tolist()
            spaces = doc.to_array([IS_SPACE]).tolist()
        else:
            rows, spaces = [[], [], [], [], []], []
        text, lower, lemma, pos, tag = (_read(doc, column) for column in rows)
        view = TokenView(
            text, lower, tuple(word.lower() for word in lemma), pos, tag,
            tuple(bool(flag) for flag in spaces),
        )  # fmt: skip
        doc.user_data[_VIEW_KEY] = view
    return view


def view_of_copy(copy: Doc, view: TokenView, start: int, end: int) -> None:
    """Keep on ``copy``, a doc copied from tokens ``start`` to ``end`` of a doc whose view is
    ``view`` (their text, lemmas, tags and parts of speech copied as they are), the view of
    those tokens: the same values ``token_view`` would read from the copy again."""
    copy.user_data[_VIEW_KEY] = TokenView(
        view.text[start:end],
        view.lower[start:end],
        view.lemma[start:end],
        view.pos[start:end],
        view.tag[start:end],
        view.is_space[start:end],
    )


# String ids already read (the same in every vocabulary); cleared when it grows too big.
_STRINGS: dict[int, str] = {}
_MAX_REMEMBERED = 200_000


def _read(doc: Doc, ids: list[int]) -> tuple[str, ...]:
    strings = _STRINGS
    if len(strings) > _MAX_REMEMBERED:
        strings.clear()
    found: list[str] = []
    for key in ids:
        word = strings.get(key)
        if word is None:
            word = strings[key] = doc.vocab.strings[key] if key else ""
        found.append(word)
    return tuple(found)


def tokens_with_lower(doc: Doc, words: Container[str]) -> Iterator[Token]:
    """The tokens whose lower-case text is one of ``words``, in order: the walk of a rule
    that reads only those, without a token object for every other word."""
    for index, lower in enumerate(token_view(doc).lower):
        if lower in words:
            yield doc[index]


def tokens_with_lemma(doc: Doc, lemmas: Container[str]) -> Iterator[Token]:
    """The tokens whose lower-case lemma is one of ``lemmas``, in order."""
    for index, lemma in enumerate(token_view(doc).lemma):
        if lemma in lemmas:
            yield doc[index]
