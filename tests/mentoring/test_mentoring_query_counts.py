"""Every mentoring list runs a fixed number of queries: measured with N rows, held with 5N."""

from collections.abc import Callable

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from mentoring import services
from people.enums import Audience, Role
from tests.content.factories import resource
from tests.factories import member
from tests.mentoring.factories import mentoring, session

pytestmark = pytest.mark.django_db

N = 2


def assert_bound_holds(
    client, url: str, grow: Callable[[int], None], django_assert_max_num_queries
) -> int:
    grow(N)
    client.get(url)  # warm per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as measured:
        assert client.get(url).status_code == 200
    bound = len(measured.captured_queries)
    grow(4 * N)
    client.get(url)  # pages published while growing renewed the cached page tree: warm it
    with django_assert_max_num_queries(bound):
        assert client.get(url).status_code == 200
    return bound


def test_community_home(client, coordinator, expert, django_assert_max_num_queries):
    relationship = mentoring(coordinator, expert)

    def grow(count: int) -> None:
        for _ in range(count):
            session(relationship, days_from_today=-1)
            session(relationship, days_from_today=3)
            page = resource(audiences=(Audience.EXPERTS_BY_EXPERIENCE,), tags=("a", "b"))
            services.resource_recommend(relationship=relationship, by=coordinator, resource=page)

    client.force_login(expert)
    assert_bound_holds(
        client, reverse("mentoring:community-home"), grow, django_assert_max_num_queries
    )


def test_my_sessions(client, coordinator, expert, django_assert_max_num_queries):
    relationship = mentoring(coordinator, expert)

    def grow(count: int) -> None:
        for _ in range(count):
            session(relationship, days_from_today=-2)

    client.force_login(expert)
    assert_bound_holds(
        client, reverse("mentoring:my-sessions"), grow, django_assert_max_num_queries
    )


def test_mentee_list(client, team, coordinator, django_assert_max_num_queries):
    def grow(count: int) -> None:
        for _ in range(count):
            relationship = mentoring(coordinator, member(team, Role.VOLUNTEER))
            session(relationship, days_from_today=-2)
            session(relationship, days_from_today=2)

    client.force_login(coordinator)
    assert_bound_holds(
        client, reverse("mentoring:mentee-list"), grow, django_assert_max_num_queries
    )


def test_relationship_detail(client, coordinator, volunteer, django_assert_max_num_queries):
    relationship = mentoring(coordinator, volunteer)

    def grow(count: int) -> None:
        for _ in range(count):
            session(relationship, days_from_today=-2)
            page = resource(audiences=(Audience.VOLUNTEERS,))
            services.resource_recommend(relationship=relationship, by=coordinator, resource=page)

    client.force_login(coordinator)
    url = reverse("mentoring:relationship-detail", args=[relationship.pk])
    assert_bound_holds(client, url, grow, django_assert_max_num_queries)


def test_recommendation_form(client, coordinator, volunteer, django_assert_max_num_queries):
    relationship = mentoring(coordinator, volunteer)

    def grow(count: int) -> None:
        for _ in range(count):
            resource(audiences=(Audience.VOLUNTEERS,))

    client.force_login(coordinator)
    url = reverse("mentoring:recommendation-create", args=[relationship.pk])
    assert_bound_holds(client, url, grow, django_assert_max_num_queries)


def test_relationship_form(client, team, coordinator, django_assert_max_num_queries):
    def grow(count: int) -> None:
        for _ in range(count):
            member(team, Role.EXPERT_BY_EXPERIENCE)

    client.force_login(coordinator)
    url = reverse("mentoring:relationship-create")
    assert_bound_holds(client, url, grow, django_assert_max_num_queries)


def test_mentoring_summary(client, team, team_leader, django_assert_max_num_queries):
    def grow(count: int) -> None:
        for _ in range(count):
            mentor = member(team, Role.COORDINATOR)
            relationship = mentoring(mentor, member(team, Role.VOLUNTEER))
            session(relationship, days_from_today=-2)
            session(relationship, days_from_today=-9)

    client.force_login(team_leader)
    url = reverse("mentoring:mentoring-summary")
    assert_bound_holds(client, url, grow, django_assert_max_num_queries)
