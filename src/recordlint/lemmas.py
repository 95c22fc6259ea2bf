"""spaCy's rule-based lemmatizer, with each word's lemma remembered across documents.

The lemmatizer already remembers the lemma of a word with a given part of speech and
morphology, but finds that key through a Python token object and a morphology object per
token, which costs more than the lookup it saves. Here the keys are read for the whole
document at once, and the lemmatizer itself is asked only for keys not yet seen: the same
lemmas, set on the same tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer
    from spacy.tokens import Doc

# Remembered keys, at most: a long-running service meets new words for ever.
_MAX_REMEMBERED = 200_000


class RememberedLemmatizer:
    """Sets what ``lemmatizer`` (in its rule mode) sets, asking it once per word, part of
    speech and morphology."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], str] = {}
        _index_as_sets(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        add = doc.vocab.strings.add
        lemmas = self._lemmas
        overwrite = self.lemmatizer.overwrite
        # Hashes, one row per token (spaCy types the array as floats).
        rows: Any = doc.to_array([ORTH, POS, MORPH, LEMMA])
        found_lemmas = rows[:, 3].copy()
        for position, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma != 0 and not overwrite:
                continue  # set before (the attribute ruler's "n't" -> "not"), and kept
            if pos == 0:
                # The lemmatizer warns about a token with no part of speech: let it.
                found_lemmas[position] = add(self.lemmatizer.lemmatize(doc[position])[0])
                continue
            key = (orth, pos, morph)
            found = lemmas.get(key)
            if found is None:
                found = self.lemmatizer.lemmatize(doc[position])[0]
                if len(lemmas) >= _MAX_REMEMBERED:
                    lemmas.clear()
                lemmas[key] = found
            # Added to the string store each time: a memory zone may have let it go.
            found_lemmas[position] = add(found)
        doc.from_array([LEMMA], found_lemmas.reshape((-1, 1)))
        return doc


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Keep each part of speech's known lemmas as a set rather than the list spaCy loads.

    For every candidate lemma of a new word the rule mode asks whether it is a known one:
    in a list of up to 57,000 nouns that is a scan, which made each new word cost a tenth
    of a millisecond. A set gives the same answers. The lemmatizer is no longer in the
    pipeline (this component took its place), so nothing saves its tables afterwards.
    """
    index = lemmatizer.lookups.get_table("lemma_index", {})
    for part_of_speech, lemmas in list(index.items()):
        if isinstance(lemmas, list):
            index[part_of_speech] = frozenset(lemmas)
