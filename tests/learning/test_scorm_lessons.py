"""A lesson that plays a SCORM package: the runtime completes it, and with it the module
(certificate, CPD entry, evidence); its files go only to people who may read the lesson."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail_lms.models import SCORMAttempt, SCORMData

from assessments.enums import EvidenceKind
from assessments.models import Evidence, Statement
from learning import services
from learning.models import CPDEntry, LessonCompletion, ModuleCompletion
from tests.factories import build_module
from tests.scorm_packages import scorm_2004_files, scorm_lesson

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def module(db):
    statements = list(Statement.objects.filter(code__in=["FGCC-A-K-06"]))
    return build_module(title="Course module", lessons=[], statements=statements)


@pytest.fixture
def lesson(module):
    return scorm_lesson(module)


def post_runtime(client, lesson, values):
    return client.post(
        reverse("learning:scorm-runtime", args=[lesson.pk]),
        json.dumps({"values": values}),
        content_type="application/json",
    )


def test_the_package_reporting_completed_completes_the_lesson_module_and_certificate(
    client, practitioner, lesson, module
):
    client.force_login(practitioner)
    response = post_runtime(client, lesson, {"cmi.core.lesson_status": "incomplete"})
    assert response.json() == {"lesson_done": False}
    assert not LessonCompletion.objects.exists()

    response = post_runtime(
        client,
        lesson,
        {"cmi.core.score.raw": "90", "cmi.core.lesson_status": "completed"},
    )
    assert response.json() == {"lesson_done": True}
    assert LessonCompletion.objects.get(lesson=lesson).score == 90
    completion = ModuleCompletion.objects.get(learner=practitioner, module=module)
    assert CPDEntry.objects.filter(owner=practitioner, source_key=f"module:{module.pk}").exists()
    evidence = Evidence.objects.get(owner=practitioner)
    assert evidence.kind == EvidenceKind.MODULE_COMPLETION
    certificate = client.get(reverse("learning:certificate", args=[completion.pk]))
    assert certificate.status_code == 200
    # wagtail-lms keeps the runtime data, for its admin reports
    attempt = SCORMAttempt.objects.get(user=practitioner)
    assert (attempt.completion_status, attempt.score_raw) == ("completed", 90.0)
    assert SCORMData.objects.filter(attempt=attempt, key="cmi.core.lesson_status").exists()


def test_a_failed_package_does_not_complete_the_lesson(client, practitioner, lesson):
    client.force_login(practitioner)
    response = post_runtime(client, lesson, {"cmi.core.lesson_status": "failed"})
    assert response.json() == {"lesson_done": False}
    assert not LessonCompletion.objects.exists()


def test_scorm_2004_completion_and_scaled_score(client, practitioner, module):
    lesson = scorm_lesson(module, files=scorm_2004_files(), slug="course-2004")
    client.force_login(practitioner)
    response = post_runtime(
        client,
        lesson,
        {
            "cmi.completion_status": "completed",
            "cmi.success_status": "passed",
            "cmi.score.scaled": "0.75",
        },
    )
    assert response.json() == {"lesson_done": True}
    assert LessonCompletion.objects.get(lesson=lesson).score == 75


def test_mark_as_done_is_refused_until_the_package_is_finished(client, practitioner, lesson):
    client.force_login(practitioner)
    page = client.get(lesson.url).content.decode()
    assert 'id="scorm-frame"' in page
    assert "Mark as done" not in page
    with pytest.raises(ValidationError, match="Finish the course"):
        services.lesson_complete(learner=practitioner, lesson=lesson)
    client.post(reverse("learning:lesson-complete", args=[lesson.pk]))
    assert not LessonCompletion.objects.exists()


def test_the_lesson_page_starts_the_player_with_the_learners_saved_values(
    client, practitioner, lesson
):
    client.force_login(practitioner)
    post_runtime(client, lesson, {"cmi.suspend_data": "page=3", "cmi.core.lesson_location": "3"})
    response = client.get(lesson.url)
    page = response.content.decode()
    state = json.loads(page.split('id="scorm-state" type="application/json">')[1].split("<")[0])
    assert state["cmi.suspend_data"] == "page=3"
    assert state["cmi.core.entry"] == "resume"
    assert state["cmi.core.student_name"] == "Priya Practitioner"
    launch = reverse("learning:package-file", args=[lesson.pk, "index.html"])
    assert f'data-src="{launch}"' in page
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        json.dumps({"values": ["cmi.core.lesson_status"]}),
        json.dumps({"values": {"cmi.core.lesson_status": "x" * 500}}),
        json.dumps({"values": {"cmi.core.score.raw": "ninety"}}),
        json.dumps({"values": {"cmi.core.lesson_location": "x" * 1001}}),
        json.dumps({"values": {"window.location": "elsewhere"}}),
        json.dumps({"values": {"cmi." + "x" * 300: "1"}}),
        json.dumps({"values": {"cmi.suspend_data": 5}}),
    ],
)
def test_bad_runtime_input_is_refused_without_saving_anything(client, practitioner, lesson, body):
    client.force_login(practitioner)
    response = client.post(
        reverse("learning:scorm-runtime", args=[lesson.pk]), body, content_type="application/json"
    )
    assert response.status_code == 400
    assert "error" in response.json()
    assert not SCORMData.objects.exists()


def test_package_files_are_served_to_readers_of_the_lesson_under_the_package_policy(
    client, practitioner, lesson
):
    client.force_login(practitioner)
    response = client.get(reverse("learning:package-file", args=[lesson.pk, "sco.js"]))
    assert response.status_code == 200
    assert b"LMSInitialize" in b"".join(response.streaming_content)
    policy = response["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy
    assert "sandbox allow-scripts allow-same-origin" in policy
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_package_files_and_runtime_are_404_for_people_outside_the_lessons_audience(
    client, expert, lesson
):
    client.force_login(expert)  # the module is written for practitioners only
    file_url = reverse("learning:package-file", args=[lesson.pk, "index.html"])
    assert client.get(file_url).status_code == 404
    response = post_runtime(client, lesson, {"cmi.core.lesson_status": "completed"})
    assert response.status_code == 404
    assert not SCORMAttempt.objects.exists()


def test_signed_out_visitors_are_sent_to_sign_in(client, lesson):
    response = client.get(reverse("learning:package-file", args=[lesson.pk, "index.html"]))
    assert response.status_code == 302
    assert "/login/" in response["Location"] or "sign-in" in response["Location"]


def test_a_lesson_serves_only_its_own_packages_files(client, practitioner, module, lesson):
    other = scorm_lesson(module, slug="other-course")
    client.force_login(practitioner)
    other_folder = other.scorm_package.extracted_path
    for path in [f"../{other_folder}/sco.js", "missing.html", "..", "a\\..\\sco.js"]:
        url = reverse("learning:package-file", args=[lesson.pk, "x"])[:-1] + path
        assert client.get(url).status_code == 404, path


def test_a_lesson_without_a_package_serves_no_files(client, practitioner, module):
    plain = build_module(title="Plain module", lessons=[[("text", "<p>Hi</p>")]])
    first = plain.get_children().first()
    client.force_login(practitioner)
    url = reverse("learning:package-file", args=[first.pk, "index.html"])
    assert client.get(url).status_code == 404


@pytest.fixture
def editor(db):
    from django.contrib.auth.models import Group

    from people.enums import CONTENT_EDITOR_GROUP
    from tests.factories import UserFactory

    person = UserFactory()
    person.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    return person


def test_an_editor_chooses_the_package_on_the_lesson_and_previews_it(client, editor, lesson):
    client.force_login(editor)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk]))
    assert edit.status_code == 200
    assert "SCORM package" in edit.content.decode()
    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[lesson.pk]))
    assert preview.status_code == 200
    body = preview.content.decode()
    assert "Learners play the SCORM package" in body
    assert 'id="scorm-frame"' not in body
    assert not SCORMAttempt.objects.exists()


def test_the_module_page_lists_the_scorm_lesson(client, practitioner, module, lesson):
    client.force_login(practitioner)
    response = client.get(module.url)
    assert response.status_code == 200
    assert "The course" in response.content.decode()


FAMILY = "Jayden Smith (DOB 03/04/2015), NHS number 943 476 5919"


def test_what_the_learner_types_passes_the_identifier_guard_before_anything_is_kept(
    client, practitioner, lesson
):
    client.force_login(practitioner)
    post_runtime(client, lesson, {"cmi.core.lesson_location": "2"})
    typed = {
        "cmi.core.lesson_location": "3",
        "cmi.comments": FAMILY,
        "cmi.interactions.0.student_response": "Ask the grandparents",
        "cmi.core.lesson_status": "completed",
    }
    refused = post_runtime(client, lesson, typed)
    assert refused.status_code == 400
    answer = refused.json()
    assert "Nothing of this was saved" in answer["error"]
    found = {(item["where"], item["looks_like"], item["text"]) for item in answer["identifiers"]}
    assert ("Your comment", "NHS number", "943 476 5919") in found
    assert all(item["where"] == "Your comment" for item in answer["identifiers"])
    # Nothing of the commit is kept; what was kept before stays.
    kept = dict(SCORMData.objects.values_list("key", "value"))
    assert kept == {"cmi.core.lesson_location": "2"}
    assert not LessonCompletion.objects.exists()

    confirmed = client.post(
        reverse("learning:scorm-runtime", args=[lesson.pk]),
        json.dumps({"values": typed, "identifiers_confirmed": answer["fingerprint"]}),
        content_type="application/json",
    )
    assert confirmed.json() == {"lesson_done": True}
    assert SCORMData.objects.get(key="cmi.comments").value == FAMILY
    # A value kept already is not checked again when the package sends it again.
    again = post_runtime(client, lesson, {"cmi.comments": FAMILY})
    assert again.status_code == 200


def test_a_confirmation_covers_only_the_matches_it_was_given_for(client, practitioner, lesson):
    client.force_login(practitioner)
    first = post_runtime(client, lesson, {"cmi.interactions.2.learner_response": FAMILY})
    assert first.json()["identifiers"][0]["where"] == "Your answer 3"
    later = client.post(
        reverse("learning:scorm-runtime", args=[lesson.pk]),
        json.dumps(
            {
                "values": {"cmi.interactions.2.learner_response": FAMILY + ", 07700 900123"},
                "identifiers_confirmed": first.json()["fingerprint"],
            }
        ),
        content_type="application/json",
    )
    assert later.status_code == 400
    assert "07700 900123" in {item["text"] for item in later.json()["identifiers"]}
    assert not SCORMData.objects.exists()


def test_a_packages_own_state_and_plain_answers_are_kept_unread(client, practitioner, lesson):
    client.force_login(practitioner)
    response = post_runtime(
        client,
        lesson,
        {
            "cmi.suspend_data": "eJzT0yMAAGTvBe8=",
            "cmi.interactions.0.student_response": "b",
            "cmi.comments_from_learner.0.comment": "Slow down at the start.",
        },
    )
    assert response.status_code == 200
    assert SCORMData.objects.count() == 3
