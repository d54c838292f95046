"""One ZIP of everything held about a person: a JSON file per kind of record, their evidence
files, and a README saying what is in it. Built in a temporary file, never in memory, since
evidence files may be large."""

import json
import shutil
import tempfile
import zipfile
from typing import IO

from django.core.serializers.json import DjangoJSONEncoder
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.text import slugify

from people.models import User
from privacy import selectors


def records_folder_name(subject: User) -> str:
    return f"practice-circle-records-{slugify(subject.username)}-{timezone.localdate():%Y-%m-%d}"


def _write_evidence_files(archive: zipfile.ZipFile, folder: str, subject: User) -> list[str]:
    """Copy each evidence file into the ZIP; returns the paths of files that are missing."""
    missing = []
    for item in selectors.evidence_with_files(subject):
        path = f"{folder}/{selectors.evidence_file_path(item)}"
        try:
            source = item.file.open("rb")
        except FileNotFoundError:
            missing.append(path)
            continue
        with source, archive.open(path, "w") as target:
            shutil.copyfileobj(source, target)
    return missing


def records_zip(subject: User) -> IO[bytes]:
    """Everything held about `subject`, as a ZIP in a temporary file open at its start.

    The caller closes it (a FileResponse does); the file goes when it is closed.
    """
    folder = records_folder_name(subject)
    handle = tempfile.TemporaryFile()  # noqa: SIM115 - handed to the response, which closes it
    with zipfile.ZipFile(handle, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, read in selectors.SECTIONS.items():
            body = json.dumps(read(subject), cls=DjangoJSONEncoder, indent=2, ensure_ascii=False)
            archive.writestr(f"{folder}/{name}.json", body)
        missing = _write_evidence_files(archive, folder, subject)
        readme = render_to_string(
            "privacy/records_readme.txt",
            {
                "subject": subject,
                "made_at": timezone.localtime(),
                "evidence_folder": selectors.EVIDENCE_FILES_FOLDER,
                "missing": missing,
            },
        )
        archive.writestr(f"{folder}/README.txt", readme)
    handle.seek(0)
    return handle
