"""RL2xx: jargon and legal terms. Plain words instead of service jargon, the person's name
instead of a label, and legal terms kept but explained.

Matching works on the surface of the text, not on spaCy lemmas: each lexicon term is
expanded into its regular inflections ("signpost" -> "signposts", "signposted",
"signposting"; "package of care" -> "packages of care") and looked up word by word, case
folded. That catches gerund nouns the lemmatiser leaves alone ("Signposting is...") and
needs no tagger, so these rules run without spaCy at all except RL202, which asks the
entity recogniser for the person's name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recordlint.findings import RECORD_KINDS, Category, Finding, RecordKind, Severity
from recordlint.lexicon import load_lexicon, load_lexicon_file
from recordlint.metrics import sentence_spans
from recordlint.nlp import Need
from recordlint.rules.registry import DocumentContext, Fix, ParagraphContext, finalizer, rule
from recordlint.rules.respectful import lexicon_gate
from recordlint.usage import is_explained

if TYPE_CHECKING:
    from recordlint.config import Config

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


def _doubles_final_consonant(word: str) -> bool:
    """Consonant-vowel-consonant endings may double before -ed/-ing ("plan" -> "planned")."""
    return (
        len(word) >= 3
        and word[-1] not in _VOWELS + "wxy"
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    )


def _plural(word: str) -> str:
    if re.search(r"(?:s|x|z|ch|sh)$", word):
        return word + "es"
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies"
    return word + "s"


def _past(word: str) -> list[str]:
    if word.endswith("e"):
        return [word + "d"]
    if re.search(r"[^aeiou]y$", word):
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


def word_forms(word: str) -> dict[str, str]:
    """Surface forms of one lower-case word, each with its inflection."""
    forms: dict[str, str] = {word: BASE}
    if word in _FIXED_WORDS or len(word) <= 2 or not word.isalpha():
        return forms
    if word in _IRREGULAR:
        third, past, participle, ing = _IRREGULAR[word]
        forms.update({third: PLURAL, past: PAST, participle: PAST, ing: GERUND})
    else:
        forms.setdefault(_plural(word), PLURAL)
        for form in _past(word):
            forms.setdefault(form, PAST)
        for form in _gerund(word):
            forms.setdefault(form, GERUND)
    for surface, form in list(forms.items()):  # "utilise" and "utilize" alike
        if re.search(r"is(?:e|es|ed|ing|ation)$", surface):
            forms.setdefault(re.sub(r"is(e|es|ed|ing|ation)$", r"iz\1", surface), form)
    return forms


def inflect(word: str, form: str, *, participle: bool = False) -> str | None:
    """``word`` (a base form) in ``form``; ``participle`` picks "given" over "gave"."""
    lower = word.lower()
    if form == BASE:
        return word
    if lower in _IRREGULAR:
        third, past, past_participle, ing = _IRREGULAR[lower]
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
    if form == PLURAL:
        if len(parts) > 2 or _PREPOSITIONS & {p.lower() for p in parts}:
            return None
        index = len(parts) - 1
    else:
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
# Phrase index: a lexicon compiled for word-by-word lookup
# ---------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# What may separate two words of a phrase: spaces, a line break, a hyphen, and a trailing
# apostrophe ("carers' assessment").
_GAP = re.compile(r"(?:['’][sS]?)?[ \t\r\n\-‐‑]+")
_HYPHEN = re.compile(r"[\-‐‑]")
_PARTICLES = frozenset({"in", "up", "out", "on", "off", "over", "down", "back", "through"})
_HYPHEN_THEN_LETTER = re.compile(r"[\-‐‑][^\W\d_]")
_LETTER_THEN_HYPHEN = re.compile(r"[^\W\d_][\-‐‑]$")


@dataclass(frozen=True, slots=True)
class PhraseMatch:
    start: int
    end: int
    key: int  # index of the phrase in the list the index was built from
    form: str  # the inflection found: base, s, ed or ing


def _tokens(text: str) -> list[tuple[int, int, str]]:
    """Words, case folded, with a possessive "'s" left outside ("the client's" ends at
    "client", so a name can replace "the client")."""
    tokens = []
    for match in _TOKEN.finditer(text):
        word = match.group().lower().replace("’", "'")
        end = match.end()
        if word.endswith("'s") and len(word) > 2:
            word, end = word[:-2], end - 2
        tokens.append((match.start(), end, word))
    return tokens


class PhraseIndex:
    """Finds phrases, with their inflections, in text; longest match first, case folded."""

    def __init__(self, phrases: Sequence[str]) -> None:
        self.phrases = tuple(phrases)
        self._words: list[list[dict[str, str]]] = []
        self._hyphen_required: list[list[bool]] = []
        self._by_first: dict[str, list[int]] = {}
        for key, phrase in enumerate(self.phrases):
            tokens = _tokens(phrase)
            words = [token for _, _, token in tokens]
            forms = [word_forms(word) for word in words]
            self._words.append(forms)
            # "sleep-in" and "double-up" are nouns; spaced, "sleep in" is an ordinary verb.
            self._hyphen_required.append(
                [
                    bool(i)
                    and words[i] in _PARTICLES
                    and "-" in phrase[tokens[i - 1][1] : tokens[i][0]]
                    for i in range(len(words))
                ]
            )
            if not forms:
                continue
            for surface in forms[0]:
                self._by_first.setdefault(surface, []).append(key)

    def find_all(self, text: str) -> list[PhraseMatch]:
        """Every match, overlapping ones included, in text order."""
        tokens = _tokens(text)
        found: list[PhraseMatch] = []
        for position, (start, _, surface) in enumerate(tokens):
            for key in self._by_first.get(surface, ()):
                match = self._match_at(text, tokens, position, key)
                if match is not None:
                    found.append(PhraseMatch(start, match[0], key, match[1]))
        return found

    def find(self, text: str) -> list[PhraseMatch]:
        """Matches that do not overlap, preferring the earliest and then the longest."""
        chosen: list[PhraseMatch] = []
        for match in sorted(self.find_all(text), key=lambda m: (m.start, -m.end)):
            if chosen and match.start < chosen[-1].end:
                continue
            chosen.append(match)
        return chosen

    def _match_at(
        self, text: str, tokens: list[tuple[int, int, str]], position: int, key: int
    ) -> tuple[int, str] | None:
        words = self._words[key]
        if position + len(words) > len(tokens):
            return None
        form = BASE
        for offset, forms in enumerate(words):
            start, _, surface = tokens[position + offset]
            found = forms.get(surface)
            if found is None:
                return None
            if offset:
                gap = text[tokens[position + offset - 1][1] : start]
                if not _GAP.fullmatch(gap):
                    return None
                if self._hyphen_required[key][offset] and not _HYPHEN.search(gap):
                    return None
            if form == BASE:
                form = found
        last_end = tokens[position + len(words) - 1][1]
        if _HYPHEN_THEN_LETTER.match(text, last_end):
            return None  # part of a longer hyphenated word: "care-package-related"
        first_start = tokens[position][0]
        if _LETTER_THEN_HYPHEN.search(text, 0, first_start):
            return None  # "non-residential" is not "residential"
        return last_end, form


# ---------------------------------------------------------------------------------------
# Compiled lexicons
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CompiledJargon:
    entries: tuple[Any, ...]
    index: PhraseIndex
    exceptions: tuple[PhraseIndex | None, ...]


def _team_jargon_stamp(config: Config) -> tuple[str, int] | None:
    path = config.team_paths().get("jargon_file")
    if path is None:
        return None
    try:
        return str(path), path.stat().st_mtime_ns
    except OSError:
        return None


def compiled_jargon(config: Config) -> CompiledJargon:
    """The shipped jargon lexicon plus the team's jargon file, compiled once per version."""
    return _compile_jargon(_team_jargon_stamp(config))


