"""Reads for mentoring. Who may see a record is asked of people.access; these build the
querysets, with everything a template needs loaded up front."""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Max, Min, Q, QuerySet
from django.utils import timezone
from wagtail.query import PageQuerySet

from content.models import ResourcePage
from content.selectors import latest_resources_for, resources_visible_to
from mentoring.models import MentoringRelationship, MentoringSession, ResourceRecommendation
from people import access
from people.enums import Role
from people.models import User
from people.selectors import community_members_in, coordinators_visible_to

# What a mentee's lists load: never the mentor's private notes.
MENTEE_DEFERRED = ("mentor_notes",)


@dataclass
class CommunityHome:
    relationship: MentoringRelationship | None
    next_session: MentoringSession | None
    recent_sessions: list[MentoringSession] = field(default_factory=list)
    recommendations: list[ResourceRecommendation] = field(default_factory=list)
    resources: list[ResourcePage] = field(default_factory=list)


def active_relationship_for_mentee(mentee: User) -> MentoringRelationship | None:
    return (
        MentoringRelationship.objects.active()
        .filter(mentee=mentee)
        .select_related("mentor")
        .first()
    )


def sessions_for_mentee(mentee: User) -> QuerySet[MentoringSession]:
    """Every session of the mentee's mentoring, newest first, without private mentor notes."""
    return (
        MentoringSession.objects.filter(relationship__mentee=mentee)
        .select_related("relationship__mentor")
        .defer(*MENTEE_DEFERRED)
    )


def recommendations_for_mentee(mentee: User) -> QuerySet[ResourceRecommendation]:
    """What their mentors suggested, limited to resources the mentee may read today."""
    return ResourceRecommendation.objects.filter(
        relationship__mentee=mentee, resource__in=resources_visible_to(mentee)
    ).select_related("resource", "relationship__mentor")


def community_home(user: User, *, recent: int = 3, resources: int = 6) -> CommunityHome:
    """The home of an expert by experience or volunteer: their mentor, next session,
    recent sessions, their mentor's recommendations and new material for them."""
    today = timezone.localdate()
    sessions = sessions_for_mentee(user)
    return CommunityHome(
        relationship=active_relationship_for_mentee(user),
        next_session=sessions.filter(date__gte=today).order_by("date", "pk").first(),
        recent_sessions=list(sessions.filter(date__lt=today)[:recent]),
        recommendations=list(recommendations_for_mentee(user)),
        resources=latest_resources_for(user, limit=resources),
    )


def session_visible_to(viewer: User, pk: int) -> MentoringSession | None:
    """A session the viewer may read (its mentor or mentee), or None."""
    session = (
        MentoringSession.objects.select_related("relationship__mentor", "relationship__mentee")
        .filter(pk=pk)
        .first()
    )
    if session is None or not access.can_view_mentoring_session(
        viewer,
        mentor_id=session.relationship.mentor_id,
        mentee_id=session.relationship.mentee_id,
    ):
        return None
    return session


def session_for_mentor(mentor: User, pk: int) -> MentoringSession | None:
    return (
        MentoringSession.objects.select_related("relationship__mentee", "relationship__mentor")
        .filter(pk=pk, relationship__mentor=mentor)
        .first()
    )


def relationships_of_mentor(mentor: User) -> QuerySet[MentoringRelationship]:
    """A coordinator's mentees, current first, with session figures for the listing."""
    today = timezone.localdate()
    return (
        MentoringRelationship.objects.filter(mentor=mentor)
        .select_related("mentee")
        .annotate(
            sessions_held=Count("sessions", filter=Q(sessions__date__lte=today)),
            last_session=Max("sessions__date", filter=Q(sessions__date__lte=today)),
            next_session=Min("sessions__date", filter=Q(sessions__date__gt=today)),
        )
        .order_by("end_date", "mentee__display_name", "mentee__username")
    )


def relationship_for_mentor(mentor: User, pk: int) -> MentoringRelationship | None:
    return (
        MentoringRelationship.objects.filter(pk=pk, mentor=mentor)
        .select_related("mentee", "mentor")
        .first()
    )


def sessions_of_relationship(relationship: MentoringRelationship) -> QuerySet[MentoringSession]:
    return relationship.sessions.all()


def recommendations_of_relationship(
    relationship: MentoringRelationship,
) -> QuerySet[ResourceRecommendation]:
    return relationship.recommendations.select_related("resource")


def recommendation_for_mentor(mentor: User, pk: int) -> ResourceRecommendation | None:
    return (
        ResourceRecommendation.objects.filter(pk=pk, relationship__mentor=mentor)
        .select_related("relationship")
        .first()
    )


def recommendable_resources(relationship: MentoringRelationship) -> PageQuerySet:
    """Published resources the mentee may read and has not yet been pointed to."""
    already = relationship.recommendations.values("resource")
    return resources_visible_to(relationship.mentee).exclude(pk__in=already).order_by("title")


def possible_mentees_for(coordinator: User) -> QuerySet[User]:
    """Experts by experience and volunteers in the coordinator's teams who have no mentor now."""
    teams = access.roles_of(coordinator).teams_with(Role.COORDINATOR)
    mentored = MentoringRelationship.objects.filter(end_date__isnull=True).values("mentee")
    return community_members_in(teams).exclude(pk__in=mentored)


def mentoring_counts_for(viewer: User) -> QuerySet[User]:
    """Sessions held by each coordinator the viewer may see figures for. Counts only."""
    today = timezone.localdate()
    held = Q(mentoring_as_mentor__sessions__date__lte=today)
    last_year = held & Q(mentoring_as_mentor__sessions__date__gt=today - timedelta(days=365))
    current = Q(mentoring_as_mentor__start_date__lte=today) & (
        Q(mentoring_as_mentor__end_date__isnull=True) | Q(mentoring_as_mentor__end_date__gte=today)
    )
    return coordinators_visible_to(viewer).annotate(
        current_mentees=Count("mentoring_as_mentor", filter=current, distinct=True),
        sessions_last_year=Count("mentoring_as_mentor__sessions", filter=last_year, distinct=True),
        sessions_total=Count("mentoring_as_mentor__sessions", filter=held, distinct=True),
        last_session=Max("mentoring_as_mentor__sessions__date", filter=held),
    )
