"""Meeting outcomes: coordinators record facts about the meetings they convene, leaders see
figures. No free text anywhere, so nothing recorded can identify a family."""

import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.db import connection, models
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from assessments.models import Framework, LevelConfirmation
from demo.meetings import seed_meetings
from meetings import services
from meetings.models import PLAN_STAGES, FollowUp, MeetingRecord
from meetings.services import FollowUpFacts, MeetingFacts, add_months
from people.enums import Role
from tests.factories import TeamFactory, member

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
FORM = {
    "kind": "fgc",
    "held_on": (TODAY - timedelta(days=3)).isoformat(),
    "stage_reached": "agreeing_the_plan",
    "referral_source": "childrens_social_care",
    "plan_agreed": "yes",
    "child_voice": "advocate",
    "network_band": "5_9",
}


def facts(**changes):
    values = {
        "kind": "fgc",
        "held_on": TODAY - timedelta(days=200),
        "stage_reached": "agreeing_the_plan",
        "referral_source": "early_help",
        "plan_agreed": True,
        "child_voice": "advocate",
        "network_band": "1_4",
    }
    return MeetingFacts(**{**values, **changes})


def record(coordinator, team, **changes):
    return services.meeting_record(coordinator=coordinator, team=team, facts=facts(**changes))


HOLDING = FollowUpFacts(plan_holding="yes", escalation_avoided="yes", child_in_network="yes")
SLIPPING = FollowUpFacts(plan_holding="no", escalation_avoided="not_known", child_in_network="yes")


def test_nothing_in_a_meeting_record_is_free_text():
    for model in (MeetingRecord, FollowUp):
        for field in model._meta.get_fields():
            if isinstance(field, models.CharField):
                assert field.choices, f"{model.__name__}.{field.name} would take free text"
            assert not isinstance(field, models.TextField)


def test_a_coordinator_records_a_meeting(client, coordinator, team):
    client.force_login(coordinator)
    assert client.get(reverse("meetings:add")).status_code == 200
    response = client.post(reverse("meetings:add"), FORM)
    assert response.status_code == 302
    saved = MeetingRecord.objects.get()
    assert (saved.coordinator, saved.team, saved.plan_agreed) == (coordinator, team, True)
    listing = client.get(reverse("meetings:list")).content.decode()
    assert "Family Group Conference" in listing and "1 meeting" in listing


def test_bad_answers_are_shown_with_what_was_chosen(client, coordinator):
    client.force_login(coordinator)
    future = (TODAY + timedelta(days=2)).isoformat()
    response = client.post(reverse("meetings:add"), {**FORM, "held_on": future})
    body = response.content.decode()
    assert response.status_code == 200 and "must be today or in the past" in body
    assert 'value="advocate" id="id_child_voice_0" required checked' in body
    response = client.post(
        reverse("meetings:add"), {**FORM, "stage_reached": "preparation", "plan_agreed": "yes"}
    )
    assert "A plan can only be agreed at a meeting that reached" in response.content.decode()
    response = client.post(reverse("meetings:add"), {"held_on": FORM["held_on"]})
    body = response.content.decode()
    assert "Choose the type of meeting" in body and "Choose who referred the family" in body
    assert not MeetingRecord.objects.exists()


def test_only_coordinators_record_and_only_their_own(
    client, practitioner, coordinator, team_leader, team, other_team
):
    client.force_login(practitioner)
    assert client.get(reverse("meetings:list")).status_code == 404
    assert client.post(reverse("meetings:add"), FORM).status_code == 404
    mine = record(coordinator, team)
    for person in (team_leader, member(team, Role.COORDINATOR, display_name="Other Coord")):
        client.force_login(person)
        assert client.get(reverse("meetings:edit", args=[mine.pk])).status_code == 404
        assert client.get(reverse("meetings:follow-up", args=[mine.pk, 3])).status_code == 404
    client.force_login(coordinator)
    assert client.get(reverse("meetings:edit", args=[mine.pk])).status_code == 200
    assert client.get(reverse("meetings:follow-up", args=[mine.pk, 4])).status_code == 404
    # A team the coordinator does not work for cannot be chosen.
    member(other_team, Role.COORDINATOR, user=coordinator)
    third_team = TeamFactory()
    response = client.post(reverse("meetings:add"), {**FORM, "team": third_team.pk})
    assert "Choose the team you convened it for" in response.content.decode()
    assert MeetingRecord.objects.count() == 1
    client.post(reverse("meetings:add"), {**FORM, "team": other_team.pk})
    assert MeetingRecord.objects.filter(team=other_team).count() == 1


