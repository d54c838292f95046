"""A lesson that plays an H5P activity: its xAPI statements complete it, and with it the module
(certificate, CPD entry, evidence); its files go only to people who may read the lesson."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail_lms.models import H5PAttempt, H5PXAPIStatement

from assessments.enums import EvidenceKind
from assessments.models import Evidence, Statement
from content.models import LessonPage
from learning import services
from learning.models import CPDEntry, LessonCompletion, ModuleCompletion
from tests.factories import build_module
from tests.h5p_packages import LIBRARY, h5p_lesson
from tests.scorm_packages import scorm_lesson

pytestmark = pytest.mark.django_db

VERB = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def module(db):
    statements = list(Statement.objects.filter(code__in=["FGCC-A-K-06"]))
    return build_module(title="Activity module", lessons=[], statements=statements)


@pytest.fixture
def lesson(module):
    return h5p_lesson(module)


def statement(verb="completed", *, raw=9, max_score=10, success=True, **extra):
    """What H5P's triggerXAPIScored sends, with an actor and answer we must not keep."""
    result = {"score": {"min": 0, "max": max_score, "raw": raw, "scaled": raw / max_score}}
    if success is not None:
        result["success"] = success
    result["response"] = "Free text about the Smith family"
    return {
        "actor": {"name": "Someone", "mbox": "mailto:someone@example.org"},
        "verb": {"id": VERB + verb, "display": {"en-US": verb}},
        "object": {"id": "http://testserver/h5p/1", "objectType": "Activity"},
        "result": result,
        **extra,
    }


def post(client, lesson, body):
    return client.post(
        reverse("learning:h5p-runtime", args=[lesson.pk]),
        body if isinstance(body, str) else json.dumps({"statement": body}),
        content_type="application/json",
    )


def test_a_completed_statement_completes_the_lesson_module_and_certificate(
    client, practitioner, lesson, module
):
    client.force_login(practitioner)
    response = post(client, lesson, statement("attempted", success=None))
    assert response.json()["lesson_done"] is False
    assert not LessonCompletion.objects.exists()

    response = post(client, lesson, statement("completed", raw=9, max_score=10))
    assert response.json() == {
        "lesson_done": True,
        "activity_finished": True,
        "activity_failed": False,
    }
    assert LessonCompletion.objects.get(lesson=lesson).score == 90
    completion = ModuleCompletion.objects.get(learner=practitioner, module=module)
    assert CPDEntry.objects.filter(owner=practitioner, source_key=f"module:{module.pk}").exists()
    assert Evidence.objects.get(owner=practitioner).kind == EvidenceKind.MODULE_COMPLETION
    assert client.get(reverse("learning:certificate", args=[completion.pk])).status_code == 200
    # wagtail-lms keeps the attempt for its admin reports; we keep no answer and no actor
    attempt = H5PAttempt.objects.get(user=practitioner)
    assert (attempt.completion_status, attempt.success_status) == ("completed", "passed")
    kept = H5PXAPIStatement.objects.filter(attempt=attempt).last().statement
    assert "actor" not in kept and "response" not in kept["result"]
    assert "Smith" not in json.dumps(kept)


@pytest.mark.parametrize("verb", ["answered", "passed"])
def test_answered_and_passed_also_finish_the_activity(client, practitioner, lesson, verb):
    client.force_login(practitioner)
    assert post(client, lesson, statement(verb, raw=3, max_score=4)).json()["lesson_done"]
    assert LessonCompletion.objects.get(lesson=lesson).score == 75


@pytest.mark.parametrize(
    "failing", [statement("completed", raw=2, success=False), statement("failed", raw=2)]
)
def test_a_failed_result_does_not_complete_the_lesson_until_a_pass(
    client, practitioner, lesson, failing
):
    client.force_login(practitioner)
    answer = post(client, lesson, failing).json()
    assert answer["lesson_done"] is False and answer["activity_failed"] is True
    assert not LessonCompletion.objects.exists()
    with pytest.raises(ValidationError, match="Finish the activity"):
        services.lesson_complete(learner=practitioner, lesson=lesson)
    assert post(client, lesson, statement("completed", raw=8)).json()["lesson_done"]


