"""Jargon words that are part of a name: a team's, a service's or a job's name, the job title
of someone named beside it, an organisation's joint name, an address line, and a team or
job given with its telephone number or as the one someone rang.

The reader knows these words as names, which cannot be reworded; RL201's matching, its
record-wide step and RL203 all ask these questions.
"""

from __future__ import annotations

import re

from recordlint.lexicon import word_list
from recordlint.telephone import UK_TELEPHONE_NUMBER
from recordlint.text import line_end, line_start

_NAME_BEFORE_ROLE = re.compile(r"[A-Z][\w'’-]+(?:[ \t]+\(|,[ \t]+)$")
# The field a job covers, after the job and a comma, in a list of people by full name:
# "Sue Orchard, clinical leader, intermediate care ; Jackie Dawson, district nurse". The
# field ends the person's entry.
_NAME_AND_JOB_BEFORE = re.compile(
    r"(?:^|[;\n(])[ \t]*[A-Z][\w'’-]+[ \t]+[A-Z][\w'’-]+,[ \t]+"
    r"(?:[a-z][\w'’-]*[ \t]+){0,3}[a-z][\w'’-]*,[ \t]+$"
)
_ENTRY_ENDS_AFTER = re.compile(r"[ \t]*(?:[;)\n]|$)")


# The words after the first words of a job title, up to the punctuation that ends it: the
# job's noun is one of the first three ("officer", "occupational therapist", "support
# worker").
_WORDS_AFTER = re.compile(r"(?:[ \t]+[^\W\d_][\w'’-]*){1,3}")


def job_title_of_someone_named(text: str, start: int, end: int) -> bool:
    """The words are the job title of someone named beside it, in any case ("Aoife Brennan
    (reablement officer)", "Joy Nwosu, reablement officer", "Tom Barker, reablement
    occupational therapist"): that is who the reader will ask for. A job spoken of in
    general ("the tissue viability nurse") or a team ("the brokerage team") is still the
    service's word for what it does."""
    if _NAME_AND_JOB_BEFORE.search(text, max(0, start - 80), start) and (
        _ENTRY_ENDS_AFTER.match(text, end)
    ):
        return True  # "Sue Orchard, clinical leader, intermediate care ;"
    after = _WORDS_AFTER.match(text, end)
    if after is None:
        return False
    professional = word_list("professional")
    if not any(word.casefold() in professional for word in after.group().split()):
        return False
    return _NAME_BEFORE_ROLE.search(text[max(0, start - 40) : start]) is not None


_ADDRESS_LINE = re.compile(r"[ \t]*(?:from|to|cc|bcc|sent)\s*:", re.IGNORECASE)
WORD_AFTER = re.compile(r"[ \t]+(?P<word>[^\W\d_]+)\b")


def body_or_role_after(text: str, end: int, *, capitalised: bool) -> bool:
    """The words are followed by the noun of a team, a service or a job ("the Hospital
    Discharge Team", "Integrated Care System", "the financial assessment team",
    "Safeguarding Enquiry Officer"): they are part of its name."""
    after = WORD_AFTER.match(text, end)
    if after is None or (capitalised and not after.group("word")[:1].isupper()):
        return False
    word = after.group("word").casefold()
    if word in word_list("organisation") or word in word_list("professional"):
        return True
    if not capitalised:
        return False
    # A name goes on in capitals to its noun: "Hospital Discharge Social Worker".
    name = _CAPITALISED_WORDS_AFTER.match(text, end)
    return name is not None and any(
        w.casefold() in word_list("organisation") or w.casefold() in word_list("professional")
        for w in name.group().split()[1:]
    )


def team_or_job_after(text: str, end: int) -> bool:
    """The words are followed by the noun of a team or a job, in any case ("the hospital
    discharge team", "the care and support needs assessor")."""
    after = WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group("word").casefold()
    return word in word_list("team") or word in word_list("professional")


# Up to three capitalised words after the jargon, on its line.
_CAPITALISED_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’-]*){1,3}")


# A UK telephone number after a team's name, in the same sentence and close by: "on 01632
# 960100", "(0300 123 4567)", "can help on 01632 960300".
_PHONE_AFTER = re.compile(r"[^.!?\n]{0,40}?" + UK_TELEPHONE_NUMBER)


# Asking for someone by the name of their job: "ask for the allocated worker".
_ASK_FOR_BEFORE = re.compile(r"\bask(?:s|ed|ing)?\s+for\s+(?:the|a|an)\s+$", re.IGNORECASE)

# Named as the one someone got in touch with: "his daughter had rung our multidisciplinary
# team", "he had rung back the team", "she phoned the allocated worker", "email the team".
_CONTACTED_BEFORE = re.compile(
    r"\b(?:r[aiu]ng(?:s|ing)?|call(?:s|ed|ing)?|(?:tele)?phon(?:e|es|ed|ing)|"
    r"contact(?:s|ed|ing)?|e-?mail(?:s|ed|ing)?|texted|(?:wr[io]te|written|writing)\s+to)"
    r"(?:\s+back)?\s+(?:the|our|your|his|her|their)\s+$",
    re.IGNORECASE,
)


