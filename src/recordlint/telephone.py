"""UK telephone numbers as records and letters print them, read the same way by every rule
that asks whether a number is given: whether a letter says how to get in touch, and whether a
team named in a sentence is followed by its number."""

from __future__ import annotations

import re

# 01934 888 888, 0121 303 1234, 029 2087 2087, 07700 900 312, 0300 1234 131,
# +44 (0)117 922 2700, 0800 123 4567; the area code may stand in brackets: (01226) 773300.
# Not part of a longer run of digits, a date ("01/02/2026") or a reference ("0123-4567-89").
UK_TELEPHONE_NUMBER = (
    r"(?<![\d/.-])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d(?:\)?[ \t-]?\d){8,9}(?!\d|[/.-]\d)"
)
TELEPHONE_NUMBER = re.compile(UK_TELEPHONE_NUMBER)
