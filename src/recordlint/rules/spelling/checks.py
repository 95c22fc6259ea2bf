"""RL401, the registered rule and its finalizer.

:func:`misspelling` flags the unknown words of a paragraph with a pending message and notes
the names it sees; ``_advise`` drops the names and quoted words once the record is put
together, and gives each word left its advice.
"""

from __future__ import annotations

import re
from dataclasses import replace

from recordlint.findings import Category, Finding, RecordKind, Severity
from recordlint.lexicon import word_list
from recordlint.names import dictionary_words_starting, names_given_in_fields
from recordlint.nlp import Need
from recordlint.rules.registry import DocumentContext, Fix, ParagraphContext, finalizer, rule
from recordlint.rules.spelling.apostrophes import apostrophe_lost, condition_without_apostrophe
from recordlint.rules.spelling.scanner import (
    has_inner_capital,
    is_title_case,
    names_after_hyphen,
    possessive_stem,
    words,
)
from recordlint.rules.spelling.suggestions import written_together
from recordlint.rules.spelling.vocabulary import Vocabulary, vocabulary_for

# The message an unknown word is flagged with until ``_advise`` gives it its advice, by
# whether the word opens a sentence (indexed by that).
_PENDING = ("\0unknown word", "\0unknown word opening a sentence")
# The same for a word with the shape of a cut ("elec", "recs", "probs"), which a letter
# more or less would make a word: a cut where the record is written in note shorthand, so
# not reported there, and a slip elsewhere.
_PENDING_CUT = ("\0cut or slip", "\0cut or slip opening a sentence")
# How many other words of note shorthand ("wks", "hx", "tbh", "indep", "rec'd") mark a
# record as written in it. One is not enough: prose has the odd "pls" or "tel".
_NOTE_SHORTHAND_WORDS = 2


