"""The scan that finds every abbreviation in a paragraph, by shape and from the lexicons,
and sorts each to the rule that flags it (acronym, dotted or shorthand)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from recordlint.lexicon import word_list
from recordlint.rules.acronyms.context import Paragraph
from recordlint.rules.acronyms.definitions import shares_a_word, spelled_out
from recordlint.rules.acronyms.expansions import (
    cut_read_as_capitals,
    fit,
    inflect,
    meanings_before_a_list,
    meanings_that_fit,
    meanings_the_writer_allows,
    with_article,
)
from recordlint.rules.acronyms.lexicon import (
    DAY_PARTS,
    Lexicons,
    LexiconTerm,
    RuleKind,
    date_words,
)
from recordlint.rules.acronyms.shapes import (
    APOSTROPHES,
    DOTTED_SHAPE,
    HYPHENS,
    LEADING,
    SECTION,
    SECTION_AND_SUBSECTION,
    SLASH_SHAPE,
    TRAILING,
    URL,
    Inflection,
    at_sentence_start,
    names_an_act,
    split,
    split_inflection,
    verbed_acronym,
)
from recordlint.shortened import cut_participle
from recordlint.text import skip_spaces

# "No" for "number" before a number or closing a field label: "NHS No. 485 777 3456", "NHS
# No: 943 118 2207", "[CF no.]". Lower-case "no" before a number after a name in capitals
# ("NHS no 943 476 5918") or with its full stop ("neighbour at no. 24", "no.12"): "no 3
# bedroom flats" is the word "no".
_NUMBER_WORD = re.compile(r"No\.?(?=:?[ \t]?\d)|[Nn]o\.(?=[\])])|(?<=[A-Z]{2} )no\.?(?=:?[ \t]?\d)")
_DOTTED_NUMBER_WORD = re.compile(r"(?<![\w.])no\.(?=[ \t]?\d)")
# A section of an Act written with a full stop ("s.44", "S.117", "s. 42"), with a space
# alone after a lower-case "s" ("s 47": a capital "S 47" may be an initial before an age),
# or with the section sign ("§ 47", "§47").
_DOTTED_SECTION = re.compile(r"(?:[sS]\.[ \t]?|s[ \t]|§[ \t]?)(?P<number>\d{1,3}[A-Za-z]?)\b")
_FRACTURED = ("fractured", "fracture")
_YES_NO = {"Y": "yes", "N": "no"}
# What a rate counts before its slash: a number of times or an amount, perhaps with its
# "x" or hours joined on ("3x/wk", "5/wk", "£50/wk", "1.5hrs/wk").
_RATE_COUNT = re.compile(r"[£$]?\d[\d.,]*(?:x|hrs?)?|x\d+")
# Clinical notation for a span of time: a count over the weeks in a year ("6/52"), the
# months in a year ("3/12") or the days in a week ("x3/7"), with a "?" of doubt or a count's
# "x" before it ("?6/12 ago", "confused x3/7").
_PERIOD = re.compile(r"[?~]?(?P<span>(?P<times>x)?(?P<count>\d{1,2})/(?P<per>52|12|7))\.*")
_PERIOD_UNITS = {"52": ("week", "weeks"), "12": ("month", "months"), "7": ("day", "days")}
# An age's count with its shorthand joined on ("84yo", "83y/o").
_GLUED_AGE = re.compile(r"(?P<count>\d{1,3})(?P<short>[A-Za-z][A-Za-z/.]*)")


@dataclass(frozen=True, slots=True)
class Abbreviation:
    """One abbreviation in a paragraph (offsets paragraph-relative)."""

    start: int
    end: int
    rule: RuleKind
    base: str  # as written, without a plural or possessive ending
    inflection: Inflection
    expansions: tuple[str, ...]  # already inflected and capitalised for this place
    known: bool  # the lexicon (or the writer) knows what it stands for
    definition: str | None = None  # the writer's own words, at a place that spells it out


def _numbered_reference(pieces: list[str]) -> bool:
    """Whether the parts of a slashed word are a reference: letters in capitals first, then
    only numbers, in two groups or more ("IASC/24/04"). "6kg/3/12" opens with a weight and
    "GP/111" names two services."""
    head, *numbers = pieces
    return (
        len(numbers) >= 2
        and head.isalpha()
        and head.isupper()
        and all(number.isdigit() for number in numbers)
    )


def abbreviations(text: str, lexicons: Lexicons) -> list[Abbreviation]:
    """Every abbreviation in ``text``, in order."""
    return _Scanner(text, lexicons).scan()


class _Scanner(Paragraph):
    """One scan of a paragraph: spellings-out first, then the lexicon's phrases, then word by
    word; a span once taken is never taken again."""

    def __init__(self, text: str, lexicons: Lexicons) -> None:
        super().__init__(text, lexicons)
        self.found: list[Abbreviation] = []
        self.taken: list[tuple[int, int]] = []

    def scan(self) -> list[Abbreviation]:
        self._definitions()
        self._phrases()
        for match in re.finditer(r"\S+", self.text):
            self._chunk(match.start(), match.end())
        return sorted(self.found, key=lambda a: a.start)

    def _free(self, start: int, end: int) -> bool:
        return not any(start < e and s < end for s, e in self.taken)

    def _add(self, found: Abbreviation) -> None:
        self.found.append(found)
        self.taken.append((found.start, found.end))

    # -- where the writer spells an abbreviation out ------------------------------------

    def _definitions(self) -> None:
        for place in spelled_out(self.text, self.lexicons):
            self._add_definition(place.start, place.end, place.short, place.words)

    def _add_definition(self, start: int, end: int, short: str, words: str) -> None:
        if not self._free(start, end):
            return
        base, _ = split_inflection(short)
        entry = self.lexicons.lookup(short) or self.lexicons.lookup(base)
        if entry is not None and not shares_a_word(words, entry.expansions):
            return  # "SW (Sarah Wilson)" names the social worker; it does not define SW
        self._add(Abbreviation(start, end, "acronym", base, "", (words,), True, definition=words))

    # -- lexicon terms of several words ---------------------------------------------------

    def _phrases(self) -> None:
        if self.lexicons.phrases is None:
            return
        for match in self.lexicons.phrases.finditer(self.text):
            entry = self.lexicons.lookup(match.group())
            if entry is None or not self._free(match.start(), match.end()):
                continue
            end = match.end()
            self._add_known(match.start(), end, match.group(), entry, "")

    # -- single words ------------------------------------------------------------------

    def _chunk(self, start: int, end: int) -> None:
        raw = self.text[start:end]
        number_word = _NUMBER_WORD.match(self.text, start) or self._number_in_label(start)
        if number_word is None:
            # "neighbour at no. 24", "no.12": not "she said no. 4 people agreed". The verb
            # before is looked for only once the shape matches, as every word comes here.
            dotted = _DOTTED_NUMBER_WORD.match(self.text, start)
            if dotted is not None and not self._after_a_saying_verb(start):
                number_word = dotted
        if number_word is not None and self._free(start, number_word.end()):
            self._number_word(number_word)
            return
        if self._plain_word(raw):
            return
        if "@" in raw or URL.search(raw):
            return
        lead_start = start
        while start < end and self.text[start] in LEADING:
            start += 1
        while end > start:
            last = self.text[end - 1]
            if last in TRAILING:
                end -= 1
            elif last in ".-" and end - start >= 2 and self.text[end - 2] in TRAILING:
                # A full stop or a label's dash after a bracket or a colon ends the
                # sentence or the label, not the word: "(CCG and NSFT).", "etc].", "Tel:-".
                end -= 1
            elif last in APOSTROPHES and not (
                end - start >= 3 and self.text[end - 2] == "s" and self.text[end - 3].isupper()
            ):
                end -= 1  # a closing quote, not a plural possessive ("OTs'")
            else:
                break
        if start < end and self.text[start] == "#" and self._fracture(start, end):
            return
        section = _DOTTED_SECTION.match(self.text, start)
        if section is not None and section.start() == start and self._free(start, section.end()):
            self._section(section)
            return
        if self._period(start, end):
            return
        if start >= end or not any(c.isalpha() for c in self.text[start:end]):
            return
        opened = self.text[lead_start:start]
        core_end = end
        while core_end > start and self.text[core_end - 1] == ".":
            core_end -= 1
        word = self.text[start:end]
        if DOTTED_SHAPE.match(word) or DOTTED_SHAPE.match(word + "."):
            self._dotted(start, end)
            return
        if core_end < end and self._dotted_term(start, core_end, end):
            return
        subsection = SECTION_AND_SUBSECTION.match(self.text, start, core_end + 1)
        if subsection is not None:
            core_end = subsection.end()  # "s44(1)": the section, before its subsection
        parts = list(split(self.text, start, core_end, HYPHENS))
        hyphenated = len(parts) > 1
        if hyphenated and self._hyphenated_entry(start, core_end):
            return
        for part_start, part_end in parts:
            self._part(part_start, part_end, hyphenated, opened)

    def _number_word(self, found: re.Match[str]) -> None:
        """ "No" standing for "number" ("NHS No. 485 777 3456", "[CF no.]")."""
        word = found.group()
        kind: RuleKind = "dotted" if "." in word else "shorthand"
        spelled = fit("number", capital=self._at_sentence_start(found.start()), upper=False)
        self._add(Abbreviation(found.start(), found.end(), kind, word, "", (spelled,), True))

    def _section(self, section: re.Match[str]) -> None:
        """A section of an Act with a full stop ("s.44 Care Act 2014"): shorthand for
        "section 44", with the lexicon's words where it lists the section ("s117")."""
        number = section.group("number")
        start, end = section.start(), section.end()
        entry = self.lexicons.lookup(f"s{number}")
        if entry is not None:
            self._add_known(start, end, section.group(), entry, "", rule="shorthand")
            return
        spelled = fit(f"section {number}", capital=self._at_sentence_start(start), upper=False)
        self._add(Abbreviation(start, end, "shorthand", section.group(), "", (spelled,), True))

    def _period(self, start: int, end: int) -> bool:
        """A span of time in clinical notation: "6/52" for six weeks, "3/12" for three
        months, "3/7" for three days. Weeks ("/52") can be nothing else; months and days
        share their shape with a date ("3/12" is also the third of December), so they count
        only with a count's "x" before them ("x3/7"), after a word that opens a span of time
        ("in 3/12", "last 6/12", "within 1/12") or before one that closes it ("6/12
        ago"): "seen on 3/12" and "support 24/7" stay quiet."""
        found = _PERIOD.fullmatch(self.text, start, end)
        if found is None or not self._free(found.start("span"), found.end("span")):
            return False
        count, per = int(found.group("count")), found.group("per")
        if count == 0 or count > int(per):
            return False
        if per != "52" and not (
            found.group("times") or self._opens_a_period(start) or self._closes_a_period(end)
        ):
            return False
        one, many = _PERIOD_UNITS[per]
        spelled = f"{count} {one if count == 1 else many}"
        if found.group("times"):
            spelled = f"for {spelled}"  # "confused x3/7": confused for three days
        span_start, span_end = found.start("span"), found.end("span")
        self._add(
            Abbreviation(
                span_start, span_end, "shorthand", found.group("span"), "", (spelled,), True
            )
        )
        return True

    def _glued_age(self, start: int, end: int) -> bool:
        """An age with its shorthand joined on ("84yo", "83y/o"): the age in words."""
        found = _GLUED_AGE.fullmatch(self.text, start, end)
        if found is None:
            return False
        short = found.group("short").rstrip(".")
        entry = self.lexicons.lookup(short)
        if short.casefold() not in word_list("age_shorthand") or entry is None:
            return False
        count = found.group("count")
        spelled = tuple(f"{count} {expansion}" for expansion in entry.expansions)
        self._add(Abbreviation(start, end, "shorthand", short, "", spelled, True))
        return True

    def _fracture(self, start: int, end: int) -> bool:
        """Clinical shorthand: "#" for a fracture ("# wrist", "#NOF")."""
        while end > start + 1 and self.text[end - 1] == ".":
            end -= 1
        rest = self.text[start + 1 : end]
        if not rest:
            if not re.match(r" [a-z]", self.text[end : end + 2]):
                return False
            self._add(Abbreviation(start, end, "shorthand", "#", "", _FRACTURED, True))
            return True
        if not rest.isalpha():
            return False
        entry = self.lexicons.lookup(rest)
        if entry is None:
            if not rest.islower():
                return False
            self._add(Abbreviation(start, start + 1, "shorthand", "#", "", _FRACTURED, True))
            return True
        fractured = tuple(f"fractured {expansion}" for expansion in entry.expansions)
        capital = at_sentence_start(self.text, start)
        expansions = tuple(fit(e, capital=capital, upper=False) for e in fractured)
        self._add(Abbreviation(start, end, "acronym", "#" + rest, "", expansions, True))
        return True

    def _dotted(self, start: int, end: int) -> None:
        word = self.text[start:end]
        if not word.endswith("."):
            word += "."
        entry = self.lexicons.lookup(word)
        letters = sum(c.isalpha() for c in word)
        if word[0].isupper() and entry is None and letters <= 3 and self._initials(end):
            return
        if not self._free(start, end):
            return
        if entry is not None:
            self._add_known(start, end, self.text[start:end], entry, "", rule="dotted")
            return
        self._add(Abbreviation(start, end, "dotted", word, "", (), False))

    def _dotted_term(self, start: int, core_end: int, end: int) -> bool:
        """A word with a full stop after it that the lexicon lists with one ("etc.")."""
        entry = self.lexicons.lookup(self.text[start : core_end + 1])
        if entry is None or entry.kind != "dotted" or not self._free(start, end):
            return False
        # At the end of a sentence the full stop is also the sentence's: leave it.
        after = skip_spaces(self.text, core_end + 1, " ")
        sentence_end = (
            after >= len(self.text) or self.text[after] == "\n" or self.text[after].isupper()
        )
        span_end = core_end if sentence_end else core_end + 1
        self._add_known(start, span_end, self.text[start:span_end], entry, "", rule="dotted")
        return True

    def _hyphenated_entry(self, start: int, end: int) -> bool:
        """Shorthand the lexicon lists with its hyphen ("discharge co-ord"), found whole
        before the word is split into its parts."""
        word = self.text[start:end]
        entry = self.lexicons.lookup(word)
        if entry is None or not self._free(start, end):
            return False
        self._add_known(start, end, word, entry, "")
        return True

    def _part(self, start: int, end: int, hyphenated: bool, opened: str) -> None:
        word = self.text[start:end]
        if not any(c.isalpha() for c in word) or not self._free(start, end):
            return
        if word[0].isdigit() and self._glued_age(start, end):
            return
        if "/" in word:
            self._slashed(start, end, hyphenated)
            return
        self._word(start, end, hyphenated, opened)

    def _slashed(self, start: int, end: int, hyphenated: bool) -> None:
        word = self.text[start:end]
        entry = self.lexicons.lookup(word)
        if entry is not None:
            self._add_known(start, end, word, entry, "")
            return
        if SLASH_SHAPE.match(word):
            self._add(Abbreviation(start, end, "shorthand", word, "", (), False))
            return
        pieces = list(split(self.text, start, end, re.compile("/")))
        if self._a_rate(pieces):
            return
        # A reference such as "ASC/2026/04412" is an identifier, not words; so is a
        # document's number written as letters then two groups of numbers or more, however
        # short ("IASC/24/04", a report's number under the directorate that wrote it).
        if any(sum(c.isdigit() for c in self.text[s:e]) >= 3 for s, e in pieces):
            return
        if _numbered_reference([self.text[s:e] for s, e in pieces]):
            return
        for piece_start, piece_end in pieces:
            if piece_end > piece_start:
                self._word(piece_start, piece_end, True, "")

    def _a_rate(self, pieces: list[tuple[int, int]]) -> bool:
        """A rate over a period the note cuts short after its slash (the
        ``period_shorthand`` word list) with a count or shorthand before it ("hrs/wk",
        "3x/wk", "£50/wk"). Each piece the lexicon lists
        as shorthand is reported ("hrs", "wk"); a slashed word's pieces are otherwise read
        as parts of a compound, where shorthand does not count ("in/out")."""
        last_start, last_end = pieces[-1]
        if self.text[last_start:last_end].casefold() not in word_list("period_shorthand"):
            return False
        first = self.text[pieces[0][0] : pieces[0][1]]
        first_entry = self.lexicons.lookup(first)
        if not _RATE_COUNT.fullmatch(first) and (
            first_entry is None or first_entry.kind != "shorthand"
        ):
            # "1 day/wk" beside "2 nights/wk": writers mark a rate in words as often as
            # not, and mark one in counts and shorthand ("3x/wk", "hrs/wk") throughout.
            return False
        for piece_start, piece_end in pieces:
            piece = self.text[piece_start:piece_end]
            entry = self.lexicons.lookup(piece)
            if entry is not None and entry.kind == "shorthand":
                self._add_known(piece_start, piece_end, piece, entry, "")
        return True

    def _word(self, start: int, end: int, hyphenated: bool, opened: str) -> None:
        word = self.text[start:end]
        if verbed_acronym(word) and self.lexicons.lookup(word) is None:
            # An acronym used as a verb ("NFA'd", "DoLS'd"): the acronym is flagged.
            self._word(start, end - 2, hyphenated, opened)
            return
        base, inflection = split_inflection(word)
        if self._never_flag(word, start, end) or self._never_flag(base, start, end):
            return
        if self._quiet_numeral(word, start, end, opened):
            return
        if len(word) >= 2 and set(word.casefold()) == {"x"}:
            return  # a template's placeholder for digits or a name ("020 7525 xxxx", "Mr XX")
        if (
            base.isupper()
            and base.casefold() in word_list("place_abbreviation")
            and self._ends_a_name(start)
        ):
            return  # "Age UK", "Carers UK", "Homecare (UK) Limited": a body's name
        if word.isalpha() and names_an_act(self.text, end):
            # "NHS and Community Care Act 1990": the statute's name, not the writer's; "S42
            # Care Act 2014" is a section of the Act, in shorthand.
            return
        entry = self.lexicons.lookup(word)
        named_day = (
            word.casefold() not in DAY_PARTS
            or self._part_of_a_named_day(start)
            or self._part_of_the_day_closing_a_clause(start, end)
        )
        if entry is not None and not named_day:
            entry = None  # "I am", "AM/PM", "the pm call": read as they were before
        if (
            entry is not None
            and word.casefold() in word_list("strengthening_shorthand")
            and not self._strengthens_the_next_word(start, end, opened)
        ):
            entry = None  # "Mrs V Gough", "(v)": an initial or a numbered item
        if (
            entry is not None
            and word.casefold() in word_list("side_shorthand")
            and not (word.isupper() and self._names_a_side(start, end))
        ):
            # "Mr L Price", "R. Okafor", "Tasha R": an initial, not a side; a lower-case
            # "l" is a litre.
            entry = None
        if entry is not None:
            inflection = ""
            base = word
        elif base != word:
            entry = self._inflected_entry(word, base)
        if entry is not None and self._counts(word, base, entry, start, hyphenated):
            self._add_known(start, end, base, entry, inflection)
            return
        date_word = date_words().get(word)
        if (
            date_word is not None
            and (
                date_word.alone
                or self._next_to_number(start, end)
                or self._in_a_date_phrase(start, end)
            )
            and not self._after_title(start)
        ):
            self._add(Abbreviation(start, end, "shorthand", word, "", (date_word.expansion,), True))
            return
        if entry is not None:
            if self._shorthand_in_title_case(base, start, start + len(base), entry):
                # "Dtr" for daughter, "Rm 6": not the lexicon's "DtR" or "RM", so no meaning
                # is offered.
                self._add(Abbreviation(start, end, "shorthand", base, inflection, (), False))
            return
        if self._list_label(start, end):
            return
        if word in _YES_NO and self._yes_or_no_option(start, end):
            spelled = fit(_YES_NO[word], capital=self._at_sentence_start(start), upper=False)
            self._add(Abbreviation(start, end, "shorthand", word, "", (spelled,), True))
            return
        if self._unknown_acronym(base, start):
            kind: RuleKind = "shorthand" if SECTION.match(base) else "acronym"
            self._add(Abbreviation(start, end, kind, base, inflection, (), False))
        elif not hyphenated and (
            self._vowelless(word) or self._clipped(word) or cut_participle(word)
        ):
            self._add(Abbreviation(start, end, "shorthand", word, "", (), False))

    # -- building findings ---------------------------------------------------------------

    def _add_known(
        self,
        start: int,
        end: int,
        base: str,
        entry: LexiconTerm,
        inflection: Inflection,
        *,
        rule: RuleKind | None = None,
    ) -> None:
        capital = self._at_sentence_start(start)
        upper = self._caps_line(start) and base.isupper() and len(base) > 1
        meant = self._meanings_that_fit_here(start, end, base, entry)
        expansions = tuple(
            fit(
                with_article(inflect(expansion, inflection), self.text, start, end)
                if not inflection and not upper
                else inflect(expansion, inflection),
                capital=capital,
                upper=upper,
            )
            for expansion in meant
        )
        chosen = rule or entry.kind
        self._add(Abbreviation(start, end, chosen, base, inflection, expansions, True))

    def _meanings_that_fit_here(
        self, start: int, end: int, base: str, entry: LexiconTerm
    ) -> tuple[str, ...]:
        """The lexicon's meanings less those its place rules out: a time's before a date,
        a long form the writer gives before it in brackets, a restatement before a list of
        examples; none for a cut written in capitals. A meaning that does not fit is
        left unsaid rather than offered wrong."""
        if cut_read_as_capitals(entry.term, base, entry.expansions):
            return ()
        meant = meanings_that_fit(entry.expansions, self.text, end)
        meant = meanings_the_writer_allows(meant, self.text, start, end, base)
        return meanings_before_a_list(meant, self.text, end)
