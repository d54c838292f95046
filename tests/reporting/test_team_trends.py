"""The team dashboard charts the same 8-quarter trends as the service dashboard, for its team."""

import re

import pytest
from django.urls import reverse

from people.enums import Role
from reporting import selectors as reporting
from tests.factories import member
from tests.reporting.builders import build_service

pytestmark = pytest.mark.django_db

URL = reverse("reporting:dashboard-team")


def _figure_rows(html: str) -> dict[str, list[int]]:
    """Each chart's title → the figures in the table beneath it (the text alternative)."""
    rows = {}
    for title, body in re.findall(
        r'<figcaption id="trend-\d-caption" class="heading-s">([^<]+)</figcaption>(.*?)</figure>',
        html,
        re.S,
    ):
        table = body.split("<tbody>", 1)[1]
        rows[title] = [int(n) for n in re.findall(r'<td class="numeric">(\d+)</td>', table)]
    return rows


def test_team_leader_sees_the_trends_of_their_own_team_only(client):
    service = build_service(teams=2)
    (team, leader, *_), (other, *_) = service
    client.force_login(leader)
    response = client.get(URL)
    html = response.content.decode()
    assert "Trends over the last 8 quarters" in html
    shown = _figure_rows(html)
    own = {t.label: t.values for t in reporting.quarterly_trends([team])}
    both = {t.label: t.values for t in reporting.quarterly_trends([team, other])}
    assert shown == own
    assert set(shown) == {
        "Module completions",
        "Observations (shared or later)",
        "Level confirmations",
        "Family meetings held",
        "Family plans agreed",
    }
    assert all(len(values) == 8 for values in shown.values())
    # The other team's records are left out: the service-wide counts are larger.
    assert sum(map(sum, own.values())) < sum(map(sum, both.values()))


def test_each_team_chart_has_a_title_a_table_and_quarter_labels(client):
    (_team, leader, *_), *_ = build_service(teams=1)
    client.force_login(leader)
    html = client.get(URL).content.decode()
    assert html.count('role="img"') == 5
    assert html.count("the figures are in the table that follows") == 5
    for label in (reporting.quarter_label(s) for s in reporting.previous_quarters(8)):
        assert f'<th scope="col" class="numeric">{label}</th>' in html


def test_team_dashboard_export_has_the_team_trends(client):
    (team, leader, *_), *_ = build_service(teams=1)
    client.force_login(leader)
    text = client.get(URL + "?format=csv").content.decode()
    assert "Trends by quarter" in text
    completions = next(t for t in reporting.quarterly_trends([team]) if "completions" in t.label)
    assert ",".join(["Module completions", *map(str, completions.values)]) in text


def test_team_dashboard_queries_stay_flat_as_the_teams_grow(client, django_assert_max_num_queries):
    (_team, leader, *_), *_ = build_service(teams=1, people_per_team=2, seed=1)
    client.force_login(leader)
    with django_assert_max_num_queries(200) as small:
        before = _figure_rows(client.get(URL).content.decode())
    bound = len(small.captured_queries)
    # The same leader now leads three more, larger teams, with records across the quarters.
    for more, *_ in build_service(teams=3, people_per_team=5, seed=2):
        member(more, Role.TEAM_LEADER, user=leader)
    with django_assert_max_num_queries(bound):
        after = _figure_rows(client.get(URL).content.decode())
    assert sum(map(sum, after.values())) > sum(map(sum, before.values()))
