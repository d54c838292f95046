"""Who may see and decide what: the one place that answers it (DESIGN.md, "Access").

Every view, selector, export and API endpoint asks these functions; none re-derives the
rules. Deny by default: only active memberships grant anything, and a record a user may
not see answers 404 in the views.

Results are memoised per request on the user object (`_pc_roles`), so a page that checks
access for fifty people runs one query, not fifty.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from people.enums import COMMUNITY_ROLES, CONTENT_EDITOR_GROUP, STAFF_ROLES, Audience, Role
from people.models import Membership, ReviewerAppointment, Team, User

AnyUser = User | AnonymousUser


@dataclass(frozen=True)
class Roles:
    """A user's active roles, by team."""

    by_team: dict[int, frozenset[str]] = field(default_factory=dict)
    is_superuser: bool = False

    @property
    def all(self) -> frozenset[str]:
        return frozenset().union(*self.by_team.values()) if self.by_team else frozenset()

    def teams_with(self, *roles: str) -> set[int]:
        return {team_id for team_id, held in self.by_team.items() if held & set(roles)}

    def has(self, *roles: str) -> bool:
        return bool(self.all & set(roles))


def roles_of(user: AnyUser) -> Roles:
    if not user.is_authenticated or not user.is_active:
        return Roles()
    cached = getattr(user, "_pc_roles", None)
    if cached is not None and cached[0] <= time.time() < cached[1]:
        return cached[2]
    prefetched = getattr(user, "active_memberships", None)
    if prefetched is not None:
        # A selector already loaded today's memberships: use them, no query per person.
        pairs = [(m.team_id, m.role) for m in prefetched]
    else:
        pairs = Membership.objects.active().filter(user=user).values_list("team", "role")
    by_team: dict[int, set[str]] = {}
    for team_id, role in pairs:
        by_team.setdefault(team_id, set()).add(role)
    roles = Roles(
        by_team={team_id: frozenset(held) for team_id, held in by_team.items()},
        is_superuser=user.is_superuser,
    )
    user._pc_roles = (*_today_as_timestamps(), roles)
    return roles


def _today_as_timestamps() -> tuple[float, float]:
    """Today, local time, as [start, end) timestamps: the roles found hold within it. A matrix
    asks for the viewer's roles once per person shown, and comparing numbers is cheaper than
    working out today's local date each time. (The start matters where the clock moves
    backwards: the scale-data generator steps through past quarters.)"""
    today = timezone.localdate()
    zone = timezone.get_current_timezone()

    def midnight(day: date) -> float:
        return timezone.make_aware(datetime.combine(day, datetime.min.time()), zone).timestamp()

    return midnight(today), midnight(today + timedelta(days=1))


def is_content_editor(user: AnyUser) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    cached = getattr(user, "_pc_content_editor", None)
    if cached is None:
        cached = user.groups.filter(name=CONTENT_EDITOR_GROUP).exists()
        user._pc_content_editor = cached
    return cached


def appointed_reviewee_ids(user: AnyUser) -> set[int]:
    """Team leaders whose evidence a service manager appointed `user` to decide on.

    Memoised per request like the roles: one query however many people a page checks.
    """
    if not user.is_authenticated or not user.is_active:
        return set()
    cached = getattr(user, "_pc_reviewees", None)
    if cached is None:
        cached = set(
            ReviewerAppointment.objects.filter(reviewer=user, ended_at__isnull=True).values_list(
                "team_leader_id", flat=True
            )
        )
        user._pc_reviewees = cached
    return cached


def forget_roles(user: AnyUser) -> None:
    """Drop the memoised roles, after memberships change within one request."""
    for attribute in ("_pc_roles", "_pc_content_editor", "_pc_reviewees"):
        if hasattr(user, attribute):
            delattr(user, attribute)


def is_staff_member(user: AnyUser) -> bool:
    """Staff pages (learning, evidence, observations) are for people in a staff role."""
    roles = roles_of(user)
    return roles.is_superuser or roles.has(*STAFF_ROLES)


def is_community_member(user: AnyUser) -> bool:
    """Experts by experience and volunteers, who see the mentoring side only."""
    roles = roles_of(user)
    return not is_staff_member(user) and roles.has(*COMMUNITY_ROLES)


def is_team_leader(user: AnyUser) -> bool:
    return roles_of(user).has(Role.TEAM_LEADER)


