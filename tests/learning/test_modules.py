"""Flow 1: module → evidence. Enrol, lessons, knowledge check, reflection, completion."""

import pytest
from django.core import mail
from django.urls import reverse

from assessments.enums import EvidenceKind, EvidenceStatus
from assessments.models import Evidence, Statement
from content.models import LessonPage
from learning.models import CPDEntry, Enrolment, ModuleCompletion, QuizAttempt, Reflection
from tests.factories import answers_for, build_module

pytestmark = pytest.mark.django_db


@pytest.fixture
def statements(db):
    return list(Statement.objects.filter(code__in=["FGCC-A-K-06", "FGCC-B-K-02"]))


@pytest.fixture
def module(statements):
    return build_module(statements=statements)


def lessons(module):
    return list(LessonPage.objects.child_of(module).live().order_by("path"))


def complete_lesson(client, lesson):
    return client.post(reverse("learning:lesson-complete", args=[lesson.pk]))


def test_module_page_shows_outcomes_progress_and_start(client, practitioner, module):
    client.force_login(practitioner)
    body = client.get(module.url).content.decode()
    assert "<h1>Private family time</h1>" in body
    assert "Explain it" in body
    assert "Start this module" in body
    assert 'aria-valuenow="0"' in body
    assert "FGCC-A-K-06" in body


def test_full_journey_fail_then_pass_reflect_complete(
    client, practitioner, team_leader, module, statements, django_capture_on_commit_callbacks
):
    first, second, check = lessons(module)
    client.force_login(practitioner)
    response = client.post(reverse("learning:module-enrol", args=[module.pk]))
    assert response.url == first.url

    assert complete_lesson(client, first).status_code == 302
    # The reflection lesson cannot be done before the reflection is written.
    response = client.post(reverse("learning:lesson-complete", args=[second.pk]), follow=True)
    assert "Write your reflection to complete this lesson" in response.content.decode()
    prompt_id = second.reflection_prompts()[0].id
    client.post(
        reverse("learning:reflection-save", args=[second.pk]),
        {f"r-{prompt_id}": "I will <script>x</script> leave the room promptly."},
    )
    reflection = Reflection.objects.get(learner=practitioner)
    assert "<script>" not in reflection.text
    complete_lesson(client, second)

    # Fail, with feedback per option, then pass.
    response = client.post(
        reverse("learning:knowledge-check", args=[check.pk]), answers_for(check, all_correct=False)
    )
    page = client.get(response.url).content.decode()
    assert "Not passed yet: you got 0 of 5 right (0%)" in page
    assert "Feedback on Nobody" in page
    assert ModuleCompletion.objects.count() == 0

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("learning:knowledge-check", args=[check.pk]), answers_for(check)
        )
    assert QuizAttempt.objects.filter(enrolment__learner=practitioner).count() == 2
    completion = ModuleCompletion.objects.get(learner=practitioner, module=module)
    assert completion.cpd_hours == module.cpd_hours

    certificate = client.get(reverse("learning:certificate", args=[completion.pk])).content.decode()
    assert practitioner.name in certificate
    assert "Private family time" in certificate
    assert "1.5 hours" in certificate

    cpd = CPDEntry.objects.get(owner=practitioner)
    assert cpd.source_key == f"module:{module.pk}"
    evidence = Evidence.objects.get(owner=practitioner)
    assert evidence.kind == EvidenceKind.MODULE_COMPLETION
    assert evidence.status == EvidenceStatus.PENDING
    assert set(evidence.statements.all()) == set(statements)
    assert "leave the room" not in evidence.description  # reflections stay private
    assert [m.to for m in mail.outbox] == [[team_leader.email]]

    progression = client.get(reverse("assessments:my-progression")).content.decode()
    assert "Completed module: Private family time" in progression


def test_completion_evidence_and_cpd_are_made_once_even_when_repeated(client, practitioner, module):
    first, second, check = lessons(module)
    client.force_login(practitioner)
    complete_lesson(client, first)
    prompt_id = second.reflection_prompts()[0].id
    client.post(reverse("learning:reflection-save", args=[second.pk]), {f"r-{prompt_id}": "Done"})
    complete_lesson(client, second)
    for _ in range(3):
        client.post(reverse("learning:knowledge-check", args=[check.pk]), answers_for(check))
        complete_lesson(client, check)
    assert ModuleCompletion.objects.count() == 1
    assert CPDEntry.objects.count() == 1
    assert Evidence.objects.count() == 1


