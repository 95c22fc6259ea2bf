"""Labels read from a sentence's structure rather than listed in the lexicon.

A shortfall in a capacity of the person's own ("limited insight", "her motivation is
low", "manages his money badly"), a courteous word that sums the person up ("a lovely
lady") and a type of person someone is "a bit of" ("a bit of a moaner"). Each finder
returns token ranges.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.lexicon import word_list
from recordlint.rules.respectful.lexicon import COUNTS_AS_PERSON, HOLDING_VERBS, judgemental
from recordlint.segments import DASHES
from recordlint.subjects import Referent, referent_of, speaker_of, subject_of
from recordlint.token_view import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Words that may stand between a word of deficit and the capacity it is said of: "very
# limited insight", "poor personal hygiene", "poor safety awareness", "lack of insight".
_DEFICIT_GAP = 2
# Deficit words that say how much there is of something rather than judging it: "limited
# choices" and "no choices" are a shortage of options, not a verdict on the person's.
_AMOUNT_ONLY = frozenset({"limited", "little", "low", "minimal", "no", "lack", "lacking"})
# Verbs through which a capacity is said to be short after it: "His motivation is low",
# "Insight remains limited".
_STATING_VERBS = frozenset({"be", "remain", "seem", "appear"})


def deficits(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of a shortfall said of a person's own capacity: a word of deficit (the
    word list "deficit_word": poor, limited, little, low, no, lack) with a capacity the
    person is judged to fall short in (the word list "personal_capacity": insight,
    motivation, engagement, tolerance, hygiene, coping, compliance), before it ("limited
    insight into the impact", "poor coping skills", "a low tolerance", "poor self-care")
    or stated of it by a verb ("Her insight is limited", "His motivation remains low").
    Each states a verdict on the person as fact, like the lexicon's "poor insight"; the
    lexicon lists some such pairs, and this finds the rest of the same form. Said of an
    organisation, a professional or a thing ("the team has limited engagement with
    families"), a capacity that is another noun's modifier ("hygiene concerns"), "a
    little insight" (some) and a tolerance of a symptom ("low pain tolerance") stay
    quiet."""
    deficit, capacity = word_list("deficit_word"), word_list("personal_capacity")
    found = []
    for token in doc:
        word = token.lower_
        named = word in capacity or token.lemma_.lower() in capacity
        if not named and not (word == "care" and _after_self(doc, token)):
            continue
        start, end = token.i, token.i + 1
        if word == "care":
            start = token.i - 2 if doc[token.i - 1].text in DASHES else token.i - 1
        head_noun = token
        if word == "coping":
            if token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "NOUN":
                continue  # "no longer coping" is whether the person copes, not a capacity
            head_noun, end = doc[token.i + 1], token.i + 2  # "poor coping skills"
        elif token.dep_ == "compound":
            continue  # "hygiene concerns", "no compliance issues": a modifier of another noun
        if word == "tolerance" and _tolerance_of_a_symptom(token):
            continue
        if word == "management" and _management_of_a_thing(token):
            continue
        opening = _deficit_before(doc, start, deficit)
        if opening is not None:
            if doc[opening].lower_ in _AMOUNT_ONLY and word == "choices":
                continue
            span = (opening, end)
        else:
            closing = _deficit_after(doc, start, end, deficit)
            if closing is None:
                continue
            span = (start, closing + 1)
        if _held_by_someone_else(head_noun):
            continue
        found.append(span)
    return found


def _after_self(doc: Doc, token: Token) -> bool:
    """Whether "care" is the second half of "self-care" or "self care"."""
    before = [t.lower_ for t in doc[max(0, token.i - 2) : token.i]]
    return before[-1:] == ["self"] or (len(before) == 2 and before[0] == "self")


def _tolerance_of_a_symptom(noun: Token) -> bool:
    """Whether a tolerance is of a symptom or a bodily demand ("low pain tolerance",
    "poor exercise tolerance", "low tolerance of pain"): a clinical measure, not a verdict."""
    symptoms = word_list("symptom_noun")
    for child in noun.children:
        if child.dep_ in {"compound", "amod"} and child.i < noun.i and child.pos_ == "NOUN":
            return True
        if child.dep_ == "prep" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in symptoms for g in child.children
        ):
            return True
    return False


def _management_of_a_thing(noun: Token) -> bool:
    """Whether management is of a thing named by a noun before it ("poor pain management",
    "limited case management"): what professionals do, not how the person manages their
    own affairs ("poor financial management")."""
    return any(c.dep_ == "compound" and c.i < noun.i and c.pos_ == "NOUN" for c in noun.children)


