"""Safe access to spaCy docs: the only ways into a ``Doc`` that cannot crash the process.

spaCy's C code trusts its callers. Three mistakes turn into a segmentation fault rather
than an exception, and each of them has crashed recordlint on ordinary one-line records:

- Reading a token just past either end of a doc. ``doc[i]`` checks bounds with a margin
  of padding, so ``doc[len(doc)]`` returns a token over empty memory, and reading its text
  dereferences a null pointer.
- Walking the dependency tree of a doc the parser did not run on. The tokenizer copies
  some tokens (special cases such as "Dr." or "a." glued to the next word) from its cache
  together with stale left and right edges, and ``token.lefts``, ``children``,
  ``left_edge`` and ``subtree`` follow them outside the doc. :func:`flat_tree` repairs the
  edges as each doc is made (the pipelines from :mod:`recordlint.nlp` run it first).
- Keeping tokens, spans or docs after the memory zone they were made in has closed: their
  strings and lexemes are freed. Rules hand on plain values (offsets and text) only.

The helpers here return ``None`` or an empty result where spaCy would crash.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

FLAT_TREE_COMPONENT = "recordlint_flat_tree"

# Where a doc keeps its own text once read (see :func:`doc_text`).
_TEXT_KEY = "recordlint.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per doc and kept on it.

    spaCy joins the text from a new Python object per token on every read of ``doc.text``;
    rules that read it per sentence or per line unit made that join one of the engine's
    largest costs. A doc's text never changes (retokenizing keeps it), so one copy serves.
    """
    text: str | None = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the doc's kept text (see :func:`doc_text`) rather than joined
    from a new Python object per token: a span's text runs from its first token's start to
    its last token's end, without that token's trailing space."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def remember_text(doc: Doc, text: str) -> None:
    """Give ``doc`` its text without joining it, for a caller that already holds it (the
    text the doc was made from)."""
    doc.user_data[_TEXT_KEY] = text


def token_at(doc: Doc | Span, index: int) -> Token | None:
    """The token at ``index`` of a doc or span (negative counts from the end), or None
    outside it."""
    length = len(doc)
    if index < 0:
        index += length
    if not 0 <= index < length:
        return None
    return doc[index]


def word_one_space_before(doc: Doc, text: str, offset: int) -> Token | None:
    """The token of ``doc`` (made from ``text``) that ends one space before ``offset``: the
    word straight in front of a phrase found at ``offset`` ("the occupational therapy
    [duty worker]", "his [clients]"; a punctuation mark is a token too), or None when a
    line break, more than one space or nothing stands there."""
    before: Token | None = None
    for token in doc:
        if token.idx + len(token.text) > offset:
            break  # tokens end in order: none later ends before the offset
        before = token
    if before is None or text[before.idx + len(before.text) : offset] != " ":
        return None
    return before


def first_token(span: Span | None) -> Token | None:
    """The first token of a span, or None when there is no span or it is empty."""
    return token_at(span, 0) if span is not None else None


def last_token(span: Span | None) -> Token | None:
    """The last token of a span, or None when there is no span or it is empty."""
    return token_at(span, -1) if span is not None else None


def char_span(
    doc: Doc,
    start: int,
    end: int,
    alignment_mode: Literal["strict", "contract", "expand"] = "strict",
) -> Span | None:
    """``doc.char_span`` limited to the doc's text, and None rather than an empty span.

    Offsets outside the text are clipped to it; a span with no tokens (the characters are
    only whitespace, or ``start`` is not before ``end``) is None, so callers never index an
    empty span.
    """
    text_length = len(doc_text(doc))
    start = max(0, min(start, text_length))
    end = max(0, min(end, text_length))
    if start >= end:
        return None
    span = doc.char_span(start, end, alignment_mode=alignment_mode)
    if span is None or len(span) == 0:
        return None
    return span


def has_parse(doc: Doc | Span) -> bool:
    """Whether the parser ran on this doc, so dependency labels and heads mean something."""
    from spacy.tokens import Span

    source = doc.doc if isinstance(doc, Span) else doc
    return bool(source.has_annotation("DEP"))


