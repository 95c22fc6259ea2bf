"""Uses of a label's verb that label no one.

An -ing label used as a verb with an object, an act announced with a to-infinitive,
done-to words done to an animal or to oneself, a treatment's route, a topic rather than a
doing, a thing passed back or said in general, an act told as an event rather than as a
habit, and a restriction told as a past event or placed on someone other than the person.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from recordlint.evaluative import fragment_start
from recordlint.lexicon import JudgementalEntry, word_list
from recordlint.matching import REFLEXIVES
from recordlint.rules.respectful.notes import TIMES
from recordlint.subjects import RELATIVE_PRONOUNS, Referent, referent_of, subject_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


# Words that make a noun a stretch of time ("most evenings", "every night") rather than
# the object of a verb.
TIME_QUANTIFIERS = frozenset({"most", "every", "each", "all", "some", "many"})
# What someone copes with that makes them a carer ("not coping with the caring role"); not
# "care", which is as often the person's own ("not coping with her personal care").
CARING_WORDS = frozenset({"caring", "carer", "carers"})
# Words that stand for what a preposition's object is without naming it ("the event that
# you're complaining about", "what you're complaining about").
_POINTING_WORDS = RELATIVE_PRONOUNS | {"what", "whatever"}


def verb_with_object(root: Token, entry: JudgementalEntry) -> bool:
    """Whether a label that looks like an -ing word ("controlling", "challenging") is used
    as the verb, with an object of its own. A clause before the word is none: sentences
    run together with a comma ("He will not accept her right to decide, he is
    controlling") lead the parser to hang the first on the second as what it says, but
    what a verb does to comes after it."""
    term = entry.term.lower()
    if " " in term or not term.endswith("ing") or root.lower_ != term:
        return False
    if root.tag_ != "VBG":
        return False
    return any(
        (c.dep_ == "ccomp" and c.i > root.i) or (c.dep_ == "dobj" and _a_real_object(c))
        for c in root.children
    )


def act_announced(word: Token, entry: JudgementalEntry) -> bool:
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


def a_verb_in_use(verb: Token) -> bool:
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


def _money(noun: Token) -> bool:
    """Whether a noun names money: a word for it ("money", "cash", "payment") or an amount
    ("£50")."""
    return noun.lemma_.lower() in word_list("money_word") or any(
        t.tag_ == "$" for t in noun.subtree
    )


def money_taken(verb: Token) -> bool:
    """Whether a label's verb is used of money it takes as its object ("had been demanding
    money from his grandmother", "letters demanding payment", "demanded £50"): what was
    demanded is taken or chased as a debt, an act told as done, often by someone other
    than the person (a grandson, a phone company), not the person's own asking cast as
    excessive ("demanding attention", "demanding cups of tea" still count). A verb of
    refusing is left alone: "refused the money" still turns a choice into defiance."""
    if not verb.tag_.startswith("VB") or verb.lemma_.lower() in word_list("refusing_word"):
        return False
    return any(c.dep_ == "dobj" and _money(c) for c in verb.children)


def coping_with_caring(verb: Token) -> bool:
    """Whether what someone copes with is caring ("Grace is not coping with caring for him",
    "clearly not coping with the caring role"): then they are a carer, however named."""
    coping = {verb, *(c for c in verb.children if c.dep_ == "xcomp")}  # "struggling to cope"
    return any(
        t.lower_ in CARING_WORDS
        for c in (c for v in coping for c in v.children)
        if c.dep_ == "prep" and c.lower_ == "with"
        for t in c.subtree
    )


def done_to_no_one_else(verb: Token) -> bool:
    """Whether what a done-to verb names ("fed", "put to bed") is done to an animal or a
    young child, or by the doer to themselves, so no person is talked down to: "feeding
    the ewes", "a neighbour is feeding his cat", "she feeds the baby", "not able to feed
    herself"."""
    done_to = _done_to(verb)
    return bool(done_to) and all(
        t.lower_ in REFLEXIVES or _an_animal(t) or _ones_of_an_animal(t) for t in done_to
    )


# The pronoun that stands for a noun said before it: "four cats of her own and feeds the
# ones people dump".
_ONE_ANAPHORS = frozenset({"one", "ones"})


def _ones_of_an_animal(noun: Token) -> bool:
    """Whether "one" or "ones" stands for an animal or a young child named earlier in its
    sentence ("she has four cats of her own and feeds \"the ones people dump\""): the
    pronoun takes its noun from before it."""
    if noun.lower_ not in _ONE_ANAPHORS:
        return False
    return any(_an_animal(t) for t in noun.doc[noun.sent.start : noun.i] if t.pos_ == "NOUN")


def done_to_by_name(verb: Token) -> tuple[str, ...]:
    """The names a done-to verb is done to, where it is done to named beings alone ("her
    nephew has been feeding Biscuit", "Amy feeds, bathes and dresses Noah"); empty
    otherwise. Whether a name is an animal's or a baby's may be told in another paragraph
    ("her dog, Biscuit"), which the record step reads (:func:`names_of_animals_and_babies`)."""
    done_to = _done_to(verb)
    if not done_to or any(t.pos_ != "PROPN" for t in done_to):
        return ()
    return tuple(t.text for t in done_to)


def _done_to(verb: Token) -> list[Token]:
    """The ones a done-to verb is done to: its object, or the subject of its passive. A
    time the parser took for a second object ("feeds the birds from the bird table most
    mornings") says when it is done, not to whom."""
    done_to = [
        c
        for c in verb.children
        if c.dep_ in {"dobj", "dative", "nsubjpass"} and not _a_time_of_day_or_week(c)
    ]
    if verb.dep_ == "relcl":
        # "his cat, Smudge, who a neighbour is feeding": the relative pronoun stands for
        # the noun the clause hangs from. Where it is the clause's subject and the verb has
        # an object of its own ("Mrs Patel, who has been feeding the dog"), that noun is
        # the doer, and only the object is done to.
        own = [t for t in done_to if t.lower_ not in RELATIVE_PRONOUNS]
        doer = any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)
        done_to = own if own and doer else [*own, verb.head]
    if not done_to and any(c.dep_ == "auxpass" for c in verb.children):
        # "She told me her cat has not been fed": the parser hung the passive clause on
        # the reporting verb and left its subject as that verb's object.
        done_to = [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    if not done_to:
        done_to = _shared_object(verb)
    if not done_to:
        done_to = _noun_straight_after(verb)
    return done_to


def _a_time_of_day_or_week(noun: Token) -> bool:
    """Whether a noun names a part of a day or a week ("mornings", "most nights"), whatever
    the parser hung it on; with another object beside it, it says when, not who."""
    return noun.lemma_.lower() in TIMES and any(
        c.dep_ == "dobj" and c.i != noun.i for c in noun.head.children
    )


# What may stand between a verb and the noun it is done to when the parser lost the object:
# quotation marks and the words that open a noun phrase.
_BEFORE_AN_OBJECT = frozenset({"DT", "PRP$", "``", "''", "CD"})


def _noun_straight_after(verb: Token) -> list[Token]:
    """The noun straight after a verb with no object of its own, with only quotation marks
    or the words that open a noun phrase between: a quotation after the verb can lead the
    parser to take its noun for the subject of a clause ("feeds \"the strays nobody else
    wants\"": "strays" read as the subject of "wants")."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].tag_ in _BEFORE_AN_OBJECT and i - verb.i <= 3:
        i += 1
    if i >= len(doc) or doc[i].tag_ not in {"NN", "NNS"} or doc[i].sent != verb.sent:
        return []
    return [doc[i]]


def _shared_object(verb: Token) -> list[Token]:
    """The object that a run of verbs joined by "and" shares, written once after the last
    ("he bathes, feeds and settles Ellie"): the parser hangs it on the last verb
    only, and may hang the verbs on the first or on each other. Only a verb with no
    object of its own shares it."""
    first = verb
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    run = [first]
    for joined in run:
        run.extend(c for c in joined.children if c.dep_ == "conj" and c.i > joined.i)
        if len(run) > 8:
            break
    last = max(run, key=lambda t: t.i)
    if last is verb or last.pos_ != "VERB":
        return []
    return [c for c in last.children if c.dep_ in {"dobj", "dative"} and c.i > last.i]


# Prepositions that make what follows the topic of a talk or a note ("talked about
# feeding", "advice re feeding"): a subject discussed, not something done to anyone.
TOPIC_PREPOSITIONS = frozenset({"about", "re", "regarding", "around", "on"})


def a_thing_not_a_doing(word: Token) -> bool:
    """Whether a done-to word is a thing or a topic rather than something done to a
    person: a noun naming equipment or a treatment ("set up the feed pump", "overnight
    feed running", "the feed rate was changed"), a treatment named by its route or plan
    ("trained in gastrostomy feeding"), one switched on or off ("feed on at 17:30 by
    pump") or a subject talked about ("when we talked about feeding", "advice regarding
    feeding"). Any other verb, and an -ing word with a person as its object or what
    someone needs ("needs feeding"), are left."""
    if word.pos_ == "VERB":
        return _switched_on_or_off(word)
    if word.pos_ != "NOUN":
        return False
    if not word.lower_.endswith("ing"):
        return True  # "the feed pump", "overnight feed": a thing
    if _kind_named_before(word):
        return True  # "staff trained in gastrostomy feeding", "PEG feeding", "comfort feeding"
    return word.dep_ == "pobj" and word.head.lower_ in TOPIC_PREPOSITIONS


# The tags of a word that describes the noun after it: the route, the means or the plan of
# a treatment ("gastrostomy feeding", "PEG feeding", "comfort feeding", "enteral feeding"),
# or where something is ("on the window feeder").
MODIFIER_TAGS = frozenset({"NN", "NNS", "NNP", "JJ"})


def _kind_named_before(word: Token) -> bool:
    """Whether an -ing noun has, straight before it and hung on it, a word that names what
    kind it is: the route or the plan of a treatment ("trained in gastrostomy feeding",
    "NG feeding started", "comfort feeding agreed"). The phrase names a treatment or a
    skill, and no one is done to."""
    if word.i == 0:
        return False
    before = word.doc[word.i - 1]
    return (
        before.head.i == word.i
        and before.dep_ in {"compound", "amod", "nmod"}
        and before.tag_ in MODIFIER_TAGS
    )


# The particles that say a pump or a treatment is started or stopped: "feed on at 17:30".
_SWITCHES = frozenset({"on", "off"})


def _switched_on_or_off(verb: Token) -> bool:
    """Whether a done-to word the parser read as a verb is a treatment switched on or off,
    with no one it is done to: "feed on at 17:30 by pump", "feed off, flush 60ml". A
    chart of tube feeding writes the feed as a thing that runs, is put on and taken off;
    "fed her lunch" and "needs to be fed" have someone done to, or no particle."""
    if not any(c.dep_ == "prt" and c.lower_ in _SWITCHES for c in verb.children):
        return False
    return not _done_to(verb) and not any(c.dep_ == "auxpass" for c in verb.children)


# Words that open a noun phrase and own or point at what it names: "the", "a", "her",
# "Kayleigh's".
PHRASE_OPENERS = frozenset({"DT", "PRP$", "POS"})
# Words that may stand inside a noun phrase before its head: "the picture feeding chart".
PHRASE_MODIFIERS = frozenset({"NN", "NNS", "NNP", "JJ"})


def names_a_kind_of_thing(word: Token) -> bool:
    """Whether a done-to -ing word sits inside a noun phrase that names a thing, between
    the words that open the phrase and the noun it ends on: "the picture feeding chart",
    "Kayleigh's feeding chart", "a feeding tube". It says what kind of chart or tube,
    whatever the parser made of it, and no one is done to. "Fed lunch" and "staff feeding
    residents" have no such opening or end on people, and are left. A note may open on
    the phrase with nothing before it ("Feeding station in use.")."""
    doc = word.doc
    if not word.lower_.endswith("ing") or word.i + 1 >= len(doc):
        return False
    head = doc[word.i + 1]
    if head.tag_ not in {"NN", "NNS"} or referent_of(head) is not Referent.THING:
        return False
    if head.i + 1 < len(doc) and doc[head.i + 1].tag_ in {"NN", "NNS"}:
        return False  # the phrase goes on, and may end on someone
    i = word.i - 1
    while i >= 0 and doc[i].tag_ in PHRASE_MODIFIERS:
        i -= 1
    if i < 0 or doc[i + 1].is_sent_start:
        # "Feeding station in use.": a note that opens on the thing it names, where the
        # word is a part of that name, not a verb with the noun as its object.
        return word.pos_ == "NOUN" or word.dep_ == "compound"
    return doc[i].tag_ in PHRASE_OPENERS


# What is fed back when news is passed on: "feed this back", "fed it back".
PASSED_ON = frozenset({"this", "that", "it", "these", "those", "all"})


def passed_back(doc: Doc, verb: Token) -> bool:
    """Whether "feed" is "feed back", passing news on: "will feed back to SW", "Fed back
    to the team", "feed this back to the GP". The particle comes straight after the verb
    or after a short object."""
    for t in doc[verb.i + 1 : min(verb.i + 4, len(doc))]:
        if t.lower_ == "back":
            return t.head.i == verb.i or t.i == verb.i + 1
        if t.is_punct or (t.pos_ in {"PRON", "PROPN"} and t.lower_ not in PASSED_ON):
            return False  # "fed her back her dinner": a person fed
    return False


def by_a_route(verb: Token) -> bool:
    """'is fed through a tube', 'fed via a PEG': the route a treatment takes, said with
    "through" or "via", names how it is given, not a person talked down to."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in {"through", "via"}
        and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


@functools.cache
def _fed_as_a_matter_of_course() -> frozenset[str]:
    """The beings whom feeding, changing or settling talks down to no one: animals and
    young children."""
    return frozenset(word_list("animal")) | frozenset(word_list("young_child"))


def _an_animal(noun: Token) -> bool:
    """Whether a noun names an animal or a young child ("the ewes", "the baby"). A name
    given to one ("her cat, Pepper, ... feed Pepper") is read from the whole record by the
    record step (:func:`names_of_animals_and_babies`), wherever the text introduces it."""
    animals = _fed_as_a_matter_of_course()
    return noun.lemma_.lower() in animals or noun.lower_ in animals


# Words that own or point at the noun a name is given to: "her dog, Biscuit", "their baby,
# Ellie", "a toddler called Noah".
_POINTERS = r"(?:my|your|his|her|their|our|the|a|an)"


@functools.cache
def _introduction() -> re.Pattern[str]:
    """A name given to an animal or a young child as the text introduces it: a noun of
    the word lists, mostly with an owner or pointer before it (and up to two words
    between), then the name after a comma, a bracket, "called", "named" or only a space
    ("her cat Pepper"); or the name first, then a comma or a bracket and that noun
    ("Pepper, her cat", "Smudge (cat)")."""
    nouns = "|".join(sorted((re.escape(w) for w in _fed_as_a_matter_of_course()), key=len)[::-1])
    noun = rf"\b(?:{_POINTERS}\s+(?:[\w'-]+\s+){{0,2}}?)?(?:{nouns})"
    return re.compile(
        rf"{noun}(?:\s*,\s*|\s*\(\s*|\s+(?:called|named)\s+|[ \t]+(?=(?-i:[A-Z])))"
        r"([A-Z][\w'-]+)\b"
        # The name first, where the noun closes the apposition or is followed by what it
        # is of ("Lily, a baby of six months"): "Tom, her baby brother" names a brother.
        # Only the name is taken, so "Mum, her dog, Biscuit" still finds Biscuit.
        rf"|\b([A-Z][\w'-]+)(?=\s*[,(]\s*{noun}\b\s*(?:[,.;:!?)]|of\b|$))",
        re.IGNORECASE,
    )


def names_of_animals_and_babies(text: str) -> frozenset[str]:
    """The names a record gives to animals and young children where it introduces them
    ("she misses her dog, Biscuit", "Amy lives with their son, a toddler called Noah",
    "Pepper, her cat"), in whichever paragraph: a note further on that someone feeds
    Biscuit or Noah talks down to no one."""
    found = (m.group(1) or m.group(2) for m in _introduction().finditer(text))
    return frozenset(name for name in found if name[0].isupper())


def said_in_general(root: Token) -> bool:
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


def passive_sharing_a_subject(verb: Token) -> bool:
    """Whether a passive verb has no subject of its own because it is joined to a verb
    before it whose subject it shares: "Many older residents have pre-settled status only
    and are being refused PC/HB". The shared subject is the one the passive is done to,
    though the parse hangs it on the first verb, so it is read as a passive subject, as in
    "She was refused a badge"."""
    if verb.dep_ != "conj" or verb.head.i > verb.i:
        return False
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass", "agent"} for c in verb.children)


# Who a standing rule may be over: the person, or the unsaid subject of a note.
RESTRICTED_PERSON = frozenset({Referent.PERSON, Referent.UNKNOWN})


# The tags of a verb told as an event: in the past ("hit out at staff"), done ("has hit
# out") or going on ("was hitting out", "has been hitting out at other residents").
_EVENT_TAGS = frozenset({"VBD", "VBN", "VBG"})


def act_told_as_an_event(verb: Token) -> bool:
    """Whether an act of the person ("hit out", "lash out") is told as something that
    happened rather than said as their habit. An incident record, a handover or a review
    of incidents tells the act in the past or as going on ("hit out at HCA during pad
    change", "one incident involved Dennis hitting out at a carer", "3 times when he hit
    out at staff"): what happened, when and to whom, which is what the rule asks the
    writer to give. Said in the present or after a modal ("sometimes lashes out", "can be
    challenging and hits out", "he can hit out"), it is a trait the next reader is told to
    expect, with nothing of what happened."""
    return verb.pos_ in {"VERB", "AUX"} and verb.tag_ in _EVENT_TAGS


def restriction_not_over_the_person(verb: Token) -> bool:
    """Whether a restriction ("not allowed") is not a rule standing over the person the
    record is about. Told in the past with its own auxiliary ("he was not allowed to go to
    the funeral", "she said she was not allowed out alone"), it is an event in their
    account, what a prison, an employer or an abuser did to them; placed on staff,
    relatives or visitors ("Carers not allowed on wing without escort"), it restricts
    them, not the person's life. A ruling with nothing restricted after it ("Gardener
    not allowed.", "taxis to hospital - not allowed as he could not show receipts") says
    a thing asked for is not allowed, an expense or an item, and no one's life is ruled.
    A note with no subject ("Pt - not allowed out after 9pm") and a rule said now ("is
    not allowed to go out alone") still count. A permission (nothing denied) that is what
    a fact or status means or shows, or what a check is to find ("This means you are
    allowed to get care and support", "must check that Marta is allowed to work in this
    country"), is the law's or the status's, not a rule anyone holds over the person."""
    if any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children):
        return True
    if _nothing_restricted_after(verb):
        return True
    if _permission_a_fact_establishes(verb):
        return True
    subject = subject_of(verb)
    return subject is not None and referent_of(subject) not in RESTRICTED_PERSON


def _permission_a_fact_establishes(verb: Token) -> bool:
    """Whether a permission, with nothing denied, is the clause a verb of meaning, showing
    or checking governs: what a fact implies or a check finds."""
    if verb.dep_ != "ccomp" or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.head.lemma_.lower()
    return any(
        lemma in word_list(name) for name in ("implying_verb", "conclusion_verb", "checking_verb")
    )


def _nothing_restricted_after(verb: Token) -> bool:
    """Whether a restriction's verb ends its clause: the sentence ends, a dash or other
    punctuation follows, or a reason opens ("not allowed as ...", "because ..."), so
    nothing the person may not do or go to is named after it."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].sent != verb.sent:
        return True
    after = doc[verb.i + 1]
    return after.is_punct or after.dep_ == "mark"


def grievance_told_as_made(verb: Token) -> bool:
    """Whether words that cast what someone said as a grievance ("complaining about") tell
    of a complaint made rather than of what someone was doing: the manner of something
    written ("wrote to the Director complaining about his neglect", a reporting verb as
    its head), or the words with what was complained of left out or only pointed at ("the
    event that you're complaining about", "write what you're complaining about"), which
    speak of complaints in general."""
    about = next((c for c in verb.children if c.dep_ == "prep"), None)
    if about is not None:
        objects = [c for c in about.children if c.dep_ in {"pobj", "pcomp"}]
        if all(c.lower_ in _POINTING_WORDS for c in objects):
            return True  # nothing named, or only "that" or "what" pointing to it
    if verb.dep_ not in {"advcl", "xcomp", "acl"}:
        return False
    return verb.head.lemma_.lower() in word_list("reporting_verb")


# The prepositions that make a refusal the topic of a talk or a letter ("asked about
# refusing treatment"); "insisted on refusing" is a refusal made, so not "on".
_TOPIC_OF_A_CHOICE = frozenset({"about", "re", "regarding"})


def a_choice_held_open(verb: Token) -> bool:
    """Whether a refusal is a choice held open rather than one made: a topic asked or told
    about ("You also asked about refusing treatment in the future"), or what someone has
    the right, the choice or the freedom to do, or would find hard to do ("you have the
    choice to refuse any treatment", "she is free to refuse", "may make it hard for her to
    refuse if they contact her"). A letter that explains a person's rights, or a note of
    what they may do, tells of no refusal. A refusal foreseen ("is likely to refuse the
    placement") or made ("refused to let carers in") still counts."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in _TOPIC_OF_A_CHOICE:
        return True
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return False
    if verb.dep_ not in {"xcomp", "acl", "advcl", "ccomp"}:
        return False
    return verb.head.lemma_.lower() in word_list("open_choice")


def set_down_in_advance(verb: Token) -> bool:
    """Whether a refusal is what an advance decision sets down ("Graham made ADRT on
    15.12.25 refusing PEG feeding", "P has written an ADRT – refuses ventilation incl NIV
    and CPR"): the person's right, written down for a time when they cannot say it, and
    named before the word in its sentence. Told in the past ("has an ADRT but refused his
    tablets this morning") it is something the person did, and still counts."""
    if verb.tag_ == "VBD":
        return False
    before = verb.doc[verb.sent.start : verb.i].text.lower()
    return any(
        re.search(rf"\b{re.escape(name)}\b", before) for name in word_list("advance_refusal")
    )
