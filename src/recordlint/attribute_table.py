"""A faster stand-in for spaCy's attribute ruler that sets exactly what the ruler sets.

The English pipelines' attribute ruler gives each token its coarse part of speech, its
morphology and some lemmas from a list of patterns, all matched by spaCy's general
Matcher: on short paragraphs that costs about as much as the parser. Nearly every pattern
tests one token's tag, text, dependency label or whether it is a space, against a value or
a set of values: those patterns are judged here, each looked up by the word or tag it
wants; the few others (two tokens, a regular expression) stay with a Matcher of their own.

The ruler's order is kept: every pattern is judged on the tokens as they were before any
was applied, then the matches are applied pattern by pattern, so a later pattern wins, as
the ruler does it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from spacy.pipeline import AttributeRuler
    from spacy.tokens import Doc, Token

# What a one-token pattern may test and still be judged here, and the Token attribute the
# Matcher reads for it (a missing dependency label reads as "", as the Matcher reads it).
_ATTRIBUTES = {
    "TAG": "tag_",
    "LOWER": "lower_",
    "ORTH": "orth_",
    "DEP": "dep_",
    "IS_SPACE": "is_space",
}
# Fields whose wanted values make a pattern's key in the table, most selective first.
_KEY_FIELDS = ("LOWER", "ORTH", "TAG")

# Remembered combinations of a token's tested attributes, at most.
_MAX_REMEMBERED = 200_000

# One test of a token: its attribute, and the values it must be in (or, negated, not in).
_Check = tuple[str, frozenset[Any], bool]


class AttributeTable:
    """Applies an :class:`AttributeRuler`'s patterns, with the same result on every doc."""

    def __init__(self, ruler: AttributeRuler) -> None:
        from spacy.matcher import Matcher

        self.vocab = ruler.vocab
        self._attrs: list[dict[int, Any]] = list(ruler.attrs)
        self._indices: list[int] = list(ruler.indices)
        # attribute -> value -> (pattern number, the pattern's other checks)
        self._table: dict[str, dict[Any, list[tuple[int, tuple[_Check, ...]]]]] = {}
        self._everywhere: list[tuple[int, tuple[_Check, ...]]] = []
        self._rest = Matcher(ruler.vocab)
        # What the first token of each of the Matcher's patterns must pass; None where some
        # pattern's first token cannot be judged here (then the Matcher always runs).
        self._rest_openings: list[tuple[_Check | _RegexCheck, ...]] | None = []
        # The same keys as _judged -> whether such a token may open one of those patterns
        self._may_open: dict[tuple[int, ...], bool] = {}
        # (tag, lower, orth, dep, is_space) hashes -> the one-token patterns passed
        self._judged: dict[tuple[int, ...], tuple[int, ...]] = {}
        # the same keys -> what those patterns set, applied in order, as one mapping; None
        # where they cannot be applied as one (see _folded)
        self._folded: dict[tuple[int, ...], dict[int, Any] | None] = {}
        for number, entry in enumerate(ruler.patterns):
            alternatives = cast("list[list[dict[str, Any]]]", entry["patterns"])
            for alternative in alternatives:
                checks = _checks(alternative)
                if checks is None:
                    self._rest.add(str(number), [alternative])
                    opening = _opening_checks(alternative)
                    if opening is None or self._rest_openings is None:
                        self._rest_openings = None
                    else:
                        self._rest_openings.append(opening)
                    continue
                keyed = next((c for c in checks if not c[2] and c[0] in _KEYED), None)
                if keyed is None:
                    self._everywhere.append((number, checks))
                    continue
                others = tuple(c for c in checks if c is not keyed)
                values = self._table.setdefault(keyed[0], {})
                for value in keyed[1]:
                    values.setdefault(value, []).append((number, others))

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, TAG
        from spacy.tokens._retokenize import set_token_attrs

        # Which one-token patterns a token passes depends only on the attributes they test,
        # and a record repeats the same words with the same tags, so each combination is
        # judged once: the combinations are read for the whole doc in one array.
        judged = self._judged
        rows: Any = doc.to_array([TAG, LOWER, ORTH, DEP, IS_SPACE])
        keys = [tuple(row) for row in rows.tolist()]
        passed: list[tuple[int, ...]] = []
        for position, key in enumerate(keys):
            numbers = judged.get(key)
            if numbers is None:
                if len(judged) >= _MAX_REMEMBERED:
                    judged.clear()
                    self._folded.clear()
                    self._may_open.clear()
                numbers = judged[key] = self._patterns_passed(doc[position])
            passed.append(numbers)
        rest: list[tuple[int, int, int]] = []  # pattern number, start, end
        if len(self._rest) and self._may_match_rest(doc, keys):
            strings = self.vocab.strings
            for match_id, start, end in self._rest(doc, allow_missing=True):
                rest.append((int(strings[match_id]), start, end))
        if not rest and self._apply_folded(doc, keys, passed):
            return doc
        matches = [(number, position, position + 1)
                   for position, numbers in enumerate(passed) for number in numbers]  # fmt: skip
        matches.extend(rest)
        matches.sort()
        for number, start, end in matches:
            index = self._indices[number]
            position = start + index if index >= 0 else end + index
            if not start <= position < end:
                raise ValueError(f"attribute pattern {number} has no token {index}")
            set_token_attrs(doc[position], self._attrs[number])
        return doc

    def _apply_folded(
        self, doc: Doc, keys: list[tuple[int, ...]], passed: list[tuple[int, ...]]
    ) -> bool:
        """Set each token's attributes in one step, when only one-token patterns matched:
        False, having changed nothing, where some token's patterns cannot be folded.

        Each attribute the ruler sets is a plain value on the token (or its word), so
        applying a token's patterns one after another, in their order, leaves what the
        last of them to set each attribute set: that is the folded mapping.
        """
        from spacy.tokens._retokenize import set_token_attrs

        folded = [self._folded_for(key, numbers) for key, numbers in zip(keys, passed, strict=True)]
        if any(attrs is None for attrs in folded):
            return False
        for token, attrs in zip(doc, folded, strict=True):
            if attrs:
                set_token_attrs(token, attrs)
        return True

    def _folded_for(self, key: tuple[int, ...], numbers: tuple[int, ...]) -> dict[int, Any] | None:
        """What the patterns ``numbers`` (those a token with attributes ``key`` passes) set,
        as one mapping; None where they cannot be folded."""
        if key in self._folded:
            return self._folded[key]
        attrs: dict[int, Any] | None = {}
        for number in sorted(numbers):
            wanted = self._attrs[number]
            # An extension's values are set one by one, and a pattern that sets another
            # token than its own raises an error: both are left to the ordinary path.
            if attrs is None or "_" in wanted or self._indices[number] not in (0, -1):
                attrs = None
                break
            attrs.update(wanted)
        self._folded[key] = attrs
        return attrs

    def _may_match_rest(self, doc: Doc, keys: list[tuple[int, ...]]) -> bool:
        """Whether the Matcher's patterns may match ``doc``: False only where no token
        passes the tests of any of those patterns' first token, so none can start."""
        openings = self._rest_openings
        if openings is None:
            return True
        may_open = self._may_open
        for position, key in enumerate(keys):
            found = may_open.get(key)
            if found is None:
                token = doc[position]
                found = may_open[key] = any(
                    all(_passes_one(token, check) for check in checks) for checks in openings
                )
            if found:
                return True
        return False

    def _patterns_passed(self, token: Token) -> tuple[int, ...]:
        """The one-token patterns judged here that ``token`` passes."""
        passed: list[int] = []
        for attribute, values in self._table.items():
            for number, checks in values.get(getattr(token, attribute), ()):
                if _passes(token, checks):
                    passed.append(number)
        for number, checks in self._everywhere:
            if _passes(token, checks):
                passed.append(number)
        return tuple(passed)


