"""What SCORM courses keep about a learner is in their download, and goes when they are
anonymised (the status and score stay, like lessons done)."""

import pytest
from django.utils import timezone
from wagtail_lms.models import SCORMAttempt, SCORMData

from learning.models import LessonCompletion
from learning.scorm import runtime_save
from privacy.anonymise import person_anonymise
from tests.factories import build_module
from tests.privacy.test_records_download import download, files_of, section
from tests.scorm_packages import scorm_lesson

pytestmark = pytest.mark.django_db

TYPED = "My answer about the family meeting"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def played(practitioner):
    lesson = scorm_lesson(build_module(title="Course module", lessons=[]))
    runtime_save(
        learner=practitioner,
        lesson=lesson,
        values={
            "cmi.suspend_data": TYPED,
            "cmi.core.score.raw": "80",
            "cmi.core.lesson_status": "passed",
        },
    )
    return lesson


def test_the_download_holds_what_the_course_saved_and_the_lesson_score(
    client, practitioner, played
):
    files = files_of(download(client, practitioner))
    [course] = section(files, "scorm-courses")
    assert course["course"] == "Test course"
    assert (course["completion"], course["success"], course["score"]) == ("completed", "passed", 80)
    assert course["saved_values"]["cmi.suspend_data"] == TYPED
    [enrolment] = section(files, "enrolments")
    assert enrolment["lessons_done"][0]["score"] == 80


def test_anonymising_removes_what_the_course_saved_but_keeps_the_result(practitioner, played):
    person_anonymise(person=practitioner, today=timezone.localdate())
    assert not SCORMData.objects.exists()
    attempt = SCORMAttempt.objects.get(user=practitioner)
    assert (attempt.completion_status, attempt.suspend_data) == ("completed", "")
    assert LessonCompletion.objects.filter(lesson=played).exists()
