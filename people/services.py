from datetime import date

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone

from people.access import forget_roles
from people.enums import Role
from people.models import Membership, Team, User

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