def is_service_manager(user: AnyUser) -> bool:
    return roles_of(user).has(Role.SERVICE_MANAGER)


def is_coordinator(user: AnyUser) -> bool:
    return roles_of(user).has(Role.COORDINATOR)


def led_team_ids(user: AnyUser) -> set[int]:
    return roles_of(user).teams_with(Role.TEAM_LEADER)


def team_ids_of(user: AnyUser) -> set[int]:
    return set(roles_of(user).by_team)


def staff_team_ids_of(user: AnyUser) -> set[int]:
    return roles_of(user).teams_with(*STAFF_ROLES)


def can_view_records(viewer: AnyUser, subject: User) -> bool:
    """May `viewer` read `subject`'s staff records (evidence, progression, learning)?

    Own records; a team leader for the staff of a team they lead, except a service manager
    who is a member there (a team leader does not review their own manager); a service
    manager for all staff. Nobody else, and never through an ended membership. Experts by
    experience and volunteers hold no staff records, so nobody sees any for them.
    """
    if not viewer.is_authenticated or not viewer.is_active:
        return False
    if viewer.pk == subject.pk:
        return is_staff_member(viewer)
    roles = roles_of(viewer)
    if roles.has(Role.SERVICE_MANAGER):
        return is_staff_member(subject)
    return _leads_staff_member(roles, subject) or _is_appointed_reviewer(viewer, subject)


def _leads_staff_member(roles: Roles, subject: User) -> bool:
    """Does a team leader with `roles` lead a team where `subject` is staff they manage?"""
    led = roles.teams_with(Role.TEAM_LEADER)
    if not led or is_service_manager(subject):
        return False
    return bool(led & staff_team_ids_of(subject))


def _is_appointed_reviewer(viewer: AnyUser, subject: User) -> bool:
    """A team leader a service manager appointed to decide on team leader `subject`."""
    return (
        is_team_leader(viewer)
        and is_team_leader(subject)
        and subject.pk in appointed_reviewee_ids(viewer)
    )


def can_decide_on(viewer: AnyUser, subject: User) -> bool:
    """May `viewer` decide on `subject`'s evidence and confirm their levels?

    Never on their own statements and never on a service manager's. A team leader's
    evidence is decided by a service manager, or by the team leader a service manager
    appointed for them (ReviewerAppointment); not by the other leaders of their team.
    Everyone else's is decided by a team leader of a team where they hold an active staff
    role; service managers read it but do not decide.
    """
    if not viewer.is_authenticated or not viewer.is_active or viewer.pk == subject.pk:
        return False
    if is_service_manager(subject):
        return False
    if is_team_leader(subject):
        return is_service_manager(viewer) or _is_appointed_reviewer(viewer, subject)
    return _leads_staff_member(roles_of(viewer), subject)


def can_review(user: AnyUser) -> bool:
    """Has the review pages: team leaders, and service managers (for team leaders)."""
    return is_team_leader(user) or is_service_manager(user)


def can_appoint_reviewers(user: AnyUser) -> bool:
    """Service managers name the team leader who decides on another team leader's evidence."""
    return is_service_manager(user)


def can_sign_off(viewer: AnyUser, subject: User) -> bool:
    """Sign off an observation of `subject`: the same rule as deciding on their evidence."""
    return can_decide_on(viewer, subject)


def can_observe(observer: AnyUser, subject: User) -> bool:
    """May `observer` record an observation of `subject`'s practice?

    A coordinator or team leader observing a colleague who shares an active staff team
    with them. Nobody observes themselves.
    """
    if not observer.is_authenticated or not observer.is_active or observer.pk == subject.pk:
        return False
    observing_teams = roles_of(observer).teams_with(Role.COORDINATOR, Role.TEAM_LEADER)
    return bool(observing_teams) and bool(observing_teams & staff_team_ids_of(subject))


# Observations (observations.models). These take users, not observation records: people is
# the lowest layer and knows nothing of the apps that hold them.


