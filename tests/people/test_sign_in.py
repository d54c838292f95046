import re

import pytest
from django.core import mail
from django.urls import reverse

from tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_sign_in_with_right_password_goes_home(client, practitioner):
    response = client.post(
        reverse("people:sign-in"), {"username": practitioner.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response.url == "/"


def test_sign_in_failure_says_so_and_keeps_username(client, practitioner):
    response = client.post(
        reverse("people:sign-in"), {"username": practitioner.username, "password": "wrong"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "There is a problem" in body
    assert "The username or password is not right" in body
    assert f'value="{practitioner.username}"' in body
    assert "<title>Error: Sign in" in body


def test_sign_in_with_empty_fields_names_each_field(client, db):
    response = client.post(reverse("people:sign-in"), {"username": "", "password": ""})
    body = response.content.decode()
    assert 'href="#id_username">Enter your username' in body
    assert 'href="#id_password">Enter your password' in body


def test_sign_in_honours_next(client, practitioner):
    response = client.post(
        reverse("people:sign-in") + "?next=/account/password/",
        {"username": practitioner.username, "password": PASSWORD, "next": "/account/password/"},
    )
    assert response.url == "/account/password/"


def test_sign_out_needs_post_and_ends_session(client, practitioner):
    client.force_login(practitioner)
    response = client.post(reverse("people:sign-out"))
    assert response.status_code == 302
    assert client.get(reverse("people:password-change")).status_code == 302


def test_password_change(client, practitioner):
    client.force_login(practitioner)
    response = client.post(
        reverse("people:password-change"),
        {
            "old_password": PASSWORD,
            "new_password1": "a-brand-new-passphrase",
            "new_password2": "a-brand-new-passphrase",
        },
    )
    assert response.status_code == 302
    practitioner.refresh_from_db()
    assert practitioner.check_password("a-brand-new-passphrase")


def test_password_change_errors_are_shown(client, practitioner):
    client.force_login(practitioner)
    response = client.post(
        reverse("people:password-change"),
        {"old_password": "nope", "new_password1": "short", "new_password2": "different"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "There is a problem" in body
    assert "Your old password was entered incorrectly" in body


def test_password_reset_sends_a_working_link(client, practitioner):
    response = client.post(reverse("people:password-reset"), {"email": practitioner.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/password-reset/\S+/)", mail.outbox[0].body).group(1)
    response = client.get(link, follow=True)
    assert "Choose a new password" in response.content.decode()
    form_url = response.redirect_chain[-1][0]
    response = client.post(
        form_url, {"new_password1": "reset-passphrase-99", "new_password2": "reset-passphrase-99"}
    )
    assert response.status_code == 302
    practitioner.refresh_from_db()
    assert practitioner.check_password("reset-passphrase-99")


def test_password_reset_for_unknown_email_reveals_nothing(client, db):
    response = client.post(reverse("people:password-reset"), {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []
