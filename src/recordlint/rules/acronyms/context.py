"""What a word's place says about it: a form's label or a list's, a name or a heading in
capitals, a numeral, a word the lexicon lists in another case, a clipped or vowelless
word. The scanner reads a paragraph through these tests, which look and never add a
finding; the tests of the characters just around a word are in ``surroundings``."""

from __future__ import annotations

import re

from recordlint.dates import MONTHS
from recordlint.lexicon import word_list
from recordlint.names import (
    names_somebody,
    only_a_name,
    only_an_ordinary_word,
    post_nominal_titles,
    titled_name,
)
from recordlint.rules.acronyms.lexicon import (
    DAY_PARTS,
    LexiconTerm,
    date_words,
    is_common_word,
    is_known_spelling,
    is_ordinary_word,
    words,
)
from recordlint.rules.acronyms.shapes import (
    BULLET_PREFIX,
    PLAIN_PUNCTUATION,
    SECTION,
    VOWELS,
    acronym_shape,
    at_sentence_start,
    ends_a_company_name,
    unpronounceable,
)
from recordlint.rules.acronyms.surroundings import WORD_BEFORE, Surroundings
from recordlint.shortened import clipped_word, contracted_word, cut_participle
from recordlint.text import line_start

# The word just before another on its line, after a space or a comma ("Houseman MBE CC",
# "Smith OBE, DL").
_POST_NOMINAL_BEFORE = re.compile(r"(?<![\w.])([A-Za-z]+),?[ \t]+$")

# Words after which a Roman numeral is a label, not an abbreviation ("Stage IV").
_NUMERAL_LABELS = frozenset(
    words(
        "part stage type schedule section chapter appendix annex grade phase level article "
        "class category volume book step tier henry george edward charles elizabeth william "
        "james"
    )
)
_ROMAN = re.compile(r"^(?=[ivx]+$|[IVX]+$)(?i:x{0,3}(?:ix|iv|v?i{0,3}))$")
# "no" for "number" closes a field label: a word for the thing numbered before it, and the
# label's colon (or "(if known)") after it. "Yes or no:" and "say no" use the word.
_FIELD_COLON = re.compile(r"[ \t]*:[ \t]*(?:$|/|\n)", re.MULTILINE)
# The word before may be shorthand with its full stop ("Agency Ref. No.:").
_WORD_BEFORE_NUMBER = re.compile(r"[A-Za-z]\.?[ \t]+$")
_NOT_NUMBERED_BEFORE = re.compile(
    r"\b(?:yes|or|and|say|said|says|is|are|was|answer(?:ed)?|there|with)[ \t]+$", re.IGNORECASE
)
# The label's colon may come after a note in brackets on what to write ("Telephone No (Inc
# dial code):"); "No." before the colon keeps its full stop ("Ref. No.:").
_NO_IN_LABEL = re.compile(
    r"[Nn]o\b(?:\.(?=[ \t]*:))?"
    r"(?=\.?[ \t]*(?::|\((?:if\s+known|if\s+any|optional)\)|\([^()\n]{1,40}\)[ \t]*:))"
)
# A label broken over two lines, "No:" opening the second after the thing numbered ("NHS" /
# "No:"): the line before ends with a word, not a colon or a sentence's full stop.
_NO_OPENING_A_LINE = re.compile(r"No\.?(?=[ \t]*:)")
_LINE_ENDING_IN_A_WORD = re.compile(r"[A-Za-z][ \t]*\n$")
# "No." heading a table's column: the whole line is "No." and a few capitalised column
# names, with no sentence in it ("No. Item", "No. Subject Action").
_NO_HEADING_A_COLUMN = re.compile(r"No\.(?=(?:[ \t]+[A-Z][a-z]+){1,3}[ \t]*$)", re.MULTILINE)
# "No." or "No" closing a line, or a form's cell before the " / " that parts it from the
# next ("NHS No. / Date of Birth:"), that is a short label in capitalised words ("NHS No.",
# "Case Ref No"); "Yes No" and "she said No." are not labels.
_NO_ENDING_A_LABEL = re.compile(r"No\.?(?=[ \t]*$|[ \t]+/[ \t])", re.MULTILINE)
_LABEL_BEFORE_NUMBER = re.compile(r"^[ \t]*(?:[A-Z][\w&/-]*[ \t]+){1,3}$")
_POSTCODE_PART = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?$|^\d[A-Z]{2}$")
_AMPERSAND = re.compile(r"^[A-Z]{1,3}&[A-Z]{1,3}$")
# A month's name in full ("DECEMBER" in "14 DECEMBER 2009"), the longest of the names the
# date reader knows for each month: a word in capitals, never initials.
_MONTH_NAMES = frozenset(
    max((name for name, n in MONTHS.items() if n == number), key=len)
    for number in set(MONTHS.values())
)
# A label's name just before its last word ("Mosaic ", "NHS ", "Client "), and what closes
# the label after it: a colon, the identifier's digits or the word "number".
_LABEL_NAME_BEFORE = re.compile(r"(?<![\w'’])[A-Z][A-Za-z]+ $")
_IDENTIFIER_AFTER = re.compile(r"[ \t]*(?::|\d|[Nn]umber\b|[Nn]o\b)")
# What may stand before a surname opening an entry: nothing, a bullet or a time.
_ENTRY_OPENING = re.compile(r"^[ \t]*(?:[-•*][ \t]*)?(?:\d{1,2}[:.]?\d{2}[ \t]*[-–]?[ \t]*)?$")
_FIRST_NAME_AFTER = re.compile(r",[ \t]*([A-Z][a-z'’-]+)\b(?![ \t]+[a-z])")
# A capitalised word after initials, past any spaces ("P.E. Smith").
_NAME_OPENING_AFTER = re.compile(r" *[A-Z][a-z]")
# A label's colon straight after a word ("Cc:").
_COLON_AFTER = re.compile(r"[ \t]*:")


