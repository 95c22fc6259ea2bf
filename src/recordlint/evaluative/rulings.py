"""The person finders that do not read the lexicon's states: rulings on whether what someone
said is true or realistic ("This is not realistic."), summing-up descriptions ("a very
challenging man"), motives ("for attention") and changes judged by their size ("has
deteriorated significantly"). Each finds its words its own way and shares no test with the
finder of character, feelings and minds in ``person``, so they stand apart from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative.clauses import (
    negated,
    opens_fragment,
    possible,
    subordinate,
)
from recordlint.evaluative.judgement import EvaluativePredicate, Judgement
from recordlint.evaluative.sentences import marker_matches, sentence_of
from recordlint.evaluative.vocabulary import ABOUT_PEOPLE, INTENSIFIERS, POINTING_BACK
from recordlint.evaluative.words import (
    habitual_verbs,
    person_phrases,
    person_words,
    phrase_root,
    progressive_motive_terms,
    subject_referent,
)
from recordlint.lexicon import word_list
from recordlint.matching import longest_first
from recordlint.segments import DASHES
from recordlint.subjects import Referent, subject_of
from recordlint.token_view import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def rulings(doc: Doc) -> list[EvaluativePredicate]:
    """Rulings on whether what someone said or wants is true or realistic, stated as fact:
    a plausibility word as the whole predicate of a subject that points back at a statement
    ("she wants to go home, which is unlikely", "This is not realistic.") or standing alone
    after a dash ("Family want her home - unrealistic."). A likelihood with its own
    complement ("it is unlikely that she will return", "unlikely to change") is honest
    uncertainty about an outcome, not a ruling."""
    words = person_words()
    terms, phrases = person_phrases()
    found = []
    for match in longest_first(phrases.matches(doc)):
        kind, negated_only = words[terms[match.entry].lower()]
        if kind is not Judgement.PLAUSIBILITY or match.end - match.start != 1:
            continue
        word = doc[match.start]
        if word.pos_ != "ADJ" or negated_only != negated(word):
            continue
        if any(c.dep_ in {"xcomp", "ccomp", "prep"} for c in word.children):
            continue  # "unlikely to change", "unlikely that ...", "realistic for him"
        subject = None
        if word.dep_ == "acomp" and word.head.lemma_ == "be":
            if any(c.dep_ in {"ccomp", "xcomp"} for c in word.head.children):
                continue
            # The copula's own subject: through a relative clause subject_of would give the
            # noun "which" hangs from, not the statement it points back at.
            subject = next((c for c in word.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ not in POINTING_BACK:
                continue
        elif not _after_a_dash(word):
            continue
        start = subject.i if subject is not None else word.i
        found.append(
            EvaluativePredicate(
                Judgement.PLAUSIBILITY, start, word.i + 1, word, subject, Referent.UNKNOWN
            )
        )
    return found


def _after_a_dash(word: Token) -> bool:
    """Whether ``word`` stands alone after a dash at the end of its sentence, as a verdict
    on what comes before it ("Family want her home - unrealistic.")."""
    sentence = sentence_of(word)
    before = [t for t in word.doc[sentence.start : word.i] if not t.is_space]
    after = [t for t in word.doc[word.i + 1 : sentence.end] if not t.is_punct]
    return bool(before) and before[-1].text in DASHES and not after


def summing_up(doc: Doc, taken: set[int]) -> list[EvaluativePredicate]:
    """Character judgements that sum a person up as a kind of person ("Mr Baptiste is a very
    challenging man", "a very demanding lady"): the predicate noun is a word for a person
    and all it adds is an adjective of degree. Relations are left out ("a very dear friend of
    the family" says who she is); predicates already found from the lexicon (``taken``) are
    left to that finding."""
    people = word_list("person")
    found = []
    for noun in tokens_with_lemma(doc, people):
        if noun.i in taken or noun.dep_ != "attr":
            continue
        for adjective in noun.children:
            if adjective.dep_ != "amod" or adjective.pos_ != "ADJ" or adjective.i in taken:
                continue
            if not any(c.dep_ == "advmod" and c.lower_ in INTENSIFIERS for c in adjective.children):
                continue
            subject = subject_of(noun)
            referent = subject_referent(subject)
            if subject is None or referent not in ABOUT_PEOPLE:
                continue
            start = min(c.i for c in adjective.subtree)
            found.append(
                EvaluativePredicate(Judgement.CHARACTER, start, noun.i + 1, noun, subject, referent)
            )
            break
    return found


def motives(doc: Doc) -> list[EvaluativePredicate]:
    """Motives read into what someone does, stated as fact: a phrase of purpose or intent
    (opinion markers of kind ``motive``: "for attention", "on purpose", "deliberately", "to
    get his way", or a choice read into how someone lives, "is choosing to live like this")
    on a verb whose doer is the person or someone around them ("Mrs T is doing
    this for attention", "is deliberately being difficult", "refuses her frame out of
    stubbornness"). Why someone acts is the writer's reading of their mind. Left out: a
    motive denied ("did not do it on purpose"), offered as a possibility ("may be doing it
    for attention"), asked about or set as a condition ("whether it was deliberate", "if he
    does it on purpose"), and one in the passive ("was harmed on purpose"), whose doer the
    clause does not name. A verb of aiming (markers marked ``progressive_only``: "try to")
    reads a motive only in the present progressive ("Desmond is trying to control things",
    "He's trying to stir up trouble"): what someone is set on now is the writer's reading
    of their aim, where "tried to stand" or "will try to ring" tells an attempt or a plan."""
    found = []
    aiming = progressive_motive_terms()
    for match, term in marker_matches(doc, "motive"):
        root = phrase_root(doc, match)
        if term in aiming and not _present_progressive(root):
            continue
        # "is choosing to live like this": a phrase that opens with its own verb reads the
        # motive into that verb; "to get his way", "for attention" hang on another.
        own = root.i == match.start and root.pos_ == "VERB"
        verb = root if own else root.head
        for _ in range(3):
            if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.pos_ not in {"VERB", "AUX"} or (not own and match.start <= verb.i < match.end):
            continue
        holders = [verb, verb.head] if verb.dep_ in {"xcomp", "acomp"} else [verb]
        # A phrase that is its own verb's passive ("is motivated by guilt") names who it
        # reads; another motive on a passive ("was harmed on purpose") names no doer.
        hiding = {"neg"} if own else {"neg", "auxpass", "nsubjpass"}
        if any(c.dep_ in hiding for h in holders for c in h.children):
            continue  # "not on purpose", "was harmed on purpose"
        if any(c.dep_ == "neg" for a in verb.ancestors for c in a.children):
            continue  # "I do not think she is doing this on purpose": denied
        if any(subordinate(h) for h in holders) or possible(verb):
            continue
        if _content_of_a_noun(verb):
            continue  # "the Council's decision that she had deliberately deprived herself"
        said_of = _of_a_person(verb)
        if said_of is None:
            continue
        found.append(EvaluativePredicate(Judgement.MOTIVE, match.start, match.end, verb, *said_of))
    return found


def patterns(doc: Doc) -> list[EvaluativePredicate]:
    """A pattern of conduct said to be someone's, stated as fact: a noun of the word list
    ``pattern_noun`` ("history", "tendency") as the object of "have", completed by what the
    person does, a gerund or an infinitive ("has a history of refusing help", "has a long
    history of being difficult with staff", "has a history of not engaging with services",
    "has a tendency to catastrophise"). It sums up what someone did on occasions the
    reader is not shown as the kind of person they are. Left out: a history of a condition
    named by a noun ("a history of depression", "a long history of alcohol misuse"), which
    a health history records; a pattern denied ("has no history of absconding"), offered as
    possible, asked about or set as a condition."""
    found = []
    for noun in tokens_with_lemma(doc, word_list("pattern_noun")):
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() != "have":
            continue
        conduct = _conduct_of_a_pattern(noun)
        if conduct is None:
            continue
        if negated(noun) or any(c.dep_ == "neg" for c in verb.children):
            continue  # "has no history of absconding", "does not have a history of ..."
        if subordinate(verb) or possible(verb):
            continue
        said_of = _of_a_person(verb)
        if said_of is None:
            continue
        start = min(noun.left_edge.i, noun.i)
        found.append(EvaluativePredicate(Judgement.CHARACTER, start, conduct.i + 1, verb, *said_of))
    return found


def _conduct_of_a_pattern(noun: Token) -> Token | None:
    """The verb that says what a pattern noun is a pattern of: the gerund after "of" ("a
    history of refusing help") or the infinitive after it ("a tendency to catastrophise");
    None for a noun after "of" ("a history of depression")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next(
                (g for g in child.children if g.dep_ in {"pcomp", "pobj"} and g.tag_ == "VBG"),
                None,
            )
        if (
            child.dep_ in {"acl", "relcl"}
            and child.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        ):
            return child
    return None


def _present_progressive(verb: Token) -> bool:
    """Whether a verb is a present participle with a present form of "be" as its own
    auxiliary ("is trying", "'re trying"), not a past one ("was trying") or one under a
    modal ("will be trying")."""
    if verb.tag_ != "VBG":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
    return any(a.lemma_ == "be" and a.tag_ in {"VBZ", "VBP"} for a in auxiliaries) and not any(
        a.tag_ == "MD" for a in auxiliaries
    )


def misstatements(doc: Doc) -> list[EvaluativePredicate]:
    """Rulings that what someone tells of themselves is more or less than the truth, stated
    as fact: a verb of misstating (opinion markers of kind ``misstating``: "minimise",
    "exaggerate", "downplay") said of the person or someone close to them, in the present,
    under a modal or after "tends to" ("She minimises her drinking", "He is clearly
    exaggerating his pain", "will minimise what has happened", "tends to exaggerate"). It is
    the writer's reading of the person's account. Left out: the simple past ("minimised her
    difficulties when asked"), which tells one occasion; a passive ("the risk is
    minimised"); a verb denied, offered as possible, asked about or set as a condition; one
    named under a preposition ("accused of exaggerating"); and an infinitive of purpose or
    a plan ("to minimise the risk", "will try to minimise it"), which rules on no one."""
    found = []
    for match, _term in marker_matches(doc, "misstating"):
        verb = phrase_root(doc, match)
        if verb.pos_ != "VERB" or verb.tag_ == "VBD":
            continue
        if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
            continue  # "does not minimise", "the risk is minimised"
        if subordinate(verb) or possible(verb) or verb.dep_ == "pobj":
            continue
        if _a_purpose(verb):
            continue
        said_of = _of_a_person(verb)
        if said_of is None or _after_a_misread_verb(said_of[0]):
            continue
        found.append(
            EvaluativePredicate(Judgement.MISSTATING, match.start, match.end, verb, *said_of)
        )
    return found


def _after_a_misread_verb(subject: Token | None) -> bool:
    """Whether a past-tense verb stands before the subject, read by the parser as its
    modifier ("Daughter rang back, worried mum is downplaying things"): the clause is
    what that verb reports of someone's worry or thought, not the writer's ruling."""
    return subject is not None and any(
        c.dep_ == "amod" and c.tag_ == "VBD" and c.i < subject.i for c in subject.children
    )


def _a_purpose(verb: Token) -> bool:
    """Whether a verb is an infinitive of purpose or of what someone sets out to do ("to
    minimise the risk", "will try to minimise it"), not one of habit ("tends to
    exaggerate")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in habitual_verbs())


def _of_a_person(verb: Token) -> tuple[Token | None, Referent] | None:
    """The subject and referent of a judgement said of a person or relative, or of a note's
    fragment that leaves the person unsaid ("Doing this for attention."); None otherwise."""
    subject = subject_of(verb)
    referent = subject_referent(subject)
    if referent in {Referent.PERSON, Referent.OTHER_PERSON} or (
        subject is None and opens_fragment(verb)
    ):
        return subject, referent
    return None


def _content_of_a_noun(verb: Token) -> bool:
    """Whether a clause is what a noun holds ("the decision that she had deliberately
    deprived herself of assets", "the allegation that he did it on purpose"): a decision,
    a view or a claim someone else made, not the writer's own reading."""
    return (
        verb.dep_ in {"acl", "ccomp"}
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)
    )


# Degree words that make a change a verdict on how much someone has changed: "has deteriorated
# significantly", "has improved a lot", "has got much worse".
CHANGE_DEGREES = frozenset(
    {"significantly", "greatly", "considerably", "dramatically", "markedly", "massively",
     "hugely", "rapidly", "much", "lot", "enormously", "vastly", "drastically", "substantially"}
)  # fmt: skip


# Verbs a comparative hangs on to tell a change: "has got worse", "became better".
BECOMING = frozenset({"get", "become", "go", "grow"})


def changes(doc: Doc) -> list[EvaluativePredicate]:
    """A change in a person judged by its size, stated as fact: a change word (the domain
    word list ``change_word``: "deteriorate", "improve", a comparative "worse" after "get")
    with a degree word on it ("Mrs S has deteriorated significantly since last review", "Mr
    N has improved a lot since moving", "Ethan's behaviour has got much worse"), said of the
    person or of something of theirs. How much someone has changed is the writer's
    comparison; what was different, and when, is the record. A change said without a degree
    ("his transfers have deteriorated") or of a thing ("the situation has improved a lot")
    is left alone, as is one forecast, offered as possible, denied or asked about."""
    found = []
    words = word_list("change_word")
    for word in doc:
        if word.lemma_.lower() not in words and word.lower_ not in words:
            continue  # the lower-case form too: "worse" has the lemma "bad"
        verb = word
        if word.pos_ == "ADJ":
            if word.dep_ not in {"acomp", "oprd"} or word.head.lemma_.lower() not in BECOMING:
                continue  # "a better flat", "worse than before" without a verb of becoming
            verb = word.head
        elif word.pos_ != "VERB":
            continue
        degrees = [*word.children, *verb.children]
        if not any(
            c.lower_ in CHANGE_DEGREES and c.dep_ in {"advmod", "npadvmod"} for c in degrees
        ):
            continue
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
            continue  # "has not improved much", "will deteriorate rapidly": another rule's
        if subordinate(verb) or verb.dep_ == "xcomp":
            continue
        said_of = _of_a_person(verb)
        if said_of is None:
            continue
        found.append(EvaluativePredicate(Judgement.CHANGE, word.i, word.i + 1, verb, *said_of))
    return found
