"""Regular and irregular inflections of lexicon words, so a term written in its base form
finds "signposts", "signposted" and "signposting", and a suggestion is given in the form of
the words it replaces."""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------
# Inflections
# ---------------------------------------------------------------------------------------

BASE, PLURAL, PAST, GERUND = "base", "s", "ed", "ing"

# Words that never inflect inside a phrase ("package of care", not "package ofs care").
_FIXED_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "for",
        "with",
        "and",
        "or",
        "in",
        "on",
        "at",
        "by",
        "from",
        "into",
        "onto",
        "up",
        "out",
        "off",
        "over",
        "as",
        "per",
        "your",
        "you",
        "our",
        "we",
        "us",
        "their",
        "his",
        "her",
        "its",
        "it",
        "is",
        "are",
        "be",
        "been",
        "not",
        "no",
        "than",
        "that",
        "this",
    }
)
# Irregular verbs that appear in jargon, wordy phrases or their suggestions:
# base -> (third person, past, past participle, -ing).
_IRREGULAR: dict[str, tuple[str, str, str, str]] = {
    "undertake": ("undertakes", "undertook", "undertaken", "undertaking"),
    "take": ("takes", "took", "taken", "taking"),
    "give": ("gives", "gave", "given", "giving"),
    "make": ("makes", "made", "made", "making"),
    "tell": ("tells", "told", "told", "telling"),
    "send": ("sends", "sent", "sent", "sending"),
    "find": ("finds", "found", "found", "finding"),
    "get": ("gets", "got", "got", "getting"),
    "go": ("goes", "went", "gone", "going"),
    "see": ("sees", "saw", "seen", "seeing"),
    "meet": ("meets", "met", "met", "meeting"),
    "put": ("puts", "put", "put", "putting"),
    "set": ("sets", "set", "set", "setting"),
    "hold": ("holds", "held", "held", "holding"),
    "choose": ("chooses", "chose", "chosen", "choosing"),
    "keep": ("keeps", "kept", "kept", "keeping"),
    "leave": ("leaves", "left", "left", "leaving"),
    "begin": ("begins", "began", "begun", "beginning"),
    "withdraw": ("withdraws", "withdrew", "withdrawn", "withdrawing"),
    "buy": ("buys", "bought", "bought", "buying"),
    "pay": ("pays", "paid", "paid", "paying"),
    "say": ("says", "said", "said", "saying"),
    "speak": ("speaks", "spoke", "spoken", "speaking"),
    "write": ("writes", "wrote", "written", "writing"),
    "seek": ("seeks", "sought", "sought", "seeking"),
    "do": ("does", "did", "done", "doing"),
    "have": ("has", "had", "had", "having"),
    "bring": ("brings", "brought", "brought", "bringing"),
    "think": ("thinks", "thought", "thought", "thinking"),
    "come": ("comes", "came", "come", "coming"),
    "run": ("runs", "ran", "run", "running"),
    "feel": ("feels", "felt", "felt", "feeling"),
    "hear": ("hears", "heard", "heard", "hearing"),
    "understand": ("understands", "understood", "understood", "understanding"),
    "lead": ("leads", "led", "led", "leading"),
    "spend": ("spends", "spent", "spent", "spending"),
    "deal": ("deals", "dealt", "dealt", "dealing"),
    "mean": ("means", "meant", "meant", "meaning"),
    "stand": ("stands", "stood", "stood", "standing"),
    "fall": ("falls", "fell", "fallen", "falling"),
}
_VOWELS = "aeiou"


# Compiled once: word_forms runs for every word of every lexicon phrase while the rules
# load, and a pattern given as a string is looked up in re's cache at every call.
_TAKES_ES = re.compile(r"(?:s|x|z|ch|sh)$")
_CONSONANT_Y = re.compile(r"[^aeiou]y$")
_BRITISH_IS = re.compile(r"is(e|es|ed|ing|ation)$")


def _doubles_final_consonant(word: str) -> bool:
    """Consonant-vowel-consonant endings may double before -ed/-ing ("plan" -> "planned")."""
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def _plural(word: str) -> str:
    if _TAKES_ES.search(word):
        return word + "es"
    if _CONSONANT_Y.search(word):
        return word[:-1] + "ies"
    return word + "s"


def _past(word: str) -> list[str]:
    if word.endswith("e"):
        return [word + "d"]
    if _CONSONANT_Y.search(word):
        return [word[:-1] + "ied"]
    forms = [word + "ed"]
    if _doubles_final_consonant(word):
        forms.append(word + word[-1] + "ed")
    return forms


