"""A learner's record of modules and reflections, read by them and by whoever may see their
records (issue 13, finding 13: the words after saving a reflection must be true)."""

import pytest
from django.urls import reverse

from content.models import LessonPage
from learning import services
from people.enums import Role
from tests.factories import build_module, member


@pytest.fixture
def reflected(practitioner):
    module = build_module()
    lesson = LessonPage.objects.child_of(module).order_by("path")[1]
    services.enrolment_start(learner=practitioner, module=module)
    prompt = lesson.reflection_prompts()[0]
    services.reflection_save(
        learner=practitioner,
        lesson=lesson,
        answers={prompt.id: "I will ask the family who else matters to the child."},
    )
    return module


def _record(client, viewer, subject):
    client.force_login(viewer)
    return client.get(reverse("learning:person-learning", args=[subject.pk]))


@pytest.mark.parametrize("viewer", ["practitioner", "team_leader", "service_manager"])
def test_the_learner_their_team_leader_and_service_managers_read_the_reflections(
    request, client, practitioner, reflected, viewer
):
    response = _record(client, request.getfixturevalue(viewer), practitioner)
    assert response.status_code == 200
    body = response.content.decode()
    assert "I will ask the family who else matters to the child." in body
    assert "Private family time" in body


@pytest.mark.parametrize(
    "viewer", ["coordinator", "other_team_leader", "other_practitioner", "expert", "volunteer"]
)
def test_nobody_else_reads_them(request, client, practitioner, reflected, viewer):
    assert _record(client, request.getfixturevalue(viewer), practitioner).status_code == 404


def test_an_unknown_person_is_404(client, team_leader):
    client.force_login(team_leader)
    response = client.get(reverse("learning:person-learning", args=[999999]))
    assert response.status_code == 404


def test_saving_a_reflection_says_who_can_read_it(client, practitioner, reflected):
    lesson = LessonPage.objects.child_of(reflected).order_by("path")[1]
    prompt = lesson.reflection_prompts()[0]
    client.force_login(practitioner)
    response = client.post(
        reverse("learning:reflection-save", args=[lesson.pk]),
        {f"r-{prompt.id}": "Changed my mind about the venue."},
        follow=True,
    )
    body = response.content.decode()
    assert "You, your team leader and your service manager can read it" in body
    assert "Only you and your team leader" not in body


def test_the_record_page_query_count_does_not_grow(
    client, team, team_leader, practitioner, django_assert_max_num_queries
):
    modules = [build_module(title=f"Module {n}") for n in range(3)]

    def reflect_on(module):
        lesson = LessonPage.objects.child_of(module).order_by("path")[1]
        services.enrolment_start(learner=practitioner, module=module)
        prompt = lesson.reflection_prompts()[0]
        services.reflection_save(
            learner=practitioner, lesson=lesson, answers={prompt.id: f"On {module.title}."}
        )

    reflect_on(modules[0])
    client.force_login(team_leader)
    url = reverse("learning:person-learning", args=[practitioner.pk])
    with django_assert_max_num_queries(40) as few:
        client.get(url)
    for module in modules[1:]:
        reflect_on(module)
    member(team, Role.PRACTITIONER)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url)
    assert "On Module 2." in response.content.decode()
