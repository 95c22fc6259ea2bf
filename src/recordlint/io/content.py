"""What a file holds, told from its first bytes, and whether a Word or Excel file is safe to open.

File names lie: a PDF saved as ``.txt``, an old binary ``.xls`` renamed ``.csv``, a workbook
renamed ``.docx``. Reading goes by content, so a PDF is refused in one line instead of being
linted as text full of "obj" and "endobj".

Word and Excel files are zip archives. A small archive can inflate to gigabytes (a "zip
bomb"), so before any parser sees one, the archive's directory is checked: each part's
inflated size, the total, and how far each part inflates. Python's zip reader never returns
more than a part's declared size, so checking the declared sizes bounds the memory used.
"""

from __future__ import annotations

import codecs
import zipfile
import zlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from recordlint.errors import InputError

# Enough to recognise every signature below and to see a text file's first lines.
_HEAD_BYTES = 8192

# Deflate of real document XML inflates by 5 to 20 times; a part that inflates by more than
# this is built to exhaust memory. (Apache POI refuses the same ratio by default.)
MAX_INFLATE_RATIO = 100
# Parts up to this size may inflate further without harm: styles, and letters built from
# one repeated template paragraph, compress hundreds of times and cost little to parse.
RATIO_GRACE_BYTES = 16 * 1024 * 1024
# A Word document's XML runs to many times its text (markup, styles, revision marks);
# this many times the text limit leaves room for any real letter or assessment.
WORD_XML_PER_TEXT = 32
# A workbook's sheets are read a row at a time, but its shared-strings part (every cell's
# text) is held whole; an export of many thousands of notes still fits in this many times
# the per-record limit.
EXCEL_XML_PER_TEXT = 256
# A part list longer than this is not an office document (a few hundred at most).
MAX_PARTS = 10_000


class FileType(Enum):
    TEXT = "text"
    WORD = "Word document"
    EXCEL = "Excel workbook"
    ZIP = "zip archive"
    PDF = "PDF"
    OLD_OFFICE = "old Office file"
    RTF = "RTF document"
    OPEN_DOCUMENT = "OpenDocument file"
    BINARY = "binary file"


@dataclass(frozen=True, slots=True)
class Signature:
    magic: bytes
    file_type: FileType