def test_follow_ups_become_due_and_are_recorded_once_each(client, coordinator, team):
    recent = record(coordinator, team, held_on=TODAY - timedelta(days=20))
    older = record(coordinator, team, held_on=add_months(TODAY, -4))
    client.force_login(coordinator)
    listing = client.get(reverse("meetings:list")).content.decode()
    assert reverse("meetings:follow-up", args=[older.pk, 3]) in listing
    assert reverse("meetings:follow-up", args=[recent.pk, 3]) not in listing
    assert reverse("meetings:follow-up", args=[older.pk, 6]) not in listing

    early = client.post(
        reverse("meetings:follow-up", args=[recent.pk, 3]),
        {"plan_holding": "yes", "escalation_avoided": "yes", "child_in_network": "yes"},
    )
    assert "can be recorded from" in early.content.decode()
    url = reverse("meetings:follow-up", args=[older.pk, 3])
    client.post(
        url, {"plan_holding": "yes", "escalation_avoided": "yes", "child_in_network": "yes"}
    )
    client.post(url, {"plan_holding": "no", "escalation_avoided": "yes", "child_in_network": "yes"})
    assert list(older.follow_ups.values_list("plan_holding", flat=True)) == ["no"]
    assert (
        url
        not in client.get(reverse("meetings:list")).content.decode().split("Meetings recorded")[0]
    )


def test_figures_count_meetings_plans_voice_and_follow_ups(client, coordinator, team, team_leader):
    meetings = [
        record(coordinator, team),
        record(coordinator, team, child_voice="direct"),
        record(coordinator, team, child_voice="none"),
        record(coordinator, team, stage_reached="preparation", plan_agreed=False, kind="fnm"),
    ]
    for meeting, answers in zip(meetings, (HOLDING, HOLDING, SLIPPING), strict=False):
        services.follow_up_record(record=meeting, by=coordinator, months=3, facts=answers)
    framework = Framework.objects.get(code="FGCC", status="published")
    LevelConfirmation.objects.create(
        subject=coordinator, level=framework.levels.get(code="B"), confirmed_by=team_leader
    )
    client.force_login(team_leader)
    body = client.get(reverse("meetings:figures")).content.decode()
    assert '<dd class="summary-list__value">4</dd>' in body
    assert "75%" in body  # 3 of 4 meetings agreed a plan, and 3 of 4 heard the child
    assert "67%" in body  # the plan held at 3 months for 2 of the 3 followed up
    assert coordinator.name in body and framework.levels.get(code="B").name in body

    csv = client.get(reverse("meetings:figures"), {"format": "csv"}).content.decode()
    assert "Family plan agreed,75%" in csv and "Plan holding at 3 months,67%" in csv


def test_figures_are_for_leaders_of_the_team_and_service_managers(
    client, coordinator, team, other_team, team_leader, other_team_leader, service_manager
):
    record(coordinator, team)
    client.force_login(coordinator)
    assert client.get(reverse("meetings:figures")).status_code == 404
    client.force_login(other_team_leader)
    body = client.get(reverse("meetings:figures"), {"team": team.pk}).content.decode()
    assert '<dd class="summary-list__value">0</dd>' in body and coordinator.name not in body
    client.force_login(service_manager)
    body = client.get(reverse("meetings:figures"), {"team": team.pk}).content.decode()
    assert coordinator.name in body


def test_figures_page_costs_the_same_queries_for_many_meetings(
    client, coordinator, team, team_leader
):
    def queries_for_page():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(reverse("meetings:figures")).status_code == 200
        return len(captured)

    client.force_login(team_leader)
    record(coordinator, team)
    queries_for_page()  # the first request fills the navigation's cache
    few = queries_for_page()
    for _ in range(25):
        record(coordinator, team)
    for number in range(3):
        record(member(team, Role.COORDINATOR, display_name=f"Coord {number}"), team)
    assert queries_for_page() == few


