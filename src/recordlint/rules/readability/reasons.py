"""Why RL303 reports a passive, and the message it gives for each reason.

:func:`reason_to_report` picks the first reason that applies to a text of a given kind.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from recordlint.findings import RECORD_KINDS, RecordKind
from recordlint.rules.readability.passives import (
    acts_on_the_reader,
    duty_without_bearer,
    hides_who_acted,
    instruction_to_weigh,
    judged_without_judge,
    person_acted_on_unnamed,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


class PassiveReason(StrEnum):
    """Why a passive is reported: what it keeps from the reader."""

    READER_NOT_TOLD = "reader-not-told"  # "you will be contacted"
    VIEW_WITHOUT_HOLDER = "view-without-holder"  # "she was viewed as ..."
    DUTY_WITHOUT_BEARER = "duty-without-bearer"  # in a letter: "this should be agreed"
    PERSON_ACTED_ON = "person-acted-on"  # in a report: "he was placed in residential care"
    WEIGH_WITHOUT_WHO = "weigh-without-who"  # in guidance: "this should be considered"
    ACTOR_HIDDEN = "actor-hidden"  # with passive-voice = "all": "a referral was made"


PASSIVE_MESSAGES = {
    PassiveReason.READER_NOT_TOLD: (
        "'{words}' is passive and does not tell the reader who will act; name "
        "them (for example 'we will', 'your social worker will')."
    ),
    PassiveReason.VIEW_WITHOUT_HOLDER: (
        "'{words}' is passive and does not say whose view it was; name who held it "
        "(for example 'the ward staff felt' or 'her GP saw her as')."
    ),
    PassiveReason.DUTY_WITHOUT_BEARER: (
        "'{words}' is passive and does not tell the reader whose job it is; say who must "
        "do it (for example 'you and your social worker will')."
    ),
    PassiveReason.PERSON_ACTED_ON: (
        "'{words}' is passive and does not say who did it to them; name who acted (for "
        "example 'the Council placed him' or 'the hospital transferred him')."
    ),
    PassiveReason.WEIGH_WITHOUT_WHO: (
        "'{words}' is passive and does not say who is to do it; if it is the reader, say "
        "it to them (for example 'consider' or 'recognise')."
    ),
    PassiveReason.ACTOR_HIDDEN: (
        "'{words}' is passive and does not say who did it; name who acted (for example "
        "'I', 'the GP' or 'her daughter')."
    ),
}


def reason_to_report(verb: Token, kind: RecordKind, *, every_passive: bool) -> PassiveReason | None:
    """Why the passive ``verb`` is worth reporting in a text of ``kind``, or None."""
    is_record = kind in RECORD_KINDS
    if is_record and acts_on_the_reader(verb):
        return PassiveReason.READER_NOT_TOLD
    if judged_without_judge(verb):
        return PassiveReason.VIEW_WITHOUT_HOLDER
    if kind is RecordKind.LETTER and duty_without_bearer(verb):
        return PassiveReason.DUTY_WITHOUT_BEARER
    if kind is RecordKind.PROFESSIONAL and person_acted_on_unnamed(verb):
        return PassiveReason.PERSON_ACTED_ON
    if kind is RecordKind.PROFESSIONAL and instruction_to_weigh(verb):
        return PassiveReason.WEIGH_WITHOUT_WHO
    if is_record and every_passive and hides_who_acted(verb):
        return PassiveReason.ACTOR_HIDDEN
    return None
