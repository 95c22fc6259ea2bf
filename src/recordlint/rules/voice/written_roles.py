"""The role written beside a name in the text ("Mrs Linda Shaw, daughter of", "her
daughter, Mrs Priya Shah", "Dtr Mrs Sandra Oduya"), a contact about somebody's relative
("rang re her father"), and a lone name listed apart from the bare role after it ("Present:
Lee, SW."). These read the characters around a name, not the parse, since in lists the
parser's appositions wander; they ask ``role_words`` what a word names."""

from __future__ import annotations

import re

from recordlint.lexicon import word_list
from recordlint.names import CAPITAL
from recordlint.rules.voice.lexicon import ABOUT_WHOM, SpeechLexicon
from recordlint.rules.voice.role_words import role_kind
from recordlint.text import line_start

_ROLE_WORDS = r"(?P<role>[\w-]+(?:\s+[\w-]+)?)"


# "Mrs Linda Shaw, daughter of", "Mr Samuel Osei, 44, son and main carer", "(IMCA)"; not
# "(daughter Efua present)", which introduces somebody else, nor "Ward 4", a place.
_ROLE_AFTER = re.compile(
    r"^['’]?s?\s*[,(]\s*(?:\d{1,3}\s*,\s*)?(?:(?:his|her|their|the|a)\s+)?"
    r"(?P<role>[\w-]+(?:\s+[a-z][\w-]*)?|[A-Z][a-z-]+\s+[A-Z][a-z-]+(?=\s*[,)\n]))"
    r"(?![\w-]|\s+" + CAPITAL + r"|\s*\d)"
)


# "her daughter, Mrs Priya Shah", "Daughter: Mrs Karen Pollard", "his son Mr Ali Khan",
# "Mr Oakley's sister, Mrs Brenda Kilby" (the label never starts inside the possessive).
ROLE_BEFORE = re.compile(
    r"(?:\b(?:his|her|their)\s+"
    + _ROLE_WORDS
    + r"\s*[,(:]?|(?<!['’])"
    + _ROLE_WORDS.replace("role", "label")
    + r"\s*[,(:])\s*$"
)


# "Dtr Mrs Sandra Oduya", "GP Dr Amin": note style writes the role straight before the name.
_BARE_ROLE_BEFORE = re.compile(r"(?:^|[^\w-])(?P<role>[\w-]+)[ \t]+$")


_FROM_ORGANISATION = re.compile(r"^\s+from\s+(?:the\s+)?" + CAPITAL)


# "rang re her father", "about his mum, ", "discharge planning for his father, ", "call re
# husband Alan Rowe": a contact about somebody's relative.
_ABOUT_A_RELATIVE = re.compile(
    rf"\b(?:{ABOUT_WHOM}|about|concerning|for)\s*:?\s+(?:(?:his|her|their)\s+)?"
    + _ROLE_WORDS
    + r"\s*[,(:]?\s*$",
    re.IGNORECASE,
)


def about_somebodys_relative(text: str, start: int, lexicon: SpeechLexicon) -> bool:
    """Whether the name at ``start`` follows "re her father" or "about his mum": the one a
    contact is about, named by their relation to whoever made it."""
    match = _ABOUT_A_RELATIVE.search(text[max(0, start - 40) : start])
    if match is None:
        return False
    words = match.group("role").lower().split()
    return any(role_kind(p, lexicon) == "relevant_other" for p in (" ".join(words), words[-1]))


def role_in_text(text: str, start: int, end: int, lexicon: SpeechLexicon) -> str | None:
    """A family or professional role written beside a name: "Mrs Linda Shaw, daughter of",
    "her daughter, Mrs Priya Shah", "Mr Rhodri Lewis (IMCA)", "Mrs Kiran Joshi from
    Rainbow Home Care". Read from the text: in lists the parser's appositions wander."""
    return role_word_in_text(text, start, end, lexicon)[0]


