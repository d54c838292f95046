from django.core.cache import cache
from django.db.models import Prefetch, Q, QuerySet

from people import access
from people.enums import COMMUNITY_ROLES, STAFF_ROLES, Role
from people.models import AccessRecord, Membership, ReviewerAppointment, Team, User


def _service_manager_ids() -> QuerySet[Membership]:
    return Membership.objects.active().filter(role=Role.SERVICE_MANAGER).values("user")


def people_visible_to(viewer: User) -> QuerySet[User]:
    """Staff whose records `viewer` may read, other than themselves.

    The queryset twin of access.can_view_records, for lists: a team leader sees the staff of
    the teams they lead, never a service manager who is a member there.
    """
    staff_memberships = Membership.objects.active().filter(role__in=STAFF_ROLES)
    people = User.objects.filter(is_active=True)
    if not access.is_service_manager(viewer):
        staff_memberships = staff_memberships.filter(team__in=access.led_team_ids(viewer))
        people = people.exclude(pk__in=_service_manager_ids())
    return (
        people.filter(memberships__in=staff_memberships)
        .exclude(pk=viewer.pk)
        .distinct()
        .order_by("display_name", "username")
    )


def _team_leader_ids() -> QuerySet[Membership]:
    return Membership.objects.active().filter(role=Role.TEAM_LEADER).values("user")


def people_decided_on_by(viewer: User) -> QuerySet[User]:
    """Staff whose evidence `viewer` decides on: the queryset twin of access.can_decide_on.

    A team leader decides on the staff of the teams they lead who are not team leaders,
    and on the team leaders a service manager appointed them for; a service manager on
    every team leader.
    """
    memberships = Membership.objects.active().filter(
        team__in=access.led_team_ids(viewer), role__in=STAFF_ROLES
    )
    decided = Q(memberships__in=memberships) & ~Q(pk__in=_team_leader_ids())
    if access.is_service_manager(viewer):
        decided |= Q(pk__in=_team_leader_ids())
    elif access.is_team_leader(viewer):
        decided |= Q(pk__in=access.appointed_reviewee_ids(viewer)) & Q(pk__in=_team_leader_ids())
    return (
        User.objects.filter(decided, is_active=True)
        .exclude(pk=viewer.pk)
        .exclude(pk__in=_service_manager_ids())
        .distinct()
    )


def team_leaders_with_reviewers() -> QuerySet[User]:
    """Active team leaders, each with their current appointed reviewer (`current_reviewers`),
    in two queries: the service manager's appointments page."""
    current = ReviewerAppointment.objects.filter(ended_at__isnull=True).select_related(
        "reviewer", "appointed_by"
    )
    return (
        User.objects.filter(is_active=True, pk__in=_team_leader_ids())
        .prefetch_related(Prefetch("reviewers", queryset=current, to_attr="current_reviewers"))
        .order_by("display_name", "username")
    )


def teams_visible_to(viewer: User) -> QuerySet[Team]:
    teams = Team.objects.all()
    if viewer.is_superuser or access.is_service_manager(viewer):
        return teams
    return teams.filter(pk__in=access.led_team_ids(viewer))


def team_members(team: Team) -> QuerySet[User]:
    """Active members of a team with their active memberships there, for listings."""
    active = Membership.objects.active().filter(team=team)
    return (
        User.objects.filter(memberships__in=active)
        .distinct()
        .prefetch_related(Prefetch("memberships", queryset=active, to_attr="team_memberships"))
        .order_by("display_name", "username")
    )


def team_leaders_of(subject: User) -> QuerySet[User]:
    """Active team leaders of any team the subject is an active member of (for notifications)."""
    active = Membership.objects.active()
    subject_teams = active.filter(user=subject).values("team")
    return (
        User.objects.filter(
            Q(memberships__in=active.filter(role=Role.TEAM_LEADER, team__in=subject_teams)),
            is_active=True,
        )
        .exclude(pk=subject.pk)
        .distinct()
    )


def deciders_of(subject: User) -> QuerySet[User]:
    """Who decides on `subject`'s evidence (for notifications): their team leaders; for a
    team leader, the service managers and the team leader appointed for them."""
    active = Membership.objects.active()
    if not active.filter(user=subject, role=Role.TEAM_LEADER).exists():
        return team_leaders_of(subject)
    appointed = ReviewerAppointment.objects.filter(
        team_leader=subject, ended_at__isnull=True
    ).values("reviewer")
    return (
        User.objects.filter(
            Q(pk__in=_service_manager_ids()) | Q(pk__in=appointed, memberships__in=active),
            is_active=True,
        )
        .exclude(pk=subject.pk)
        .distinct()
    )


def coordinators_visible_to(viewer: User) -> QuerySet[User]:
    """Coordinators whose mentoring figures `viewer` may see: in teams they lead, or all teams
    for a service manager. Figures only; never the sessions themselves."""
    coordinating = Membership.objects.active().filter(role=Role.COORDINATOR)
    if not access.is_service_manager(viewer):
        coordinating = coordinating.filter(team__in=access.led_team_ids(viewer))
    return User.objects.filter(is_active=True, pk__in=coordinating.values("user")).order_by(
        "display_name", "username"
    )


def community_members_in(team_ids: set[int]) -> QuerySet[User]:
    """Experts by experience and volunteers active in any of `team_ids` who hold no staff role
    (the twin of access.is_community_member, for lists)."""
    active = Membership.objects.active()
    community = active.filter(team__in=team_ids, role__in=COMMUNITY_ROLES)
    staff = active.filter(role__in=STAFF_ROLES)
    return (
        User.objects.filter(is_active=True, pk__in=community.values("user"))
        .exclude(pk__in=staff.values("user"))
        .order_by("display_name", "username")
    )


KNOWN_NAMES_CACHE_KEY = "people:known-names"
KNOWN_NAMES_SECONDS = 3600


def known_people_names() -> list[str]:
    """Everyone in the people table, by display name: names the identifier guard must not
    take for a family's. Cached, and forgotten whenever a person is saved or deleted."""
    names = cache.get(KNOWN_NAMES_CACHE_KEY)
    if names is None:
        names = sorted(
            {name for name in User.objects.values_list("display_name", flat=True) if name}
        )
        cache.set(KNOWN_NAMES_CACHE_KEY, names, KNOWN_NAMES_SECONDS)
    return names


def access_records_about(subject: User) -> QuerySet[AccessRecord]:
    """Who looked at `subject`'s records, newest first, with the viewer's name in one query."""
    return AccessRecord.objects.filter(subject=subject).select_related("viewer")