@cache
def _compile_jargon(team_file: tuple[str, int] | None) -> CompiledJargon:
    entries = list(load_lexicon("jargon").entries)
    if team_file is not None:
        team_entries = load_lexicon_file(Path(team_file[0]), "jargon").entries
        replaced = {entry.term for entry in team_entries}
        entries = [e for e in entries if e.term not in replaced] + list(team_entries)
    index = PhraseIndex([entry.term for entry in entries])
    exceptions = tuple(
        PhraseIndex(entry.exceptions) if entry.exceptions else None for entry in entries
    )
    return CompiledJargon(tuple(entries), index, exceptions)


@cache
def compiled_legal_terms() -> tuple[tuple[Any, ...], PhraseIndex]:
    entries = load_lexicon("legal-terms").entries
    return entries, PhraseIndex([entry.term for entry in entries])


def _allowed_terms(config: Config) -> frozenset[str]:
    return frozenset(term.casefold() for term in config.allowed_terms)


def _cancelled_by_exception(
    compiled: CompiledJargon, match: PhraseMatch, text: str, sentences: list[tuple[int, int]]
) -> bool:
    """An exception phrase ("work placement") cancels the match it contains."""
    exceptions = compiled.exceptions[match.key]
    if exceptions is None:
        return False
    start, end = _sentence_around(sentences, match.start, match.end, len(text))
    for found in exceptions.find_all(text[start:end]):
        if start + found.start <= match.start and match.end <= start + found.end:
            return True
    return False


