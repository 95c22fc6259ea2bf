"""Words the dictionary lacks that RL401 still accepts.

Medicines by their stem, the clinical terms of the shared list, the words of faith and the
everyday words of the shared lists, shorthand (words with no
vowel, words notes cut short, which the acronym rule reports, and words contracted to their
consonants), dishes, words another rule reports with better advice, closed compounds of two
dictionary words, adjectives made from a known verb with "-able", and words made with "re-"
on a dictionary word ("retendering"). Each test asks the checker about the word and its
parts, never about its place; whether a word with the shape of a cut that is also near a
shorter word ("elec", "probs") is a cut or a slip is for the rule to tell from the record
(:func:`cut_or_slip`, :func:`verdict`).
"""

from __future__ import annotations

import functools
import re

from recordlint.lexicon import borrowed_phrase_words, word_list
from recordlint.metrics import pronouncing_dictionary
from recordlint.names import a_day_or_month
from recordlint.rules.spelling.scanner import WORD, possessive_stem
from recordlint.shortened import (
    clipped_word,
    contracted_word,
    cut_from_a_longer_word,
    cut_participle,
)
from recordlint.spellcheck import SpellChecker

# Medicine names the dictionary lacks usually carry a pharmacological stem (the WHO's
# International Nonproprietary Names): statins, beta blockers, ACE inhibitors and so on.
_MEDICINE = re.compile(
    r"""(?:
        amide|amine|amol|apine|azepam|azide|azine|azolam|azole|barb|begron|caine|cillin|clav
        |clone|codamol|codone|cycline|dipine|dopa|dronate|dronic|fenacin|ferol|flozin|floxacin
        |gabalin|giline|gliptin|glitazone|idone|lukast|mab|macrogol|morph|mycin|navir|olol|olone
        |onium|oxetine|parin|pentin|peridol|pexole|pezil|phine|pine|pramine|prazole|pril|profen
        |sartan|setron|sonide|statin|stigmine|terol|tidine|tinib|tiracetam|trigine|triptan
        |triptyline|trolene|ulose|verine|vir|xaban|zepine|zodone
    )s?$""",
    re.VERBOSE,
)


# Lexicons whose words other rules report with better advice: shorthand ("appt", "hx") is
# the acronym rule's, "sundowning" the judgemental rule's, "deconditioned" the jargon rule's.
_LEXICONS_OF_OTHER_RULES = (
    "acronyms",
    "jargon",
    "judgemental",
    "legal-terms",
    "never-flag",
    "titles",
)
_INFLECTIONS = ("s", "es", "ed", "d", "ing", "ings")


@functools.cache
def _words_of_other_rules() -> frozenset[str]:
    from recordlint.lexicon import load_lexicon

    words = {
        match.group().casefold()
        for name in _LEXICONS_OF_OTHER_RULES
        for entry in load_lexicon(name).entries
        if getattr(entry, "kind", None) != "phrase"
        for match in WORD.finditer(entry.term)
    }
    # Of a phrase borrowed from Latin ("compos mentis", "ex parte") only the words the
    # dictionary lacks alone are owned, so that "ex" does not make shorthand such as "exs"
    # (exercises) a plural of a known word.
    checker = SpellChecker.default()
    words.update(word for word in _borrowed_words() if not checker.is_correct(word))
    return frozenset(words)


@functools.cache
def _borrowed_words() -> frozenset[str]:
    """The words of a phrase English borrows whole from Latin ("compos mentis", "ex
    parte"), in lower case: whatever their shape ("parte" is the front of "parterre"),
    no note shorthand."""
    return frozenset(word.casefold() for word in borrowed_phrase_words())


def _reported_by_other_rules(word: str) -> bool:
    lowered = word.casefold()
    owned = _words_of_other_rules()
    if lowered in owned:
        return True
    for ending in _INFLECTIONS:
        stem = lowered.removesuffix(ending)
        if stem != lowered and (stem in owned or f"{stem}e" in owned):
            return True
    return False


