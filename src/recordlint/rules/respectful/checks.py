"""The registered rule RL501 (deficit-wording): what it flags, and the words it suggests.

It matches the lexicon's terms, keeps those that :func:`counts` says count, adds the labels
read from a sentence's structure, and builds each finding's message and suggestions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.findings import Category, Finding, RecordKind, Severity
from recordlint.lexicon import word_list
from recordlint.matching import PhraseMatch, lexicon_gate, longest_first, match_root
from recordlint.nlp import Need
from recordlint.rules.registry import (
    DocumentContext,
    FactKey,
    Fix,
    ParagraphContext,
    finalizer,
    rule,
)
from recordlint.rules.respectful.attribution import in_a_list_of_kinds, reported
from recordlint.rules.respectful.counting import counts
from recordlint.rules.respectful.lexicon import judgemental
from recordlint.rules.respectful.structural import a_bit_of_a, deficits, summed_up, used_badly
from recordlint.rules.respectful.suggestions import message_for, suggestions_for
from recordlint.rules.respectful.verbs import done_to_by_name, names_of_animals_and_babies
from recordlint.subjects import WRITER_PRONOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc

# The done-to words flagged in a paragraph that are done to named beings alone, as
# (start, end, names) in the paragraph's offsets, for RL501's record step.
DONE_TO_NAMES: FactKey[list[tuple[int, int, tuple[str, ...]]]] = FactKey("judgemental.done_to")
# A negation written as a clitic belongs with its auxiliary when the words are shown.
CLITIC_NEGATIONS = frozenset({"n't", "n’t"})


def _the_writers_own(doc: Doc, match: PhraseMatch) -> bool:
    """Whether the words describe the writer of a practitioner's account, or the writer
    and their colleagues ("asks about us self-neglecting when we're working"): the
    first person stands just before them or is their subject. How a practitioner speaks
    of themselves is theirs, as the person's own account is; how they speak of the
    people they serve is what the rule is for."""
    if match.start > 0 and doc[match.start - 1].lower_ in WRITER_PRONOUNS:
        return True
    head = doc[match.start : match.end].root
    return any(
        child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in WRITER_PRONOUNS
        for child in head.children
    )


@rule(
    code="RL501",
    name="deficit-wording",
    category=Category.JUDGEMENTAL,
    standard="2.respectful",
    severity=Severity.WARNING,
    needs=[Need.TAGS, Need.PARSE],
    gate=lexicon_gate(
        lambda: [
            *(e.term for e in judgemental()[0]),
            *word_list("courtesy_noun"),
            *word_list("personal_capacity"),
            *word_list("deficit_manner"),
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
    "her motivation is low", "poor financial management"), or with the verb of one as its
    manner ("Manages his UC badly", "engages poorly with the plan"). Everyday idioms that
    blame someone's effort or manner are entries too ("kept going on about the parking");
    where the idiom's words are split by whoever it is said of, the entry holds a pronoun
    slot, so one entry finds each person
    ("the family are not pulling their weight", "her son isn't pulling his weight", "he
    has let himself go"), and the literal sense stays quiet ("she let herself go back in
    with her key"). A pretext is said of whoever is said to use something as it, not of the thing
    used ("is using fatigue as an excuse to avoid going out"); used by a body ("the Council used
    staff shortages as an excuse") it labels no person. A label noun that "this", "that" or "it" is
    said to be, where the pronoun opens its clause, labels the doer of the clause before it ("Shona
    is choosing to live this way and this is a lifestyle choice", "He won't accept help. This is a
    lifestyle choice."); after a body's doing, or with no clause before it, it labels no one.

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
    "a review of the Pension Credit refusal", "aggressive cancer", "his illness is
    interfering with his life"), a passive done to the person that shares its subject with
    the verb before it ("residents have pre-settled status and are being refused Pension
    Credit"), a name in capitals that runs on after the words ("MDT / Complex Case
    Meeting"), a label that names what a panel, team, service or job works with ("referred
    to the complex needs panel", "the substance misuse service", "Team: Adult Social Care
    (Complex Needs)"; "she is a complex needs case" still counts), phrases the lexicon
    lists as exceptions ("abusive relationship", "fed up"; the clinical names of how someone
    takes food, "PEG fed", "comfort feeding", "risk feeding"; the form of abuse "controlling
    behaviour", where "he is controlling" still counts), the person's own quoted words, and
    words talked about rather than used ("the notion of lifestyle choice", "words such as
    'non-compliant'"; every use of a term in a text that says it is no longer used, "we
    don't use a term vulnerable adults today"). Done-to words are quiet when done to an
    animal or a young child, or by the doer to themselves ("feeding the ewes", "she feeds
    the baby", "not able to feed herself", "Mrs Patel, who has been feeding the dog"), to
    a name the record gives an animal or a young child in any of its paragraphs, the same
    one included ("her dog, Biscuit" ...
    "her nephew is feeding Biscuit"; "their baby, Ellie" ... "he bathes, feeds and settles
    Ellie", where the verbs share the one object; "Rolo, her rabbit"; "Mitten (her cat)";
    "Ada, a baby of four months"), or said of the route a treatment takes ("fed through a
    tube"), or named by that route or plan ("staff trained in gastrostomy feeding"), or
    switched on or off on a chart ("feed on at 17:30 by pump"), or told with a time the
    parser took for a second object ("feeds the birds from the bird table most
    mornings"), or when the word only
    says what kind of thing a noun phrase names ("the
    picture feeding chart", "Kayleigh's feeding chart", a note that opens "Feeding station
    in use"); an animal is read after the verb where a quotation misled the parser ("feeds
    \"the strays nobody else wants\"") and through "the ones" that point back to it ("has four
    cats of her own and feeds \"the ones people dump\""). A refusal held open is no refusal:
    a topic asked about ("You also asked about refusing treatment"), what someone has the
    right, the choice or the freedom to do or would find hard to do ("free to refuse", "hard
    for her to refuse if they contact her"), and what an advance decision named before it
    sets down ("Graham made ADRT on 15.12.25 refusing PEG feeding"); one foreseen ("is likely
    to refuse") or told in the past ("has an ADRT but refused his tablets") still counts.
    A restriction ("not allowed")
    or a permission ("allowed to") counts only as a rule standing over the person, said
    now or in a note ("Pt not allowed out after 9pm", "is only allowed to go out for an
    hour"): told as a past event ("he was not allowed to go to the funeral", "she said she
    was not allowed out") it is what others did to them, and placed on staff or visitors
    ("Carers not allowed on the wing", "dentists were only allowed to see ten patients a
    day") it restricts them.
    What someone finds hard
    ("which he would find difficult to remember", "Things you find difficult") is no label
    of them, though one person
    found so by others is, whatever the label ("staff find him difficult", "carers finding
    her very challenging", "staff are finding him very demanding"; "finds new people
    difficult" is not one person), nor is a label
    denied of the person ("no challenging behaviour", "did not refuse"; "no longer
    aggressive" still says they were), nor is a thing's failing ("the direct debit failed
    to go through"), nor is what a task
    or a role is seen as or made ("see recording as an administrative burden", "make your
    role as a carer difficult"; "sees her as a burden" still labels her), nor a word that
    also means hard said of a thing or of a task with no doer of its own ("made the
    difficult decision", "the difficult decisions adults' social workers make", "a
    challenging conversation", "needs that would make living alone
    difficult"; "a difficult man" and "can be challenging at personal care" still count),
    nor a kind of work
    in the plural ("extended in complex cases"; "she is a complex case" is still read),
    nor a label's noun that is where something is put or seen, after a preposition of
    place ("birds on feeder", "birdseed on the window feeder": a bird feeder; "She is a
    feeder at meal times" still counts), nor a breakdown set out under a form's risk
    field ("Risks: pressure damage, carer breakdown") or on the lines under a heading
    naming risks ("6. Risks"), weighed as "at risk of carer breakdown" is,
    and a label's verb
    when it names a service or a diagnosis ("the hoarding support service", "hoarding disorder")
    rather than what someone does ("is hoarding food"), and "lady" or "gentleman" with
    only an age or a pointer ("an 84 year old gentleman", "the above lady", "a Polish
    gentleman"). Whether the person copes
    ("she is not coping"), or how they presented ("he was polite but guarded"), is the
    assessment the record makes, left to the opinion rules to ask for evidence, and so is
    a note's that names no one before it, its subject the person ("Clearly confused, not
    coping.", "Will not cope with a move."); said of a carer
    or relative it is a label, however the note is parsed ("Daughter at breaking point,
    not coping"); foretold of anyone ("Jean will not cope", "probably won't cope much
    longer") it is a forecast, left to the opinion rules as well. An act announced with a
    to-infinitive ("threatening to go to the papers") reports what was said, not a label;
    nor is a demand whose object is money ("had been demanding money from her", "letters
    demanding payment", "demanded £40"): an act of taking, or a debt chased, told as done,
    where "demanding attention" or "demanding cigarettes" still casts asking as excessive.
    Reluctance with what the person holds back from ("reluctant to answer questions",
    "Reluctant to try the stairs") is the writer's reading of them; reluctance to accept
    an offer ("reluctant to accept a second call") records their view of what is
    proposed, bare "reluctant" ("reluctant but agreed to a trial") says no more than that,
    and another's report of it ("she says staff are reluctant to visit") is theirs.
    In professional prose (an Ombudsman's decision, a review) a word that someone else
    says, complains of or alleges ("Mr X says an officer was rude", an item under "Mr C said
    the Council was at fault for:") is theirs, set out to be judged, not the writer's label.
    A practitioner's published account of their work ("Social work diary: ...") is checked
    for how it speaks of the people it serves ("She is demented"), but not for what the
    writer says of themselves and their colleagues ("asks about us self-neglecting").
    An act of the person ("hit out", "lash out") told as an event, in the past or as
    going on ("hit out at HCA during pad change", "one incident involved him hitting out
    at a carer", "when he was hitting out"), says what happened; said as a habit ("can be
    challenging and hits out", "sometimes lashes out") it is a trait and still counts.
    Management of a thing ("poor pain management", "case management") is what
    professionals do, and a capacity used badly is no label of the person when reported
    ("PA reports he manages money poorly") or said of a body ("the agency managed the
    rota badly").
    Dependency said with a word of degree ("totally", "heavily", "overly", "completely"
    dependent) sums the person up; "dependent on her daughter for lifts" and "insulin
    dependent" state a fact and stay quiet. Frank description of
    abuse, injuries, intoxication and risk is not flagged: the rule targets labels and
    blame. Notes run together with commas leave their subject, the person, unsaid, so a
    label in such a list is read as said of them ("Poor hygiene, smells, refuses to wash",
    "Non-compliant with fluids, only two sips of tea"), whatever noun the parser took for
    its subject, a word of the label itself included ("Non compliant again, 3rd time this
    week"). Two capitals that the acronyms lexicon does not hold, as the subject, are
    read as a person's initials, not a body's acronym ("KM refused to let me show her",
    "KB was very passive and compliant"), even where the heading that named them is in
    another paragraph or no name is ever given; the shared subject reading decides this for
    every rule (three capitals count with a verb that agrees with one person, "TLN is").
    One capital the tagger took for a common noun, with no word of its own before it and a
    verb that agrees with one person, is read here as a person's initial too ("T lacks
    insight", "S is very demanding"; "Vitamin D is low" names a thing; "I" and "A" are
    left to the pronoun and the article).
    A note that drops the article before an object ("she was fine but refused shower",
    "Lorna became abusive and ended visit") is read as the note's sentence, though the
    parser joins the label and the bare noun after it into one noun phrase: the label is
    said of the note's subject. So is a label's -ing verb after a time of day or week
    ("awake most nights wandering along the landing"), and a label's -ing form listed with
    other nouns is one wherever the list stands ("needs around meals, medication and
    wandering after dark"); a listed category or task ("drug or alcohol misuse", "bathing,
    feeding, dressing") is not read this way.

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
    Searched again over all forty-four development groups, no threshold did better than the
    rule alone (0.86 / 0.82, F1 0.839): a finding for sentences above 0.7 left F1 as it was
    and made nine groups worse, and dropping findings below 0.02 dropped 30, 17 of them true.
    """
    doc = ctx.doc
    assert doc is not None
    entries, phrases = judgemental()
    candidates = [
        m
        for m in phrases.matches(doc)
        if counts(doc, m, entries[m.entry], ctx.text)
        and not (ctx.kind is RecordKind.PROFESSIONAL and reported(doc, m, ctx.text))
        and not (ctx.kind is RecordKind.PRACTICE_ACCOUNT and _the_writers_own(doc, m))
    ]
    flagged: list[tuple[int, int]] = []
    done_to_names: list[tuple[int, int, tuple[str, ...]]] = []
    for match in longest_first(candidates):
        entry = entries[match.entry]
        span = doc[match.start : match.end]
        if span[0].lower_ in CLITIC_NEGATIONS and span.start > 0:
            span = doc[span.start - 1 : span.end]  # "can't cope", not "n't cope"
        suggestions, clean = suggestions_for(doc, match, entry)
        clean = clean and not match.inserted  # a swap would drop the adverb
        fix = Fix.SAFE if clean else (Fix.REVIEW if suggestions else None)
        message = message_for(span.text, entry, suggestions[0] if suggestions else None, clean)
        ctx.flag(span.start_char, span.end_char, message, suggestions, fix=fix)
        flagged.append((span.start, span.end))
        if entry.done_to and (names := done_to_by_name(match_root(doc, match))):
            done_to_names.append((span.start_char, span.end_char, names))
    if done_to_names:
        ctx.record(DONE_TO_NAMES, done_to_names)
    # Labels read from the sentence's structure rather than listed: each finder gives token
    # ranges, and a range the lexicon's entries already flagged is left to them ("a lovely
    # elderly lady", "poor insight", "a bit of a hermit" have entries of their own).
    structural = (
        (
            summed_up,
            "it sums the person up by the impression they made and talks down to "
            "them; use their name and describe what they said and did.",
        ),
        (
            deficits,
            "it states a shortfall in the person as fact; describe what they said "
            "and did that shows it, and what support would help.",
        ),
        (
            used_badly,
            "it states as fact that the person falls short in how they manage; describe "
            "what happened and what support would help.",
        ),
        (
            a_bit_of_a,
            "it sums the person up as a type of person; describe what they said "
            "and did, and how often.",
        ),
    )
    for find, advice in structural:
        for start, end in find(doc):
            if any(start < e and s < end for s, e in flagged):
                continue
            span = doc[start:end]
            if in_a_list_of_kinds(ctx.text, span.start_char):
                continue  # "Three recognised forms of self-neglect include: - Lack of self-care"
            ctx.flag(span.start_char, span.end_char, f"Avoid '{span.text}': {advice}")
            flagged.append((start, end))


@finalizer("RL501")
def _done_to_animals_and_babies(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """RL501's record step: a done-to word done to names the record gives elsewhere to an
    animal or a young child ("the thing she misses most is her dog, Biscuit." ... "Her
    nephew has been feeding Biscuit"; "a toddler called Noah" ... "Amy feeds, bathes and
    dresses Noah") talks down to no one. The paragraph that names them is often not the
    one that says who feeds them, so the names are read from the whole record; this is
    the only place a name is read as an animal's or a baby's, the paragraph step reads
    only the nouns themselves ("the dog", "the baby")."""
    recorded = ctx.recorded(DONE_TO_NAMES)
    if not recorded:
        return findings
    introduced = names_of_animals_and_babies(ctx.text)
    if not introduced:
        return findings
    quiet = {
        (block.start + start, block.start + end)
        for block, spans in recorded
        for start, end, names in spans
        if all(name in introduced for name in names)
    }
    return [f for f in findings if (f.start, f.end) not in quiet]
