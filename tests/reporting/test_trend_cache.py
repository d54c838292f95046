"""The quarterly trends are counted once and kept until a record they count changes: a new
completion or a person leaving a team is seen by the next request."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from learning.models import ModuleCompletion
from people.services import membership_end
from reporting import selectors as reporting
from tests.factories import build_module
from tests.reporting.builders import build_service

pytestmark = pytest.mark.django_db


@pytest.fixture
def teams():
    return [team for team, *_ in build_service(teams=2, people_per_team=2)]


def complete_a_module_today(teams):
    person = reporting.staff_memberships(teams).order_by("pk").first().user
    module = build_module(title="A module finished today")
    ModuleCompletion.objects.create(
        learner=person, module=module, module_title=module.title, cpd_hours=1
    )


def completions(teams) -> list[int]:
    return reporting.quarterly_trends(teams)[0].values


def test_counted_once_then_read_from_the_cache(teams):
    first = reporting.quarterly_trends(teams)
    with CaptureQueriesContext(connection) as again:
        assert reporting.quarterly_trends(teams) == first
    assert len(again.captured_queries) == 0


def test_a_new_completion_is_counted_at_once(teams):
    before = completions(teams)
    complete_a_module_today(teams)
    assert completions(teams) == [*before[:-1], before[-1] + 1]


def test_a_person_leaving_the_team_drops_out_at_once(teams):
    staff = reporting.staff_memberships(teams)
    leaver = (
        ModuleCompletion.objects.filter(learner__in=staff.values("user"))
        .order_by("-completed_at")
        .first()
        .learner
    )
    before = sum(completions(teams))
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    for membership in staff.filter(user=leaver):
        membership_end(membership=membership, end_date=max(yesterday, membership.start_date))
    assert sum(completions(teams)) < before


def test_the_service_dashboard_shows_the_renewed_trends(client, teams, service_manager):
    client.force_login(service_manager)
    url = reverse("reporting:dashboard-service")

    def drawn() -> list[int]:
        chart = client.get(url).context["charts"][0]
        assert chart["title"] == "Module completions"
        return [bar.value for bar in chart["chart"]["bars"]]

    before = drawn()
    complete_a_module_today(teams)
    assert drawn() == [*before[:-1], before[-1] + 1]
