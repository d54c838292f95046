"""The service dashboard over every team is a summary table, one row a team, each linking to
that team's full figures; the page costs the same queries however many teams there are."""

import pytest
from django.urls import reverse

from reporting import selectors as reporting
from tests.reporting.builders import build_service

pytestmark = pytest.mark.django_db

URL = reverse("reporting:dashboard-service")


def test_all_teams_come_as_one_summary_row_each_linking_to_the_team(client, service_manager):
    service = build_service(teams=2, people_per_team=2)
    client.force_login(service_manager)
    response = client.get(URL)
    body = response.content.decode()
    figures = {
        f.team.pk: f
        for f in reporting.team_figures(
            [team for team, *_ in service], reporting.Period.this_quarter()
        )
    }
    for team, *_ in service:
        row = body.split(f'href="?team={team.pk}">{team.name}</a></th>')[1].split("</tr>")[0]
        assert f'<td class="numeric">{figures[team.pk].size}</td>' in row
        assert f"Level A: {figures[team.pk].confirmed_at('FGCC', 'A')}" in row
    assert "Observations made by each coordinator" not in body
    assert "Trends over the last 8 quarters" in body


def test_a_team_chosen_shows_its_full_figures(client, service_manager):
    service = build_service(teams=2, people_per_team=2)
    team = service[0][0]
    client.force_login(service_manager)
    body = client.get(URL, {"team": team.pk}).content.decode()
    assert f'<h2 id="team-{team.pk}">{team.name}</h2>' in body
    assert "Observations made by each coordinator" in body
    assert service[1][0].name not in body.split("<h1>")[1].split("Trends")[0].split("</form>")[1]


def test_the_summary_keeps_the_period_in_each_team_link(client, service_manager):
    service = build_service(teams=1, people_per_team=1)
    team = service[0][0]
    client.force_login(service_manager)
    body = client.get(URL, {"start": "01/01/2026", "end": "31/03/2026"}).content.decode()
    assert f'href="?start=01%2F01%2F2026&amp;end=31%2F03%2F2026&amp;team={team.pk}"' in body


def test_summary_and_team_pages_cost_the_same_queries_as_teams_grow(
    client, service_manager, django_assert_max_num_queries
):
    client.force_login(service_manager)
    first = build_service(teams=1, people_per_team=2, seed=1)
    team = first[0][0]
    with django_assert_max_num_queries(60) as summary:
        client.get(URL)
    with django_assert_max_num_queries(60) as one_team:
        client.get(URL, {"team": team.pk})
    build_service(teams=4, people_per_team=4, seed=2)
    with django_assert_max_num_queries(len(summary.captured_queries)):
        assert client.get(URL).status_code == 200
    with django_assert_max_num_queries(len(one_team.captured_queries)):
        assert client.get(URL, {"team": team.pk}).status_code == 200
