"""RL601: judgements stated as fact.

The registered rule, with its documentation, and its findings on the opinion cues, on the
conclusions drawn from what was just described and on capacity stated without an
assessment. Where a cue's words are left alone is in ``exempt``; the findings on the
evaluative predicates, with their advice, are in ``stated``.
"""

from __future__ import annotations

from recordlint.evaluative import (
    has_evidence,
    run_on_part,
    sentence_of,
)
from recordlint.findings import RECORD_KINDS, Category, RecordKind, Severity
from recordlint.matching import match_root
from recordlint.rules.opinion.assessment import (
    ASSESSED_HERE,
    MESSAGE_OPENING,
    assessment_named,
    unassessed_capacity,
)
from recordlint.rules.opinion.conclusions import drawn_conclusions
from recordlint.rules.opinion.cues import cues, gate, label_cues, phrases
from recordlint.rules.opinion.evidence import basis_follows, grounds_after
from recordlint.rules.opinion.exempt import (
    conduct_towards_others,
    in_a_process_label,
    on_record,
    weighs_risk,
    wording_in_an_episode,
)
from recordlint.rules.opinion.fragments import (
    inverted_cues,
    labelling_matches,
    verbless,
    verbless_judgement,
    verbless_progressive,
)
from recordlint.rules.opinion.framing import (
    denied_outright,
    hedged,
    offered_as_possible,
    opened_as_reason,
    under_condition_or_question,
)
from recordlint.rules.opinion.predicates import (
    Predication,
    a_group,
    inflected_verb,
    is_predicate,
    leads_with_verb,
    opens_note,
    predicated_of,
)
from recordlint.rules.opinion.relabelled import relabelled_conduct
from recordlint.rules.opinion.sentences import skippable
from recordlint.rules.opinion.spans import (
    claim,
    clause,
    clear_of_quotes,
    own_conjunct,
    trimmed,
)
from recordlint.rules.opinion.speakers import reported, sourced_with_per
from recordlint.rules.opinion.stated import flag_stated_predicates
from recordlint.rules.opinion.words import OPINION_NEEDS, PEOPLE
from recordlint.rules.registry import ParagraphContext, rule
from recordlint.subjects import Referent


