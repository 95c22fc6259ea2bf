"""The clauses that carry a view: each voice term's subject, the clause's span, how its
subject is written, and the view nouns ("her wish") with their owners."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from recordlint.doc_access import doc_text, span_text
from recordlint.names import only_a_name, titles
from recordlint.rules.voice.facts import Clause, Mention, Ref, RefKind
from recordlint.rules.voice.lexicon import SpeechLexicon, VoiceTerm, speech_lexicon
from recordlint.rules.voice.names import CONTACTED, NAMING_POS
from recordlint.rules.voice.roles import clean, forms, mention, role_kind, role_of
from recordlint.rules.voice.speech import (
    ANSWERS_TO_AN_OFFER,
    VERBS,
    copula_dropped,
    excluded,
    interpreting,
    named_before,
    names_a_language,
    opening,
    opening_verb_read_as_noun,
    opens_after_negation,
    refuses_the_contact,
    said_of_its_head,
    set_off_by_a_dash,
    speaker_before,
    speech_verb_read_as_subject,
    voice_term,
    would,
    would_opens,
)
from recordlint.segments import DASHES, is_section_heading
from recordlint.subjects import Referent, referent_of
from recordlint.token_view import token_view

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def clauses(
    doc: Doc,
    quotes: Sequence[tuple[int, int]],
    lexicon: SpeechLexicon,
    names: dict[int, Mention],
) -> list[Clause]:
    candidates: dict[int, tuple[Token, VoiceTerm]] = {}
    view = token_view(doc)
    for index, (lower, lemma, pos) in enumerate(zip(view.lower, view.lemma, view.pos, strict=True)):
        # Only a verb, or a word the lexicon lists, can be a voice term (see voice_term).
        if pos not in VERBS and lemma not in lexicon.terms and lower not in lexicon.terms:
            continue
        token = doc[index]
        term = voice_term(token, lexicon)
        if term is not None and term.kind == "speech" and names_a_language(token):
            # "Mrs Kowalczyk speaks Polish as first language": a fact about her, and no
            # voice for "... but asked for an Igbo interpreter" to be reported inside.
            continue
        if term is not None and not _in_spans(token.idx, quotes):
            candidates[token.i] = (token, term)
    found_clauses = []
    for token, term in candidates.values():
        if excluded(token, term) or refuses_the_contact(token):
            continue
        subject = _subject(token)
        if said_of_its_head(token, subject):
            continue
        if subject is None and term.copular:
            # "Mrs Khan is relieved about the move": the parser reads a passive.
            subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        # A clause reported inside another voice clause belongs to the outer speaker:
        # "Mrs Pollard told me she wants..." is one clause of Mrs Pollard's, and "her
        # daughter said she wants..." is the daughter's. One that names its own subject
        # passes somebody's view on ("her son said his dad wants"): whose it is, and
        # whether the one passing it on counts, is decided with the whole record.
        outer = _outer_voice(token, candidates)
        if outer is not None and term.kind == "feeling" and would(token):
            continue  # "said her dad would hate a home": the speaker's guess, not his feeling
        relayed_by = None
        if outer is not None and (_subject(outer) is not None or _note_style(outer)):
            if subject is not None and subject.pos_ == "PRON" and _told_the_writer(token, outer):
                pass  # "I explained that he told me he wants to go home": his own words
            elif subject is not None and _somebody_else(
                token, term, subject, outer, candidates, names
            ):
                relayed_by = describe(_subject(outer), outer, lexicon, names)
            elif subject is None or subject.pos_ not in {"NOUN", "PROPN"}:
                continue
            else:
                relayed_by = describe(_subject(outer), outer, lexicon, names)
        # "Mr Okonkwo is happy with his care", "Mrs Lee is keen to go home": a reported
        # wish or feeling about something is the person's voice, as the practice standards
        # ask records to capture it; whose it is is decided with the whole record, so a
        # relative's or a professional's feelings stay theirs.
        understood = _note_style(token) or (term.copular and _note_fragment(token))
        if subject is None and (not understood or _told_someone(token, term)):
            continue
        start, end = _clause_span(token, subject)
        described = describe(subject, token, lexicon, names)
        found_clauses.append(
            Clause(
                start,
                end,
                term.kind,
                token.text,
                described,
                relayed_by=relayed_by,
                translated=relayed_by is not None and interpreting(outer),
            )
        )
    found_clauses.extend(_view_clauses(doc, lexicon, names))
    found_clauses.extend(_attributed_clauses(doc, lexicon, names))
    found_clauses.sort(key=lambda c: c.start)
    return found_clauses


def _somebody_else(
    token: Token,
    term: VoiceTerm,
    subject: Token,
    outer: Token,
    candidates: dict[int, tuple[Token, VoiceTerm]],
    names: dict[int, Mention],
) -> bool:
    """Whether "he" or "she" in what somebody says cannot be the one saying it, so that
    they pass on somebody else's view: "Sister says he wants to stay at home", "Carers
    report she wants to stay in bed". Not "Wife says she is worried" (her own), nor what
    somebody feels or thinks of another ("Roy feels she enjoys the day centre"), nor how
    they see the person feel ("His wife reports he enjoys music"): only a wish, a side
    taken or what the person said."""
    if term.kind not in {"wish", "speech"}:
        return False
    gender = {"she": "f", "he": "m"}.get(subject.lower_)
    speaker = _subject(outer)
    if gender is None or speaker is None or candidates[outer.i][1].kind != "speech":
        return False
    # What is said is the view itself, not a deed it comes in ("Staff say he wanders to
    # the door asking for his wife" is what staff saw).
    said = subject.head
    if said.dep_ != "ccomp" or said.head.i != outer.i or subject.dep_ != "nsubj":
        return False
    if said.i != token.i and not (token.dep_ in {"acomp", "prep"} and token.head.i == said.i):
        return False
    said_by = describe(speaker, outer, speech_lexicon(), names)
    if said_by.ref.kind in {RefKind.WRITER, RefKind.YOU, RefKind.OTHER}:
        return False
    return said_by.plural or (said_by.gender is not None and said_by.gender != gender)


def view_noun(token: Token, lexicon: SpeechLexicon) -> bool:
    """A noun that carries its owner's view: "wish", "views", "priority", "desired outcome"."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    lemma, lower = token.lemma_.lower(), token.lower_
    for head, before in lexicon.views:
        if head not in {lemma, lower, lemma + "s", lemma + "es"}:
            continue
        if not before or any(c.lower_ == before for c in token.lefts):
            return True
    return False