def flat_tree(doc: Doc) -> Doc:
    """Give every token of a freshly tokenized doc a tree of its own: no head, no
    children, both edges at itself.

    The tokenizer leaves stale edges on tokens it copies from its cache; until the parser
    runs (and it does not run for paragraphs whose rules need only tokens) those edges
    lead outside the doc. Giving every token a dependency label for a moment makes spaCy
    rebuild the edges from the heads; the labels and sentence starts are then put back, so
    the doc reads as unparsed, exactly as before.
    """
    import numpy
    from spacy.attrs import DEP, HEAD, SENT_START

    length = len(doc)
    if length == 0 or doc.has_annotation("DEP"):
        return doc
    sentence_starts = doc.to_array([SENT_START])
    heads_and_labels = numpy.zeros((length, 2), dtype="uint64")
    heads_and_labels[:, 1] = 1  # any non-zero label: it is only there to trigger the rebuild
    # spaCy reads numpy arrays here; its type stubs name thinc's Ints2d instead.
    doc.from_array([HEAD, DEP], heads_and_labels)  # type: ignore[arg-type]
    restored = numpy.zeros((length, 2), dtype="uint64")
    restored[:, 1] = sentence_starts
    doc.from_array([DEP, SENT_START], restored)  # type: ignore[arg-type]
    return doc


def span_copy(span: Span, array_head: tuple[int, ...], array: Any) -> Doc:
    """``span.as_doc(array_head=..., array=...)`` without the span's mean vector.

    ``as_doc`` gives the copy the span's vector and its norm, which it averages from a new
    token object per word; no rule reads a vector, and a copy's own vector is worked out
    from its tensor if ever asked for. Everything else is done as ``as_doc`` does it:
    ``array`` (the whole doc's ``array_head`` columns) has the rows of the span's tokens
    rewired so their heads stay inside it, in place, as ``as_doc`` does.
    """
    from spacy.attrs import ENT_IOB, SPACY
    from spacy.tokens import Doc

    from recordlint.token_view import token_view, view_of_copy

    doc = span.doc
    rows = array[span.start : span.end]
    view = token_view(doc)
    words = list(view.text[span.start : span.end])
    spaces = [bool(flag) for flag in rows[:, array_head.index(SPACY)].tolist()]
    copy = Doc(doc.vocab, words=words, spaces=spaces)
    span._fix_dep_copy(array_head, rows)  # type: ignore[attr-defined]
    if len(rows) > 0 and ENT_IOB in array_head:
        column = array_head.index(ENT_IOB)
        if rows[0][column] == 1:
            rows[0][column] = 3
    copy.from_array(array_head, rows)  # type: ignore[arg-type]
    # Entities cut by the span's edges are marked missing, as as_doc marks them.
    copy_ents = copy.ents
    if len(copy_ents) > 0:
        span_ents = {(ent.start, ent.end) for ent in span.ents}
        for ent in (copy_ents[0], copy_ents[-1]):
            if (ent.start + span.start, ent.end + span.start) not in span_ents:
                copy.set_ents([], missing=[ent], default="unmodified")
    copy.noun_chunks_iterator = doc.noun_chunks_iterator  # type: ignore[attr-defined]
    copy.user_hooks = doc.user_hooks
    copy.user_span_hooks = doc.user_span_hooks
    copy.user_token_hooks = doc.user_token_hooks
    copy.tensor = doc.tensor[span.start : span.end]
    for key, value in doc.cats.items():
        # A category of a stretch of the doc is keyed (start, end, label).
        stretch: Any = key
        if (
            isinstance(stretch, tuple)
            and len(stretch) == 3
            and stretch[:2] == (span.start_char, span.end_char)
        ):
            copy.cats[stretch[2]] = value
    # The copy's words, lemmas, tags and parts of speech are the span's, read already.
    view_of_copy(copy, view, span.start, span.end)
    return copy
