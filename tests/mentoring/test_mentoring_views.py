"""Mentoring pages: who sees what, including private mentor notes, and the forms."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from mentoring import services
from mentoring.models import MentoringRelationship, MentoringSession, ResourceRecommendation
from people.enums import Audience, Role
from people.services import membership_end
from tests.content.factories import resource
from tests.factories import member
from tests.mentoring.factories import mentoring, session

pytestmark = pytest.mark.django_db

PRIVATE = "PRIVATE: some upset, follow up."
SHARED = "You chose three moments to talk about."


# Reading a session


def test_mentee_reads_shared_notes_but_never_private_ones(client, expert, held_session):
    client.force_login(expert)
    response = client.get(reverse("mentoring:session-detail", args=[held_session.pk]))
    body = response.content.decode()
    assert response.status_code == 200
    assert SHARED in body
    assert "Use the planning worksheet." in body
    assert PRIVATE not in body
    assert "private notes" not in body.lower()
    assert reverse("mentoring:session-edit", args=[held_session.pk]) not in body


def test_mentor_reads_private_notes(client, coordinator, held_session):
    client.force_login(coordinator)
    body = client.get(reverse("mentoring:session-detail", args=[held_session.pk])).content.decode()
    assert SHARED in body
    assert PRIVATE in body
    assert "Only you can see these." in body
    assert reverse("mentoring:session-edit", args=[held_session.pk]) in body


@pytest.mark.parametrize(
    "outsider",
    ["team_leader", "service_manager", "practitioner", "volunteer", "other_team_leader"],
)
def test_nobody_else_reads_a_session(client, request, outsider, held_session):
    client.force_login(request.getfixturevalue(outsider))
    response = client.get(reverse("mentoring:session-detail", args=[held_session.pk]))
    assert response.status_code == 404
    assert SHARED not in response.content.decode()


def test_another_coordinator_in_the_team_cannot_read_it(client, team, held_session):
    client.force_login(member(team, Role.COORDINATOR))
    response = client.get(reverse("mentoring:session-detail", args=[held_session.pk]))
    assert response.status_code == 404


def test_mentee_lists_their_sessions_without_private_notes(client, expert, held_session):
    planned = session(held_session.relationship, days_from_today=10, topics="Next time")
    client.force_login(expert)
    body = client.get(reverse("mentoring:my-sessions")).content.decode()
    assert "Preparing for a training day" in body
    assert "Next time" in body
    assert "Planned" in body
    assert PRIVATE not in body
    assert reverse("mentoring:session-detail", args=[planned.pk]) in body


# Staff pages answer 404 to experts by experience and volunteers.

STAFF_PAGES = [
    ("mentoring:mentee-list", False),
    ("mentoring:relationship-create", False),
    ("mentoring:relationship-detail", True),
    ("mentoring:relationship-end", True),
    ("mentoring:session-create", True),
    ("mentoring:recommendation-create", True),
    ("mentoring:mentoring-summary", False),
]


@pytest.mark.parametrize("person", ["expert", "volunteer"])
@pytest.mark.parametrize(("name", "takes_pk"), STAFF_PAGES)
def test_staff_pages_answer_404_to_community_members(
    client, request, relationship, person, name, takes_pk
):
    client.force_login(request.getfixturevalue(person))
    url = reverse(name, args=[relationship.pk] if takes_pk else [])
    assert client.get(url).status_code == 404
    assert client.post(url, {}).status_code == 404


@pytest.mark.parametrize("person", ["expert", "volunteer"])
def test_session_edit_and_recommendation_removal_answer_404_to_community(
    client, request, person, held_session
):
    recommendation = services.resource_recommend(
        relationship=held_session.relationship,
        by=held_session.relationship.mentor,
        resource=resource(audiences=(Audience.EXPERTS_BY_EXPERIENCE,)),
    )
    client.force_login(request.getfixturevalue(person))
    assert client.get(reverse("mentoring:session-edit", args=[held_session.pk])).status_code == 404
    url = reverse("mentoring:recommendation-delete", args=[recommendation.pk])
    assert client.post(url).status_code == 404
    assert ResourceRecommendation.objects.filter(pk=recommendation.pk).exists()


def test_community_pages_answer_404_to_staff(client, coordinator):
    client.force_login(coordinator)
    assert client.get(reverse("mentoring:community-home")).status_code == 404
    assert client.get(reverse("mentoring:my-sessions")).status_code == 404


# Coordinators: their mentees


def test_coordinator_sees_only_their_own_mentees(client, team, coordinator, expert, volunteer):
    mine = mentoring(coordinator, expert)
    session(mine)
    theirs = mentoring(member(team, Role.COORDINATOR), volunteer)
    client.force_login(coordinator)
    response = client.get(reverse("mentoring:mentee-list"))
    body = response.content.decode()
    assert expert.name in body
    assert volunteer.name not in body
    assert client.get(reverse("mentoring:relationship-detail", args=[theirs.pk])).status_code == 404


@pytest.mark.parametrize("role", ["practitioner", "team_leader"])
def test_mentee_list_is_for_coordinators(client, request, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("mentoring:mentee-list")).status_code == 404


def test_coordinator_starts_mentoring_someone_in_their_team(
    client, coordinator, expert, volunteer, other_team
):
    stranger = member(other_team, Role.VOLUNTEER)
    mentoring(coordinator, volunteer)
    client.force_login(coordinator)
    url = reverse("mentoring:relationship-create")
    form_page = client.get(url).content.decode()
    assert expert.name in form_page
    assert volunteer.name not in form_page  # already mentored
    assert stranger.name not in form_page  # another team

    response = client.post(url, {"mentee": stranger.pk, "start_date": "2026-01-05"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()

    response = client.post(url, {"mentee": expert.pk, "start_date": "2026-01-05"})
    relationship = MentoringRelationship.objects.get(mentee=expert)
    assert response.url == reverse("mentoring:relationship-detail", args=[relationship.pk])


def test_bad_dates_never_500(client, coordinator, expert, relationship):
    client.force_login(coordinator)
    response = client.post(
        reverse("mentoring:relationship-create"), {"mentee": "abc", "start_date": "31/02/2026"}
    )
    assert response.status_code == 200
    assert "Enter a real date" in response.content.decode()


def test_mentor_records_a_session(client, coordinator, relationship):
    client.force_login(coordinator)
    url = reverse("mentoring:session-create", args=[relationship.pk])
    today = timezone.localdate()
    response = client.post(
        url,
        {
            "date": today.isoformat(),
            "duration_minutes": "50",
            "topics": "Confidentiality",
            "next_steps": "Read the guide.\nTalk to the team.",
            "shared_notes": "Good questions <script>x</script>",
            "mentor_notes": "Quiet today.",
        },
    )
    recorded = MentoringSession.objects.get()
    assert response.url == reverse("mentoring:session-detail", args=[recorded.pk])
    assert recorded.next_steps == "<p>Read the guide.<br>Talk to the team.</p>"
    assert "<script>" not in recorded.shared_notes
    detail = client.get(response.url).content.decode()
    assert "Good questions &lt;script&gt;x&lt;/script&gt;" in detail


def test_session_form_reshows_what_was_typed_with_errors(client, coordinator, relationship):
    client.force_login(coordinator)
    response = client.post(
        reverse("mentoring:session-create", args=[relationship.pk]),
        {
            "date": "",
            "duration_minutes": "forty",
            "topics": "Kept topic",
            "shared_notes": "Kept notes",
        },
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body
    assert "Enter the date of the session" in body
    assert "Enter the length in whole minutes" in body
    assert 'value="Kept topic"' in body
    assert "Kept notes</textarea>" in body
    assert 'href="#id_date"' in body
    assert not MentoringSession.objects.exists()


def test_rule_broken_in_the_service_shows_on_the_form(client, coordinator, relationship):
    client.force_login(coordinator)
    too_early = relationship.start_date - timedelta(days=3)
    response = client.post(
        reverse("mentoring:session-create", args=[relationship.pk]),
        {"date": too_early.isoformat(), "duration_minutes": "30", "topics": "Early"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "on or after the mentoring started" in body
    assert 'value="Early"' in body


def test_mentor_edits_a_session_starting_from_plain_text(client, coordinator, held_session):
    client.force_login(coordinator)
    url = reverse("mentoring:session-edit", args=[held_session.pk])
    form = client.get(url).content.decode()
    assert "You chose three moments to talk about.</textarea>" in form
    assert "&lt;p&gt;" not in form
    response = client.post(
        url,
        {
            "date": held_session.date.isoformat(),
            "duration_minutes": "60",
            "topics": "Changed topic",
            "shared_notes": "New shared",
            "mentor_notes": "",
        },
    )
    assert response.status_code == 302
    held_session.refresh_from_db()
    assert held_session.topics == "Changed topic"
    assert held_session.shared_notes == "<p>New shared</p>"
    assert held_session.mentor_notes == ""


def test_former_coordinator_can_read_but_not_change(client, team, expert):
    mentor = member(team, Role.COORDINATOR)
    relationship = mentoring(mentor, expert)
    recorded = session(relationship)
    membership = mentor.memberships.get(role=Role.COORDINATOR)
    membership_end(membership=membership, end_date=timezone.localdate() - timedelta(days=1))
    member(team, Role.PRACTITIONER, user=mentor)
    client.force_login(mentor)
    assert client.get(reverse("mentoring:session-detail", args=[recorded.pk])).status_code == 200
    assert client.get(reverse("mentoring:session-edit", args=[recorded.pk])).status_code == 404
    url = reverse("mentoring:session-create", args=[relationship.pk])
    assert client.get(url).status_code == 404


def test_mentor_recommends_a_resource_the_mentee_can_read(client, coordinator, relationship):
    readable = resource(title="Looking after yourself", audiences=(Audience.EXPERTS_BY_EXPERIENCE,))
    staff_only = resource(title="Writing bottom lines", audiences=(Audience.PRACTITIONERS,))
    client.force_login(coordinator)
    url = reverse("mentoring:recommendation-create", args=[relationship.pk])
    form = client.get(url).content.decode()
    assert "Looking after yourself" in form
    assert "Writing bottom lines" not in form

    response = client.post(url, {"resource": staff_only.pk, "note": "Try this"})
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()
    assert "Try this</textarea>" in response.content.decode()

    response = client.post(url, {"resource": readable.pk, "note": "After the training day"})
    assert response.url == reverse("mentoring:relationship-detail", args=[relationship.pk])
    recommendation = ResourceRecommendation.objects.get()
    assert recommendation.resource_id == readable.pk

    remove = reverse("mentoring:recommendation-delete", args=[recommendation.pk])
    assert client.get(remove).status_code == 405
    assert client.post(remove).status_code == 302
    assert not ResourceRecommendation.objects.exists()


def test_mentor_ends_the_mentoring(client, coordinator, relationship):
    client.force_login(coordinator)
    url = reverse("mentoring:relationship-end", args=[relationship.pk])
    assert client.post(url, {"end_date": ""}).status_code == 200
    response = client.post(url, {"end_date": timezone.localdate().isoformat()})
    assert response.status_code == 302
    relationship.refresh_from_db()
    assert relationship.end_date == timezone.localdate()
    assert client.get(url).status_code == 404


# Team leaders: counts by coordinator, never notes


def test_team_leader_sees_session_counts_by_coordinator(
    client, team, other_team, coordinator, team_leader, held_session
):
    session(held_session.relationship, days_from_today=-3, topics="Second")
    session(held_session.relationship, days_from_today=5, topics="Planned one")
    elsewhere = member(other_team, Role.COORDINATOR, display_name="Far Away")
    client.force_login(team_leader)
    response = client.get(reverse("mentoring:mentoring-summary"))
    body = response.content.decode()
    rows = {row.name: row for row in response.context["coordinators"]}
    assert rows[coordinator.name].sessions_total == 2
    assert rows[coordinator.name].current_mentees == 1
    assert elsewhere.name not in body
    for secret in (SHARED, PRIVATE, "Preparing for a training day", "Use the planning worksheet"):
        assert secret not in body


def test_service_manager_sees_every_team(client, other_team, service_manager, coordinator):
    elsewhere = member(other_team, Role.COORDINATOR, display_name="Far Away")
    client.force_login(service_manager)
    body = client.get(reverse("mentoring:mentoring-summary")).content.decode()
    assert coordinator.name in body
    assert elsewhere.name in body


@pytest.mark.parametrize("role", ["coordinator", "practitioner"])
def test_counts_are_for_team_leaders_and_service_managers(client, request, role):
    client.force_login(request.getfixturevalue(role))
    assert client.get(reverse("mentoring:mentoring-summary")).status_code == 404


def test_refused_edit_keeps_the_stored_session(client, coordinator, held_session):
    client.force_login(coordinator)
    too_early = held_session.relationship.start_date - timedelta(days=1)
    response = client.post(
        reverse("mentoring:session-edit", args=[held_session.pk]),
        {"date": too_early.isoformat(), "duration_minutes": "30", "topics": "Moved"},
    )
    body = response.content.decode()
    assert "on or after the mentoring started" in body
    assert f"Change the session on {held_session.date:%-d %B %Y}" in body
    assert 'value="Moved"' in body
    held_session.refresh_from_db()
    assert held_session.topics == "Preparing for a training day"
