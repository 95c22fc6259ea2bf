"""RL604: words that cast doubt on what the person says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import sentence_of
from recordlint.findings import Category, Severity
from recordlint.lexicon import word_list
from recordlint.rules.opinion.cues import Cue, cues, gate
from recordlint.rules.opinion.sentences import is_heading
from recordlint.rules.opinion.spans import trimmed
from recordlint.rules.opinion.speakers import names_a_source
from recordlint.rules.opinion.words import (
    CREDIBILITY_ADVERBS,
    DOUBTED,
    OPINION_NEEDS,
    REPORTING_CREDIBILITY,
)
from recordlint.rules.registry import ParagraphContext, rule
from recordlint.subjects import Referent, doer_of, referent_of, speaker_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Casting doubt on what someone says is a failure of respect, not an opinion about the
# facts: the words tell the next reader not to believe the person, whatever the facts are,
# and the record gains nothing by them. So the rule reports under judgemental wording and
# Standard 2's respect clause, as the independent annotators of every development batch
# marked "claims" and "admits".
# Words that put a question to the person, whose answer a denial may record.
QUESTIONING = frozenset({"ask", "question", "questioning"})


@rule(
    code="RL604",
    name="credibility-undermining",
    category=Category.JUDGEMENTAL,
    standard="2.respectful",
    severity=Severity.WARNING,
    needs=OPINION_NEEDS,
    gate=gate("credibility"),
    about_wording=True,
)
def credibility_undermining(ctx: ParagraphContext) -> None:
    """Finds words that cast doubt on what the person says ("claims", "admits", "allegedly").

    ## Why it matters
    Standard 2 asks for accurate, objective records written respectfully. Verbs such as
    "claims" and "insists" quietly tell the next reader not to believe the person; studies
    of health records found them among the commonest ways notes undermine patients. Record
    what the person said neutrally, and any evidence that differs separately.

    ## Example
    Before:
    > She claims she eats 3 meals a day.

    After:
    > She told me she eats 3 meals a day. The fridge had bread, milk and cheese in it.

    ## Stays quiet on
    "Claims" as a noun or with a plain object ("benefit claims", "he claims Pension
    Credit", "she has not yet claimed Carer's Allowance"), the money sense in a note
    without a sentence's grammar (a benefit claim that ends a note, "Case can close on
    completion of PIP claim"; an expense claimed with the writer's finding after a comma,
    "Bedding claimed, not evidenced"), clinical symptom reviews
    ("denies chest pain"), a denial given as the answer to a question ("denied being
    suicidal when asked directly"), denying a formal allegation, "admitted to hospital", words about
    organisations and professionals, and claims attributed to a named source. A relative's
    words deserve the same respect as the person's, so "Her son claims ..." is flagged too.
    """
    doc = ctx.doc
    assert doc is not None
    for cue in cues(doc, "credibility"):
        sentence = sentence_of(doc[cue.start])
        if is_heading(sentence):
            continue
        if not _undermines(doc, cue, sentence):
            continue
        start, end = trimmed(doc, cue.start, cue.end)
        words = doc[cue.start : cue.end].text
        if cue.term in CREDIBILITY_ADVERBS:
            message = (
                f"'{words}' casts doubt without saying who said it; name the source and "
                "record what they said."
            )
        else:
            message = (
                f"'{words}' may suggest you doubt the person; write what they said ('said', "
                "'told me') and record any evidence that differs separately."
            )
        ctx.flag(start, end, message)


def _undermines(doc: Doc, cue: Cue, sentence: Span) -> bool:
    first = doc[cue.start]
    if cue.term in CREDIBILITY_ADVERBS:
        verb = first.head if first.dep_ == "advmod" else first
        subject = subject_of(verb)
        if subject is not None and referent_of(subject) not in {
            Referent.PERSON,
            Referent.OTHER_PERSON,
        }:
            return False  # "the letter was supposedly sent": about things, not people
        return not names_a_source(doc, cue, sentence)
    if cue.term in {"so-called", "would have us believe"}:
        return speaker_of(first) is None
    if _fragment_opening(first, cue):
        return speaker_of(first) is None  # "Claims she is eating well.": a note's fragment
    doing = _doing_after(doc, first, cue)
    if doing is not None:
        return _owned_up_to(first, doing)  # "admits drinking", "insists on speaking to"
    if not first.tag_.startswith("VB") or first.lemma_.lower() != cue.term.split()[0]:
        return False  # "benefit claims", "the claim": nouns
    referent, subject = doer_of(first)
    if subject is not None and any(c.dep_ == "auxpass" for c in first.children):
        return False  # "it is alleged that", "was denied a place"
    if referent not in DOUBTED and not (referent is Referent.UNKNOWN and subject is None):
        return False
    if speaker_of(first) is not None:
        return False
    lemma = first.lemma_.lower()
    clause = _reports_a_clause(first, subject) or " that" in cue.term
    # "drinks more than he admits": the person's account held up against what is so.
    clause = clause or any(c.dep_ == "mark" and c.lower_ == "than" for c in first.children)
    if lemma in REPORTING_CREDIBILITY:
        if any(c.dep_ == "dobj" and c.pos_ in {"NOUN", "PROPN"} for c in first.children):
            return False  # "she has not yet claimed Carer's Allowance": a plain object
        return clause
    if lemma == "deny":
        if _answer_to_a_question(first):
            return False  # "Denied being suicidal when asked directly": a screening answer
        if clause:
            return True
        obj = next((c for c in first.children if c.dep_ in {"dobj", "pcomp"}), None)
        if obj is None:
            return False
        if obj.tag_ == "VBG":
            return True  # "denies drinking"
        symptoms = word_list("symptom_noun")
        return obj.lemma_.lower() not in symptoms and obj.lower_ not in symptoms
    return True


def _reports_a_clause(verb: Token, subject: Token | None) -> bool:
    """Whether a reporting verb carries what someone said as a clause: "claims she eats 3
    meals a day", "insists he is fine", "She is fine, she claims". A clause the parser hung
    on a subjectless verb from before it ("Case to close on completion of PIP claim": the
    noun that ends the sentence read as its verb) or after a comma straight after it
    ("Laundry claimed, not evidenced": an expense claimed, then what the writer found)
    reports nothing anyone said; both are the money sense of "claim", a benefit or an
    expense, which a financial note writes without the grammar a sentence has. A clause
    with a subject of its own after the comma is still reported ("He claimed, however,
    that he had eaten")."""
    after_comma = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ","
    for clause in verb.children:
        if clause.dep_ not in {"ccomp", "xcomp"}:
            continue
        if clause.i < verb.i and subject is None:
            continue  # a sentence hung on its last word
        if clause.dep_ == "xcomp" and after_comma:
            continue  # "claimed, not evidenced": the writer's finding, not a report
        return True
    return False


# Verbs that take what the person does as an -ing word straight after them ("admits
# drinking", "denies drinking"), and the one that takes it after "on" ("insists on").
DOING_AFTER = frozenset({"admit", "deny"})
DOING_AFTER_ON = frozenset({"insist"})


def _doing_after(doc: Doc, first: Token, cue: Cue) -> Token | None:
    """The -ing word naming what the person is said to own up to, deny or insist on,
    straight after the cue: "Gary admits drinking 2 bottles", "Denies drinking today",
    "insists on speaking to the manager". The parser often reads the cue as an auxiliary
    of the -ing word ("admits/aux drinking") or, first in a note, as its subject
    ("Denies/nsubj drinking"), so the words' order is what counts here."""
    term = cue.term.split()[0]
    if cue.end != first.i + 1 or not first.lower_.startswith(term[:-1]):
        return None
    i = first.i + 1
    if term in DOING_AFTER_ON and i < len(doc) and doc[i].lower_ == "on":
        i += 1
    elif term not in DOING_AFTER:
        return None
    if i >= len(doc) or doc[i].tag_ != "VBG" or doc[i].sent != first.sent:
        return None
    return doc[i]


def _owned_up_to(first: Token, doing: Token) -> bool:
    """Whether "admits drinking", "denies drinking" or "insists on speaking" is said of the
    person or someone close to them, in the writer's own words: not a screening answer
    ("Denied being suicidal when asked directly"), not of a professional or an
    organisation, and not inside reported speech."""
    if first.lemma_.lower() == "deny" or first.lower_.startswith("den"):
        heads = (first, doing, doing.head)
        if any(_answer_to_a_question(t) for t in heads):
            return False
    if speaker_of(first) is not None:
        return False
    if first.head.i == doing.i and first.dep_ in {"nsubj", "compound"}:
        return True  # "Denies/nsubj drinking today": a note's fragment, of the person
    verb = first if first.tag_.startswith("VB") and first.dep_ != "aux" else doing
    referent, subject = doer_of(verb)
    return referent in DOUBTED or (referent is Referent.UNKNOWN and subject is None)


def _answer_to_a_question(verb: Token) -> bool:
    """Whether a denial is recorded as the answer to a question put to the person ("Denied
    being suicidal when asked directly", "denied feeling low on questioning"): the
    screening question and its answer, as "denies chest pain" is in a symptom review, not
    the writer casting doubt."""
    return any(
        t.lemma_.lower() in QUESTIONING and t.dep_ in {"advcl", "pobj"} for t in verb.subtree
    )


def _fragment_opening(first: Token, cue: Cue) -> bool:
    """Whether a note's fragment opens with the cue verb, which the tagger read as a plural
    noun because it is capitalised ("Claims she is eating well"): a subjectless word that
    heads a clause with a subject of its own."""
    if first.i != first.sent.start or first.tag_ not in {"NNS", "NNPS"}:
        return False
    if cue.term.split()[0] not in {first.lemma_.lower(), first.lower_[:-1]}:
        return False
    if any(c.dep_ in {"nsubj", "det", "poss", "amod", "compound"} for c in first.children):
        return False  # "Claims were paid", "Benefit claims": a noun after all
    if first.dep_ in {"npadvmod", "nmod", "dep"} and _has_own_subject(first.head, after=first):
        return True  # "Claims she has a bath every day": the parser hung the cue on the clause
    return any(
        c.dep_ in {"ccomp", "relcl", "acl", "xcomp"}
        and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for c in first.children
    )


def _has_own_subject(verb: Token, after: Token) -> bool:
    """Whether ``verb`` is a verb whose subject comes after ``after``: the clause a
    fragment's opening word introduces."""
    return verb.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.i > after.i for c in verb.children
    )
