"""RL90x: letters. A letter says who to contact and how, and speaks to its reader.

Both rules read the letter's shape from plain text: the recipient's address block before the
salutation is not part of the letter's body (its postcode is the reader's, not a way to reach
the writer), and the lines after the sign-off are the signature.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from recordlint.findings import Category, RecordKind, Severity
from recordlint.names import COURTESY_TITLE, name_particles
from recordlint.nlp import Need
from recordlint.rules.registry import DocumentContext, Scope, rule
from recordlint.telephone import TELEPHONE_NUMBER
from recordlint.text import line_end

_SALUTATION = re.compile(r"^[ \t]*(?:dear|hello|hi)\b[^\n]*$", re.IGNORECASE | re.MULTILINE)
_SIGN_OFF = re.compile(
    r"^[ \t]*(?:yours(?:\s+(?:sincerely|faithfully|truly))?|(?:with\s+)?(?:kind|best|warm|many)"
    r"\s+(?:regards|wishes|thanks)|regards|best|thanks|thank\s+you)\b[ \t,.!]*$",
    re.IGNORECASE | re.MULTILINE,
)
_SUBJECT_LINE = re.compile(r"^[ \t]*(?:re|subject|our\s+ref|your\s+ref|ref)\b[^\n]*$",
                           re.IGNORECASE | re.MULTILINE)  # fmt: skip

_PHONE = TELEPHONE_NUMBER
# A template letter leaves the sender's number to be filled in: "Tel: 020 7525 xxxx", "Tel:
# [number]", "Tel: 020 7525 Click here to enter extension number".
_PHONE_TO_FILL_IN = re.compile(
    r"\b(?:tel(?:ephone)?|phone)(?:\s+no\.?)?[ \t]*:[ \t]*(?:[\d ]{3,}[ \t]*)?"
    r"(?:x{3,}\b|\[[^\]\n]{2,40}\]|click\s+here\b)",
    re.IGNORECASE,
)
# Or leaves a name or an address to fill in on a line of its own: "[Your name]", "[Address
# line 1]", "[Team Address]", "[Postcode]".
_DETAILS_TO_FILL_IN = re.compile(
    r"^[ \t]*\[[^\]\n]{0,30}\b(?:name|address|postcode)\b[^\]\n]{0,30}\][ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# Starts only where a run of address characters starts, so a long run is read once.
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")

# Names are read with Unicode letter classes and their capitals checked in code, so that
# "Tomasz Zieliński", "Siân O'Neill", "Łukasz Wróbel" and "Aisha al-Hassan" are names too.
_LETTERS = r"[^\W\d_]+(?:['’-][^\W\d_]+)*"
_TITLED_NAME = re.compile(rf"\b(?:{COURTESY_TITLE}|Dr)\.?\s+(?P<name>" + _LETTERS + ")")
_NAME_WORD = re.compile(_LETTERS)
# Lower-case particles that may stand inside or before a surname ("Ludwig van Dijk", "Aisha
# al-Hassan", "Rhys ap Gwilym", "Síle Ní Bhriain") come from recordlint.names.
MAX_NAME_WORDS = 4
# Words that make a line the name of a team or service someone can ask for.
_TEAM_WORDS = re.compile(
    r"\b(?:team|council|adult\s+(?:social\s+)?care|social\s+care|services?|department|office"
    r"|centre|center|hub|unit|helpline|desk|authority|partnership|trust)\b",
    re.IGNORECASE,
)
# An explicit pointer to the person to contact: "Contact: Sam Patel", "phone me, Jo Smith, on".
# The verb may stand in its "-ing" form in a list of ways to respond ("calling ...", "writing
# to ACS Charging Consultation, ..."), and two of them may share the one contact ("please
# email or call Care Direct on 0345 155 1012").
_CONTACT_VERB = (
    r"(?:phon(?:e|ing)|ring(?:ing)?|call(?:ing)?|contact(?:ing)?|e-?mail(?:ing)?|text(?:ing)?"
    r"|writ(?:e|ing)\s+to|ask(?:ing)?\s+for)"
)
_CONTACT_POINTER = re.compile(
    rf"(?:\bcontact(?:\s+name)?\s*:|\b(?:{_CONTACT_VERB}\s+(?:or|and)\s+)?{_CONTACT_VERB}\s+"
    r"(?:me|us)?,?\s*)\s*(?P<who>[^\n,.;]{2,80})",
    re.IGNORECASE,
)
# A team named in brackets after its number: "Tel: 01323 464127 (Service Agreement Team)".
_TEAM_IN_BRACKETS = re.compile(r"[ \t]*\((?P<who>[^()\n]{2,60})\)")
# The first line of a postal address, given where to write, names whom the letter reaches:
# "writing to ACS Charging Consultation, Rm 239 County Hall, Hertford, SG13 8DP".
_WRITE_TO = re.compile(r"\bwrit(?:e|ing)\s+to\s+$", re.IGNORECASE)
# Job titles alone do not tell the reader who to ask for.
_JOB_TITLE_ONLY = re.compile(
    r"^(?:the\s+)?(?:senior\s+)?(?:social\s+worker|occupational\s+therapist|care\s+manager"
    r"|support\s+worker|assessor|officer|manager|practitioner|duty\s+worker)s?$",
    re.IGNORECASE,
)
# "Call us on", "contact us at", "email us:", followed by the number or address.
_CALL_US = re.compile(
    r"\b(?:call|ring|phone|telephone|contact|email|text)\s+us\s*(?:on|at|by|via|:)?\s*",
    re.IGNORECASE,
)
_YOU = re.compile(r"\b(?:you|your|yours|yourself|you'(?:re|ll|ve|d))\b", re.IGNORECASE)
_SIGN_OFF_YOURS = re.compile(r"^[ \t]*yours\b[^\n]*$", re.IGNORECASE | re.MULTILINE)

_AFTER_WHO = re.compile(
    r"\s+(?:on|at|by|via|through|using|if|or|and|for|to|about|before|when|as)\b"
)
CONTACT_MEANS = ("phone", "email", "address")
MAX_SIGNATURE_LINES = 4
MAX_SIGNATURE_WORDS = 8


@dataclass(frozen=True, slots=True)
class LetterParts:
    """Offsets of a letter's parts in its text."""

    body_start: int  # just after the salutation line (0 when there is none)
    body_end: int  # the start of the sign-off line (end of text when there is none)
    signature_start: int | None  # just after the sign-off line