def test_the_list_costs_the_same_queries_for_many_meetings(client, coordinator, team):
    client.force_login(coordinator)
    for _ in range(3):
        record(coordinator, team)
    client.get(reverse("meetings:list"))  # the first request fills the navigation's cache
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("meetings:list"))
    for _ in range(30):
        record(coordinator, team, held_on=add_months(TODAY, -7))
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("meetings:list"))
    assert len(many) == len(few)


def test_the_demo_spreads_meetings_and_due_follow_ups_over_eight_quarters(
    coordinator, team_leader, client
):
    assert seed_meetings({"coordinator": coordinator}) >= 16
    assert seed_meetings({"coordinator": coordinator}) == 0  # run again: nothing more
    records = list(MeetingRecord.objects.filter(coordinator=coordinator))
    months_ago = {(TODAY - r.held_on).days // 91 for r in records}
    assert months_ago == set(range(8))
    for follow_up in FollowUp.objects.select_related("record"):
        assert add_months(follow_up.record.held_on, follow_up.months) <= TODAY
    assert FollowUp.objects.filter(months=6).exists()
    assert all(r.plan_agreed is False or r.stage_reached in PLAN_STAGES for r in records)
    client.force_login(team_leader)
    assert coordinator.name in client.get(reverse("meetings:figures")).content.decode()


def test_a_coordinators_records_download_holds_the_meetings_they_convened(
    client, coordinator, team
):
    meeting = record(coordinator, team)
    services.follow_up_record(record=meeting, by=coordinator, months=3, facts=HOLDING)
    client.force_login(coordinator)
    response = client.post(reverse("privacy:records-download"))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    name = next(n for n in archive.namelist() if n.endswith("/meetings-convened.json"))
    held = json.loads(archive.read(name))
    assert held[0]["type"] == "Family Group Conference"
    assert held[0]["follow_ups"][0]["plan_holding"] == "Yes"


def test_the_api_gives_the_same_figures_to_the_same_people(
    client, coordinator, team, other_team, team_leader, other_team_leader, service_manager
):
    record(coordinator, team)
    record(coordinator, team, stage_reached="preparation", plan_agreed=False, child_voice="none")
    url = "/api/v1/meetings/summary"
    client.force_login(team_leader)
    body = client.get(url).json()
    assert body["total"] == 2 and body["plans_agreed_percent"] == 50
    assert body["by_type"] == {
        "Family Group Conference": 2,
        "Family Network Meeting": 0,
        "Review meeting": 0,
    }
    assert body["three_months"] == {
        "recorded": 0,
        "plan_holding_percent": None,
        "escalation_avoided_percent": None,
        "child_in_network_percent": None,
    }
    assert body["by_coordinator"][0]["person_id"] == coordinator.pk
    assert client.get(url, {"team": other_team.pk}).status_code == 404
    assert client.get(url, {"date_from": "2026-05-01", "date_to": "2026-04-01"}).status_code == 422
    assert client.get(url, {"date_from": TODAY.isoformat()}).json()["total"] == 0
    client.force_login(other_team_leader)
    assert client.get(url).json()["total"] == 0
    client.force_login(service_manager)
    assert client.get(url, {"team": team.pk}).json()["total"] == 2
    client.force_login(coordinator)
    assert client.get(url).status_code == 404


def test_the_dashboards_show_meeting_figures_and_trends(
    client, coordinator, team, team_leader, other_team_leader
):
    record(coordinator, team, held_on=TODAY - timedelta(days=10))
    record(coordinator, team, held_on=TODAY - timedelta(days=12), plan_agreed=False)
    client.force_login(team_leader)
    body = client.get(reverse("reporting:dashboard-team")).content.decode()
    section = body.split('id="meetings-heading"')[1].split("</section>")[0]
    assert ">2</a>" in section and "50%" in section
    assert reverse("meetings:figures") in section
    assert "Family meetings held" in body and "Family plans agreed" in body
    csv = client.get(reverse("reporting:dashboard-team"), {"format": "csv"}).content.decode()
    assert "Family meetings" in csv and "Family plan agreed,50%" in csv
    client.force_login(other_team_leader)
    section = (
        client.get(reverse("reporting:dashboard-team"))
        .content.decode()
        .split('id="meetings-heading"')[1]
        .split("</section>")[0]
    )
    assert ">0</a>" in section
