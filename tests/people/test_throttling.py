"""Password guessing is slowed down (issue 13, finding 2): 40 wrong passwords then the right one
used to sign in. A username is locked from an address after a few failures, with a message that
says until when; an administrator can unlock it; password reset requests are limited too."""

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()
    yield
    cache.clear()


def sign_in(client, username: str, password: str, address: str = "10.0.0.1"):
    return client.post(
        reverse("people:sign-in"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def test_forty_wrong_passwords_then_the_right_one_does_not_sign_in(client, practitioner, settings):
    settings.AXES_FAILURE_LIMIT = 5
    for _ in range(40):
        sign_in(client, practitioner.username, "wrong-password")
    response = sign_in(client, practitioner.username, PASSWORD)
    assert response.status_code == 429
    body = response.content.decode()
    assert "too many wrong passwords" in body
    assert "signing in is paused until" in body
    assert f'value="{practitioner.username}"' in body
    assert "_auth_user_id" not in client.session


def test_the_lock_is_by_username_and_address(client, practitioner, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        sign_in(client, practitioner.username, "wrong")
    assert sign_in(client, practitioner.username, PASSWORD).status_code == 429
    other = UserFactory()
    assert sign_in(client, other.username, PASSWORD).status_code == 302
    client.logout()
    assert sign_in(client, practitioner.username, PASSWORD, "10.0.0.2").status_code == 302


def test_a_few_mistakes_then_success_clear_the_count(client, practitioner, settings):
    settings.AXES_FAILURE_LIMIT = 3
    sign_in(client, practitioner.username, "wrong")
    sign_in(client, practitioner.username, "wrong")
    assert sign_in(client, practitioner.username, PASSWORD).status_code == 302
    client.logout()
    sign_in(client, practitioner.username, "wrong")
    sign_in(client, practitioner.username, "wrong")
    assert sign_in(client, practitioner.username, PASSWORD).status_code == 302


def test_an_administrator_unlocks_from_the_admin(client, practitioner, settings):
    settings.AXES_FAILURE_LIMIT = 2
    for _ in range(2):
        sign_in(client, practitioner.username, "wrong")
    attempt = AccessAttempt.objects.get(username=practitioner.username)
    admin = UserFactory()
    admin.is_superuser = True
    admin.save(update_fields=["is_superuser"])
    client.force_login(admin)
    listing = client.get(reverse("sign-in-lockouts:index"))
    assert listing.status_code == 200
    assert practitioner.username in listing.content.decode()
    response = client.post(reverse("sign-in-lockouts:delete", args=[attempt.pk]))
    assert response.status_code == 302
    client.logout()
    assert sign_in(client, practitioner.username, PASSWORD).status_code == 302


def test_only_superusers_see_lockouts(client, team_leader):
    from django.contrib.auth.models import Group

    from people.enums import CONTENT_EDITOR_GROUP

    editor = UserFactory()
    editor.groups.add(Group.objects.get(name=CONTENT_EDITOR_GROUP))
    for person in (editor, team_leader):
        client.force_login(person)
        response = client.get(reverse("sign-in-lockouts:index"))
        assert response.status_code in {302, 403, 404}
        assert practitioner_listing_absent(response)


def practitioner_listing_absent(response) -> bool:
    return "Failed attempts" not in response.content.decode()


def test_password_reset_requests_are_limited_with_a_clear_message(client, practitioner, settings):
    settings.PASSWORD_RESET_LIMIT = 3
    url = reverse("people:password-reset")
    for _ in range(3):
        response = client.post(url, {"email": practitioner.email}, REMOTE_ADDR="10.0.0.9")
        assert response.status_code == 302
    assert len(mail.outbox) == 3
    response = client.post(url, {"email": practitioner.email}, REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 429
    assert "no more will be sent until" in response.content.decode()
    assert len(mail.outbox) == 3
    other = client.post(url, {"email": "someone.else@example.org"}, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302
