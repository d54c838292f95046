import hashlib
import secrets
from datetime import date

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone

from core.identifiers import check_identifiers
from people import access
from people.access import forget_roles
from people.enums import AccessKind, Role
from people.models import AccessRecord, ApiToken, Membership, ReviewerAppointment, Team, User

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
    Someone who has left (inactive) holds no role, whatever their memberships' end dates say.
    """
    held = (
        set(Membership.objects.active().filter(user=user).values_list("role", flat=True))
        if user.is_active
        else set()
    )
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


# Leavers ---------------------------------------------------------------------------------


def _end_memberships(person: User, left_on: date) -> None:
    """Memberships stop on the leaving date; one that had not started by then never did."""
    open_memberships = Membership.objects.filter(user=person).filter(
        Q(end_date__isnull=True) | Q(end_date__gt=left_on)
    )
    for membership in open_memberships:
        if membership.start_date > left_on:
            membership.delete()
        else:
            membership.end_date = left_on
            membership.full_clean()
            membership.save(update_fields=["end_date"])


@transaction.atomic
def person_deactivate(*, person: User, by: User, left_on: date | None = None) -> User:
    """Record that `person` has left: the account closes and their access ends today.

    Their memberships end on the leaving date, their API tokens are revoked, and they
    can no longer sign in or be emailed (notifications go to active people only). Their
    records stay, as the organisation's record of their practice, until the retention
    schedule (settings.RETENTION, privacy.retention) anonymises them, counted from `left_on`.
    """
    if not access.can_record_leaving(by, person):
        raise PermissionDenied("Only an administrator records that someone else has left.")
    if not person.is_active:
        raise ValidationError("This person's leaving has already been recorded.")
    today = timezone.localdate()
    left_on = left_on or today
    if left_on > today:
        raise ValidationError({"left_on": "The leaving date cannot be in the future."})
    _end_memberships(person, left_on)
    ApiToken.objects.filter(user=person, revoked_at__isnull=True).update(revoked_at=timezone.now())
    person.is_active = False
    person.left_on = left_on
    person.save(update_fields=["is_active", "left_on"])
    user_groups_sync(person)
    return person


# Who looked at whose records -------------------------------------------------------------


def access_record(
    *,
    viewer: User,
    subject: User,
    kind: AccessKind | str,
    obj: models.Model | None = None,
    path: str = "",
    author_id: int | None = None,
) -> AccessRecord | None:
    """Note that `viewer` looked at one of `subject`'s records (UK GDPR accountability).

    A person's own views are not recorded, nor the views of the record's author
    (`author_id`: the observer of an observation), who wrote it. Call after the access
    check, so only views that happened are recorded.
    """
    if not viewer.is_authenticated or viewer.pk in {subject.pk, author_id}:
        return None
    record = AccessRecord(
        viewer=viewer,
        subject=subject,
        kind=kind,
        object_id=obj.pk if obj is not None else None,
        path=path[:500],
    )
    # Both people are loaded already: checking they exist would cost two queries a view.
    record.full_clean(exclude=["viewer", "subject"])
    record.save()
    return record


# Who decides on a team leader's evidence ---------------------------------------------------


@transaction.atomic
def reviewer_appoint(
    *, team_leader: User, reviewer: User | None, by: User
) -> ReviewerAppointment | None:
    """A service manager names the team leader who decides on `team_leader`'s evidence.

    `reviewer=None` ends the current appointment: service managers alone decide again.
    The ended row is kept, so who could decide when stays known.
    """
    if not access.can_appoint_reviewers(by):
        raise PermissionDenied("Only a service manager appoints who reviews a team leader.")
    if not access.is_team_leader(team_leader):
        raise ValidationError("Reviewers are appointed for team leaders only.")
    if reviewer is not None:
        if reviewer.pk == team_leader.pk:
            raise ValidationError({"reviewer": "A team leader cannot review their own evidence."})
        if not reviewer.is_active or not access.is_team_leader(reviewer):
            raise ValidationError({"reviewer": "Choose another team leader."})
    current = (
        ReviewerAppointment.objects.select_for_update()
        .filter(team_leader=team_leader, ended_at__isnull=True)
        .first()
    )
    if current is not None and reviewer is not None and current.reviewer_id == reviewer.pk:
        return current
    if current is not None:
        current.ended_at = timezone.now()
        current.save(update_fields=["ended_at"])
    if reviewer is None:
        return None
    appointment = ReviewerAppointment(team_leader=team_leader, reviewer=reviewer, appointed_by=by)
    appointment.full_clean(validate_constraints=False)
    appointment.save()
    return appointment
