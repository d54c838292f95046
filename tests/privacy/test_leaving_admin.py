"""Recording a leaver from the Wagtail Users admin: a button on the listing, a page with the
leaving date, and the mentoring they were in ended as its mentor would end it."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from mentoring.models import MentoringRelationship
from people.services import person_deactivate
from privacy.services import leaver_record
from tests.mentoring.factories import mentoring, session

pytestmark = pytest.mark.django_db


def leaving_url(user):
    return reverse("privacy_admin:person-leaving", args=[user.pk])


def test_the_users_listing_offers_both_actions_to_a_superuser(client, admin, practitioner):
    client.force_login(admin)
    body = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert leaving_url(practitioner) in body
    assert reverse("privacy_admin:person-records", args=[practitioner.pk]) in body
    # Not on their own row: nobody records their own leaving.
    assert leaving_url(admin) not in body


def test_a_leaver_has_no_leaving_button_but_their_records_remain(client, admin, practitioner):
    person_deactivate(person=practitioner, by=admin)
    client.force_login(admin)
    body = client.get(reverse("wagtailusers_users:index")).content.decode()
    assert leaving_url(practitioner) not in body
    assert reverse("privacy_admin:person-records", args=[practitioner.pk]) in body


def test_a_superuser_records_a_leaving_date(client, admin, practitioner):
    client.force_login(admin)
    page = client.get(leaving_url(practitioner))
    assert page.status_code == 200
    assert "Record that Priya Practitioner has left" in page.content.decode()
    left_on = timezone.localdate() - timedelta(days=3)
    response = client.post(leaving_url(practitioner), {"left_on": left_on.isoformat()})
    assert response.status_code == 302
    assert response.url == reverse("wagtailusers_users:index")
    practitioner.refresh_from_db()
    assert (practitioner.is_active, practitioner.left_on) == (False, left_on)


def test_a_future_leaving_date_is_a_form_error(client, admin, practitioner):
    client.force_login(admin)
    tomorrow = timezone.localdate() + timedelta(days=1)
    response = client.post(leaving_url(practitioner), {"left_on": tomorrow.isoformat()})
    assert response.status_code == 200
    assert "The date must be today or in the past" in response.content.decode()
    practitioner.refresh_from_db()
    assert practitioner.is_active


@pytest.mark.parametrize("who", ["team_leader", "service_manager", "practitioner", "expert"])
def test_nobody_else_records_a_leaver(client, request, practitioner, who):
    viewer = request.getfixturevalue(who)
    client.force_login(viewer)
    target = practitioner if viewer != practitioner else request.getfixturevalue("team_leader")
    for method in (client.get, client.post):
        assert method(leaving_url(target)).status_code in {302, 404}
    target.refresh_from_db()
    assert target.is_active


def test_a_superuser_cannot_record_their_own_leaving(client, admin):
    client.force_login(admin)
    assert client.get(leaving_url(admin)).status_code == 404


def test_a_leaving_mentee_s_mentoring_ends(admin, coordinator, expert):
    relationship = mentoring(coordinator, expert)
    leaving = leaver_record(person=expert, by=admin)
    relationship.refresh_from_db()
    assert relationship.end_date == timezone.localdate()
    assert leaving.mentoring_ended == 1


def test_a_leaving_mentor_s_mentoring_ends_so_the_mentee_can_have_another(
    admin, coordinator, expert
):
    relationship = mentoring(coordinator, expert)
    leaver_record(person=coordinator, by=admin)
    relationship.refresh_from_db()
    assert relationship.end_date == timezone.localdate()
    assert not MentoringRelationship.objects.filter(mentee=expert, end_date__isnull=True).exists()


def test_mentoring_with_sessions_planned_after_leaving_stays_open_and_says_so(
    client, admin, coordinator, expert
):
    relationship = mentoring(coordinator, expert)
    session(relationship, days_from_today=14)
    client.force_login(admin)
    response = client.post(
        leaving_url(coordinator), {"left_on": timezone.localdate().isoformat()}, follow=True
    )
    assert "is still open: it has sessions after the leaving date" in response.content.decode()
    relationship.refresh_from_db()
    assert relationship.end_date is None
    coordinator.refresh_from_db()
    assert not coordinator.is_active
