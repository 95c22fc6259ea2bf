"""People's names and titles as records write them: "Mrs Doreen Pollard", "Mr H Yusuf",
"Mrs van Dijk", "Rhys ap Gwilym", "Síle Ní Bhriain".

The words come from ``lexicons/titles.toml`` (titles) and ``lexicons/domain-words.toml``
(name particles); this module turns them into the patterns every rule uses, so no two rules
disagree on what a name is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache

from recordlint.inflection import PAST, word_forms
from recordlint.lexicon import TitleEntry, load_lexicon, word_list

# The everyday courtesy titles records write before a surname ("Mrs Khan", "Mx Ellis"), as
# written, as the alternatives of a regular expression: the one copy the patterns compiled
# when their modules load share, before the titles lexicon is read. Each is one of
# ``lexicons/titles.toml``'s courtesy titles (a test holds that); titles of honour ("Sir",
# "Dame") and professional ones ("Dr") are not among them, and a pattern that takes "Dr"
# too adds it.
COURTESY_TITLE = "Mrs|Mr|Ms|Miss|Mx"


def _capitals() -> str:
    """A character class of capital letters: Python's ``re`` has no ``\\p{Lu}``, and names
    start with "Ł", "Ó" or "Ş" as well as A to Z (Latin, Greek, Cyrillic and Vietnamese)."""
    letters = (chr(c) for r in (range(0x0530), range(0x1E00, 0x1F00)) for c in r)
    return "[" + re.escape("".join(c for c in letters if c.isupper())) + "]"


CAPITAL = _capitals()


@cache
def _title_entries() -> tuple[TitleEntry, ...]:
    """The titles of ``lexicons/titles.toml``, as written."""
    return tuple(entry for entry in load_lexicon("titles").entries if isinstance(entry, TitleEntry))


@cache
def titles_as_written() -> frozenset[str]:
    """The titles written before a name, as written ("Mrs", "Dr", "PC", "Sister")."""
    return frozenset(e.term for e in _title_entries() if e.kind != "post_nominal")


@cache
def titles() -> frozenset[str]:
    """Every title written before a name, lower case: courtesy titles and professional ones."""
    return frozenset(term.lower() for term in titles_as_written())


@cache
def standing_titles() -> frozenset[str]:
    """Titles that are titles wherever they are written, lower case ("mrs", "dr", "sgt"):
    every title before a name but those that are one only there ("pc", "nurse")."""
    return titles() - {term.lower() for term in titles_only_before_a_name()}


@cache
def titles_only_before_a_name() -> frozenset[str]:
    """Titles that are titles only before a capitalised name, as written ("PC", "Nurse"):
    alone, the word is a role or an abbreviation ("the PC said")."""
    return frozenset(e.term for e in _title_entries() if e.before_name)


@cache
def post_nominal_titles() -> frozenset[str]:
    """Degrees and honours written after a name ("BSc", "OBE"), as written."""
    return frozenset(e.term for e in _title_entries() if e.kind == "post_nominal")


@cache
def _genders() -> dict[str, str]:
    return {e.term.lower(): e.gender for e in _title_entries() if e.gender is not None}


def title_gender(title: str) -> str | None:
    """ "f" for "Mrs", "m" for "Mr", None for "Mx", "Dr" and the rest."""
    return _genders().get(title.lower())


@cache
def _professional_titles() -> frozenset[str]:
    return frozenset(e.term.lower() for e in _title_entries() if e.kind == "professional")


def is_professional_title(title: str | None) -> bool:
    return title is not None and title.lower() in _professional_titles()


def name_particles() -> frozenset[str]:
    """Lower-case particles inside names: "al", "van", "ap", "ní"."""
    return word_list("name_particle")


@cache
def name_word() -> str:
    """A regular expression for one word of a name: a capitalised word, perhaps after a
    particle ("van Dijk", "al-Hassan"), or an initial ("H.")."""
    particle = r"(?:(?:" + "|".join(sorted(name_particles())) + r")[ \t-])?"
    return rf"(?:{CAPITAL}\.|{particle}{CAPITAL}[\w'’-]*)"


@cache
def person_field_label() -> str:
    """A regular expression for the label of a record header's field that gives whom the
    record is about, without its colon: "Name", "Client", "Service user" (the shared word
    list ``person_field_label``). Case is the caller's to set."""
    labels = sorted(word_list("person_field_label"), key=lambda label: (-len(label), label))
    return "|".join(r"[ \t]+".join(map(re.escape, label.split())) for label in labels)


