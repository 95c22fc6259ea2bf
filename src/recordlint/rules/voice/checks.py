"""The registered rule RL801 (``no-voice-of-the-person``) with its docstring, its document
step, and :func:`voice_of`, the summary of one text's voices."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from recordlint.doc_access import doc_text, remember_text
from recordlint.findings import RECORD_KINDS, Category, RecordKind, Severity
from recordlint.nlp import DEFAULT_MODEL, Need
from recordlint.rules.registry import DocumentContext, ParagraphContext, document_step, rule
from recordlint.rules.voice.facts import VOICE_FACTS
from recordlint.rules.voice.gate import worth_parsing
from recordlint.rules.voice.lines import units_voice
from recordlint.rules.voice.person import VoiceSummary
from recordlint.rules.voice.resolve import resolve_voice

if TYPE_CHECKING:
    from spacy.tokens import Doc


def voice_of(text: str, kind: RecordKind | str, model: str = DEFAULT_MODEL) -> VoiceSummary:
    """Whose voice each clause of ``text`` carries, and where the person's own voice is."""
    paragraphs = _voice_linter(model).paragraph_facts(text, kind)
    facts = [found[VOICE_FACTS].shifted(block.start)
             for block, found in paragraphs if VOICE_FACTS in found]  # fmt: skip
    return resolve_voice(facts, RecordKind(kind), _first_line(text), text)


@cache
def _voice_linter(model: str) -> Any:
    # Imported here: the engine imports the rules, not the other way round.
    from recordlint.api import Linter
    from recordlint.config import Config, options_from_mapping

    options = options_from_mapping({"select": ["RL801"], "model": model}, "voice")
    return Linter(Config(options))


def _first_line(text: str) -> tuple[int, int, str]:
    for match in re.finditer(r"[^\r\n]*\S[^\r\n]*", text):
        return match.start(), match.end(), match.group()
    return 0, 0, ""


