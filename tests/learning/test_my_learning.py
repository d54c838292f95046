"""My learning: every module in exactly one section (assigned and not started, in progress,
completed, or available), with assignment due dates where there is one."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from content.models import LessonPage
from learning.services import (
    assignment_create,
    enrolment_start,
    lesson_complete,
    module_complete_if_done,
    quiz_submit,
    reflection_save,
)
from people.enums import Role
from tests.factories import answers_for, build_module, member

pytestmark = pytest.mark.django_db

SECTIONS = ["Assigned to you, not started", "In progress", "Completed", "Modules you can take"]


def sections_of(body: str) -> dict[str, str]:
    """The text under each h2 of My learning, by heading."""
    parts = re.split(r"<h2>(.*?)</h2>", body.split("<h1>My learning</h1>", 1)[1])
    return {parts[i]: parts[i + 1] for i in range(1, len(parts) - 1, 2)}


def where_is(body: str, title: str) -> list[str]:
    return [name for name, text in sections_of(body).items() if f">{title}</a>" in text]


def finish(learner, module) -> None:
    first, second, check = LessonPage.objects.child_of(module).live().order_by("path")
    enrolment_start(learner=learner, module=module)
    lesson_complete(learner=learner, lesson=first)
    prompt = second.reflection_prompts()[0].id
    reflection_save(learner=learner, lesson=second, answers={prompt: "What I learnt"})
    lesson_complete(learner=learner, lesson=second)
    answers = {key[2:]: chosen for key, chosen in answers_for(check).items()}
    quiz_submit(learner=learner, lesson=check, answers=answers)


def test_each_module_is_in_exactly_one_right_section(client, practitioner, team_leader):
    due = timezone.localdate() + datetime.timedelta(days=10)
    waiting = build_module(title="Waiting module")
    started = build_module(title="Started module")
    finished = build_module(title="Finished module")
    own = build_module(title="Own choice module")
    build_module(title="Untouched module")
    assignment_create(
        module=waiting, learners=[practitioner], due_date=due, assigned_by=team_leader
    )
    assignment_create(
        module=started, learners=[practitioner], due_date=due, assigned_by=team_leader
    )
    assignment_create(
        module=finished, learners=[practitioner], due_date=due, assigned_by=team_leader
    )
    # One lesson of three: 33%.
    lesson_complete(
        learner=practitioner, lesson=LessonPage.objects.child_of(started).order_by("path")[0]
    )
    finish(practitioner, finished)
    enrolment_start(learner=practitioner, module=own)

    client.force_login(practitioner)
    body = client.get(reverse("learning:my-learning")).content.decode()
    assert list(sections_of(body)) == SECTIONS
    assert where_is(body, "Waiting module") == ["Assigned to you, not started"]
    assert where_is(body, "Started module") == ["In progress"]
    assert where_is(body, "Finished module") == ["Completed"]
    assert where_is(body, "Own choice module") == ["In progress"]
    assert where_is(body, "Untouched module") == ["Modules you can take"]
    assert "You have no modules in progress" not in body
    in_progress = sections_of(body)["In progress"]
    assert f"due {due:%-d %B %Y}" in in_progress
    assert 'aria-valuenow="33"' in in_progress
    assert f"due {due:%-d %B %Y}" in sections_of(body)["Completed"]


def test_the_learning_record_lists_each_module_once(client, practitioner, team_leader):
    due = timezone.localdate() + datetime.timedelta(days=10)
    finished = build_module(title="Finished module")
    assignment_create(
        module=finished, learners=[practitioner], due_date=due, assigned_by=team_leader
    )
    finish(practitioner, finished)
    module_complete_if_done(enrolment=finished.enrolments.get())
    client.force_login(team_leader)
    body = client.get(reverse("learning:person-learning", args=[practitioner.pk])).content
    assert body.decode().count("<td>Finished module") == 1


def test_my_learning_queries_do_not_grow_with_modules_or_assignments(
    client, team, team_leader, django_assert_max_num_queries
):
    learner = member(team, Role.PRACTITIONER)
    due = timezone.localdate() + datetime.timedelta(days=10)

    def grow(start: int, count: int) -> None:
        for n in range(start, start + count):
            module = build_module(title=f"Module {n}")
            if n % 2:
                assignment_create(
                    module=module, learners=[learner], due_date=due, assigned_by=team_leader
                )
            if n % 3 == 0:
                finish(learner, module)

    client.force_login(learner)
    grow(0, 3)
    client.get(reverse("learning:my-learning"))
    with django_assert_max_num_queries(60) as small:
        client.get(reverse("learning:my-learning"))
    bound = len(small.captured_queries)  # read now: each request clears the query log
    grow(3, 6)
    client.get(reverse("learning:my-learning"))  # publishing emptied the cached page tree
    with django_assert_max_num_queries(bound):
        body = client.get(reverse("learning:my-learning")).content.decode()
    assert "Module 8" in body