def can_view_observation(
    viewer: AnyUser,
    observer: User,
    observed: User,
    *,
    shared: bool = True,
    co_observer_id: int | None = None,
    both_shared: bool = True,
) -> bool:
    """May `viewer` read an observation `observer` made of `observed`'s practice?

    The observer; once it is shared (`shared`), also the observed person, the team leaders
    who decide on the observed person's evidence, and service managers. A draft is the
    observer's alone. Nobody else, and only while in a staff role.

    In a co-observation the other observer (`co_observer_id`) rates on their own: they read
    this observation once both observations are shared (`both_shared`), and not before,
    even where they would otherwise read it as a team leader or service manager.
    """
    if not viewer.is_authenticated or not viewer.is_active or not is_staff_member(viewer):
        return False
    if viewer.pk == observer.pk:
        return True
    if not shared:
        return False
    if viewer.pk == co_observer_id:
        return both_shared
    if viewer.pk == observed.pk:
        return True
    return can_decide_on(viewer, observed) or is_service_manager(viewer)


def can_view_co_observation(
    viewer: AnyUser, *, observer_ids: tuple[int, int], observed: User, both_shared: bool
) -> bool:
    """May `viewer` open a co-observation: two observers' observations of one meeting side
    by side?

    The two observers always (before both have shared it shows who has shared, never what
    either wrote); once both have shared, also the team leaders who decide on the observed
    person's evidence, and service managers. Not the observed person: they read each
    observation, and the comparison is about the observers.
    """
    if not viewer.is_authenticated or not viewer.is_active or not is_staff_member(viewer):
        return False
    if viewer.pk in observer_ids:
        return True
    if not both_shared or viewer.pk == observed.pk:
        return False
    return can_decide_on(viewer, observed) or is_service_manager(viewer)


def calibration_team_ids(viewer: AnyUser) -> set[int] | None:
    """Teams whose observer calibration figures `viewer` may read: a team leader their
    teams, a service manager every team (None). Anyone else none (an empty set)."""
    if not _is_signed_in(viewer):
        return set()
    if is_service_manager(viewer):
        return None
    return led_team_ids(viewer)


def can_add_observation_addendum(
    viewer: AnyUser, *, observer_id: int, observed_id: int, signed_off_by_id: int | None
) -> bool:
    """A signed-off observation takes addenda from the observer, the observed person and
    the team leader who signed it off; from nobody else."""
    if not viewer.is_authenticated or not viewer.is_active or not is_staff_member(viewer):
        return False
    return viewer.pk in {observer_id, observed_id, signed_off_by_id}


def can_manage_team(user: AnyUser, team: Team) -> bool:
    """Superusers manage every team; a team leader manages the teams they lead."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or team.pk in led_team_ids(user)


def can_view_team(user: AnyUser, team: Team) -> bool:
    return can_manage_team(user, team) or is_service_manager(user)


def can_use_admin(user: AnyUser) -> bool:
    """The Wagtail admin is for editors, team leaders and administrators (role groups)."""
    return user.is_authenticated and user.is_active and user.has_perm("wagtailadmin.access_admin")


def can_edit_content(user: AnyUser) -> bool:
    return roles_of(user).is_superuser or is_content_editor(user)


def audiences_of(user: AnyUser) -> frozenset[str]:
    """The content audiences a user belongs to; content for other audiences is hidden.

    Staff read practitioner material; experts by experience and volunteers read their own.
    Coordinators mentor experts and volunteers, so they read their material too. Content
    editors and superusers see everything, so they can check what they publish.
    """
    roles = roles_of(user)
    if roles.is_superuser or is_content_editor(user) or roles.has(Role.COORDINATOR):
        return frozenset(Audience.values)
    audiences = set()
    if roles.has(*STAFF_ROLES):
        audiences.add(Audience.PRACTITIONERS)
    if roles.has(Role.EXPERT_BY_EXPERIENCE):
        audiences.add(Audience.EXPERTS_BY_EXPERIENCE)
    if roles.has(Role.VOLUNTEER):
        audiences.add(Audience.VOLUNTEERS)
    return frozenset(audiences)


def can_read_audience(user: AnyUser, audiences: list[str] | set[str] | frozenset[str]) -> bool:
    """May `user` read a page written for `audiences`? Deny when the page names none."""
    return bool(audiences_of(user) & set(audiences))


# Mentoring (mentoring.models). These take users and ids, not mentoring records:
# people is the lowest layer and knows nothing of the apps that hold them.


def _is_signed_in(user: AnyUser) -> bool:
    return user.is_authenticated and user.is_active


def community_team_ids_of(user: AnyUser) -> set[int]:
    return roles_of(user).teams_with(*COMMUNITY_ROLES)


def can_mentor(mentor: AnyUser, mentee: User) -> bool:
    """May `mentor` mentor `mentee`?

    A coordinator, for an expert by experience or volunteer who is active in a team where
    the mentor is a coordinator. Nobody mentors themselves.
    """
    if not _is_signed_in(mentor) or not mentee.is_active or mentor.pk == mentee.pk:
        return False
    if not is_community_member(mentee):
        return False
    coordinating = roles_of(mentor).teams_with(Role.COORDINATOR)
    return bool(coordinating & community_team_ids_of(mentee))


def can_record_mentoring_session(viewer: AnyUser, *, mentor_id: int) -> bool:
    """Only the mentor writes and edits sessions and recommendations, while a coordinator."""
    return _is_signed_in(viewer) and viewer.pk == mentor_id and is_coordinator(viewer)


def can_view_mentoring_session(viewer: AnyUser, *, mentor_id: int, mentee_id: int) -> bool:
    """The mentor and the mentee read a session; nobody else does.

    Team leaders and service managers see how many sessions there were, never what was said.
    """
    return _is_signed_in(viewer) and viewer.pk in {mentor_id, mentee_id}


def can_view_private_mentor_notes(viewer: AnyUser, *, mentor_id: int) -> bool:
    """Private mentor notes are for the mentor alone: not the mentee, not a manager."""
    return _is_signed_in(viewer) and viewer.pk == mentor_id


def can_view_mentoring_counts(viewer: AnyUser) -> bool:
    """Session counts by coordinator: team leaders (their teams), service managers (all)."""
    return is_team_leader(viewer) or is_service_manager(viewer)


# A person's data lifecycle (UK GDPR): subject access, leaving, and who looked at what.


def can_export_records_of(viewer: AnyUser, subject: User) -> bool:
    """Download everything held about `subject`: the person themselves, and superusers
    answering a subject access request for anyone (a leaver included)."""
    if not _is_signed_in(viewer):
        return False
    return viewer.pk == subject.pk or viewer.is_superuser


def can_view_access_log_of(viewer: AnyUser, subject: User) -> bool:
    """Who looked at `subject`'s records: the person themselves, and superusers."""
    return can_export_records_of(viewer, subject)


