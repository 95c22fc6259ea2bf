"""Words explained where they stand: "respite (a short break for the carer)".

:func:`is_explained` reads the sentence around the words first (a bracket, a dash, a
relative clause, a purpose clause, an appositive), then asks the questions of
:mod:`~recordlint.usage.nearby` and :mod:`~recordlint.usage.definitions` about the text
around it. :func:`explained_a_few_words_on` finds an explanation the reader meets a few
words late.
"""

from __future__ import annotations

import re

from recordlint.segments import LIST_MARKER
from recordlint.text import line_end, line_start
from recordlint.usage.cues import pointer_after
from recordlint.usage.definitions import DEFINED_AFTER, defined_elsewhere, determined, term_pattern
from recordlint.usage.nearby import (
    asked_about,
    does_next,
    done_through,
    explained_in_its_item,
    explained_in_next_sentences,
    heading_explained_below,
    purpose_of_its_kind_next,
    said_what_it_gives_next,
)
from recordlint.usage.sentence import NOTHING_MORE, sentence_around

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
# "To work out how much you can pay, we'll carry out a financial assessment", "In order to
# work out if you are eligible ..., we will need to carry out a carer's assessment".
_PURPOSE_BEFORE = re.compile(
    r"\W*(?:in\s+order\s+|so\s+as\s+)?to\s+(?:work\s+out|find\s+out|decide|check|see)\s+(?:if|whether|what|how|which)\b"
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


# A sentence that opens with one of the thing in general and says what such a thing does:
# "A carer's assessment will look at the different ways caring affects your life", "A
# financial assessment will calculate how much you need to contribute". "The assessment
# will look at ..." or "Your assessment will look at ..." speaks of one in particular. A
# clause on when may come first ("If you are eligible for our support a financial assessment
# will look at whether ..."): it is still one in general.
_ONE_IN_GENERAL_BEFORE = re.compile(
    r"\W*(?:(?:if|when|once)\s+[^.;:!?]*?,?\s+)?an?\s+$", re.IGNORECASE
)
_WHAT_SUCH_A_THING_DOES_AFTER = re.compile(
    r"\s+(?:(?:will|would|can|should|may)\s+)?(?:also\s+)?"
    r"(?:looks?\s+at|works?\s+out|finds?\s+out|calculates?|determines?|checks?|decides?)"
    r"\s+[\w'‘“\"]"
)


# "By care and support needs we mean something that is essential": the writer says what
# they mean by the term.
_BY_BEFORE = re.compile(r"\bby\s+['‘\"“]?$", re.IGNORECASE)
_WE_MEAN_AFTER = re.compile(r"['’\"”]?,?\s+(?:we|I)\s+mean\b", re.IGNORECASE)


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


# A term in brackets after the words that say what it is: "legal authority to make
# decisions on behalf of the person (Lasting Power of Attorney or Deputyship)". The words
# before the bracket are a description in small letters, not a name ("Mrs Patel (OT)").
_NAMED_IN_BRACKET_BEFORE = re.compile(r"[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){3}\s*\(\s*$")
_NAMED_IN_BRACKET_AFTER = re.compile(r"(?:\s+(?:or|and)\s+[\w'’ -]{1,40}?)?\s*\)")


def is_explained(text: str, start: int, end: int, sentences: list[tuple[int, int]]) -> bool:
    """Whether the writer explains the words at [start, end) where they are used."""
    sentence_start, sentence_end = sentence_around(sentences, start, end, len(text))
    after = text[end:sentence_end]
    if _EXPLAINED_AFTER.match(after) and not pointer_after().match(after):
        return True
    head = _HEAD_NOUN_AFTER.match(after)
    if (
        head
        and _BRACKET_EXPLAINS.match(after, head.end())
        and not pointer_after().match(after, head.end())
    ):
        return True  # "statutory requirements (actions the home must comply with)"
    if _EXPLAINED_LATER_IN_SENTENCE.search(after):
        return True
    if _EXAMPLES_IN_BRACKET_AFTER.match(after):
        return True  # "reasonable adjustments they need to make (such as ...)"
    if DEFINED_AFTER.match(after) and not determined(text, sentence_start, start, end):
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
    if _WHAT_SUCH_A_THING_DOES_AFTER.match(after) and _ONE_IN_GENERAL_BEFORE.fullmatch(
        text, sentence_start, start
    ):
        return True  # "A carer's assessment will look at the different ways caring ..."
    if _AIM_OF_AFTER.match(after) and _AIM_OF_BEFORE.search(text[sentence_start:start]):
        return True  # "An aim of intermediate care is to make people as independent ..."
    if explained_in_next_sentences(text, sentence_end, sentences):
        return True
    if said_what_it_gives_next(text, start, end, sentence_end, sentences):
        return True
    if NOTHING_MORE.fullmatch(after) and (
        does_next(text, start, end, sentence_end, sentences)
        or done_through(text, sentence_start, start, sentences)
    ):
        return True
    if explained_in_its_item(text, start, end):
        return True  # "Respite stay in a care home - You'll have this if you need ..."
    if _explained_in_item_above(text, start, end, sentences):
        return True  # the same term explained in the list item just above
    if purpose_of_its_kind_next(text, start, end, sentence_end, sentences):
        return True
    if _NAMED_IN_BRACKET_BEFORE.search(text[sentence_start:start]) and (
        _NAMED_IN_BRACKET_AFTER.match(after)
    ):
        return True  # "authority to make decisions for the person (Lasting Power of Attorney)"
    if heading_explained_below(text, start, end):
        return True  # "Care and support plans" over "... the plan will set out what ..."
    return defined_elsewhere(text, text[start:end], sentences) or asked_about(text, text[start:end])


def explained_a_few_words_on(text: str, start: int, end: int) -> bool:
    """Whether a bracket a few words after the words at [start, end), past where or how
    often, says what help they are ("reablement at home (up to six weeks of free support
    ...)", "reablement twice a day (short-term help to regain skills)"). The reader meets
    the term before its explanation, so a rule may keep its advice at a lower severity
    rather than drop it (compare :func:`is_explained`)."""
    after = text[end : line_end(text, end)]
    words = _WORDS_BEFORE_BRACKET.match(after)
    return bool(
        words
        and _BRACKET_EXPLAINS.match(after, words.end())
        and _BRACKET_SAYS_WHAT_HELP.match(after, words.end())
        and not pointer_after().match(after, words.end())
    )


def _explained_in_item_above(
    text: str, start: int, end: int, sentences: list[tuple[int, int]]
) -> bool:
    """Whether the words stand in a list item and the item just above, in the same list,
    explains them where it uses them ("• Respite stay in a care home - You'll have this if
    ... • Temporary stay ... any respite stay allowance")."""
    begins = line_start(text, start)
    if not LIST_MARKER.match(text, begins) or begins == 0:
        return False
    above_start = line_start(text, begins - 1)
    if not LIST_MARKER.match(text, above_start):
        return False
    words = tuple(text[start:end].split())
    if not words:
        return False
    return any(
        is_explained(text, found.start(), found.end(), sentences)
        for found in term_pattern(words).finditer(text, above_start, begins - 1)
    )