def used_badly(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of a capacity of the person's own said to be used badly: a verb of the
    word list "capability_verb" (manage, cope, engage) with an adverb of the word list
    "deficit_manner" (badly, poorly) as its manner, "Manages his UC badly", "engages
    poorly with the plan". It is the verb form of "poor financial management", the same
    verdict on the person stated as fact. Reported ("PA reports he manages money poorly"),
    denied ("does not cope badly"), done to someone ("the case was managed poorly") or
    said of an organisation or a professional ("the agency managed the rota badly") it
    is no label of the person."""
    manner = word_list("deficit_manner")
    found = []
    for verb in tokens_with_lemma(doc, word_list("capability_verb")):
        if verb.pos_ != "VERB":
            continue
        adverb = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ in manner), None)
        if adverb is None:
            continue
        if any(c.dep_ in {"neg", "auxpass", "nsubjpass"} for c in verb.children):
            continue
        if speaker_of(verb) is not None:
            continue
        subject = subject_of(verb)
        if subject is not None and referent_of(subject) not in COUNTS_AS_PERSON:
            continue
        found.append((min(verb.i, adverb.i), max(verb.i, adverb.i) + 1))
    return found


def _deficit_before(doc: Doc, start: int, deficit: frozenset[str]) -> int | None:
    """The index of a word of deficit just before a capacity, with at most
    ``_DEFICIT_GAP`` adverbs or modifiers between ("very limited", "poor safety")."""
    for i in range(start - 1, max(-1, start - 2 - _DEFICIT_GAP), -1):
        word = doc[i]
        if word.lower_ in deficit or word.lemma_.lower() in deficit:
            if word.lower_ == "little" and i > 0 and doc[i - 1].lower_ == "a":
                return None  # "a little insight" is some insight
            return i
        if word.is_punct or word.pos_ not in {"ADV", "ADJ", "NOUN", "ADP"}:
            return None
        if word.pos_ == "ADP" and not (word.lower_ == "of" and i > 0):
            return None  # only "lack of insight"
    return None


def _deficit_after(doc: Doc, start: int, end: int, deficit: frozenset[str]) -> int | None:
    """The index of a word of deficit stated by a verb of a capacity that opens a clause
    ("His motivation is low", "Her insight remains limited"). A note with no verb ("Cat in
    property - hygiene poor") is left: development batches mark it as often as not."""
    sentence = doc[start].sent
    opening = start
    while opening > sentence.start and (
        doc[opening - 1].dep_ in {"poss", "amod", "case", "compound", "det"}
        and not doc[opening - 1].is_punct
    ):
        opening -= 1
    if opening > sentence.start and not doc[opening - 1].is_punct:
        return None
    stated = False
    for i in range(end, min(sentence.end, end + 4)):
        word = doc[i]
        if word.lemma_.lower() in _STATING_VERBS:
            stated = True
            continue
        if word.lower_ in deficit - {"no", "lack"} and word.pos_ in {"ADJ", "VERB"}:
            if not stated:
                return None
            following = doc[i + 1] if i + 1 < len(doc) else None
            if following is not None and following.pos_ in {"NOUN", "PROPN"}:
                return None  # "Hygiene is poor quality": the word is another noun's
            return i
        if word.pos_ != "ADV":
            return None
    return None


def _held_by_someone_else(noun: Token) -> bool:
    """Whether a capacity belongs to an organisation, a professional or a thing: its owner
    ("the provider's poor hygiene") or the subject of the clause it sits in ("the team has
    limited engagement with families"). The subject of a verb of seeing or saying ("Carers
    note poor hygiene") is an observer, not the holder."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        if owner.pos_ == "PRON":
            return owner.lower_ == "its"  # "his motivation", "their hygiene"
        return referent_of(owner) not in COUNTS_AS_PERSON | {Referent.HOME}
    clause = noun
    for _ in range(6):
        if clause.pos_ in {"VERB", "AUX"} or clause.head is clause:
            break
        clause = clause.head
    if clause.lemma_.lower() not in HOLDING_VERBS | _STATING_VERBS | {"lack"}:
        return False  # "Carers note poor hygiene": the subject saw it and does not hold it
    subject = subject_of(clause)
    if subject is None or subject.i == noun.i:
        return False
    return referent_of(subject) not in COUNTS_AS_PERSON | {Referent.HOME}


def a_bit_of_a(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of "a bit of a <noun>" said of someone: "Mr Kaye is a bit of a moaner",
    "Callum's a bit of a spendthrift", "Mr V, a bit of a hermit". The hedge makes a type of
    person sound mild, but it is still the writer's label. Said of a thing ("transfers are
    now a bit of a gamble", "it was a bit of a struggle") or as a state someone is in ("in
    a bit of a state", the lexicon's entry) it sums no one up; a bare note ("A bit of a
    struggle today.") may be about anything, and is left."""
    found = []
    for bit in doc:
        if bit.lower_ != "bit" or bit.i == 0 or doc[bit.i - 1].lower_ != "a":
            continue
        of = next((c for c in bit.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None or of.i + 2 >= len(doc) or doc[of.i + 1].lower_ not in {"a", "an"}:
            continue
        noun = doc[of.i + 2]
        if noun.pos_ != "NOUN" or noun.head.i != of.i or noun.dep_ != "pobj":
            continue  # "a bit of a moaner"; not "a bit of the garden" or "a bit of a long day"
        if bit.dep_ == "attr":
            someone = subject_of(bit)
        elif bit.dep_ == "appos" or (bit.dep_ == "ROOT" and bit.tag_ != "VB"):
            # "Mr V, a bit of a hermit"; "Callum's a bit of a spendthrift", where the
            # parser read "'s" (is) as a possessive
            owner = next((c for c in bit.children if c.dep_ == "poss"), None)
            someone = bit.head if bit.dep_ == "appos" else owner
        else:
            continue
        if someone is not None and referent_of(someone) in {Referent.PERSON, Referent.OTHER_PERSON}:
            found.append((bit.i - 1, noun.i + 1))
    return found


def summed_up(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of a courteous word for a person ("lady", "gentleman", the word list
    "courtesy_noun") that sums someone up, with an adjective before it that says what the
    writer makes of them: "a lovely lady", "a pleasant lady", "a large gentleman", "a very
    capable young lady".
    Adjectives that only say how old someone is or which one is meant (the word list
    "plain_descriptor": "old", "young", "above"), ages and nationalities ("an 84 year old
    gentleman", "a Polish lady") describe no one; a judgemental word with its own entry
    ("a frail lady", "a difficult lady") is left to that entry."""
    plain = word_list("plain_descriptor")
    own_entries = {e.term.lower() for e in judgemental()[0]}
    found = []
    for noun in tokens_with_lemma(doc, word_list("courtesy_noun")):
        if not _sums_up(noun):
            continue
        judging = [
            c
            for c in noun.children
            if c.dep_ == "amod" and c.i < noun.i and _judging_adjective(c, plain, own_entries)
        ]
        if judging:
            found.append((min(t.i for t in judging[0].subtree), noun.i + 1))
    return found


def _sums_up(noun: Token) -> bool:
    """Whether a noun is what someone is said to be: the predicate ("she is a lovely lady"),
    what they present or are described as ("presents as a pleasant lady"), a noun set beside
    them ("Mrs Kerr, a lovely lady,") or a note of its own that goes on about them
    ("Lovely lady, very settled."). A lady met in a story ("woke to find a little white
    haired lady by my bed") is not summed up, nor is one in an aside that is the words
    alone, an exclamation of the writer's warmth after what the person said or did
    ("What a lovely lady.", "Lovely lady."), which no writer's gold marks."""
    if noun.dep_ == "ROOT":
        return not _an_aside(noun)
    if noun.dep_ in {"attr", "appos"}:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "as"


def _an_aside(noun: Token) -> bool:
    """Whether a sentence is a courteous noun phrase and nothing more: no word after the
    noun but punctuation, and every word before it the noun's own."""
    sentence = noun.sent
    after = noun.doc[noun.i + 1 : sentence.end]
    if any(not t.is_punct for t in after):
        return False
    return all(t.is_punct or t.i >= noun.left_edge.i for t in noun.doc[sentence.start : noun.i])


def _judging_adjective(word: Token, plain: frozenset[str], own_entries: set[str]) -> bool:
    if word.pos_ != "ADJ" or word.ent_type_ in {"NORP", "GPE", "LANGUAGE"}:
        return False
    if word.text[:1].isupper() and word.i != word.sent.start:
        return False  # "a Polish gentleman", "a Catholic lady": who they are, not a verdict
    if {word.lower_, word.lemma_.lower()} & (plain | own_entries):
        return False
    # "an 84 year old gentleman", "76yo gentleman": an age
    return not any(t.like_num or any(c.isdigit() for c in t.text) for t in word.subtree)
