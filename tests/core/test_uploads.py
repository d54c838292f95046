"""Uploads are checked by their content, not only their name (issue 13, finding 8)."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from core.uploads import upload_problem

EVIDENCE = {".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".jpg", ".jpeg", ".png"}

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 40
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 60
ELF = b"\x7fELF\x02\x01\x01" + b"\x00" * 40
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def zipped(*members: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for member in members:
            archive.writestr(member, "x")
    return buffer.getvalue()


def upload(name: str, content: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.pdf", PDF),
        ("map.png", PNG),
        ("photo.JPG", JPEG),
        ("reflection.txt", "Preparation went well — the grandparents came.".encode()),
        ("plan.docx", zipped("[Content_Types].xml", "word/document.xml")),
        ("plan.odt", zipped("mimetype", "content.xml")),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 40),
        ("letter.rtf", b"{\\rtf1\\ansi Hello}"),
    ],
)
def test_files_that_are_what_they_say_are_accepted(name, content):
    assert upload_problem(upload(name, content), EVIDENCE) is None


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("report.pdf", EXE, "is a program"),
        ("report.pdf", ELF, "is a program"),
        ("chart.png", SVG, "HTML or SVG"),
        ("notes.txt", HTML, "HTML or SVG"),
        ("notes.txt", b"  \n<svg><script>x</script></svg>", "HTML or SVG"),
        ("report.pdf", PNG, "not a PDF file"),
        ("photo.jpg", PNG, "not a JPG file"),
        ("plan.docx", zipped("xl/workbook.xml"), "not a DOCX file"),
        ("plan.docx", b"PK\x03\x04 not really a zip", "not a DOCX file"),
        ("notes.txt", b"\x00\x01\x02binary", "not a TXT file"),
        ("tool.exe", EXE, "cannot be uploaded here"),
        ("drawing.svg", SVG, "cannot be uploaded here"),
    ],
)
def test_files_that_are_not_what_they_say_are_refused_with_a_reason(name, content, says):
    problem = upload_problem(upload(name, content), EVIDENCE)
    assert problem is not None
    assert says in problem


def test_the_check_leaves_the_file_ready_to_save():
    file = upload("notes.pdf", PDF)
    upload_problem(file, EVIDENCE)
    assert file.read() == PDF


# Through the pages --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"), [("report.pdf", EXE), ("chart.png", SVG), ("notes.txt", HTML)]
)
def test_evidence_upload_is_refused_and_what_was_typed_is_kept(
    client, practitioner, settings, tmp_path, name, content
):
    from django.urls import reverse

    from assessments.models import Evidence, Statement

    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": tmp_path},
        },
    }
    statement = Statement.objects.filter(domain__level__framework__status="published").first()
    client.force_login(practitioner)
    response = client.post(
        reverse("assessments:evidence-add"),
        {
            "kind": "reflective_account",
            "title": "Supervision notes",
            "occurred_on": "2026-01-05",
            "statements": [statement.pk],
            "file": upload(name, content),
        },
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "cannot be uploaded" in body
    assert 'value="Supervision notes"' in body
    assert not Evidence.objects.filter(owner=practitioner).exists()


def test_an_editor_cannot_upload_a_program_as_a_document(client, db, settings, tmp_path):
    from django.contrib.auth.models import Group
    from django.urls import reverse
    from wagtail.documents.models import Document

    from people.enums import CONTENT_EDITOR_GROUP
    from tests.factories import UserFactory

    settings.MEDIA_ROOT = tmp_path
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    client.force_login(editor)
    response = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Referral form", "file": upload("referral.pdf", EXE), "collection": 1},
    )
    assert response.status_code == 200
    assert "is a program" in response.content.decode()
    assert not Document.objects.filter(title="Referral form").exists()
    good = client.post(
        reverse("wagtaildocs:add"),
        {"title": "Referral form", "file": upload("referral.pdf", PDF), "collection": 1},
    )
    assert good.status_code == 302
    assert Document.objects.filter(title="Referral form").exists()
