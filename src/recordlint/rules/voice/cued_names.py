"""Untitled names given where a record names its person (:func:`cued_first_names`): "Name:
Priya", "Re: Dougie", a title's "- Kieran Walsh", a header's name with its surname in
capitals, and whose relative a caller is introduced as. It stands apart from ``names``
because these are read from a record's fields and titles alone, with no parse, so the
record's person can be found before any paragraph is parsed."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from recordlint.lexicon import word_list
from recordlint.names import CAPITAL, name_word, person_field_label, titles
from recordlint.rules.voice.facts import Mention, Ref, RefKind
from recordlint.rules.voice.lexicon import ABOUT_WHOM, SpeechLexicon, speech_lexicon
from recordlint.rules.voice.roles import clean, role_in_text, role_kind
from recordlint.segments import DASHES
from recordlint.subjects import WEEKDAYS
from recordlint.text import line_end


# A name given in a field or after "re": "Name: Priya Shah", "Re: Dougie (DOB 3.4.51)",
# "Person: Jamie", the label of a header field (the shared word list) or a word naming the
# record's person by role ("Resident: Edna Halloran", "Patient: Paul Whitcombe", "Pt:
# Kiera"). Titled names are read elsewhere.
@cache
def _cued_first_name() -> re.Pattern[str]:
    roles = sorted(speech_lexicon().person, key=len, reverse=True)
    labels = "|".join(
        [person_field_label(), ABOUT_WHOM, "about"]
        + [r"\s+".join(map(re.escape, role.split())) for role in roles]
    )
    return re.compile(
        rf"^[ \t]*(?:{labels})[ \t]*[:\-–]"
        r"[ \t]*"
        rf"(?P<name>{CAPITAL}[^\W\d_]*(?:['’-][^\W\d_]+)*(?:[ \t]+{name_word()}){{0,2}})"
        # The name ends the line, or a field after a gap: "Person: Joan Pickering    DOB".
        r"[ \t]*(?=$|[,(.;/–-]|[ \t]{2})",
        re.IGNORECASE | re.MULTILINE,
    )


# A full name given with a case or reference number in brackets, as case systems print
# whom a record is about, wherever it stands: "Re: Valentyna Kovalenko (40511)", "Re Abdul
# Qadir RAHIMI (40172)", "Client: Kenneth Doyle (ID 1102981)". A number of five digits or
# more, after at most one short label; never a year ("Care Act (2014)") nor a telephone
# number written in groups.
@cache
def _name_with_case_number() -> re.Pattern[str]:
    return re.compile(
        # "Re" before the name is no part of it.
        rf"(?<![\w'’-])(?:(?i:{ABOUT_WHOM})\b[ \t]*:?[ \t]*)?"
        rf"(?P<name>{CAPITAL}[^\W\d_]+(?:['’-][^\W\d_]+)*"
        rf"(?:[ \t]+{name_word()}){{1,3}})"
        r"[ \t]*\((?:[^\W\d_]{1,6}\.?:?[ \t]*)?\d{5,}\)"
    )


def person_field_names(text: str) -> set[int]:
    """Where ``text`` gives an untitled name as whom the record is about, in so many words:
    after a label naming the record's person ("Person: Abdul Rahimi", "Re: Dougie") or with
    a case number in brackets ("Valentyna Kovalenko (40511)"), or surname first where a
    header opens ("Rahimi, Abdul Qadir   DOB 03/02/1957"). A caller the body names more
    often ("T/C from Olena ... Olena says") is somebody else."""
    found = {match.start("name") for match in _cued_first_name().finditer(text)}
    found.update(match.start("name") for match in _name_with_case_number().finditer(text))
    found.update(match.start("name") for match in _surname_first(text))
    return found


# A header field giving a full name with its surname in capitals, as case systems print it:
# after a label ("Resident: Edna POLLARD   Rm 4", "SU: Dean FAIRCLOUGH"), or opening its line
# before the next field ("Callum REID   ASC ID 512604"). The label is asked of the lexicon:
# one naming the person's role to the service ("resident", "applicant") gives the person.
@cache
def _capitals_surname_field() -> re.Pattern[str]:
    return re.compile(
        rf"^[ \t]*(?:(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*:[ \t]*)?"
        rf"(?P<name>{CAPITAL}[^\W\d_A-Z]+(?:['’-][^\W\d_]+)*"
        rf"(?:[ \t]+{CAPITAL}[^\W\d_]+)?[ \t]+{CAPITAL}{{2,}}(?:['’-]{CAPITAL}+)?)"
        # The field ends the line, or another follows after a gap; without a label a field
        # must follow, so a signature ("Sam HUGHES") never names the person.
        r"(?=[ \t]*(?:$|[,(])|[ \t]{2}|\t)",
        re.MULTILINE,
    )


def _names_the_person_by_field(match: re.Match[str], lexicon: SpeechLexicon) -> bool:
    label = match.group("label")
    if label is None:
        # "Callum REID   ASC ID 512604": a field after the name, not the line's end, and
        # no role on the line ("Judith OKAFOR   Reviewing Officer" is whoever wrote it).
        rest = match.string[match.end("name") : line_end(match.string, match.end("name"))]
        roles = {role_kind(word, lexicon) for word in re.findall(r"[^\W\d_]+", rest.lower())}
        return bool(re.match(r"[ \t]{2,}\S|\t\S", rest)) and not roles & {
            "relevant_other",
            "professional",
        }
    return serves_the_person(label, lexicon)


def serves_the_person(label: str, lexicon: SpeechLexicon | None = None) -> bool:
    """Whether a field's label names whom the record serves ("Resident", "Applicant",
    "SU"), not a relative's role ("Mum") nor anybody else's."""
    word = label.strip(" \t:").lower()
    role = role_kind(word, lexicon or speech_lexicon())
    return role == "person" or (role is None and word in word_list("person"))


# A record of the carer's own needs: "Carer's assessment", "Carers support note", "Carer's
# conversation - Mrs Ellen Byrne", "Carer contact - telephone".
CARERS_RECORD = re.compile(
    r"\bcarer'?s'?\s+(?:assessment|conversation|support|contact|review|break)\b", re.IGNORECASE
)


# A full name closing a title after a dash ("Supported living tenancy - Kieran Walsh",
# "Review visit - Leonard (Len) Gibbs"), also before the address ("OT home visit – Graham
# Pellow, 14 Thornbury Road"), or standing between dashes before the place or the
# date ("Visit - Tadeusz Nowak, Marine Court - 15/04/2026", "Carer's conversation - Ewa
# Nowak - 27/11/2026"), or given after a line's label
# with the age that describes whom a record is about ("RS: Danny Whelan, approx. 40s"): how
# records without a title name their person.
@cache
def _introduced_full_name() -> re.Pattern[str]:
    dashes = "".join(re.escape(dash) for dash in sorted(DASHES))
    known_as = rf"(?:[ \t]+\({CAPITAL}[^\W\d_]+\))?"
    full_name = (
        rf"(?P<name>{CAPITAL}[^\W\d_]+(?:['’-]{CAPITAL}[^\W\d_]+)?{known_as}"
        rf"(?:[ \t]+{name_word()}){{1,2}})"
    )
    # "Kayleigh Marsh (KM)": the initials the record goes on to call them by.
    initials = r"(?:[ \t]+\((?P<initials>[A-Z]{2,3})\))?"
    # "Daily log - Neil A (night)", "DAILY LOG - Joel Pritchard - home support": in the
    # record's first two lines, a name of plain words (not a place, "St Aldhelm's NH"),
    # perhaps with its surname cut to its initial, before a bracket of small letters or
    # more words after a second dash.
    plain_word = rf"{CAPITAL}[a-z]+(?:['’-]{CAPITAL}[a-z]+)?"
    header_name = (
        rf"(?P<header_name>{plain_word}(?:[ \t]+(?:{plain_word}|[A-Z](?![\w'’-]))){{1,2}})"
    )
    return re.compile(
        rf"\A(?:[^\n]*\n)?(?P<header_before>[^\n]*?)[ \t][{dashes}][ \t]+{header_name}[ \t]*"
        r"(?:(?P<header_bracket>\((?=[^)\n]*[a-z])[^()\n]*\))[ \t]*$|"
        rf"[{dashes}][ \t]+(?P<header_after>[^\d\s{dashes}][^\n]*)$)|"
        rf"^(?P<before>[^\n]*?)[ \t][{dashes}][ \t]+{full_name}{initials}[ \t]*"
        # "Transitions visit - Maya Chen (aged 17)": the age given beside the name.
        r"(?:\((?:aged?[ \t]*)?\d{1,3}\)[ \t]*)?"
        rf"(?:$|,[^\n{dashes}]*[ \t][{dashes}][ \t][^\n]*$|[{dashes}][ \t]+\d[^\n]*$|"
        # "OT home visit – Graham Pellow, 14 Thornbury Road": the address that follows.
        rf",[ \t]*\d{{1,4}}[A-Za-z]?[ \t]+{CAPITAL}[^\n]*$)|"
        # "Arthur Penrose - daily log 03/03/26": the name opening the record's title.
        rf"\A[ \t]*{full_name.replace('name>', 'opening>')}[ \t]+[{dashes}][ \t]+"
        r"(?P<after>[^\n]*)$|"
        rf"^[ \t]*(?:(?P<label>[^\W\d_][^:\n]{{0,24}}):[ \t]*)?"
        + full_name.replace("name>", "aged>")
        + r"[ \t]*[,(][ \t]*(?:(?:approx\.?|aged?)[ \t]*)?\d{1,3}(?!\d)",
        re.MULTILINE,
    )


_WHOSE_RELATION = re.compile(
    rf"\([ \t]*(?P<name>{CAPITAL}[^\W\d_]+)['’]s[ \t]+(?P<role>[\w-]+)[ \t]*[),]"
)


_FOR_A_RELATIVE = re.compile(
    rf"\((?:[^()\n]{{0,24}}[ \t])?(?:{ABOUT_WHOM}|about|for)[ \t]+(?:his|her|their)[ \t]+"
    rf"(?P<role>[\w-]+)[ \t]+(?P<name>{CAPITAL}[^\W\d_]+)[ \t]*\)"
)


# "Call from Alan Pryce (father of Joanna)", "(mum of Kieran, 22)": whom a caller is
# introduced as the relative or worker of, in brackets after their name.
_RELATIVE_OF = re.compile(
    r"\([ \t]*(?P<role>[^\W\d_]+(?:[ \t]*(?:/|and)[ \t]*[^\W\d_]+)?)[ \t]+of[ \t]+"
    rf"(?P<name>{CAPITAL}[^\W\d_]+(?:[ \t]+{CAPITAL}[^\W\d_]+)?)[ \t]*[),]"
)


# "Rahimi, Abdul Qadir   DOB 03/02/1957", "FROST, Albert   ID 2290117": a case system's
# header opening a line with whom the record is about, surname first, before a field.
_SURNAME_FIRST = re.compile(
    rf"^[ \t]*(?P<surname>{CAPITAL}[^\W\d_]+(?:['’-][^\W\d_]+)*),[ \t]+"
    rf"(?P<name>{CAPITAL}[^\W\d_A-Z]+(?:[ \t]+{CAPITAL}[^\W\d_A-Z]+)?)"
    r"(?=[ \t]{2,}\S|\t\S)",
    re.MULTILINE,
)


@lru_cache(maxsize=64)
def _surname_first(text: str) -> tuple[re.Match[str], ...]:
    """The names a header gives surname first ("Rahimi, Abdul Qadir   DOB 03/02/1957"),
    read in the record's header only, where a case system prints whom it is about; read
    once per text for both the person's field names and the cued first names."""
    return tuple(_SURNAME_FIRST.finditer(text, 0, _header_end(text)))