def letter_parts(text: str) -> LetterParts:
    salutation = _SALUTATION.search(text[:3000])
    body_start = salutation.end() if salutation else 0
    sign_offs = [m for m in _SIGN_OFF.finditer(text) if m.start() >= body_start]
    if sign_offs:
        last = sign_offs[-1]
        return LetterParts(body_start, last.start(), last.end())
    return LetterParts(body_start, len(text), None)


def means_of_contact(text: str, allowed: tuple[str, ...] = CONTACT_MEANS) -> list[str]:
    """The ways of reaching someone that ``text`` gives, by kind, in ``CONTACT_MEANS`` order."""
    found = []
    if "phone" in allowed and _PHONE.search(text):
        found.append("phone")
    if "email" in allowed and _EMAIL.search(text):
        found.append("email")
    if "address" in allowed and _POSTCODE.search(text):
        found.append("address")
    return found


def named_contact(text: str, parts: LetterParts) -> str | None:
    """The person or team the letter names for the reader to contact, if any."""
    body = text[parts.body_start : parts.body_end]
    for match in _CONTACT_POINTER.finditer(body):
        words = match.group("who").strip()
        who = re.split(_AFTER_WHO, words)[0].strip()
        if _is_name_or_team(who):
            return who
        service = _service_named_with_number(words)
        if service is not None:
            return service
        if _WRITE_TO.search(body, match.start(), match.start("who")) and _addressee(
            body, match.start("who"), match.end("who")
        ):
            return who
    for number in _PHONE.finditer(text):
        bracket = _TEAM_IN_BRACKETS.match(text, number.end())
        if bracket is not None and _is_name_or_team(bracket.group("who")):
            return bracket.group("who").strip()
    for line in _signature_lines(text, parts):
        line = line.strip().strip(",")
        if line and _is_name_or_team(line):
            return line
    return None