def _gerund(word: str) -> list[str]:
    if word.endswith("ie"):
        return [word[:-2] + "ying"]
    if word.endswith("e") and not word.endswith(("ee", "oe", "ye")):
        return [word[:-1] + "ing", word + "ing"]  # "ageing" is British too
    forms = [word + "ing"]
    if _doubles_final_consonant(word):
        forms.append(word + word[-1] + "ing")
    return forms


# Prefixes that leave an irregular verb irregular: "uphold" and "upheld" as "hold" and
# "held", "withdraw", "undertake", "overcome", "mistake", "foresee", "outgrow". ("Be" and
# "re" are left out: "behave" and "relay" are regular.)
_VERB_PREFIXES = ("under", "over", "with", "fore", "out", "mis", "up")


def _irregular(word: str) -> tuple[str, str, str, str] | None:
    """The third person, past, past participle and -ing forms of an irregular verb, with a
    prefix ("upheld" for "uphold") or without."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for prefix in _VERB_PREFIXES:
        rest = word.removeprefix(prefix)
        if rest != word and rest in _IRREGULAR:
            third, past, participle, ing = _IRREGULAR[rest]
            return prefix + third, prefix + past, prefix + participle, prefix + ing
    return None


def word_forms(word: str) -> dict[str, str]:
    """Surface forms of one lower-case word, each with its inflection."""
    forms: dict[str, str] = {word: BASE}
    if word in _FIXED_WORDS or len(word) <= 2 or not word.isalpha():
        return forms
    irregular = _irregular(word)
    if irregular is not None:
        third, past, participle, ing = irregular
        forms.update({third: PLURAL, past: PAST, participle: PAST, ing: GERUND})
    else:
        forms.setdefault(_plural(word), PLURAL)
        for form in _past(word):
            forms.setdefault(form, PAST)
        for form in _gerund(word):
            forms.setdefault(form, GERUND)
    for surface, form in list(forms.items()):  # "utilise" and "utilize" alike
        if _BRITISH_IS.search(surface):
            forms.setdefault(_BRITISH_IS.sub(r"iz\1", surface), form)
    return forms


def inflect(word: str, form: str, *, participle: bool = False) -> str | None:
    """``word`` (a base form) in ``form``; ``participle`` picks "given" over "gave"."""
    lower = word.lower()
    if form == BASE:
        return word
    irregular = _irregular(lower)
    if irregular is not None:
        third, past, past_participle, ing = irregular
        if form == PAST and participle:
            past = past_participle
        chosen = {PLURAL: third, PAST: past, GERUND: ing}[form]
    elif form == PLURAL:
        chosen = _plural(lower)
    elif form == PAST:
        chosen = _past(lower)[-1] if _single_syllable_cvc(lower) else _past(lower)[0]
    else:
        chosen = _gerund(lower)[-1 if _single_syllable_cvc(lower) else 0]
        if lower.endswith("e") and not lower.endswith(("ee", "oe", "ye")):
            chosen = lower[:-1] + "ing"
    return chosen


def _single_syllable_cvc(word: str) -> bool:
    # "stop" -> "stopped", but "visit" -> "visited": doubling follows stress, so only
    # one-syllable words (and British final -l: "travelled") are doubled in suggestions.
    syllables = len(re.findall(r"[aeiouy]+", word))
    return _doubles_final_consonant(word) and (syllables == 1 or word.endswith("l"))


_PREPOSITIONS = frozenset({"and", "or", "at", "in", "of", "for", "to", "with", "from", "on", "by"})
# Adverb particles that make a phrasal verb of the word before them ("carry out").
_PARTICLES = frozenset({"up", "out", "off", "back", "down", "about", "away"})


def _is_verb_phrase(parts: list[str]) -> bool:
    """A phrase that starts with a verb: an irregular verb ("make sure", "take part") or a
    verb with an adverb particle ("carry out", "speed up")."""
    if len(parts) < 2:
        return False
    return parts[0].lower() in _IRREGULAR or parts[1].lower() in _PARTICLES


def inflect_phrase(phrase: str, form: str, *, participle: bool = False) -> str | None:
    """A suggestion put into the form of the words it replaces ("direct" -> "directed").

    Verbs inflect their first word ("point to" -> "pointed to"). Plurals inflect the last
    word of a short noun phrase ("care agency" -> "care agencies") but not a phrase with
    "and" or a preposition ("help at home" has no sound plural). Returns None when the
    phrase cannot be inflected with confidence.
    """
    if form == BASE:
        return phrase
    if not re.fullmatch(r"[A-Za-z][A-Za-z' \-]*", phrase):
        return None
    parts = phrase.split(" ")
    if form == PLURAL and not _is_verb_phrase(parts):
        if len(parts) > 2 or _PREPOSITIONS & {p.lower() for p in parts}:
            return None
        index = len(parts) - 1
    else:
        # A verb phrase takes "-s" on its verb, for the third person ("ensures" -> "makes
        # sure", "finds out"), never on its last word.
        index = 0
    inflected = inflect(parts[index], form, participle=participle)
    if inflected is None:
        return None
    parts[index] = inflected
    return " ".join(parts)


def match_case(suggestion: str, matched: str) -> str:
    """Give a suggestion the capitals of the words it replaces."""
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return suggestion.upper()
    if matched[:1].isupper() and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


# ---------------------------------------------------------------------------------------
# Inflection to a Penn tag, for replacement wording put where a verb stood
# ---------------------------------------------------------------------------------------

_IRREGULAR_BY_TAG: dict[str, tuple[str, str, str, str]] = {
    # base: (past, past participle, third person singular, -ing)
    "have": ("had", "had", "has", "having"),
    "be": ("was", "been", "is", "being"),
    "do": ("did", "done", "does", "doing"),
    "choose": ("chose", "chosen", "chooses", "choosing"),
    "leave": ("left", "left", "leaves", "leaving"),
    "live": ("lived", "lived", "lives", "living"),
    "go": ("went", "gone", "goes", "going"),
    "take": ("took", "taken", "takes", "taking"),
    "say": ("said", "said", "says", "saying"),
    "tell": ("told", "told", "tells", "telling"),
    "get": ("got", "got", "gets", "getting"),
    "keep": ("kept", "kept", "keeps", "keeping"),
    "find": ("found", "found", "finds", "finding"),
    "feel": ("felt", "felt", "feels", "feeling"),
    "give": ("gave", "given", "gives", "giving"),
    "become": ("became", "become", "becomes", "becoming"),
    "put": ("put", "put", "puts", "putting"),
    "stop": ("stopped", "stopped", "stops", "stopping"),
    "walk": ("walked", "walked", "walks", "walking"),
    "spend": ("spent", "spent", "spends", "spending"),
}
_PAST_FORMS = {forms[0]: base for base, forms in _IRREGULAR_BY_TAG.items()}


def inflect_for_tag(phrase: str, tag: str) -> str | None:
    """``phrase`` with its first word (a verb in base form) inflected for the Penn ``tag``.

    Returns None when the first word does not look like a base form that can be inflected
    with confidence ("left" for VBZ), so the caller offers advice instead of a broken fix.
    """
    words = phrase.split()
    if not words:
        return None
    verb, rest = words[0], words[1:]
    lowered = verb.lower()
    if tag in {"VB", "VBP"}:
        return phrase
    if lowered == "not" and rest:
        # "not attend": the negation needs its own auxiliary ("did not attend").
        if tag == "VBD":
            return f"did {phrase}"
        if tag == "VBZ":
            return f"does {phrase}"
        inflected = inflect_for_tag(" ".join(rest), tag)
        return f"not {inflected}" if inflected else None
    if lowered in _PAST_FORMS or (lowered.endswith("ed") and lowered not in _IRREGULAR_BY_TAG):
        return phrase if tag in {"VBD", "VBN"} else None
    if lowered.endswith("ing") or (lowered.endswith("s") and not lowered.endswith("ss")):
        return None
    index = {"VBD": 0, "VBN": 1, "VBZ": 2, "VBG": 3}.get(tag)
    if index is None:
        return None
    if lowered in _IRREGULAR_BY_TAG:
        form = _IRREGULAR_BY_TAG[lowered][index]
    elif index in {0, 1}:
        form = _regular_past(lowered)
    elif index == 2:
        form = _third_person(lowered)
    else:
        form = _present_participle(lowered)
    return " ".join([form, *rest])


def _regular_past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        return verb[:-1] + "ied"
    return verb + "ed"


def _third_person(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in tuple("aeiou"):
        return verb[:-1] + "ies"
    return verb + "s"


def _present_participle(verb: str) -> str:
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"
