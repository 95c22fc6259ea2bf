"""Lexicon schema, loading and validation.

The words recordlint looks for live in reviewed TOML files under the top-level ``lexicons/``
folder, packaged into the wheel as ``recordlint/lexicons``. Each file has a ``[lexicon]``
header table and one ``[[entry]]`` table per term. The models are the schema: unknown
keys are rejected, so a typo in a field name fails loudly instead of being ignored, and the
committed JSON schemas in ``lexicons/schema/`` are generated from the same models.

Words are data, judgement is code: an entry says what to look for and what to suggest; the
rules decide when a match counts.

The package is split one concern a module, each using only those before it:

* ``fields``: the lexicons' names, :class:`LexiconError`, the field types, the entries'
  base models and the header.
* ``wording``: entries for words to replace or explain (acronyms, jargon, legal terms, wordy
  phrases, judgemental wording).
* ``cues``: entries for the cues the rules read (opinion markers, person evaluations,
  decisions, record dates, speech, text cues).
* ``word_lists``: entries for words and shapes listed for the rules to share (words never
  flagged, titles, column names, the shared word lists, date abbreviations).
* ``loading``: the entry model of each lexicon, :class:`Lexicon`, and loading and
  validating a file, with errors that name the file, entry and field.
* ``lookups``: what the rules ask of the lexicons besides their entries (advice or words,
  a shared word list, the acronyms lexicon's terms, the process labels for a person that
  end in given words).
"""

from __future__ import annotations

from recordlint.lexicon.cues import (
    DecisionEntry,
    OpinionMarkerEntry,
    PersonEvaluationEntry,
    SpeechEntry,
    TextCueEntry,
)
from recordlint.lexicon.fields import LEXICON_NAMES, LexiconError, LexiconHeader
from recordlint.lexicon.loading import (
    ENTRY_MODELS,
    Lexicon,
    lexicon_dir,
    lexicon_file_model,
    load_lexicon,
    load_lexicon_file,
)
from recordlint.lexicon.loading import parse as parse
from recordlint.lexicon.lookups import (
    acronym_terms,
    borrowed_phrase_words,
    is_advice,
    process_label_openings,
    word_list,
)
from recordlint.lexicon.word_lists import (
    ColumnNameEntry,
    DateAbbreviationEntry,
    DomainWordEntry,
    NeverFlagEntry,
    TitleEntry,
    WordListName,
)
from recordlint.lexicon.wording import (
    AcronymEntry,
    JargonEntry,
    JudgementalEntry,
    LegalTermEntry,
    WordyPhraseEntry,
)

__all__ = [
    "ENTRY_MODELS",
    "LEXICON_NAMES",
    "AcronymEntry",
    "ColumnNameEntry",
    "DateAbbreviationEntry",
    "DecisionEntry",
    "DomainWordEntry",
    "JargonEntry",
    "JudgementalEntry",
    "LegalTermEntry",
    "Lexicon",
    "LexiconError",
    "LexiconHeader",
    "NeverFlagEntry",
    "OpinionMarkerEntry",
    "PersonEvaluationEntry",
    "SpeechEntry",
    "TextCueEntry",
    "TitleEntry",
    "WordListName",
    "WordyPhraseEntry",
    "acronym_terms",
    "borrowed_phrase_words",
    "is_advice",
    "lexicon_dir",
    "lexicon_file_model",
    "load_lexicon",
    "load_lexicon_file",
    "process_label_openings",
    "word_list",
]
