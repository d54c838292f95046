"""Dashboard figures equal figures computed independently from the raw records."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.enums import EvidenceStatus
from assessments.models import Evidence, LevelConfirmation
from learning.models import Assignment, ModuleCompletion
from observations.models import Observation
from people.models import Membership
from reporting import selectors as reporting
from tests.reporting.builders import build_service

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def expected_for(team, period):
    """The same figures, counted the slow and obvious way."""
    today = TODAY
    staff_ids = {
        m.user_id
        for m in Membership.objects.filter(team=team)
        if m.is_active()
        and m.role in {"practitioner", "coordinator", "team_leader", "service_manager"}
    }
    pending = [
        e
        for e in Evidence.objects.all()
        if e.owner_id in staff_ids and e.status == EvidenceStatus.PENDING
    ]
    overdue = 0
    for a in Assignment.objects.all():
        done = ModuleCompletion.objects.filter(
            learner_id=a.learner_id, module_id=a.module_id
        ).exists()
        if a.learner_id in staff_ids and a.due_date < today and not done:
            overdue += 1
    completions = sum(
        1
        for c in ModuleCompletion.objects.all()
        if c.learner_id in staff_ids
        and period.start <= timezone.localtime(c.completed_at).date() <= period.end
    )
    confirmed_a = sum(
        1
        for c in LevelConfirmation.objects.all()
        if c.subject_id in staff_ids and not c.needs_review
    )
    return {
        "size": len(staff_ids),
        "evidence_waiting": len(pending),
        "oldest": max((timezone.now() - e.submitted_at).days for e in pending) if pending else None,
        "overdue": overdue,
        "completions": completions,
        "confirmed_a": confirmed_a,
        "awaiting_sign_off": Observation.objects.filter(
            observed_id__in=staff_ids, status="responded"
        ).count(),
    }


def test_dashboard_figures_equal_the_raw_records():
    service = build_service()
    period = reporting.Period(TODAY - datetime.timedelta(days=200), TODAY)
    figures = reporting.team_figures([team for team, *_ in service], period)
    assert len(figures) == 3
    for f in figures:
        expected = expected_for(f.team, period)
        assert f.size == expected["size"]
        assert f.evidence_waiting == expected["evidence_waiting"]
        assert f.oldest_evidence_days == expected["oldest"]
        assert f.assignments_overdue == expected["overdue"]
        assert f.completions == expected["completions"]
        assert f.confirmed_at("FGCC", "A") == expected["confirmed_a"]
        assert f.observations_awaiting_sign_off == expected["awaiting_sign_off"]
        year = period.twelve_months
        for coordinator in Membership.objects.filter(team=f.team, role="coordinator"):
            made = Observation.objects.filter(
                observer=coordinator.user,
                observed_on__gte=year.start,
                observed_on__lte=year.end,
            ).exclude(status="draft")
            assert f.observations_by_coordinator[coordinator.user.name] == made.count()
    assert sum(f.observations_awaiting_sign_off for f in figures) > 0


def test_quarterly_trends_equal_the_raw_records():
    service = build_service(teams=2)
    teams = [team for team, *_ in service]
    trends = {t.label: t for t in reporting.quarterly_trends(teams)}
    starts = reporting.previous_quarters(8)
    completions = trends["Module completions"]
    confirmations = trends["Level confirmations"]
    assert len(completions.values) == 8
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else TODAY + datetime.timedelta(days=1)
        assert completions.values[index] == sum(
            1
            for c in ModuleCompletion.objects.all()
            if start <= timezone.localtime(c.completed_at).date() < end
        )
        assert confirmations.values[index] == sum(
            1 for c in LevelConfirmation.objects.all() if start <= c.confirmed_on < end
        )
        assert trends["Observations (shared or later)"].values[index] == sum(
            1 for o in Observation.objects.exclude(status="draft") if start <= o.observed_on < end
        )


def test_quarters_roll_over_the_year():
    assert reporting.previous_quarters(3, today=datetime.date(2026, 2, 10)) == [
        datetime.date(2025, 7, 1),
        datetime.date(2025, 10, 1),
        datetime.date(2026, 1, 1),
    ]
    assert reporting.quarter_label(datetime.date(2026, 4, 1)) == "2026 Q2"


def test_team_dashboard_shows_only_the_leaders_teams(client):
    service = build_service(teams=2, people_per_team=1)
    (team0, leader0, *_), (team1, *_rest) = service
    client.force_login(leader0)
    body = client.get(reverse("reporting:dashboard-team")).content.decode()
    assert team0.name in body
    assert team1.name not in body
    assert (
        client.get(reverse("reporting:dashboard-team") + f"?team={team1.pk}").context["form"].errors
    )


@pytest.mark.parametrize("who", ["practitioner", "coordinator", "volunteer", "expert"])
def test_dashboards_are_for_team_leaders_and_service_managers(client, request, who):
    client.force_login(request.getfixturevalue(who))
    for name in [
        "reporting:dashboard-team",
        "reporting:dashboard-service",
        "reporting:dashboard-completions",
        "reporting:dashboard-observations",
    ]:
        assert client.get(reverse(name)).status_code == 404, name


def test_service_dashboard_is_for_service_managers(client, team_leader, service_manager):
    client.force_login(team_leader)
    assert client.get(reverse("reporting:dashboard-service")).status_code == 404
    client.force_login(service_manager)
    body = client.get(reverse("reporting:dashboard-service")).content.decode()
    assert "Trends over the last 8 quarters" in body
    assert "<svg" in body and 'role="img"' in body
    assert "<table" in body


def test_dashboard_exports_hold_the_page_figures(client, service_manager):
    import csv
    import io

    from openpyxl import load_workbook

    service = build_service(teams=2, people_per_team=2)
    client.force_login(service_manager)
    url = reverse("reporting:dashboard-service")
    page = client.get(url)
    text = client.get(url + "?format=csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    first_table = rows[2 : rows.index([])]  # title, header, then rows until the blank line
    team_rows = {row[0]: row for row in first_table}
    workbook = load_workbook(io.BytesIO(client.get(url + "?format=xlsx").content))
    sheet_rows = {
        str(r[0]): [("" if v is None else str(v)) for v in r]
        for r in workbook["Team figures"].iter_rows(values_only=True)
    }
    for f in page.context["figures"]:
        if f.team.name not in {t.name for t, *_ in service}:
            continue
        assert team_rows[f.team.name][1] == str(f.size)
        assert sheet_rows[f.team.name] == team_rows[f.team.name]
    assert "Trends by quarter" in text
    assert "Trends by quarter" in workbook.sheetnames


def test_bad_dashboard_dates_give_a_message(client, service_manager):
    client.force_login(service_manager)
    response = client.get(reverse("reporting:dashboard-service") + "?start=31/02/2026&end=banana")
    assert response.status_code == 200
    assert "Enter a real date" in response.content.decode()


def test_dashboard_queries_stay_flat_as_teams_grow(
    client, service_manager, django_assert_max_num_queries
):
    client.force_login(service_manager)
    build_service(teams=1, people_per_team=2, seed=1)
    bounds = {}
    for name in ["reporting:dashboard-team", "reporting:dashboard-service"]:
        with django_assert_max_num_queries(200) as small:
            client.get(reverse(name))
        bounds[name] = len(small.captured_queries)
    build_service(teams=4, people_per_team=4, seed=2)
    for name, bound in bounds.items():
        with django_assert_max_num_queries(bound):
            assert client.get(reverse(name)).status_code == 200


def test_dashboard_lists_queries_stay_flat_as_records_grow(
    client, service_manager, django_assert_max_num_queries
):
    client.force_login(service_manager)
    build_service(teams=1, people_per_team=2, seed=1)
    start = "?start=01/01/2020"  # wide enough to hold every record the builder makes
    names = ["reporting:dashboard-completions", "reporting:dashboard-observations"]
    bounds, rows = {}, {}
    for name in names:
        with django_assert_max_num_queries(50) as small:
            response = client.get(reverse(name) + start)
        bounds[name] = len(small.captured_queries)
        rows[name] = response.content.decode().count("<tr>")
    build_service(teams=4, people_per_team=4, seed=2)
    for name, bound in bounds.items():
        with django_assert_max_num_queries(bound):
            response = client.get(reverse(name) + start)
        assert response.content.decode().count("<tr>") > rows[name], name


def test_observations_list_defaults_to_the_twelve_months_to_the_end_date(client, service_manager):
    client.force_login(service_manager)
    url = reverse("reporting:dashboard-observations")
    period = client.get(url + "?end=30/06/2026").context["period"]
    assert (period.start, period.end) == (datetime.date(2025, 7, 1), datetime.date(2026, 6, 30))
    period = client.get(url + "?start=01/04/2026&end=30/06/2026").context["period"]
    assert (period.start, period.end) == (datetime.date(2026, 4, 1), datetime.date(2026, 6, 30))


def test_dashboard_export_neutralises_formulas_in_team_names(client, service_manager):
    import csv
    import io

    from tests.factories import TeamFactory

    TeamFactory(name='=HYPERLINK("x")')
    client.force_login(service_manager)
    text = client.get(reverse("reporting:dashboard-service") + "?format=csv").content.decode(
        "utf-8-sig"
    )
    assert '\'=HYPERLINK("x")' in [row[0] for row in csv.reader(io.StringIO(text)) if row]