def _sentence_around(
    sentences: list[tuple[int, int]], start: int, end: int, length: int
) -> tuple[int, int]:
    for s, e in sentences:
        if s <= start < e or (s < end <= e):
            return s, max(e, end)
    return 0, length


def jargon_matches(
    ctx: ParagraphContext, *, depersonalising: bool
) -> list[tuple[PhraseMatch, Any]]:
    """Jargon in the paragraph that no exception, allow-list entry or legal term cancels."""
    compiled = compiled_jargon(ctx.config)
    allowed = _allowed_terms(ctx.config)
    sentences = sentence_spans(ctx.text)
    legal = compiled_legal_terms()[1].find(ctx.text)
    kept = []
    for match in compiled.index.find(ctx.text):
        entry = compiled.entries[match.key]
        if bool(entry.depersonalising) != depersonalising:
            continue
        if entry.term.casefold() in allowed:
            continue
        if any(match.start < m.end and m.start < match.end for m in legal):
            continue  # a legal term that contains jargon words is RL203's to explain
        if _cancelled_by_exception(compiled, match, ctx.text, sentences):
            continue
        if _part_of_a_name_or_address(ctx.text, match.start, match.end):
            continue
        if entry.everyday_with_actor and _actor_named(ctx.text, match.start, match.end):
            continue
        kept.append((match, entry))
    return kept


_ACTOR_AFTER = re.compile(r"\s+(?:by|from)\s+\S")
_ACTOR_BEFORE = re.compile(r"(?:\b(?:his|her|their|my|your|our)|\w['’]s?)\s+$", re.IGNORECASE)


def _actor_named(text: str, start: int, end: int) -> bool:
    """Someone named as the one who did it: "intervention by the neighbour", "her
    intervention", "the police's intervention"."""
    before = text[max(0, start - 30) : start]
    return bool(_ACTOR_AFTER.match(text, end) or _ACTOR_BEFORE.search(before))


_ADDRESS_LINE = re.compile(r"[ \t]*(?:from|to|cc|bcc|sent)\s*:", re.IGNORECASE)
_NAME_WORDS_AFTER = re.compile(
    r"[ \t]+(?:Team|Service|Services|Hub|Unit|Officer|Department|Centre|Center|Group)\b"
)