@rule(
    code="RL601",
    name="opinion-as-fact",
    category=Category.OPINION,
    standard="2.fact-opinion",
    severity=Severity.WARNING,
    needs=OPINION_NEEDS,
    # "capacity": a lack of capacity for a named decision with no assessment behind it.
    # conclusions: a verdict read from what someone did ("His self-discharge shows ...").
    gate=gate(
        "evaluative", "attitude_label", "capacity", labels=True, predicates=True, conclusions=True
    ),
)
def opinion_as_fact(ctx: ParagraphContext) -> None:
    """Finds judgements about the person, a relative or the home stated as if they were facts:
    labels ("she lacks insight"), certainty frames that turn an impression into a fact ("it is clear
    that", "obviously"; told of the visit in the past too, "it was obvious that he has not
    accepted how ill he is"; also over what was just told: "It's obviously a deliberate
    deprivation", "is drinking heavily which is obviously contributing to the falls"; and
    over what a service or a body does, as over what a person does: "This agency clearly
    doesn't train its staff"), the
    writer's view offered as plain fact with a word of candour, about a thing or what is worth
    doing ("frankly there is no point in providing it", "I have to be honest, the device is
    not fit for purpose anymore") or as a forecast about someone ("realistically she will not
    be able to take on a newborn"), unless the words after it or the next sentence give what
    it rests on, predictions ("will not manage at home much longer", "the placement will
    break down", made with "be going to" as with "will": "she is not going to manage",
    though not "was going to manage", what was expected then, and a failing arrangement
    said to be likely, "the placement is likely to break down", as surely, not one that
    "would be likely to" fail, and the same forecast in the noun, a breakdown of a carer,
    a family or a placement said to be coming, "Carer breakdown imminent.", "placement
    breakdown is inevitable", not one asked about, one foreseen then, "was imminent", or a
    risk of one, a verdict on risk; a forecast drawn from what
    someone is: "is very motivated and will be a good tenant", "is unlikely to stick to any
    plan", and what someone will be able to do, "is unlikely to be able to support her
    husband", also in a note written without "is", "Mrs Coyle unlikely to return home.",
    "Unlikely to meet the criteria", though not a state or what others will do, "likely to
    be discharged on Friday"; a phrasal verb of the list with its particle
    only: "her legs will give out", not "she will give you a copy"; what someone will not
    remember or will not do unprompted: "Mr H won't remember", "won't ask for help", "is a
    proud man and won't complain", where "will ask for a review" is a plan; a need said to
    last for good: "has a brain injury and will always need someone to manage her money",
    "will need help forever"; something ruled out for good, whatever its verb: "will never
    drive again", not what someone "would never" do or what others will never do to them;
    a forecast given as the reason for something else: "Bill's
    son will phone as his wife will not manage the stairs", though not a need given as the
    reason for a step, "please ring her as she will need a copy"), verdicts on risk ("at
    high risk of falls", "Property is a fire risk", "Risk remains high"), words that judge
    character ("he is very controlling"; dependence weighed with a degree the writer sets, "is
    quite dependent on her son", "is too dependent on the duty line", not a need, "dependent on
    insulin", nor help measured, "totally dependent", which RL501 reports; a pattern of conduct
    summed up as someone's own, "has a history of refusing help", "has a tendency to
    catastrophise", not a health history, "a history of depression", nor one denied or asked
    about; a relative's support denied: "Husband is unsupportive",
    "Brother not supportive of the move", and in the shapes notes give it, joined to the
    participle of a verbless note, "Son not involved and unsupportive", or denied straight after
    the noun for someone late in a sentence, "... and family not supportive of her
    independence", not said of a thing, "kitchen not safe", nor which service holds
    someone's case, "not open to CMHT", nor a verb done to a thing, "she can't open it")
    and words that read a mind ("is
    frightened of him", "does not understand that", "has no motivation", "is unable to
    understand why", "Wife at end of tether";
    a change of mind told as done, in the perfect with a clause as its object, "Keith has
    accepted that he cannot return home", "had accepted what was coming", not a choice,
    "has accepted a carer's assessment"; a state of mind or mood graded with a word of
    degree, "Mrs M is very anxious at night", "He is also very low and tearful", "Agitated
    +++", where the same word said plainly, "anxious today", names what was seen and is left
    alone, as it is said of a thing, "her blood sugar was very low"; a state read only when
    denied, held to one thing
    by "only" or "just" after "be" instead: "Nephew is only interested in the house", not "only
    understands Urdu"; a denied knowing with any of its nouns: "has no concept of money", "poor
    awareness of the risks"; a denied acknowledging of a clause or what stands for one: "will
    not accept that she is being abused", "is unable to accept that he is an adult",
    "doesn't see this as a problem", "does not see the risk", not "won't accept carers", "did
    not see it flash" or, a position in a dispute,
    "does not accept that this is a restriction"), verdicts that someone cannot run their own
    affairs or take part ("is unable to express his wishes", "Unable to manage personal
    care.", "Unable to give views", any verb with a view noun as its object) or that a state
    stops them doing something ("is too unwell to understand the risks", "is too proud to accept
    help") and needs that judge them ("Needs a push.", "needs 24hr supervision"), allegations
    of abuse, exploitation or trafficking told as what is happening to someone ("her nephew
    is financially abusing her", "is being trafficked", "has been taking advantage of him"),
    and motives read into what someone does ("is doing this for attention", "is deliberately
    being difficult because he didn't get the room he wanted", "refuses her frame out of
    stubbornness", "Shane is using his back as an excuse", "Karen is motivated by guilt",
    and what someone is set on now, in the present progressive: "Desmond is trying to
    control things", not "tried to stand", "was trying to get up" or "will try to ring"; a
    reason beside a motive is more of the same reading, so only the
    person's quoted words count as its evidence), rulings that what someone tells of
    themselves is more or less than the truth ("She minimises her drinking", "is clearly
    exaggerating his pain", "tends to exaggerate"; not the simple past, "minimised her
    difficulties", a passive or a purpose, "to minimise the risk"), and
    how much someone has changed, judged with a degree word ("Mrs S has deteriorated
    significantly since last review", "his behaviour has got much worse"), how well or how
    much someone does what they do, held to a standard the writer sets ("is not eating
    properly", "Stephen isn't supervising him properly", "is drinking too much", "Family
    not doing enough"; not a span of time told, "has not slept properly for two weeks", what
    someone can, will or should do, a passive or a note with no subject), and a verdict
    drawn in a "which" clause from what was just told, with a verb of showing whose clause is
    about a person or a verb of saying that sums up with nothing in it ("she was unable to
    answer, which demonstrates she has no insight into the risks", "she put the leaflet away
    at once, which says it all"; not one offered as possible or marked as a view, "which may
    show", "which I think shows", one about a thing, one drawn from a number or a reading,
    "her sugar was 22, which shows ...", or a clause that explains, "which means"), and the
    same verdict with what someone did or how they came across, named as theirs, as the
    subject of a verb of showing or suggesting ("His self-discharge shows he remains
    ambivalent about recovery", "The family's presentation suggests a long-standing pattern
    of conflict"; not a record or a paper, "the carers' log shows he is managing his
    meals", which is a source, nor what someone does or can do, a verb denied or with a
    modal, or a sentence with a number in it).
    An impression word hedges its own clause, which RL603 reports, not a clause joined after
    it with a finite verb of its own: in "appears to have mobility problems and is unlikely
    to be able to support her husband" the second clause is stated plainly, and one finding
    covers the sentence ("It appears that ..." and a hearsay word such as "apparently" still
    hedge the whole sentence).
    A judgement is the writer's own though a reporting verb after it has words of its own
    to report ("Mr R is clearly depressed, he barely said a word to me today", "He is
    clearly exaggerating, the notes say his daughter helps him shower"); with nothing of
    its own to report ("She is fine, she said") the verb still reports it.
    What someone did, given a label as what it was, states a reading of their mind or
    motive as fact though the clause's subject is no person: a word pointing back at
    what someone was just told doing, or a "which" after a comma hung on it, or a noun
    naming the conduct (a word for what of a person may be described, "behaviour", or an
    act with what it was for, "attempts to leave"), completed by a label noun of the
    judgemental lexicon or a label on a word for conduct ("He hit the door frame. This was
    attention-seeking behaviour.", "rings the office several times a day, which is
    attention seeking behaviour", "Attempts to leave are just sundowning.", "Brother says
    he won't accept help. This is a lifestyle choice"); not a label denied, offered as
    possible, marked as a view or reported, one with evidence after it or the person's
    words in its sentence or the next, an adjective alone ("This was difficult"), a
    predicate noun that names no conduct ("This was a difficult time"), "it", or a
    pointing word after a sentence in which no one does anything.
    The person or a relative may be named by initials alone ("TLN is too traumatised to
    make safe decisions"): capitals no entry of the acronyms lexicon spells, as the subject
    of a clause whose verb agrees with one person, are a person to every rule that asks who
    a clause is about, while a body's plural ("OMU have been too busy to reply") stays a body.
    A reputation told with a verb of knowing in the passive ("Family are known to be
    difficult", "Father is known to be very controlling of professionals") is stated as
    established fact: the passive's subject is the one judged, not a speaker whose view is
    reported (another reporting verb in the passive, "is said to be", still reports one; a
    label noun after it, "is known to be a heavy drinker", is on record as "a known hoarder" is).
    A lack of capacity for a named decision with no assessment behind it ("Dennis lacks
    capacity to decide on his care", "Lacks capacity re finances") states as settled what
    only an assessment can find; the finding of one reported as such ("MCA completed 15/04 -
    lacks capacity to ...", "on the balance of probabilities", "assessed as lacking", a
    "Capacity:" label or heading), an assessment named anywhere else in the record (not one
    still to be done: "capacity assessment to be arranged"), a lack offered as possible,
    marked as a view, reported, set as a condition or given as the reason for a step ("as
    he does not have capacity to decide where he lives") is left alone, and so is capacity
    with no decision named, which RL605 reports.

    ## Why it matters
    Standard 2 asks for records that are accurate and objective and clearly separate fact
    from professional opinion, with valid supporting evidence. "She lacks insight" or "the
    house was filthy" reads as fact to the next worker, a tribunal or the person, yet it is
    one person's interpretation: the reader cannot see what it was based on or weigh it.

    ## Example
    Before:
    > The house was filthy.

    After:
    > There was food waste on the kitchen floor and a strong smell of urine in the hall.

    ## Stays quiet on
    Lines that name a team, a service or a document in title case ("Team: Community Mental
    Health and Adult Social Care (Complex Needs)"), observations and reported speech ("Her
    daughter said the house was filthy" is her view,
    attributed, as is "difficult to manage in the evenings per son", and "a known hoarder" names the
    record as its source), sentences that give their evidence ("because", "I saw", "for example";
    not a reason clause that is the judgement itself, given as why someone did something or
    why something happened: "Derek wanders at night because he is bored", unless the writer
    gives it as the reason for their own step, "as she is vulnerable we need her to stay",
    or the sentence quotes the person; nor an "as" that tells what unfolds alongside, in
    the present with no object, "will need a care home as his sight deteriorates", "this
    may become an issue as treatment goes on", "as she gets older": a time, as a "since"
    that starts one is, after a present perfect or telling a past event beside a present
    state, "is depressed since Frank died"; nor the second "as" of "as ... as", "is not
    coping as well as she says", "went silent as soon as he came in";
    numbers, though not a log line's time of day such as "09.25" or "9am", or details after a colon;
    for feelings and states of mind, also the next sentence when it shows the same thing: the
    person's own words, what was seen or heard, or someone's words about it, not others' words on
    another matter; for a verdict on a person's risk or on how they have changed, the next
    sentence's evidence, though not a number or a reason about a thing, a home or a body that
    names neither the person nor what was judged ("is socially isolated and at high risk of low
    mood. The flat is not fit to live in for at least 8 weeks": the flat's repairs, not her risk);
    in a run-on narrative that strings clauses together with commas, only the
    clauses either side of the judgement count as its evidence, and only its own clause for a marked
    opinion; a judgement whose next sentence says what it rests on, "... at risk of losing his
    tenancy. I base this on the arrears letters"), opinions already marked as the writer's
    ("In my opinion ..."), a motive denied, asked
    about or in the passive ("I do not think she is doing it on purpose", "whether it was done on
    purpose", "was harmed on purpose") or held in a noun ("the council's decision that she had
    deliberately deprived herself of assets"), a change told without a degree or of a thing ("his
    transfers have deteriorated", "the situation has improved a lot") or followed by what the person
    has been doing ("has deteriorated rapidly. He has been wandering at night"), judgements offered
    as a possibility ("It is possible that she is overprotective", "she may be"; a modal on the
    first of joined judgements covers those with no subject or tense of their own, "may be
    controlling or neglectful", "might take his money and abuse him", not "may be tired and
    is very confused"), judgements asked
    about or set as a condition ("to see if she is at risk", "whether he is frightened of her", "if
    she lacks insight", a list item after a lead-in ending "if:", what a clause opened by "what",
    "who" or "how" asks, "asked what help she would need at home"), evaluative words used of things
    rather than the person or home, negated judgements ("she is not difficult"), a feeling or state
    of mind told as an episode seen ("she got a bit confused about what day it was", "became
    frightened"), a feeling told as how someone looked or sounded then, in the simple past
    ("Mrs Vane appeared frightened", "He sounded exhausted" on the telephone; not "she seems
    frightened of him"), a feeling or state of mind
    followed in the same sentence by what the person was seen doing at the time, as their
    own verb: a participle after a comma or a past progressive ("very confused today and
    agitated, pulling at his catheter"; not a present, "is scared of him and is covering for
    him", a denied verb, or one with a verb after it, "and refuses to take his tablets"; a
    label beside what someone did, "is attention seeking, crying", is still read), who
    someone is to the family ("a
    very dear friend of the family"), the person's
    own plans ("wants to start college and will need support"), plans and arrangements ("She will
    start at the day centre on Monday", "The carers will visit at 8") and what a service will do,
    "won't" after a label of conduct ("is hostile and will not engage": a refusal, whose wording the
    respectful-language rule reports), a verdict on risk followed by what shows it in the next
    sentence or by what it rests on after "due to" or "owing to" ("Tenancy at risk due to
    complaints from neighbours", "is at risk from other residents due to her wandering", as
    "because of" names it; a cause named for an inability, "Unable to give views due to
    dementia", is still read), a risk said of a thing or inside a noun ("the tenancy is at
    risk", "an adult at risk", "a risk assessment"), a process label for a person from the
    jargon lexicon written whole, however it parses ("The adult at risk's views", "supporting
    the Adult at Risk", "refer to adults at risk of abuse"; "Mrs T is an adult at risk" is still
    a verdict), an inability seen at a visit or of a service ("was not able to engage on my
    visit", "Placement unable to meet needs"), a state that may have or had stopped someone
    ("may now be too unwell to make one", "was too tired to get up"), abuse named as a noun, in
    a list of harms or done
    to a thing ("has experienced abuse", "suspect abuse or neglect", "is abusing drugs"),
    looking after ("unable to care for herself"), what
    someone else thinks a person needs ("Lorraine thinks Edna needs a care home"), manner adverbs
    ("explained clearly", "yes, clearly and in words", "Communicates: verbally, clearly", "I told
    her honestly"), a candour word
    over how someone is now ("honestly she is running on empty": its own words are read) or
    over the writer's own view ("To be honest I can't see this working"), a word for a
    service as well as a state of mind used as a noun ("managed without paid care"), a service
    opening a sentence ("Reablement will end on 21/11/2025"), behaviour labels such as
    "aggressive" or "non-compliant", which the respectful-language rule reports as wording,
    and for the same reason someone's manner or look
    told in the past tense of what was seen, in words of the judgemental lexicon ("She was defensive
    when asked about the cash", "Daughter was difficult", "Dorothy looked unkempt") or in the
    progressive over a matter in hand ("is being difficult about the admin fees", "Irene being
    difficult about the rota again"; not given as a reason, "refuses because he is being
    stubborn about it", nor with no matter, "SU being difficult"; "She is
    manipulative" is still a judgement stated as fact, as is a judgement of attitude held towards
    others: "He is very demanding of staff", "can be rude to carers", "is uncooperative with
    services"). A need that follows from a fact just given about the same person is an arrangement,
    not a forecast ("He is non-verbal so will need a provider who uses Makaton", "is a smoker and
    will need supervised access to the shelter"), and so is a need with no one named as
    its subject that opens a note or follows a dash, a step of the plan in shorthand ("Not
    for D2A - will need P3", "Will need your sign off"), and so is a contact the service will
    hold with someone ("Mrs Z will need a financial assessment", "will need a full review of
    his care"), the next step of the process. In reports, decisions and inspections
    (professional prose), findings about the people a service supports named as a group by a plural
    noun ("people were placed at risk of Legionella") are about the service, not a judgement about
    someone in particular. A page of information checked as a letter (no salutation or
    sign-off, "you" throughout) says how things work for whoever reads it ("We will look at
    how much you would be at risk if you did not get help"), and is left alone; so is a
    text that is not a case note, an assessment or an email, has no salutation or sign-off,
    says "he" or "she" of no one and names no one by title: guidance, a policy, a blank form
    quoting a statute's test ("The person has needs for care and support ... i.e. is
    vulnerable"), a briefing on a board's duty to "adults who are at risk of abuse or
    neglect" or a report on what people who answered a survey do, which speak of people in
    general, not of someone in particular.

    ## Sentence model
    The trained sentence model (``recordlint.sentence_model``) also scores each sentence for
    opinion stated as fact, but this rule does not use it. Measured by leaving one
    development batch out at a time (``bench/sentence_model_cv.py --engine``: the model
    never saw the writer it scores), flagging sentences it scored above 0.9 where the rule
    had read no judgement (outside quotations, headings and questions, said of a person or
    the home) moved opinion from 0.81 / 0.65 to 0.80 / 0.66 and made four of sixteen
    batches worse; above 0.7 it added a warning on an exemplary record. Flagging them even
    where the rule had spared a judgement did better (0.79 / 0.69) only by overruling what
    the rule spares on purpose ("This is clearly labelled."). Dropping the rule's findings
    the model scored low lost more true findings than false ones. Searched again over all
    forty-four development groups on the rules' findings (``--grid``, without this rule's
    exclusions): flagging sentences above 0.6 raised pooled F1 from 0.714 to 0.732 (0.82 /
    0.63 to 0.78 / 0.69) only by making fourteen groups worse and adding three warnings on
    exemplary records; above 0.9, 0.714 to 0.722 with five groups worse and one more such
    warning: no clear gain on writers it never saw.
    """
    doc = ctx.doc
    assert doc is not None
    evaluative = cues(doc, "evaluative")
    wording = labelling_matches(doc)
    labels = [
        c
        for c in label_cues(doc)
        if (not inflected_verb(doc, c) or verbless_progressive(doc, c, wording))
        and all(c.end <= e.start or c.start >= e.end for e in evaluative)
    ]  # fmt: skip
    inverted = inverted_cues(doc, phrases("evaluative").terms)
    taken = evaluative + labels
    conduct = [
        c
        for c in cues(doc, "attitude_label")
        if conduct_towards_others(doc, c)
        and all(c.end <= e.start or c.start >= e.end for e in taken)
    ]  # fmt: skip
    labels += conduct
    for cue in sorted(evaluative + labels + inverted, key=lambda c: c.start):
        note = opens_note(doc, cue)
        fragment = None if cue in inverted else verbless_judgement(doc, cue, wording)
        if cue in inverted:
            fragment = verbless(doc, cue) or Predication(Referent.UNKNOWN, None, doc[cue.end - 1])
        if (
            not note
            and fragment is None
            and not leads_with_verb(doc, cue)
            and not is_predicate(doc, cue)
        ):
            continue  # a word in passing ("a cluttered flat"), not what the clause asserts
        sentence = sentence_of(doc[cue.start])
        if skippable(sentence):
            continue
        own_clause = run_on_part(sentence, doc[cue.start], after=0)
        sentence = run_on_part(sentence, doc[cue.start], before=1)
        if cues(own_clause, "marked_opinion"):
            continue
        if hedged(own_clause, match_root(doc, cue.match)):
            continue  # RL603 asks for the observation behind the impression
        root = match_root(doc, cue.match)
        if reported(root) or reported(doc[cue.start]) or sourced_with_per(doc[cue.start]):
            continue
        if on_record(root):
            continue  # "Mr L is a known hoarder": what services already hold, not a new verdict
        if denied_outright(root):
            continue  # "she is not difficult to visit": no judgement stated as fact
        if offered_as_possible(doc, cue, sentence):
            continue  # "It is possible that she is overprotective": not stated as fact
        if under_condition_or_question(doc, cue.start, cue.end):
            continue  # "checks to see if they are at risk": asked, not stated
        if in_a_process_label(doc, cue.start, cue.end):
            continue  # "the adult at risk's views": the procedure's name for the person
        if weighs_risk(doc[cue.start : cue.end]) and opened_as_reason(sentence, cue.start):
            continue  # "Why: ... and his own health is now at risk": the decision's reason
        referent, subject, last = predicated_of(doc, cue)
        if note:
            referent, subject, last = Referent.UNKNOWN, None, doc[cue.end - 1]
        elif fragment is not None and referent not in PEOPLE | {Referent.HOME}:
            referent, subject, last = fragment
        if referent not in PEOPLE | {Referent.HOME, Referent.UNKNOWN}:
            continue
        if ctx.kind is RecordKind.PROFESSIONAL and subject is not None and a_group(subject):
            continue  # a report's finding about a service's users, not about one person
        if referent in PEOPLE and wording_in_an_episode(doc, root, cue.start, cue.end):
            continue  # "Son was evasive when asked": the wording is the problem, left to RL501
        if has_evidence(sentence, after=cue.start, judged_reason=True):
            continue
        if basis_follows(sentence_of(doc[cue.start])):
            continue  # "... is at risk of losing his tenancy. I have based this on ...": grounds
        if weighs_risk(doc[cue.start : cue.end]) and grounds_after(doc, cue.start, sentence):
            continue  # "Tenancy at risk due to complaints from neighbours": its grounds named
        start, end = clause(doc, cue.start, cue.end, subject, last)
        start, end = clear_of_quotes(ctx, doc, start, end, trimmed(doc, cue.start, cue.end)[1])
        if not claim(ctx, start, end):
            # One finding per clause, however many judgements it holds; a judgement in a
            # clause coordinated after one already flagged ("is a hoarder and lives in
            # squalor") gets its own words.
            own = own_conjunct(doc, root, start, end)
            if own is None or not claim(ctx, *own):
                continue
            start, end = own
        words = doc[cue.start : cue.end].text
        ctx.flag(
            start,
            end,
            f"'{words}' states a judgement as fact; write what you saw or heard, or mark it "
            "as your professional opinion and give the evidence.",
        )
    flag_stated_predicates(ctx, doc)
    for start, end in drawn_conclusions(doc):
        if ctx.kind not in RECORD_KINDS or not claim(ctx, start, end):
            # In a record about someone only: guidance and reports argue from their evidence.
            continue
        ctx.flag(
            start,
            end,
            f"'{ctx.text[start:end]}' states as fact what you concluded from what you just "
            "described; leave the description to speak for itself, or mark the conclusion as "
            "your professional opinion.",
        )
    for cue, subject, noun in relabelled_conduct(doc):
        if ctx.kind not in RECORD_KINDS:
            continue  # in a record about someone only, as for a conclusion drawn
        stop = min(noun.right_edge.i + 1, sentence_of(noun).end)
        start, end = trimmed(doc, subject.left_edge.i, max(cue.end, stop))
        if not claim(ctx, start, end):
            continue
        words = doc[cue.start : cue.end].text
        ctx.flag(
            start,
            end,
            f"'{words}' says what someone's conduct was as fact; describe what happened, or "
            "mark the reading as your professional opinion and give its grounds.",
        )
    ctx.record(ASSESSED_HERE, assessment_named(doc))
    for start, end, words in unassessed_capacity(doc):
        if ctx.kind not in RECORD_KINDS or not claim(ctx, start, end):
            continue  # in a record about someone only, as for a conclusion drawn
        ctx.flag(
            start,
            end,
            f"{MESSAGE_OPENING}'{words}': that someone lacks capacity for a "
            "decision is the finding of an assessment, so say who assessed it and when, or "
            "record it as your concern and arrange one.",
        )