def _looks_like_medicine(word: str) -> bool:
    return bool(_MEDICINE.search(word.casefold()))


def _names_a_dish(word: str) -> bool:
    """A dish from the kitchen of someone a service supports ("fufu", "dhal", "chapatis"):
    its name, as they call it, not a misspelling (the shared list of dishes)."""
    return _on_the_list(word, "dish")


def _own_word_for_it(word: str) -> bool:
    """A word of the faith of someone a service supports for a place, practice or thing
    ("mandir", "langar", "wudu"), the name of a piece of their clothing ("chunni"), or an
    everyday British word for a thing ("brekkie", "wellies"), which the dictionary lacks:
    the word people use, not a misspelling (the shared lists ``faith_word``,
    ``dress_word`` and ``everyday_word``)."""
    return any(_on_the_list(word, name) for name in ("faith_word", "dress_word", "everyday_word"))


def _names_a_clinical_term(word: str) -> bool:
    """A condition, procedure or device of health care that a record about someone's care
    names ("dysreflexia", "tracheostomy", "suprapubic"), which the general dictionary lacks:
    a term, not a misspelling (the shared list of clinical terms)."""
    return _on_the_list(word, "clinical_term")


_HYPHEN = re.compile(r"[-\u2010\u2011]")


def _joins_a_clinical_term(word: str, checker: SpellChecker) -> bool:
    """A term of health care joined by a hyphen to a word the dictionary knows, or to another
    such term ("tonic-clonic" seizures, "post-ictal"): a term, as the part alone is."""
    parts = _HYPHEN.split(word)
    if len(parts) < 2 or not all(parts):
        return False
    terms = [_names_a_clinical_term(part) for part in parts]
    return any(terms) and all(
        term or checker.is_correct(part) for part, term in zip(parts, terms, strict=True)
    )


def _on_the_list(word: str, name: str) -> bool:
    """The word, or its plural ("chapatis", "nephrostomies"), on one of the shared word
    lists."""
    words = word_list(name)
    # The possessive of a listed word is that word ("the mandir's driver").
    folded = possessive_stem(word.casefold())
    if folded.endswith("ies") and f"{folded.removesuffix('ies')}y" in words:
        return True
    return folded in words or any(
        folded.removesuffix(ending) in words for ending in ("s", "es") if folded.endswith(ending)
    )


# Names short enough to be shorthand or a slip in lower case ("ur" is "your", not the city
# "Ur") are no such word.
_SHORTEST_NAME_BECOME_A_WORD = 5


def _a_name_become_a_word(word: str, checker: SpellChecker) -> bool:
    """A word the dictionary knows only with its capital, as the name it came from, written
    in lower case as English writes the thing named after it ("reads braille", "a
    parkinsonian gait", "vaseline", "calor gas"). A day or a month is still written with
    its capital ("sunday", "april" stay reported), and a word the checker can also spell
    as an ordinary word is a slip or an American spelling ("center": "centre"; "mold":
    "mould")."""
    if not (
        len(word) >= _SHORTEST_NAME_BECOME_A_WORD
        and word.isalpha()
        and word.islower()
        and checker.is_correct(word.capitalize())
        and not a_day_or_month(word)
        and not (word.endswith("s") and a_day_or_month(word[:-1]))
    ):
        return False
    suggestions = checker.suggest(word)
    return suggestions[:1] == (word.capitalize(),) and not any(
        suggestion[:1].islower() for suggestion in suggestions
    )


def _looks_like_shorthand(word: str) -> bool:
    """No vowel at all ("hx", "wks", "pls", "thx"): clinical or texting shorthand."""
    return not any(letter in "aeiouy" for letter in word.casefold())


# The lengths of a word notes cut short ("inj", "interp", "contrib"), as the acronym rule
# reads them.
_SHORTEST_CUT, _LONGEST_CUT = 3, 7


