"""The words a finding covers: its clause, cut short before quoted words, trimmed, and claimed
for the paragraph so that one clause gets one piece of advice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recordlint.evaluative import sentence_of
from recordlint.lexicon import word_list
from recordlint.rules.opinion.sentences import BULLETS
from recordlint.rules.registry import ParagraphContext

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


CLAIMED = "opinion.claimed"


def claim(ctx: ParagraphContext, start: int, end: int) -> bool:
    """Record a flagged span for the paragraph; False when an earlier finding of this family
    already covers it, so one clause gets one piece of advice."""
    claimed: list[tuple[int, int]] = ctx.facts.setdefault(CLAIMED, [])
    if any(start < e and s < end for s, e in claimed):
        return False
    claimed.append((start, end))
    return True


# Words that lead into a quotation and so end a clause cut short before it: "and said
# 'everything is fine'", ", telling me '...'".
QUOTE_LEADS = frozenset({"and", "but", "then", "that", "saying", "telling"})


def clear_of_quotes(
    ctx: ParagraphContext, doc: Doc, start: int, end: int, cue_end: int
) -> tuple[int, int]:
    """The clause [start, end) cut short before the first quotation after the cue's own
    words ("Shanice was clearly frightened and said 'everything is fine now'"): a finding
    that overlaps quoted words is dropped, so the judgement is flagged without them. A
    quotation before the cue's end leaves the span as it is."""
    inside = [q for q in ctx.quotes if q[0] < end and start < q[1]]
    if not inside or inside[0][0] - 1 < cue_end:
        return start, end
    last = None
    for token in doc:
        if token.idx >= start and token.idx + len(token.text) <= inside[0][0] - 1:
            last = token
    while last is not None and last.idx >= cue_end and _leads_into_quote(last):
        last = doc[last.i - 1] if last.i > 0 else None
    if last is None or last.idx + len(last.text) <= start:
        return start, end
    return start, max(cue_end, last.idx + len(last.text))


def _leads_into_quote(token: Token) -> bool:
    return (
        token.is_punct
        or token.is_space
        or token.lower_ in QUOTE_LEADS
        or token.lemma_.lower() in word_list("reporting_verb")
    )


def own_conjunct(doc: Doc, word: Token, start: int, end: int) -> tuple[int, int] | None:
    """The character span of the coordinated clause that holds ``word`` within the clause
    [start, end) ("... and has no insight into the risks", "... and lives in squalor"):
    from the conjoined verb's first word to the end of the clause, or None when ``word``
    is not in a conjunct of its own."""
    current = word
    for _ in range(6):
        if current.dep_ == "conj" and current.head.i < current.i:
            first = min(
                (t.i for t in current.subtree if t.dep_ not in {"cc", "punct"}), default=current.i
            )
            first = max(first, current.head.i + 1)
            while first < current.i and doc[first].dep_ in {"cc", "punct"}:
                first += 1
            own_start = doc[first].idx
            if start < own_start < end:
                return own_start, end
            return None
        if current.head.i == current.i:
            return None
        current = current.head
    return None


def trimmed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of tokens ``start``..``end`` without trailing punctuation or a
    leading bullet."""
    while end - 1 > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    while start < end - 1 and (doc[start].text in BULLETS or doc[start].is_space):
        start += 1
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def clause(
    doc: Doc, cue_start: int, cue_end: int, subject: Token | None, last: Token
) -> tuple[int, int]:
    """The clause from its subject (when it comes first) to the end of the predicate."""
    sentence = sentence_of(doc[cue_start])
    start = cue_start
    if last.dep_ == "amod" and last.head.i > last.i:
        last = last.head  # "has a chaotic lifestyle": the clause ends with the noun
    if subject is not None and subject.i < cue_start and sentence.start <= subject.i < sentence.end:
        start = subject.left_edge.i
    end = max(cue_end, min(last.right_edge.i + 1, sentence.end))
    if last.dep_ == "dobj" and last.head.lemma_ == "have":
        # "has poor insight into her low mood": the parser hangs "into" on "has".
        for child in last.head.children:
            if child.dep_ == "prep" and child.i > last.i:
                end = max(end, min(child.right_edge.i + 1, sentence.end))
    return trimmed(doc, start, end)