_KEYED = frozenset(_ATTRIBUTES[field] for field in _KEY_FIELDS)


def _checks(pattern: list[dict[str, Any]]) -> tuple[_Check, ...] | None:
    """A one-token pattern as tests of the token, keyed fields first; None for a pattern
    left to the Matcher (more tokens, a regular expression, another attribute)."""
    if len(pattern) != 1:
        return None
    checks: list[_Check] = []
    for field, wanted in pattern[0].items():
        attribute = _ATTRIBUTES.get(field)
        if attribute is None:
            return None
        if isinstance(wanted, (str, bool)):
            checks.append((attribute, frozenset([wanted]), False))
        elif isinstance(wanted, dict) and len(wanted) == 1 and {*wanted} <= {"IN", "NOT_IN"}:
            operator, values = next(iter(wanted.items()))
            if not all(isinstance(v, str) for v in values):
                return None
            checks.append((attribute, frozenset(values), operator == "NOT_IN"))
        else:
            return None
    order = {_ATTRIBUTES[field]: n for n, field in enumerate(_KEY_FIELDS)}
    return tuple(sorted(checks, key=lambda c: (c[2], order.get(c[0], len(order)))))


# A test of a token's attribute against a regular expression, as the Matcher's REGEX.
_RegexCheck = tuple[str, re.Pattern[str]]


def _opening_checks(pattern: list[dict[str, Any]]) -> tuple[_Check | _RegexCheck, ...] | None:
    """Tests that the first token of a Matcher pattern must pass for the pattern to match
    there; None where that token may be skipped (an operator) or tests something else."""
    if not pattern:
        return None
    checks: list[_Check | _RegexCheck] = []
    for field, wanted in pattern[0].items():
        attribute = _ATTRIBUTES.get(field)
        if attribute is None:
            return None  # "OP" among them: the first token may be left out
        if isinstance(wanted, (str, bool)):
            checks.append((attribute, frozenset([wanted]), False))
        elif isinstance(wanted, dict) and len(wanted) == 1 and {*wanted} <= {"IN", "NOT_IN"}:
            operator, values = next(iter(wanted.items()))
            checks.append((attribute, frozenset(values), operator == "NOT_IN"))
        elif isinstance(wanted, dict) and len(wanted) == 1 and isinstance(wanted.get("REGEX"), str):
            checks.append((attribute, re.compile(wanted["REGEX"])))
        else:
            return None
    return tuple(checks)


def _passes_one(token: Token, check: _Check | _RegexCheck) -> bool:
    if len(check) == 2:
        attribute, pattern = check
        value = getattr(token, attribute)
        return isinstance(value, str) and pattern.search(value) is not None
    attribute, values, negated = check
    return (getattr(token, attribute) in values) is not negated


def _passes(token: Token, checks: tuple[_Check, ...]) -> bool:
    return all((getattr(token, attribute) in values) is not negated
               for attribute, values, negated in checks)  # fmt: skip