def names_a_team(text: str, start: int, end: int) -> bool:
    """A team's or a job's name given with its telephone number in the same sentence ("ring
    the multidisciplinary team on 01632 960100", "the allocated worker on 01632 960350 can
    help"), or as the one to ask for ("ask for the allocated worker"), or as the one someone
    rang, phoned, emailed or wrote to ("his daughter had rung our multidisciplinary team on
    5 October"): the name is what the
    reader will hear or say when they call, and the number is what they need to reach it.
    ("The brokerage team" without a number is still the service's word for what the team
    does.)"""
    last_word = text[start:end].split()[-1].casefold().removesuffix("s")
    if last_word not in word_list("team") and last_word not in word_list("professional"):
        return False
    before = text[max(0, start - 30) : start]
    return (
        bool(_PHONE_AFTER.match(text, end))
        or bool(_ASK_FOR_BEFORE.search(before))
        or bool(_CONTACTED_BEFORE.search(before))
    )


_ARTICLES = frozenset({"the", "a", "an"})
# A name that goes on after a possessive: "Adults' Health and Care", "Carers' Centre".
_NAME_GOES_ON = re.compile(r"(?:['’]s?|s['’])[ \t]+[A-Z]")


# A body named after a place and joined with another: "Leeds social services and primary
# care trust", the second body's noun after the words.
_JOINT_BODY_BEFORE = re.compile(
    r"\b[A-Z][\w'’-]+[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,2}(?P<noun>[a-z]+)[ \t]+(?:and|&)[ \t]+$"
)


def _joint_body(text: str, start: int, end: int) -> bool:
    """The words, in small letters, name the second of two bodies joined under a place's
    name, each with its own noun ("Leeds social services and primary care trust"): the
    organisation's name, which the reader knows it by. "The reablement team" alone is the
    service's word for what the team does."""
    before = _JOINT_BODY_BEFORE.search(text, max(0, start - 60), start)
    if before is None or not text[start:end].islower():
        return False
    after = WORD_AFTER.match(text, end)
    organisation = word_list("organisation")
    return (
        after is not None
        and after.group("word").casefold() in organisation
        and before.group("noun").casefold() in organisation
    )


# A capitalised word (a name, initials or a job title) and a bracket opened after it, up to
# the words; and the bracket closed right after them.
_BRACKETED_AFTER_A_NAME = re.compile(r"\b[A-Z][\w'’.-]*[ \t]*\([ \t]*$")
_BRACKET_CLOSES = re.compile(r"[ \t]*\)")


_TITLE_GOES_ON = re.compile(
    r"(?:,?[ \t]+(?:(?:and|of|for|the|in|on|to|&)[ \t]+)?[A-Z][a-z][\w'’-]*){3,}[ \t]*[.;]?[ \t]*"
)


def part_of_a_name_or_address(text: str, start: int, end: int) -> bool:
    """Team and service names ("the Hospital Discharge Team", "with Housing Options"), and
    email address lines, use the words as names: the reader knows them as such."""
    begins = line_start(text, start)
    if _ADDRESS_LINE.match(text, begins):
        return True
    words = text[start:end].split()
    if len(words) > 1 and words[0] in _ARTICLES:
        # "the Adults' Health and Care department": the article is the sentence's, and the
        # name goes on after the capitals. "the Client agreed" is a label with a capital.
        named = all(w[:1].isupper() and not w.isupper() for w in words[1:])
        return named and _NAME_GOES_ON.match(text, end) is not None
    if _joint_body(text, start, end):
        return True
    title_case = all(w[:1].isupper() and not w.isupper() for w in words)
    if not title_case:
        return False
    if body_or_role_after(text, end, capitalised=True):
        return True
    if _BRACKETED_AFTER_A_NAME.search(text, max(begins, start - 40), start) and (
        _BRACKET_CLOSES.match(text, end)
    ):
        # "Housing Support Worker (Floating Support)", "Thx, Kelly (Brokerage)", "MA
        # (Commissioning)", "Adult Services (Reablement)": the team or field someone or a
        # body works in, named in capitals in a bracket of its own after a name or a job
        # title, as a signature, a list of who came or a contents list sets it out.
        return True
    before = text[begins:start].rstrip()
    at_sentence_start = not before or before[-1] in '.!?:;"“(-•*'
    # At a sentence's start the capital may be the sentence's; but a run of capitalised
    # words going on after it to the line's end, after a cue on the same line, is a title
    # cited ("See: Overarching Aims, Duties and Principles Procedure."). A line that opens
    # with the term is a heading, which the rule reports lower instead.
    return not at_sentence_start or (
        bool(before) and _TITLE_GOES_ON.fullmatch(text, end, line_end(text, end)) is not None
    )
