import hashlib
import secrets
from datetime import date

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from core.identifiers import check_identifiers
from people.access import forget_roles
from people.enums import Role
from people.models import ApiToken, Membership, Team, User

TEAM_ROLE_GROUPS = {role.value: role.label for role in Role}


def user_create(
    *,
    username: str,
    password: str | None,
    display_name: str = "",
    email: str = "",
    job_title: str = "",
) -> User:
    user = User(username=username, display_name=display_name, email=email, job_title=job_title)
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.full_clean()
    user.save()
    return user


def team_create(*, name: str, service: str) -> Team:
    team = Team(name=name, service=service)
    team.full_clean()
    team.save()
    return team


@transaction.atomic
def membership_add(
    *, user: User, team: Team, role: str, start_date: date | None = None
) -> Membership:
    membership = Membership(
        user=user, team=team, role=role, start_date=start_date or timezone.localdate()
    )
    membership.full_clean()
    membership.save()
    user_groups_sync(user)
    return membership


@transaction.atomic
def membership_end(*, membership: Membership, end_date: date | None = None) -> Membership:
    membership.end_date = end_date or timezone.localdate()
    membership.full_clean()
    membership.save(update_fields=["end_date"])
    user_groups_sync(membership.user)
    return membership


def user_groups_sync(user: User) -> None:
    """Keep a user's role groups (their admin permissions) in step with active memberships.

    Only the team-role groups are touched; Content editor and any other group is left as is.
    """
    held = set(Membership.objects.active().filter(user=user).values_list("role", flat=True))
    wanted = {TEAM_ROLE_GROUPS[role] for role in held}
    role_groups = Group.objects.filter(name__in=TEAM_ROLE_GROUPS.values())
    current = set(user.groups.filter(pk__in=role_groups).values_list("name", flat=True))
    if current != wanted:
        user.groups.remove(*role_groups.filter(name__in=current - wanted))
        user.groups.add(*role_groups.filter(name__in=wanted - current))
    forget_roles(user)


TOKEN_PREFIX = "pc_"  # noqa: S105 - a label, not a secret


def api_token_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


@transaction.atomic
def api_token_create(*, user: User, name: str) -> tuple[ApiToken, str]:
    """Make a token; the key is returned once and never stored, only its SHA-256 hash."""
    if not name.strip():
        raise ValidationError({"name": "Say what the token is for"})
    key = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(user=user, name=name.strip(), prefix=key[:10], key_hash=api_token_hash(key))
    token.full_clean()
    token.save()
    return token, key


def api_token_revoke(*, token: ApiToken, by: User) -> ApiToken:
    if token.user_id != by.pk:
        raise PermissionDenied("Only the owner revokes a token.")
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def api_token_authenticate(key: str) -> User | None:
    """The active owner of an unrevoked token, or None."""
    if not key or not key.startswith(TOKEN_PREFIX):
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=api_token_hash(key), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    ApiToken.objects.filter(pk=token.pk).update(last_used_at=timezone.now())
    return token.user


def identifiers_check(
    fields: dict[str, tuple[str, str]], *, confirmed: str = "", known: str = ""
) -> str:
    """The identifier guard for text about to be kept, with the names of everyone in the
    people table known as not a family's. Raises core.identifiers.IdentifiersFound; returns
    the fingerprint of what was found and confirmed ("" when nothing was)."""
    from people.selectors import known_people_names

    return check_identifiers(
        fields, confirmed=confirmed, known=known, known_names=known_people_names()
    )