def _last_word_before(text: str, start: int) -> str:
    """The last run of word characters before ``start``, past any other characters ("Stage"
    in "Stage IV", "Part" in "Part (iv)"); "" where none comes before. Read backwards from
    ``start`` over only the characters it passes, never a copy of the text before."""
    end = start
    while end > 0 and not _word_character(text[end - 1]):
        end -= 1
    begin = end
    while begin > 0 and _word_character(text[begin - 1]):
        begin -= 1
    return text[begin:end]


def _word_character(char: str) -> bool:
    """Whether ``char`` is a word character as a regular expression's ``\\w`` reads it."""
    return char.isalnum() or char == "_"


class Paragraph(Surroundings):
    """A paragraph's text and the lexicons, with the tests a scan makes of a word's place."""

    def _plain_word(self, raw: str) -> bool:
        """Most words are plain lower-case or capitalised words: rule them out cheaply."""
        word = raw.strip(PLAIN_PUNCTUATION)
        if not word.isalpha() or not (word.islower() or word[1:].islower()):
            return False
        folded = word.casefold()
        terms = self.lexicons.terms
        if folded in terms or folded[:-1] in terms or word in date_words():
            return False  # a lexicon term or its plural ("appts")
        if self._clipped(word):
            return False  # a word cut short ("indep"), looked at word by word
        if word.islower() and cut_participle(word):
            return False  # a participle cut short and written closed ("recd")
        return not VOWELS.isdisjoint(word.lower())

    def _initials(self, end: int) -> bool:
        """Capital letters with full stops before a name are someone's initials (at most
        three: "P.E.R.F.O.R.M Model" names a model by its letters)."""
        return _NAME_OPENING_AFTER.match(self.text, end) is not None

    def _number_in_label(self, start: int) -> re.Match[str] | None:
        """ "no" ending a field label after the thing numbered ("Tel no:", "Other ref no:",
        "NHS no (if known):", a line of its own "NHS No."), or heading a table's column
        ("No. Item"), where it stands for "number"."""
        begins = line_start(self.text, start)
        before = self.text[begins:start]
        if not before.strip():
            return _NO_HEADING_A_COLUMN.match(self.text, start) or self._label_continued(
                begins, start
            )
        found = _NO_IN_LABEL.match(self.text, start) or _NO_ENDING_A_LABEL.match(self.text, start)
        if found is None:
            return None
        if not _WORD_BEFORE_NUMBER.search(before) or _NOT_NUMBERED_BEFORE.search(before):
            return None
        if found.re is _NO_ENDING_A_LABEL and not _LABEL_BEFORE_NUMBER.match(before):
            return None
        return found

    def _label_continued(self, begins: int, start: int) -> re.Match[str] | None:
        """ "No:" opening a line whose label began on the line before ("NHS" / "No:")."""
        if begins == 0 or start != begins:
            return None
        previous = self.text[line_start(self.text, begins - 1) : begins]
        if not _LINE_ENDING_IN_A_WORD.search(previous):
            return None
        if _NOT_NUMBERED_BEFORE.search(previous.rstrip() + " "):
            return None
        return _NO_OPENING_A_LINE.match(self.text, start)

    def _list_label(self, start: int, end: int) -> bool:
        """A label that starts a line of a list ("S1.", "ROL1)"), not an abbreviation."""
        begins = line_start(self.text, start)
        if not BULLET_PREFIX.match(self.text[begins:start]):
            return False
        return bool(re.match(r"[.)]?[.):]\s*(?:\n|$)", self.text[end : end + 4]))

    def _inflected_entry(self, word: str, base: str) -> LexiconTerm | None:
        """The lexicon's entry for the word without its plural or possessive ending."""
        entry = self.lexicons.lookup(base)
        if entry is None:
            return None
        if any(c.isupper() for c in base) or not any(c.isupper() for c in entry.term):
            # "GPs", "appts"; but "has" is not the plural of "HA" (housing association).
            return None if is_ordinary_word(word) else entry
        return None

    def _vowelless(self, word: str) -> bool:
        """Shorthand made by dropping vowels ("Nxt", "thx", "tmrw"); w and y count as
        vowels so that Welsh words ("Cwm") and "rhythm" stay quiet."""
        if not (2 <= len(word) <= 5 and word.isascii() and word.isalpha()):
            return False
        if not word[1:].islower():
            return False
        if not VOWELS.isdisjoint(word.lower()):
            return False
        folded = word.casefold()
        lexicons = self.lexicons
        if folded in lexicons.units or folded in lexicons.quiet_folded:
            return False
        return not (is_known_spelling(word) or is_known_spelling(word.lower()))

    def _clipped(self, word: str) -> bool:
        """A lower-case word cut short ("indep", "accom", "allocs", "neuro") or contracted to
        the letters that carry a longer word ("assmt", "wkly"): not a word the dictionary or
        the lexicons know, not a dish's name, and the front of a longer word or its
        contraction."""
        if not (3 <= len(word) <= 7 and word.isascii() and word.isalpha() and word.islower()):
            return False
        lexicons = self.lexicons
        if word in lexicons.units or word in lexicons.quiet_folded or word in word_list("dish"):
            return False
        if is_known_spelling(word):
            return False
        return clipped_word(word) or contracted_word(word)

    def _never_flag(self, word: str, start: int, end: int) -> bool:
        lexicons = self.lexicons
        bare = word.rstrip(".")
        if bare in lexicons.quiet and self._closes_an_id_label(bare, start, end):
            return False
        if bare in lexicons.quiet or bare in lexicons.titles:
            return True
        if bare.isupper() and self._after_post_nominal(start):
            # Letters after a name come in a run ("Mr D W Houseman MBE CC", "Jane Smith OBE
            # DL"): the capitals after an honour are more of them, not an abbreviation.
            return True
        if bare in lexicons.titles_before_names:
            # "PC Dawn Hilliard", "Sr Okafor": a rank before a name; "the PC said" and a
            # role before a name ("OT Sarah") are abbreviations.
            name = titled_name().match(self.text, start)
            return name is not None and names_somebody(name)
        if (
            bare.isupper()
            and bare.title() in lexicons.titles
            and (self._caps_line(start) or re.match(r" [A-Z]", self.text[end : end + 2]))
        ):
            return True  # "MRS POLLARD", "MR Jones": a title, not an abbreviation
        if bare.casefold() in lexicons.units or bare.casefold() in DAY_PARTS:
            return self._after_number(start)
        return False

    def _after_post_nominal(self, start: int) -> bool:
        """Whether the word just before ``start``, on the same line and after a space or a
        comma, is an honour or degree written after a name ("MBE", "OBE": the
        ``post_nominal`` titles)."""
        previous = _POST_NOMINAL_BEFORE.search(self.text, max(0, start - 12), start)
        return previous is not None and previous.group(1) in post_nominal_titles()

    def _closes_an_id_label(self, word: str, start: int, end: int) -> bool:
        """A never-flag word in capitals that the acronym lexicon also lists, closing a
        form's label after a capitalised name and before the identifier or the label's
        colon ("Mosaic ID: 1148820", "LAS ID 5520338", "Client ID:", "Mosaic ID number"):
        there it is the abbreviation, not the everyday word ("photo ID")."""
        if not word.isupper() or len(word) < 2 or self.lexicons.lookup(word) is None:
            return False
        return bool(_LABEL_NAME_BEFORE.search(self.text, 0, start)) and bool(
            _IDENTIFIER_AFTER.match(self.text, end)
        )

    def _quiet_numeral(self, word: str, start: int, end: int, opened: str) -> bool:
        if not _ROMAN.match(word):
            return False
        if word.isupper() and self.lexicons.lookup(word) is None:
            return True  # "Type II": no other reading
        after = self.text[end : end + 1]
        if opened.endswith("(") and after == ")":
            return True  # "(iv)"
        line_before = self.text[line_start(self.text, start) : start]
        if BULLET_PREFIX.match(line_before) and after in (".", ")"):
            return True  # "iv. Next item"
        return _last_word_before(self.text, start).lower() in _NUMERAL_LABELS

    def _counts(
        self, word: str, base: str, entry: LexiconTerm, start: int, hyphenated: bool
    ) -> bool:
        """Whether a word the lexicon lists is that abbreviation here, given its case."""
        if not any(c.isupper() for c in entry.term):
            # Note shorthand, in any case ("re", "Re", "RE"), but only where it stands
            # alone: "re-referral" is not "re".
            return not hyphenated
        if self._cut_not_the_mixed_case_acronym(word, entry):
            return False  # "dtr" for daughter, not the lexicon's "DtR"
        if word[:1].isupper() and word[1:].islower() and sum(map(str.isupper, entry.term)) > 1:
            # "Nia" is a name, not "NIA"; but a form's label ("Dob:") is the abbreviation,
            # unless it is a word ("At:").
            return bool(_FIELD_COLON.match(self.text, start + len(word))) and not (
                is_common_word(base)
            )
        if word == entry.term or base == entry.term:
            # "WHAT MUST HAPPEN NEXT" is a heading, not the MUST screening tool.
            return not (word.isupper() and self._caps_line(start) and is_common_word(base))
        # Another case than the lexicon's ("gp" for "GP"): only if it is not a word ("At").
        return not is_common_word(base)

    def _cut_not_the_mixed_case_acronym(self, word: str, entry: LexiconTerm) -> bool:
        """A word in lower case with no vowel ("dtr") where the lexicon writes the acronym
        in mixed case ("DtR", "SfC"): the small letters of the lexicon's form say its case
        is part of it, and notes cut words to their consonants in lower case ("dtr" for
        daughter), so the word is that shorthand, not the acronym. An acronym the lexicon
        writes in capitals is written in lower case by notes as often as not ("gp")."""
        mixed = entry.term != entry.term.upper() and sum(map(str.isupper, entry.term)) >= 2
        return mixed and word.islower() and self._vowelless(word)

    def _shorthand_in_title_case(self, word: str, start: int, end: int, entry: LexiconTerm) -> bool:
        """A word in title case with no vowel ("Dtr", "Rm") that the lexicon lists only as
        an acronym in capitals ("DtR", "RM"), or in lower case where the lexicon writes it
        in mixed case ("dtr"). A name in title case is the acronym's other
        reading ("Nia" for "NIA"), but a name needs a vowel: with none the word is note
        shorthand cut from a longer word ("Dtr states mum not coping", "Rm 6 settled").
        Not the end of a place's name ("Heron Ct", "Anchor Ct"), and not a label before
        its colon ("Cc:"), which the lexicon's reading already decides."""
        if self._cut_not_the_mixed_case_acronym(word, entry):
            return True
        if not (word[:1].isupper() and word[1:].islower()):
            return False
        if sum(map(str.isupper, entry.term)) < 2 or _COLON_AFTER.match(self.text, end):
            return False
        if not self._vowelless(word):
            return False
        before = re.search(r"([A-Za-z'’]+)[ \t]+$", self.text[max(0, start - 40) : start])
        return before is None or not before.group(1)[:1].isupper()

    def _unknown_acronym(self, base: str, start: int) -> bool:
        if SECTION.match(base):
            return True
        if _AMPERSAND.match(base):
            return True
        if not acronym_shape(base):
            return False
        if any(c.isdigit() for c in base):
            # "T2DM", "NEWS2"; not postcodes ("BS23") or reference numbers ("AB123456").
            return sum(c.isdigit() for c in base) <= 2 and not _POSTCODE_PART.match(base)
        letters = "".join(c for c in base if c.isalpha())
        if letters.isupper():
            if self._cites_an_author(start, start + len(base)):
                return True  # "(SO, 2001)", "(DH 2014)": a body's initials, cited
            if self._caps_line(start):
                # Headings and shouting: only the lexicon's terms count, and initials that
                # no word in capitals could be ("ADULT CARE AND HEALTH PDS COMMITTEE").
                return unpronounceable(letters)
            if is_common_word(letters) or letters.casefold() in _MONTH_NAMES:
                return False  # "URGENT", "NOTE", "NOT"; "14 DECEMBER 2009"
            if self._after_title(start):
                return False  # "Mrs AB": initials standing for a name
            if self._in_name_or_heading(start, start + len(base), letters):
                return False
            if ends_a_company_name(self.text, start + len(base)):
                return False  # "TLC Sheffield Home Care Ltd": the company's registered name
        return True

    def _in_name_or_heading(self, start: int, end: int, letters: str) -> bool:
        """Capitals next to other unknown capitals ("PRIYA PATEL"), or a surname in
        capitals after a first name ("Priya PATEL"), are a name or a heading."""
        before = re.search(r"([A-Za-z'’]+) $", self.text[max(0, start - 40) : start])
        after = re.match(r" ([A-Za-z'’]+)", self.text[end : end + 40])
        for neighbour in (before, after):
            if neighbour is None:
                continue
            word = neighbour.group(1)
            if len(word) > 1 and word.isupper() and self.lexicons.lookup(word) is None:
                return True
        if not any(c in "AEIOUY" for c in letters):
            return False
        if len(letters) >= 3 and self._surname_first(start, end):
            return True
        if before is None:
            return False
        word = before.group(1)
        if len(word) == 1 and word.isupper():
            # "MRS V BOUGHTON", "Mr J HALE": a title, an initial and the surname.
            title = WORD_BEFORE.search(self.text, 0, max(0, start - 40) + before.start(1))
            return title is not None and (
                title.group(1) in self.lexicons.titles
                or title.group(1).title() in self.lexicons.titles
            )
        if len(letters) < 4:
            return False
        return (
            word[0].isupper()
            and word[1:].islower()
            and (
                not at_sentence_start(self.text, start - len(word) - 1)
                or only_a_name(word)  # "Doreen ASHWORTH" opening a line
            )
        )

    def _surname_first(self, start: int, end: int) -> bool:
        """A surname in capitals opening an entry of a log or a list, then a comma and the
        first name ("BECKETT, Callum   ID ...", "09:10  ROWE, Martin – ...")."""
        begins = line_start(self.text, start)
        if not _ENTRY_OPENING.match(self.text[begins:start]):
            return False
        first = _FIRST_NAME_AFTER.match(self.text, end)
        return first is not None and not only_an_ordinary_word(first.group(1))