@rule(
    code="RL801",
    name="no-voice-of-the-person",
    category=Category.PERSON_VOICE,
    standard="2.person-centred",
    severity=Severity.WARNING,
    needs=[Need.PARSE],
    gate=worth_parsing,
    gated_needs=[Need.TOKENS],
    kinds=RECORD_KINDS,
)
def no_voice_of_the_person(ctx: ParagraphContext) -> None:
    """Finds case notes and assessments that never record what the person said, wants or feels.

    ## Why it matters
    Standard 2 asks that records capture the wishes, feelings, views and culture of the
    person, and Standard 1 that the person's voice can be seen in their records. Safeguarding
    adults reviews keep finding the adult's voice missing from records that are full of what
    professionals and family said. A note with no word from the person cannot show that
    decisions were made with them.

    ## Example
    Before:
    > Visited Mrs Tanner at home. Her daughter said she is not coping and needs more help.
    > The GP said her breathing is worse. Care package to be increased.

    After:
    > Visited Mrs Tanner at home. She told me she wants to stay at home and would like
    > help with her shopping. Her daughter said she is not coping. The GP said her breathing
    > is worse.

    ## What counts as the person's voice
    A clause in which the person says, feels or wants something ("Mrs Ahmed told me she wants
    to stay at home", "He said he feels lonely", "She would like to go to the day centre",
    "Mr Jones was clear that he does not want to move"), the person's quoted words (a
    reason given in quotation marks too, opening with a word that gives one and going on
    with a verb, where the record was last speaking of the person: "Pt drinking normal
    tea "because the thick stuff is revolting""; not a label, "as and when"), and
    records written to the person ("You told me you want to stay at home"). The speaker is
    read from the parse: the subject of a speech, feeling or wish verb from the speech
    lexicon, or of the verb it is joined to ("Mrs Lee was asked if she was happy and said
    yes"). The person is the titled name mentioned most (names introduced as someone's
    daughter or nurse excepted); "she" and "he" count as the person only when the nearest
    person they could refer to is the person. Whoever the writer rang or spoke to ("I rang
    Halina", "Tel to SU") is the nearest, and a note-style fragment ("Says she is fine")
    goes on with the last one who spoke, rang or was rung, however the parser reads its
    verb ("- Says wants to go home", "pt says would like", "Declined assessment",
    "declined by Mr Ruddock"), or with the person when they head a note after that one
    spoke and nobody rang ("Pt refusing pendant alarm. Says..."); who speaks before a
    speech verb the tagger reads as a noun is its subject all the same, whom the "he"
    after it follows ("Pt states he wants to go home"); a speech verb closing a
    list of what somebody did is such a fragment though the parser counts the comma
    before it as the last word of the clause before ("Mr Dale - picked up, sounded
    tired, says leave me be"). A note's name before how somebody was speaks ("Danny
    uncooperative, said"). A full name closing a title after a
    dash ("Supported living tenancy - Kieran Walsh", not "Call with advocate - Chidi Obi";
    a role naming the kind of visit is no role of the name, "OT review visit – Derek
    Hollins"), or before the address ("OT home visit – Graham Pellow, 14 Thornbury Road"),
    or a header line's below it ("Subject: Outcome of FGC plan – Marjorie Haworth"),
    or, in the record's first two lines, one with more words after a second dash
    ("DAILY LOG - Joel Pritchard - home support"; not a role, "Call - Chidi Obi -
    advocate") or a bracket of small letters ("Daily log - Neil A (night)"),
    or given with an age ("RS: Danny Whelan, approx. 40s") names the person, and so does
    one opening the title before a dash ("Arthur Penrose - daily log") or given with its
    initials in brackets ("Kayleigh Marsh (KM)"), those initials naming them after ("KM
    says"); a day ("Sun 15/02") and a place after a name ("Mr Aaron Bell, 40, Ward 7") do
    not, nor a title's next field after a dash ("Roy CASTELL – Ward 4"), nor a role word
    before a number ("Clifford Ashdown, Ward 22"). A lone first
    name in a list of who came beside another item ("Present: Lee, SW.", "Attended:
    Callum, mum, SENCO", "Present: Rasa, Tomas, interpreter on phone"; not "Marcia, his
    daughter") is not given a role written there, which is somebody else who came; nor
    is a full name a title gives as the person's, where a family word the body sets
    before it once reads as introducing it ("sat in kitchen with mum, Joel watching
    birds"). Whom
    a call is about is the person though named as the caller's relative ("Dtr rang re her
    father Mr George Pemberton", "Call from Alan Pryce (father of Joanna)"; not a carer's
    own bracket, "(wife/carer of Frank)"), and so is a name a case system's header gives
    surname first before its next field ("Rahimi, Abdul Qadir   DOB 03/02/1957"); a name
    the person is known as, given after their full name, is theirs ("Person: Joseph
    Loveridge, known as Joe ... Joe told me"). A log
    line's call shorthand says who rang or was rung ("T/C to son. Says mum is fine", "T/C in
    from dtr", "T/C SU"), where the parse does not, and is no part of a lone first name after
    it ("T/C José"); a name it owns is not who was rung ("I
    spoke to Grace Oduya's nurse"). A role written
    before a name is a role ("Dtr Mrs Oduya"), and so is one with the first name in brackets
    after it ("Phone call with son (Martin)"); a possessive in brackets after a name says
    whose worker or relative they are and is no other name of theirs ("Dr Paul Wendt
    (Nora's GP)"); a word capitalised only where a line opens
    ("Review visit") is no name, nor a note's shorthand opening a sentence ("Meds & MAR
    handed over"), nor a note's verb in the past tense opening one before a name
    ("Visited Irene at home", "Met Lee at college"), nor a word the dictionary knows
    only as an ordinary word that the record capitalises nowhere but where a sentence
    opens ("Estate was noisy again. She flinched"), unless it says, feels or wants
    something or was rung; though a word known only as a name is one however it is
    tagged ("Clive claims"); and in a list
    item that opens with whom it is about, who speaks follows the dash ("Mrs Ann Cole –
    daughter admits"). Namesakes are told apart by their first names ("Mr Paul
    Entwistle (son)", "Mr Harold Entwistle"), and what the person told the writer is
    theirs though the writer recounts it ("I explained that when I saw Mr Entwistle, he
    told me he wants to go home").

    Views given without speech are the person's too: a sign or a nod, pointing to a
    picture, and a card or word placed on a board, at a quoted choice or as a quoted card
    ("placed the garden under 'like'", "put the 'college' card on the yes side"; not "put
    the kettle on the side"). So is what the person, named or as "he" or "she", shows
    without words where the writer saw it, as people who do not use speech give their
    views: smiling, laughing, crying, calling out, vocalising or making a sound, reaching
    for somebody or something, pushing something away, turning away or towards, looking
    towards, using eye gaze, or screaming a word ("She smiled and reached for Irene", "He
    looked towards his dad's empty armchair and made a low, long sound", "Sophie screamed
    "no""); not somebody else's report of it ("Staff report he is calling out at night",
    "Son says she cries"), a fragment with nobody named ("Awake, calling out"), a phrase
    ("laughed it off"), what somebody was doing when something else happened ("fell
    reaching for the kettle"), or a habit described in the present ("calls out
    frequently at night"). A log that only says the person slept, ate or was moved still
    gives no view.

    Also the person's: a view noun they own ("Her priority is to get home", "Mrs Hill's
    desired outcome is"), what follows a label naming their views ("Views of the person:
    wants to go home", "Mrs Lee's desired outcome: to feel safe at home"; a heading
    naming an untitled name's views, "Daniel's views", gives what follows to that name,
    the person's only when the name is theirs), the answer to
    a question put to "you" ("Q. How do you feel about your care? A. Very happy"), what
    is written under a heading saying what matters to them ("What matters to Leonard /
    Staying together at home"), and the first-person lines of a plan or profile that
    speaks as them (a heading about "me" or naming what "I" like or want, numbered or
    beside a picture: "1. About me", "[picture of heart] What I like"; a heading naming
    "my" goals or wishes, "My goals"; or "My name is Ahmed"), with a line that is only a
    quotation straight under a heading about "me" ("What matters to me / 'Getting out to
    the allotment'"), but not under a heading
    about what somebody told the writer ("2. What Danny told me") or the writer's opinion
    ("What I think and why"). Their answer to an offer
    ("declined the pendant alarm", "opted for Tuesdays"), a wish or an answer written as
    a participle with them after "by" ("as requested by Mr B", "not preferred by
    Stephen"; not what was written or said by them), what they think, claim or deny,
    a sentence given on their word ("According to Mr Reed, ..."), and what a relative
    passes on that the person told them, likes or feels, or that the relative interpreted
    ("Samuel told me Shirley always hated being in bed", "Son translated and said his dad
    wants the radio on"), what a professional passes on that the person said ("The ward
    sister said Mrs Cole told her she wants to go home"), what anybody passes on that the
    person said or wants by name or by their initials ("He told me Mrs Ashdown has said
    to him that she wants to stay", "Tunde says M has said to him"), with a quotation in
    it as the person's words, and the first-person lines of a message from the person
    copied into the record ("Email received from Mrs Lee, copied
    below"). The person may be named
    by a surname cut to its initial once given in full ("Mrs G"), by their initials once
    given in full with a surname ("V. told me", "G has said", "KM said"; not a role the
    lexicon knows, "GP"), untitled too ("Tomasz Nowak ... T said", the surname printed in
    capitals too, "Margaret OYELARAN ... M has said") where no other first name in the
    record shares the initial, by a title and the initial of the surname given beside
    their first name where the record writes that initial under one title only
    ("Ladislav HORVATH ... Mr H says"; not "Mr B" beside "Mrs B"), by the initials of a first
    name and a surname written as its initial ("Daily log - Neil A ... NA said"), or as
    the resident, the deceased,
    tenant, young person or customer ("CUST", as contact-centre notes write it), also in
    a role phrase ending in one ("council tenant"); a name after a label ends at a gap
    before the next field ("Person: Joan Pickering    DOB"). A name with its surname in
    capitals, as case systems print it, names the person in a header field after a label
    naming whom the service serves ("Resident: Edna POLLARD   Rm 4", "Applicant: Arjun
    NANDRA") or opening its line before the next field ("Callum REID   ASC ID 512604"); a
    titled name keeps that surname ("Mrs Edna FARROW" is Mrs Farrow); a surname in
    capitals after a first name is a name, not an organisation's initials ("T/C from Linh
    NGUYEN (dau)"), and a titled name with the surname cut to its initial is the person
    a title gives in full ("Case note – Albert FINCH ... Rang Mr F"); one of the same
    surname written with another initial ("(Mrs P Nandra - appointee)") is somebody else,
    not the person under a title. A name given after a label naming the record's person
    ("Person: Abdul Rahimi", "Re: Valentyna Kovalenko") or with a case number in brackets,
    wherever it stands ("Re Abdul Qadir RAHIMI (40172)", "Kenneth Doyle (ID 1102981)"; not
    a year, "Care Act (2014)"), is the person however often a caller or worker the body
    names speaks ("T/C from Megan ... Megan rang ... Megan feels"); the titled name
    writing its surname in full is theirs, however often the body names a relative with
    the surname cut to its initial under another title ("Person: Derek Pascoe ... Mr
    Pascoe ... Mrs P says"). A word where a title opens
    that the dictionary knows only as an ordinary word ("- Mosaic down", "- Case Note")
    is no name. A record of a carer's own needs ("Carer's assessment", "Carer's
    conversation", "Carers support note"), or one whose header gives the carer as whom it
    is with ("Carer: Mrs Lorraine Hebden", "Spoke with: Maureen Fairbrother (wife and carer
    of Derek)", "Spoke to Mrs Hebden (daughter/carer of Mrs E Kowalczyk)") or introduces
    the caller as a carer ("Call from Mr Patrick Doyle, carer
    for his wife"), is about the carer (the one its "Carer:" field names, though the
    field beside it gives the one cared for with their relation in brackets, "Carer: Mrs
    Asha Rana   Cared-for person: Mr Dev Rana (husband)", and though a titled neighbour
    is listed below): their wishes and views are the person's voice, the
    bare role included ("Carer wants a carer's assessment"), though not what they report
    ("Carer reports chest pain"). Whom the header gives as the one the writer rang, was
    rung by or visited, offered a carer's assessment in the record or met about their needs
    as a carer ("Incoming call from Sharon Dunmore (dtr) re her father ... Carers
    assessment offered, Sharon declined"), speaks as a carer too: their own wishes and
    views are voice the record gives, beside the person's. So does one the writer rang, or
    who rang about the one they care for, after their own carer's assessment or referred
    for one ("I rang Anjali Shah, Mr Shah's daughter and carer, to see how she is after
    her carer's assessment", "Mrs Gloria Mensah rang about her husband ... Referred for a
    carer's assessment"), and one called or called by whom the header introduces or labels
    as a carer ("Welfare call to Mrs Brenda Stannard, carer for her husband", "Case note -
    Len Kitto (carer: Ryan Kitto) / Type: Telephone call from Ryan Kitto"). A carer's own
    record names its carer after a dash, before the date too ("Carer's conversation - Ewa
    Nowak - 27/11/2026"). A role written beside a name
    says who is not the person, after a possessive ("Mr Oakley's sister, Mrs Brenda
    Kilby") or as the last word of a phrase after the name ("Mr K Bains, private
    landlord"). A person titled without a first name ("DSW visit - Mrs
    Kowalczyk") is also the one first name the record writes more than once that no role
    claims and that never comes with another surname ("Edna is a real character").
    Somebody the person was just said to do something with ("looks after her own
    mother"), or a thing or service nobody rang ("Bath board - refused"), does not stand
    between the person and the "she" or "he" after; a role with a name of its own in a
    list ("Joan, son Gary") is that name's, and how somebody was, written before what they
    say, names who speaks ("Martin very upset, says"). An object "her" or "him" that is
    the person names them again past its own verb's subject, who cannot be that object
    ("her neighbour found her and she has been ... she said"), unless that subject is of
    the pronoun's own gender ("her daughter found her"). A name without a title that is
    the subject of a passive is somebody the record speaks of, as an active subject is
    ("Albert was asked about his stay and said", "Dennis was sat in the lounge ... He
    said"); one that is the subject of its own verb before a speaker's "she" or "he" sets
    the scene in a sentence run on with commas ("Irene was sat in her chair and she was
    pleased to be home, she said"); and a name joined by the parser to the end of the line
    before is read from the line it is on ("Carer: Shannon / Edna was sat"). A first name
    written once that
    shares the initial the titled person is given with is theirs ("Client: Mrs E Larwood
    ... Edna"), and a role word before one name and a bracket is that name's, not the
    role of a name inside the bracket ("support worker Marcus (Lewis put").

    A wish, feeling or stance the person holds about their care or life is their voice
    without a speech verb ("Mrs Khan is happy with her care", "is adamant she will not
    move", "Pt keen to go home", "Unhappy about the carers coming late" after a mention of
    them), a side they take on something proposed, named or not ("He is not keen", "is
    reluctant to move", "is against moving", "Not keen on moving", "Mrs R reluctant",
    "Discussed moving bed downstairs - not keen", "PEG discussed but G not keen", a name,
    a word for a person or their initials its own subject without "is"; not a reluctance
    the writer saw in a task of the contact, where what is held back from is no verb of
    the lexicon, no move of home and names no service, organisation or decided thing:
    "reluctant to go past the end of the drive", "Reluctant to do stairs today"), or a
    feeling about something after a note's dash ("Day centre discussed - not happy about
    going"), and so is a wish that opens a note's line with "would" ("Would like more
    visits", "Views of the person: would prefer mornings"). A view
    somebody passes on with a "he" or "she" that cannot be themselves is the person's
    ("Sister says he wants to stay at home", "Carers report she wants to stay in bed"),
    though not what they feel or think of the person ("Roy feels she enjoys the day
    centre"), how they see the person feel ("His wife reports he enjoys music", "Son
    reports his mother is happy with the service", under a label for the person's views
    too), nor a
    deed of theirs ("Staff say he wanders to the door asking for his wife"). The titled
    person a worker's report is about, as its subject, is the "he" or "she" after it in
    the same paragraph where the one reporting is not known to be of that gender ("HB
    reports Mr Cole has been abusive to brokerage. He says he is sick of being passed
    around"; not "Mr Finch said Mr Lowe has not been out. He said"). A clause the
    parser hangs inside another whose subject is the same word ("Daughter feels Mum is not
    coping and has asked about a home") is that speaker's own, nobody's view passed on.

    The family word a record introduces its person with ("about his father, Mr Ramesh
    Chauhan", "Nan Mrs Pearl Dunstan") names the person when written again ("His father
    told me"). A word that opens a line of a form and is only an ordinary word
    ("Conditions met? Partly"), or opens a form's next field after a gap on its line
    ("Visit: 02/02/2026   Review: 04/08/2026"), is no one who was rung or who speaks.
    A visit where the writer spoke to several of the people a home or scheme supports
    ("spoke to 3 residents") hears each of them: any of them named without a role is one
    whose voice the record gives, by a title and surname or by the first name given with
    them. So does a record that names that group in the plural ("Residents + relatives
    mtg", "38 residents") and three people or more with a title, no role and a surname of
    their own beside the one it names most, as a record of a home's closing and its
    residents' moves does ("Mr Rourke left the room saying he wasn't leaving"). So does a
    record that lists several people one a line, as panel minutes and rounds of calls do,
    each line opening with a full name (after a number or a time, before a dash, a comma
    or a bracket with an age or a date) and going on to say something of them ("1. Oliver
    Grant (18 on 22/04/26)", "Kieran Walsh - trial agreed", "09:12 Mr T Wolski, 3
    Riverside Bungalows - answered"; not "Jo Hill - OT"): each listed person, by first
    name or title and surname, is one whose voice it gives.

    Not the person's voice: what professionals said ("the GP said"), what family and carers
    said ("her daughter said"), a relative's account of what a parent or partner named by a
    family word wants ("Ana said her mother wants a care home"; a wish passed on with the
    person named, "SW says Mr S wants a DP", is theirs), a relative's or professional's
    own feelings, questions and conditions ("I asked whether she would like"), a line saying
    when the record was written, in a participle that is never a past tense ("Written up
    27/1"), a pattern
    the writer saw ("is declining the commode"), a refusal of the contact itself ("refused
    to talk to me", "Reluctant to engage with the plan", "declined to discuss it"; not
    "reluctant to accept carers"), a note's passive that leaves out "was"
    ("Bridging care x2 daily requested"), a feeling about nothing in particular
    ("was upset") or given on somebody else's word ("upset per dtr", "which he enjoys per
    staff"), shouting with nothing
    said ("shouting and swearing", "shouted at the carer"; not "shouted that he wants the
    carers to stop"), a feeling the opinion rules read as the writer's reading when
    nothing recorded shows it ("she is frightened of her son", RL601), a judgement of the
    person ("is confused"), a feeling in the present simple joined to what they do day to
    day ("spends most of the day in the lounge and enjoys the entertainment"; not "says
    she likes her room and enjoys the food"), the language they speak ("speaks Polish as
    first language", and after a list of who was present that the parser hangs before the verb),
    what somebody says of them in a clause hung on their name ("about Mrs Hale who she
    says is aggressive"), a relative's guess at how they would feel ("said her dad
    would hate a home"), and words quoted with nobody named after a relative or worker who
    rang or was rung spoke, in a record that names its person ("Tomas rang back. Says mum
    came in August. Not sure about her status, "I think she has nothing"").

    The record's metrics carry `person_voice` (clauses and quotes), `person_quotes`,
    `relevant_others_views` and `professional_views`, for every kind of record.

    ## Stays quiet on
    Records with at least one clause or quote in the person's voice; kinds of record not
    configured (letters and emails by default); texts inferred as no record: a blank form,
    also one that prints long lists of choices to tick but gives the rule for itself ("when
    completing this form", "This enquiry form is to be completed within 20 days"; not "I am
    completing this form on 3 March"), and a publisher's story about someone, told in the
    third person under a headline and in paragraphs alone ("Sharing family life",
    "Rosemary"; not a title naming the contact or carrying a date, a label or a name after
    a dash, nor a note whose writer says "I").

    ## Settings
    `voice.kinds` (default `["case_note", "assessment"]`).
    """
    if ctx.doc is None:
        return
    doc = ctx.doc
    if not worth_parsing(ctx.text) and doc.has_annotation("DEP"):
        # Another rule had this paragraph parsed; read it as the gate asked, from the
        # tokens alone, so what is found never depends on which other rules are enabled.
        doc = _tokens_only(doc)
    ctx.record(VOICE_FACTS, units_voice(doc, ctx.quotes))


def _tokens_only(doc: Doc) -> Doc:
    from spacy.tokens import Doc

    copy = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        sent_starts=[bool(t.is_sent_start) for t in doc],
    )
    # Same words and spaces, so the same text: spares spaCy joining it again.
    remember_text(copy, doc_text(doc))
    return copy


@document_step("RL801")
def _flag_a_record_without_voice(ctx: DocumentContext) -> None:
    facts = [voice.shifted(block.start) for block, voice in ctx.recorded(VOICE_FACTS)]
    summary = resolve_voice(facts, ctx.kind, _first_line(ctx.text), ctx.text)
    ctx.metrics.update(summary.metrics())
    if ctx.kind.value not in ctx.config.options.voice.kinds or summary.person_voice:
        return
    start, end = ctx.first_line_span()
    ctx.flag(
        start,
        end,
        "This record may not show the person's own voice; record what they said they want "
        "and how they feel, in their words where you can (for example: She told me she "
        'wants to stay at home, or "I want to stay here").',
    )