_POSSESSIVE_PRONOUNS = {"her": "she", "his": "he", "their": "they"}


def view_owner(noun: Token, lexicon: SpeechLexicon, names: dict[int, Mention]) -> Mention | None:
    """Whose view a view noun carries: "her wish", "Mrs Cole's wishes", "views of the
    person"; None when the words do not say ("Desired outcome:")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if owner is None:
        return None
    pronoun = _POSSESSIVE_PRONOUNS.get(owner.lower_)
    if pronoun is not None:
        return Mention(
            Ref(RefKind.PRONOUN),
            at=owner.idx,
            gender={"she": "f", "he": "m"}.get(pronoun),
            plural=pronoun == "they",
        )
    if owner.lower_ in {"my", "our", "your"}:
        return None
    return describe(owner, noun, lexicon, names)


def _view_clauses(doc: Doc, lexicon: SpeechLexicon, names: dict[int, Mention]) -> list[Clause]:
    """ "Her priority is to get home", "Mrs Brown's wish is to return home": a view noun as
    the subject of "be" gives its owner's view, in the words of the rest of the sentence."""
    found = []
    view = token_view(doc)
    for index, pos in enumerate(view.pos):
        if pos not in NAMING_POS:
            continue  # only a noun carries a view (see view_noun)
        token = doc[index]
        if token.dep_ != "nsubj" or token.head.lemma_ != "be" or not view_noun(token, lexicon):
            continue
        if span_text(token.sent).rstrip().endswith("?"):
            continue
        owner = view_owner(token, lexicon, names)
        if owner is None or owner.ref.kind is RefKind.OTHER:
            continue
        verb = token.head
        start, end = _clause_span(verb, token)
        found.append(Clause(start, end, "wish", token.text, owner))
    return found