@rule(
    code="RL401",
    name="misspelling",
    category=Category.SPELLING,
    standard="2.plain-language",
    severity=Severity.WARNING,
    needs=[Need.TEXT],
    fix=Fix.REVIEW,
    merges=False,
)
def misspelling(ctx: ParagraphContext) -> None:
    """Finds words that are not in the British English dictionary, with suggestions.

    ## Why it matters
    Standard 2 asks for records in plain language that the person and other professionals
    can read. Misspelt words make a record harder to read and to search, and they undermine
    the reader's trust in what it says; a record may be read by the person, their family, a
    court or an ombudsman. Council style is British English, so American spellings such as
    "color" and "center" are reported too.

    ## Example
    Before:
    > We recieved the referral on Monday and arranged a seperate visit.

    After:
    > We received the referral on Monday and arranged a separate visit.

    ## Stays quiet on
    - Names of people, places and organisations. A capitalised word in the middle of a
      sentence that the dictionary does not know is taken to be a name and never checked
      ("Oluwaseun", "Kowalczyk", "Brackenwood Lodge"). A capitalised unknown word at the
      start of a sentence is reported only when two swapped letters or one dropped letter
      make it an everyday word of five letters or more ("Recieved", "Immediatly"; also
      "Xray"), one letter too many inside a word of ten letters or more does
      ("Equiptment", "Appologised"; shorter names one letter over a word, "Sandhu", and a
      brand made of a word and a letter, "Frameworki", stay names), or it is a contraction
      of a word of grammar without its apostrophe ("Didnt"; "Darent" is a river), and the
      same word is not used as a name elsewhere in the record. This costs
      recall (a misspelt word that is capitalised mid-sentence, or "Seperate" opening a
      sentence, is missed), and a rare name one slip from a word ("Tunde", "Tuned") can
      still be reported at a sentence start: add it to the team's words. A capitalised
      unknown word that opens a sentence and is followed by what it names, set off by
      commas ("Haricare, our online directory of services, ..."), is a name too, and so
      is a capitalised word after an initial ("Assessor: G. Lomas", "Present: P. Lomas
      (SW)"), which opens no sentence. A name a header field gives after a label that
      says whose it is ("Person: Akash Mistry", "Carer: Ben Carter", "Assessor: Tom
      Keeling") is a name across the record, even where it opens every sentence that
      speaks of its bearer ("Akash has had 2 falls").
    - Medicines: names the dictionary knows, and unknown words carrying a medicine stem
      ("-pril", "-olol", "-statin", "-azepam", "-oxetine", "-amol", "-pine", "-mab" and
      others). Brand names written in lower case belong in the team's words. An unknown
      word in a medicine's place, straight before its dose ("clobazam 10mg nocte") or the
      object or subject of a verb of prescribing ("wean clobazam", "clobazam now
      stopped"), or beside how often it is given ("movicol PRN", "PRN movicol", "movicol
      1 sachet od"), from the shared lists of dose units, dose frequencies and prescribing
      verbs, names a medicine there and everywhere else in the record ("sedation from
      clobazam"), unless the dictionary offers a word near it ("paracetomol 500mg" is still
      reported).
    - Dishes from the kitchens of the people services support, by their own names ("light
      soup and fufu", "cooking dhal", "chapatis"), from the shared list of dishes; the
      words of their faiths for places, practices and things ("going to the mandir", "the
      langar", "wudu before prayer", "the sangat", "after aarti"), and of their possessive
      ("the mandir's driver"), the names of their clothes ("her chunni"), and everyday
      British words for things ("brekkie", "wellies") or written closed as British
      dictionaries now list them ("cannot cope anymore"), from the shared lists of them.
    - An honorific that the person's language says after a name, straight after the name
      ("Gurmeet ji", "Baldev ji's son"), from the shared list of them; away from a name the
      same letters are still checked.
    - A word the dictionary knows only with the capital of the name it came from, written in
      lower case as English writes the thing named after it ("reads braille", "a
      parkinsonian gait", "calor gas"), five letters or more, where the name is the nearest
      spelling to it. A day or a month in lower case
      ("sunday", "april") is still reported.
    - Conditions, procedures and devices of health care the dictionary lacks
      ("dysreflexia", "tracheostomy", "suprapubic", "dysarthric"), from the shared list of
      clinical terms, alone or joined by a hyphen to a word the dictionary knows ("tonic-clonic",
      "post-ictal").
    - A word followed at once by its meaning in brackets, in two or more everyday words in
      lower case ("her gutka (prayer book)", "a tracheostomy (a breathing tube through the
      neck)"): the writer chose the word and explained it. Dates, a name or a single word in
      brackets after the word ("accomodation (Fernlea House)") do not count.
    - A word alone in brackets straight after the everyday words it names, the person's own
      word for them in their language or faith ("for her body to be washed (ghusl)", "the
      Gurdwara lunch (langar)"). A word there that is the front of a longer dictionary
      word with its last letter dropped is the writer's shorthand and is still reported
      ("invasive ventilation (trache)"); one cut shorter ("breathing support (resp)") is
      left to the acronym rule, as shorthand.
    - The team's words (`spelling.words`, the team words file and the team allow list).
    - The person's own quoted words, however they are spelt, and their direct speech set
      down without quotation marks after a speaker and a verb of speaking, in the first or
      second person and not put back a tense, to the sentence's end ("Marcus said I dont
      mean it, I'm just scared"; "she said I couldnt come" is the writer's report and is
      read); in the person's own account,
      American spellings and words the dictionary writes apart written as one ("everytime",
      "rollercoaster"), which are their choice. A slip of the fingers is still reported.
    - Words another rule reports with better advice: shorthand for the acronym rule ("appt",
      "hx", words with no vowel, words cut short from a longer word, "indep", "interp",
      "Interp" opening a sentence, however near a shorter word they are, "neuro", "elec",
      words contracted to the letters that carry a longer word, keeping at most one vowel,
      "assmt", "wkly", "wkend", and past participles cut to their front and an
      apostrophe, "rec'd", "dec'd", or written closed, "recd", "reqd"), "sundowning" for
      the judgemental rule, "deconditioned" for the jargon rule; and the words of a phrase
      English borrows whole from Latin ("compos mentis", "ex parte"), from the never-flag
      lexicon.
    - In a record written in note shorthand (two or more other words of it in lower case,
      such as "wks", "hx", "tbh", "indep", "rec'd"), words with the shape of a cut that
      are the front of a word of grammar or that a vowel more would make a word ("tho",
      "thru", "strat"): cuts there, left to the acronym rule. In prose the same shapes
      are reported as slips ("stil", "thro"), and so they are in notes with one such word
      ("pls" or "meds" alone). This costs recall: a slip of that shape in notes written in
      shorthand is missed.
    - Web links, email addresses, words in capitals, words with digits, and hyphenated words
      whose parts are all words; a name after the hyphen keeps its capital ("mid-January",
      "pre-Christmas"), so "mid-january" is still reported.
    - Closed compounds of two words the dictionary knows, each of four letters or more and
      each a noun, verb or adjective ("timesheets", "freepost", "speakerphone"), where no
      word one edit or two slips of the fingers away explains the word. "Tearfull" and
      "sandwhich" are still reported (as "tearful" and "sandwich"), and so are run-together
      phrases with a word that takes no ending or a short one ("everytime", "eachother",
      "alot"), and two words of six letters or more before the join that the pronouncing
      dictionary does not list as one either, a space lost ("assessmentform",
      "professionalinterest"; "speakerphone" and "rollercoaster" are listed).
    - Words made with "over" or "under" written closed onto a word the dictionary knows of
      four letters or more that takes an ending ("overgranulation" of a wound,
      "underreported", an "overbath" shower), from the shared list of such prefixes, where
      no word one edit or two slips away explains the word: "overwelmed" is still reported
      (as "overwhelmed"), and so are other particles run together ("backpain").
    - Adjectives made from a verb the dictionary knows with "-able" ("disclosable"), which
      the dictionary lists only in part. A word spelled "-ible" written "-able"
      ("accessable") and a soft "c" or "g" that drops its "e" ("managable") are still
      reported.
    - Words for doing something again made with "re-" on a word the dictionary knows of five
      letters or more that takes an ending ("retendering" a contract, "recarpeting" a
      room, a dog "rehomed", work "reprioritised"), which the dictionary lists only in
      part, where no word one edit or two slips away explains the word: "refering" (for
      "referring") and "retender" are still reported.

    ## Also reported
    A contraction whose apostrophe was lost where the letters left spell another word, read
    from the words around it: "cant" and "wont" after anything but an article, a possessive
    or a form of "be" ("she wont go", "we cant, only booked to 19:45"; "as is his wont" and
    "she was wont to walk" stay quiet), and "its" before an article, "not", "been" or an
    adverb that opens a verb phrase ("its a formal warning", "its always something"; "its
    own garden" stays quiet); and a condition named after a person, from the shared list
    of clinical terms, written without the apostrophe of its possessive ("Alzheimers",
    "Parkinsons meds"), which would otherwise be read as a surname ("Mrs Hollands" and
    "the Downs" stay quiet). Not in the person's own account, where it is how they write.

    ## Settings
    `spelling.words`: extra words to accept, such as local place names, care homes and
    medicine brands; `team.words-file` names a file of them, one a line.

    ## Fix safety
    Suggestions come from British spellings, one edit, and two slips of the fingers (a
    swapped or doubled letter); a word none of those explains is reported with "check the
    spelling" rather than a far-fetched suggestion. A word of grammar cut short ("altho",
    "thro") is offered as that word first ("although", "through"), however near a rarer
    word ("alto", "throb") its letters are, and so is a contraction that lost its
    apostrophe ("dont", "havent": "don't", "haven't", never "dent" or "haven"). Suggestions
    are offered for review. When the word is an American spelling with one British form
    ("color" to "colour", "person-centered" to "person-centred"), that form is a safe fix.
    """
    vocabulary = vocabulary_for(ctx.config.dictionary_words)
    names: set[str] = set()
    medicines: set[str] = set()
    shorthand = 0
    text = ctx.text
    for word in words(text):
        spelt = word.text
        if has_inner_capital(spelt) or spelt.isupper():
            continue
        condition = condition_without_apostrophe(spelt, vocabulary.checker)
        if condition is not None:
            # "Alzheimers": capitalised like a name mid-sentence, so checked before names are.
            ctx.flag(word.start, word.end, _lost_apostrophe(spelt, condition), [condition])
            continue
        if spelt[0].isupper() and (
            not word.sentence_start or _APPOSITION_SAYING_WHAT.match(text, word.end)
        ):
            names.add(possessive_stem(spelt).casefold())
            continue
        # Capitalised words keep their case so the dictionary can tell "Bath" the city from
        # a misspelt word; every other word is asked about in lower case, once, except a
        # name after a hyphen, which keeps its capital ("mid-January", "pre-Christmas").
        key = spelt if spelt[0].isupper() or names_after_hyphen(spelt) else spelt.casefold()
        before_full_stop = text[word.end : word.end + 1] == "."
        if vocabulary.accepts(key, before_full_stop):
            if spelt.islower() and vocabulary.shorthand(key, before_full_stop):
                shorthand += 1
            contraction = apostrophe_lost(text, word.start, word.end, vocabulary.checker)
            if contraction is not None:
                ctx.flag(word.start, word.end, _lost_apostrophe(spelt, contraction), [contraction])
            continue
        if _honorific_after_a_name(text, word.start, key):
            continue
        if not _glossed(text, word.end, vocabulary) and not _named_after_its_meaning(
            text, word.start, word.end, vocabulary
        ):
            # What to say about the word is worked out once the record is put together
            # (``_advise``): most unknown words are names or quoted words that are dropped
            # by then, and looking for suggestions is the costly part.
            pending = _PENDING_CUT if vocabulary.cut_or_slip(key) else _PENDING
            ctx.flag(word.start, word.end, pending[word.sentence_start])
            if spelt.islower() and _placed_as_a_medicine(text, word.start, word.end):
                medicines.add(key)
    # A name a header field gives ("Person: Akash Mistry", "Carer: Ben Carter") is a name
    # across the record, where it may open every sentence that speaks of its bearer.
    names.update(
        possessive_stem(part).casefold()
        for name in names_given_in_fields(text)
        for part in name.split()
    )
    if names:
        ctx.facts["spelling.names"] = sorted(names)
    if medicines:
        ctx.facts["spelling.medicines"] = sorted(medicines)
    if shorthand:
        ctx.facts["spelling.shorthand"] = shorthand


