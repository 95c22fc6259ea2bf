"""What a noun phrase can refer to (:class:`Referent`), and the short word sets the parse
helpers share: pronouns, the dependencies a predicate climbs, tense tags, weekdays, view
holders and view nouns, and reporting words the tagger reads as nouns.

It stands first because every other module of the package reads these and none of them is
needed here."""

from __future__ import annotations

from enum import StrEnum


class Referent(StrEnum):
    """What a noun phrase refers to, as far as the words show."""

    PERSON = "person"  # the person the record is about: a name, he/she/they, "the person"
    OTHER_PERSON = "other_person"  # family, friends and unpaid carers
    PROFESSIONAL = "professional"  # practitioners: GP, nurse, social worker, landlord
    WRITER = "writer"  # I, we: the practitioner writing the record
    ORGANISATION = "organisation"  # council, tribunal, bank, agency, NHS trust
    HOME = "home"  # the person's home or a room in it
    THING = "thing"  # anything else: documents, decisions, objects, ideas
    UNKNOWN = "unknown"  # no subject (note-style fragments) or nothing to go on


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


PERSON_PRONOUNS = frozenset(
    {"he", "she", "they", "him", "her", "them", "you", "himself", "herself", "themselves"}
)
WRITER_PRONOUNS = frozenset({"i", "me", "we", "us", "myself", "ourselves"})
# The pronouns a person is the subject of a clause as: "he", "she" and "they".
PERSONAL_SUBJECT_PRONOUNS = frozenset({"he", "she", "they"})
# The nouns for the person, family, professionals, organisations and homes, and the verbs
# that report somebody's words, are shared word lists in lexicons/domain-words.toml.

# Compounds in which "home" is an organisation rather than where the person lives.
ORGANISATION_HOMES = frozenset({"care", "nursing", "residential", "children"})
# Dependencies through which a predicate inherits the subject of the word it hangs from.
CLIMB_DEPS = _words(
    "conj xcomp acomp attr oprd prep pobj dobj advcl neg advmod npadvmod appos dep pcomp"
)
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})
# Tags of a verb or auxiliary that carries a tense.
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
# Days as a log entry's stamp writes them ("Mon 09/02 12:30 - ...").
WEEKDAYS = frozenset(
    {"mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs",
     "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday"}
)  # fmt: skip

# Who can hold a view that a clause after "is worried that", "is sure that" reports; the
# writer's own ("I am concerned that") is a marked opinion, and "it is clear that" is a frame.
VIEW_HOLDERS = frozenset(
    {Referent.PERSON, Referent.OTHER_PERSON, Referent.PROFESSIONAL, Referent.ORGANISATION}
)
# Nouns for a view: with a possessive ("her daughter's view is that") or given to a subject
# ("he expressed the view that", "she is of the opinion that") they make the words theirs.
VIEW_NOUNS = frozenset(
    {"view", "opinion", "words", "account", "understanding", "perspective", "belief",
     "concern", "feeling", "impression", "worry", "fear"}
)  # fmt: skip

# Reporting words the tagger sometimes reads as nouns ("Staff report Mrs Box has been ...").
REPORT_FORMS = frozenset(
    {"say", "says", "said", "report", "reports", "reported", "tell", "tells", "told", "feel",
     "feels", "felt", "think", "thinks", "believe", "believes", "state", "states", "stated"}
)  # fmt: skip
