"""RL40x: spelling. British English, checked offline against the en_GB dictionary.

The family is a package, one concern a module, each using only those before it:

* ``scanner``: the words a paragraph holds to check (:func:`words`), whether one opens a
  sentence, and what a word's shape says (a name, a name after a hyphen).
* ``accepted``: words the dictionary lacks that are still accepted (:func:`is_acceptable`):
  medicines, shorthand, dishes, other rules' words, closed compounds, "-able" adjectives.
* ``apostrophes``: a dictionary word that is a contraction with its apostrophe lost, read
  from the words around it ("she wont go", "its a formal warning").
* ``suggestions``: what is said about an unknown word (:func:`advice_on`): British forms,
  suggestions and their order.
* ``vocabulary``: one checker per set of team words, with its verdicts and advice
  remembered across paragraphs and records (:class:`Vocabulary`).
* ``checks``: the registered rule RL401 (:func:`misspelling`) and its finalizer.
"""

from __future__ import annotations

from recordlint.rules.spelling import checks as checks  # registers RL401
from recordlint.rules.spelling.checks import misspelling

__all__ = ["checks", "misspelling"]
