"""The home made for experts by experience and volunteers: their material, mentor, next session."""

import pytest
from django.urls import reverse

from content.models import ResourcePage
from mentoring import services
from people.enums import Audience
from tests.content.factories import resource
from tests.mentoring.factories import mentoring, session

pytestmark = pytest.mark.django_db

HOME = reverse("mentoring:community-home")


@pytest.mark.parametrize("person", ["expert", "volunteer"])
def test_signing_in_lands_on_their_home(client, request, person):
    user = request.getfixturevalue(person)
    user.set_password("a-sign-in-password-1")
    user.save()
    response = client.post(
        reverse("people:sign-in"),
        {"username": user.username, "password": "a-sign-in-password-1"},
        follow=True,
    )
    assert response.redirect_chain[-1] == (HOME, 302)
    body = response.content.decode()
    assert "Guides and mentoring for experts by experience and volunteers" in body
    assert 'aria-current="page">My circle' in body


def test_home_shows_mentor_next_session_and_recommendations(client, coordinator, expert):
    relationship = mentoring(coordinator, expert)
    session(relationship, days_from_today=-14, topics="Getting started")
    upcoming = session(relationship, days_from_today=9, topics="Confidentiality when supporting")
    session(relationship, days_from_today=30, topics="Later still")
    recommended = resource(
        title="Looking after yourself", audiences=(Audience.EXPERTS_BY_EXPERIENCE,)
    )
    services.resource_recommend(
        relationship=relationship, by=coordinator, resource=recommended, note="After the day"
    )
    client.force_login(expert)
    body = client.get(HOME).content.decode()
    assert f"{coordinator.name}" in body
    assert "Confidentiality when supporting" in body
    assert reverse("mentoring:session-detail", args=[upcoming.pk]) in body
    assert "Later still" not in body
    assert "Getting started" in body
    assert "Looking after yourself" in body
    assert "After the day" in body
    assert "Check in about wellbeing." not in body  # the mentor's private note


def test_home_without_a_mentor_says_so(client, volunteer):
    client.force_login(volunteer)
    body = client.get(HOME).content.decode()
    assert "You do not have a mentor yet" in body
    assert "No session is booked yet" in body


def test_home_lists_only_material_for_their_audience(client, volunteer):
    resource(title="For volunteers", audiences=(Audience.VOLUNTEERS,))
    resource(title="For staff only", audiences=(Audience.PRACTITIONERS,))
    resource(title="For experts only", audiences=(Audience.EXPERTS_BY_EXPERIENCE,))
    resource(title="Unpublished for volunteers", audiences=(Audience.VOLUNTEERS,), live=False)
    client.force_login(volunteer)
    body = client.get(HOME).content.decode()
    assert "For volunteers" in body
    assert "For staff only" not in body
    assert "For experts only" not in body
    assert "Unpublished for volunteers" not in body
    assert 'href="/resources/"' in body


def test_a_recommendation_disappears_when_the_resource_is_no_longer_for_them(
    client, coordinator, volunteer
):
    relationship = mentoring(coordinator, volunteer)
    page = resource(title="Changing audience", audiences=(Audience.VOLUNTEERS,))
    services.resource_recommend(relationship=relationship, by=coordinator, resource=page)
    page = ResourcePage.objects.get(pk=page.pk)
    page.for_volunteers = False
    page.for_practitioners = True
    page.save_revision().publish()
    client.force_login(volunteer)
    assert "Changing audience" not in client.get(HOME).content.decode()


def test_staff_keep_the_staff_home(client, practitioner):
    client.force_login(practitioner)
    response = client.get("/")
    assert response.status_code == 200
    assert "Guides and mentoring for experts by experience" not in response.content.decode()


def test_navigation_offers_community_links_and_no_staff_links(client, volunteer):
    resource(audiences=(Audience.VOLUNTEERS,))
    client.force_login(volunteer)
    body = client.get(HOME).content.decode()
    assert "My circle" in body
    assert ">Resources</a>" in body
    assert reverse("mentoring:mentee-list") not in body
    assert reverse("mentoring:mentoring-summary") not in body


def test_navigation_offers_staff_their_mentoring_links(client, coordinator, team_leader):
    resource()
    client.force_login(coordinator)
    body = client.get("/").content.decode()
    assert reverse("mentoring:mentee-list") in body
    assert ">Resources</a>" in body
    client.force_login(team_leader)
    assert reverse("mentoring:mentoring-summary") in client.get("/").content.decode()