def _cut_short(word: str, checker: SpellChecker) -> bool:
    """A word notes cut short, which the acronym rule reports as shorthand: the front of a
    longer word ("indep", "interp", "accom"; "Interp" opening a sentence) or a past
    participle cut to its front and an apostrophe ("rec'd", "dec'd")."""
    lowered = word.lower()
    if cut_participle(lowered):
        return True
    return (
        _shaped_as_a_cut(word) and clipped_word(lowered) and not _a_letter_dropped(lowered, checker)
    )


def _contracted(word: str) -> bool:
    """A word notes contracted to its consonants ("assmt", "wkly"; "Assmt" opening a
    sentence): shorthand, which the acronym rule's readers know as such, not a slip."""
    return (word.islower() or word[1:].islower()) and contracted_word(word.lower())


def cut_or_slip(word: str) -> bool:
    """A word with the shape of a cut ("tho", "thru", "yest", "strat") that
    :func:`_cut_short` still leaves to be reported, since it is the front of a word of
    grammar ("though", "through") or a vowel more makes it a word ("yeast", "strait"): a
    cut in notes written in shorthand, a slip ("stil", "thro") in prose. The rule asks
    the record which it is (:func:`verdict`)."""
    return _shaped_as_a_cut(word) and cut_from_a_longer_word(word.lower())


def _shaped_as_a_cut(word: str) -> bool:
    """A word of the length notes cut words to, in plain letters, in lower case or opening
    with a capital: the shape both questions above ask of a word before the dictionary."""
    lowered = word.lower()
    return (
        _SHORTEST_CUT <= len(lowered) <= _LONGEST_CUT
        and lowered.isascii()
        and lowered.isalpha()
        and (word.islower() or word[1:].islower())
    )


@functools.cache
def _lexicon_shorthand() -> frozenset[str]:
    """The acronym lexicon's note shorthand written in lower case ("wks", "appt", "obvs")."""
    from recordlint.lexicon import load_lexicon

    return frozenset(
        entry.term
        for entry in load_lexicon("acronyms").entries
        if getattr(entry, "kind", None) == "shorthand" and entry.term.isalpha()
        if entry.term.islower()
    )


def _note_shorthand(word: str, checker: SpellChecker) -> bool:
    """An accepted word the dictionary does not know that is note shorthand in lower case,
    and not the dictionary's with a full stop either ("etc.", "hrs." are the abbreviations
    of prose): the lexicon's ("wks", "tbh", "appts"), a word with no vowel ("hx", "pw"), a
    word cut short ("indep"), a word contracted ("assmt") or a past participle cut to an
    apostrophe ("rec'd")."""
    if not word.islower() or checker.is_correct(f"{word}.") or word in _borrowed_words():
        return False
    if cut_participle(word):
        return True
    if not word.isalpha():
        return False
    terms = _lexicon_shorthand()
    return (
        word in terms
        or (word.endswith("s") and word[:-1] in terms)
        or _looks_like_shorthand(word)
        or _cut_short(word, checker)
        or contracted_word(word)
    )


_VOWELS = "aeiou"


def _a_letter_dropped(word: str, checker: SpellChecker) -> bool:
    """A word a vowel short beside another vowel ("cort" for "court", "color" for
    "colour"): a slip, however it looks cut from a longer word ("cortex", "colorectal").
    Notes cut words at consonants ("interp", not "interop"). A word a letter short at its
    end is a cut ("neuro", "prio", "elec"), unless it is the front of a word of grammar
    ("reall", "stil"), which :func:`clipped_word` sets aside."""
    for index in range(1, len(word) + 1):
        beside_a_vowel = word[index - 1] in _VOWELS or word[index : index + 1] in tuple(_VOWELS)
        if beside_a_vowel and any(
            checker.is_correct(word[:index] + vowel + word[index:]) for vowel in _VOWELS
        ):
            return True
    return False


def is_acceptable(word: str, before_full_stop: bool, checker: SpellChecker) -> bool:
    return verdict(word, before_full_stop, checker)[0]


def verdict(word: str, before_full_stop: bool, checker: SpellChecker) -> tuple[bool, bool]:
    """Whether the word is accepted, and whether it is accepted as note shorthand, which
    tells that the record is written in it (:func:`cut_or_slip`)."""
    if checker.is_correct(word):
        return True, False
    accepted = _accepted_unknown(word, before_full_stop, checker)
    return accepted, accepted and _note_shorthand(word, checker)


def _accepted_unknown(word: str, before_full_stop: bool, checker: SpellChecker) -> bool:
    if before_full_stop and checker.is_correct(f"{word}."):
        return True  # "etc.", "approx."
    if _reported_by_other_rules(word):
        return True
    if _able_from_a_known_verb(word, checker):
        return True
    if _looks_like_medicine(word) or _looks_like_shorthand(word) or _cut_short(word, checker):
        return True
    if _contracted(word):
        return True
    if _names_a_dish(word) or _own_word_for_it(word) or _names_a_clinical_term(word):
        return True
    if _joins_a_clinical_term(word, checker):
        return True
    if _a_name_become_a_word(word, checker):
        return True
    if _done_again(word, checker) or _prefixed_closed(word, checker):
        return True
    return _closed_compound(word, checker)


# A closed compound ("timesheets", "freepost", "speakerphone") is two words that both
# change their form as nouns, verbs and adjectives do ("times", "sheeted", "freer"), each of
# four letters or more, neither a word of grammar (the shared list of function words).
# Words of grammar ("every", "each", "with", "have") and short words ("any", "you") make the
# run-together slips "everytime", "eachother", "concernwith", "personhave", "anymore" and
# "thankyou", which stay reported.
_MIN_COMPOUND_PART = 4
# The compounds English writes closed that the dictionary lacks mostly open with a short
# word ("time", "help", "free", "drop", "case", "deaf", "handy"). Two longer words written
# as one ("assessmentform", "professionalinterest") are a lost space, unless the
# larger pronouncing dictionary lists the whole ("speakerphone", "rollercoaster").
_MAX_OPEN_FIRST_PART = 5
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "r", "ly")
_Y_ENDINGS = ("ies", "ied", "ier", "ily")
_STEM_ENDINGS = ("s", "es", "ed", "ing")
_E_DROPPING_ENDINGS = ("ed", "ing")


def _closed_compound(word: str, checker: SpellChecker) -> bool:
    """Two dictionary words written as one ("timesheets", "freepost", "handyperson"), as
    English writes many compounds the dictionary does not list, and nothing closer
    explains the word: a word one edit or two slips of the fingers away makes it a
    misspelling ("tearfull" is "tearful", "sandwhich" "sandwich", "discused" "discussed"),
    however it splits."""
    lowered = word.lower()
    if len(lowered) < 2 * _MIN_COMPOUND_PART or not lowered.isalpha():
        return False
    splits = [
        index
        for index in range(_MIN_COMPOUND_PART, len(lowered) - _MIN_COMPOUND_PART + 1)
        if _open_class_word(lowered[:index], checker) and _open_class_word(lowered[index:], checker)
    ]
    if not splits:
        return False
    if min(splits) > _MAX_OPEN_FIRST_PART and lowered not in pronouncing_dictionary():
        return False  # "assessmentform": two longer words, a space lost
    # The checker offers closer words first, and the word split by a hyphen only when there
    # are none.
    return all("-" in suggestion for suggestion in checker.suggest(lowered))


@functools.cache
def _function_words() -> frozenset[str]:
    from recordlint.lexicon import word_list

    return word_list("function_word")


