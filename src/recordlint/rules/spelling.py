"""RL40x: spelling. British English, checked offline against the en_GB dictionary."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import NamedTuple

from recordlint.findings import Category, Finding, RecordKind, Severity
from recordlint.lexicon import word_list
from recordlint.names import standing_titles
from recordlint.nlp import Need
from recordlint.rules.registry import DocumentContext, Fix, ParagraphContext, finalizer, rule
from recordlint.spellcheck import MAX_SUGGESTION_CHARS, SpellChecker

# A word: letters joined by apostrophes or hyphens. Digits and underscores are matched too
# so that "5mg", "BS23" and "covid_19" come out whole and can be skipped as a unit.
_WORD = re.compile(r"\w+(?:['\u2019\-\u2010\u2011]\w+)*")
_DIGIT_OR_UNDERSCORE = re.compile(r"[\d_]")

# Addresses are not prose: web links, email addresses, bare domains and file names. An
# email address or a domain is only tried where its run of characters starts (not after a
# letter and a dot), so a very long run costs time in proportion to its length.
_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
    r"|(?<![\w\-])(?<![\w\-]\.)[\w\-]+(?:\.[\w\-]+)*"
    r"\.(?:uk|com|org|net|gov|nhs|ac|io|info|docx?|pdf|xlsx?|txt|csv)\b",
    re.IGNORECASE,
)
# Something every address above holds; most paragraphs have none, and this is found far
# faster than the addresses themselves are looked for.
_ADDRESS_HINT = re.compile(
    r"://|www\.|@|\.(?:uk|com|org|net|gov|nhs|ac|io|info|docx?|pdf|xlsx?|txt|csv)\b",
    re.IGNORECASE,
)
_JOINER_SET = frozenset("./@")


# Titles after which a capitalised word is a name even when the title ends with a full stop
# (lexicons/titles.toml), and "St" (Saint) before a place's name.
@functools.cache
def _titles() -> frozenset[str]:
    return standing_titles() | {"st"}


_OPENERS = " \t\"'\u201c\u2018([{*\u2022\u00b7\u2013\u2014-"
_NUMBERED_ITEM = re.compile(r"(?:^|\n)\s*(?:\d+|[a-z])[.)]$")
_SENTENCE_END = ".!?:;"
_WORD_BEFORE_FULL_STOP = re.compile(r"(\w+)\.$")
_POSSESSIVE_ENDING = re.compile(r"['\u2019]s$")

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

# American spellings and their British forms, as (pattern, replacement) over the lower-case
# word; replacements may use the pattern's groups. Contexts are kept narrow because a match
# whose result is a dictionary word is reported as a near-certain fix.
_AMERICAN_TO_BRITISH: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"or(?=s?$|ed$|ing$|al$|ally$|ful|ite|able|ably|less|ism|ist)"), "our"),
    (re.compile(r"(?<=m)old"), "ould"),
    (re.compile(r"(?<=[bcdfghklmnprstvz])er(?=s?$|ed$)"), "re"),
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
_MAX_REMEMBERED = 50_000
# How far back to look for the end of the previous sentence.
_LOOK_BEHIND = 40
# The message an unknown word is flagged with until ``_advise`` gives it its advice, by
# whether the word opens a sentence (indexed by that).
_PENDING = ("\0unknown word", "\0unknown word opening a sentence")
_SHAPE_LETTERS = "x"
_MIN_SHAPE_WORD = 3


# A tuple, not a dataclass: one is made for every word of every paragraph.
class _Word(NamedTuple):
    start: int
    end: int
    text: str
    sentence_start: bool


@functools.cache
def _checker(team_words: frozenset[str]) -> SpellChecker:
    """One checker per set of team words; all share the dictionary loaded once."""
    base = SpellChecker.default()
    return base.with_words(team_words) if team_words else base


# What is reported about an unknown word: the message, the suggestions, and whether the
# first suggestion is a safe fix.
_Advice = tuple[str, tuple[str, ...], bool]


class _Vocabulary:
    """A checker and its verdicts on words, remembered across paragraphs and records."""

    def __init__(self, checker: SpellChecker) -> None:
        self.checker = checker
        self._verdicts: dict[tuple[str, bool], bool] = {}
        # The advice on each unknown word (None: not reported), keyed by the word and
        # whether it opens a sentence: a name opening many sentences is looked at once.
        self._advice: dict[tuple[str, bool], _Advice | None] = {}

    def accepts(self, word: str, before_full_stop: bool) -> bool:
        key = (word, before_full_stop)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = _is_acceptable(word, before_full_stop, self.checker)
            if len(self._verdicts) >= _MAX_REMEMBERED:
                self._verdicts.clear()
            self._verdicts[key] = verdict
        return verdict

    def advice(self, word: str, sentence_start: bool, team_words: frozenset[str]) -> _Advice | None:
        key = (word, sentence_start)
        if key in self._advice:
            return self._advice[key]
        found = _advice(word, sentence_start, self.checker, team_words)
        if len(self._advice) >= _MAX_REMEMBERED:
            self._advice.clear()
        self._advice[key] = found
        return found


@functools.cache
def _vocabulary(team_words: frozenset[str]) -> _Vocabulary:
    return _Vocabulary(_checker(team_words))


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

    words: set[str] = set()
    for name in _LEXICONS_OF_OTHER_RULES:
        for term in load_lexicon(name).terms():
            words.update(match.group().casefold() for match in _WORD.finditer(term))
    return frozenset(words)


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


def _words(text: str) -> Iterable[_Word]:
    """The words to check; only capitalised ones need to know whether they open a sentence."""
    skipped = (
        [match.span() for match in _ADDRESS.finditer(text)] if _ADDRESS_HINT.search(text) else []
    )
    for match in _WORD.finditer(text):
        word = match.group()
        # Letters alone hold no digit or underscore: the pattern is asked only about the rest.
        if len(word) < 2 or (not word.isalpha() and _DIGIT_OR_UNDERSCORE.search(word)):
            continue
        start, end = match.span()
        if skipped and any(s < end and start < e for s, e in skipped):
            continue
        # Most words stand between spaces: only one touching a dot, slash or @ is looked at.
        after, before = text[end : end + 1], text[start - 1 : start] if start else ""
        if (after in _JOINER_SET or before in _JOINER_SET) and _joined_by_dots(text, start, end):
            continue
        yield _Word(start, end, word, word[0].isupper() and _starts_sentence(text, start))


def _joined_by_dots(text: str, start: int, end: int) -> bool:
    """Parts of "i.e", "a.m" or an address the address pattern missed."""
    after = text[end : end + 2]
    before = text[max(0, start - 2) : start]
    return (len(after) == 2 and after[0] in "./@" and after[1].isalnum()) or (
        len(before) == 2 and before[1] in "./@" and before[0].isalnum()
    )


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - _LOOK_BEHIND) : start].rstrip(_OPENERS)
    if not before or before.endswith(("\n", "\r")):
        return True
    if _NUMBERED_ITEM.search(before):
        return True
    if before[-1] not in _SENTENCE_END:
        return False
    previous = _WORD_BEFORE_FULL_STOP.search(before)
    return not (previous and previous.group(1).casefold() in _titles())


def _has_inner_capital(word: str) -> bool:
    """Names and acronyms such as "GamCare", "DoLS", "ADLs"."""
    if word[1:].islower():
        return False
    return any(letter.isupper() for part in re.split(r"[-'\u2019]", word) for letter in part[1:])


def _names_after_hyphen(word: str) -> bool:
    """A word of lower case joined to a name by a hyphen ("mid-January", "non-English")."""
    return any(part[:1].isupper() for part in _HYPHENATED_PARTS.split(word)[1:])


_HYPHENATED_PARTS = re.compile(r"[-\u2010\u2011]")


def _is_title_case(word: str) -> bool:
    return word[0].isupper()


def _looks_like_medicine(word: str) -> bool:
    return bool(_MEDICINE.search(word.casefold()))


def _names_a_dish(word: str) -> bool:
    """A dish from the kitchen of someone a service supports ("fufu", "dhal", "chapatis"):
    its name, as they call it, not a misspelling (the shared list of dishes)."""
    dishes = word_list("dish")
    folded = word.casefold()
    return folded in dishes or any(
        folded.removesuffix(ending) in dishes for ending in ("s", "es") if folded.endswith(ending)
    )


def _looks_like_shorthand(word: str) -> bool:
    """No vowel at all ("hx", "wks", "pls", "thx"): clinical or texting shorthand."""
    return not any(letter in "aeiouy" for letter in word.casefold())


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


@rule(
    code="RL401",
    name="misspelling",
    category=Category.SPELLING,
    standard="2.plain-language",
    severity=Severity.WARNING,
    needs=[Need.TEXT],
    fix=Fix.REVIEW,
    merges=False,
)
def misspelling(ctx: ParagraphContext) -> None:
    """Finds words that are not in the British English dictionary, with suggestions.

    ## Why it matters
    Standard 2 asks for records in plain language that the person and other professionals
    can read. Misspelt words make a record harder to read and to search, and they undermine
    the reader's trust in what it says; a record may be read by the person, their family, a
    court or an ombudsman. Council style is British English, so American spellings such as
    "color" and "center" are reported too.

    ## Example
    Before:
    > We recieved the referral on Monday and arranged a seperate visit.

    After:
    > We received the referral on Monday and arranged a separate visit.

    ## Stays quiet on
    - Names of people, places and organisations. A capitalised word in the middle of a
      sentence that the dictionary does not know is taken to be a name and never checked
      ("Oluwaseun", "Kowalczyk", "Brackenwood Lodge"). A capitalised unknown word at the
      start of a sentence is reported only when two swapped letters or one dropped letter
      make it an everyday word of five letters or more ("Recieved", "Immediatly"; also
      "Xray"), and the same word is not used as a name elsewhere in the record. This costs
      recall (a misspelt word that is capitalised mid-sentence, or "Seperate" opening a
      sentence, is missed), and a rare name one slip from a word ("Tunde", "Tuned") can
      still be reported at a sentence start: add it to the team's words. A capitalised
      unknown word that opens a sentence and is followed by what it names, set off by
      commas ("Haricare, our online directory of services, ..."), is a name too.
    - Medicines: names the dictionary knows, and unknown words carrying a medicine stem
      ("-pril", "-olol", "-statin", "-azepam", "-oxetine", "-amol", "-pine", "-mab" and
      others). Brand names written in lower case belong in the team's words.
    - Dishes from the kitchens of the people services support, by their own names ("light
      soup and fufu", "cooking dhal", "chapatis"), from the shared list of dishes.
    - The team's words (`spelling.words`, the team words file and the team allow list).
    - The person's own quoted words, however they are spelt; in the person's own account,
      American spellings and words the dictionary writes apart written as one ("anymore",
      "rollercoaster"), which are their choice. A slip of the fingers is still reported.
    - Words another rule reports with better advice: shorthand for the acronym rule ("appt",
      "hx", and words with no vowel), "sundowning" for the judgemental rule, "deconditioned"
      for the jargon rule.
    - Web links, email addresses, words in capitals, words with digits, and hyphenated words
      whose parts are all words; a name after the hyphen keeps its capital ("mid-January",
      "pre-Christmas"), so "mid-january" is still reported.
    - Closed compounds of two words the dictionary knows, each of four letters or more and
      each a noun, verb or adjective ("timesheets", "freepost", "speakerphone"), where no
      word one edit or two slips of the fingers away explains the word. "Tearfull" and
      "sandwhich" are still reported (as "tearful" and "sandwich"), and so are run-together
      phrases with a word that takes no ending or a short one ("everytime", "eachother",
      "anymore").
    - Adjectives made from a verb the dictionary knows with "-able" ("disclosable"), which
      the dictionary lists only in part. A word spelled "-ible" written "-able"
      ("accessable") and a soft "c" or "g" that drops its "e" ("managable") are still
      reported.

    ## Settings
    `spelling.words`: extra words to accept, such as local place names, care homes and
    medicine brands; `team.words-file` names a file of them, one a line.

    ## Fix safety
    Suggestions come from British spellings, one edit, and two slips of the fingers (a
    swapped or doubled letter); a word none of those explains is reported with "check the
    spelling" rather than a far-fetched suggestion. Suggestions are offered for review.
    When the word is an American spelling with one British form ("color" to "colour"),
    that form is a safe fix.
    """
    vocabulary = _vocabulary(ctx.config.dictionary_words)
    names: set[str] = set()
    text = ctx.text
    for word in _words(text):
        spelt = word.text
        if _has_inner_capital(spelt) or spelt.isupper():
            continue
        if spelt[0].isupper() and (
            not word.sentence_start or _APPOSITION_SAYING_WHAT.match(text, word.end)
        ):
            names.add(_possessive_stem(spelt).casefold())
            continue
        # Capitalised words keep their case so the dictionary can tell "Bath" the city from
        # a misspelt word; every other word is asked about in lower case, once, except a
        # name after a hyphen, which keeps its capital ("mid-January", "pre-Christmas").
        key = spelt if spelt[0].isupper() or _names_after_hyphen(spelt) else spelt.casefold()
        before_full_stop = text[word.end : word.end + 1] == "."
        if not vocabulary.accepts(key, before_full_stop):
            # What to say about the word is worked out once the record is put together
            # (``_advise``): most unknown words are names or quoted words that are dropped
            # by then, and looking for suggestions is the costly part.
            ctx.flag(word.start, word.end, _PENDING[word.sentence_start])
    if names:
        ctx.facts["spelling.names"] = sorted(names)


# A name followed by what it names, set off by commas: "Haricare, our online directory of
# services, is ...", "Kindred, the home care agency, rang". A misspelt word opening a
# sentence is not followed by a description of itself.
_APPOSITION_SAYING_WHAT = re.compile(
    r",[ \t]+(?:our|the|their|your|its|a|an)[ \t]+[^,.;:!?\n]{1,60},", re.IGNORECASE
)


def _written_together(word: str, suggestions: Sequence[str]) -> bool:
    """Whether the first suggestion is the word itself split in two ("anymore", "any more")."""
    if not suggestions:
        return False
    first = suggestions[0]
    joined = first.replace(" ", "").replace("-", "")
    return first != joined and joined.casefold() == word.casefold()


def _is_acceptable(word: str, before_full_stop: bool, checker: SpellChecker) -> bool:
    if checker.is_correct(word):
        return True
    if before_full_stop and checker.is_correct(f"{word}."):
        return True  # "etc.", "approx."
    if _reported_by_other_rules(word):
        return True
    if _able_from_a_known_verb(word, checker):
        return True
    if _looks_like_medicine(word) or _looks_like_shorthand(word):
        return True
    if _names_a_dish(word):
        return True
    return _closed_compound(word, checker)


# A closed compound ("timesheets", "freepost", "speakerphone") is two words that both
# change their form as nouns, verbs and adjectives do ("times", "sheeted", "freer"), each of
# four letters or more, neither a word of grammar (the shared list of function words).
# Words of grammar ("every", "each", "with", "have") and short words ("any", "you") make the
# run-together slips "everytime", "eachother", "concernwith", "personhave", "anymore" and
# "thankyou", which stay reported.
_MIN_COMPOUND_PART = 4
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "r", "ly")
_Y_ENDINGS = ("ies", "ied", "ier", "ily")
_STEM_ENDINGS = ("s", "es", "ed", "ing")


def _closed_compound(word: str, checker: SpellChecker) -> bool:
    """Two dictionary words written as one ("timesheets", "freepost", "handyperson"), as
    English writes many compounds the dictionary does not list, and nothing closer
    explains the word: a word one edit or two slips of the fingers away makes it a
    misspelling ("tearfull" is "tearful", "sandwhich" "sandwich", "discused" "discussed"),
    however it splits."""
    lowered = word.lower()
    if len(lowered) < 2 * _MIN_COMPOUND_PART or not lowered.isalpha():
        return False
    if not any(
        _open_class_word(lowered[:index], checker) and _open_class_word(lowered[index:], checker)
        for index in range(_MIN_COMPOUND_PART, len(lowered) - _MIN_COMPOUND_PART + 1)
    ):
        return False
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
        and checker.is_correct(part[: -len(ending)])
        for ending in _STEM_ENDINGS
    )


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


def _advice(
    text: str, sentence_start: bool, checker: SpellChecker, team_words: frozenset[str]
) -> _Advice | None:
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
    if sentence_start and _is_title_case(text):
        # Most capitalised unknown words opening a sentence are names ("Salma", "Gemma" and
        # "Aled" are one letter from "salsa", "gamma" and "led"), so only a swapped pair or a
        # dropped letter in a longer everyday word counts ("Immediatly", "Recieved"). This
        # also spares names the slow full suggestion search.
        suggestions = _slip_corrections(text, checker)
        if not suggestions:
            return None
    else:
        found = checker.suggest(text, limit=_SUGGESTIONS_CONSIDERED)
        suggestions = _ranked(text, [*_near_team_words(text, team_words), *found])
    suggestions = suggestions[:_SUGGESTIONS_SHOWN]
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


def _clipped(text: str, keep: int = MAX_SUGGESTION_CHARS) -> str:
    return text if len(text) <= keep else f"{text[:keep]}…"


def _slip_corrections(word: str, checker: SpellChecker) -> list[str]:
    """Everyday words that ``word`` is a swapped pair or a dropped letter away from."""
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
    found: list[str] = []
    for candidate in candidates:
        if candidate != lowered and candidate not in found and checker.is_correct(candidate):
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


def _possessive_stem(word: str) -> str:
    return _POSSESSIVE_ENDING.sub("", word)


@finalizer("RL401")
def _advise(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """The unknown words left once quotations are set aside, each with its advice; a
    capitalised word that opens a sentence here and is a name elsewhere is that name."""
    names = {name for paragraph in ctx.facts("spelling.names") for name in paragraph}
    if names:
        findings = [
            finding
            for finding in findings
            if not (
                _is_title_case(finding.text) and _possessive_stem(finding.text).casefold() in names
            )
        ]
    vocabulary = _vocabulary(ctx.config.dictionary_words)
    # In the person's own account, how they choose to spell is theirs: an American form
    # ("canceling") or words the dictionary keeps apart written as one ("anymore") is not
    # corrected there. A slip of the fingers ("husaband") still is.
    own_account = ctx.kind is RecordKind.OWN_ACCOUNT
    advised: list[Finding] = []
    for finding in findings:
        if finding.message not in _PENDING:
            advised.append(finding)  # already advised
            continue
        spelt = finding.text
        sentence_start = finding.message == _PENDING[True]
        advice = vocabulary.advice(spelt, sentence_start, ctx.config.dictionary_words)
        if advice is None:
            continue  # taken to be a name
        message, suggestions, safe = advice
        if own_account and (safe or _written_together(spelt, suggestions)):
            continue  # the person's own choice of spelling, not a slip
        advised.append(
            replace(
                finding,
                message=message,
                suggestions=tuple(dict.fromkeys(s for s in suggestions if s)),
                fix=Fix.SAFE.value if safe else finding.fix,
            )
        )
    return advised