def _attributed_clauses(
    doc: Doc, lexicon: SpeechLexicon, names: dict[int, Mention]
) -> list[Clause]:
    """ "According to Mr Reed, the carers are often late": a sentence given on somebody's
    word is their account."""
    found: list[Clause] = []
    if "ccording" not in doc_text(doc):
        return found
    for token in doc:
        if token.lower_ != "according" or span_text(token.sent).rstrip().endswith("?"):
            continue
        to = next((c for c in token.children if c.lower_ == "to"), None)
        source = next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
        if source is None or source.pos_ not in {"NOUN", "PROPN"}:
            continue  # "according to the care plan" names a document, not a speaker
        sentence = token.sent
        last = sentence[-1] if not sentence[-1].is_punct or len(sentence) < 2 else sentence[-2]
        owner = describe(source, token, lexicon, names)
        found.append(
            Clause(sentence.start_char, last.idx + len(last.text), "speech", token.text, owner)
        )
    return found


def _note_fragment(token: Token) -> bool:
    """A feeling or wish with its subject understood: "Is happy with the carers" and
    "Unhappy about the carers coming late" after a mention of the person."""
    if token.dep_ == "acomp" and token.head.lemma_ == "be":
        return _note_style(token.head)
    # One that opens the paragraph follows nobody ("Happy to attend any meeting" is the
    # writer's offer), and a heading ("Important to me") says nothing.
    sentence = token.sent
    if set_off_by_a_dash(token) and token.pos_ != "VERB":
        return True  # "Discussed moving bed downstairs - not keen"
    return (
        token.dep_ == "ROOT"
        and opens_after_negation(token)
        and token.pos_ != "VERB"
        and sentence.start > 0
        and not is_section_heading(span_text(sentence))
    )


def _outer_voice(token: Token, candidates: dict[int, tuple[Token, VoiceTerm]]) -> Token | None:
    """The voice clause ``token`` is part of: "Mrs Pollard told me she wants..." is one clause
    of Mrs Pollard's, "her daughter said she wants..." the daughter's, and "Mr Clarke chose
    this because he would enjoy it" Mr Clarke's. Not the writer's reasons, though: in "We
    decided this because Mr Mehta said it helps him", Mr Mehta's words stand on their own.
    """
    current = token
    explained = False
    for _ in range(12):
        if current.head.i == current.i:
            return None
        if current.dep_ == "conj" and any(c.dep_ == "nsubj" for c in current.children):
            return None  # "I rang Mr Siddiqui and he told me...": a clause of its own
        if current.dep_ == "conj" and _reported_clause_before(current) is not None:
            return None  # "TSO reports he was slurring, told her ...": he told her
        if current.dep_ == "ccomp" and _comma_between(current, current.head):
            return None  # "Graham does not want carers, says...": misparsed, not reported
        explained = explained or current.dep_ in {"advcl", "relcl", "acl"}
        current = current.head
        if current.i in candidates:
            subject = _subject(current)
            if explained and subject is not None and subject.lower_ in {"i", "we"}:
                return None
            return current
    return None


