"""/admin/ for someone signed in without Wagtail admin access is a 404, not a redirect loop."""

import pytest
from django.urls import reverse

from people.enums import CONTENT_EDITOR_GROUP
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_practitioner_gets_404_not_a_redirect_loop(client, practitioner):
    client.force_login(practitioner)
    response = client.get("/admin/", follow=True)
    assert response.status_code == 404
    assert response.redirect_chain == []


def test_admin_subpages_are_404_for_a_practitioner(client, practitioner):
    client.force_login(practitioner)
    assert client.get("/admin/pages/").status_code == 404


def test_the_sign_in_page_does_not_send_a_practitioner_back_to_the_admin(client, practitioner):
    client.force_login(practitioner)
    response = client.get(reverse("people:sign-in") + "?next=/admin/", follow=True)
    assert response.status_code in (200, 404)
    assert len(response.redirect_chain) < 3


def test_anonymous_users_are_sent_to_sign_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("people:sign-in"))


def test_editors_still_reach_the_admin(client):
    from django.contrib.auth.models import Group

    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200


def test_team_leaders_still_reach_the_admin(client, team_leader):
    client.force_login(team_leader)
    assert client.get("/admin/").status_code == 200
