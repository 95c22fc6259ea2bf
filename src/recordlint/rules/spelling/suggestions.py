"""What RL401 says about an unknown word: British forms, suggestions and their order.

American spellings have their British form worked out by pattern; other words get the
dictionary's suggestions, the team's words one edit away, or, for a capitalised word opening
a sentence, only a swapped pair or a dropped letter. Apart from the rule because it is the
costly part, asked only about the words still reported once the record is put together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from recordlint.lexicon import word_list
from recordlint.rules.spelling.scanner import is_title_case
from recordlint.spellcheck import MAX_SUGGESTION_CHARS, SpellChecker, offerable

# American spellings and their British forms, as (pattern, replacement) over the lower-case
# word; replacements may use the pattern's groups. Contexts are kept narrow because a match
# whose result is a dictionary word is reported as a near-certain fix.
_AMERICAN_TO_BRITISH: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"or(?=s?$|ed$|ing$|al$|ally$|ful|ite|able|ably|less|ism|ist)"), "our"),
    (re.compile(r"(?<=m)old"), "ould"),
    (re.compile(r"(?<=[bcdfghklmnprstvz])er(?=s?$|ed$)"), "re"),
    # "centered", "centering": the British "centred", "centring" drop the "e" before an
    # ending that opens with a vowel.
    (re.compile(r"(?<=[bcdfghklmnprstvz])er(?=ed$|ing$)"), "r"),
    (re.compile(r"iz(?=e|ing|ation)"), "is"),
    (re.compile(r"yz(?=e|ing)"), "ys"),
    (re.compile(r"og(?=s?$)"), "ogue"),
    (re.compile(r"ense(?=s?$)"), "ence"),
    (re.compile(r"(?<![aeiou])e(?=[mdst])"), "ae"),
    (re.compile(r"(?<![aeiou])e(?=[abdnst])"), "oe"),
    (re.compile(r"(?<=[aeiou])l(?=(?:ed|ing|er|ers|or|ors)$)"), "ll"),
    (re.compile(r"(fulfi|enro|insta|ski|wi|disti|insti)ll"), r"\1l"),
    (re.compile(r"(?<=practi)c(?=ing|ed)"), "s"),
    (re.compile(r"(?<=g)(?=ing$)"), "e"),
)
# American spellings no pattern covers.
_IRREGULAR = {
    "aluminum": "aluminium",
    "artifact": "artefact",
    "cozy": "cosy",
    "jewelry": "jewellery",
    "maneuver": "manoeuvre",
    "mustache": "moustache",
    "pajamas": "pyjamas",
    "plow": "plough",
    "skeptic": "sceptic",
}
# Which suggestion is likeliest: a swapped pair of letters, then a dropped letter, then the
# reader's order (the dictionary has no word frequencies to rank by).
_SWAPPED, _DROPPED, _OTHER = 0, 1, 2
_SUGGESTIONS_CONSIDERED = 10
_SUGGESTIONS_SHOWN = 5
_MIN_CAPITALISED_SLIP = 5
# The shortest capitalised word opening a sentence read as an everyday word with a letter
# too many; the names in the development records one letter over a word are shorter.
_MIN_CAPITALISED_EXTRA_LETTER = 10


_SHAPE_LETTERS = "x"
_MIN_SHAPE_WORD = 3


# What is reported about an unknown word: the message, the suggestions, and whether the
# first suggestion is a safe fix.
Advice = tuple[str, tuple[str, ...], bool]


def _british_forms(word: str, checker: SpellChecker) -> list[str]:
    lowered = word.casefold()
    forms: list[str] = [_IRREGULAR[lowered]] if lowered in _IRREGULAR else []
    for pattern, replacement in _AMERICAN_TO_BRITISH:
        for match in pattern.finditer(lowered):
            form = lowered[: match.start()] + match.expand(replacement) + lowered[match.end() :]
            if form != lowered and form not in forms and checker.is_correct(form):
                forms.append(form)
    return [_same_case(word, form) for form in forms]


def _same_case(model: str, word: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def written_together(word: str, suggestions: Sequence[str]) -> bool:
    """Whether the first suggestion is the word itself split in two ("anymore", "any more")."""
    if not suggestions:
        return False
    first = suggestions[0]
    joined = first.replace(" ", "").replace("-", "")
    return first != joined and joined.casefold() == word.casefold()


def advice_on(
    text: str, sentence_start: bool, checker: SpellChecker, team_words: frozenset[str]
) -> Advice | None:
    """What to say about the unknown word ``text``; None when it is taken to be a name."""
    if len(text) > MAX_SUGGESTION_CHARS:
        # No word is this long; looking for one an edit away would cost time that grows
        # faster than the word does.
        message = (
            f'"{_clipped(text)}" is not in the British English dictionary; check the spelling.'
        )
        return message, (), False
    british = _british_forms(text, checker)
    if len(british) == 1:
        suggestions = [british[0], *(s for s in checker.suggest(text) if s != british[0])]
        message = f'"{text}" is the American spelling; use the British "{british[0]}".'
        return message, tuple(suggestions), True
    contraction = _contraction_without_apostrophe(text, checker)
    if sentence_start and is_title_case(text):
        # Most capitalised unknown words opening a sentence are names ("Salma", "Gemma" and
        # "Aled" are one letter from "salsa", "gamma" and "led"), so only a swapped pair or a
        # dropped letter in a longer everyday word counts ("Immediatly", "Recieved"), or a
        # contraction that lost its apostrophe ("Didnt"): no name is spelt so. This also
        # spares names the slow full suggestion search.
        suggestions = _slip_corrections(text, checker)
        if not suggestions and contraction is None:
            return None
    else:
        found = checker.suggest(text, limit=_SUGGESTIONS_CONSIDERED)
        suggestions = _ranked(text, [*_near_team_words(text, team_words), *found])
    split = contraction or _two_grammar_words(text) or _grammar_word_cut_short(text)
    if split is not None:
        suggestions = [split, *(s for s in suggestions if s != split)]
    suggestions = [_spaced(text, s) for s in suggestions[:_SUGGESTIONS_SHOWN]]
    if suggestions:
        message = (
            f'"{text}" is not in the British English dictionary; did you mean "{suggestions[0]}"?'
        )
    else:
        message = (
            f'"{text}" is not in the British English dictionary; check the spelling, or add '
            "it to the team's words if it is right."
        )
    return message, tuple(suggestions), False


# The endings of English contractions, each with its apostrophe, after a word of grammar
# (the shared list: "do", "have", "you", "that") or "I". Another word before the ending is
# no contraction a note drops the apostrophe of: "Darent" is the river's name, not
# "daren't", and "Johns" is "John's" to the dictionary.
_CONTRACTION_ENDINGS = ("n't", "'m", "'ve", "'re", "'ll", "'d", "'s")
_FIRST_PERSON = "i"


def _contraction_without_apostrophe(word: str, checker: SpellChecker) -> str | None:
    """The contraction ``word`` is with its apostrophe lost ("dont", "didnt", "havent",
    "im", "youre", "thats"): what was meant, however near another word the letters are
    ("dent", "dint", "haven"), since messages and quick notes drop the apostrophe far more
    often than they make those slips."""
    lowered = word.casefold()
    for ending in _CONTRACTION_ENDINGS:
        bare = ending.replace("'", "")
        stem = lowered[: -len(bare)]
        if not lowered.endswith(bare):
            continue
        if stem != _FIRST_PERSON and stem not in word_list("function_word"):
            continue
        contraction = ("I" if stem == _FIRST_PERSON else stem) + ending
        if checker.is_correct(contraction):
            return _same_case(word, contraction)
    return None


# The shortest front of a word of grammar that is read as that word cut short ("tho",
# "altho"); "al" or "th" is no such cut.
_MIN_GRAMMAR_CUT = 3


def _grammar_word_cut_short(word: str) -> str | None:
    """The one word of grammar (the shared list) that ``word`` is the front of, cut short
    as notes and messages cut it ("altho" for "although", "thro" for "through", which is
    also the front of "throughout"): that word is what was meant, however near a rarer
    word ("alto", "throb") the letters are. "tho" may be "though" or "those", and is left
    to the dictionary."""
    lowered = word.casefold()
    if len(lowered) < _MIN_GRAMMAR_CUT or not lowered.isalpha():
        return None
    longer = [
        grammar
        for grammar in word_list("function_word")
        if grammar.startswith(lowered) and len(grammar) > len(lowered) and " " not in grammar
    ]
    shortest = [w for w in longer if not any(w != o and w.startswith(o) for o in longer)]
    return _same_case(word, shortest[0]) if len(shortest) == 1 else None


def _spaced(word: str, suggestion: str) -> str:
    """The word split in two, written as two words where a part is a word of grammar
    (the shared list: "askfor" is "ask for", "concernwith" "concern with",
    "beforesending" "before sending"): a space was lost, and "ask-for" would not read in
    its sentence. Two nouns, verbs or adjectives stay joined by the hyphen
    ("speaker-phone"), and so does a compound with an adverb particle, from the shared
    list ("call-out", "sing-along", "under-reported")."""
    parts = suggestion.split("-")
    if len(parts) != 2 or "".join(parts).casefold() != word.casefold():
        return suggestion
    lowered = [part.casefold() for part in parts]
    if not any(part in word_list("function_word") for part in lowered):
        return suggestion
    if any(part in word_list("compound_particle") for part in lowered):
        return suggestion
    return " ".join(parts)


# Words of grammar run together are at least two letters each ("at my", "to the").
_MIN_GRAMMAR_PART = 2


def _two_grammar_words(word: str) -> str | None:
    """Two words of grammar run together, a space lost ("atmy", "tothe", "anymore"):
    written apart, they are likelier than any word an edit away ("atomy", "tithe")."""
    lowered = word.casefold()
    grammar = word_list("function_word")
    particles = word_list("compound_particle")
    for index in range(_MIN_GRAMMAR_PART, len(lowered) - _MIN_GRAMMAR_PART + 1):
        left, right = lowered[:index], lowered[index:]
        if left in particles or right in particles:
            continue  # "callout": a call-out, not "call out"
        if left in grammar and right in grammar:
            return _same_case(word, f"{left} {right}")
    return None


def _clipped(text: str, keep: int = MAX_SUGGESTION_CHARS) -> str:
    return text if len(text) <= keep else f"{text[:keep]}…"


def _slip_corrections(word: str, checker: SpellChecker) -> list[str]:
    """Everyday words that ``word`` is a swapped pair or a dropped letter away from, or,
    in a long word, a letter too many."""
    lowered = word.casefold()
    candidates = []
    if lowered[0] in _SHAPE_LETTERS and len(lowered) > _MIN_SHAPE_WORD:
        # "Xray": the letter lost its hyphen. ("Tshirt" and "Uturn" are rare in records, and
        # "Thacker" is a name.)
        candidates.append(f"{lowered[0]}-{lowered[1:]}")
    if len(lowered) >= _MIN_CAPITALISED_SLIP:
        candidates += (
            lowered[:index] + lowered[index + 1] + lowered[index] + lowered[index + 2 :]
            for index in range(len(lowered) - 1)
        )
        candidates += (
            lowered[:index] + letter + lowered[index:]
            # A dropped first letter is rare; "Eilidh" is not "ceilidh".
            for index in range(1, len(lowered) + 1)
            for letter in "abcdefghijklmnopqrstuvwxyz"
        )
    if len(lowered) >= _MIN_CAPITALISED_EXTRA_LETTER:
        # A letter too many inside the word ("Equiptment", "Appologised"): in a shorter word
        # the letter left out as often leaves a name as a word ("Sandhu", "Folake": "sadhu",
        # "flake"), and a letter after a whole word makes a brand of it ("Frameworki").
        candidates += (
            lowered[:index] + lowered[index + 1 :] for index in range(1, len(lowered) - 1)
        )
    found: list[str] = []
    for candidate in candidates:
        if (
            candidate != lowered
            and candidate not in found
            and checker.is_correct(candidate)
            and offerable(candidate)
        ):
            found.append(candidate)
    return [_same_case(word, candidate) for candidate in found]


def _near_team_words(word: str, team_words: frozenset[str]) -> list[str]:
    """The team's words one edit from ``word``: the dictionary's suggestions never hold them."""
    lowered = word.casefold()
    return [
        _same_case(word, team_word)
        for team_word in sorted(team_words)
        if _one_edit_apart(lowered, team_word.casefold())
    ]


def _one_edit_apart(first: str, second: str) -> bool:
    if len(first) == len(second):
        differ = _differences(first, second)
        return len(differ) == 1 or _swapped(first, second)
    return _dropped(first, second) or _dropped(second, first)


def _differences(first: str, second: str) -> list[int]:
    return [index for index, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]


def _swapped(typed: str, meant: str) -> bool:
    """Two neighbouring letters typed the wrong way round ("recieved")."""
    if len(typed) != len(meant):
        return False
    differ = _differences(typed, meant)
    return (
        len(differ) == 2
        and differ[1] == differ[0] + 1
        and typed[differ[0]] == meant[differ[1]]
        and typed[differ[1]] == meant[differ[0]]
    )


def _dropped(typed: str, meant: str) -> bool:
    """One letter left out ("shoping")."""
    return len(meant) == len(typed) + 1 and any(
        meant[:index] + meant[index + 1 :] == typed for index in range(len(meant))
    )


def _ranked(word: str, suggestions: Iterable[str]) -> list[str]:
    return sorted(suggestions, key=lambda suggestion: _slip(word.casefold(), suggestion.casefold()))


def _slip(typed: str, meant: str) -> int:
    if _swapped(typed, meant):
        return _SWAPPED
    return _DROPPED if _dropped(typed, meant) else _OTHER
