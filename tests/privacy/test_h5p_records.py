"""What H5P activities keep about a learner is in their download (results, never answers), and
what an activity saved for them goes when they are anonymised (the result stays)."""

import pytest
from django.utils import timezone
from wagtail_lms.models import H5PAttempt, H5PContentUserData

from learning.h5p import xapi_save
from learning.models import LessonCompletion
from privacy.anonymise import person_anonymise
from tests.factories import build_module
from tests.h5p_packages import h5p_lesson
from tests.privacy.test_records_download import download, files_of, section

pytestmark = pytest.mark.django_db

TYPED = "My answer about the family meeting"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def played(practitioner):
    lesson = h5p_lesson(build_module(title="Activity module", lessons=[]))
    xapi_save(
        learner=practitioner,
        lesson=lesson,
        statement={
            "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
            "result": {"score": {"raw": 4, "max": 5, "scaled": 0.8}, "response": TYPED},
        },
    )
    return lesson


def test_the_download_holds_the_activitys_results_and_the_lesson_score(
    client, practitioner, played
):
    files = files_of(download(client, practitioner))
    [activity] = section(files, "h5p-activities")
    assert activity["activity"] == "Test activity"
    assert (activity["completion"], activity["score"], activity["out_of"]) == ("completed", 4, 5)
    [result] = activity["results"]
    assert result["verb"]["id"].endswith("/completed")
    assert TYPED not in str(files)
    [enrolment] = section(files, "enrolments")
    assert enrolment["lessons_done"][0]["score"] == 80


def test_anonymising_removes_what_the_activity_saved_but_keeps_the_result(practitioner, played):
    attempt = H5PAttempt.objects.get(user=practitioner)
    H5PContentUserData.objects.create(attempt=attempt, data_type="state", value=TYPED)
    person_anonymise(person=practitioner, today=timezone.localdate())
    assert not H5PContentUserData.objects.exists()
    assert H5PAttempt.objects.get(user=practitioner).completion_status == "completed"
    assert LessonCompletion.objects.filter(lesson=played).exists()
