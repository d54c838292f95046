"""What an uploaded file really is, from its first bytes, checked against its name.

An extension is only a claim: an executable named `.pdf`, an SVG with an `onload` named `.png`
or a web page named `.txt` would otherwise be stored and later handed to a colleague's browser
or desktop. Each allowed extension names the signatures its content may start with; SVG, HTML
and executables are refused whatever they are called.
"""

import zipfile
from collections.abc import Iterable
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile

SNIFF_BYTES = 2048

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003 and other compound documents
_ZIP = b"PK\x03\x04"

# Extension → what its content may begin with. Office Open XML and OpenDocument files are
# zip archives; which one is told apart by a member only they have (see _zip_holds).
SIGNATURES: dict[str, tuple[bytes, ...]] = {
    ".pdf": (b"%PDF-",),
    ".doc": (_OLE,),
    ".docx": (_ZIP,),
    ".xlsx": (_ZIP,),
    ".pptx": (_ZIP,),
    ".odt": (_ZIP,),
    ".rtf": (b"{\\rtf",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".txt": (),  # plain text: checked by _is_plain_text instead
    ".csv": (),
}
ZIP_MEMBERS = {
    ".docx": "word/document.xml",
    ".xlsx": "xl/workbook.xml",
    ".pptx": "ppt/presentation.xml",
    ".odt": "mimetype",
}
TEXT_EXTENSIONS = {".txt", ".csv"}

# Content refused whatever its name: programs, and files a browser would run as a page.
_EXECUTABLES = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")
_MARKUP = (b"<!doctype html", b"<html", b"<svg", b"<script", b"<?xml", b"<head", b"<body")


def _head(upload: UploadedFile) -> bytes:
    upload.seek(0)
    head = upload.read(SNIFF_BYTES)
    upload.seek(0)
    return head


def _is_markup(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith(_MARKUP) or b"<svg" in start[:512] or b"<script" in start


def _is_plain_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut at the end of the sniffed bytes is still text.
        if error.start < len(head) - 3:
            return False
    return True


def _zip_holds(upload: UploadedFile, member: str) -> bool:
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            return member in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False
    finally:
        upload.seek(0)


def upload_problem(upload: UploadedFile, allowed: Iterable[str]) -> str | None:
    """Why this upload is refused, in words for the person who chose it; None if it is fine."""
    extension = PurePath(upload.name or "").suffix.lower()
    allowed = {ext.lower() for ext in allowed}
    if extension not in allowed or extension not in SIGNATURES:
        return "This kind of file cannot be uploaded here."
    head = _head(upload)
    if head.startswith(_EXECUTABLES):
        return "This file is a program, which cannot be uploaded."
    if _is_markup(head):
        return "This file is a web page or drawing (HTML or SVG), which cannot be uploaded."
    if extension in TEXT_EXTENSIONS:
        ok = _is_plain_text(head)
    else:
        ok = head.startswith(SIGNATURES[extension])
        if ok and extension in ZIP_MEMBERS:
            ok = _zip_holds(upload, ZIP_MEMBERS[extension])
    if not ok:
        return (
            f"The file's content is not a {extension[1:].upper()} file, although its name says "
            "it is. Save it again in that format, or choose the right file."
        )
    return None


def check_upload(upload: UploadedFile, allowed: Iterable[str], *, field: str = "file") -> None:
    """Raise a ValidationError on `field` if the upload is not what its name says."""
    problem = upload_problem(upload, allowed)
    if problem:
        raise ValidationError({field: problem})