def _relative_of(match: re.Match[str], lexicon: SpeechLexicon) -> bool:
    """Whether the bracket gives a relative's or worker's role of whoever it follows, not a
    carer's own ("wife and carer of Derek", whose record is about the carer)."""
    words = re.findall(r"[^\W\d_]+", match.group("role").lower())
    kinds = {role_kind(word, lexicon) for word in words if word != "and"}
    return (
        bool(kinds)
        and kinds <= {"relevant_other", "professional"}
        and not _A_CARER.intersection(words)
    )


# The carer a bracket names ("wife/carer of Frank"): a carer's record may be about them.
_A_CARER = frozenset({"carer", "carers"})


def cued_first_names(text: str, lexicon: SpeechLexicon | None = None) -> list[Mention]:
    """Untitled names given where a record names its person: "Name: Priya", "Re: Dougie",
    a title's "- Kieran Walsh" (not one introduced by a role: "Call with advocate - Chidi
    Obi"), "RS: Danny Whelan, 40", a header's name with its surname in capitals
    ("Resident: Edna POLLARD   Rm 4", "Callum REID   ASC ID 512604")."""
    lexicon = lexicon or speech_lexicon()
    matches = list(_cued_first_name().finditer(text))
    taken = {match.start("name") for match in matches}
    numbered = [m for m in _name_with_case_number().finditer(text) if m.start("name") not in taken]
    matches.extend(numbered)
    taken.update(match.start("name") for match in numbered)
    matches.extend(
        match
        for match in _capitals_surname_field().finditer(text)
        if match.start("name") not in taken and _names_the_person_by_field(match, lexicon)
    )
    for match in _introduced_full_name().finditer(text):
        # "Call with advocate - Chidi Obi", "Daughter: Sarah Jones, 45", "Sarah Jones, 45,
        # daughter": a role before or after the name introduces somebody else.
        before = (
            match.group("before")
            or match.group("header_before")
            or match.group("label")
            or match.group("after")
            or ""
        ).lower()
        # "Carer's conversation - Ewa Nowak": a carer's own record names the carer.
        before = CARERS_RECORD.sub(" ", before)
        words = re.findall(r"[\w-]+", before)
        if match.group("before") or match.group("header_before"):
            # "OT review visit – Derek Hollins": a role that names the kind of visit, not the
            # last word before the dash, introduces nobody ("Call with advocate - Chidi Obi").
            words = words[-1:]
        roles = {role_kind(w, lexicon) for word in words for w in (word, word.removesuffix("s"))}
        name = _name_group(match)
        roles.add(role_in_text(text, match.start(name), match.end(name), lexicon))
        header_words = match.group("header_bracket") or match.group("header_after")
        if header_words is not None:
            # "Call - Chidi Obi - advocate": a role after the name introduces somebody else.
            roles.update(role_kind(w, lexicon) for w in re.findall(r"[\w-]+", header_words.lower()))
        if roles & {"relevant_other", "professional"}:
            continue
        given = match.group("initials")
        if given and given != "".join(w[:1] for w in match.group(name).split() if w[:1] != "("):
            continue  # "(SW)", "(IMCA)": no initials of the name
        matches.append(match)
    # "Phone call from Jane Feltham (Dorothy's daughter)", "call from Amina (AP for her
    # mother Halima)": whose relative or worker the caller is introduced as is the one the
    # record is about.
    for match in _WHOSE_RELATION.finditer(text):
        if role_kind(match.group("role").lower(), lexicon) in {"relevant_other", "professional"}:
            matches.append(match)
    for match in _FOR_A_RELATIVE.finditer(text):
        if role_kind(match.group("role").lower(), lexicon) == "relevant_other":
            matches.append(match)
    matches.extend(m for m in _RELATIVE_OF.finditer(text) if _relative_of(m, lexicon))
    matches.extend(_surname_first(text))
    found: list[Mention] = []
    for match in matches:
        groups = match.groupdict()
        group = _name_group(match)
        words = match.group(group).split()
        lowered = {word.lower() for word in words}
        if any(role_kind(word, lexicon) for word in lowered) or lowered & word_list("home"):
            continue  # "- West Team", "- Anchor House": a team, a role or a place
        if words[0].lower().rstrip(".") in titles() | WEEKDAYS or words[0].isupper():
            continue
        if any(m.at == match.start(group) for m in found):
            continue  # "Client: Harvey Bell, 41" is given by a label and by an age
        surname = groups.get("surname") or (words[-1] if len(words) > 1 else None)
        found.append(
            Mention(
                Ref(RefKind.FIRST, clean(words[0])),
                at=match.start(group),
                surname=clean(surname) if surname else None,
                cue=True,
            )
        )
    return found


def _name_group(match: re.Match[str]) -> str:
    """Which group of a match holds the name: the header's, a title's opening one, one
    given with an age, or the plain "name"."""
    groups = match.groupdict()
    for group in ("header_name", "aged", "opening"):
        if groups.get(group):
            return group
    return "name"


def _header_end(text: str) -> int:
    """Where a record's header ends: its first two lines, where case systems print whom it
    is about."""
    end = 0
    for _ in range(2):
        found = line_end(text, end)
        if found == len(text):
            return len(text)
        end = found + 1
    return end
