"""The language server: recordlint's findings in the editor, as the practitioner writes.

A thin translator over the core: it imports the Linter, configuration and finding types and
nothing from ``recordlint.rules`` except docs for hover.
"""