# Lower-case words that may join the capitalised words of a service's name ("Access and
# Information", "Carers in Bedfordshire").
_NAME_JOINERS = frozenset({"and", "&", "of", "for", "in", "the"})
_NUMBER_AFTER_NAME = re.compile(r"[ \t]+(?:on|at)[ \t]+")


def _service_named_with_number(words: str) -> str | None:
    """ "Call Access and Information on 01628 683 744": a service's proper name, its words
    capitalised, given with the number to ring for it straight after, names whom the
    reader asks for as a team's name does. ``words`` are those after the call to contact."""
    for joint in _NUMBER_AFTER_NAME.finditer(words):
        if _PHONE.match(words, joint.end()) is None:
            continue
        name = words[: joint.start()].strip()
        parts = name.split()
        if not parts or not (is_name_word(parts[0]) and is_name_word(parts[-1])):
            return None
        if all(is_name_word(w) or w.casefold() in _NAME_JOINERS for w in parts):
            return name
        return None
    return None


def _addressee(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end), given where to write, are a name in capitals (its
    words capitalised, an acronym among them: "ACS Charging Consultation") on a postal
    address that runs on after a comma, on the same line, to its postcode."""
    words = text[start:end].split()
    if not words or not all(w[0].isupper() or w.casefold() in _NAME_JOINERS for w in words):
        return False
    rest = text[end : line_end(text, end)]
    return rest.startswith(",") and _POSTCODE.search(rest) is not None


def _signature_lines(text: str, parts: LetterParts) -> list[str]:
    if parts.signature_start is not None:
        return text[parts.signature_start :].splitlines()
    # No sign-off: a short last paragraph is where a name or team would be.
    last = text.rstrip().rsplit("\n\n", 1)[-1].splitlines()
    # A signature is names and titles, not sentences.
    if len(last) <= MAX_SIGNATURE_LINES and all(
        len(line.split()) <= MAX_SIGNATURE_WORDS and not line.rstrip().endswith((".", "!", "?"))
        for line in last
    ):
        return last
    return []


def _is_name_or_team(words: str) -> bool:
    words = words.strip()
    if not words or _JOB_TITLE_ONLY.match(words):
        return False
    if any(is_name_word(m.group("name")) for m in _TITLED_NAME.finditer(words)):
        return True
    # A team is named when it has a proper name: "Adult Social Care", not "the office".
    if _TEAM_WORDS.search(words) and any(
        is_name_word(w) and not w.isupper() for w in _NAME_WORD.findall(words)
    ):
        return True
    first = words.split(",")[0].strip()
    return is_full_name(first) or _initials_and_surname(first)


# A writer's initials before their surname, as letters are signed: "T. Feeney", "S Okafor",
# "J.P. Hale".
_INITIALS = re.compile(r"(?:[A-Z]\.?[ \t]*){1,3}(?<=[ \t.])[ \t]*")


def _initials_and_surname(words: str) -> bool:
    initials = _INITIALS.match(words)
    if initials is None:
        return False
    surname = words[initials.end() :]
    return _NAME_WORD.fullmatch(surname) is not None and is_name_word(surname)


def is_name_word(word: str) -> bool:
    """A capitalised word of a name, in any alphabet: "Zieliński", "Łukasz", "O'Neill",
    "al-Hassan" (a particle joined to a capitalised surname)."""
    head, _, rest = word.partition("-")
    if head.lower() in name_particles() and rest:
        word = rest
    return word[:1].isupper() and any(c.islower() for c in word)


def is_full_name(words: str) -> bool:
    """Two to four words that read as a person's name ("Siân Nic Dhomhnaill", "Ludwig van
    Dijk"): capitalised words, with lower-case particles only between them."""
    parts = words.split()
    if not 2 <= len(parts) <= MAX_NAME_WORDS or not all(_NAME_WORD.fullmatch(p) for p in parts):
        return False
    if not (is_name_word(parts[0]) and is_name_word(parts[-1])):
        return False
    return all(is_name_word(p) or p.lower() in name_particles() for p in parts[1:-1])


