"""Single sign-on with OpenID Connect, end to end against a provider run by the test over HTTP
(tests/people/oidc_provider.py): our start link, the provider's authorize, our callback, and
mozilla-django-oidc's token, JWKS and userinfo requests back to the provider."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt, AccessLog
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from people.enums import CONTENT_EDITOR_GROUP, AccessKind, Role
from people.models import AccessRecord, Membership, SingleSignOnIdentity, User
from people.services import person_deactivate
from tests.factories import PASSWORD, UserFactory, member
from tests.people.conftest import NEW_PERSON_CLAIMS, RULE, sign_in_through

pytestmark = pytest.mark.django_db

NEW_PERSON = NEW_PERSON_CLAIMS


def signed_in_as(client) -> User | None:
    user_id = client.session.get("_auth_user_id")
    return User.objects.get(pk=user_id) if user_id else None


def active_roles(user: User) -> set[tuple[str, str]]:
    return set(Membership.objects.active().filter(user=user).values_list("team__name", "role"))


# Off unless configured ----------------------------------------------------------------------


def test_off_by_default_the_sign_in_page_has_only_the_password_form(client, db):
    body = client.get(reverse("people:sign-in")).content.decode()
    assert "organisation's account" not in body
    assert 'name="password"' in body
    assert client.get(reverse("people:sso-start")).status_code == 404
    assert (
        client.get(reverse("people:sso-callback"), {"code": "x", "state": "y"}).status_code == 404
    )


def test_on_the_sign_in_page_offers_both_and_passwords_still_work(
    client, oidc_provider, practitioner
):
    body = client.get(reverse("people:sign-in") + "?next=/account/").content.decode()
    assert "Sign in with your organisation's account" in body
    assert f'href="{reverse("people:sso-start")}?next=/account/"' in body
    assert "Or sign in with a Practice Circle password" in body
    response = client.post(
        reverse("people:sign-in"), {"username": practitioner.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert signed_in_as(client) == practitioner
    assert oidc_provider.token_requests == 0


# Who is let in, with what ---------------------------------------------------------------


def test_a_new_person_is_made_with_the_mapped_team_role(client, oidc_provider, team):
    response = sign_in_through(client, oidc_provider, NEW_PERSON, next_url="/account/")
    assert response.status_code == 302
    assert response.url == "/account/"
    person = User.objects.get(email="nia.new@council.example")
    assert signed_in_as(client) == person
    assert person.display_name == "Nia Newcomer"
    assert (person.first_name, person.last_name) == ("Nia", "Newcomer")
    assert not person.has_usable_password()
    assert not person.is_superuser and not person.is_staff
    assert active_roles(person) == {("North team", Role.PRACTITIONER)}
    assert list(person.groups.values_list("name", flat=True)) == ["Practitioner"]
    identity = SingleSignOnIdentity.objects.get(user=person)
    assert (identity.issuer, identity.subject) == (oidc_provider.issuer, "sub-0001")
    assert client.get(reverse("people:account")).status_code == 200


def test_an_existing_person_is_found_by_email_and_their_roles_follow_the_claims(
    client, oidc_provider, practitioner
):
    claims = {**NEW_PERSON, "email": practitioner.email.upper(), "groups": ["north-leads"]}
    response = sign_in_through(client, oidc_provider, claims)
    assert response.status_code == 302
    assert signed_in_as(client) == practitioner
    assert User.objects.count() == 1
    # The rule governs both North team roles: leader given, practitioner ended.
    assert active_roles(practitioner) == {("North team", Role.TEAM_LEADER)}
    assert Membership.objects.get(user=practitioner, role=Role.PRACTITIONER).end_date is not None

    # Linked now: found by `sub` even after the organisation changes their email.
    client.logout()
    moved = {**claims, "email": "renamed@council.example", "groups": ["north-leads"]}
    assert sign_in_through(client, oidc_provider, moved).status_code == 302
    assert signed_in_as(client) == practitioner
    practitioner.refresh_from_db()
    assert practitioner.email == "renamed@council.example"


def test_roles_the_rule_does_not_name_are_left_alone(
    client, oidc_provider, other_team, practitioner
):
    member(other_team, Role.COORDINATOR, user=practitioner)
    claims = {**NEW_PERSON, "email": practitioner.email, "groups": ["north-fgc"]}
    assert sign_in_through(client, oidc_provider, claims).status_code == 302
    assert active_roles(practitioner) == {
        ("North team", Role.PRACTITIONER),
        ("South team", Role.COORDINATOR),
    }


def test_matching_by_sub_uses_the_username_not_the_email(client, oidc_provider, team, settings):
    settings.SSO_CLAIMS_RULE = {**RULE, "match_users_by": "sub", "create_users": False}
    by_username = UserFactory(username="sub-0001", email="someone.else@example.org")
    same_email = UserFactory(email=NEW_PERSON["email"])
    assert sign_in_through(client, oidc_provider, NEW_PERSON).status_code == 302
    assert signed_in_as(client) == by_username
    assert not active_roles(same_email)


def test_superuser_and_content_editor_only_when_the_rule_says(
    client, oidc_provider, team, settings
):
    claims = {**NEW_PERSON, "groups": ["north-fgc", "pc-admins"], "roles": ["editor"]}
    sign_in_through(client, oidc_provider, claims)
    person = User.objects.get(email=NEW_PERSON["email"])
    assert not person.is_superuser
    assert not person.groups.filter(name=CONTENT_EDITOR_GROUP).exists()

    client.logout()
    settings.SSO_CLAIMS_RULE = {
        **RULE,
        "grants": [
            *RULE["grants"],
            {"claim": "groups", "value": "pc-admins", "superuser": True},
            {"claim": "roles", "value": "editor", "content_editor": True},
        ],
    }
    sign_in_through(client, oidc_provider, claims)
    person.refresh_from_db()
    assert person.is_superuser
    assert person.groups.filter(name=CONTENT_EDITOR_GROUP).exists()

    # Governed now, so taken away when the claims stop saying so.
    client.logout()
    sign_in_through(client, oidc_provider, {**claims, "groups": ["north-fgc"], "roles": []})
    person.refresh_from_db()
    assert not person.is_superuser
    assert not person.groups.filter(name=CONTENT_EDITOR_GROUP).exists()


def test_required_claims_keep_out_other_organisations(client, oidc_provider, team, settings):
    settings.SSO_CLAIMS_RULE = {**RULE, "require": {"hd": "council.example"}}
    response = sign_in_through(client, oidc_provider, {**NEW_PERSON, "hd": "elsewhere.example"})
    assert response.status_code == 403
    assert not User.objects.exists()
    client.logout()
    response = sign_in_through(client, oidc_provider, {**NEW_PERSON, "hd": "council.example"})
    assert response.status_code == 302


# Who is refused, and told why ---------------------------------------------------------------


def test_unmapped_claims_give_no_access_and_say_so(client, oidc_provider, team):
    response = sign_in_through(client, oidc_provider, {**NEW_PERSON, "groups": ["all-staff"]})
    assert response.status_code == 403
    body = response.content.decode()
    assert "not set up to use Practice Circle" in body
    assert "<h1>You are not signed in</h1>" in body
    assert signed_in_as(client) is None
    assert not User.objects.exists()


def test_a_person_whose_claims_no_longer_map_loses_the_roles_and_is_refused(
    client, oidc_provider, practitioner
):
    claims = {**NEW_PERSON, "email": practitioner.email, "groups": []}
    response = sign_in_through(client, oidc_provider, claims)
    assert response.status_code == 403
    assert signed_in_as(client) is None
    assert active_roles(practitioner) == set()


def test_without_create_users_a_stranger_is_not_made(client, oidc_provider, team, settings):
    settings.SSO_CLAIMS_RULE = {**RULE, "create_users": False}
    response = sign_in_through(client, oidc_provider, NEW_PERSON)
    assert response.status_code == 403
    assert not User.objects.exists()


def test_a_leaver_cannot_sign_in(client, oidc_provider, practitioner, team_leader):
    admin = UserFactory()
    admin.is_superuser = True
    admin.save()
    person_deactivate(person=practitioner, by=admin)
    memberships = list(Membership.objects.filter(user=practitioner).values())
    claims = {**NEW_PERSON, "email": practitioner.email}
    response = sign_in_through(client, oidc_provider, claims)
    assert response.status_code == 403
    assert "has been closed" in response.content.decode()
    assert signed_in_as(client) is None
    # Nothing given back: the claims still name North team, but the account stays closed.
    assert list(Membership.objects.filter(user=practitioner).values()) == memberships
    practitioner.refresh_from_db()
    assert not practitioner.is_active


def test_a_leaving_date_alone_also_refuses(client, oidc_provider, practitioner):
    practitioner.left_on = timezone.localdate() - timedelta(days=1)
    practitioner.save(update_fields=["left_on"])
    response = sign_in_through(client, oidc_provider, {**NEW_PERSON, "email": practitioner.email})
    assert response.status_code == 403
    assert signed_in_as(client) is None


def test_a_wrong_nonce_is_refused(client, oidc_provider, team):
    oidc_provider.nonce_override = "a-nonce-from-another-sign-in"
    response = sign_in_through(client, oidc_provider, NEW_PERSON)
    assert response.status_code == 400
    assert "We could not check this sign-in" in response.content.decode()
    assert signed_in_as(client) is None
    assert not User.objects.exists()


def test_a_wrong_state_is_refused(client, oidc_provider, team):
    response = sign_in_through(client, oidc_provider, NEW_PERSON, state="forged-state")
    assert response.status_code == 400
    assert signed_in_as(client) is None
    assert oidc_provider.token_requests == 0


def test_a_callback_this_browser_did_not_start_is_refused(client, oidc_provider, team):
    response = client.get(reverse("people:sso-callback"), {"code": "x", "state": "y"})
    assert response.status_code == 400
    assert "We could not check this sign-in" in response.content.decode()


@pytest.mark.parametrize(
    "changes",
    [{"aud": "another-client"}, {"iss": "https://elsewhere.example"}, {"exp": 1_000_000_000}],
)
def test_a_token_for_another_client_or_from_another_issuer_is_refused(
    client, oidc_provider, team, changes
):
    oidc_provider.token_changes = changes
    response = sign_in_through(client, oidc_provider, NEW_PERSON)
    assert response.status_code == 400
    assert not User.objects.exists()


def test_the_provider_saying_no_is_explained(client, oidc_provider, team):
    client.get(reverse("people:sso-start"))
    response = client.get(
        reverse("people:sso-callback"), {"error": "access_denied", "state": "whatever"}
    )
    assert response.status_code == 400
    assert "did not finish" in response.content.decode()


def test_an_unreachable_provider_is_explained(client, oidc_provider, settings):
    settings.OIDC_OP_DISCOVERY_URL = "http://127.0.0.1:9/.well-known/openid-configuration"
    response = client.get(reverse("people:sso-start"))
    assert response.status_code == 502
    assert "could not reach your organisation" in response.content.decode()


def test_an_unverified_email_does_not_match_an_account(client, oidc_provider, practitioner):
    claims = {**NEW_PERSON, "email": practitioner.email, "email_verified": False}
    response = sign_in_through(client, oidc_provider, claims)
    assert response.status_code == 403
    assert signed_in_as(client) is None


# Lockouts and the logs ----------------------------------------------------------------------


def test_a_locked_username_stays_locked_for_single_sign_on(
    client, oidc_provider, practitioner, settings
):
    settings.AXES_FAILURE_LIMIT = 2
    for _ in range(2):
        client.post(
            reverse("people:sign-in"), {"username": practitioner.username, "password": "wrong"}
        )
    claims = {**NEW_PERSON, "email": practitioner.email}
    response = sign_in_through(client, oidc_provider, claims)
    assert response.status_code == 429
    assert "signing in is paused until" in response.content.decode()
    assert signed_in_as(client) is None
    AccessAttempt.objects.all().delete()  # an administrator unlocks
    assert sign_in_through(client, oidc_provider, claims).status_code == 302


def test_with_single_sign_on_on_wrong_passwords_still_lock_the_password_form(
    client, oidc_provider, practitioner, settings
):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(3):
        client.post(
            reverse("people:sign-in"), {"username": practitioner.username, "password": "wrong"}
        )
    response = client.post(
        reverse("people:sign-in"), {"username": practitioner.username, "password": PASSWORD}
    )
    assert response.status_code == 429
    assert signed_in_as(client) is None
    assert "Sign in with your organisation's account" in response.content.decode()


def test_refused_sign_ins_do_not_lock_anyone_out(client, oidc_provider, practitioner, settings):
    settings.AXES_FAILURE_LIMIT = 2
    for _ in range(3):
        sign_in_through(client, oidc_provider, {**NEW_PERSON, "groups": []})
    assert not AccessAttempt.objects.exists()
    claims = {**NEW_PERSON, "email": practitioner.email}
    assert sign_in_through(client, oidc_provider, claims).status_code == 302


def test_sign_ins_are_logged_and_looks_at_records_recorded(
    client, oidc_provider, team_leader, practitioner
):
    cache.clear()
    claims = {**NEW_PERSON, "email": team_leader.email, "groups": ["north-leads"]}
    assert sign_in_through(client, oidc_provider, claims).status_code == 302
    assert AccessLog.objects.filter(username=team_leader.username).count() == 1
    url = reverse("assessments:person-progression", args=[practitioner.pk])
    assert client.get(url).status_code == 200
    assert list(AccessRecord.objects.values_list("viewer", "subject", "kind")) == [
        (team_leader.pk, practitioner.pk, AccessKind.PROGRESSION)
    ]


def test_signing_out_ends_the_session(client, oidc_provider, team):
    sign_in_through(client, oidc_provider, NEW_PERSON)
    assert signed_in_as(client) is not None
    client.post(reverse("people:sign-out"))
    assert signed_in_as(client) is None
    assert Group.objects.filter(name="Practitioner").exists()


def test_endpoints_set_one_by_one_work_without_discovery(client, oidc_provider, team, settings):
    settings.OIDC_OP_DISCOVERY_URL = ""
    settings.OIDC_OP_ISSUER = oidc_provider.issuer
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = f"{oidc_provider.issuer}/authorize"
    settings.OIDC_OP_TOKEN_ENDPOINT = f"{oidc_provider.issuer}/token"
    settings.OIDC_OP_JWKS_ENDPOINT = f"{oidc_provider.issuer}/jwks"
    assert sign_in_through(client, oidc_provider, NEW_PERSON).status_code == 302
    assert signed_in_as(client).email == NEW_PERSON["email"]


def test_userinfo_for_someone_else_is_refused(client, oidc_provider, team):
    oidc_provider.userinfo_changes = {"sub": "someone-else"}
    response = sign_in_through(client, oidc_provider, NEW_PERSON)
    assert response.status_code == 400
    assert not User.objects.exists()


def test_without_userinfo_the_id_token_claims_are_enough(client, oidc_provider, team, settings):
    settings.OIDC_USE_USERINFO = False
    oidc_provider.userinfo_changes = {"sub": "someone-else"}
    assert sign_in_through(client, oidc_provider, NEW_PERSON).status_code == 302


def test_a_provider_refusing_our_client_secret_is_explained(client, oidc_provider, team, settings):
    settings.OIDC_RP_CLIENT_SECRET = "not-the-secret"
    response = sign_in_through(client, oidc_provider, NEW_PERSON)
    assert response.status_code == 502
    assert not User.objects.exists()


def test_an_email_claim_that_is_not_an_address_is_not_kept(client, oidc_provider, team):
    claims = {**NEW_PERSON, "email": "not an address", "preferred_username": "nia new"}
    assert sign_in_through(client, oidc_provider, claims).status_code == 302
    person = signed_in_as(client)
    assert (person.username, person.email) == ("nia-new", "")
