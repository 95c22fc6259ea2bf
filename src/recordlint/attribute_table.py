"""A faster stand-in for spaCy's attribute ruler that sets exactly what the ruler sets.

The English pipelines' attribute ruler gives each token its coarse part of speech, its
morphology and some lemmas from a list of patterns, all matched by spaCy's general
Matcher: on short paragraphs that costs about as much as the parser. Nearly every pattern
asks only that a token's tag, lower-case text or text equal a value, so those patterns are
looked up in a table here, token by token; the few others (a dependency label, a set of
words, two tokens) stay with a Matcher of their own.

The ruler's order is kept: every pattern is judged on the tokens as they were before any
was applied, then the matches are applied pattern by pattern, so a later pattern wins, as
the ruler does it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc

# The token fields a pattern may test for equality and still be looked up in the table.
_TABLE_FIELDS = ("TAG", "LOWER", "ORTH")

_Key = tuple[str | None, str | None, str | None]


class AttributeTable:
    """Applies an :class:`AttributeRuler`'s patterns, with the same result on every doc."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.matcher import Matcher

        self.vocab = ruler.vocab
        self._attrs: list[dict[int, Any]] = list(ruler.attrs)
        self._indices: list[int] = list(ruler.indices)
        self._table: dict[_Key, list[int]] = {}
        self._rest = Matcher(ruler.vocab)
        for number, entry in enumerate(ruler.patterns):
            for alternative in entry["patterns"]:
                if _in_table(alternative):
                    fields = alternative[0]
                    key = (fields.get("TAG"), fields.get("LOWER"), fields.get("ORTH"))
                    self._table.setdefault(key, []).append(number)
                else:
                    self._rest.add(str(number), [alternative])
        # Which fields the table's patterns test, so a token is looked up once per shape.
        self._shapes = sorted({tuple(value is not None for value in key) for key in self._table})

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens._retokenize import set_token_attrs

        matches: list[tuple[int, int, int]] = []  # pattern number, start, end
        table, shapes = self._table, self._shapes
        for token in doc:
            fields = (token.tag_, token.lower_, token.orth_)
            for shape in shapes:
                key = tuple(
                    value if used else None for value, used in zip(fields, shape, strict=True)
                )
                for number in table.get(key, ()):  # type: ignore[call-overload]
                    matches.append((number, token.i, token.i + 1))
        if len(self._rest):
            strings = self.vocab.strings
            for match_id, start, end in self._rest(doc, allow_missing=True):
                matches.append((int(strings[match_id]), start, end))
        matches.sort()
        for number, start, end in matches:
            index = self._indices[number]
            position = start + index if index >= 0 else end + index
            if not start <= position < end:
                raise ValueError(f"attribute pattern {number} has no token {index}")
            set_token_attrs(doc[position], self._attrs[number])
        return doc


def _in_table(pattern: list[dict[str, Any]]) -> bool:
    return len(pattern) == 1 and all(
        field in _TABLE_FIELDS and isinstance(value, str) for field, value in pattern[0].items()
    )