_PUT_BACK = "put its apostrophe back."


def _lost_apostrophe(spelt: str, contraction: str) -> str:
    return f'"{spelt}" here stands for "{contraction}"; {_PUT_BACK}'


# A name followed by what it names, set off by commas: "Haricare, our online directory of
# services, is ...", "Kindred, the home care agency, rang". A misspelt word opening a
# sentence is not followed by a description of itself.
_APPOSITION_SAYING_WHAT = re.compile(
    r",[ \t]+(?:our|the|their|your|its|a|an)[ \t]+[^,.;:!?\n]{1,60},", re.IGNORECASE
)


# A dose straight after a word: "clobazam 10mg", "riluzole 50 mg", "carbamazepine MR 400mg"
# (a release form in capitals between), "movicol 1 sachet". The unit is checked against the
# shared list.
_DOSE_AFTER = re.compile(r"[ \t]+(?:[A-Z]{2}[ \t]+)?\d+(?:\.\d+)?[ \t]?([A-Za-z]+)\b")
# The word before or after, with "on" or "now" between: "Wean clobazam", "started on
# clobazam", "clobazam now stopped", "PRN movicol", "movicol PRN".
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+(?:on[ \t]+)?$")
_WORD_AFTER = re.compile(r"[ \t]+(?:now[ \t]+)?([A-Za-z]+)\b")


