import csv
import datetime
import io
import re

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from assessments.enums import Outcome
from assessments.models import Evidence, LevelConfirmation
from assessments.services import DecisionInput, decisions_record, evidence_submit, level_confirm
from people.enums import Role
from tests.factories import member

pytestmark = pytest.mark.django_db


def submit(owner, statements, title="Evidence", days_ago=1):
    evidence = evidence_submit(
        owner=owner,
        kind="supervision_note",
        title=title,
        occurred_on=datetime.date(2026, 1, 5),
        statements=statements,
    )
    Evidence.objects.filter(pk=evidence.pk).update(
        submitted_at=evidence.submitted_at - datetime.timedelta(days=days_ago)
    )
    return evidence


def meet(subject, leader, statements):
    decisions_record(
        subject=subject,
        decided_by=leader,
        decisions=[DecisionInput(s, Outcome.MET, "") for s in statements],
    )


def review_url(person, framework):
    return reverse("assessments:review-person", args=[person.pk, framework.pk])


def test_review_queue_lists_the_team_oldest_first(
    client, team_leader, practitioner, coordinator, other_practitioner, statements_a
):
    submit(practitioner, statements_a[:1], "Newer note", days_ago=1)
    submit(coordinator, statements_a[:1], "Older note", days_ago=9)
    submit(other_practitioner, statements_a[:1], "Other team note", days_ago=20)
    submit(team_leader, statements_a[:1], "My own note", days_ago=30)
    client.force_login(team_leader)
    body = client.get(reverse("assessments:review-queue")).content.decode()
    assert body.index("Older note") < body.index("Newer note")
    assert "Other team note" not in body
    assert "My own note" not in body


@pytest.mark.parametrize("who", ["practitioner", "coordinator", "expert"])
def test_review_queue_is_for_team_leaders_and_service_managers(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("assessments:review-queue")).status_code == 404


@pytest.mark.parametrize(
    "who", ["practitioner", "coordinator", "service_manager", "other_team_leader", "volunteer"]
)
def test_only_the_team_leader_opens_the_review_page(client, request, practitioner, framework, who):
    viewer = request.getfixturevalue(who)
    subject = (
        practitioner
        if who != "practitioner"
        else member(practitioner.memberships.first().team, Role.PRACTITIONER)
    )
    client.force_login(viewer)
    assert client.get(review_url(subject, framework)).status_code == 404


def test_team_leader_cannot_review_themselves(client, team_leader, framework):
    client.force_login(team_leader)
    assert client.get(review_url(team_leader, framework)).status_code == 404


def test_confirm_level_through_the_page(client, team_leader, practitioner, framework, statements_a):
    level_a = framework.levels.get(code="A")
    confirm_url = reverse("assessments:level-confirm", args=[practitioner.pk, level_a.pk])
    client.force_login(team_leader)
    today = {"confirmed_on": timezone.localdate().isoformat()}
    response = client.post(confirm_url, today, follow=True)
    assert "not reached yet" in response.content.decode()
    meet(practitioner, team_leader, statements_a)
    response = client.post(confirm_url, today, follow=True)
    assert "Level A confirmed" in response.content.decode()
    assert LevelConfirmation.objects.get(subject=practitioner).confirmed_by == team_leader


def test_other_team_leader_cannot_confirm(client, other_team_leader, practitioner, framework):
    level_a = framework.levels.get(code="A")
    client.force_login(other_team_leader)
    response = client.post(reverse("assessments:level-confirm", args=[practitioner.pk, level_a.pk]))
    assert response.status_code == 404


def test_learning_plan(client, team_leader, practitioner, framework):
    level_b = framework.levels.get(code="B")
    url = reverse("assessments:learning-plan-agree", args=[practitioner.pk, framework.pk])
    client.force_login(team_leader)
    response = client.post(url, {"target_level": level_b.pk, "target_date": "2020-01-01"})
    assert "The target date must be today or in the future" in response.content.decode()
    client.post(
        url,
        {
            "target_level": level_b.pk,
            "target_date": f"{timezone.localdate().year + 2}-03-31",
            "notes": "Two co-facilitated FGCs",
        },
    )
    client.force_login(practitioner)
    body = client.get(reverse("assessments:my-progression")).content.decode()
    assert f"Level B by 31 March {timezone.localdate().year + 2}" in body
    # What a reader sees (the text without tags): the name and the notes do not run together.
    text = " ".join(re.sub(r"<[^>]+>", "", body).split())
    assert f"agreed with {team_leader.name}. Two co-facilitated FGCs" in text


# Matrix ----------------------------------------------------------------------------------------


def matrix_figures(rows):
    return {
        row.person.name: [
            (
                cell.confirmed.level.code if cell.confirmed else "",
                cell.reached_not_confirmed.level.code if cell.reached_not_confirmed else "",
                cell.percent_to_next,
            )
            for cell in row.cells
        ]
        for row in rows
    }


@pytest.fixture
def matrix_team(
    team, team_leader, practitioner, coordinator, framework, statements_a, statements_b
):
    meet(practitioner, team_leader, statements_a)
    level_confirm(
        subject=practitioner, level=framework.levels.get(code="A"), confirmed_by=team_leader
    )
    meet(coordinator, team_leader, statements_a + statements_b[:15])
    return team