def _subject(token: Token) -> Token | None:
    """The subject of a voice clause, climbing coordination and relative clauses."""
    # A note's passive without "was" names who answered after "by": "declined by Mr Reed".
    agent = next(
        (g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"),
        None,
    )
    current = token
    coordinated = False  # climbed "and said" to the verb before it
    for _ in range(8):
        for child in _subjects_first(current):
            # "Mrs Lee was asked if she was happy and said yes": who was asked answers.
            passive = coordinated and child.dep_ == "nsubjpass"
            if child.dep_ in {"nsubj", "csubj"} or passive:
                if child.lower_ in {"who", "that"} and current.dep_ == "relcl":
                    return current.head
                if child.pos_ in {"VERB", "AUX"}:
                    return None  # "- found in bed, said had a bad night": a misparsed note
                if speech_verb_read_as_subject(child):
                    return speaker_before(child)  # "pt says would like", "Says wants"
                if token.tag_ == "VBN" and agent is not None:
                    return agent  # "Tea call offered, declined by Mr Ruddock"
                return _caller(child) or _after_a_dash(child, token) or child
        if current.dep_ == "amod" and copula_dropped(current):
            return current.head  # "SU happy with care"
        if current.dep_ == "acomp" and current.head.lemma_ in {"be", "feel", "seem"}:
            current = current.head
            continue
        if current.dep_ == "prep" and current.pos_ == "ADP" and current.head.lemma_ == "be":
            current = current.head  # "he is against moving"
            continue
        side = current.dep_ == "prep" and current.pos_ == "ADP"
        if side and current.head.dep_ == "ROOT" and current.head.pos_ in NAMING_POS:
            return current.head  # "Mr Brown against the move"
        if named_before(current) is not None:
            return named_before(current)  # "Mrs R reluctant"
        if current.dep_ == "conj" and current.head.i != current.i:
            inner = _reported_clause_before(current)
            if inner is not None:
                return inner
            current = current.head  # "and said"
            coordinated = True
            continue
        if current.dep_ == "xcomp" and current.head.pos_ == "VERB":
            current = current.head  # "keeps saying", not "is unable to express"
            continue
        if (
            current.dep_ == "advcl"
            and current.head.pos_ == "VERB"
            and (current.tag_ == "VBG" or any(c.lower_ == "to" for c in current.lefts))
        ):
            current = current.head  # "rang, asking for more hours", "phoned to ask"
            continue
        break
    # "Call from Mr Reed asking for a later call": whoever rang asks.
    for word in (current, current.head) if current.dep_ == "acl" else (current,):
        caller = _caller(word)
        if caller is not None:
            return caller
    # "Daughter (Karen) rang and said": note style leaves the speaker hanging off the verb.
    for child in current.lefts:
        if (
            child.dep_ in {"nmod", "npadvmod", "dep"}
            and child.pos_ in {"NOUN", "PROPN"}
            and child.left_edge.i == child.sent.start
        ):
            return child
        # "Martin very upset, says ...": the parser makes how somebody was a clause of
        # its own before the verb; whoever it is about is the one who speaks.
        if child.dep_ == "ccomp" and child.pos_ == "ADJ" and child.left_edge.i == child.sent.start:
            named = next((c for c in child.lefts if c.dep_ == "nsubj"), None)
            if named is not None and named.pos_ in {"NOUN", "PROPN"}:
                return named
    return None


def _subjects_first(verb: Token) -> list[Token]:
    """A verb's children, the subject of its own clause first where the parser gave it two,
    one before the word opening that clause ("Mrs Pike, after a neighbour reported shouting":
    the neighbour reported)."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ == "nsubj" and c.i < verb.i]
    mark = next((c for c in children if c.dep_ == "mark" and c.i < verb.i), None)
    if len(subjects) < 2 or mark is None or not subjects[0].i < mark.i < subjects[-1].i:
        return children
    nearest = subjects[-1]
    return [nearest, *(c for c in children if c is not nearest)]


def _reported_clause_before(verb: Token) -> Token | None:
    """The subject of a reported clause that a verb after a comma, with no "and", goes on:
    "TSO reports he was slurring, told her to go away" (he told her), though the parser
    joins "told" to "reports"."""
    head = verb.head
    if verb.doc[verb.i - 1].text != "," or any(c.dep_ == "cc" for c in verb.lefts):
        return None
    for clause in head.children:
        if clause.dep_ == "ccomp" and head.i < clause.i and clause.right_edge.i < verb.i:
            subject = next((c for c in clause.lefts if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PRON":
                return subject
    return None


def _after_a_dash(subject: Token, verb: Token) -> Token | None:
    """The speaker of a list item that opens with whom it is about: in "Mr Arthur Pendle –
    wife admits she can't cope" the parser makes the name the subject and his wife its
    apposition, or a second subject ("Mrs Ann Cole – daughter admits")."""
    doc = subject.doc
    later = [c for c in subject.rights if c.dep_ == "appos"]
    later += [c for c in verb.children if c.dep_ == "nsubj" and c.i > subject.i]
    for child in sorted(later, key=lambda t: t.i):
        if child.i > verb.i or child.pos_ not in {"NOUN", "PROPN"}:
            continue
        between = doc[subject.i + 1 : child.left_edge.i]
        # A dash set off by spaces, not the hyphen inside "al-Hassan".
        if any(t.text in _SET_OFF and (t.i == 0 or doc[t.i - 1].whitespace_) for t in between):
            return child
    return None


_SET_OFF = DASHES | {":"}


def _caller(word: Token) -> Token | None:
    """Who a call, email or referral came from: "Call from Mr Reed", "Tel from dtr"."""
    contact = speech_lexicon().contact
    if not any((form, "") in contact for form in forms(word)):
        return None
    for child in word.children:
        if child.dep_ == "prep" and child.lower_ == "from":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _told_the_writer(token: Token, outer: Token) -> bool:
    """Whether a speech verb inside the writer's own words was said to the writer: "I
    explained to his son that when I saw Mr Lee, he told me he wants to go home" recounts
    what Mr Lee said, as "he told me" on its own would."""
    speaker = _subject(outer)
    if speaker is None or speaker.lower_ not in {"i", "we"}:
        return False
    for child in token.children:
        if child.dep_ in {"dobj", "dative"} and child.lower_ in {"me", "us"}:
            return True
        to_writer = any(g.lower_ in {"me", "us"} for g in child.children)
        if child.dep_ in {"prep", "dative"} and child.lower_ == "to" and to_writer:
            return True
    return False


def _told_someone(token: Token, term: VoiceTerm) -> bool:
    """A note-style speech verb with somebody other than the writer as its addressee
    ("Told dtr to put complaint in writing", "Advised son"): the writer speaking, as a
    worker's notes leave out "I"; "Told me she wants" stays the person's."""
    if term.kind != "speech" or term.head in ANSWERS_TO_AN_OFFER:
        return False  # "Declined package of care": the offer, not somebody told
    return any(
        c.dep_ in {"dobj", "dative"} and c.pos_ in {"NOUN", "PROPN", "PRON"}
        and c.lower_ not in {"me", "us"}
        for c in token.children
    )  # fmt: skip


def _note_style(token: Token) -> bool:
    """A clause that opens with its verb ("Says she is fine", "- found in bed, said had a bad
    night", "Spoke to pt – says he's fine"): the subject is understood. A finite verb with
    no subject of its own, and none before it in its sentence."""
    answer = token.tag_ == "VBN" and _opens_a_note_line(token)  # "Declined assessment"
    # "Would like more visits", "Would prefer a female carer": a wish opening its line.
    answer = answer or would_opens(token)
    if token.tag_ not in {"VBZ", "VBD"} and not (answer or opening_verb_read_as_noun(token)):
        return False  # "24/7 shared support": a participle describing a noun
    if token.dep_ not in _CLAUSE_HEADS and not _opens_a_note_line(token):
        return False

    def subject(word: Token) -> bool:
        if speech_verb_read_as_subject(word):
            return speaker_before(word) is not None
        return word.dep_ in _SUBJECTS and word.pos_ not in {"VERB", "AUX"}

    if any(subject(c) for c in token.children):
        return False
    if _passive_without_be(token):
        return False
    # "Pt continues to refuse the stool, says she doesn't need it": the parser makes the
    # clause before the comma the object of the fragment; its subject is not the speaker's.
    before = [c for c in token.lefts if c.dep_ == "ccomp" and _comma_between(c, token)]
    inside = {t.i for c in before for t in c.subtree}
    words = token.doc[token.sent.start : token.i]
    return not any(subject(t) for t in words if t.i not in inside)


def _passive_without_be(token: Token) -> bool:
    """A note's passive that leaves out "was", its thing first and the verb closing it:
    "Bridging care x2 daily requested", "Review requested via brokerage". Nobody speaks in
    it; "Carers assessment offered, declined for now" and "Pt declined" answer."""
    after = [c for c in token.rights if not (c.is_punct or c.is_space)]
    if token.tag_ != "VBD" or any(c.dep_ not in _AFTER_A_PASSIVE for c in after):
        return False  # "Declined assessment", "said had a bad night": what is said follows
    before = token.doc[opening(token.sent) : token.i]
    if not before or any(t.is_punct or t.pos_ == "PRON" or _a_name(t) for t in before):
        return False
    lexicon = speech_lexicon()
    people = lexicon.person | lexicon.relevant_other | lexicon.professional
    if any(t.lower_ in people or t.lemma_.lower() in people for t in before):
        return False
    return any(t.pos_ == "NOUN" for t in before)


_AFTER_A_PASSIVE = frozenset({"prep", "advmod", "npadvmod", "agent"})


def _a_name(word: Token) -> bool:
    return word.pos_ == "PROPN" and word.text[:1].isupper() and not word.text.isupper()


def _opens_a_note_line(token: Token) -> bool:
    """A verb that opens its sentence or bullet, which the parser hung on the words after
    it: "- says carers 'alright, bit rushed'" (read as describing the carers), "- wants AM
    call later". In the past, only an answer to an offer ("Declined assessment"), since
    "Agreed actions" and "Increased package" describe what follows."""
    if opening(token.sent) != token.i:
        return False
    return token.tag_ == "VBZ" or token.lemma_ in ANSWERS_TO_AN_OFFER


def _comma_between(clause: Token, verb: Token) -> bool:
    return clause.right_edge.i + 1 < verb.i and verb.doc[verb.i - 1].text == ","


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


_CLAUSE_HEADS = frozenset({"ROOT", "conj", "parataxis", "ccomp"})


_CLAUSES_BEFORE = frozenset({"ccomp", "advcl", "parataxis", "punct", "conj", "cc"})


def _clause_span(token: Token, subject: Token | None) -> tuple[int, int]:
    first = token.left_edge
    if subject is None:
        # Note style: "Spoke to pt briefly – says he's fine" is the worker's call, then
        # the fragment; the clause starts at its verb and the words that go with it.
        lefts = [c for c in token.lefts if c.dep_ not in _CLAUSES_BEFORE]
        first = min((c.left_edge for c in lefts), key=lambda t: t.i, default=token)
    if subject is not None and subject.sent == token.sent:
        first = min(first, subject.left_edge, key=lambda t: t.i)
        if subject.i < first.i or first.i < subject.i < token.i:
            first = min(first, subject, key=lambda t: t.i)
    last = token.right_edge
    while last.i > first.i and last.is_punct and last.text not in {'"', "”", "'", "’"}:
        last = last.doc[last.i - 1]
    start, end = first.idx, last.idx + len(last.text)
    # A heading the parser joined to the sentence ("Views of the person: Mrs Tanner
    # wants...") is not part of the clause.
    anchor = subject.idx if subject is not None and subject.idx < token.idx else token.idx
    text = doc_text(token.doc)
    cut = max(text.rfind("\n", start, anchor), text.rfind(": ", start, anchor) + 1)
    if cut > start:
        start = cut + 1
        while start < anchor and text[start].isspace():
            start += 1
    return start, end


def describe(
    subject: Token | None,
    verb: Token,
    lexicon: SpeechLexicon,
    names: dict[int, Mention],
) -> Mention:
    if subject is None:
        return Mention(Ref(RefKind.IMPLICIT), at=verb.idx)
    lower = subject.lower_
    if lower == "you":
        # "Mark, you told me...": a letter to two people may speak to the other one.
        first = subject.sent[0]
        named = (
            first.text
            if first.pos_ == "PROPN" and first.i + 1 < len(first.doc) and first.nbor(1).text == ","
            else None
        )
        return Mention(Ref(RefKind.YOU), vocative=named.lower() if named else None)
    if lower in {"i", "we"}:
        return Mention(Ref(RefKind.WRITER))
    if lower in {"she", "he", "they"}:
        gender = {"she": "f", "he": "m"}.get(lower)
        after_contact = False
        if lower == "they":
            # "I rang Bright Care. They said...": after a call, "they" is who was called.
            sentences = list(verb.doc.sents)
            index = next(i for i, sent in enumerate(sentences) if sent.start <= verb.i < sent.end)
            start = sentences[max(0, index - 1)].start_char
            after_contact = bool(CONTACTED.search(doc_text(verb.doc), start, subject.idx))
        return Mention(
            Ref(RefKind.PRONOUN),
            at=subject.idx,
            gender=gender,
            plural=lower == "they",
            after_contact=after_contact,
        )
    subject_mention = names.get(subject.i) or mention(subject, lexicon)
    if subject_mention is not None:
        return replace(subject_mention, at=subject.idx)
    before_a_state = _name_before_a_state(subject, lexicon, names)
    if before_a_state is not None:
        return before_a_state
    if subject.pos_ in {"ADJ", "NOUN"} and subject.text.istitle() and only_a_name(subject.text):
        # "Clive claims he is 'fine'": a first name the tagger read as another word.
        return Mention(Ref(RefKind.FIRST, clean(subject.text)), at=subject.idx, is_subject=True)
    if subject.pos_ == "PRON":
        return Mention(Ref(RefKind.OTHER))
    role = referent_of(subject)
    if role is Referent.ORGANISATION:
        return Mention(Ref(RefKind.ROLE, "professional"), role="professional")
    if role is Referent.OTHER_PERSON:
        return Mention(Ref(RefKind.ROLE, "relevant_other"), role="relevant_other")
    # Where it stands, so a name cut to initials ("G has said") can still be told.
    return Mention(Ref(RefKind.OTHER), at=subject.idx)


def _name_before_a_state(
    subject: Token, lexicon: SpeechLexicon, names: dict[int, Mention]
) -> Mention | None:
    """The name a note writes before how somebody was, which the parser hangs on the state
    it takes for the subject: "Danny uncooperative, said ...", "Kim upset, says ...", and a
    titled name, in full or cut to its initial, that opens the sentence: "Mr A tearful, says
    ..."."""
    if subject.pos_ == "PROPN" or role_of(subject, lexicon) is not None:
        return None
    opening = subject.doc[subject.sent.start : subject.i]
    titled = next((names[t.i] for t in reversed(opening) if t.i in names), None)
    if (
        titled is not None
        and titled.ref.kind is RefKind.NAME
        and opening
        and all(
            opening.start <= t.head.i <= subject.i and t.dep_ in {"compound", "det", "amod"}
            for t in opening
        )
    ):
        return replace(titled, is_subject=True)
    for word in subject.lefts:
        if word.pos_ != "PROPN" or word.dep_ not in {"amod", "compound", "nmod"}:
            continue
        if word.i != subject.sent.start or word.text.isupper() or not word.text[:1].isupper():
            return None
        if role_kind(word.lower_, lexicon) is not None or word.lower_.rstrip(".") in titles():
            return None
        if referent_of(word) is Referent.ORGANISATION:
            return None
        return Mention(Ref(RefKind.FIRST, clean(word.text)), at=word.idx, is_subject=True)
    return None


def _in_spans(offset: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(s <= offset < e for s, e in spans)