@cache
def _named_field() -> re.Pattern[str]:
    """A header field that gives somebody's name after a label naming who they are: the
    record's person ("Person: Akash Mistry", "Client: Dean Fairclough"), someone in their
    life ("Carer: Ben Carter", "Daughter: Sue") or a professional ("Assessor: Tom
    Keeling"), the shared word lists ``person_field_label``, ``other_person`` and
    ``professional``. The field opens its line or follows another after a gap, and the
    name, up to three capitalised words after an optional title, ends the line or the
    field: a gap, a comma, a bracket or a dash ("Person: Akash Mistry (HD, mid stage)")."""
    labels = sorted(
        word_list("person_field_label") | word_list("other_person") | word_list("professional"),
        key=lambda label: (-len(label), label),
    )
    label = "|".join(r"[ \t]+".join(map(re.escape, term.split())) for term in labels)
    title = "|".join(re.escape(t) for t in sorted(titles_as_written(), key=lambda t: (-len(t), t)))
    return re.compile(
        rf"(?:^|(?<=[ \t]{{2}})|(?<=\t))[ \t]*(?i:{label})[ \t]*:[ \t]*"
        rf"(?:(?:{title})\.?[ \t]+)?"
        rf"(?P<name>{CAPITAL}[^\W\d_]+(?:['’-][^\W\d_]+)*(?:[ \t]{name_word()}){{0,2}})"
        r"(?=[ \t]*(?:$|[,(;/–—-])|[ \t]{2}|\t)",
        re.MULTILINE,
    )


def names_given_in_fields(text: str) -> Iterator[str]:
    """The names ``text`` gives in header fields that say whose name it is ("Person: Akash
    Mistry", "Carer: Ben Carter"): each a name for the whole record, where it may open
    every sentence that speaks of its bearer ("Akash has had 2 falls")."""
    if ":" not in text:
        return
    for match in _named_field().finditer(text):
        yield match.group("name")


# What joins the parts of a double-barrelled name: a hyphen, as typed or as the Unicode
# hyphen a word processor puts in.
_NAME_HYPHEN = re.compile(r"[-‐]")


def initials(name: str) -> str:
    """The initials of ``name`` as records cut it short, in capitals: a letter for each
    word and for each part a hyphen joins ("Kerry-Ann Doyle" gives "KAD", "Gareth
    Pryce-Evans" "GPE", "Tom" "T")."""
    parts = (part for word in name.split() for part in _NAME_HYPHEN.split(word) if part)
    return "".join(part[:1] for part in parts).upper()


@cache
def titled_name() -> re.Pattern[str]:
    """A title and up to four name words: groups ``title`` and ``names``. A title that is
    one only before a name ("PC", "Nurse") may match a role or an abbreviation before a
    capitalised word ("PC Monday"): ask ``names_somebody`` of each match."""
    written = sorted(titles_as_written(), key=lambda t: (-len(t), t))
    return re.compile(
        r"\b(?P<title>" + "|".join(re.escape(t) for t in written) + r")\.?[ \t]+"
        # One space between name words: a wider gap or a tab sets a header's fields apart
        # ("Person: Mr Alan Pritchard      Ref: FAB/34102"), and "Ref" is no surname.
        rf"(?P<names>{name_word()}(?: {name_word()}){{0,3}})"
    )


_DAYS_AND_MONTHS = (
    "monday tuesday wednesday thursday friday saturday sunday january february march "
    "april may june july august september october november december"
)


@cache
def _days_and_months() -> frozenset[str]:
    """Days and months, lower case, in full and as lexicons/date-abbreviations.toml
    shortens them ("thurs", "sept")."""
    short = (entry.term.lower() for entry in load_lexicon("date-abbreviations").entries)
    return frozenset(_DAYS_AND_MONTHS.split()) | frozenset(short)


def a_day_or_month(word: str) -> bool:
    """'Thursday', 'Sept', 'march': a day of the week or a month, in full or shortened."""
    return word.lower().rstrip(".") in _days_and_months()


def names_somebody(match: re.Match[str]) -> bool:
    """Whether a match of ``titled_name`` names a person. Courtesy titles always do
    ("Mrs Hope"); a title that is one only before a name does when its name is not a day
    or a month, nor a single word the dictionary knows only as an ordinary word ("PC
    Dawn Hilliard" and "Sgt Patel" do; "DS Monday", "DC Thurs" and "PC Team" do not)."""
    title = match.group("title")
    if title not in titles_only_before_a_name():
        return True
    words = match.group("names").split()
    first = words[0].rstrip(".")
    if first.lower() in _days_and_months() or (len(first) > 1 and first.isupper()):
        return False
    if len(words) > 1:
        return True
    return len(words[0]) > 2 and not only_an_ordinary_word(words[0].rstrip(".,;:"))


