"""Words talked about rather than used, and words explained where they stand.

A word-choice rule asks the writer to use a plainer or kinder word. That advice is wrong
where the writer is not using the word at all but discussing it ("the notion of lifestyle
choice is mistaken", "avoid the term 'service user'"), and where the writer already explains
it in place ("respite (a short break for the carer)", "an advocate, which means someone who
helps you speak up"). The engine asks these questions once for every rule that is about
word choice, so no rule repeats them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from recordlint.lexicon import load_lexicon
from recordlint.segments import BULLET_CLASS, LIST_MARKER, in_topic_item

# An explanation in brackets or after a dash starts with a small letter and runs to a few
# words: "(a decision made for you)", not "(DoLS)"; "- a conversation", not "- Mrs Patel".
# A colon is not enough: "Best interests decision: Mr Price to move" is a form label. The
# bracket may open with a quoted word ("('one off' or regular money paid to you)"), and a
# clause may say what the thing is ("a direct payment, which is money paid to you").
_EXPLAINED_AFTER = re.compile(
    r"""^(?:
        \s*[(\[]\s*['‘"“]?[a-z][\w'’-]*(?:\s+[\w'’-]+){2,}   # "(a decision made for you)"
      | \s*(?:[–—]|\s-)\s*[a-z][\w'’-]*(?:\s+[\w'’-]+){2,}  # "- a decision made for you"
      | ,?\s+(?:means|meaning)\b
      | ,?\s+(?:refers?\s+to|is\s+(?:the|a)\s+(?:name|term|word)\s+(?:for|given\s+to|used\s+for))\s
      | ,\s+which\s+(?:is|are)\s+(?:a|an|when|where|how|what|money|help|support)\b
      | ,\s+which\s+(?:is|are)\s+the\s+[a-z]+\s+(?:of|that|which|who|you|we)\b
      | \s+to\s+(?:work\s+out|find\s+out|decide|check|see)\s+(?:if|whether|what|how|which)\b
      | \s+(?:for\s+you\s+)?to\s+(?:spend|use)\s+on\b
      | (?:\s*/\s*[A-Za-z][\w'’-]*)?\s+to\s+(?:be\s+(?:authorised|appointed|allowed)\s+to\s+)?
        (?:act\s+(?:for\s+(?:them|you|him|her|someone)|on\s+[\w'’]+\s+behalf)\b
        |make\s+(?:their|your|his|her|my|our)\s+own\s+decisions\b)
    )""",
    re.VERBOSE,
)
# What a capacity or an authority is, said in the same clause: "lack mental capacity to make
# their own decisions about their finances", "an Attorney/Deputy to be authorised to act on
# their behalf" (a second term after a slash shares the clause). Capacity "to decide where
# to live" names the one decision a record's finding is about, and leaves the term as
# unexplained as before.
# Examples of the thing in a bracket right after it, or after a relative clause on it that
# names no other thing: "physical impacts (e.g. continence issues)", "reasonable
# adjustments they need to make (such as any sensory considerations, how best to
# communicate with you)". A bracket after another noun gives examples of that one
# ("liaise with other authorities (such as housing)"). A bracket opening with "such" points
# back at the kind just named, whatever word follows ("such things as"); "(including
# self-neglect)" adds to the thing rather than saying what it is.
_EXAMPLES_IN_BRACKET_AFTER = re.compile(
    r"(?:[ \t]+(?:that[ \t]+|which[ \t]+)?(?:you|they|we|he|she|people)"
    r"(?:[ \t]+(?:will|would|can|could|may|might|must|should|need|needs|have|has|want"
    r"|wants)(?:[ \t]+to)?)?[ \t]+[a-z]+)?\s*[(\[]\s*"
    r"(?:such\s+[a-z]+|for\s+(?:example|instance)|e\.\s?g\.?|eg\.?)[\s,:]+[\w'’-]+"
)
# The purpose clause may open the sentence, with the thing it is for named after the comma:
# "To work out how much you can pay, we'll carry out a financial assessment".
_PURPOSE_BEFORE = re.compile(
    r"\W*to\s+(?:work\s+out|find\s+out|decide|check|see)\s+(?:if|whether|what|how|which)\b"
    r"[^.;:!?]*,\s",
    re.IGNORECASE,
)
# The thing a purpose clause, or what one does, is said of is met as "a" or "an" something.
_A_OR_AN_BEFORE = re.compile(r"\b(?:an?)\s+$", re.IGNORECASE)
# A word that modifies a noun ("statutory requirements") is explained with the phrase, by a
# bracket after the noun: "statutory requirements (actions the home must comply with)".
_HEAD_NOUN_AFTER = re.compile(r"[ \t]+[a-z][\w'’-]*")
_BRACKET_EXPLAINS = re.compile(r"\s*[(\[]\s*['‘\"“]?[a-z][\w'’-]*(?:\s+[\w'’-]+){2,}")
# The words may go on a little before a bracket, with where or how often ("reablement at
# home (up to six weeks of free support ...)", "reablement twice a day (short-term help to
# regain skills)"): the bracket then explains them only where it says what kind of help it
# is. "(morning and teatime)" or "(his daughter will help)" says when or who instead.
_WORDS_BEFORE_BRACKET = re.compile(r"(?:[ \t]+[a-z][\w'’-]*){1,3}(?=\s*[(\[])")
_BRACKET_SAYS_WHAT_HELP = re.compile(
    r"\s*[(\[]\s*(?!(?:he|she|they|we|i|you|it|his|her|their|our|my|your|the|this|that)\b)"
    r"(?:[a-z][\w'’-]*\s+){0,6}(?:help|support|money)\b[^)\]]*[)\]]",
    re.IGNORECASE,
)
# A purpose clause says what the thing is for: "a financial assessment to work out how much
# you pay", "a review to check whether the support still meets your needs", "a direct
# payment to spend on the things that make caring easier"; so does a clause saying what it
# is or does for the reader: "a direct payment, which will give you control over how your
# support is provided", "your personal budget, which is the amount of money you need".
# "Reablement is a short service ...", "A safeguarding concern is a worry ...": a
# definition, when the term stands alone or after "a"; "the patient is a bed blocker" says
# something about someone in particular instead.
# "Respite is used by the practice to prevent ...": what the thing is for is a definition too,
# and so is what kind of thing it is: "Direct payments are money payments paid to you".
# So is what it is about, said as what is done in it: "Reablement is about working with
# the patient, putting in realistic goals ..." ("the visit is about her falls" is said of one
# visit, and "about to" says when).
_DEFINED_AFTER = re.compile(
    r",?\s+(?:is|are)\s+(?:when|where|how|what|a|an|the|those|money|help|support"
    r"|used\s+(?:by\s+[^.;:]{1,60}?\s+)?(?:to|for)|(?:all\s+)?about\s+[a-z]+ing)\s"
)
# "By care and support needs we mean something that is essential": the writer says what
# they mean by the term.
_BY_BEFORE = re.compile(r"\bby\s+['‘\"“]?$", re.IGNORECASE)
_WE_MEAN_AFTER = re.compile(r"['’\"”]?,?\s+(?:we|I)\s+mean\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|this|that|his|her|their|my|your|our|its)\s+$", re.IGNORECASE
)
# "That is" explains only as an aside ("respite, that is, a short break"); "everything that
# is discussed" is a relative clause.
_EXPLAINED_LATER_IN_SENTENCE = re.compile(
    r"\b(?:which|this|that|it)\s+means\b|(?:[,(–—]\s*|\s-\s*)that\s+is\b|\bthat\s+is\s*[,:]"
    r"|\bin\s+other\s+words\b|\bi\.e\."
    # "update your Care and Support Plan to make sure it shows how your needs will be met"
    r"|\b(?:it|which)\s+(?:shows|sets\s+out|says|explains)\s+(?:how|what|who|which|when|where)\b",
    re.IGNORECASE,
)
# Someone brought in "to help you" is explained by what they are there for, where they are
# introduced as a thing ("an independent advocate to help you"); "carry out an assessment to
# help you" says why something is done instead, and a wordy phrase stays wordy.
# "An independent Advocate may get involved to support them": so is someone who may get
# involved to help or support.
_HELPER_AFTER = re.compile(
    r"(?:\s+(?:may|can|will|could)\s+(?:get|be(?:come)?)\s+involved)?"
    r"\s+(?:to|who\s+(?:can|will))\s+(?:help|support)\s+(?:you|them|him|her)\b"
)
# What kind of thing it is, said of one met as "a" or "an" something: "a domiciliary care
# agency providing personal care to people living in their own homes" (what it provides),
# "a Safeguarding Plan will be created to reduce or prevent further harm" (what it is
# made for).
_WHAT_ONE_DOES_AFTER = re.compile(
    r"(?:[ \t]+[a-z][\w'’-]*)?,?[ \t]+(?:providing|offering|giving)[ \t]+"
    r"(?:[a-z][\w'’-]*[ \t]+){0,3}"
    r"(?:care|support|help|services?|advice|information|money)\b"
    r"|\s+(?:will|would|can|may|should)\s+be\s+(?:created|made|drawn\s+up|set\s+up|put\s+in"
    r"\s+place|written|developed|agreed|used)\s+(?:in\s+order\s+)?to\s+(?!be\b)[a-z]+"
)
# A relative clause attached to the term's noun (or to the noun after it) that says what the
# thing, or the team named by it, is for: what it gives the reader ("a direct payment, which
# will give you control over your care"), what it does for people, in the present ("our
# brokerage team, who arrange care with agencies", "a financial assessment, which checks
# your income and savings"), or what it sets out or shows ("a care and support plan, which
# will set out how your needs can be best met"). What someone did or will do once ("the
# reablement team, who visited on Monday", "who will visit on 9 November") is news, not an
# explanation; so is what happens to the thing ("which will be reviewed yearly"), and a
# relative's help ("her son, who helps with shopping") is not a term.
_RELATIVE_CLAUSE_AFTER = re.compile(
    r"(?:[ \t]+[a-z][\w'’-]*)?,[ \t]+(?:which|who)[ \t]+(?:"
    r"(?:(?:will|can|would)[ \t]+)?(?:gives?|lets?|helps?|allows?|pays?)[ \t]+you\b"
    r"|(?:can[ \t]+)?(?:arranges?|organises?|provides?|offers?|gives?|helps?|supports?|finds?"
    r"|funds?|pays?|checks?|looks?[ \t]+(?:after|at)|works?[ \t]+(?:with|out))[ \t]+[a-z]"
    r"|(?:(?:will|would|can|should)[ \t]+)?(?:also[ \t]+)?"
    r"(?:sets?[ \t]+out|shows?|says|explains?|describes?)[ \t]+(?:how|what|who|which|when|where)\b"
    r")"
)
# An appositive that says what kind of thing it is and who or what it is for: "respite, a
# short break for carers, is ...", "reablement, a service that helps you relearn skills,".
# A list ("reablement, a care package for her and respite") does not close with a comma
# before going on, nor go on with "and" or "or".
_APPOSITIVE_AFTER = re.compile(
    r",[ \t]+(?:an?)[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}(?:that|which|who|for|to|where|when)"
    r"[ \t]+[^,.;:()\n]{3,60}?,(?![ \t]*(?:and|or|as\s+well\s+as)\b)"
)
# "An aim of intermediate care is to make people as independent as they can be": what the
# thing is for, said of any such thing.
_AIM_OF_BEFORE = re.compile(
    r"\b(?:the|an?|one)\s+(?:main\s+)?(?:aim|purpose|point|goal)\s+of\s+$", re.IGNORECASE
)
_AIM_OF_AFTER = re.compile(r"\s+(?:is|are)\s+to\s+(?!be\b)[a-z]+")
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.IGNORECASE)
# "known as a ...", and a clause that has just said what the thing is and names it at the
# end: "we work out the money you need and that becomes your personal budget", "the cost
# of the care we fund will become your personal budget" (to the reader: "the waking night
# will become a sleep-in" is a change, not a name), "known as a 'Personal Budget'".
# "I called the Front Door Team" is a telephone call, not a name being given.
_EXPLAINED_BEFORE = re.compile(
    r"(?<!\bi )(?<!\bwe )(?<!\bhe )(?<!\bshe )(?<!\bthey )(?<!\byou )"
    r"\b(?:(?:called|known\s+as|named|(?:that|this|which|it)\s+becomes)\s+(?:a|an|the|your)?"
    r"|will\s+become\s+your)\s*['‘\"“]?$",
    re.I,
)
# The next sentence says what it is, or what it is for: "This is to see if you can get
# help with the cost", "This sets out what help you will get".
_EXPLAINED_NEXT = re.compile(
    r"^\W*(?:these\s+(?:mean|are\s+(?:when|where|how|what|money|payments|ways|services))\b"
    r"|(?:this|that|it)\s+(?:means|is\s+(?:a|an|when|where|how"
    r"|to\s+(?:see|check|work\s+out|find\s+out|decide))"
    r"|(?:sets|set)\s+out\s+(?:what|how|who|the)|says\s+(?:what|how|who)))\b",
    re.IGNORECASE,
)
# Or what it does, said of the thing that closed the sentence before, which "this" can
# only point back to: "... we will do a financial assessment. This will look at how much
# you need to contribute", "This will take into account your income and capital".
# "This" may name the thing again by its noun ("This 'means' assessment will determine if,
# and how much, you should pay"), and the next sentence may open by saying what it works
# out ("What information do you need for a financial assessment? To work out how much you
# have to pay ..."). "This time it will look at ..." names something else.
_DOES_NEXT = re.compile(
    r"^\W*(?:(?:this|it)(?P<words>(?:\s+['‘\"“]?[\w'’-]+['’\"”]?){0,2}?)\s+(?:will\s+|would\s+)?"
    r"(?:(?:looks?\s+at|works?\s+out|finds?\s+out|determines?|calculates?)"
    r"\s+(?:what|how|who|whether|if|which)"
    r"|takes?\s+into\s+account)"
    r"|to\s+(?:work\s+out|find\s+out|calculate)\s+(?:what|how|whether|if|which))\b",
    re.IGNORECASE,
)
# "A decision ... can only be made once we understand your needs. We do this through a
# support needs assessment.": the thing named last is how what the sentence before
# described is done.
_DONE_THROUGH_BEFORE = re.compile(
    r"\W*(?:we|you|they)\s+(?:(?:will|can|may|would)\s+)?(?:do|does)\s+(?:this|that)"
    r"\s+(?:through|by|with|using)\s+(?:an?|the|our|your)\s+(?:[\w'’-]+\s+){0,2}",
    re.IGNORECASE,
)
# A list item that opens with a label holding the term and says after a dash or colon when
# you would have it or what it is: "Respite stay in a care home - You'll have this if you
# need to stay in a care home for a short time".
_ITEM_LABEL_BEFORE = re.compile(
    r"[ \t]*(?:" + BULLET_CLASS + r"|\d+[.)])?[ \t]*(?:[\w'’-]+[ \t]+){0,3}"
)
_ITEM_EXPLAINED_AFTER = re.compile(
    r"(?:[ \t]+[\w'’-]+){0,6}?[ \t]+[-–—:][ \t]+"
    r"(?:you(?:['’]ll|\s+will|\s+would|\s+may|\s+might|\s+can)?\s+(?:have|get|need|use)"
    r"\s+(?:this|it|one)\s+(?:if|when|while|where)"
    r"|(?:this|it)\s+(?:is|means)\s+(?:a|an|when|where|how|what|money|help|support))\b",
    re.IGNORECASE,
)
_NOTHING_MORE = re.compile(r"[\W_]*")
# A term in brackets after the words that say what it is: "legal authority to make
# decisions on behalf of the person (Lasting Power of Attorney or Deputyship)". The words
# before the bracket are a description in small letters, not a name ("Mrs Patel (OT)").
_NAMED_IN_BRACKET_BEFORE = re.compile(r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){3}\s*\(\s*$")
_NAMED_IN_BRACKET_AFTER = re.compile(r"(?:\s+(?:or|and)\s+[\w'’ -]{1,40}?)?\s*\)")
# A sentence that goes on about the thing just named ("This is not a test."): the one
# after it may still be the explanation ("It is how we see what you can afford").
_ABOUT_IT_NEXT = re.compile(r"^\W*(?:this|that|it)\b", re.IGNORECASE)
MAX_SENTENCES_TO_EXPLANATION = 2
_OPENING_WINDOW = 80  # enough of a sentence's opening for the patterns above
_OPENING_MARKS = "\"“‘'"
_CLOSING_MARKS = "\"”’'"
# A quoted word or short phrase: opened after a space or bracket, closed before a space or
# punctuation, no more than a few words ("the word 'placement' is", "called “respite”").
MAX_QUOTED_WORDS = 5
_QUOTE_WINDOW = 60


def is_explained(text: str, start: int, end: int, sentences: list[tuple[int, int]]) -> bool:
    """Whether the writer explains the words at [start, end) where they are used."""
    sentence_start, sentence_end = sentence_around(sentences, start, end, len(text))
    after = text[end:sentence_end]
    if _EXPLAINED_AFTER.match(after) and not _pointer_after().match(after):
        return True
    head = _HEAD_NOUN_AFTER.match(after)
    if (
        head
        and _BRACKET_EXPLAINS.match(after, head.end())
        and not _pointer_after().match(after, head.end())
    ):
        return True  # "statutory requirements (actions the home must comply with)"
    if _EXPLAINED_LATER_IN_SENTENCE.search(after):
        return True
    if _EXAMPLES_IN_BRACKET_AFTER.match(after):
        return True  # "reasonable adjustments they need to make (such as ...)"
    if _DEFINED_AFTER.match(after) and not _determined(text, sentence_start, start, end):
        return True
    if _EXPLAINED_BEFORE.search(text[sentence_start:start]):
        return True
    if _WE_MEAN_AFTER.match(after) and _BY_BEFORE.search(text[sentence_start:start]):
        return True  # "By care and support needs we mean ..."
    if _PURPOSE_BEFORE.match(text, sentence_start, start) and _A_OR_AN_BEFORE.search(
        text, sentence_start, start
    ):
        return True  # "To work out how much you can pay, we'll carry out a financial ..."
    if _HELPER_AFTER.match(after) and _ARTICLE_BEFORE.search(text[sentence_start:start]):
        return True  # "we'll find an independent advocate to help you"
    if _WHAT_ONE_DOES_AFTER.match(after) and _A_OR_AN_BEFORE.search(text[sentence_start:start]):
        return True  # "a domiciliary care agency providing personal care to people ..."
    if _RELATIVE_CLAUSE_AFTER.match(after):
        return True  # "a care and support plan, which will set out how your needs ..."
    if _APPOSITIVE_AFTER.match(after) and " and " not in after[: after.find(",", 1)]:
        return True  # "respite, a short break for carers, is ..."
    if _AIM_OF_AFTER.match(after) and _AIM_OF_BEFORE.search(text[sentence_start:start]):
        return True  # "An aim of intermediate care is to make people as independent ..."
    if _explained_in_next_sentences(text, sentence_end, sentences):
        return True
    if _said_what_it_gives_next(text, start, end, sentence_end, sentences):
        return True
    if _NOTHING_MORE.fullmatch(after) and (
        _does_next(text, start, end, sentence_end, sentences)
        or _done_through(text, sentence_start, start, sentences)
    ):
        return True
    if _explained_in_its_item(text, start, end):
        return True  # "Respite stay in a care home - You'll have this if you need ..."
    if _explained_in_item_above(text, start, end, sentences):
        return True  # the same term explained in the list item just above
    if _purpose_of_its_kind_next(text, start, end, sentence_end, sentences):
        return True
    if _NAMED_IN_BRACKET_BEFORE.search(text[sentence_start:start]) and (
        _NAMED_IN_BRACKET_AFTER.match(after)
    ):
        return True  # "authority to make decisions for the person (Lasting Power of Attorney)"
    if _heading_explained_below(text, start, end):
        return True  # "Care and support plans" over "... the plan will set out what ..."
    return _defined_elsewhere(text, text[start:end], sentences) or _asked_about(
        text, text[start:end]
    )


# A heading: a short line with no closing mark of a sentence or a clause.
MAX_HEADING_WORDS = 8
_HEADING_END = tuple(".!?,;:")
# What the thing a heading names is or does, said of it by its own noun in the section
# under the heading: "the plan will set out the details of what we've agreed", "This plan
# should put you in control of your care", "A direct payment is an amount of money ...".
# "The plan was agreed on Monday" says what happened to one.
_SECTION_SAYS_WHAT_IT_DOES = (
    r"\s+(?:(?:will|should|can|may|would|must)\s+)?(?:also\s+)?"
    r"(?:sets?\s+out|shows?|says|documents?|records?|describes?|explains?|includes?"
    r"|(?:puts?|gives?|lets?|allows?|helps?)\s+you|helps?\s+(?:to\s+)?decide"
    r"|(?:is|are)\s+(?:an?|how|where|what|when|money|used\s+to|at\s+the\s+heart\s+of))\b"
)


def _heading_explained_below(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are a heading of their own ("Care and support
    plans") and the section under it, up to the next heading, says what the thing is or
    does by its noun ("... the plan will set out the details of what we've agreed"): a
    page explains its headings' terms under them, as leaflets do. A heading whose section
    only uses the term ("Presenting needs" over "An assessment will look at the presenting
    needs") leaves it unexplained."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if (
        not line
        or line.endswith(_HEADING_END)
        or len(line.split()) > MAX_HEADING_WORDS
        or len(text[start:end].split()) * 2 < len(line.split())
    ):
        return False  # a sentence, or a heading about more than the term
    noun = text[start:end].split()[-1].lower()
    noun = noun.removesuffix("s") if not noun.endswith("ss") else noun
    if len(noun) <= 3 or not noun.isalpha():
        return False
    section: list[str] = []
    for following in text[line_end:].splitlines():
        stripped = following.strip()
        if not stripped:
            continue
        if not section and _asks_what_it_is(stripped, noun):
            return True  # "Care Act assessment" over "What is an assessment?" and its answer
        if len(stripped.split()) <= MAX_HEADING_WORDS and not stripped.endswith(_HEADING_END):
            break  # the next heading
        section.append(stripped)
    if not section:
        return False
    return _section_pattern(noun).search(" ".join(section)) is not None


_WHAT_IS_QUESTION = re.compile(
    r"\W*what\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,3}?(?P<noun>[\w'’-]+)\s*\?$",
    re.IGNORECASE,
)


def _asks_what_it_is(line: str, noun: str) -> bool:
    """Whether a heading asks what the thing named by ``noun`` is ("What is an
    assessment?", "What are care and support plans?")."""
    found = _WHAT_IS_QUESTION.match(line)
    return found is not None and found.group("noun").lower().removesuffix("s") == noun


@lru_cache(maxsize=1024)
def _section_pattern(noun: str) -> re.Pattern[str]:
    return re.compile(
        r"\b(?:the|this|that|your|each|every|an?)\s+(?:[\w'’-]+\s+){0,4}?"
        + re.escape(noun)
        + r"s?"
        + _SECTION_SAYS_WHAT_IT_DOES,
        re.IGNORECASE,
    )


def explained_a_few_words_on(text: str, start: int, end: int) -> bool:
    """Whether a bracket a few words after the words at [start, end), past where or how
    often, says what help they are ("reablement at home (up to six weeks of free support
    ...)", "reablement twice a day (short-term help to regain skills)"). The reader meets
    the term before its explanation, so a rule may keep its advice at a lower severity
    rather than drop it (compare :func:`is_explained`)."""
    line_end = text.find("\n", end)
    after = text[end : len(text) if line_end < 0 else line_end]
    words = _WORDS_BEFORE_BRACKET.match(after)
    return bool(
        words
        and _BRACKET_EXPLAINS.match(after, words.end())
        and _BRACKET_SAYS_WHAT_HELP.match(after, words.end())
        and not _pointer_after().match(after, words.end())
    )


def _explained_in_next_sentences(
    text: str, sentence_end: int, sentences: list[tuple[int, int]]
) -> bool:
    """Whether the next sentence explains what was just named, or, where it only goes on
    about it ("This is not a test."), the one after."""
    following = [(s, e) for s, e in sentences if s >= sentence_end]
    for start, _ in following[:MAX_SENTENCES_TO_EXPLANATION]:
        opening = text[start : start + _OPENING_WINDOW]
        if _EXPLAINED_NEXT.match(opening):
            return True
        if not _ABOUT_IT_NEXT.match(opening):
            return False
    return False


# The next sentence says what the thing gives or holds, with "this" or "these" for it or
# "the" and its own noun: "... to our PRIME enablement service. The service offers
# short-term support to help people regain their confidence", "... a carer's assessment.
# The assessment gives you a chance to talk about your caring role", "... a care and
# support plan. This will include all your needs". "It provides ..." is left as judged
# (the same opening is judged both ways after "a domiciliary care agency").
_GIVES = (
    r"(?:(?:will|can|would)\s+(?:offer|give|provide|include|show|help|let|allow|set\s+out)"
    r"|(?:offers|gives|provides|includes|shows|helps|lets|allows|sets\s+out))\s"
)
_GIVES_NEXT = re.compile(r"^\W*(?:this|these)\s+" + _GIVES, re.IGNORECASE)
_THE_NOUN = re.compile(r"\W*the\s+(\S+)\s+", re.IGNORECASE)
_GIVES_AT = re.compile(_GIVES, re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _said_what_it_gives_next(
    text: str, start: int, end: int, sentence_end: int, sentences: list[tuple[int, int]]
) -> bool:
    """Whether the next sentence says what the thing named just before gives or holds."""
    following = _next_sentence(sentence_end, sentences)
    if following is None:
        return False
    opening = text[following[0] : following[0] + _OPENING_WINDOW]
    if _GIVES_NEXT.match(opening):
        return True
    # The thing's own noun: the term's last word or the word after it ("enablement
    # service"), with nothing more of the sentence after that.
    nouns = [text[start:end].split()[-1]] if text[start:end].split() else []
    after = _WORD.match(text, end + 1) if text[end : end + 1] in (" ", "\t") else None
    if after and _NOTHING_MORE.fullmatch(text, after.end(), sentence_end):
        nouns.append(after.group())
    # "The <noun> offers ...": the opening's noun is read once and compared, rather than a
    # pattern compiled for every term's noun.
    the_noun = _THE_NOUN.match(opening)
    return (
        the_noun is not None
        and the_noun.group(1).lower() in {noun.lower() for noun in nouns if len(noun) > 3}
        and _GIVES_AT.match(opening, the_noun.end()) is not None
    )


# The next sentence speaks of such a thing by the term's last noun, met as "a", "an" or
# "your" something, and says what it is for: "How to get a carer's assessment. If you're a
# carer, you may want your own assessment by social services to look at support or
# services you need"; "... a social care needs assessment ... For people who are over 18, a
# needs assessment under the Care Act 2014 can either be to assess your needs for ...". A
# few words may stand between the noun and the purpose, but no punctuation; "to be ..."
# says what happens to it instead.
_KIND_BEFORE_NOUN = re.compile(r"\b(?:an?|your|their)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_PURPOSE_AFTER_NOUN = re.compile(
    r"(?:\s+[\w'’-]+){0,8}?\s+(?:(?:can|will|may|would)\s+(?:\w+\s+)?be\s+|is\s+)?to\s+"
    r"(?:assess|look\s+at|work\s+out|find\s+out|see\s+(?:if|whether|what|how)|check"
    r"|decide|identify|understand)\b",
    re.IGNORECASE,
)


def _purpose_of_its_kind_next(
    text: str, start: int, end: int, sentence_end: int, sentences: list[tuple[int, int]]
) -> bool:
    """Whether the next sentence says what any such thing as the words at [start, end) is
    for, naming it by its last noun ("your own assessment by social services to look at
    support or services you need")."""
    words = text[start:end].split()
    if not words or len(words[-1]) < 4:
        return False
    following = _next_sentence(sentence_end, sentences)
    if following is None:
        return False
    if words[-1].lower() not in text[following[0] : following[1]].lower():
        return False  # spares compiling a pattern for every term
    noun = re.compile(rf"\b{re.escape(words[-1])}\b", re.IGNORECASE)
    for found in noun.finditer(text, following[0], following[1]):
        if _KIND_BEFORE_NOUN.search(text, following[0], found.start()) and (
            _PURPOSE_AFTER_NOUN.match(text, found.end(), following[1])
        ):
            return True
    return False


def _next_sentence(sentence_end: int, sentences: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first sentence that starts at or after ``sentence_end``, if any."""
    return next(((s, e) for s, e in sentences if s >= sentence_end), None)


def _does_next(
    text: str, start: int, end: int, sentence_end: int, sentences: list[tuple[int, int]]
) -> bool:
    """Whether the next sentence says what the thing that ended this one does; where
    "this" names it again, it does so by the term's last noun."""
    following = _next_sentence(sentence_end, sentences)
    if following is None:
        return False
    found = _DOES_NEXT.match(text[following[0] : following[0] + _OPENING_WINDOW])
    if found is None:
        return False
    words = (found.group("words") or "").split()
    if not words:
        return True
    noun = text[start:end].split()[-1].lower() if text[start:end].split() else ""
    return len(noun) > 3 and words[-1].strip(_OPENING_MARKS + _CLOSING_MARKS).lower() in (
        noun,
        noun + "s",
        noun.removesuffix("s"),
    )


def _done_through(
    text: str, sentence_start: int, start: int, sentences: list[tuple[int, int]]
) -> bool:
    """Whether the sentence says that what the sentence before it described is done through
    the thing it ends with ("... once we understand your needs. We do this through a
    support needs assessment."): the sentence before must stand in the same paragraph and
    end with a full stop."""
    if not _DONE_THROUGH_BEFORE.fullmatch(text, sentence_start, start):
        return False
    before = text[:sentence_start].rstrip()
    if not before.endswith(".") or "\n\n" in text[len(before) : sentence_start]:
        return False
    return any(e <= sentence_start and s < len(before) for s, e in sentences)


def _explained_in_its_item(text: str, start: int, end: int) -> bool:
    """Whether the words open a line's label, and the rest of the line says after a dash or
    colon when you would have the thing or what it is ("Respite stay in a care home - You'll
    have this if you need to stay in a care home for a short time")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(
        _ITEM_LABEL_BEFORE.fullmatch(text, line_start, start)
        and _ITEM_EXPLAINED_AFTER.match(text, end)
    )


def _explained_in_item_above(
    text: str, start: int, end: int, sentences: list[tuple[int, int]]
) -> bool:
    """Whether the words stand in a list item and the item just above, in the same list,
    explains them where it uses them ("• Respite stay in a care home - You'll have this if
    ... • Temporary stay ... any respite stay allowance")."""
    line_start = text.rfind("\n", 0, start) + 1
    if not LIST_MARKER.match(text, line_start) or line_start == 0:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    if not LIST_MARKER.match(text, above_start):
        return False
    words = tuple(text[start:end].split())
    if not words:
        return False
    return any(
        is_explained(text, found.start(), found.end(), sentences)
        for found in _term_pattern(words).finditer(text, above_start, line_start - 1)
    )


def _asked_about(text: str, words: str) -> bool:
    """Whether a heading asks what the words mean ("What is a needs assessment?", "What
    does reablement mean?") or how the thing works ("How does reablement work?"): the
    section under it answers, as leaflets do for their terms. The words may be singular in
    the question and plural where they are used ("Safeguarding Adults Reviews")."""
    lowered = text.lower()
    if "?" not in text or ("what" not in lowered and "how" not in lowered):
        return False  # no question of that shape; spares compiling one for every term
    term = r"\s+".join(re.escape(word.removesuffix("s")) + "s?" for word in words.split())
    article = r"(?:an?\s+|the\s+)?"
    question = (
        rf"\b(?:what\s+(?:is|are)\s+{article}{term}"
        rf"|what\s+(?:does|do)\s+{article}{term}\s+mean"
        rf"|how\s+(?:does|do)\s+{article}{term}\s+work)\s*\?"
    )
    return re.search(question, text, re.IGNORECASE) is not None


def _defined_elsewhere(text: str, words: str, sentences: list[tuple[int, int]]) -> bool:
    """Whether a sentence of the text opens by defining the words: "Reablement is a
    service that ...", "An advocate is someone who ..." (leaflets explain a term under
    its own heading, often after first using it). "The patient is a ..." says something
    about someone in particular instead."""
    if _DETERMINER_BEFORE.search(words.split(" ", 1)[0] + " "):
        return False
    terms = tuple(words.split())
    if terms and len(terms[-1]) > 3 and terms[-1][-1] == "s" and terms[-1][-2] != "s":
        # "Deferred Payment Agreements" is defined by "A Deferred Payment Agreement is".
        singular = (*terms[:-1], terms[-1][:-1])
        if _defined_elsewhere(text, " ".join(singular), sentences):
            return True
    # Compiling the two patterns costs more than reading every sentence's opening, and
    # almost no sentence opens with the term, so the openings are read first.
    starts = [start for start, _ in sentences if _may_open_with(text, start, terms)]
    if not starts:
        return False
    if any(_opens_by_defining(text, sentence_start, terms) for sentence_start in starts):
        return True
    # Only a sentence opening with "a" or "an" can say what any such thing does, and few
    # do, so the second pattern is compiled only for a term that has one.
    starts = [start for start in starts if _OPENS_WITH_A_OR_AN.match(text, start)]
    if not starts:
        return False
    what_it_does = _what_it_does_pattern(terms)
    return any(what_it_does.match(text, sentence_start) for sentence_start in starts)


_OPENING_MARKS_AND_SPACE = re.compile(r"\W*")
_ARTICLE = re.compile(r"an?\s+", re.IGNORECASE)
_QUOTE_OPENING = re.compile(r"[\"“‘']?")
_QUOTE_CLOSING = re.compile(r"[\"”’']?")
# A capitalised word naming whose the service is ("GP respite"), never a determiner ("The
# respite", "Her respite"), which points at one in particular.
_NAMING_WORD = r"(?!(?i:the|this|that|his|her|their|my|your|our|its|a|an)\b)(?-i:[A-Z][\w'’-]*)"
_NAMING_WORD_AND_SPACE = re.compile(_NAMING_WORD + r"\s+")
_WORD_CHARACTER = re.compile(r"\w")


def _term_positions(text: str, start: int) -> list[int]:
    """Where a term may begin in the sentence at ``start``, as the definition pattern reads
    it: after the opening marks, then perhaps "a" or "an", then perhaps a naming word. Each
    step can end in one place only (marks, the article's space and the naming word are
    read to their end, and a term that opens with a letter or digit cannot begin inside
    them), so these few places are all the pattern can try."""
    at = _OPENING_MARKS_AND_SPACE.match(text, start).end()  # type: ignore[union-attr]
    positions = [at]
    article = _ARTICLE.match(text, at)
    if article:
        # "A 'Deferred Payment Agreement' is ...": the term may be quoted after "a".
        positions.append(_QUOTE_OPENING.match(text, article.end()).end())  # type: ignore[union-attr]
    for position in list(positions):
        naming = _NAMING_WORD_AND_SPACE.match(text, position)
        if naming:
            positions.append(naming.end())
    return positions


def _may_open_with(text: str, start: int, terms: tuple[str, ...]) -> bool:
    """Whether the sentence at ``start`` may open with the first of ``terms``, after any
    marks and an optional "a" or "an", as the definition patterns require; True whenever
    a plain comparison cannot tell (letters outside ASCII, which case-blind matching
    pairs in more ways than ``str.lower`` does)."""
    if not terms or not terms[0].isascii() or not _WORD_CHARACTER.match(terms[0]):
        return True
    first = terms[0].lower()
    for position in _term_positions(text, start):
        opening = text[position : position + len(first)]
        if not opening.isascii() or opening.lower() == first:
            return True
    return False


# What follows a term that a sentence opens by defining, read as the definition pattern
# reads it (case-blind).
_DEFINED_AFTER_ANY_CASE = re.compile(_DEFINED_AFTER.pattern, re.IGNORECASE)


def _opens_by_defining(text: str, start: int, terms: tuple[str, ...]) -> bool:
    """Whether ``_definition_pattern(terms)`` matches at ``start``, without compiling that
    pattern for every term (its opening and ending are the same for all of them): the term
    is matched alone at each place ``_term_positions`` gives, and the ending after it. A
    term whose first letter is not an ASCII letter or digit, for which those places may not
    be all, is matched with the whole pattern."""
    first = terms[0][:1] if terms else ""
    if not (first.isascii() and _WORD_CHARACTER.match(first)):
        return _definition_pattern(terms).match(text, start) is not None
    term = _term_pattern(terms)
    for position in _term_positions(text, start):
        found = term.match(text, position)
        # The words of a term are separated by whitespace and hold none, so the term
        # matched here can end in one place only; a closing mark may follow it.
        if found and _DEFINED_AFTER_ANY_CASE.match(
            text,
            _QUOTE_CLOSING.match(text, found.end()).end(),  # type: ignore[union-attr]
        ):
            return True
    return False


# The same terms are flagged again and again, and more of them than the re module's own
# cache of compiled patterns holds, so each term's patterns are compiled once here.
@lru_cache(maxsize=4096)
def _term_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words of a term, in any case, with any whitespace between them."""
    return re.compile(r"\s+".join(map(re.escape, words)), re.IGNORECASE)


@lru_cache(maxsize=4096)
def _definition_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern for a sentence that opens by defining ``words`` ("Reablement is a ...")."""
    term = r"\s+".join(map(re.escape, words))
    # A capitalised word may come first where it names the service's provider ("GP respite
    # is used by ..."): the sentence still defines the term it ends with.
    return re.compile(
        r"\W*(?:an?\s+"
        + _QUOTE_OPENING.pattern
        + r")?(?:"
        + _NAMING_WORD
        + r"\s+)?"
        + term
        + _QUOTE_CLOSING.pattern
        + _DEFINED_AFTER.pattern,
        re.IGNORECASE,
    )


# How the sentences of ``_what_it_does_pattern`` open.
_OPENS_WITH_A_OR_AN = re.compile(r"\W*[Aa]n?\s+")


@lru_cache(maxsize=4096)
def _what_it_does_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """The pattern for a sentence that says what any such thing as ``words`` does ("A care
    plan documents ..."); it opens as ``_OPENS_WITH_A_OR_AN`` does."""
    term = r"\s+".join(map(re.escape, words))
    # "A Care and Support Plan documents your needs ...": a sentence about any such thing,
    # opening with "a" or "an", says what it is or does.
    # Or, with a modal verb, what it finds out: "A financial assessment will calculate how
    # much you pay", "... will look at what you can do". "A care package will start on
    # Monday" and "will be held" say what happens to one instead.
    return re.compile(
        _OPENS_WITH_A_OR_AN.pattern + r"(?i:" + term + r")\s+(?:(?!(?:is|was|has|does)\b)"
        r"[a-z]+s\s|(?:will|can|may)\s+(?!(?:be|have|not)\b)[a-z]+\s+(?:[a-z]+\s+)?"
        r"(?:how|what|whether|if|which|who)\b)"
    )


def _determined(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the words at [start, end) point at someone or something in particular
    ("the patient", "her reablement")."""
    first_word = text[start:end].split(" ", 1)[0]
    leading = _DETERMINER_BEFORE.search(first_word + " ")
    return bool(leading or _DETERMINER_BEFORE.search(text[sentence_start:start]))


def is_mentioned(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are talked about rather than used: named by "the
    term", "the notion of", "so-called" and the like, or set in quotation marks on their own.
    A cue such as "so-called" is itself a mention when a quoted term follows it."""
    before = text[max(0, start - _QUOTE_WINDOW) : start]
    if _mention_cue_before().search(before):
        return True
    if _mention_cue_alone().fullmatch(text[start:end]):
        return bool(re.match(r"\s*[\"“‘']", text[end : end + 3]))
    if _set_against_its_negation(text, start, end):
        return True
    if _in_quotation_marks(text, start, end) or _in_template_instruction(text, start, end):
        return True
    if _being_defined(text, start, end):
        return True
    return _disowned(text, text[start:end])


# "The Department of Health defines a vulnerable person as: ...", "what the Act defines as
# abuse", "a vulnerable adult is defined as ...": the words are the term a definition is
# given for, talked about, not said of anyone.
_DEFINES_BEFORE = re.compile(
    r"\b(?:defines?|defined|defining|definition\s+of)\s+(?:(?:a|an|the)\s+)?$", re.IGNORECASE
)
_DEFINED_AS_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+as\b", re.IGNORECASE)
_IS_DEFINED_AFTER = re.compile(
    r"(?:\s+[a-z]+){0,2}\s+(?:is|are)\s+defined\s+(?:as|in|by)\b", re.IGNORECASE
)


def _being_defined(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are the term a definition is about to be given for:
    "defines a vulnerable person as", "the definition of a vulnerable adult", or "a
    vulnerable adult is defined as"."""
    cue = _DEFINES_BEFORE.search(text[max(0, start - 60) : start])
    if cue is not None:
        return cue.group().lower().startswith("definition") or bool(
            _DEFINED_AS_AFTER.match(text, end)
        )
    return bool(_IS_DEFINED_AFTER.match(text, end))


# A writer who says a term is not used, or no longer ("we don't use a term vulnerable
# adults today", "'service user' is no longer used"), is talking about it wherever it
# stands in the text: quoting the old guidance's title, rejecting it, correcting it.
_NOT_USED_BEFORE = (
    r"(?:do\s+not|don['’]t|does\s+not|doesn['’]t|no\s+longer|never|stopped)\s+"
    r"(?:use|using|say|saying)\s+(?:(?:a|the|this|that)\s+)?"
    r"(?:(?:term|word|label|phrase|expression)s?\s+)?[\"“‘']?"
)
_NOT_USED_AFTER = r"[\"”’']?\s+(?:is|are)\s+(?:no\s+longer|not)\s+used\b"
# What every sentence that disowns a term holds, whatever the term: a text without it needs
# no pattern compiled for its terms.
_DISOWNING = re.compile(
    r"(?:do\s+not|don['’]t|does\s+not|doesn['’]t|no\s+longer|never|stopped)\s+"
    r"(?:use|using|say|saying)\b|\s(?:is|are)\s+(?:no\s+longer|not)\s+used\b"
)


def _disowned(text: str, words: str) -> bool:
    """Whether the text says the words, or a word of them, are not, or no longer, used
    ("It's not the adult who's vulnerable" after "we don't use a term vulnerable
    adults"): every use of them in it is then talked about, not used on anyone."""
    lowered = text.lower()
    if not words.strip() or _DISOWNING.search(lowered) is None:
        return False  # no sentence of that shape; spares compiling one for every term
    candidates = dict.fromkeys(
        [words.lower(), *(w for w in words.lower().split() if len(w) > 3 and w.isalpha())]
    )
    return any(_disowned_pattern(c).search(lowered) is not None for c in candidates)


@lru_cache(maxsize=1024)
def _disowned_pattern(words: str) -> re.Pattern[str]:
    term = r"\s+".join(map(re.escape, words.split()))
    return re.compile(
        rf"\b{_NOT_USED_BEFORE}{term}(?![\w-])|(?<![\w-]){term}(?:\s+[a-z]+)?{_NOT_USED_AFTER}"
    )


def _set_against_its_negation(text: str, start: int, end: int) -> bool:
    """Whether the paragraph sets the words against their own negation ("boards refer to
    statutory and non-statutory reviews"; "All reviews are statutory ... not statutory and
    non-statutory"): the term itself is what the paragraph discusses, a category it
    draws or corrects, not a word used on the reader."""
    words = text[start:end]
    if not words.strip() or "\n" in words:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    bare = re.sub(r"(?i)^non-?", "", words)
    lowered = line.lower()
    # Each search below compiles a pattern for its words; most lines cannot match at all.
    if bare != words:
        if bare.lower() not in lowered:
            return False
        return re.search(rf"(?<![\w-]){re.escape(bare)}(?![\w-])", line, re.IGNORECASE) is not None
    if "non" not in lowered:
        return False
    return re.search(rf"(?<![\w])non-?{re.escape(words)}(?![\w-])", line, re.IGNORECASE) is not None


def names_a_topic(text: str, start: int) -> bool:
    """Whether the words at ``start`` are a theme in a list of a review's subjects ("The
    review identified themes including: - Alcohol misuse and self-neglect", "Key words:
    hospital discharge, ..."): the name of a subject, neither a label put on someone nor a
    working term used on the reader. A wordy phrase there is still wordy."""
    return in_topic_item(text, start)


def _in_template_instruction(text: str, start: int, end: int) -> bool:
    """Whether the words are inside a template's square bracket that tells whoever fills it
    in what to write ("[Summarise the impact on the adult's wellbeing]"): a note to the
    writer, not the letter's words."""
    opening = text.rfind("[", max(0, start - _QUOTE_WINDOW * 2), start)
    if opening < 0 or "]" in text[opening:start] or "\n" in text[opening:start]:
        return False
    closing = text.find("]", end)
    if closing < 0 or "\n" in text[end:closing]:
        return False
    return bool(_instruction_opening().match(text, opening + 1))


def _in_quotation_marks(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    opening = max(text.rfind(mark, max(line_start, start - _QUOTE_WINDOW), start + 1)
                  for mark in _OPENING_MARKS)  # fmt: skip
    if opening < 0:
        return False
    mark = text[opening]
    if opening > line_start and text[opening - 1].isalnum():
        return False  # an apostrophe inside a word: "carer's"
    closing = next(
        (i for i in range(max(end, opening + 1), min(line_end, end + _QUOTE_WINDOW))
         if text[i] in _CLOSING_MARKS and _closes(mark, text[i])),
        -1,
    )  # fmt: skip
    if closing < 0 or (closing + 1 < line_end and text[closing + 1].isalnum()):
        return False
    quoted = text[opening + 1 : closing]
    return 0 < len(quoted.split()) <= MAX_QUOTED_WORDS


def _closes(opening: str, closing: str) -> bool:
    pairs = {'"': '"', "“": "”", "‘": "’", "'": "'"}
    return pairs.get(opening) == closing or (opening in '"“' and closing in '"”')


# A sentence that opens by defining a thing by what is done in it or what it is: "Reablement
# is about working with the patient, ...", "Respite is when the carer has a break". Its
# subject is a word or a few in small letters after the first, never a person ("Mrs Lowe
# is about ...", "She is ...", "The patient is ...").
_OPENS_AS_A_DEFINITION = re.compile(
    r"\W*(?!(?:he|she|they|it|this|that|the|his|her|their|my|your|our|its|mr|mrs|ms|miss"
    r"|mx|dr)\b)[A-Za-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}\s+(?:is|are)\s+"
    r"(?:(?:all\s+)?about\s+[a-z]+ing|when|where)\s",
    re.IGNORECASE,
)


def in_a_definition(text: str, start: int, end: int, sentences: list[tuple[int, int]]) -> bool:
    """Whether the words at [start, end) stand in a sentence that opens by defining a thing
    ("Reablement is about working with the patient, ..."), after its subject: whoever they
    name there is anyone the thing is for, not someone in particular."""
    sentence_start, _ = sentence_around(sentences, start, end, len(text))
    found = _OPENS_AS_A_DEFINITION.match(text, sentence_start)
    return found is not None and found.end() <= start


def sentence_around(
    sentences: list[tuple[int, int]], start: int, end: int, length: int
) -> tuple[int, int]:
    """The sentence that holds ``start`` or ``end`` (widened to ``end``), or the whole text
    of ``length`` characters when no sentence does."""
    for s, e in sentences:
        if s <= start < e or (s < end <= e):
            return s, max(e, end)
    return 0, length


@cache
def _mention_terms() -> tuple[str, ...]:
    entries = load_lexicon("text-cues").entries
    return tuple(sorted((e.term for e in entries if e.kind == "mention"), key=len, reverse=True))


@cache
def _mention_cue_before() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _mention_terms())
    return re.compile(rf"(?<![\w-])(?:{alternatives})\s*[\"“‘']?\s*$", re.IGNORECASE)


@cache
def _pointer_after() -> re.Pattern[str]:
    """A bracket or dash aside that opens with a pointer ("(see Question 13 ...)", "(if
    you pay towards your care)") refers the reader elsewhere or adds a condition; it does
    not explain the words before it."""
    terms = sorted((e.term for e in load_lexicon("text-cues").entries if e.kind == "pointer"),
                   key=len, reverse=True)  # fmt: skip
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in terms)
    return re.compile(rf"\s*(?:[(\[]|[–—]|\s-)\s*(?:{alternatives})(?![\w-])", re.IGNORECASE)


@cache
def instruction_verbs() -> frozenset[str]:
    """The verbs that open an instruction to whoever fills in or writes a text ("Include",
    "Describe"), in lower case, from the text-cues lexicon."""
    return frozenset(
        e.term.lower() for e in load_lexicon("text-cues").entries if e.kind == "instruction"
    )


@cache
def _instruction_opening() -> re.Pattern[str]:
    terms = sorted(instruction_verbs(), key=len, reverse=True)
    return re.compile(rf"\s*(?:{'|'.join(map(re.escape, terms))})\b", re.IGNORECASE)


@cache
def _mention_cue_alone() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in _mention_terms())
    return re.compile(rf"(?:{alternatives})", re.IGNORECASE)
