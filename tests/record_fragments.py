"""Pieces of real-looking records, and awkward characters, for mixing into random records.

The robustness tests draw from these with hypothesis; ``bench/fuzz_mixes.py`` mixes them
with a seeded random generator. Each piece is something that has broken a text tool before:
quotation marks of every kind (opened and never closed), bullets, headers with dates,
acronyms and their spellings-out, titles glued to names, emoji, combining marks,
right-to-left text and marks, NUL, byte order marks, lone surrogates and very long lines.
"""

from __future__ import annotations

import random

QUOTE_MARKS = ('"', "“", "”", "‘", "’", "'", "«", "»", "„", "‚", "「", "」", "‹", "›")

FRAGMENTS: tuple[str, ...] = (
    # Ordinary sentences and the one-line records that once crashed the process.
    "Visited Mrs Khan at home.",
    "She said she wants to stay at home.",
    "Bath Ethnic Minority Senior Citizens Association (BEMSCA): BEMSCA maintains support.",
    "a.B",
    "Dr.Smith visited.",
    "Mr.Jones rang. Mrs.Ali was out.",
    "e.g.Friday i.e.today",
    "The GP and the OT will attend the MDT.",
    "Deprivation of Liberty Safeguards (DoLS) apply; the DoLS expires.",
    "s42 enquiry opened; CHC checklist done; A&E attended.",
    "Her son said “she is fine”.",
    "She said “I want to stay here…",
    "He told me 'I'm fine' and it's Tom's.",
    "'",
    "“",
    "”",
    '"',
    "„Nein“, sagte sie.",
    "«Je veux rester», dit-elle.",
    "The carers' rota and the person's dog.",
    # Structure: bullets, headers, labels, dates, letters.
    "- appt with GP tues\n- h/v booked",
    "• Medication: Donepezil 10mg\n• Mobility: uses a frame",
    "1) Outcome: package increased\n2) Next review: 12/03/2026",
    "Date of contact: 02/03/2026\nDate entered: 06/03/2026",
    "Seen 5/1/26 at home, typed up 9/1/26.",
    "Dear Mrs Khan,",
    "Yours sincerely,\nJo Smith\nSocial Worker",
    "Re: Mr H Yusuf (DOB 3.4.51)",
    "Name: Priya\nPerson: Jamie",
    "What matters to me:",
    "Tel: 01934 888 888  Email: duty.team@council.gov.uk",
    "Contact: Sam Patel on 0121 303 1234.",
    "Mrs Linda Shaw, daughter of Mrs Pollard, said:",
    "Mrs Desai lacks capacity.",
    "Decision: move to residential care.",
    "Non-compliant and refused personal care. Claims she is fine.",
    # Characters that trip tokenizers and encoders.
    "\U0001f600\U0001f44d\U0001f3fd",
    "e\u0301\u0301\u0301 a\u0308",
    "\u200f\u202eשלום\u202c مرحبا",
    "\u200b\u200c\u200d\ufeff",
    "\x00",
    "\ufeffVisited",
    "\ud800",
    "\udfff\ud83d",
    "\t\t  \r\n",
    "\r",
    "\u2028\u2029",
    "...",
    "—–-",
    "()[]{}",
    "x" * 300,
    "word " * 200,
    "and then she said " * 300,  # one line longer than a paragraph block
    "“" * 50,
    "A" * 60,
)

SEPARATORS = ("", " ", "\n", "\n\n", "\r\n", ". ", " “", "” ", "\n- ")


def random_mix(rng: random.Random, most: int = 12) -> str:
    """One record of up to ``most`` fragments, with separators and stray quotation marks."""
    parts: list[str] = []
    for _ in range(rng.randint(1, most)):
        parts.append(rng.choice(FRAGMENTS))
        if rng.random() < 0.25:
            parts.append(rng.choice(QUOTE_MARKS))
        parts.append(rng.choice(SEPARATORS))
    return "".join(parts)