def _dictionary_bytes() -> bytes:
    """The en_GB dictionary's word list as stored, one stem and its flags a line."""
    from recordlint.spellcheck import DICTIONARY_DIR, DICTIONARY_NAME

    return (DICTIONARY_DIR / f"{DICTIONARY_NAME}.dic").read_bytes()


def _decoded(data: bytes) -> str:
    """The word list as text, lines ending in a newline whatever the file uses."""
    text = data.decode("utf-8", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n")


@cache
def _stems_by_first_letter() -> dict[str, str]:
    """Every stem the word list holds, grouped by its first character, each group one
    string of stems between newlines: a line after the first (the count of lines) up to
    each "/" in it (where its flags start), and each whole line that a newline ends.

    Kept in the data cache: searching the whole list for each word asked about costs
    about a millisecond, and reading it into a set costs more than a batch of records
    asks; a group, read back whole and searched, costs neither."""
    from recordlint.data_cache import cached

    data = _dictionary_bytes()
    return cached("dictionary-stems-1", data, lambda: _group_stems(_decoded(data)))


def _group_stems(text: str) -> dict[str, str]:
    lines = text.split("\n")
    stems = lines[1:-1]  # the last is not ended by a newline
    for line in lines[1:]:
        cut = line.find("/")
        while cut != -1:
            stems.append(line[:cut])
            cut = line.find("/", cut + 1)
    groups: dict[str, list[str]] = {}
    for stem in stems:
        groups.setdefault(stem[:1], []).append(stem)
    return {first: "\n" + "\n".join(group) + "\n" for first, group in groups.items()}


def _in_dictionary(stem: str) -> bool:
    """Whether a line of the word list is ``stem``, alone or before its flags. No line
    holds a line break, so a "stem" with one is never in the list."""
    if "\n" in stem:
        return False
    group = _stems_by_first_letter().get(stem[:1])
    return group is not None and f"\n{stem}\n" in group


def dictionary_words_starting(front: str) -> Iterator[str]:
    """Each word of the word list (a stem, before its flags) that starts with ``front``,
    read from the same grouped list as the lookups here rather than a second copy of it."""
    if not front or "\n" in front:
        return
    group = _stems_by_first_letter().get(front[:1])
    if group is None:
        return
    at = group.find(f"\n{front}")
    while at != -1:
        end = group.index("\n", at + 1)
        yield group[at + 1 : end]
        at = group.find(f"\n{front}", end)


def in_dictionary(stem: str) -> bool:
    """Whether the word list holds ``stem`` itself, with its case as written."""
    return _in_dictionary(stem)


@lru_cache(maxsize=4096)
def only_a_name(word: str) -> bool:
    """Whether the dictionary knows ``word`` only as a name, with its capital ("Clive",
    "Karen"), never as an ordinary word: a name, however the tagger reads it."""
    lower = word.lower()
    capital = lower[:1].upper() + lower[1:]
    return lower.isalpha() and _in_dictionary(capital) and not _in_dictionary(lower)


@lru_cache(maxsize=4096)
def only_an_ordinary_word(word: str) -> bool:
    """Whether the dictionary knows ``word`` as an ordinary word and never as a name:
    "Mosaic" and "Case" written with a capital where a line or title opens, unlike "Grace",
    "Will" or "Frank", which it knows both ways. Some first names are ordinary words to
    it ("Joy", "Dawn"), so callers ask only where nothing else says it names somebody."""
    lower = word.lower()
    capital = lower[:1].upper() + lower[1:]
    return _in_dictionary(lower) and not _in_dictionary(capital)


def an_ordinary_compound(word: str) -> bool:
    """Whether ``word`` is a compound joined by hyphens of words the dictionary knows only as
    ordinary words ("Self-Neglect", "Follow-Up" in a heading), which no name is; a
    double-barrelled name has a name in it ("Mary-Jane", "Jean-Paul")."""
    parts = word.split("-")
    return len(parts) > 1 and all(part and only_an_ordinary_word(part) for part in parts)


@lru_cache(maxsize=4096)
def a_regular_past(word: str) -> bool:
    """Whether ``word`` is the regular past tense of a word the dictionary knows only as an
    ordinary word ("Visited", "Phoned", "Emailed"), never a name ("Fred", "Alfred", "Reed"):
    a note's verb where it opens a sentence before a name ("Visited Irene at home")."""
    lower = word.lower()
    if not lower.isalpha() or not lower.endswith("ed") or len(lower) < 5:
        return False
    stems = {lower[:-1], lower[:-2], lower[:-3] + "y"}
    if lower[-3] == lower[-4]:
        stems.add(lower[:-3])  # "stopped"
    return any(
        only_an_ordinary_word(stem) and word_forms(stem).get(lower) == PAST for stem in stems
    )