def role_word_in_text(
    text: str, start: int, end: int, lexicon: SpeechLexicon
) -> tuple[str | None, str | None]:
    """The kind of role written beside a name, and the role word ("son")."""
    after = text[end : end + 40]
    before = text[max(0, start - 30) : start]
    if _FROM_ORGANISATION.match(after):
        return "professional", None
    for match in (
        _ROLE_AFTER.match(after),
        ROLE_BEFORE.search(before),
        _BARE_ROLE_BEFORE.search(before),
    ):
        if match is None:
            continue
        found = match.groupdict().get("role") or match.groupdict().get("label") or ""
        words = found.lower().split()
        if len(words) > 1 and role_kind(words[-1], lexicon) == "person":
            return None, None  # "council tenant": the phrase ends naming the person
        if match.re is ROLE_BEFORE and _role_of_a_name_between(found, lexicon):
            # "Dean's support worker Marcus (Lewis put": the role is Marcus's, whose name
            # comes between it and this one.
            return None, None
        if match.re is not _ROLE_AFTER and words[-1] in word_list("contact_kind"):
            # "SALT session, Mr Nowak", "OT visit: Mrs Dean": the words before the name
            # say what kind of contact it was, with whom; the role is the other worker's.
            return None, None
        for phrase in (" ".join(words), words[0]):
            kind = role_kind(phrase, lexicon)
            if kind in {"relevant_other", "professional"}:
                return kind, phrase
        # In lower case the phrase's last word may name the role: straight after the name
        # ("Mr K Bains, private landlord"), or before it a family member or carer ("a
        # cover carer, Mrs Begum"); not a place ("Mr Alan Hirst, 79, Larkspur Ward") nor a
        # group before the name ("peer group, Rashid will").
        kind = role_kind(words[-1], lexicon) if len(words) > 1 and found.islower() else None
        if kind == "relevant_other" or (kind == "professional" and match.re is _ROLE_AFTER):
            return kind, words[-1]
    return None, None


def _role_of_a_name_between(found: str, lexicon: SpeechLexicon) -> bool:
    """Whether a role phrase before a name ends with another name: a role word, then a
    capitalised word that is no role ("worker Marcus")."""
    words = found.split()
    return (
        len(words) == 2
        and role_kind(words[0].lower(), lexicon) in {"relevant_other", "professional"}
        and words[1][:1].isupper()
        and role_kind(words[1].lower(), lexicon) is None
        and role_kind(found.lower(), lexicon) is None
    )


# A list of who came that a label opens, where a line or a sentence starts ("Present:",
# "Attended:", "Type: Planned review. Present: Lee, SW."), up to the name; and a next item
# of the list after a comma ("Callum, mum, SENCO", "Lee, SW.", "Rasa, Tomas, interpreter on
# phone", "Marius, me (Gemma Thurlow SW)") that does not say whose relative or worker
# somebody is ("Marcia, his daughter", "Sue, Mr Lee's daughter", "Sue, daughter of Mr Lee").
_ATTENDANCE_LABEL = re.compile(
    r"(?:^|[.;][ \t]+)(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+)?)[ \t]*:[^.:\n]*$"
)
_NEXT_ITEM_AFTER = re.compile(
    r"[ \t]*,[ \t]*(?!(?:his|her|their|my|our|your)\b)(?![^,;\n]*(?:['’]s\b|\bof\b))\S",
    re.IGNORECASE,
)


def listed_apart(text: str, start: int, end: int) -> bool:
    """Whether a lone first name stands in a list of who came, with another item after it
    ("Present: Lee, SW.", "Attended: Callum, mum, Jan F", "Present: Rasa, Tomas,
    interpreter on phone"): a role there is somebody else who came. A full name ("Rachel
    Moss, field care supervisor"), a role that goes on to a name of its own ("Joan, son
    Gary") or a next item saying whose relative somebody is ("Marcia, his daughter") is
    read as before."""
    if _NEXT_ITEM_AFTER.match(text, end) is None:
        return False
    label = _ATTENDANCE_LABEL.search(text[line_start(text, start) : start])
    if label is None:
        return False
    return " ".join(label.group("label").lower().split()) in word_list("attendance_label")
