"""Words explained outside their own sentence: in the next one, under a heading, in a list.

"... a financial assessment. This will look at how much you need to contribute", a heading
"Care and support plans" over "the plan will set out ...", a list item "Respite stay - You'll
have this if ...", a question "What is a needs assessment?". Each function answers one such
shape for :func:`recordlint.usage.explained.is_explained`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from recordlint.segments import BULLET_CLASS
from recordlint.text import line_end, line_start, lines_from
from recordlint.usage.sentence import CLOSING_MARKS, NOTHING_MORE, OPENING_MARKS

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


# A sentence that goes on about the thing just named ("This is not a test."): the one
# after it may still be the explanation ("It is how we see what you can afford").
_ABOUT_IT_NEXT = re.compile(r"^\W*(?:this|that|it)\b", re.IGNORECASE)
MAX_SENTENCES_TO_EXPLANATION = 2
_OPENING_WINDOW = 80  # enough of a sentence's opening for the patterns above


# A heading: a short line with no closing mark of a sentence or a clause.
MAX_HEADING_WORDS = 8
_HEADING_END = tuple(".!?,;:")
# What the thing a heading names is or does, said of it by its own noun in the section
# under the heading: "the plan will set out the details of what we've agreed", "The plan
# will list these", "This plan should put you in control of your care", "A direct payment
# is an amount of money ...",
# "The Deprivation of Liberty Safeguards protects people who lack mental capacity from
# ...". "The plan was agreed on Monday" says what happened to one.
_SECTION_SAYS_WHAT_IT_DOES = (
    r"\s+(?:(?:will|should|can|may|would|must)\s+)?(?:also\s+)?"
    r"(?:sets?\s+out|shows?|says|documents?|records?|describes?|explains?|includes?|lists?"
    r"|(?:puts?|gives?|lets?|allows?|helps?)\s+you|helps?\s+(?:to\s+)?decide"
    r"|protects?\s+(?:you|people|adults|anyone|those)"
    r"|(?:is|are)\s+(?:an?|how|where|what|when|money|used\s+to|at\s+the\s+heart\s+of))\b"
)


def heading_explained_below(text: str, start: int, end: int) -> bool:
    """Whether the words at [start, end) are a heading of their own ("Care and support
    plans") and the section under it, up to the next heading, says what the thing is or
    does by its noun ("... the plan will set out the details of what we've agreed"): a
    page explains its headings' terms under them, as leaflets do. A heading whose section
    only uses the term ("Presenting needs" over "An assessment will look at the presenting
    needs") leaves it unexplained."""
    begins = line_start(text, start)
    ends = line_end(text, end)
    line = text[begins:ends].strip()
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
    for following in lines_from(text, ends):
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
    joined = " ".join(section)
    if _section_pattern(noun).search(joined) is not None:
        return True
    # A letter's subject line ("Re: Care Act assessment") heads the whole letter, not a
    # section about the thing.
    return ":" not in line and _section_says_what_for(joined, noun)


# What the section says such a thing is for, in a sentence that names it by the heading's
# noun: a purpose clause later in that sentence ("In the financial assessment, we will take
# into account the income and assets you own to work out if you need to contribute"), or
# the next sentence opening with what is decided by it ("... has a legal duty to carry out a
# care needs assessment. They decide whether you're eligible ...", "This will let us decide
# if you should have help"). The purpose needs its
# "to" or its opening: "we'll also find out what's important to you" in a later sentence
# says what else happens at one, and "The assessment will look at ..." what it covers. The
# thing is met as "the", "a" or "your" one: "lacks capacity to decide whether ..." names
# the decision a finding is about, not what capacity is.
_PURPOSE_LATER = re.compile(
    r"\bto\s+(?:work\s+out|find\s+out|decide|determine|calculate|check|see)"
    r"\s+(?:if|whether|how|what|which)\b",
    re.IGNORECASE,
)
_DECIDED_NEXT = re.compile(
    r"\W*(?:they|we|it|this)\s+(?:will\s+)?(?:(?:lets?|helps?)\s+(?:us|them)\s+(?:to\s+)?)?"
    r"(?:decides?|works?\s+out|determines?)"
    r"\s+(?:if|whether|how|what|which)\b",
    re.IGNORECASE,
)
_SECTION_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _section_says_what_for(section: str, noun: str) -> bool:
    """Whether a sentence of the section names the thing by ``noun`` and says, after it or
    by the next sentence's opening, what such a thing is for."""
    noun_at = re.compile(
        rf"\b(?:the|this|that|your|each|every|an?)\s+(?:[\w'’-]+\s+){{0,4}}?{re.escape(noun)}s?\b",
        re.IGNORECASE,
    )
    said = _SECTION_SENTENCE_END.split(section)
    for index, sentence in enumerate(said):
        found = noun_at.search(sentence)
        if found is None:
            continue
        if _PURPOSE_LATER.search(sentence, found.end()):
            return True
        if index + 1 < len(said) and _DECIDED_NEXT.match(said[index + 1]):
            return True
    return False


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


def explained_in_next_sentences(
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


def said_what_it_gives_next(
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
    if after and NOTHING_MORE.fullmatch(text, after.end(), sentence_end):
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


def purpose_of_its_kind_next(
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


def does_next(
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
    return len(noun) > 3 and words[-1].strip(OPENING_MARKS + CLOSING_MARKS).lower() in (
        noun,
        noun + "s",
        noun.removesuffix("s"),
    )


def done_through(
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


def explained_in_its_item(text: str, start: int, end: int) -> bool:
    """Whether the words open a line's label, and the rest of the line says after a dash or
    colon when you would have the thing or what it is ("Respite stay in a care home - You'll
    have this if you need to stay in a care home for a short time")."""
    begins = line_start(text, start)
    return bool(
        _ITEM_LABEL_BEFORE.fullmatch(text, begins, start) and _ITEM_EXPLAINED_AFTER.match(text, end)
    )


def asked_about(text: str, words: str) -> bool:
    """Whether a heading asks what the words mean ("What is a needs assessment?", "What
    does reablement mean?"), what such a thing holds ("What does a care and support plan
    contain?", answered by the list under it) or how the thing works ("How does reablement
    work?"): the
    section under it answers, as leaflets do for their terms. The words may be singular in
    the question and plural where they are used ("Safeguarding Adults Reviews")."""
    lowered = text.lower()
    if "?" not in text or ("what" not in lowered and "how" not in lowered):
        return False  # no question of that shape; spares compiling one for every term
    term = r"\s+".join(re.escape(word.removesuffix("s")) + "s?" for word in words.split())
    article = r"(?:an?\s+|the\s+)?"
    question = (
        rf"\b(?:what\s+(?:is|are)\s+{article}{term}"
        rf"|what\s+(?:does|do)\s+{article}{term}\s+(?:mean|contain|include|cover)"
        rf"|how\s+(?:does|do)\s+{article}{term}\s+work)\s*\?"
    )
    return re.search(question, text, re.IGNORECASE) is not None
