"""The calibration report: agreement and Cohen's kappa per observer and per team, counted
in the database, for team leaders (their teams) and service managers (every team)."""

import csv
import datetime
import io

import pytest
from django.urls import reverse

from observations import co_observation, services
from observations.calibration_selectors import calibration_report
from people.enums import Role
from tests.factories import member
from tests.observations.conftest import MEETING_DAY, save, start

pytestmark = pytest.mark.django_db

URL = reverse("observations:calibration-report")
PERIOD = {"date_from": "2026-01-01", "date_to": "2026-12-31"}


@pytest.fixture
def second_coordinator(team):
    return member(team, Role.COORDINATOR, display_name="Nia Coordinator")


def shared_pair(first_observer, second_observer, observed, template, first, second, **kw):
    """A pair both observers have shared, rating the four criteria as given."""
    pair = co_observation.co_observer_invite(
        observation=start(first_observer, observed, template, **kw),
        by=first_observer,
        second_observer=second_observer,
        family_consent=True,
    )
    for observation, values in ((pair.first, first), (pair.second, second)):
        save(observation, None, *values)
        services.observation_share(observation=observation, by=observation.observer)
    return pair


def test_report_counts_pairs_and_criteria_with_kappa(
    coordinator, second_coordinator, practitioner, template, team
):
    # Pair 1, four criteria: (secure, secure) (strong, secure) (developing, developing)
    # (developing, developing). Pair 2: (strong, strong) ×4.
    # Cal's table over 8 criteria: agree 7 (87.5%). Cal's ratings: secure 1, strong 5,
    # developing 2; Nia's: secure 2, strong 4, developing 2.
    # p_e = (1×2 + 5×4 + 2×2) / 64 = 26/64; kappa = (56/64 − 26/64) / (38/64) = 30/38.
    shared_pair(
        coordinator,
        second_coordinator,
        practitioner,
        template,
        ("secure", "strong", "developing"),
        ("secure", "secure", "developing"),
    )
    shared_pair(
        coordinator,
        second_coordinator,
        practitioner,
        template,
        ("strong",),
        ("strong",),
        observed_on=MEETING_DAY - datetime.timedelta(days=7),
    )
    report = calibration_report(None, datetime.date(2026, 1, 1), datetime.date(2026, 12, 31))
    by_observer = {row.label: row for row in report.by_observer}
    for name in ("Cal Coordinator", "Nia Coordinator"):
        row = by_observer[name]
        assert (row.pairs, row.result.rated, row.result.agreed) == (2, 8, 7)
        assert row.result.percentage == pytest.approx(87.5)
        assert row.result.kappa == pytest.approx(30 / 38)
    [team_row] = report.by_team
    assert team_row.label == team.name
    assert (team_row.pairs, team_row.result.rated) == (2, 8)
    # The period: only the later meeting.
    later = calibration_report(None, MEETING_DAY, MEETING_DAY)
    assert [(r.pairs, r.result.rated) for r in later.by_team] == [(1, 4)]


def test_pairs_not_both_shared_and_unrated_criteria_are_left_out(
    coordinator, second_coordinator, practitioner, template
):
    pair = co_observation.co_observer_invite(
        observation=start(coordinator, practitioner, template),
        by=coordinator,
        second_observer=second_coordinator,
        family_consent=True,
    )
    save(pair.first)
    services.observation_share(observation=pair.first, by=coordinator)
    today = datetime.date(2026, 12, 31)
    assert calibration_report(None, datetime.date(2026, 1, 1), today).by_observer == []
    save(pair.second, stages_observed=["referral"])  # only the first criterion rated
    services.observation_share(observation=pair.second, by=second_coordinator)
    [row, _] = calibration_report(None, datetime.date(2026, 1, 1), today).by_observer
    assert (row.pairs, row.result.rated, row.result.agreed) == (1, 1, 1)
    assert row.result.kappa is None  # both gave the one criterion the same rating: p_e = 1


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("team_leader", 200),
        ("service_manager", 200),
        ("other_team_leader", 200),
        ("coordinator", 404),
        ("practitioner", 404),
        ("expert", 404),
        ("volunteer", 404),
    ],
)
def test_who_may_read_the_report(client, request, who, status):
    client.force_login(request.getfixturevalue(who))
    assert client.get(URL).status_code == status


def test_team_leaders_see_their_teams_only(
    client,
    coordinator,
    second_coordinator,
    practitioner,
    template,
    team_leader,
    other_team_leader,
    service_manager,
):
    shared_pair(coordinator, second_coordinator, practitioner, template, ("secure",), ("secure",))
    for who, shown in ((team_leader, True), (service_manager, True), (other_team_leader, False)):
        client.force_login(who)
        page = client.get(URL, PERIOD).content.decode()
        assert ("Nia Coordinator" in page) is shown
        assert ("North team" in page) is shown


def test_export_as_csv_and_xlsx(
    client, coordinator, second_coordinator, practitioner, template, team_leader
):
    shared_pair(
        coordinator, second_coordinator, practitioner, template, ("secure",), ("secure", "strong")
    )
    client.force_login(team_leader)
    response = client.get(URL, {**PERIOD, "format": "csv"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [
        "Observer",
        "Pairs",
        "Criteria rated by both",
        "Agreed",
        "Agreement",
        "Cohen's kappa",
    ] in rows
    assert ["Cal Coordinator", "1", "4", "1", "25%", "0.00"] in rows
    assert ["North team", "1", "4", "1", "25%", "0.00"] in rows
    response = client.get(URL, {**PERIOD, "format": "xlsx"})
    assert response.status_code == 200
    assert response.content[:2] == b"PK"


def test_a_bad_date_is_shown_not_a_500(client, team_leader):
    client.force_login(team_leader)
    response = client.get(URL, {"date_from": "31/02/2026"})
    assert response.status_code == 200
    assert "Error:" in response.content.decode()


def test_report_queries_do_not_grow_with_pairs(
    client,
    team,
    coordinator,
    second_coordinator,
    practitioner,
    template,
    team_leader,
    django_assert_max_num_queries,
):
    client.force_login(team_leader)
    for days in range(3):
        shared_pair(
            coordinator,
            second_coordinator,
            practitioner,
            template,
            ("secure",),
            ("strong",),
            observed_on=MEETING_DAY - datetime.timedelta(days=days),
        )
    with django_assert_max_num_queries(12) as few:
        client.get(URL, PERIOD)
    third = member(team, Role.COORDINATOR, display_name="Tom Third")
    other = member(team, Role.PRACTITIONER, display_name="Pat Other")
    for days in range(3, 9):
        shared_pair(
            third,
            coordinator,
            other,
            template,
            ("secure",),
            ("secure",),
            observed_on=MEETING_DAY - datetime.timedelta(days=days),
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(URL, PERIOD).content.decode()
    assert "Tom Third" in page
