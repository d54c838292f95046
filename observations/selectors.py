"""Reads for observations. Lists are bounded: a fixed number of queries, whatever the rows."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from assessments.models import Evidence
from observations.enums import ObservationStatus, Stage
from observations.evidence import observer_source_key
from observations.models import (
    Addendum,
    CriterionRating,
    Observation,
    ObservationTemplate,
    ObservationTransition,
)
from people import access
from people.enums import STAFF_ROLES, Role
from people.models import Membership, User
from people.selectors import people_decided_on_by, people_visible_to

LIST_RELATED = ("observer", "observed", "template")


@dataclass(frozen=True)
class ObservationFilters:
    status: str = ""
    date_from: date | None = None
    date_to: date | None = None


def _filtered(observations: QuerySet[Observation], filters: ObservationFilters) -> QuerySet:
    if filters.status:
        observations = observations.filter(status=filters.status)
    if filters.date_from:
        observations = observations.filter(observed_on__gte=filters.date_from)
    if filters.date_to:
        observations = observations.filter(observed_on__lte=filters.date_to)
    return observations.select_related(*LIST_RELATED).order_by("-observed_on", "-pk")


def observations_made_by(
    user: User, filters: ObservationFilters = ObservationFilters()
) -> QuerySet[Observation]:
    """ "Observations I've made": drafts included, they are the observer's own."""
    return _filtered(Observation.objects.filter(observer=user), filters)


def observations_of(
    user: User, filters: ObservationFilters = ObservationFilters()
) -> QuerySet[Observation]:
    """ "Observations of my practice": shared ones only; a draft is the observer's alone."""
    shared = Observation.objects.filter(observed=user).exclude(status=ObservationStatus.DRAFT)
    return _filtered(shared, filters)


def _staff_of_teams(team_ids: Iterable[int]) -> QuerySet[Membership]:
    return Membership.objects.active().filter(team__in=list(team_ids), role__in=STAFF_ROLES)


def awaiting_sign_off(viewer: User) -> QuerySet[Observation]:
    """Responded observations of people the viewer may sign off (access.can_sign_off), oldest
    first."""
    draft = ObservationStatus.DRAFT
    # A co-observer reads their partner's observation only once both are shared.
    partner_still_drafting = Q(
        co_observation_as_first__second__observer=viewer,
        co_observation_as_first__second__status=draft,
    ) | Q(
        co_observation_as_second__first__observer=viewer,
        co_observation_as_second__first__status=draft,
    )
    return (
        Observation.objects.filter(
            status=ObservationStatus.RESPONDED, observed__in=people_decided_on_by(viewer)
        )
        .exclude(observed=viewer)
        .exclude(partner_still_drafting)
        .select_related(*LIST_RELATED)
        .order_by("status_changed_at", "pk")
    )


def colleagues_to_observe(observer: User) -> QuerySet[User]:
    """The queryset twin of access.can_observe: staff sharing a team where the observer is a
    coordinator or team leader."""
    teams = access.roles_of(observer).teams_with(Role.COORDINATOR, Role.TEAM_LEADER)
    return (
        User.objects.filter(is_active=True, pk__in=_staff_of_teams(teams).values("user"))
        .exclude(pk=observer.pk)
        .order_by("display_name", "username")
    )


def templates_in_use() -> QuerySet[ObservationTemplate]:
    return ObservationTemplate.objects.published().order_by("name")


def observation_detail(observation_id: int) -> Observation:
    """One observation with everything its page shows, in a fixed number of queries."""
    return (
        Observation.objects.select_related(
            "template",
            "observer",
            "observed",
            "signed_off_by",
            "evidence",
            "identifiers_confirmed_by",
        )
        .prefetch_related(
            Prefetch(
                "ratings",
                queryset=CriterionRating.objects.select_related("criterion").prefetch_related(
                    Prefetch("criterion__statements")
                ),
            ),
            Prefetch("transitions", queryset=ObservationTransition.objects.select_related("by")),
            Prefetch("addenda", queryset=Addendum.objects.select_related("author")),
        )
        .get(pk=observation_id)
    )


def observer_evidence(observation: Observation) -> Evidence | None:
    """The evidence the observer got for carrying out this observation, if any."""
    return Evidence.objects.filter(
        owner_id=observation.observer_id, source_key=observer_source_key(observation)
    ).first()


@dataclass
class StageRatings:
    stage: str
    label: str
    observed: bool
    ratings: list[CriterionRating] = field(default_factory=list)


def ratings_by_stage(observation: Observation) -> list[StageRatings]:
    """The observation's ratings grouped by meeting stage, in the order the stages happen.

    Each rating carries `rating_label`, the scale's words for it.
    """
    labels = observation.template.rating_labels
    groups = {
        stage.value: StageRatings(
            stage.value, stage.label, stage.value in observation.stages_observed
        )
        for stage in Stage
    }
    rows = sorted(observation.ratings.all(), key=lambda r: (r.criterion.sort_order or 0, r.pk))
    for row in rows:
        row.rating_label = labels.get(row.rating, "")
        groups[row.criterion.stage].ratings.append(row)
    return [group for group in groups.values() if group.ratings]


# Counts per person --------------------------------------------------------------------------


def twelve_months_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


def _count_subquery(field_name: str, since: date) -> Coalesce:
    counted = (
        Observation.objects.filter(**{field_name: OuterRef("pk")}, observed_on__gte=since)
        .exclude(status=ObservationStatus.DRAFT)
        .order_by()
        .values(field_name)
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def with_observation_counts(people: QuerySet[User], *, since: date | None = None) -> QuerySet:
    """People annotated with `observations_of_count` (of their practice) and
    `observations_made_count` (by them) since a day, twelve months ago by default.

    Counts shared, responded and signed-off observations by the date of the meeting; drafts
    are the observer's private work and do not count. One query for any number of people.
    """
    since = since or twelve_months_before(timezone.localdate())
    return people.annotate(
        observations_of_count=_count_subquery("observed", since),
        observations_made_count=_count_subquery("observer", since),
    )


def observation_counts(
    user_ids: Iterable[int], *, since: date | None = None
) -> dict[int, tuple[int, int]]:
    """{user id: (observations of their practice, observations they made)} since a day."""
    people = with_observation_counts(User.objects.filter(pk__in=list(user_ids)), since=since)
    return {
        person.pk: (person.observations_of_count, person.observations_made_count)
        for person in people
    }


def team_observation_counts(viewer: User) -> QuerySet[User]:
    """Everyone whose records the viewer reads, with their counts for the last 12 months."""
    return with_observation_counts(people_visible_to(viewer))