def can_view_access_log(viewer: AnyUser) -> bool:
    """The whole access log, every person's: superusers only (the data protection officer's
    view). Team leaders and service managers never see who looked at what."""
    return _is_signed_in(viewer) and viewer.is_superuser


def can_record_leaving(viewer: AnyUser, subject: User) -> bool:
    """Record that `subject` has left (deactivate them): a superuser, for someone else."""
    return _is_signed_in(viewer) and viewer.is_superuser and viewer.pk != subject.pk


# Family meeting outcomes (meetings/) ------------------------------------------------------


def meeting_team_ids(user: AnyUser) -> set[int]:
    """Teams a person convenes family meetings for: where they are a coordinator."""
    return roles_of(user).teams_with(Role.COORDINATOR)


def can_view_meeting_record(viewer: AnyUser, *, coordinator_id: int, team_id: int) -> bool:
    """The coordinator who recorded it, the team's leaders and service managers."""
    if not viewer.is_authenticated or not viewer.is_active:
        return False
    if viewer.pk == coordinator_id:
        return True
    return team_id in led_team_ids(viewer) or is_service_manager(viewer)


def can_change_meeting_record(viewer: AnyUser, *, coordinator_id: int, team_id: int) -> bool:
    """Only the coordinator who convened it, while they still coordinate for that team."""
    return (
        viewer.is_authenticated
        and viewer.pk == coordinator_id
        and (team_id in meeting_team_ids(viewer))
    )


def meeting_figure_team_ids(viewer: AnyUser) -> set[int] | None:
    """Teams whose meeting figures `viewer` may read; None means every team."""
    if is_service_manager(viewer) or roles_of(viewer).is_superuser:
        return None
    return led_team_ids(viewer)


# Learning assignments (learning.models.Assignment).


def can_manage_assignments_of(viewer: AnyUser, subject: User) -> bool:
    """Assign modules to `subject`, and change or cancel their assignments: a team leader of
    a team where the subject holds an active staff role. Never their own, never a service
    manager's (as for deciding on evidence, whoever else may come to decide on it)."""
    if not _is_signed_in(viewer) or viewer.pk == subject.pk:
        return False
    return _leads_staff_member(roles_of(viewer), subject)