def _part_of_a_name_or_address(text: str, start: int, end: int) -> bool:
    """Team and service names ("the Hospital Discharge Team", "with Housing Options"), and
    email address lines, use the words as names: the reader knows them as such."""
    line_start = text.rfind("\n", 0, start) + 1
    if _ADDRESS_LINE.match(text, line_start):
        return True
    words = text[start:end].split()
    title_case = all(w[:1].isupper() and not w.isupper() for w in words)
    if not title_case:
        return False
    if _NAME_WORDS_AFTER.match(text, end):
        return True
    before = text[line_start:start].rstrip()
    at_sentence_start = not before or before[-1] in '.!?:;"“(-•*'
    return not at_sentence_start


# ---------------------------------------------------------------------------------------
# RL201 service-jargon
# ---------------------------------------------------------------------------------------

_PLAIN_WORDS = re.compile(r"[a-z][a-z'\-]*(?: [a-z][a-z'\-]*){0,2}")


_PERFECT_OR_PASSIVE = re.compile(
    r"\b(?:have|has|had|having|be|been|being|is|are|was|were|'ve|'s)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def suggestions_for(
    entry_suggestions: Iterable[str], matched: str, form: str, before: str = ""
) -> tuple[list[str], bool]:
    """Suggestions in the form and case of the matched words, and whether the first is
    a drop-in replacement.

    A drop-in replacement is plain words that were inflected without doubt, and either one
    word ("mobilising" -> "walking") or as many words as the phrase it replaces ("in situ"
    -> "in place"). A longer suggestion for a verb ("signposted" -> "told about") usually
    needs the sentence rearranged, so it is offered for review.
    """
    out: list[str] = []
    drop_in = False
    participle = bool(_PERFECT_OR_PASSIVE.search(before[-40:]))
    for number, suggestion in enumerate(entry_suggestions):
        inflected = inflect_phrase(suggestion, form, participle=participle)
        if number == 0 and inflected is not None and _PLAIN_WORDS.fullmatch(suggestion):
            size = len(suggestion.split())
            drop_in = size == 1 or size == len(_tokens(matched))
        out.append(match_case(inflected if inflected is not None else suggestion, matched))
    return out, drop_in


def _noun_modifier_before(ctx: ParagraphContext, start: int, end: int) -> int | None:
    """Where the nouns that modify the jargon noun start ("day centre placement" -> the
    start of "day"), or None when it stands alone ("her placement", "a new placement")."""
    if ctx.doc is None:
        return None
    tokens = [t for t in ctx.doc if start <= t.idx < end]
    if len(tokens) != 1 or tokens[0].pos_ != "NOUN":
        return None
    head = tokens[0]
    first: int | None = None
    previous = head.i - 1
    while previous >= 0:
        token = ctx.doc[previous]
        gap = ctx.text[token.idx + len(token.text) : ctx.doc[previous + 1].idx]
        if gap != " " or token.pos_ not in ("NOUN", "PROPN") or not token.text.isalpha():
            break
        first = token.idx
        previous -= 1
    return first


def _after_indefinite_article(text: str, start: int) -> bool:
    return bool(re.search(r"\b(?:a|an)\s+$", text[max(0, start - 4) : start], re.IGNORECASE))