def test_matrix_shows_confirmed_reached_and_percent(client, matrix_team, team_leader):
    client.force_login(team_leader)
    response = client.get(reverse("assessments:team-matrix"))
    body = response.content.decode()
    figures = matrix_figures(response.context["rows"])
    assert figures["Priya Practitioner"][0] == ("A", "", 0)
    assert figures["Cal Coordinator"][0] == ("", "A", 50)
    assert "Reached Level A, not confirmed" in body
    assert "50% towards Level B" in body


def test_matrix_csv_and_xlsx_hold_the_same_figures(client, matrix_team, team_leader):
    client.force_login(team_leader)
    url = reverse("assessments:team-matrix")
    csv_text = client.get(url + "?format=csv").content.decode("utf-8-sig")
    csv_rows = list(csv.reader(io.StringIO(csv_text)))
    workbook = load_workbook(io.BytesIO(client.get(url + "?format=xlsx").content))
    xlsx_rows = [
        [("" if v is None else str(v)) for v in row]
        for row in workbook.active.iter_rows(values_only=True)
    ]
    assert csv_rows == xlsx_rows
    header = csv_rows[0]
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in csv_rows[1:]}
    coordinator_row = by_name["Cal Coordinator"]
    assert coordinator_row["FGC Coordinator: level reached, not confirmed"] == "A"
    assert coordinator_row["FGC Coordinator: % towards next level"] == "50"
    assert by_name["Priya Practitioner"]["FGC Coordinator: level confirmed"] == "A"


def test_export_neutralises_formulas_in_names(client, team, team_leader):
    member(team, Role.PRACTITIONER, display_name='=HYPERLINK("x")')
    client.force_login(team_leader)
    text = client.get(reverse("assessments:team-matrix") + "?format=csv").content.decode(
        "utf-8-sig"
    )
    assert "'=HYPERLINK" in text


def test_matrix_scope(client, matrix_team, team_leader, other_practitioner, service_manager):
    client.force_login(team_leader)
    names = {
        row.person.name for row in client.get(reverse("assessments:team-matrix")).context["rows"]
    }
    assert "Olu Practitioner" not in names
    assert "Priya Practitioner" in names
    client.force_login(service_manager)
    names = {
        row.person.name for row in client.get(reverse("assessments:team-matrix")).context["rows"]
    }
    assert {"Olu Practitioner", "Priya Practitioner", "Tess Leader"} <= names


def test_matrix_team_filter_refuses_a_team_not_yours(client, team_leader, other_team):
    client.force_login(team_leader)
    assert (
        client.get(reverse("assessments:team-matrix") + f"?team={other_team.pk}").status_code == 404
    )
    assert client.get(reverse("assessments:team-matrix") + "?team=abc").status_code == 404


@pytest.mark.parametrize("who", ["practitioner", "coordinator", "volunteer", "expert"])
def test_matrix_is_for_team_leaders_and_service_managers(client, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get(reverse("assessments:team-matrix")).status_code == 404
    assert client.get(reverse("assessments:team-matrix") + "?format=csv").status_code == 404


def grow_team(team, leader, statements, size):
    for index in range(size):
        person = member(team, Role.PRACTITIONER)
        submit(person, statements[:2], f"Note {index}")
        meet(person, leader, statements[index % 5 : index % 5 + 3])


def test_matrix_and_review_queue_queries_stay_flat_from_5_to_50_people(
    client, team, team_leader, statements_a, django_assert_max_num_queries
):
    client.force_login(team_leader)
    grow_team(team, team_leader, statements_a, 5)
    counts = {}
    for name in ["assessments:team-matrix", "assessments:review-queue"]:
        with django_assert_max_num_queries(100) as small:
            client.get(reverse(name))
        counts[name] = len(small.captured_queries)
    grow_team(team, team_leader, statements_a, 45)
    for name, bound in counts.items():
        with django_assert_max_num_queries(bound):
            response = client.get(reverse(name))
        assert response.status_code == 200


def test_frameworks_not_for_a_persons_role_are_marked_not_applicable(
    client, matrix_team, team_leader
):
    client.force_login(team_leader)
    rows = {
        r.person.name: r for r in client.get(reverse("assessments:team-matrix")).context["rows"]
    }
    coordinator_cells = {c.framework.code: c.applies for c in rows["Cal Coordinator"].cells}
    assert coordinator_cells == {"FGCC": True, "FGCTL": False}
    text = client.get(reverse("assessments:team-matrix") + "?format=csv").content.decode(
        "utf-8-sig"
    )
    line = next(row for row in csv.reader(io.StringIO(text)) if row[0] == "Cal Coordinator")
    assert line[-6] == "n/a"


def test_confirming_twice_through_the_page_says_so_and_keeps_one_row(
    client, team_leader, practitioner, framework, statements_a
):
    level_a = framework.levels.get(code="A")
    confirm_url = reverse("assessments:level-confirm", args=[practitioner.pk, level_a.pk])
    meet(practitioner, team_leader, statements_a)
    client.force_login(team_leader)
    today = {"confirmed_on": timezone.localdate().isoformat()}
    client.post(confirm_url, today)
    response = client.post(confirm_url, today, follow=True)
    assert response.status_code == 200
    assert "was already confirmed" in response.content.decode()
    assert LevelConfirmation.objects.filter(subject=practitioner).count() == 1
