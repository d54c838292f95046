"""The claims rule (settings.SSO_CLAIMS_RULE): which claims give which team role.

    {
      "match_users_by": "email",          # or "sub"
      "create_users": true,               # make an account at first sign-in (default no)
      "require": {"hd": "council.gov.uk"},  # claims every sign-in must carry
      "grants": [
        {"claim": "groups", "value": "fgc-north", "team": "north-team", "role": "practitioner"},
        {"claim": "roles", "value": "PC.Editor", "content_editor": true},
        {"claim": "roles", "value": "PC.Admin", "superuser": true}
      ]
    }

A grant's claim may be nested ("realm_access.roles") and hold one value or a list. A team
is named by its name or the slug of its name. The rule governs exactly what it names: a
team role named in any grant follows the claims at each sign-in (added when given, ended
when not); other memberships are left to the team admin. Content editor and superuser are
never given unless a grant says so, and only then do they follow the claims.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ImproperlyConfigured

from people.enums import Role

MATCH_BY = ("email", "sub")
GRANT_KINDS = ("team", "content_editor", "superuser")


@dataclass(frozen=True)
class Grant:
    claim: str
    value: str
    team: str = ""
    role: str = ""
    content_editor: bool = False
    superuser: bool = False


@dataclass(frozen=True)
class Rule:
    match_users_by: str = "email"
    create_users: bool = False
    require: dict[str, str] = field(default_factory=dict)
    grants: tuple[Grant, ...] = ()

    @property
    def team_roles(self) -> set[tuple[str, str]]:
        """The (team, role) pairs the rule governs."""
        return {(g.team, g.role) for g in self.grants if g.team}

    @property
    def governs_content_editor(self) -> bool:
        return any(g.content_editor for g in self.grants)

    @property
    def governs_superuser(self) -> bool:
        return any(g.superuser for g in self.grants)

    def granted(self, claims: dict) -> list[Grant]:
        return [g for g in self.grants if g.value in claim_values(claims, g.claim)]

    def requirements_met(self, claims: dict) -> bool:
        return all(value in claim_values(claims, name) for name, value in self.require.items())


def claim_values(claims: dict, name: str) -> set[str]:
    """The values of a claim as strings; "a.b" reads claim b inside claim a."""
    value: object = claims
    for part in name.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    if value is None:
        return set()
    items = value if isinstance(value, list | tuple) else [value]
    return {str(item).lower() if isinstance(item, bool) else str(item) for item in items}


def _problem(message: str) -> ImproperlyConfigured:
    return ImproperlyConfigured(f"SSO_CLAIMS_RULE: {message}")


def _grant(number: int, raw: object) -> Grant:
    if not isinstance(raw, dict):
        raise _problem(f"grant {number} must be an object.")
    claim, value = raw.get("claim"), raw.get("value")
    if not isinstance(claim, str) or not claim or not isinstance(value, str | int | bool):
        raise _problem(f'grant {number} needs a "claim" and a "value".')
    kinds = [kind for kind in GRANT_KINDS if raw.get(kind)]
    if len(kinds) != 1:
        raise _problem(
            f'grant {number} gives exactly one of "team" (with "role"), '
            '"content_editor": true or "superuser": true.'
        )
    unknown = set(raw) - {"claim", "value", "role", *GRANT_KINDS}
    if unknown:
        raise _problem(f"grant {number} has unknown keys: {', '.join(sorted(unknown))}.")
    if kinds == ["team"] and raw.get("role") not in Role.values:
        raise _problem(f'grant {number}: "role" must be one of {", ".join(Role.values)}.')
    if kinds != ["team"] and "role" in raw:
        raise _problem(f'grant {number}: "role" goes with "team" only.')
    return Grant(
        claim=claim,
        value=str(value).lower() if isinstance(value, bool) else str(value),
        team=str(raw.get("team") or ""),
        role=str(raw.get("role") or ""),
        content_editor=raw.get("content_editor") is True,
        superuser=raw.get("superuser") is True,
    )


def parse(raw: dict) -> Rule:
    """Check a rule as written; raises ImproperlyConfigured saying what is wrong."""
    unknown = set(raw) - {"match_users_by", "create_users", "require", "grants"}
    if unknown:
        raise _problem(f"unknown keys: {', '.join(sorted(unknown))}.")
    match_by = raw.get("match_users_by", "email")
    if match_by not in MATCH_BY:
        raise _problem('"match_users_by" is "email" or "sub".')
    create = raw.get("create_users", False)
    require = raw.get("require", {})
    grants = raw.get("grants", [])
    if not isinstance(create, bool):
        raise _problem('"create_users" is true or false.')
    if not isinstance(require, dict) or not all(isinstance(v, str) for v in require.values()):
        raise _problem('"require" maps claim names to the value each must hold.')
    if not isinstance(grants, list):
        raise _problem('"grants" is a list.')
    return Rule(
        match_users_by=match_by,
        create_users=create,
        require=dict(require),
        grants=tuple(_grant(number, g) for number, g in enumerate(grants, start=1)),
    )
