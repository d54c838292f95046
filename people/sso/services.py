"""Who a single sign-on is for, and what the claims rule gives them at each sign-in.

The provider has already proved the claims (people/sso/backend.py checks the ID token).
Here: find the person (their linked identity, else by email or username as the rule says),
make them if the rule allows, refuse the closed, locked and those with no role, link their
identity, and bring their name, email, team roles and admin rights in line with the rule.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from people import access
from people.enums import CONTENT_EDITOR_GROUP
from people.models import Membership, SingleSignOnIdentity, Team, User
from people.services import membership_add, membership_end, user_create
from people.sso.rule import Rule

USERNAME_UNSAFE = re.compile(r"[^\w.@+-]")


class SignInRefused(Exception):
    """A sign-in the provider vouched for that we do not let in; `reason` names why.

    Reasons: "closed", "locked", "no_access", "unverified_email", "several_accounts".
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Wanted:
    """What the claims give, under the rule: team roles and admin rights."""

    team_roles: set[tuple[int, str]]
    governed_team_roles: set[tuple[int, str]]
    teams: dict[int, Team]
    content_editor: bool | None  # None: the rule does not govern it
    superuser: bool | None


def wanted_access(rule: Rule, claims: dict) -> Wanted:
    by_key: dict[str, Team] = {}
    for team in Team.objects.all():
        by_key[team.name] = team
        by_key.setdefault(slugify(team.name), team)
    granted = rule.granted(claims)
    pairs = {(by_key[g.team].pk, g.role) for g in granted if g.team in by_key}
    governed = {(by_key[t].pk, role) for t, role in rule.team_roles if t in by_key}
    return Wanted(
        team_roles=pairs,
        governed_team_roles=governed,
        teams={team.pk: team for team in by_key.values()},
        content_editor=any(g.content_editor for g in granted)
        if rule.governs_content_editor
        else None,
        superuser=any(g.superuser for g in granted) if rule.governs_superuser else None,
    )


def _by_email(claims: dict, issuer: str) -> User | None:
    email = _email_claim(claims)
    if not email:
        return None
    people = list(User.objects.filter(email__iexact=email)[:2])
    if not people:
        return None
    if claims.get("email_verified") in (False, "false"):
        raise SignInRefused("unverified_email")
    if len(people) > 1 or people[0].sso_identities.filter(issuer=issuer).exists():
        # Two accounts share the address, or it is already someone else's at this provider.
        raise SignInRefused("several_accounts")
    return people[0]


def person_for(claims: dict, *, issuer: str, rule: Rule) -> User | None:
    """The existing account these claims are for, or None."""
    identity = (
        SingleSignOnIdentity.objects.select_related("user")
        .filter(issuer=issuer, subject=str(claims["sub"]))
        .first()
    )
    if identity is not None:
        return identity.user
    if rule.match_users_by == "sub":
        return User.objects.filter(username=str(claims["sub"])).first()
    return _by_email(claims, issuer)


def _new_username(claims: dict) -> str:
    base = str(claims.get("preferred_username") or claims.get("email") or claims["sub"])
    base = USERNAME_UNSAFE.sub("-", base)[:140] or "person"
    candidate, number = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        number += 1
        candidate = f"{base}-{number}"
    return candidate


def _text_claim(claims: dict, name: str, limit: int = 150) -> str | None:
    value = claims.get(name)
    return str(value).strip()[:limit] if isinstance(value, str) and value.strip() else None


def _email_claim(claims: dict) -> str | None:
    email = _text_claim(claims, "email", 254)
    try:
        validate_email(email)
    except ValidationError:
        return None
    return email


def _update_profile(user: User, claims: dict) -> None:
    """The organisation's directory is the source of names and email for its people."""
    fields = {
        "display_name": _text_claim(claims, "name"),
        "first_name": _text_claim(claims, "given_name"),
        "last_name": _text_claim(claims, "family_name"),
        "email": _email_claim(claims),
    }
    changed = [name for name, value in fields.items() if value and getattr(user, name) != value]
    for name in changed:
        setattr(user, name, fields[name])
    if changed:
        user.save(update_fields=changed)


def _apply_team_roles(user: User, wanted: Wanted) -> None:
    """Add the governed roles the claims give; end those they no longer give, from today."""
    today = timezone.localdate()
    held = list(Membership.objects.active().filter(user=user))
    held_pairs = {(m.team_id, m.role) for m in held}
    for team_id, role in sorted(wanted.team_roles - held_pairs):
        membership_add(user=user, team=wanted.teams[team_id], role=role, start_date=today)
    for membership in held:
        pair = (membership.team_id, membership.role)
        if pair not in wanted.governed_team_roles or pair in wanted.team_roles:
            continue
        if membership.start_date >= today:
            membership.delete()
        else:
            membership_end(membership=membership, end_date=today - timedelta(days=1))


def _apply_admin_rights(user: User, wanted: Wanted) -> None:
    if wanted.content_editor is not None:
        editors = Group.objects.get(name=CONTENT_EDITOR_GROUP)
        if wanted.content_editor:
            user.groups.add(editors)
        else:
            user.groups.remove(editors)
    if wanted.superuser is not None and user.is_superuser != wanted.superuser:
        user.is_superuser = wanted.superuser
        user.save(update_fields=["is_superuser"])
    access.forget_roles(user)


@transaction.atomic
def _admit(user: User | None, claims: dict, issuer: str, wanted: Wanted) -> User:
    if user is None:
        user = user_create(
            username=_new_username(claims),
            password=None,
            email=_email_claim(claims) or "",
        )
    identity, _ = SingleSignOnIdentity.objects.get_or_create(
        issuer=issuer, subject=str(claims["sub"]), defaults={"user": user}
    )
    identity.last_sign_in_at = timezone.now()
    identity.save(update_fields=["last_sign_in_at"])
    _update_profile(user, claims)
    _apply_team_roles(user, wanted)
    _apply_admin_rights(user, wanted)
    return user


def has_any_access(user: User) -> bool:
    access.forget_roles(user)
    return bool(access.roles_of(user).all or user.is_superuser or access.is_content_editor(user))


def sign_in_with_claims(
    claims: dict, *, issuer: str, rule: Rule, is_locked: Callable[[User], bool]
) -> User:
    """The person to sign in for these proven claims; raises SignInRefused saying why not.

    Roles the claims no longer give are ended even when the sign-in is then refused.
    """
    if not claims.get("sub") or not rule.requirements_met(claims):
        raise SignInRefused("no_access")
    wanted = wanted_access(rule, claims)
    user = person_for(claims, issuer=issuer, rule=rule)
    if user is None and not (rule.create_users and wanted.team_roles):
        raise SignInRefused("no_access")
    if user is not None and (not user.is_active or user.left_on is not None):
        raise SignInRefused("closed")
    if user is not None and is_locked(user):
        raise SignInRefused("locked")
    user = _admit(user, claims, issuer, wanted)
    if not has_any_access(user):
        raise SignInRefused("no_access")
    return user