def _open_class_word(part: str, checker: SpellChecker) -> bool:
    """A dictionary word that takes an ending or carries one: a noun, verb or adjective
    ("time", "sheets", "handy"), not a word of grammar ("every", "with", "have")."""
    if part in _function_words() or not checker.is_correct(part):
        return False
    forms = [part + ending for ending in _ENDINGS]
    if part.endswith("y"):
        forms += [part[:-1] + ending for ending in _Y_ENDINGS]
    if any(checker.is_correct(form) for form in forms):
        return True
    return any(
        part.endswith(ending)
        and len(part) - len(ending) >= _MIN_COMPOUND_PART - 1
        and _known_stem(part[: -len(ending)], ending, checker)
        for ending in _STEM_ENDINGS
    )


def _known_stem(stem: str, ending: str, checker: SpellChecker) -> bool:
    """The word before an ending, or before one that took the place of its final "e"
    ("homed" and "homing" from "home", "sizing" from "size", "prioritised")."""
    if checker.is_correct(stem):
        return True
    return ending in _E_DROPPING_ENDINGS and checker.is_correct(f"{stem}e")


# English makes a word for doing something again from almost any verb with "re-", written
# closed ("retendering" a contract, "recarpeting" a room), and the dictionary lists only
# some ("rehomed", "reprioritised"). The rest must be a word of five letters or more that
# takes an ending (:func:`_open_class_word`), so "reall" (for "really") is no such word,
# and, as for a closed compound, nothing one edit or two slips away explains it better:
# "refering" is "referring", "retender" may be "pretender", and both stay reported.
_AGAIN = "re"
_MIN_REDONE_STEM = 5


def _done_again(word: str, checker: SpellChecker) -> bool:
    lowered = word.lower()
    if not lowered.startswith(_AGAIN) or not lowered.isalpha():
        return False
    stem = lowered.removeprefix(_AGAIN)
    if len(stem) < _MIN_REDONE_STEM or not _open_class_word(stem, checker):
        return False
    return all("-" in suggestion for suggestion in checker.suggest(lowered))


# English writes "over" and "under" closed onto a word as prefixes of degree or place
# ("overgranulation" of a wound, "underreported", an "overbath" shower), and the dictionary
# lists only some ("overtired", "underfunded"). The word after the prefix must be one of
# four letters or more that takes an ending, and nothing one edit or two slips away may
# explain the whole better: "overwelmed" is "overwhelmed" and stays reported. The
# prefixes are a shared word list; other particles written closed ("backpain") are a
# space lost, and stay reported too.


def _prefixed_closed(word: str, checker: SpellChecker) -> bool:
    lowered = word.lower()
    if not lowered.isalpha():
        return False
    for prefix in word_list("closed_prefix"):
        stem = lowered.removeprefix(prefix)
        if stem != lowered and len(stem) >= _MIN_COMPOUND_PART and _open_class_word(stem, checker):
            return all("-" in suggestion for suggestion in checker.suggest(lowered))
    return False


# The dictionary lists only some of the adjectives English makes freely from a verb with
# "-able" ("disclosable", "reviewable"); the verb's final "e" drops before it, except after
# a soft "c" or "g", which keeps it ("manageable", so "managable" stays a misspelling), and
# a word spelled "-ible" is not made "-able" ("accessable" stays one too).
_ABLE = "able"
_KEEPS_E = ("ce", "ge")


def _able_from_a_known_verb(word: str, checker: SpellChecker) -> bool:
    lowered = word.lower()
    if not lowered.endswith(_ABLE) or len(lowered) < len(_ABLE) + 4 or not lowered.isalpha():
        return False
    stem = lowered.removesuffix(_ABLE)
    if checker.is_correct(f"{stem}ible"):
        return False  # "accessable", "responsable": the word is spelled "-ible"
    if stem.endswith("e"):  # "manageable", "sizeable": the verb as it is
        return checker.is_correct(stem)
    with_e = f"{stem}e"
    if not with_e.endswith(_KEEPS_E) and checker.is_correct(with_e):
        return True  # "disclosable"
    return checker.is_correct(stem)  # "reviewable", "adjustable"
