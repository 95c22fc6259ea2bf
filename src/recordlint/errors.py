"""Errors raised by recordlint.

    RecordlintError
    ├── ConfigError          a configuration file or option is wrong (exit status 2)
    ├── ModelNotInstalled    the spaCy pipeline named in config cannot be loaded
    └── InputError           an input file cannot be read as text

Lexicon problems raise ``recordlint.lexicon.LexiconError``, also a ``RecordlintError``.
Every message says what is wrong, where (file, key, row) and what to do.
"""

from __future__ import annotations


class RecordlintError(Exception):
    """The root of every error recordlint raises on purpose."""


class ConfigError(RecordlintError):
    """A configuration file or option is invalid."""


class ModelNotInstalled(RecordlintError):
    """The spaCy English pipeline is not installed."""


class InputError(RecordlintError):
    """An input cannot be read as text."""