def test_tampered_answers_are_refused_and_no_attempt_is_kept(client, practitioner, module):
    check = lessons(module)[2]
    client.force_login(practitioner)
    data = answers_for(check)
    first_key = next(iter(data))
    tampered = {**data, first_key: ["not-an-option"]}
    response = client.post(reverse("learning:knowledge-check", args=[check.pk]), tampered)
    assert response.status_code == 200
    assert "did not match the questions" in response.content.decode()
    response = client.post(
        reverse("learning:knowledge-check", args=[check.pk]), {**data, "q-unknown-question": ["x"]}
    )
    assert "did not match the questions" in response.content.decode()
    two_for_single = {
        **data,
        first_key: [o.id for o in check.questions()[0].value["options"].bound_blocks],
    }
    response = client.post(reverse("learning:knowledge-check", args=[check.pk]), two_for_single)
    assert "Choose one answer" in response.content.decode()
    assert QuizAttempt.objects.count() == 0


def test_unanswered_question_is_named_and_answers_kept(client, practitioner, module):
    check = lessons(module)[2]
    client.force_login(practitioner)
    data = answers_for(check)
    missing = next(iter(data))
    del data[missing]
    response = client.post(reverse("learning:knowledge-check", args=[check.pk]), data)
    body = response.content.decode()
    assert "Choose an answer" in body
    chosen = next(iter(data.values()))[0]
    assert f'value="{chosen}" checked' in body
    assert QuizAttempt.objects.count() == 0


def test_correct_answers_never_reach_the_browser_before_submitting(client, practitioner, module):
    check = lessons(module)[2]
    client.force_login(practitioner)
    body = client.get(check.url).content.decode()
    assert "All professionals" in body
    assert "Feedback on" not in body
    assert "correct" not in body.lower().replace("not correct", "")


def test_empty_reflection_is_refused(client, practitioner, module):
    second = lessons(module)[1]
    client.force_login(practitioner)
    prompt_id = second.reflection_prompts()[0].id
    response = client.post(
        reverse("learning:reflection-save", args=[second.pk]), {f"r-{prompt_id}": "  "}
    )
    assert "Write your reflection before saving" in response.content.decode()
    assert Reflection.objects.count() == 0


def test_resume_where_you_left_off(client, practitioner, module):
    first, second, _ = lessons(module)
    client.force_login(practitioner)
    client.get(first.url)
    complete_lesson(client, first)
    client.get(second.url)
    body = client.get(module.url).content.decode()
    assert f"Continue: {second.title}" in body
    assert 'aria-valuenow="33"' in body


def test_prerequisites_must_be_completed_first(client, practitioner, module):
    advanced = build_module(title="Court-ready plans")
    advanced.prerequisites = [module]
    advanced.save_revision().publish()
    client.force_login(practitioner)
    response = client.post(reverse("learning:module-enrol", args=[advanced.pk]), follow=True)
    assert "Complete these modules first: Private family time" in response.content.decode()
    assert not Enrolment.objects.filter(module=advanced).exists()


def test_reflections_are_private(client, practitioner, coordinator, module):
    second = lessons(module)[1]
    client.force_login(practitioner)
    prompt_id = second.reflection_prompts()[0].id
    client.post(
        reverse("learning:reflection-save", args=[second.pk]),
        {f"r-{prompt_id}": "My private thoughts"},
    )
    client.force_login(coordinator)
    assert "My private thoughts" not in client.get(second.url).content.decode()


@pytest.mark.parametrize(
    ("who", "status"),
    [("team_leader", 200), ("coordinator", 404), ("other_team_leader", 404), ("volunteer", 404)],
)
def test_certificate_access(client, request, practitioner, module, who, status):
    first, second, check = lessons(module)
    client.force_login(practitioner)
    complete_lesson(client, first)
    prompt_id = second.reflection_prompts()[0].id
    client.post(reverse("learning:reflection-save", args=[second.pk]), {f"r-{prompt_id}": "Done"})
    complete_lesson(client, second)
    client.post(reverse("learning:knowledge-check", args=[check.pk]), answers_for(check))
    completion = ModuleCompletion.objects.get()
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("learning:certificate", args=[completion.pk])).status_code == status


def test_module_copy_keeps_learners_records_on_the_original(client, practitioner, module):
    first = lessons(module)[0]
    client.force_login(practitioner)
    complete_lesson(client, first)
    copy = module.copy(
        recursive=True,
        update_attrs={"slug": "private-family-time-2", "title": "Private family time (2027)"},
    )
    assert Enrolment.objects.get(learner=practitioner).module_id == module.pk
    assert not Enrolment.objects.filter(module=copy).exists()
    assert LessonPage.objects.child_of(copy).count() == 3


def test_a_lessons_blocks_are_counted_afresh_once_an_editor_publishes_it(practitioner, module):
    from learning.selectors import module_progress

    first, _, check = lessons(module)
    states = module_progress(practitioner, module).lessons
    assert [(s.has_check, s.reflections_needed) for s in states] == [
        (False, 0),
        (False, 1),
        (True, 0),
    ]

    first.body = list(first.body.raw_data) + list(check.body.raw_data)
    first.save_revision().publish()

    states = module_progress(practitioner, module).lessons
    assert [(s.has_check, s.reflections_needed) for s in states] == [
        (True, 0),
        (False, 1),
        (True, 0),
    ]
