"""The claims rule (settings.SSO_CLAIMS_RULE) as written by an administrator: what it reads
from the claims, and the mistakes `manage.py check` reports before anyone signs in."""

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from people.sso.rule import claim_values, parse


def test_claims_are_read_as_lists_of_strings_nested_or_not():
    claims = {"groups": ["a", "b"], "hd": "council.example", "realm_access": {"roles": ["lead"]}}
    assert claim_values(claims, "groups") == {"a", "b"}
    assert claim_values(claims, "hd") == {"council.example"}
    assert claim_values(claims, "realm_access.roles") == {"lead"}
    assert claim_values(claims, "realm_access.missing") == set()
    assert claim_values({"email_verified": True}, "email_verified") == {"true"}


def test_a_rule_grants_what_the_claims_hold_and_governs_what_it_names():
    rule = parse(
        {
            "grants": [
                {"claim": "roles", "value": "Lead", "team": "north-team", "role": "team_leader"},
                {"claim": "roles", "value": "Editor", "content_editor": True},
            ]
        }
    )
    assert rule.match_users_by == "email" and not rule.create_users
    assert [g.role for g in rule.granted({"roles": ["Lead", "Other"]})] == ["team_leader"]
    assert rule.team_roles == {("north-team", "team_leader")}
    assert rule.governs_content_editor and not rule.governs_superuser
    assert parse({}).grants == ()


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"match_users_by": "name"}, '"match_users_by" is "email" or "sub"'),
        ({"create_users": "yes"}, '"create_users" is true or false'),
        ({"colour": "blue"}, "unknown keys: colour"),
        ({"grants": {"a": 1}}, '"grants" is a list'),
        ({"grants": [{"claim": "groups"}]}, 'grant 1 needs a "claim" and a "value"'),
        ({"grants": [{"claim": "g", "value": "v", "team": "t", "role": "boss"}]}, '"role" must'),
        ({"grants": [{"claim": "g", "value": "v", "team": "t", "superuser": True}]}, "exactly one"),
        (
            {"grants": [{"claim": "g", "value": "v", "superuser": True, "role": "volunteer"}]},
            "with",
        ),
        ({"grants": [{"claim": "g", "value": "v", "group": "Moderators"}]}, "exactly one"),
        ({"require": {"hd": ["a"]}}, '"require" maps claim names'),
    ],
)
def test_mistakes_are_named(raw, message):
    with pytest.raises(ImproperlyConfigured, match="SSO_CLAIMS_RULE") as error:
        parse(raw)
    assert message in str(error.value)


def test_manage_py_check_reports_a_broken_rule(settings):
    settings.SSO_CLAIMS_RULE = {"grants": [{"claim": "g", "value": "v", "team": "t"}]}
    with pytest.raises(SystemCheckError, match=r"people\.E001"):
        call_command("check")
    settings.SSO_CLAIMS_RULE = {}
    call_command("check")
