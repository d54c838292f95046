"""Superusers see who signs in as whom through the organisation, and delete a wrong link;
nobody else sees them, and nobody adds or edits one by hand."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from people.enums import CONTENT_EDITOR_GROUP
from people.models import SingleSignOnIdentity
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INDEX = reverse("sso-identities:index")


@pytest.fixture
def admin(db):
    user = UserFactory(display_name="Ada Admin")
    user.is_superuser = True
    user.save()
    return user


def link(person, subject: str) -> SingleSignOnIdentity:
    return SingleSignOnIdentity.objects.create(
        user=person, issuer="https://id.council.example", subject=subject
    )


def test_a_superuser_lists_the_links_and_deletes_a_wrong_one(client, admin, practitioner):
    identity = link(practitioner, "abc-123")
    client.force_login(admin)
    body = client.get(INDEX).content.decode()
    assert "Priya Practitioner" in body and "abc-123" in body
    assert client.post(reverse("sso-identities:delete", args=[identity.pk])).status_code == 302
    assert not SingleSignOnIdentity.objects.exists()


def test_nobody_adds_or_edits_a_link(client, admin, practitioner):
    identity = link(practitioner, "abc-123")
    client.force_login(admin)
    assert client.get(reverse("sso-identities:add")).status_code in {302, 403}
    assert client.get(reverse("sso-identities:edit", args=[identity.pk])).status_code in {302, 403}


def test_only_superusers_see_the_links(client, team_leader, practitioner):
    link(practitioner, "abc-123")
    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    for person in (editor, team_leader):
        client.force_login(person)
        response = client.get(INDEX)
        assert response.status_code in {302, 403, 404}
        assert "abc-123" not in response.content.decode()


def test_the_listing_query_count_does_not_grow(client, admin, django_assert_max_num_queries):
    client.force_login(admin)
    for number in range(3):
        link(UserFactory(), f"few-{number}")
    with django_assert_max_num_queries(25) as few:
        client.get(INDEX)
    for number in range(30):
        link(UserFactory(), f"many-{number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert client.get(INDEX).status_code == 200