@cache
def _allowed_means(means: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(m for m in CONTACT_MEANS if m in means)


@rule(
    code="RL901",
    name="missing-contact-details",
    category=Category.CONTACT_DETAILS,
    standard="1.letters",
    severity=Severity.WARNING,
    needs=[Need.TEXT],
    scope=Scope.DOCUMENT,
    kinds=[RecordKind.LETTER],
)
def missing_contact_details(ctx: DocumentContext) -> None:
    """Finds letters that do not say who to contact and how to reach them.

    ## Why it matters
    Standard 1 says people know who to contact and how, in a way that works for them. A
    letter signed "Adult Social Care" with no telephone number, or one that says "please
    contact the office" without saying which office or how, leaves the reader with nowhere
    to go with a question, a change of mind or a complaint.

    ## Example
    Before:
    > Dear Mr Baptiste,
    >
    > We have tried to phone you to arrange your review. Please contact the office.
    >
    > Yours sincerely,
    >
    > Adult Social Care

    After:
    > Dear Mr Baptiste,
    >
    > We have tried to phone you to arrange your review. Please ring me, Jo Smith, on
    > 01934 888 888, or email jo.smith@example.gov.uk.
    >
    > Yours sincerely,
    >
    > Jo Smith, Adult Social Care

    ## What counts
    A named contact: a person's name or a team ("Contact: Sam Patel", "please ring me, Jo
    Smith, on ...", "the Adult Social Care team", the name under the sign-off, written
    whole or as initials and a surname, "T. Feeney"), a service's capitalised name given
    with its number ("call Access and Information on 01628 683 744", "please email or call
    Care Direct on 0345 155 1012"), a team in brackets after its number ("Tel: 01323
    464127 (Service Agreement Team)"), or the name that heads the postal address to write
    to ("writing to ACS Charging Consultation, Rm 239 County Hall, Hertford, SG13 8DP"); a
    job title
    alone ("Social Worker") does not tell the reader who to ask for. A way to reach them: a
    UK telephone number, an email address, or a postal address with its postcode. Above the
    salutation, the sender's letterhead or "From:" line counts for its telephone number or
    email address ("Tel: 01632 960511"); a postcode there does not, as it may be the
    reader's own address.

    ## Stays quiet on
    Letters that give both, wherever they give them (the body, a "Contact:" line or the
    signature block). Template letters whose telephone line is left for the sender to fill
    in ("Tel: 020 7525 xxxx", "Tel: [number]"), or whose names and addresses are left to
    fill in on lines of their own ("[Your name]", "[Address line 1]", "[Postcode]"), as in a
    template for a member of the public to send. A newsletter or a news post checked as a
    letter: with no salutation or sign-off and no "you", it tells what happened "last
    month" or "recently" and asks nothing of its reader. Records that are not letters.

    ## Settings
    `letters.contact-means` (default `["phone", "email", "address"]`): the ways of reaching
    someone that count.
    """
    if _PHONE_TO_FILL_IN.search(ctx.text) or _DETAILS_TO_FILL_IN.search(ctx.text):
        return  # a template: whoever sends it fills in their own name and number
    if ctx.reading.news:
        return  # a newsletter or a news post: it asks nothing of its reader
    parts = letter_parts(ctx.text)
    after_salutation = ctx.text[parts.body_start :]
    # Subject lines ("Re: Mrs Ivy Trelawny, 4 Mill Lane TR1 2AB") repeat the reader's details.
    after_salutation = _SUBJECT_LINE.sub("", after_salutation)
    allowed = _allowed_means(tuple(ctx.config.options.letters.contact_means))
    means = means_of_contact(after_salutation, allowed)
    # Above the salutation, the sender's letterhead or "From:" line gives its number or
    # email ("Tel: 01632 960511", "From: Jo Smith, SW - 01632 960341"); a postcode there is
    # the reader's address as often as the sender's, so it does not count.
    above = _SUBJECT_LINE.sub("", ctx.text[: parts.body_start])
    means += [m for m in means_of_contact(above, _head_means(allowed)) if m not in means]
    means = [m for m in CONTACT_MEANS if m in means]
    who = named_contact(ctx.text, parts) or _writer_as_contact(after_salutation)
    ctx.metrics["letter_contact"] = who
    ctx.metrics["letter_contact_means"] = means
    if who and means:
        return
    how = _either([_MEANS_WORDS[m] for m in allowed])
    if not who and not means:
        message = (
            f"This letter does not say who to contact or how; give a name or team and a {how}."
        )
    elif not means:
        message = f"This letter names {who!r} but gives no way to reach them; add a {how}."
    else:
        message = (
            "This letter gives contact details but no name or team to ask for; say who "
            "the reader will speak to."
        )
    start, end = ctx.first_line_span()
    ctx.flag(start, end, message)


_MEANS_WORDS = {"phone": "telephone number", "email": "email address", "address": "postal address"}


def _head_means(allowed: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(m for m in allowed if m != "address")


def _writer_as_contact(text: str) -> str | None:
    """Whether a service writing as "we" names itself as the contact ("Call us on (01226)
    773300"), as council pages and leaflets do, giving the number in the same breath."""
    for match in _CALL_US.finditer(text):
        if _PHONE.match(text, match.end()) or _EMAIL.match(text, match.end()):
            return "us"
    return None


def _either(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} or {words[-1]}"


@rule(
    code="RL902",
    name="letter-not-addressed-to-reader",
    category=Category.READABILITY,
    standard="1",
    severity=Severity.INFO,
    needs=[Need.TEXT],
    scope=Scope.DOCUMENT,
    kinds=[RecordKind.LETTER],
)
def letter_not_addressed_to_reader(ctx: DocumentContext) -> None:
    """Finds letters that never speak to their reader as "you".

    ## Why it matters
    Standard 1 asks for letters that are clear and that people can act on. A letter that
    talks about its reader in the third person ("Mrs Khan's care package will be reduced")
    reads like a copy of a case note: it is harder to follow and leaves the reader unsure
    what it means for them. Writing to the reader ("your care will change") is the plain
    English advice, and the practice of writing to the person that councils now encourage.

    ## Example
    Before:
    > Dear Mrs Khan,
    >
    > Following the review on 3 March, Mrs Khan's lunchtime call will stop on 23 March.
    >
    > Yours sincerely,
    > Sam Hollis

    After:
    > Dear Mrs Khan,
    >
    > Following your review on 3 March, your lunchtime call will stop on 23 March.
    >
    > Yours sincerely,
    > Sam Hollis

    ## Stays quiet on
    Letters with "you" or "your" anywhere in the body; the sign-off "Yours sincerely" does not
    count. Records that are not letters. Letters with no body to speak of (under 15 words),
    such as a covering note. A newsletter or a news post checked as a letter, with no
    salutation or sign-off, that tells what happened "last month" or "recently": it is
    written for whoever reads it, not to one reader.
    """
    if ctx.reading.news:
        return  # a newsletter or a news post, written for whoever reads it
    parts = letter_parts(ctx.text)
    body = _SIGN_OFF_YOURS.sub("", ctx.text[parts.body_start : parts.body_end])
    if len(body.split()) < MIN_BODY_WORDS or _YOU.search(body):
        return
    start, end = ctx.first_line_span()
    ctx.flag(
        start,
        end,
        'This letter never speaks to its reader as "you"; write to them directly '
        '(for example "your care" rather than "the care package").',
    )


MIN_BODY_WORDS = 15