@rule(
    code="RL201",
    name="service-jargon",
    category=Category.JARGON,
    standard="2.plain-language",
    severity=Severity.WARNING,
    # Tags tell a compound ("day centre placement") from the jargon word on its own.
    needs=[Need.TAGS],
    fix=Fix.REVIEW,
    about_wording=True,
)
def service_jargon(ctx: ParagraphContext) -> None:
    """Finds service jargon that has a plainer alternative ("signposted", "package of care").

    ## Why it matters
    Standard 2 asks for records in plain language, and Standard 1 for letters and documents
    that are clear and jargon free, so that people can make informed decisions. The person
    may read their record one day; "care package", "signposted" and "reablement" are the
    service's words, not theirs.

    ## Example
    Before:
    > We signposted Mrs Khan to the carers' centre and her package of care starts on Monday.

    After:
    > We directed Mrs Khan to the carers' centre and her home care visits start on Monday.

    ## Stays quiet on
    - The person's own quoted words.
    - Context phrases listed as exceptions in the lexicon ("work placement").
    - Legal terms (RL203 asks for an explanation instead) and labels for the person (RL202).
    - Terms the team allows (`jargon.allow`, or the team allow file), in any inflection.
    - Words talked about rather than used ("the term 'placement'") or explained where they
      stand ("respite (a short break for you)", "reablement, which means ...").
    - The everyday sense where the lexicon marks one: someone named as doing it
      ("intervention by the neighbour", "her intervention") means someone stepped in.

    ## Settings
    `jargon.allow`: terms the team accepts. `team.jargon-file`: the team's own jargon, in the
    schema of `lexicons/jargon.toml`.

    ## Fix safety
    Suggestions are put into the same form as the jargon ("signposted" becomes "directed")
    and the same capitals. The fix is safe only when the first suggestion is one or two plain
    words and does not follow "a" or "an"; otherwise it is offered for review. Where the
    jargon word is the head of a compound ("day centre placement") no word is offered in
    its place, since swapping the head changes what the compound names.
    """
    for match, entry in jargon_matches(ctx, depersonalising=False):
        matched = ctx.text[match.start : match.end]
        modifier = _noun_modifier_before(ctx, match.start, match.end)
        if modifier is not None:
            # Swapping the head of a compound changes what it names ("day centre placement"
            # is not a "day centre home"): ask for the whole phrase to be said plainly.
            phrase = ctx.text[modifier : match.end]
            ctx.flag(
                match.start,
                match.end,
                f"'{matched}' is service jargon; say plainly what '{phrase}' is.",
                fix=None,
            )
            continue
        suggestions, drop_in = suggestions_for(
            entry.suggestions, matched, match.form, ctx.text[: match.start]
        )
        if _after_indefinite_article(ctx.text, match.start):
            drop_in = False
        ctx.flag(
            match.start,
            match.end,
            f"'{matched}' is service jargon; plainer words such as '{suggestions[0]}' "
            "may be clearer.",
            suggestions,
            fix=Fix.SAFE if drop_in else Fix.REVIEW,
        )


# ---------------------------------------------------------------------------------------
# RL202 depersonalising-reference
# ---------------------------------------------------------------------------------------

PERSON_PLACEHOLDER = "the person's name"
_TITLED_NAME = re.compile(
    r"\b(?P<title>Mrs|Mr|Ms|Miss|Mx)\.?\s+(?:(?:[A-Z][a-z]+|[A-Z]\.)\s+)?"
    # "Mrs X. The Council ...": a word that starts a sentence is not a surname.
    r"(?!(?:The|This|That|These|She|He|It|They|We|Her|His)\b)"
    r"(?P<surname>[A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\b"
)
_SALUTATION = re.compile(r"^\s*Dear\s+(?P<name>(?:Mrs|Mr|Ms|Miss|Mx)\.?\s+[A-Z][\w'’-]+)", re.M)
# A PERSON entity after one of these words is someone else: a relative or a professional.
_NOT_THE_PERSON_BEFORE = re.compile(
    r"(?:daughter|son|wife|husband|partner|mother|mum|father|dad|brother|sister|friend|"
    r"neighbour|carer|nephew|niece|grandson|granddaughter|aunt|uncle|worker|nurse|doctor|"
    r"gp|dr|manager|officer|therapist|me|from|by|with|colleague|sincerely|regards)"
    r"[\s,(:]*$",
    re.IGNORECASE,
)
_NAMES_FACT = "jargon.names"
_DETERMINER_BEFORE = re.compile(r"\b(?:the|this|that|our|my)\s+$", re.IGNORECASE)


def _written_names(text: str) -> dict[str, list[str]]:
    """Names written with a title, and the letter's salutation: found by pattern alone, so
    the whole record is read for them, not only the paragraphs the rule ran on."""
    titled = [f"{m.group('title')} {m.group('surname')}" for m in _TITLED_NAME.finditer(text)]
    salutation = [m.group("name") for m in _SALUTATION.finditer(text)]
    return {"titled": titled, "salutation": salutation}


