"""Issue 16: the demo's practice artefacts, read from demo/data/practice_artefacts.toml and
waiting in the team leaders' review queues."""

import shutil

import pytest
from django.urls import reverse

from assessments.enums import EvidenceKind, EvidenceStatus
from assessments.models import Evidence
from demo.loaders import DATA_DIR, DemoDataError
from demo.practice_artefacts import practice_artefact_texts, seed_practice_artefacts

pytestmark = pytest.mark.django_db


def test_the_artefacts_wait_for_their_team_leaders(client, practitioner, coordinator, team_leader):
    users = {"practitioner": practitioner, "coordinator2": coordinator}
    seed_practice_artefacts(users)
    seed_practice_artefacts(users)  # once each, however often it runs
    mapping = Evidence.objects.get(owner=practitioner)
    assert mapping.kind == EvidenceKind.THREE_COLUMN_ASSESSMENT
    assert mapping.status == EvidenceStatus.PENDING
    assert set(mapping.artefact) == {"worries", "working_well", "needs_to_happen"}
    # A line break inside a sentence in the file reads as a space.
    assert "\n" not in mapping.artefact["worries"]
    client.force_login(team_leader)
    queue = client.get(reverse("assessments:review-queue")).content.decode()
    assert mapping.title in queue
    page = client.get(reverse("assessments:review-evidence", args=[mapping.pk])).content.decode()
    assert "What is working well" in page


def test_an_artefact_missing_an_answer_is_a_data_error(tmp_path):
    shutil.copy(DATA_DIR / "practice_artefacts.toml", tmp_path)
    path = tmp_path / "practice_artefacts.toml"
    path.write_text(path.read_text().replace("working_well = '''", "not_a_question = '''"))
    with pytest.raises(DemoDataError, match="working_well"):
        practice_artefact_texts(tmp_path)
