"""The letter helpers: where the body is, who to contact, and how to reach them."""

from __future__ import annotations

import pytest

from recordlint.rules.letters import letter_parts, means_of_contact, named_contact

LETTER = """Mrs Doreen Pollard
14 Beach Road
Weston-super-Mare BS23 1UJ

Dear Mrs Pollard,

Thank you for seeing me. Please phone me, Sam Hollis, on 01934 888 888.

Yours sincerely,

Sam Hollis
Social Worker, Adult Care"""


@pytest.mark.parametrize(
    "number",
    ["01934 888 888", "0121 303 1234", "029 2087 2087", "07700 900 312", "0300 1234 131",
     "+44 (0)117 922 2700", "01753475111", "0800-123-4567"],
)  # fmt: skip
def test_uk_telephone_numbers(number: str) -> None:
    assert means_of_contact(f"Ring us on {number}.") == ["phone"]


@pytest.mark.parametrize(
    "text",
    ["Seen on 02/03/2026.", "Our ref ASC/2026/04412.", "NHS number 485 777 3456.",
     "Contribution of £84.50 a week.", "Ring 999 in an emergency.", "Grade 2, 4 calls a day."],
)  # fmt: skip
def test_numbers_that_are_not_telephone_numbers(text: str) -> None:
    assert means_of_contact(text) == []


def test_email_and_postcode() -> None:
    assert means_of_contact("Write to Town Hall, Bristol BS1 5TR or a.b@example.gov.uk") == [
        "email",
        "address",
    ]


def test_only_allowed_means_count() -> None:
    assert means_of_contact("Ring 01934 888 888.", ("email",)) == []


def test_letter_parts_skip_the_address_block_and_signature() -> None:
    parts = letter_parts(LETTER)
    body = LETTER[parts.body_start : parts.body_end]
    assert "BS23" not in body
    assert body.strip().startswith("Thank you")
    assert parts.signature_start is not None
    assert LETTER[parts.signature_start :].strip().startswith("Sam Hollis")


def test_named_contact_in_the_body_first() -> None:
    assert named_contact(LETTER, letter_parts(LETTER)) == "Sam Hollis"


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Dear Jo,\n\nContact: Ms Lucy Adebayo, Occupational Therapy.", "Ms Lucy Adebayo"),
        ("Dear Jo,\n\nSee you soon.\n\nKind regards\n\nAdult Social Care Review Team",
         "Adult Social Care Review Team"),
        ("Dear Jo,\n\nPlease contact the office.", None),
        ("Dear Jo,\n\nSee you soon.\n\nYours sincerely\n\nSocial Worker", None),
        ("Dear Jo,\n\nSee you soon.\n\nFinancial Assessment and Benefits Team",
         "Financial Assessment and Benefits Team"),
        ("Questions? Please email or call Care Direct on 0345 155 1012.", "Care Direct"),
        ("Tel: 01323 464127 (Service Agreement Team)\n\nDear Jo,\n\nSee you soon.",
         "Service Agreement Team"),
        ("Tel: 01323 464127 (weekdays)\n\nDear Jo,\n\nSee you soon.", None),
        ("Give your views by writing to ACS Charging Consultation, County Hall, SG13 8DP.",
         "ACS Charging Consultation"),
        ("Give your views by writing to the charging office, County Hall, SG13 8DP.", None),
    ],
)  # fmt: skip
def test_named_contact(text: str, who: str | None) -> None:
    assert named_contact(text, letter_parts(text)) == who


@pytest.mark.parametrize(
    "line",
    ["Radosław Wiśniewski, Social Worker", "Siân Nic Dhomhnaill", "Zoë O'Neill",
     "Łukasz Wróbel", "Aisha al-Hassan", "Ludwig van Dijk", "Mr Ömer Çelik", "Dr al-Hassan",
     "Équipe Santé Team"],
)  # fmt: skip
def test_names_in_any_alphabet_are_named_contacts(line: str) -> None:
    text = f"Dear Jo,\n\nSee you soon.\n\nYours sincerely\n\n{line}\nPhone 01392 265 400"
    assert named_contact(text, letter_parts(text)) == line


@pytest.mark.parametrize(
    "line", ["social worker", "the duty desk", "ÅSA", "van Dijk", "Wiśniewski"]
)
def test_lower_case_words_and_single_names_are_not_full_names(line: str) -> None:
    text = f"Dear Jo,\n\nSee you soon.\n\nYours sincerely\n\n{line}"
    assert named_contact(text, letter_parts(text)) is None