def test_a_question_inside_a_container_does_not_finish_the_activity(client, practitioner, lesson):
    client.force_login(practitioner)
    child = statement(
        "answered", context={"contextActivities": {"parent": [{"id": "http://x/h5p/1"}]}}
    )
    assert post(client, lesson, child).json()["lesson_done"] is False
    assert not LessonCompletion.objects.exists()


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        json.dumps({"statement": ["completed"]}),
        json.dumps({"statement": {"verb": "completed"}}),
        json.dumps({"statement": {"verb": {"id": 5}}}),
        json.dumps({"statement": {"verb": {"id": VERB + "completed"}, "result": []}}),
        json.dumps(
            {"statement": {"verb": {"id": VERB + "completed"}, "result": {"score": {"raw": "9"}}}}
        ),
        json.dumps(
            {"statement": {"verb": {"id": VERB + "completed"}, "result": {"success": "yes"}}}
        ),
        json.dumps(
            {"statement": {"verb": {"id": VERB + "passed"}, "result": {"score": {"scaled": 7}}}}
        ),
        json.dumps({"statement": {"verb": {"id": VERB + "completed"}, "x": "y" * 70_000}}),
        '{"statement": {"verb": {"id": "v"}, "result": {"score": {"raw": NaN}}}}',
    ],
)
def test_bad_runtime_input_is_refused_without_saving_anything(client, practitioner, lesson, body):
    client.force_login(practitioner)
    response = post(client, lesson, body)
    assert response.status_code == 400
    assert "error" in response.json()
    assert not H5PXAPIStatement.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_the_lesson_page_embeds_the_player_under_the_strict_policy(client, practitioner, lesson):
    client.force_login(practitioner)
    response = client.get(lesson.url)
    page = response.content.decode()
    assert 'id="h5p-activity"' in page
    content_url = reverse("learning:package-file", args=[lesson.pk, "h5p.json"])[
        : -len("/h5p.json")
    ]
    assert f'data-content-url="{content_url}"' in page
    assert "vendor/h5p-standalone/main.bundle.js" in page
    assert "Mark as done" not in page
    policy = response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy


def test_package_files_are_served_to_readers_of_the_lesson(client, practitioner, lesson):
    client.force_login(practitioner)
    for path, expected in [
        ("h5p.json", b"PracticeCircleCheck"),
        (f"{LIBRARY}/check.js", b"attach"),
    ]:
        response = client.get(reverse("learning:package-file", args=[lesson.pk, path]))
        assert response.status_code == 200, path
        assert expected in b"".join(response.streaming_content)
    script = client.get(reverse("learning:package-file", args=[lesson.pk, f"{LIBRARY}/check.js"]))
    assert "javascript" in script["Content-Type"]


def test_package_files_and_runtime_are_404_for_people_outside_the_lessons_audience(
    client, expert, lesson
):
    client.force_login(expert)  # the module is written for practitioners only
    assert (
        client.get(reverse("learning:package-file", args=[lesson.pk, "h5p.json"])).status_code
        == 404
    )
    assert post(client, lesson, statement()).status_code == 404
    assert not H5PAttempt.objects.exists()


def test_a_lesson_serves_only_its_own_activitys_files(client, practitioner, module, lesson):
    other = h5p_lesson(module, slug="other-activity")
    client.force_login(practitioner)
    other_folder = other.h5p_activity.extracted_path
    for path in [f"../{other_folder}/h5p.json", "missing.json", "..", "a\\..\\h5p.json"]:
        url = reverse("learning:package-file", args=[lesson.pk, "x"])[:-1] + path
        assert client.get(url).status_code == 404, path


def test_a_scorm_lessons_runtime_is_not_an_h5p_runtime(client, practitioner, module):
    course = scorm_lesson(module, slug="a-course")
    client.force_login(practitioner)
    assert post(client, course, statement()).status_code == 400
    assert not LessonCompletion.objects.exists()


def test_a_lesson_cannot_play_both_a_scorm_package_and_an_h5p_activity(module, lesson):
    course = scorm_lesson(module, slug="a-course")
    both = LessonPage.objects.get(pk=lesson.pk)
    both.scorm_package = course.scorm_package
    with pytest.raises(ValidationError) as error:
        both.full_clean()
    assert "h5p_activity" in error.value.message_dict


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    from people.enums import CONTENT_EDITOR_GROUP
    from tests.factories import UserFactory

    person = UserFactory()
    person.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return person


def test_an_editor_chooses_the_activity_on_the_lesson_and_previews_it(client, editor, lesson):
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert edit.status_code == 200
    assert "H5P activity" in edit.content.decode()
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert preview.status_code == 200
    body = preview.content.decode()
    assert "Learners play the H5P activity" in body
    assert 'id="h5p-activity"' not in body


def test_the_runtime_needs_the_csrf_token_and_a_signed_in_reader(practitioner, lesson):
    from django.test import Client

    url = reverse("learning:h5p-runtime", args=[lesson.pk])
    response = Client().post(url, json.dumps({"statement": statement()}), "application/json")
    assert response.status_code == 302  # signed out: to sign in
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(practitioner)
    response = strict.post(url, json.dumps({"statement": statement()}), "application/json")
    assert response.status_code == 403
    assert not H5PAttempt.objects.exists()
    page = strict.get(lesson.url)
    token = page.content.decode().split('data-csrf-token="')[1].split('"')[0]
    response = strict.post(
        url,
        json.dumps({"statement": statement()}),
        "application/json",
        headers={"X-CSRFToken": token},
    )
    assert response.json()["lesson_done"] is True
