"""Issue 16: a practice artefact's answers are in the subject access download and are
blanked when a leaver is anonymised, like the rest of the text of their evidence."""

import json

import pytest
from django.utils import timezone

from assessments.enums import EvidenceKind
from assessments.models import Framework
from privacy.anonymise import person_anonymise
from tests.assessments.conftest import level_statements
from tests.assessments.test_practice_artefacts import make_artefact
from tests.privacy.test_records_download import download, files_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def statements_a(db):
    return level_statements(Framework.objects.get(code="FGCC", status="published"), "A")


def test_subject_access_download_holds_the_answers(client, practitioner, statements_a):
    make_artefact(practitioner, statements_a[:1], EvidenceKind.SCALING_QUESTION)
    [record] = json.loads(files_of(download(client, practitioner))["evidence.json"])
    assert record["practice_artefact"]["The number chosen"] == "6 out of 10"
    assert record["practice_artefact"]["Why this number"] == (
        "The network has kept to the plan for eight weeks."
    )


def test_anonymising_a_leaver_blanks_the_answers(practitioner, statements_a):
    evidence = make_artefact(practitioner, statements_a[:1])
    person_anonymise(person=practitioner, today=timezone.localdate())
    evidence.refresh_from_db()
    assert evidence.artefact == {}
    assert evidence.title == "Three-column assessment"
    assert evidence.kind == EvidenceKind.THREE_COLUMN_ASSESSMENT
