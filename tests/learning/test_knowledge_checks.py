"""Knowledge checks: feedback on what the learner chose, answers only after a pass or the
last allowed attempt, and a failed check is a result, not a form error."""

import pytest
from django.urls import reverse

from content.models import LessonPage
from learning.checks import correct_needed
from learning.models import QuizAttempt
from tests.factories import answers_for, build_module

pytestmark = pytest.mark.django_db

RIGHT_LABELS = ["All professionals", "No", "A review date", "A contingency", "The coordinator"]


def check_lesson(module) -> LessonPage:
    return LessonPage.objects.child_of(module).live().order_by("path").last()


def submit(client, lesson, data):
    response = client.post(reverse("learning:knowledge-check", args=[lesson.pk]), data)
    assert response.status_code == 302, response.content.decode()[:500]
    return client.get(response.url).content.decode()


def one_wrong(lesson) -> dict:
    """Every question right but the first: 4 of 5, 80%."""
    data = answers_for(lesson)
    first = lesson.questions()[0]
    wrong = next(o.id for o in first.value["options"].bound_blocks if not o.value["correct"])
    data[f"q-{first.id}"] = [wrong]
    return data


def test_failed_attempt_marks_only_what_was_chosen_and_is_no_form_error(client, practitioner):
    lesson = check_lesson(build_module())
    client.force_login(practitioner)
    page = submit(client, lesson, answers_for(lesson, all_correct=False))

    assert "Not passed yet: you got 0 of 5 right (0%)" in page
    assert "You need 4 to pass." in page
    assert page.count("You chose this: not right.") == 5
    assert "Feedback on Nobody" in page  # the chosen option's feedback
    # The right options they did not choose are not marked, nor their feedback shown.
    assert "A right answer you did not choose" not in page
    for label in RIGHT_LABELS:
        assert f"Feedback on {label}</p>" not in page
    # A result, not a form error.
    assert "error-summary" not in page
    assert 'role="alert"' not in page
    assert "aria-invalid" not in page
    assert "<title>Error:" not in page
    assert "There is a problem" not in page


def test_feedback_says_which_chosen_options_were_right(client, practitioner):
    lesson = check_lesson(build_module())
    client.force_login(practitioner)
    data = answers_for(lesson, all_correct=False)
    first = lesson.questions()[0]
    data[f"q-{first.id}"] = [
        o.id for o in first.value["options"].bound_blocks if o.value["correct"]
    ]
    page = submit(client, lesson, data)
    assert page.count("You chose this: right.") == 1
    assert "Feedback on All professionals" in page
    assert page.count("Your answer to this question is right.") == 1
    assert "Feedback on The coordinator" not in page


def test_a_pass_reveals_the_answers_not_chosen(client, practitioner):
    lesson = check_lesson(build_module())
    client.force_login(practitioner)
    page = submit(client, lesson, one_wrong(lesson))
    assert "Passed: you got 4 of 5 right (80%)" in page
    assert "A right answer you did not choose." in page
    assert "Feedback on All professionals" in page
    # Coming back to the lesson later still shows them.
    again = client.get(lesson.url).content.decode()
    assert "A right answer you did not choose." in again


def test_answers_are_revealed_only_after_the_last_allowed_attempt(client, practitioner):
    lesson = check_lesson(build_module(check_attempts=2))
    client.force_login(practitioner)
    wrong = answers_for(lesson, all_correct=False)

    first = submit(client, lesson, wrong)
    assert "You have 1 attempt left." in first
    assert "A right answer you did not choose" not in first
    assert "Check my answers" in first

    last = submit(client, lesson, wrong)
    assert "You have used all 2 attempts" in last
    assert last.count("A right answer you did not choose.") == 5 + 1  # two in the multiple
    assert "Check my answers" not in last
    assert "error-summary" not in last

    # No third attempt is taken, whatever is posted.
    response = client.post(
        reverse("learning:knowledge-check", args=[lesson.pk]), answers_for(lesson)
    )
    assert response.status_code == 200
    assert "You have used all 2 attempts" in response.content.decode()
    assert QuizAttempt.objects.count() == 2
    assert not QuizAttempt.objects.filter(passed=True).exists()


def test_unanswered_questions_are_a_form_error(client, practitioner):
    lesson = check_lesson(build_module())
    client.force_login(practitioner)
    data = answers_for(lesson)
    question = lesson.questions()[1]
    del data[f"q-{question.id}"]
    response = client.post(reverse("learning:knowledge-check", args=[lesson.pk]), data)
    body = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error:" in body
    assert "error-summary" in body
    first_option = question.value["options"].bound_blocks[0].id
    assert f'href="#q-{question.id}-{first_option}">Question 2: Choose an answer' in body
    assert QuizAttempt.objects.count() == 0


def test_the_check_says_how_many_are_needed_and_how_many_attempts(client, practitioner):
    lesson = check_lesson(build_module(check_attempts=3))
    client.force_login(practitioner)
    body = client.get(lesson.url).content.decode()
    assert "You need 4 of 5 right (80%) to pass." in body
    assert "You have 3 attempts in all." in body
    submit(client, lesson, answers_for(lesson, all_correct=False))
    assert "You have 3 attempts in all, 2 left." in client.get(lesson.url).content.decode()


@pytest.mark.parametrize(
    ("total", "pass_mark", "needed"), [(5, 80, 4), (5, 100, 5), (3, 50, 2), (4, 1, 1), (1, 80, 1)]
)
def test_correct_needed(total, pass_mark, needed):
    assert correct_needed(total, pass_mark) == needed
