"""British English spelling, fully offline.

The word list is the en_GB Hunspell dictionary (Marco A.G. Pinto's British English dictionary,
LGPL), shipped with recordlint in ``recordlint/dictionaries/`` with its licence notice
(``en_GB.LICENSE.txt``; provenance in ``dictionaries/README.md``). Shipping the two files
(1.2 MB) replaces a registry package that brought every language's dictionary (312 MB); no
smaller registry package ships en_GB Hunspell files for Python.

Two readers are supported, chosen at load time:

* ``chunspell`` (compiled Hunspell; its wheels bundle libhunspell, so no system library is
  needed): loads the dictionary in about 0.1 s and looks words up several times faster than
  ``spylls``. Preferred when importable.
* ``spylls`` (pure Python port of Hunspell): the fallback for platforms without a ``chunspell``
  wheel; loads in about 0.7 s.

Both readers take 100-300 ms to produce Hunspell suggestions for this dictionary, so
``suggest`` first tries British variants of American spellings and single-edit corrections
(checked by dictionary lookup, a few milliseconds); for a word with none, the word with a
capital, two slips of the fingers (swapped, doubled or undoubled letters) and two words
joined by a hyphen, in that order, for words of up to 16 letters; and only then asks the
reader. Answers are memoised. ``bench/spelling_backends.py`` prints the figures.

What counts as correct is deliberately pragmatic (precision first): tokens in capitals or
containing digits are left to the acronym rule, hyphenated words pass when every part does,
possessives pass when the word does, and a short list of care vocabulary the dictionary lacks
is accepted. American ``-ize``/``-yze`` forms are reported even though the dictionary accepts
Oxford spelling, because council style is ``-ise``.

The package reads in layers, each module using only those before it:

- ``dictionary``: the dictionary's files, the two readers and :func:`open_reader`.
- ``tokens``: a token's written shape (apostrophes, hyphens, capitals, possessives, case).
- ``variants``: British forms of American spellings, and words one slip or one edit away.
- ``checker``: :class:`SpellChecker`, the care words it accepts, its answers memoised.
"""

from recordlint.spellcheck.checker import (
    CARE_WORDS,
    MAX_SUGGESTION_CHARS,
    SpellChecker,
    dictionary_knows,
    offerable,
)
from recordlint.spellcheck.dictionary import (
    DICTIONARY_DIR,
    DICTIONARY_NAME,
    DictionaryNotInstalled,
    dictionary_dir,
    open_reader,
)

__all__ = [
    "CARE_WORDS",
    "DICTIONARY_DIR",
    "DICTIONARY_NAME",
    "MAX_SUGGESTION_CHARS",
    "DictionaryNotInstalled",
    "SpellChecker",
    "dictionary_dir",
    "dictionary_knows",
    "offerable",
    "open_reader",
]