_SIGNATURES = (
    Signature(b"%PDF-", FileType.PDF),
    # Compound File Binary: .doc, .xls and .ppt before 2007 (and some .msg files).
    Signature(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", FileType.OLD_OFFICE),
    Signature(b"{\\rtf", FileType.RTF),
    Signature(b"PK\x03\x04", FileType.ZIP),
    Signature(b"PK\x05\x06", FileType.ZIP),  # an empty archive
)

# Byte order marks of the Unicode encodings Windows offers, longest first: the UTF-32 LE mark
# begins with the UTF-16 LE one.
TEXT_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_REFUSALS = {
    FileType.PDF: "a PDF file, which recordlint cannot read; copy its text into a .txt file "
    "or save the original as .docx",
    FileType.OLD_OFFICE: "an old binary Office file (.doc or .xls), which recordlint cannot "
    "read; save it as .docx or .xlsx",
    FileType.RTF: "an RTF document, which recordlint cannot read; save it as .docx or .txt",
    FileType.OPEN_DOCUMENT: "an OpenDocument file, which recordlint cannot read; save it as "
    ".docx or .xlsx",
    FileType.ZIP: "a zip archive, not a Word document or Excel workbook",
    FileType.BINARY: "looks like a binary file, not text",
}


def text_bom(head: bytes) -> str | None:
    """The codec for text that starts with a byte order mark, or None."""
    for bom, encoding in TEXT_BOMS:
        if head.startswith(bom):
            return encoding
    return None


def sniff(head: bytes) -> FileType:
    """The type of a file from its first bytes (zip archives are told apart by open_zip)."""
    if text_bom(head) is not None:
        return FileType.TEXT
    for signature in _SIGNATURES:
        if head.startswith(signature.magic):
            return signature.file_type
    if b"\x00" in head:
        return FileType.BINARY
    return FileType.TEXT


def detect(path: Path) -> FileType:
    """The type of the file at ``path``, by content. Raises OSError when it cannot be read."""
    with path.open("rb") as handle:
        head = handle.read(_HEAD_BYTES)
    found = sniff(head)
    if found is not FileType.ZIP:
        return found
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return FileType.ZIP  # refused as a damaged archive when opened
    return zip_type(names)


def zip_type(names: set[str]) -> FileType:
    """What an archive holding these part names is."""
    if "word/document.xml" in names:
        return FileType.WORD
    if "xl/workbook.xml" in names:
        return FileType.EXCEL
    if "mimetype" in names and any(name == "content.xml" for name in names):
        return FileType.OPEN_DOCUMENT
    # Office files name their main part in [Content_Types].xml; a non-standard main part
    # name still means Word or Excel, and the parser is the judge of the rest.
    if "[Content_Types].xml" in names:
        if any(name.startswith("word/") for name in names):
            return FileType.WORD
        if any(name.startswith("xl/") for name in names):
            return FileType.EXCEL
    return FileType.ZIP


def refusal(file_type: FileType) -> str | None:
    """Why a file of this type is not read, or None when it is."""
    return _REFUSALS.get(file_type)


def check_archive(path: Path, max_total: int) -> None:
    """Refuse a Word or Excel file whose parts would inflate past ``max_total`` bytes in all
    or in one part, or whose parts inflate suspiciously far, before any parser opens it.

    Raises InputError naming the part; the archive's directory is all that is read.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
    except zipfile.BadZipFile as error:
        raise InputError(f"a damaged zip archive ({_plain_zip_error(error)})") from None
    if len(parts) > MAX_PARTS:
        raise InputError(f"holds {len(parts):,} parts; an office document has a few hundred")
    total = 0
    for part in parts:
        total += part.file_size
        if part.file_size > max_total:
            raise InputError(
                f"part {part.filename} would inflate to {_megabytes(part.file_size)}, over the "
                f"{_megabytes(max_total)} allowed (raise --max-size if the file is genuine)"
            )
        ratio = part.file_size / max(part.compress_size, 1)
        if part.file_size > RATIO_GRACE_BYTES and ratio > MAX_INFLATE_RATIO:
            raise InputError(
                f"part {part.filename} would inflate {ratio:,.0f} times "
                f"({_megabytes(part.compress_size)} to {_megabytes(part.file_size)}); "
                "refused as a likely zip bomb"
            )
    if total > max_total:
        raise InputError(
            f"would inflate to {_megabytes(total)} in all, over the {_megabytes(max_total)} "
            "allowed (raise --max-size if the file is genuine)"
        )


def _plain_zip_error(error: zipfile.BadZipFile) -> str:
    message = str(error)
    return message[:1].lower() + message[1:] if message else "not a zip archive"


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:,.1f} MB"


def describe_damage(error: BaseException, part: str | None = None) -> str:
    """A damaged Word or Excel part in plain words, naming the part when it is known.

    Parsers report damage as zip, zlib, XML or key errors with their own wording; a person
    needs to know which part is broken and that the file should be saved again.
    """
    message = str(error)
    if isinstance(error, zipfile.BadZipFile) and "CRC" in message:
        named = _quoted_name(message) or part
        what = "fails its checksum (the file is corrupt)"
    elif isinstance(error, zipfile.BadZipFile):
        named = _quoted_name(message) or part
        what = f"is not a readable zip archive ({_plain_zip_error(error)})"
    elif isinstance(error, KeyError):
        named = _quoted_name(message) or part
        return f"part {named} is missing from the file" if named else "a part is missing"
    elif type(error).__name__ in ("XMLSyntaxError", "ParseError"):
        named = part
        position = getattr(error, "position", None) or getattr(error, "lineno", None)
        where = f" at line {position[0] if isinstance(position, tuple) else position}"
        what = "holds XML that is cut short or malformed" + (where if position else "")
    elif isinstance(error, EOFError) or type(error).__name__ == "error":  # zlib.error
        named = part
        what = "is cut short or its compressed data is corrupt"
    else:
        named = part
        what = f"could not be read ({message or type(error).__name__})"
    subject = f"part {named}" if named else "the file"
    return f"{subject} {what}; open and save it again, or export it afresh"


def _quoted_name(message: str) -> str | None:
    """The part name a zip error message quotes ("... for file 'word/document.xml'")."""
    start = message.find("'")
    end = message.find("'", start + 1)
    return message[start + 1 : end] if 0 <= start < end else None


def broken_part(path: Path) -> str | None:
    """The first part of an archive that fails its checksum or does not parse as XML, to
    name it when a parser only said that something was wrong. Call only after
    check_archive: every part is read."""
    from xml.etree.ElementTree import ParseError, fromstring

    try:
        with zipfile.ZipFile(path) as archive:
            for part in archive.infolist():
                try:
                    data = archive.read(part)
                    if part.filename.endswith((".xml", ".rels")):
                        fromstring(data)
                except (ParseError, zipfile.BadZipFile, EOFError, OSError, zlib.error):
                    return part.filename
    except (zipfile.BadZipFile, OSError):
        return None
    return None
