"""RL5xx: respectful language. Words that blame, label, stigmatise or talk down to the person.

The words and the reasons live in ``lexicons/judgemental.toml``; this module decides when a
match counts. Terms are written in their base form and matched on lemmas, so "refuse" finds
"refused", "refuses" and "refusing". An entry marked ``about_person`` counts only when the
dependency parse shows the words describe the person, not a tribunal, a bank or an
application: "The council refused planning permission" stays quiet.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from recordlint.evaluative import NOTE_BREAKS, PREDICTIVE_MODALS, fragment_start, sentence_of
from recordlint.findings import Category, RecordKind, Severity
from recordlint.inflection import inflect_for_tag
from recordlint.lexicon import JudgementalEntry, is_advice, load_lexicon, word_list
from recordlint.matching import (
    LemmaPhrases,
    PhraseMatch,
    cancelled_by_exception,
    lexicon_gate,
    longest_first,
    match_root,
)
from recordlint.nlp import Need
from recordlint.rules.registry import Fix, ParagraphContext, rule
from recordlint.segments import DASHES, LIST_MARKER
from recordlint.subjects import (
    Referent,
    about_person,
    doer_of,
    referent_of,
    speaker_of,
    subject_of,
)
from recordlint.token_view import tokens_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# --- respectful language -------------------------------------------------------------------

# Nouns naming decisions, documents and money are the word list "decided_thing" in
# lexicons/domain-words.toml: when one is what was refused, the refusal is an
# organisation's decision, not the person's choice.
# Verbs that blame the person for a choice: in a passive without an agent, the person is the
# one refused ("She was refused a badge"), so only a refused thing points back to them.
CHOICE_VERBS = frozenset({"refuse", "fail", "decline"})
# Words whose noun sense is unrelated to the judgemental verb ("the refuse" is rubbish, "the
# council's demands for payment" are letters).
NOUN_HOMOGRAPHS = frozenset({"refuse", "demand", "demands"})
# Replacement wording that starts with a finite verb cannot stand where an adjective or a
# noun stood ("He is wheelchair-bound" does not become "He is spends most of the day in bed").
FINITE_STARTS = frozenset(
    {
        "has", "had", "uses", "used", "spends", "cannot", "can't", "is", "was", "lives",
        "needs", "walks", "communicates", "does", "did", "became", "becomes", "helped",
        "keeps", "asked", "stopped", "missed", "left", "speaks", "chose", "declined",
        "were",
    }
)  # fmt: skip
# Words that make a noun a stretch of time ("most evenings", "every night") rather than
# the object of a verb.
TIME_QUANTIFIERS = frozenset({"most", "every", "each", "all", "some", "many"})
# What someone copes with that makes them a carer ("not coping with the caring role"); not
# "care", which is as often the person's own ("not coping with her personal care").
CARING_WORDS = frozenset({"caring", "carer", "carers"})
# Objects through which the doer does something to themselves ("able to feed herself").
REFLEXIVES = frozenset({"myself", "yourself", "himself", "herself", "themselves", "themself"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# Determiners of amount, which leave a noted attribute the person's ("Some resistive
# behaviour"), unlike "the" or "this", which point at something named elsewhere.
SOME = frozenset({"some", "more", "much", "further"})
# A negation written as a clitic belongs with its auxiliary when the words are shown.
CLITIC_NEGATIONS = frozenset({"n't", "n’t"})
# Verbs through which a person holds what an adjective describes: "has unrealistic
# expectations", "makes unreasonable demands", "displays challenging behaviour".
HOLDING_VERBS = frozenset({"have", "make", "show", "display", "exhibit", "present"})
# Verbs an adjective after them completes: "appeared unkempt", "looked dishevelled".
LINKING_VERBS = frozenset({"be", "appear", "seem", "look", "become", "present"})
# Respect applies to family and friends as well as to the person; professionals and
# organisations refusing something are recording a decision, not being labelled.
COUNTS_AS_PERSON = frozenset({Referent.PERSON, Referent.OTHER_PERSON, Referent.UNKNOWN})


@functools.cache
def _judgemental() -> tuple[tuple[JudgementalEntry, ...], LemmaPhrases]:
    entries = tuple(load_lexicon("judgemental").entries)
    # "not really coping", "refused to fully engage": an adverb inside a phrase leaves it
    # the same label.
    return entries, LemmaPhrases((e.term for e in entries), inserted=word_list("inserted_adverb"))


@rule(
    code="RL501",
    name="deficit-wording",
    category=Category.JUDGEMENTAL,
    standard="2.respectful",
    severity=Severity.WARNING,
    needs=[Need.TAGS, Need.PARSE],
    gate=lexicon_gate(
        lambda: [
            *(e.term for e in _judgemental()[0]),
            *word_list("courtesy_noun"),
            *word_list("personal_capacity"),
            "a bit of a",
        ]
    ),
    about_wording=True,
)
def deficit_wording(ctx: ParagraphContext) -> None:
    """Finds wording that blames, labels or stigmatises the person, and suggests better words.
    Also finds a courteous word for a person that sums them up by the writer's impression
    ("she is a lovely lady", "a large gentleman", "a very capable young lady"), a type
    of person someone is said to be "a bit of" ("Mr Kaye is a bit of a moaner"), and a
    shortfall stated as fact in a capacity of the person's own, in any pairing of a word of
    deficit with a capacity ("limited insight", "poor coping skills", "a low tolerance",
    "her motivation is low").

    ## Why it matters
    Standard 2 asks for records written respectfully. Labels such as "non-compliant",
    "attention-seeking" or "bed blocker" stick to the record and shape how the next reader
    sees the person; words such as "refused" turn a choice the person is entitled to make
    into defiance; "suffers from" and "wheelchair-bound" define someone by a condition.
    People read their own records, and studies of health records show that stigmatising
    words change the next professional's attitude and decisions.

    ## Example
    Before:
    > Mrs Pollard refused the commode. She suffers from dementia and is wheelchair-bound.

    After:
    > Mrs Pollard declined the commode. She has dementia and is a wheelchair user.

    ## Stays quiet on
    Words used of an organisation, document or decision rather than the person ("the
    application was refused by the tribunal", "the council refused planning permission",
    "aggressive cancer", "his illness is interfering with his life"), phrases the lexicon
    lists as exceptions ("abusive relationship", "fed up"), the person's own quoted words,
    and words talked about rather than used ("the notion of lifestyle choice", "words such
    as 'non-compliant'"; every use of a term in a text that says it is no longer used, "we
    don't use a term vulnerable adults today"). Done-to words are quiet when done to an
    animal or by the doer to themselves ("feeding the ewes", "not able to feed herself")
    or said of the route a treatment takes ("fed through a tube"), what someone finds hard
    ("which he would find difficult to remember") is no label of them, nor is a label
    denied of the person ("no challenging behaviour", "did not refuse"; "no longer
    aggressive" still says they were), nor is a thing's failing ("the direct debit failed
    to go through"), nor is what a task
    or a role is seen as or made ("see recording as an administrative burden", "make your
    role as a carer difficult"; "sees her as a burden" still labels her), nor a kind of work
    in the plural ("extended in complex cases"; "she is a complex case" is still read),
    and a label's verb
    when it names a service or a diagnosis ("the hoarding support service", "hoarding disorder")
    rather than what someone does ("is hoarding food"), and "lady" or "gentleman" with
    only an age or a pointer ("an 84 year old gentleman", "the above lady", "a Polish
    gentleman"). Whether the person copes
    ("she is not coping") is the assessment the record makes, left to the opinion rules to
    ask for evidence; said of a carer or relative it is a label. An act announced with a
    to-infinitive ("threatening to go to the papers") reports what was said, not a label.
    In professional prose (an Ombudsman's decision, a review) a word that someone else
    says, complains of or alleges ("Mr X says an officer was rude", an item under "Mr C said
    the Council was at fault for:") is theirs, set out to be judged, not the writer's label.
    Frank description of
    abuse, injuries, intoxication and risk is not flagged: the rule targets labels and
    blame. Notes run together with commas leave their subject, the person, unsaid, so a
    label in such a list is read as said of them ("Poor hygiene, smells, refuses to wash",
    "Non-compliant with fluids, only two sips of tea"), whatever noun the parser took for
    its subject.

    ## Fix safety
    A fix is marked safe only for a clean one-word (or one-phrase) swap that keeps the
    grammar, such as "refused" to "declined" or "suffers from" to "has"; other suggestions
    need the writer's judgement, and many entries can only be fixed by describing what
    happened. One adverb of degree or frequency inside a phrase ("not really coping",
    "refused to fully engage") leaves it the same label; such a match is never a safe swap.

    ## Sentence model
    The trained sentence model (``recordlint.sentence_model``) also scores each sentence
    for judgemental wording, but this rule does not use it: measured by leaving one
    development batch out at a time (``bench/sentence_model_cv.py``), dropping findings the
    model scores low lost more true findings than false ones, and a sentence-wide finding
    where it scores high added almost nothing and could not say which words to change.
    """
    doc = ctx.doc
    assert doc is not None
    entries, phrases = _judgemental()
    candidates = [
        m
        for m in phrases.matches(doc)
        if _counts(doc, m, entries[m.entry], ctx.text)
        and not (ctx.kind is RecordKind.PROFESSIONAL and _reported(doc, m, ctx.text))
    ]
    flagged: list[tuple[int, int]] = []
    for match in longest_first(candidates):
        entry = entries[match.entry]
        span = doc[match.start : match.end]
        if span[0].lower_ in CLITIC_NEGATIONS and span.start > 0:
            span = doc[span.start - 1 : span.end]  # "can't cope", not "n't cope"
        suggestions, clean = _suggestions(doc, match, entry)
        clean = clean and not match.inserted  # a swap would drop the adverb
        fix = Fix.SAFE if clean else (Fix.REVIEW if suggestions else None)
        message = _message(span.text, entry, suggestions[0] if suggestions else None, clean)
        ctx.flag(span.start_char, span.end_char, message, suggestions, fix=fix)
        flagged.append((span.start, span.end))
    # Labels read from the sentence's structure rather than listed: each finder gives token
    # ranges, and a range the lexicon's entries already flagged is left to them ("a lovely
    # elderly lady", "poor insight", "a bit of a hermit" have entries of their own).
    structural = (
        (
            _summed_up,
            "it sums the person up by the impression they made and talks down to "
            "them; use their name and describe what they said and did.",
        ),
        (
            _deficits,
            "it states a shortfall in the person as fact; describe what they said "
            "and did that shows it, and what support would help.",
        ),
        (
            _a_bit_of_a,
            "it sums the person up as a type of person; describe what they said "
            "and did, and how often.",
        ),
    )
    for find, advice in structural:
        for start, end in find(doc):
            if any(start < e and s < end for s, e in flagged):
                continue
            span = doc[start:end]
            ctx.flag(span.start_char, span.end_char, f"Avoid '{span.text}': {advice}")
            flagged.append((start, end))


# Words that may stand between a word of deficit and the capacity it is said of: "very
# limited insight", "poor personal hygiene", "poor safety awareness", "lack of insight".
_DEFICIT_GAP = 2
# Deficit words that say how much there is of something rather than judging it: "limited
# choices" and "no choices" are a shortage of options, not a verdict on the person's.
_AMOUNT_ONLY = frozenset({"limited", "little", "low", "minimal", "no", "lack", "lacking"})
# Verbs through which a capacity is said to be short after it: "His motivation is low",
# "Insight remains limited".
_STATING_VERBS = frozenset({"be", "remain", "seem", "appear"})


def _deficits(doc: Doc) -> list[tuple[int, int]]:
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


def _a_bit_of_a(doc: Doc) -> list[tuple[int, int]]:
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


def _summed_up(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of a courteous word for a person ("lady", "gentleman", the word list
    "courtesy_noun") that sums someone up, with an adjective before it that says what the
    writer makes of them: "a lovely lady", "a pleasant lady", "a large gentleman", "a very
    capable young lady".
    Adjectives that only say how old someone is or which one is meant (the word list
    "plain_descriptor": "old", "young", "above"), ages and nationalities ("an 84 year old
    gentleman", "a Polish lady") describe no one; a judgemental word with its own entry
    ("a frail lady", "a difficult lady") is left to that entry."""
    plain = word_list("plain_descriptor")
    own_entries = {e.term.lower() for e in _judgemental()[0]}
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
    them ("Mrs Kerr, a lovely lady,") or a note of its own ("Lovely lady, very settled.").
    A lady met in a story ("woke to find a little white haired lady by my bed") is not
    summed up."""
    if noun.dep_ in {"attr", "appos", "ROOT"}:
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ == "as"


def _judging_adjective(word: Token, plain: frozenset[str], own_entries: set[str]) -> bool:
    if word.pos_ != "ADJ" or word.ent_type_ in {"NORP", "GPE", "LANGUAGE"}:
        return False
    if word.text[:1].isupper() and word.i != word.sent.start:
        return False  # "a Polish gentleman", "a Catholic lady": who they are, not a verdict
    if {word.lower_, word.lemma_.lower()} & (plain | own_entries):
        return False
    # "an 84 year old gentleman", "76yo gentleman": an age
    return not any(t.like_num or any(c.isdigit() for c in t.text) for t in word.subtree)


def _counts(doc: Doc, match: PhraseMatch, entry: JudgementalEntry, text: str) -> bool:
    span = doc[match.start : match.end]
    root = match_root(doc, match)
    if cancelled_by_exception(span, entry.exceptions):
        return False
    if root.lower_ in NOUN_HOMOGRAPHS and root.pos_ == "NOUN":
        return False  # "the refuse" is rubbish; "Refuses help" is a mis-tagged verb
    if entry.term.lower().startswith("the ") and root.dep_ in {"amod", "compound"}:
        return False  # "the elderly man": an adjective, not the collective "the elderly"
    if _in_a_name(doc, match):
        return False  # "the Disabled Facilities Grant", "Alcoholics Anonymous"
    if _verb_with_object(root, entry):
        return False  # "controlling her diabetes", "challenging the decision"
    if _act_announced(root, entry):
        return False  # "threatening to jump from the bridge": what was said, not a label
    if _said_in_general(root):
        return False  # "being drunk is not grounds for detention": no one is described
    if _denied(doc, match):
        return False  # "no challenging behaviour", "Not non-compliant then": denied of them
    last = doc[match.end - 1]
    if _in_a_list_of_whom_it_may_be(text, doc[match.start].idx, last.idx + len(last.text)):
        return False  # "The people you care for may be: • frail • ill": no one is described
    if entry.own_words_only and speaker_of(root) is not None:
        return False  # "Daughter says mum is not coping": her view, recorded as hers
    if (
        entry.assessment_of_person
        and about_person(root) is Referent.PERSON
        and not _coping_with_caring(root)
    ):
        return False  # "She is not coping": the writer's assessment, an opinion to evidence
    if entry.verb_only and not _a_verb_in_use(root):
        return False  # "the hoarding support service", "hoarding disorder": no one's doing
    if entry.done_to and (_done_to_no_one_else(doc, root) or _by_a_route(root)):
        return False  # "feeding the ewes", "not able to feed herself", "fed through a tube"
    if entry.done_to and (_a_thing_not_a_doing(root) or _passed_back(doc, root)):
        return False  # "the feed pump", "talked about feeding", "will feed back to the GP"
    if not entry.about_person:
        return True
    return _describes_a_person(doc, match, entry)


# Determiners that deny a noun ("no challenging behaviour") and words that deny a verb
# ("did not refuse").
NOUN_DENIALS = frozenset({"no", "nil"})
VERB_DENIALS = frozenset({"not", "n't", "n’t", "never"})


def _denied(doc: Doc, match: PhraseMatch) -> bool:
    """Whether a negation just before the words denies them of the person: a label noun
    after "no" ("no challenging behaviour", "no refusals") records that none was seen,
    and a verb after "not" ("did not refuse", "will not be allowed to") that it was not
    done. Only auxiliaries and determiners may stand between. A negated adjective is
    still the label's frame ("he is not vulnerable enough for social care"), "no longer
    aggressive" and "not always compliant" still say the person was or is so, and a
    negation inside the words ("not engaging", "can't cope") is part of them."""
    root = match_root(doc, match)
    i = match.start - 1
    while i >= 0 and doc[i].pos_ in {"AUX", "DET"} and doc[i].lower_ not in NOUN_DENIALS:
        i -= 1
    if i < 0:
        return False
    if doc[i].lower_ in NOUN_DENIALS:
        return root.pos_ in {"NOUN", "PROPN"}
    return doc[i].lower_ in VERB_DENIALS and root.pos_ == "VERB"


def _marker_end(line: str) -> int:
    """Where a list item's text starts, after its bullet, dash or number (0 if none)."""
    marker = LIST_MARKER.match(line)
    return marker.end() if marker else 0


# What may be true of whoever a text speaks of: "may be:", "could be caring for ...".
_POSSIBILITY = re.compile(r"\b(?:may|might|could|can)\b", re.IGNORECASE)
# Someone not in particular: "a relative", "a partner or friend", "someone", "people".
_ANYONE = re.compile(
    r"\b(?:(?:a|an)\s+(?:[a-z]+\s+)?(?:relative|partner|friend|person|adult|family\s+member)"
    r"|someone|somebody|anyone|anybody|people)\b",
    re.IGNORECASE,
)
# One word of a list of conditions run together with commas and a last "or" or "and".
_LISTED_BEFORE = re.compile(r",\s*$")
_LISTED_AFTER = re.compile(r"\s*,|\s+(?:or|and)\b")
MAX_LIST_ITEM_WORDS = 6
# The first of such a run, straight after the relative clause's verb: "a relative or friend
# who is elderly or has an illness or disability".
_FIRST_LISTED_BEFORE = re.compile(r"\bwho\s+(?:is|are)\s+$", re.IGNORECASE)
# A case put to the reader, as "may" or "could" puts one: "If you are caring for a relative
# or friend who is elderly or has an illness ... you are a carer".
_READERS_CASE = re.compile(r"\bif\s+you\b", re.IGNORECASE)


def _in_a_list_of_whom_it_may_be(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are one of a list of conditions that someone not
    in particular may have: a short item of a list whose lead-in says what such people may
    be ("The people you care for may be:" then "• frail", "• ill"), or a word in a run of
    them said of "a relative" or "someone" under "may" or "could" ("caring for a relative,
    partner or friend who is ill, frail, disabled or has mental health problems") or in a
    case put to the reader ("If you are caring for a relative or friend who is elderly or
    has an illness or disability, you are a carer"). Such a
    list says whom a service is for; it labels no one. "She may be:" over the same list
    speaks of someone in particular and is still read."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if LIST_MARKER.match(line):
        if len(line.split()) > MAX_LIST_ITEM_WORDS + 1:
            return False
        before = text[:line_start].rstrip("\n").split("\n")
        while before and (not before[-1].strip() or LIST_MARKER.match(before[-1])):
            before.pop()
        lead_in = before[-1].strip() if before else ""
        return (
            lead_in.endswith(":")
            and bool(_POSSIBILITY.search(lead_in))
            and bool(_ANYONE.search(lead_in))
        )
    on_line = text[line_start:start]
    if not (
        (_LISTED_BEFORE.search(on_line) or _FIRST_LISTED_BEFORE.search(on_line))
        and _LISTED_AFTER.match(text, end)
    ):
        return False
    sentence_start = max(text.rfind(". ", line_start, start), line_start)
    opening = text[sentence_start:start]
    return bool(
        (_POSSIBILITY.search(opening) or _READERS_CASE.search(opening)) and _ANYONE.search(opening)
    )


# A lead-in that reports what someone else says or complains of, over the items it lists:
# "In particular, he says the Council:", "The complainant, Mr C, said the Council was at
# fault for:". The writer's own lead-in ("I have considered:", "We found:") is not one.
_REPORTED_LEAD_IN = re.compile(
    r"^(?!\W*(?:i|we)\b).*\b(?:says?|said|complains?|complained|alleges?|alleged|claims?"
    r"|claimed|told\s+(?:us|the\s+ombudsman))\b[^:]*:$",
    re.IGNORECASE,
)


def _after_a_complaint(doc: Doc, match: PhraseMatch) -> bool:
    """Whether the matched words follow, in their sentence, a complainant's verb of
    complaining or alleging with its subject ("Ms Z, for her sister, complained the Council
    failed to involve them, failed to provide ..."): a decision lists the complaint's points
    after it, however the parser hangs the later ones, and they are the complainant's."""
    sentence = doc[match.start].sent
    return any(
        token.lemma_.lower() in _COMPLAINING
        and token.pos_ == "VERB"
        and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
        for token in doc[sentence.start : match.start]
    )


# The verbs with which a decision sets out what its complainant says went wrong.
_COMPLAINING = frozenset({"complain", "allege"})


def _reported(doc: Doc, match: PhraseMatch, text: str) -> bool:
    """Whether the matched words, in professional prose, are what someone other than the
    writer says, complains of or alleges: a clause under another's reporting verb ("Mr X
    says an officer was rude") or an item under a lead-in that reports a complaint ("Mr C
    said the Council was at fault for:" over "Refusal to provide him with care"). A decision
    or review sets out the complaint in the complainant's words and judges it after; the
    words are theirs, not the writer's label of anyone. A case note's "Daughter says mum is
    aggressive" is not read here."""
    if speaker_of(match_root(doc, match)) is not None or _after_a_complaint(doc, match):
        return True
    start = doc[match.start].idx
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if not LIST_MARKER.match(line):
        return False
    before = text[:line_start].rstrip("\n").split("\n")
    while (
        before
        and (not before[-1].strip() or LIST_MARKER.match(before[-1]))
        and (not before[-1].rstrip().endswith(":"))
    ):
        before.pop()
    lead_in = before[-1][_marker_end(before[-1]) :].strip() if before else ""
    return bool(_REPORTED_LEAD_IN.match(lead_in))


def _in_a_name(doc: Doc, match: PhraseMatch) -> bool:
    """Whether the matched words are part of a capitalised name that runs on after them."""
    last = doc[match.end - 1]
    after = doc[match.end] if match.end < len(doc) else None
    return (
        after is not None
        and last.text.istitle()
        and after.text.istitle()
        and after.tag_ in {"NNP", "NNPS"}
        and last.i > last.sent.start
    )


def _verb_with_object(root: Token, entry: JudgementalEntry) -> bool:
    """Whether a label that looks like an -ing word ("controlling", "challenging") is used
    as the verb, with an object of its own."""
    term = entry.term.lower()
    if " " in term or not term.endswith("ing") or root.lower_ != term:
        return False
    if root.tag_ != "VBG":
        return False
    return any(c.dep_ == "ccomp" or (c.dep_ == "dobj" and _a_real_object(c)) for c in root.children)


def _act_announced(word: Token, entry: JudgementalEntry) -> bool:
    """Whether a label that looks like an -ing word is the verb of announcing an act, with
    the act as a to-infinitive after it: "female threatening to jump from the footbridge",
    "Dtr aggressive on phone, threatening to go to the papers". The words report what
    someone said they would do, which the reader can weigh; the label is the -ing word
    said of someone ("he was threatening"). An adjective with an infinitive ("challenging
    to support") and one after a form of "be" ("can be challenging to manage") still
    describe what someone is like."""
    term = entry.term.lower()
    if " " in term or not term.endswith("ing") or word.lower_ != term or word.tag_ == "JJ":
        return False
    if any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in word.children):
        return False
    doc = word.doc
    if word.i + 2 >= len(doc):
        return False
    to, act = doc[word.i + 1], doc[word.i + 2]
    return to.tag_ == "TO" and act.tag_ == "VB"


def _a_verb_in_use(verb: Token) -> bool:
    """Whether a word that is also a noun or a modifier ("hoarding") is a verb someone is
    doing: with a subject or an auxiliary of its own ("Ruth is hoarding food", "He hoards
    post"), or opening a note ("Hoarding newspapers again."). A bare -ing word in the
    middle of a note is the noun the parser misread ("hoarding behaviour evident"), and
    one hung on a noun names a kind of case ("cases of residents hoarding")."""
    if not verb.tag_.startswith("VB") or verb.dep_ in {"amod", "compound", "acl"}:
        return False
    if any(c.dep_ in {"nsubj", "aux", "auxpass"} for c in verb.children):
        return True
    return verb.i == fragment_start(verb)


def _a_real_object(noun: Token) -> bool:
    """Whether an object is a thing acted on ("her diabetes", "the decision", "it"), not a
    stretch of time the parser took for one ("sundowning most evenings")."""
    if noun.pos_ == "PRON":
        return True
    return any(
        c.dep_ in {"det", "poss"} and c.lower_ not in TIME_QUANTIFIERS for c in noun.children
    )


def _coping_with_caring(verb: Token) -> bool:
    """Whether what someone copes with is caring ("Grace is not coping with caring for him",
    "clearly not coping with the caring role"): then they are a carer, however named."""
    coping = {verb, *(c for c in verb.children if c.dep_ == "xcomp")}  # "struggling to cope"
    return any(
        t.lower_ in CARING_WORDS
        for c in (c for v in coping for c in v.children)
        if c.dep_ == "prep" and c.lower_ == "with"
        for t in c.subtree
    )


def _done_to_no_one_else(doc: Doc, verb: Token) -> bool:
    """Whether what a done-to verb names ("fed", "put to bed") is done to an animal or by
    the doer to themselves, so no person is talked down to: "feeding the ewes", "a
    neighbour is feeding his cat", "not able to feed herself"."""
    done_to = [c for c in verb.children if c.dep_ in {"dobj", "dative", "nsubjpass"}]
    if verb.dep_ == "relcl":
        # "his cat, Smudge, who a neighbour is feeding": the relative pronoun stands for
        # the noun the clause hangs from.
        done_to = [t for t in done_to if t.lower_ not in RELATIVE_PRONOUNS] + [verb.head]
    if not done_to and any(c.dep_ == "auxpass" for c in verb.children):
        # "She told me her cat has not been fed": the parser hung the passive clause on
        # the reporting verb and left its subject as that verb's object.
        done_to = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    return bool(done_to) and all(t.lower_ in REFLEXIVES or _an_animal(doc, t) for t in done_to)


# Prepositions that make what follows the topic of a talk or a note ("talked about
# feeding", "advice re feeding"): a subject discussed, not something done to anyone.
TOPIC_PREPOSITIONS = frozenset({"about", "re", "regarding", "around", "on"})


def _a_thing_not_a_doing(word: Token) -> bool:
    """Whether a done-to word is a thing or a topic rather than something done to a
    person: a noun naming equipment or a treatment ("set up the feed pump", "overnight
    feed running", "the feed rate was changed") or a subject talked about ("when we
    talked about feeding", "advice regarding feeding"). A verb, and an -ing word with
    a person as its object or what someone needs ("needs feeding"), are left."""
    if word.pos_ != "NOUN":
        return False
    if not word.lower_.endswith("ing"):
        return True  # "the feed pump", "overnight feed": a thing
    return word.dep_ == "pobj" and word.head.lower_ in TOPIC_PREPOSITIONS


# What is fed back when news is passed on: "feed this back", "fed it back".
PASSED_ON = frozenset({"this", "that", "it", "these", "those", "all"})


def _passed_back(doc: Doc, verb: Token) -> bool:
    """Whether "feed" is "feed back", passing news on: "will feed back to SW", "Fed back
    to the team", "feed this back to the GP". The particle comes straight after the verb
    or after a short object."""
    for t in doc[verb.i + 1 : min(verb.i + 4, len(doc))]:
        if t.lower_ == "back":
            return t.head.i == verb.i or t.i == verb.i + 1
        if t.is_punct or (t.pos_ in {"PRON", "PROPN"} and t.lower_ not in PASSED_ON):
            return False  # "fed her back her dinner": a person fed
    return False


def _by_a_route(verb: Token) -> bool:
    """'is fed through a tube', 'fed via a PEG': the route a treatment takes, said with
    "through" or "via", names how it is given, not a person talked down to."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"through", "via"}
        and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


def _an_animal(doc: Doc, noun: Token) -> bool:
    """Whether a noun names an animal, or a name given to one where the text introduces
    it ("her cat, Pepper, ... feed Pepper")."""
    animals = word_list("animal")
    if noun.lemma_.lower() in animals or noun.lower_ in animals:
        return True
    if noun.dep_ == "appos" and noun.head.lower_ in animals:
        return True
    if any(c.dep_ == "appos" and c.lower_ in animals for c in noun.children):
        return True
    if noun.pos_ != "PROPN":
        return False
    return any(t.dep_ == "appos" and t.text == noun.text and t.head.lower_ in animals for t in doc)


def _said_in_general(root: Token) -> bool:
    """Whether the words sit in a clause that is itself the subject of a sentence ("being
    drunk is not grounds for ..."): a statement about a state, not about anyone."""
    current = root
    for _ in range(4):
        if current.dep_ == "csubj":
            # A clause with a subject of its own is a misparse, not a clausal subject:
            # "Josh is becoming more challenging and mum is making excuses".
            return not any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children)
        if current.head is current or current.dep_ not in {"acomp", "attr", "xcomp", "advmod"}:
            return False
        current = current.head
    return False


def _describes_a_person(doc: Doc, match: PhraseMatch, entry: JudgementalEntry) -> bool:
    """Whether the matched words are said of a person (or may be: note-style fragments)."""
    if _about_an_amount(doc, match):
        return False  # "Private physio: £40 pw - not allowed": a decision about a cost
    root = match_root(doc, match)
    if _leads_with_verb(doc, match, entry):
        reported = _doer_of_reported_coordinate(root)
        if reported is not None:
            return referent_of(reported) in COUNTS_AS_PERSON
        if _note_doer(doc, root):
            return True  # "pt refused strip wash", "Dtr demanding respite tonight"
        referent, token = doer_of(root)
        if _thing_noted_as_refused(root, referent, token):
            return True  # "Bath board – refused", "shower call, refused again"
        if referent is Referent.THING and token is not None and _a_note_of_its_own(token, root):
            return True  # "Poor hygiene, smells, refuses to wash": the person refuses
        if referent is Referent.UNKNOWN and token is not None:
            patient = referent_of(token)
            if root.lemma_.lower() not in CHOICE_VERBS:
                # "He was toileted", "she is demented": done-to words label the patient.
                return patient in COUNTS_AS_PERSON
            # "She was refused a badge" (she was refused something) and "The application
            # was refused" (a decision) are not the person's refusal; "Personal care was
            # refused" is.
            if patient in {Referent.PERSON, Referent.OTHER_PERSON, Referent.ORGANISATION}:
                return False
            return token.lemma_.lower() not in word_list("decided_thing")
        return referent in COUNTS_AS_PERSON
    last = doc[match.end - 1]
    if _a_kind_of_work(last):
        return False  # "extended in complex cases", "no new complex cases": no one in them
    if last.pos_ in {"NOUN", "PROPN"}:
        # A label used as a noun ("reports of challenging behaviour") is a label wherever it
        # stands; only "X is a bed blocker" and "sees X as a burden" need X to be a person.
        if last.dep_ not in {"attr", "appos", "conj"} and not _what_an_object_is_taken_as(last):
            return True
        root = last
    if _hard_for_someone(root):
        return False  # "The stairs are becoming difficult for Peggy": what she finds hard
    if _note_after_a_comma(root):
        # "Son rang, very aggressive on the phone": a note of its own, whose subject is
        # left unsaid, however the parser hung it on the words before the comma.
        speaker = speaker_of(root)
        return speaker is None or speaker.pos_ in {"VERB", "AUX"}
    linking = _linked_before_a_comma(root)
    subject = subject_of(linking if linking is not None else root)
    if subject is not None and match.start <= subject.i < match.end:
        # "Jordan is attention seeking": the parser took a word of the label for its subject.
        subject = subject_of(root.head) if root.head is not root else None
    if (
        subject is not None
        and referent_of(subject) is Referent.THING
        and (_a_note_of_its_own(subject, root) or _when_after_a_label(subject, root))
    ):
        subject = None  # "Non-compliant with fluids, only two sips of tea."
    if subject is None:
        # A note fragment leaves its subject, the person, unsaid; a reported clause
        # ("Mrs X believes the council's alternative ... is unreasonable") has one the
        # parser lost, and it cannot be taken for the person.
        speaker = speaker_of(root)
        return speaker is None or speaker.pos_ in {"VERB", "AUX"}
    if subject.dep_ == "pobj" and subject.head.lower_ == "in" and subject.head.head.lemma_ == "be":
        # "The flat was in a disgusting state": said of the flat.
        subject = subject_of(subject.head.head) or subject
    commented = _commented_clause(root)
    if commented is not None:
        # "She rings the office several times a day, which is attention seeking behaviour":
        # the comment labels what the doer of the clause before it did.
        doer = subject_of(commented)
        return doer is not None and referent_of(doer) in COUNTS_AS_PERSON
    referent = referent_of(subject)
    if referent is Referent.THING:
        if root.pos_ == "VERB" and any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with") for c in root.children
        ):
            return False  # "his illness is interfering with his life": the thing acts
        # "her behaviour", "his lifestyle": an attribute of the person still labels them.
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is not None:
            return referent_of(owner) in COUNTS_AS_PERSON
        return _held_by_a_person(subject) or _noted_attribute(subject)
    # A judgement of the person's home ("the flat was squalid") is a judgement of them; a
    # label for a professional ("Home manager very unhelpful") is still a label, though a
    # professional's refusal (the verbs above) is a decision and how often staff do their
    # work ("Staff constantly check on her") is no complaint.
    if referent is Referent.PROFESSIONAL:
        return root.pos_ != "ADV"
    if referent is Referent.HOME:
        # "the flat will be a mess" forecasts a state no one has seen: a prediction, which
        # the opinion rules report; a person forecast to be a label is still labelled.
        return not _forecast(root)
    return referent in COUNTS_AS_PERSON


# Determiners that pick out particular ones: "these complex cases" are someone's.
_PICKING_OUT = frozenset({"the", "this", "that", "these", "those"})


def _a_kind_of_work(noun: Token) -> bool:
    """Whether a label's noun is a piece of work a service takes on (the word list
    "work_item": "case") in the plural, with nothing that picks out particular ones: "the
    timescale may be extended in high risk or complex cases", "no new complex cases until
    August" name a kind of work, not a person. "She is a complex case" and "these complex
    cases" still speak of someone."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in word_list("work_item"):
        return False
    return not any(
        c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ in _PICKING_OUT)
        for c in noun.children
    )


def _what_an_object_is_taken_as(noun: Token) -> bool:
    """Whether a noun is what the object of a verb is seen, treated or described as: "see
    recording as an administrative burden", "treats him as a burden". The label is said of
    that object, which may be a task or a thing rather than a person."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "as" or noun.head.dep_ != "prep":
        return False
    held = noun.head.head
    if held.dep_ == "dobj":
        return True
    return held.pos_ == "VERB" and any(c.dep_ == "dobj" for c in held.children)


def _linked_before_a_comma(word: Token) -> Token | None:
    """The linking verb an adjective completes when the parser made the adjective a
    modifier of a noun after a comma: in "Irene appeared unkempt, same clothes as DN
    describes" the words say how Irene appeared, though "unkempt" was hung on "clothes". An
    adjective straight after "appear", "seem", "look" or "be" and before a comma is that
    verb's complement, whatever noun follows the comma; None otherwise."""
    if word.pos_ != "ADJ" or word.dep_ != "amod" or word.head.i <= word.i or word.i == 0:
        return None
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    if after is None or after.text != ",":
        return None
    verb = doc[word.i - 1]
    if verb.pos_ not in {"VERB", "AUX"} or verb.lemma_.lower() not in LINKING_VERBS:
        return None
    return verb


def _commented_clause(word: Token) -> Token | None:
    """The verb of the clause a comment "..., which is <label>" points back to: "which" after
    a comma stands for the whole clause before it, however the parser hung the comment
    (often on the clause's last noun, "several times a day"). None when the label is not
    in such a comment, and for a "which" that picks out a noun ("the chair which is too
    small")."""
    verb = word.head if word.dep_ in {"attr", "acomp"} else word
    if verb.dep_ != "relcl":
        return None
    which = next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "which"), None)
    if which is None or which.i == 0 or word.doc[which.i - 1].text not in {",", *DASHES}:
        return None
    current = verb.head
    while current.pos_ not in {"VERB", "AUX"} and current.head.i != current.i:
        current = current.head
    return current if current.pos_ in {"VERB", "AUX"} and current.i < which.i else None


def _note_after_a_comma(word: Token) -> bool:
    """Whether a label the parser made a modifier of a noun stands after that noun with a
    comma between them: "Son rang, very aggressive on the phone" ("rang" read as a noun),
    "Presses pendant for company, attention seeking". A modifier of a noun stands next to
    it ("an aggressive man", "a man seeking attention"); one set off after a comma is a
    note of its own about whoever the note is about."""
    if word.dep_ not in {"amod", "acl"} or word.head.i >= word.i:
        return False
    if word.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    start = min(t.i for t in word.subtree)
    between = word.doc[word.head.i + 1 : start]
    return len(between) > 0 and between[-1].text == ","


def _thing_noted_as_refused(verb: Token, referent: Referent, subject: Token | None) -> bool:
    """Whether a note writes "<thing> refused" for "<thing> was refused": a list of what was
    offered ("Bath board – refused") drops the passive's "was", and the parser makes the
    thing the refuser. A thing cannot refuse, so the person did; a decided thing ("claim
    refused") is still an organisation's decision, and a thing that "fails" does so on its
    own ("the boiler failed"). An item set off by a dash is what was offered whatever its
    word may also name ("Bath board – refused", "Day centre – refused"): a body deciding
    is written "the council refused", not listed."""
    if subject is None or subject.dep_ != "nsubj":
        return False
    listed = any(t.text in DASHES for t in verb.doc[subject.i + 1 : verb.i])
    if referent is not Referent.THING and not (listed and referent is Referent.ORGANISATION):
        return False
    if verb.lemma_.lower() not in CHOICE_VERBS - {"fail"}:
        return False
    if any(c.dep_ in {"dobj", "dative", "xcomp", "ccomp"} for c in verb.children):
        return False  # "the car refused to start": the thing's own failing
    return subject.lemma_.lower() not in word_list("decided_thing")


# Words for a part of a day or a week that say when a note's label held ("Lazy this
# morning", "Grumpy today"), which the parser can take for the noun the label describes.
TIMES = frozenset(
    {"morning", "afternoon", "evening", "night", "day", "week", "weekend", "today", "tonight",
     "yesterday", "am", "pm"}
)  # fmt: skip


# Words that make a part of a day a time ("this morning", "last night"), not a noun the
# label describes ("a challenging day", "Challenging day for staff").
POINTING_TO_A_TIME = frozenset({"this", "that", "last", "every", "each", "all"})


def _when_after_a_label(noun: Token, word: Token) -> bool:
    """Whether the noun the parser hung a label on is when the label held, after it in a
    note ("Lazy this morning", "Grumpy today"): the note leaves the person unsaid. A
    part of a day without a word that makes it a time ("Challenging day for staff") is
    what the label describes."""
    if noun.i <= word.i or noun.lower_ not in TIMES or word.i != fragment_start(word):
        return False
    if noun.lower_ in {"today", "tonight", "yesterday"}:
        return True
    return any(c.lower_ in POINTING_TO_A_TIME for c in noun.children if c.i < noun.i)


# Tags of a verb that carries a tense ("was", "refuses"); a note's bare participle ("only
# one taken this week") does not.
_TENSED = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _a_note_of_its_own(subject: Token, word: Token) -> bool:
    """Whether the subject the parser found for a label is a note of its own, set off from
    the label by a comma, as notes run short observations together: a noun phrase that
    opens the note and ends at a comma before the label ("Poor motivation, lacks insight",
    "Poor hygiene, smells, refuses to wash") or one after the comma that follows a label
    opening the note, with no verb of its own ("Non-compliant with fluids, only two sips of
    tea"). Such a list leaves its subject, the person, unsaid. A subject with a comma
    inside it ("The application, which was late, was refused"), one that does not open the
    note, a decided thing ("Blue badge application, refused") and the subject of a clause
    with a tensed verb after the comma ("Difficult to say, the letter was unclear") are
    subjects; a note's bare participle ("only one taken this week") has none."""
    doc = subject.doc
    if subject.i < word.i:
        words = [t.i for t in subject.subtree if not t.is_punct]
        if not words:
            return False
        left, right = min(words), max(words)
        if subject.dep_ not in {"nsubj", "csubj"} or left != fragment_start(subject):
            return False
        if right >= word.i:
            return False
        if any(t.is_punct and t.text != "-" for t in doc[left : right + 1]):
            return False
        if subject.lemma_.lower() in word_list("decided_thing"):
            return False  # "Blue badge application, refused": the body's decision
        return doc[right + 1].text == ","
    start = min(t.i for t in word.subtree)
    if start != fragment_start(word):
        return False
    verb = subject.head
    if subject.dep_ in {"nsubj", "nsubjpass"} and (
        verb.tag_ in _TENSED or any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    ):
        return False  # "Difficult to say, the letter was unclear": a clause with its verb
    return any(t.text == "," for t in doc[word.right_edge.i : subject.i])


def _doer_of_reported_coordinate(verb: Token) -> Token | None:
    """The doer of a verb the parser coordinated with a reporting verb though a reported
    clause with its own subject stands between them: "Mrs X complains the Council changed
    her care, failed to manage the change and failed to ..." lists what the Council did, so
    the Council, not Mrs X, failed. The parser may hang such a verb on the reporting verb
    as a coordinate or as an adverbial clause with no subject of its own. None where no
    such clause stands between."""

    def own_subject(token: Token) -> bool:
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children)

    hung = {"conj", "advcl", "ccomp", "xcomp"}
    if verb.dep_ not in hung or own_subject(verb):
        return None
    head = verb.head
    # "..., failed to explain why and failed to reply": the second hangs on the first's verb
    while head.dep_ in hung and not own_subject(head) and head.head is not head:
        head = head.head
    if head.lemma_.lower() not in word_list("reporting_verb"):
        return None
    for clause in head.children:
        if clause.dep_ == "ccomp" and head.i < clause.i < verb.i:
            subject = subject_of(clause)
            if subject is not None:
                return subject
    return None


def _note_doer(doc: Doc, verb: Token) -> bool:
    """Whether a verb the parser read as a modifier of the noun after it follows a word for
    a person, as a note writes "<who> <did what>" without the grammar a sentence has: "pt
    refused strip wash" is the patient's refusal, not a kind of wash."""
    if verb.dep_ not in {"amod", "compound"} or verb.i == 0:
        return False
    before = doc[verb.i - 1]
    if before.pos_ not in {"NOUN", "PROPN", "PRON"} or before.tag_ == "PRP$":
        return False
    return referent_of(before) in COUNTS_AS_PERSON


def _about_an_amount(doc: Doc, match: PhraseMatch) -> bool:
    """Whether the match is in a note after a dash that follows an amount of money, as a
    financial assessment lists each cost ("Private physio: £40 pw - not allowed"): the
    verdict is about the cost, not the person."""
    start = fragment_start(doc[match.start])
    sentence = sentence_of(doc[match.start])
    if start == sentence.start or doc[start - 1].text not in DASHES:
        return False
    before = start - 1
    while before > sentence.start and doc[before - 1].text not in NOTE_BREAKS:
        before -= 1
    words = doc[before : start - 1]
    if any(t.pos_ in {"VERB", "AUX"} for t in words):
        return False  # a clause before the dash ("Client claims he needs £30 -") is not a cost
    return any(t.tag_ == "$" for t in words)


def _hard_for_someone(root: Token) -> bool:
    """Whether an adjective says what someone finds hard ("difficult for her", "finds the
    stairs difficult") rather than what they are like. "for" with a stretch of time ("has
    been non-compliant with meds for 3 days") or a task says how long or what for, not for
    whom."""
    if root.pos_ != "ADJ":
        return False
    if (
        root.dep_ in {"ccomp", "oprd", "xcomp", "acomp"}
        and root.head.lemma_.lower() == "find"
        and root.head.i < root.i
    ):
        return True  # "She finds the stairs difficult", "which he would find difficult"
    if _complement_of_find(root):
        return True  # "finds organising her life very difficult", however it is parsed
    holders = [root, root.head] if root.dep_ in {"acomp", "oprd"} else [root]
    return any(
        c.dep_ == "prep" and c.lower_ == "for" and _for_someone(c)
        for h in holders
        for c in h.children
    )


def _for_someone(preposition: Token) -> bool:
    """Whether "for" names someone a state is hard for ("difficult for her", "too much for
    his wife", "challenging for staff"), not a stretch of time ("non-compliant with meds
    for 3 days") or a task ("reliant on carers for washing")."""
    objects = [c for c in preposition.children if c.dep_ == "pobj"]
    return not objects or any(
        o.pos_ == "PRON" or referent_of(o) is not Referent.THING for o in objects
    )


# How deep an adjective may sit under "find" in a parse that took the task for a clause.
_FIND_COMPLEMENT_DEPTH = 3


def _complement_of_find(root: Token) -> bool:
    """Whether an adjective is what someone finds a task, when the parser hung it under the
    task ("finds organising her life very difficult": "difficult" under "organising") or
    under a misspelt word it read as a verb: up through complements and clauses that have
    no subject of their own, to "find". "She finds that staff are difficult" says it of
    the staff, the subject of its own clause, and is not this."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in root.children):
        return False  # "might make them more vulnerable": said of someone, under any verb
    current = root
    for _ in range(_FIND_COMPLEMENT_DEPTH):
        if current.dep_ not in {"ccomp", "oprd", "xcomp", "acomp", "advcl"}:
            return False
        head = current.head
        if head.lemma_.lower() == "find":
            # What someone finds hard follows "find"; a label before "found" is said of
            # whoever was found ("Demented and wandering again, found in garden").
            return head.i < root.i
        if head is current or any(c.dep_ in {"nsubj", "nsubjpass"} for c in head.children):
            return False
        current = head
    return False


def _forecast(word: Token) -> bool:
    """Whether a label is what its subject is forecast to be ("the flat will be a mess",
    "the house will be in a state"): a state not yet seen."""
    current = word
    for _ in range(3):
        if current.dep_ not in {"acomp", "attr", "pobj", "prep"} or current.head is current:
            return False
        current = current.head
        if current.lemma_ in {"be", "become"}:
            return any(c.dep_ == "aux" and c.lower_ in PREDICTIVE_MODALS for c in current.children)
    return False


def _held_by_a_person(noun: Token) -> bool:
    """Whether a described thing is something a person has, makes or shows: "She has
    unrealistic expectations", "makes unreasonable demands", "shows manipulative
    behaviour" label the person through what they hold."""
    if noun.dep_ != "dobj" or noun.head.lemma_.lower() not in HOLDING_VERBS:
        return False
    holder = subject_of(noun.head)
    return holder is None or referent_of(holder) in COUNTS_AS_PERSON


def _noted_attribute(noun: Token) -> bool:
    """Whether a described thing is a note's word for something of the person's own, with
    no one else's named: "frequent attender at A&E, manipulative presentation", "Hostile
    manner.", "Behaviour can be challenging when she helps him wash." A note leaves the
    owner, the person, unsaid, as it leaves the subject; "the policy on aggressive
    behaviour" or "managing challenging behaviour" is about no one. An amount ("Some
    resistive behaviour w/ personal care") names no one else either."""
    if noun.lemma_.lower() not in word_list("person_attribute"):
        return False
    if noun.dep_ not in {"ROOT", "appos", "conj", "nsubj"}:
        return False
    return not any(
        c.dep_ in {"poss", "prep"} or (c.dep_ == "det" and c.lower_ not in SOME)
        for c in noun.children
    )


def _wording(entry: JudgementalEntry) -> list[str]:
    """The suggestions that are words to write, not advice or templates with gaps."""
    return [s for s in entry.suggestions if not is_advice(s) and "..." not in s]


def _suggestions(doc: Doc, match: PhraseMatch, entry: JudgementalEntry) -> tuple[list[str], bool]:
    """Replacement wording in the form of the matched words, and whether the first is a
    clean one-to-one swap."""
    fitted: list[str] = []
    for wording in _wording(entry):
        adjusted = _fit(doc, match, entry, wording)
        if adjusted is not None and adjusted not in fitted:
            fitted.append(adjusted)
    if not entry.replaceable:
        return fitted, False
    clean = next((f for f in fitted if _is_clean_swap(doc, match, entry, f)), None)
    if clean is None:
        return fitted, False
    return [clean, *(f for f in fitted if f != clean)], True


def _message(matched: str, entry: JudgementalEntry, suggestion: str | None, clean: bool) -> str:
    why = _lower_first(entry.why.rstrip(". "))
    advice = next((s for s in entry.suggestions if is_advice(s)), None)
    template = next((s for s in entry.suggestions if "..." in s), None)
    if clean and suggestion:
        action = f"write '{suggestion}' instead"
    elif entry.replaceable and suggestion:
        action = f"consider '{suggestion}', rewording the sentence to fit"
    elif advice is not None:
        action = _lower_first(advice.rstrip(". "))
    elif template is not None:
        action = f"write what happened, for example '{template}'"
    elif suggestion:
        action = f"consider '{suggestion}'"
    else:
        action = "describe what happened instead"
    return f"Avoid '{matched}': {why}; {action}."


def _fit(doc: Doc, match: PhraseMatch, entry: JudgementalEntry, wording: str) -> str | None:
    """``wording`` in the grammatical form and case of the matched words, if it can be."""
    span = doc[match.start : match.end]
    root = match_root(doc, match)
    adjusted = wording
    if _leads_with_verb(doc, match, entry):
        inflected = inflect_for_tag(wording, span[0].tag_)
        if inflected is None:
            return None
        adjusted = inflected
    elif root.tag_ in {"NNS", "NNPS"} and span.text.lower() != entry.term.lower():
        return None  # plurals need rewording ("addicts" is not "person who uses drugs")
    return _match_case(span.text, adjusted)


def _leads_with_verb(doc: Doc, match: PhraseMatch, entry: JudgementalEntry) -> bool:
    """Whether the match opens with the verb of a verbal term ("refused", "suffers from")."""
    first = doc[match.start]
    term_words = entry.term.lower().split()
    return first.tag_.startswith("VB") and first.lemma_.lower() == term_words[0]


def _is_clean_swap(doc: Doc, match: PhraseMatch, entry: JudgementalEntry, replacement: str) -> bool:
    root = match_root(doc, match)
    first = replacement.split()[0].lower()
    if any(c.dep_ in {"auxpass", "nsubjpass"} for c in root.children):
        return False  # "was put to bed": the passive needs rewording, not a swap
    if not _leads_with_verb(doc, match, entry) and first in FINITE_STARTS:
        return False
    if root.dep_ in {"amod", "compound"} and len(replacement.split()) > 1:
        return False  # "a wheelchair-bound man" cannot take "a wheelchair user" in place
    if len(replacement.split()) > 1 and any(
        c.dep_ in {"dobj", "dative"} and not match.start <= c.i < match.end for c in root.children
    ):
        return False  # "fed her" does not become "support to eat her"
    if first == "having":
        return False  # "is suffering from" does not become "is having"
    before = doc[match.start - 1] if match.start > 0 else None
    if before is not None and before.lower_ in {"a", "an"}:
        wanted = "an" if first[:1] in "aeiou" else "a"
        if wanted != before.lower_:
            return False
    return True


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and not original.isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _lower_first(text: str) -> str:
    if len(text) > 1 and text[1].isupper():
        return text  # an acronym or a name
    return text[:1].lower() + text[1:]