def _person_names(ctx: ParagraphContext) -> dict[str, list[str]]:
    """PERSON entities in the paragraph that may be the person's name."""
    entities: list[str] = []
    if ctx.doc is not None:
        for ent in ctx.doc.ents:
            if ent.label_ != "PERSON" or _TITLED_NAME.search(ent.text):
                continue
            before = ctx.text[max(0, ent.start_char - 30) : ent.start_char]
            if _NOT_THE_PERSON_BEFORE.search(before) or not ent.text[:1].isupper():
                continue
            entities.append(ent.text)
    return {"entities": entities}


def best_person_name(names: Iterable[dict[str, list[str]]]) -> str | None:
    """The name the record most likely uses for the person: the letter's salutation, else
    the most frequent titled name, else a PERSON entity named at least twice."""
    salutations: list[str] = []
    titled: Counter[str] = Counter()
    entities: Counter[str] = Counter()
    for found in names:
        salutations += found.get("salutation", [])
        titled.update(found.get("titled", []))
        entities.update(found.get("entities", []))
    if salutations:
        return re.sub(r"\s+", " ", salutations[0])
    if titled:
        return titled.most_common(1)[0][0]
    ranked = entities.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


@rule(
    code="RL202",
    name="depersonalising-reference",
    category=Category.JARGON,
    standard="2.person-centred",
    severity=Severity.WARNING,
    needs=[Need.TAGS, Need.ENTITIES],
    # Guidance and forms speak of "the adult" and "Client:" in general; only a record has
    # a person whose name a label can stand in for.
    kinds=RECORD_KINDS,
    fix=Fix.REVIEW,
    about_wording=True,
    # The entity recogniser is the costliest component; only paragraphs holding a label
    # need it (titled names elsewhere are read by pattern in the finalizer).
    gate=lexicon_gate(
        lambda: [e.term for e in load_lexicon("jargon").entries if e.depersonalising]
    ),
)
def depersonalising_reference(ctx: ParagraphContext) -> None:
    """Finds labels that stand in for the person ("the service user", "the client").

    ## Why it matters
    Standard 2 asks that records capture the person, their wishes, feelings and views, and
    Standard 1 that their voice is at the centre. A label such as "the service user" turns
    someone into a category; people reading their own records notice. Use their name.

    ## Example
    Before:
    > I visited Mrs Ahmed at home. The service user said she wants to stay there.

    After:
    > I visited Mrs Ahmed at home. Mrs Ahmed said she wants to stay there.

    ## Stays quiet on
    - Records written to the person ("You told me...").
    - The person's own quoted words, and exceptions listed in the lexicon.
    - A label's word describing the noun after it ("the adult daughter", "the client
      group").
    - Texts that are not records about one person: guidance and reports ("the adult" in
      general), blank forms ("Client:").

    ## Fix safety
    The suggestion is the person's name when the record gives it anywhere: the letter's
    "Dear ..." line, the most frequent title and surname ("Mrs Ahmed"), or a first name the
    entity recogniser finds at least twice. Otherwise it is "the person's name". Always
    offered for review.
    """
    ctx.facts[_NAMES_FACT] = _person_names(ctx)
    for match, entry in jargon_matches(ctx, depersonalising=True):
        if _describes_the_next_noun(ctx, match.end):
            continue
        start = match.start
        determiner = _DETERMINER_BEFORE.search(ctx.text, 0, start)
        if determiner and not entry.term.startswith("the "):
            start = determiner.start()  # "the client" is replaced whole by the name
        matched = ctx.text[start : match.end]
        plural = match.form == PLURAL
        suggestions = [] if plural else [PERSON_PLACEHOLDER]
        if ctx.kind is RecordKind.LETTER and not plural:
            suggestions.append("you")
        suggestions += [s for s in entry.suggestions if s != PERSON_PLACEHOLDER]
        ctx.flag(
            start,
            match.end,
            f"'{matched}' labels the person; use their name instead."
            if not plural
            else f"'{matched}' labels people by the service; say who they are instead.",
            suggestions,
        )


