"""Sorting a record's clauses and quotes into the person's voice, a relevant other's view
or a professional's view: who speaks, and whom a pronoun follows back to."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from recordlint.findings import RecordKind
from recordlint.rules.voice.facts import Clause, Mention, ParagraphVoice, Quote, RefKind
from recordlint.rules.voice.names import at
from recordlint.rules.voice.person import PersonIdentity, Seen, VoiceSummary


def sort_voices(
    paragraph_facts: Sequence[ParagraphVoice],
    kind: RecordKind,
    person: PersonIdentity,
    who_is: Callable[[Mention], str],
    *,
    singular_they: bool,
) -> VoiceSummary:
    summary = VoiceSummary(person)
    history: list[Seen] = []
    loose_quotes = kind in {RecordKind.CASE_NOTE, RecordKind.ASSESSMENT}
    for facts in paragraph_facts:
        events: list[tuple[int, int, Mention | Clause | Quote]] = (
            [(at(m), 0, m) for m in facts.mentions]
            + [(c.subject_at, 1, c) for c in facts.clauses]
            + [(q.start, 2, q) for q in facts.quotes]
        )
        events.sort(key=lambda e: (e[0], e[1]))
        spans = [(c.start, c.subject_at, c.end) for c in facts.clauses]
        # Whom the writer names in their own words is followed as the writer sees them:
        # "I explained that when I saw Mr Lee, he told me" is him. A role word there may
        # still be the person seen from somebody else ("I told her what her father said").
        own = [span for span, c in zip(spans, facts.clauses, strict=True)
               if c.subject.ref.kind is RefKind.WRITER]  # fmt: skip
        others = [span for span in spans if span not in own]
        reporters = {(c.start, c.subject_at, c.end): c.subject for c in facts.clauses}
        speakers: dict[int, str] = {}  # who each clause was given to, by its subject's place
        topics: list[Seen] = []  # whom reports in this paragraph are about
        for _, _, item in events:
            if isinstance(item, Quote):
                if item.loose and not (loose_quotes and _about_the_person(history, person)):
                    continue
                known = person.surname is not None or bool(person.first_names)
                if known and not item.credited and _passed_on_by_a_caller(history):
                    continue  # "Tomas rang back. Says ... "I think she has nothing""
                summary.person_voice.append((item.start, item.end))
                summary.person_quotes += 1
                continue
            if isinstance(item, Mention) and item.ref.kind is RefKind.PRONOUN:
                # "her neighbour found her and ... she said": the object is the person
                # when, past its verb's subject, the nearest she or he is the person. A
                # subject of the pronoun's own gender ("her daughter found her") stays
                # the nearer one for the "she" after.
                apart = item.not_within or (-1, -1)
                inside = [s for s in history if s.at is not None and apart[0] <= s.at < apart[1]]
                candidates = [s for s in history if s.at is None or not apart[0] <= s.at < apart[1]]
                if any(s.gender == item.gender for s in inside) or not candidates:
                    continue
                if _antecedent(item.gender, candidates, person) == "person":
                    history.append(Seen("person", item.gender, False, False, at=item.at))
                continue
            if isinstance(item, Mention):
                # A titled name, or a first name given with its role or as the subject of
                # a verb of its own, before the subject sets the scene: "Son Brian (lives in
                # Spain) by phone - he feels", "Irene was sat in her front room and she was
                # pleased to be home, she said" (a sentence run on with commas).
                scene = item.ref.kind is RefKind.NAME or (
                    item.ref.kind is RefKind.FIRST and (item.role is not None or item.is_subject)
                )
                # "HB reports Mr Cole has been abusive. He says": the one a report is about
                # may be its "he" or "she" after, within the paragraph only.
                topic = _topic_of_report(item, others, reporters)
                if _reported(at(item), others, titled=scene) and not topic:
                    continue  # "Mr Finch said ... since his brother died. He said": still him
                if item.ref.kind is RefKind.ROLE and _reported(at(item), own):
                    continue
                who = who_is(item)
                if who == "nobody":
                    continue
                # "Tel to Sidney" names the person by first name: "he" can still follow it.
                gender = item.gender or (person.gender if who == "person" else None)
                seen = Seen(
                    who,
                    gender,
                    item.plural,
                    item.is_subject,
                    item.reached,
                    item.reached,
                    at=item.at,
                )
                history.append(seen)
                if topic:
                    topics.append(seen)
                continue
            subject = item.subject
            if item.relayed_by is not None:
                if item.unspoken:
                    continue  # "Staff report he is calling out at night": their account
                if _passes_on_the_persons_view(item, speakers, history, person, kind, who_is):
                    summary.person_voice.append((item.start, item.end))
                    summary.person_quotes += item.quotes
                continue
            speaker = _speaker(
                subject, history, person, kind, who_is, singular_they, said=item.kind == "speech"
            )
            speakers[item.subject_at] = speaker
            gender = subject.gender
            if speaker in {"person", "professional", "other", "relevant_other"}:
                plural = subject.plural and speaker != "person"
                history.append(
                    Seen(speaker, gender, plural, subject=True, speaking=True, at=subject.at)
                )
            if speaker == "person" and subject.ref.kind is RefKind.PRONOUN and gender is not None:
                summary.gendered += 1
            if speaker == "person":
                summary.person_voice.append((item.start, item.end))
                summary.person_quotes += item.quotes
            elif speaker == "professional":
                summary.professional_views += 1
            elif speaker in {"relevant_other", "other"}:
                summary.relevant_others_views += 1
        if topics:
            history[:] = [seen for seen in history if not any(seen is t for t in topics)]
    return summary


# Who may pass the person's view on: family and friends, and people the record names
# without a role; not professionals, whose reading of the person is their own, except
# where they pass on what the person said ("The ward sister said Mrs Cole told her") or
# wants ("SW says Mr S wants a DP").
_PASSERS_ON = frozenset({"relevant_other", "other"})


def _passes_on_the_persons_view(
    clause: Clause,
    speakers: dict[int, str],
    history: list[Seen],
    person: PersonIdentity,
    kind: RecordKind,
    who_is: Callable[[Mention], str],
) -> bool:
    """Whether a clause reported inside a relative's words gives the person's view: what
    the person told them ("Mrs Knight said her father told her he does not want a
    stairlift"), likes and feels ("Samuel told me Shirley always hated being in bed"), or
    anything interpreted for them ("Son translated and said his dad wants the radio on").
    A wish passed on with the person as its subject is theirs, whoever passes it on ("SW
    says Mr S wants a DP"); a relative saying what a parent named by a family word wants
    is the relative's account: "Ana said her mother wants a care home". The subject is the
    person, or a parent or partner named by a family word ("his dad", "mum") in a
    relative's words."""
    relayer = clause.relayed_by
    assert relayer is not None
    subject = clause.subject
    # "SW says Mr S wants a DP", "Jane said Dorothy wants it shared": a wish passed on with
    # the person as its subject is theirs; "Ana said her mother wants a care home", with
    # the person named by a family word, is the relative's account of them.
    named = subject.ref.kind is not RefKind.ROLE
    if clause.kind == "wish" and not clause.translated and not named:
        return False
    passed_on_by = (speakers.get(relayer.at) if relayer.at is not None else None) or _speaker(
        relayer, history, person, kind, who_is
    )
    # "He told me Mrs Ashdown has said to him that she wants to stay": whoever "he" is, a
    # relative or a professional, what the person said or wants by name is theirs.
    # "Tunde says M has said to him": the person's initials name them too, and one the
    # lexicon cannot follow passes them on as "he" or "she" does.
    by_name = subject.ref.kind in {RefKind.NAME, RefKind.FIRST} or (
        subject.ref.kind is RefKind.OTHER and who_is(subject) == "person"
    )
    somebody = passed_on_by in {"ambiguous", "unknown"} and relayer.ref.kind in {
        RefKind.PRONOUN,
        RefKind.OTHER,
    }
    if passed_on_by not in _PASSERS_ON and not (
        (passed_on_by == "professional" or (somebody and by_name))
        and clause.kind in {"speech", "wish"}
    ):
        return False
    if subject.ref.kind is RefKind.ROLE:
        family = subject.role == "relevant_other" and subject.gender is not None
        # "Son reports his mother is happy with the service": how a relative sees a parent
        # feel is their account, as "His wife reports he enjoys music" is; what the parent
        # told them, or anything interpreted for them, is the parent's.
        seen_feel = clause.kind == "feeling" and not clause.translated
        return family and not subject.plural and not seen_feel
    return _speaker(subject, history, person, kind, who_is) == "person"


def _about_the_person(history: list[Seen], person: PersonIdentity) -> bool:
    """Whether a quotation with no speaker named is the person's: the record was last
    speaking of the person, not of a relative or professional."""
    if not history:
        return person.surname is not None or bool(person.first_names)
    return history[-1].who == "person"


def _passed_on_by_a_caller(history: list[Seen]) -> bool:
    """Whether words quoted with nobody named go on with somebody other than the person who
    rang or was rung and spoke last, as a note's fragment does ("Tomas rang back. Says mum
    came in August. Not sure about her status, "I think she has nothing""): the last one
    who spoke was reached and is not the person, and the person has not been the subject
    since. Asked only where the record's person is known: a caller the record never tells
    from its person may be them ("Nasreen (carer) rang ... States she "can't do this"")."""
    for seen in reversed(history):
        if seen.speaking:
            return seen.reached and seen.who != "person"
        if seen.subject and seen.who == "person":
            return False
    return False


def _reported(offset: int, clauses: list[tuple[int, int, int]], *, titled: bool = False) -> bool:
    """Whether a mention lies inside somebody's reported words (not as their subject). A
    titled name before the subject sets the scene instead: "when I saw Mr Lee on the
    ward, he told me"."""
    return any(
        start <= offset < end and offset != subject and not (titled and offset < subject)
        for start, subject, end in clauses
    )


def _topic_of_report(
    mention: Mention,
    clauses: list[tuple[int, int, int]],
    reporters: dict[tuple[int, int, int], Mention],
) -> bool:
    """Whether a titled name inside somebody's reported words is what the report is about,
    so that a "he" or "she" after it may be them: the subject of the reported words, of a
    gender the one reporting is not known to share ("HB reports Mr Cole has been abusive
    on the phone. He says"). One of the reporter's own gender stays in their words: "Mr
    Finch said Mr Lowe had moved. He said" is still Mr Finch."""
    if mention.ref.kind is not RefKind.NAME or not mention.is_subject or mention.gender is None:
        return False
    offset = at(mention)
    enclosing = [
        reporters[span]
        for span in clauses
        if span[0] <= offset < span[2] and offset != span[1] and span[1] < offset
    ]
    return bool(enclosing) and all(
        reporter.gender != mention.gender and reporter.ref.kind is not RefKind.PRONOUN
        for reporter in enclosing
    )


def _speaker(
    subject: Mention,
    history: list[Seen],
    person: PersonIdentity,
    kind: RecordKind,
    who_is: Callable[[Mention], str],
    singular_they: bool = False,
    *,
    said: bool = False,
) -> str:
    ref = subject.ref.kind
    if ref is RefKind.YOU:
        # In an email "you" is the colleague it is sent to; elsewhere it is the person.
        if kind is RecordKind.EMAIL:
            return "recipient"
        vocative = subject.vocative
        if vocative and person.first_names and vocative not in person.first_names:
            return "relevant_other"
        return "person"
    if ref is RefKind.WRITER:
        return "writer"
    if ref is RefKind.PRONOUN:
        if subject.plural:
            if singular_they and not subject.after_contact:
                return _singular_they(history)
            return "unknown"
        return _antecedent(subject.gender, history, person, said=said)
    if ref is RefKind.IMPLICIT:
        # A note-style fragment ("Says she is fine", "Wants a complaint made") goes on with
        # the last one who spoke, rang or was rung, not the last noun ("lives w/ son",
        # "Wife died in May"); a note in which nobody has yet is about its person.
        # The person as a subject after the last one who spoke ("Ambulance attended,
        # declined ED. Pt refusing pendant alarm. Says...") is who it goes on with, unless
        # that one was rung or rang: then the note gives what they passed on ("Spoke to
        # dtr. Pt continues to refuse the stool, says she doesn't need it").
        person_since = False
        for seen in reversed(history):
            if seen.speaking:
                if seen.who == "person" or (person_since and not seen.reached):
                    return "person"
                return "unknown"
            person_since = person_since or (seen.subject and seen.who == "person")
        return "person" if person.surname is not None or person.first_names else "unknown"
    if ref is RefKind.OTHER:
        # Nobody the lexicon knows, unless the person's initials ("G has said").
        return "person" if who_is(subject) == "person" else "unknown"
    return who_is(subject)


def _antecedent(
    pronoun: str | None, history: list[Seen], person: PersonIdentity, *, said: bool = False
) -> str:
    """Who "she" or "he" most likely is, or "ambiguous" when it could be someone else.

    The nearest earlier subject of the right gender wins ("Mrs Rahimi spoke to me with the
    interpreter. She said..." is Mrs Rahimi). A gendered noun in between that is not the
    person ("I spoke to her daughter. She said...") makes it ambiguous; a role of unknown
    gender that is not a subject (the interpreter, the GP) does not. Nor, for what "he" or
    "she" said, does a name of unknown gender that only acts in the story ("Julie called
    999 ... when I asked what he wanted he said"), where the person is named before it;
    what "she" felt stays with the name ("Anna was difficult, which she felt").
    """
    passed_over = False
    for index in range(len(history) - 1, -1, -1):
        seen = history[index]
        if seen.plural or not _compatible(pronoun, seen.gender):
            continue
        if seen.who != "person" and _in_the_persons_words(history, index):
            continue
        if said and _only_acts(seen):
            passed_over = True
            continue
        if seen.subject or seen.gender is not None:
            return "person" if seen.who == "person" else "ambiguous"
    if passed_over:
        return "ambiguous"  # nobody else it could be, but the person is not named before
    if person.surname is None or _compatible(pronoun, person.gender):
        return "person"
    return "unknown"


def _only_acts(seen: Seen) -> bool:
    """Whether somebody the record names without a role or a gender only acts in its story,
    neither speaking nor rung nor ringing ("Julie called 999 ... when I asked what he
    wanted he said", "Raymond let me in"): a name no "he" or "she" can be told to follow,
    which the pronoun passes over for the one it can."""
    return seen.who == "other" and seen.gender is None and not (seen.speaking or seen.reached)


def _in_the_persons_words(history: list[Seen], index: int) -> bool:
    """Whether the one at ``index`` is only somebody the person was last said to do
    something with ("Mrs Walsh looks after her own mother. She described..."): named
    straight after the person, neither speaking nor reached nor a subject themselves."""
    seen = history[index]
    if seen.subject or seen.speaking or seen.reached:
        return False
    for before in reversed(history[:index]):
        if before.who == "person":
            return not before.plural
        if before.subject or before.speaking or before.gender is not None:
            return False  # "a single parent" between them says nothing of who acts
    return False


def _singular_they(history: list[Seen]) -> str:
    """Who "they" is in a record that uses "they" for its person: the person when they are
    the nearest one it could mean. A group ("his sons", "the carers") or anyone else of
    unknown gender in between (the GP, the agency) could be "they" too."""
    for seen in reversed(history):
        if seen.who == "person":
            return "person"
        if seen.plural:
            return "unknown"
        if seen.gender is None:
            return "ambiguous"
    return "unknown"


def _compatible(pronoun: str | None, gender: str | None) -> bool:
    return gender is None or pronoun is None or pronoun == gender