def _placed_as_a_medicine(text: str, start: int, end: int) -> bool:
    """A word in the place of a medicine's name: straight before its dose ("clobazam 10mg
    nocte", "movicol 1 sachet"), beside how often it is given ("movicol PRN", "PRN
    movicol"), or the object or subject of a verb of prescribing ("Wean clobazam over 4
    wks", "clobazam now stopped"), from the shared lists of dose units, dose frequencies
    and prescribing verbs. The finalizer drops the word, there and elsewhere in the
    record, unless the dictionary offers a word near it: a misspelt medicine the
    dictionary knows ("paracetomol 500mg") is still reported."""
    dose = _DOSE_AFTER.match(text, end)
    if dose is not None and dose.group(1).casefold() in word_list("dose_unit"):
        return True
    beside = word_list("prescribing_verb") | word_list("dose_frequency")
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is not None and before.group(1).casefold() in beside:
        return True
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1).casefold() in beside


# The name just before a word, on the same line: "Gurmeet ji", "Baldev ji's".
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][a-z'’-]+[ \t]+$")


def _honorific_after_a_name(text: str, start: int, key: str) -> bool:
    """An honorific that some languages of the people services support say after a name
    as a mark of respect ("Gurmeet ji", "Baldev ji"), from the shared list of them, straight
    after a capitalised name: how the writer addresses the person, not a misspelling.
    Away from a name the same letters are still checked."""
    honorific = possessive_stem(key)
    if honorific not in word_list("name_honorific"):
        return False
    return _NAME_BEFORE.search(text, max(0, start - 40), start) is not None


# A word followed at once by its meaning in brackets, in everyday words of its own: "her
# gutka (prayer book)", "a tracheostomy (a breathing tube through the neck)". The writer
# chose the word and explained it; a slip of the fingers is not glossed. What brackets
# after a misspelt word hold is of another kind: dates ("occassions (24/11 and 27/11)"),
# a name ("accomodation (Fernlea House)") or one word, so the gloss is two words or more,
# in lower case, each one the dictionary knows.
_GLOSS = re.compile(r"[ \t]+\(((?:a|an|the)[ \t]+)?([a-z]+(?:[ \t-]+[a-z]+){1,7})\)")


def _glossed(text: str, end: int, vocabulary: Vocabulary) -> bool:
    match = _GLOSS.match(text, end)
    if match is None:
        return False
    return all(vocabulary.accepts(part, False) for part in re.split(r"[ \t-]+", match.group(2)))


# A word alone in brackets straight after everyday words, the name those words have in the
# person's language or faith: "for her body to be washed (ghusl)", "the Gurdwara lunch
# (langar)". The writer said it plainly first and gave the person's own word beside it.
# What notes put in brackets after words is often their own shorthand for them instead
# ("invasive ventilation (trache)", "support (resp)"): the front of a longer dictionary
# word, cut short or with its last letter dropped, so such a word is still reported (one
# cut shorter than that, "resp", by the acronym rule).
_MEANING_BEFORE = re.compile(r"(?:^|[^A-Za-z'-])([a-z]{4,})[ \t]+\($")


def _named_after_its_meaning(text: str, start: int, end: int, vocabulary: Vocabulary) -> bool:
    if text[end : end + 1] != ")" or not text[:start].endswith("("):
        return False
    before = _MEANING_BEFORE.search(text, max(0, start - 40), start)
    if before is None or not vocabulary.accepts(before.group(1), False):
        return False
    word = text[start:end].casefold()
    return not any(stem != word for stem in dictionary_words_starting(word))


@finalizer("RL401")
def _advise(ctx: DocumentContext, findings: list[Finding]) -> list[Finding]:
    """The unknown words left once quotations are set aside, each with its advice; a
    capitalised word that opens a sentence here and is a name elsewhere is that name."""
    names = {name for paragraph in ctx.facts("spelling.names") for name in paragraph}
    if names:
        findings = [
            finding
            for finding in findings
            if not (
                is_title_case(finding.text) and possessive_stem(finding.text).casefold() in names
            )
        ]
    vocabulary = vocabulary_for(ctx.config.dictionary_words)
    # A word in a medicine's place in one paragraph names that medicine in all of them.
    medicines = {word for paragraph in ctx.facts("spelling.medicines") for word in paragraph}
    # In the person's own account, how they choose to spell is theirs: an American form
    # ("canceling") or words the dictionary keeps apart written as one ("everytime") is not
    # corrected there. A slip of the fingers ("husaband") still is.
    own_account = ctx.kind is RecordKind.OWN_ACCOUNT
    # A word with the shape of a cut is one in a record written in note shorthand ("elec"
    # beside "wks" and "hx"), and is left to the acronym rule; elsewhere it is a slip.
    in_shorthand = sum(ctx.facts("spelling.shorthand")) >= _NOTE_SHORTHAND_WORDS
    advised: list[Finding] = []
    for finding in findings:
        if finding.message in _PENDING_CUT:
            if in_shorthand:
                continue
            finding = replace(finding, message=_PENDING[finding.message == _PENDING_CUT[True]])
        if finding.message not in _PENDING:
            if own_account and finding.message.endswith(_PUT_BACK):
                continue  # "cant", "its a": how the person writes, in their own account
            advised.append(finding)  # already advised
            continue
        spelt = finding.text
        sentence_start = finding.message == _PENDING[True]
        advice = vocabulary.advice(spelt, sentence_start, ctx.config.dictionary_words)
        if advice is None:
            continue  # taken to be a name
        message, suggestions, safe = advice
        if not suggestions and spelt.casefold() in medicines:
            continue  # a medicine's name, which no dictionary word is near
        if own_account and (safe or written_together(spelt, suggestions)):
            continue  # the person's own choice of spelling, not a slip
        advised.append(
            replace(
                finding,
                message=message,
                suggestions=tuple(dict.fromkeys(s for s in suggestions if s)),
                fix=Fix.SAFE.value if safe else finding.fix,
            )
        )
    return advised