def _describes_the_next_noun(ctx: ParagraphContext, end: int) -> bool:
    """The label's word describes the noun after it, so it is not standing in for the
    person: "the adult daughter", "the client group"."""
    if ctx.doc is None:
        return False
    following = next((t for t in ctx.doc if t.idx >= end), None)
    return (
        following is not None
        and following.idx == end + 1
        and following.pos_ in ("NOUN", "PROPN")
        and following.text[:1].islower()
    )


@finalizer("RL202")
def _name_the_person(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    name = best_person_name([_written_names(ctx.text), *ctx.facts(_NAMES_FACT)])
    if name is None:
        return findings
    named = []
    for finding in findings:
        if finding.suggestions[:1] == (PERSON_PLACEHOLDER,):
            rest = tuple(s for s in finding.suggestions[1:] if s != name)
            finding = replace(finding, suggestions=(name, *rest))
        named.append(finding)
    return named


# ---------------------------------------------------------------------------------------
# RL203 unexplained-legal-term
# ---------------------------------------------------------------------------------------

_LEGAL_FACT = "legal.explained"


@rule(
    code="RL203",
    name="unexplained-legal-term",
    category=Category.JARGON,
    standard="1",
    severity=Severity.INFO,
    needs=[Need.TEXT],
    # The person reads records, letters and plans about them; guidance, reports and
    # decisions are written for professionals, who use the law's terms on every page.
    kinds=RECORD_KINDS,
    about_wording=True,
)
def unexplained_legal_term(ctx: ParagraphContext) -> None:
    """Finds legal terms used without a plain explanation the first time they appear.

    ## Why it matters
    Standard 1 asks for letters and documents that are clear and precise so that people can
    make informed decisions. Terms such as "best interests decision" or "Section 42 enquiry"
    must stay, because they have legal meaning, but the person needs to know what they
    mean. Keep the term and explain it in plain words the first time.

    ## Example
    Before:
    > We will hold a best interests decision meeting next week.

    After:
    > Next week we will make a best interests decision (a decision made for you, based on
    > what you would want).

    ## Stays quiet on
    - Every use after the first, and any term the record explains somewhere: followed by a
      bracket, a dash or a colon; "which means", "this means", "that is" later in the
      sentence; "called ..." or "known as ..." before it; or a next sentence starting
      "This means".
    - The person's own quoted words, and terms talked about rather than used.
    - Texts that are not records: guidance, reports and decisions are written for
      professionals, who use the law's terms throughout.

    ## Fix safety
    No fix: the term must stay. The message offers a plain explanation to add.
    """
    entries, index = compiled_legal_terms()
    sentences = sentence_spans(ctx.text)
    explained: list[str] = []
    for match in index.find(ctx.text):
        entry = entries[match.key]
        if is_explained(ctx.text, match.start, match.end, sentences):
            explained.append(entry.term.casefold())
            continue
        matched = ctx.text[match.start : match.end]
        ctx.flag(
            match.start,
            match.end,
            f"'{matched}' is a legal term that stays; explain it in plain words the first "
            f"time, for example: {entry.explanation.rstrip('.')}.",
        )
    ctx.facts[_LEGAL_FACT] = explained


@finalizer("RL203")
def _first_unexplained_use(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    explained = {term for terms in ctx.facts(_LEGAL_FACT) for term in terms}
    entries, index = compiled_legal_terms()
    seen: set[str] = set()
    kept = []
    for finding in sorted(findings, key=lambda f: f.start):
        found = index.find(finding.text)
        term = entries[found[0].key].term.casefold() if found else finding.text.casefold()
        if term in explained or term in seen:
            continue
        seen.add(term)
        kept.append(finding)
    return kept
